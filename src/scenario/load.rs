//! Reading a scenario file: resolve `extends`, deserialize with serde, then validate
//! everything at once so the planner sees every problem in one run, each with its line.

use super::types::Scenario;
use super::validate::validate;
use super::variant::resolve;
use super::Spans;
use crate::error::{Error, Problem, Result};
use std::path::Path;

/// Reads the scenario at `path` as it stands in its own year (see `Scenario::as_of`).
pub fn load(path: &Path) -> Result<Scenario> {
    let s = load_all(path)?;
    Ok(if s.looks_ahead() { s.as_of(s.year) } else { s })
}

/// Reads, resolves (for a variant), parses and validates the scenario at `path`, with
/// everything it says of later years.
pub fn load_all(path: &Path) -> Result<Scenario> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    // A scenario that extends nothing is read straight into its types: a national one
    // is 36 MB of YAML, too much to hold twice as a tree.
    if !text.lines().any(|l| l.starts_with("extends:")) {
        return parse(&text).map_err(|problems| Error::Invalid {
            path: path.to_path_buf(),
            problems,
        });
    }
    drop(text);
    let mut resolved = resolve(path)?;
    let value = std::mem::take(&mut resolved.value);
    let place = |mut p: Problem| {
        let (file, at) = resolved.locate(&p.field);
        p.at = at;
        if file != path {
            p.file = Some(file);
        }
        p
    };
    let scenario: Scenario = serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e.path().to_string();
        let p = value_problem(
            if field == "." { String::new() } else { field },
            e.into_inner().to_string(),
        );
        Error::Invalid {
            path: path.to_path_buf(),
            problems: vec![place(p)],
        }
    })?;
    let problems = validate(&scenario);
    if problems.is_empty() {
        return Ok(scenario);
    }
    Err(Error::Invalid {
        path: path.to_path_buf(),
        problems: problems.into_iter().map(place).collect(),
    })
}

/// Parses and validates scenario text (no `extends`); problems carry lines, no file.
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

/// A YAML syntax error, or a field of the wrong name, type or value, with its location.
pub(super) fn parse_problem(e: &serde_yaml::Error) -> Problem {
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
    let mut p = value_problem(field, message);
    p.at = e.location().map(|l| (l.line(), l.column()));
    p
}

fn value_problem(field: String, message: String) -> Problem {
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
        at: None,
        file: None,
        message,
        hint: hint.to_string(),
    }
}
