//! The province preset and its stress variants, each planned end to end in the library
//! (rules, model, solve, account; best of 3, or one run past 10 s) with the default
//! backend: unit caps 1/1 and 2/2, dense relatives, move limits at half and a quarter of
//! the optional moves (those beyond the heads who must leave), take pins, soft caps and
//! relatives, soft term limit and non-local rules, and the hard ones all at once (the
//! move limit halfway between the fewest moves the others allow and their optimum's). With `--features
//! highs`, HiGHS solves each variant's whole model as one integer program beside it, as
//! `--export-model` would hand it over.
//!   cargo bench --bench stress            (add --features highs for the HiGHS column;
//!                                          STRESS_ONLY=soft for the soft variants alone)
use rotaplan::generate::{generate, Spec};
use rotaplan::plan::{plan, Options, Plan};
use rotaplan::scenario::{CompositionScope, Hardness, OfficialId, Pin, Scenario, Target};
use std::time::Instant;

fn main() {
    let full = generate(&Spec::province(1));
    let base = full.as_of(full.year);
    let optimum = plan(&base, &Options::default()).expect("the preset has a plan");
    let moved = |p: &Plan, s: &Scenario| {
        (0..s.officials.len())
            .filter(|&o| {
                let now = s.officials[o].post.as_ref();
                let after = p.after[o].map(|q| &s.posts[q].id);
                now.is_some() && after.is_some() && now != after
            })
            .count()
    };
    let moves = moved(&optimum, &base);
    // Heads who may not stay where they are (their post is not among theirs).
    let forced = (0..base.officials.len())
        .filter(|&o| {
            let now = base.officials[o].post.as_ref();
            now.is_some_and(|id| !optimum.eligible[o].iter().any(|&q| &base.posts[q].id == id))
                && optimum.after[o].is_some()
        })
        .count();
    let optional = moves.saturating_sub(forced);
    println!("province preset: {moves} moves, {forced} of them forced");

    let caps = |n: u32| {
        move |s: &mut Scenario| {
            s.rules.unit_cap.max_in = n;
            s.rules.unit_cap.max_out = n;
        }
    };
    let limit = |m: usize| move |s: &mut Scenario| s.rules.move_limit.max = Some(m as u32);
    // Every tenth official related to the next one, mostly a colleague in the same unit.
    let relatives = |s: &mut Scenario| {
        for o in (0..s.officials.len() - 1).step_by(10) {
            let next: OfficialId = s.officials[o + 1].id.clone();
            s.officials[o].relatives.push(next);
        }
    };
    // Twenty officials who move in the optimum, each pinned to the first post open to them
    // that the optimum leaves empty.
    let pins = {
        let optimum = &optimum;
        move |s: &mut Scenario| {
            let mut pinned = 0;
            for o in 0..s.officials.len() {
                if pinned == 20 {
                    break;
                }
                let now = s.officials[o].post.clone();
                let after = optimum.after[o];
                let moves = after.is_some_and(|q| Some(&s.posts[q].id) != now.as_ref());
                // A post the optimum leaves empty, not pinned already.
                let other = optimum.eligible[o].iter().copied().find(|&q| {
                    Some(&s.posts[q].id) != now.as_ref()
                        && !optimum.after.contains(&Some(q))
                        && !s
                            .pins
                            .iter()
                            .any(|p| p.take.as_ref() == Some(&s.posts[q].id))
                });
                if let (true, Some(q)) = (moves, other) {
                    s.pins.push(Pin {
                        official: s.officials[o].id.clone(),
                        take: Some(s.posts[q].id.clone()),
                        ..Default::default()
                    });
                    pinned += 1;
                }
            }
        }
    };
    type Edit<'a> = Box<dyn Fn(&mut Scenario) + 'a>;
    let variants: Vec<(String, Edit)> = vec![
        ("preset".into(), Box::new(|_: &mut Scenario| {})),
        ("unit caps 1/1".into(), Box::new(caps(1))),
        ("unit caps 2/2".into(), Box::new(caps(2))),
        ("dense relatives".into(), Box::new(relatives)),
        (
            format!("move limit {} (half the optional)", forced + optional / 2),
            Box::new(limit(forced + optional / 2)),
        ),
        (
            format!("move limit {} (a quarter)", forced + optional / 4),
            Box::new(limit(forced + optional / 4)),
        ),
        ("20 take pins".into(), Box::new(pins)),
        (
            "soft caps 1/1 and dense soft relatives, 10 points".into(),
            Box::new(move |s: &mut Scenario| {
                caps(1)(s);
                relatives(s);
                s.rules.unit_cap.level = Hardness::Soft;
                s.rules.unit_cap.penalty = 10;
                s.rules.relatives.level = Hardness::Soft;
                s.rules.relatives.penalty = 10;
            }),
        ),
        (
            "composition, soft: a woman in each leadership, 100 points".into(),
            Box::new(|s: &mut Scenario| {
                let c = &mut s.rules.composition;
                c.women = Some(Target {
                    min: 1,
                    ..Target::default()
                });
                c.level = Hardness::Soft;
                c.penalty = 100;
            }),
        ),
        (
            "composition: 30 % women and 25 % under 45 over the province's units".into(),
            Box::new(|s: &mut Scenario| {
                let c = &mut s.rules.composition;
                c.scope = CompositionScope::Parent;
                c.women = Some(Target {
                    min_share: Some(0.3),
                    ..Target::default()
                });
                c.under_age = Some(Target {
                    age: Some(45),
                    min_share: Some(0.25),
                    ..Target::default()
                });
            }),
        ),
        (
            "soft term limit and non-local, 100 points".into(),
            Box::new(|s: &mut Scenario| {
                s.rules.term_limit.level = Hardness::Soft;
                s.rules.term_limit.penalty = 100;
                s.rules.non_local.level = Hardness::Soft;
                s.rules.non_local.penalty = 100;
            }),
        ),
    ];
    // All at once: caps 2/2, relatives and pins, and a move limit halfway between the
    // fewest moves the other three allow (a plan where a move costs 10,000 points) and
    // the moves of their optimum. Halfway between the heads who must leave and that
    // optimum, as the single limits are set, leaves no plan at all: caps and pins force
    // moves of their own.
    let others = |s: &mut Scenario| {
        caps(2)(s);
        relatives(s);
        pins(s);
    };
    let mut s = base.clone();
    others(&mut s);
    let unlimited = moved(&plan(&s, &Options::default()).expect("a plan"), &s);
    s.weights.move_ = 10_000;
    let fewest = moved(&plan(&s, &Options::default()).expect("a plan"), &s);
    let half = fewest + unlimited.saturating_sub(fewest) / 2;
    println!("caps 2/2, relatives and pins: {fewest} to {unlimited} moves");
    let mut variants = variants;
    variants.push((
        format!("all at once (caps 2/2, relatives, pins, move limit {half})"),
        Box::new(move |s: &mut Scenario| {
            others(s);
            limit(half)(s);
        }),
    ));
    // `STRESS_ONLY=soft` times only the variants whose name has that word.
    let only = std::env::var("STRESS_ONLY").unwrap_or_default();
    for (name, edit) in variants.iter().filter(|(name, _)| name.contains(&only)) {
        let mut s = base.clone();
        edit(&mut s);
        let mut best = f64::INFINITY;
        let mut outcome = String::new();
        for _ in 0..3 {
            let t = Instant::now();
            let result = plan(&s, &Options::default());
            best = best.min(t.elapsed().as_secs_f64());
            // A slow variant once is enough.
            let slow = best > 10.0;
            outcome = match result {
                Ok(p) => format!(
                    "cost {}, {} moves, {:?}, {}/{} parts by flow",
                    p.total(),
                    moved(&p, &s),
                    p.status,
                    p.method.by_flow,
                    p.method.parts
                ),
                Err(e) => format!("no plan: {}", e.to_string().lines().next().unwrap_or("")),
            };
            if slow {
                break;
            }
        }
        println!("{name}: best of up to 3 {best:.2} s; {outcome}");
        #[cfg(feature = "highs")]
        highs(&s);
    }
}

