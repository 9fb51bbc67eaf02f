//! A small random scenario: a few units, posts and officials with every rule in play.

use rand::{seq::SliceRandom, Rng};
use rand_chacha::ChaCha8Rng;
use rotaplan::plan::{Assignment, CostDoc};
use rotaplan::scenario::*;
use rotaplan::verify::{verify, PlanFile};
use std::collections::BTreeMap;

const SECTORS: [&str; 3] = ["education", "finance", "party_affairs"];
const TITLES: [&str; 3] = ["Trưởng phòng", "Phó phòng", "Bí thư"];

pub fn random_scenario(rng: &mut ChaCha8Rng) -> Scenario {
    let n_units = rng.gen_range(2..=3);
    let units: Vec<Unit> = (0..n_units)
        .map(|u| Unit {
            id: UnitId(format!("u{u}")),
            name: format!("Đơn vị {u}"),
            level: *[Level::Commune, Level::District].choose(rng).unwrap(),
            parent: None,
            bloc: *[Bloc::Party, Bloc::Government].choose(rng).unwrap(),
            locality: None,
        })
        .collect();
    let mut units = units;
    if rng.gen_bool(0.3) {
        // A province over the first two units; the third stays outside any province.
        units[0].level = Level::Province;
        units[1].parent = Some(units[0].id.clone());
    }
    let n_posts = rng.gen_range(3..=5);
    let posts: Vec<Post> = (0..n_posts)
        .map(|p| Post {
            id: PostId(format!("p{p}")),
            unit: units[rng.gen_range(0..n_units)].id.clone(),
            title: TITLES[rng.gen_range(0..3)].to_string(),
            role: *[Role::Head, Role::Deputy, Role::Member]
                .choose(rng)
                .unwrap(),
            sector: SECTORS[rng.gen_range(0..3)].to_string(),
            grade: None,
            capacity: if rng.gen_bool(0.2) { 2 } else { 1 },
            key: rng.gen_bool(0.3),
            priority: None,
            requires: Requirements {
                years: if rng.gen_bool(0.2) {
                    rng.gen_range(1..8)
                } else {
                    0
                },
                sector: None,
                degree: if rng.gen_bool(0.15) {
                    Some(Degree::Master)
                } else {
                    None
                },
            },
            opens: None,
        })
        .collect();
    let mut seats: Vec<usize> = posts
        .iter()
        .enumerate()
        .flat_map(|(i, p)| vec![i; p.capacity as usize])
        .collect();
    seats.shuffle(rng);
    let n_officials = rng.gen_range(2..=5);
    let mut officials: Vec<Official> = (0..n_officials)
        .map(|o| {
            let post = if rng.gen_bool(0.8) { seats.pop() } else { None };
            let mut experience = BTreeMap::new();
            for s in SECTORS {
                if rng.gen_bool(0.5) {
                    experience.insert(s.to_string(), rng.gen_range(1..20));
                }
            }
            let born = rng.gen_range(1962..1995);
            Official {
                id: OfficialId(format!("o{o}")),
                name: format!("Cán bộ {o}"),
                post: post.map(|p| posts[p].id.clone()),
                since: post.map(|_| rng.gen_range(2012.max(born + 20)..=2026).into()),
                born: born.into(),
                sex: *[Sex::Male, Sex::Female].choose(rng).unwrap(),
                home: units
                    .iter()
                    .filter(|_| rng.gen_bool(0.3))
                    .map(|u| u.id.0.clone())
                    .collect(),
                experience,
                degree: *[Degree::Bachelor, Degree::Master].choose(rng).unwrap(),
                rating: if rng.gen_bool(0.1) {
                    Rating::NotCompleted
                } else {
                    Rating::Good
                },
                pipeline: TITLES
                    .iter()
                    .filter(|_| rng.gen_bool(0.3))
                    .map(|t| t.to_string())
                    .collect(),
                relatives: vec![],
                last_rotation: if post.is_some() && rng.gen_bool(0.2) {
                    Some(rng.gen_range(2022..=2026).into())
                } else {
                    None
                },
                leaves: None,
                wishes: Vec::new(),
                ethnic_minority: false,
                served: Vec::new(),
            }
        })
        .collect();
    if n_officials >= 2 && rng.gen_bool(0.3) {
        officials[0].relatives.push(OfficialId("o1".into()));
    }
    // Sometimes months: in the plan's date and in some of the officials' dates, so that
    // the counts in months meet the brute force and the verifier's own count.
    let month = rng.gen_bool(0.3).then(|| rng.gen_range(1..=12u8));
    if month.is_some() || rng.gen_bool(0.2) {
        let last = month.unwrap_or(12);
        for o in &mut officials {
            for date in [&mut o.since, &mut o.last_rotation] {
                if let Some(d) = date.as_mut().filter(|_| rng.gen_bool(0.6)) {
                    let top = if d.year == 2026 { last } else { 12 };
                    d.month = Some(rng.gen_range(1..=top));
                }
            }
            if rng.gen_bool(0.6) {
                o.born.month = Some(rng.gen_range(1..=12));
            }
        }
    }
    let mut rules = RuleConfig::default();
    rules.non_local.incumbents_must_move = rng.gen_bool(0.5);
    rules.unit_cap.max_in = rng.gen_range(1..=3);
    rules.unit_cap.max_out = rng.gen_range(1..=3);
    rules.relatives.sensitive_sectors = vec!["finance".into()];
    if rng.gen_bool(0.2) {
        let limits = UnitLimits {
            max_in: Some(0),
            max_out: None,
            max_imbalance: None,
        };
        rules.unit_cap.units.insert(units[0].id.clone(), limits);
    }
    for enabled in [
        &mut rules.term_limit.enabled,
        &mut rules.non_local.enabled,
        &mut rules.min_tenure.enabled,
        &mut rules.service_left.enabled,
        &mut rules.unit_cap.enabled,
        &mut rules.promotion.enabled,
    ] {
        *enabled = rng.gen_bool(0.7);
    }
    if rng.gen_bool(0.2) {
        rules.move_limit.max = Some(rng.gen_range(0..=2));
    }
    if rng.gen_bool(0.2) {
        rules.phase_in.officials = officials
            .iter()
            .filter(|_| rng.gen_bool(0.5))
            .map(|o| o.id.clone())
            .collect();
        rules.phase_in.at_least = rng.gen_range(0..=rules.phase_in.officials.len().min(2)) as u32;
    }
    // Pipelines match titles case and diacritics aside.
    for o in &mut officials {
        for t in &mut o.pipeline {
            if rng.gen_bool(0.3) {
                *t = t.to_lowercase();
            }
        }
    }
    let mut weights = Weights {
        wasted_expertise: rng.gen_range(0..15),
        unfilled: Unfilled::All(rng.gen_range(0..150)),
        unfilled_key: rng.gen_range(0..400),
        move_: rng.gen_range(0..40),
        promotion: rng.gen_range(0..20),
        planned_promotion: rng.gen_range(0..60),
        change: 1000,
        wish: 0,
        development: 0,
    };
    let mut posts = posts;
    if rng.gen_bool(0.3) {
        let mut w = || rng.gen_bool(0.7).then(|| rng.gen_range(0..300));
        weights.unfilled = Unfilled::ByRole(UnfilledByRole {
            head: w(),
            deputy: w(),
            member: w(),
            levels: [(
                Level::District,
                RoleWeights {
                    head: w(),
                    deputy: w(),
                    member: w(),
                },
            )]
            .into(),
        });
    }
    // Soft rules: broken where they must, at a penalty each time.
    let mut soften = |level: &mut Hardness, penalty: &mut i64| {
        if rng.gen_bool(0.15) {
            *level = Hardness::Soft;
            *penalty = rng.gen_range(0..300);
        }
    };
    soften(&mut rules.term_limit.level, &mut rules.term_limit.penalty);
    soften(&mut rules.non_local.level, &mut rules.non_local.penalty);
    soften(&mut rules.min_tenure.level, &mut rules.min_tenure.penalty);
    soften(
        &mut rules.service_left.level,
        &mut rules.service_left.penalty,
    );
    soften(&mut rules.rating_gate.level, &mut rules.rating_gate.penalty);
    soften(&mut rules.promotion.level, &mut rules.promotion.penalty);
    soften(&mut rules.demotion.level, &mut rules.demotion.penalty);
    soften(
        &mut rules.qualification.level,
        &mut rules.qualification.penalty,
    );
    soften(&mut rules.relatives.level, &mut rules.relatives.penalty);
    soften(&mut rules.unit_cap.level, &mut rules.unit_cap.penalty);
    // Balanced exchange: everywhere, within one, or for one unit only.
    match rng.gen_range(0..10) {
        0 => rules.unit_cap.balance = true,
        1 => rules.unit_cap.max_imbalance = Some(1),
        2 => {
            let own = rules.unit_cap.units.entry(units[1].id.clone()).or_default();
            own.max_imbalance = Some(0);
        }
        _ => {}
    }
    if rng.gen_bool(0.3) {
        for p in &mut posts {
            p.priority = rng
                .gen_bool(0.5)
                .then(|| *[0.0, 0.5, 1.5, 2.0, 3.0].choose(rng).unwrap());
        }
    }
    let mut pins = Vec::new();
    if rng.gen_bool(0.2) {
        let o = rng.gen_range(0..n_officials);
        let mut pin = Pin {
            official: officials[o].id.clone(),
            ..Default::default()
        };
        match rng.gen_range(0..3) {
            0 => pin.avoid = vec![posts[rng.gen_range(0..n_posts)].id.clone()],
            1 if officials[o].post.is_some() => pin.must_move = true,
            _ => pin.take = Some(posts[rng.gen_range(0..n_posts)].id.clone()),
        }
        // A pin on someone at retirement age cannot bind (E114).
        let o = &officials[o];
        if RetirementTable::default().retirement(o.born, o.sex).year > 2026 {
            pins.push(pin);
        }
    }
    // Wishes: a few posts, units and `stay`, best first, and sometimes no one placed
    // below staying.
    if rng.gen_bool(0.3) {
        weights.wish = rng.gen_range(0..30);
        rules.individual_rationality.enabled = rng.gen_bool(0.7);
        let places = wish_places(&posts, &units);
        for o in &mut officials {
            if rng.gen_bool(0.6) {
                o.wishes = random_wishes(rng, &places, o.post.is_some(), 0.7);
            }
        }
    }
    Scenario {
        name: "random".into(),
        year: 2026,
        month,
        description: None,
        units,
        posts,
        officials,
        rules,
        weights,
        pins,
        retirement: RetirementTable::default(),
        sectors: None,
        titles: Default::default(),
        published: None,
    }
}

