//! Solving the model with a good_lp backend: which backends this build has, the time
//! limit, and the status the solver proved. A plan is called optimal only when the solver
//! says it proved it.

use crate::error::{Error, Result};
use crate::messages::{Msg, K};
use crate::model::{Model, Sense};
use good_lp::{
    constraint, variable, Expression, ProblemVariables, ResolutionError, Solution as _,
    SolutionStatus, SolverModel, Variable, WithTimeLimit,
};
use serde::{Deserialize, Serialize};
use std::time::Instant;

mod fixing;
mod flow;
mod interior;

pub use flow::{priced_conflict, row_floor, rows_unmet};

/// What the elastic rows of `model` (soft rules) that `chosen` misses cost, in points.
pub fn missed_penalties(model: &Model, chosen: &[bool]) -> i64 {
    let rows: Vec<usize> = (0..model.rows.len()).collect();
    flow::penalties(model, &rows, &flow::Chosen::of_flags(chosen))
}

/// What the elastic rows `rows` of `model` cost when the pairs `pairs` are chosen.
pub fn missed_penalties_in(model: &Model, rows: &[usize], pairs: Vec<usize>) -> i64 {
    flow::penalties(model, rows, &flow::Chosen::new(pairs))
}

/// How far `chosen` misses each elastic row of `model` (0 for the hard rows).
fn missed_by(model: &Model, chosen: &[bool]) -> Vec<f64> {
    let chosen = flow::Chosen::of_flags(chosen);
    (0..model.rows.len())
        .map(|r| match model.rows[r].elastic {
            Some(_) => flow::missed(model, r, &chosen),
            None => 0.0,
        })
        .collect()
}

/// Whether `chosen` meets every hard row of `model`: a plan.
fn hard_rows_hold(model: &Model, chosen: &[bool]) -> bool {
    let chosen = flow::Chosen::of_flags(chosen);
    (0..model.rows.len()).all(|r| model.rows[r].elastic.is_some() || flow::holds(model, r, &chosen))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    Microlp,
    #[cfg(feature = "highs")]
    Highs,
}

