//! On small random scenarios, the planner's cost equals the optimum found by trying every
//! placement, where feasibility and cost come from the independent verifier; and every
//! plan the planner returns passes the verifier.

use rand::{seq::SliceRandom, Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rotaplan::plan::{self, document};
use rotaplan::scenario::*;
use rotaplan::verify::{verify, PlanFile};
use rotaplan::Error;

mod common;
use common::random::{brute_force, random_scenario, random_wishes, wish_places};

/// The rules' cheap narrowing drops no post that their full checks allow (a soft rule
/// drops none).
fn narrowing_keeps_every_eligible_post(s: &Scenario) {
    use rotaplan::rules::{self, eligible_posts, Ctx};
    let ix = Index::new(s);
    let rules = rules::all(s);
    let ctx = Ctx::new(&ix, &rules);
    for o in 0..s.officials.len() {
        let full: Vec<usize> = (0..s.posts.len())
            .filter(|&p| {
                rules
                    .iter()
                    .filter(|r| r.bans())
                    .all(|r| r.forbids(&ctx, o, p).is_none())
            })
            .collect();
        assert_eq!(eligible_posts(&rules, &ctx, o), full, "official {o}");
    }
}

/// The plan costs `best`, is called optimal and passes the verifier.
fn assert_optimal_and_verified(s: &Scenario, p: &plan::Plan, best: i64, case: &str) {
    assert_eq!(
        p.total(),
        best,
        "{case}: planner cost differs from brute force\n{}",
        serde_yaml::to_string(s).unwrap()
    );
    assert_eq!(p.status, rotaplan::solve::Status::Optimal, "{case}");
    let doc = document(s, p, rotaplan::messages::Lang::En);
    let v = verify(s, &PlanFile::of(&doc));
    assert!(v.ok(), "{case}: verifier rejects: {:?}", v.violations);
}

#[test]
fn planner_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261121);
    let (mut feasible, mut infeasible, mut breaching) = (0, 0, 0);
    for case in 0..300 {
        let s = random_scenario(&mut rng);
        assert!(
            validate(&s).is_empty(),
            "case {case}: generator made an invalid scenario: {:?}",
            validate(&s)
        );
        let best = brute_force(&s);
        narrowing_keeps_every_eligible_post(&s);
        match (plan::plan(&s, &plan::Options::default()), best) {
            (Ok(p), Some(best)) => {
                feasible += 1;
                assert_eq!(
                    p.total(),
                    best,
                    "case {case}: planner cost differs from brute force\n{}",
                    serde_yaml::to_string(&s).unwrap()
                );
                let doc = document(&s, &p, rotaplan::messages::Lang::En);
                let file = PlanFile::of(&doc);
                let v = verify(&s, &file);
                assert!(
                    v.ok(),
                    "case {case}: verifier rejects the plan: {:?}",
                    v.violations
                );
                breaching += usize::from(!v.breaches.is_empty());
            }
            (Err(Error::Infeasible(_)), None) => infeasible += 1,
            (Ok(p), None) => panic!(
                "case {case}: planner found cost {} but brute force found no feasible plan\n{}",
                p.total(),
                serde_yaml::to_string(&s).unwrap()
            ),
            (Err(e), best) => panic!(
                "case {case}: planner failed ({e}) but brute force found {best:?}\n{}",
                serde_yaml::to_string(&s).unwrap()
            ),
        }
    }
    // The generator must exercise both outcomes, or the test proves little.
    assert!(
        feasible > 150 && infeasible > 5 && breaching > 8,
        "feasible {feasible}, infeasible {infeasible}, plans breaking a soft rule {breaching}"
    );
}

