//! `explain`: the officials who could hold a post (or the posts an official could hold),
//! ranked by the cost of the best whole plan with that choice pinned, against the optimum;
//! then those the rules exclude, by rule, in words.

use crate::error::Result;
use crate::messages::{Lang, Msg, K};
use crate::model::{build, split, term_slot, Model, Part};
use crate::plan::{self, Options, Plan};
use crate::rules::{self, first_ban, rule_label, CostTerm, Ctx, Rule};
use crate::scenario::{Index, Scenario};
use crate::solve::Status;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is asked about, by index in the scenario.
#[derive(Clone, Copy, Debug)]
pub enum Subject {
    Post(usize),
    Official(usize),
}

/// How many of those one rule excludes are named; the rest are counted.
const NAMED: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExplainDoc {
    pub scenario: String,
    pub year: i32,
    /// `post` or `official`.
    pub about: String,
    pub id: String,
    /// The post's title and unit, or the official's name.
    pub label: String,
    /// Who holds the post now, or the post the official holds now (empty: none).
    pub now: String,
    pub optimum: i64,
    pub optimum_proven: bool,
    /// The choices the rules allow, cheapest plan first, at most the number asked for.
    pub choices: Vec<Choice>,
    /// How many choices the rules allow, and how many of those some plan has.
    pub allowed: usize,
    pub possible: usize,
    /// Those the rules exclude, grouped by the first rule that does.
    pub excluded: Vec<Excluded>,
}

/// One official in one post, and the best plan that has it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub official: String,
    pub name: String,
    pub post: String,
    pub post_label: String,
    /// The optimum already has it.
    pub in_optimum: bool,
    /// The best plan's total; none when no plan has this choice.
    pub total: Option<i64>,
    /// Its total and its terms less the optimum's.
    pub extra: Option<i64>,
    pub terms: BTreeMap<CostTerm, i64>,
    /// Whether that plan is proven the best with this choice (else the time limit cut it).
    pub proven: bool,
    /// Who else that plan places differently from the optimum, in words.
    pub also: Vec<String>,
    /// Why no plan has it, in words.
    pub why_not: Option<String>,
}

/// The officials (or posts) one rule excludes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Excluded {
    pub rule: String,
    pub rule_label: String,
    pub count: usize,
    /// The first ones, in file order.
    pub who: Vec<Who>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Who {
    pub id: String,
    pub label: String,
    pub reason: String,
}

