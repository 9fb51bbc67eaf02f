//! Narrowing a part the priced flows could not settle, so that the integer program searches
//! a small model instead of the whole part. At the prices of the best Lagrangian bound L,
//! the flow's node potentials give each pair a reduced cost rc ≥ 0, and any plan that holds
//! the pair costs at least L + rc (the flow's optimality, and the prices only lower a
//! feasible plan's cost). With a plan of cost U in hand, a pair whose L + rc > U − 1 is in
//! no better plan (costs are integers), and is left out.

use super::flow::{self, Chosen, Core, Dual};
use crate::model::{Model, Part, Sense};
use std::collections::HashMap;

/// Rounds of repair tried from the flow at the best prices.
const REPAIR_ROUNDS: usize = 10;

/// A plan of the part near the bound, found from the flow at the dual's prices: the pairs
/// over a violated side row's bound are struck out (the dearest at those prices first) and
/// the flow solved again, until every row holds. Its cost and pairs, sorted.
pub fn repair(model: &Model, part: &Part, dual: &Dual) -> Option<(i64, Vec<usize>)> {
    let mut kept: Vec<usize> = part.pairs.clone();
    let mut out = std::collections::BTreeSet::new();
    let mut chosen = Chosen::new(dual.chosen.clone());
    let priced = |k: usize| model.cost(k) + dual.price.get(&k).copied().unwrap_or(0);
    for _ in 0..REPAIR_ROUNDS {
        if flow::rows_hold(model, part, &chosen) {
            let pairs = chosen.into_pairs();
            let cost = pairs.iter().map(|&k| model.cost(k)).sum();
            return Some((cost, pairs));
        }
        let mut struck = std::collections::BTreeSet::new();
        for &r in &part.rows {
            let row = &model.rows[r];
            if row.sense != Sense::Le || row.terms.iter().any(|&(_, c)| c < 0.0) {
                continue;
            }
            let inside: Vec<(usize, f64)> = row
                .terms
                .iter()
                .filter(|&&(k, _)| chosen.contains(k))
                .copied()
                .collect();
            let mut lhs: f64 = inside.iter().map(|&(_, c)| c).sum();
            // Each official over the bound is struck out of the row altogether (every pair
            // of theirs it counts), or the flow moves them to an equal pair it counts as
            // well; one with nowhere else to go (a head who must leave, under a move
            // limit) loses just this pair, and is taken last.
            let mut options: Vec<(bool, i64, usize, f64, Vec<usize>)> = inside
                .into_iter()
                .map(|(k, c)| {
                    let o = model.cands.pairs[k].0;
                    let counted: Vec<usize> = row
                        .terms
                        .iter()
                        .map(|&(j, _)| j)
                        .filter(|&j| model.cands.pairs[j].0 == o)
                        .collect();
                    let elsewhere = model.cands.of_official[o]
                        .iter()
                        .any(|j| !counted.contains(j) && !out.contains(j) && !struck.contains(j));
                    let strike = if elsewhere { counted } else { vec![k] };
                    // Dearest first; ties by pair, for the same plan on every run.
                    (!elsewhere, -priced(k), k, c, strike)
                })
                .collect();
            options.sort_by_key(|a| (a.0, a.1, a.2));
            for (_, _, _, c, strike) in options {
                if lhs <= row.rhs + 1e-9 {
                    break;
                }
                struck.extend(strike);
                lhs -= c;
            }
        }
        if struck.is_empty() {
            return None;
        }
        kept.retain(|k| !struck.contains(k));
        out.extend(struck);
        let narrowed = Part {
            pairs: kept.clone(),
            rows: part.rows.clone(),
        };
        match flow::core_priced(model, &narrowed, &|k| Some(priced(k))) {
            Core::Placed(pairs) => chosen = Chosen::new(pairs),
            _ => return None,
        }
    }
    None
}

