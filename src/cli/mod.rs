//! Arguments (clap derive) and the dispatch to one file per command.

mod check;
mod compare;
mod convert;
mod diff;
mod explain;
mod generate;
mod horizon;
mod plan;
mod progress;
mod verify;

use clap::{Args, Parser, Subcommand};
use rotaplan::messages::{Lang, Msg, K};
use rotaplan::report::{self, Format};
use rotaplan::solve::{Backend, Limits};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(
    name = "rotaplan",
    version,
    about = "Plans the rotation of public officials as an integer program"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of everything a person reads: vi (Vietnamese) or en (English).
    #[arg(long, global = true, env = "ROTAPLAN_LANG", value_enum, default_value_t = Lang::Vi)]
    lang: Lang,
    /// Treat the scenario's warnings (W codes: a likely typo, a title or place that matches
    /// nothing) as errors: nothing is solved while there are any.
    #[arg(long, global = true)]
    strict: bool,
    /// Refuse input files larger than this many MB (protects against a wrong file).
    #[arg(long, global = true, value_name = "MB", default_value_t = rotaplan::input::DEFAULT_MAX_MB)]
    max_input_mb: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a scenario and report who must rotate, open seats and dead ends.
    Check(check::CheckArgs),
    /// Solve a scenario and print the rotation plan.
    Plan(plan::PlanArgs),
    /// Check a plan file against its scenario with the independent verifier.
    Verify(verify::VerifyArgs),
    /// Solve several scenarios or variants in parallel and compare them with the first.
    Compare(compare::CompareArgs),
    /// Who else could take a post, or where else an official could go, and at what cost:
    /// each choice is the best whole plan with it pinned, against the optimum.
    Explain(explain::ExplainArgs),
    /// Who is placed differently between two plan files.
    Diff(diff::DiffArgs),
    /// Plan several years, one plan a year, year by year or jointly.
    Horizon(horizon::HorizonArgs),
    /// Write a synthetic scenario in the real administrative shape (same seed, same file).
    Generate(generate::GenerateArgs),
    /// A scenario from one format to another, by extension: YAML, JSON, a workbook (.xlsx).
    Convert(convert::ConvertArgs),
    /// An empty scenario workbook to fill in: a sheet per list, drop-downs, an example row.
    Template(convert::TemplateArgs),
}

