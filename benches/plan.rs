//! Model building and solving, measured apart, on the shipped scenarios; and the whole
//! `plan` job (load, build, solve, account, verify). Run: `cargo bench --bench plan`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rotaplan::model::build;
use rotaplan::plan::{self, document};
use rotaplan::rules::{self, Ctx};
use rotaplan::scenario::{load, Index};
use rotaplan::solve::{solve, Backend, Limits};
use rotaplan::verify::{verify, PlanFile};
use std::path::PathBuf;

const SCENARIOS: [&str; 3] = ["district1-phunhuan", "gia-nghia", "lang-son"];

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{name}.yaml"))
}

fn bench(c: &mut Criterion) {
    for name in SCENARIOS {
        let s = load(&path(name)).expect("shipped scenarios load");
        let ix = Index::new(&s);
        let rules = rules::all(&s);
        let ctx = Ctx::new(&ix, &rules);
        c.bench_function(&format!("build/{name}"), |b| b.iter(|| build(&ctx, &rules)));
        let model = build(&ctx, &rules);
        for backend in Backend::available() {
            c.bench_function(&format!("solve/{}/{name}", backend.name()), |b| {
                // The copy is made outside the timing: a solve may add cuts to its model.
                b.iter_batched(
                    || model.clone(),
                    |mut m| assert!(solve(&mut m, backend, &Limits::default()).is_ok()),
                    BatchSize::LargeInput,
                )
            });
        }
        c.bench_function(&format!("end_to_end/{name}"), |b| {
            b.iter(|| {
                let s = load(&path(name)).unwrap();
                let p = plan::plan(&s, &plan::Options::default()).unwrap();
                let d = document(&s, &p, rotaplan::messages::Lang::En);
                let file = PlanFile::of(&d);
                assert!(verify(&s, &file).ok());
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
