//! The scenario reader, with and without `extends`: any bytes give a scenario or an error,
//! never a panic; a small scenario that reads is checked, planned within a time limit, and
//! its plan must pass the independent verifier.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rotaplan::{check, plan, solve, verify};
use std::path::PathBuf;
use std::sync::OnceLock;

/// A folder of this process with the District 1 scenario as `base.yaml`.
fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("rotaplan-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("base.yaml"),
            include_str!("../../scenarios/district1-phunhuan.yaml"),
        )
        .unwrap();
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    // An even first byte makes the input a variant of the base.
    let (variant, body) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => (true, rest),
        _ => (false, data),
    };
    let path = folder().join("s.yaml");
    let mut text = if variant {
        b"extends: base.yaml\n".to_vec()
    } else {
        Vec::new()
    };
    text.extend_from_slice(body);
    std::fs::write(&path, &text).unwrap();
    let Ok(full) = rotaplan::scenario::load_all(&path) else {
        return;
    };
    if full.officials.len() > 30 || full.posts.len() > 30 {
        return;
    }
    let _ = check::check(&full, rotaplan::messages::Lang::Vi);
    let s = full.as_of(full.year);
    let opts = plan::Options {
        limits: solve::Limits::default().with_time_limit(Some(2.0)),
        ..Default::default()
    };
    if let Ok(p) = plan::plan(&s, &opts) {
        let doc = plan::document(&s, &p, rotaplan::messages::Lang::Vi);
        let v = verify::verify(&s, &verify::PlanFile::of(&doc));
        assert!(v.ok(), "a plan the verifier rejects: {:?}", v.violations);
    }
});
