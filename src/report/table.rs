//! Plain-text tables for people, built with comfy-table.

use crate::check::CheckReport;
use crate::compare::{Comparison, Outcome};
use crate::diff::PlanDiff;
use crate::horizon::{HorizonDoc, Mode, RunDoc};
use crate::plan::{Compliance, MoveKind, PlanDoc};
use crate::rules::CostTerm;
use crate::verify::Verdict;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, ContentArrangement, Table};
use std::fmt::Write;

/// Tables wrap at a fixed width, not the terminal's, so the output is the same bytes
/// whether it goes to a terminal, a pipe or a file.
const WIDTH: u16 = 150;

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(WIDTH)
        .set_header(header.to_vec());
    t
}

fn right(x: impl ToString) -> Cell {
    Cell::new(x.to_string()).set_alignment(CellAlignment::Right)
}

pub fn plan_table(d: &PlanDoc) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "Rotation plan: {} ({})", d.scenario, d.year);
    let _ = writeln!(
        w,
        "Solver: {}, {}; {} variables, {} constraints; {} independent part(s), {} settled by min-cost flow",
        d.solver.backend,
        d.solver.status.describe(),
        d.solver.variables,
        d.solver.constraints,
        d.solver.parts,
        d.solver.parts_by_flow
    );
    let _ = writeln!(w);
    if d.moves.is_empty() {
        let _ = writeln!(w, "No moves: everyone stays.");
    } else {
        let _ = writeln!(w, "Moves ({}), grouped:", d.moves.len());
        for g in &d.groups {
            let _ = writeln!(w, "  • {}", g.text);
        }
        let mut t = table(&["Official", "From", "To", "Kind", "Why"]);
        for m in &d.moves {
            let mut why = m.required_by.join("\n");
            if !why.is_empty() {
                why.push('\n');
            }
            why.push_str(&m.fills);
            t.add_row(vec![
                Cell::new(&m.name),
                Cell::new(m.from_label.as_deref().unwrap_or("(pool)")),
                Cell::new(&m.to_label),
                Cell::new(m.kind.label()),
                Cell::new(why),
            ]);
        }
        let _ = writeln!(w, "{t}");
    }
    if !d.unfilled.is_empty() {
        let _ = writeln!(w, "\nPosts left unfilled ({}):", d.unfilled.len());
        let mut t = table(&["Post", "Empty", "Why"]);
        for u in &d.unfilled {
            t.add_row(vec![
                Cell::new(&u.label),
                right(u.empty_seats),
                Cell::new(&u.reason),
            ]);
        }
        let _ = writeln!(w, "{t}");
    }
    if !d.stays.is_empty() {
        let _ = writeln!(w, "\nOfficials left in place ({}):", d.stays.len());
        let mut t = table(&["Official", "Post", "Why"]);
        for s in &d.stays {
            t.add_row(vec![
                Cell::new(&s.name),
                Cell::new(s.post_label.as_deref().unwrap_or("(pool, not placed)")),
                Cell::new(&s.reason),
            ]);
        }
        let _ = writeln!(w, "{t}");
    }
    let _ = writeln!(w, "\nCost (points):");
    let mut t = table(&["Term", "Points"]);
    for term in CostTerm::ALL {
        t.add_row(vec![
            Cell::new(term.label()),
            right(d.cost.terms.get(&term).copied().unwrap_or(0)),
        ]);
    }
    t.add_row(vec![Cell::new("total"), right(d.cost.total)]);
    let _ = writeln!(w, "{t}");

    let _ = writeln!(w, "\nCompliance:");
    let _ = writeln!(
        w,
        "{}",
        compliance_table(&d.compliance_before, &d.compliance_after)
    );

    let _ = writeln!(w, "\nMoves by kind:");
    let mut t = table(&["Kind", "Moves"]);
    for k in MoveKind::ALL {
        t.add_row(vec![
            Cell::new(k.label()),
            right(d.move_kinds.get(&k).copied().unwrap_or(0)),
        ]);
    }
    let _ = write!(w, "{t}");
    let _ = writeln!(w);
    out
}

