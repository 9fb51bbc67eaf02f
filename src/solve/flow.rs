//! The assignment core as a min-cost flow (LEMON's network simplex, shipped by `mcmf`):
//! source → official → post → sink, each official one unit, each post its seats, an
//! official without a post free to stay unplaced. Exact and integral for the core; the
//! caller accepts it only when every other row of the part holds too, since the core
//! is a relaxation of the whole model.

use crate::model::{Model, Part, Sense};

// `mcmf`'s Rust API takes costs as i32, which overflows (and then never returns) for large
// weights; its C++ core is compiled for 64-bit integers, so we call that entry directly.
extern crate mcmf;
extern "C" {
    fn network_simplex_mcmf_i64(
        num_vertices: i64,
        num_edges: i64,
        node_supply: *const i64,
        edge_a: *const i64,
        edge_b: *const i64,
        edge_capacity: *const i64,
        edge_cost: *const i64,
        edge_flow_result: *mut i64,
    ) -> i64;
}

/// Largest sum of absolute arc costs handed to the network simplex. Its artificial arcs
/// cost 2^62 and node potentials add arc costs along tree paths, so everything else must
/// stay far below that; the validated weights keep a part's sum under 2^40.
const COST_SUM_LIMIT: i128 = 1 << 50;

/// The network's arcs as the parallel arrays LEMON reads.
#[derive(Default)]
struct Arcs {
    from: Vec<i64>,
    to: Vec<i64>,
    cap: Vec<i64>,
    cost: Vec<i64>,
}

impl Arcs {
    fn add(&mut self, from: i64, to: i64, cap: i64, cost: i64) -> usize {
        self.from.push(from);
        self.to.push(to);
        self.cap.push(cap);
        self.cost.push(cost);
        self.cap.len() - 1
    }
}

/// What the flow found for a part.
pub enum Core {
    /// The chosen pairs (global pair indices).
    Placed(Vec<usize>),
    /// Some official who must be placed cannot be: no plan exists for the part.
    CannotPlace,
    /// The costs are too large for the flow's integers; the integer program must decide.
    TooLarge,
}

/// The part's assignment core as a min-cost flow.
pub fn assignment_core(model: &Model, part: &Part) -> Core {
    assignment_core_with(model, part, &|_| 0)
}

/// As `assignment_core`, with `extra(k)` added to the cost of pair `k` (the prices of
/// relaxed rows).
fn assignment_core_with(model: &Model, part: &Part, extra: &dyn Fn(usize) -> i64) -> Core {
    let pairs = &model.cands.pairs;
    let mut officials: Vec<usize> = part.pairs.iter().map(|&k| pairs[k].0).collect();
    officials.sort_unstable();
    officials.dedup();
    let mut posts: Vec<usize> = part.pairs.iter().map(|&k| pairs[k].1).collect();
    posts.sort_unstable();
    posts.dedup();
    // Nodes: 0 source, 1 sink, then officials, then posts.
    let (n_o, n_p) = (officials.len(), posts.len());
    let node_o = |i: usize| 2 + i as i64;
    let node_p =
        |p: usize| 2 + n_o as i64 + posts.binary_search(&p).expect("post of the part") as i64;
    let mut arcs = Arcs::default();
    let mut sum: i128 = 0;
    let mut priced = Vec::with_capacity(part.pairs.len());
    for &k in &part.pairs {
        let Some(c) = model.cost(k).checked_add(extra(k)) else {
            return Core::TooLarge;
        };
        sum += (c as i128).abs();
        priced.push(c);
    }
    if sum >= COST_SUM_LIMIT {
        return Core::TooLarge;
    }
    // An official who must be placed may still reach the sink at a price above any
    // difference of plan costs, so the flow is always feasible and that arc used only
    // when nothing else can place them.
    let overflow = 2 * sum as i64 + 1;
    let mut overflow_arcs = Vec::new();
    for (i, &o) in officials.iter().enumerate() {
        arcs.add(0, node_o(i), 1, 0);
        if model.must_place[o] {
            overflow_arcs.push(arcs.add(node_o(i), 1, 1, overflow));
        } else {
            arcs.add(node_o(i), 1, 1, 0);
        }
    }
    let first_pair_arc = arcs.cap.len();
    for (&k, &c) in part.pairs.iter().zip(&priced) {
        let (o, p) = pairs[k];
        let i = officials.binary_search(&o).expect("official of the part");
        arcs.add(node_o(i), node_p(p), 1, c);
    }
    for &p in &posts {
        arcs.add(node_p(p), 1, model.post_capacity[p] as i64, 0);
    }
    let mut supply = vec![0i64; 2 + n_o + n_p];
    supply[0] = n_o as i64;
    supply[1] = -(n_o as i64);
    let mut flow = vec![0i64; arcs.cap.len()];
    // SAFETY: every array has the length passed with it and every node index is below the
    // number of vertices; LEMON writes one flow per arc into `flow`.
    unsafe {
        network_simplex_mcmf_i64(
            supply.len() as i64,
            arcs.cap.len() as i64,
            supply.as_ptr(),
            arcs.from.as_ptr(),
            arcs.to.as_ptr(),
            arcs.cap.as_ptr(),
            arcs.cost.as_ptr(),
            flow.as_mut_ptr(),
        );
    }
    if overflow_arcs.iter().any(|&e| flow[e] > 0) {
        return Core::CannotPlace;
    }
    Core::Placed(
        part.pairs
            .iter()
            .enumerate()
            .filter(|&(j, _)| flow[first_pair_arc + j] > 0)
            .map(|(_, &k)| k)
            .collect(),
    )
}

