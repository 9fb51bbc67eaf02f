//! `rotaplan compare A.yaml B.yaml ... | FOLDER`

use super::progress::Bars;
use super::{emit_output, render, SolveArgs};
use clap::Args;
use rotaplan::compare::{compare, expand, solve_all};
use rotaplan::messages::{Msg, K};
use rotaplan::report::{self, Format};
use rotaplan::Error;
use std::path::PathBuf;

#[derive(Args)]
pub struct CompareArgs {
    /// Scenario or variant files, or folders of them; the first is the base.
    #[arg(required = true)]
    scenarios: Vec<PathBuf>,
    #[command(flatten)]
    report: super::ReportArgs,
    /// Keep each plan in this folder, as NAME.yaml (NAME.json with --format json).
    #[arg(long, value_name = "FOLDER")]
    plans: Option<PathBuf>,
    /// Also list, for each scenario, who is placed differently than in the base.
    #[arg(long)]
    diff: bool,
    /// Show solve times (they differ from run to run, so they are off by default).
    #[arg(long)]
    timings: bool,
    #[command(flatten)]
    solve: SolveArgs,
}

pub fn run(a: CompareArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let opts = a.solve.options(lang)?;
    if let Some(out) = a.report.out.as_deref().filter(|o| o.is_dir()) {
        // `--out FOLDER` kept the plans before `--plans` did.
        return Err(super::flag_error(
            out,
            Msg::new(K::OutIsFolder),
            Msg::new(K::HintOutIsFolder),
        ));
    }
    let files = expand(&a.scenarios)?;
    let inputs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| rotaplan::scenario::sources(f).ok())
        .flatten()
        .collect();
    if let Some(out) = &a.report.out {
        report::refuse_overwrite(out, &inputs, "--out")?;
    }
    let bars = Bars::new(&files);
    let solved = solve_all(&files, &opts, &bars);
    bars.finish();
    let mut invalid = false;
    for s in &solved {
        if let Err(e) = &s.result {
            if !matches!(e, Error::Infeasible(_)) {
                invalid = true;
                eprintln!("{}", e.render(lang));
            }
        }
    }
    if let Some(dir) = &a.plans {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
        let (ext, f) = if a.report.format == Format::Json {
            ("json", Format::Json)
        } else {
            ("yaml", Format::Yaml)
        };
        let outputs: Vec<(PathBuf, String)> = solved
            .iter()
            .filter_map(|s| s.result.as_ref().ok())
            .map(|doc| {
                let name = report::file_name_for(&doc.scenario);
                (dir.join(format!("{name}.{ext}")), report::data(doc, f))
            })
            .collect();
        for (path, _) in &outputs {
            report::refuse_overwrite(path, &inputs, "--plans")?;
        }
        for (path, text) in &outputs {
            report::write_atomic(path, text)?;
        }
    }
    let c = compare(&solved, a.diff, a.timings, lang);
    let output = render(
        &c,
        super::format_for(a.report.format, a.report.out.as_deref()),
        lang,
        report::comparison_table,
        Some(
            super::Tables::of(report::comparison_sheets)
                .with_figures(&report::html::comparison_figures),
        ),
        a.report.table.as_deref(),
    )?;
    emit_output(output, a.report.out.as_deref())?;
    Ok(if invalid { 2 } else { 0 })
}
