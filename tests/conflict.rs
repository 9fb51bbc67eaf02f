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

fn facts_of(d: &rotaplan::why::Diagnosis) -> BTreeSet<Fact> {
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
        let yaml = || serde_yaml::to_string(&s).unwrap();
        assert!(
            d.minimal,
            "case {case}: not proven minimal\n{d}\n{}",
            yaml()
        );
        let facts = facts_of(&d);
        let broken = broken_facts(&s);
        if facts.is_empty() {
            assert!(
                broken.is_empty(),
                "case {case}: no fact named\n{d}\n{}",
                yaml()
            );
        } else {
            let lifts = |f: &BTreeSet<Fact>| broken.iter().any(|b| b.is_subset(f));
            assert!(
                lifts(&facts),
                "case {case}: lifting the conflict gives no plan\n{facts:?}\n{d}\n{}",
                yaml()
            );
            for f in &facts {
                let mut rest = facts.clone();
                rest.remove(f);
                assert!(
                    !lifts(&rest),
                    "case {case}: the conflict holds without {f:?}\n{d}\n{}",
                    yaml()
                );
            }
        }
        // Every way out was solved: in words, for each part of the conflict.
        for c in &d.conflicts {
            assert!(!c.facts.is_empty() || facts.is_empty(), "case {case}");
            assert!(
                !c.ways.is_empty() || c.facts.is_empty(),
                "case {case}: no way out\n{d}"
            );
        }
        sizes.push(facts.len());
        checked += 1;
        if checked == 200 {
            break;
        }
    }
    assert!(checked >= 200, "only {checked} infeasible scenarios");
    // The conflicts are not all of one size, or the test proves little.
    assert!(sizes.iter().any(|&n| n >= 2), "{sizes:?}");
}
