//! `rotaplan horizon`: the year-to-year bookkeeping on a scenario worked out by hand,
//! every year's plan accepted by `rotaplan verify` against that year's scenario, the joint
//! mode never worse than year by year, the spread options, and stable output.

mod common;

use common::{run, scenario, stderr, stdout};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rotaplan::horizon::{self, Mode, Options, Silent};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn bookkeeping() -> PathBuf {
    common::root().join("tests/data/horizon-bookkeeping.yaml")
}

/// Runs `horizon` with JSON output and per-year files, checks every year's files with
/// `rotaplan verify`, and returns the parsed report.
fn horizon_verified(file: &Path, args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    let mut all = vec![
        "horizon",
        file.to_str().unwrap(),
        "--format",
        "json",
        "--plans",
        plans.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let o = run(&all);
    assert!(o.status.success(), "horizon failed: {}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for r in doc["runs"].as_array().unwrap() {
        let mode = r["mode"].as_str().unwrap();
        for y in r["years"].as_array().unwrap() {
            let year = y["year"].as_i64().unwrap();
            let at = |what: &str| plans.join(mode).join(format!("{year}-{what}.yaml"));
            let v = run(&[
                "verify",
                at("scenario").to_str().unwrap(),
                at("plan").to_str().unwrap(),
            ]);
            assert!(
                v.status.success(),
                "{mode} {year}: verify rejected the plan: {}{}",
                stdout(&v),
                stderr(&v)
            );
        }
    }
    doc
}

fn year(run: &Value, y: i64) -> &Value {
    run["years"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["year"] == y)
        .unwrap()
}

/// (official, from, to) of each move of a year.
fn moves(run: &Value, y: i64) -> Vec<(String, String, String)> {
    year(run, y)["plan"]["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |v: &Value| v.as_str().unwrap_or("pool").to_string();
            (s(&m["official"]), s(&m["from"]), s(&m["to"]))
        })
        .collect()
}

