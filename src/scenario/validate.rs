//! Checks that a parsed scenario is consistent: ids unique and known, years possible, the
//! unit tree acyclic, posts not over capacity. Collects every problem; never stops early.

use super::types::*;
use crate::error::Problem;
use std::collections::{BTreeMap, BTreeSet};

/// Every problem of the scenario, in file order; empty when it is usable.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    if !(1900..=2200).contains(&s.year) {
        out.push(Problem::new(
            "E107",
            "year".into(),
            format!("the plan year {} is not a possible year", s.year),
            "write the year the rotations take effect, e.g. 2026",
        ));
    }
    ranges(s, &mut out);
    ids(s, &mut out);
    let units = unique_ids(&mut out, "units", s.units.iter().map(|u| &u.id.0));
    let posts = unique_ids(&mut out, "posts", s.posts.iter().map(|p| &p.id.0));
    let officials = unique_ids(&mut out, "officials", s.officials.iter().map(|o| &o.id.0));

    let unknown = |out: &mut Vec<Problem>, code, field: String, kind: &str, id: &str| {
        out.push(Problem::new(
            code,
            field,
            format!("unknown {kind} `{id}`"),
            &format!(
                "use the id of {} {kind} declared under `{kind}s:`, or declare it there",
                if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                }
            ),
        ));
    };

    for (i, u) in s.units.iter().enumerate() {
        if let Some(parent) = &u.parent {
            if !units.contains(parent.0.as_str()) {
                unknown(
                    &mut out,
                    "E102",
                    format!("units[{i}].parent"),
                    "unit",
                    &parent.0,
                );
            }
        }
    }
    check_unit_tree(s, &mut out);
    for id in s.rules.unit_cap.units.keys() {
        if !units.contains(id.0.as_str()) {
            unknown(
                &mut out,
                "E102",
                format!("rules.unit_cap.units.{id}"),
                "unit",
                &id.0,
            );
        }
    }

    for (i, id) in s.rules.phase_in.officials.iter().enumerate() {
        if !officials.contains(id.0.as_str()) {
            unknown(
                &mut out,
                "E104",
                format!("rules.phase_in.officials[{i}]"),
                "official",
                &id.0,
            );
        }
    }
    if s.rules.phase_in.at_least as usize > s.rules.phase_in.officials.len() {
        out.push(Problem::new(
            "E113",
            "rules.phase_in.at_least".into(),
            format!(
                "at least {} of {} listed officials cannot move",
                s.rules.phase_in.at_least,
                s.rules.phase_in.officials.len()
            ),
            "list more officials under rules.phase_in.officials, or lower at_least",
        ));
    }
    for (i, p) in s.posts.iter().enumerate() {
        if !units.contains(p.unit.0.as_str()) {
            unknown(
                &mut out,
                "E102",
                format!("posts[{i}].unit"),
                "unit",
                &p.unit.0,
            );
        }
        if let Some(y) = p.opens {
            if y <= s.year {
                out.push(Problem::new(
                    "E107",
                    format!("posts[{i}].opens"),
                    format!("the post opens in {y}, not after the plan year {}", s.year),
                    "remove `opens` for a post that exists already, or write a later year",
                ));
            }
        }
        if p.capacity == 0 {
            out.push(Problem::new(
                "E108",
                format!("posts[{i}].capacity"),
                "a post must take at least one holder",
                "set capacity to 1 or more, or remove the post",
            ));
        }
    }

    let mut holders: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in s.officials.iter().enumerate() {
        let f = |name: &str| format!("officials[{i}].{name}");
        if let Some(post) = &o.post {
            if posts.contains(post.0.as_str()) {
                holders.entry(post.0.as_str()).or_default().push(i);
            } else {
                unknown(&mut out, "E103", f("post"), "post", &post.0);
            }
            if o.since.is_none() {
                out.push(Problem::new(
                    "E110",
                    f("since"),
                    format!(
                        "{} holds a post but the year they took it is missing",
                        o.name
                    ),
                    "add `since: YEAR`, the year the official took the current post",
                ));
            }
        }
        if let Some(y) = o.leaves {
            if y <= s.year {
                out.push(Problem::new(
                    "E107",
                    f("leaves"),
                    format!(
                        "{} leaves in {y}, not after the plan year {}",
                        o.name, s.year
                    ),
                    "remove an official who has left, or write a later year",
                ));
            }
        }
        let (born, year) = (o.born as i64, s.year as i64);
        if born < year - 100 || born > year - 16 {
            out.push(Problem::new(
                "E107",
                f("born"),
                format!(
                    "birth year {} is impossible for an official in {}",
                    o.born, s.year
                ),
                "write the four-digit birth year, e.g. 1975",
            ));
        }
        for (field, year) in [("since", o.since), ("last_rotation", o.last_rotation)] {
            if let Some(y) = year {
                if y > s.year || (y as i64) < o.born as i64 + 16 {
                    out.push(Problem::new(
                        "E107",
                        f(field),
                        format!(
                            "{field} {y} is impossible: it must lie between the official's 16th birthday ({}) and the plan year ({})",
                            o.born as i64 + 16,
                            s.year
                        ),
                        "write the four-digit year the event happened",
                    ));
                }
            }
        }
        for (j, r) in o.relatives.iter().enumerate() {
            if !officials.contains(r.0.as_str()) {
                unknown(
                    &mut out,
                    "E104",
                    f(&format!("relatives[{j}]")),
                    "official",
                    &r.0,
                );
            } else if *r == o.id {
                out.push(Problem::new(
                    "E111",
                    f(&format!("relatives[{j}]")),
                    format!("{} is listed as their own relative", o.name),
                    "remove the entry",
                ));
            }
        }
    }

    for (post_id, hs) in &holders {
        let (pi, post) = s
            .posts
            .iter()
            .enumerate()
            .find(|(_, p)| p.id.0 == *post_id)
            .expect("holders only hold known posts");
        if let Some(y) = post.opens {
            out.push(Problem::new(
                "E112",
                format!("officials[{}].post", hs[0]),
                format!(
                    "post `{post_id}` opens only in {y}, but {} holds it now",
                    s.officials[hs[0]].name
                ),
                &format!("remove posts[{pi}].opens, or give the official the post they hold now"),
            ));
        }
        if hs.len() > post.capacity as usize {
            let names: Vec<&str> = hs.iter().map(|&i| s.officials[i].name.as_str()).collect();
            out.push(Problem::new(
                "E106",
                format!("officials[{}].post", hs[post.capacity as usize]),
                format!(
                    "post `{post_id}` takes {} holder{} but {} officials hold it: {}",
                    post.capacity,
                    if post.capacity == 1 { "" } else { "s" },
                    hs.len(),
                    names.join(", ")
                ),
                &format!(
                    "correct the officials' posts, or raise posts[{pi}].capacity if the post really has more seats"
                ),
            ));
        }
    }

    let mut pinned: BTreeSet<(&str, i32)> = BTreeSet::new();
    for (i, pin) in s.pins.iter().enumerate() {
        let f = |name: &str| format!("pins[{i}].{name}");
        if !officials.contains(pin.official.0.as_str()) {
            unknown(&mut out, "E104", f("official"), "official", &pin.official.0);
        } else if !pinned.insert((pin.official.0.as_str(), pin.year.unwrap_or(s.year))) {
            out.push(Problem::new(
                "E109",
                f("official"),
                format!("`{}` is pinned twice for one year", pin.official),
                "merge the two pins into one entry",
            ));
        }
        if let Some(p) = &pin.take {
            if !posts.contains(p.0.as_str()) {
                unknown(&mut out, "E103", f("take"), "post", &p.0);
            }
            let year = pin.year.unwrap_or(s.year);
            let opens = s.posts.iter().find(|q| q.id == *p).and_then(|q| q.opens);
            if let Some(o) = opens.filter(|&o| o > year) {
                out.push(Problem::new(
                    "E114",
                    f("take"),
                    format!("the pin is for {year}, but post `{p}` opens only in {o}"),
                    "give the pin a `year` when the post is open, or take another post",
                ));
            }
        }
        if let Some(o) = s.officials.iter().find(|o| o.id == pin.official) {
            let year = pin.year.unwrap_or(s.year);
            let retires = s.retirement.retirement_year(o.born, o.sex);
            if retires <= year {
                out.push(Problem::new(
                    "E114",
                    f("official"),
                    format!(
                        "{} retires in {retires} (retirement age), so is gone before the plan of {year}: the pin cannot bind",
                        o.name
                    ),
                    "remove the pin, or correct the official's birth year",
                ));
            }
        }
        for (j, p) in pin.avoid.iter().enumerate() {
            if !posts.contains(p.0.as_str()) {
                unknown(&mut out, "E103", f(&format!("avoid[{j}]")), "post", &p.0);
            }
        }
        if pin.year.is_some_and(|y| y < s.year) {
            out.push(Problem::new(
                "E107",
                f("year"),
                format!(
                    "the pin is for {}, before the plan year {}",
                    pin.year.unwrap_or_default(),
                    s.year
                ),
                "remove the pin, or write the plan year it is meant for",
            ));
        }
        if !pin.stay && !pin.must_move && pin.take.is_none() && pin.avoid.is_empty() {
            out.push(Problem::new(
                "E117",
                f("official"),
                format!("the pin of `{}` says nothing", pin.official),
                "add `stay: true`, `move: true`, `take: POST` or `avoid: [POST, ...]`, or remove the pin",
            ));
        }
        let kinds = [pin.stay, pin.must_move, pin.take.is_some()];
        if kinds.iter().filter(|&&k| k).count() > 1 {
            out.push(Problem::new(
                "E109",
                f("official"),
                "a pin may say only one of `stay`, `move` and `take`",
                "keep the one that is meant",
            ));
        }
    }
    out
}