fn compliance_table(before: &Compliance, after: &Compliance) -> Table {
    let mut t = table(&["Figure", "Before", "After"]);
    t.add_row(vec![
        Cell::new("heads at or over the term limit"),
        right(before.heads_over_limit.len()),
        right(after.heads_over_limit.len()),
    ]);
    for (b, a) in before.key_posts.iter().zip(&after.key_posts) {
        t.add_row(vec![
            Cell::new(format!("{}: held by non-local officials", b.title)),
            right(format!("{} of {}", b.non_local, b.seats)),
            right(format!("{} of {}", a.non_local, a.seats)),
        ]);
    }
    t.add_row(vec![
        Cell::new("relatives conflicts"),
        right(before.relatives_conflicts.len()),
        right(after.relatives_conflicts.len()),
    ]);
    t
}

pub fn check_table(c: &CheckReport) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "Scenario {} ({}): {} units, {} posts, {} officials; {} eligible (official, post) pairs",
        c.scenario, c.year, c.units, c.posts, c.officials, c.candidate_pairs
    );
    if !c.retiring.is_empty() {
        let _ = writeln!(
            w,
            "\nAt retirement age by {} ({}): left out of the plan, their posts open:",
            c.year,
            c.retiring.len()
        );
        for r in &c.retiring {
            let _ = writeln!(
                w,
                "  - {}{}: retirement age reached in {}",
                r.name,
                r.post_label
                    .as_ref()
                    .map_or(String::new(), |p| format!(" ({p})")),
                r.retirement_year
            );
        }
    }
    let _ = writeln!(w, "\nMust rotate ({}):", c.must_rotate.len());
    if !c.must_rotate.is_empty() {
        let mut t = table(&["Official", "Rule", "Why", "Eligible posts"]);
        for m in &c.must_rotate {
            t.add_row(vec![
                Cell::new(&m.name),
                Cell::new(m.rules.join(", ")),
                Cell::new(m.reasons.join("\n")),
                right(m.eligible_posts),
            ]);
        }
        let _ = writeln!(w, "{t}");
    }
    let _ = writeln!(w, "\nOpen seats ({}):", c.open_seats.len());
    if !c.open_seats.is_empty() {
        let mut t = table(&["Post", "Empty", "Eligible candidates"]);
        for s in &c.open_seats {
            t.add_row(vec![
                Cell::new(&s.label),
                right(s.empty_seats),
                right(s.eligible_candidates),
            ]);
        }
        let _ = writeln!(w, "{t}");
    }
    if c.dead_ends.is_empty() {
        let _ = writeln!(w, "\nNo dead ends found.");
    } else {
        let _ = writeln!(w, "\nDead ends ({}):", c.dead_ends.len());
        for d in &c.dead_ends {
            let _ = writeln!(w, "  - {d}");
        }
    }
    out
}

pub fn verdict_table(v: &Verdict) -> String {
    let mut out = String::new();
    let w = &mut out;
    if v.ok() {
        let _ = writeln!(
            w,
            "OK: every hard rule holds and the reported cost {} matches the recomputed cost.",
            v.reported_cost.total
        );
    } else {
        let _ = writeln!(w, "FAILED: {} violation(s):", v.violations.len());
        for x in &v.violations {
            let _ = writeln!(w, "  - [{}] {}", x.rule, x.text);
        }
    }
    out
}

fn signed(x: i64) -> String {
    match x {
        0 => "±0".into(),
        x if x > 0 => format!("+{x}"),
        x => format!("−{}", -x),
    }
}

