//! The rules of a rotation plan. Each rule is one file and one type implementing [`Rule`]:
//! it may forbid (official, post) pairs, add linear constraints, and price a placement,
//! and it says in words why it acted. [`all`] lists them: hard rules first, then costs.

use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::{Index, Scenario};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod changes;
mod composition;
mod demotion;
pub mod development;
mod exchange;
mod expertise;
mod individual_rationality;
mod min_tenure;
mod move_limit;
mod moves;
mod non_local;
mod phase_in;
mod pins;
mod promotion;
mod qualification;
mod rating_gate;
pub mod relatives;
mod scope;
mod service_left;
mod term_limit;
mod unit_cap;
mod vacancy;
mod who_rotates;
mod wishes;

pub use changes::{refused, Changes};
pub use composition::{counts as composition_counts, group_words, Composition};
pub use demotion::Demotion;
pub use development::Development;
pub use exchange::{cuts as exchange_cuts, Exchange};
pub use expertise::Expertise;
pub use individual_rationality::IndividualRationality;
pub use min_tenure::MinTenure;
pub use move_limit::MoveLimit;
pub use moves::Moves;
pub use non_local::NonLocal;
pub use phase_in::PhaseIn;
pub use pins::Pins;
pub use promotion::Promotion;
pub use qualification::Qualification;
pub use rating_gate::RatingGate;
pub use relatives::Relatives;
pub use scope::Scope;
pub use service_left::ServiceLeft;
pub use term_limit::TermLimit;
pub use unit_cap::UnitCap;
pub use vacancy::Vacancy;
pub use who_rotates::WhoRotates;
pub use wishes::{wish_rank, Wishes};

/// The terms the cost of a plan is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostTerm {
    WastedExpertise,
    Unfilled,
    Moves,
    Promotions,
    /// Breaches of soft rules (only where a rule is soft).
    Breaches,
    /// Placements other than a published plan's (a revision only).
    Changes,
    /// Placements below an official's first wish (only where someone listed wishes).
    Wishes,
    /// Saved by moves that give pipeline officials what their planned titles need (only
    /// where titles need something).
    Development,
}

/// How many cost terms a model prices (every term, `Changes` included).
pub const TERMS: usize = 8;

impl CostTerm {
    /// The terms of every plan.
    pub const ALL: [CostTerm; 4] = [
        CostTerm::WastedExpertise,
        CostTerm::Unfilled,
        CostTerm::Moves,
        CostTerm::Promotions,
    ];

    /// The terms of every plan, of one with soft rules and of a revision, in the model's
    /// order.
    pub const EVERY: [CostTerm; TERMS] = [
        CostTerm::WastedExpertise,
        CostTerm::Unfilled,
        CostTerm::Moves,
        CostTerm::Promotions,
        CostTerm::Breaches,
        CostTerm::Changes,
        CostTerm::Wishes,
        CostTerm::Development,
    ];

    pub fn label(self, lang: crate::messages::Lang) -> String {
        use crate::messages::K;
        let key = match self {
            CostTerm::WastedExpertise => K::TermWastedExpertise,
            CostTerm::Unfilled => K::TermUnfilled,
            CostTerm::Moves => K::TermMoves,
            CostTerm::Promotions => K::TermPromotions,
            CostTerm::Breaches => K::TermBreaches,
            CostTerm::Changes => K::TermChanges,
            CostTerm::Wishes => K::TermWishes,
            CostTerm::Development => K::TermDevelopment,
        };
        key.template(lang).to_string()
    }
}

/// What the rules see: the scenario index and which officials a rotation rule forces out.
pub struct Ctx<'a> {
    pub ix: &'a Index<'a>,
    /// Official `o` must leave the current post under a rule that forces rotation
    /// (term limit, non-local); such moves need less service left.
    pub forced: Vec<bool>,
    /// Official `o` is listed for a phase-in: may keep the post the forcing rules would
    /// take (still `forced` for service left).
    pub deferred: Vec<bool>,
}

