//! The independent checker. It re-reads a plan file and checks every hard rule and the
//! reported cost against the scenario, concern by concern, with its own code: it shares
//! nothing with the rules or the model builder beyond the scenario types, so a bug there
//! does not hide itself here.

use crate::error::{Error, Problem, Result};
use crate::messages::{Lang, Msg, K};
use crate::plan::{Assignment, CostDoc, GroupKind};
use crate::rules::CostTerm;
use crate::scenario::{
    About, Date, Index, OfficialId, PostId, Published, Rating, Role, Scenario, STAY,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod development;

/// What `verify` checks of a plan. A plan file always gives its year, moves and groups,
/// and they must agree with the scenario and the assignments; a placement built in memory
/// (the brute-force search) may leave them out.
#[derive(Debug, Clone)]
pub struct PlanFile {
    pub scenario: String,
    pub year: Option<i32>,
    pub cost: CostDoc,
    pub assignments: Vec<Assignment>,
    pub moves: Option<Vec<MoveRef>>,
    pub groups: Option<Vec<GroupRef>>,
    /// For a revision: where the plan it revises placed each official it names.
    pub published: Option<Published>,
}

/// A plan file as written by `plan`; other fields are ignored.
#[derive(Debug, Clone, Deserialize)]
struct OnDisk {
    scenario: String,
    year: i32,
    cost: CostDoc,
    assignments: Vec<Assignment>,
    moves: Vec<MoveRef>,
    groups: Vec<GroupRef>,
    #[serde(default)]
    revision: Option<RevisionOnDisk>,
}

#[derive(Debug, Clone, Deserialize)]
struct RevisionOnDisk {
    published: Published,
}

/// A move as a plan file lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub struct MoveRef {
    pub official: OfficialId,
    pub from: Option<PostId>,
    pub to: PostId,
}

/// A swap, cycle or chain as a plan file lists it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GroupRef {
    pub kind: GroupKind,
    pub officials: Vec<OfficialId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    pub rule: String,
    /// Whom the broken demand is about (a diagnosis's fact is the rule and this).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub violations: Vec<Violation>,
    /// Breaches of soft rules: allowed, each paid for in the cost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<Violation>,
    /// The cost recomputed from the placements.
    pub cost: CostDoc,
    pub reported_cost: CostDoc,
}

impl Verdict {
    pub fn ok(&self) -> bool {
        self.violations.is_empty()
    }
}

/// Reads a plan written by `rotaplan plan --format yaml|json`.
pub fn read_plan(path: &Path) -> Result<PlanFile> {
    let f: OnDisk = read_as(path)?;
    Ok(PlanFile {
        scenario: f.scenario,
        year: Some(f.year),
        cost: f.cost,
        assignments: f.assignments,
        moves: Some(f.moves),
        groups: Some(f.groups),
        published: f.revision.map(|r| r.published),
    })
}

fn read_as<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = crate::input::read_text(path)?;
    let invalid = |message: String, at: Option<(usize, usize)>| Error::Invalid {
        path: path.to_path_buf(),
        problems: vec![Problem {
            code: "E201",
            field: String::new(),
            at,
            file: None,
            cell: None,
            message: message.into(),
            hint: crate::messages::Msg::new(crate::messages::K::HintPlanFile),
        }],
    };
    let words = |m: String| crate::scenario::humanize(&m);
    if text.trim_start().starts_with('{') {
        serde_json::from_str(&text)
            .map_err(|e| invalid(words(e.to_string()), Some((e.line(), e.column()))))
    } else {
        serde_yaml::from_str(&text).map_err(|e| {
            invalid(
                words(e.to_string()),
                e.location().map(|l| (l.line(), l.column())),
            )
        })
    }
}

impl PlanFile {
    /// The part of a plan document that `verify` checks.
    pub fn of(doc: &crate::plan::PlanDoc) -> PlanFile {
        PlanFile {
            scenario: doc.scenario.clone(),
            year: Some(doc.year),
            cost: doc.cost.clone(),
            assignments: doc.assignments.clone(),
            moves: Some(
                doc.moves
                    .iter()
                    .map(|m| MoveRef {
                        official: m.official.clone(),
                        from: m.from.clone(),
                        to: m.to.clone(),
                    })
                    .collect(),
            ),
            groups: Some(
                doc.groups
                    .iter()
                    .map(|g| GroupRef {
                        kind: g.kind,
                        officials: g.officials.clone(),
                    })
                    .collect(),
            ),
            published: doc.revision.as_ref().map(|r| r.published.clone()),
        }
    }
}

/// Reads a whole plan document, for `diff`.
pub fn read_plan_doc(path: &Path) -> Result<crate::plan::PlanDoc> {
    read_as(path)
}

/// Checks `plan` against `s`.
pub fn verify(s: &Scenario, plan: &PlanFile) -> Verdict {
    verify_in(s, plan, Lang::En)
}

