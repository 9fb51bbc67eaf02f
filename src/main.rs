//! The `rotaplan` command: parses arguments, calls the library, prints, and exits with
//! 0 (done), 1 (a plan failed verification, or the solver failed), 2 (bad input) or
//! 3 (no feasible plan).

use clap::{Parser, Subcommand};
use rotaplan::report::{self, Format};
use rotaplan::{check, plan, scenario, solve, verify};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "rotaplan",
    version,
    about = "Plans the rotation of public officials as an integer program"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a scenario and report who must rotate, open seats and dead ends.
    Check {
        scenario: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Solve a scenario and print the rotation plan.
    Plan {
        scenario: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Write the output to this file (through a temporary file and a rename).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Stop the solver after this many seconds and report the best plan found.
        #[arg(long)]
        time_limit: Option<f64>,
        /// The solver backend: microlp (default), or highs when built with `--features highs`.
        #[arg(long, default_value = "microlp")]
        solver: String,
    },
    /// Check a plan file against its scenario with the independent verifier.
    Verify {
        scenario: PathBuf,
        plan: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn emit(text: &str, out: Option<&PathBuf>) -> rotaplan::Result<()> {
    match out {
        Some(path) => report::write_atomic(path, text),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn run(cli: Cli) -> rotaplan::Result<u8> {
    match cli.command {
        Command::Check { scenario, format } => {
            let s = scenario::load(&scenario)?;
            let c = check::check(&s);
            let text = match format {
                Format::Table => report::check_table(&c),
                f => report::data(&c, f),
            };
            emit(&text, None)?;
            Ok(0)
        }
        Command::Plan {
            scenario,
            format,
            out,
            time_limit,
            solver,
        } => {
            let backend = solve::Backend::from_name(&solver)?;
            if let Some(t) = time_limit {
                if !(t > 0.0 && t.is_finite()) {
                    return Err(rotaplan::Error::Invalid {
                        path: PathBuf::from("--time-limit"),
                        problems: vec![rotaplan::error::Problem {
                            code: "E301",
                            field: String::new(),
                            at: None,
                            message: format!("{t} is not a usable time limit"),
                            hint: "give a positive number of seconds, e.g. --time-limit 30".into(),
                        }],
                    });
                }
            }
            let s = scenario::load(&scenario)?;
            let opts = plan::Options {
                backend,
                limits: solve::Limits { time_limit },
            };
            let p = plan::plan(&s, &opts)?;
            let doc = plan::document(&s, &p);
            let text = match format {
                Format::Table => report::plan_table(&doc),
                f => report::data(&doc, f),
            };
            emit(&text, out.as_ref())?;
            eprintln!("solved in {:.3} s with {}", p.seconds, backend.name());
            Ok(0)
        }
        Command::Verify {
            scenario,
            plan,
            format,
        } => {
            let s = scenario::load(&scenario)?;
            let file = verify::read_plan(&plan)?;
            let v = verify::verify(&s, &file);
            let text = match format {
                Format::Table => report::verdict_table(&v),
                f => report::data(&v, f),
            };
            emit(&text, None)?;
            Ok(if v.ok() { 0 } else { 1 })
        }
    }
}
