//! Caps on the shapes of a plan's moves (kidney-exchange style): at most `max_cycle`
//! officials in a cycle of exchanges, at most `max_chain` moves in a chain from a vacancy.
//! A cap is not a row of the model: the solver adds cuts for the cycles and chains a plan
//! breaks ([`cuts`]) and solves again, so a plan within the caps needs no extra rows.

use super::Rule;
use crate::messages::{Msg, K};
use crate::model::{Model, Row, Sense};
use crate::plan::{Caps, Group, GroupKind, Seats, Stuck};
use crate::scenario::ExchangeConfig;

pub struct Exchange(pub ExchangeConfig);

impl Exchange {
    /// The caps, when the rule is on and sets one.
    pub fn caps(config: &ExchangeConfig) -> Option<Caps> {
        let caps = Caps {
            max_cycle: config.max_cycle.map(|n| n as usize),
            max_chain: config.max_chain.map(|n| n as usize),
        };
        (config.enabled && caps != Caps::default()).then_some(caps)
    }
}

impl Rule for Exchange {
    fn code(&self) -> &'static str {
        "exchange"
    }

    fn summary(&self) -> Msg {
        let cap = |n: Option<u32>, key: K| match n {
            Some(n) => Msg::new(key).arg("n", n),
            None => Msg::new(K::ExchangeAny),
        };
        Msg::new(K::SumExchange)
            .msg("cycle", cap(self.0.max_cycle, K::ExchangeAtMost))
            .msg("chain", cap(self.0.max_chain, K::ExchangeAtMostMoves))
    }

    fn enabled(&self) -> bool {
        Exchange::caps(&self.0).is_some()
    }
}

/// Rows that cut off the groups of `chosen` over `caps`, none when every set of linked
/// moves has a pairing of seats within them. Each row is valid for every plan within the
/// caps, so the plan solved with them is still optimal. Err: a set of linked moves with
/// too many pairings of seats to try.
pub fn cuts(model: &Model, caps: &Caps, chosen: &[bool]) -> Result<Vec<Row>, usize> {
    let n = model.must_place.len();
    let before = &model.current;
    let mut after = vec![None; n];
    for (k, &(o, p)) in model.cands.pairs.iter().enumerate() {
        if chosen[k] {
            after[o] = Some(p);
        }
    }
    let seats = Seats::new(before, &after, &model.post_capacity);
    // Who holds each post now, looked up by every cut rather than searched for.
    let mut holders = vec![Vec::new(); model.post_capacity.len()];
    for (o, p) in before.iter().enumerate() {
        if let Some(p) = p {
            holders[*p].push(o);
        }
    }
    let mut rows = Vec::new();
    for set in seats.linked(before, &after) {
        let groups = match seats.arrange(&after, &set, caps) {
            Ok(_) => continue,
            Err(Stuck::Over(groups)) => groups,
            Err(Stuck::TooMany) => return Err(set.len()),
        };
        let tight: Vec<Row> = groups
            .iter()
            .filter(|g| !caps.allow(g))
            .flat_map(|g| tight_cuts(model, caps, &after, &holders, g))
            .collect();
        // A run of a chain that starts at a seat its holder left for a post does not cut
        // this plan off; where no tight cut does, the set's own cut must.
        let cut_off = tight.iter().any(|r| violated(r, chosen));
        rows.extend(tight);
        if !cut_off {
            let own = linked_cut(model, &seats, &after, &holders, &set);
            debug_assert!(violated(&own, chosen), "a set's own cut cuts its plan off");
            rows.push(own);
        }
    }
    Ok(rows)
}

/// Whether `chosen` breaks the cut `row`.
fn violated(row: &Row, chosen: &[bool]) -> bool {
    let lhs: f64 = row
        .terms
        .iter()
        .filter(|(k, _)| chosen[*k])
        .map(|(_, c)| c)
        .sum();
    lhs > row.rhs + 0.5
}

fn pair(model: &Model, o: usize, p: usize) -> usize {
    model.cands.of_official[o]
        .iter()
        .copied()
        .find(|&k| model.cands.pairs[k].1 == p)
        .expect("a chosen placement is a pair of the model")
}

fn cut(terms: Vec<(usize, f64)>, rhs: f64, text: Msg) -> Row {
    Row {
        terms,
        sense: Sense::Le,
        rhs,
        origin: crate::model::Origin {
            rule: "exchange",
            text,
            about: crate::scenario::About::Whole,
        },
        elastic: None,
    }
}

