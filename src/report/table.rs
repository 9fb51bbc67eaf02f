//! Plain-text tables for people, built with comfy-table.

use super::sheets::{Sheet, Sheets, Value};
use crate::check::CheckReport;
use crate::compare::{Comparison, Outcome};
use crate::diff::PlanDiff;
use crate::horizon::{HorizonDoc, Mode, RunDoc};
use crate::messages::{t as tr, Lang, K};
use crate::plan::PlanDoc;
use crate::rules::CostTerm;
use crate::verify::Verdict;
use crate::why::ExplainDoc;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use std::cell::Cell as Slot;
use std::fmt::Write;

/// How tables are laid out: boxed and wrapped to a width (a terminal's), or plain, with no
/// borders and no wrapping, the same bytes wherever the output goes (a pipe, a file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Boxed { width: u16 },
    Plain,
}

thread_local! {
    /// 0 for the plain layout, else the width of boxed tables; set by the command line for
    /// the thread that renders.
    static LAYOUT: Slot<u16> = const { Slot::new(0) };
}

/// Lays every table this thread renders out this way from now on (plain until set).
pub fn set_layout(layout: Layout) {
    let width = match layout {
        Layout::Boxed { width } => width.max(MIN_WIDTH),
        Layout::Plain => 0,
    };
    LAYOUT.with(|l| l.set(width));
}

/// No borders; a line under the header.
const PLAIN: &str = "     ──            ";

/// Narrower than this, a boxed table could not show its columns at all.
const MIN_WIDTH: u16 = 40;

fn table<S: ToString>(header: &[S]) -> Table {
    let mut t = Table::new();
    match LAYOUT.with(|l| l.get()) {
        0 => {
            t.load_preset(PLAIN)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        width => {
            t.load_preset(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
    }
    t.set_header(header.iter().map(ToString::to_string).collect::<Vec<_>>());
    t
}

/// A table as text, without the spaces that pad the last column out to the line's end.
fn shown(t: &Table) -> String {
    let text = t.to_string();
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n")
}

/// Gives the reasons column at least two fifths of a boxed table, so a reason reads as a
/// sentence rather than a word a line.
fn widen(t: &mut Table, col: usize) {
    if LAYOUT.with(|l| l.get()) != 0 {
        if let Some(c) = t.column_mut(col) {
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Percentage(40)));
        }
    }
}

/// One of the report's sheets as a table under its title: numbers right-aligned, the
/// reasons column (`why`) widened. The formats share the sheet; this lays it out.
fn section(w: &mut String, sheet: &Sheet, why: Option<usize>) {
    let _ = writeln!(w, "\n{}", sheet.title);
    if sheet.rows.is_empty() {
        return;
    }
    let mut t = table(&sheet.header);
    if let Some(col) = why {
        widen(&mut t, col);
    }
    for row in &sheet.rows {
        t.add_row(row.iter().map(|v| match v {
            Value::Int(n) => right(n),
            Value::Text(text) => Cell::new(text),
        }));
    }
    let _ = writeln!(w, "{}", shown(&t));
}

/// The sheet named `name` of `sheets`.
fn sheet<'a>(sheets: &'a Sheets, name: &str) -> &'a Sheet {
    sheets
        .sheets
        .iter()
        .find(|s| s.name == name)
        .expect("the report has this sheet")
}

fn right(x: impl ToString) -> Cell {
    Cell::new(x.to_string()).set_alignment(CellAlignment::Right)
}

/// `key` in `lang` with no arguments.
fn k(lang: Lang, key: K) -> String {
    tr(lang, key, &[])
}

