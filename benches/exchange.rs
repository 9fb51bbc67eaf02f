//! Exchange caps (`rules.exchange`) on the province and national presets: each planned
//! end to end in the library with `max_cycle` 2 and 3 (and the province with `max_chain`
//! 3 under a time limit), one run each, with the cost, the status, the largest cycle and
//! chain of the plan, and the parts the min-cost flow settled. Targets (issue 13): province
//! under 2 s, national under 60 s on 2 cores, proven optimal.
//!   cargo bench --bench exchange          (EXCHANGE_ONLY=province for the province alone)
use rotaplan::generate::{generate, Spec};
use rotaplan::messages::Lang;
use rotaplan::plan::{document, plan, GroupKind, Options};
use rotaplan::scenario::Scenario;
use std::time::Instant;

fn main() {
    let only = std::env::var("EXCHANGE_ONLY").unwrap_or_default();
    let presets = [
        ("province", Spec::province(1)),
        ("national", Spec::national(1)),
    ];
    for (preset, spec) in presets.iter().filter(|(name, _)| name.contains(&only)) {
        let full = generate(spec);
        let base = full.as_of(full.year);
        run(preset, "no caps", &base, None);
        for cycle in [2, 3] {
            let mut s = base.clone();
            s.rules.exchange.max_cycle = Some(cycle);
            run(preset, &format!("max_cycle {cycle}"), &s, None);
        }
        if *preset == "province" {
            let mut s = base.clone();
            s.rules.exchange.max_chain = Some(3);
            run(preset, "max_chain 3, time limit 60 s", &s, Some(60.0));
        }
    }
}

fn run(preset: &str, name: &str, s: &Scenario, time_limit: Option<f64>) {
    let mut opts = Options::default();
    opts.limits = opts.limits.with_time_limit(time_limit);
    let t = Instant::now();
    let result = plan(s, &opts);
    let seconds = t.elapsed().as_secs_f64();
    let outcome = match result {
        Ok(p) => {
            let doc = document(s, &p, Lang::En);
            let longest = |chain: bool| {
                doc.groups
                    .iter()
                    .filter(|g| (g.kind == GroupKind::Chain) == chain)
                    .map(|g| g.officials.len())
                    .max()
                    .unwrap_or(0)
            };
            format!(
                "cost {}, {:?}, longest cycle {}, longest chain {}, {}/{} parts by flow",
                p.total(),
                p.status,
                longest(false),
                longest(true),
                p.method.by_flow,
                p.method.parts
            )
        }
        Err(e) => format!("no plan: {}", e.to_string().lines().next().unwrap_or("")),
    };
    println!("{preset}, {name}: {seconds:.2} s; {outcome}");
}
