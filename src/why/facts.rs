//! The facts of a scenario that a diagnosis may lift: a rule's demand on one official (to
//! leave their post, or to keep out of other posts), on a unit's arrivals or departures, on
//! a pair of relatives, or on the whole scenario. A world with some facts lifted is built
//! and solved afresh, so every conflict and every way out is checked, never guessed.

use crate::model::{build_from, Model};
use crate::rules::{Ctx, Rule};
use crate::scenario::About;
use crate::solve::{solve, Backend, Failure, Limits, Solved};
use std::collections::{BTreeMap, BTreeSet};

/// Rules that are the frame of every plan rather than a demand to lift: which posts a
/// rotation may reach, one post each, a post's seats.
pub const FRAME: [&str; 3] = ["scope", "assignment", "capacity"];

/// One demand of one rule: what a conflict is made of.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fact {
    pub rule: &'static str,
    pub about: About,
}

impl Fact {
    /// The fact behind rule `rule` forbidding official `o` post `p`: a pin is one fact
    /// per person; any other rule's ban on staying is apart from its bans elsewhere.
    pub fn ban(ctx: &Ctx, rule: &'static str, o: usize, p: usize) -> Fact {
        Fact {
            rule,
            about: About::Official {
                official: ctx.ix.official(o).id.clone(),
                stay: rule != "pins" && ctx.ix.current[o] == Some(p),
            },
        }
    }

    /// How far lifting it reaches: one person, a pair, a unit, everyone.
    pub fn breadth(&self) -> Breadth {
        match self.about {
            About::Official { .. } => Breadth::Person,
            About::Relatives { .. } => Breadth::Pair,
            About::Arrivals { .. }
            | About::Departures { .. }
            | About::Balance { .. }
            | About::Leadership { .. } => Breadth::Unit,
            About::Whole => Breadth::Whole,
        }
    }
}

/// How far a change reaches, narrowest first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Breadth {
    Person,
    Pair,
    Unit,
    Whole,
}

/// What a world lifts: some facts.
pub type Lift = BTreeSet<Fact>;

/// Whether a world has a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A plan exists; where it places each official.
    Plan(Vec<Option<usize>>),
    None,
    /// The solver failed or the time ran out: nothing is known.
    Unknown,
}

/// A scenario's model and what it is built from, to solve with facts lifted.
pub struct World<'a> {
    pub ctx: &'a Ctx<'a>,
    pub rules: &'a [Box<dyn Rule>],
    /// The posts each official may hold with nothing lifted.
    base: Vec<Vec<usize>>,
    backend: Backend,
    limits: Limits,
}

