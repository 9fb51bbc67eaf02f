//! Why a scenario has no feasible plan, as a minimal conflict: a set of facts (a rule's
//! demand on a person, a pair of relatives, a unit, or everyone) whose lifting gives a
//! plan, while lifting all but any one of them does not. A cheap elastic repair proposes
//! the facts; the world with them lifted is solved afresh, and each fact is dropped in turn
//! while a plan survives. Each fact left is told with its reasons, and given ways out, each
//! solved before it is offered.

use super::facts::{minimal, Breadth, Fact, Lift, Outcome, World, FRAME};
use crate::messages::{Lang, Msg, K};
use crate::model::{build, Model, Part, Row, Sense};
use crate::rules::{
    self, all_bans, cited, kept_by, rule_label, Composition, Ctx, Exclusions, Rule,
};
use crate::scenario::{About, Index, OfficialId, Scenario};
use crate::solve::{priced_conflict, rows_unmet, solve_mip, Backend, Failure, Limits};
use std::collections::BTreeSet;
use std::fmt;

/// Above any soft rule's penalty (at most 100,000), so the repair tells its rows apart.
const PENALTY: i64 = 1_000_000;

/// Beyond this many facts, a conflict is not searched for among all of them.
const MAX_FACTS: usize = 400;

/// Parts with no plan repaired one after another, at most.
const MAX_PARTS: usize = 32;

/// Ways out tried for one fact, at most.
const MAX_WAYS_TRIED: usize = 16;

/// One fact of a minimal conflict, with the reasons it cannot hold along with the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The facts, one or several that only together lift (the bans that each force one
    /// official out); none for the frame itself (more people than seats).
    pub facts: Vec<Fact>,
    /// Every rule the reasons name, the fact's own first.
    pub rules: Vec<&'static str>,
    /// The reasons, one clause each, and what follows from them.
    pub reasons: Vec<Msg>,
    pub then: Msg,
    /// Changes that lift it, narrowest first, each solved: with it (and the conflict's
    /// other facts lifted), a plan exists.
    pub ways: Vec<Way>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Way {
    pub breadth: Breadth,
    pub text: Msg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    pub scenario: String,
    pub conflicts: Vec<Conflict>,
    /// Proven minimal; false when the time limit or the solver stopped a check, so the
    /// facts suffice but fewer might.
    pub minimal: bool,
}

impl Diagnosis {
    /// The rules named by any conflict, sorted.
    pub fn rules(&self) -> BTreeSet<&'static str> {
        self.conflicts
            .iter()
            .flat_map(|c| c.rules.iter().copied())
            .collect()
    }

    /// The facts of the conflict.
    pub fn facts(&self) -> Vec<&Fact> {
        self.conflicts.iter().flat_map(|c| &c.facts).collect()
    }
}

