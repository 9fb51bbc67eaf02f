//! A report as titled tables: the one shape that every tabular format renders (Markdown and
//! CSV now, spreadsheets and HTML next). Each document says once what its tables hold, in
//! the language asked for; the formats only lay them out.

use crate::check::CheckReport;
use crate::compare::{Comparison, Outcome};
use crate::horizon::HorizonDoc;
use crate::messages::{t as tr, Lang, K};
use crate::plan::{MoveKind, PlanDoc};
use crate::rules::CostTerm;
use crate::scenario::Date;
use crate::why::ExplainDoc;

/// A cell: a text, or a number kept as a number (spreadsheets add numbers up).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Int(i64),
}

impl Value {
    pub fn text(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Int(n) => n.to_string(),
        }
    }
}

impl From<String> for Value {
    fn from(t: String) -> Value {
        Value::Text(t)
    }
}

impl From<&str> for Value {
    fn from(t: &str) -> Value {
        Value::Text(t.to_string())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

/// One table: a stable name (for `--table`), its title in words, its header and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A report: lines that say what it is, then its tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheets {
    pub title: Vec<String>,
    pub sheets: Vec<Sheet>,
}

fn k(lang: Lang, key: K) -> String {
    tr(lang, key, &[])
}

fn heads(lang: Lang, keys: &[K]) -> Vec<String> {
    keys.iter().map(|&key| k(lang, key)).collect()
}

fn int(n: impl TryInto<i64>) -> Value {
    Value::Int(n.try_into().unwrap_or(i64::MAX))
}

/// A year as a number, a month or a day as its date text.
fn date(d: Date) -> Value {
    match d.month {
        None => int(d.year),
        Some(_) => d.to_string().into(),
    }
}

/// The two lines that open a plan's report: what it is, and how it was solved.
pub fn plan_heading(d: &PlanDoc, lang: Lang) -> [String; 2] {
    [
        tr(
            lang,
            K::PlanTitle,
            &[
                ("scenario", &d.scenario),
                (
                    "year",
                    &d.month.map_or(d.year.to_string(), |m| {
                        crate::scenario::Date::month(d.year, m).word().render(lang)
                    }),
                ),
            ],
        ),
        tr(
            lang,
            K::PlanSolver,
            &[
                ("backend", &d.solver.backend),
                ("status", &d.solver.status.describe(lang)),
                ("variables", &d.solver.variables),
                ("constraints", &d.solver.constraints),
                ("parts", &d.solver.parts),
                ("by_flow", &d.solver.parts_by_flow),
            ],
        ),
    ]
}

/// The line that opens a check's report.
pub fn check_heading(c: &CheckReport, lang: Lang) -> String {
    tr(
        lang,
        K::CheckTitle,
        &[
            ("scenario", &c.scenario),
            ("year", &c.year),
            ("units", &c.units),
            ("posts", &c.posts),
            ("officials", &c.officials),
            ("pairs", &c.candidate_pairs),
        ],
    )
}

/// A plan's moves: who, from where, to where, what kind, and why.
fn moves_sheet(d: &PlanDoc, lang: Lang) -> Sheet {
    Sheet {
        name: "moves".into(),
        title: tr(lang, K::MovesGrouped, &[("n", &d.moves.len())]),
        header: heads(
            lang,
            &[K::ColOfficial, K::ColFrom, K::ColTo, K::ColKind, K::ColWhy],
        ),
        rows: d
            .moves
            .iter()
            .map(|m| {
                let mut why = m.required_by.clone();
                why.push(m.fills.clone());
                why.extend(m.development.clone());
                vec![
                    m.name.as_str().into(),
                    m.from_label
                        .clone()
                        .unwrap_or_else(|| k(lang, K::Pool))
                        .into(),
                    m.to_label.as_str().into(),
                    m.kind.label(lang).into(),
                    why.join("; ").into(),
                ]
            })
            .collect(),
    }
}

pub fn plan_sheets(d: &PlanDoc, lang: Lang) -> Sheets {
    let title = plan_heading(d, lang).to_vec();
    let moves = moves_sheet(d, lang);
    let groups = Sheet {
        name: "groups".into(),
        title: k(lang, K::GroupsHeading),
        header: heads(lang, &[K::ColGroup]),
        rows: d
            .groups
            .iter()
            .map(|g| vec![g.text.as_str().into()])
            .collect(),
    };
    let unfilled = Sheet {
        name: "unfilled".into(),
        title: tr(lang, K::Unfilled, &[("n", &d.unfilled.len())]),
        header: heads(lang, &[K::ColPost, K::ColEmpty, K::ColWhy]),
        rows: d
            .unfilled
            .iter()
            .map(|u| {
                vec![
                    u.label.as_str().into(),
                    int(u.empty_seats),
                    u.reason.as_str().into(),
                ]
            })
            .collect(),
    };
    let stays = Sheet {
        name: "stays".into(),
        title: tr(lang, K::Stays, &[("n", &d.stays.len())]),
        header: heads(lang, &[K::ColOfficial, K::ColPost, K::ColWhy]),
        rows: d
            .stays
            .iter()
            .map(|s| {
                vec![
                    s.name.as_str().into(),
                    s.post_label
                        .clone()
                        .unwrap_or_else(|| k(lang, K::PoolNotPlaced))
                        .into(),
                    s.reason.as_str().into(),
                ]
            })
            .collect(),
    };
    // The changes from a published plan only in a revision, breaches only with soft rules.
    let mut cost_rows: Vec<Vec<Value>> = CostTerm::EVERY
        .iter()
        .filter(|&&t| CostTerm::ALL.contains(&t) || d.cost.terms.contains_key(&t))
        .map(|&term| {
            vec![
                term.label(lang).into(),
                int(d.cost.terms.get(&term).copied().unwrap_or(0)),
            ]
        })
        .collect();
    cost_rows.push(vec![k(lang, K::Total).into(), int(d.cost.total)]);
    let cost = Sheet {
        name: "cost".into(),
        title: k(lang, K::CostHeading),
        header: heads(lang, &[K::ColTerm, K::ColPoints]),
        rows: cost_rows,
    };
    let (before, after) = (&d.compliance_before, &d.compliance_after);
    let mut compliance_rows = vec![vec![
        k(lang, K::HeadsOverLimit).into(),
        int(before.heads_over_limit.len()),
        int(after.heads_over_limit.len()),
    ]];
    let of = |n: u32, m: u32| tr(lang, K::NOfM, &[("n", &n), ("m", &m)]);
    for (b, a) in before.key_posts.iter().zip(&after.key_posts) {
        compliance_rows.push(vec![
            tr(lang, K::KeyPostsNonLocal, &[("title", &b.title)]).into(),
            of(b.non_local, b.seats).into(),
            of(a.non_local, a.seats).into(),
        ]);
    }
    compliance_rows.push(vec![
        k(lang, K::RelativesConflicts).into(),
        int(before.relatives_conflicts.len()),
        int(after.relatives_conflicts.len()),
    ]);
    for (key, b, a) in [
        (
            K::UnitsOffBalance,
            &before.units_off_balance,
            &after.units_off_balance,
        ),
        (
            K::LeadershipsShort,
            &before.composition_short,
            &after.composition_short,
        ),
        (
            K::PipelineShort,
            &before.pipeline_short,
            &after.pipeline_short,
        ),
    ] {
        if let (Some(b), Some(a)) = (b, a) {
            compliance_rows.push(vec![k(lang, key).into(), int(b.len()), int(a.len())]);
        }
    }
    let compliance = Sheet {
        name: "compliance".into(),
        title: k(lang, K::ComplianceHeading),
        header: heads(lang, &[K::ColFigure, K::ColBefore, K::ColAfter]),
        rows: compliance_rows,
    };
    let kinds = Sheet {
        name: "kinds".into(),
        title: k(lang, K::MoveKindsHeading),
        header: heads(lang, &[K::ColKind, K::ColMoves]),
        rows: MoveKind::ALL
            .iter()
            .map(|&kind| {
                vec![
                    kind.label(lang).into(),
                    int(d.move_kinds.get(&kind).copied().unwrap_or(0)),
                ]
            })
            .collect(),
    };
    let mut sheets = vec![moves, groups, unfilled, stays, cost, compliance, kinds];
    if !d.breaches.is_empty() {
        sheets.push(Sheet {
            name: "breaches".into(),
            title: tr(lang, K::BreachesHeading, &[("n", &d.breaches.len())]),
            header: heads(lang, &[K::ColWho, K::ColPost, K::ColWhy, K::ColPoints]),
            rows: d
                .breaches
                .iter()
                .map(|b| {
                    vec![
                        b.who.as_str().into(),
                        b.post_label.as_deref().unwrap_or("").into(),
                        b.why.as_str().into(),
                        int(b.points),
                    ]
                })
                .collect(),
        });
    }
    if !d.wishes.is_empty() {
        let first = d.wishes.iter().filter(|w| w.rank == Some(1)).count();
        let met = d.wishes.iter().filter(|w| w.rank.is_some()).count();
        sheets.push(Sheet {
            name: "wishes".into(),
            title: tr(
                lang,
                K::WishesHeading,
                &[("n", &d.wishes.len()), ("first", &first), ("met", &met)],
            ),
            header: heads(lang, &[K::ColOfficial, K::ColTo, K::ColWish]),
            rows: d
                .wishes
                .iter()
                .map(|w| {
                    let rank = match w.rank {
                        Some(r) => tr(lang, K::WishRank, &[("r", &r), ("n", &w.listed)]),
                        None => tr(lang, K::WishUnlisted, &[("n", &w.listed)]),
                    };
                    vec![
                        w.name.as_str().into(),
                        w.post_label.as_str().into(),
                        rank.into(),
                    ]
                })
                .collect(),
        });
    }
    if let Some(r) = &d.revision {
        sheets.push(Sheet {
            name: "changes".into(),
            title: tr(
                lang,
                K::ChangesHeading,
                &[("n", &r.changes.len()), ("m", &r.published.len())],
            ),
            header: heads(
                lang,
                &[K::ColOfficial, K::ColPublished, K::ColNow, K::ColWhy],
            ),
            rows: r
                .changes
                .iter()
                .map(|c| {
                    vec![
                        c.name.as_str().into(),
                        c.published_label.as_str().into(),
                        c.now_label.as_str().into(),
                        c.why.as_str().into(),
                    ]
                })
                .collect(),
        });
    }
    Sheets { title, sheets }
}

pub fn check_sheets(c: &CheckReport, lang: Lang) -> Sheets {
    let title = vec![check_heading(c, lang)];
    let must_rotate = Sheet {
        name: "must_rotate".into(),
        title: tr(lang, K::CheckMustRotate, &[("n", &c.must_rotate.len())]),
        header: heads(
            lang,
            &[K::ColOfficial, K::ColRule, K::ColWhy, K::ColEligiblePosts],
        ),
        rows: c
            .must_rotate
            .iter()
            .map(|m| {
                let rules: Vec<String> = m
                    .rules
                    .iter()
                    .map(|r| crate::rules::rule_label(r).render(lang))
                    .collect();
                vec![
                    m.name.as_str().into(),
                    rules.join(", ").into(),
                    m.reasons.join("; ").into(),
                    int(m.eligible_posts),
                ]
            })
            .collect(),
    };
    let open_seats = Sheet {
        name: "open_seats".into(),
        title: tr(lang, K::CheckOpenSeats, &[("n", &c.open_seats.len())]),
        header: heads(lang, &[K::ColPost, K::ColEmpty, K::ColEligibleCandidates]),
        rows: c
            .open_seats
            .iter()
            .map(|s| {
                vec![
                    s.label.as_str().into(),
                    int(s.empty_seats),
                    int(s.eligible_candidates),
                ]
            })
            .collect(),
    };
    let retiring = Sheet {
        name: "retiring".into(),
        title: tr(
            lang,
            K::CheckRetiring,
            &[("year", &c.year), ("n", &c.retiring.len())],
        ),
        header: heads(lang, &[K::ColOfficial, K::ColPost, K::ColRetired]),
        rows: c
            .retiring
            .iter()
            .map(|r| {
                vec![
                    r.name.as_str().into(),
                    r.post_label.clone().unwrap_or_default().into(),
                    date(r.retires),
                ]
            })
            .collect(),
    };
    let dead_ends = Sheet {
        name: "dead_ends".into(),
        title: tr(lang, K::CheckDeadEnds, &[("n", &c.dead_ends.len())]),
        header: heads(lang, &[K::ColWhy]),
        rows: c
            .dead_ends
            .iter()
            .map(|d| vec![d.as_str().into()])
            .collect(),
    };
    let warnings = Sheet {
        name: "warnings".into(),
        title: tr(lang, K::CheckWarnings, &[("n", &c.warnings.len())]),
        header: heads(lang, &[K::ColCode, K::ColPlace, K::ColWhat, K::ColFix]),
        rows: c
            .warnings
            .iter()
            .map(|x| {
                vec![
                    x.code.as_str().into(),
                    warning_place(x).into(),
                    x.message.as_str().into(),
                    x.hint.as_str().into(),
                ]
            })
            .collect(),
    };
    Sheets {
        title,
        sheets: vec![must_rotate, open_seats, retiring, dead_ends, warnings],
    }
}

/// Where a warning is: "12: officials[3].home[0]" (its line), "Cán bộ!G5: ..." (its cell),
/// or the field alone.
pub fn warning_place(x: &crate::check::WarningDoc) -> String {
    match (&x.cell, x.line) {
        (Some(cell), _) => format!("{cell}: {}", x.field),
        (None, Some(line)) => format!("{line}: {}", x.field),
        (None, None) => x.field.clone(),
    }
}

/// Whether a comparison shows the composition targets missed: where a variant sets any.
pub(super) fn composition_column(c: &Comparison) -> bool {
    c.rows.iter().any(|r| {
        matches!(&r.outcome, Outcome::Solved { summary, .. } if summary.composition_short.is_some())
    })
}

/// Whether a comparison shows the moves that train the pipeline: where a variant's titles
/// need experience.
pub(super) fn development_column(c: &Comparison) -> bool {
    c.rows.iter().any(|r| {
        matches!(&r.outcome, Outcome::Solved { summary, .. } if summary.developmental.is_some())
    })
}

pub fn comparison_sheets(c: &Comparison, lang: Lang) -> Sheets {
    let base = c.rows.first().map_or("", |r| r.scenario.as_str());
    let title = vec![tr(
        lang,
        K::CmpTitle,
        &[("n", &c.rows.len()), ("base", &base)],
    )];
    let mut header = heads(lang, &[K::CmpScenario, K::CmpStatus, K::CmpTotal]);
    header.extend(CostTerm::ALL.iter().map(|t| t.label(lang)));
    header.extend(heads(
        lang,
        &[
            K::ColMoves,
            K::WordSwap,
            K::WordCycle,
            K::WordChain,
            K::CmpEmpty,
            K::CmpHeads,
            K::CmpRelatives,
        ],
    ));
    let composition = composition_column(c);
    if composition {
        header.push(k(lang, K::CmpComposition));
    }
    let development = development_column(c);
    if development {
        header.push(k(lang, K::CmpDevelopment));
    }
    let rows = c
        .rows
        .iter()
        .map(|r| {
            let mut row: Vec<Value> = vec![r.scenario.as_str().into()];
            match &r.outcome {
                Outcome::Solved { summary: s, .. } => {
                    let status = if s.proven_optimal {
                        K::CmpOptimal
                    } else {
                        K::CmpTimeLimit
                    };
                    row.push(k(lang, status).into());
                    row.push(int(s.total));
                    row.extend(
                        CostTerm::ALL
                            .iter()
                            .map(|t| int(s.terms.get(t).copied().unwrap_or(0))),
                    );
                    row.extend([
                        int(s.moves),
                        int(s.swaps),
                        int(s.cycles),
                        int(s.chains),
                        int(s.unfilled_seats),
                        int(s.heads_over_limit),
                        int(s.relatives_conflicts),
                    ]);
                    if composition {
                        row.push(s.composition_short.map_or("–".into(), int));
                    }
                    if development {
                        row.push(s.developmental.map_or("–".into(), int));
                    }
                }
                Outcome::Infeasible { reason } | Outcome::Invalid { reason } => {
                    let word = if matches!(r.outcome, Outcome::Infeasible { .. }) {
                        K::CmpInfeasible
                    } else {
                        K::CmpInvalid
                    };
                    row.push(format!("{}: {reason}", k(lang, word)).into());
                }
            }
            row
        })
        .collect();
    Sheets {
        title,
        sheets: vec![Sheet {
            name: "comparison".into(),
            title: k(lang, K::CmpScenario),
            header,
            rows,
        }],
    }
}

pub fn horizon_sheets(d: &HorizonDoc, lang: Lang) -> Sheets {
    let title = vec![tr(
        lang,
        K::HorizonTitle,
        &[("scenario", &d.scenario), ("from", &d.from), ("to", &d.to)],
    )];
    let mut sheets = Vec::new();
    for run in &d.runs {
        let mode = run.mode.name();
        let mut header = heads(
            lang,
            &[
                K::ColYear,
                K::ColRetired,
                K::ColLeft,
                K::ColNewPosts,
                K::ColMoves,
                K::ColEmptySeats,
                K::ColHeadsOverLimit,
            ],
        );
        header.extend(
            CostTerm::ALL
                .iter()
                .map(|t| tr(lang, K::ColTermPoints, &[("term", &t.label(lang))])),
        );
        header.push(k(lang, K::ColCost));
        let rows = run
            .summary
            .iter()
            .map(|s| {
                let mut row = vec![
                    int(s.year),
                    int(s.retired),
                    int(s.left),
                    int(s.opened),
                    int(s.moves),
                    int(s.unfilled_seats),
                    int(s.heads_over_limit),
                ];
                row.extend(
                    CostTerm::ALL
                        .iter()
                        .map(|t| int(s.cost_terms.get(t).copied().unwrap_or(0))),
                );
                row.push(int(s.cost));
                row
            })
            .collect();
        sheets.push(Sheet {
            name: format!("summary_{mode}"),
            title: tr(
                lang,
                K::HorizonSummary,
                &[("mode", &run.mode.word().render(lang))],
            ),
            header,
            rows,
        });
        for y in &run.years {
            let mut moves = moves_sheet(&y.plan, lang);
            moves.name = format!("moves_{mode}_{}", y.year);
            moves.title = format!("{} {}: {}", k(lang, K::ColYear), y.year, moves.title);
            sheets.push(moves);
        }
    }
    Sheets { title, sheets }
}

/// The two lines that open an explanation: what is asked, and the optimum it is set against.
pub fn explain_heading(d: &ExplainDoc, lang: Lang) -> [String; 2] {
    let (key, now, nobody) = if d.about == "post" {
        (K::ExplainTitlePost, K::ExplainHeldBy, K::ExplainNoHolder)
    } else {
        (K::ExplainTitleOfficial, K::ExplainHolds, K::ExplainNoPost)
    };
    let now = if d.now.is_empty() {
        k(lang, nobody)
    } else {
        tr(lang, now, &[("now", &d.now)])
    };
    let proven = k(
        lang,
        if d.optimum_proven {
            K::CmpOptimal
        } else {
            K::CmpTimeLimit
        },
    );
    [
        tr(
            lang,
            key,
            &[("label", &d.label), ("year", &d.year), ("now", &now)],
        ),
        tr(
            lang,
            K::ExplainOptimum,
            &[
                ("cost", &d.optimum),
                ("status", &proven),
                ("allowed", &d.allowed),
                ("possible", &d.possible),
            ],
        ),
    ]
}

/// An explanation's tables: the choices, cheapest plan first, and those the rules exclude.
pub fn explain_sheets(d: &ExplainDoc, lang: Lang) -> Sheets {
    let by_post = d.about == "post";
    let mut header = heads(
        lang,
        &[
            if by_post { K::ColOfficial } else { K::ColPost },
            K::CmpTotal,
            K::ExplainExtra,
        ],
    );
    header.extend(CostTerm::ALL.iter().map(|t| t.label(lang)));
    header.extend(heads(lang, &[K::ExplainProven, K::ExplainAlsoHead]));
    let rows = d
        .choices
        .iter()
        .map(|c| {
            let who = if by_post { &c.name } else { &c.post_label };
            let who = if c.in_optimum {
                tr(lang, K::ExplainInOptimum, &[("who", who)])
            } else {
                who.clone()
            };
            let mut row: Vec<Value> = vec![who.into()];
            match (c.total, c.extra) {
                (Some(total), Some(extra)) => {
                    row.push(int(total));
                    row.push(int(extra));
                    row.extend(CostTerm::ALL.iter().map(|t| int(c.terms[t])));
                    let proven = if c.proven {
                        K::ExplainYes
                    } else {
                        K::ExplainNo
                    };
                    row.push(k(lang, proven).into());
                    let also = if c.also.is_empty() {
                        k(lang, K::ExplainNoOther)
                    } else {
                        c.also.join("; ")
                    };
                    row.push(also.into());
                }
                _ => {
                    let none = k(lang, K::ExplainNone);
                    row.push(none.into());
                    row.extend((0..CostTerm::ALL.len() + 2).map(|_| Value::from("")));
                    row.push(c.why_not.clone().unwrap_or_default().into());
                }
            }
            row
        })
        .collect();
    let choices = Sheet {
        name: "choices".into(),
        title: tr(
            lang,
            K::ExplainChoicesTitle,
            &[("n", &d.choices.len()), ("allowed", &d.allowed)],
        ),
        header,
        rows,
    };
    let excluded = Sheet {
        name: "excluded".into(),
        title: tr(
            lang,
            K::ExplainExcludedTitle,
            &[("n", &d.excluded.iter().map(|e| e.count).sum::<usize>())],
        ),
        header: heads(
            lang,
            &[
                K::ExplainRule,
                K::ExplainCount,
                K::ExplainWho,
                K::ExplainFirstReason,
            ],
        ),
        rows: d
            .excluded
            .iter()
            .map(|e| {
                let mut names: Vec<&str> = e.who.iter().map(|w| w.label.as_str()).collect();
                let more;
                if e.count > e.who.len() {
                    more = tr(lang, K::ExplainAndMore, &[("n", &(e.count - e.who.len()))]);
                    names.push(more.trim());
                }
                vec![
                    e.rule_label.as_str().into(),
                    int(e.count),
                    names.join("; ").into(),
                    e.who
                        .first()
                        .map_or(String::new(), |w| w.reason.clone())
                        .into(),
                ]
            })
            .collect(),
    };
    Sheets {
        title: explain_heading(d, lang).to_vec(),
        sheets: vec![choices, excluded],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_numbers_as_numbers() {
        assert_eq!(int(5u32), Value::Int(5));
        assert_eq!(Value::from("x").text(), "x");
    }
}