/// With one or three pricing steps, parts that break a side row are left to the narrowing
/// by reduced costs (and the repair of the priced flow) before the integer program: its
/// plans must still cost the brute-force optimum, pass the verifier, and be called optimal.
#[test]
fn narrowed_search_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261206);
    let (mut feasible, mut unsettled) = (0, 0);
    for case in 0..600 {
        let s = random_scenario(&mut rng);
        let Some(best) = brute_force(&s) else {
            continue;
        };
        for rounds in [1, 3] {
            let mut opts = plan::Options::default();
            opts.limits.pricing_rounds = rounds;
            // With three rounds, each integer program tries its linear relaxation first.
            if rounds == 3 {
                opts.limits.relax_from = 0;
            }
            let p = plan::plan(&s, &opts).unwrap_or_else(|e| {
                panic!(
                    "case {case}, {rounds} rounds: {e} but brute force found {best}\n{}",
                    serde_yaml::to_string(&s).unwrap()
                )
            });
            assert_optimal_and_verified(&s, &p, best, &format!("case {case}, {rounds} rounds"));
            unsettled += usize::from(p.method.by_flow < p.method.parts);
        }
        feasible += 1;
    }
    // Enough parts must have reached the narrowing, or the test proves little.
    assert!(
        feasible > 300 && unsettled > 45,
        "feasible {feasible}, parts left to narrowing in {unsettled} runs"
    );
}

/// Soft unit caps and relatives, tight enough to be missed: every plan, from the flows, the
/// narrowing or the integer program, costs the brute-force optimum with each unit missed
/// paid for, and passes the verifier.
#[test]
fn soft_rows_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261207);
    let (mut plans, mut missed) = (0, 0);
    for case in 0..300 {
        let mut s = random_scenario(&mut rng);
        let cap = &mut s.rules.unit_cap;
        cap.enabled = true;
        cap.level = Hardness::Soft;
        cap.penalty = rng.gen_range(0..120);
        cap.max_in = rng.gen_range(0..=1);
        cap.max_out = rng.gen_range(0..=1);
        let relatives = &mut s.rules.relatives;
        relatives.level = Hardness::Soft;
        relatives.penalty = rng.gen_range(0..200);
        let Some(best) = brute_force(&s) else {
            continue;
        };
        let mut opts = plan::Options::default();
        opts.limits.pricing_rounds = [1, 60][case % 2];
        let p = plan::plan(&s, &opts)
            .unwrap_or_else(|e| panic!("case {case}: {e} but brute force found {best}"));
        assert_eq!(
            p.total(),
            best,
            "case {case}: planner cost differs from brute force\n{}",
            serde_yaml::to_string(&s).unwrap()
        );
        assert_eq!(p.status, rotaplan::solve::Status::Optimal, "case {case}");
        let doc = document(&s, &p, rotaplan::messages::Lang::En);
        let v = verify(&s, &PlanFile::of(&doc));
        assert!(v.ok(), "case {case}: verifier rejects: {:?}", v.violations);
        let rows = ["relatives", "unit_cap"];
        let paid: i64 = doc
            .breaches
            .iter()
            .filter(|b| rows.contains(&b.rule.as_str()))
            .map(|b| b.points)
            .sum();
        missed += usize::from(paid > 0);
        plans += 1;
    }
    assert!(
        plans > 150 && missed > 20,
        "plans {plans}, plans that miss a soft row {missed}"
    );
}

/// What a run of random scenarios under a rule came to: plans (each at the brute-force
/// optimum, called optimal and verified), scenarios where the rule changed the optimum or
/// left no plan, and scenarios with no plan.
#[derive(Default)]
struct Tally {
    plans: usize,
    binding: usize,
    infeasible: usize,
    /// Plans with a part the priced flows did not settle.
    unsettled: usize,
}

impl Tally {
    /// Plans `s` and checks it against the brute force; `free` is the optimum without the
    /// rule under test. The plan, where there is one.
    fn record(
        &mut self,
        s: &Scenario,
        opts: &plan::Options,
        free: Option<i64>,
        case: usize,
    ) -> Option<plan::Plan> {
        // Every other pair of cases, each integer program tries its linear relaxation first
        // (only larger ones do by default).
        let mut opts = opts.clone();
        if case % 4 >= 2 {
            opts.limits.relax_from = 0;
        }
        match (plan::plan(s, &opts), brute_force(s)) {
            (Ok(p), Some(best)) => {
                assert_optimal_and_verified(s, &p, best, &format!("case {case}"));
                self.binding += usize::from(free != Some(best));
                self.plans += 1;
                self.unsettled += usize::from(p.method.by_flow < p.method.parts);
                Some(p)
            }
            (Err(Error::Infeasible(_)), None) => {
                self.infeasible += 1;
                self.binding += usize::from(free.is_some());
                None
            }
            (got, best) => panic!(
                "case {case}: planner {:?}, brute force {best:?}\n{}",
                got.map(|p| p.total()),
                serde_yaml::to_string(s).unwrap()
            ),
        }
    }
}