pub fn comparison_table(c: &Comparison) -> String {
    let mut out = String::new();
    let w = &mut out;
    let timings = c.rows.iter().any(|r| r.seconds.is_some());
    // Key-post titles differ between variants; number them once for all rows.
    let mut titles: Vec<&str> = c
        .rows
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Solved { summary, .. } => {
                Some(summary.key_posts.iter().map(|k| k.title.as_str()))
            }
            _ => None,
        })
        .flatten()
        .collect();
    titles.sort();
    titles.dedup();
    let mut header = vec![
        "Scenario",
        "Status",
        "Total cost",
        "Cost terms",
        "Moves",
        "Swaps/cycles/chains",
        "Empty seats",
        "Heads ≥ limit",
        "Key posts non-local",
        "Relatives",
    ];
    if timings {
        header.push("Seconds");
    }
    let mut t = table(&header);
    // Cells are short and stacked in lines; wrapping them would only break words.
    t.set_content_arrangement(ContentArrangement::Disabled);
    let mut notes = Vec::new();
    for r in &c.rows {
        let mut cells = vec![Cell::new(&r.scenario)];
        match &r.outcome {
            Outcome::Solved {
                summary: s,
                vs_base,
            } => {
                let with = |x: i64, d: Option<i64>| match d {
                    Some(d) => format!("{x} ({})", signed(d)),
                    None => x.to_string(),
                };
                cells.push(Cell::new(if s.proven_optimal {
                    "optimal"
                } else {
                    "time limit"
                }));
                cells.push(right(with(s.total, vs_base.as_ref().map(|d| d.total))));
                let terms: Vec<String> = CostTerm::ALL
                    .iter()
                    .map(|&k| {
                        let d = vs_base
                            .as_ref()
                            .map(|d| d.terms.get(&k).copied().unwrap_or(0));
                        format!(
                            "{}: {}",
                            k.label(),
                            with(s.terms.get(&k).copied().unwrap_or(0), d)
                        )
                    })
                    .collect();
                cells.push(Cell::new(terms.join("\n")));
                cells.push(right(with(
                    s.moves as i64,
                    vs_base.as_ref().map(|d| d.moves),
                )));
                cells.push(right(format!("{}/{}/{}", s.swaps, s.cycles, s.chains)));
                cells.push(right(with(
                    s.unfilled_seats as i64,
                    vs_base.as_ref().map(|d| d.unfilled_seats),
                )));
                cells.push(right(s.heads_over_limit));
                let keys: Vec<String> = s
                    .key_posts
                    .iter()
                    .map(|k| {
                        let n = titles
                            .iter()
                            .position(|t| *t == k.title)
                            .map_or(0, |i| i + 1);
                        format!("({n}) {} of {}", k.non_local, k.seats)
                    })
                    .collect();
                cells.push(Cell::new(if keys.is_empty() {
                    "none".to_string()
                } else {
                    keys.join("\n")
                }));
                cells.push(right(s.relatives_conflicts));
            }
            Outcome::Infeasible { reason } | Outcome::Invalid { reason } => {
                let word = if matches!(r.outcome, Outcome::Infeasible { .. }) {
                    "infeasible"
                } else {
                    "invalid"
                };
                cells.push(Cell::new(word));
                cells.extend((0..8).map(|_| Cell::new("–")));
                notes.push(format!("{} ({word}): {reason}", r.scenario));
            }
        }
        if timings {
            cells.push(right(format!("{:.3}", r.seconds.unwrap_or(0.0))));
        }
        t.add_row(cells);
    }
    let base = c.rows.first().map_or("", |r| r.scenario.as_str());
    let _ = writeln!(
        w,
        "Comparison of {} scenario(s); (±n) is the difference against the first, {base}.",
        c.rows.len()
    );
    let _ = writeln!(w, "{t}");
    for (i, title) in titles.iter().enumerate() {
        let _ = writeln!(w, "  ({}) {title}", i + 1);
    }
    for n in notes {
        let _ = writeln!(w, "  - {n}");
    }
    for d in &c.diffs {
        let _ = write!(w, "\n{}", diff_text(d));
    }
    out
}

pub fn diff_text(d: &PlanDiff) -> String {
    let mut out = format!(
        "Differences between {} (A) and {} (B): cost {} → {} ({})\n",
        d.a,
        d.b,
        d.cost_a,
        d.cost_b,
        signed(d.cost_b - d.cost_a)
    );
    if d.changes.is_empty() {
        out.push_str("  everyone is placed the same\n");
    }
    for c in &d.changes {
        out.push_str(&format!("  - {}\n", c.text));
    }
    out
}

