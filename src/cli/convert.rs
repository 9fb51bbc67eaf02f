//! `rotaplan convert IN OUT` and `rotaplan template --out FILE.xlsx`

use clap::Args;
use rotaplan::messages::{Lang, Msg, K};
use rotaplan::report::{self, Format};
use rotaplan::scenario::{self, workbook};
use std::path::PathBuf;

#[derive(Args)]
pub struct ConvertArgs {
    /// The scenario to read: .yaml, .yml, .json or .xlsx.
    input: PathBuf,
    /// The file to write, in the format of its extension: .yaml, .yml, .json or .xlsx.
    output: PathBuf,
}

#[derive(Args)]
pub struct TemplateArgs {
    /// The workbook to write (.xlsx).
    #[arg(long)]
    out: PathBuf,
}

/// The scenario format a file's extension names.
fn format_of(path: &std::path::Path) -> rotaplan::Result<Format> {
    match Format::of_file(path) {
        Some(f @ (Format::Yaml | Format::Json | Format::Xlsx)) => Ok(f),
        _ => Err(super::flag_error(
            path,
            Msg::new(K::ConvertExtension),
            Msg::new(K::HintConvertExtension),
        )),
    }
}

pub fn run(a: ConvertArgs, lang: Lang) -> rotaplan::Result<u8> {
    let format = format_of(&a.output)?;
    // Everything the scenario says, later years included, with every `extends` applied.
    let s = scenario::load_all(&a.input)?;
    super::refuse_overwrite(&a.input, &[("OUT", Some(&a.output))])?;
    match format {
        Format::Xlsx => {
            report::write_atomic_bytes(&a.output, &workbook::write(&s, lang, &a.output)?)?
        }
        f => report::write_atomic(&a.output, &report::data(&s, f))?,
    }
    Ok(0)
}

pub fn template(a: TemplateArgs, lang: Lang) -> rotaplan::Result<u8> {
    if Format::of_file(&a.out) != Some(Format::Xlsx) {
        return Err(super::flag_error(
            &a.out,
            Msg::new(K::TemplateNotXlsx),
            Msg::new(K::HintTemplateNotXlsx),
        ));
    }
    report::write_atomic_bytes(&a.out, &workbook::template(lang, &a.out)?)?;
    Ok(0)
}