/// A diagnosis as data, for `--format json|yaml`: the status, each fact of the conflict
/// with its rules, its words and its ways out, and every rule involved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DiagnosisDoc {
    pub scenario: String,
    pub status: String,
    /// Whether the conflict is proven minimal.
    pub minimal: bool,
    pub conflicts: Vec<ConflictDoc>,
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConflictDoc {
    /// Its facts: each a rule and whom it is about (none for the seats themselves).
    pub facts: Vec<FactDoc>,
    pub rules: Vec<String>,
    pub text: String,
    pub ways_out: Vec<WayDoc>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FactDoc {
    pub rule: String,
    pub about: About,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WayDoc {
    pub breadth: Breadth,
    pub text: String,
}

impl Diagnosis {
    /// The diagnosis as data, its words in `lang`.
    pub fn document(&self, lang: Lang) -> DiagnosisDoc {
        let texts = self.texts(lang);
        DiagnosisDoc {
            scenario: self.scenario.clone(),
            status: "infeasible".into(),
            minimal: self.minimal,
            conflicts: self
                .conflicts
                .iter()
                .zip(texts)
                .map(|(c, text)| ConflictDoc {
                    facts: c
                        .facts
                        .iter()
                        .map(|f| FactDoc {
                            rule: f.rule.to_string(),
                            about: f.about.clone(),
                        })
                        .collect(),
                    rules: c.rules.iter().map(|r| r.to_string()).collect(),
                    text,
                    ways_out: c
                        .ways
                        .iter()
                        .map(|w| WayDoc {
                            breadth: w.breadth,
                            text: w.text.render(lang),
                        })
                        .collect(),
                })
                .collect(),
            rules: self.rules().into_iter().map(str::to_string).collect(),
        }
    }

    /// Each conflict's sentence: "Because A; and B, C." A reason an earlier conflict gave
    /// is not said again but referred to.
    fn texts(&self, lang: Lang) -> Vec<String> {
        // Each reason said, with the number of the conflict that said it.
        let mut said: Vec<(String, usize)> = Vec::new();
        self.conflicts
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let mut reasons = Vec::new();
                for r in &c.reasons {
                    let text = r.render(lang);
                    match said.iter().find(|(s, _)| *s == text) {
                        Some(&(_, i)) => {
                            let again = Msg::new(K::DiagAsIn).arg("n", i + 1);
                            if !reasons.contains(&again) {
                                reasons.push(again);
                            }
                        }
                        None => {
                            said.push((text, n));
                            reasons.push(r.clone());
                        }
                    }
                }
                Msg::new(K::DiagBecause)
                    .joined("reasons", reasons, Msg::new(K::DiagAnd))
                    .msg("then", c.then.clone())
                    .render(lang)
            })
            .collect()
    }

    /// The diagnosis in words, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = Msg::new(K::DiagTitle)
            .arg("scenario", &self.scenario)
            .render(lang);
        out.push('\n');
        let head = if self.minimal {
            K::DiagMinimal
        } else {
            K::DiagCutShort
        };
        out.push_str(&Msg::new(head).render(lang));
        out.push('\n');
        for (i, (c, text)) in self.conflicts.iter().zip(self.texts(lang)).enumerate() {
            out.push_str(&format!(
                "  {}. [{}] {text}\n",
                i + 1,
                labels(&c.rules, lang)
            ));
        }
        if self.conflicts.iter().any(|c| !c.ways.is_empty()) {
            out.push_str(&Msg::new(K::DiagWays).render(lang));
            out.push('\n');
            // Numbered within their conflict ("2.1" is conflict 2's first) when there are
            // several.
            let several = self.conflicts.len() > 1;
            for (i, c) in self.conflicts.iter().enumerate() {
                for (j, w) in c.ways.iter().enumerate() {
                    let n = if several {
                        format!("{}.{}", i + 1, j + 1)
                    } else {
                        format!("{}", j + 1)
                    };
                    out.push_str(&format!("  {n}. {}\n", way_words(w).render(lang)));
                }
            }
        }
        out.push_str(
            &Msg::new(K::DiagRules)
                .arg(
                    "rules",
                    labels(&self.rules().into_iter().collect::<Vec<_>>(), lang),
                )
                .render(lang),
        );
        out
    }

    /// Every conflict on one line: "[rules] Because …".
    pub fn one_line(&self, lang: Lang) -> String {
        self.conflicts
            .iter()
            .zip(self.texts(lang))
            .map(|(c, text)| format!("[{}] {text}", labels(&c.rules, lang)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn labels(rules: &[&'static str], lang: Lang) -> String {
    rules
        .iter()
        .map(|r| rule_label(r).render(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn way_words(w: &Way) -> Msg {
    let breadth = match w.breadth {
        Breadth::Person => K::BreadthPerson,
        Breadth::Pair => K::BreadthPair,
        Breadth::Unit => K::BreadthUnit,
        Breadth::Whole => K::BreadthWhole,
    };
    Msg::new(K::DiagBreadth)
        .msg("breadth", Msg::new(breadth))
        .msg("way", w.text.clone())
}

impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Explains why `model` (built for `ctx`'s scenario) has no plan; `part`, when known, is
/// the independent part that has none, where the elastic repair looks first.
pub fn diagnose(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    model: &Model,
    part: Option<&Part>,
    backend: Backend,
    limits: &Limits,
) -> Diagnosis {
    let world = World::new(ctx, rules, model, backend, limits);
    let found = seeds(&world, model, part)
        .and_then(|s| minimal(&world, s))
        .or_else(|| {
            let all = every_fact(&world, model, part);
            (all.len() <= MAX_FACTS)
                .then(|| minimal(&world, all))
                .flatten()
        });
    let scenario = ctx.scenario().name.clone();
    let Some((facts, after, sure)) = found else {
        // Nothing lifted gives a plan, or the time ran out first.
        let text = if limits.expired() {
            K::DiagTimeLimit
        } else {
            K::DiagSeats
        };
        return Diagnosis {
            scenario,
            conflicts: vec![Conflict {
                facts: Vec::new(),
                rules: vec!["capacity"],
                reasons: vec![Msg::new(text)],
                then: Msg::new(K::DiagNoPlan),
                ways: Vec::new(),
            }],
            minimal: !limits.expired(),
        };
    };
    let conflicts = groups(&world, &facts)
        .into_iter()
        .map(|group| {
            let mut c = tell(&world, model, &group, &after);
            c.ways = ways_out(&world, model, &facts, &c, &after);
            c.ways.sort_by_key(|w| w.breadth);
            c
        })
        .collect();
    Diagnosis {
        scenario,
        conflicts,
        minimal: sure,
    }
}

/// Facts whose lifting gives a plan, by elastic repair of one part with no plan after
/// another (a model may have several). None when a repair finds nothing or fails.
fn seeds(world: &World, model: &Model, part: Option<&Part>) -> Option<Lift> {
    let (ctx, rules) = (world.ctx, world.rules);
    let (backend, limits) = (world.backend(), world.limits());
    let mut seed = Lift::new();
    let (mut model, mut part) = (model.clone(), part.cloned());
    for _ in 0..MAX_PARTS {
        // Rows no placement can meet need no repair to be found.
        let whole;
        let here = match &part {
            Some(p) => p,
            None => {
                whole = Part::whole(&model);
                &whole
            }
        };
        let unmet = rows_unmet(&model, here);
        let unmet: Lift = unmet
            .into_iter()
            .map(|r| row_fact(&model.rows[r]))
            .collect();
        // Rows whose prices prove that they cannot all hold, else the elastic repair.
        let priced = || {
            let rows = priced_conflict(&model, here, limits)?;
            let facts: Lift = rows.iter().map(|&r| row_fact(&model.rows[r])).collect();
            (!facts.is_empty()).then_some(facts)
        };
        let more = if !unmet.is_empty() {
            unmet
        } else if let Some(facts) = priced() {
            facts
        } else {
            let local = part.as_ref().map(|p| model.restrict(p));
            let local = local.as_ref().unwrap_or(&model);
            elastic_seed(ctx, rules, local, backend, limits)?
        };
        if more.is_subset(&seed) {
            return None;
        }
        seed.extend(more);
        match world.attempt(&seed) {
            (_, Ok(_)) => return Some(seed),
            (next, Err(Failure::Infeasible(p))) => (model, part) = (next, p),
            (_, Err(Failure::Other(_) | Failure::OutOfTime | Failure::Caps(_))) => return None,
        }
    }
    None
}

/// The facts the cheapest elastic repair of `model` breaks: its rule rows may be missed and
/// forbidden stays taken, both at a high price. None when the repair finds nothing.
fn elastic_seed(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    model: &Model,
    backend: Backend,
    limits: &Limits,
) -> Option<Lift> {
    let ix = ctx.ix;
    let mut pairs = model.cands.pairs.clone();
    let mut rows: Vec<Row> = model.rows.clone();
    let mut forced_stays = Vec::new();
    let mut placed = vec![false; ix.scenario.officials.len()];
    for &(o, _) in &pairs {
        placed[o] = true;
    }
    let mut official_row = model.official_row.clone();
    for (o, cur) in ix.current.iter().enumerate() {
        let Some(cur) = *cur else { continue };
        // The officials of this model it cannot keep in place, and those no model can
        // place at all (a part of the model never holds them).
        if (official_row[o].is_none() && placed[o]) || pairs.contains(&(o, cur)) {
            continue;
        }
        let k = pairs.len();
        pairs.push((o, cur));
        forced_stays.push((k, o, cur));
        match official_row[o] {
            Some(r) => rows[r].terms.push((k, 1.0)),
            None => {
                official_row[o] = Some(rows.len());
                let text = Msg::new(K::RowHoldsOne).arg("name", &ix.official(o).name);
                let mut row = Row::at_most(vec![(k, 1.0)], 1.0, "assignment", text);
                row.sense = Sense::Eq;
                rows.push(row);
            }
        }
    }
    // A forced stay keeps its seat: the post's capacity must count it.
    for &(_, _, cur) in &forced_stays {
        let terms = (0..pairs.len())
            .filter(|&j| pairs[j].1 == cur)
            .map(|j| (j, 1.0))
            .collect();
        let cap = ix.post(cur).capacity as f64;
        let text = Msg::new(K::RowCapacity)
            .arg("post", ix.post_label(cur))
            .arg("n", cap);
        rows.push(Row::at_most(terms, cap, "capacity", text));
    }
    // A soft rule's rows keep their own penalty: missing one is no fact to lift.
    for r in rows.iter_mut() {
        if !FRAME.contains(&r.origin.rule) && r.elastic.is_none() {
            r.elastic = Some(PENALTY);
        }
    }
    let mut terms = model.terms.clone();
    terms.extend(forced_stays.iter().map(|_| {
        // Dearer than missing a row by one: a row the repair misses tells whom it
        // counts, and why each must leave or may not.
        let mut t = [0; crate::rules::TERMS];
        t[0] = PENALTY + PENALTY / 10;
        t
    }));
    let elastic = Model {
        cands: crate::model::Candidates::new(
            ix.scenario.officials.len(),
            ix.scenario.posts.len(),
            pairs,
        ),
        terms,
        rows,
        constant: model.constant,
        official_row,
        must_place: model.must_place.clone(),
        post_capacity: model.post_capacity.clone(),
        start: None,
        current: model.current.clone(),
        exchange: None,
    };
    let limits = Limits {
        split: false,
        flow: false,
        ..limits.clone()
    };
    let sol = solve_mip(&elastic, backend, &limits).ok()?;
    let mut seed = Lift::new();
    for &(k, o, cur) in &forced_stays {
        if sol.chosen[k] {
            for (code, _) in all_bans(rules, ctx, o, cur) {
                if !FRAME.contains(&code) {
                    seed.insert(Fact::ban(ctx, code, o, cur));
                }
            }
        }
    }
    for (r, &excess) in elastic.rows.iter().zip(&sol.excess) {
        if excess > 0.5 && !FRAME.contains(&r.origin.rule) && r.elastic == Some(PENALTY) {
            seed.insert(row_fact(r));
        }
    }
    (!seed.is_empty()).then_some(seed)
}

fn row_fact(r: &Row) -> Fact {
    Fact {
        rule: r.origin.rule,
        about: r.origin.about.clone(),
    }
}

/// Every fact of the officials and rows of `part` (the whole model when None).
fn every_fact(world: &World, model: &Model, part: Option<&Part>) -> Lift {
    let mut officials = BTreeSet::new();
    let mut rows = BTreeSet::new();
    match part {
        Some(p) => {
            officials.extend(p.pairs.iter().map(|&k| model.cands.pairs[k].0));
            rows.extend(p.rows.iter().copied());
        }
        None => {
            officials.extend(0..model.must_place.len());
            rows.extend(0..model.rows.len());
        }
    }
    let mut facts: Lift = officials
        .into_iter()
        .flat_map(|o| world.bans_of(o).into_keys())
        .collect();
    facts.extend(
        rows.into_iter()
            .map(|r| &model.rows[r])
            .filter(|r| !FRAME.contains(&r.origin.rule))
            .map(row_fact),
    );
    facts
}

/// The official a fact is about, if one.
fn person(ix: &Index, f: &Fact) -> Option<usize> {
    match &f.about {
        About::Official { official, .. } => ix.official_index(official),
        _ => None,
    }
}

/// How many of those a row counts are told with their reason, and how many more named.
const ROW_TOLD: usize = 3;
const ROW_NAMED: usize = 5;

/// The officials whose placement in `after` the rows of fact `f` count.
fn counted(model: &Model, f: &Fact, after: &[Option<usize>]) -> Vec<usize> {
    let mut inside = BTreeSet::new();
    for r in model.rows.iter().filter(|r| row_fact(r) == *f) {
        inside.extend(r.terms.iter().map(|&(k, _)| k));
    }
    (0..after.len())
        .filter(|&o| {
            after[o].is_some_and(|p| {
                model.cands.of_official[o]
                    .iter()
                    .any(|&k| model.cands.pairs[k].1 == p && inside.contains(&k))
            })
        })
        .collect()
}

/// Whether `f` is a demand that official `o` leave the current post.
fn must_leave(world: &World, f: &Fact, o: usize) -> Option<usize> {
    let cur = world.ctx.ix.current[o]?;
    let stay = matches!(f.about, About::Official { stay: true, .. });
    let pinned_out = f.rule == "pins" && !world.base(o).contains(&cur);
    (stay || pinned_out).then_some(cur)
}

/// The conflict's facts in the order told, those that together force one official out
/// in one group.
fn groups(world: &World, facts: &Lift) -> Vec<Vec<Fact>> {
    let ix = world.ctx.ix;
    let leaving = |f: &Fact| person(ix, f).filter(|&o| must_leave(world, f, o).is_some());
    // Rules in the order the scenario lists them (term limit before non-local).
    let rank = |code: &str| world.rules.iter().position(|r| r.code() == code);
    let mut order: Vec<&Fact> = facts.iter().collect();
    order.sort_by_key(|f| (f.breadth(), f.about.clone(), rank(f.rule)));
    let mut out: Vec<Vec<Fact>> = Vec::new();
    for f in order {
        let same = leaving(f).and_then(|o| out.iter_mut().find(|g| leaving(&g[0]) == Some(o)));
        match same {
            Some(g) => g.push(f.clone()),
            None => out.push(vec![f.clone()]),
        }
    }
    out
}

/// What the conflict's facts `group` demand and why that cannot be had with the rest;
/// `after` is a plan of the world with the whole conflict lifted, which must break them.
fn tell(world: &World, model: &Model, group: &[Fact], after: &[Option<usize>]) -> Conflict {
    let ix = world.ctx.ix;
    let f = &group[0];
    let mut c = Conflict {
        facts: group.to_vec(),
        rules: group.iter().map(|f| f.rule).collect(),
        reasons: Vec::new(),
        then: Msg::new(K::DiagNoPlan),
        ways: Vec::new(),
    };
    let Some(o) = person(ix, f) else {
        // A row's demand: the row says it, and whom the plan that breaks it counts.
        let mut seen = BTreeSet::new();
        // The exchange caps' rows are cuts found while solving, one per cycle or chain
        // tried: the caps themselves say it once.
        if f.rule == "exchange" {
            if let Some(rule) = world.rules.iter().find(|r| r.code() == f.rule) {
                let text = cited(f.rule, rule.summary());
                c.reasons.push(Msg::new(K::DiagRowFact).msg("row", text));
            }
        }
        for r in model
            .rows
            .iter()
            .filter(|r| row_fact(r) == *f && r.origin.rule != "exchange")
        {
            let text = cited(f.rule, r.origin.text.clone());
            if seen.insert(text.render(Lang::En)) {
                c.reasons.push(Msg::new(K::DiagRowFact).msg("row", text));
            }
        }
        // The first few it counts who must leave, or may not, say why; the others are
        // counted by the rule that forces them, and the rest named (a move limit can count
        // hundreds).
        let mut names: Vec<Msg> = Vec::new();
        let mut told = 0;
        let mut more = crate::rules::Exclusions::default();
        for h in counted(model, f, after) {
            let Some(cur) = ix.current[h] else {
                names.push(Msg::from(&ix.official(h).name));
                continue;
            };
            let stay_bans = all_bans(world.rules, world.ctx, h, cur);
            let forced = after[h] != Some(cur) && !stay_bans.is_empty();
            let kept = (after[h] == Some(cur))
                .then(|| kept_by(world.rules, world.ctx, h))
                .flatten();
            // The rule that makes them count, if one does.
            let code = match (&kept, forced) {
                (_, true) => Some(stay_bans[0].0),
                (Some((code, _)), false) => Some(*code),
                (None, false) => None,
            };
            if let Some(code) = code.filter(|_| told >= ROW_TOLD) {
                push_rule(&mut c.rules, code);
                *more.by.entry(code).or_default() += 1;
                continue;
            }
            told += usize::from(code.is_some());
            if forced {
                let why: Vec<Msg> = stay_bans
                    .into_iter()
                    .map(|(code, why)| {
                        push_rule(&mut c.rules, code);
                        cited(code, why)
                    })
                    .collect();
                c.reasons.push(
                    Msg::new(K::DiagMustLeave)
                        .arg("name", &ix.official(h).name)
                        .arg("post", ix.post_label(cur))
                        .joined("why", why, Msg::new(K::DiagJoin)),
                );
            } else if let Some((code, why)) = kept {
                push_rule(&mut c.rules, code);
                c.reasons.push(
                    Msg::new(K::DiagMayNotLeave)
                        .arg("name", &ix.official(h).name)
                        .arg("post", ix.post_label(cur))
                        .msg("why", cited(code, why)),
                );
            } else {
                names.push(Msg::from(&ix.official(h).name));
            }
        }
        if !more.by.is_empty() {
            c.reasons
                .push(Msg::new(K::DiagRowMore).msg("by", more.by_rule_msg()));
        }
        if !names.is_empty() {
            let n = names.len();
            names.truncate(ROW_NAMED);
            c.reasons.push(if n > ROW_NAMED {
                Msg::new(K::DiagRowCountsMore)
                    .list("names", names)
                    .arg("n", n - ROW_NAMED)
            } else {
                Msg::new(K::DiagRowCounts).list("names", names)
            });
        }
        return c;
    };
    let name = &ix.official(o).name;
    if let Some(cur) = must_leave(world, f, o) {
        dead_end(world, model, o, cur, &mut c);
        return c;
    }
    // A ban on other posts: the post the lifted plan gives them, and why it may not.
    let p = after[o].filter(|&p| rule_forbids(world, f.rule, o, p).is_some());
    match p {
        Some(p) => {
            let why = rule_forbids(world, f.rule, o, p).expect("filtered");
            let key = if ix.current[o] == Some(p) {
                K::DiagMayNotStay
            } else {
                K::DiagMayNotTake
            };
            c.reasons.push(
                Msg::new(key)
                    .arg("name", name)
                    .arg("post", ix.post_label(p))
                    .msg("why", cited(f.rule, why)),
            );
        }
        None => c.reasons.push(
            Msg::new(K::DiagRowFact).msg(
                "row",
                Msg::new(K::FixLetTake)
                    .arg("name", name)
                    .msg("rule", rule_label(f.rule)),
            ),
        ),
    }
    c
}

fn rule_forbids(world: &World, code: &str, o: usize, p: usize) -> Option<Msg> {
    world
        .rules
        .iter()
        .find(|r| r.code() == code && r.bans())
        .and_then(|r| r.forbids(world.ctx, o, p))
}

/// Official `o` must leave `cur`: why, the posts open to them and what holds each, and
/// why every other post is closed.
fn dead_end(world: &World, model: &Model, o: usize, cur: usize, c: &mut Conflict) {
    let (ctx, ix, rules) = (world.ctx, world.ctx.ix, world.rules);
    let name = &ix.official(o).name;
    let stay_bans = all_bans(rules, ctx, o, cur);
    for (code, _) in &stay_bans {
        push_rule(&mut c.rules, code);
    }
    let why: Vec<Msg> = stay_bans
        .into_iter()
        .map(|(code, why)| cited(code, why))
        .collect();
    c.reasons.push(
        Msg::new(K::DiagMustLeave)
            .arg("name", name)
            .arg("post", ix.post_label(cur))
            .joined("why", why, Msg::new(K::DiagJoin)),
    );
    let open: Vec<usize> = world
        .base(o)
        .iter()
        .copied()
        .filter(|&q| q != cur)
        .collect();
    let mut told = Vec::new();
    for &q in &open {
        let (blocked, rules_named) = blocked(world, model, o, q);
        for r in rules_named {
            push_rule(&mut c.rules, r);
        }
        told.push(
            Msg::new(K::DiagOpenPost)
                .arg("post", ix.post_label(q))
                .msg("blocked", blocked),
        );
    }
    let closed = Exclusions::of_official(rules, ctx, o, Some(cur));
    match told.len() {
        0 if !closed.by.is_empty() => {}
        0 => c.reasons.push(Msg::new(K::DiagOpenNone)),
        1 => {
            let q = open[0];
            let (blocked, _) = blocked(world, model, o, q);
            c.reasons.push(
                Msg::new(K::DiagOpenOnly)
                    .arg("post", ix.post_label(q))
                    .msg("blocked", blocked),
            );
        }
        n => c.reasons.push(Msg::new(K::DiagOpenSome).arg("n", n).joined(
            "posts",
            told,
            Msg::new(K::DiagJoin),
        )),
    }
    for code in closed.by.keys() {
        push_rule(&mut c.rules, code);
    }
    if !closed.by.is_empty() {
        c.reasons
            .push(Msg::new(K::DiagClosedRest).msg("by", closed.by_rule_msg()));
    } else if open.is_empty() {
        c.reasons.push(Msg::new(K::NoOtherPost));
    }
    c.then = Msg::new(K::DiagNoPostFor).arg("name", name);
}

/// Adds a rule the conflict names; the frame (scope, seats) is no rule to lift.
fn push_rule(rules: &mut Vec<&'static str>, code: &'static str) {
    if !rules.contains(&code) && !FRAME.contains(&code) {
        rules.push(code);
    }
}

/// Why post `q`, open to official `o`, cannot be theirs, and the rules that say so.
fn blocked(world: &World, model: &Model, o: usize, q: usize) -> (Msg, Vec<&'static str>) {
    let (ctx, ix) = (world.ctx, world.ctx.ix);
    // Holders who may hold nothing else fill the post.
    let stuck: Vec<usize> = (0..ix.current.len())
        .filter(|&h| h != o && ix.current[h] == Some(q) && world.base(h) == [q])
        .collect();
    if !stuck.is_empty() && stuck.len() >= ix.post(q).capacity as usize {
        let h = stuck[0];
        let name = &ix.official(h).name;
        return match kept_by(world.rules, ctx, h) {
            Some((code, why)) => (
                Msg::new(K::DiagHeldBy)
                    .arg("name", name)
                    .msg("why", cited(code, why)),
                vec![code],
            ),
            None => (Msg::new(K::DiagHeldStuck).arg("name", name), Vec::new()),
        };
    }
    let Some(k) = model.cands.of_official[o]
        .iter()
        .copied()
        .find(|&k| model.cands.pairs[k].1 == q)
    else {
        return (Msg::new(K::DiagNeededBy), Vec::new());
    };
    for r in &model.rows {
        if FRAME.contains(&r.origin.rule) || !r.terms.iter().any(|&(j, _)| j == k) {
            continue;
        }
        if let About::Relatives { a, b } = &r.origin.about {
            let other = [a, b]
                .into_iter()
                .filter_map(|id| ix.official_index(id))
                .find(|&x| x != o);
            if let Some(other) = other {
                let inside: BTreeSet<usize> = r.terms.iter().map(|&(j, _)| j).collect();
                if model.cands.of_official[other]
                    .iter()
                    .all(|j| inside.contains(j))
                {
                    return (
                        Msg::new(K::DiagRelativeOnly)
                            .msg("row", cited(r.origin.rule, r.origin.text.clone()))
                            .arg("name", &ix.official(other).name),
                        vec![r.origin.rule],
                    );
                }
            }
        }
        if r.sense == Sense::Le && r.rhs < 1.0 {
            return (
                Msg::new(K::DiagRowBars).msg("row", cited(r.origin.rule, r.origin.text.clone())),
                vec![r.origin.rule],
            );
        }
    }
    (Msg::new(K::DiagNeededBy), Vec::new())
}

/// A change that may lift a fact: lift another fact in its place, or edit the scenario
/// as a planner would.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Lift(Vec<Fact>),
    PhaseIn(usize),
    ReleasePin(usize),
    Off(&'static str),
}

/// The ways out of `c`, part of the conflict `facts`: changes that, with the conflict's
/// other facts lifted, give a plan; each solved.
fn ways_out(
    world: &World,
    model: &Model,
    facts: &Lift,
    c: &Conflict,
    after: &[Option<usize>],
) -> Vec<Way> {
    let ix = world.ctx.ix;
    let s = world.ctx.scenario();
    let Some(f) = c.facts.first() else {
        return Vec::new();
    };
    let who = person(ix, f);
    let forcing = |g: &Fact| matches!(g.rule, "term_limit" | "non_local");
    let mut tries: Vec<Change> = Vec::new();
    let mut add = |ch: Change| {
        if !tries.contains(&ch) {
            tries.push(ch);
        }
    };
    match who {
        Some(o) if must_leave(world, f, o).is_some() && c.facts.iter().all(forcing) => {
            add(Change::PhaseIn(o))
        }
        Some(o) if c.facts.len() == 1 && f.rule == "pins" => add(Change::ReleasePin(o)),
        _ => add(Change::Lift(c.facts.clone())),
    }
    if who.is_none() && one_short(model, f) {
        // A row's demand: those it counts who are forced to move may wait instead.
        for o in counted(model, f, after) {
            let Some(cur) = ix.current[o] else { continue };
            let stays: Vec<Fact> = all_bans(world.rules, world.ctx, o, cur)
                .into_iter()
                .filter(|(code, _)| !FRAME.contains(code))
                .map(|(code, _)| Fact::ban(world.ctx, code, o, cur))
                .collect();
            if !stays.is_empty() && stays.iter().all(forcing) {
                add(Change::PhaseIn(o));
            } else if !stays.is_empty() {
                add(Change::Lift(stays));
            }
            // Those it counts where they are now may be let go.
            if after[o] == Some(cur) {
                for fact in world.bans_of(o).into_keys() {
                    match (&fact.about, fact.rule) {
                        (_, "pins") => add(Change::ReleasePin(o)),
                        (About::Official { stay: false, .. }, _) => add(Change::Lift(vec![fact])),
                        _ => {}
                    }
                }
            }
        }
    }
    if let Some(o) = who.filter(|&o| must_leave(world, f, o).is_some()) {
        // Let them take a post a rule closes, or let whoever holds an open post go.
        for code in c.rules.iter().filter(|r| !FRAME.contains(r)) {
            if *code != "pins" {
                add(Change::Lift(vec![move_fact(ix, code, o)]));
            }
        }
        let cur = ix.current[o];
        for &q in world.base(o).iter().filter(|&&q| Some(q) != cur) {
            for h in (0..ix.current.len()).filter(|&h| ix.current[h] == Some(q) && h != o) {
                for fact in world.bans_of(h).into_keys() {
                    match (&fact.about, fact.rule) {
                        (_, "pins") => add(Change::ReleasePin(h)),
                        (About::Official { stay: false, .. }, _) => add(Change::Lift(vec![fact])),
                        _ => {}
                    }
                }
            }
        }
        // The rows over their pairs: relatives, unit caps, limits.
        for &k in &model.cands.of_official[o] {
            for r in model
                .rows
                .iter()
                .filter(|r| !FRAME.contains(&r.origin.rule))
            {
                if r.terms.iter().any(|&(j, _)| j == k) && r.origin.rule != "pins" {
                    add(Change::Lift(vec![row_fact(r)]));
                }
            }
        }
    }
    for &code in &c.rules {
        if rules::switch_off(&mut s.clone(), code) {
            add(Change::Off(code));
        }
    }
    let rest: Lift = facts
        .iter()
        .filter(|g| !c.facts.contains(g))
        .cloned()
        .collect();
    tries
        .into_iter()
        .take(MAX_WAYS_TRIED)
        .filter_map(|ch| {
            let outcome = match &ch {
                Change::Lift(gs) => {
                    let mut lift = rest.clone();
                    lift.extend(gs.iter().cloned());
                    world.outcome(&lift)
                }
                Change::PhaseIn(o) => edited(world, s, &rest, |s| {
                    s.rules.phase_in.enabled = true;
                    s.rules.phase_in.officials.push(s.officials[*o].id.clone());
                }),
                Change::ReleasePin(o) => {
                    let id = s.officials[*o].id.clone();
                    let rest: Lift = rest
                        .iter()
                        .filter(|g| !(g.rule == "pins" && person(ix, g) == Some(*o)))
                        .cloned()
                        .collect();
                    edited(world, s, &rest, |s| s.pins.retain(|p| p.official != id))
                }
                Change::Off(code) => {
                    let rest: Lift = rest.iter().filter(|g| g.rule != *code).cloned().collect();
                    edited(world, s, &rest, |s| {
                        rules::switch_off(s, code);
                    })
                }
            };
            let Outcome::Plan(after) = outcome else {
                return None;
            };
            let (breadth, text) = change_words(ix, &ch);
            let text = match who {
                Some(o) => then_words(ix, o, &after, text),
                None => text,
            };
            Some(Way { breadth, text })
        })
        // Lifting a rule's one fact about everyone and switching the rule off read alike.
        .fold(Vec::new(), |mut ways: Vec<Way>, w| {
            if !ways.iter().any(|v| v.text == w.text) {
                ways.push(w);
            }
            ways
        })
}

/// Whether the rows of fact `f` are missed by at most one in the best placement for them
/// alone: else no change for one person is worth solving.
fn one_short(model: &Model, f: &Fact) -> bool {
    let whole = Part::whole(model);
    model
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| row_fact(r) == *f)
        .all(|(r, row)| {
            crate::solve::row_floor(model, &whole, r)
                .is_none_or(|floor| floor as f64 <= row.rhs + 1.0)
        })
}

fn move_fact(ix: &Index, code: &'static str, o: usize) -> Fact {
    Fact {
        rule: code,
        about: About::Official {
            official: ix.official(o).id.clone(),
            stay: false,
        },
    }
}

/// The world of `s` edited by `edit`, with `lift` lifted.
fn edited(world: &World, s: &Scenario, lift: &Lift, edit: impl FnOnce(&mut Scenario)) -> Outcome {
    let mut s = s.clone();
    edit(&mut s);
    let ix = Index::new(&s);
    let rules = rules::all(&s);
    let ctx = Ctx::new(&ix, &rules);
    let model = build(&ctx, &rules);
    World::new(&ctx, &rules, &model, world.backend(), world.limits()).outcome(lift)
}

/// How far a change reaches, and what to write to make it.
fn change_words(ix: &Index, ch: &Change) -> (Breadth, Msg) {
    let named = |o: usize, key: K| {
        let off = ix.official(o);
        Msg::new(key).arg("name", &off.name).arg("id", &off.id)
    };
    let name_of = |id: &OfficialId| {
        ix.official_index(id)
            .map_or_else(|| id.0.clone(), |o| ix.official(o).name.clone())
    };
    match ch {
        Change::PhaseIn(o) => (Breadth::Person, named(*o, K::FixPhaseIn)),
        Change::ReleasePin(o) => (Breadth::Person, named(*o, K::FixReleasePin)),
        Change::Off(code) => (Breadth::Whole, off_words(code)),
        Change::Lift(fs) => {
            let f = &fs[0];
            let text = match &f.about {
                About::Official { official, stay } => {
                    let key = if *stay { K::FixLetStay } else { K::FixLetTake };
                    let rules = fs.iter().map(|g| rule_label(g.rule)).collect();
                    Msg::new(key)
                        .arg("name", name_of(official))
                        .msg("rule", Msg::new(K::ListOnly).list("items", rules))
                }
                About::Relatives { a, b } => Msg::new(K::FixRelatives)
                    .arg("a", name_of(a))
                    .arg("b", name_of(b))
                    .msg("rule", rule_label(f.rule)),
                About::Leadership { unit } => match ix.unit_index(unit) {
                    Some(u) => Msg::new(K::FixLeadership)
                        .msg("leadership", Composition::new(ix.scenario).name(ix, u)),
                    None => off_words(f.rule),
                },
                About::Arrivals { unit } | About::Departures { unit } | About::Balance { unit } => {
                    let key = match f.about {
                        About::Arrivals { .. } => K::FixArrivals,
                        About::Departures { .. } => K::FixDepartures,
                        _ => K::FixBalance,
                    };
                    let name = ix
                        .unit_index(unit)
                        .map_or_else(|| unit.0.clone(), |u| ix.scenario.units[u].name.clone());
                    Msg::new(key).arg("unit", name).arg("id", unit)
                }
                About::Whole => match f.rule {
                    "move_limit" => Msg::new(K::FixMoveLimit),
                    "phase_in" => Msg::new(K::FixPhaseInCount),
                    code => off_words(code),
                },
            };
            (f.breadth(), text)
        }
    }
}

fn off_words(code: &str) -> Msg {
    Msg::new(K::FixRuleOff)
        .msg("rule", rule_label(code))
        .arg("code", code)
}

/// `way`, followed by where it leaves official `o`.
fn then_words(ix: &Index, o: usize, after: &[Option<usize>], way: Msg) -> Msg {
    let Some(p) = after[o] else { return way };
    let key = if ix.current[o] == Some(p) {
        K::DiagThenStays
    } else {
        K::DiagThenTakes
    };
    Msg::new(key)
        .msg("way", way)
        .arg("name", &ix.official(o).name)
        .arg("post", ix.post_label(p))
}