impl<'a> Ctx<'a> {
    pub fn new(ix: &'a Index<'a>, rules: &[Box<dyn Rule>]) -> Ctx<'a> {
        let mut ctx = Ctx {
            ix,
            forced: vec![false; ix.scenario.officials.len()],
            deferred: vec![false; ix.scenario.officials.len()],
        };
        let forced = (0..ix.scenario.officials.len())
            .map(|o| match ix.current[o] {
                Some(cur) => rules
                    .iter()
                    .filter(|r| r.forces_rotation())
                    .any(|r| r.forbids(&ctx, o, cur).is_some()),
                None => false,
            })
            .collect();
        ctx.forced = forced;
        let phase_in = &ix.scenario.rules.phase_in;
        if phase_in.enabled {
            for id in &phase_in.officials {
                if let Some(o) = ix.official_index(id) {
                    ctx.deferred[o] = true;
                }
            }
        }
        ctx
    }

    pub fn scenario(&self) -> &'a Scenario {
        self.ix.scenario
    }
}

pub trait Rule: Sync + Send {
    /// The rule's name, as in the file name and the YAML key.
    fn code(&self) -> &'static str;

    /// The rule with its parameters, in one sentence.
    fn summary(&self) -> Msg;

    fn enabled(&self) -> bool {
        true
    }

    /// For a soft rule, the points each breach costs: it then forbids nothing, and every
    /// pair it would forbid costs its penalty instead (None: a hard rule).
    fn soft(&self) -> Option<i64> {
        None
    }

    /// Whether the rule's `forbids` and `narrow` bind: enabled and hard.
    fn bans(&self) -> bool {
        self.enabled() && self.soft().is_none()
    }

    /// True for rules whose whole purpose is to move someone out (term limit, non-local).
    fn forces_rotation(&self) -> bool {
        false
    }

    /// Why official `o` may not hold post `p` after the plan (`p` may be the current post,
    /// which means the official must move), or None.
    fn forbids(&self, _ctx: &Ctx, _o: usize, _p: usize) -> Option<Msg> {
        None
    }

    /// Narrows `posts` (None: every post) to a superset of the posts this rule allows
    /// official `o`, by a check cheaper than `forbids`. It must never drop a post the rule
    /// allows; the builder then asks `forbids` of every rule only for what is left.
    fn narrow(&self, _ctx: &Ctx, _o: usize, _posts: &mut Option<Vec<usize>>) {}

    /// True when `narrow` leaves at most one post, so it is cheapest to run first.
    fn narrows_to_one(&self) -> bool {
        false
    }

    /// True when `narrow` removes exactly the posts `forbids` would forbid, so the
    /// builder need not call `forbids` for this rule.
    fn narrow_is_exact(&self) -> bool {
        false
    }

    /// For the first rule only: the officials this rule could allow into post `p` (None:
    /// no cheap answer), so that explaining an empty post need not check everyone.
    fn possible_holders(&self, _ctx: &Ctx, _p: usize) -> Option<Vec<usize>> {
        None
    }

    /// Linear constraints over the candidate pairs.
    fn constraints(&self, _ctx: &Ctx, _cands: &Candidates, _rows: &mut Vec<Row>) {}

    /// The cost term this rule prices, if any.
    fn term(&self) -> Option<CostTerm> {
        None
    }

    /// The cost of official `o` holding post `p` after the plan.
    fn cost(&self, _ctx: &Ctx, _o: usize, _p: usize) -> i64 {
        0
    }

    /// A cost that does not depend on the plan (offset of the unfilled-posts term).
    fn constant(&self, _ctx: &Ctx) -> i64 {
        0
    }
}

