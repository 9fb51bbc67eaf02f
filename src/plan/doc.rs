//! The plan as a document: every placement, the moves with their reasons and groups, what
//! stays and why, unfilled posts, cost, compliance and counts by rotation type. This is
//! what `--format yaml|json` writes and what `verify` reads back.

use super::{compliance, decompose, Compliance, GroupKind, Plan};
use crate::messages::{Lang, Msg, K};
use crate::rules::{
    self, all_bans, first_ban, kept_by, soft_bans, CostTerm, Ctx, Development, Exclusions, Rule,
};
use crate::scenario::{Index, OfficialId, PostId, Scenario};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where one official ends up; the part of a plan `verify` needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    pub official: OfficialId,
    pub from: Option<PostId>,
    pub to: Option<PostId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostDoc {
    pub total: i64,
    pub terms: BTreeMap<CostTerm, i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SolverDoc {
    pub backend: String,
    pub status: crate::solve::Status,
    pub proven_optimal: bool,
    /// Independent parts solved apart, and how many a min-cost flow settled.
    pub parts: usize,
    pub parts_by_flow: usize,
    pub variables: usize,
    pub constraints: usize,
}

/// The kinds of move counted in the Lạng Sơn report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveKind {
    /// To a lower level (city to ward or commune).
    Down,
    /// To a higher level.
    Up,
    /// Same level, between party, government and front.
    AcrossBlocs,
    /// Same level, between wards and communes.
    BetweenCommunes,
    /// Same level and bloc, between units above commune level (agencies, districts).
    BetweenAgencies,
    /// Another post in the same unit.
    WithinUnit,
    /// From no post (a pool of candidates) into a post.
    Appointment,
}

impl MoveKind {
    pub const ALL: [MoveKind; 7] = [
        MoveKind::Down,
        MoveKind::Up,
        MoveKind::AcrossBlocs,
        MoveKind::BetweenCommunes,
        MoveKind::BetweenAgencies,
        MoveKind::WithinUnit,
        MoveKind::Appointment,
    ];