/// The chosen pairs of a part, sorted, for membership tests without a model-sized vector
/// per part.
pub struct Chosen(Vec<usize>);

impl Chosen {
    pub fn new(mut pairs: Vec<usize>) -> Chosen {
        pairs.sort_unstable();
        Chosen(pairs)
    }

    fn contains(&self, k: usize) -> bool {
        self.0.binary_search(&k).is_ok()
    }

    pub fn into_pairs(self) -> Vec<usize> {
        self.0
    }
}

/// Row `r`'s left side minus its right side for the chosen pairs.
fn excess(model: &Model, r: usize, chosen: &Chosen) -> f64 {
    let row = &model.rows[r];
    let lhs: f64 = row
        .terms
        .iter()
        .filter(|(k, _)| chosen.contains(*k))
        .map(|(_, c)| c)
        .sum();
    lhs - row.rhs
}

fn holds(model: &Model, r: usize, chosen: &Chosen) -> bool {
    let e = excess(model, r, chosen);
    match model.rows[r].sense {
        Sense::Le => e <= 1e-9,
        Sense::Eq => e.abs() <= 1e-9,
    }
}

/// Whether every row of the part holds for the chosen pairs.
pub fn rows_hold(model: &Model, part: &Part, chosen: &Chosen) -> bool {
    part.rows.iter().all(|&r| holds(model, r, chosen))
}

/// Lagrangian relaxation: the part's rows other than placement and capacity are priced
/// into the arcs, and the prices moved by subgradient steps; every step is a min-cost
/// flow. L(λ) = flow cost − Σ λ·rhs is a lower bound on the part's optimum for any
/// λ (≥ 0 on ≤ rows). Costs are integers, so a feasible plan that costs less than the
/// bound + 1 is optimal. Returns that plan, or None within `rounds` steps.
pub fn lagrangian(model: &Model, part: &Part, rounds: usize) -> Option<Vec<usize>> {
    let side: Vec<usize> = part
        .rows
        .iter()
        .copied()
        .filter(|&r| !matches!(model.rows[r].origin.rule, "assignment" | "capacity"))
        .collect();
    let mut lambda: Vec<i64> = vec![0; model.rows.len()];
    let mut best: Option<(i64, Vec<usize>)> = None;
    let mut bound = f64::NEG_INFINITY;
    // Steps start at the largest arc cost and halve when the bound stalls.
    let mut step = part
        .pairs
        .iter()
        .map(|&k| model.cost(k).abs())
        .max()
        .unwrap_or(1)
        .max(1);
    let mut stall = 0;
    for _ in 0..rounds {
        let mut price = std::collections::HashMap::new();
        for &r in &side {
            if lambda[r] != 0 {
                for &(k, c) in &model.rows[r].terms {
                    *price.entry(k).or_insert(0i64) += lambda[r] * c as i64;
                }
            }
        }
        let core = assignment_core_with(model, part, &|k| price.get(&k).copied().unwrap_or(0));
        let Core::Placed(pairs) = core else {
            return None;
        };
        let chosen = Chosen::new(pairs);
        let pairs = &chosen.0;
        let cost: i64 = pairs.iter().map(|&k| model.cost(k)).sum();
        let priced: i64 = pairs
            .iter()
            .map(|&k| price.get(&k).copied().unwrap_or(0))
            .sum();
        let l = (cost + priced) as f64
            - side
                .iter()
                .map(|&r| lambda[r] as f64 * model.rows[r].rhs)
                .sum::<f64>();
        if l > bound + 0.5 {
            bound = l;
            stall = 0;
        } else {
            stall += 1;
            if stall >= 3 {
                step = (step / 2).max(1);
                stall = 0;
            }
        }
        // Every row, not just the priced ones: an official with no post open has an
        // empty placement row the flow never sees.
        let feasible = rows_hold(model, part, &chosen);
        if feasible && best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, pairs.clone()));
        }
        if let Some((c, _)) = &best {
            if (*c as f64) < bound + 1.0 - 1e-6 {
                return best.map(|(_, p)| p);
            }
        }
        for &r in &side {
            let g = excess(model, r, &chosen);
            let moved = lambda[r] + (step as f64 * g.signum()) as i64;
            lambda[r] = match model.rows[r].sense {
                Sense::Le => moved.max(0),
                Sense::Eq => moved,
            };
        }
    }
    None
}
