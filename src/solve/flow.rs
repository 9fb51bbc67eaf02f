//! The assignment core as a min-cost flow (LEMON's network simplex, shipped by `mcmf`):
//! source → official → post → sink, each official one unit, each post its seats, an
//! official without a post free to stay unplaced. Exact and integral for the core; the
//! caller accepts it only when every other row of the part holds too, since the core
//! is a relaxation of the whole model.

use super::Limits;
use crate::model::{Model, Part, Sense};
use mcmf::Vertex;

/// A node: (0, official) or (1, post).
type Node = (u8, usize);

/// The largest Σ over officials of their dearest arc's cost (in absolute value) that the
/// flow takes. LEMON's network simplex inside `mcmf` counts in 32-bit integers with
/// artificial arcs of 2^30; potentials add arc costs along tree paths, so sums stay far
/// below that. A part past it goes to the integer program, which is exact in 64 bits.
const COST_SUM_LIMIT: i64 = 1 << 25;

/// How many of the best prices are kept for narrowing.
const DUALS_KEPT: usize = 4;

/// The best plan among some pairs of a part (its cost and pairs), if they hold one.
pub type Pooled<'a> = dyn Fn(&[usize]) -> Option<(i64, Vec<usize>)> + 'a;

/// The last flows whose pairs are pooled for a plan near the bound.
const POOL_ROUNDS: usize = 20;

/// The most pairs pooled for the integer program: past it, the pool is left unsearched.
const POOL_MAX: usize = 20_000;

/// Rounds at the smallest step without a whole point of bound before pricing stops.
const STALLED: usize = 6;

/// Rounds after which the subgradient is seen to take long: on the stress variants it
/// settles in 5 or 6 rounds when the first prices almost do, in 20 or more when not.
const LONG_ROUNDS: usize = 8;

/// What the priced flows found for a part.
pub enum Priced {
    /// A plan proven optimal (global pair indices); true when a flow is the plan, false
    /// when the integer program over the pooled flows found it.
    Proven(Vec<usize>, bool),
    /// The time ran out: the best plan found and its relative gap to the bound.
    CutShort(Vec<usize>, f64),
    /// No proof within the steps: the integer program must decide, starting from the
    /// best plan found, if any, with its relative gap to the bound; and the prices that
    /// gave the best bounds (the best first), to narrow what it must search.
    Unsettled(Option<(Vec<usize>, f64)>, Vec<Dual>),
}

/// The prices of the best Lagrangian bound, the bound, and the flow at those prices.
pub struct Dual {
    /// Each priced pair's added cost (pairs not in it add nothing).
    pub price: std::collections::HashMap<usize, i64>,
    pub bound: f64,
    /// The flow's pairs at those prices, sorted.
    pub chosen: Vec<usize>,
    /// Prices are in 1/scale of a point: costs are multiplied by it, the bound is not.
    pub scale: i64,
}

impl Dual {
    /// Pair `k`'s cost at these prices, in 1/scale of a point.
    pub fn cost(&self, model: &Model, k: usize) -> i64 {
        self.scale * model.cost(k) + self.price.get(&k).copied().unwrap_or(0)
    }
}

/// The part's rows the subgradient prices (see [`is_priced`]).
fn side_rows(model: &Model, part: &Part) -> Vec<usize> {
    part.rows
        .iter()
        .copied()
        .filter(|&r| is_priced(model, r))
        .collect()
}

/// Whether row `r` is priced: one the flow does not see (not placement or capacity), of
/// whole coefficients. Whole prices over a fraction would be truncated and the bound not
/// hold; a row left unpriced only weakens it (and a plan must still meet it).
pub(super) fn is_priced(model: &Model, r: usize) -> bool {
    let row = &model.rows[r];
    !matches!(row.origin.rule, "assignment" | "capacity")
        && row.terms.iter().all(|(_, c)| c.fract() == 0.0)
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
    core_priced(model, part, &|k| model.cost(k).checked_add(extra(k)))
}

