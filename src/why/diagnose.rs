//! Why a scenario has no feasible plan. The model is re-solved with its rule rows made
//! elastic and forbidden stays allowed, both at a high price; what that cheapest repair
//! had to break names the rules and the people involved (good_lp's `Infeasible` says none).

use crate::messages::{Lang, Msg, K};
use crate::model::{Model, Row};
use crate::rules::{all_bans, Ctx, Exclusions, Rule};
use crate::solve::{solve_mip, Backend, Limits};
use std::collections::BTreeSet;
use std::fmt;

const PENALTY: i64 = 1_000_000;

/// One thing the rules demand that cannot be had along with the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub rules: Vec<&'static str>,
    pub text: Msg,
    /// The narrowest change that would lift it, for one person, where there is one.
    pub fix: Option<Msg>,
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

/// A diagnosis as data, for `--format json|yaml`: the status, each conflict with its rules
/// and its words, and every rule involved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DiagnosisDoc {
    pub scenario: String,
    pub status: String,
    /// Whether the time limit cut the search for the least repair short.
    pub cut_short: bool,
    pub conflicts: Vec<ConflictDoc>,
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConflictDoc {
    pub rules: Vec<String>,
    pub text: String,
    /// The narrowest change that would lift it, for one person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Diagnosis {
    /// The diagnosis as data, its words in `lang`.
    pub fn document(&self, lang: Lang) -> DiagnosisDoc {
        DiagnosisDoc {
            scenario: self.scenario.clone(),
            status: "infeasible".into(),
            cut_short: self.cut_short,
            conflicts: self
                .conflicts
                .iter()
                .map(|c| ConflictDoc {
                    rules: c.rules.iter().map(|r| r.to_string()).collect(),
                    text: c.text.render(lang),
                    fix: c.fix.as_ref().map(|f| f.render(lang)),
                })
                .collect(),
            rules: self.rules().into_iter().map(str::to_string).collect(),
        }
    }

    /// The diagnosis in words, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = Msg::new(K::DiagTitle)
            .arg("scenario", &self.scenario)
            .render(lang);
        out.push('\n');
        out.push_str(
            &Msg::new(if self.cut_short {
                K::DiagCutShort
            } else {
                K::DiagLeast
            })
            .render(lang),
        );
        out.push('\n');
        for c in &self.conflicts {
            out.push_str(&format!("  - {}\n", self.conflict(c, lang)));
        }
        // The narrowest changes first: for one person, then the rules for everyone.
        let fixes: Vec<String> = self
            .conflicts
            .iter()
            .filter_map(|c| c.fix.as_ref().map(|f| f.render(lang)))
            .collect();
        if !fixes.is_empty() {
            out.push_str(&Msg::new(K::DiagFixes).render(lang));
            out.push('\n');
            for f in fixes {
                out.push_str(&format!("  - {f}\n"));
            }
        }
        let rules: Vec<String> = self
            .rules()
            .into_iter()
            .map(|r| crate::rules::rule_label(r).render(lang))
            .collect();
        out.push_str(
            &Msg::new(K::DiagRules)
                .arg("rules", rules.join(", "))
                .render(lang),
        );
        out
    }

    /// One conflict: "[rules] what".
    pub fn conflict(&self, c: &Conflict, lang: Lang) -> String {
        let rules: Vec<String> = c
            .rules
            .iter()
            .map(|r| crate::rules::rule_label(r).render(lang))
            .collect();
        Msg::new(K::DiagConflict)
            .arg("rules", rules.join(", "))
            .msg("text", c.text.clone())
            .render(lang)
    }

    /// Every conflict on one line.
    pub fn one_line(&self, lang: Lang) -> String {
        self.conflicts
            .iter()
            .map(|c| self.conflict(c, lang))
            .collect::<Vec<_>>()
            .join(K::DiagJoin.template(lang))
    }
}

impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
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
        let text = Msg::new(K::RowCapacity)
            .arg("post", ix.post_label(cur))
            .arg("n", cap);
        rows.push(Row::at_most(terms, cap, "capacity", text));
    }
    for r in rows.iter_mut() {
        if !matches!(r.origin.rule, "assignment" | "capacity") {
            r.elastic = Some(PENALTY);
        }
    }
    let mut terms = model.terms.clone();
    terms.extend(forced_stays.iter().map(|_| {
        let mut t = [0; crate::rules::TERMS];
        t[0] = PENALTY;
        t
    }));
    let elastic = Model {
        cands: crate::model::Candidates::new(
            ix.scenario.officials.len(),
            ix.scenario.posts.len(),
            pairs,
        ),
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
                        fix: None,
                    });
                }
            }
        }
    }
    if conflicts.is_empty() && cut_short {
        conflicts.push(Conflict {
            rules: vec!["time_limit"],
            text: Msg::new(K::DiagTimeLimit),
            fix: None,
        });
    }
    if conflicts.is_empty() {
        conflicts.push(Conflict {
            rules: vec!["capacity"],
            text: Msg::new(K::DiagSeats),
            fix: None,
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
        0 if others.by.is_empty() => Msg::new(K::NoOtherPost),
        0 => Msg::new(K::DiagEveryOther).msg("by", others.by_rule_msg()),
        n => Msg::new(K::DiagNeeded)
            .arg("n", n)
            .msg("by", others.by_rule_msg()),
    };
    let mut names: Vec<&'static str> = stay_bans.iter().map(|(c, _)| *c).collect();
    names.extend(
        others
            .by
            .keys()
            .filter(|c| !names.contains(c))
            .collect::<Vec<_>>(),
    );
    let official = ctx.ix.official(o);
    let stay_rules: Vec<&'static str> = stay_bans.iter().map(|(c, _)| *c).collect();
    // The narrowest fix, for this person alone: a forced move may wait a year (phase-in);
    // a pin that sends them away may be released.
    let fix = if stay_rules.contains(&"pins") {
        Some(
            Msg::new(K::FixReleasePin)
                .arg("name", &official.name)
                .arg("id", &official.id),
        )
    } else if stay_rules
        .iter()
        .any(|c| matches!(*c, "term_limit" | "non_local"))
        && ctx.scenario().rules.phase_in.enabled
    {
        Some(
            Msg::new(K::FixPhaseIn)
                .arg("name", &official.name)
                .arg("id", &official.id),
        )
    } else {
        None
    };
    let why_out: Vec<Msg> = stay_bans.into_iter().map(|(_, w)| w).collect();
    Conflict {
        rules: names,
        text: Msg::new(K::DiagDeadEnd)
            .joined("why", why_out, Msg::new(K::DiagJoin))
            .msg("tail", tail),
        fix,
    }
}