/// Cuts for a group over the caps whose seats are all single, so that its moves are
/// forced together: "not all of them" for a cycle; for a chain, "no cap + 1 moves in a
/// row from a seat left free", one cut for each run of cap + 1 of its moves (the seat a
/// run starts from is free unless its holder moves to a post, which the cut allows), so
/// that a chain cut at its head does not come back one move shorter. Empty when a seat
/// on the group has several holders.
fn tight_cuts(
    model: &Model,
    caps: &Caps,
    after: &[Option<usize>],
    holders: &[Vec<usize>],
    g: &Group,
) -> Vec<Row> {
    let single = |o: usize| model.post_capacity[after[o].expect("movers are placed")] == 1;
    let arc = |o: usize| pair(model, o, after[o].expect("movers are placed"));
    let (cycle, cap) = match g.kind {
        GroupKind::Swap | GroupKind::Cycle => (true, caps.max_cycle),
        GroupKind::Chain => (false, caps.max_chain),
    };
    let Some(cap) = cap else {
        return Vec::new();
    };
    if cycle {
        if !g.officials.iter().all(|&o| single(o)) {
            return Vec::new();
        }
        let mut terms: Vec<(usize, f64)> = g.officials.iter().map(|&o| (arc(o), 1.0)).collect();
        if cap < 2 {
            // No cycle at all: any move of one of them into another's seat counts, as in
            // subtour elimination, since every way of closing them up is a cycle.
            for &o in &g.officials {
                for &k in &model.cands.of_official[o] {
                    let p = model.cands.pairs[k].1;
                    let into = g
                        .officials
                        .iter()
                        .any(|&h| h != o && model.current[h] == Some(p));
                    if into && p != after[o].expect("movers are placed") {
                        terms.push((k, 1.0));
                    }
                }
            }
        }
        let text = Msg::new(K::RowExchangeCycle)
            .arg("n", g.officials.len())
            .arg("cap", cap);
        return vec![cut(terms, g.officials.len() as f64 - 1.0, text)];
    }
    let mut rows = Vec::new();
    // Each one takes the seat the one before left; the first one of the chain fills seat v.
    for run in g.officials.windows(cap + 1) {
        if !run.iter().all(|&o| single(o)) {
            continue;
        }
        let start = after[run[0]].expect("movers are placed");
        let mut terms: Vec<(usize, f64)> = run[..cap].iter().map(|&o| (arc(o), 1.0)).collect();
        // Whoever takes the seat the cap-th mover left (the start, for a cap of 0) makes
        // the run too long, not only the one who took it here.
        let last = match cap {
            0 => start,
            _ => model.current[run[cap - 1]].expect("one whose seat is taken had one"),
        };
        for &k in &model.cands.of_post[last] {
            if model.current[model.cands.pairs[k].0] != Some(last) {
                terms.push((k, 1.0));
            }
        }
        // If the start's holder moves to a post, the seat is not free and the run is part
        // of a longer group, or of a cycle: the cut then asks nothing.
        for &h in &holders[start] {
            for &k in &model.cands.of_official[h] {
                if model.cands.pairs[k].1 != start {
                    terms.push((k, -1.0));
                }
            }
        }
        let text = Msg::new(K::RowExchangeChain).arg("cap", cap);
        rows.push(cut(terms, cap as f64, text));
    }
    rows
}

