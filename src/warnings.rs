//! What a valid scenario may say that its author did not mean: a sector written once or
//! almost like another, a pipeline title or a home place that matches nothing, a relative
//! listed on one side only, someone at or near retirement, a key post no one could take as
//! a non-local. Each is a problem with a `W` code: reported, not fatal, unless `--strict`.

use crate::error::Problem;
use crate::messages::{Msg, K};
use crate::scenario::words::{fold, nearest};
use crate::scenario::Scenario;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Places `found`, the warnings of the scenario read from `path`, at their lines where the
/// file holds them itself (a variant's lists are numbered as resolved, so its places are
/// not). Reads the file again: for reports that list the warnings, not for a summary.
pub fn locate(path: &std::path::Path, found: &mut [Problem]) {
    if found.is_empty() {
        return;
    }
    if crate::scenario::is_table(path) {
        if let Ok((_, cells)) = crate::scenario::workbook::read_table(path) {
            for p in found.iter_mut() {
                p.cell = cells.find(&p.field).map(str::to_string);
            }
        }
        return;
    }
    if let Ok(text) = crate::input::read_text(path) {
        if !text.lines().any(|l| l.starts_with("extends:")) {
            let spans = crate::scenario::Spans::of(&text);
            for p in found.iter_mut() {
                p.at = spans.find(&p.field);
            }
        }
    }
}

/// The warnings in one line: how many of each code, and the first in words.
pub fn brief(found: &[Problem], lang: crate::messages::Lang) -> Option<String> {
    let first = found.first()?;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in found {
        *counts.entry(p.code).or_default() += 1;
    }
    let codes: Vec<String> = counts.iter().map(|(c, n)| format!("{c} ×{n}")).collect();
    let more = if found.len() > 1 {
        Msg::new(K::AndMoreWarnings).arg("n", found.len() - 1)
    } else {
        Msg::new(K::Empty)
    };
    Some(
        Msg::new(K::WarningsBrief)
            .arg("n", found.len())
            .arg("codes", codes.join(", "))
            .msg("first", first.message.clone())
            .msg("more", more)
            .render(lang),
    )
}

/// Every warning of `s` as read (before the plan year removes anyone), in file order.
pub fn warnings(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    sectors(s, &mut out);
    pipelines(s, &mut out);
    homes(s, &mut out);
    retirements(s, &mut out);
    relatives(s, &mut out);
    key_posts(s, &mut out);
    out
}

/// W001: a sector word used once, or almost the same as another.
fn sectors(s: &Scenario, out: &mut Vec<Problem>) {
    if s.sectors.is_some() {
        // A declared vocabulary: a word outside it is an error already (E118).
        return;
    }
    // Each word with where it is first written and how often.
    let mut uses: BTreeMap<&str, (String, usize)> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (i, p) in s.posts.iter().enumerate() {
        record(
            &mut uses,
            &mut order,
            &p.sector,
            format!("posts[{i}].sector"),
        );
        if let Some(r) = &p.requires.sector {
            record(
                &mut uses,
                &mut order,
                r,
                format!("posts[{i}].requires.sector"),
            );
        }
    }
    for (i, o) in s.officials.iter().enumerate() {
        for field in o.experience.keys() {
            record(
                &mut uses,
                &mut order,
                field,
                format!("officials[{i}].experience.{field}"),
            );
        }
    }
    let known: Vec<&str> = order.clone();
    for word in order {
        let (field, n) = &uses[word];
        let near = nearest(word, known.iter().copied().filter(|k| uses[k].1 > *n));
        let message = match near {
            Some(other) => Msg::new(K::WarnSectorNear)
                .arg("word", word)
                .arg("n", n)
                .arg("other", other)
                .arg("m", uses[other].1),
            None if *n == 1 => Msg::new(K::WarnSectorOnce).arg("word", word),
            None => continue,
        };
        out.push(Problem::new(
            "W001",
            field.clone(),
            message,
            Msg::new(K::HintSector),
        ));
    }
}

fn record<'a>(
    uses: &mut BTreeMap<&'a str, (String, usize)>,
    order: &mut Vec<&'a str>,
    word: &'a str,
    field: String,
) {
    let entry = uses.entry(word).or_insert_with(|| {
        order.push(word);
        (field, 0)
    });
    entry.1 += 1;
}