/// How a command writes its report: shared by every command that writes one.
#[derive(Args)]
struct ReportArgs {
    /// table for people; yaml, json for programs; md (Markdown) for a document; csv for
    /// one table (`--table`); xlsx for a workbook (with --out); html for a page to print.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// With --format csv: which table (the first when not given).
    #[arg(long, value_name = "NAME")]
    table: Option<String>,
    /// Write the report to this file (through a temporary file and a rename); its
    /// extension chooses the format when --format is not given.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Solver options shared by `plan` and `compare`.
#[derive(Args)]
struct SolveArgs {
    /// Stop the solver after this many seconds and report the best plan found.
    #[arg(long)]
    time_limit: Option<f64>,
    /// The solver backend: microlp (default), or highs when built with `--features highs`.
    #[arg(long, default_value = "microlp")]
    solver: String,
    /// Hand the whole model to the solver as one integer program: no split into
    /// independent parts, no min-cost flow (for comparison).
    #[arg(long)]
    monolithic: bool,
}

impl SolveArgs {
    fn options(&self, lang: Lang) -> rotaplan::Result<rotaplan::plan::Options> {
        let backend = Backend::from_name(&self.solver)?;
        if let Some(t) = self.time_limit {
            if !(t > 0.0 && t.is_finite()) {
                return Err(flag_error(
                    "--time-limit",
                    Msg::new(K::BadTimeLimit).arg("t", t),
                    Msg::new(K::HintTimeLimit),
                ));
            }
        }
        Ok(rotaplan::plan::Options {
            backend,
            limits: Limits {
                split: !self.monolithic,
                flow: !self.monolithic,
                ..Limits::default()
            }
            .with_time_limit(self.time_limit),
            lang,
        })
    }
}

impl Cli {
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

pub fn run(cli: Cli) -> rotaplan::Result<u8> {
    rotaplan::input::set_max_mb(cli.max_input_mb);
    STRICT.store(cli.strict, std::sync::atomic::Ordering::Relaxed);
    layout_for(None);
    let lang = cli.lang;
    match cli.command {
        Command::Check(a) => check::run(a, lang),
        Command::Plan(a) => plan::run(a, lang),
        Command::Verify(a) => verify::run(a, lang),
        Command::Compare(a) => compare::run(a, lang),
        Command::Diff(a) => diff::run(a, lang),
        Command::Explain(a) => explain::run(a, lang),
        Command::Generate(a) => generate::run(a),
        Command::Horizon(a) => horizon::run(a, lang),
        Command::Convert(a) => convert::run(a, lang),
        Command::Template(a) => convert::template(a, lang),
    }
}

/// `--strict`, for the commands that read a scenario.
static STRICT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The warnings of the scenario read from `path`: with `--strict` they refuse it (exit 2),
/// each at its line; else one line on standard error, or, for a report that lists them
/// (`listed`), each at its line and nothing on standard error.
fn warnings(
    path: &Path,
    s: &rotaplan::scenario::Scenario,
    lang: Lang,
    listed: bool,
) -> rotaplan::Result<Vec<rotaplan::error::Problem>> {
    let mut found = rotaplan::warnings::warnings(s);
    let strict = STRICT.load(std::sync::atomic::Ordering::Relaxed);
    if strict || listed {
        rotaplan::warnings::locate(path, &mut found);
    }
    if strict && !found.is_empty() {
        return Err(rotaplan::Error::Invalid {
            path: path.to_path_buf(),
            problems: found,
        });
    }
    if !listed {
        if let Some(line) = rotaplan::warnings::brief(&found, lang) {
            eprintln!("{}: {line}", path.display());
        }
    }
    Ok(found)
}

/// Refuses each output that would overwrite one of the files a scenario is read from.
fn refuse_overwrite(scenario: &Path, outputs: &[(&str, Option<&Path>)]) -> rotaplan::Result<()> {
    if outputs.iter().all(|(_, o)| o.is_none()) {
        return Ok(());
    }
    let inputs = rotaplan::scenario::sources(scenario)?;
    for (flag, out) in outputs {
        if let Some(out) = out {
            report::refuse_overwrite(out, &inputs, flag)?;
        }
    }
    Ok(())
}

/// Prints `text`, or writes it to `out` through a temporary file and a rename.
fn emit(text: &str, out: Option<&Path>) -> rotaplan::Result<()> {
    match out {
        Some(path) => report::write_atomic(path, text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The YAML or JSON form of `doc`, or `table` for the table format.
/// What a command writes: text, or the bytes of a workbook.
enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

/// Tables boxed to the terminal's width when they are printed to one; plain (no borders,
/// no wrapping, the same bytes every time) in a pipe or a file.
fn layout_for(out: Option<&Path>) {
    use std::io::IsTerminal;
    let width = comfy_table::Table::new().width();
    let layout = match (out, width) {
        (None, Some(width)) if std::io::stdout().is_terminal() => report::Layout::Boxed { width },
        _ => report::Layout::Plain,
    };
    report::set_layout(layout);
}

/// The format asked for; the table, when not changed, follows the extension of `--out`,
/// and is laid out for where it goes.
fn format_for(format: Format, out: Option<&Path>) -> Format {
    layout_for(out);
    match (format, out.and_then(Format::of_file)) {
        (Format::Table, Some(f)) => f,
        (f, _) => f,
    }
}

/// A bad flag value (E301), named where the file would be.
fn flag_error(flag: impl Into<PathBuf>, message: Msg, hint: Msg) -> rotaplan::Error {
    rotaplan::Error::Invalid {
        path: flag.into(),
        problems: vec![rotaplan::error::Problem::new(
            "E301",
            String::new(),
            message,
            hint,
        )],
    }
}

fn needs_out() -> rotaplan::Error {
    flag_error(
        "--format",
        Msg::new(K::XlsxNeedsOut),
        Msg::new(K::HintXlsxNeedsOut),
    )
}

/// Prints `output` or writes it to `out`; a workbook only to a file.
fn emit_output(output: Output, out: Option<&Path>) -> rotaplan::Result<()> {
    match (output, out) {
        (Output::Text(text), out) => emit(&text, out),
        (Output::Bytes(bytes), Some(path)) => report::write_atomic_bytes(path, &bytes),
        (Output::Bytes(_), None) => Err(needs_out()),
    }
}

/// What draws a document's pictures for its HTML page.
type Figures<'a, T> = &'a dyn Fn(&T, Lang) -> Vec<report::html::Figure>;

/// A document's tables, and the pictures its HTML page shows before them.
struct Tables<'a, T> {
    sheets: fn(&T, Lang) -> report::Sheets,
    figures: Option<Figures<'a, T>>,
}

impl<'a, T> Tables<'a, T> {
    fn of(sheets: fn(&T, Lang) -> report::Sheets) -> Tables<'a, T> {
        Tables {
            sheets,
            figures: None,
        }
    }

    fn with_figures(mut self, f: Figures<'a, T>) -> Self {
        self.figures = Some(f);
        self
    }
}

/// `doc` in `format`: the table for people; its tables as Markdown, as a workbook, as a
/// page with pictures, or one of them as CSV (`tables`, for the commands whose report is
/// tables; `pick` names the CSV table); or YAML and JSON for programs.
fn render<T: serde::Serialize>(
    doc: &T,
    format: Format,
    lang: Lang,
    table: impl FnOnce(&T, Lang) -> String,
    tables: Option<Tables<'_, T>>,
    pick: Option<&str>,
) -> rotaplan::Result<Output> {
    let no_tables = || flag_error("--format", Msg::new(K::NoSheets), Msg::new(K::HintNoSheets));
    let sheets = || {
        tables
            .as_ref()
            .map(|t| (t.sheets)(doc, lang))
            .ok_or_else(no_tables)
    };
    Ok(match format {
        Format::Table => Output::Text(table(doc, lang)),
        Format::Md => Output::Text(report::markdown(&sheets()?)),
        Format::Csv => Output::Text(report::csv(&sheets()?, pick)?),
        Format::Xlsx => Output::Bytes(report::xlsx(&sheets()?, lang)?),
        Format::Html => {
            let figures = tables
                .as_ref()
                .and_then(|t| t.figures)
                .map(|f| f(doc, lang))
                .unwrap_or_default();
            Output::Text(report::html::page(&sheets()?, &figures, lang))
        }
        f => Output::Text(report::data(doc, f)),
    })
}
