//! `rotaplan check SCENARIO [--resolved]`

use super::{emit, emit_output, format_for, render};
use clap::Args;
use rotaplan::report::{self, Format};
use rotaplan::{check, scenario};
use std::path::PathBuf;

#[derive(Args)]
pub struct CheckArgs {
    scenario: PathBuf,
    #[command(flatten)]
    report: super::ReportArgs,
    /// Print the scenario with every `extends` applied and every default filled in,
    /// instead of the report.
    #[arg(long)]
    resolved: bool,
}

pub fn run(a: CheckArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let s = scenario::load_all(&a.scenario)?;
    let found = super::warnings(&a.scenario, &s, lang, !a.resolved)?;
    super::refuse_overwrite(&a.scenario, &[("--out", a.report.out.as_deref())])?;
    let format = format_for(a.report.format, a.report.out.as_deref());
    if a.resolved {
        let f = if format == Format::Json {
            Format::Json
        } else {
            Format::Yaml
        };
        emit(&report::data(&s, f), a.report.out.as_deref())?;
        return Ok(0);
    }
    let output = render(
        &check::check(&s, lang).with_warnings(&found, lang),
        format,
        lang,
        report::check_table,
        Some(super::Tables::of(report::check_sheets)),
        a.report.table.as_deref(),
    )?;
    emit_output(output, a.report.out.as_deref())?;
    Ok(0)
}
