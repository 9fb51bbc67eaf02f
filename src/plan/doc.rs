//! The plan as a document: every placement, the moves with their reasons and groups, what
//! stays and why, unfilled posts, cost, compliance and counts by rotation type. This is
//! what `--format yaml|json` writes and what `verify` reads back.

use super::{compliance, decompose, Compliance, GroupKind, Plan};
use crate::rules::{self, all_bans, kept_by, CostTerm, Ctx, Exclusions, Rule};
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
    pub solver: SolverDoc,
    pub cost: CostDoc,
    pub moves: Vec<MoveDoc>,
    pub groups: Vec<GroupDoc>,
    pub stays: Vec<StayDoc>,
    pub unfilled: Vec<UnfilledDoc>,
    pub move_kinds: BTreeMap<MoveKind, u32>,
    pub compliance_before: Compliance,
    pub compliance_after: Compliance,
    pub rules: Vec<RuleDoc>,
    pub assignments: Vec<Assignment>,
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
pub fn document(s: &Scenario, plan: &Plan) -> PlanDoc {
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    let before = &ix.current;
    let after = &plan.after;
    let n_o = s.officials.len();
    let name = |o: usize| s.officials[o].name.clone();

    let groups = decompose(before, after, s.posts.len());
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
                        all_bans(&rules, &ctx, o, b)
                            .into_iter()
                            .map(|(c, w)| format!("{c}: {w}"))
                            .collect()
                    })
                    .unwrap_or_default();
                let fills = match seat_taken_from[o] {
                    Some(x) => format!("takes the seat {} leaves", name(x)),
                    None => format!("fills a vacant seat in {}", ix.post_label(a)),
                };
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
                });
            }
            (b, _) => stays.push(StayDoc {
                official: s.officials[o].id.clone(),
                name: name(o),
                post: b.map(|b| s.posts[b].id.clone()),
                post_label: b.map(|b| ix.post_label(b)),
                reason: stay_reason(&ctx, &rules, o, &plan.eligible[o]),
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
            text: group_text(&ix, g, before, after),
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
            reason: unfilled_reason(&ctx, &rules, p, after, &by_post[p]),
        })
        .collect();

    let fresh_before = vec![false; n_o];
    let fresh_after: Vec<bool> = (0..n_o)
        .map(|o| after[o].is_some() && after[o] != before[o])
        .collect();
    PlanDoc {
        scenario: s.name.clone(),
        year: s.year,
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
        move_kinds,
        compliance_before: compliance(&ctx, before, &fresh_before),
        compliance_after: compliance(&ctx, after, &fresh_after),
        rules: rules
            .iter()
            .map(|r| RuleDoc {
                rule: r.code().to_string(),
                enabled: r.enabled(),
                summary: r.summary(),
            })
            .collect(),
        assignments: (0..n_o)
            .map(|o| Assignment {
                official: s.officials[o].id.clone(),
                from: before[o].map(|p| s.posts[p].id.clone()),
                to: after[o].map(|p| s.posts[p].id.clone()),
            })
            .collect(),
    }
}

fn group_text(
    ix: &Index,
    g: &super::Group,
    before: &[Option<usize>],
    after: &[Option<usize>],
) -> String {
    let s = ix.scenario;
    let step = |o: usize| {
        let from = before[o]
            .map(|p| ix.unit_of(p).name.as_str())
            .unwrap_or("the pool");
        let to = after[o]
            .map(|p| ix.unit_of(p).name.as_str())
            .unwrap_or("none");
        format!("{} ({from} → {to})", s.officials[o].name)
    };
    let steps: Vec<String> = g.officials.iter().map(|&o| step(o)).collect();
    match g.kind {
        GroupKind::Swap => format!("swap: {}", steps.join(" ⇄ ")),
        GroupKind::Cycle => format!("cycle of {}: {}", steps.len(), steps.join(" → ")),
        GroupKind::Chain => {
            let last = *g.officials.last().expect("groups are not empty");
            let end = match before[last] {
                Some(p) if !after.contains(&Some(p)) => {
                    format!("; {} is left vacant", ix.post_label(p))
                }
                _ => String::new(),
            };
            format!("chain from a vacancy: {}{end}", steps.join(", then "))
        }
    }
}

fn stay_reason(ctx: &Ctx, rules: &[Box<dyn Rule>], o: usize, eligible: &[usize]) -> String {
    let why = stay_reason_plain(ctx, rules, o, eligible);
    // Otherwise a head over the term limit who stays reads as a broken rule.
    if ctx.deferred[o] && ctx.forced[o] {
        return format!(
            "phase_in: the rotation the term-limit or non-local rule asks of them is phased in over the years and not due this year; {why}"
        );
    }
    why
}

fn stay_reason_plain(ctx: &Ctx, rules: &[Box<dyn Rule>], o: usize, eligible: &[usize]) -> String {
    let here = ctx.ix.current[o];
    let open = eligible.iter().filter(|&&p| Some(p) != here).count();
    if open > 0 {
        let what = if here.is_some() {
            "moving"
        } else {
            "placing them"
        };
        return format!(
            "{open} post(s) are open to them, but {what} would not lower the plan's cost"
        );
    }
    if let Some((code, why)) = kept_by(rules, ctx, o) {
        return format!("{code}: {why}");
    }
    let e = Exclusions::of_official(rules, ctx, o, here);
    if e.by.len() == 1 {
        let (code, why) = e.first_reason.iter().next().expect("one rule");
        return format!("{code}: {why}");
    }
    format!("no other post is open to them (excluded: {})", e.by_rule())
}

fn unfilled_reason(
    ctx: &Ctx,
    rules: &[Box<dyn Rule>],
    p: usize,
    after: &[Option<usize>],
    eligible: &[usize],
) -> String {
    let open: Vec<usize> = eligible
        .iter()
        .copied()
        .filter(|&o| after[o] != Some(p))
        .collect();
    if open.is_empty() {
        let e = Exclusions::of_post(rules, ctx, p, |o| after[o] == Some(p));
        return format!("no eligible candidate (excluded: {})", e.by_rule());
    }
    let names: Vec<&str> = open
        .iter()
        .take(3)
        .map(|&o| ctx.ix.official(o).name.as_str())
        .collect();
    let more = if open.len() > 3 {
        format!(" and {} more", open.len() - 3)
    } else {
        String::new()
    };
    format!(
        "{} eligible candidate(s) ({}{more}) are needed elsewhere or would cost more to move than the vacancy",
        open.len(),
        names.join(", ")
    )
}
