//! The assignment core as a min-cost flow (LEMON's network simplex, through `mcmf`):
//! source → official → post → sink, each official one unit, each post its seats, an
//! official without a post free to stay unplaced. Exact and integral for the core; the
//! caller accepts it only when every other row of the part holds too, since the core
//! is a relaxation of the whole model.

use crate::model::{Model, Part, Sense};
use mcmf::{Capacity, Cost, GraphBuilder, Vertex};

/// A node: (0, official) or (1, post).
type Node = (u8, usize);

/// The chosen pairs of the part (global pair indices), or None when some official who
/// must be placed cannot be.
pub fn assignment_core(model: &Model, part: &Part) -> Option<Vec<usize>> {
    assignment_core_with(model, part, &|_| 0)
}

/// As `assignment_core`, with `extra(k)` added to the cost of pair `k` (the prices of
/// relaxed rows).
fn assignment_core_with(
    model: &Model,
    part: &Part,
    extra: &dyn Fn(usize) -> i64,
) -> Option<Vec<usize>> {
    let pairs = &model.cands.pairs;
    let mut g: GraphBuilder<Node> = GraphBuilder::new();
    let mut officials: Vec<usize> = part.pairs.iter().map(|&k| pairs[k].0).collect();
    officials.dedup();
    let mut posts: Vec<usize> = part.pairs.iter().map(|&k| pairs[k].1).collect();
    posts.sort_unstable();
    posts.dedup();
    for &o in &officials {
        g.add_edge(Vertex::Source, (0, o), Capacity(1), Cost(0));
        if !model.must_place[o] {
            g.add_edge((0, o), Vertex::Sink, Capacity(1), Cost(0));
        }
    }
    for &k in &part.pairs {
        let (o, p) = pairs[k];
        let cost = i32::try_from(model.cost(k) + extra(k)).ok()?;
        g.add_edge((0, o), (1, p), Capacity(1), Cost(cost));
    }
    for &p in &posts {
        g.add_edge(
            (1, p),
            Vertex::Sink,
            Capacity(model.post_capacity[p] as i32),
            Cost(0),
        );
    }
    let (_, paths) = g.mcmf();
    let mut placed: Vec<(usize, usize)> = Vec::with_capacity(officials.len());
    for path in &paths {
        if let [_, Vertex::Node((0, o)), Vertex::Node((1, p)), _] = path.vertices()[..] {
            placed.push((*o, *p));
        }
    }
    placed.sort_unstable();
    let must = officials.iter().filter(|&&o| model.must_place[o]).count();
    let placed_must = placed.iter().filter(|(o, _)| model.must_place[*o]).count();
    if placed_must < must {
        return None;
    }
    Some(
        part.pairs
            .iter()
            .copied()
            .filter(|&k| placed.binary_search(&pairs[k]).is_ok())
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
        let chosen = Chosen::new(assignment_core_with(model, part, &|k| {
            price.get(&k).copied().unwrap_or(0)
        })?);
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