impl<'a> World<'a> {
    pub fn new(
        ctx: &'a Ctx<'a>,
        rules: &'a [Box<dyn Rule>],
        model: &Model,
        backend: Backend,
        limits: &Limits,
    ) -> World<'a> {
        let base = model
            .cands
            .of_official
            .iter()
            .map(|ks| ks.iter().map(|&k| model.cands.pairs[k].1).collect())
            .collect();
        World {
            ctx,
            rules,
            base,
            backend,
            limits: limits.clone(),
        }
    }

    /// The posts official `o` may hold with nothing lifted.
    pub fn base(&self, o: usize) -> &[usize] {
        &self.base[o]
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The posts official `o` may hold with `lift` lifted, and every rule's bans.
    fn posts(&self, o: usize, lift: &Lift) -> Vec<usize> {
        let enabled = || self.rules.iter().filter(|r| r.bans());
        let mut posts = None;
        for r in enabled().filter(|r| r.code() == "scope") {
            r.narrow(self.ctx, o, &mut posts);
        }
        posts
            .unwrap_or_else(|| (0..self.ctx.scenario().posts.len()).collect())
            .into_iter()
            .filter(|&p| {
                enabled().all(|r| {
                    r.forbids(self.ctx, o, p).is_none()
                        || (!FRAME.contains(&r.code())
                            && lift.contains(&Fact::ban(self.ctx, r.code(), o, p)))
                })
            })
            .collect()
    }

    /// The model with `lift` lifted: bans gone for the officials it names, and the rows it
    /// names dropped.
    pub fn model(&self, lift: &Lift) -> Model {
        let ix = self.ctx.ix;
        let named: BTreeSet<usize> = lift
            .iter()
            .filter_map(|f| match &f.about {
                About::Official { official, .. } => ix.official_index(official),
                _ => None,
            })
            .collect();
        let per_official = (0..self.base.len())
            .map(|o| {
                if named.contains(&o) {
                    self.posts(o, lift)
                } else {
                    self.base[o].clone()
                }
            })
            .collect();
        let mut model = build_from(self.ctx, self.rules, per_official);
        // Placement and seat rows come first and are never lifted, so `official_row` holds.
        model.rows.retain(|r| {
            !lift.contains(&Fact {
                rule: r.origin.rule,
                about: r.origin.about.clone(),
            })
        });
        let caps = Fact {
            rule: "exchange",
            about: crate::scenario::About::Whole,
        };
        if lift.contains(&caps) {
            model.exchange = None;
        }
        model
    }

    /// The world with `lift` lifted, solved: its model and what the solver said.
    pub fn attempt(&self, lift: &Lift) -> (Model, Result<Solved, Failure>) {
        let mut model = self.model(lift);
        let solved = solve(&mut model, self.backend, &self.limits);
        (model, solved)
    }

    /// Whether the world with `lift` lifted has a plan.
    pub fn outcome(&self, lift: &Lift) -> Outcome {
        if self.limits.expired() {
            return Outcome::Unknown;
        }
        let (model, solved) = self.attempt(lift);
        match solved {
            Ok(solved) => {
                let mut after = vec![None; self.base.len()];
                for (k, &c) in solved.chosen.iter().enumerate() {
                    if c {
                        let (o, p) = model.cands.pairs[k];
                        after[o] = Some(p);
                    }
                }
                Outcome::Plan(after)
            }
            Err(Failure::Infeasible(_)) => Outcome::None,
            Err(Failure::Other(_) | Failure::OutOfTime | Failure::Caps(_)) => Outcome::Unknown,
        }
    }

    /// Every fact the rules state for official `o`: each rule's ban on staying and on the
    /// other posts, and the pin.
    pub fn bans_of(&self, o: usize) -> BTreeMap<Fact, Vec<usize>> {
        let mut facts: BTreeMap<Fact, Vec<usize>> = BTreeMap::new();
        let mut posts = None;
        for r in self
            .rules
            .iter()
            .filter(|r| r.code() == "scope" && r.enabled())
        {
            r.narrow(self.ctx, o, &mut posts);
        }
        let posts = posts.unwrap_or_else(|| (0..self.ctx.scenario().posts.len()).collect());
        for p in posts {
            for r in self.rules.iter().filter(|r| r.bans()) {
                if FRAME.contains(&r.code()) {
                    if r.forbids(self.ctx, o, p).is_some() {
                        break;
                    }
                    continue;
                }
                if r.forbids(self.ctx, o, p).is_some() {
                    facts
                        .entry(Fact::ban(self.ctx, r.code(), o, p))
                        .or_default()
                        .push(p);
                }
            }
        }
        facts
    }
}

/// The smallest set of facts within `seed` whose lifting still leaves a plan: facts are
/// dropped while the world has a plan without lifting them, first in halves of the seed,
/// then quarters, down to one at a time (broadest first, so the conflict keeps the
/// narrowest facts; a seed of hundreds holding a conflict of a few takes tens of solves,
/// not hundreds). Lifting more never removes a plan, so what is left is minimal: lifting
/// all but any one of them leaves no plan. None when `seed` itself leaves none; the flag
/// is false when the solver could not say for some fact.
pub fn minimal(world: &World, seed: Lift) -> Option<(Lift, Vec<Option<usize>>, bool)> {
    let Outcome::Plan(mut after) = world.outcome(&seed) else {
        return None;
    };
    let mut order: Vec<Fact> = seed.iter().cloned().collect();
    order.sort_by_key(|f| std::cmp::Reverse(f.breadth()));
    let mut kept = seed;
    let mut sure = true;
    let mut chunk = order.len().div_ceil(2).max(1);
    loop {
        for group in order.chunks(chunk) {
            let dropped: Vec<&Fact> = group.iter().filter(|f| kept.contains(*f)).collect();
            if dropped.is_empty() {
                continue;
            }
            for f in &dropped {
                kept.remove(*f);
            }
            match world.outcome(&kept) {
                Outcome::Plan(a) => after = a,
                outcome => {
                    // Only the last pass, one fact at a time, makes the answer minimal.
                    sure &= chunk > 1 || outcome == Outcome::None;
                    kept.extend(dropped.into_iter().cloned());
                }
            }
        }
        if chunk == 1 {
            break;
        }
        chunk = chunk.div_ceil(2);
    }
    Some((kept, after, sure))
}
