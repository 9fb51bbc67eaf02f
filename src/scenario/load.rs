//! Reading a scenario file: resolve `extends`, deserialize with serde, then validate
//! everything at once so the planner sees every problem in one run, each with its line.

use super::types::*;
use super::validate::validate;
use super::variant::resolve;
use super::Spans;
use crate::error::{Error, Problem, Result};
use crate::messages::{Msg, K};
use std::path::Path;

/// Reads the scenario at `path` as it stands in its own year (see `Scenario::as_of`).
pub fn load(path: &Path) -> Result<Scenario> {
    let s = load_all(path)?;
    Ok(if s.looks_ahead() || !s.retiring_by(s.year).is_empty() {
        s.as_of(s.year)
    } else {
        s
    })
}

/// The files a scenario is read from: the file named and every base it extends.
pub fn sources(path: &Path) -> Result<Vec<std::path::PathBuf>> {
    if is_table(path) {
        return Ok(vec![path.to_path_buf()]);
    }
    let text = crate::input::read_text(path)?;
    if !text.lines().any(|l| l.starts_with("extends:")) {
        return Ok(vec![path.to_path_buf()]);
    }
    Ok(resolve(path)?.files())
}

/// Reads, resolves (for a variant), parses and validates the scenario at `path`, with
/// everything it says of later years.
pub fn load_all(path: &Path) -> Result<Scenario> {
    if is_table(path) {
        return load_table(path);
    }
    let text = crate::input::read_text(path)?;
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
        let place = resolved.locate(&p.field);
        p.at = place.at;
        p.cell = place.cell;
        if place.file != path {
            p.file = Some(place.file);
        }
        p
    };
    from_tree(path, &value, place)
}

/// Reads and validates the scenario in `value` (a variant resolved, or a workbook read),
/// each problem placed by `place` in the files it came from.
fn from_tree(
    path: &Path,
    value: &serde_yaml::Value,
    place: impl Fn(Problem) -> Problem,
) -> Result<Scenario> {
    let problems = match serde_path_to_error::deserialize(value) {
        Ok(scenario) => {
            let problems = validate(&scenario);
            if problems.is_empty() {
                return Ok(scenario);
            }
            problems
        }
        Err(e) => {
            let mut problems = field_problems(value);
            if problems.is_empty() {
                problems.push(path_problem(String::new(), e));
            }
            problems
        }
    };
    Err(Error::Invalid {
        path: path.to_path_buf(),
        problems: problems.into_iter().map(place).collect(),
    })
}

