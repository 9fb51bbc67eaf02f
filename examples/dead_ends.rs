//! The dead ends `check` finds in the national preset (a development aid).
use rotaplan::generate::{generate, Spec};
fn main() {
    let s = generate(&Spec::national(1));
    let c = rotaplan::check::check(&s);
    for d in c.dead_ends.iter().take(10) {
        println!("{d}");
    }
    println!("{} dead ends", c.dead_ends.len());
}