/// The choices for `subject` in `s` (the scenario as it stands in its year), the first
/// `top` of them, each the best plan with it pinned; an error when `s` has no plan at all.
pub fn explain(
    s: &Scenario,
    subject: Subject,
    top: usize,
    opts: &Options,
    lang: Lang,
) -> Result<ExplainDoc> {
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    // One model for every choice: each narrows the independent part that holds its pair
    // and solves that part again; the rest of the optimum stands.
    let model = build(&ctx, &rules);
    let base = plan::solve_model(&ctx, &rules, model.clone(), opts)?;
    // Exchange caps bind moves across parts (a cycle runs through posts no pair links),
    // so with caps each choice solves the whole model again.
    let parts = if opts.limits.split && model.exchange.is_none() {
        split(&model)
    } else {
        vec![Part::whole(&model)]
    };
    let mut part_of = vec![0; model.cands.pairs.len()];
    for (i, part) in parts.iter().enumerate() {
        for &k in &part.pairs {
            part_of[k] = i;
        }
    }
    let whole = Whole {
        model: &model,
        parts: &parts,
        part_of: &part_of,
        base: &base,
    };
    let (n_o, n_p) = (s.officials.len(), s.posts.len());
    let eligible = |o: usize, p: usize| base.eligible[o].contains(&p);
    type Pairs = Vec<(usize, usize)>;
    let (allowed, barred): (Pairs, Pairs) = match subject {
        Subject::Post(p) => (0..n_o).map(|o| (o, p)).partition(|&(o, p)| eligible(o, p)),
        Subject::Official(o) => (0..n_p).map(|p| (o, p)).partition(|&(o, p)| eligible(o, p)),
    };
    let mut choices = allowed
        .par_iter()
        .map(|&(o, p)| choice(&ctx, &rules, &whole, (o, p), opts, lang))
        .collect::<Result<Vec<Choice>>>()?;
    // Cheapest first; the optimum's own choice before an equal one; then by id.
    choices.sort_by(|a, b| {
        (
            a.total.is_none(),
            a.total,
            !a.in_optimum,
            &a.official,
            &a.post,
        )
            .cmp(&(
                b.total.is_none(),
                b.total,
                !b.in_optimum,
                &b.official,
                &b.post,
            ))
    });
    let possible = choices.iter().filter(|c| c.total.is_some()).count();
    choices.truncate(top);

    let mut groups: BTreeMap<&'static str, Excluded> = BTreeMap::new();
    for &(o, p) in &barred {
        let (code, why) = first_ban(&rules, &ctx, o, p)
            .unwrap_or(("candidates", Msg::new(K::ExplainNoCandidate)));
        let group = groups.entry(code).or_insert_with(|| Excluded {
            rule: code.to_string(),
            rule_label: if code == "candidates" {
                Msg::new(K::ExplainOtherReasons).render(lang)
            } else {
                rule_label(code).render(lang)
            },
            count: 0,
            who: Vec::new(),
        });
        group.count += 1;
        if group.who.len() < NAMED {
            let (id, label) = match subject {
                Subject::Post(_) => (s.officials[o].id.0.clone(), s.officials[o].name.clone()),
                Subject::Official(_) => (s.posts[p].id.0.clone(), ix.post_label(p)),
            };
            group.who.push(Who {
                id,
                label,
                reason: why.render(lang),
            });
        }
    }
    let mut excluded: Vec<Excluded> = groups.into_values().collect();
    excluded.sort_by(|a, b| b.count.cmp(&a.count).then(a.rule.cmp(&b.rule)));

    let (about, id, label, now) = match subject {
        Subject::Post(p) => {
            let holders: Vec<&str> = (0..n_o)
                .filter(|&o| ix.current[o] == Some(p))
                .map(|o| s.officials[o].name.as_str())
                .collect();
            (
                "post",
                &s.posts[p].id.0,
                ix.post_label(p),
                holders.join(", "),
            )
        }
        Subject::Official(o) => (
            "official",
            &s.officials[o].id.0,
            s.officials[o].name.clone(),
            ix.current[o].map_or_else(String::new, |p| ix.post_label(p)),
        ),
    };
    Ok(ExplainDoc {
        scenario: s.name.clone(),
        year: s.year,
        about: about.into(),
        id: id.clone(),
        label,
        now,
        optimum: base.total(),
        optimum_proven: base.status == Status::Optimal,
        choices,
        allowed: allowed.len(),
        possible,
        excluded,
    })
}

/// The model, its independent parts, and the optimum every choice is set against.
struct Whole<'a> {
    model: &'a Model,
    parts: &'a [Part],
    part_of: &'a [usize],
    base: &'a Plan,
}

impl Whole<'_> {
    /// The best plan with pair `k` held: its part solved again, the optimum elsewhere;
    /// None when no plan has it.
    fn holding(&self, ctx: &Ctx, k: usize, holds: Msg, opts: &Options) -> Option<Result<Plan>> {
        let part = &self.parts[self.part_of[k]];
        let narrowed = self.model.holding(part, k, holds)?;
        let sub = match plan::try_solve(ctx.scenario(), &narrowed, opts) {
            Ok(Some(sub)) => sub,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        let mut alt = self.base.clone();
        let mut held = Vec::new();
        for &j in &part.pairs {
            let (o, p) = self.model.cands.pairs[j];
            if self.base.after[o] == Some(p) {
                for (t, c) in alt.cost.iter_mut() {
                    *c -= self.model.terms[j][term_slot(*t)];
                }
                held.push(j);
            }
            alt.after[o] = None;
        }
        // The soft rows the optimum missed in this part are paid for again by `sub`.
        if let Some(c) = alt.cost.get_mut(&CostTerm::Breaches) {
            *c -= crate::solve::missed_penalties_in(self.model, &part.rows, held);
        }
        for &j in &part.pairs {
            let o = self.model.cands.pairs[j].0;
            if sub.after[o].is_some() {
                alt.after[o] = sub.after[o];
            }
        }
        for (t, c) in &sub.cost {
            *alt.cost.get_mut(t).expect("every term") += c;
        }
        if sub.status != Status::Optimal {
            alt.status = sub.status;
        }
        Some(Ok(alt))
    }
}

