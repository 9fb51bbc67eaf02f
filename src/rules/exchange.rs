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
        let cap = |n: Option<u32>| match n {
            Some(n) => Msg::new(K::ExchangeAtMost).arg("n", n),
            None => Msg::new(K::ExchangeAny),
        };
        Msg::new(K::SumExchange)
            .msg("cycle", cap(self.0.max_cycle))
            .msg("chain", cap(self.0.max_chain))
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
            .flat_map(|g| tight_cuts(model, caps, &after, g))
            .collect();
        // A run of a chain that starts at a seat its holder left for a post does not cut
        // this plan off; where no tight cut does, the set's own cut must.
        let cut_off = tight.iter().any(|r| violated(r, chosen));
        rows.extend(tight);
        if !cut_off {
            let own = linked_cut(model, &seats, &after, &set);
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
fn tight_cuts(model: &Model, caps: &Caps, after: &[Option<usize>], g: &Group) -> Vec<Row> {
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
        for h in (0..model.current.len()).filter(|&h| model.current[h] == Some(start)) {
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
fn linked_cut(model: &Model, seats: &Seats, after: &[Option<usize>], set: &[usize]) -> Row {
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
        let stayers: Vec<usize> = (0..after.len())
            .filter(|&h| model.current[h] == Some(p) && after[h] == Some(p))
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
