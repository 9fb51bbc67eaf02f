//! From scenario and rules to the integer program. Hard rules prune pairs first, so only
//! eligible pairs get a variable; then each rule adds its rows and its costs.

use super::{Candidates, Row, Sense};
use crate::messages::{Msg, K};
use crate::rules::{CostTerm, Ctx, Eligibility, Rule, TERMS};
use crate::scenario::Index;
use rayon::prelude::*;

#[derive(Clone)]
pub struct Model {
    pub cands: Candidates,
    /// Cost of choosing each pair, per term (same order as `CostTerm::EVERY`).
    pub terms: Vec<[i64; TERMS]>,
    pub rows: Vec<Row>,
    /// The plan-independent part of the cost, per term.
    pub constant: [i64; TERMS],
    /// The row that places each official, if any.
    pub official_row: Vec<Option<usize>>,
    /// Whether each official must be placed (holds a post now); others may stay unplaced.
    pub must_place: Vec<bool>,
    /// Seats of each post.
    pub post_capacity: Vec<u32>,
    /// A known feasible choice of pairs, handed to the solver as a start (a joint model
    /// starts from the year-by-year plans).
    pub start: Option<Vec<bool>>,
    /// The post each official holds now: the seats a plan's moves open.
    pub current: Vec<Option<usize>>,
    /// Caps on cycles and chains, met by cuts the solver adds (None: no caps, or a part).
    pub exchange: Option<crate::plan::Caps>,
}

impl Model {
    /// The part as a model of its own: its pairs and rows renumbered from 0 (a row keeps
    /// only the part's pairs), with the officials' placement rows pointing into the new rows.
    pub fn restrict(&self, part: &super::Part) -> Model {
        const NONE: u32 = u32::MAX;
        let mut local = vec![NONE; self.cands.pairs.len()];
        for (i, &k) in part.pairs.iter().enumerate() {
            local[k] = i as u32;
        }
        let mut row_index = vec![NONE; self.rows.len()];
        let rows = part
            .rows
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                row_index[r] = i as u32;
                let row = &self.rows[r];
                Row {
                    terms: row
                        .terms
                        .iter()
                        .filter(|&&(k, _)| local[k] != NONE)
                        .map(|&(k, c)| (local[k] as usize, c))
                        .collect(),
                    sense: row.sense,
                    rhs: row.rhs,
                    origin: row.origin.clone(),
                    elastic: row.elastic,
                }
            })
            .collect();
        Model {
            cands: Candidates {
                pairs: part.pairs.iter().map(|&k| self.cands.pairs[k]).collect(),
                of_official: Vec::new(),
                of_post: Vec::new(),
            },
            terms: part.pairs.iter().map(|&k| self.terms[k]).collect(),
            rows,
            constant: [0; TERMS],
            official_row: self
                .official_row
                .iter()
                .map(|r| {
                    r.map(|r| row_index[r])
                        .filter(|&i| i != NONE)
                        .map(|i| i as usize)
                })
                .collect(),
            must_place: self.must_place.clone(),
            post_capacity: self.post_capacity.clone(),
            start: self
                .start
                .as_ref()
                .map(|s| part.pairs.iter().map(|&k| s[k]).collect()),
            current: self.current.clone(),
            exchange: None,
        }
    }

    /// `part` (holding pair `k`) as a model of its own with the official of pair `k` held
    /// to it, as a `take` pin would: their other pairs dropped and their placement required
    /// (`holds` words the row that says so, for one who had none). None when that leaves a
    /// row no plan can meet.
    pub fn holding(&self, part: &super::Part, k: usize, holds: Msg) -> Option<Model> {
        let (o, _) = self.cands.pairs[k];
        let keep: Vec<usize> = part
            .pairs
            .iter()
            .copied()
            .filter(|&j| j == k || self.cands.pairs[j].0 != o)
            .collect();
        let mut kept = vec![false; self.cands.pairs.len()];
        for &j in &keep {
            kept[j] = true;
        }
        let mut rows = Vec::with_capacity(part.rows.len());
        for &r in &part.rows {
            let row = &self.rows[r];
            if row.terms.iter().any(|&(j, _)| kept[j]) {
                rows.push(r);
            } else {
                // A row with none of its pairs left holds only if nothing was asked of it.
                let met = match row.sense {
                    Sense::Le => row.rhs >= 0.0,
                    Sense::Eq => row.rhs == 0.0,
                };
                if !met {
                    return None;
                }
            }
        }
        let part = super::Part { pairs: keep, rows };
        // The part's cost alone (no constant), as `restrict` gives it.
        let mut m = self.restrict(&part);
        m.start = None;
        // A part is the whole model where there are caps (see `why::explain`).
        m.exchange = self.exchange;
        m.cands = Candidates::new(
            self.must_place.len(),
            self.post_capacity.len(),
            m.cands.pairs.clone(),
        );
        let local = part.pairs.iter().position(|&j| j == k).expect("k is kept");
        m.must_place[o] = true;
        match m.official_row[o] {
            Some(r) => {
                m.rows[r].sense = Sense::Eq;
                m.rows[r].rhs = 1.0;
            }
            None => {
                m.official_row[o] = Some(m.rows.len());
                m.rows.push(Row {
                    terms: vec![(local, 1.0)],
                    sense: Sense::Eq,
                    rhs: 1.0,
                    origin: super::Origin {
                        rule: "assignment",
                        text: holds,
                        about: crate::scenario::About::Whole,
                    },
                    elastic: None,
                });
            }
        }
        Some(m)
    }

    pub fn cost(&self, k: usize) -> i64 {
        self.terms[k].iter().sum()
    }

    pub fn constant_total(&self) -> i64 {
        self.constant.iter().sum()
    }
}