/// Every id a wish may name: the posts, then the units.
pub fn wish_places(posts: &[Post], units: &[Unit]) -> Vec<String> {
    let posts = posts.iter().map(|p| p.id.0.clone());
    posts.chain(units.iter().map(|u| u.id.0.clone())).collect()
}

/// Up to two of `places` in a random order, and `stay` among them for an official who
/// holds a post (always when no place was drawn, else with probability `stay`).
pub fn random_wishes(
    rng: &mut ChaCha8Rng,
    places: &[String],
    holds_post: bool,
    stay: f64,
) -> Vec<String> {
    let mut list = places.to_vec();
    list.shuffle(rng);
    list.truncate(rng.gen_range(0..=2));
    if holds_post && (list.is_empty() || rng.gen_bool(stay)) {
        let at = rng.gen_range(0..=list.len());
        list.insert(at, STAY.to_string());
    }
    list
}

/// The cheapest placement the verifier accepts, by trying them all.
pub fn brute_force(s: &Scenario) -> Option<i64> {
    let mut best: Option<i64> = None;
    each_placement(s, |v| {
        if v.violations.iter().all(|x| x.rule == "cost") {
            best = Some(best.map_or(v.cost.total, |b| b.min(v.cost.total)));
        }
    });
    best
}

/// A rule's demand on someone or something, as the verifier names a broken one.
pub type Fact = (String, About);

