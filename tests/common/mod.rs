//! Helpers for the end-to-end tests: run the built binary and read what it wrote.
#![allow(dead_code)]

pub mod random;

use calamine::Reader;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary, in English unless a test asks for Vietnamese (`--lang vi`): most tests read
/// its words.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rotaplan"));
    c.env("ROTAPLAN_LANG", "en");
    c
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn scenario(name: &str) -> PathBuf {
    root().join("scenarios").join(name)
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 output")
}

/// Runs the binary, which must succeed, and returns what it printed.
pub fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// A path as an argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Each sheet of the workbook at `book` saved as `{sheet}.csv` in `folder`, the way
/// spreadsheets do: the officials with semicolons (Excel in a Vietnamese locale) and a
/// byte-order mark, the others with commas.
pub fn save_as_csv(book: &Path, folder: &Path) {
    std::fs::create_dir_all(folder).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(book).unwrap();
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
                    calamine::Data::Float(x) if x.fract() == 0.0 => format!("{}", *x as i64),
                    calamine::Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
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

/// Plans `scenario` as JSON into a temporary file, checks the plan with `rotaplan verify`,
/// and returns the parsed plan.
pub fn plan_and_verify(scenario: &Path, extra: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.json");
    let mut args = vec![
        "plan",
        scenario.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "plan failed: {}", stderr(&o));
    let v = run(&["verify", scenario.to_str().unwrap(), out.to_str().unwrap()]);
    assert!(
        v.status.success(),
        "verify rejected the plan: {}{}",
        stdout(&v),
        stderr(&v)
    );
    assert!(stdout(&v).starts_with("OK"));
    serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap()
}