pub fn plan_table(d: &PlanDoc, lang: Lang) -> String {
    let mut out = String::new();
    let w = &mut out;
    for line in super::sheets::plan_heading(d, lang) {
        let _ = writeln!(w, "{line}");
    }
    let _ = writeln!(w);
    if d.moves.is_empty() {
        let _ = writeln!(w, "{}", k(lang, K::NoMoves));
    } else {
        let _ = writeln!(w, "{}", tr(lang, K::MovesGrouped, &[("n", &d.moves.len())]));
        for g in &d.groups {
            let _ = writeln!(w, "  • {}", g.text);
        }
        let mut t = table(&[
            k(lang, K::ColOfficial),
            k(lang, K::ColFrom),
            k(lang, K::ColTo),
            k(lang, K::ColKind),
            k(lang, K::ColWhy),
        ]);
        widen(&mut t, 4);
        for m in &d.moves {
            let mut why = m.required_by.join("\n");
            if !why.is_empty() {
                why.push('\n');
            }
            why.push_str(&m.fills);
            if let Some(d) = &m.development {
                why.push('\n');
                why.push_str(d);
            }
            t.add_row(vec![
                Cell::new(&m.name),
                Cell::new(m.from_label.clone().unwrap_or_else(|| k(lang, K::Pool))),
                Cell::new(&m.to_label),
                Cell::new(m.kind.label(lang)),
                Cell::new(why),
            ]);
        }
        let _ = writeln!(w, "{}", shown(&t));
    }
    let sheets = super::sheets::plan_sheets(d, lang);
    if d.revision.is_some() {
        section(w, sheet(&sheets, "changes"), Some(3));
    }
    for (name, why) in [("unfilled", Some(2)), ("stays", Some(2))] {
        let sheet = sheet(&sheets, name);
        if !sheet.rows.is_empty() {
            section(w, sheet, why);
        }
    }
    if !d.breaches.is_empty() {
        section(w, sheet(&sheets, "breaches"), Some(2));
    }
    if !d.wishes.is_empty() {
        section(w, sheet(&sheets, "wishes"), None);
    }
    section(w, sheet(&sheets, "cost"), None);

    let _ = writeln!(w, "\n{}", k(lang, K::ComplianceHeading));
    let _ = writeln!(
        w,
        "{}",
        shown(&compliance_table(sheet(&sheets, "compliance")))
    );

    section(w, sheet(&sheets, "kinds"), None);
    out
}

/// The compliance sheet with every figure set right, "3 of 5" as much as a count.
fn compliance_table(sheet: &Sheet) -> Table {
    let mut t = table(&sheet.header);
    for row in &sheet.rows {
        t.add_row(row.iter().enumerate().map(|(i, v)| match i {
            0 => Cell::new(v.text()),
            _ => right(v.text()),
        }));
    }
    t
}

