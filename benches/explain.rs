//! `explain --post` on the province preset: a post with about 20 officials the rules allow,
//! and the post with the most, among posts whose holders could leave (so that each choice
//! is solved), each timed end to end in the library (best of 3). The preset has no post
//! open to close to 20 (posts are open to 9 or fewer, or to 64 or more; officials to 2 or
//! fewer, or to 99 or more), so the first is the nearest below:
//!   cargo bench --bench explain
use rotaplan::generate::{generate, Spec};
use rotaplan::messages::Lang;
use rotaplan::plan::{plan, Options};
use rotaplan::why::{explain, Subject};
use std::time::Instant;

fn main() {
    let full = generate(&Spec::province(1));
    let s = full.as_of(full.year);
    let opts = Options::default();
    let base = plan(&s, &opts).expect("the preset has a plan");
    // How many officials each post is open to.
    let mut open = vec![0usize; s.posts.len()];
    for posts in &base.eligible {
        for &p in posts {
            open[p] += 1;
        }
    }
    // Posts whose holders could leave: their choices are solved, not settled at a glance.
    let movable = |p: usize| {
        (0..s.officials.len())
            .filter(|&o| {
                base.after[o] == Some(p) || s.officials[o].post == Some(s.posts[p].id.clone())
            })
            .all(|o| base.eligible[o].len() > 1)
    };
    let about_20 = (0..s.posts.len())
        .filter(|&p| movable(p))
        .min_by_key(|&p| (open[p].abs_diff(20), p))
        .expect("a post");
    let most = (0..s.posts.len())
        .filter(|&p| movable(p))
        .max_by_key(|&p| (open[p], p))
        .expect("a post");
    for p in [about_20, most] {
        let mut best = f64::INFINITY;
        let mut doc = None;
        for _ in 0..3 {
            let t = Instant::now();
            doc = Some(explain(&s, Subject::Post(p), 10, &opts, Lang::En).expect("explained"));
            best = best.min(t.elapsed().as_secs_f64());
        }
        let doc = doc.expect("ran");
        println!(
            "explain --post {} ({} allowed, {} in some plan): best of 3 {:.3} s",
            s.posts[p].id, doc.allowed, doc.possible, best
        );
    }
}