/// A set of linked moves no pairing of seats keeps within the caps: not all of these
/// moves again unless someone else arrives at one of their posts or one who stays there
/// leaves, since only that gives the seats another pairing (one who left without a post
/// and now stays, or moves elsewhere, only narrows the pairings or lengthens a group).
fn linked_cut(
    model: &Model,
    seats: &Seats,
    after: &[Option<usize>],
    holders: &[Vec<usize>],
    set: &[usize],
) -> Row {
    let mut posts: Vec<usize> = set
        .iter()
        .flat_map(|&o| [model.current[o], after[o]])
        .flatten()
        .collect();
    posts.sort_unstable();
    posts.dedup();
    let mut terms: Vec<(usize, f64)> = Vec::new();
    let mut rhs = set.len() as f64 - 1.0;
    for &o in set {
        terms.push((pair(model, o, after[o].expect("placed")), 1.0));
    }
    for &p in &posts {
        let stayers: Vec<usize> = holders[p]
            .iter()
            .copied()
            .filter(|&h| after[h] == Some(p))
            .collect();
        // Room for another newcomer: seats neither the set's newcomers nor stayers fill.
        let room = model.post_capacity[p] as usize > seats.arriving[p].len() + stayers.len();
        for &k in &model.cands.of_post[p] {
            let a = model.cands.pairs[k].0;
            if model.current[a] == Some(p) {
                if stayers.contains(&a) {
                    terms.push((k, 1.0));
                    rhs += 1.0;
                }
            } else if room && !set.contains(&a) {
                terms.push((k, -1.0));
            }
        }
    }
    let text = Msg::new(K::RowExchangeLinked).arg("n", set.len());
    cut(terms, rhs, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Candidates;

    /// Officials holding `current` (None: the pool), every pair open, seats as given.
    fn model(current: Vec<Option<usize>>, capacity: Vec<u32>, caps: Caps) -> Model {
        let (n, m) = (current.len(), capacity.len());
        let pairs: Vec<(usize, usize)> = (0..n).flat_map(|o| (0..m).map(move |p| (o, p))).collect();
        Model {
            terms: vec![[0; crate::rules::TERMS]; pairs.len()],
            cands: Candidates::new(n, m, pairs),
            rows: Vec::new(),
            constant: [0; crate::rules::TERMS],
            official_row: vec![None; n],
            must_place: current.iter().map(Option::is_some).collect(),
            post_capacity: capacity,
            start: None,
            current,
            exchange: Some(caps),
        }
    }

    fn chosen(model: &Model, after: &[usize]) -> Vec<bool> {
        let m = model.post_capacity.len();
        let mut c = vec![false; model.cands.pairs.len()];
        for (o, &p) in after.iter().enumerate() {
            c[o * m + p] = true;
        }
        c
    }

    fn caps(max_cycle: Option<usize>, max_chain: Option<usize>) -> Caps {
        Caps {
            max_cycle,
            max_chain,
        }
    }

    #[test]
    fn a_cycle_of_three_is_cut_when_only_swaps_are_allowed() {
        // 0 takes 1's post, 1 takes 2's, 2 takes 0's.
        let m = model(
            vec![Some(0), Some(1), Some(2)],
            vec![1; 3],
            caps(Some(2), None),
        );
        let plan = chosen(&m, &[1, 2, 0]);
        let rows = cuts(&m, &caps(Some(2), None), &plan).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].terms.len(), rows[0].rhs), (3, 2.0));
        assert!(violated(&rows[0], &plan));
        assert!(cuts(&m, &caps(Some(3), None), &plan).unwrap().is_empty());
        // No cycle at all: every move among the three into another's seat counts.
        let rows = cuts(&m, &caps(Some(0), None), &plan).unwrap();
        assert_eq!((rows[0].terms.len(), rows[0].rhs), (6, 2.0));
    }

    #[test]
    fn a_long_chain_gets_a_cut_for_each_run_and_the_first_cuts_the_plan_off() {
        // Post 3 is vacant: 0 fills it, 1 takes 0's seat, 2 takes 1's; 2's seat stays empty.
        let m = model(
            vec![Some(0), Some(1), Some(2)],
            vec![1; 4],
            caps(None, Some(1)),
        );
        let plan = chosen(&m, &[3, 0, 1]);
        let rows = cuts(&m, &caps(None, Some(1)), &plan).unwrap();
        assert_eq!(rows.len(), 2, "runs of two moves: 0 and 1, then 1 and 2");
        assert!(violated(&rows[0], &plan));
        // The second run starts at 0's seat, which 0 left for a post: not this plan's cut.
        assert!(!violated(&rows[1], &plan));
        assert!(cuts(&m, &caps(None, Some(3)), &plan).unwrap().is_empty());
    }

    #[test]
    fn moves_through_a_post_of_two_seats_are_cut_only_when_no_pairing_fits() {
        // a and b hold post 0's two seats; a takes d's post 2, b c's post 1, c and d post 0.
        let m = model(
            vec![Some(0), Some(0), Some(1), Some(2)],
            vec![2, 1, 1],
            caps(Some(2), None),
        );
        let plan = chosen(&m, &[2, 1, 0, 0]);
        // Two swaps fit, whatever order the seats were matched in.
        assert!(cuts(&m, &caps(Some(2), None), &plan).unwrap().is_empty());
        // No cycle at all: the four moves are cut as a set, unless someone else comes.
        let rows = cuts(&m, &caps(Some(0), None), &plan).unwrap();
        assert!(rows.iter().any(|r| violated(r, &plan)));
    }
}
