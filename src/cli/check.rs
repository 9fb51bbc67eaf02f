//! `rotaplan check SCENARIO [--resolved]`

use super::{emit, render};
use clap::Args;
use rotaplan::report::{self, Format};
use rotaplan::{check, scenario};
use std::path::PathBuf;

#[derive(Args)]
pub struct CheckArgs {
    scenario: PathBuf,
    /// table for people; yaml, json for programs; md (Markdown) for a document; csv for
    /// one table (`--table`).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// With --format csv: which table (the first when not given).
    #[arg(long, value_name = "NAME")]
    table: Option<String>,
    /// Print the scenario with every `extends` applied and every default filled in,
    /// instead of the report.
    #[arg(long)]
    resolved: bool,
}

pub fn run(a: CheckArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let s = scenario::load_all(&a.scenario)?;
    let text = if a.resolved {
        let f = if a.format == Format::Json {
            Format::Json
        } else {
            Format::Yaml
        };
        report::data(&s, f)
    } else {
        render(
            &check::check(&s, lang),
            a.format,
            lang,
            report::check_table,
            Some(report::check_sheets),
            a.table.as_deref(),
        )?
    };
    emit(&text, None)?;
    Ok(0)
}
