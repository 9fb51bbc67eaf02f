//! Checks that a parsed scenario is consistent: ids unique and known, years possible, the
//! unit tree acyclic, posts not over capacity. Collects every problem; never stops early.

use super::types::*;
use crate::error::Problem;
use crate::messages::{Msg, K};
use std::collections::{BTreeMap, BTreeSet};

/// Every problem of the scenario, in file order; empty when it is usable.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    if !(1900..=2200).contains(&s.year) {
        out.push(Problem::new(
            "E107",
            "year".into(),
            Msg::new(K::BadPlanYear).arg("year", s.year),
            Msg::new(K::HintPlanYear),
        ));
    }
    ranges(s, &mut out);
    ids(s, &mut out);
    vocabulary(s, &mut out);
    titles(s, &mut out);
    let units = unique_ids(&mut out, "units", s.units.iter().map(|u| &u.id.0));
    let posts = unique_ids(&mut out, "posts", s.posts.iter().map(|p| &p.id.0));
    let officials = unique_ids(&mut out, "officials", s.officials.iter().map(|o| &o.id.0));

    let unknown = |out: &mut Vec<Problem>, code, field: String, kind: &str, id: &str| {
        let (word, a_word) = match kind {
            "unit" => (K::KindUnit, K::AKindUnit),
            "post" => (K::KindPost, K::AKindPost),
            _ => (K::KindOfficial, K::AKindOfficial),
        };
        out.push(Problem::new(
            code,
            field,
            Msg::new(K::UnknownRef)
                .msg("kind", Msg::new(word))
                .arg("id", id),
            Msg::new(K::HintUnknownRef)
                .msg("a_kind", Msg::new(a_word))
                .arg("section", format!("{kind}s")),
        ));
    };

    for (i, u) in s.units.iter().enumerate() {
        if let Some(parent) = &u.parent {
            if !units.contains_key(parent.0.as_str()) {
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
        if !units.contains_key(id.0.as_str()) {
            unknown(
                &mut out,
                "E102",
                format!("rules.unit_cap.units.{id}"),
                "unit",
                &id.0,
            );
        }
    }

    let composition = &s.rules.composition;
    for (group, target) in composition.targets() {
        let name = group.code();
        let field = |f: &str| format!("rules.composition.{name}.{f}");
        for (i, id) in target.units.iter().enumerate() {
            if !units.contains_key(id.0.as_str()) {
                unknown(
                    &mut out,
                    "E102",
                    field(&format!("units[{i}]")),
                    "unit",
                    &id.0,
                );
            }
        }
        if let Some(x) = target.min_share.filter(|x| !(0.0..=1.0).contains(x)) {
            out.push(Problem::new(
                "E115",
                field("min_share"),
                Msg::new(K::OutOfRange)
                    .arg("value", x)
                    .msg("what", Msg::new(K::WhatShare)),
                Msg::new(K::HintShare),
            ));
        }
        match (group, target.age) {
            (crate::scenario::Group::UnderAge, None) => out.push(Problem::new(
                "E120",
                field("age"),
                Msg::new(K::AgeMissing),
                Msg::new(K::HintAgeMissing),
            )),
            (crate::scenario::Group::UnderAge, Some(age)) => {
                range(&mut out, field("age"), age.into(), 18, 80, K::WhatAge)
            }
            (_, Some(_)) => out.push(Problem::new(
                "E120",
                field("age"),
                Msg::new(K::AgeNotHere).arg("group", name),
                Msg::new(K::HintAgeNotHere),
            )),
            (_, None) => {}
        }
    }

    for (i, id) in s.rules.phase_in.officials.iter().enumerate() {
        if !officials.contains_key(id.0.as_str()) {
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
            Msg::new(K::PhaseInTooMany)
                .arg("k", s.rules.phase_in.at_least)
                .arg("n", s.rules.phase_in.officials.len()),
            Msg::new(K::HintPhaseInTooMany),
        ));
    }
    for (i, p) in s.posts.iter().enumerate() {
        if !units.contains_key(p.unit.0.as_str()) {
            unknown(
                &mut out,
                "E102",
                format!("posts[{i}].unit"),
                "unit",
                &p.unit.0,
            );
        }
        if let Some(y) = p.opens {
            if s.reached(y, s.year) {
                out.push(Problem::new(
                    "E107",
                    format!("posts[{i}].opens"),
                    Msg::new(K::OpensTooEarly)
                        .msg("y", y.word())
                        .msg("year", s.plan_date().word()),
                    Msg::new(K::HintOpensTooEarly),
                ));
            }
        }
        if p.capacity == 0 {
            out.push(Problem::new(
                "E108",
                format!("posts[{i}].capacity"),
                Msg::new(K::NoSeats),
                Msg::new(K::HintNoSeats),
            ));
        }
    }

    let mut holders: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in s.officials.iter().enumerate() {
        let f = |name: &str| format!("officials[{i}].{name}");
        if let Some(post) = &o.post {
            if posts.contains_key(post.0.as_str()) {
                holders.entry(post.0.as_str()).or_default().push(i);
            } else {
                unknown(&mut out, "E103", f("post"), "post", &post.0);
            }
            if o.since.is_none() {
                out.push(Problem::new(
                    "E110",
                    f("since"),
                    Msg::new(K::NoSince).arg("name", &o.name),
                    Msg::new(K::HintNoSince),
                ));
            }
        }
        if let Some(y) = o.leaves {
            if s.reached(y, s.year) {
                out.push(Problem::new(
                    "E107",
                    f("leaves"),
                    Msg::new(K::LeavesTooEarly)
                        .arg("name", &o.name)
                        .msg("y", y.word())
                        .msg("year", s.plan_date().word()),
                    Msg::new(K::HintLeavesTooEarly),
                ));
            }
        }
        let (born, year) = (o.born.year as i64, s.year as i64);
        if born < year - 100 || born > year - 16 {
            out.push(Problem::new(
                "E107",
                f("born"),
                Msg::new(K::BadBorn).arg("born", o.born).arg("year", s.year),
                Msg::new(K::HintBorn),
            ));
        }
        for (field, year) in [("since", o.since), ("last_rotation", o.last_rotation)] {
            if let Some(y) = year {
                if !s.reached(y, s.year) || (y.year as i64) < born + 16 {
                    out.push(Problem::new(
                        "E107",
                        f(field),
                        Msg::new(K::BadEventYear)
                            .arg("field", field)
                            .msg("y", y.word())
                            .arg("min", born + 16)
                            .msg("year", s.plan_date().word()),
                        Msg::new(K::HintEventYear),
                    ));
                }
            }
        }
        for (j, w) in o.wishes.iter().enumerate() {
            if w == STAY {
                if o.post.is_none() {
                    out.push(Problem::new(
                        "E119",
                        f(&format!("wishes[{j}]")),
                        Msg::new(K::WishStayWithoutPost).arg("name", &o.name),
                        Msg::new(K::HintRemoveEntry),
                    ));
                }
            } else if !posts.contains_key(w.as_str()) && !units.contains_key(w.as_str()) {
                out.push(Problem::new(
                    "E119",
                    f(&format!("wishes[{j}]")),
                    Msg::new(K::WishNamesNothing).arg("id", w),
                    Msg::new(K::HintWish),
                ));
            }
        }
        for (j, w) in o.served.iter().enumerate() {
            let w = w.as_str();
            if !posts.contains_key(w)
                && !units.contains_key(w)
                && Experience::from_word(w).is_none()
            {
                out.push(Problem::new(
                    "E121",
                    f(&format!("served[{j}]")),
                    Msg::new(K::ServedNamesNothing).arg("id", w),
                    Msg::new(K::HintServed),
                ));
            }
        }
        for (j, r) in o.relatives.iter().enumerate() {
            if !officials.contains_key(r.0.as_str()) {
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
                    Msg::new(K::OwnRelative).arg("name", &o.name),
                    Msg::new(K::HintRemoveEntry),
                ));
            }
        }
    }

    for (post_id, hs) in &holders {
        // By the map of ids: a scan of the posts for each was most of reading the
        // national preset.
        let pi = posts[post_id];
        let post = &s.posts[pi];
        if let Some(y) = post.opens {
            out.push(Problem::new(
                "E112",
                format!("officials[{}].post", hs[0]),
                Msg::new(K::HeldBeforeOpen)
                    .arg("post", post_id)
                    .msg("y", y.word())
                    .arg("name", &s.officials[hs[0]].name),
                Msg::new(K::HintHeldBeforeOpen).arg("i", pi),
            ));
        }
        if hs.len() > post.capacity as usize {
            let names: Vec<&str> = hs.iter().map(|&i| s.officials[i].name.as_str()).collect();
            out.push(Problem::new(
                "E106",
                format!("officials[{}].post", hs[post.capacity as usize]),
                Msg::new(if post.capacity == 1 {
                    K::OverCapacityOne
                } else {
                    K::OverCapacity
                })
                .arg("post", post_id)
                .arg("cap", post.capacity)
                .arg("n", hs.len())
                .arg("names", names.join(", ")),
                Msg::new(K::HintOverCapacity).arg("i", pi),
            ));
        }
    }

    let mut pinned: BTreeSet<(&str, i32)> = BTreeSet::new();
    for (i, pin) in s.pins.iter().enumerate() {
        let f = |name: &str| format!("pins[{i}].{name}");
        if !officials.contains_key(pin.official.0.as_str()) {
            unknown(&mut out, "E104", f("official"), "official", &pin.official.0);
        } else if !pinned.insert((pin.official.0.as_str(), pin.year.unwrap_or(s.year))) {
            out.push(Problem::new(
                "E109",
                f("official"),
                Msg::new(K::PinnedTwice).arg("official", &pin.official),
                Msg::new(K::HintPinnedTwice),
            ));
        }
        if let Some(p) = &pin.take {
            if !posts.contains_key(p.0.as_str()) {
                unknown(&mut out, "E103", f("take"), "post", &p.0);
            }
            let year = pin.year.unwrap_or(s.year);
            let opens = posts.get(p.0.as_str()).and_then(|&i| s.posts[i].opens);
            if let Some(o) = opens.filter(|&o| !s.reached(o, year)) {
                out.push(Problem::new(
                    "E114",
                    f("take"),
                    Msg::new(K::PinBeforeOpen)
                        .arg("year", year)
                        .arg("post", p)
                        .msg("opens", o.word()),
                    Msg::new(K::HintPinBeforeOpen),
                ));
            }
        }
        if let Some(o) = officials
            .get(pin.official.0.as_str())
            .map(|&i| &s.officials[i])
        {
            let year = pin.year.unwrap_or(s.year);
            let retires = s.retirement.retirement(o.born, o.sex);
            if s.reached(retires, year) {
                out.push(Problem::new(
                    "E114",
                    f("official"),
                    Msg::new(K::PinRetired)
                        .arg("name", &o.name)
                        .msg("retires", retires.word())
                        .arg("year", year),
                    Msg::new(K::HintPinRetired),
                ));
            }
        }
        for (j, p) in pin.refuses.iter().enumerate() {
            if !posts.contains_key(p.0.as_str()) {
                unknown(&mut out, "E103", f(&format!("refuses[{j}]")), "post", &p.0);
            }
        }
        for (j, p) in pin.avoid.iter().enumerate() {
            if !posts.contains_key(p.0.as_str()) {
                unknown(&mut out, "E103", f(&format!("avoid[{j}]")), "post", &p.0);
            }
        }
        if pin.year.is_some_and(|y| y < s.year) {
            out.push(Problem::new(
                "E107",
                f("year"),
                Msg::new(K::PinTooEarly)
                    .arg("y", pin.year.unwrap_or_default())
                    .arg("year", s.year),
                Msg::new(K::HintPinTooEarly),
            ));
        }
        if !pin.stay
            && !pin.must_move
            && pin.take.is_none()
            && pin.avoid.is_empty()
            && pin.refuses.is_empty()
        {
            out.push(Problem::new(
                "E117",
                f("official"),
                Msg::new(K::PinSaysNothing).arg("official", &pin.official),
                Msg::new(K::HintPinSaysNothing),
            ));
        }
        let kinds = [pin.stay, pin.must_move, pin.take.is_some()];
        if kinds.iter().filter(|&&k| k).count() > 1 {
            out.push(Problem::new(
                "E109",
                f("official"),
                Msg::new(K::PinTwoKinds),
                Msg::new(K::HintPinTwoKinds),
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
/// The largest priority of a post: its empty seats weigh at most ten times the weights.
pub const MAX_PRIORITY: f64 = 10.0;
/// The most seats one post may have.
pub const MAX_SEATS: u32 = 10_000;

/// Numbers outside the range where they mean something (E115).
fn ranges(s: &Scenario, out: &mut Vec<Problem>) {
    let w = &s.weights;
    let unfilled = w.unfilled.written().into_iter();
    for (name, v) in [
        ("wasted_expertise".to_string(), w.wasted_expertise),
        ("unfilled_key".into(), w.unfilled_key),
        ("move".into(), w.move_),
        ("promotion".into(), w.promotion),
        ("planned_promotion".into(), w.planned_promotion),
        ("change".into(), w.change),
        ("wish".into(), w.wish),
        ("development".into(), w.development),
    ]
    .into_iter()
    .chain(unfilled.map(|(place, v)| (format!("unfilled{place}"), v)))
    {
        range(
            out,
            format!("weights.{name}"),
            v,
            0,
            MAX_WEIGHT,
            K::WhatWeight,
        );
    }
    if let Some(m) = s.month {
        range(out, "month".into(), m.into(), 1, 12, K::WhatMonth);
    }
    for (code, penalty) in s.rules.soft() {
        range(
            out,
            format!("rules.{code}.penalty"),
            penalty,
            0,
            MAX_WEIGHT,
            K::WhatWeight,
        );
    }
    for (i, post) in s.posts.iter().enumerate() {
        match post.priority {
            Some(x) if !(0.0..=MAX_PRIORITY).contains(&x) => out.push(Problem::new(
                "E115",
                format!("posts[{i}].priority"),
                Msg::new(K::OutOfRange)
                    .arg("value", x)
                    .msg("what", Msg::new(K::WhatPriority)),
                Msg::new(K::HintPriority).arg("hi", MAX_PRIORITY),
            )),
            _ => {}
        }
    }
    let r = &s.rules;
    if let Some(by) = r.development.by {
        range(
            out,
            "rules.development.by".into(),
            by.into(),
            1900,
            2200,
            K::WhatYear,
        );
    }
    range(
        out,
        "rules.term_limit.years".into(),
        r.term_limit.years.into(),
        1,
        50,
        K::WhatTermLimit,
    );
    range(
        out,
        "rules.min_tenure.years".into(),
        r.min_tenure.years.into(),
        0,
        50,
        K::WhatMinTenure,
    );
    range(
        out,
        "rules.service_left.years".into(),
        r.service_left.years.into(),
        0,
        60,
        K::WhatService,
    );
    range(
        out,
        "rules.service_left.forced_years".into(),
        r.service_left.forced_years.into(),
        0,
        60,
        K::WhatService,
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
            K::WhatYear,
        );
        range(
            out,
            f("base_months"),
            t.base_months.into(),
            480,
            960,
            K::WhatBaseMonths,
        );
        range(
            out,
            f("step_months"),
            t.step_months.into(),
            0,
            24,
            K::WhatStepMonths,
        );
        if t.step_months == 0 && t.max_months != t.base_months {
            out.push(Problem::new(
                "E115",
                f("step_months"),
                Msg::new(K::FlatStep)
                    .arg("base", t.base_months)
                    .arg("max", t.max_months),
                Msg::new(K::HintFlatStep),
            ));
        }
        range(
            out,
            f("max_months"),
            t.max_months.into(),
            t.base_months.clamp(480, 960).into(),
            960,
            K::WhatMaxMonths,
        );
    }
    for (i, p) in s.posts.iter().enumerate() {
        range(
            out,
            format!("posts[{i}].capacity"),
            p.capacity.into(),
            1,
            MAX_SEATS.into(),
            K::WhatSeats,
        );
        range(
            out,
            format!("posts[{i}].requires.years"),
            p.requires.years.into(),
            0,
            MAX_YEARS.into(),
            K::WhatExperience,
        );
        if let Some(g) = p.grade {
            range(
                out,
                format!("posts[{i}].grade"),
                g.into(),
                -1000,
                1000,
                K::WhatGrade,
            );
        }
        if let Some(y) = p.opens {
            later(out, format!("posts[{i}].opens"), y.year, s.year);
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
                K::WhatExperience,
            );
        }
        if let Some(y) = o.leaves {
            later(out, format!("officials[{i}].leaves"), y.year, s.year);
        }
    }
    for (i, pin) in s.pins.iter().enumerate() {
        if let Some(y) = pin.year {
            later(out, format!("pins[{i}].year"), y, s.year);
        }
    }
}

fn range(out: &mut Vec<Problem>, field: String, value: i64, lo: i64, hi: i64, what: K) {
    if !(lo..=hi).contains(&value) {
        out.push(Problem::new(
            "E115",
            field,
            Msg::new(K::OutOfRange)
                .arg("value", value)
                .msg("what", Msg::new(what)),
            Msg::new(K::HintRange).arg("lo", lo).arg("hi", hi),
        ));
    }
}

/// A later year more than a century after the plan year (earlier ones are E107's).
fn later(out: &mut Vec<Problem>, field: String, y: i32, year: i32) {
    if y as i64 > year as i64 + 100 {
        out.push(Problem::new(
            "E115",
            field,
            Msg::new(K::TooLate).arg("y", y).arg("year", year),
            Msg::new(K::HintTooLate)
                .arg("year", year)
                .arg("max", year as i64 + 100),
        ));
    }
}

/// A title under `titles` is one some post or some pipeline names (case and diacritics
/// aside); another is a typo that would set needs for no one (E121).
fn titles(s: &Scenario, out: &mut Vec<Problem>) {
    use super::words::fold;
    let written: Vec<&str> = s
        .posts
        .iter()
        .map(|p| p.title.as_str())
        .chain(
            s.officials
                .iter()
                .flat_map(|o| o.pipeline.iter().map(String::as_str)),
        )
        .collect();
    let known: BTreeSet<String> = written.iter().map(|t| fold(t)).collect();
    for title in s.titles.keys().filter(|t| !known.contains(&fold(t))) {
        let hint = match super::words::nearest(title, written.iter().copied()) {
            Some(near) => Msg::new(K::HintDidYouMean).arg("word", near),
            None => Msg::new(K::HintTitleUnknown),
        };
        out.push(Problem::new(
            "E121",
            format!("titles.{title}"),
            Msg::new(K::TitleNamesNothing).arg("title", title),
            hint,
        ));
    }
}

/// With a declared list of sectors, every sector a post or an official names is one of
/// them (E118), with the nearest one as the likely fix.
fn vocabulary(s: &Scenario, out: &mut Vec<Problem>) {
    let Some(known) = &s.sectors else {
        return;
    };
    let declared: BTreeSet<&str> = known.iter().map(String::as_str).collect();
    let mut check = |field: String, word: &str| {
        if declared.contains(word) {
            return;
        }
        let hint = match super::words::nearest(word, known.iter().map(String::as_str)) {
            Some(near) => Msg::new(K::HintSectorNear).arg("near", near),
            None => Msg::new(K::HintSectorDeclare),
        };
        out.push(Problem::new(
            "E118",
            field,
            Msg::new(K::UnknownSector)
                .arg("word", word)
                .arg("n", known.len()),
            hint,
        ));
    };
    for (i, p) in s.posts.iter().enumerate() {
        check(format!("posts[{i}].sector"), &p.sector);
        if let Some(r) = &p.requires.sector {
            check(format!("posts[{i}].requires.sector"), r);
        }
    }
    for (i, o) in s.officials.iter().enumerate() {
        for field in o.experience.keys() {
            check(format!("officials[{i}].experience.{field}"), field);
        }
    }
}

/// Ids and names a person cannot read back or tell apart: empty, with line breaks or other
/// control characters, or with spaces around them (E116).
fn ids(s: &Scenario, out: &mut Vec<Problem>) {
    let mut check = |field: String, text: &str, what: K| {
        let trouble = if text.trim().is_empty() {
            Some(K::TextEmpty)
        } else if text.chars().any(char::is_control) {
            Some(K::TextControl)
        } else if text.trim() != text {
            Some(K::TextSpaces)
        } else {
            None
        };
        if let Some(t) = trouble {
            out.push(Problem::new(
                "E116",
                field,
                Msg::new(t)
                    .msg("what", Msg::new(what))
                    .arg("text", format!("{text:?}")),
                Msg::new(K::HintText),
            ));
        }
    };
    check("name".into(), &s.name, K::WhatScenarioName);
    for (i, u) in s.units.iter().enumerate() {
        check(format!("units[{i}].id"), &u.id.0, K::WhatId);
        check(format!("units[{i}].name"), &u.name, K::WhatName);
    }
    for (i, p) in s.posts.iter().enumerate() {
        check(format!("posts[{i}].id"), &p.id.0, K::WhatId);
        check(format!("posts[{i}].title"), &p.title, K::WhatTitle);
        check(format!("posts[{i}].sector"), &p.sector, K::WhatSector);
    }
    for (i, o) in s.officials.iter().enumerate() {
        check(format!("officials[{i}].id"), &o.id.0, K::WhatId);
        check(format!("officials[{i}].name"), &o.name, K::WhatName);
    }
}

/// Each id of a section with the index of its first entry; an id written twice is E101.
fn unique_ids<'a>(
    out: &mut Vec<Problem>,
    section: &str,
    ids: impl Iterator<Item = &'a String>,
) -> BTreeMap<&'a str, usize> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id.as_str(), i) {
            seen.insert(id.as_str(), first);
            out.push(Problem::new(
                "E101",
                format!("{section}[{i}].id"),
                Msg::new(K::DuplicateId)
                    .arg("id", id)
                    .arg("section", section)
                    .arg("first", first),
                Msg::new(K::HintDuplicateId),
            ));
        }
    }
    seen
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
                    Msg::new(K::OwnAncestor).arg("id", &u.id),
                    Msg::new(K::HintOwnAncestor),
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
