//! Revising a published plan with the fewest changes: an unchanged scenario changes
//! nothing; a refusal changes what it must, costed as brute force (through the
//! independent verifier) costs it on small random scenarios; `--lock` holds the rest.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rotaplan::messages::Lang;
use rotaplan::plan::{self, document, revise, Options};
use rotaplan::scenario::Pin;
use rotaplan::verify::{verify, PlanFile};

mod common;
use common::random::{brute_force, random_scenario};
use common::*;

#[test]
fn a_revision_costs_what_brute_force_finds_after_a_refusal() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261123);
    let (mut revised, mut changed) = (0, 0);
    for case in 0..160 {
        let s = random_scenario(&mut rng);
        let Ok(first) = plan::plan(&s, &Options::default()) else {
            continue;
        };
        let published = PlanFile::of(&document(&s, &first, Lang::En));
        // Someone the plan placed refuses that post; sometimes the weight of a change is
        // low enough that changing is worth more than keeping.
        let mut next = s.clone();
        let placed: Vec<usize> = (0..s.officials.len())
            .filter(|&o| first.after[o].is_some())
            .collect();
        if placed.is_empty() {
            continue;
        }
        let o = placed[rng.gen_range(0..placed.len())];
        let post = s.posts[first.after[o].unwrap()].id.clone();
        next.pins.retain(|p| p.official != s.officials[o].id);
        next.pins.push(Pin {
            official: s.officials[o].id.clone(),
            refuses: vec![post],
            ..Default::default()
        });
        next.weights.change = [1000, 30, 5][rng.gen_range(0..3)];
        let next = revise(&next, &published, false);
        let best = brute_force(&next);
        match (plan::plan(&next, &Options::default()), best) {
            (Ok(p), Some(best)) => {
                assert_eq!(p.total(), best, "case {case}");
                let doc = document(&next, &p, Lang::En);
                let v = verify(&next, &PlanFile::of(&doc));
                assert!(v.ok(), "case {case}: {:?}", v.violations);
                let r = doc.revision.expect("a revision says what changed");
                assert!(
                    r.changes.iter().any(|c| c.official == s.officials[o].id),
                    "case {case}: the refusal is a change"
                );
                revised += 1;
                changed += r.changes.len();
            }
            (Err(_), None) => {}
            (p, best) => panic!(
                "case {case}: planner {:?}, brute force {best:?}",
                p.map(|p| p.total())
            ),
        }
    }
    assert!(
        revised >= 40 && changed > revised,
        "revised {revised}, changes {changed}"
    );
}

#[test]
fn an_unchanged_scenario_revised_changes_nothing_and_a_refusal_with_lock_changes_little() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = scenario("district1-phunhuan.yaml");
    let published = dir.path().join("published.yaml");
    let o = run(&[
        "plan",
        yaml.to_str().unwrap(),
        "--format",
        "yaml",
        "--out",
        published.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&published).unwrap()).unwrap();
    let again = plan_and_verify(&yaml, &["--published", published.to_str().unwrap()]);
    assert_eq!(again["revision"]["changes"].as_array().unwrap().len(), 0);
    assert_eq!(again["cost"]["terms"]["changes"], 0);
    assert_eq!(
        serde_json::to_value(&first["assignments"]).unwrap(),
        again["assignments"]
    );

    // Võ Cao Long declines the post the published plan gave him.
    let text = std::fs::read_to_string(&yaml).unwrap();
    let refusing = dir.path().join("refusing.yaml");
    std::fs::write(
        &refusing,
        format!("{text}\npins:\n  - {{ official: vo-cao-long, refuses: q1-gd-tp }}\n"),
    )
    .unwrap();
    for lock in [false, true] {
        let mut extra = vec!["--published", published.to_str().unwrap()];
        if lock {
            extra.push("--lock");
        }
        let revised = plan_and_verify(&refusing, &extra);
        let changes = revised["revision"]["changes"].as_array().unwrap();
        assert_eq!(changes[0]["official"], "vo-cao-long", "{changes:?}");
        assert!(changes[0]["why"].as_str().unwrap().contains("declines"));
        assert!(changes.len() <= 2, "only what it must: {changes:?}");
    }
}
