//! Reading the generated national preset's YAML straight into the scenario's types with
//! yaml_serde (the maintained serde_yaml, imported under that name) and with serde-saphyr
//! (no budget), best of 3 each:
//!   cargo bench --bench yaml_reader [-- national]
use rotaplan::generate::{generate, Spec};
use rotaplan::report::{self, Format};
use rotaplan::scenario::Scenario;
use std::time::Instant;

fn main() {
    let national = std::env::args().any(|a| a == "national");
    let spec = if national {
        Spec::national(1)
    } else {
        Spec::province(1)
    };
    let text = report::data(&generate(&spec), Format::Yaml);
    let time = |f: &dyn Fn() -> usize| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                assert!(f() > 0);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let yaml = time(&|| {
        serde_yaml::from_str::<Scenario>(&text)
            .unwrap()
            .officials
            .len()
    });
    let saphyr = time(&|| {
        let options = serde_saphyr::options! { budget: None };
        serde_saphyr::from_str_with_options::<Scenario>(&text, options)
            .unwrap()
            .officials
            .len()
    });
    println!(
        "{:.1} MB: yaml_serde {yaml:.3} s, serde-saphyr {saphyr:.3} s",
        text.len() as f64 / 1e6
    );
}