fn stay_reason(run: &Value, y: i64, official: &str) -> String {
    year(run, y)["plan"]["stays"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["official"] == official)
        .map(|s| s["reason"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

#[test]
fn bookkeeping_matches_the_hand_worked_years() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    let o = run(&[
        "horizon",
        bookkeeping().to_str().unwrap(),
        "--to",
        "2028",
        "--format",
        "json",
        "--plans",
        plans.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let r = &doc["runs"][0];
    assert_eq!(r["mode"], "yearly");
    let costs: Vec<i64> = r["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["cost"].as_i64().unwrap())
        .collect();
    assert_eq!(costs, [0, 120, 140, 200]);
    assert_eq!(r["cost"], 460);

    // 2025: the heads are at 6 years; nothing is open.
    assert!(moves(r, 2025).is_empty());
    // 2026: Retiring has reached 60 and is gone; u3-dep opens; Pool takes the key post.
    let turn = &year(r, 2026)["turn"];
    assert_eq!(turn["retired"][0]["official"], "r");
    assert_eq!(turn["retired"][0]["post"], "u3-head");
    assert_eq!(turn["opened"], serde_json::json!(["u3-dep"]));
    assert_eq!(
        moves(r, 2026),
        [("p".into(), "pool".into(), "u3-head".into())]
    );
    // 2027: both heads reach 8 years and swap; Pool is locked in.
    let mut m = moves(r, 2027);
    m.sort();
    assert_eq!(
        m,
        [
            ("h1".into(), "u1-head".into(), "u2-head".into()),
            ("h2".into(), "u2-head".into(), "u1-head".into())
        ]
    );
    let p = stay_reason(r, 2027, "p");
    assert!(
        p.contains("minimum tenure") && p.contains("until 2029"),
        "{p}"
    );
    // 2028: Leaving is gone; the heads are locked after their 2027 move.
    let turn = &year(r, 2028)["turn"];
    assert_eq!(turn["left"][0]["official"], "l");
    assert_eq!(turn["left"][0]["post"], "u1-dep");
    assert!(moves(r, 2028).is_empty());
    assert!(stay_reason(r, 2028, "h1").contains("rotated in 2027"));

    // The scenarios the years were planned on.
    let read = |y: i32| -> rotaplan::scenario::Scenario {
        let text =
            std::fs::read_to_string(plans.join(format!("yearly/{y}-scenario.yaml"))).unwrap();
        serde_yaml::from_str(&text).unwrap()
    };
    let (s25, s28) = (read(2025), read(2028));
    assert!(s25.posts.iter().all(|p| p.id.0 != "u3-dep"), "not open yet");
    assert!(s28.posts.iter().any(|p| p.id.0 == "u3-dep"));
    let ids: Vec<&str> = s28.officials.iter().map(|o| o.id.0.as_str()).collect();
    assert_eq!(ids, ["h1", "h2", "p"]);
    let h1 = &s28.officials[0];
    assert_eq!(
        (
            h1.post.as_ref().unwrap().0.as_str(),
            h1.since,
            h1.last_rotation
        ),
        ("u2-head", Some(2027.into()), Some(2027.into()))
    );
    assert_eq!(s28.officials[2].since, Some(2026.into()));
    // A year in a post is a year in its field: 2025, 2026 and 2027 for Head One, 2026 and
    // 2027 for Pool.
    assert_eq!(h1.experience["party"], 23);
    assert_eq!(s28.officials[2].experience["party"], 14);
}

#[test]
fn every_year_passes_verify_and_joint_is_never_worse() {
    for (file, to) in [
        (bookkeeping(), "2028"),
        (scenario("district1-phunhuan.yaml"), "2027"),
        (scenario("lang-son.yaml"), "2022"),
    ] {
        let doc = horizon_verified(&file, &["--to", to, "--mode", "both"]);
        let cost = |i: usize| doc["runs"][i]["cost"].as_i64().unwrap();
        assert_eq!(doc["runs"][0]["mode"], "yearly");
        assert_eq!(doc["runs"][1]["mode"], "joint");
        assert!(
            cost(1) <= cost(0),
            "{}: joint {} > yearly {}",
            file.display(),
            cost(1),
            cost(0)
        );
        assert_eq!(doc["foresight_saves"].as_i64().unwrap(), cost(1) - cost(0));
        assert_eq!(doc["runs"][1]["proven_optimal"], true);
    }
}

/// District 1: foresight pays. Year by year swaps the two heads in 2023 and must move
/// Quận 3's head (over the limit in 2027) again later; the joint plan does it in one cycle.
#[test]
fn foresight_saves_on_district_one() {
    let doc = horizon_verified(
        &scenario("district1-phunhuan.yaml"),
        &["--to", "2027", "--mode", "both"],
    );
    assert!(doc["foresight_saves"].as_i64().unwrap() < 0);
}

/// Random small scenarios over three years, with retirements, departures, new posts and
/// pins for later years: whenever year by year finds a plan, the joint model finds one
/// that costs no more (both are verified year by year inside `horizon::run`).
#[test]
fn joint_never_costs_more_than_year_by_year_on_random_scenarios() {
    use rand::Rng;
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let (mut compared, mut cheaper) = (0, 0);
    for _ in 0..60 {
        let mut s = common::random::random_scenario(&mut rng);
        for o in &mut s.officials {
            if rng.gen_bool(0.15) {
                o.leaves = Some(rng.gen_range(2027..=2028).into());
            }
            if rng.gen_bool(0.15) {
                o.born.year = rng.gen_range(1964..1967); // retires within the horizon
            }
        }
        let held: Vec<String> = s
            .officials
            .iter()
            .filter_map(|o| o.post.clone())
            .map(|p| p.0)
            .collect();
        for p in &mut s.posts {
            if !held.contains(&p.id.0) && rng.gen_bool(0.5) {
                p.opens = Some(2027.into());
            }
        }
        s.pins.retain(|p| {
            p.take
                .as_ref()
                .is_none_or(|t| !s.posts.iter().any(|q| q.id == *t && q.opens.is_some()))
        });
        if !rotaplan::scenario::validate(&s).is_empty() {
            continue;
        }
        let spread = rng.gen_bool(0.3);
        let max_moves = rng.gen_bool(0.3).then(|| rng.gen_range(1..4));
        let opts = |mode| Options {
            from: 2026,
            to: 2028,
            mode,
            plan: Default::default(),
            max_moves,
            max_moves_per_unit: None,
            spread,
        };
        let Ok(yearly) = horizon::run(&s, &opts(Mode::Yearly), &Silent) else {
            continue;
        };
        let joint = horizon::run(&s, &opts(Mode::Joint), &Silent)
            .unwrap_or_else(|e| panic!("joint failed where year by year did not: {e}"));
        let (y, j) = (yearly[0].total(), joint[0].total());
        assert!(j <= y, "joint {j} > year by year {y}");
        compared += 1;
        cheaper += (j < y) as usize;
    }
    assert!(
        compared >= 20,
        "only {compared} random scenarios had a plan"
    );
    eprintln!("{compared} compared, joint cheaper in {cheaper}");
}

/// Key-post seats held by non-local officials after each year's plan.
fn non_local_by_year(r: &Value) -> Vec<u64> {
    r["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["key_posts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["non_local"].as_u64().unwrap())
                .sum()
        })
        .collect()
}

#[test]
fn spread_phases_in_the_non_local_rule_over_the_years() {
    let file = scenario("gia-nghia.yaml");
    let at_once = horizon_verified(&file, &["--to", "2025"]);
    let spread = horizon_verified(&file, &["--to", "2025", "--spread"]);
    let (a, s) = (
        non_local_by_year(&at_once["runs"][0]),
        non_local_by_year(&spread["runs"][0]),
    );
    assert_eq!(
        a[0], 16,
        "without --spread every key post is non-local in the first year"
    );
    assert!(
        s[0] < 16,
        "with --spread the first year does not do it all: {s:?}"
    );
    assert!(
        s.windows(2).all(|w| w[0] <= w[1]),
        "never falls back: {s:?}"
    );
    assert_eq!(*s.last().unwrap(), 16, "done by the last year: {s:?}");
    let first_moves = |d: &Value| d["runs"][0]["summary"][0]["moves"].as_u64().unwrap();
    assert!(first_moves(&spread) < first_moves(&at_once));
}

#[test]
fn move_limits_hold_every_year_or_the_year_is_named() {
    let file = scenario("gia-nghia.yaml");
    let doc = horizon_verified(
        &file,
        &[
            "--to",
            "2025",
            "--spread",
            "--max-moves",
            "4",
            "--max-moves-per-unit",
            "1",
            "--mode",
            "both",
        ],
    );
    for r in doc["runs"].as_array().unwrap() {
        for s in r["summary"].as_array().unwrap() {
            assert!(s["moves"].as_u64().unwrap() <= 4, "{s}");
        }
    }
    // All nine forced moves in one year cannot fit under a limit of one.
    let o = run(&[
        "horizon",
        file.to_str().unwrap(),
        "--to",
        "2025",
        "--max-moves",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("the plan for 2021"), "{}", stderr(&o));
}

#[test]
fn bad_years_are_refused_with_a_clear_message() {
    let file = bookkeeping();
    let o = run(&[
        "horizon",
        file.to_str().unwrap(),
        "--from",
        "2024",
        "--to",
        "2026",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("before the scenario's year 2025"),
        "{}",
        stderr(&o)
    );
    let o = run(&["horizon", file.to_str().unwrap(), "--to", "2024"]);
    assert_eq!(o.status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("opens: 2026", "opens: 2025")
        .replace(
            "id: h1, name: Head One, post: u1-head",
            "id: h1, name: Head One, post: u3-dep",
        );
    std::fs::write(&bad, text).unwrap();
    let o = run(&["horizon", bad.to_str().unwrap(), "--to", "2026"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("posts[4].opens") && err.contains("E107"),
        "{err}"
    );
}

#[test]
fn output_is_the_same_bytes_whatever_the_threads() {
    let file = scenario("gia-nghia.yaml");
    let out = |threads: &str, format: &str| {
        let o = common::bin()
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "horizon",
                file.to_str().unwrap(),
                "--to",
                "2023",
                "--mode",
                "both",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(o.status.success());
        o.stdout
    };
    for format in ["json", "table"] {
        assert_eq!(out("1", format), out("4", format), "{format}");
    }
}

/// The shipped multi-year scenario: Gia Nghĩa over its 2021–2026 term, with the non-local
/// rule phased in: each year verified, every key post non-local by 2026, the events of the
/// later years where the file puts them, and the joint plan no dearer.
#[test]
fn gia_nghia_term_reaches_its_target() {
    let doc = horizon_verified(
        &scenario("gia-nghia-2021-2026.yaml"),
        &["--to", "2026", "--spread", "--mode", "both"],
    );
    for r in doc["runs"].as_array().unwrap() {
        let s = non_local_by_year(r);
        assert_eq!(*s.last().unwrap(), 16, "{}: {s:?}", r["mode"]);
        assert!(s[0] < 16, "{}: phased, not all in 2021: {s:?}", r["mode"]);
        assert_eq!(year(r, 2023)["turn"]["opened"][0], "ub-ppnv");
        assert_eq!(
            year(r, 2024)["turn"]["left"][0]["official"],
            "tran-quoc-thanh"
        );
        assert_eq!(
            year(r, 2026)["turn"]["retired"][0]["official"],
            "nguyen-huu-tai"
        );
        assert!(stay_reason(r, 2022, "pham-thi-hoa").contains("pinned"));
    }
    assert!(doc["foresight_saves"].as_i64().unwrap() <= 0);
}

/// `plan` on a multi-year file plans its own year only: a post that opens later is not an
/// empty seat now, and a pin for a later year does not bind; `check --resolved` keeps both.
#[test]
fn plan_sees_only_the_scenarios_own_year() {
    let file = scenario("gia-nghia-2021-2026.yaml");
    let plan = common::plan_and_verify(&file, &[]);
    assert_eq!(plan["year"], 2021);
    let empty: Vec<&str> = plan["unfilled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["post"].as_str().unwrap())
        .collect();
    assert!(!empty.contains(&"ub-ppnv"), "{empty:?}");
    let assigned = plan["assignments"].as_array().unwrap();
    assert!(assigned.iter().all(|a| a["to"] != "ub-ppnv"));
    assert!(
        assigned.iter().any(|a| a["official"] == "tran-quoc-thanh"),
        "still here in 2021"
    );
    let resolved = run(&["check", file.to_str().unwrap(), "--resolved"]);
    let text = stdout(&resolved);
    assert!(
        text.contains("opens: 2023") && text.contains("year: 2022"),
        "{text}"
    );
}

#[test]
fn summary_table_leaves_out_the_yearly_plans() {
    let file = bookkeeping();
    let o = run(&[
        "horizon",
        file.to_str().unwrap(),
        "--to",
        "2028",
        "--summary",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Summary, year by year"), "{text}");
    assert!(!text.contains("Rotation plan:"), "{text}");
    assert!(text.lines().any(|l| l.starts_with(" all  ")), "{text}");
}

#[test]
fn pins_that_cannot_bind_are_refused_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pins.yaml");
    let text = std::fs::read_to_string(bookkeeping()).unwrap().replace(
        "retirement:",
        "pins:\n  - { official: r, stay: true, year: 2027 }\n  - { official: p, take: u3-dep, year: 2025 }\nretirement:",
    );
    std::fs::write(&file, text).unwrap();
    // `plan` sees the second pin (for its own year) and refuses it.
    let o = run(&["plan", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("pins[1].take: error[E114]"),
        "{}",
        stderr(&o)
    );
    // The horizon also sees a pin for a later year: Retiring is gone in 2026.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("  - { official: p, take: u3-dep, year: 2025 }\n", ""),
    )
    .unwrap();
    let o = run(&["horizon", file.to_str().unwrap(), "--to", "2028"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("pins[0].official: error[E114]") && err.contains("retires in 2026"),
        "{err}"
    );
}

/// The yearly and joint plans of one year can be compared with `rotaplan diff`.
#[test]
fn diff_tells_the_two_modes_apart() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    let file = scenario("district1-phunhuan.yaml");
    let o = run(&[
        "horizon",
        file.to_str().unwrap(),
        "--to",
        "2027",
        "--mode",
        "both",
        "--plans",
        plans.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let at = |mode: &str| plans.join(mode).join("2023-plan.yaml");
    let o = run(&[
        "diff",
        at("yearly").to_str().unwrap(),
        at("joint").to_str().unwrap(),
    ]);
    let text = stdout(&o);
    assert!(
        text.contains("Phạm Minh Tuấn") && text.contains(" in A;") && text.contains(" in B"),
        "{text}"
    );
}

/// With a time limit the joint solver may stop early; it starts from the year-by-year
/// plans, so whatever it returns costs no more than they do.
#[test]
fn a_joint_run_cut_short_never_costs_more() {
    let doc = horizon_verified(
        &scenario("gia-nghia-2021-2026.yaml"),
        &[
            "--to",
            "2026",
            "--spread",
            "--mode",
            "both",
            "--time-limit",
            "0.2",
        ],
    );
    let cost = |i: usize| doc["runs"][i]["cost"].as_i64().unwrap();
    assert!(cost(1) <= cost(0), "joint {} > yearly {}", cost(1), cost(0));
}

/// A head stuck at the term limit: with the rule hard the horizon stops in that year; with
/// it soft the plans run through, name the breach and pay for it, and every year verifies.
#[test]
fn a_soft_term_limit_lets_the_horizon_run_through_and_says_so() {
    let stuck = common::root().join("tests/data/term-limit-stuck.yaml");
    let o = run(&[
        "horizon",
        stuck.to_str().unwrap(),
        "--to",
        "2029",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("the plan for 2028"), "{}", stderr(&o));

    let dir = tempfile::tempdir().unwrap();
    let soft = dir.path().join("soft.yaml");
    let text = format!(
        "extends: {}\nname: stuck-soft\nrules:\n  term_limit: {{ level: mềm, penalty: 500 }}\n",
        stuck.display()
    );
    std::fs::write(&soft, text).unwrap();
    let doc = horizon_verified(&soft, &["--to", "2029", "--mode", "both"]);
    for r in doc["runs"].as_array().unwrap() {
        let y2028 = &year(r, 2028)["plan"];
        let breaches = y2028["breaches"].as_array().unwrap();
        assert_eq!(breaches.len(), 1, "{y2028}");
        assert_eq!(breaches[0]["official"], "an");
        assert_eq!(breaches[0]["rule"], "term_limit");
        assert_eq!(breaches[0]["points"], 500);
        assert_eq!(y2028["cost"]["terms"]["breaches"], 500);
        assert!(year(r, 2027)["plan"].get("breaches").is_none());
    }
    let o = run(&[
        "horizon",
        soft.to_str().unwrap(),
        "--to",
        "2029",
        "--lang",
        "en",
    ]);
    assert!(
        stdout(&o).contains("soft rules broken in: 2028 (1), 2029 (1)"),
        "{}",
        stdout(&o)
    );
}