/// Caps on cycles and chains (`rules.exchange`), met by cuts the solver adds as it goes:
/// every plan costs the brute-force optimum under the caps, where the verifier's own search
/// for a pairing of seats decides what is within them, and passes the verifier.
#[test]
fn exchange_caps_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261208);
    let mut tally = Tally::default();
    for case in 0..400 {
        let mut s = random_scenario(&mut rng);
        let free = brute_force(&s);
        let caps = [None, Some(0), Some(1), Some(2), Some(3)];
        let exchange = &mut s.rules.exchange;
        exchange.max_cycle = caps[rng.gen_range(0..caps.len())];
        exchange.max_chain = caps[rng.gen_range(0..caps.len())];
        if exchange.max_cycle.is_none() && exchange.max_chain.is_none() {
            exchange.max_cycle = Some(2);
        }
        let mut opts = plan::Options::default();
        opts.limits.pricing_rounds = [1, 60][case % 2];
        tally.record(&s, &opts, free, case);
    }
    let Tally {
        plans,
        binding,
        infeasible,
        ..
    } = tally;
    assert!(
        plans > 150 && binding > 30 && infeasible > 5,
        "plans {plans}, caps changing the optimum {binding}, no plan {infeasible}"
    );
}

/// Wishes priced by rank and, where asked for, no one placed below their wish to stay:
/// every official who holds a post lists wishes, `stay` among them mostly; every plan
/// costs the brute-force optimum (the verifier ranks the placements on its own) and passes
/// the verifier, and the wish to stay changes the optimum or leaves no plan in some.
#[test]
fn wishes_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261209);
    let mut tally = Tally::default();
    for case in 0..300 {
        let mut s = random_scenario(&mut rng);
        s.weights.wish = rng.gen_range(0..40);
        let places = wish_places(&s.posts, &s.units);
        for o in &mut s.officials {
            o.wishes = random_wishes(&mut rng, &places, o.post.is_some(), 0.8);
        }
        s.rules.individual_rationality.enabled = false;
        let free = brute_force(&s);
        s.rules.individual_rationality.enabled = rng.gen_bool(0.8);
        tally.record(&s, &plan::Options::default(), free, case);
    }
    let Tally {
        plans,
        binding,
        infeasible,
        ..
    } = tally;
    assert!(
        plans > 150 && binding > 10 && infeasible > 5,
        "plans {plans}, the wish to stay changing the optimum {binding}, no plan {infeasible}"
    );
}

/// `s` with unit caps, relatives, a move limit, a take pin and a phase-in.
fn with_every_side_row(mut s: Scenario, rng: &mut ChaCha8Rng, case: usize) -> Scenario {
    let n = s.officials.len();
    let rules = &mut s.rules;
    rules.unit_cap.enabled = true;
    rules.unit_cap.max_in = rng.gen_range(1..=3);
    rules.unit_cap.max_out = rng.gen_range(1..=3);
    rules.move_limit.max = Some(rng.gen_range(2..=4));
    rules.phase_in.officials = s.officials.iter().map(|o| o.id.clone()).collect();
    rules.phase_in.at_least = 1;
    let a = rng.gen_range(0..n);
    let b = (a + 1) % n;
    let relative = s.officials[b].id.clone();
    s.officials[a].relatives.push(relative);
    // A take pin on a post open to the official without the side rows.
    let pinned = rng.gen_range(0..n);
    if let Ok(p) = plan::plan(&s, &plan::Options::default()) {
        if let Some(&q) = p.eligible[pinned].choose(rng) {
            s.pins.push(Pin {
                official: s.officials[pinned].id.clone(),
                take: Some(s.posts[q].id.clone()),
                ..Default::default()
            });
        }
    }
    // A pin on someone at retirement age is refused (E114): without it, then.
    if !validate(&s).is_empty() {
        s.pins.pop();
    }
    assert!(validate(&s).is_empty(), "case {case}: {:?}", validate(&s));
    s
}

