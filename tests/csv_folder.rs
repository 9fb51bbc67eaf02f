//! A scenario kept as a folder of CSV files, one per sheet of the workbook, as a planner
//! gets by saving each sheet "as CSV": read alike, planned alike, its errors named by file
//! and cell.

mod common;
use common::*;

#[test]
fn a_folder_of_csv_files_plans_as_its_yaml() {
    let dir = tempfile::tempdir().unwrap();
    for (name, lang) in [
        ("district1-phunhuan.yaml", "vi"),
        ("gia-nghia-2021-2026.yaml", "en"),
    ] {
        let yaml = scenario(name);
        let book = dir.path().join(format!("{name}.xlsx"));
        let folder = dir.path().join(format!("{name}-csv"));
        ok(&["convert", s(&yaml), s(&book), "--lang", lang]);
        save_as_csv(&book, &folder);
        let officials = if lang == "vi" {
            "Cán bộ"
        } else {
            "Officials"
        };
        assert!(folder.join(format!("{officials}.csv")).exists());
        assert_eq!(
            ok(&["check", "--resolved", s(&yaml)]),
            ok(&["check", "--resolved", s(&folder)]),
            "{name}: every field, through CSV files"
        );
        let from_folder = plan_and_verify(&folder, &[]);
        assert_eq!(plan_and_verify(&yaml, &[]), from_folder, "{name}");
    }
}

#[test]
fn a_wrong_value_in_a_csv_file_is_named_by_file_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("d.xlsx");
    let folder = dir.path().join("d");
    ok(&[
        "convert",
        s(&scenario("district1-phunhuan.yaml")),
        s(&book),
        "--lang",
        "vi",
    ]);
    save_as_csv(&book, &folder);
    let file = folder.join("Cán bộ.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(";female;", ";nuu;", 1);
    std::fs::write(&file, text).unwrap();
    let o = run(&["check", s(&folder), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.lines()
            .any(|l| l.contains("Cán bộ.csv!F") && l.contains("unknown variant `nuu`")),
        "{err}"
    );
    // A folder with no CSV in it says what it should hold.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = run(&["check", s(&empty), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("officials.csv"), "{}", stderr(&o));
}
