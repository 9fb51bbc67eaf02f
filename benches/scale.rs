//! Model building and solving apart, at about 200, 2,000, 10,000 and 50,000 posts of
//! generated scenarios, for each compiled backend; and the split + min-cost-flow engine
//! against one monolithic integer program where that finishes. Also the province preset
//! end to end (load, check, build, solve, account, verify). Run: `cargo bench --bench scale`.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use rotaplan::generate::{generate, Spec};
use rotaplan::model::build;
use rotaplan::plan::{self, document};
use rotaplan::rules::{self, Ctx};
use rotaplan::scenario::Index;
use rotaplan::solve::{solve, Backend, Limits};
use rotaplan::verify::{verify, PlanFile};
use std::time::Duration;

/// (label, provinces, communes per province): about 22 posts a commune, 84 a province.
const SIZES: [(&str, u32, u32); 4] = [
    ("200", 1, 5),
    ("2000", 1, 87),
    ("10000", 4, 110),
    ("50000", 20, 110),
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("scale");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .warm_up_time(Duration::from_secs(1));
    for (label, provinces, communes) in SIZES {
        let s = generate(&Spec::uniform(provinces, communes, 7));
        let ix = Index::new(&s);
        let rules = rules::all(&s);
        let ctx = Ctx::new(&ix, &rules);
        g.bench_with_input(BenchmarkId::new("build", label), &(), |b, _| {
            b.iter(|| build(&ctx, &rules))
        });
        let model = build(&ctx, &rules);
        for backend in Backend::available() {
            g.bench_with_input(
                BenchmarkId::new(format!("solve_split/{}", backend.name()), label),
                &(),
                // The copy is made outside the timing: a solve may add cuts to its model.
                |b, _| {
                    b.iter_batched(
                        || model.clone(),
                        |mut m| assert!(solve(&mut m, backend, &Limits::default()).is_ok()),
                        BatchSize::LargeInput,
                    )
                },
            );
        }
        // The monolithic integer program: HiGHS up to 2,000 posts; microlp only at 200.
        for backend in Backend::available() {
            let limit = if backend == Backend::Microlp {
                200
            } else {
                2000
            };
            if label.parse::<u32>().unwrap() <= limit {
                let mono = Limits {
                    split: false,
                    flow: false,
                    ..Default::default()
                };
                g.bench_with_input(
                    BenchmarkId::new(format!("solve_monolithic/{}", backend.name()), label),
                    &(),
                    |b, _| {
                        b.iter_batched(
                            || model.clone(),
                            |mut m| assert!(solve(&mut m, backend, &mono).is_ok()),
                            BatchSize::LargeInput,
                        )
                    },
                );
            }
        }
    }
    // End to end as a planner runs it: read the YAML, check, build, solve, account, verify.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("province.yaml");
    std::fs::write(
        &file,
        rotaplan::report::data(
            &generate(&Spec::province(1)),
            rotaplan::report::Format::Yaml,
        ),
    )
    .unwrap();
    // Its model building alone, to set against the whole.
    let s = generate(&Spec::province(1));
    let ix = Index::new(&s);
    let rules = rules::all(&s);
    let ctx = Ctx::new(&ix, &rules);
    g.bench_function("province_build", |b| b.iter(|| build(&ctx, &rules)));
    g.bench_function("province_end_to_end/microlp", |b| {
        b.iter(|| {
            let s = rotaplan::scenario::load(&file).unwrap();
            let c = rotaplan::check::check(&s, rotaplan::messages::Lang::Vi);
            assert!(c.dead_ends.is_empty());
            let p = plan::plan(&s, &plan::Options::default()).unwrap();
            assert_eq!(p.status, rotaplan::solve::Status::Optimal);
            let d = document(&s, &p, rotaplan::messages::Lang::En);
            let file = PlanFile::of(&d);
            assert!(verify(&s, &file).ok());
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
