//! `rotaplan generate`

use super::emit;
use clap::{Args, ValueEnum};
use rotaplan::generate::{generate, Spec};
use rotaplan::report::{self, Format};
use std::path::PathBuf;

#[derive(Clone, Copy, ValueEnum)]
pub enum Preset {
    /// One province of 100 communes: 2,000+ posts.
    Province,
    /// 34 provinces and 3,321 communes, as since July 2025.
    National,
}

#[derive(Args)]
pub struct GenerateArgs {
    #[arg(long, default_value_t = 1)]
    provinces: u32,
    #[arg(long, default_value_t = 20)]
    communes_per_province: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Overrides --provinces and --communes-per-province.
    #[arg(long, value_enum)]
    preset: Option<Preset>,
    /// Write the scenario to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(a: GenerateArgs) -> rotaplan::Result<u8> {
    let spec = match a.preset {
        Some(Preset::Province) => Spec::province(a.seed),
        Some(Preset::National) => Spec::national(a.seed),
        None => Spec::uniform(a.provinces, a.communes_per_province, a.seed),
    };
    let s = generate(&spec);
    emit(&report::data(&s, Format::Yaml), a.out.as_deref())?;
    Ok(0)
}
