//! The account of a horizon that reports render and programs read: per mode, each year's
//! plan and a summary line per year.

use super::{Mode, Options, Run, Turn, Year};
use crate::plan::PlanDoc;
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A horizon as reports show it and programs read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HorizonDoc {
    pub scenario: String,
    pub from: i32,
    pub to: i32,
    pub runs: Vec<RunDoc>,
    /// Joint cost minus year-by-year cost, when both were run (never positive unless the
    /// joint run was cut short by the time limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foresight_saves: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunDoc {
    pub mode: Mode,
    /// Variables and rows of the joint integer program (the joint mode only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variables: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraints: Option<usize>,
    /// Every year proven optimal (year by year: each given the past; joint: all at once).
    pub proven_optimal: bool,
    pub cost: i64,
    pub cost_terms: BTreeMap<crate::rules::CostTerm, i64>,
    pub summary: Vec<YearSummary>,
    pub years: Vec<YearDoc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearDoc {
    pub year: i32,
    pub turn: Turn,
    pub plan: PlanDoc,
}

/// One line of the summary table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearSummary {
    pub year: i32,
    pub retired: usize,
    pub left: usize,
    pub opened: usize,
    pub moves: usize,
    pub unfilled_seats: u32,
    pub cost: i64,
    pub cost_terms: BTreeMap<crate::rules::CostTerm, i64>,
    /// Heads at or over the term limit after the plan.
    pub heads_over_limit: usize,
    /// Key-post seats held by non-local officials after the plan, per title.
    pub key_posts: Vec<crate::plan::KeyTitle>,
    /// Breaches of soft rules the year's plan pays for.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub breaches: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn document_runs(base: &Scenario, opts: &Options, runs: &[Run]) -> HorizonDoc {
    let docs: Vec<RunDoc> = runs.iter().map(run_doc).collect();
    let cost = |m: Mode| docs.iter().find(|d| d.mode == m).map(|d| d.cost);
    HorizonDoc {
        scenario: base.name.clone(),
        from: opts.from,
        to: opts.to,
        foresight_saves: cost(Mode::Joint)
            .zip(cost(Mode::Yearly))
            .map(|(j, y)| j - y),
        runs: docs,
    }
}

fn run_doc(run: &Run) -> RunDoc {
    let mut cost_terms: BTreeMap<crate::rules::CostTerm, i64> = BTreeMap::new();
    for y in &run.years {
        for (t, c) in &y.plan.cost {
            *cost_terms.entry(*t).or_default() += c;
        }
    }
    RunDoc {
        mode: run.mode,
        variables: run.joint_size.map(|s| s.0),
        constraints: run.joint_size.map(|s| s.1),
        proven_optimal: run
            .years
            .iter()
            .all(|y| y.plan.status == crate::solve::Status::Optimal),
        cost: run.total(),
        cost_terms,
        summary: run.years.iter().map(summary).collect(),
        years: run
            .years
            .iter()
            .map(|y| YearDoc {
                year: y.scenario.year,
                turn: y.turn.clone(),
                plan: y.doc.clone(),
            })
            .collect(),
    }
}

fn summary(y: &Year) -> YearSummary {
    let d = &y.doc;
    let after = &d.compliance_after;
    YearSummary {
        year: d.year,
        retired: y.turn.retired.len(),
        left: y.turn.left.len(),
        opened: y.turn.opened.len(),
        moves: d.moves.len(),
        unfilled_seats: d.unfilled.iter().map(|u| u.empty_seats).sum(),
        cost: d.cost.total,
        cost_terms: d.cost.terms.clone(),
        heads_over_limit: after.heads_over_limit.len(),
        key_posts: after.key_posts.clone(),
        breaches: d.breaches.len(),
    }
}