/// All rules for a scenario, hard rules first, then the cost terms. Disabled rules stay
/// in the list and do nothing, so reports can say they were off.
pub fn all(s: &Scenario) -> Vec<Box<dyn Rule>> {
    let r = &s.rules;
    let mut rules: Vec<Box<dyn Rule>> = vec![
        // Scope first: it excludes the most, and explanations count each exclusion
        // under the first rule that makes it.
        Box::new(Scope::new(s)),
        Box::new(Pins::new(s)),
        Box::new(WhoRotates::new(s)),
        Box::new(RatingGate(r.rating_gate.clone())),
        Box::new(MinTenure(r.min_tenure.clone())),
        Box::new(TermLimit(r.term_limit.clone())),
        Box::new(NonLocal(r.non_local.clone())),
        Box::new(Qualification(r.qualification.clone())),
        Box::new(Promotion {
            config: r.promotion.clone(),
            weight: s.weights.promotion,
            planned: s.weights.planned_promotion,
        }),
        Box::new(Demotion(r.demotion.clone())),
        Box::new(ServiceLeft(r.service_left.clone())),
        Box::new(Relatives(r.relatives.clone())),
        Box::new(UnitCap(r.unit_cap.clone())),
        Box::new(MoveLimit(r.move_limit.clone())),
        Box::new(Exchange(r.exchange.clone())),
        Box::new(PhaseIn(r.phase_in.clone())),
        Box::new(IndividualRationality(r.individual_rationality.clone())),
        Box::new(Composition::new(s)),
        Box::new(Development::new(s)),
        Box::new(Expertise(s.weights.wasted_expertise)),
        Box::new(Vacancy {
            unfilled: s.weights.unfilled.clone(),
            key: s.weights.unfilled_key,
        }),
        Box::new(Moves(s.weights.move_)),
        Box::new(Wishes(s.weights.wish)),
    ];
    // A revision prices every change from the plan it revises.
    if let Some(published) = &s.published {
        rules.push(Box::new(Changes {
            weight: s.weights.change,
            published: published.clone(),
        }));
    }
    rules
}

/// Switches off the rule with this code in `s`, as `rules.CODE.enabled: false` would;
/// false for what is not a rule one can switch off (scope, pins, the frame of a plan).
pub fn switch_off(s: &mut Scenario, code: &str) -> bool {
    let r = &mut s.rules;
    let enabled = match code {
        "who_rotates" => &mut r.who_rotates.enabled,
        "term_limit" => &mut r.term_limit.enabled,
        "non_local" => &mut r.non_local.enabled,
        "min_tenure" => &mut r.min_tenure.enabled,
        "service_left" => &mut r.service_left.enabled,
        "relatives" => &mut r.relatives.enabled,
        "rating_gate" => &mut r.rating_gate.enabled,
        "unit_cap" => &mut r.unit_cap.enabled,
        "move_limit" => &mut r.move_limit.enabled,
        "exchange" => &mut r.exchange.enabled,
        "phase_in" => &mut r.phase_in.enabled,
        "promotion" => &mut r.promotion.enabled,
        "demotion" => &mut r.demotion.enabled,
        "qualification" => &mut r.qualification.enabled,
        "individual_rationality" => &mut r.individual_rationality.enabled,
        "composition" => &mut r.composition.enabled,
        "development" => &mut r.development.enabled,
        _ => return false,
    };
    *enabled = false;
    true
}

/// The catalogue's name of the rule with this code, and the basis it rests on.
pub fn rule_words(code: &str) -> (K, K) {
    match code {
        "scope" => (K::RuleScope, K::BasisLocal),
        "pins" => (K::RulePins, K::BasisPlanner),
        "who_rotates" => (K::RuleWhoRotates, K::BasisReg65Art4),
        "rating_gate" => (K::RuleRatingGate, K::BasisReg366),
        "min_tenure" => (K::RuleMinTenure, K::BasisReg65Art8),
        "term_limit" => (K::RuleTermLimit, K::BasisReg65Art3),
        "non_local" => (K::RuleNonLocal, K::BasisNonLocal),
        "qualification" => (K::RuleQualification, K::BasisLocal),
        "promotion" => (K::RulePromotion, K::BasisReg377),
        "demotion" => (K::RuleDemotion, K::BasisLocal),
        "service_left" => (K::RuleServiceLeft, K::BasisLocal),
        "relatives" => (K::RuleRelatives, K::BasisReg114),
        "unit_cap" => (K::RuleUnitCap, K::BasisLocal),
        "move_limit" => (K::RuleMoveLimit, K::BasisPlanner),
        "exchange" => (K::RuleExchange, K::BasisPlanner),
        "phase_in" => (K::RulePhaseIn, K::BasisPlanner),
        "expertise" => (K::RuleExpertise, K::BasisCost),
        "vacancy" => (K::RuleVacancy, K::BasisCost),
        "moves" => (K::RuleMoves, K::BasisCost),
        "changes" => (K::RuleChanges, K::BasisPlanner),
        "wishes" => (K::RuleWishes, K::BasisCost),
        "individual_rationality" => (K::RuleIndividualRationality, K::BasisWishes),
        "capacity" => (K::RuleCapacity, K::BasisLocal),
        "composition" => (K::RuleComposition, K::BasisLocal),
        "development" => (K::RuleDevelopment, K::BasisTraining),
        _ => (K::RuleAssignment, K::BasisLocal),
    }
}