/// The least left side row `r` (a ≤ row of whole coefficients) can have in any placement
/// of the part, the other side rows aside: a flow priced by the row alone. Above the right
/// side, it proves the part has no plan. None when the flow cannot say.
pub fn row_floor(model: &Model, part: &Part, r: usize) -> Option<i64> {
    let row = &model.rows[r];
    if row.sense != Sense::Le || row.terms.iter().any(|&(_, c)| c.fract() != 0.0) {
        return None;
    }
    let coef: std::collections::HashMap<usize, i64> =
        row.terms.iter().map(|&(k, c)| (k, c as i64)).collect();
    match core_priced(model, part, &|k| Some(coef.get(&k).copied().unwrap_or(0))) {
        Core::Placed(pairs) => Some(pairs.iter().filter_map(|k| coef.get(k)).sum()),
        _ => None,
    }
}

/// Side rows of the part tried by `row_floor`, at most.
const FLOORS_TRIED: usize = 8;

/// The side rows of the part that no placement can meet: each by counting (every official
/// takes at most one of its pairs), the broadest also by `row_floor`.
pub fn rows_unmet(model: &Model, part: &Part) -> Vec<usize> {
    // A soft rule's row can always be missed, at its penalty.
    let mut side = side_rows(model, part);
    side.retain(|&r| model.rows[r].elastic.is_none());
    let above = |r: usize, floor: f64| floor > model.rows[r].rhs + 1e-9;
    let (mut unmet, mut rest): (Vec<usize>, Vec<usize>) = side
        .into_iter()
        .partition(|&r| above(r, counted_floor(model, r)));
    // The broadest rows first (a move limit, a unit's cap): a row over a few pairs seldom
    // binds alone, and each try is a flow over the whole part.
    rest.sort_by_key(|&r| (std::cmp::Reverse(model.rows[r].terms.len()), r));
    unmet.extend(
        rest.into_iter()
            .take(FLOORS_TRIED)
            .filter(|&r| row_floor(model, part, r).is_some_and(|f| above(r, f as f64))),
    );
    unmet.sort_unstable();
    unmet
}

/// A floor under row `r`'s left side with no flow: each official adds at least their most
/// negative coefficient in it, as they take at most one post (a row "at least n of these"
/// over fewer than n people is never met).
fn counted_floor(model: &Model, r: usize) -> f64 {
    let mut least: std::collections::BTreeMap<usize, f64> = std::collections::BTreeMap::new();
    for &(k, c) in &model.rows[r].terms {
        let o = model.cands.pairs[k].0;
        let l = least.entry(o).or_insert(0.0);
        *l = l.min(c);
    }
    least.values().sum()
}

/// The part's assignment core as a min-cost flow, pair `k` costing `cost(k)` (None: too
/// large to say).
pub(super) fn core_priced(model: &Model, part: &Part, cost: &dyn Fn(usize) -> Option<i64>) -> Core {
    let pairs = &model.cands.pairs;
    let mut priced = Vec::with_capacity(part.pairs.len());
    let mut dearest: std::collections::BTreeMap<usize, i64> = std::collections::BTreeMap::new();
    for &k in &part.pairs {
        let Some(c) = cost(k) else {
            return Core::TooLarge;
        };
        let d = dearest.entry(pairs[k].0).or_insert(0);
        *d = (*d).max(c.saturating_abs());
        priced.push(c);
    }
    let sum = dearest.values().try_fold(0i64, |a, &d| a.checked_add(d));
    let Some(sum) = sum.filter(|&s| s <= COST_SUM_LIMIT) else {
        return Core::TooLarge;
    };
    // An official who must be placed may still reach the sink, at a price above any
    // difference between two plans' costs: the flow routes everyone, and uses that arc
    // only when nothing else can place them.
    let overflow = 2 * sum + 1;
    let mut g = Network::default();
    for &o in dearest.keys() {
        g.arc(Vertex::Source, Vertex::Node((0, o)), 1, 0);
        let to_sink = if model.must_place[o] { overflow } else { 0 };
        g.arc(Vertex::Node((0, o)), Vertex::Sink, 1, to_sink);
    }
    let mut posts: Vec<usize> = Vec::with_capacity(part.pairs.len());
    for (&k, &c) in part.pairs.iter().zip(&priced) {
        let (o, p) = pairs[k];
        posts.push(p);
        g.arc(Vertex::Node((0, o)), Vertex::Node((1, p)), 1, c);
    }
    posts.sort_unstable();
    posts.dedup();
    for &p in &posts {
        let seats = model.post_capacity[p].min(i32::MAX as u32) as i64;
        g.arc(Vertex::Node((1, p)), Vertex::Sink, seats, 0);
    }
    let flow = g.solve();
    let n_off = dearest.len();
    // Arcs in the order added: per official, from the source and to the sink; then pairs.
    for (i, &o) in dearest.keys().enumerate() {
        if flow[2 * i + 1] > 0 && model.must_place[o] {
            return Core::CannotPlace;
        }
    }
    let placed = &flow[2 * n_off..2 * n_off + part.pairs.len()];
    Core::Placed(
        part.pairs
            .iter()
            .zip(placed)
            .filter(|&(_, &f)| f > 0)
            .map(|(&k, _)| k)
            .collect(),
    )
}

