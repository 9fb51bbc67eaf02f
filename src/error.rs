//! The library's errors. Each names the file and, where it can, the line and field, and
//! says what to do; `exit_code` tells the CLI how to end.

use crate::messages::{Lang, Msg, K};
use std::fmt;
use std::path::PathBuf;

/// One thing wrong with an input file, found by parsing or validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A stable code, e.g. `E103`, to search the README for.
    pub code: &'static str,
    /// Field path in the file, e.g. `officials[3].post`.
    pub field: String,
    /// Line and column (from 1), when known.
    pub at: Option<(usize, usize)>,
    /// The file the place is in, when it is not the file named (a variant's base).
    pub file: Option<PathBuf>,
    /// The cell, for a workbook: "Cán bộ!F12" (in place of a line and column).
    pub cell: Option<String>,
    pub message: Msg,
    /// What the planner should do about it.
    pub hint: Msg,
}

impl Problem {
    /// A problem with no place yet; loading adds the line from the field path.
    pub fn new(
        code: &'static str,
        field: String,
        message: impl Into<Msg>,
        hint: impl Into<Msg>,
    ) -> Problem {
        Problem {
            code,
            field,
            at: None,
            file: None,
            cell: None,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// The problem in words, in `lang`: "LINE:COL: FIELD: error[CODE]: what\n    help: fix"
    /// (`warning[W…]` for a warning).
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        if let Some(cell) = &self.cell {
            out.push_str(&format!("{cell}: "));
        } else if let Some((line, col)) = self.at {
            out.push_str(&format!("{line}:{col}: "));
        }
        if !self.field.is_empty() {
            out.push_str(&format!("{}: ", self.field));
        }
        let word = if self.code.starts_with('W') {
            K::WarningWord
        } else {
            K::ErrorWord
        };
        let error = Msg::new(word).render(lang);
        out.push_str(&format!(
            "{error}[{}]: {}",
            self.code,
            self.message.render(lang)
        ));
        let hint = self.hint.render(lang);
        if !hint.is_empty() {
            let help = Msg::new(K::HelpWord).render(lang);
            out.push_str(&format!("\n    {help}: {hint}"));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// An error of the library. Its words come from the message catalogue (`render`); as a
/// `Display` it speaks English.
#[derive(Debug)]
pub enum Error {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    Infeasible(Box<crate::why::Diagnosis>),
    UnknownSolver {
        name: String,
        available: String,
    },
    Solver(String),
    /// The time limit ran out before any plan was found.
    OutOfTime,
    /// The exchange caps could not be met or checked; says why.
    Exchange(Msg),
    /// A year of a multi-year plan failed.
    InYear {
        year: i32,
        source: Box<Error>,
    },
    /// A plan the engine made did not pass the independent verifier (a bug: please report).
    Unverified(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            Error::InYear { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl Error {
    /// The error in words, in `lang` where the catalogue has them.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::Infeasible(d) => d.render(lang),
            Error::Invalid { path, problems } => render_invalid(path, problems, lang),
            Error::InYear { year, source } => Msg::new(K::InYear)
                .arg("year", year)
                .arg("error", source.render(lang))
                .render(lang),
            Error::Read { path, source } => Msg::new(K::CannotRead)
                .arg("path", path.display())
                .arg("error", source)
                .render(lang),
            Error::Write { path, source } => Msg::new(K::CannotWrite)
                .arg("path", path.display())
                .arg("error", source)
                .render(lang),
            Error::UnknownSolver { name, available } => Msg::new(K::UnknownSolver)
                .arg("name", name)
                .arg("available", available)
                .render(lang),
            Error::Solver(e) => Msg::new(K::SolverFailed).arg("error", e).render(lang),
            Error::Exchange(m) => m.render(lang),
            Error::OutOfTime => Msg::new(K::NoPlanInTime).render(lang),
            Error::Unverified(e) => Msg::new(K::InternalCheck).arg("error", e).render(lang),
        }
    }

    /// 2 for anything the user can fix in the input, 3 for a scenario with no feasible plan,
    /// 1 for failures of the solver.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Read { .. }
            | Error::Write { .. }
            | Error::Invalid { .. }
            | Error::UnknownSolver { .. } => 2,
            Error::Infeasible(_) => 3,
            Error::Solver(_) | Error::OutOfTime | Error::Exchange(_) | Error::Unverified(_) => 1,
            Error::InYear { source, .. } => source.exit_code(),
        }
    }
}

fn render_invalid(path: &std::path::Path, problems: &[Problem], lang: Lang) -> String {
    let mut out = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let sep = if p.at.is_some() { ":" } else { ": " };
        let file = p.file.as_deref().unwrap_or(path);
        out.push_str(&format!("{}{sep}{}", file.display(), p.render(lang)));
    }
    let n = problems.len();
    let key = if n == 1 {
        K::ProblemFound
    } else {
        K::ProblemsFound
    };
    out.push('\n');
    out.push_str(
        &Msg::new(key)
            .arg("path", path.display())
            .arg("n", n)
            .render(lang),
    );
    out
}

pub type Result<T> = std::result::Result<T, Error>;