/// A horizon: each year's changes and plan, then a summary table of all years per mode.
/// With `years` false, only the summaries.
pub fn horizon_table(d: &HorizonDoc, years: bool) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "Horizon: {}, {}–{}", d.scenario, d.from, d.to);
    for run in &d.runs {
        if years {
            let _ = writeln!(w, "\nPlans, {}:", mode_words(run.mode));
        }
        for y in run.years.iter().filter(|_| years) {
            let _ = writeln!(w, "\n══ {} ══", y.year);
            let t = &y.turn;
            let names = |ds: &[crate::horizon::Departure]| {
                ds.iter()
                    .map(|x| match &x.post {
                        Some(p) => format!("{} ({p})", x.name),
                        None => x.name.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !t.retired.is_empty() {
                let _ = writeln!(w, "Retired before the plan: {}", names(&t.retired));
            }
            if !t.left.is_empty() {
                let _ = writeln!(w, "Left before the plan: {}", names(&t.left));
            }
            if !t.opened.is_empty() {
                let ids: Vec<String> = t.opened.iter().map(|p| p.to_string()).collect();
                let _ = writeln!(w, "New posts open: {}", ids.join(", "));
            }
            if run.mode == Mode::Joint {
                let _ = writeln!(
                    w,
                    "(One year of the joint plan: its status is that of all the years together.)"
                );
            }
            w.push_str(&plan_table(&y.plan));
        }
        let _ = writeln!(w, "\nSummary, {}:", mode_words(run.mode));
        if let (Some(v), Some(c)) = (run.variables, run.constraints) {
            let _ = writeln!(w, "One integer program: {v} variables, {c} constraints.");
        }
        w.push_str(&summary_table(run));
    }
    if let Some(saves) = d.foresight_saves {
        let cost = |m: Mode| d.runs.iter().find(|r| r.mode == m).map_or(0, |r| r.cost);
        let proven = d
            .runs
            .iter()
            .any(|r| r.mode == Mode::Joint && r.proven_optimal);
        let verdict = match (proven, saves) {
            (true, s) => format!("the joint plan saves {} points", -s),
            (false, s) => format!(
                "the joint plan, cut short by the time limit, saves {} points (it starts from the year-by-year plans, so it never costs more)",
                -s
            ),
        };
        let _ = writeln!(
            w,
            "\nForesight: joint {} points, year by year {} points: {verdict}.",
            cost(Mode::Joint),
            cost(Mode::Yearly),
        );
    }
    out
}

fn mode_words(m: Mode) -> &'static str {
    match m {
        Mode::Yearly => "year by year (each year optimal given the years before it)",
        Mode::Joint => "joint (all years as one integer program)",
        Mode::Both => "both",
    }
}

fn summary_table(run: &RunDoc) -> String {
    // One column per key-post title: non-local seats of all seats, year by year.
    let mut titles: Vec<&str> = run
        .summary
        .iter()
        .flat_map(|s| s.key_posts.iter().map(|k| k.title.as_str()))
        .collect();
    titles.sort();
    titles.dedup();
    let key_headers: Vec<String> = titles.iter().map(|t| format!("{t}: non-local")).collect();
    let terms: Vec<String> = CostTerm::ALL
        .iter()
        .map(|t| match t {
            CostTerm::WastedExpertise => "Expertise pts",
            CostTerm::Unfilled => "Unfilled pts",
            CostTerm::Moves => "Move pts",
            CostTerm::Promotions => "Promotion pts",
        })
        .map(String::from)
        .collect();
    let mut header = vec![
        "Year",
        "Retired",
        "Left",
        "New posts",
        "Moves",
        "Empty seats",
        "Heads ≥ limit",
    ];
    header.extend(key_headers.iter().map(String::as_str));
    header.extend(terms.iter().map(String::as_str));
    header.push("Cost");
    let mut t = table(&header);
    for s in &run.summary {
        let mut cells = vec![
            Cell::new(s.year),
            right(s.retired),
            right(s.left),
            right(s.opened),
            right(s.moves),
            right(s.unfilled_seats),
            right(s.heads_over_limit),
        ];
        cells.extend(titles.iter().map(
            |title| match s.key_posts.iter().find(|k| k.title == *title) {
                Some(k) => right(format!("{}/{}", k.non_local, k.seats)),
                None => Cell::new(""),
            },
        ));
        cells.extend(
            CostTerm::ALL
                .iter()
                .map(|term| right(s.cost_terms.get(term).copied().unwrap_or(0))),
        );
        cells.push(right(s.cost));
        t.add_row(cells);
    }
    let mut total = vec![Cell::new("all")];
    total.extend((0..6 + titles.len()).map(|_| Cell::new("")));
    total.extend(
        CostTerm::ALL
            .iter()
            .map(|term| right(run.cost_terms.get(term).copied().unwrap_or(0))),
    );
    total.push(right(run.cost));
    t.add_row(total);
    let status = match (run.proven_optimal, run.mode) {
        (true, Mode::Joint) => "proven optimal over all the years together",
        (true, _) => "every year proven optimal, given the years before it",
        (false, _) => "not proven optimal (time limit)",
    };
    format!("{t}\n{status}\n")
}
