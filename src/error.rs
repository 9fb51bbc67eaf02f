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
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// The problem in words, in `lang`: "LINE:COL: FIELD: error[CODE]: what\n    help: fix".
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        if let Some((line, col)) = self.at {
            out.push_str(&format!("{line}:{col}: "));
        }
        if !self.field.is_empty() {
            out.push_str(&format!("{}: ", self.field));
        }
        let error = Msg::new(K::ErrorWord).render(lang);
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

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot write the file: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", render_invalid(path, problems, Lang::En))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    #[error("{0}")]
    Infeasible(Box<crate::model::Diagnosis>),
    #[error("unknown solver `{name}`; this build has: {available}")]
    UnknownSolver { name: String, available: String },
    #[error("the solver failed: {0}")]
    Solver(String),
    /// A year of a multi-year plan failed.
    #[error("the plan for {year}: {source}")]
    InYear { year: i32, source: Box<Error> },
    /// A plan the engine made did not pass the independent verifier (a bug: please report).
    #[error("internal check failed: {0}")]
    Unverified(String),
}

impl Error {
    /// The error in words, in `lang` where the catalogue has them.
    pub fn render(&self, lang: crate::messages::Lang) -> String {
        match self {
            Error::Infeasible(d) => d.render(lang),
            Error::Invalid { path, problems } => render_invalid(path, problems, lang),
            Error::InYear { year, source } => crate::messages::Msg::new(crate::messages::K::InYear)
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
            Error::Solver(_) | Error::Unverified(_) => 1,
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
