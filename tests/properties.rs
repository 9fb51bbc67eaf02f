//! Property tests (proptest): on random valid small scenarios, with weights drawn over
//! their whole range (0 to 100,000, edges included) and every rule switched on or off,
//! the plan passes the independent verifier, its reported cost is the verifier's, and it
//! costs no more than the cheapest placement found by trying them all.

mod common;
use common::random::{brute_force, random_scenario};
use proptest::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rotaplan::plan::{self, document};
use rotaplan::scenario::{validate, Unfilled, Weights};
use rotaplan::verify::{verify, PlanFile};
use rotaplan::Error;

/// A weight anywhere in its range, the edges more often.
fn weight() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), Just(100_000i64), 0i64..=100_000, 0i64..=500]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn plans_verify_cost_what_the_verifier_says_and_beat_brute_force(
        seed in any::<u64>(),
        w in (weight(), weight(), weight(), weight(), weight()),
        relatives in any::<bool>(),
        rating_gate in any::<bool>(),
        qualification in any::<bool>(),
    ) {
        let mut s = random_scenario(&mut ChaCha8Rng::seed_from_u64(seed));
        s.weights = Weights {
            wasted_expertise: w.0,
            unfilled: Unfilled::All(w.1),
            unfilled_key: w.2,
            move_: w.3,
            promotion: w.4,
            planned_promotion: w.4,
            change: 1000,
            wish: w.3,
            development: w.3,
        };
        s.rules.relatives.enabled = relatives;
        s.rules.rating_gate.enabled = rating_gate;
        s.rules.qualification.enabled = qualification;
        prop_assume!(validate(&s).is_empty());
        let best = brute_force(&s);
        match plan::plan(&s, &plan::Options::default()) {
            Ok(p) => {
                let doc = document(&s, &p, rotaplan::messages::Lang::En);
                let v = verify(&s, &PlanFile::of(&doc));
                prop_assert!(v.ok(), "verifier rejects the plan: {:?}", v.violations);
                prop_assert_eq!(doc.cost.total, v.cost.total);
                prop_assert_eq!(p.status, rotaplan::solve::Status::Optimal);
                let best = best.expect("the brute force finds the plan's placement too");
                prop_assert!(p.total() <= best, "plan {} above brute force {}", p.total(), best);
                prop_assert_eq!(p.total(), best);
            }
            Err(Error::Infeasible(_)) => prop_assert_eq!(best, None),
            Err(e) => prop_assert!(false, "the planner failed: {}", e),
        }
    }
}