/// Whether `path` names a workbook (by its extension) or a folder of CSV files: read as
/// sheets rather than as text.
pub fn is_table(path: &Path) -> bool {
    path.is_dir()
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// A scenario kept as a workbook or a folder of CSV files: read into the tree YAML gives,
/// then read and checked as a YAML scenario is, each problem named at its cell.
fn load_table(path: &Path) -> Result<Scenario> {
    let (value, cells) = super::workbook::read_table(path)?;
    let place = |mut p: Problem| {
        p.cell = cells.find(&p.field).map(str::to_string);
        p
    };
    from_tree(path, &value, place)
}

/// Parses and validates scenario text (no `extends`); problems carry lines, no file.
pub fn parse(text: &str) -> std::result::Result<Scenario, Vec<Problem>> {
    let scenario: Scenario = serde_yaml::from_str(text).map_err(|e| every_problem(text, &e))?;
    let mut problems = validate(&scenario);
    if problems.is_empty() {
        return Ok(scenario);
    }
    // Positions cost a second reading of the whole text: only a file with problems pays it.
    let spans = Spans::of(text);
    for p in &mut problems {
        p.at = spans.find(&p.field);
    }
    Err(problems)
}

/// Every field of `text` of the wrong name, type or value, each with its line, after the
/// fast reading stopped at `first`; a key written twice is named where it is written again.
fn every_problem(text: &str, first: &serde_yaml::Error) -> Vec<Problem> {
    let spans = Spans::of(text);
    let mut problems: Vec<Problem> = spans
        .duplicates
        .iter()
        .map(|d| {
            let mut p = Problem::new(
                "E001",
                d.field.clone(),
                Msg::new(K::WrittenTwice)
                    .arg("key", last_key(&d.field))
                    .arg("line", d.first.0),
                Msg::new(K::HintWrittenTwice),
            );
            p.at = Some(d.again);
            p
        })
        .collect();
    if !problems.is_empty() {
        return problems;
    }
    let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(text) else {
        return vec![parse_problem(first)];
    };
    problems = field_problems(&value);
    if problems.is_empty() {
        return vec![parse_problem(first)];
    }
    for p in &mut problems {
        p.at = spans.find(&p.field);
    }
    problems
}

fn last_key(field: &str) -> &str {
    field.rsplit(['.', ']']).next().unwrap_or(field)
}

/// The fields of a scenario, each read on its own so that one wrong value does not hide
/// the next: top-level fields, every element of each list, every rule, weight and
/// retirement schedule. No positions yet.
pub(super) fn field_problems(value: &serde_yaml::Value) -> Vec<Problem> {
    use serde_yaml::Value;
    let mut out = Vec::new();
    let Value::Mapping(map) = value else {
        return vec![Problem::new(
            "E001",
            String::new(),
            Msg::new(K::NotAMapping),
            Msg::new(K::HintStartFromExample),
        )];
    };
    const FIELDS: [&str; 13] = [
        "name",
        "year",
        "month",
        "description",
        "sectors",
        "titles",
        "units",
        "posts",
        "officials",
        "rules",
        "weights",
        "pins",
        "retirement",
    ];
    for k in map.keys() {
        let key = k.as_str().map_or_else(|| format!("{k:?}"), str::to_string);
        if !FIELDS.contains(&key.as_str()) {
            out.push(value_problem(
                key.clone(),
                format!(
                    "unknown field `{key}`, expected one of {}",
                    FIELDS.map(|f| format!("`{f}`")).join(", ")
                ),
            ));
        }
    }
    for f in ["name", "year", "units", "posts", "officials"] {
        if !map.contains_key(f) {
            out.push(value_problem(String::new(), format!("missing field `{f}`")));
        }
    }
    one::<String>(map, "name", &mut out);
    one::<i32>(map, "year", &mut out);
    one::<Option<String>>(map, "description", &mut out);
    each::<Unit>(map, "units", &mut out);
    each::<Post>(map, "posts", &mut out);
    each::<Official>(map, "officials", &mut out);
    each::<Pin>(map, "pins", &mut out);
    per_key::<RuleConfig>(map, "rules", &mut out);
    per_key::<Weights>(map, "weights", &mut out);
    per_key::<RetirementTable>(map, "retirement", &mut out);
    per_key::<std::collections::BTreeMap<String, TitleNeeds>>(map, "titles", &mut out);
    out
}

fn path_problem<E: std::fmt::Display>(prefix: String, e: serde_path_to_error::Error<E>) -> Problem {
    let rel = e.path().to_string();
    let field = match (prefix.is_empty(), rel == ".") {
        (_, true) => prefix,
        (true, false) => rel,
        (false, false) => format!("{prefix}.{rel}"),
    };
    value_problem(field, e.into_inner().to_string())
}

fn one<T: serde::de::DeserializeOwned>(
    map: &serde_yaml::Mapping,
    key: &str,
    out: &mut Vec<Problem>,
) {
    if let Some(v) = map.get(key) {
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(v) {
            out.push(path_problem(key.to_string(), e));
        }
    }
}

fn each<T: serde::de::DeserializeOwned>(
    map: &serde_yaml::Mapping,
    key: &str,
    out: &mut Vec<Problem>,
) {
    match map.get(key) {
        Some(serde_yaml::Value::Sequence(items)) => {
            for (i, v) in items.iter().enumerate() {
                element::<T>(v, format!("{key}[{i}]"), out);
            }
        }
        Some(_) => one::<Vec<T>>(map, key, out),
        None => {}
    }
}

/// Every wrong field of one entry: after each error the field at fault is set aside and
/// the entry read again, until it reads or only the fields set aside are missing.
fn element<T: serde::de::DeserializeOwned>(
    v: &serde_yaml::Value,
    prefix: String,
    out: &mut Vec<Problem>,
) {
    let mut v = v.clone();
    let mut set_aside: Vec<String> = Vec::new();
    loop {
        let Err(e) = serde_path_to_error::deserialize::<_, T>(&v) else {
            return;
        };
        let message = e.inner().to_string();
        if set_aside
            .iter()
            .any(|k| message == format!("missing field `{k}`"))
        {
            return;
        }
        let rel = e.path().to_string();
        let field = rel.split(['.', '[']).next().unwrap_or("").to_string();
        out.push(path_problem(prefix.clone(), e));
        match &mut v {
            serde_yaml::Value::Mapping(m)
                if !field.is_empty() && m.contains_key(field.as_str()) =>
            {
                m.remove(field.as_str());
                set_aside.push(field);
            }
            _ => return,
        }
    }
}

/// A section whose fields all have defaults, read one field at a time.
fn per_key<T: serde::de::DeserializeOwned>(
    map: &serde_yaml::Mapping,
    key: &str,
    out: &mut Vec<Problem>,
) {
    match map.get(key) {
        Some(serde_yaml::Value::Mapping(fields)) => {
            for (k, v) in fields {
                let mut single = serde_yaml::Mapping::new();
                single.insert(k.clone(), v.clone());
                if let Err(e) =
                    serde_path_to_error::deserialize::<_, T>(&serde_yaml::Value::Mapping(single))
                {
                    out.push(path_problem(key.to_string(), e));
                }
            }
        }
        Some(_) => one::<T>(map, key, out),
        None => {}
    }
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
    let message = humanize(&message);
    let hint = if message.contains("unknown field") {
        K::HintUnknownField
    } else if message.contains("missing field") {
        K::HintMissingField
    } else if message.contains("unknown variant") {
        K::HintUnknownVariant
    } else if message.contains("too large") || message.contains("out of range") {
        K::HintTooLarge
    } else if message.contains(super::date::EXPECTED) {
        K::HintDate
    } else if message.contains("wrong kind of value") || message.contains("invalid value") {
        K::HintWrongKind
    } else {
        K::HintSyntax
    };
    Problem::new("E001", field, in_words(&message), Msg::new(hint))
}

/// A humanized parser message as a catalogue message where its shape is known; else as it
/// stands (YAML syntax errors are the parser's own words).
fn in_words(m: &str) -> Msg {
    let expected = |e: &str| -> Msg {
        let e = e.trim();
        if let Some(list) = e.strip_prefix("one of ") {
            return Msg::new(K::SerdeOneOf).arg("list", list);
        }
        if let Some((a, b)) = e.split_once("` or `") {
            return Msg::new(K::SerdeEither)
                .arg("a", format!("{a}`"))
                .arg("b", format!("`{b}"));
        }
        let key = match e {
            "a whole number" => K::ExpWholeNumber,
            "a whole number, 0 or more" => K::ExpWholeNumberNonNeg,
            "a number" => K::ExpNumber,
            "text" => K::ExpText,
            "a list" => K::ExpList,
            "a mapping (field: value)" | "a mapping of fields (field: value)" => K::ExpMapping,
            "one of the listed words" => K::ExpListedWord,
            "a boolean" => K::ExpBoolean,
            super::date::EXPECTED => K::ExpDate,
            other => return Msg::from(other),
        };
        Msg::new(key)
    };
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_string);
    if let Some(rest) = m.strip_prefix("unknown field ") {
        if let (Some(name), Some((_, exp))) = (quoted(rest), rest.split_once(", expected ")) {
            return Msg::new(K::SerdeUnknownField)
                .arg("name", name)
                .msg("expected", expected(exp));
        }
    }
    if let Some(rest) = m.strip_prefix("missing field ") {
        if let Some(name) = quoted(rest) {
            return Msg::new(K::SerdeMissingField).arg("name", name);
        }
    }
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        if let (Some(value), Some((_, exp))) = (quoted(rest), rest.split_once(", expected ")) {
            return Msg::new(K::SerdeUnknownValue)
                .arg("value", value)
                .msg("expected", expected(exp));
        }
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        if let Some((found, exp)) = rest.rsplit_once(", expected ") {
            let value = found
                .strip_prefix("text ")
                .or_else(|| found.strip_prefix("whole number "))
                .unwrap_or(found);
            return Msg::new(K::SerdeBadValue)
                .arg("value", value)
                .msg("expected", expected(exp));
        }
    }
    if let Some(rest) = m.strip_prefix("wrong kind of value: ") {
        if let Some((found, exp)) = rest.rsplit_once(", expected ") {
            return Msg::new(K::SerdeWrongKind)
                .arg("found", found)
                .msg("expected", expected(exp));
        }
    }
    Msg::from(m)
}