/// A flow network for LEMON's network simplex, built as `mcmf`'s `GraphBuilder` builds it
/// (nodes numbered as first met, the source's supply the capacity of every arc at the
/// source or the sink), so that it finds the same flow; without the path decomposition
/// and ordered maps that made up half of each flow's time.
#[derive(Default)]
struct Network {
    ids: std::collections::HashMap<Vertex<Node>, i64>,
    from: Vec<i64>,
    to: Vec<i64>,
    capacity: Vec<i64>,
    cost: Vec<i64>,
    supply: i64,
}

impl Network {
    fn id(&mut self, v: Vertex<Node>) -> i64 {
        let n = self.ids.len() as i64;
        *self.ids.entry(v).or_insert(n)
    }

    fn arc(&mut self, a: Vertex<Node>, b: Vertex<Node>, capacity: i64, cost: i64) {
        if a == Vertex::Source || b == Vertex::Sink {
            self.supply += capacity;
        }
        let (a, b) = (self.id(a), self.id(b));
        self.from.push(a);
        self.to.push(b);
        self.capacity.push(capacity);
        self.cost.push(cost);
    }

    /// The flow on each arc, in the order added.
    fn solve(mut self) -> Vec<i64> {
        let source = self.id(Vertex::Source);
        let sink = self.id(Vertex::Sink);
        let mut supply = vec![0i64; self.ids.len()];
        let limit = i32::MAX as i64;
        supply[source as usize] = self.supply.min(limit);
        supply[sink as usize] = -self.supply.min(limit);
        let mut flow = vec![0i64; self.from.len()];
        // SAFETY: the arrays hold `ids.len()` nodes and `from.len()` arcs, as passed, and
        // every arc's ends are node ids below `ids.len()`.
        unsafe {
            network_simplex_mcmf_i64(
                self.ids.len() as i64,
                self.from.len() as i64,
                supply.as_ptr(),
                self.from.as_ptr(),
                self.to.as_ptr(),
                self.capacity.as_ptr(),
                self.cost.as_ptr(),
                flow.as_mut_ptr(),
            );
        }
        flow
    }
}

// The C entry point of the LEMON build that `mcmf` compiles and links (its bindings.cpp).
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

/// The chosen pairs of a part, sorted, for membership tests without a model-sized vector
/// per part.
pub struct Chosen(pub(super) Vec<usize>);

impl Chosen {
    pub fn new(mut pairs: Vec<usize>) -> Chosen {
        pairs.sort_unstable();
        Chosen(pairs)
    }

    /// The pairs whose flag is set, from a model-sized vector.
    pub fn of_flags(chosen: &[bool]) -> Chosen {
        Chosen((0..chosen.len()).filter(|&k| chosen[k]).collect())
    }

