//! `explain`: each choice's cost is the best plan with it pinned, checked against brute force
//! (whose feasibility and cost come from the independent verifier) on small random
//! scenarios, and against `plan` + `verify` of the pinned scenario on a shipped one.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rotaplan::messages::Lang;
use rotaplan::plan::Options;
use rotaplan::scenario::{Pin, Scenario};
use rotaplan::why::{explain, Subject};

mod common;
use common::random::{brute_force, random_scenario};
use common::*;

/// `s` with official `o` held to post `p` by a pin (a stay when it is theirs).
fn pinned(s: &Scenario, o: usize, p: usize) -> Scenario {
    let mut s = s.clone();
    let official = s.officials[o].id.clone();
    let post = s.posts[p].id.clone();
    s.pins.retain(|pin| pin.official != official);
    let stays = s.officials[o].post.as_ref() == Some(&post);
    s.pins.push(Pin {
        official,
        stay: stays,
        take: (!stays).then_some(post),
        ..Default::default()
    });
    s
}

#[test]
fn every_choice_costs_what_brute_force_finds_with_it_pinned() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261122);
    let (mut checked, mut excluded, mut no_plan) = (0, 0, 0);
    for case in 0..80 {
        let s = random_scenario(&mut rng);
        // A pin of the random scenario would make some pinned choices contradict it.
        if !s.pins.is_empty() || brute_force(&s).is_none() {
            continue;
        }
        let subject = if rng.gen_bool(0.5) {
            Subject::Post(rng.gen_range(0..s.posts.len()))
        } else {
            Subject::Official(rng.gen_range(0..s.officials.len()))
        };
        let doc = explain(&s, subject, usize::MAX, &Options::default(), Lang::En).unwrap();
        let index = |official: &str, post: &str| {
            (
                s.officials.iter().position(|o| o.id.0 == official).unwrap(),
                s.posts.iter().position(|p| p.id.0 == post).unwrap(),
            )
        };
        let best = brute_force(&s).unwrap();
        assert_eq!(doc.optimum, best, "case {case}");
        for c in &doc.choices {
            let (o, p) = index(&c.official, &c.post);
            assert_eq!(
                c.total,
                brute_force(&pinned(&s, o, p)),
                "case {case}: {} in {}\n{}",
                c.official,
                c.post,
                serde_yaml::to_string(&s).unwrap()
            );
            if c.total.is_none() {
                no_plan += 1;
            }
            checked += 1;
        }
        // Whoever the rules exclude has no plan with that choice either.
        for group in &doc.excluded {
            assert!(
                group.who.len() == group.count,
                "all named in a small scenario"
            );
            for who in &group.who {
                let (o, p) = match subject {
                    Subject::Post(p) => (index(&who.id, &s.posts[p].id.0).0, p),
                    Subject::Official(o) => (o, index(&s.officials[o].id.0, &who.id).1),
                };
                assert_eq!(
                    brute_force(&pinned(&s, o, p)),
                    None,
                    "case {case}: {} excluded by {} but possible",
                    who.id,
                    group.rule
                );
                excluded += 1;
            }
        }
        assert_eq!(
            doc.choices.len() + doc.excluded.iter().map(|g| g.count).sum::<usize>(),
            match subject {
                Subject::Post(_) => s.officials.len(),
                Subject::Official(_) => s.posts.len(),
            },
            "case {case}: every official (or post) is a choice or excluded"
        );
    }
    assert!(
        checked > 60 && excluded > 30 && no_plan > 0,
        "checked {checked}, excluded {excluded}, no plan {no_plan}"
    );
}

#[test]
fn a_shipped_scenario_explained_agrees_with_plan_and_verify_of_each_choice() {
    let yaml = scenario("district1-phunhuan.yaml");
    let o = run(&[
        "explain",
        yaml.to_str().unwrap(),
        "--post",
        "q1-gd-tp",
        "--top",
        "4",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let choices = doc["choices"].as_array().unwrap();
    assert_eq!(choices.len(), 4);
    assert_eq!(choices[0]["in_optimum"], true);
    assert_eq!(choices[0]["extra"], 0);
    let text = std::fs::read_to_string(&yaml).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut last = 0;
    for c in choices {
        let extra = c["extra"].as_i64().unwrap();
        assert!(extra >= last, "cheapest first");
        last = extra;
        let file = dir
            .path()
            .join(format!("{}.yaml", c["official"].as_str().unwrap()));
        std::fs::write(
            &file,
            format!(
                "{text}\npins:\n  - {{ official: {}, take: q1-gd-tp }}\n",
                c["official"].as_str().unwrap()
            ),
        )
        .unwrap();
        let plan = plan_and_verify(&file, &[]);
        assert_eq!(plan["cost"]["total"], c["total"], "{c}");
    }
    // The head over the term limit is excluded by it, in words.
    let excluded = doc["excluded"].as_array().unwrap();
    let term = excluded
        .iter()
        .find(|g| g["rule"] == "term_limit")
        .expect("the head who must leave");
    assert_eq!(term["who"][0]["label"], "Lê Thị Bình");
}

#[test]
fn an_official_explained_in_vietnamese_and_an_unknown_id_named_with_the_nearest() {
    let yaml = scenario("district1-phunhuan.yaml");
    let o = run(&[
        "explain",
        yaml.to_str().unwrap(),
        "--official",
        "le-thi-binh",
        "--lang",
        "vi",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Lê Thị Bình có thể giữ vị trí nào năm 2023"),
        "{out}"
    );
    assert!(out.contains("(trong phương án tối ưu)"), "{out}");
    assert!(out.contains("thời hạn giữ chức cấp trưởng"), "{out}");
    let o = run(&[
        "explain",
        yaml.to_str().unwrap(),
        "--post",
        "q1-gd-t",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("there is no `q1-gd-t`") && err.contains("did you mean `q1-gd-tp`?"),
        "{err}"
    );
}