/// Checks `plan` against `s`, saying each violation in `lang`.
pub fn verify_in(s: &Scenario, plan: &PlanFile, lang: Lang) -> Verdict {
    let ix = Index::new(s);
    let mut v = Vec::new();
    // A soft rule's breach is no violation: it is counted and must be paid for.
    let soft: BTreeMap<&str, i64> = s.rules.soft().into_iter().collect();
    let mut breaches = Vec::new();
    // A rule of rows (relatives, unit caps) is breached once per unit it is missed by:
    // each pair of relatives in a group, each official over a cap or past the balance.
    let soft_relatives = soft.get("relatives").copied().unwrap_or(0);
    let soft_cap = soft.get("unit_cap").copied().unwrap_or(0);
    let soft_composition = soft.get("composition").copied().unwrap_or(0);
    let mut row_paid = 0i64;
    let mut bad = |rule: &str, about: Option<About>, text: Msg| {
        let found = Violation {
            rule: rule.to_string(),
            about,
            text: text.render(lang),
        };
        if soft.contains_key(rule) {
            breaches.push(found);
        } else {
            v.push(found);
        }
    };
    let n = s.officials.len();
    let mut after: Vec<Option<usize>> = vec![None; n];
    let mut listed = vec![false; n];
    if plan.scenario != s.name {
        bad(
            "plan",
            None,
            Msg::new(K::VScenario)
                .arg("plan", &plan.scenario)
                .arg("scenario", &s.name),
        );
    }
    if let Some(y) = plan.year.filter(|&y| y != s.year) {
        bad(
            "plan",
            None,
            Msg::new(K::VYear).arg("y", y).arg("year", s.year),
        );
    }
    for a in &plan.assignments {
        let Some(o) = ix.official_index(&a.official) else {
            bad(
                "plan",
                None,
                Msg::new(K::VUnknownOfficial).arg("id", &a.official),
            );
            continue;
        };
        if std::mem::replace(&mut listed[o], true) {
            bad(
                "plan",
                None,
                Msg::new(K::VListedTwice).arg("name", &s.officials[o].name),
            );
        }
        if a.from != s.officials[o].post {
            bad(
                "plan",
                None,
                Msg::new(K::VFromMismatch).arg("name", &s.officials[o].name),
            );
        }
        match &a.to {
            Some(p) => match ix.post_index(p) {
                Some(p) => after[o] = Some(p),
                None => bad("plan", None, Msg::new(K::VUnknownPost).arg("id", p)),
            },
            None if s.officials[o].post.is_some() => bad(
                "assignment",
                None,
                Msg::new(K::VGivenNone).arg("name", &s.officials[o].name),
            ),
            None => {}
        }
    }
    for (o, l) in listed.iter().enumerate() {
        if !l {
            bad(
                "plan",
                None,
                Msg::new(K::VMissing).arg("name", &s.officials[o].name),
            );
        }
    }
    let before: Vec<Option<usize>> = ix.current.clone();
    let moved = |o: usize| after[o].is_some() && after[o] != before[o];

    // Capacity.
    let mut holders = vec![Vec::new(); s.posts.len()];
    for o in 0..n {
        if let Some(p) = after[o] {
            holders[p].push(o);
        }
    }
    for (p, h) in holders.iter().enumerate() {
        if h.len() > s.posts[p].capacity as usize {
            bad(
                "capacity",
                None,
                Msg::new(K::VOverCapacity)
                    .arg("post", &s.posts[p].id)
                    .arg("n", h.len())
                    .arg("cap", s.posts[p].capacity),
            );
        }
    }

    let r = &s.rules;
    let name = |o: usize| s.officials[o].name.as_str();
    // Who is forced out by the term limit or the non-local rule (for service left).
    let over_term = |o: usize| -> bool {
        r.term_limit.enabled
            && before[o].is_some_and(|c| {
                s.posts[c].role == Role::Head
                    && s.officials[o]
                        .since
                        .is_some_and(|d| full_years(d, s, r.term_limit.years))
            })
    };
    let local_in_key = |o: usize, p: usize| -> bool {
        let unit = &s.units[ix.post_unit[p]];
        let loc = unit.locality.clone().unwrap_or_else(|| unit.id.0.clone());
        s.posts[p].key && s.officials[o].home.contains(&loc)
    };
    // Listed for a phase-in: may keep the post the forcing rules would take from them.
    let deferred: Vec<bool> = s
        .officials
        .iter()
        .map(|o| r.phase_in.enabled && r.phase_in.officials.contains(&o.id))
        .collect();
    let forced = |o: usize| -> bool {
        over_term(o)
            || (r.non_local.enabled
                && r.non_local.incumbents_must_move
                && before[o].is_some_and(|c| local_in_key(o, c)))
    };

    // The outermost unit of the scope level at or above a unit (None: under none).
    let scope_head = |mut u: usize| -> Option<usize> {
        let mut found = None;
        for _ in 0..=s.units.len() {
            if s.units[u].level == r.scope.level {
                found = Some(u);
            }
            match s.units[u].parent.as_ref().and_then(|p| ix.unit_index(p)) {
                Some(parent) => u = parent,
                None => break,
            }
        }
        found
    };

    for o in 0..n {
        let off = &s.officials[o];
        let Some(p) = after[o] else { continue };
        let post = &s.posts[p];
        let is_move = before[o] != Some(p);
        let me = |is_move: bool| {
            Some(About::Official {
                official: off.id.clone(),
                stay: !is_move,
            })
        };
        if let (true, Some(c)) = (r.scope.enabled, before[o]) {
            if scope_head(ix.post_unit[c]) != scope_head(ix.post_unit[p]) {
                bad(
                    "scope",
                    None,
                    Msg::new(K::VScope)
                        .arg("name", name(o))
                        .msg("level", r.scope.level.word()),
                );
            }
        }
        if r.term_limit.enabled && over_term(o) && (is_move || !deferred[o]) {
            let c = before[o].expect("over the term limit means holding a post");
            if ix.post_unit[c] == ix.post_unit[p] {
                bad(
                    "term_limit",
                    me(is_move),
                    Msg::new(K::VTermLimit)
                        .arg("name", name(o))
                        .arg("years", r.term_limit.years),
                );
            }
        }
        if r.non_local.enabled
            && local_in_key(o, p)
            && (is_move || (r.non_local.incumbents_must_move && !deferred[o]))
        {
            bad(
                "non_local",
                me(is_move),
                Msg::new(K::VNonLocal)
                    .arg("name", name(o))
                    .arg("post", ix.post_label(p)),
            );
        }
        if let (true, true, Some(c)) = (is_move, r.who_rotates.enabled, before[o]) {
            let pinned = s
                .pins
                .iter()
                .any(|pin| pin.official == off.id && (pin.must_move || pin.take.is_some()));
            let may = r.who_rotates.roles.contains(&s.posts[c].role)
                || forced(o)
                || !off.pipeline.is_empty()
                || pinned;
            if !may {
                bad(
                    "who_rotates",
                    me(is_move),
                    Msg::new(K::VWhoRotates)
                        .arg("name", name(o))
                        .msg("role", s.posts[c].role.word()),
                );
            }
        }
        if is_move && r.rating_gate.enabled && off.rating == Rating::NotCompleted {
            bad(
                "rating_gate",
                me(is_move),
                Msg::new(K::VRatingGate).arg("name", name(o)),
            );
        }
        if is_move && before[o].is_some() && r.min_tenure.enabled {
            if let Some(last) = off.last_rotation {
                if !full_years(last, s, r.min_tenure.years) {
                    bad(
                        "min_tenure",
                        me(is_move),
                        Msg::new(K::VMinTenure)
                            .arg("name", name(o))
                            .msg("last", last.word())
                            .msg(
                                "until",
                                Date {
                                    year: last.year + r.min_tenure.years,
                                    ..last
                                }
                                .word(),
                            ),
                    );
                }
            }
        }
        if is_move && r.qualification.enabled {
            if post.requires.degree.is_some_and(|d| off.degree < d) {
                bad(
                    "qualification",
                    me(is_move),
                    Msg::new(K::VDegree)
                        .arg("name", name(o))
                        .arg("post", ix.post_label(p)),
                );
            }
            let sector = post.requires.sector.as_ref().unwrap_or(&post.sector);
            if off.experience.get(sector).copied().unwrap_or(0) < post.requires.years {
                bad(
                    "qualification",
                    me(is_move),
                    Msg::new(K::VYears)
                        .arg("name", name(o))
                        .arg("sector", sector)
                        .arg("post", ix.post_label(p)),
                );
            }
        }
        if let (true, true, Some(c)) = (is_move, r.demotion.enabled, before[o]) {
            let (from, to) = (&s.units[ix.post_unit[c]], &s.units[ix.post_unit[p]]);
            if from.level == to.level && post.role < s.posts[c].role {
                bad(
                    "demotion",
                    me(is_move),
                    Msg::new(K::VDemotion)
                        .arg("name", name(o))
                        .arg("title", &post.title),
                );
            }
        }
        if is_move && r.promotion.enabled {
            if let Some(c) = before[o] {
                if ix.grade[p] > ix.grade[c] && !in_pipeline(off, &post.title) {
                    bad(
                        "promotion",
                        me(is_move),
                        Msg::new(K::VPromotion)
                            .arg("name", name(o))
                            .arg("title", &post.title),
                    );
                }
            }
        }
        if is_move && before[o].is_some() && r.service_left.enabled {
            let need = if forced(o) {
                r.service_left.forced_years
            } else {
                r.service_left.years
            };
            let retires = s.retirement.retirement(off.born, off.sex);
            let month = s.month.unwrap_or(12) as i32;
            let left = match retires.month {
                Some(m) => ((retires.year - s.year) * 12 + m as i32 - month).div_euclid(12),
                None => retires.year - s.year,
            };
            if left < need {
                bad(
                    "service_left",
                    me(is_move),
                    Msg::new(K::VServiceLeft)
                        .arg("name", name(o))
                        .arg("left", left)
                        .arg("need", need),
                );
            }
        }
    }
    let pinned = |o: usize| {
        Some(About::Official {
            official: s.officials[o].id.clone(),
            stay: false,
        })
    };
    for pin in &s.pins {
        let Some(o) = ix.official_index(&pin.official) else {
            continue;
        };
        let now = after[o].map(|p| &s.posts[p].id);
        if pin.stay && after[o] != before[o] {
            bad(
                "pins",
                pinned(o),
                Msg::new(K::VPinStay).arg("name", name(o)),
            );
        }
        if pin.must_move && before[o].is_some() && after[o] == before[o] {
            bad(
                "pins",
                pinned(o),
                Msg::new(K::VPinMove).arg("name", name(o)),
            );
        }
        if let Some(t) = &pin.take {
            if now != Some(t) {
                bad(
                    "pins",
                    pinned(o),
                    Msg::new(K::VPinTake).arg("name", name(o)).arg("post", t),
                );
            }
        }
        if now.is_some_and(|p| pin.avoid.contains(p) || pin.refuses.contains(p)) {
            bad(
                "pins",
                pinned(o),
                Msg::new(K::VPinAvoid).arg("name", name(o)),
            );
        }
    }
    if r.relatives.enabled {
        let mut pairs = BTreeSet::new();
        for (a, off) in s.officials.iter().enumerate() {
            for rel in &off.relatives {
                if let Some(b) = ix.official_index(rel) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
        let pair = |a: usize, b: usize| {
            Some(About::Relatives {
                a: s.officials[a].id.clone(),
                b: s.officials[b].id.clone(),
            })
        };
        for (a, b) in pairs {
            let (Some(pa), Some(pb)) = (after[a], after[b]) else {
                continue;
            };
            let (ua, ub) = (ix.post_unit[pa], ix.post_unit[pb]);
            let lead = |p: usize| s.posts[p].role != Role::Member;
            if ua == ub && lead(pa) && lead(pb) {
                row_paid += soft_relatives;
                bad(
                    "relatives",
                    pair(a, b),
                    Msg::new(K::VRelativesLeadership)
                        .arg("a", name(a))
                        .arg("b", name(b))
                        .arg("unit", &s.units[ua].name),
                );
            }
            let sensitive = |p: usize| {
                s.posts[p].role == Role::Head
                    && r.relatives.sensitive_sectors.contains(&s.posts[p].sector)
            };
            let loc = |u: usize| {
                s.units[u]
                    .locality
                    .clone()
                    .unwrap_or_else(|| s.units[u].id.0.clone())
            };
            if sensitive(pa) && sensitive(pb) && loc(ua) == loc(ub) {
                row_paid += soft_relatives;
                bad(
                    "relatives",
                    pair(a, b),
                    Msg::new(K::VRelativesSensitive)
                        .arg("a", name(a))
                        .arg("b", name(b))
                        .arg("place", ix.place_name(&loc(ua))),
                );
            }
        }
    }
    if r.unit_cap.enabled {
        let mut arrive = vec![0u32; s.units.len()];
        let mut leave = vec![0u32; s.units.len()];
        // Arrivals from another unit (not from the pool), for the balance.
        let mut exchanged = vec![0u32; s.units.len()];
        for o in (0..n).filter(|&o| moved(o)) {
            let to = ix.post_unit[after[o].expect("moved")];
            let from = before[o].map(|c| ix.post_unit[c]);
            if from != Some(to) {
                arrive[to] += 1;
                if let Some(f) = from {
                    leave[f] += 1;
                    exchanged[to] += 1;
                }
            }
        }
        for (u, unit) in s.units.iter().enumerate() {
            let own = r.unit_cap.units.get(&unit.id);
            let max_in = own.and_then(|l| l.max_in).unwrap_or(r.unit_cap.max_in);
            let max_out = own.and_then(|l| l.max_out).unwrap_or(r.unit_cap.max_out);
            if arrive[u] > max_in {
                row_paid += soft_cap * i64::from(arrive[u] - max_in);
                bad(
                    "unit_cap",
                    Some(About::Arrivals {
                        unit: unit.id.clone(),
                    }),
                    Msg::new(K::VUnitIn)
                        .arg("n", arrive[u])
                        .arg("unit", &unit.name)
                        .arg("cap", max_in),
                );
            }
            if leave[u] > max_out {
                row_paid += soft_cap * i64::from(leave[u] - max_out);
                bad(
                    "unit_cap",
                    Some(About::Departures {
                        unit: unit.id.clone(),
                    }),
                    Msg::new(K::VUnitOut)
                        .arg("n", leave[u])
                        .arg("unit", &unit.name)
                        .arg("cap", max_out),
                );
            }
            let apart = own
                .and_then(|l| l.max_imbalance)
                .or(r.unit_cap.max_imbalance)
                .or(if r.unit_cap.balance { Some(0) } else { None });
            if let Some(most) = apart {
                if exchanged[u].abs_diff(leave[u]) > most {
                    row_paid += soft_cap * i64::from(exchanged[u].abs_diff(leave[u]) - most);
                    bad(
                        "unit_cap",
                        Some(About::Balance {
                            unit: unit.id.clone(),
                        }),
                        Msg::new(K::VUnitBalance)
                            .arg("unit", &unit.name)
                            .arg("a", exchanged[u])
                            .arg("d", leave[u])
                            .arg("n", most),
                    );
                }
            }
        }
    }

    for (about, text, short) in composition_missed(s, &ix, &after) {
        row_paid += soft_composition * i64::from(short);
        bad("composition", Some(about), text);
    }

    if r.development.enabled && r.development.by.is_some_and(|by| s.year >= by) {
        for (o, account) in development::accounts(s, &ix, &after).iter().enumerate() {
            let (Some(p), Some((title, _))) = (after[o], account.short.first()) else {
                continue;
            };
            let needs = account.short.iter().map(|(_, e)| e.words()).collect();
            bad(
                "development",
                Some(About::Official {
                    official: s.officials[o].id.clone(),
                    stay: before[o] == Some(p),
                }),
                Msg::new(K::VDevelopment)
                    .arg("name", name(o))
                    .arg("title", title)
                    .list("needs", needs),
            );
        }
    }

    if r.phase_in.enabled && r.phase_in.at_least > 0 {
        let left = (0..n)
            .filter(|&o| deferred[o] && before[o].is_some() && after[o] != before[o])
            .count();
        if left < r.phase_in.at_least as usize {
            bad(
                "phase_in",
                Some(About::Whole),
                Msg::new(K::VPhaseIn)
                    .arg("left", left)
                    .arg("k", r.phase_in.at_least),
            );
        }
    }
    if let (true, Some(max)) = (r.move_limit.enabled, r.move_limit.max) {
        let moves = (0..n).filter(|&o| moved(o)).count();
        if moves > max as usize {
            bad(
                "move_limit",
                Some(About::Whole),
                Msg::new(K::VMoveLimit).arg("n", moves).arg("max", max),
            );
        }
    }

    if r.exchange.enabled && (r.exchange.max_cycle.is_some() || r.exchange.max_chain.is_some()) {
        let cap = |n: Option<u32>, key: K| match n {
            Some(n) => Msg::new(key).arg("n", n),
            None => Msg::new(K::ExchangeAny),
        };
        for (set, fits) in exchange_fits(s, &before, &after) {
            let names: Vec<&str> = set.iter().take(5).map(|&o| name(o)).collect();
            let more = set.len().saturating_sub(names.len());
            let mut names = names.join(", ");
            if more > 0 {
                names += &Msg::new(K::AndMore).arg("n", more).render(lang);
            }
            let text = match fits {
                Some(_) => Msg::new(K::VExchange)
                    .arg("names", &names)
                    .msg("cycle", cap(r.exchange.max_cycle, K::ExchangeAtMost))
                    .msg("chain", cap(r.exchange.max_chain, K::ExchangeAtMostMoves)),
                None => Msg::new(K::VExchangeUnchecked).arg("names", &names),
            };
            bad("exchange", Some(About::Whole), text);
        }
    }

    if let Some(moves) = &plan.moves {
        for text in moves_disagree(s, &ix, &before, &after, moves) {
            bad("plan", None, text);
        }
    }
    if let Some(groups) = &plan.groups {
        for text in groups_disagree(s, &ix, &before, &after, groups) {
            bad("plan", None, text);
        }
    }

    // No one who wished to stay is placed below staying, unless a forcing rule moves them.
    if r.individual_rationality.enabled {
        for (o, off) in s.officials.iter().enumerate() {
            let Some(stay) = off.wishes.iter().position(|w| w == STAY) else {
                continue;
            };
            let Some(p) = after[o].filter(|&p| before[o].is_some_and(|c| c != p)) else {
                continue;
            };
            if !forced(o) && wish_place(s, &ix, before[o], off, p) > stay {
                bad(
                    "individual_rationality",
                    // About the move, as the rule forbids it.
                    Some(About::Official {
                        official: off.id.clone(),
                        stay: false,
                    }),
                    Msg::new(K::VBelowStaying)
                        .arg("name", &off.name)
                        .arg("post", ix.post_label(p)),
                );
            }
        }
    }

    let mut cost = recompute_cost(s, &ix, &before, &after, &holders);
    if !soft.is_empty() {
        // One breach of a rule of pairs per person it is about (a newcomer short of both
        // the degree and the years breaks the qualification rule once).
        let mut paid: Vec<(&str, &Option<About>)> = breaches
            .iter()
            .filter(|b: &&Violation| {
                !matches!(b.rule.as_str(), "relatives" | "unit_cap" | "composition")
            })
            .map(|b| (b.rule.as_str(), &b.about))
            .collect();
        paid.sort();
        paid.dedup();
        let x = paid.iter().map(|(rule, _)| soft[rule]).sum::<i64>() + row_paid;
        cost.terms.insert(CostTerm::Breaches, x);
        cost.total += x;
    }
    if let Some(published) = plan.published.as_ref().or(s.published.as_ref()) {
        // A revision: each official the published plan named, placed otherwise now.
        let changed = s
            .officials
            .iter()
            .enumerate()
            .filter(|(o, off)| match published.get(&off.id) {
                None => false,
                Some(None) => after[*o].is_some(),
                // Void when the official now refuses it (a pin of the plan's year).
                Some(Some(q)) if declines(s, off, q) => false,
                Some(Some(q)) => after[*o].map(|p| &s.posts[p].id) != Some(q),
            })
            .count() as i64;
        let x = changed * s.weights.change;
        cost.terms.insert(CostTerm::Changes, x);
        cost.total += x;
    }
    if cost != plan.cost {
        // Said directly: the breaches above are counted, so `bad` is done with.
        v.push(Violation {
            rule: "cost".into(),
            about: None,
            text: Msg::new(K::VCost)
                .arg("reported", plan.cost.total)
                .arg("cost", cost.total)
                .render(lang),
        });
    }
    Verdict {
        violations: v,
        breaches,
        cost,
        reported_cost: plan.cost.clone(),
    }
}

/// Each composition target the placement `after` misses: the leadership it is about, the
/// shortfall in words, and by how many people.
fn composition_missed(s: &Scenario, ix: &Index, after: &[Option<usize>]) -> Vec<(About, Msg, u32)> {
    use crate::scenario::{CompositionScope, Group, Sex};
    let c = &s.rules.composition;
    if !c.enabled {
        return Vec::new();
    }
    // The unit that names the leadership a post belongs to, if it belongs to one.
    let named = |p: usize| -> Option<usize> {
        if !c.roles.contains(&s.posts[p].role) {
            return None;
        }
        let u = ix.post_unit[p];
        match c.scope {
            CompositionScope::Unit => Some(u),
            CompositionScope::Parent => s.units[u].parent.as_ref().and_then(|id| ix.unit_index(id)),
        }
    };
    let mut seats = vec![0u32; s.units.len()];
    let mut holders = vec![Vec::new(); s.units.len()];
    for p in 0..s.posts.len() {
        if let Some(u) = named(p) {
            seats[u] += s.posts[p].capacity;
        }
    }
    for (o, held) in after.iter().enumerate() {
        if let Some(u) = held.and_then(named) {
            holders[u].push(o);
        }
    }
    // The words only: what counts is reckoned here, apart from the rule.
    let words = crate::rules::Composition::new(s);
    let mut out = Vec::new();
    for (u, unit) in s.units.iter().enumerate().filter(|&(u, _)| seats[u] > 0) {
        for (group, t) in c.targets() {
            let need = t.need(seats[u]);
            if need == 0 || !t.covers(&unit.id) {
                continue;
            }
            let have = holders[u]
                .iter()
                .filter(|&&o| {
                    let off = &s.officials[o];
                    match group {
                        Group::Women => off.sex == Sex::Female,
                        Group::UnderAge => !off
                            .born
                            .until(s.year, s.effect_month())
                            .at_least(t.age.unwrap_or(0) as i32),
                        Group::EthnicMinority => off.ethnic_minority,
                    }
                })
                .count() as u32;
            if have >= need {
                continue;
            }
            let text = Msg::new(K::VComposition)
                .msg("leadership", words.name(ix, u))
                .arg("have", have)
                .msg("group", crate::rules::group_words(t, group))
                .arg("n", need);
            let about = About::Leadership {
                unit: unit.id.clone(),
            };
            out.push((about, text, need - have));
        }
    }
    out
}

/// Where the listed moves differ from the moves the assignments make.
fn moves_disagree(
    s: &Scenario,
    ix: &Index,
    before: &[Option<usize>],
    after: &[Option<usize>],
    moves: &[MoveRef],
) -> Vec<Msg> {
    let made: BTreeSet<MoveRef> = (0..s.officials.len())
        .filter_map(|o| {
            let to = after[o].filter(|&p| before[o] != Some(p))?;
            Some(MoveRef {
                official: s.officials[o].id.clone(),
                from: before[o].map(|p| s.posts[p].id.clone()),
                to: s.posts[to].id.clone(),
            })
        })
        .collect();
    let listed: BTreeSet<MoveRef> = moves.iter().cloned().collect();
    let who = |m: &MoveRef| {
        ix.official_index(&m.official)
            .map_or_else(|| m.official.0.clone(), |o| s.officials[o].name.clone())
    };
    let mut out: Vec<Msg> = made
        .difference(&listed)
        .map(|m| Msg::new(K::VMoveNotListed).arg("name", who(m)))
        .collect();
    out.extend(listed.difference(&made).map(|m| {
        Msg::new(K::VMoveNotMade)
            .arg("name", who(m))
            .arg("post", &m.to)
    }));
    if listed.len() != moves.len() {
        out.push(Msg::new(K::VMoveTwice));
    }
    out
}

/// Where the listed swaps, cycles and chains differ from the moves: each mover in one
/// group; each official after the first takes the seat the one before left; a cycle (a
/// swap when two) closes, a chain does not.
fn groups_disagree(
    s: &Scenario,
    ix: &Index,
    before: &[Option<usize>],
    after: &[Option<usize>],
    groups: &[GroupRef],
) -> Vec<Msg> {
    let mut out = Vec::new();
    let mover = |o: usize| after[o].is_some() && after[o] != before[o];
    let mut seen = vec![0usize; s.officials.len()];
    for (g, group) in groups.iter().enumerate() {
        let members: Vec<usize> = group
            .officials
            .iter()
            .filter_map(|id| ix.official_index(id))
            .collect();
        if members.len() != group.officials.len() || members.is_empty() {
            out.push(Msg::new(K::VGroupUnknown).arg("n", g + 1));
            continue;
        }
        for &o in &members {
            seen[o] += 1;
            if !mover(o) {
                out.push(
                    Msg::new(K::VGroupNotMover)
                        .arg("name", &s.officials[o].name)
                        .msg("kind", word(group.kind)),
                );
            }
        }
        let takes_seat_of = |a: usize, b: usize| before[a].is_some() && after[b] == before[a];
        for w in members.windows(2) {
            if !takes_seat_of(w[0], w[1]) {
                out.push(
                    Msg::new(K::VGroupLink)
                        .arg("next", &s.officials[w[1]].name)
                        .arg("prev", &s.officials[w[0]].name),
                );
            }
        }
        let last = *members.last().expect("not empty");
        let closes = takes_seat_of(last, members[0]);
        let kind = match (closes, members.len()) {
            (true, 2) => GroupKind::Swap,
            (true, _) => GroupKind::Cycle,
            (false, _) => GroupKind::Chain,
        };
        if kind != group.kind {
            out.push(
                Msg::new(K::VGroupKind)
                    .arg("name", &s.officials[members[0]].name)
                    .msg("listed", word(group.kind))
                    .msg("made", word(kind)),
            );
        }
    }
    for o in 0..s.officials.len() {
        if mover(o) && seen[o] != 1 {
            out.push(
                Msg::new(K::VGroupCount)
                    .arg("name", &s.officials[o].name)
                    .arg("n", seen[o]),
            );
        }
    }
    out
}

fn word(k: GroupKind) -> Msg {
    Msg::new(match k {
        GroupKind::Swap => K::WordSwap,
        GroupKind::Cycle => K::WordCycle,
        GroupKind::Chain => K::WordChain,
    })
}

fn recompute_cost(
    s: &Scenario,
    ix: &Index,
    before: &[Option<usize>],
    after: &[Option<usize>],
    holders: &[Vec<usize>],
) -> CostDoc {
    let w = &s.weights;
    let mut terms: BTreeMap<CostTerm, i64> = BTreeMap::new();
    let mut add = |t: CostTerm, x: i64| *terms.entry(t).or_default() += x;
    for t in CostTerm::ALL {
        add(t, 0);
    }
    for (o, off) in s.officials.iter().enumerate() {
        let Some(p) = after[o] else { continue };
        let best = off.experience.values().copied().max().unwrap_or(0) as i64;
        let used = off.experience.get(&s.posts[p].sector).copied().unwrap_or(0) as i64;
        add(
            CostTerm::WastedExpertise,
            w.wasted_expertise * (best - used),
        );
        if before[o] != Some(p) {
            add(CostTerm::Moves, w.move_);
            if before[o].is_some_and(|c| ix.grade[p] > ix.grade[c]) {
                let planned = in_pipeline(off, &s.posts[p].title);
                add(
                    CostTerm::Promotions,
                    if planned {
                        -w.planned_promotion
                    } else {
                        w.promotion
                    },
                );
            }
        }
    }
    if s.has_wishes() {
        add(CostTerm::Wishes, 0);
        for (o, off) in s.officials.iter().enumerate() {
            if let Some(p) = after[o].filter(|_| !off.wishes.is_empty()) {
                add(
                    CostTerm::Wishes,
                    w.wish * wish_place(s, ix, before[o], off, p) as i64,
                );
            }
        }
    }
    if s.has_development() {
        add(CostTerm::Development, 0);
        for account in development::accounts(s, ix, after) {
            add(
                CostTerm::Development,
                -w.development * account.gained as i64,
            );
        }
    }
    for (p, post) in s.posts.iter().enumerate() {
        let empty = post.capacity as i64 - holders[p].len() as i64;
        let level = s.units[ix.post_unit[p]].level;
        let mut seat = w.unfilled.of(post.role, level);
        if post.key {
            seat = seat.max(w.unfilled_key);
        }
        let seat = (seat as f64 * post.priority.unwrap_or(1.0)).round() as i64;
        add(CostTerm::Unfilled, empty.max(0) * seat);
    }
    CostDoc {
        total: terms.values().sum(),
        terms,
    }
}

/// The rank of post `p` among `off`'s wishes (0 the first; after the last when unlisted):
/// a wish names the post, its unit, or `stay` for the post held now (`now`).
fn wish_place(
    s: &Scenario,
    ix: &Index,
    now: Option<usize>,
    off: &crate::scenario::Official,
    p: usize,
) -> usize {
    let unit = &s.units[ix.post_unit[p]].id.0;
    off.wishes
        .iter()
        .position(|w| match w.as_str() {
            STAY => now == Some(p),
            w => w == s.posts[p].id.0 || w == unit,
        })
        .unwrap_or(off.wishes.len())
}

/// Whether `off` is in the pipeline for `title`, case and diacritics aside (folded here
/// apart from the index's numbering of titles).
fn in_pipeline(off: &crate::scenario::Official, title: &str) -> bool {
    let title = crate::scenario::words::fold(title);
    off.pipeline
        .iter()
        .any(|t| crate::scenario::words::fold(t) == title)
}

/// Whether a pin of the plan's year says `off` refuses `post` (written here apart from the
/// model's own test).
fn declines(s: &Scenario, off: &crate::scenario::Official, post: &PostId) -> bool {
    s.pins
        .iter()
        .filter(|pin| pin.official == off.id && pin.year.unwrap_or(s.year) == s.year)
        .any(|pin| pin.refuses.iter().any(|r| r == post))
}

/// Whether `years` full years have passed from `from` when the plan of `s` takes effect; in
/// months when `from` gives its month. Counted here apart from the model's own count.
fn full_years(from: Date, s: &Scenario, years: i32) -> bool {
    let month = s.month.unwrap_or(12) as i32;
    match from.month {
        Some(m) => (s.year - from.year) * 12 + month - m as i32 >= years * 12,
        None => s.year - from.year >= years,
    }
}

/// Groupings of one set of linked moves the verifier tries before it gives up.
const EXCHANGE_TRIES: usize = 1 << 16;

/// The sets of linked moves that no grouping keeps within `rules.exchange` (Some(false)),
/// or that have too many groupings to try (None). A newcomer takes the seat of one who
/// left the post for another, or a seat nobody holds after the plan; every way is tried.
fn exchange_fits(
    s: &Scenario,
    before: &[Option<usize>],
    after: &[Option<usize>],
) -> Vec<(Vec<usize>, Option<bool>)> {
    let n_posts = s.posts.len();
    let movers: Vec<usize> = (0..after.len())
        .filter(|&o| after[o].is_some() && after[o] != before[o])
        .collect();
    let mut leavers = vec![Vec::new(); n_posts];
    let mut staying = vec![0usize; n_posts];
    for o in 0..after.len() {
        match (before[o], after[o]) {
            (Some(b), Some(a)) if a == b => staying[b] += 1,
            (Some(b), Some(_)) => leavers[b].push(o),
            _ => {}
        }
    }
    // Linked sets: movers joined through the posts they leave and take.
    let mut set_of_post: Vec<usize> = (0..n_posts).collect();
    fn root(v: &mut [usize], mut x: usize) -> usize {
        while v[x] != x {
            x = v[x];
        }
        x
    }
    for &o in &movers {
        if let (Some(b), Some(a)) = (before[o], after[o]) {
            let (rb, ra) = (root(&mut set_of_post, b), root(&mut set_of_post, a));
            set_of_post[rb.max(ra)] = rb.min(ra);
        }
    }
    let mut sets: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &o in &movers {
        let r = root(&mut set_of_post, after[o].expect("a mover is placed"));
        sets.entry(r).or_default().push(o);
    }
    let r = &s.rules.exchange;
    let fits = |len: usize, cycle: bool| {
        let cap = if cycle { r.max_cycle } else { r.max_chain };
        cap.is_none_or(|c| len <= c as usize)
    };
    let mut out = Vec::new();
    for set in sets.into_values() {
        // Seats nobody holds after the plan, per post, to hand out.
        let mut free: BTreeMap<usize, usize> = BTreeMap::new();
        for &o in &set {
            let p = after[o].expect("a mover is placed");
            free.entry(p).or_insert_with(|| {
                (s.posts[p].capacity as usize).saturating_sub(staying[p] + leavers[p].len())
            });
        }
        // took[i]: whose seat set[i] took (None: a free seat); taken: leavers already followed.
        let mut took: Vec<Option<usize>> = vec![None; set.len()];
        let mut taken = std::collections::HashSet::new();
        let mut tries = 0usize;
        #[allow(clippy::too_many_arguments)]
        fn search(
            i: usize,
            set: &[usize],
            after: &[Option<usize>],
            leavers: &[Vec<usize>],
            free: &mut BTreeMap<usize, usize>,
            took: &mut Vec<Option<usize>>,
            taken: &mut std::collections::HashSet<usize>,
            tries: &mut usize,
            done: &dyn Fn(&[Option<usize>]) -> bool,
        ) -> Option<bool> {
            if i == set.len() {
                *tries += 1;
                return Some(done(took));
            }
            if *tries > EXCHANGE_TRIES {
                return None;
            }
            let p = after[set[i]].expect("a mover is placed");
            for &l in &leavers[p] {
                if taken.insert(l) {
                    took[i] = Some(l);
                    let found = search(i + 1, set, after, leavers, free, took, taken, tries, done);
                    taken.remove(&l);
                    if found != Some(false) {
                        return found;
                    }
                }
            }
            if free[&p] > 0 {
                *free.get_mut(&p).expect("counted") -= 1;
                took[i] = None;
                let found = search(i + 1, set, after, leavers, free, took, taken, tries, done);
                *free.get_mut(&p).expect("counted") += 1;
                return found;
            }
            Some(false)
        }
        let done = |took: &[Option<usize>]| {
            // Follow each group: from whom one took a seat back to the start of a chain, or
            // round a cycle.
            let index: BTreeMap<usize, usize> =
                set.iter().enumerate().map(|(i, &o)| (o, i)).collect();
            let mut taker_of: BTreeMap<usize, usize> = BTreeMap::new();
            for (i, t) in took.iter().enumerate() {
                if let Some(l) = t {
                    taker_of.insert(*l, set[i]);
                }
            }
            let mut seen = vec![false; set.len()];
            // Chains: from each newcomer on a free seat, along who took the seat they left.
            for i in 0..set.len() {
                if took[i].is_none() {
                    let (mut len, mut at) = (0, Some(set[i]));
                    while let Some(o) = at {
                        seen[index[&o]] = true;
                        len += 1;
                        at = taker_of.get(&o).copied();
                    }
                    if !fits(len, false) {
                        return false;
                    }
                }
            }
            for i in 0..set.len() {
                if !seen[i] {
                    let (mut len, mut at) = (0, set[i]);
                    loop {
                        seen[index[&at]] = true;
                        len += 1;
                        at = taker_of[&at];
                        if at == set[i] {
                            break;
                        }
                    }
                    if !fits(len, true) {
                        return false;
                    }
                }
            }
            true
        };
        match search(
            0, &set, after, &leavers, &mut free, &mut took, &mut taken, &mut tries, &done,
        ) {
            Some(true) => {}
            found => out.push((set, found)),
        }
    }
    out
}