pub fn check_table(c: &CheckReport, lang: Lang) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "{}", super::sheets::check_heading(c, lang));
    if !c.retiring.is_empty() {
        let _ = writeln!(
            w,
            "\n{}",
            tr(
                lang,
                K::CheckRetiring,
                &[("year", &c.year), ("n", &c.retiring.len())]
            )
        );
        for r in &c.retiring {
            let post = r
                .post_label
                .as_ref()
                .map_or(String::new(), |p| format!(" ({p})"));
            let _ = writeln!(
                w,
                "  - {}",
                tr(
                    lang,
                    K::CheckRetiringOne,
                    &[
                        ("name", &r.name),
                        ("post", &post),
                        ("retires", &r.retires.word().render(lang))
                    ]
                )
            );
        }
    }
    let _ = writeln!(
        w,
        "\n{}",
        tr(lang, K::CheckMustRotate, &[("n", &c.must_rotate.len())])
    );
    if !c.must_rotate.is_empty() {
        let mut t = table(&[
            k(lang, K::ColOfficial),
            k(lang, K::ColRule),
            k(lang, K::ColWhy),
            k(lang, K::ColEligiblePosts),
        ]);
        widen(&mut t, 2);
        for m in &c.must_rotate {
            t.add_row(vec![
                Cell::new(&m.name),
                Cell::new(
                    m.rules
                        .iter()
                        .map(|r| crate::rules::rule_label(r).render(lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Cell::new(m.reasons.join("\n")),
                right(m.eligible_posts),
            ]);
        }
        let _ = writeln!(w, "{}", shown(&t));
    }
    let sheets = super::sheets::check_sheets(c, lang);
    section(w, sheet(&sheets, "open_seats"), None);
    if c.dead_ends.is_empty() {
        let _ = writeln!(w, "\n{}", k(lang, K::CheckNoDeadEnds));
    } else {
        let _ = writeln!(
            w,
            "\n{}",
            tr(lang, K::CheckDeadEnds, &[("n", &c.dead_ends.len())])
        );
        for d in &c.dead_ends {
            let _ = writeln!(w, "  - {d}");
        }
    }
    if !c.warnings.is_empty() {
        section(w, sheet(&sheets, "warnings"), None);
    }
    out
}

pub fn verdict_table(v: &Verdict, lang: Lang) -> String {
    let mut out = String::new();
    let w = &mut out;
    if v.ok() {
        let _ = writeln!(
            w,
            "{}",
            tr(lang, K::VerifyOk, &[("cost", &v.reported_cost.total)])
        );
    } else {
        let _ = writeln!(
            w,
            "{}",
            tr(lang, K::VerifyFailed, &[("n", &v.violations.len())])
        );
        for x in &v.violations {
            let _ = writeln!(w, "  - [{}] {}", x.rule, x.text);
        }
    }
    if !v.breaches.is_empty() {
        let _ = writeln!(
            w,
            "{}",
            tr(lang, K::VerifyBreaches, &[("n", &v.breaches.len())])
        );
        for x in &v.breaches {
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

pub fn comparison_table(c: &Comparison, lang: Lang) -> String {
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
    let mut header: Vec<String> = [
        K::CmpScenario,
        K::CmpStatus,
        K::CmpTotal,
        K::CmpTerms,
        K::ColMoves,
        K::CmpShapes,
        K::CmpEmpty,
        K::CmpHeads,
        K::CmpKeyPosts,
        K::CmpRelatives,
    ]
    .iter()
    .map(|&key| k(lang, key))
    .collect();
    let composition = super::sheets::composition_column(c);
    if composition {
        header.push(k(lang, K::CmpComposition));
    }
    let development = super::sheets::development_column(c);
    if development {
        header.push(k(lang, K::CmpDevelopment));
    }
    if timings {
        header.push(k(lang, K::CmpSeconds));
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
                cells.push(Cell::new(k(
                    lang,
                    if s.proven_optimal {
                        K::CmpOptimal
                    } else {
                        K::CmpTimeLimit
                    },
                )));
                cells.push(right(with(s.total, vs_base.as_ref().map(|d| d.total))));
                // The terms of every plan, and soft-rule breaches where a plan has them.
                let terms: Vec<String> = CostTerm::EVERY
                    .iter()
                    .filter(|t| CostTerm::ALL.contains(t) || s.terms.contains_key(t))
                    .map(|&term| {
                        let d = vs_base
                            .as_ref()
                            .map(|d| d.terms.get(&term).copied().unwrap_or(0));
                        format!(
                            "{}: {}",
                            term.label(lang),
                            with(s.terms.get(&term).copied().unwrap_or(0), d)
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
                    .map(|kp| {
                        let n = titles
                            .iter()
                            .position(|t| *t == kp.title)
                            .map_or(0, |i| i + 1);
                        let of = tr(lang, K::NOfM, &[("n", &kp.non_local), ("m", &kp.seats)]);
                        format!("({n}) {of}")
                    })
                    .collect();
                cells.push(Cell::new(if keys.is_empty() {
                    k(lang, K::CmpNone)
                } else {
                    keys.join("\n")
                }));
                cells.push(right(s.relatives_conflicts));
                if composition {
                    cells.push(right(
                        s.composition_short
                            .map_or("–".to_string(), |n| n.to_string()),
                    ));
                }
                if development {
                    cells.push(right(
                        s.developmental.map_or("–".to_string(), |n| n.to_string()),
                    ));
                }
            }
            Outcome::Infeasible { reason } | Outcome::Invalid { reason } => {
                let word = k(
                    lang,
                    if matches!(r.outcome, Outcome::Infeasible { .. }) {
                        K::CmpInfeasible
                    } else {
                        K::CmpInvalid
                    },
                );
                cells.push(Cell::new(&word));
                let extra = usize::from(composition) + usize::from(development);
                cells.extend((0..8 + extra).map(|_| Cell::new("–")));
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
        "{}",
        tr(lang, K::CmpTitle, &[("n", &c.rows.len()), ("base", &base)])
    );
    let _ = writeln!(w, "{}", shown(&t));
    for (i, title) in titles.iter().enumerate() {
        let _ = writeln!(w, "  ({}) {title}", i + 1);
    }
    for n in notes {
        let _ = writeln!(w, "  - {n}");
    }
    for d in &c.diffs {
        let _ = write!(w, "\n{}", diff_text(d, lang));
    }
    out
}

pub fn diff_text(d: &PlanDiff, lang: Lang) -> String {
    let delta = signed(d.cost_b - d.cost_a);
    let mut out = tr(
        lang,
        K::DiffTitle,
        &[
            ("a", &d.a),
            ("b", &d.b),
            ("cost_a", &d.cost_a),
            ("cost_b", &d.cost_b),
            ("delta", &delta),
        ],
    );
    out.push('\n');
    if d.changes.is_empty() {
        out.push_str(&format!("  {}\n", k(lang, K::DiffSame)));
    }
    for c in &d.changes {
        out.push_str(&format!("  - {}\n", c.text));
    }
    out
}

/// A horizon: each year's changes and plan, then a summary table of all years per mode.
/// With `years` false, only the summaries.
pub fn horizon_table(d: &HorizonDoc, years: bool, lang: Lang) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "{}",
        tr(
            lang,
            K::HorizonTitle,
            &[("scenario", &d.scenario), ("from", &d.from), ("to", &d.to)]
        )
    );
    for run in &d.runs {
        if years {
            let mode = run.mode.word().render(lang);
            let _ = writeln!(w, "\n{}", tr(lang, K::HorizonPlans, &[("mode", &mode)]));
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
                let names = names(&t.retired);
                let _ = writeln!(w, "{}", tr(lang, K::HorizonRetired, &[("names", &names)]));
            }
            if !t.left.is_empty() {
                let names = names(&t.left);
                let _ = writeln!(w, "{}", tr(lang, K::HorizonLeft, &[("names", &names)]));
            }
            if !t.opened.is_empty() {
                let ids: Vec<String> = t.opened.iter().map(|p| p.to_string()).collect();
                let posts = ids.join(", ");
                let _ = writeln!(w, "{}", tr(lang, K::HorizonOpened, &[("posts", &posts)]));
            }
            if run.mode == Mode::Joint {
                let _ = writeln!(w, "{}", k(lang, K::HorizonJointYear));
            }
            w.push_str(&plan_table(&y.plan, lang));
        }
        let mode = run.mode.word().render(lang);
        let _ = writeln!(w, "\n{}", tr(lang, K::HorizonSummary, &[("mode", &mode)]));
        if let (Some(v), Some(c)) = (run.variables, run.constraints) {
            let _ = writeln!(
                w,
                "{}",
                tr(
                    lang,
                    K::HorizonJointSize,
                    &[("variables", &v), ("constraints", &c)]
                )
            );
        }
        w.push_str(&summary_table(run, lang));
    }
    if let Some(saves) = d.foresight_saves {
        let cost = |m: Mode| d.runs.iter().find(|r| r.mode == m).map_or(0, |r| r.cost);
        let proven = d
            .runs
            .iter()
            .any(|r| r.mode == Mode::Joint && r.proven_optimal);
        let key = if proven {
            K::HorizonSaves
        } else {
            K::HorizonSavesCutShort
        };
        let verdict = tr(lang, key, &[("n", &-saves)]);
        let (joint, yearly) = (cost(Mode::Joint), cost(Mode::Yearly));
        let _ = writeln!(
            w,
            "\n{}",
            tr(
                lang,
                K::HorizonForesight,
                &[
                    ("joint", &joint),
                    ("yearly", &yearly),
                    ("verdict", &verdict)
                ]
            )
        );
    }
    out
}

fn summary_table(run: &RunDoc, lang: Lang) -> String {
    // One column per key-post title: non-local seats of all seats, year by year.
    let mut titles: Vec<&str> = run
        .summary
        .iter()
        .flat_map(|s| s.key_posts.iter().map(|k| k.title.as_str()))
        .collect();
    titles.sort();
    titles.dedup();
    let mut header: Vec<String> = [
        K::ColYear,
        K::ColRetired,
        K::ColLeft,
        K::ColNewPosts,
        K::ColMoves,
        K::ColEmptySeats,
        K::ColHeadsOverLimit,
    ]
    .iter()
    .map(|&key| k(lang, key))
    .collect();
    header.extend(
        titles
            .iter()
            .map(|t| tr(lang, K::ColKeyNonLocal, &[("title", t)])),
    );
    header.extend(
        CostTerm::ALL
            .iter()
            .map(|term| tr(lang, K::ColTermPoints, &[("term", &term.label(lang))])),
    );
    header.push(k(lang, K::ColCost));
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
    let mut total = vec![Cell::new(k(lang, K::HorizonAll))];
    total.extend((0..6 + titles.len()).map(|_| Cell::new("")));
    total.extend(
        CostTerm::ALL
            .iter()
            .map(|term| right(run.cost_terms.get(term).copied().unwrap_or(0))),
    );
    total.push(right(run.cost));
    t.add_row(total);
    let status = k(
        lang,
        match (run.proven_optimal, run.mode) {
            (true, Mode::Joint) => K::HorizonProvenJoint,
            (true, _) => K::HorizonProvenYearly,
            (false, _) => K::HorizonNotProven,
        },
    );
    let mut out = format!("{}\n{status}\n", shown(&t));
    // A year that could only be planned by breaking a soft rule says so.
    let broken: Vec<String> = run
        .summary
        .iter()
        .filter(|s| s.breaches > 0)
        .map(|s| format!("{} ({})", s.year, s.breaches))
        .collect();
    if !broken.is_empty() {
        let years = broken.join(", ");
        out.push_str(&tr(lang, K::HorizonBreaches, &[("years", &years)]));
        out.push('\n');
    }
    out
}

/// An explanation for a person: what is asked, then the choices and the exclusions.
pub fn explain_table(d: &ExplainDoc, lang: Lang) -> String {
    let sheets = super::sheets::explain_sheets(d, lang);
    let mut out = sheets.title.join("\n");
    out.push('\n');
    let last = sheets.sheets[0].header.len() - 1;
    section(&mut out, sheet(&sheets, "choices"), Some(last));
    section(&mut out, sheet(&sheets, "excluded"), Some(3));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn district1() -> PlanDoc {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/district1-phunhuan.yaml");
        let s = crate::scenario::load(&path).unwrap();
        let p = crate::plan::plan(&s, &crate::plan::Options::default()).unwrap();
        crate::plan::document(&s, &p, Lang::Vi)
    }

    #[test]
    fn boxed_tables_fit_the_width_given_and_plain_ones_have_no_borders() {
        let d = district1();
        set_layout(Layout::Boxed { width: 100 });
        let boxed = plan_table(&d, Lang::Vi);
        for line in boxed
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '├', '└', '╞']))
        {
            assert!(line.chars().count() <= 100, "{line}");
        }
        assert!(boxed.contains('┆'));
        set_layout(Layout::Plain);
        let plain = plan_table(&d, Lang::Vi);
        assert!(!plain.contains(['│', '┆', '┌']), "{plain}");
        assert!(
            plain.lines().all(|l| l == l.trim_end()),
            "no trailing spaces"
        );
        assert!(plain.contains("Võ Cao Long"));
    }
}