    pub(super) fn contains(&self, k: usize) -> bool {
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

/// How far row `r` is missed by the chosen pairs (0 when it holds).
pub(super) fn missed(model: &Model, r: usize, chosen: &Chosen) -> f64 {
    let e = excess(model, r, chosen);
    match model.rows[r].sense {
        Sense::Le => e.max(0.0),
        Sense::Eq => e.abs(),
    }
}

pub(super) fn holds(model: &Model, r: usize, chosen: &Chosen) -> bool {
    missed(model, r, chosen) <= 1e-9
}

/// Whether every row of the part holds for the chosen pairs, the elastic ones (soft
/// rules) exactly.
pub fn rows_hold(model: &Model, part: &Part, chosen: &Chosen) -> bool {
    part.rows.iter().all(|&r| holds(model, r, chosen))
}

/// Whether every hard row of the part holds: the chosen pairs are a plan, the elastic
/// rows missed at their penalty.
pub fn hard_rows_hold(model: &Model, part: &Part, chosen: &Chosen) -> bool {
    part.rows
        .iter()
        .all(|&r| model.rows[r].elastic.is_some() || holds(model, r, chosen))
}

/// What the chosen pairs cost: their pairs, and each elastic row's penalty per unit missed.
pub fn value(model: &Model, part: &Part, chosen: &Chosen) -> i64 {
    let pairs: i64 = chosen.0.iter().map(|&k| model.cost(k)).sum();
    pairs + penalties(model, &part.rows, chosen)
}

/// The penalties of the elastic rows among `rows` that the chosen pairs miss.
pub fn penalties(model: &Model, rows: &[usize], chosen: &Chosen) -> i64 {
    rows.iter()
        .filter_map(|&r| {
            let pen = model.rows[r].elastic?;
            Some(pen * missed(model, r, chosen).round() as i64)
        })
        .sum()
}

/// The first subgradient step of a part with exchange cuts.
const EXCHANGE_STEP: i64 = 64;

/// Lagrangian relaxation: the part's rows other than placement and capacity are priced
/// into the arcs, and the prices moved by subgradient steps; every step is a min-cost
/// flow. L(λ) = flow cost − Σ λ·rhs is a lower bound on the part's optimum for any
/// λ (≥ 0 on ≤ rows, within its penalty on a soft row). Costs are integers, so a
/// feasible plan that costs less than the bound + 1 is optimal. Returns that plan; or, when the time limit ends the steps, the
/// best plan found with its relative gap to the bound. `long` is called once the steps pass
/// `LONG_ROUNDS` unsettled, for a caller to start slower bounds beside them.
pub fn lagrangian(
    model: &Model,
    part: &Part,
    rounds: usize,
    limits: &Limits,
    pooled: &Pooled,
    long: &dyn Fn(),
) -> Priced {
    let side = side_rows(model, part);
    let mut lambda: Vec<i64> = vec![0; model.rows.len()];
    let mut best: Option<(i64, Vec<usize>)> = None;
    let mut bound = f64::NEG_INFINITY;
    let mut duals: Vec<Dual> = Vec::new();
    // Steps start at the largest arc cost and halve when the bound stalls.
    let mut step = part
        .pairs
        .iter()
        .map(|&k| model.cost(k).abs())
        .max()
        .unwrap_or(1)
        .max(1);
    // Cuts for exchange caps mostly part plans that cost the same: small prices settle
    // them, and a first step at the largest arc cost would take many halvings to get there.
    if side
        .iter()
        .any(|&r| model.rows[r].origin.rule == "exchange")
    {
        step = step.min(EXCHANGE_STEP);
    }
    let mut stall = 0;
    // Rounds since the bound last rose by a whole point: at the smallest step, past
    // `STALLED` such rounds the prices only oscillate, and narrowing takes over.
    let mut since_best = 0;
    let mut recent = std::collections::VecDeque::with_capacity(POOL_ROUNDS);
    let mut pooled_last = false;
    // Whether the best plan came from the pool rather than a flow.
    let mut by_pool = false;
    // The flows near the bound, pooled, often hold a plan at it that no single flow is:
    // the integer program over their pairs alone finds it.
    let from_pool = |recent: &std::collections::VecDeque<Vec<usize>>,
                     best: &mut Option<(i64, Vec<usize>)>| {
        let pairs = pool(recent);
        if pairs.is_empty() || pairs.len() > POOL_MAX {
            return false;
        }
        if let Some((c, pairs)) = pooled(&pairs) {
            if best.as_ref().is_none_or(|(b, _)| c < *b) {
                *best = Some((c, pairs));
                return true;
            }
        }
        false
    };
    for round in 0..rounds {
        if round == LONG_ROUNDS {
            long();
        }
        if step == 1 && since_best >= STALLED {
            break;
        }
        if limits.expired() {
            return match incumbent(best, bound) {
                Some((pairs, gap)) => Priced::CutShort(pairs, gap),
                None => Priced::Unsettled(None, duals),
            };
        }
        let price = prices(model, &side, &lambda);
        let core = assignment_core_with(model, part, &|k| price.get(&k).copied().unwrap_or(0));
        let Core::Placed(pairs) = core else {
            return Priced::Unsettled(incumbent(best, bound), duals);
        };
        let chosen = Chosen::new(pairs);
        if recent.len() == POOL_ROUNDS {
            recent.pop_front();
        }
        recent.push_back(chosen.0.clone());
        let pairs = &chosen.0;
        let flow_cost: i64 = pairs.iter().map(|&k| model.cost(k)).sum();
        let priced: i64 = pairs
            .iter()
            .map(|&k| price.get(&k).copied().unwrap_or(0))
            .sum();
        let l = (flow_cost + priced) as f64
            - side
                .iter()
                .map(|&r| lambda[r] as f64 * model.rows[r].rhs)
                .sum::<f64>();
        if l > bound + 0.5 {
            stall = 0;
        } else {
            stall += 1;
            if stall >= 3 {
                step = (step / 2).max(1);
                stall = 0;
                // Each step gets its own rounds to find a better bound.
                since_best = 0;
            }
        }
        if l >= bound + 1.0 {
            since_best = 0;
        } else {
            since_best += 1;
        }
        bound = bound.max(l);
        // The best few bounds, each with other prices: narrowing takes the strongest
        // bound each pair has under any of them.
        if duals.len() < DUALS_KEPT || duals.last().is_some_and(|d| l > d.bound) {
            let at = duals.partition_point(|d| d.bound >= l);
            duals.insert(
                at,
                Dual {
                    price: price.clone(),
                    bound: l,
                    chosen: chosen.0.clone(),
                    scale: 1,
                },
            );
            duals.truncate(DUALS_KEPT);
        }
        // Every row, not just the priced ones: an official with no post open has an
        // empty placement row the flow never sees.
        let feasible = hard_rows_hold(model, part, &chosen);
        let cost = value(model, part, &chosen);
        if feasible && best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, pairs.clone()));
            by_pool = false;
        }
        if round % POOL_ROUNDS == POOL_ROUNDS - 1 {
            by_pool |= from_pool(&recent, &mut best);
            pooled_last = true;
        } else {
            pooled_last = false;
        }
        if let Some(pairs) = at_bound(&best, bound) {
            return Priced::Proven(pairs, !by_pool);
        }
        for &r in &side {
            lambda[r] = stepped(model, r, lambda[r], step, &chosen);
        }
    }
    if !pooled_last {
        by_pool |= from_pool(&recent, &mut best);
        if let Some(pairs) = at_bound(&best, bound) {
            return Priced::Proven(pairs, !by_pool);
        }
    }
    Priced::Unsettled(incumbent(best, bound), duals)
}