/// The largest weight: with it, and years of experience up to `MAX_YEARS`, every cost of a
/// plan fits the solvers' integers exactly (the README gives the ranges).
pub const MAX_WEIGHT: i64 = 100_000;
/// The most years of experience in one field, or required by a post.
pub const MAX_YEARS: u32 = 70;
/// The most seats one post may have.
pub const MAX_SEATS: u32 = 10_000;

/// Numbers outside the range where they mean something (E115).
fn ranges(s: &Scenario, out: &mut Vec<Problem>) {
    let w = &s.weights;
    for (name, v) in [
        ("wasted_expertise", w.wasted_expertise),
        ("unfilled", w.unfilled),
        ("unfilled_key", w.unfilled_key),
        ("move", w.move_),
        ("promotion", w.promotion),
    ] {
        range(out, format!("weights.{name}"), v, 0, MAX_WEIGHT, "a weight");
    }
    let r = &s.rules;
    range(
        out,
        "rules.term_limit.years".into(),
        r.term_limit.years.into(),
        1,
        50,
        "a term limit in years",
    );
    range(
        out,
        "rules.min_tenure.years".into(),
        r.min_tenure.years.into(),
        0,
        50,
        "a minimum time in post",
    );
    range(
        out,
        "rules.service_left.years".into(),
        r.service_left.years.into(),
        0,
        60,
        "years of service",
    );
    range(
        out,
        "rules.service_left.forced_years".into(),
        r.service_left.forced_years.into(),
        0,
        60,
        "years of service",
    );
    for (sex, t) in [
        ("male", &s.retirement.male),
        ("female", &s.retirement.female),
    ] {
        let f = |name: &str| format!("retirement.{sex}.{name}");
        range(
            out,
            f("base_year"),
            t.base_year.into(),
            1900,
            2200,
            "a year",
        );
        range(
            out,
            f("base_months"),
            t.base_months.into(),
            480,
            960,
            "a retirement age in months (40 to 80 years)",
        );
        range(
            out,
            f("step_months"),
            t.step_months.into(),
            0,
            24,
            "months added each year",
        );
        if t.step_months == 0 && t.max_months != t.base_months {
            out.push(Problem::new(
                "E115",
                f("step_months"),
                format!(
                    "with no months added each year the age never rises from base_months ({}) to max_months ({})",
                    t.base_months, t.max_months
                ),
                "write the months the age rises each year, or set max_months equal to base_months for an age that does not rise",
            ));
        }
        range(
            out,
            f("max_months"),
            t.max_months.into(),
            t.base_months.clamp(480, 960).into(),
            960,
            "the highest retirement age in months (from base_months to 80 years)",
        );
    }
    for (i, p) in s.posts.iter().enumerate() {
        range(
            out,
            format!("posts[{i}].capacity"),
            p.capacity.into(),
            1,
            MAX_SEATS.into(),
            "seats of a post",
        );
        range(
            out,
            format!("posts[{i}].requires.years"),
            p.requires.years.into(),
            0,
            MAX_YEARS.into(),
            "years of experience",
        );
        if let Some(g) = p.grade {
            range(
                out,
                format!("posts[{i}].grade"),
                g.into(),
                -1000,
                1000,
                "a grade",
            );
        }
        if let Some(y) = p.opens {
            later(out, format!("posts[{i}].opens"), y, s.year);
        }
    }
    for (i, o) in s.officials.iter().enumerate() {
        for (field, years) in &o.experience {
            range(
                out,
                format!("officials[{i}].experience.{field}"),
                (*years).into(),
                0,
                MAX_YEARS.into(),
                "years of experience",
            );
        }
        if let Some(y) = o.leaves {
            later(out, format!("officials[{i}].leaves"), y, s.year);
        }
    }
    for (i, pin) in s.pins.iter().enumerate() {
        if let Some(y) = pin.year {
            later(out, format!("pins[{i}].year"), y, s.year);
        }
    }
}

