//! `rotaplan verify SCENARIO PLAN`

use super::{emit_output, render};
use clap::Args;
use rotaplan::report::{self, Format};
use rotaplan::{scenario, verify};
use std::path::PathBuf;

#[derive(Args)]
pub struct VerifyArgs {
    scenario: PathBuf,
    plan: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(a: VerifyArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let s = scenario::load(&a.scenario)?;
    let file = verify::read_plan(&a.plan)?;
    let v = verify::verify_in(&s, &file, lang);
    emit_output(
        render(&v, a.format, lang, report::verdict_table, None, None)?,
        None,
    )?;
    Ok(if v.ok() { 0 } else { 1 })
}
