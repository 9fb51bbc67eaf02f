//! `rotaplan diff PLAN_A PLAN_B`

use super::{emit_output, render};
use clap::Args;
use rotaplan::report::{self, Format};
use rotaplan::{diff, verify};
use std::path::PathBuf;

#[derive(Args)]
pub struct DiffArgs {
    a: PathBuf,
    b: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(a: DiffArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let (x, y) = (verify::read_plan_doc(&a.a)?, verify::read_plan_doc(&a.b)?);
    let d = diff::diff(&x, &y);
    emit_output(
        render(&d, a.format, lang, report::diff_text, None, None)?,
        None,
    )?;
    Ok(0)
}
