//! Part sizes and which parts the min-cost flow settles (a development aid).
use rotaplan::generate::{generate, Spec};
use rotaplan::model::{build, split};
use rotaplan::rules::{self, Ctx};
use rotaplan::scenario::Index;
use std::time::Instant;

fn main() {
    let s = generate(&Spec::national(1));
    let ix = Index::new(&s);
    let rules = rules::all(&s);
    let ctx = Ctx::new(&ix, &rules);
    let t = Instant::now();
    let m = build(&ctx, &rules);
    println!(
        "build {:?}: {} pairs {} rows",
        t.elapsed(),
        m.cands.pairs.len(),
        m.rows.len()
    );
    let t = Instant::now();
    let parts = split(&m);
    let mut sizes: Vec<usize> = parts.iter().map(|p| p.pairs.len()).collect();
    sizes.sort_unstable();
    println!(
        "split {:?}: {} parts, largest {:?}",
        t.elapsed(),
        parts.len(),
        &sizes[sizes.len().saturating_sub(5)..]
    );
    let t = Instant::now();
    let mut failed = 0;
    for p in parts.iter().filter(|p| p.pairs.len() > 1000) {
        let t1 = Instant::now();
        let r = rotaplan::solve::flow_check(&m, p);
        println!(
            "  part of {} pairs: flow {:?} in {:?}",
            p.pairs.len(),
            r,
            t1.elapsed()
        );
        if r == Some(false) {
            let t2 = Instant::now();
            let l = rotaplan::solve::lagrangian_check(&m, p);
            println!("    lagrangian: {l} in {:?}", t2.elapsed());
        }
        if r != Some(true) {
            failed += 1;
        }
    }
    println!("flow on big parts {:?}, {failed} not settled", t.elapsed());
}