/// A parser's message in a planner's words: no type names of the implementation, no
/// 300-digit number echoed back.
pub fn humanize(message: &str) -> String {
    let mut m = shorten_numbers(message);
    let too_large = [" as u128", " as i128"].iter().any(|t| m.contains(t));
    for (from, to) in [
        (" as u128", ""),
        (" as i128", ""),
        ("invalid type: ", "wrong kind of value: "),
        ("floating point", "decimal number"),
        ("integer", "whole number"),
        ("a string", "text"),
        ("string", "text"),
        ("a sequence", "a list"),
        ("sequence", "list"),
        ("a map", "a mapping (field: value)"),
        ("unit value", "nothing"),
        ("a borrowed text", "text"),
    ] {
        m = m.replace(from, to);
    }
    for (types, word) in [
        (["i8", "i16", "i32", "i64", "isize"], "a whole number"),
        (
            ["u8", "u16", "u32", "u64", "usize"],
            "a whole number, 0 or more",
        ),
    ] {
        for t in types {
            m = m.replace(&format!("expected {t}"), &format!("expected {word}"));
        }
    }
    m = m
        .replace("expected f64", "expected a number")
        .replace("expected f32", "expected a number");
    if let Some(i) = m.find("expected struct ") {
        m.truncate(i);
        m.push_str("expected a mapping of fields (field: value)");
    }
    if let Some(i) = m.find("expected enum ") {
        m.truncate(i);
        m.push_str("expected one of the listed words");
    }
    if too_large {
        m.push_str(" (the number is too large)");
    }
    m
}