/// Each pair's price: Σ over the side rows of the row's price times the pair's coefficient.
pub(super) fn prices(
    model: &Model,
    side: &[usize],
    lambda: &[i64],
) -> std::collections::HashMap<usize, i64> {
    let mut price = std::collections::HashMap::new();
    for &r in side.iter().filter(|&&r| lambda[r] != 0) {
        for &(k, c) in &model.rows[r].terms {
            *price.entry(k).or_insert(0i64) += lambda[r] * c as i64;
        }
    }
    price
}

/// Row `r`'s price `lambda` moved one subgradient step toward the side the chosen pairs
/// break it on: kept ≥ 0 on a ≤ row, and within its penalty on a soft row, or the bound
/// would not hold for plans that miss the row and pay for it.
fn stepped(model: &Model, r: usize, lambda: i64, step: i64, chosen: &Chosen) -> i64 {
    let g = excess(model, r, chosen);
    // A row met exactly gives no direction (`signum` would say +1 for 0).
    let sign = i64::from(g > 1e-9) - i64::from(g < -1e-9);
    let row = &model.rows[r];
    let moved = match row.sense {
        Sense::Le => (lambda + step * sign).max(0),
        Sense::Eq => lambda + step * sign,
    };
    match row.elastic {
        Some(pen) => moved.clamp(-pen, pen),
        None => moved,
    }
}

/// The best plan's pairs when it costs less than the bound + 1 (costs are integers, so
/// none costs less).
fn at_bound(best: &Option<(i64, Vec<usize>)>, bound: f64) -> Option<Vec<usize>> {
    best.as_ref()
        .filter(|(c, _)| (*c as f64) < bound + 1.0 - 1e-6)
        .map(|(_, pairs)| pairs.clone())
}

