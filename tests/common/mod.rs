//! Helpers for the end-to-end tests: run the built binary and read what it wrote.
#![allow(dead_code)]

pub mod random;

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
