//! Prices for a part's side rows from its linear relaxation, solved by an interior-point
//! method (clarabel, pure Rust), and the bound they prove. The relaxation's optimum is the
//! best Lagrangian bound there is (the flow's polytope is integral), where subgradient
//! steps on whole prices can stall many points short. The interior point's duals are only
//! near the optimum, so they prove nothing by themselves: rounded to a grid, clamped to
//! their valid signs and priced into one exact min-cost flow, they give a bound that holds
//! for any prices, in whole arithmetic.

use super::flow::{self, Chosen, Core, Dual};
use super::{program, row_constraint, Limits, Program};
use crate::model::{Model, Part, Row, Sense};
use good_lp::{variable, SolverModel};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Raised to stop an interior point run in another thread: its answer is no longer needed.
type Stop = Arc<AtomicBool>;

/// The grids tried for the prices, finest first: a price is a multiple of 1/scale. A finer
/// grid loses less of the relaxation's bound, but scales every arc cost, and the flow's
/// integers cap their sum.
const SCALES: [i64; 4] = [64, 16, 4, 1];

/// The linear relaxation of `model` by the interior point: each row's multiplier (as in
/// the Lagrangian: ≥ 0 on a ≤ row) and each pair's value. None when it fails, the time
/// runs out or `stop` is raised (checked at every iteration).
fn relax(model: &Model, limits: &Limits, stop: &Stop) -> Option<(Vec<f64>, Vec<f64>)> {
    use clarabel::solver::{IPSolver as _, SolverStatus};
    // Pairs are not capped at 1: their rows cap them (a cap left out only weakens the
    // multipliers, and the bound they prove holds whatever they are).
    let Program {
        vars,
        x,
        slack,
        objective,
    } = program(model, |_| variable().min(0.0));
    let mut problem = vars.minimise(objective).using(good_lp::clarabel);
    let settings = problem.settings();
    // Without iterative refinement of each step's solve: the same 23 steps and bound on the
    // stress bench's all-at-once part, in 2.0 s instead of 2.4; a weaker answer only weakens
    // the bound, which is proven whatever the duals are.
    settings
        .tol_feas(1e-7)
        .tol_gap_abs(1e-4)
        .tol_gap_rel(1e-7)
        .iterative_refinement_enable(false);
    if let Some(t) = limits.remaining() {
        settings.time_limit(t);
    }
    for r in 0..model.rows.len() {
        problem.add_constraint(row_constraint(model, r, &x, &slack[r]));
    }
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    // Driven here rather than by good_lp's solve, for the stop.
    let mut solver = problem.try_into_solver().ok()?;
    let stop = Arc::clone(stop);
    solver.set_termination_callback(move |_| stop.load(Ordering::Relaxed));
    solver.solve();
    let solution = solver.solution;
    if !matches!(
        solution.status,
        SolverStatus::Solved | SolverStatus::AlmostSolved
    ) {
        return None;
    }
    // The pairs' variables come first, in order.
    let values = solution.x.get(..x.len())?.to_vec();
    // The model's rows come last, after each variable's bound; clarabel's dual of a row
    // a·x ≤ b (or =) of a minimisation is the Lagrangian multiplier itself.
    let first = solution.z.len().checked_sub(model.rows.len())?;
    Some((solution.z[first..].to_vec(), values))
}

/// Row `row`'s multiplier `d` in 1/scale of a point, where the bound holds.
fn on_grid(row: &Row, d: f64, scale: i64) -> i64 {
    (valid(row, d) * scale as f64).round() as i64
}

/// The Lagrangian bound at the relaxation's prices, exact: the side rows' duals on a grid,
/// clamped, priced into one flow. None when the relaxation or the flow cannot be had.
pub fn relaxation_dual(model: &Model, part: &Part, limits: &Limits) -> Option<Dual> {
    let (duals, _) = relax(&model.restrict(part), limits, &Stop::default())?;
    part_dual(model, part, &duals)
}

/// The relaxation of a part solved on a thread of its own while the caller goes on: the
/// caller asks for its bound, or drops it, which stops the run without waiting for it (it
/// ends at its next step: clarabel's setup cannot be interrupted).
pub struct Beside {
    stop: Stop,
    run: Option<std::thread::JoinHandle<Option<Vec<f64>>>>,
}

impl Beside {
    pub fn start(model: &Model, part: &Part, limits: &Limits) -> Beside {
        let sub = model.restrict(part);
        let limits = limits.clone();
        let stop = Stop::default();
        let raised = Arc::clone(&stop);
        let run = std::thread::spawn(move || relax(&sub, &limits, &raised).map(|(d, _)| d));
        Beside {
            stop,
            run: Some(run),
        }
    }

