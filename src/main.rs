//! The `rotaplan` command: parses arguments, calls the library through one file per
//! command in `cli/`, prints, and exits with 0 (done), 1 (a plan failed verification, or
//! the solver failed), 2 (bad input) or 3 (no feasible plan).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    let lang = args.lang();
    // An interrupted run leaves no half-written output behind.
    let _ = ctrlc::set_handler(|| {
        rotaplan::report::remove_temporaries();
        std::process::exit(130);
    });
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{}", e.render(lang));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