/// The part without the pairs no plan cheaper than `upper` can hold, by the strongest
/// bound any of the duals gives each pair; `keep` (the plan that costs `upper`, if known)
/// stays whole. None when the potentials cannot be had.
pub fn narrow(
    model: &Model,
    part: &Part,
    duals: &[Dual],
    upper: i64,
    keep: &[usize],
) -> Option<Part> {
    let mut least = vec![f64::NEG_INFINITY; part.pairs.len()];
    for dual in duals {
        let priced = |k: usize| model.cost(k) + dual.price.get(&k).copied().unwrap_or(0);
        let rc = reduced_costs(model, part, &dual.chosen, &priced)?;
        for (l, r) in least.iter_mut().zip(rc) {
            *l = l.max(dual.bound + r as f64);
        }
    }
    let kept = Chosen::new(keep.to_vec());
    let limit = (upper - 1) as f64 + 1e-6;
    let pairs = part
        .pairs
        .iter()
        .zip(&least)
        .filter(|&(&k, &l)| kept.contains(k) || l <= limit)
        .map(|(&k, _)| k)
        .collect();
    Some(Part {
        pairs,
        rows: part.rows.clone(),
    })
}

/// Each pair's reduced cost at the flow `chosen` optimal for the costs `priced`, in the
/// part's pair order: node potentials by Bellman-Ford on the residual network (no negative
/// cycle, the flow being optimal). None if one is found anyway.
fn reduced_costs(
    model: &Model,
    part: &Part,
    chosen: &[usize],
    priced: &dyn Fn(usize) -> i64,
) -> Option<Vec<i64>> {
    let pairs = &model.cands.pairs;
    // Local nodes: officials, then posts, then the sink.
    let mut node: HashMap<(u8, usize), usize> = HashMap::new();
    for &k in &part.pairs {
        let (o, p) = pairs[k];
        let n = node.len();
        node.entry((0, o)).or_insert(n);
        let n = node.len();
        node.entry((1, p)).or_insert(n);
    }
    let sink = node.len();
    let held = Chosen::new(chosen.to_vec());
    let mut placed = vec![false; sink];
    let mut used: HashMap<usize, u32> = HashMap::new();
    // Residual arcs (from, to, cost).
    let mut arcs: Vec<(usize, usize, i64)> = Vec::with_capacity(part.pairs.len() + sink);
    for &k in &part.pairs {
        let (o, p) = pairs[k];
        let (a, b) = (node[&(0, o)], node[&(1, p)]);
        if held.contains(k) {
            arcs.push((b, a, -priced(k)));
            placed[a] = true;
            *used.entry(p).or_default() += 1;
        } else {
            arcs.push((a, b, priced(k)));
        }
    }
    for (&(side, i), &n) in &node {
        if side == 0 {
            // Leaving an official unplaced costs nothing when allowed; one who must be
            // placed has no such arc (the flow placed them).
            if placed[n] {
                if !model.must_place[i] {
                    arcs.push((n, sink, 0));
                }
            } else {
                arcs.push((sink, n, 0));
            }
        } else {
            let u = used.get(&i).copied().unwrap_or(0);
            if u < model.post_capacity[i] {
                arcs.push((n, sink, 0));
            }
            if u > 0 {
                arcs.push((sink, n, 0));
            }
        }
    }
    let nodes = sink + 1;
    let mut d = vec![0i64; nodes];
    let mut settled = false;
    for _ in 0..nodes {
        let mut changed = false;
        for &(a, b, c) in &arcs {
            if d[a] + c < d[b] {
                d[b] = d[a] + c;
                changed = true;
            }
        }
        if !changed {
            settled = true;
            break;
        }
    }
    if !settled {
        return None;
    }
    Some(
        part.pairs
            .iter()
            .map(|&k| {
                let (o, p) = pairs[k];
                if held.contains(k) {
                    0
                } else {
                    priced(k) + d[node[&(0, o)]] - d[node[&(1, p)]]
                }
            })
            .collect(),
    )
}
