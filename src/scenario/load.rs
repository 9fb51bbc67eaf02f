//! Reading a scenario file: parse with serde, then validate everything at once so the
//! planner sees every problem in one run, each with its line.

use super::spans::Spans;
use super::types::Scenario;
use super::validate::validate;
use crate::error::{Error, Problem, Result};
use std::path::Path;

/// Reads, parses and validates the scenario at `path`.
pub fn load(path: &Path) -> Result<Scenario> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text).map_err(|problems| Error::Invalid {
        path: path.to_path_buf(),
        problems,
    })
}

/// Parses and validates scenario text; the problems carry lines but no file name.
pub fn parse(text: &str) -> std::result::Result<Scenario, Vec<Problem>> {
    let scenario: Scenario = serde_yaml::from_str(text).map_err(|e| vec![parse_problem(&e)])?;
    let spans = Spans::of(text);
    let mut problems = validate(&scenario);
    if problems.is_empty() {
        return Ok(scenario);
    }
    for p in &mut problems {
        p.at = spans.find(&p.field);
    }
    Err(problems)
}

fn parse_problem(e: &serde_yaml::Error) -> Problem {
    let full = e.to_string();
    // serde_yaml writes "path: message at line L column C"; keep the message, lift the rest.
    let without_at = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let (field, message) = match without_at.split_once(": ") {
        Some((f, m)) if !f.contains(' ') => (f.to_string(), m.to_string()),
        _ => (String::new(), without_at),
    };
    let hint = if message.contains("unknown field") {
        "remove the field or correct its spelling; the README lists the fields of each section"
    } else if message.contains("missing field") {
        "add the field; the README lists which fields are required"
    } else if message.contains("unknown variant") {
        "use one of the values listed as expected"
    } else if message.contains("invalid type") {
        "write the value in the type shown as expected"
    } else {
        "fix the YAML syntax at this place"
    };
    Problem {
        code: "E001",
        field,
        at: e.location().map(|l| (l.line(), l.column())),
        message,
        hint: hint.to_string(),
    }
}