/// Digit runs longer than 15 shortened to their first digits and their length.
fn shorten_numbers(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.len() > 15 {
            out.push_str(&format!("{}… ({} digits)", &run[..6], run.len()));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in message.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_no_type_names_and_no_huge_numbers() {
        let m = humanize("invalid type: integer `2200000000000000000000` as u128, expected i32");
        assert!(!m.contains("u128") && !m.contains("i32"), "{m}");
        assert!(
            m.contains("220000… (22 digits)") && m.contains("too large"),
            "{m}"
        );
        let m = humanize("invalid type: floating point `10000000000.0`, expected i64");
        assert_eq!(
            m,
            "wrong kind of value: decimal number `10000000000.0`, expected a whole number"
        );
        let m = humanize("invalid type: string \"x\", expected struct Official");
        assert_eq!(
            m,
            "wrong kind of value: text \"x\", expected a mapping of fields (field: value)"
        );
    }

    #[test]
    fn every_wrong_field_is_listed_at_once() {
        let text = "name: x\nyear: 2026\nunits: []\nposts: []\nofficials:\n  - { id: a, name: A, born: x, sex: male }\n  - { id: b, name: B, born: 1970, sex: mal }\nweights: { move: -x, unfilled: 1.5 }\nrulez: 1\n";
        let problems = parse(text).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "rulez",
                "officials[0].born",
                "officials[1].sex",
                "weights.move",
                "weights.unfilled"
            ]
        );
        assert_eq!(problems[1].at, Some((6, 29)));
    }
}
