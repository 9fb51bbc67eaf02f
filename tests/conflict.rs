//! A scenario with no plan is explained by a minimal conflict, and the claim is checked
//! here without the planner: on random small scenarios with every rule switched on, every
//! placement is tried and the independent verifier says which facts each one breaks. The
//! conflict must be a set of facts that some placement breaks alone (lifting them gives a
//! plan), and no placement may break only all but one of them (lifting all but any one
//! leaves none).

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rotaplan::plan;
use rotaplan::scenario::*;
use rotaplan::why::Diagnosis;
use rotaplan::Error;
use std::collections::BTreeSet;

mod common;
use common::random::{broken_facts, random_scenario, Fact};

/// A random scenario with every rule switched on, often too tight to plan.
fn every_rule_on(rng: &mut ChaCha8Rng) -> Scenario {
    let mut s = random_scenario(rng);
    let r = &mut s.rules;
    for enabled in [
        &mut r.who_rotates.enabled,
        &mut r.term_limit.enabled,
        &mut r.non_local.enabled,
        &mut r.min_tenure.enabled,
        &mut r.service_left.enabled,
        &mut r.relatives.enabled,
        &mut r.rating_gate.enabled,
        &mut r.unit_cap.enabled,
        &mut r.move_limit.enabled,
        &mut r.phase_in.enabled,
        &mut r.promotion.enabled,
        &mut r.demotion.enabled,
        &mut r.qualification.enabled,
    ] {
        *enabled = true;
    }
    if r.move_limit.max.is_none() && rng.gen_bool(0.5) {
        r.move_limit.max = Some(rng.gen_range(0..=3));
    }
    let n = s.officials.len();
    if n >= 3 && rng.gen_bool(0.3) {
        let b = OfficialId(format!("o{}", rng.gen_range(1..n)));
        s.officials[2].relatives.push(b);
        s.officials[2].relatives.dedup();
        s.officials[2].relatives.retain(|x| x.0 != "o2");
    }
    s
}

/// The conflict of `d` checked against every placement of `s`: proven minimal, lifting it
/// gives a plan, lifting all but any one of it does not, and each part has a way out.
fn assert_minimal(s: &Scenario, d: &Diagnosis, case: &str) -> BTreeSet<Fact> {
    let yaml = || serde_yaml::to_string(s).unwrap();
    assert!(d.minimal, "{case}: not proven minimal\n{d}\n{}", yaml());
    let facts = facts_of(d);
    let broken = broken_facts(s);
    if facts.is_empty() {
        assert!(broken.is_empty(), "{case}: no fact named\n{d}\n{}", yaml());
    } else {
        let lifts = |f: &BTreeSet<Fact>| broken.iter().any(|b| b.is_subset(f));
        assert!(
            lifts(&facts),
            "{case}: lifting the conflict gives no plan\n{facts:?}\n{d}\n{}",
            yaml()
        );
        for f in &facts {
            let mut rest = facts.clone();
            rest.remove(f);
            assert!(
                !lifts(&rest),
                "{case}: the conflict holds without {f:?}\n{d}\n{}",
                yaml()
            );
        }
    }
    for c in &d.conflicts {
        assert!(
            !c.ways.is_empty() || c.facts.is_empty(),
            "{case}: no way out\n{d}"
        );
    }
    facts
}

fn facts_of(d: &Diagnosis) -> BTreeSet<Fact> {
    d.facts()
        .into_iter()
        .map(|f| (f.rule.to_string(), f.about.clone()))
        .collect()
}

#[test]
fn the_conflict_is_minimal_by_brute_force() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261122);
    let (mut checked, mut sizes) = (0, Vec::new());
    for case in 0..3000 {
        let s = every_rule_on(&mut rng);
        if !validate(&s).is_empty() {
            continue;
        }
        let d = match plan::plan(&s, &plan::Options::default()) {
            Err(Error::Infeasible(d)) => d,
            Ok(_) => continue,
            Err(e) => panic!("case {case}: {e}"),
        };
        let facts = assert_minimal(&s, &d, &format!("case {case}"));
        sizes.push(facts.len());
        checked += 1;
        if checked == 200 {
            break;
        }
    }
    assert!(checked >= 200, "only {checked} infeasible scenarios");
    // The conflicts are not all of one size, or the test proves little.
    let mut by_size = std::collections::BTreeMap::new();
    for &n in &sizes {
        *by_size.entry(n).or_insert(0) += 1;
    }
    eprintln!("conflict sizes (facts: cases): {by_size:?}");
    assert!(sizes.iter().any(|&n| n >= 2), "{sizes:?}");
}