/// Official `o` in post `p`: the optimum's own choice, or the best plan with it held there.
fn choice(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    whole: &Whole,
    (o, p): (usize, usize),
    opts: &Options,
    lang: Lang,
) -> Result<Choice> {
    let (s, ix, model, base) = (ctx.scenario(), ctx.ix, whole.model, whole.base);
    let mut c = Choice {
        official: s.officials[o].id.0.clone(),
        name: s.officials[o].name.clone(),
        post: s.posts[p].id.0.clone(),
        post_label: ix.post_label(p),
        in_optimum: base.after[o] == Some(p),
        total: None,
        extra: None,
        terms: BTreeMap::new(),
        proven: false,
        also: Vec::new(),
        why_not: None,
    };
    let k = model.cands.of_official[o]
        .iter()
        .copied()
        .find(|&k| model.cands.pairs[k].1 == p)
        .expect("an allowed choice is a pair of the model");
    let holds = Msg::new(K::RowHoldsOne).arg("name", &s.officials[o].name);
    let blocked = (!c.in_optimum)
        .then(|| blocked(ctx, rules, base, o, p))
        .flatten();
    let solved = if c.in_optimum {
        Ok(base.clone())
    } else if let Some(why) = blocked {
        c.why_not = Some(why.render(lang));
        return Ok(c);
    } else if let Some(alt) = whole.holding(ctx, k, holds, opts) {
        alt
    } else {
        c.why_not = Some(Msg::new(K::ExplainNoPlan).render(lang));
        return Ok(c);
    };
    let alt = solved?;
    c.total = Some(alt.total());
    c.extra = Some(alt.total() - base.total());
    // Every term the plans have (a revision's changes too).
    c.terms = alt
        .cost
        .iter()
        .map(|(&t, &x)| (t, x - base.cost.get(&t).copied().unwrap_or(0)))
        .collect();
    c.proven = alt.status == Status::Optimal && base.status == Status::Optimal;
    let place = |q: Option<usize>| match q {
        Some(q) => ix.post_label(q),
        None => Msg::new(K::Pool).render(lang),
    };
    c.also = (0..s.officials.len())
        .filter(|&i| i != o && alt.after[i] != base.after[i])
        .map(|i| {
            Msg::new(K::ExplainAlso)
                .arg("name", &s.officials[i].name)
                .arg("from", place(base.after[i]))
                .arg("to", place(alt.after[i]))
                .render(lang)
        })
        .collect();
    Ok(c)
}

/// Why no plan can put official `o` in post `p` without solving: its seats are all held by
/// others who may hold nothing else (and must be placed, holding a post). Said with the
/// first of them and the rule that keeps them.
fn blocked(ctx: &Ctx, rules: &[Box<dyn Rule>], base: &Plan, o: usize, p: usize) -> Option<Msg> {
    let s = ctx.scenario();
    let stuck: Vec<usize> = (0..s.officials.len())
        .filter(|&h| h != o && ctx.ix.current[h] == Some(p) && base.eligible[h] == [p])
        .collect();
    if stuck.len() < s.posts[p].capacity as usize {
        return None;
    }
    let h = stuck[0];
    let (code, why) = (0..s.posts.len())
        .filter(|&q| q != p)
        .find_map(|q| first_ban(rules, ctx, h, q))?;
    Some(
        Msg::new(K::ExplainHolderStays)
            .arg("name", &s.officials[h].name)
            .msg("rule", rule_label(code))
            .msg("why", why),
    )
}
