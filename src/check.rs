//! `check`: what a planner should know before solving. Who must rotate and under which
//! rule, which seats are open, and the dead ends the solver would only report as failure.

use crate::messages::{Lang, Msg, K};
use crate::rules::{self, all_bans, Ctx, Exclusions};
use crate::scenario::{Date, Index, Scenario};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MustRotate {
    pub official: String,
    pub name: String,
    pub rules: Vec<String>,
    pub reasons: Vec<String>,
    /// Posts open to the official after all hard rules.
    pub eligible_posts: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenSeat {
    pub post: String,
    pub label: String,
    pub empty_seats: u32,
    pub eligible_candidates: usize,
}

/// An official who reaches retirement age by the plan year: gone before the plan, the
/// post open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Retiring {
    pub official: String,
    pub name: String,
    pub post: Option<String>,
    pub post_label: Option<String>,
    pub retires: Date,
}

/// A warning as the report carries it: its code, place and words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarningDoc {
    pub code: String,
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The cell, for a workbook: "Cán bộ!F12".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    pub message: String,
    pub hint: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    pub scenario: String,
    pub year: i32,
    pub units: usize,
    pub posts: usize,
    pub officials: usize,
    /// Eligible (official, post) pairs: the variables the model will have.
    pub candidate_pairs: usize,
    /// Officials at retirement age by the plan year, left out of the plan.
    pub retiring: Vec<Retiring>,
    pub must_rotate: Vec<MustRotate>,
    pub open_seats: Vec<OpenSeat>,
    /// Problems that make a plan impossible or force a bad one, in words.
    pub dead_ends: Vec<String>,
    /// What the file may say that its author did not mean (`W` codes).
    #[serde(default)]
    pub warnings: Vec<WarningDoc>,
}

impl CheckReport {
    /// The report with the scenario's warnings, in `lang`.
    pub fn with_warnings(mut self, found: &[crate::error::Problem], lang: Lang) -> CheckReport {
        self.warnings = found
            .iter()
            .map(|p| WarningDoc {
                code: p.code.to_string(),
                field: p.field.clone(),
                line: p.at.map(|(line, _)| line),
                cell: p.cell.clone(),
                message: p.message.render(lang),
                hint: p.hint.render(lang),
            })
            .collect();
        self
    }
}

/// The report on `full` (the scenario as read) as it stands in its own year.
pub fn check(full: &Scenario, lang: Lang) -> CheckReport {
    let s = &full.as_of(full.year);
    let ix = Index::new(s);
    let retiring = full
        .retiring_by(full.year)
        .into_iter()
        .map(|(o, retires)| Retiring {
            official: o.id.0.clone(),
            name: o.name.clone(),
            post: o.post.as_ref().map(|p| p.0.clone()),
            post_label: o
                .post
                .as_ref()
                .and_then(|p| ix.post_index(p))
                .map(|p| ix.post_label(p)),
            retires,
        })
        .collect();
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    let (n_o, n_p) = (s.officials.len(), s.posts.len());
    let eligibility = rules::Eligibility::new(&rules);
    let eligible: Vec<Vec<usize>> = (0..n_o)
        .into_par_iter()
        .map(|o| eligibility.posts(&ctx, o))
        .collect();
    let mut candidates_of_post = vec![0usize; n_p];
    for posts in &eligible {
        for &p in posts {
            candidates_of_post[p] += 1;
        }
    }
    let candidate_pairs = eligible.iter().map(Vec::len).sum();
    let mut dead_ends = Vec::new();
    let mut must_rotate = Vec::new();
    for o in 0..n_o {
        let Some(cur) = ix.current[o] else { continue };
        let bans = all_bans(&rules, &ctx, o, cur);
        if bans.is_empty() {
            continue;
        }
        let n_eligible = eligible[o].len();
        if n_eligible == 0 {
            let others = Exclusions::of_official(&rules, &ctx, o, Some(cur));
            let why = if others.by.is_empty() {
                Msg::new(K::NoOtherPost)
            } else {
                Msg::new(K::Excluded).msg("by", others.by_rule_msg())
            };
            dead_ends.push(
                Msg::new(K::DeadEndMustLeave)
                    .arg("name", &s.officials[o].name)
                    .msg("why", why)
                    .render(lang),
            );
        }
        must_rotate.push(MustRotate {
            official: s.officials[o].id.0.clone(),
            name: s.officials[o].name.clone(),
            rules: bans.iter().map(|(c, _)| c.to_string()).collect(),
            reasons: bans.into_iter().map(|(_, w)| w.render(lang)).collect(),
            eligible_posts: n_eligible,
        });
    }
    let mut held = vec![0u32; n_p];
    for c in ix.current.iter().flatten() {
        held[*c] += 1;
    }
    let mut open_seats = Vec::new();
    for p in 0..n_p {
        let candidates = candidates_of_post[p];
        if s.posts[p].key && candidates == 0 {
            let e = Exclusions::of_post(&rules, &ctx, p, |_| false);
            dead_ends.push(
                Msg::new(K::DeadEndKeyPost)
                    .arg("post", ix.post_label(p))
                    .msg("by", e.by_rule_msg())
                    .render(lang),
            );
        }
        if held[p] < s.posts[p].capacity {
            open_seats.push(OpenSeat {
                post: s.posts[p].id.0.clone(),
                label: ix.post_label(p),
                empty_seats: s.posts[p].capacity - held[p],
                eligible_candidates: candidates,
            });
        }
    }
    CheckReport {
        scenario: s.name.clone(),
        year: s.year,
        units: s.units.len(),
        posts: n_p,
        officials: n_o,
        candidate_pairs,
        retiring,
        must_rotate,
        open_seats,
        dead_ends,
        warnings: Vec::new(),
    }
}