/// Two communes and a ward; Hà heads commune A past the term limit and must leave.
const BASE: &str = r#"
name: hand
year: 2026
units:
  - { id: a, name: Xã A, level: commune, bloc: government }
  - { id: b, name: Xã B, level: commune, bloc: government }
posts:
  - { id: a-head, unit: a, title: Chủ tịch UBND xã, role: head, sector: admin }
  - { id: b-head, unit: b, title: Chủ tịch UBND xã, role: head, sector: admin }
  - { id: b-dep, unit: b, title: Phó Chủ tịch UBND xã, role: deputy, sector: admin }
officials:
  - { id: ha, name: Trần Thị Hà, post: a-head, since: 2010, born: 1975, sex: female, experience: { admin: 15 } }
  - { id: yen, name: Lê Văn Yên, post: b-dep, since: 2024, born: 1980, sex: male, last_rotation: 2025, experience: { admin: 8 } }
"#;

/// The diagnosis of BASE with `edit` made to its text and `extra` appended, checked
/// against brute force, in English.
fn hand(edit: impl Fn(String) -> String, extra: &str) -> (Diagnosis, String) {
    let s = parse(&format!("{}{extra}", edit(BASE.to_string()))).expect("valid scenario");
    let d = match plan::plan(&s, &plan::Options::default()) {
        Err(Error::Infeasible(d)) => *d,
        Ok(_) => panic!("the hand case has a plan"),
        Err(e) => panic!("{e}"),
    };
    assert_minimal(&s, &d, "hand case");
    let text = d.render(rotaplan::messages::Lang::En);
    (d, text)
}

fn ways(d: &Diagnosis) -> Vec<String> {
    d.conflicts
        .iter()
        .flat_map(|c| &c.ways)
        .map(|w| w.text.render(rotaplan::messages::Lang::En))
        .collect()
}

/// The case the issue found: the only post open to a head is in the unit where her
/// relative is deputy. The relative, and the rule, are named.
#[test]
fn a_relative_in_the_only_open_post_is_named() {
    let (d, text) = hand(
        |b| {
            b.replace(
                "experience: { admin: 15 } }",
                "experience: { admin: 15 }, relatives: [yen] }",
            )
        },
        "",
    );
    assert!(d.rules().contains("relatives"), "{text}");
    assert!(
        text.contains("Trần Thị Hà and Lê Văn Yên are relatives")
            && text.contains("Trần Thị Hà must leave")
            && text.contains("Lê Văn Yên may not leave"),
        "{text}"
    );
    assert!(!text.contains("needed by others"), "{text}");
    // Narrowest first: phasing her in; an exception for the pair is offered after.
    let w = ways(&d);
    assert!(w[0].contains("let Trần Thị Hà move a year later"), "{w:?}");
    assert!(
        w.iter()
            .any(|w| w.contains("an exception for Trần Thị Hà and Lê Văn Yên")),
        "{w:?}"
    );
}

/// A pin that keeps the holder of the only open post: the pin and its official are named,
/// and releasing it is a way out for one person.
#[test]
fn a_pin_that_blocks_the_only_open_post_is_named() {
    let (d, text) = hand(
        |b| {
            b.replace("last_rotation: 2025, ", "")
                .replace("post: b-dep", "post: b-head")
        },
        "pins:\n  - { official: yen, stay: true }\n",
    );
    assert!(d.rules().contains("pins"), "{text}");
    assert!(
        text.contains("held by Lê Văn Yên, who may not leave it")
            && text.contains("pinned to stay"),
        "{text}"
    );
    let w = ways(&d);
    assert!(
        w.iter()
            .any(|w| w.contains("release the pin on Lê Văn Yên")),
        "{w:?}"
    );
}