/// The variant's whole model as one integer program, solved by HiGHS.
#[cfg(feature = "highs")]
fn highs(s: &Scenario) {
    use rotaplan::model::build;
    use rotaplan::rules::{self, Ctx};
    use rotaplan::scenario::Index;
    use rotaplan::solve::{solve, Backend, Limits};
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    let mut model = build(&ctx, &rules);
    let mono = Limits {
        split: false,
        flow: false,
        ..Default::default()
    };
    match lp_bound(&model) {
        Some(b) => println!("    LP relaxation: {b:.2}"),
        None => println!("    LP relaxation: no solution"),
    }
    let t = Instant::now();
    let result = solve(&mut model, Backend::Highs, &mono);
    let cost = result.as_ref().ok().map(|solved| {
        (0..model.cands.pairs.len())
            .filter(|&k| solved.chosen[k])
            .map(|k| model.cost(k))
            .sum::<i64>()
            + model.constant.iter().sum::<i64>()
            // Soft rows the plan misses are paid for, as in the plan's own cost.
            + rotaplan::solve::missed_penalties(&model, &solved.chosen)
    });
    println!(
        "    HiGHS, whole model: {:.2} s; cost {cost:?}",
        t.elapsed().as_secs_f64()
    );
}

/// The LP relaxation's bound of the variant's model (HiGHS), for comparing with the
/// Lagrangian bound.
#[cfg(feature = "highs")]
fn lp_bound(model: &rotaplan::model::Model) -> Option<f64> {
    use good_lp::*;
    use rotaplan::model::Sense;
    let mut vars = ProblemVariables::new();
    let x: Vec<Variable> = (0..model.cands.pairs.len())
        .map(|_| vars.add(variable().min(0.0).max(1.0)))
        .collect();
    // A soft row may be missed over, and an equality short, at its penalty per unit.
    let slack: Vec<Vec<(f64, Variable)>> = model
        .rows
        .iter()
        .map(|r| match (r.elastic, r.sense) {
            (None, _) => Vec::new(),
            (Some(_), Sense::Le) => vec![(-1.0, vars.add(variable().min(0.0)))],
            (Some(_), Sense::Eq) => vec![
                (-1.0, vars.add(variable().min(0.0))),
                (1.0, vars.add(variable().min(0.0))),
            ],
        })
        .collect();
    let mut obj = Expression::default();
    for (k, &v) in x.iter().enumerate() {
        obj.add_mul(model.cost(k) as f64, v);
    }
    for (r, s) in model.rows.iter().zip(&slack) {
        for &(_, v) in s {
            obj.add_mul(r.elastic.unwrap_or(0) as f64, v);
        }
    }
    let mut m = vars.minimise(obj.clone()).using(highs);
    for (r, s) in model.rows.iter().zip(&slack) {
        let mut e = Expression::default();
        for &(k, c) in &r.terms {
            e.add_mul(c, x[k]);
        }
        for &(c, v) in s {
            e.add_mul(c, v);
        }
        m.add_constraint(match r.sense {
            Sense::Le => constraint::leq(e, r.rhs),
            Sense::Eq => constraint::eq(e, r.rhs),
        });
    }
    let sol = m.solve().ok()?;
    Some(sol.eval(&obj) + model.constant.iter().sum::<i64>() as f64)
}
