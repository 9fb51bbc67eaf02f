//! Times the presets end to end (a development aid; the benchmarks are in benches/).
use rotaplan::generate::{generate, Spec};
use rotaplan::plan::{self, document};
use rotaplan::verify::{verify, PlanFile};
use std::time::Instant;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "province".into());
    let spec = if arg == "national" {
        Spec::national(1)
    } else {
        Spec::province(1)
    };
    let s = generate(&spec);
    println!(
        "{} units, {} posts, {} officials",
        s.units.len(),
        s.posts.len(),
        s.officials.len()
    );
    let t = Instant::now();
    let check = rotaplan::check::check(&s, rotaplan::messages::Lang::Vi);
    println!(
        "check {:?}: {} must rotate",
        t.elapsed(),
        check.must_rotate.len()
    );
    let t = Instant::now();
    let ix = rotaplan::scenario::Index::new(&s);
    let t_ix = t.elapsed();
    let rules = rotaplan::rules::all(&s);
    let t_rules = t.elapsed();
    let ctx = rotaplan::rules::Ctx::new(&ix, &rules);
    let t_ctx = t.elapsed();
    let m = rotaplan::model::build(&ctx, &rules);
    println!(
        "build alone {:?} (index {:?}, rules {:?}, context {:?}): {} pairs",
        t.elapsed(),
        t_ix,
        t_rules - t_ix,
        t_ctx - t_rules,
        m.cands.pairs.len()
    );
    let t = Instant::now();
    let p = plan::plan(&s, &plan::Options::default()).expect("feasible");
    println!(
        "plan {:?}: cost {}, {:?}, {:?}, solve {:.3} s",
        t.elapsed(),
        p.total(),
        p.status,
        p.method,
        p.seconds
    );
    let t = Instant::now();
    let d = document(&s, &p, rotaplan::messages::Lang::En);
    println!("document {:?}: {} moves", t.elapsed(), d.moves.len());
    let t = Instant::now();
    let v = verify(&s, &PlanFile::of(&d));
    println!("verify {:?}: ok {}", t.elapsed(), v.ok());
}