/// A head who may not be rotated for her rating: the gate is named, and phasing her in
/// comes before switching any rule off.
#[test]
fn the_rating_gate_is_named() {
    let (d, text) = hand(
        |b| {
            b.replace(
                "experience: { admin: 15 } }",
                "experience: { admin: 15 }, rating: not_completed }",
            )
        },
        "",
    );
    assert!(d.rules().contains("rating_gate"), "{text}");
    assert!(
        text.contains("closed to them") && text.contains("rating gate"),
        "{text}"
    );
    assert_eq!(
        d.conflicts[0].ways[0].breadth,
        rotaplan::why::facts::Breadth::Person
    );
}

/// The one open post asks for a degree she lacks.
#[test]
fn qualification_is_named() {
    let (d, text) = hand(
        |b| {
            b.replace(
                "sector: admin }\n  - { id: b-dep",
                "sector: admin, requires: { degree: master } }\n  - { id: b-dep",
            )
        },
        "",
    );
    assert!(d.rules().contains("qualification"), "{text}");
    let w = ways(&d);
    assert!(
        w.iter()
            .any(|w| w.contains("let Trần Thị Hà take a post that")
                && w.contains("then Trần Thị Hà takes Chủ tịch UBND xã, Xã B")),
        "{w:?}"
    );
}

/// She retires too soon to be moved: service left is named.
#[test]
fn retirement_is_named() {
    let (d, text) = hand(
        |b| b.replace("born: 1975, sex: female", "born: 1969, sex: female"),
        "",
    );
    assert!(d.rules().contains("service_left"), "{text}");
    assert!(
        text.contains("Trần Thị Hà must leave Chủ tịch UBND xã, Xã A"),
        "{text}"
    );
}

/// A cap on departures: two heads of commune A must leave it, two posts in B are open,
/// and one may leave. The cap, both heads and their term limit are named, and one of them
/// waiting a year is the narrowest way out.
#[test]
fn a_unit_cap_is_named_with_whom_it_counts() {
    let (d, text) = hand(
        |b| {
            b.replace(
                "  - { id: yen,",
                "  - { id: an, name: Phạm An, post: a-head2, since: 2010, born: 1978, sex: male, experience: { admin: 12 } }\n  - { id: yen,",
            )
            .replace(
                "  - { id: b-dep,",
                "  - { id: a-head2, unit: a, title: Bí thư Đảng ủy xã, role: head, sector: admin }\n  - { id: b-head2, unit: b, title: Bí thư Đảng ủy xã, role: head, sector: admin }\n  - { id: b-dep,",
            )
        },
        "rules:\n  unit_cap: { max_out: 1 }\n",
    );
    assert!(d.rules().contains("unit_cap"), "{text}");
    assert!(
        text.contains("at most 1 officials may leave Xã A")
            && text.contains("Trần Thị Hà must leave")
            && text.contains("Phạm An must leave"),
        "{text}"
    );
    let w = ways(&d);
    assert!(w[0].contains("move a year later"), "{w:?}");
    assert!(
        w.iter()
            .any(|w| w.contains("raise the cap on departures from Xã A")),
        "{w:?}"
    );
}

/// A move limit of 0 against many forced movers: the story tells a few with their reason
/// and counts the rest by rule, rather than a page per person.
#[test]
fn a_move_limit_counts_those_it_cannot_name() {
    let full = rotaplan::generate::generate(&rotaplan::generate::Spec::uniform(1, 6, 3));
    let mut s = full.as_of(full.year);
    s.rules.move_limit.max = Some(0);
    let d = match plan::plan(&s, &plan::Options::default()) {
        Err(Error::Infeasible(d)) => *d,
        Ok(_) => panic!("forced movers and no move allowed has a plan"),
        Err(e) => panic!("{e}"),
    };
    // Too large for brute force: the move limit alone is the conflict (lifting it gives
    // the optimum), checked by the diagnosis itself.
    assert!(d.minimal, "{d}");
    let facts: Vec<_> = facts_of(&d).into_iter().collect();
    assert_eq!(facts, [("move_limit".to_string(), About::Whole)], "{d}");
    let text = d.render(rotaplan::messages::Lang::En);
    // "X must leave P: ... and must leave U" for each one told.
    let told = text.matches(" must leave ").count();
    assert!(told <= 2 * 3, "{told} told: {text}");
    assert!(text.contains("so must others it counts ("), "{text}");
    assert!(text.len() < 4000, "{} bytes: {text}", text.len());
}