pub fn term_slot(t: CostTerm) -> usize {
    CostTerm::EVERY
        .iter()
        .position(|&x| x == t)
        .expect("every term is listed")
}

/// Builds the model. Every official with a post takes exactly one post (possibly the same);
/// an official without one takes at most one; no post takes more than its capacity.
pub fn build(ctx: &Ctx, rules: &[Box<dyn Rule>]) -> Model {
    let eligibility = Eligibility::new(rules);
    let per_official: Vec<Vec<usize>> = (0..ctx.scenario().officials.len())
        .into_par_iter()
        .map(|o| eligibility.posts(ctx, o))
        .collect();
    build_from(ctx, rules, per_official)
}

/// Builds the model over the posts `per_official` gives each official (sorted), rather
/// than the posts the rules allow: a diagnosis lifts a rule for some officials.
pub fn build_from(ctx: &Ctx, rules: &[Box<dyn Rule>], per_official: Vec<Vec<usize>>) -> Model {
    let ix: &Index = ctx.ix;
    let s = ctx.scenario();
    let (n_o, n_p) = (s.officials.len(), s.posts.len());
    let mut pairs = Vec::new();
    for (o, posts) in per_official.into_iter().enumerate() {
        pairs.extend(posts.into_iter().map(|p| (o, p)));
    }
    let cands = Candidates::new(n_o, n_p, pairs);

    let mut rows = Vec::new();
    let mut official_row = vec![None; n_o];
    for o in 0..n_o {
        let terms: Vec<(usize, f64)> = cands.of_official[o].iter().map(|&k| (k, 1.0)).collect();
        let name = &s.officials[o].name;
        if ix.current[o].is_some() {
            official_row[o] = Some(rows.len());
            rows.push(Row {
                terms,
                sense: Sense::Eq,
                rhs: 1.0,
                origin: super::Origin {
                    rule: "assignment",
                    text: Msg::new(K::RowHoldsOne).arg("name", name),
                    about: crate::scenario::About::Whole,
                },
                elastic: None,
            });
        } else if terms.len() > 1 {
            official_row[o] = Some(rows.len());
            rows.push(Row::at_most(
                terms,
                1.0,
                "assignment",
                Msg::new(K::RowTakesOne).arg("name", name),
            ));
        }
    }
    for p in 0..n_p {
        let cap = s.posts[p].capacity as usize;
        if cands.of_post[p].len() > cap {
            let terms = cands.of_post[p].iter().map(|&k| (k, 1.0)).collect();
            let text = Msg::new(K::RowCapacity)
                .arg("post", ix.post_label(p))
                .arg("n", cap);
            rows.push(Row::at_most(terms, cap as f64, "capacity", text));
        }
    }
    for r in rules {
        let first = rows.len();
        r.constraints(ctx, &cands, &mut rows);
        // A soft rule's rows may be missed, at its penalty per unit.
        if let Some(pen) = r.soft().filter(|_| r.enabled()) {
            for row in &mut rows[first..] {
                row.elastic = Some(pen);
            }
        }
    }

    let priced: Vec<(&Box<dyn Rule>, usize)> = rules
        .iter()
        .filter_map(|r| r.term().map(|t| (r, term_slot(t))))
        .collect();
    let mut constant = [0i64; TERMS];
    for (r, slot) in &priced {
        constant[*slot] += r.constant(ctx);
    }
    // A soft rule forbids nothing: each pair it would forbid costs its penalty instead.
    let soft: Vec<(&Box<dyn Rule>, i64)> = rules
        .iter()
        .filter(|r| r.enabled())
        .filter_map(|r| r.soft().map(|pen| (r, pen)))
        .collect();
    let breaches = term_slot(CostTerm::Breaches);
    let terms: Vec<[i64; TERMS]> = cands
        .pairs
        .par_iter()
        .map(|&(o, p)| {
            let mut t = [0i64; TERMS];
            for (r, slot) in &priced {
                t[*slot] += r.cost(ctx, o, p);
            }
            for (r, pen) in &soft {
                if r.forbids(ctx, o, p).is_some() {
                    t[breaches] += pen;
                }
            }
            t
        })
        .collect();
    Model {
        cands,
        terms,
        rows,
        constant,
        official_row,
        must_place: ix.current.iter().map(Option::is_some).collect(),
        post_capacity: s.posts.iter().map(|p| p.capacity).collect(),
        start: None,
        current: ix.current.clone(),
        exchange: crate::rules::Exchange::caps(&s.rules.exchange),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{all, testkit::scenario};

    #[test]
    fn only_eligible_pairs_get_a_variable() {
        let s = scenario("");
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let m = build(&ctx, &rules);
        let o_a = ix.official_index(&"a".into()).unwrap();
        let q1_edu = ix.post_index(&"q1-edu".into()).unwrap();
        // An is over the term limit: her current post is not a candidate.
        assert!(!m.cands.pairs.contains(&(o_a, q1_edu)));
        assert!(m.cands.pairs.len() < 16);
        assert_eq!(m.rows.iter().filter(|r| r.sense == Sense::Eq).count(), 4);
    }
}