/// The rule's name in words.
pub fn rule_name(code: &str) -> Msg {
    Msg::new(rule_words(code).0)
}

/// The rule as a planner looks for it: its name and, where that is not the code itself, the
/// code to write under `rules:` ("thời hạn giữ chức cấp trưởng (term_limit)").
pub fn rule_label(code: &str) -> Msg {
    Msg::new(K::RuleLabel)
        .msg("name", rule_name(code))
        .arg("code", code)
}

/// `why`, citing the rule with this code and its basis: "rule (basis): why".
pub fn cited(code: &str, why: Msg) -> Msg {
    let (name, basis) = rule_words(code);
    Msg::new(K::ReasonCited)
        .msg("rule", Msg::new(name))
        .msg("basis", Msg::new(basis))
        .msg("why", why)
}

/// Keeps in `posts` only what is in `allowed` (sorted); None (every post) becomes `allowed`.
pub fn keep_only(posts: &mut Option<Vec<usize>>, allowed: &[usize]) {
    match posts {
        None => *posts = Some(allowed.to_vec()),
        Some(v) => v.retain(|p| allowed.binary_search(p).is_ok()),
    }
}

/// Keeps in `posts` (None: every post) only the posts for which `keep` holds.
pub fn retain_posts(ctx: &Ctx, posts: &mut Option<Vec<usize>>, keep: impl Fn(usize) -> bool) {
    let n = ctx.scenario().posts.len();
    posts
        .get_or_insert_with(|| (0..n).collect())
        .retain(|&p| keep(p));
}

/// The enabled rules in the order eligibility asks them, sorted once per model rather
/// than once per official.
pub struct Eligibility<'r> {
    /// Rules that keep an official in place narrow first: most officials stop at one post
    /// before scope would copy their province's whole list.
    narrowing: Vec<&'r dyn Rule>,
    /// Rules whose narrowing is not their whole test, asked `forbids` for what is left.
    checking: Vec<&'r dyn Rule>,
}