impl Backend {
    /// The backends compiled into this build, default first.
    pub fn available() -> Vec<Backend> {
        vec![
            Backend::Microlp,
            #[cfg(feature = "highs")]
            Backend::Highs,
        ]
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Microlp => "microlp",
            #[cfg(feature = "highs")]
            Backend::Highs => "highs",
        }
    }

    pub fn from_name(name: &str) -> Result<Backend> {
        Backend::available()
            .into_iter()
            .find(|b| b.name() == name)
            .ok_or_else(|| Error::UnknownSolver {
                name: name.to_string(),
                available: Backend::available()
                    .iter()
                    .map(|b| b.name())
                    .collect::<Vec<_>>()
                    .join(", ")
                    + if cfg!(feature = "highs") {
                        ""
                    } else {
                        " (build with `--features highs` for HiGHS)"
                    },
            })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Status {
    /// The solver proved that no plan costs less.
    Optimal,
    /// Stopped at the time limit with a feasible plan; `gap` is the relative distance to
    /// the best bound, when the backend reports it.
    TimeLimit { gap: Option<f64> },
}

impl Status {
    pub fn describe(&self, lang: crate::messages::Lang) -> String {
        use crate::messages::{t, K};
        match self {
            Status::Optimal => t(lang, K::StatusOptimal, &[]),
            Status::TimeLimit { gap: Some(g) } => {
                // Two significant digits at least: a gap of a few points in half a million
                // is not "0.00".
                let pct = g * 100.0;
                let places = match pct > 0.0 && pct < 0.01 {
                    true => (-pct.log10()).ceil() as usize + 1,
                    false => 2,
                };
                let gap = format!("{pct:.places$}");
                t(lang, K::StatusTimeLimitGap, &[("gap", &gap)])
            }
            Status::TimeLimit { gap: None } => t(lang, K::StatusTimeLimit, &[]),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Limits {
    /// Seconds the whole run may take (`--time-limit`); `deadline` is when they end.
    pub time_limit: Option<f64>,
    /// When the time limit runs out; every phase (flow pricing, integer program,
    /// diagnosis, every year of a horizon, the joint model) stops by then.
    pub deadline: Option<Instant>,
    /// Solve independent parts apart, in parallel.
    pub split: bool,
    /// Try each part's assignment core as a min-cost flow before the integer program.
    pub flow: bool,
    /// Subgradient steps of the priced flows before a part that breaks a side row is
    /// narrowed for the integer program (fewer in tests, to reach the narrowing).
    pub pricing_rounds: usize,
    /// Parts the priced flows leave, and integer programs, over more pairs than this solve
    /// their linear relaxation first (interior point, then microlp): its bound, its
    /// prices and its solution may settle them (0 in tests, to reach it on small parts).
    pub relax_from: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time_limit: None,
            deadline: None,
            split: true,
            flow: true,
            pricing_rounds: LAGRANGIAN_ROUNDS,
            relax_from: RELAX_FROM,
        }
    }
}

impl Limits {
    /// A time limit of `seconds` from now.
    pub fn with_time_limit(self, seconds: Option<f64>) -> Limits {
        Limits {
            time_limit: seconds,
            deadline: seconds.map(|t| Instant::now() + std::time::Duration::from_secs_f64(t)),
            ..self
        }
    }

    /// Seconds left before the deadline; a sliver once it has passed, so that a solver
    /// asked for a plan still looks for one.
    pub fn remaining(&self) -> Option<f64> {
        self.deadline.map(|d| {
            d.saturating_duration_since(Instant::now())
                .as_secs_f64()
                .max(MIN_SECONDS)
        })
    }

    /// Whether the deadline has passed.
    pub fn expired(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

/// The least time a solver is given once the deadline has passed.
const MIN_SECONDS: f64 = 0.05;

/// Subgradient steps before a part that breaks a side row goes to the integer program.
const LAGRANGIAN_ROUNDS: usize = 60;

/// How a plan was solved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Method {
    /// Independent parts the model split into.
    pub parts: usize,
    /// Parts whose min-cost-flow solution met every row, so optimal without the MIP.
    pub by_flow: usize,
}

/// Solves `model`: splits it into independent parts and solves them in parallel, each by
/// min-cost flow when its solution meets every row, else by the integer program. Where
/// the model caps cycles and chains, it adds the cuts a plan breaks to `model` and solves
/// again (parts no cut touches are not solved twice) until a plan meets the caps.
pub fn solve(
    model: &mut Model,
    backend: Backend,
    limits: &Limits,
) -> std::result::Result<Solved, Failure> {
    let start = Instant::now();
    let mut done = std::collections::HashMap::new();
    loop {
        let mut solved = solve_parts(model, backend, limits, &mut done)?;
        let Some(caps) = model.exchange else {
            return Ok(solved);
        };
        let cuts = crate::rules::exchange_cuts(model, &caps, &solved.chosen)
            .map_err(|n| Failure::Caps(Msg::new(K::ExchangeTooMany).arg("n", n)))?;
        if cuts.is_empty() {
            solved.seconds = start.elapsed().as_secs_f64();
            return Ok(solved);
        }
        if limits.expired() {
            return Err(Failure::Caps(Msg::new(K::ExchangeOutOfTime)));
        }
        model.rows.extend(cuts);
    }
}

/// A part's answer: its chosen pairs, status, and whether the flow settled it.
type PartResult = (Vec<usize>, Status, bool);

/// One round of [`solve`]: every part not in `done` (keyed by its pairs and rows) solved.
fn solve_parts(
    model: &Model,
    backend: Backend,
    limits: &Limits,
    done: &mut std::collections::HashMap<crate::model::Part, PartResult>,
) -> std::result::Result<Solved, Failure> {
    use rayon::prelude::*;
    let start = Instant::now();
    let parts = if limits.split {
        crate::model::split(model)
    } else {
        vec![crate::model::Part::whole(model)]
    };
    // Only a model with caps is solved more than once: the others keep no copy of their parts.
    let results: Vec<_> = if model.exchange.is_none() {
        parts
            .par_iter()
            .map(|p| solve_part(model, p, backend, limits))
            .collect()
    } else {
        let fresh: Vec<_> = parts
            .par_iter()
            .filter(|p| !done.contains_key(*p))
            .map(|p| solve_part(model, p, backend, limits).map(|r| (p.clone(), r)))
            .collect();
        for r in fresh {
            let (p, r) = r?;
            done.insert(p, r);
        }
        parts.iter().map(|p| Ok(done[p].clone())).collect()
    };
    let mut chosen = vec![false; model.cands.pairs.len()];
    let mut status = Status::Optimal;
    let mut method = Method {
        parts: parts.len(),
        by_flow: 0,
    };
    let mut limited = 0;
    for r in results {
        let (pairs, st, by_flow) = r?;
        for k in pairs {
            chosen[k] = true;
        }
        method.by_flow += by_flow as usize;
        if let Status::TimeLimit { .. } = st {
            limited += 1;
            status = st;
        }
    }
    if limited > 1 {
        // Gaps of several parts do not add up to a gap of the whole.
        status = Status::TimeLimit { gap: None };
    }
    Ok(Solved {
        excess: missed_by(model, &chosen),
        chosen,
        method,
        status,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// Integer programs over more pairs than this try the linear relaxation first.
const RELAX_FROM: usize = 200;

/// One part: the chosen pairs (indices into `model`), the status, and whether the
/// min-cost flow settled it.
fn solve_part(
    model: &Model,
    part: &crate::model::Part,
    backend: Backend,
    limits: &Limits,
) -> std::result::Result<(Vec<usize>, Status, bool), Failure> {
    // Rows over no pair (a leadership no one of the group may join) hold or not as they
    // stand; a soft one is paid for.
    if part.pairs.is_empty() {
        let none = flow::Chosen::new(Vec::new());
        let met = part
            .rows
            .iter()
            .filter(|&&r| model.rows[r].elastic.is_none())
            .all(|&r| flow::holds(model, r, &none));
        return match met {
            true => Ok((Vec::new(), Status::Optimal, true)),
            false => Err(Failure::Infeasible(Some(part.clone()))),
        };
    }
    // The best plan the priced flows found, handed to the integer program as its start.
    let mut incumbent: Option<(Vec<usize>, f64)> = None;
    if limits.flow {
        // The core relaxes the part: if it cannot place everyone, nothing can.
        match flow::assignment_core(model, part) {
            flow::Core::CannotPlace => return Err(Failure::Infeasible(Some(part.clone()))),
            flow::Core::TooLarge => {}
            flow::Core::Placed(pairs) => {
                let chosen = flow::Chosen::new(pairs);
                if flow::rows_hold(model, part, &chosen) {
                    return Ok((chosen.into_pairs(), Status::Optimal, true));
                }
                let pooled = |pool: &[usize]| fixing::pooled(model, part, pool, backend, limits);
                // The relaxation's own prices, whose bound is the best a Lagrangian can
                // give, are sought beside a subgradient that takes long (it can stall
                // below that bound), on a thread of their own when the solve may use more
                // than one, and dropped if the subgradient settles the part: the plan is the
                // same whether they ran, so it does not depend on the threads.
                let beside = std::cell::RefCell::new(None);
                let start = || {
                    let mut beside = beside.borrow_mut();
                    if part.pairs.len() > limits.relax_from
                        && rayon::current_num_threads() > 1
                        && beside.is_none()
                    {
                        *beside = Some(interior::Beside::start(model, part, limits));
                    }
                };
                let priced =
                    flow::lagrangian(model, part, limits.pricing_rounds, limits, &pooled, &start);
                // Dropped on the way out, the run beside is stopped.
                let beside = beside.into_inner();
                match priced {
                    flow::Priced::Proven(pairs, by_flow) => {
                        return Ok((pairs, Status::Optimal, by_flow))
                    }
                    // Out of time with a plan in hand: the best found, and how far it may be
                    // from the bound.
                    flow::Priced::CutShort(pairs, gap) => {
                        return Ok((pairs, Status::TimeLimit { gap: Some(gap) }, false))
                    }
                    flow::Priced::Unsettled(best, duals) => {
                        // No plan in any priced flow: perhaps there is none at all, which
                        // the prices may prove before any relaxation is needed (the run
                        // beside is stopped first).
                        let beside = beside.filter(|_| best.is_some());
                        if best.is_none() && flow::no_plan_by_prices(model, part, limits) {
                            return Err(Failure::Infeasible(Some(part.clone())));
                        }
                        let relaxed = match beside {
                            Some(run) => run.dual(model, part),
                            None if part.pairs.len() > limits.relax_from => {
                                interior::relaxation_dual(model, part, limits)
                            }
                            None => None,
                        };
                        incumbent = best;
                        let mut duals = duals;
                        if let Some(d) = relaxed {
                            let at = duals.partition_point(|b| b.bound >= d.bound);
                            duals.insert(at, d);
                        }
                        if !duals.is_empty() {
                            let found = fixing::settle(
                                model,
                                part,
                                &duals,
                                &mut incumbent,
                                backend,
                                limits,
                            )?;
                            if let Some(found) = found {
                                return Ok(found);
                            }
                        }
                    }
                }
                // Before the integer program: a row no placement can meet proves there is
                // no plan at the price of one flow.
                if incumbent.is_none() && !flow::rows_unmet(model, part).is_empty() {
                    return Err(Failure::Infeasible(Some(part.clone())));
                }
            }
        }
    }
    let mut sub = model.restrict(part);
    if let Some((pairs, _)) = &incumbent {
        sub.start = Some(
            part.pairs
                .iter()
                .map(|k| pairs.binary_search(k).is_ok())
                .collect(),
        );
    }
    let solved = solve_mip(&sub, backend, limits).map_err(|e| match e {
        Failure::Infeasible(_) => Failure::Infeasible(Some(part.clone())),
        other => other,
    })?;
    // Cut short at the priced flows' plan: their bound gives the gap.
    let status = match (&incumbent, solved.status) {
        (Some((_, gap)), Status::TimeLimit { gap: None })
            if Some(&solved.chosen) == sub.start.as_ref() =>
        {
            Status::TimeLimit { gap: Some(*gap) }
        }
        (_, st) => st,
    };
    Ok((chosen_of(part, &solved.chosen), status, false))
}

/// The pairs of `part` (global indices) that a solve of its restriction chose.
pub(super) fn chosen_of(part: &crate::model::Part, chosen: &[bool]) -> Vec<usize> {
    part.pairs
        .iter()
        .zip(chosen)
        .filter(|(_, &c)| c)
        .map(|(&k, _)| k)
        .collect()
}

#[derive(Clone, Debug)]
pub struct Solved {
    /// Chosen pairs, by pair index in the model.
    pub chosen: Vec<bool>,
    /// How the plan was proven: independent parts, and how many the min-cost flow settled.
    pub method: Method,
    /// How far each elastic row was missed, either way (0 for hard rows).
    pub excess: Vec<f64>,
    pub status: Status,
    pub seconds: f64,
}

/// Why the solver gave no plan.
#[derive(Debug)]
pub enum Failure {
    /// No plan exists; the independent part that has none, when the model was split.
    Infeasible(Option<crate::model::Part>),
    Other(String),
    /// The time limit ran out before the solver found any plan.
    OutOfTime,
    /// The exchange caps could not be met or checked (too many ways to pair seats, or out of
    /// time with a plan that still breaks them).
    Caps(Msg),
}

impl Failure {
    /// The part with no plan (None when the model was not split) when that is the
    /// failure; else the error to tell a person.
    pub fn no_plan(self) -> Result<Option<crate::model::Part>> {
        match self {
            Failure::Infeasible(part) => Ok(part),
            Failure::Other(msg) => Err(Error::Solver(msg)),
            Failure::OutOfTime => Err(Error::OutOfTime),
            Failure::Caps(msg) => Err(Error::Exchange(msg)),
        }
    }
}

/// Solves `model` as one integer program; all variables binary, minimising the cost.
/// When the time runs out before the solver has a plan of its own, the model's `start`
/// (a known feasible plan), if any, is the best plan found.
pub fn solve_mip(
    model: &Model,
    backend: Backend,
    limits: &Limits,
) -> std::result::Result<Solved, Failure> {
    // With a plan in hand, the interior point's bound first: that plan, or the relaxation
    // rounded, at the bound is the optimum; else only the pairs whose reduced cost leaves
    // room under the plan's cost are searched. Without one, microlp's relaxation below does
    // as well, and the pools the priced flows search every 20 rounds stay cheap.
    let start = model.start.as_ref();
    let large = backend == Backend::Microlp && model.cands.pairs.len() > limits.relax_from;
    let Some((start, b)) = start
        .filter(|_| large)
        .and_then(|s| Some((s, interior::relaxation_bound(model, limits)?)))
    else {
        return search(model, backend, limits, None);
    };
    let clock = Instant::now();
    let floor = (b.bound - 1e-6).ceil() as i64;
    let rounded: Vec<bool> = b.values.iter().map(|&v| v > 0.5).collect();
    let at_bound = [start, &rounded]
        .into_iter()
        .find(|s| hard_rows_hold(model, s) && paid(model, s) <= floor);
    if let Some(plan) = at_bound {
        return Ok(Solved {
            status: Status::Optimal,
            ..from_start(model, plan, clock)
        });
    }
    let room = (paid(model, start) - 1) as f64 - b.bound + 1e-6;
    let n = model.cands.pairs.len();
    let keep: Vec<usize> = (0..n)
        .filter(|&k| start[k] || b.reduced[k] <= room)
        .collect();
    if keep.len() as f64 >= NARROWED_SHARE * n as f64 {
        return search(model, backend, limits, Some(b.bound));
    }
    let part = crate::model::Part {
        pairs: keep,
        rows: (0..model.rows.len()).collect(),
    };
    let mut sub = model.restrict(&part);
    sub.start = Some(part.pairs.iter().map(|&k| start[k]).collect());
    let solved = search(&sub, backend, limits, Some(b.bound))?;
    let mut chosen = vec![false; n];
    for k in chosen_of(&part, &solved.chosen) {
        chosen[k] = true;
    }
    Ok(Solved {
        chosen,
        seconds: clock.elapsed().as_secs_f64(),
        // The narrowed model keeps every row, in order.
        ..solved
    })
}

/// Below this share of its pairs, a model narrowed by the relaxation's reduced costs is
/// searched instead of the whole.
const NARROWED_SHARE: f64 = 0.9;

/// What `chosen` pays: its pairs, and the soft rows it misses.
fn paid(model: &Model, chosen: &[bool]) -> i64 {
    let pairs: i64 = (0..chosen.len())
        .filter(|&k| chosen[k])
        .map(|k| model.cost(k))
        .sum();
    pairs + missed_penalties(model, chosen)
}

/// The plan `start`, not proven optimal, as a solve's answer.
fn from_start(model: &Model, start: &[bool], clock: Instant) -> Solved {
    Solved {
        chosen: start.to_vec(),
        method: Method {
            parts: 1,
            by_flow: 0,
        },
        excess: missed_by(model, start),
        status: Status::TimeLimit { gap: None },
        seconds: clock.elapsed().as_secs_f64(),
    }
}

/// The relative gap of a plan costing `cost` to a bound no plan goes under.
pub(super) fn relative_gap(cost: i64, bound: f64) -> f64 {
    let c = cost as f64;
    ((c - bound) / c.abs().max(1.0)).max(0.0)
}

/// microlp's relaxation (whole, or no dearer than the start rounded up, it settles the
/// model), then the search. `lower`, a bound already proven, gives a plan cut short its
/// gap where the search tells none.
fn search(
    model: &Model,
    backend: Backend,
    limits: &Limits,
    mut lower: Option<f64>,
) -> std::result::Result<Solved, Failure> {
    let clock = Instant::now();
    // The linear relaxation first: where it comes out whole, or the start costs no more
    // than its optimum rounded up (costs are whole points), no search is needed.
    if backend == Backend::Microlp && model.cands.pairs.len() > limits.relax_from {
        match relaxation(model, limits) {
            Err(Failure::Infeasible(_)) => return Err(Failure::Infeasible(None)),
            Ok((_, Some(whole))) => return Ok(whole),
            Ok((bound, None)) => {
                lower = Some(lower.map_or(bound, |l| l.max(bound)));
                let floor = (bound - 1e-6).ceil() as i64;
                if let Some(start) = model.start.as_ref().filter(|s| paid(model, s) <= floor) {
                    return Ok(Solved {
                        status: Status::Optimal,
                        ..from_start(model, start, clock)
                    });
                }
            }
            // Out of time or a numerical failure: the search decides.
            Err(_) => {}
        }
    }
    let found = match (solve_mip_once(model, backend, limits), &model.start) {
        (Err(Failure::Other(_)), Some(start)) if limits.deadline.is_some() => {
            Ok(from_start(model, start, clock))
        }
        (Err(Failure::Other(_)), None) if limits.expired() => Err(Failure::OutOfTime),
        // Cut short with a plan dearer than the start: the start is the best found.
        (Ok(sol), Some(start))
            if sol.status != Status::Optimal && paid(model, start) < paid(model, &sol.chosen) =>
        {
            Ok(from_start(model, start, clock))
        }
        (result, _) => result,
    };
    found.map(|mut sol| {
        if let (Status::TimeLimit { gap: None }, Some(bound)) = (sol.status, lower) {
            sol.status = Status::TimeLimit {
                gap: Some(relative_gap(paid(model, &sol.chosen), bound)),
            };
        }
        sol
    })
}

fn solve_mip_once(
    model: &Model,
    backend: Backend,
    limits: &Limits,
) -> std::result::Result<Solved, Failure> {
    solve_program(model, backend, limits, false).map(|(solved, _)| solved)
}

/// The linear relaxation of `model` (every pair between 0 and 1) by microlp: its optimum,
/// which no plan costs less than, and the plan it is when every pair comes out whole.
fn relaxation(
    model: &Model,
    limits: &Limits,
) -> std::result::Result<(f64, Option<Solved>), Failure> {
    let (solved, values) = solve_program(model, Backend::Microlp, limits, true)?;
    let Relaxed { objective, pairs } = values.expect("a relaxation reads its values");
    let whole = pairs.iter().all(|&v| !(1e-6..=1.0 - 1e-6).contains(&v));
    Ok((objective, whole.then_some(solved)))
}

/// What a relaxation's solution holds beyond the plan read from it.
struct Relaxed {
    objective: f64,
    pairs: Vec<f64>,
}

/// Builds the program of `model` (binary pairs, or between 0 and 1 when `relax`) and solves
/// it; a relaxation also gives its objective and each pair's value.
fn solve_program(
    model: &Model,
    backend: Backend,
    limits: &Limits,
    relax: bool,
) -> std::result::Result<(Solved, Option<Relaxed>), Failure> {
    let start = Instant::now();
    let Program {
        vars,
        x,
        slack,
        objective,
    } = program(model, |k| {
        let v = if relax {
            variable().min(0.0).max(1.0)
        } else {
            variable().binary()
        };
        match &model.start {
            Some(start) => v.initial(if start[k] { 1.0 } else { 0.0 }),
            None => v,
        }
    });
    let problem = vars.minimise(objective);
    let constraints = (0..model.rows.len()).map(|r| row_constraint(model, r, &x, &slack[r]));
    let read = |value: &dyn Fn(Variable) -> f64| {
        let chosen = x.iter().map(|&v| value(v) > 0.5).collect();
        let excess = slack
            .iter()
            .map(|s| match s {
                Some((over, short)) => {
                    value(*over).max(0.0) + short.map_or(0.0, |t| value(t).max(0.0))
                }
                None => 0.0,
            })
            .collect();
        (chosen, excess)
    };
    // The objective as the program counts it, from each variable's value.
    let relaxed = |value: &dyn Fn(Variable) -> f64| {
        let pairs: Vec<f64> = x.iter().map(|&v| value(v)).collect();
        let mut objective: f64 = (0..x.len()).map(|k| model.cost(k) as f64 * pairs[k]).sum();
        for (r, s) in model.rows.iter().zip(&slack) {
            if let (Some(pen), Some((over, short))) = (r.elastic, s) {
                objective += pen as f64 * (value(*over) + short.map_or(0.0, value));
            }
        }
        Relaxed { objective, pairs }
    };
    let mut values = None;
    let (chosen, excess, status) = match backend {
        Backend::Microlp => {
            let sol = run(problem.using(good_lp::microlp), constraints, limits)?;
            let (chosen, excess) = read(&|v| sol.value(v));
            if relax {
                values = Some(relaxed(&|v| sol.value(v)));
            }
            let st = sol.status();
            let gap = sol.into_inner().gap();
            (chosen, excess, status_of(st, gap))
        }
        #[cfg(feature = "highs")]
        Backend::Highs => {
            // One thread and a zero gap: the same plan every run, and "optimal" means proven.
            let m = problem
                .using(good_lp::highs)
                .set_threads(1)
                .set_mip_rel_gap(0.0)
                .map_err(|e| Failure::Other(e.to_string()))?;
            let sol = run(m, constraints, limits)?;
            let (chosen, excess) = read(&|v| sol.value(v));
            (chosen, excess, status_of(sol.status(), None))
        }
    };
    let solved = Solved {
        chosen,
        method: Method {
            parts: 1,
            by_flow: 0,
        },
        excess,
        status,
        seconds: start.elapsed().as_secs_f64(),
    };
    Ok((solved, values))
}

/// A model in good_lp's terms: a variable per pair, the slacks of each soft row (over, and
/// short for an equality), and the objective.
pub(super) struct Program {
    pub vars: ProblemVariables,
    pub x: Vec<Variable>,
    pub slack: Vec<Slack>,
    pub objective: Expression,
}

/// How a soft row may be missed: exceeded (Σ − s ≤ rhs), and an equality also fall short
/// (Σ − s + t = rhs); both cost the row's penalty per unit.
pub(super) type Slack = Option<(Variable, Option<Variable>)>;

/// The variables and objective of `model`, each pair's variable as `pair(k)` defines it.
pub(super) fn program(
    model: &Model,
    pair: impl Fn(usize) -> good_lp::VariableDefinition,
) -> Program {
    let mut vars = ProblemVariables::new();
    let x: Vec<Variable> = (0..model.cands.pairs.len())
        .map(|k| vars.add(pair(k)))
        .collect();
    let slack: Vec<Slack> = model
        .rows
        .iter()
        .map(|r| {
            r.elastic.map(|_| {
                let short = (r.sense == Sense::Eq).then(|| vars.add(variable().min(0.0)));
                (vars.add(variable().min(0.0)), short)
            })
        })
        .collect();
    let mut objective = Expression::with_capacity(x.len() + slack.len());
    for (k, &v) in x.iter().enumerate() {
        objective.add_mul(model.cost(k) as f64, v);
    }
    for (r, s) in model.rows.iter().zip(&slack) {
        if let (Some(pen), Some((over, short))) = (r.elastic, s) {
            objective.add_mul(pen as f64, *over);
            if let Some(t) = short {
                objective.add_mul(pen as f64, *t);
            }
        }
    }
    Program {
        vars,
        x,
        slack,
        objective,
    }
}

/// Row `r` of `model` as a constraint over the variables `x` and its slacks.
pub(super) fn row_constraint(
    model: &Model,
    r: usize,
    x: &[Variable],
    slack: &Slack,
) -> good_lp::Constraint {
    let row = &model.rows[r];
    let mut e = Expression::with_capacity(row.terms.len() + 1);
    for &(k, c) in &row.terms {
        e.add_mul(c, x[k]);
    }
    if let Some((over, short)) = slack {
        e.add_mul(-1.0, *over);
        if let Some(t) = short {
            e.add_mul(1.0, *t);
        }
    }
    match row.sense {
        Sense::Le => constraint::leq(e, row.rhs),
        Sense::Eq => constraint::eq(e, row.rhs),
    }
}

/// Adds the rows and the time limit to a backend's model and solves it.
fn run<M: SolverModel<Error = ResolutionError> + WithTimeLimit>(
    mut m: M,
    constraints: impl Iterator<Item = good_lp::Constraint>,
    limits: &Limits,
) -> std::result::Result<M::Solution, Failure> {
    if let Some(t) = limits.remaining() {
        m = m.with_time_limit(t);
    }
    for c in constraints {
        m.add_constraint(c);
    }
    m.solve().map_err(failure)
}

fn status_of(s: SolutionStatus, gap: Option<f64>) -> Status {
    match s {
        SolutionStatus::Optimal => Status::Optimal,
        _ => Status::TimeLimit { gap },
    }
}

fn failure(e: ResolutionError) -> Failure {
    match e {
        ResolutionError::Infeasible => Failure::Infeasible(None),
        other => Failure::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::Status;
    use crate::messages::Lang;

    #[test]
    fn a_small_gap_is_told_to_two_significant_digits() {
        let told = |gap: f64| Status::TimeLimit { gap: Some(gap) }.describe(Lang::En);
        assert!(told(0.125).contains("within 12.50%"), "{}", told(0.125));
        // 30 points over 616,900: the three-year joint horizon cut short.
        assert!(told(30.0 / 616_900.0).contains("within 0.0049%"));
        assert!(told(0.0).contains("within 0.00%"));
    }

    #[test]
    fn a_split_solve_tells_how_far_it_misses_a_soft_row() {
        let (mut m, _) = crate::solve::flow::tests::model([[-10, 0, 0], [0, -10, 0]], [1, 1, 1]);
        // At most one of the two cheap pairs, at 3 points a pair over: both are worth it.
        let mut soft = crate::solve::flow::tests::side_row(vec![0, 4], 1.0);
        soft.elastic = Some(3);
        m.rows.push(soft);
        let solved = super::solve(&mut m, super::Backend::Microlp, &super::Limits::default())
            .expect("a plan");
        assert!(solved.chosen[0] && solved.chosen[4]);
        assert_eq!(solved.excess[5], 1.0);
        assert!(solved.excess[..5].iter().all(|&e| e == 0.0));
    }
}
