//! The plan: who holds which post after the rotation, its cost by term, and the solver's
//! status; `document` turns it into the full account that reports render and `verify` reads.

mod compliance;
mod decompose;
mod doc;
mod revise;

pub use compliance::{compliance, Compliance, KeyTitle};
pub use decompose::{decompose, decompose_within, Caps, Group, GroupKind, Seats, Stuck};
pub use doc::*;
pub use revise::revise;

use crate::error::{Error, Result};
use crate::model::Model;
use crate::model::{build, term_slot};
use crate::rules::{self, CostTerm, Ctx, Rule};
use crate::scenario::{Index, Scenario};
use crate::solve::{solve, Backend, Limits, Status};
use crate::why::diagnose;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Options {
    pub backend: Backend,
    pub limits: Limits,
    /// The language of the documents the library writes (horizon, compare).
    pub lang: crate::messages::Lang,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            backend: Backend::Microlp,
            limits: Limits::default(),
            lang: crate::messages::Lang::Vi,
        }
    }
}

/// The solved plan, by official index.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The post each official holds after the plan (None: not placed).
    pub after: Vec<Option<usize>>,
    pub status: Status,
    pub backend: Backend,
    /// Points per term; the total is their sum.
    pub cost: BTreeMap<CostTerm, i64>,
    pub seconds: f64,
    pub method: crate::solve::Method,
    /// The posts each official was eligible for (the model's candidates).
    pub eligible: Vec<Vec<usize>>,
    pub variables: usize,
    pub constraints: usize,
}

impl Plan {
    pub fn total(&self) -> i64 {
        self.cost.values().sum()
    }
}

/// Builds the model of `s` and hands it to `f` with the context and rules it came from.
fn with_model<T>(s: &Scenario, f: impl FnOnce(&Ctx, &[Box<dyn Rule>], Model) -> T) -> T {
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    let model = build(&ctx, &rules);
    f(&ctx, &rules, model)
}

/// The integer program of `s` in CPLEX LP format, or free MPS when `mps`.
pub fn model_text(s: &Scenario, mps: bool) -> String {
    with_model(s, |ctx, _, model| {
        if mps {
            crate::model::to_mps(ctx.ix, &model)
        } else {
            crate::model::to_lp(ctx.ix, &model)
        }
    })
}

/// Builds the model for `s`, solves it, and returns the plan, or a diagnosis of why
/// none exists.
pub fn plan(s: &Scenario, opts: &Options) -> Result<Plan> {
    with_model(s, |ctx, rules, model| solve_model(ctx, rules, model, opts))
}

/// Solves `model` (built for `ctx`'s scenario, or narrowed from such a model) into a plan,
/// or a diagnosis of why none exists.
pub fn solve_model(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    mut model: Model,
    opts: &Options,
) -> Result<Plan> {
    let s = ctx.scenario();
    let solved = match solve(&mut model, opts.backend, &opts.limits) {
        Ok(solved) => solved,
        Err(failure) => {
            let part = failure.no_plan()?;
            let diagnosis = diagnose(
                ctx,
                rules,
                &model,
                part.as_ref(),
                opts.backend,
                &opts.limits,
            );
            return Err(Error::Infeasible(Box::new(diagnosis)));
        }
    };
    Ok(account(s, &model, &solved, opts.backend))
}

/// Solves `model` (built for the scenario `s`, or narrowed from such a model) into a plan;
/// None when it has none, without the diagnosis of why (which costs a solve of its own).
pub fn try_solve(s: &Scenario, model: &Model, opts: &Options) -> Result<Option<Plan>> {
    let mut model = model.clone();
    match solve(&mut model, opts.backend, &opts.limits) {
        Ok(solved) => Ok(Some(account(s, &model, &solved, opts.backend))),
        Err(failure) => failure.no_plan().map(|_| None),
    }
}

/// The plan that places each official as `after` says (a multi-year plan solved as a
/// whole), costed by the model of `s`; None when a placement is not one of its pairs,
/// or someone who holds a post is left without one.
pub fn assess(
    s: &Scenario,
    after: &[Option<usize>],
    solved: &crate::solve::Solved,
    backend: Backend,
) -> Option<Plan> {
    with_model(s, |ctx, _, model| {
        let mut chosen = vec![false; model.cands.pairs.len()];
        for (o, held) in after.iter().enumerate() {
            match held {
                Some(p) => {
                    let k = model.cands.of_official[o]
                        .iter()
                        .copied()
                        .find(|&k| model.cands.pairs[k].1 == *p)?;
                    chosen[k] = true;
                }
                None if ctx.ix.current[o].is_some() => return None,
                None => {}
            }
        }
        // The joint solve's status and method, not its (much larger) choice vector.
        let solved = crate::solve::Solved {
            chosen,
            excess: Vec::new(),
            method: solved.method,
            status: solved.status,
            seconds: solved.seconds,
        };
        Some(account(s, &model, &solved, backend))
    })
}

/// The plan of the pairs `solved` chose, with its cost by term.
fn account(
    s: &Scenario,
    model: &crate::model::Model,
    solved: &crate::solve::Solved,
    backend: Backend,
) -> Plan {
    let mut after = vec![None; s.officials.len()];
    // The terms of every plan, and the changes from a published one when revising it.
    let mut sums = model.constant;
    for (k, &(o, p)) in model.cands.pairs.iter().enumerate() {
        if solved.chosen[k] {
            after[o] = Some(p);
            for (sum, x) in sums.iter_mut().zip(model.terms[k]) {
                *sum += x;
            }
        }
    }
    // Soft rules' rows missed, at their penalty.
    sums[term_slot(CostTerm::Breaches)] += crate::solve::missed_penalties(model, &solved.chosen);
    let cost: BTreeMap<CostTerm, i64> = CostTerm::EVERY
        .into_iter()
        .filter(|&t| t != CostTerm::Changes || s.published.is_some())
        .filter(|&t| t != CostTerm::Breaches || !s.rules.soft().is_empty())
        .filter(|&t| t != CostTerm::Wishes || s.has_wishes())
        .filter(|&t| t != CostTerm::Development || s.has_development())
        .map(|t| (t, sums[term_slot(t)]))
        .collect();
    Plan {
        after,
        status: solved.status,
        backend,
        cost,
        seconds: solved.seconds,
        method: solved.method,
        eligible: model
            .cands
            .of_official
            .iter()
            .map(|ks| ks.iter().map(|&k| model.cands.pairs[k].1).collect())
            .collect(),
        variables: model.cands.pairs.len(),
        constraints: model.rows.len(),
    }
}
