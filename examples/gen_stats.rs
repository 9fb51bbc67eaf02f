//! Prints the size of the generated presets and of their models (a development aid).
use rotaplan::generate::{generate, Spec};
use rotaplan::model::build;
use rotaplan::rules::{self, Ctx};
use rotaplan::scenario::{validate, Index};
use std::time::Instant;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "province".into());
    let spec = if arg == "national" {
        Spec::national(1)
    } else {
        Spec::province(1)
    };
    let t = Instant::now();
    let s = generate(&spec);
    println!(
        "generated in {:?}: {} units, {} posts, {} officials",
        t.elapsed(),
        s.units.len(),
        s.posts.len(),
        s.officials.len()
    );
    let problems = validate(&s);
    println!("validation problems: {}", problems.len());
    let t = Instant::now();
    let ix = Index::new(&s);
    let rules = rules::all(&s);
    let ctx = Ctx::new(&ix, &rules);
    let m = build(&ctx, &rules);
    println!(
        "built in {:?}: {} pairs, {} rows",
        t.elapsed(),
        m.cands.pairs.len(),
        m.rows.len()
    );
    let forced = ctx.forced.iter().filter(|&&f| f).count();
    println!("forced by term limit or non-local: {forced}");
}