/// For every placement that keeps the frame of a plan (one post each, seats, scope), the
/// facts it breaks, by the verifier's account.
pub fn broken_facts(s: &Scenario) -> Vec<std::collections::BTreeSet<Fact>> {
    let mut out = Vec::new();
    each_placement(s, |v| {
        let frame = ["plan", "scope", "capacity", "assignment"];
        if v.violations
            .iter()
            .any(|x| frame.contains(&x.rule.as_str()))
        {
            return;
        }
        let broken =
            v.violations
                .iter()
                .filter(|x| x.rule != "cost")
                .map(|x| {
                    let about = x.about.clone().unwrap_or_else(|| {
                        panic!("the verifier names no one for a {} breach", x.rule)
                    });
                    (x.rule.clone(), about)
                })
                .collect();
        out.push(broken);
    });
    out
}

/// The verifier's verdict on every placement of the officials of `s`.
fn each_placement(s: &Scenario, mut f: impl FnMut(&rotaplan::verify::Verdict)) {
    let n = s.officials.len();
    let choices: Vec<Vec<Option<PostId>>> = s
        .officials
        .iter()
        .map(|o| {
            let mut c: Vec<Option<PostId>> = s.posts.iter().map(|p| Some(p.id.clone())).collect();
            if o.post.is_none() {
                c.push(None);
            }
            c
        })
        .collect();
    let mut idx = vec![0usize; n];
    loop {
        let file = PlanFile {
            scenario: s.name.clone(),
            year: None,
            moves: None,
            groups: None,
            cost: CostDoc {
                total: 0,
                terms: BTreeMap::new(),
            },
            published: s.published.clone(),
            assignments: (0..n)
                .map(|o| Assignment {
                    official: s.officials[o].id.clone(),
                    from: s.officials[o].post.clone(),
                    to: choices[o][idx[o]].clone(),
                })
                .collect(),
        };
        f(&verify(s, &file));
        let mut k = 0;
        loop {
            if k == n {
                return;
            }
            idx[k] += 1;
            if idx[k] < choices[k].len() {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
    }
}
