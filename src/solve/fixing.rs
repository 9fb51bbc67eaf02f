//! Narrowing a part the priced flows could not settle, so that the integer program searches
//! a small model instead of the whole part. At the prices of the best Lagrangian bound L,
//! the flow's node potentials give each pair a reduced cost rc ≥ 0, and any plan that holds
//! the pair costs at least L + rc (the flow's optimality, and the prices only lower a
//! feasible plan's cost). With a plan of cost U in hand, a pair whose L + rc > U − 1 is in
//! no better plan (costs are integers), and is left out.

use super::flow::{self, Chosen, Core, Dual};
use super::{chosen_of, solve_mip, Backend, Failure, Limits, Status};
use crate::model::{Model, Part, Sense};
use std::collections::HashMap;

/// Below this share of its pairs, a narrowed part is worth an integer program of its own;
/// a part of at most `SMALL_PART` pairs always is (each try is cheap).
const NARROW_SHARE: f64 = 0.5;
const SMALL_PART: usize = 200;

/// How far above the bound the narrowed searches look, in turn.
const WIDENINGS: [i64; 4] = [2, 8, 64, 512];
const WIDEST: i64 = WIDENINGS[WIDENINGS.len() - 1];

/// The part solved by the integer program over the pairs that a plan costing less than a
/// guess can hold (by the dual's reduced costs), the guess a little above the bound and
/// widened until a plan below it is found: that plan is then the optimum. The best plan
/// known (the priced flows', or a repair of their flow) caps each guess and is the
/// optimum when nothing cheaper exists. None when narrowing leaves too much to gain.
pub fn settle(
    model: &Model,
    part: &Part,
    duals: &[Dual],
    incumbent: &mut Option<(Vec<usize>, f64)>,
    backend: Backend,
    limits: &Limits,
) -> std::result::Result<Option<(Vec<usize>, Status, bool)>, Failure> {
    let cost = |pairs: &[usize]| flow::value(model, part, &Chosen::new(pairs.to_vec()));
    let bound = duals[0].bound;
    // Every plan costs at least this.
    let floor = (bound - 1e-6).ceil() as i64;
    let mut best = incumbent.as_ref().map(|(p, _)| (cost(p), p.clone()));
    // A plan at the bound already needs no repairs.
    if best.as_ref().is_none_or(|(c, _)| *c > floor) {
        for dual in duals {
            if let Some((c, pairs)) = repair(model, part, dual) {
                if best.as_ref().is_none_or(|(b, _)| c < *b) {
                    best = Some((c, pairs));
                }
            }
        }
    }
    let gap_of = |c: i64| super::relative_gap(c, bound);
    *incumbent = best.as_ref().map(|(c, p)| (p.clone(), gap_of(*c)));
    if let Some((c, pairs)) = &best {
        if *c <= floor {
            return Ok(Some((pairs.clone(), Status::Optimal, false)));
        }
    }
    // After a search below a guess, no plan costs less than it; the plan it found, if not
    // far above, is then the next guess itself (one search proves it or finds better).
    let mut searched: Option<i64> = None;
    for widen in WIDENINGS {
        let guess = floor + widen;
        let (upper, keep) = match &best {
            Some((c, pairs)) if *c <= guess || searched.is_some_and(|g| *c - g <= WIDEST) => {
                (*c, pairs.as_slice())
            }
            _ => (guess, &[][..]),
        };
        let Some(narrow) = narrow(model, part, duals, upper, keep) else {
            return Ok(None);
        };
        if part.pairs.len() > SMALL_PART
            && narrow.pairs.len() as f64 > NARROW_SHARE * part.pairs.len() as f64
        {
            return Ok(None);
        }
        let mut sub = model.restrict(&narrow);
        if let Some((c, pairs)) = &best {
            if *c == upper {
                sub.start = Some(
                    narrow
                        .pairs
                        .iter()
                        .map(|k| pairs.binary_search(k).is_ok())
                        .collect(),
                );
            }
        }
        let solved = match solve_mip(&sub, backend, limits) {
            Ok(solved) => solved,
            // No plan among these pairs: none costs less than the guess.
            Err(Failure::Infeasible(_)) => {
                searched = Some(upper);
                continue;
            }
            // Out of time with no plan of its own: the best known, if any.
            Err(e) => match &best {
                Some((c, pairs)) if limits.expired() => {
                    return Ok(Some((
                        pairs.clone(),
                        Status::TimeLimit {
                            gap: Some(gap_of(*c)),
                        },
                        false,
                    )))
                }
                _ => return Err(e),
            },
        };
        searched = Some(upper);
        let pairs = chosen_of(&narrow, &solved.chosen);
        let c = cost(&pairs);
        if let Status::TimeLimit { .. } = solved.status {
            return Ok(Some((pairs, solved.status, false)));
        }
        if c < upper {
            return Ok(Some((pairs, Status::Optimal, false)));
        }
        if let Some((b, pairs)) = &best {
            if *b == upper {
                return Ok(Some((pairs.clone(), Status::Optimal, false)));
            }
        }
        if best.as_ref().is_none_or(|(b, _)| c < *b) {
            *incumbent = Some((pairs.clone(), gap_of(c)));
            best = Some((c, pairs));
        }
    }
    Ok(None)
}

