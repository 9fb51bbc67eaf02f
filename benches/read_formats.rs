//! Reading a scenario from each format: the same generated preset written as YAML, JSON
//! and a workbook, each read with `scenario::load_all` (parse, check every field,
//! validate). A whole national read takes seconds, so each is timed over a few runs
//! rather than by criterion:
//!   cargo bench --bench read_formats [-- province|national]
use rotaplan::generate::{generate, Spec};
use rotaplan::messages::Lang;
use rotaplan::report::{self, Format};
use rotaplan::scenario::{load_all, workbook};
use std::time::Instant;

fn main() {
    let national = std::env::args().any(|a| a == "national");
    let (name, spec) = if national {
        ("national", Spec::national(1))
    } else {
        ("province", Spec::province(1))
    };
    let s = generate(&spec);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let yaml = dir.path().join("s.yaml");
    let json = dir.path().join("s.json");
    let xlsx = dir.path().join("s.xlsx");
    std::fs::write(&yaml, report::data(&s, Format::Yaml)).expect("written");
    std::fs::write(&json, report::data(&s, Format::Json)).expect("written");
    std::fs::write(
        &xlsx,
        workbook::write(&s, Lang::Vi, &xlsx).expect("a workbook"),
    )
    .expect("written");
    let runs = if national { 3 } else { 10 };
    for (format, path) in [("yaml", &yaml), ("json", &json), ("xlsx", &xlsx)] {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let t = Instant::now();
            let read = load_all(path).expect("the scenario reads");
            best = best.min(t.elapsed().as_secs_f64());
            assert_eq!(read.officials.len(), s.officials.len());
        }
        println!(
            "{name} {format}: {:.1} MB, best of {runs}: {:.3} s",
            size as f64 / 1e6,
            best
        );
    }
}