/// Every side row at once: unit caps, relatives, a move limit, a take pin and a phase-in
/// in each scenario, priced for one step, three or the default: every plan (from the
/// flows, their pooled pairs, the narrowing or the integer program) costs the brute-force
/// optimum and passes the verifier, and each scenario without a plan is found to have none.
#[test]
fn every_side_row_at_once_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261207);
    let mut tally = Tally::default();
    for case in 0..400 {
        let s = random_scenario(&mut rng);
        let free = brute_force(&s);
        let s = with_every_side_row(s, &mut rng, case);
        let mut opts = plan::Options::default();
        opts.limits.pricing_rounds = [1, 3, 60][case % 3];
        tally.record(&s, &opts, free, case);
    }
    let Tally {
        plans,
        binding,
        infeasible,
        unsettled,
    } = tally;
    assert!(
        plans > 120 && binding > 150 && infeasible > 100 && unsettled > 25,
        "plans {plans}, side rows changing the optimum {binding}, no plan {infeasible}, \
         left to the integer program {unsettled}"
    );
}

/// A part whose prices take long has its linear relaxation solved beside them (on another
/// thread when one is free) and dropped when they settle it: the plan must not depend on the
/// number of threads. Every integer program of these scenarios tries the relaxation.
#[test]
fn plans_do_not_depend_on_the_threads() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261208);
    let pool = |n| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    };
    let (one, three) = (pool(1), pool(3));
    let mut plans = 0;
    for case in 0..200 {
        let s = random_scenario(&mut rng);
        let s = with_every_side_row(s, &mut rng, case);
        let mut opts = plan::Options::default();
        opts.limits.relax_from = 0;
        let run = |pool: &rayon::ThreadPool| {
            pool.install(|| plan::plan(&s, &opts))
                .map(|p| format!("{:?} {:?} {:?}", p.after, p.status, p.cost))
                .map_err(|e| e.to_string())
        };
        let got = run(&one);
        assert_eq!(got, run(&three), "case {case}");
        plans += usize::from(got.is_ok());
    }
    assert!(plans > 60, "plans {plans}");
}

/// Composition targets: women, officials under an age and ethnic-minority officials in
/// each unit's leadership (or a parent's units together), hard or soft: every plan costs
/// the brute-force optimum (the verifier counts each leadership on its own) and passes the
/// verifier, and the targets change the optimum or leave no plan in some.
#[test]
fn composition_targets_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261210);
    let mut tally = Tally::default();
    let mut soft = 0;
    for case in 0..300 {
        let mut s = random_scenario(&mut rng);
        for o in &mut s.officials {
            o.ethnic_minority = rng.gen_bool(0.3);
        }
        let free = brute_force(&s);
        let c = &mut s.rules.composition;
        if rng.gen_bool(0.3) {
            c.scope = CompositionScope::Parent;
        }
        if rng.gen_bool(0.3) {
            c.roles = vec![Role::Head, Role::Deputy, Role::Member];
        }
        let target = |rng: &mut ChaCha8Rng| {
            rng.gen_bool(0.6).then(|| Target {
                min: rng.gen_range(0..=1),
                min_share: rng.gen_bool(0.3).then(|| [0.3, 0.5][rng.gen_range(0..2)]),
                ..Target::default()
            })
        };
        c.women = target(&mut rng);
        c.ethnic_minority = target(&mut rng);
        c.under_age = target(&mut rng).map(|t| Target {
            age: Some(rng.gen_range(40..=55)),
            ..t
        });
        if rng.gen_bool(0.2) {
            if let Some(t) = c.women.as_mut() {
                t.units = vec![s.units[0].id.clone()];
            }
        }
        if rng.gen_bool(0.3) {
            c.level = Hardness::Soft;
            c.penalty = rng.gen_range(0..300);
            soft += 1;
        }
        assert!(validate(&s).is_empty(), "case {case}: {:?}", validate(&s));
        let mut opts = plan::Options::default();
        opts.limits.pricing_rounds = [1, 60][case % 2];
        tally.record(&s, &opts, free, case);
    }
    let Tally {
        plans,
        binding,
        infeasible,
        ..
    } = tally;
    assert!(
        plans > 120 && binding > 50 && infeasible > 50 && soft > 40,
        "plans {plans}, targets changing the optimum {binding}, no plan {infeasible}, soft {soft}"
    );
}

