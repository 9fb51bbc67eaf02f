//! Why a scenario has no feasible plan. The model is re-solved with its rule rows made
//! elastic and forbidden stays allowed, both at a high price; what that cheapest repair
//! had to break names the rules and the people involved (good_lp's `Infeasible` says none).

use super::{Model, Row};
use crate::rules::{all_bans, Ctx, Exclusions, Rule};
use crate::solve::{solve_mip, Backend, Limits};
use std::collections::BTreeSet;
use std::fmt;

const PENALTY: i64 = 1_000_000;

/// One thing the rules demand that cannot be had along with the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub rules: Vec<&'static str>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    pub scenario: String,
    pub conflicts: Vec<Conflict>,
    /// The time limit ended the search for the least repair: what it names must give way,
    /// but less may do.
    pub cut_short: bool,
}

impl Diagnosis {
    /// The rules named by any conflict, sorted.
    pub fn rules(&self) -> BTreeSet<&'static str> {
        self.conflicts
            .iter()
            .flat_map(|c| c.rules.iter().copied())
            .collect()
    }
}

impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: no feasible plan: the hard rules cannot all hold at once.",
            self.scenario
        )?;
        if self.cut_short {
            writeln!(
                f,
                "What must give way for a plan to exist (the time limit cut the search for the least of it short):"
            )?;
        } else {
            writeln!(f, "The least that must give way for a plan to exist:")?;
        }
        for c in &self.conflicts {
            writeln!(f, "  - [{}] {}", c.rules.join(", "), c.text)?;
        }
        let rules: Vec<&str> = self.rules().into_iter().collect();
        write!(
            f,
            "Rules involved: {}. Retune or switch off one of them under `rules:`, change a pin, or add posts or candidates.",
            rules.join(", ")
        )
    }
}

/// Explains the infeasibility of `model`; `backend` solves the elastic copy.
pub fn diagnose(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    model: &Model,
    backend: Backend,
    limits: &Limits,
) -> Diagnosis {
    let ix = ctx.ix;
    let mut pairs = model.cands.pairs.clone();
    let mut rows: Vec<Row> = model.rows.clone();
    let mut forced_stays = Vec::new();
    for (o, cur) in ix.current.iter().enumerate() {
        let Some(cur) = *cur else { continue };
        if pairs.contains(&(o, cur)) {
            continue;
        }
        let k = pairs.len();
        pairs.push((o, cur));
        forced_stays.push((k, o, cur));
        if let Some(r) = model.official_row[o] {
            rows[r].terms.push((k, 1.0));
        }
    }
    // A forced stay keeps its seat: the post's capacity must count it.
    for &(_, _, cur) in &forced_stays {
        let terms = (0..pairs.len())
            .filter(|&j| pairs[j].1 == cur)
            .map(|j| (j, 1.0))
            .collect();
        let cap = ix.post(cur).capacity as f64;
        rows.push(Row::at_most(terms, cap, "capacity", ix.post_label(cur)));
    }
    for r in rows.iter_mut() {
        if !matches!(r.origin.rule, "assignment" | "capacity") {
            r.elastic = Some(PENALTY);
        }
    }
    let mut terms = model.terms.clone();
    terms.extend(forced_stays.iter().map(|_| [PENALTY, 0, 0, 0]));
    let elastic = Model {
        cands: super::Candidates::new(ix.scenario.officials.len(), ix.scenario.posts.len(), pairs),
        terms,
        rows,
        constant: model.constant,
        official_row: model.official_row.clone(),
        must_place: model.must_place.clone(),
        post_capacity: model.post_capacity.clone(),
        start: None,
    };
    let mut conflicts = Vec::new();
    let mut cut_short = limits.deadline.is_some();
    let limits = Limits {
        split: false,
        flow: false,
        ..limits.clone()
    };
    if let Ok(sol) = solve_mip(&elastic, backend, &limits) {
        cut_short = sol.status != crate::solve::Status::Optimal;
        {
            for &(k, o, cur) in &forced_stays {
                if sol.chosen[k] {
                    conflicts.push(dead_end(ctx, rules, o, cur));
                }
            }
            for (r, &excess) in elastic.rows.iter().zip(&sol.excess) {
                if excess > 0.5 {
                    conflicts.push(Conflict {
                        rules: vec![r.origin.rule],
                        text: r.origin.text.clone(),
                    });
                }
            }
        }
    }
    if conflicts.is_empty() && cut_short {
        conflicts.push(Conflict {
            rules: vec!["time_limit"],
            text: "the time limit ran out before the diagnosis found what must give way; run again with a longer --time-limit, or without one".into(),
        });
    }
    if conflicts.is_empty() {
        conflicts.push(Conflict {
            rules: vec!["capacity"],
            text: "the officials who must hold a post outnumber the seats open to them".into(),
        });
    }
    Diagnosis {
        scenario: ix.scenario.name.clone(),
        conflicts,
        cut_short,
    }
}

/// An official who must leave the current post but whom no remaining post can take.
fn dead_end(ctx: &Ctx, rules: &[Box<dyn Rule>], o: usize, cur: usize) -> Conflict {
    let stay_bans = all_bans(rules, ctx, o, cur);
    let others = Exclusions::of_official(rules, ctx, o, Some(cur));
    let tail = match others.open.len() {
        0 if others.by.is_empty() => "there is no other post in the scenario".to_string(),
        0 => format!("every other post is excluded ({})", others.by_rule()),
        n => format!(
            "the {n} post(s) open to them are all needed by others (other posts excluded: {})",
            others.by_rule()
        ),
    };
    let mut names: Vec<&'static str> = stay_bans.iter().map(|(c, _)| *c).collect();
    names.extend(
        others
            .by
            .keys()
            .filter(|c| !names.contains(c))
            .collect::<Vec<_>>(),
    );
    let why_out: Vec<String> = stay_bans.into_iter().map(|(_, w)| w).collect();
    Conflict {
        rules: names,
        text: format!("{}; {tail}", why_out.join("; ")),
    }
}