/// The best plan among the pooled pairs of the last priced flows, by the integer program
/// over them alone (a narrowing too, by another measure): its cost and pairs, sorted. None
/// when they hold no plan, or the time limit ends before one is found.
pub fn pooled(
    model: &Model,
    part: &Part,
    pool: &[usize],
    backend: Backend,
    limits: &Limits,
) -> Option<(i64, Vec<usize>)> {
    let narrow = Part {
        pairs: pool.to_vec(),
        rows: part.rows.clone(),
    };
    let sub = model.restrict(&narrow);
    let solved = solve_mip(&sub, backend, limits).ok()?;
    let pairs = chosen_of(&narrow, &solved.chosen);
    let c = flow::value(model, part, &Chosen::new(pairs.clone()));
    Some((c, pairs))
}

/// Rounds of repair tried from the flow at the best prices.
const REPAIR_ROUNDS: usize = 10;

/// A plan of the part near the bound, found from the flow at the dual's prices: the pairs
/// over a violated side row's bound are struck out (the dearest at those prices first) and
/// the flow solved again, until every row holds. Its cost and pairs, sorted.
pub fn repair(model: &Model, part: &Part, dual: &Dual) -> Option<(i64, Vec<usize>)> {
    let mut kept: Vec<usize> = part.pairs.clone();
    let mut out = std::collections::BTreeSet::new();
    let mut chosen = Chosen::new(dual.chosen.clone());
    for _ in 0..REPAIR_ROUNDS {
        if flow::hard_rows_hold(model, part, &chosen) {
            let cost = flow::value(model, part, &chosen);
            return Some((cost, chosen.into_pairs()));
        }
        let mut struck = std::collections::BTreeSet::new();
        for &r in &part.rows {
            let row = &model.rows[r];
            if row.sense != Sense::Le
                || row.elastic.is_some()
                || row.terms.iter().any(|&(_, c)| c < 0.0)
            {
                continue;
            }
            let inside: Vec<(usize, f64)> = row
                .terms
                .iter()
                .filter(|&&(k, _)| chosen.contains(k))
                .copied()
                .collect();
            let mut lhs: f64 = inside.iter().map(|&(_, c)| c).sum();
            if lhs <= row.rhs + 1e-9 {
                continue;
            }
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
                    (!elsewhere, -dual.cost(model, k), k, c, strike)
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
        match flow::core_priced(model, &narrowed, &|k| Some(dual.cost(model, k))) {
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
        let rc = reduced_costs(model, part, dual)?;
        for (l, r) in least.iter_mut().zip(rc) {
            *l = l.max(dual.bound + r as f64 / dual.scale as f64);
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

/// Each pair's reduced cost at the dual's flow, optimal for its prices, in the part's pair
/// order: node potentials by Bellman-Ford on the residual network (no negative cycle, the
/// flow being optimal). None if one is found anyway.
fn reduced_costs(model: &Model, part: &Part, dual: &Dual) -> Option<Vec<i64>> {
    let priced = |k: usize| dual.cost(model, k);
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
    let held = Chosen::new(dual.chosen.clone());
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