fn range(out: &mut Vec<Problem>, field: String, value: i64, lo: i64, hi: i64, what: &str) {
    if !(lo..=hi).contains(&value) {
        out.push(Problem::new(
            "E115",
            field,
            format!("{value} is outside the range of {what}"),
            &format!("write a whole number from {lo} to {hi}"),
        ));
    }
}

/// A later year more than a century after the plan year (earlier ones are E107's).
fn later(out: &mut Vec<Problem>, field: String, y: i32, year: i32) {
    if y as i64 > year as i64 + 100 {
        out.push(Problem::new(
            "E115",
            field,
            format!("{y} is more than a century after the plan year {year}"),
            &format!("write a year from {year} to {}", year as i64 + 100),
        ));
    }
}

/// Ids and names a person cannot read back or tell apart: empty, with line breaks or other
/// control characters, or with spaces around them (E116).
fn ids(s: &Scenario, out: &mut Vec<Problem>) {
    let mut check = |field: String, text: &str, what: &str| {
        let trouble = if text.trim().is_empty() {
            Some("is empty")
        } else if text.chars().any(char::is_control) {
            Some("holds a line break or another control character")
        } else if text.trim() != text {
            Some("has spaces before or after it")
        } else {
            None
        };
        if let Some(t) = trouble {
            out.push(Problem::new(
                "E116",
                field,
                format!("the {what} {text:?} {t}"),
                "write it on one line, without spaces around it (ids are best in lowercase letters, digits and -)",
            ));
        }
    };
    check("name".into(), &s.name, "scenario name");
    for (i, u) in s.units.iter().enumerate() {
        check(format!("units[{i}].id"), &u.id.0, "id");
        check(format!("units[{i}].name"), &u.name, "name");
    }
    for (i, p) in s.posts.iter().enumerate() {
        check(format!("posts[{i}].id"), &p.id.0, "id");
        check(format!("posts[{i}].title"), &p.title, "title");
        check(format!("posts[{i}].sector"), &p.sector, "sector");
    }
    for (i, o) in s.officials.iter().enumerate() {
        check(format!("officials[{i}].id"), &o.id.0, "id");
        check(format!("officials[{i}].name"), &o.name, "name");
    }
}