/// W002: a pipeline title that no post has and `titles` does not declare.
fn pipelines(s: &Scenario, out: &mut Vec<Problem>) {
    let titles: Vec<&str> = {
        let mut t: Vec<&str> = s.posts.iter().map(|p| p.title.as_str()).collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    // Titles match case and diacritics aside, as the promotion rule matches them.
    let set: HashSet<String> = titles
        .iter()
        .copied()
        .chain(s.titles.keys().map(String::as_str))
        .map(fold)
        .collect();
    for (i, o) in s.officials.iter().enumerate() {
        for (j, title) in o.pipeline.iter().enumerate() {
            if set.contains(&fold(title)) {
                continue;
            }
            let hint = match nearest(title, titles.iter().copied()) {
                Some(t) => Msg::new(K::HintDidYouMean).arg("word", t),
                None => Msg::new(K::HintPipelineTitle),
            };
            out.push(Problem::new(
                "W002",
                format!("officials[{i}].pipeline[{j}]"),
                Msg::new(K::WarnPipelineTitle)
                    .arg("name", &o.name)
                    .arg("title", title),
                hint,
            ));
        }
    }
}

/// W003: a home place that looks like a slip: a unit's name instead of its locality, a
/// locality written with other capitals or marks, or a name (spaces, capitals, diacritics)
/// where the localities are ids. A home outside the scenario's units is no slip (officials
/// come from elsewhere), and neighbouring places have near names (Đắk Song, Đắk Nông), so
/// nearness alone says nothing here.
fn homes(s: &Scenario, out: &mut Vec<Problem>) {
    let localities: Vec<&str> = {
        let mut l: Vec<&str> = s.units.iter().map(|u| u.locality()).collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    let set: HashSet<&str> = localities.iter().copied().collect();
    let by_name: HashMap<String, &str> = s
        .units
        .iter()
        .map(|u| (fold(&u.name), u.locality()))
        .collect();
    let id_like = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    let ids = localities.iter().all(|l| id_like(l));
    for (i, o) in s.officials.iter().enumerate() {
        for (j, home) in o.home.iter().enumerate() {
            if set.contains(home.as_str()) {
                continue;
            }
            let hint = if let Some(l) = by_name.get(&fold(home)) {
                Msg::new(K::HintHomeIsName).arg("locality", l)
            } else if let Some(l) = localities.iter().find(|l| fold(l) == fold(home)) {
                Msg::new(K::HintDidYouMean).arg("word", l)
            } else if ids && !id_like(home) {
                Msg::new(K::HintHome)
            } else {
                continue;
            };
            out.push(Problem::new(
                "W003",
                format!("officials[{i}].home[{j}]"),
                Msg::new(K::WarnHome).arg("name", &o.name).arg("home", home),
                hint,
            ));
        }
    }
}

/// W004: at retirement age by the plan year (left out of the plan); W005: reaching it
/// before a move could have lasted the minimum tenure.
fn retirements(s: &Scenario, out: &mut Vec<Problem>) {
    let tenure = s.rules.min_tenure.years;
    for (i, o) in s.officials.iter().enumerate() {
        let year = s.retirement.retirement(o.born, o.sex);
        let field = format!("officials[{i}].born");
        if s.reached(year, s.year) {
            out.push(Problem::new(
                "W004",
                field,
                Msg::new(K::WarnRetired)
                    .arg("name", &o.name)
                    .msg("year", year.word()),
                Msg::new(K::HintRetired),
            ));
        } else if o.post.is_some() && !year.after(s.year, s.effect_month()).at_least(tenure) {
            out.push(Problem::new(
                "W005",
                field,
                Msg::new(K::WarnRetiresSoon)
                    .arg("name", &o.name)
                    .msg("year", year.word())
                    .arg("n", tenure),
                Msg::new(K::HintRetiresSoon),
            ));
        }
    }
}

/// W006: a relative listed on one side only.
fn relatives(s: &Scenario, out: &mut Vec<Problem>) {
    let index: HashMap<&str, usize> = s
        .officials
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.0.as_str(), i))
        .collect();
    for (i, o) in s.officials.iter().enumerate() {
        for (j, r) in o.relatives.iter().enumerate() {
            let Some(&k) = index.get(r.0.as_str()) else {
                continue;
            };
            if !s.officials[k].relatives.iter().any(|x| x == &o.id) {
                out.push(Problem::new(
                    "W006",
                    format!("officials[{i}].relatives[{j}]"),
                    Msg::new(K::WarnRelativeOneSide)
                        .arg("name", &o.name)
                        .arg("other", &s.officials[k].name),
                    Msg::new(K::HintRelativeOneSide)
                        .arg("other", &s.officials[k].name)
                        .arg("id", &o.id.0),
                ));
            }
        }
    }
}

/// W007: a key post for which every official in the file is local.
fn key_posts(s: &Scenario, out: &mut Vec<Problem>) {
    if s.officials.is_empty() {
        return;
    }
    let units: HashMap<&str, &crate::scenario::Unit> =
        s.units.iter().map(|u| (u.id.0.as_str(), u)).collect();
    let mut local_count: HashMap<&str, usize> = HashMap::new();
    for o in &s.officials {
        let mut homes: Vec<&str> = o.home.iter().map(String::as_str).collect();
        homes.sort_unstable();
        homes.dedup();
        for h in homes {
            *local_count.entry(h).or_default() += 1;
        }
    }
    for (i, p) in s.posts.iter().enumerate() {
        let Some(unit) = units.get(p.unit.0.as_str()) else {
            continue;
        };
        if p.key && local_count.get(unit.locality()).copied() == Some(s.officials.len()) {
            out.push(Problem::new(
                "W007",
                format!("posts[{i}].key"),
                Msg::new(K::WarnKeyAllLocal)
                    .arg("title", &p.title)
                    .arg("unit", &unit.name),
                Msg::new(K::HintKeyAllLocal),
            ));
        }
    }
}