/// The pairs of the flows in `recent`, sorted, once each.
fn pool(recent: &std::collections::VecDeque<Vec<usize>>) -> Vec<usize> {
    let mut pairs: Vec<usize> = recent.iter().flatten().copied().collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Rounds of [`no_plan_by_prices`].
const FARKAS_ROUNDS: usize = 60;

/// Whether prices on the part's hard side rows prove it has no plan: pairs cost only
/// their prices λ·a (λ ≥ 0 on ≤ rows), and if even the cheapest placement pays more
/// than λ·b, every placement breaks some row (Σλ(a·x − b) > 0, where a plan has ≤ 0).
/// The prices move by subgradient steps; false when none is found in the rounds, or the
/// flow meets every hard row (then a plan exists).
pub fn no_plan_by_prices(model: &Model, part: &Part, limits: &Limits) -> bool {
    priced_conflict(model, part, limits).is_some()
}

/// The side rows whose prices prove the part has no plan (see `no_plan_by_prices`): a set
/// that cannot all hold at once, none when the placement alone fails. None: no proof.
pub fn priced_conflict(model: &Model, part: &Part, limits: &Limits) -> Option<Vec<usize>> {
    let mut side = side_rows(model, part);
    side.retain(|&r| model.rows[r].elastic.is_none());
    let mut lambda: Vec<i64> = vec![0; model.rows.len()];
    let support = |lambda: &[i64]| side.iter().copied().filter(|&r| lambda[r] != 0).collect();
    for _ in 0..FARKAS_ROUNDS {
        if limits.expired() {
            return None;
        }
        let price = prices(model, &side, &lambda);
        let chosen = match core_priced(model, part, &|k| Some(price.get(&k).copied().unwrap_or(0)))
        {
            Core::Placed(pairs) => Chosen::new(pairs),
            Core::CannotPlace => return Some(support(&lambda)),
            Core::TooLarge => return None,
        };
        let paid: i64 = chosen
            .0
            .iter()
            .map(|&k| price.get(&k).copied().unwrap_or(0))
            .sum();
        let owed: f64 = side
            .iter()
            .map(|&r| lambda[r] as f64 * model.rows[r].rhs)
            .sum();
        if paid as f64 > owed + 1e-6 {
            return Some(support(&lambda));
        }
        if side.iter().all(|&r| holds(model, r, &chosen)) {
            return None;
        }
        for &r in &side {
            lambda[r] = stepped(model, r, lambda[r], 1, &chosen);
        }
    }
    None
}

/// The best plan found and its relative gap to the bound.
fn incumbent(best: Option<(i64, Vec<usize>)>, bound: f64) -> Option<(Vec<usize>, f64)> {
    best.map(|(c, pairs)| (pairs, super::relative_gap(c, bound)))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::{Candidates, Model, Part};

    /// Two officials who hold posts and three posts; pair costs past 32 bits.
    pub(in crate::solve) fn model(costs: [[i64; 3]; 2], capacity: [u32; 3]) -> (Model, Part) {
        let pairs: Vec<(usize, usize)> = (0..2).flat_map(|o| (0..3).map(move |p| (o, p))).collect();
        let terms = pairs
            .iter()
            .map(|&(o, p)| {
                let mut t = [0; crate::rules::TERMS];
                t[0] = costs[o][p];
                t
            })
            .collect();
        // Each official holds exactly one post; each post takes one holder.
        let row = |terms: Vec<(usize, f64)>, sense| crate::model::Row {
            sense,
            ..crate::model::Row::at_most(
                terms,
                1.0,
                "assignment",
                crate::messages::Msg::new(crate::messages::K::Empty),
            )
        };
        let rows = (0..2)
            .map(|o| row((0..3).map(|p| (3 * o + p, 1.0)).collect(), Sense::Eq))
            .chain((0..3).map(|p| row(vec![(p, 1.0), (3 + p, 1.0)], Sense::Le)))
            .collect();
        let m = Model {
            cands: Candidates::new(2, 3, pairs),
            terms,
            rows,
            constant: [0; crate::rules::TERMS],
            official_row: vec![Some(0), Some(1)],
            must_place: vec![true, true],
            post_capacity: capacity.to_vec(),
            start: None,
            current: vec![None, None],
            exchange: None,
        };
        let part = Part {
            pairs: (0..6).collect(),
            rows: (0..5).collect(),
        };
        (m, part)
    }

    #[test]
    fn costs_too_large_for_the_flow_are_solved_exactly_by_the_integer_program() {
        let big = 3_000_000_000i64;
        // Cheapest: official 0 on post 2, official 1 on post 0 (big − 1 + big − 2).
        let (mut m, part) = model([[big, big, big - 1], [big - 2, big, big]], [1, 1, 1]);
        assert!(matches!(assignment_core(&m, &part), Core::TooLarge));
        let solved = crate::solve::solve(
            &mut m,
            crate::solve::Backend::Microlp,
            &crate::solve::Limits::default(),
        )
        .unwrap_or_else(|_| panic!("a plan exists"));
        let placed: Vec<(usize, usize)> = (0..6)
            .filter(|&k| solved.chosen[k])
            .map(|k| m.cands.pairs[k])
            .collect();
        assert_eq!(placed, [(0, 2), (1, 0)]);
        assert_eq!(solved.status, crate::solve::Status::Optimal);
    }

    #[test]
    fn the_flow_places_at_the_edge_of_its_range() {
        let c = COST_SUM_LIMIT / 2;
        let (m, part) = model([[c, c, c - 1], [c - 2, c, c]], [1, 1, 1]);
        let Core::Placed(chosen) = assignment_core(&m, &part) else {
            panic!("both can be placed");
        };
        let placed: Vec<(usize, usize)> = chosen.iter().map(|&k| m.cands.pairs[k]).collect();
        assert_eq!(placed, [(0, 2), (1, 0)]);
    }

    /// A side row over `pairs` with at most `rhs` of them chosen.
    pub(in crate::solve) fn side_row(pairs: Vec<usize>, rhs: f64) -> crate::model::Row {
        let terms = pairs.into_iter().map(|k| (k, 1.0)).collect();
        let text = crate::messages::Msg::new(crate::messages::K::Empty);
        crate::model::Row::at_most(terms, rhs, "move_limit", text)
    }

    #[test]
    fn a_side_row_with_a_fraction_is_not_priced_and_still_holds() {
        let (mut m, mut part) = model([[1, 2, 3], [3, 2, 1]], [1, 1, 1]);
        // 1.5 a pair, at most 2: not both cheapest pairs (0 and 5), so the optimum is 3.
        let mut row = side_row(vec![0, 5], 2.0);
        row.terms.iter_mut().for_each(|t| t.1 = 1.5);
        m.rows.push(row);
        part.rows.push(5);
        assert!(side_rows(&m, &part).is_empty());
        let solved =
            crate::solve::solve(&mut m, crate::solve::Backend::Microlp, &Limits::default())
                .expect("a plan");
        let cost: i64 = (0..6)
            .filter(|&k| solved.chosen[k])
            .map(|k| m.cost(k))
            .sum();
        assert_eq!(cost, 3);
        assert!(!(solved.chosen[0] && solved.chosen[5]));
    }

    #[test]
    fn prices_prove_that_two_who_must_be_placed_cannot_share_one_move() {
        let (mut m, mut part) = model([[1, 2, 3], [3, 2, 1]], [1, 1, 1]);
        // Both must be placed, but at most one pair of all six may be chosen.
        m.rows.push(side_row((0..6).collect(), 1.0));
        part.rows.push(5);
        assert!(no_plan_by_prices(&m, &part, &Limits::default()));
    }

    #[test]
    fn the_priced_conflict_names_the_rows_that_cannot_hold_together() {
        let (mut m, mut part) = model([[1, 2, 3], [3, 2, 1]], [1, 1, 1]);
        // At most two of the six pairs (row 5), at least one in post 2 (row 6, as −x ≤ −1)
        // and none in post 2 (row 7): rows 6 and 7 cannot both hold; row 5 takes no part.
        m.rows.push(side_row((0..6).collect(), 2.0));
        let mut at_least = side_row(vec![2, 5], -1.0);
        at_least.terms.iter_mut().for_each(|t| t.1 = -1.0);
        m.rows.push(at_least);
        m.rows.push(side_row(vec![2, 5], 0.0));
        part.rows.extend([5, 6, 7]);
        let conflict = priced_conflict(&m, &part, &Limits::default()).expect("no plan");
        assert_eq!(conflict, [6, 7]);
        // Counting alone sees no row broken: each holds in some placement.
        assert!(rows_unmet(&m, &part).is_empty());
    }

    #[test]
    fn a_row_asking_more_people_than_it_counts_is_unmet_by_counting() {
        let (mut m, mut part) = model([[1, 2, 3], [3, 2, 1]], [1, 1, 2]);
        // At least three of the two officials in post 2: no flow needed to refuse it.
        let mut at_least = side_row(vec![2, 5], -3.0);
        at_least.terms.iter_mut().for_each(|t| t.1 = -1.0);
        m.rows.push(at_least);
        part.rows.push(5);
        assert_eq!(counted_floor(&m, 5), -2.0);
        assert_eq!(rows_unmet(&m, &part), [5]);
        // Two of two can hold (post 2 has two seats): no row is unmet.
        m.rows[5].rhs = -2.0;
        assert!(rows_unmet(&m, &part).is_empty());
    }

    #[test]
    fn prices_claim_nothing_when_a_plan_exists() {
        let (mut m, mut part) = model([[1, 2, 3], [1, 2, 3]], [1, 1, 1]);
        // Both would take post 0; at most one of them may, and one may take post 1.
        m.rows.push(side_row(vec![0, 3, 1, 4], 1.0));
        part.rows.push(5);
        assert!(!no_plan_by_prices(&m, &part, &Limits::default()));
        // The same part, with room for both: a plan, and the flow meets the row at once.
        m.rows[5].rhs = 2.0;
        assert!(!no_plan_by_prices(&m, &part, &Limits::default()));
    }

    /// Two officials who each gain 10 by leaving for post 2 (two seats), and a limit of
    /// one move: the flows on either side of the limit's price move both or neither, and
    /// the plan at the bound (−10, one moves) lies in their pooled pairs.
    pub(in crate::solve) fn one_move_allowed() -> (Model, Part) {
        let (mut m, mut part) = model([[0, 100, -10], [100, 0, -10]], [1, 1, 2]);
        m.rows.push(side_row(vec![2, 5], 1.0));
        part.rows.push(5);
        (m, part)
    }

    fn pooled_plan(m: &Model, part: &Part, pool: &[usize]) -> Option<(i64, Vec<usize>)> {
        let limits = Limits::default();
        crate::solve::fixing::pooled(m, part, pool, crate::solve::Backend::Microlp, &limits)
    }

    #[test]
    fn the_pooled_flows_hold_the_plan_between_them() {
        let (m, part) = one_move_allowed();
        // Both move (pairs 2 and 5), or both stay (pairs 0 and 4).
        let (cost, pairs) = pooled_plan(&m, &part, &[0, 2, 4, 5]).expect("a plan");
        assert_eq!(cost, -10);
        assert!(pairs == [0, 5] || pairs == [2, 4], "{pairs:?}");
        assert_eq!(
            pooled_plan(&m, &part, &[2, 5]),
            None,
            "both moving breaks the limit"
        );
    }

    #[test]
    fn the_prices_and_the_pool_prove_the_plan_at_the_bound() {
        let (m, part) = one_move_allowed();
        let pooled = |pool: &[usize]| pooled_plan(&m, &part, pool);
        let Priced::Proven(pairs, _) =
            lagrangian(&m, &part, 60, &Limits::default(), &pooled, &|| {})
        else {
            panic!("a plan meets the bound");
        };
        assert_eq!(value(&m, &part, &Chosen::new(pairs)), -10);
    }

    #[test]
    fn an_official_with_no_seat_left_is_found() {
        let (mut m, _) = model([[0; 3]; 2], [1, 1, 1]);
        // Both may take only post 0, which has one seat.
        m.cands = Candidates::new(2, 3, vec![(0, 0), (1, 0)]);
        m.rows.clear();
        let mut cheap = [0; crate::rules::TERMS];
        cheap[0] = -5_000_000;
        let mut dear = cheap;
        dear[0] = 5_000_000;
        m.terms = vec![cheap, dear];
        let part = Part {
            pairs: vec![0, 1],
            rows: Vec::new(),
        };
        assert!(matches!(assignment_core(&m, &part), Core::CannotPlace));
    }
}