    /// The bound of [`relaxation_dual`], once the run ends.
    pub fn dual(mut self, model: &Model, part: &Part) -> Option<Dual> {
        let duals = self.run.take()?.join().ok()??;
        part_dual(model, part, &duals)
    }
}

impl Drop for Beside {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The flow bound of `part` at the relaxation's multipliers `duals`, one per row of the part,
/// on the rows the subgradient prices.
fn part_dual(model: &Model, part: &Part, duals: &[f64]) -> Option<Dual> {
    let side: Vec<(usize, f64)> = part
        .rows
        .iter()
        .zip(duals)
        .filter(|(&r, _)| flow::is_priced(model, r))
        .map(|(&r, &d)| (r, d))
        .collect();
    priced_bound(model, part, &side)
}

/// The Lagrangian bound of the part with multipliers `side` (row, multiplier) on side rows
/// of whole coefficients, whatever the multipliers are: on the finest grid the flow's
/// integers allow, clamped.
fn priced_bound(model: &Model, part: &Part, side: &[(usize, f64)]) -> Option<Dual> {
    let rows: Vec<usize> = side.iter().map(|&(r, _)| r).collect();
    let mut lambda = vec![0i64; model.rows.len()];
    for scale in SCALES {
        // Each row's multiplier on the grid, where a bound may take it.
        for &(r, d) in side {
            lambda[r] = on_grid(&model.rows[r], d, scale);
        }
        let price = flow::prices(model, &rows, &lambda);
        let cost = |k: usize| {
            model
                .cost(k)
                .checked_mul(scale)?
                .checked_add(price.get(&k).copied().unwrap_or(0))
        };
        let Core::Placed(pairs) = flow::core_priced(model, part, &cost) else {
            continue;
        };
        let flow_cost: i64 = pairs.iter().map(|&k| cost(k).unwrap_or(0)).sum();
        let rhs: f64 = rows
            .iter()
            .map(|&r| lambda[r] as f64 * model.rows[r].rhs)
            .sum();
        let bound = (flow_cost as f64 - rhs) / scale as f64;
        return Some(Dual {
            price,
            bound,
            chosen: Chosen::new(pairs).into_pairs(),
            scale,
        });
    }
    None
}

/// Row `row`'s multiplier `d` moved where the bound holds: ≥ 0 on a ≤ row, within the
/// penalty on a soft row.
fn valid(row: &Row, d: f64) -> f64 {
    let m = match row.sense {
        Sense::Le => d.max(0.0),
        Sense::Eq => d,
    };
    match row.elastic {
        Some(pen) => m.clamp(-pen as f64, pen as f64),
        None => m,
    }
}

/// What the relaxation proves of a whole model: no plan costs less than `bound`, and a
/// plan that holds pair k costs at least `bound + reduced[k]` (one that leaves it, at
/// least `bound − reduced[k]` when that is negative); `values` is the relaxation's
/// solution, for rounding.
pub struct Bound {
    pub bound: f64,
    pub reduced: Vec<f64>,
    pub values: Vec<f64>,
}

/// The bound the relaxation's multipliers prove for `model`, whatever their accuracy: with
/// y of the right signs, a plan costs c·x + Σ y(a·x − b) or more (each term ≤ 0 for a plan, or paid
/// by a soft row's penalty), and that is Σ min(0, d) − y·b at least over 0 ≤ x ≤ 1, d
/// being each pair's cost plus its prices.
pub fn relaxation_bound(model: &Model, limits: &Limits) -> Option<Bound> {
    let (duals, values) = relax(model, limits, &Stop::default())?;
    Some(bound_at(model, &duals, values))
}

/// The bound of [`relaxation_bound`] at multipliers `duals`, one per row of `model`.
fn bound_at(model: &Model, duals: &[f64], values: Vec<f64>) -> Bound {
    let mut reduced: Vec<f64> = (0..model.cands.pairs.len())
        .map(|k| model.cost(k) as f64)
        .collect();
    let mut priced = 0.0;
    // Every product and sum below rounds by at most one unit of the last place of the
    // magnitudes it adds: the bound gives that up, times the number of terms.
    let mut size = 0.0;
    let mut terms = model.cands.pairs.len();
    for (row, &d) in model.rows.iter().zip(duals) {
        let y = valid(row, d);
        if y == 0.0 {
            continue;
        }
        for &(k, c) in &row.terms {
            reduced[k] += y * c;
            size += (y * c).abs();
        }
        terms += row.terms.len() + 1;
        priced += y * row.rhs;
        size += (y * row.rhs).abs();
    }
    size += reduced.iter().map(|d| d.abs()).sum::<f64>();
    let lost = size * terms as f64 * f64::EPSILON;
    let bound = reduced.iter().map(|&d| d.min(0.0)).sum::<f64>() - priced - lost;
    Bound {
        bound,
        reduced,
        values,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::solve::flow::tests::{model, one_move_allowed, side_row};
    use rand::{Rng, SeedableRng};

    /// The cheapest plan of a model of few pairs, by trying every set of them.
    fn optimum(m: &Model) -> Option<i64> {
        let n = m.cands.pairs.len();
        (0u32..1 << n)
            .map(|set| (0..n).map(|k| set >> k & 1 == 1).collect::<Vec<bool>>())
            .filter(|chosen| super::super::hard_rows_hold(m, chosen))
            .map(|chosen| {
                let pairs: i64 = (0..n).filter(|&k| chosen[k]).map(|k| m.cost(k)).sum();
                pairs + super::super::missed_penalties(m, &chosen)
            })
            .min()
    }

    #[test]
    fn the_relaxations_prices_reach_the_optimum() {
        let (mut m, part) = one_move_allowed();
        // Post 2's row as its two seats say (the flow counts the seats, not the row).
        m.rows[4].rhs = 2.0;
        assert_eq!(optimum(&m), Some(-10));
        let limits = Limits::default();
        let priced = relaxation_dual(&m, &part, &limits).expect("the relaxation solves");
        assert!(
            priced.bound > -11.0 && priced.bound <= -10.0,
            "{}",
            priced.bound
        );
        let whole = relaxation_bound(&m, &limits).expect("the relaxation solves");
        assert!(
            whole.bound > -11.0 && whole.bound <= -10.0,
            "{}",
            whole.bound
        );
    }

    #[test]
    fn any_prices_give_a_bound_no_plan_beats() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(20261207);
        let mut checked = 0;
        for _ in 0..400 {
            let mut costs = [[0i64; 3]; 2];
            for c in costs.iter_mut().flatten() {
                *c = rng.gen_range(-50..=50);
            }
            let (mut m, mut part) = model(costs, [1, 1, 1]);
            for _ in 0..rng.gen_range(1..=3) {
                let pairs: Vec<usize> = (0..6).filter(|_| rng.gen_bool(0.5)).collect();
                let mut row = side_row(pairs, rng.gen_range(0..=2) as f64);
                if rng.gen_bool(0.3) {
                    row.sense = Sense::Eq;
                }
                if rng.gen_bool(0.4) {
                    row.elastic = Some(rng.gen_range(1..=40));
                }
                part.rows.push(m.rows.len());
                m.rows.push(row);
            }
            let Some(best) = optimum(&m) else { continue };
            // Prices of either sign and far past any penalty: clamped, they still bound.
            let mut price = || rng.gen_range(-80.0..80.0);
            let side: Vec<(usize, f64)> = part.rows[5..].iter().map(|&r| (r, price())).collect();
            if let Some(d) = priced_bound(&m, &part, &side) {
                assert!(d.bound <= best as f64, "flow bound {} over {best}", d.bound);
            }
            let duals: Vec<f64> = (0..m.rows.len()).map(|_| price()).collect();
            let b = bound_at(&m, &duals, Vec::new());
            assert!(b.bound <= best as f64, "bound {} over {best}", b.bound);
            // Every plan pays the bound plus the reduced costs it goes against.
            for set in 0u32..1 << 6 {
                let chosen: Vec<bool> = (0..6).map(|k| set >> k & 1 == 1).collect();
                if !super::super::hard_rows_hold(&m, &chosen) {
                    continue;
                }
                let cost: i64 = (0..6)
                    .filter(|&k| chosen[k])
                    .map(|k| m.cost(k))
                    .sum::<i64>()
                    + super::super::missed_penalties(&m, &chosen);
                let against: f64 = (0..6)
                    .map(|k| match chosen[k] {
                        true => b.reduced[k].max(0.0),
                        false => (-b.reduced[k]).max(0.0),
                    })
                    .sum();
                assert!(
                    b.bound + against <= cost as f64 + 1e-9,
                    "plan {set:b} costs {cost}"
                );
            }
            checked += 1;
        }
        assert!(checked > 100, "only {checked} models had a plan");
    }
}
