//! `rotaplan generate`

use super::emit;
use clap::{Args, ValueEnum};
use rotaplan::generate::{generate, Spec};
use rotaplan::messages::{Msg, K};
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
    /// The share of officials holding a post who list wishes (0 to 1): a few posts of
    /// their role and field nearby, and `stay` half the time.
    #[arg(long, default_value_t = 0.0)]
    wishes: f64,
    /// Titles expect experience of those planned for them (a commune for a district title;
    /// a commune and the other bloc for a province title), and half the officials served
    /// in other units before.
    #[arg(long)]
    development: bool,
}

pub fn run(a: GenerateArgs) -> rotaplan::Result<u8> {
    if !(0.0..=1.0).contains(&a.wishes) {
        return Err(super::flag_error(
            "--wishes",
            Msg::new(K::BadShare).arg("value", a.wishes),
            Msg::new(K::HintShare),
        ));
    }
    let spec = match a.preset {
        Some(Preset::Province) => Spec::province(a.seed),
        Some(Preset::National) => Spec::national(a.seed),
        None => Spec::uniform(a.provinces, a.communes_per_province, a.seed),
    };
    let spec = Spec {
        wishes: a.wishes,
        development: a.development,
        ..spec
    };
    let s = generate(&spec);
    emit(&report::data(&s, Format::Yaml), a.out.as_deref())?;
    Ok(0)
}