fn unique_ids<'a>(
    out: &mut Vec<Problem>,
    section: &str,
    ids: impl Iterator<Item = &'a String>,
) -> BTreeSet<&'a str> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id.as_str(), i) {
            seen.insert(id.as_str(), first);
            out.push(Problem::new(
                "E101",
                format!("{section}[{i}].id"),
                format!("duplicate id `{id}`: {section}[{first}] has it already"),
                "give each entry its own id",
            ));
        }
    }
    seen.into_keys().collect()
}

fn check_unit_tree(s: &Scenario, out: &mut Vec<Problem>) {
    let parent: BTreeMap<&str, &str> = s
        .units
        .iter()
        .filter_map(|u| u.parent.as_ref().map(|p| (u.id.0.as_str(), p.0.as_str())))
        .collect();
    for (i, u) in s.units.iter().enumerate() {
        let mut at = u.id.0.as_str();
        let mut steps = 0;
        while let Some(&p) = parent.get(at) {
            if p == u.id.0 {
                out.push(Problem::new(
                    "E105",
                    format!("units[{i}].parent"),
                    format!("unit `{}` is its own ancestor", u.id),
                    "correct the parent chain so that it ends at a unit with no parent",
                ));
                break;
            }
            at = p;
            steps += 1;
            if steps > s.units.len() {
                break; // a cycle above this unit; reported at a unit on it
            }
        }
    }
}
