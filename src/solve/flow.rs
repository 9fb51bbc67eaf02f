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
        let cost = i32::try_from(model.cost(k)).ok()?;
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

/// Whether every row of the part holds for the chosen pairs.
pub fn rows_hold(model: &Model, part: &Part, chosen: &[bool]) -> bool {
    part.rows.iter().all(|&r| {
        let row = &model.rows[r];
        let lhs: f64 = row
            .terms
            .iter()
            .filter(|(k, _)| chosen[*k])
            .map(|(_, c)| c)
            .sum();
        match row.sense {
            Sense::Le => lhs <= row.rhs + 1e-9,
            Sense::Eq => (lhs - row.rhs).abs() <= 1e-9,
        }
    })
}