impl<'r> Eligibility<'r> {
    pub fn new(rules: &'r [Box<dyn Rule>]) -> Eligibility<'r> {
        let enabled = || rules.iter().map(|r| r.as_ref()).filter(|r| r.bans());
        let narrowing = enabled()
            .filter(|r| r.narrows_to_one())
            .chain(enabled().filter(|r| !r.narrows_to_one()))
            .collect();
        let checking = enabled().filter(|r| !r.narrow_is_exact()).collect();
        Eligibility {
            narrowing,
            checking,
        }
    }

    /// The posts official `o` may hold after the plan: every rule's `narrow`, then
    /// `forbids`.
    pub fn posts(&self, ctx: &Ctx, o: usize) -> Vec<usize> {
        let mut posts = None;
        for r in &self.narrowing {
            r.narrow(ctx, o, &mut posts);
        }
        posts
            .unwrap_or_else(|| (0..ctx.scenario().posts.len()).collect())
            .into_iter()
            .filter(|&p| self.checking.iter().all(|r| r.forbids(ctx, o, p).is_none()))
            .collect()
    }
}

/// The posts official `o` may hold after the plan (see `Eligibility`).
pub fn eligible_posts(rules: &[Box<dyn Rule>], ctx: &Ctx, o: usize) -> Vec<usize> {
    Eligibility::new(rules).posts(ctx, o)
}

/// When the cheap narrowing alone leaves official `o` nothing but the current post, the
/// rule that did it and its reason: the usual "why does this official stay" in O(posts).
pub fn kept_by(rules: &[Box<dyn Rule>], ctx: &Ctx, o: usize) -> Option<(&'static str, Msg)> {
    let cur = ctx.ix.current[o]?;
    let mut posts: Option<Vec<usize>> = None;
    for r in rules.iter().filter(|r| r.bans()) {
        let before = posts.clone();
        r.narrow(ctx, o, &mut posts);
        let Some(now) = &posts else { continue };
        if now.iter().all(|&p| p == cur) {
            let dropped = match &before {
                None => (0..ctx.scenario().posts.len()).find(|&p| p != cur),
                Some(b) => b.iter().copied().find(|&p| p != cur),
            }?;
            return r.forbids(ctx, o, dropped).map(|why| (r.code(), why));
        }
    }
    None
}

/// The first reason any rule gives for forbidding (o, p), with the rule's code.
pub fn first_ban(
    rules: &[Box<dyn Rule>],
    ctx: &Ctx,
    o: usize,
    p: usize,
) -> Option<(&'static str, Msg)> {
    rules
        .iter()
        .filter(|r| r.bans())
        .find_map(|r| r.forbids(ctx, o, p).map(|why| (r.code(), why)))
}

/// Every rule's reason for forbidding (o, p).
pub fn all_bans(
    rules: &[Box<dyn Rule>],
    ctx: &Ctx,
    o: usize,
    p: usize,
) -> Vec<(&'static str, Msg)> {
    rules
        .iter()
        .filter(|r| r.bans())
        .filter_map(|r| r.forbids(ctx, o, p).map(|why| (r.code(), why)))
        .collect()
}

/// Every enabled soft rule that would forbid (o, p), with its reason and the points a
/// breach costs.
pub fn soft_bans(
    rules: &[Box<dyn Rule>],
    ctx: &Ctx,
    o: usize,
    p: usize,
) -> Vec<(&'static str, Msg, i64)> {
    rules
        .iter()
        .filter(|r| r.enabled())
        .filter_map(|r| {
            let pen = r.soft()?;
            r.forbids(ctx, o, p).map(|why| (r.code(), why, pen))
        })
        .collect()
}

/// How many candidates the hard rules leave open, and how many each rule excludes first;
/// the words behind "why is this post empty" and "why can't this official move".
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Exclusions {
    pub open: Vec<usize>,
    pub by: BTreeMap<&'static str, usize>,
    /// The reason of the first exclusion of each rule, for a single-rule explanation.
    pub first_reason: BTreeMap<&'static str, Msg>,
}

impl Exclusions {
    fn add(&mut self, rules: &[Box<dyn Rule>], ctx: &Ctx, o: usize, p: usize, open: usize) {
        match first_ban(rules, ctx, o, p) {
            None => self.open.push(open),
            Some((code, why)) => {
                *self.by.entry(code).or_default() += 1;
                self.first_reason.entry(code).or_insert(why);
            }
        }
    }

    /// The posts other than `except` that official `o` could take.
    pub fn of_official(
        rules: &[Box<dyn Rule>],
        ctx: &Ctx,
        o: usize,
        except: Option<usize>,
    ) -> Exclusions {
        let mut e = Exclusions::default();
        for p in (0..ctx.scenario().posts.len()).filter(|&p| Some(p) != except) {
            e.add(rules, ctx, o, p, p);
        }
        e
    }

