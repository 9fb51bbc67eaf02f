//! `rotaplan horizon SCENARIO --from YEAR --to YEAR`

use super::SolveArgs;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rotaplan::horizon::{self, Mode, Progress};
use rotaplan::messages::{Msg, K};
use rotaplan::report::{self, Format};
use rotaplan::scenario;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Args)]
pub struct HorizonArgs {
    scenario: PathBuf,
    /// The first plan year (default: the scenario's year).
    #[arg(long)]
    from: Option<i32>,
    /// The last plan year.
    #[arg(long)]
    to: i32,
    /// yearly: each year optimal given the past; joint: all years as one integer
    /// program; both: the two, with what foresight saves.
    #[arg(long, value_enum, default_value_t = Mode::Yearly)]
    mode: Mode,
    /// At most this many officials change post each year.
    #[arg(long)]
    max_moves: Option<u32>,
    /// At most this many officials join, and this many leave, each unit each year.
    #[arg(long)]
    max_moves_per_unit: Option<u32>,
    /// Spread the rotations the term-limit and non-local rules force at the start evenly
    /// over the years, instead of making them all in the first.
    #[arg(long)]
    spread: bool,
    #[command(flatten)]
    report: super::ReportArgs,
    /// In the table, only the summary of the years (YAML and JSON are always complete).
    #[arg(long)]
    summary: bool,
    /// Also write each year's scenario and plan to this folder, as
    /// MODE/YEAR-scenario.yaml and MODE/YEAR-plan.yaml, for `rotaplan verify`.
    #[arg(long)]
    plans: Option<PathBuf>,
    #[command(flatten)]
    solve: SolveArgs,
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn step(&self, mode: Mode, what: &str) {
        self.0.set_message(format!("{}: {what}", mode.name()));
        self.0.inc(1);
    }
}

pub fn run(a: HorizonArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let plan = a.solve.options(lang)?;
    let base = scenario::load_all(&a.scenario)?;
    super::warnings(&a.scenario, &base, lang, false)?;
    super::refuse_overwrite(&a.scenario, &[("--out", a.report.out.as_deref())])?;
    if let Some(dir) = &a.plans {
        // The files --plans writes: MODE/YEAR-scenario.yaml and MODE/YEAR-plan.yaml.
        let from = a.from.unwrap_or(base.year);
        for input in scenario::sources(&a.scenario)? {
            for mode in [Mode::Yearly, Mode::Joint] {
                let sub = dir.join(mode.name());
                let written = input.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    let year = n
                        .strip_suffix("-scenario.yaml")
                        .or_else(|| n.strip_suffix("-plan.yaml"))
                        .and_then(|y| y.parse::<i32>().ok());
                    year.is_some_and(|y| (from..=a.to).contains(&y))
                });
                if written {
                    let out = sub.join(input.file_name().expect("a file name"));
                    report::refuse_overwrite(&out, std::slice::from_ref(&input), "--plans")?;
                }
            }
        }
    }
    let opts = horizon::Options {
        from: a.from.unwrap_or(base.year),
        to: a.to,
        mode: a.mode,
        plan,
        max_moves: a.max_moves,
        max_moves_per_unit: a.max_moves_per_unit,
        spread: a.spread,
    };
    let mut problems = horizon::pin_problems(&base, &opts);
    if !problems.is_empty() {
        if let Ok(text) = rotaplan::input::read_text(&a.scenario) {
            let spans = scenario::Spans::of(&text);
            for p in &mut problems {
                p.at = spans.find(&p.field);
            }
        }
        return Err(rotaplan::Error::Invalid {
            path: a.scenario.clone(),
            problems,
        });
    }
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    // A step per year and mode, and the joint model's solve.
    let years = (opts.to - opts.from + 1).max(0) as u64;
    let steps = match opts.mode {
        Mode::Yearly => years,
        Mode::Joint => years + 1,
        Mode::Both => 2 * years + 1,
    };
    let bar = ProgressBar::with_draw_target(Some(steps), target).with_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} {elapsed}")
            .expect("valid template"),
    );
    let runs = horizon::run(&base, &opts, &Bar(bar.clone()))?;
    bar.finish_and_clear();
    if let Some(dir) = &a.plans {
        for run in &runs {
            let sub = dir.join(run.mode.name());
            std::fs::create_dir_all(&sub).map_err(|source| rotaplan::Error::Write {
                path: sub.clone(),
                source,
            })?;
            for y in &run.years {
                let year = y.scenario.year;
                report::write_atomic(
                    &sub.join(format!("{year}-scenario.yaml")),
                    &report::data(&y.scenario, Format::Yaml),
                )?;
                report::write_atomic(
                    &sub.join(format!("{year}-plan.yaml")),
                    &report::data(&y.doc, Format::Yaml),
                )?;
            }
        }
    }
    let doc = horizon::document_runs(&base, &opts, &runs);
    let format = super::format_for(a.report.format, a.report.out.as_deref());
    let output = super::render(
        &doc,
        format,
        lang,
        |d, lang| report::horizon_table(d, !a.summary, lang),
        Some(
            super::Tables::of(report::horizon_sheets).with_figures(&report::html::horizon_figures),
        ),
        a.report.table.as_deref(),
    )?;
    super::emit_output(output, a.report.out.as_deref())?;
    for run in &runs {
        let seconds = format!("{:.3}", run.seconds);
        eprintln!(
            "{}: {}",
            run.mode.word().render(lang),
            Msg::new(K::SolvedIn)
                .arg("seconds", seconds)
                .arg("backend", opts.plan.backend.name())
                .render(lang)
        );
    }
    Ok(0)
}
