//! Dates as a planner writes them (a year, a month, a day) and the counts in months at
//! their boundaries: the eight years of a head, a retirement in the plan year.

mod common;
use common::*;
use std::path::PathBuf;

/// Two units; Bình has headed education in Quận 1 since 1 July 2018 (so his eight years end
/// in July 2026); Cường, a man born December 1964, reaches 61y6m (the age of 2026) in June
/// 2026. A head post stands open in Phú Nhuận for Bình to go to.
const SCENARIO: &str = r#"
name: dates
year: 2026
MONTH
units:
  - { id: q1, name: Quận 1, level: district, bloc: government }
  - { id: pn, name: Phú Nhuận, level: district, bloc: government }
posts:
  - { id: q1-edu, unit: q1, title: Trưởng phòng GD, role: head, sector: education }
  - { id: pn-edu, unit: pn, title: Trưởng phòng GD, role: head, sector: education }
  - { id: pn-dep, unit: pn, title: Phó phòng GD, role: deputy, sector: education }
officials:
  - { id: b, name: Bình, post: q1-edu, since: 01/07/2018, born: 1975-03, sex: male, experience: { education: 20 } }
  - { id: c, name: Cường, post: pn-dep, since: 2021-02, born: 12/1964, sex: male, experience: { education: 12 } }
  - { id: d, name: Dung, since: 2020, born: 1985, sex: female, experience: { education: 10 } }
"#;

fn write(dir: &tempfile::TempDir, month: Option<u8>) -> PathBuf {
    let line = month.map_or(String::new(), |m| format!("month: {m}"));
    let file = dir
        .path()
        .join(format!("dates-{}.yaml", month.unwrap_or(0)));
    std::fs::write(&file, SCENARIO.replace("MONTH", &line)).unwrap();
    file
}

fn moved(plan: &serde_json::Value, official: &str) -> bool {
    plan["moves"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["official"] == official)
}

fn retiring(file: &std::path::Path) -> Vec<(String, String)> {
    let o = run(&["check", file.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    v["retiring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["official"].to_string(), r["retires"].to_string()))
        .collect()
}

#[test]
fn a_head_whose_eight_years_end_in_july_rotates_from_a_plan_of_july_on() {
    let dir = tempfile::tempdir().unwrap();
    let june = plan_and_verify(&write(&dir, Some(6)), &["--lang", "en"]);
    assert!(!moved(&june, "b"), "7 years 11 months at the end of June");
    let july = plan_and_verify(&write(&dir, Some(7)), &["--lang", "en"]);
    assert!(moved(&july, "b"), "8 years at the end of July");
    let why = july["moves"][0]["required_by"][0].as_str().unwrap();
    assert!(why.contains("since 2018-07-01 (8 years, limit 8)"), "{why}");
    // Without a month, the plan's counts are taken at the end of its year.
    assert!(moved(&plan_and_verify(&write(&dir, None), &[]), "b"));
}

#[test]
fn a_retirement_in_the_plan_year_counts_from_its_month() {
    let dir = tempfile::tempdir().unwrap();
    // At the end of May, Cường still serves (and with a month left, is not rotated).
    assert!(retiring(&write(&dir, Some(5))).is_empty());
    let may = plan_and_verify(&write(&dir, Some(5)), &[]);
    assert!(!moved(&may, "c"));
    // From June, and in a plan of the whole year, he is gone and his post is open.
    let gone = vec![("\"c\"".to_string(), "\"2026-06\"".to_string())];
    assert_eq!(retiring(&write(&dir, Some(6))), gone);
    assert_eq!(retiring(&write(&dir, None)), gone);
    let year = plan_and_verify(&write(&dir, None), &[]);
    assert!(
        year["assignments"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["official"] != "c"),
        "not in the plan"
    );
}

#[test]
fn dates_are_written_back_the_iso_way_and_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, Some(7));
    let o = run(&["check", file.to_str().unwrap(), "--resolved"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for written in [
        "since: 2018-07-01",
        "born: 1975-03",
        "born: 1964-12",
        "since: 2021-02",
        "born: 1985",
        "month: 7",
    ] {
        assert!(text.contains(written), "{written} in\n{text}");
    }
    // In Vietnamese a reason names the day as Vietnamese dates are written.
    let plan = plan_and_verify(&file, &["--lang", "vi"]);
    let why = plan["moves"][0]["required_by"][0].as_str().unwrap();
    assert!(why.contains("từ ngày 01/07/2018 (8 năm"), "{why}");
}

#[test]
fn a_date_that_is_no_date_is_refused_with_its_place_and_the_forms_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    let text = SCENARIO
        .replace("MONTH", "month: 13")
        .replace("born: 12/1964", "born: 31/04/1964");
    std::fs::write(&file, text).unwrap();
    let o = run(&["check", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("officials[1].born") && err.contains("\"31/04/1964\" is not a date"),
        "{err}"
    );
    assert!(err.contains("01/03/2016") && err.contains("month"), "{err}");
}

#[test]
fn dates_and_the_plan_month_go_through_a_workbook_and_json_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = write(&dir, Some(7));
    let resolved = |p: &std::path::Path| {
        let o = run(&["check", "--resolved", p.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    for ext in ["xlsx", "json"] {
        let other = dir.path().join(format!("dates.{ext}"));
        let back = dir.path().join(format!("back-{ext}.yaml"));
        for (from, to) in [(&yaml, &other), (&other, &back)] {
            let o = run(&["convert", from.to_str().unwrap(), to.to_str().unwrap()]);
            assert!(o.status.success(), "{}", stderr(&o));
        }
        assert_eq!(resolved(&yaml), resolved(&back), "through {ext}");
    }
}
