//! Typos caught before they cost a plan: a valid scenario's likely slips are warnings with
//! W codes, listed by `check` at their lines, summed up in one line by every command, and
//! errors with `--strict`.

mod common;
use common::*;

fn slips() -> std::path::PathBuf {
    root().join("tests/data/slips.yaml")
}

#[test]
fn check_lists_each_slip_at_its_line_with_the_likely_fix() {
    let o = run(&["check", slips().to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let warnings = report["warnings"].as_array().unwrap();
    let find = |code: &str, field: &str| {
        warnings
            .iter()
            .find(|w| w["code"] == code && w["field"] == field)
            .unwrap_or_else(|| panic!("no {code} at {field}: {warnings:#?}"))
    };
    let w = find("W001", "posts[3].sector");
    assert_eq!(w["line"], 10);
    assert!(w["message"]
        .as_str()
        .unwrap()
        .contains("did you mean `health` (used 7 times)"));
    let w = find("W001", "officials[2].experience.heath");
    assert_eq!(w["line"], 14);
    let w = find("W002", "officials[2].pipeline[0]");
    assert!(
        w["hint"].as_str().unwrap().contains("`Trưởng phòng Y tế`"),
        "{w}"
    );
    let w = find("W003", "officials[2].home[0]");
    assert!(w["hint"].as_str().unwrap().contains("`pl`"), "{w}");
    find("W004", "officials[4].born");
    find("W005", "officials[3].born");
    let w = find("W006", "officials[1].relatives[0]");
    assert!(w["hint"].as_str().unwrap().contains("add `b`"), "{w}");
    assert_eq!(warnings.len(), 7, "{warnings:#?}");
}

#[test]
fn a_key_post_where_everyone_is_local_is_said() {
    let text = std::fs::read_to_string(slips())
        .unwrap()
        .replace("[Phủ Lý, dv]", "[pl, dv]");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("all-local.yaml");
    std::fs::write(&file, text).unwrap();
    let o = run(&["check", file.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let codes: Vec<&str> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"W007") && !codes.contains(&"W003"),
        "{codes:?}"
    );
}

#[test]
fn plan_says_them_in_one_line_and_strict_refuses() {
    let s = slips();
    let s = s.to_str().unwrap();
    let o = run(&["plan", s]);
    let err = stderr(&o);
    let line = err
        .lines()
        .find(|l| l.contains("warning(s)"))
        .unwrap_or_default();
    assert!(
        line.contains("7 warning(s) (W001 ×2, W002 ×1, W003 ×1, W004 ×1, W005 ×1, W006 ×1)"),
        "{err}"
    );
    assert_ne!(
        o.status.code(),
        Some(2),
        "warnings do not stop the run: {err}"
    );
    let o = run(&["plan", s, "--strict"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("slips.yaml:10:82: posts[3].sector: warning[W001]"),
        "{err}"
    );
    assert!(
        err.contains("7 problems found; nothing was solved"),
        "{err}"
    );
}

#[test]
fn the_shipped_scenarios_have_no_warnings() {
    for name in [
        "district1-phunhuan.yaml",
        "gia-nghia.yaml",
        "lang-son.yaml",
        "gia-nghia-2021-2026.yaml",
    ] {
        let o = run(&["check", scenario(name).to_str().unwrap(), "--strict"]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
    }
}

#[test]
fn in_a_workbook_a_warning_is_named_by_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("slips.xlsx");
    let o = run(&["convert", slips().to_str().unwrap(), book.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["check", book.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let w = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["field"] == "posts[3].sector")
        .unwrap();
    assert_eq!(w["cell"], "Posts!E5", "{w}");
}

#[test]
fn a_declared_list_of_sectors_makes_an_unknown_sector_an_error_with_the_nearest() {
    let text = std::fs::read_to_string(slips()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("declared.yaml");
    std::fs::write(&file, format!("sectors: [health, finance]\n{text}")).unwrap();
    let o = run(&["check", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    for (field, line) in [
        ("posts[3].sector", 11),
        ("officials[2].experience.heath", 15),
    ] {
        let at = format!("declared.yaml:{line}:");
        assert!(
            err.lines()
                .any(|l| l.contains(&at) && l.contains(field) && l.contains("E118")),
            "{field} at line {line}: {err}"
        );
    }
    assert!(err.contains("did you mean `health`?"), "{err}");
    assert!(
        !err.contains("W001"),
        "the list stands in for the guess: {err}"
    );
    // Declared and used rightly, the scenario reads, and the list survives a workbook.
    let fixed = format!(
        "sectors: [health, finance]\n{}",
        text.replace("sector: helth", "sector: health")
            .replace("heath: 12", "health: 12")
    );
    std::fs::write(&file, fixed).unwrap();
    let book = dir.path().join("declared.xlsx");
    let back = dir.path().join("back.yaml");
    for (from, to) in [(&file, &book), (&book, &back)] {
        let o = run(&["convert", from.to_str().unwrap(), to.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let resolved =
        |p: &std::path::Path| stdout(&run(&["check", "--resolved", p.to_str().unwrap()]));
    assert!(resolved(&back).contains("sectors:\n- health\n- finance"));
    assert_eq!(resolved(&file), resolved(&back));
}