    /// The officials for whom `skip` is false that could take post `p`.
    pub fn of_post(
        rules: &[Box<dyn Rule>],
        ctx: &Ctx,
        p: usize,
        skip: impl Fn(usize) -> bool,
    ) -> Exclusions {
        let mut e = Exclusions::default();
        let n = ctx.scenario().officials.len();
        let first = rules.iter().find(|r| r.bans());
        let possible = first.and_then(|r| r.possible_holders(ctx, p));
        let Some((first, possible)) = first.zip(possible) else {
            for o in (0..n).filter(|&o| !skip(o)) {
                e.add(rules, ctx, o, p, o);
            }
            return e;
        };
        // The first rule excludes everyone outside `possible`, and a full scan would
        // count them under it too.
        let mut inside = vec![false; n];
        for &o in &possible {
            inside[o] = true;
        }
        let mut outside = (0..n).filter(|&o| !inside[o] && !skip(o));
        if let Some(o) = outside.next() {
            *e.by.entry(first.code()).or_default() += 1 + outside.count();
            if let Some(why) = first.forbids(ctx, o, p) {
                e.first_reason.entry(first.code()).or_insert(why);
            }
        }
        for o in possible.into_iter().filter(|&o| !skip(o)) {
            e.add(rules, ctx, o, p, o);
        }
        e
    }

    /// "3 by non_local, 1 by term_limit", or "none" when nothing was excluded.
    pub fn by_rule(&self, lang: crate::messages::Lang) -> String {
        self.by_rule_msg().render(lang)
    }

    /// `by_rule` as a message.
    pub fn by_rule_msg(&self) -> Msg {
        if self.by.is_empty() {
            return Msg::new(K::ExcludedNone);
        }
        let parts = self
            .by
            .iter()
            .map(|(c, n)| {
                Msg::new(K::ExcludedBy)
                    .arg("n", n)
                    .msg("rule", rule_name(c))
            })
            .collect();
        Msg::new(K::ListOnly).list("items", parts)
    }
}

#[cfg(test)]
pub(crate) mod testkit {
    //! A small scenario to test rules alone: two units of one district, four posts.
    use crate::scenario::{parse, Scenario};

    pub const BASE: &str = r#"
name: test
year: 2026
units:
  - { id: q1, name: Quận 1, level: district, bloc: government }
  - { id: pn, name: Phú Nhuận, level: district, bloc: government }
posts:
  - { id: q1-edu, unit: q1, title: Trưởng phòng GD, role: head, sector: education }
  - { id: pn-edu, unit: pn, title: Trưởng phòng GD, role: head, sector: education }
  - { id: q1-fin, unit: q1, title: Trưởng phòng TC, role: head, sector: finance }
  - { id: pn-dep, unit: pn, title: Phó phòng GD, role: deputy, sector: education }
officials:
  - { id: a, name: An, post: q1-edu, since: 2015, born: 1970, sex: female, home: [q1], experience: { education: 25 } }
  - { id: b, name: Bình, post: pn-edu, since: 2020, born: 1975, sex: male, home: [pn], experience: { education: 20 } }
  - { id: c, name: Cường, post: q1-fin, since: 2022, born: 1980, sex: male, experience: { finance: 12 } }
  - { id: d, name: Dung, post: pn-dep, since: 2021, born: 1985, sex: female, experience: { education: 10 } }
"#;

    /// The base scenario with `extra` YAML appended (rules, pins, weights).
    pub fn scenario(extra: &str) -> Scenario {
        parse(&format!("{BASE}{extra}")).expect("test scenario is valid")
    }

    /// What `rule` says of official `o` taking post `p`, by ids, in English.
    pub fn ban(rule: &dyn super::Rule, s: &Scenario, o: &str, p: &str) -> Option<String> {
        let ix = crate::scenario::Index::new(s);
        let rules = super::all(s);
        let ctx = super::Ctx::new(&ix, &rules);
        let o = ix.official_index(&o.into()).expect("known official");
        let p = ix.post_index(&p.into()).expect("known post");
        rule.forbids(&ctx, o, p)
            .map(|m| m.render(crate::messages::Lang::En))
    }

    /// What `rule` costs for official `o` holding post `p`, by ids.
    pub fn cost(rule: &dyn super::Rule, s: &Scenario, o: &str, p: &str) -> i64 {
        let ix = crate::scenario::Index::new(s);
        let ctx = super::Ctx::new(&ix, &super::all(s));
        let o = ix.official_index(&o.into()).expect("known official");
        let p = ix.post_index(&p.into()).expect("known post");
        rule.cost(&ctx, o, p)
    }
}
