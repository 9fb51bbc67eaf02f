//! A scenario kept as a folder of CSV files, one per sheet of the workbook, as a planner
//! gets by saving each sheet "as CSV": read alike, planned alike, its errors named by file
//! and cell.

mod common;
use calamine::{Data, Reader, Xlsx};
use common::*;
use std::path::Path;

fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Each sheet of the workbook at `book` saved as `{sheet}.csv` in `folder`, the way
/// spreadsheets do: the officials with semicolons (Excel in a Vietnamese locale) and a
/// byte-order mark, the others with commas.
fn save_as_csv(book: &Path, folder: &Path) {
    std::fs::create_dir_all(folder).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook(book).unwrap();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let semicolons = name == "Cán bộ" || name == "Officials";
        let mut out = csv::WriterBuilder::new()
            .delimiter(if semicolons { b';' } else { b',' })
            .from_writer(Vec::new());
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|d| match d {
                    Data::Float(x) if x.fract() == 0.0 => format!("{}", *x as i64),
                    Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
                    d => d.to_string(),
                })
                .collect();
            out.write_record(&cells).unwrap();
        }
        let mut bytes = out.into_inner().unwrap();
        if semicolons {
            bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
        }
        std::fs::write(folder.join(format!("{name}.csv")), bytes).unwrap();
    }
}

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
