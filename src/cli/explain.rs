//! `rotaplan explain SCENARIO --post POST | --official ID`

use super::{emit_output, render, SolveArgs};
use clap::Args;
use rotaplan::messages::{Lang, Msg, K};
use rotaplan::report;
use rotaplan::scenario::{self, words::nearest, Scenario};
use rotaplan::why::{explain, Subject};
use std::path::PathBuf;

#[derive(Args)]
#[command(group(clap::ArgGroup::new("subject").required(true).args(["post", "official"])))]
pub struct ExplainArgs {
    /// The scenario (YAML, JSON, a workbook or a folder of CSV files).
    scenario: PathBuf,
    /// Who could take this post (its id), and at what cost.
    #[arg(long, value_name = "POST")]
    post: Option<String>,
    /// Which posts this official (their id) could take, and at what cost.
    #[arg(long, value_name = "ID")]
    official: Option<String>,
    /// How many choices to show, cheapest first.
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    #[command(flatten)]
    report: super::ReportArgs,
    #[command(flatten)]
    solve: SolveArgs,
}

pub fn run(a: ExplainArgs, lang: Lang) -> rotaplan::Result<u8> {
    let opts = a.solve.options(lang)?;
    let all = scenario::load_all(&a.scenario)?;
    super::warnings(&a.scenario, &all, lang, false)?;
    let s = all.as_of(all.year);
    super::refuse_overwrite(&a.scenario, &[("--out", a.report.out.as_deref())])?;
    let subject = subject(&s, &a)?;
    let doc = explain(&s, subject, a.top, &opts, lang)?;
    let output = render(
        &doc,
        super::format_for(a.report.format, a.report.out.as_deref()),
        lang,
        report::explain_table,
        Some(super::Tables::of(report::explain_sheets)),
        a.report.table.as_deref(),
    )?;
    emit_output(output, a.report.out.as_deref())?;
    Ok(0)
}

/// The post or official asked about, by id; an unknown id names the nearest one.
fn subject(s: &Scenario, a: &ExplainArgs) -> rotaplan::Result<Subject> {
    let (flag, id, ids): (&str, &str, Vec<&str>) = match (&a.post, &a.official) {
        (Some(p), _) => (
            "--post",
            p,
            s.posts.iter().map(|p| p.id.0.as_str()).collect(),
        ),
        (None, Some(o)) => (
            "--official",
            o,
            s.officials.iter().map(|o| o.id.0.as_str()).collect(),
        ),
        (None, None) => unreachable!("clap requires one of them"),
    };
    if let Some(i) = ids.iter().position(|&x| x == id) {
        return Ok(if a.post.is_some() {
            Subject::Post(i)
        } else {
            Subject::Official(i)
        });
    }
    let hint = match nearest(id, ids.iter().copied()) {
        Some(near) => Msg::new(K::HintExplainNear).arg("near", near),
        None => Msg::new(K::HintExplainIds).arg("flag", flag),
    };
    Err(super::flag_error(
        flag,
        Msg::new(K::ExplainUnknown)
            .arg("id", id)
            .arg("year", s.year),
        hint,
    ))
}