    pub fn label(self, lang: crate::messages::Lang) -> String {
        use crate::messages::K;
        let key = match self {
            MoveKind::Down => K::KindDown,
            MoveKind::Up => K::KindUp,
            MoveKind::AcrossBlocs => K::KindAcrossBlocs,
            MoveKind::BetweenCommunes => K::KindBetweenCommunes,
            MoveKind::BetweenAgencies => K::KindBetweenAgencies,
            MoveKind::WithinUnit => K::KindWithinUnit,
            MoveKind::Appointment => K::KindAppointment,
        };
        key.template(lang).to_string()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoveDoc {
    pub official: OfficialId,
    pub name: String,
    pub from: Option<PostId>,
    pub from_label: Option<String>,
    pub to: PostId,
    pub to_label: String,
    pub kind: MoveKind,
    /// Rules that required the official to leave the current post, in words.
    pub required_by: Vec<String>,
    /// Why this post: the seat it fills.
    pub fills: String,
    /// What the move gives a pipeline official that a planned title needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub develops: Vec<crate::scenario::Experience>,
    /// The same in words, with the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupDoc {
    pub kind: GroupKind,
    pub officials: Vec<OfficialId>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StayDoc {
    pub official: OfficialId,
    pub name: String,
    pub post: Option<PostId>,
    pub post_label: Option<String>,
    pub reason: String,
}

/// An official who listed wishes, and where the plan places them among those wishes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WishDoc {
    pub official: OfficialId,
    pub name: String,
    /// The post after the plan (none: left without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<PostId>,
    pub post_label: String,
    /// The rank of that post among the wishes, from 1; none when listed nowhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<usize>,
    /// How many wishes the official listed.
    pub listed: usize,
}

/// A soft rule broken by the plan, and what it cost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreachDoc {
    pub rule: String,
    /// The person, for a rule on placements (term limit, qualification, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<OfficialId>,
    /// Whom the breach is about, in words: a person, two relatives, a unit.
    pub who: String,
    /// The post the person holds after the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<PostId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_label: Option<String>,
    /// The rule's reason, as it would have forbidden the placement, or the row it misses.
    pub why: String,
    /// Breaches on this line (officials over a unit's cap), each at the rule's penalty.
    pub times: u32,
    pub points: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnfilledDoc {
    pub post: PostId,
    pub label: String,
    pub empty_seats: u32,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleDoc {
    pub rule: String,
    pub enabled: bool,
    pub summary: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanDoc {
    pub scenario: String,
    pub year: i32,
    /// The month the plan takes effect in, when the scenario gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    pub solver: SolverDoc,
    pub cost: CostDoc,
    pub moves: Vec<MoveDoc>,
    pub groups: Vec<GroupDoc>,
    pub stays: Vec<StayDoc>,
    pub unfilled: Vec<UnfilledDoc>,
    /// Soft rules broken, one line per rule and person (none when every rule is hard).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaches: Vec<BreachDoc>,
    pub move_kinds: BTreeMap<MoveKind, u32>,
    pub compliance_before: Compliance,
    pub compliance_after: Compliance,
    pub rules: Vec<RuleDoc>,
    pub assignments: Vec<Assignment>,
    /// For a revision of a published plan: what it placed, and what changed and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<RevisionDoc>,
    /// Each official who listed wishes, and which one the plan meets (none listed: empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wishes: Vec<WishDoc>,
}

/// A revision against the plan it revises.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevisionDoc {
    /// Where the published plan placed each official it names and still counts (none:
    /// without a post); the verifier prices the changes from it.
    pub published: BTreeMap<OfficialId, Option<PostId>>,
    pub changes: Vec<ChangeDoc>,
}

/// One official placed otherwise than the published plan placed them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeDoc {
    pub official: OfficialId,
    pub name: String,
    pub published: Option<PostId>,
    pub published_label: String,
    pub now: Option<PostId>,
    pub now_label: String,
    pub why: String,
}

/// The rows of soft rules (relatives, unit caps) the placement `after` misses: each rule's
/// rows written over the chosen pairs alone, so every term counts.
fn row_breaches(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    after: &[Option<usize>],
    lang: Lang,
) -> Vec<BreachDoc> {
    let s = ctx.scenario();
    let chosen = (0..after.len())
        .filter_map(|o| after[o].map(|p| (o, p)))
        .collect();
    let cands = crate::model::Candidates::new(s.officials.len(), s.posts.len(), chosen);
    let mut out = Vec::new();
    for r in rules.iter().filter(|r| r.enabled()) {
        let Some(pen) = r.soft() else { continue };
        let mut rows = Vec::new();
        r.constraints(ctx, &cands, &mut rows);
        for row in rows {
            let lhs: f64 = row.terms.iter().map(|&(_, c)| c).sum();
            let missed = match row.sense {
                crate::model::Sense::Le => (lhs - row.rhs).max(0.0),
                crate::model::Sense::Eq => (lhs - row.rhs).abs(),
            }
            .round() as u32;
            if missed == 0 {
                continue;
            }
            out.push(BreachDoc {
                rule: r.code().to_string(),
                official: None,
                who: about_words(ctx, &row.origin.about),
                post: None,
                post_label: None,
                why: Msg::new(K::RowMissed)
                    .msg("row", rules::cited(r.code(), row.origin.text))
                    .arg("n", missed)
                    .render(lang),
                times: missed,
                points: pen * i64::from(missed),
            });
        }
    }
    out
}

/// Whom a row is about, by name: a unit, two relatives, or no one in particular.
fn about_words(ctx: &Ctx, about: &crate::scenario::About) -> String {
    use crate::scenario::About;
    let ix = ctx.ix;
    let person = |id: &OfficialId| {
        ix.official_index(id)
            .map_or_else(|| id.0.clone(), |o| ix.official(o).name.clone())
    };
    match about {
        About::Arrivals { unit }
        | About::Departures { unit }
        | About::Balance { unit }
        | About::Leadership { unit } => ix
            .unit_index(unit)
            .map_or_else(|| unit.0.clone(), |u| ctx.scenario().units[u].name.clone()),
        About::Relatives { a, b } => format!("{}, {}", person(a), person(b)),
        About::Official { official, .. } => person(official),
        About::Whole => String::new(),
    }
}

pub fn move_kind(ix: &Index, from: Option<usize>, to: usize) -> MoveKind {
    let Some(from) = from else {
        return MoveKind::Appointment;
    };
    let (a, b) = (ix.unit_of(from), ix.unit_of(to));
    if ix.post_unit[from] == ix.post_unit[to] {
        MoveKind::WithinUnit
    } else if b.level < a.level {
        MoveKind::Down
    } else if b.level > a.level {
        MoveKind::Up
    } else if a.bloc != b.bloc {
        MoveKind::AcrossBlocs
    } else if a.level == crate::scenario::Level::Commune {
        MoveKind::BetweenCommunes
    } else {
        MoveKind::BetweenAgencies
    }
}

/// The full account of `plan` for scenario `s`.
pub fn document(s: &Scenario, plan: &Plan, lang: Lang) -> PlanDoc {
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    let before = &ix.current;
    let after = &plan.after;
    let n_o = s.officials.len();
    let name = |o: usize| s.officials[o].name.clone();

    // Under exchange caps, the pairing of seats that keeps every group within them.
    let groups = match crate::rules::Exchange::caps(&s.rules.exchange) {
        Some(caps) => {
            let capacity: Vec<u32> = s.posts.iter().map(|p| p.capacity).collect();
            super::decompose_within(before, after, &capacity, &caps)
        }
        None => decompose(before, after, s.posts.len()),
    };
    // Whose old seat each mover takes; none for a mover who fills a vacant seat.
    let mut seat_taken_from: Vec<Option<usize>> = vec![None; n_o];
    for g in &groups {
        for w in g.officials.windows(2) {
            seat_taken_from[w[1]] = Some(w[0]);
        }
        if g.kind != GroupKind::Chain {
            let (first, last) = (
                g.officials[0],
                *g.officials.last().expect("groups are not empty"),
            );
            seat_taken_from[first] = Some(last);
        }
    }

    let development = s.has_development().then(|| Development::new(s));
    let mut moves = Vec::new();
    let mut move_kinds: BTreeMap<MoveKind, u32> = BTreeMap::new();
    let mut stays = Vec::new();
    for o in 0..n_o {
        match (before[o], after[o]) {
            (b, Some(a)) if b != Some(a) => {
                let kind = move_kind(&ix, b, a);
                *move_kinds.entry(kind).or_default() += 1;
                let required_by = b
                    .map(|b| {
                        let soft = soft_bans(&rules, &ctx, o, b).into_iter().map(|(c, w, n)| {
                            let why = Msg::new(K::SoftReason).msg("why", w).arg("n", n);
                            (c, why)
                        });
                        all_bans(&rules, &ctx, o, b)
                            .into_iter()
                            .chain(soft)
                            .map(|(c, w)| rules::cited(c, w).render(lang))
                            .collect()
                    })
                    .unwrap_or_default();
                let fills = match seat_taken_from[o] {
                    Some(x) => Msg::new(K::TakesSeat).arg("name", name(x)),
                    None => Msg::new(K::FillsVacant).arg("post", ix.post_label(a)),
                }
                .render(lang);
                let gains = development
                    .as_ref()
                    .map(|d| d.gains(o, a))
                    .unwrap_or_default();
                let develops = gains.iter().map(|w| w.what).collect();
                let words = Development::gain_words(&ctx, o, &gains);
                moves.push(MoveDoc {
                    official: s.officials[o].id.clone(),
                    name: name(o),
                    from: b.map(|b| s.posts[b].id.clone()),
                    from_label: b.map(|b| ix.post_label(b)),
                    to: s.posts[a].id.clone(),
                    to_label: ix.post_label(a),
                    kind,
                    required_by,
                    fills,
                    develops,
                    development: words.map(|m| m.render(lang)),
                });
            }
            (b, _) => stays.push(StayDoc {
                official: s.officials[o].id.clone(),
                name: name(o),
                post: b.map(|b| s.posts[b].id.clone()),
                post_label: b.map(|b| ix.post_label(b)),
                reason: stay_reason(&ctx, &rules, o, &plan.eligible[o]).render(lang),
            }),
        }
    }

    let group_docs = groups
        .iter()
        .map(|g| GroupDoc {
            kind: g.kind,
            officials: g
                .officials
                .iter()
                .map(|&o| s.officials[o].id.clone())
                .collect(),
            text: group_text(&ix, g, before, after).render(lang),
        })
        .collect();

    let mut by_post = vec![Vec::new(); s.posts.len()];
    for (o, posts) in plan.eligible.iter().enumerate() {
        for &p in posts {
            by_post[p].push(o);
        }
    }
    let mut held = vec![0u32; s.posts.len()];
    for p in after.iter().flatten() {
        held[*p] += 1;
    }
    let unfilled = (0..s.posts.len())
        .filter(|&p| held[p] < s.posts[p].capacity)
        .map(|p| UnfilledDoc {
            post: s.posts[p].id.clone(),
            label: ix.post_label(p),
            empty_seats: s.posts[p].capacity - held[p],
            reason: unfilled_reason(&ctx, &rules, p, after, &by_post[p]).render(lang),
        })
        .collect();

    let breaches = (0..n_o)
        .filter_map(|o| after[o].map(|p| (o, p)))
        .flat_map(|(o, p)| {
            soft_bans(&rules, &ctx, o, p)
                .into_iter()
                .map(move |(code, why, points)| (o, p, code, why, points))
        })
        .map(|(o, p, code, why, points)| BreachDoc {
            rule: code.to_string(),
            official: Some(s.officials[o].id.clone()),
            who: s.officials[o].name.clone(),
            post: Some(s.posts[p].id.clone()),
            post_label: Some(ix.post_label(p)),
            why: rules::cited(code, why).render(lang),
            times: 1,
            points,
        })
        .chain(row_breaches(&ctx, &rules, after, lang))
        .collect();

    let revision = s.published.as_ref().map(|published| RevisionDoc {
        published: published.clone(),
        changes: (0..n_o)
            .filter_map(|o| {
                let then = published.get(&s.officials[o].id)?;
                let q = then.as_ref().and_then(|q| ix.post_index(q));
                (q != after[o] || (then.is_some() && q.is_none()))
                    .then(|| change(&ctx, &rules, o, then, q, after[o], lang))
            })
            .collect(),
    });

    let fresh_before = vec![false; n_o];
    let fresh_after: Vec<bool> = (0..n_o)
        .map(|o| after[o].is_some() && after[o] != before[o])
        .collect();
    PlanDoc {
        scenario: s.name.clone(),
        year: s.year,
        month: s.month,
        solver: SolverDoc {
            backend: plan.backend.name().to_string(),
            status: plan.status,
            proven_optimal: plan.status == crate::solve::Status::Optimal,
            parts: plan.method.parts,
            parts_by_flow: plan.method.by_flow,
            variables: plan.variables,
            constraints: plan.constraints,
        },
        cost: CostDoc {
            total: plan.total(),
            terms: plan.cost.clone(),
        },
        moves,
        groups: group_docs,
        stays,
        unfilled,
        breaches,
        move_kinds,
        compliance_before: compliance(&ctx, before, &fresh_before, lang),
        compliance_after: compliance(&ctx, after, &fresh_after, lang),
        rules: rules
            .iter()
            .map(|r| RuleDoc {
                rule: r.code().to_string(),
                enabled: r.enabled(),
                summary: r.summary().render(lang),
            })
            .collect(),
        assignments: (0..n_o)
            .map(|o| Assignment {
                official: s.officials[o].id.clone(),
                from: before[o].map(|p| s.posts[p].id.clone()),
                to: after[o].map(|p| s.posts[p].id.clone()),
            })
            .collect(),
        revision,
        wishes: (0..n_o)
            .filter(|&o| !s.officials[o].wishes.is_empty())
            .map(|o| {
                let off = &s.officials[o];
                let listed = off.wishes.len();
                let rank = after[o]
                    .and_then(|p| crate::rules::wish_rank(&ix, o, p))
                    .filter(|&r| r < listed);
                WishDoc {
                    official: off.id.clone(),
                    name: off.name.clone(),
                    post: after[o].map(|p| s.posts[p].id.clone()),
                    post_label: after[o]
                        .map_or_else(|| Msg::new(K::Pool).render(lang), |p| ix.post_label(p)),
                    rank: rank.map(|r| r + 1),
                    listed,
                }
            })
            .collect(),
    }
}

/// Official `o`, placed by the published plan at `then` (post `q` of the scenario, if it is
/// still one), placed at `now` instead: the change in words, with its reason.
fn change(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    o: usize,
    then: &Option<PostId>,
    q: Option<usize>,
    now: Option<usize>,
    lang: Lang,
) -> ChangeDoc {
    let (s, ix) = (ctx.scenario(), ctx.ix);
    let label =
        |p: Option<usize>| p.map_or_else(|| Msg::new(K::Pool).render(lang), |p| ix.post_label(p));
    let why = match (then, q) {
        (Some(id), None) => Msg::new(K::ChangePostGone).arg("post", id),
        (_, Some(q)) => match first_ban(rules, ctx, o, q) {
            Some((code, why)) => rules::cited(code, why),
            None => Msg::new(K::ChangeForOthers),
        },
        (None, None) => Msg::new(K::ChangeNowPlaced),
    };
    ChangeDoc {
        official: s.officials[o].id.clone(),
        name: s.officials[o].name.clone(),
        published: then.clone(),
        published_label: match (then, q) {
            (Some(id), None) => id.0.clone(),
            _ => label(q),
        },
        now: now.map(|p| s.posts[p].id.clone()),
        now_label: label(now),
        why: why.render(lang),
    }
}

fn group_text(
    ix: &Index,
    g: &super::Group,
    before: &[Option<usize>],
    after: &[Option<usize>],
) -> Msg {
    let s = ix.scenario;
    let step = |o: usize| {
        let m = Msg::new(K::Step).arg("name", &s.officials[o].name);
        let m = match before[o] {
            Some(p) => m.arg("from", &ix.unit_of(p).name),
            None => m.msg("from", Msg::new(K::StepPool)),
        };
        match after[o] {
            Some(p) => m.arg("to", &ix.unit_of(p).name),
            None => m.msg("to", Msg::new(K::StepNone)),
        }
    };
    let steps: Vec<Msg> = g.officials.iter().map(|&o| step(o)).collect();
    // The steps with `sep` (a message) between them.
    let joined = |sep: Msg| Msg::new(K::ListOnly).joined("items", steps.clone(), sep);
    match g.kind {
        GroupKind::Swap => {
            Msg::new(K::GroupSwap).msg("steps", joined(Msg::new(K::Sep).arg("sep", " ⇄ ")))
        }
        GroupKind::Cycle => Msg::new(K::GroupCycle)
            .arg("n", steps.len())
            .msg("steps", joined(Msg::new(K::Sep).arg("sep", " → "))),
        GroupKind::Chain => {
            let last = *g.officials.last().expect("groups are not empty");
            let end = match before[last] {
                Some(p) if !after.contains(&Some(p)) => {
                    Msg::new(K::ChainLeftVacant).arg("post", ix.post_label(p))
                }
                _ => Msg::new(K::Empty),
            };
            Msg::new(K::GroupChain)
                .msg("steps", joined(Msg::new(K::ChainThen)))
                .msg("end", end)
        }
    }
}

fn stay_reason(ctx: &Ctx, rules: &[Box<dyn Rule>], o: usize, eligible: &[usize]) -> Msg {
    let why = stay_reason_plain(ctx, rules, o, eligible);
    // Otherwise a head over the term limit who stays reads as a broken rule.
    if ctx.deferred[o] && ctx.forced[o] {
        return Msg::new(K::StayPhasedIn)
            .msg("rule", rules::rule_name("phase_in"))
            .msg("why", why);
    }
    why
}

fn stay_reason_plain(ctx: &Ctx, rules: &[Box<dyn Rule>], o: usize, eligible: &[usize]) -> Msg {
    let here = ctx.ix.current[o];
    let open = eligible.iter().filter(|&&p| Some(p) != here).count();
    if open > 0 {
        let key = if here.is_some() {
            K::StayOpenMoving
        } else {
            K::StayOpenPlacing
        };
        return Msg::new(key).arg("n", open);
    }
    if let Some((code, why)) = kept_by(rules, ctx, o) {
        return rules::cited(code, why);
    }
    let e = Exclusions::of_official(rules, ctx, o, here);
    if e.by.len() == 1 {
        let (code, why) = e.first_reason.iter().next().expect("one rule");
        return rules::cited(code, why.clone());
    }
    Msg::new(K::StayNoOther).msg("by", e.by_rule_msg())
}

fn unfilled_reason(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    p: usize,
    after: &[Option<usize>],
    eligible: &[usize],
) -> Msg {
    let open: Vec<usize> = eligible
        .iter()
        .copied()
        .filter(|&o| after[o] != Some(p))
        .collect();
    if open.is_empty() {
        let e = Exclusions::of_post(rules, ctx, p, |o| after[o] == Some(p));
        return Msg::new(K::UnfilledNoCandidate).msg("by", e.by_rule_msg());
    }
    let names: Vec<&str> = open
        .iter()
        .take(3)
        .map(|&o| ctx.ix.official(o).name.as_str())
        .collect();
    let more = if open.len() > 3 {
        Msg::new(K::AndMore).arg("n", open.len() - 3)
    } else {
        Msg::new(K::Empty)
    };
    Msg::new(K::UnfilledNeeded)
        .arg("n", open.len())
        .arg("names", names.join(", "))
        .msg("more", more)
}
