//! Multi-year plans: the province preset over five years, year by year (rating gate off:
//! over five years some heads rated "not completed" reach the term limit, and no plan
//! can both keep and move them); and Gia Nghĩa's 2021–2026 term with the non-local rule
//! phased in, year by year and jointly. Every year of every run is verified inside
//! `horizon::run`. Run: `cargo bench --bench horizon`.

use criterion::{criterion_group, criterion_main, Criterion};
use rotaplan::generate::{generate, Spec};
use rotaplan::horizon::{self, Mode, Options, Silent};
use std::time::Duration;

fn options(from: i32, to: i32, mode: Mode, spread: bool) -> Options {
    Options {
        from,
        to,
        mode,
        plan: Default::default(),
        max_moves: None,
        max_moves_per_unit: None,
        spread,
    }
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("horizon");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(1));
    let mut province = generate(&Spec::province(1));
    province.rules.rating_gate.enabled = false;
    let from = province.year;
    g.bench_function("province_5_years_yearly", |b| {
        b.iter(|| {
            horizon::run(
                &province,
                &options(from, from + 4, Mode::Yearly, false),
                &Silent,
            )
            .unwrap()
        })
    });
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/gia-nghia-2021-2026.yaml");
    let gia_nghia = rotaplan::scenario::load_all(&path).unwrap();
    for mode in [Mode::Yearly, Mode::Joint] {
        g.bench_function(format!("gia_nghia_2021_2026_spread/{}", mode.name()), |b| {
            b.iter(|| horizon::run(&gia_nghia, &options(2021, 2026, mode, true), &Silent).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
