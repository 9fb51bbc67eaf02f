//! `rotaplan plan SCENARIO`

use super::SolveArgs;
use clap::Args;
use rotaplan::messages::{Msg, K};
use rotaplan::report::{self, Format};
use rotaplan::{plan, scenario};
use std::path::PathBuf;

#[derive(Args)]
pub struct PlanArgs {
    scenario: PathBuf,
    #[command(flatten)]
    report: super::ReportArgs,
    /// Also write the integer program for an outside solver: free MPS for a FILE ending in
    /// .mps, CPLEX LP otherwise.
    #[arg(long)]
    export_model: Option<PathBuf>,
    /// Revise this published plan (a plan file written by `plan --format yaml|json`): each
    /// official placed otherwise costs `weights.change`, and the output says what changed.
    #[arg(long, value_name = "PLAN")]
    published: Option<PathBuf>,
    /// With --published: keep every published move the rules still allow, as a pin.
    #[arg(long, requires = "published")]
    lock: bool,
    #[command(flatten)]
    solve: SolveArgs,
}

pub fn run(a: PlanArgs, lang: rotaplan::messages::Lang) -> rotaplan::Result<u8> {
    let opts = a.solve.options(lang)?;
    let all = scenario::load_all(&a.scenario)?;
    super::warnings(&a.scenario, &all, lang, false)?;
    let retiring = all.retiring_by(all.year);
    let as_of = all.looks_ahead() || !retiring.is_empty();
    if !retiring.is_empty() {
        let names: Vec<&str> = retiring
            .iter()
            .take(3)
            .map(|(o, _)| o.name.as_str())
            .collect();
        let more = if retiring.len() > 3 {
            Msg::new(K::AndMore).arg("n", retiring.len() - 3)
        } else {
            Msg::new(K::Empty)
        };
        eprintln!(
            "{}",
            Msg::new(K::PlanRetiring)
                .arg("n", retiring.len())
                .arg("year", all.year)
                .arg("names", names.join(", "))
                .msg("more", more)
                .render(lang)
        );
    }
    // The scenario as a whole is dropped once its year's view is taken: two copies of a
    // national one would not fit the memory budget together.
    let s = if as_of {
        let view = all.as_of(all.year);
        drop(all);
        view
    } else {
        all
    };
    super::refuse_overwrite(
        &a.scenario,
        &[
            ("--out", a.report.out.as_deref()),
            ("--export-model", a.export_model.as_deref()),
        ],
    )?;
    let s = match &a.published {
        Some(path) => {
            for (flag, out) in [
                ("--out", &a.report.out),
                ("--export-model", &a.export_model),
            ] {
                if let Some(out) = out {
                    report::refuse_overwrite(out, std::slice::from_ref(path), flag)?;
                }
            }
            let published = rotaplan::verify::read_plan(path)?;
            plan::revise(&s, &published, a.lock)
        }
        None => s,
    };
    if let Some(path) = &a.export_model {
        let mps = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("mps"));
        report::write_atomic(path, &plan::model_text(&s, mps))?;
    }
    let format = super::format_for(a.report.format, a.report.out.as_deref());
    let p = match plan::plan(&s, &opts) {
        Ok(p) => p,
        // For programs (`--format json|yaml` asked for in so many words), no plan is data
        // too: the diagnosis goes to the output (and to standard error in words), and the run
        // still ends with code 3. An --out chosen by its extension alone is left as it was.
        Err(rotaplan::Error::Infeasible(d))
            if matches!(a.report.format, Format::Json | Format::Yaml) =>
        {
            super::emit(
                &report::data(&d.document(lang), a.report.format),
                a.report.out.as_deref(),
            )?;
            eprintln!("{}", d.render(lang));
            return Ok(3);
        }
        Err(e) => return Err(e),
    };
    let doc = plan::document(&s, &p, lang);
    let output = super::render(
        &doc,
        format,
        lang,
        report::plan_table,
        Some(
            super::Tables::of(report::plan_sheets)
                .with_figures(&|d, lang| report::html::plan_figures(d, &s, lang)),
        ),
        a.report.table.as_deref(),
    )?;
    super::emit_output(output, a.report.out.as_deref())?;
    let seconds = format!("{:.3}", p.seconds);
    eprintln!(
        "{}",
        Msg::new(K::SolvedIn)
            .arg("seconds", seconds)
            .arg("backend", opts.backend.name())
            .render(lang)
    );
    Ok(0)
}
