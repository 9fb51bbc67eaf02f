//! `compare` on 60 variants of the province preset, on one thread and on all cores.
//! Run: `cargo bench --bench compare`; the speed-up is the ratio of the two times.

use criterion::{criterion_group, criterion_main, Criterion};
use rotaplan::compare::{solve_all, Silent};
use rotaplan::generate::{generate, Spec};
use rotaplan::plan;
use rotaplan::report::{data, Format};
use std::path::PathBuf;
use std::time::Duration;

/// Writes the province preset and 59 variants of it (caps of 3 to 5, weights, limits).
fn variants(dir: &std::path::Path) -> Vec<PathBuf> {
    let base = dir.join("province.yaml");
    std::fs::write(&base, data(&generate(&Spec::province(1)), Format::Yaml)).unwrap();
    let mut files = vec![base];
    for i in 0..59 {
        let body = match i % 4 {
            0 => format!(
                "rules:\n  unit_cap: {{ max_in: {}, max_out: {} }}\n",
                3 + i % 3,
                3 + i % 2
            ),
            1 => format!(
                "weights:\n  move: {}\n  wasted_expertise: {}\n",
                10 + i,
                5 + i % 7
            ),
            2 => format!("rules:\n  term_limit: {{ years: {} }}\n", 8 + i % 3),
            _ => format!(
                "weights:\n  unfilled: {}\n  unfilled_key: {}\n",
                50 + 5 * i,
                200 + 10 * i
            ),
        };
        let f = dir.join(format!("variant-{i:02}.yaml"));
        std::fs::write(&f, format!("extends: province.yaml\n{body}")).unwrap();
        files.push(f);
    }
    files
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let files = variants(dir.path());
    let opts = plan::Options::default();
    let mut g = c.benchmark_group("compare_60_province_variants");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(1));
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    g.bench_function("1_thread", |b| {
        b.iter(|| one.install(|| solve_all(&files, &opts, &Silent)))
    });
    g.bench_function("all_cores", |b| {
        b.iter(|| solve_all(&files, &opts, &Silent))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
