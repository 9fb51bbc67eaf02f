//! Every kind of bad input gets a clear error naming the file, the line and field, and the
//! fix, with exit code 2 and no panic; an infeasible scenario is reported with its rules.

mod common;
use common::*;
use std::path::PathBuf;

const GOOD: &str = r#"name: small
year: 2026
units:
  - { id: a, name: Xã A, level: commune, bloc: party, parent: city }
  - { id: b, name: Xã B, level: commune, bloc: party, parent: city }
  - { id: city, name: Thành phố, level: district, bloc: party }
posts:
  - { id: bt-a, unit: a, title: Bí thư, role: head, sector: party_affairs, key: true }
  - { id: bt-b, unit: b, title: Bí thư, role: head, sector: party_affairs, key: true }
officials:
  - { id: x, name: Người X, post: bt-a, since: 2020, born: 1975, sex: male, home: [b], experience: { party_affairs: 10 } }
  - { id: y, name: Người Y, post: bt-b, since: 2021, born: 1978, sex: female, home: [a], experience: { party_affairs: 9 } }
"#;

fn write(dir: &tempfile::TempDir, text: &str) -> PathBuf {
    let p = dir.path().join("scenario.yaml");
    std::fs::write(&p, text).unwrap();
    p
}

/// Runs `check` on `text` and returns stderr, asserting exit code 2.
fn rejected(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = write(&dir, text);
    let o = run(&["check", p.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "expected exit 2, got {:?}: {err}",
        o.status.code()
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("scenario.yaml"), "names the file: {err}");
    assert!(err.contains("help:"), "says what to do: {err}");
    err
}

#[test]
fn the_good_base_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(&dir, GOOD);
    let o = run(&["check", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn malformed_yaml() {
    let err = rejected(&GOOD.replace("posts:\n", "posts:\n  - { id: broken\n"));
    assert!(err.contains("error[E001]"), "{err}");
    assert!(err.contains("scenario.yaml:"), "{err}");
}

#[test]
fn unknown_field_and_wrong_value() {
    let err = rejected(&GOOD.replace("sex: female", "sex: femal"));
    assert!(
        err.contains("officials[1].sex") && err.contains(":12:"),
        "{err}"
    );
    let err = rejected(&GOOD.replace("born: 1975,", "born: 1975, birthday: 3,"));
    assert!(err.contains("unknown field `birthday`"), "{err}");
}

#[test]
fn unknown_references() {
    let err = rejected(&GOOD.replace("post: bt-b", "post: bt-c"));
    assert!(
        err.contains("scenario.yaml:12:")
            && err.contains("officials[1].post")
            && err.contains("error[E103]: unknown post `bt-c`"),
        "{err}"
    );
    let err = rejected(&GOOD.replace("unit: b,", "unit: z,"));
    assert!(
        err.contains("posts[1].unit") && err.contains("unknown unit `z`"),
        "{err}"
    );
    let err = rejected(&format!(
        "{GOOD}pins:\n  - {{ official: nobody, stay: true }}\n"
    ));
    assert!(
        err.contains("pins[0].official") && err.contains("unknown official `nobody`"),
        "{err}"
    );
}

#[test]
fn duplicate_id() {
    let err = rejected(&GOOD.replace("id: y,", "id: x,"));
    assert!(
        err.contains("officials[1].id") && err.contains("duplicate id `x`"),
        "{err}"
    );
}

#[test]
fn two_officials_in_a_one_holder_post() {
    let err = rejected(&GOOD.replace("post: bt-b", "post: bt-a"));
    assert!(
        err.contains("error[E106]")
            && err.contains("post `bt-a` takes 1 holder but 2 officials hold it"),
        "{err}"
    );
    assert!(err.contains(":12:"), "points at the second holder: {err}");
}

#[test]
fn impossible_years() {
    let err = rejected(&GOOD.replace("born: 1975", "born: -1975"));
    assert!(
        err.contains("officials[0].born") && err.contains("error[E107]"),
        "{err}"
    );
    let err = rejected(&GOOD.replace("since: 2021", "since: 2031"));
    assert!(
        err.contains("officials[1].since") && err.contains("impossible"),
        "{err}"
    );
    let err = rejected(&GOOD.replace("year: 2026", "year: 20260"));
    assert!(
        err.contains("year") && err.contains("not a possible year"),
        "{err}"
    );
}

#[test]
fn unit_that_is_its_own_ancestor() {
    // Commune a's parent is the city, and the city's parent is made a.
    let err = rejected(&GOOD.replace(
        "{ id: city, name: Thành phố, level: district, bloc: party }",
        "{ id: city, name: Thành phố, level: district, bloc: party, parent: a }",
    ));
    assert!(
        err.contains("units[0].parent: error[E105]: unit `a` is its own ancestor"),
        "{err}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let err = rejected(
        &GOOD
            .replace("post: bt-b", "post: bt-c")
            .replace("unit: b,", "unit: z,"),
    );
    assert!(err.contains("2 problems found"), "{err}");
}

#[test]
fn missing_file_and_bad_flags() {
    let o = run(&["plan", "/nonexistent/scenario.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/scenario.yaml: cannot read the file"));
    let s = scenario("district1-phunhuan.yaml");
    let o = run(&["plan", s.to_str().unwrap(), "--solver", "cplex"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown solver `cplex`"),
        "{}",
        stderr(&o)
    );
    let o = run(&["plan", s.to_str().unwrap(), "--time-limit", "-3"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn infeasible_scenario_names_the_rules_and_leaves_the_output_alone() {
    // Both secretaries are local to the other commune and must leave their own (term
    // limit): nobody can go anywhere.
    let text = GOOD
        .replace("since: 2020", "since: 2010")
        .replace("home: [b]", "home: [a, b]");
    let dir = tempfile::tempdir().unwrap();
    let p = write(&dir, &text);
    let out = dir.path().join("plan.yaml");
    std::fs::write(&out, "precious").unwrap();
    let o = run(&["plan", p.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("no feasible plan"), "{err}");
    assert!(
        err.contains("term_limit") && err.contains("non_local"),
        "{err}"
    );
    assert!(err.contains("Người X"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "precious",
        "nothing overwritten"
    );
}

#[test]
fn infeasible_by_a_unit_cap_names_the_cap() {
    // Two heads over the limit in one unit, a cap of one departure.
    let text = r#"name: cap
year: 2026
units:
  - { id: a, name: Phường A, level: commune, bloc: government }
  - { id: b, name: Phường B, level: commune, bloc: government }
posts:
  - { id: a1, unit: a, title: Trưởng 1, role: head, sector: s }
  - { id: a2, unit: a, title: Trưởng 2, role: head, sector: s }
  - { id: b1, unit: b, title: Trưởng 1, role: head, sector: s }
  - { id: b2, unit: b, title: Trưởng 2, role: head, sector: s }
officials:
  - { id: p, name: Người P, post: a1, since: 2010, born: 1980, sex: male, experience: { s: 10 } }
  - { id: q, name: Người Q, post: a2, since: 2010, born: 1980, sex: male, experience: { s: 10 } }
rules:
  unit_cap: { max_out: 1 }
"#;
    let dir = tempfile::tempdir().unwrap();
    let p = write(&dir, text);
    let o = run(&["plan", p.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("[unit caps (unit_cap), term limit of heads (term_limit)] Because unit caps")
            && err.contains("at most 1 officials may leave Phường A"),
        "{err}"
    );
    // The narrowest way out is for one person: a head over the limit may wait a year.
    assert!(
        err.contains("[one person] let Người P move a year later"),
        "{err}"
    );
}

#[test]
fn verify_rejects_a_tampered_plan() {
    let s = scenario("district1-phunhuan.yaml");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.yaml");
    assert!(run(&[
        "plan",
        s.to_str().unwrap(),
        "--format",
        "yaml",
        "--out",
        out.to_str().unwrap()
    ])
    .status
    .success());
    let text = std::fs::read_to_string(&out).unwrap();
    // Long stays in Phú Nhuận after eight years as head: the term limit is broken, and the
    // cost no longer adds up.
    let bad = text.replace(
        "  from: pn-gd-tp\n  to: q1-gd-tp",
        "  from: pn-gd-tp\n  to: pn-gd-tp",
    );
    assert_ne!(bad, text);
    std::fs::write(&out, bad).unwrap();
    let o = run(&["verify", s.to_str().unwrap(), out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let report = stdout(&o);
    assert!(
        report.contains("[term_limit]") && report.contains("[capacity]"),
        "{report}"
    );
    std::fs::write(&out, "assignments: [").unwrap();
    let o = run(&["verify", s.to_str().unwrap(), out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("plan.yaml"));
}

#[test]
fn a_wish_that_names_nothing() {
    // A typo in a wish is an error at its line, not a wish quietly never met.
    let err = rejected(&GOOD.replace("home: [b],", "home: [b], wishes: [bt-bb, stay],"));
    assert!(
        err.contains("scenario.yaml:11:")
            && err.contains("officials[0].wishes[0]")
            && err.contains("error[E119]: wish `bt-bb` is not the id of any post or unit"),
        "{err}"
    );
    assert!(err.contains("`stay`"), "the fix names the choices: {err}");
    // `stay` from someone who holds no post.
    let err = rejected(&format!(
        "{GOOD}  - {{ id: z, name: Người Z, born: 1980, sex: male, wishes: [stay] }}\n"
    ));
    assert!(
        err.contains("officials[2].wishes[0]") && err.contains("Người Z holds no post"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        &dir,
        &GOOD.replace("home: [b],", "home: [b], wishes: [b, bt-b, stay],"),
    );
    let o = run(&["check", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn composition_targets_that_cannot_be_read() {
    // A young-officials target without its age, an age on another target, a share over 1
    // and a unit that does not exist: each named at its field, all at once.
    let err = rejected(&format!(
        "{GOOD}rules:\n  composition:\n    women: {{ min: 1, age: 40 }}\n    under_age: {{ min_share: 1.5 }}\n    ethnic_minority: {{ min: 1, units: [c] }}\n"
    ));
    assert!(
        err.contains("rules.composition.under_age.age")
            && err.contains("error[E120]")
            && err.contains("does not say under which age"),
        "{err}"
    );
    assert!(
        err.contains("rules.composition.women.age")
            && err.contains("`women` target does not count by age"),
        "{err}"
    );
    assert!(
        err.contains("rules.composition.under_age.min_share") && err.contains("1.5"),
        "{err}"
    );
    assert!(
        err.contains("rules.composition.ethnic_minority.units[0]") && err.contains("error[E102]"),
        "{err}"
    );
}

#[test]
fn verify_finds_a_leadership_short_of_its_target() {
    // Người Y, the only woman, heads Xã B; Xã A's leadership must have one: she moves
    // there, Người X takes her seat (both made local to neither commune), and a plan that
    // keeps them is caught.
    let dir = tempfile::tempdir().unwrap();
    let good = GOOD
        .replace("home: [a]", "home: [city]")
        .replace("home: [b]", "home: [city]");
    let hard = format!("{good}rules:\n  composition: {{ women: {{ min: 1, units: [a] }} }}\n");
    let p = write(&dir, &hard);
    let out = dir.path().join("plan.yaml");
    let o = run(&["plan", s(&p), "--format", "yaml", "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = std::fs::read_to_string(&out).unwrap();
    assert!(
        plan.contains("to: bt-a") && plan.contains("official: y\n  from: bt-b\n  to: bt-a"),
        "{plan}"
    );
    let kept = plan.replace(
        "official: y\n  from: bt-b\n  to: bt-a",
        "official: y\n  from: bt-b\n  to: bt-b",
    );
    let kept = kept.replace(
        "official: x\n  from: bt-a\n  to: bt-b",
        "official: x\n  from: bt-a\n  to: bt-a",
    );
    std::fs::write(&out, kept).unwrap();
    let o = run(&["verify", s(&p), s(&out), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let report = stdout(&o);
    assert!(
        report.contains("[composition]")
            && report.contains("women in the leadership of Xã A: 0, at least 1 wanted"),
        "{report}"
    );
}

#[test]
fn development_needs_that_cannot_be_read() {
    // A past post that is no id nor word, and a title no post or pipeline names (a typo of
    // one that does): each named at its field, with the fix.
    let err = rejected(&format!(
        "{}titles:\n  Bí thưa: {{ needs: [commune] }}\n",
        GOOD.replace(
            "experience: { party_affairs: 9 } }",
            "experience: { party_affairs: 9 }, served: [xa-c] }"
        )
    ));
    assert!(
        err.contains("officials[1].served[0]")
            && err.contains("error[E121]")
            && err.contains("`xa-c`"),
        "{err}"
    );
    assert!(
        err.contains("titles.Bí thưa") && err.contains("did you mean `Bí thư`?"),
        "{err}"
    );
    // An experience outside the list is refused where it is written, with the list.
    let err = rejected(&format!("{GOOD}titles:\n  Bí thư: {{ needs: [comune] }}\n"));
    assert!(
        err.contains("comune") && err.contains("other_bloc"),
        "{err}"
    );
    let err = rejected(&format!("{GOOD}rules:\n  development: {{ by: 20300 }}\n"));
    assert!(
        err.contains("rules.development.by") && err.contains("error[E115]"),
        "{err}"
    );
}

#[test]
fn verify_finds_a_pipeline_official_short_of_a_need_due_this_year() {
    // Người Z, deputy secretary of the city and planned for its secretary, which needs
    // time in a commune by 2026: the plan sends Z to Xã C's open post, and a plan that
    // keeps Z in the city is caught.
    let dir = tempfile::tempdir().unwrap();
    let text = GOOD
        .replace(
            "posts:\n",
            "  - { id: c, name: Xã C, level: commune, bloc: party, parent: city }\nposts:\n  - { id: pbt, unit: city, title: Phó Bí thư Thành ủy, role: deputy, sector: party_affairs }\n  - { id: bt-c, unit: c, title: Bí thư, role: head, sector: party_affairs }\n",
        )
        .replace(
            "officials:\n",
            "officials:\n  - { id: z, name: Người Z, post: pbt, since: 2020, born: 1985, sex: male, home: [city], experience: { party_affairs: 8 }, pipeline: [Bí thư Thành ủy] }\n",
        );
    let text = format!(
        "{text}titles:\n  Bí thư Thành ủy: {{ needs: [commune] }}\nrules:\n  development: {{ by: 2026 }}\n"
    );
    let p = write(&dir, &text);
    let out = dir.path().join("plan.yaml");
    let o = run(&["plan", s(&p), "--format", "yaml", "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = std::fs::read_to_string(&out).unwrap();
    let moved = "official: z\n  from: pbt\n  to: bt-c";
    assert!(plan.contains(moved), "{plan}");
    std::fs::write(
        &out,
        plan.replace(moved, "official: z\n  from: pbt\n  to: pbt"),
    )
    .unwrap();
    let o = run(&["verify", s(&p), s(&out), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let report = stdout(&o);
    assert!(
        report.contains("[development]")
            && report.contains(
                "Người Z, planned for Bí thư Thành ủy, still lacks commune-level experience"
            ),
        "{report}"
    );
}