/// Developmental rotation (`titles`, `rules.development`, `served`): every plan costs the
/// brute-force optimum, where the verifier reckons what each move gives on its own, and a
/// requirement due this year (hard or soft) binds as the verifier judges it.
#[test]
fn development_cost_equals_brute_force_optimum() {
    let mut rng = ChaCha8Rng::seed_from_u64(20261207);
    let mut tally = Tally::default();
    let (mut gaining, mut due) = (0, 0);
    let words = [
        "commune",
        "district",
        "province",
        "party",
        "government",
        "front",
        "other_bloc",
        "other_unit",
    ];
    for case in 0..300 {
        let mut s = random_scenario(&mut rng);
        let free = brute_force(&s);
        let pick = |rng: &mut ChaCha8Rng| -> Vec<Experience> {
            words
                .iter()
                .filter(|_| rng.gen_bool(0.3))
                .map(|w| Experience::from_word(w).unwrap())
                .collect()
        };
        for title in ["Trưởng phòng", "Phó phòng", "Bí thư", "Chủ tịch"] {
            if rng.gen_bool(0.6) {
                let needs = pick(&mut rng);
                s.titles.insert(title.into(), TitleNeeds { needs });
            }
        }
        if rng.gen_bool(0.3) {
            let needs = pick(&mut rng);
            s.rules.development.needs.insert(Level::District, needs);
        }
        for o in &mut s.officials {
            if rng.gen_bool(0.3) {
                o.pipeline.push("Chủ tịch".into());
            }
            let mut places: Vec<String> = s.units.iter().map(|u| u.id.0.clone()).collect();
            places.extend(s.posts.iter().map(|p| p.id.0.clone()));
            places.extend(words.iter().map(|w| w.to_string()));
            o.served = places.into_iter().filter(|_| rng.gen_bool(0.1)).collect();
        }
        // A title no post or pipeline names is refused (E121).
        let named: Vec<String> = s
            .posts
            .iter()
            .map(|p| p.title.to_lowercase())
            .chain(
                s.officials
                    .iter()
                    .flat_map(|o| o.pipeline.iter().map(|t| t.to_lowercase())),
            )
            .collect();
        s.titles.retain(|t, _| named.contains(&t.to_lowercase()));
        s.weights.development = rng.gen_range(0..80);
        if rng.gen_bool(0.3) {
            s.rules.development.by = Some([2026, 2027][rng.gen_range(0..2)]);
            due += usize::from(s.rules.development.by == Some(2026));
            if rng.gen_bool(0.4) {
                s.rules.development.level = Hardness::Soft;
                s.rules.development.penalty = rng.gen_range(0..300);
            }
        }
        assert!(validate(&s).is_empty(), "case {case}: {:?}", validate(&s));
        let mut opts = plan::Options::default();
        opts.limits.pricing_rounds = [1, 60][case % 2];
        if let Some(p) = tally.record(&s, &opts, free, case) {
            gaining += usize::from(p.cost.get(&rotaplan::rules::CostTerm::Development) < Some(&0));
        }
    }
    let Tally {
        plans,
        binding,
        infeasible,
        ..
    } = tally;
    assert!(
        plans > 150 && binding > 50 && infeasible > 10 && gaining > 40 && due > 30,
        "plans {plans}, changing the optimum {binding}, no plan {infeasible}, with gains {gaining}, due {due}"
    );
}
