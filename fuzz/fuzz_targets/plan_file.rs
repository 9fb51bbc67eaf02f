//! The plan reader: any bytes give a plan or an error, never a panic; a plan that reads is
//! verified against District 1 (any verdict, no panic).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn scenario() -> &'static rotaplan::scenario::Scenario {
    static S: OnceLock<rotaplan::scenario::Scenario> = OnceLock::new();
    S.get_or_init(|| {
        rotaplan::scenario::parse(include_str!("../../scenarios/district1-phunhuan.yaml"))
            .expect("the shipped scenario reads")
    })
}

fn path() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        std::env::temp_dir().join(format!("rotaplan-fuzz-plan-{}.yaml", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    std::fs::write(path(), data).unwrap();
    if let Ok(plan) = rotaplan::verify::read_plan(path()) {
        let _ = rotaplan::verify::verify(scenario(), &plan);
    }
    let _ = rotaplan::verify::read_plan_doc(path());
});
