//! All years as one integer program. Each official's path through the years is a unit of
//! flow through states (post held, year taken, last rotation, experience gained): a layer
//! per year and an
//! arc per eligible placement. Each layer's arcs and prices come from the ordinary rules
//! applied to a copy of the official in every state reachable by then, so the joint model
//! and the yearly plans judge every placement the same way; the joint plan is then
//! replayed year by year, costed and verified like any other.

use super::{walk, Mode, Options, Progress, Run, Start};
use crate::error::{Error, Problem, Result};
use crate::messages::{Msg, K};
use crate::model::{build, Candidates, Model, Origin, Row, Sense};
use crate::rules::relatives::conflict_groups;
use crate::rules::{self, Ctx};
use crate::scenario::{Date, Index, Official, Pin, PostId, Scenario};
use crate::solve::{solve, Limits, Solved};
use std::collections::{BTreeMap, BTreeSet};

/// Arcs beyond which the joint model is refused (it would not solve in useful time).
const MAX_ARCS: usize = 1_500_000;

/// What of an official changes from year to year: the post, when it was taken, and the
/// years of experience gained in each field since the horizon began.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct State {
    post: Option<PostId>,
    since: Option<Date>,
    last_rotation: Option<Date>,
    gained: BTreeMap<String, u32>,
    /// Units left since the horizon began, in order (only where titles need experience).
    left: Vec<String>,
}

impl State {
    fn of(o: &Official) -> State {
        State {
            post: o.post.clone(),
            since: o.since,
            last_rotation: o.last_rotation,
            gained: BTreeMap::new(),
            left: Vec::new(),
        }
    }

    /// The state a year on, having held `post` (of `sector`) through a plan taking effect
    /// `when`; `left` is the unit of the post held now, where the record keeps it.
    fn after(&self, post: &PostId, sector: &str, when: Date, left: Option<&str>) -> State {
        let mut next = if self.post.as_ref() == Some(post) {
            self.clone()
        } else {
            let mut units = self.left.clone();
            if let Some(u) = left.filter(|u| !units.iter().any(|x| x == u)) {
                units.push(u.to_string());
            }
            State {
                post: Some(post.clone()),
                since: Some(when),
                last_rotation: Some(when),
                gained: self.gained.clone(),
                left: units,
            }
        };
        *next.gained.entry(sector.to_string()).or_default() += 1;
        next
    }
}

/// The joint plan, replayed and verified year by year; None when no plan exists.
pub fn solve_joint(
    start: &Start,
    opts: &Options,
    known: Option<&Run>,
    progress: &dyn Progress,
) -> Result<Option<Run>> {
    let clock = std::time::Instant::now();
    let first = start.state.as_of(opts.from);
    let records: Vec<Official> = first.officials.clone();
    let index_of: BTreeMap<&str, usize> = records
        .iter()
        .enumerate()
        .map(|(g, o)| (o.id.0.as_str(), g))
        .collect();
    let retires = Index::new(&first).retirement;
    let develops = first.has_development();
    let n = records.len();

    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut terms: Vec<[i64; crate::rules::TERMS]> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut constant = [0i64; crate::rules::TERMS];
    let mut post_capacity: Vec<u32> = Vec::new();
    let mut pool_arcs: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut states: BTreeSet<(usize, State)> = records
        .iter()
        .enumerate()
        .map(|(g, o)| (g, State::of(o)))
        .collect();
    let mut inflow: BTreeMap<(usize, State), Vec<usize>> = BTreeMap::new();
    // Per layer, the copies and each copy's (post, arc): to read the solution back as
    // yearly plans, and a known plan onto the arcs.
    let mut layers: Vec<Arcs> = Vec::new();

    for year in opts.from..=opts.to {
        progress.step(Mode::Joint, &format!("building {year}"));
        // Who is still serving, by the same dates `advance` applies year by year.
        let present = |g: usize| {
            records[g].leaves.is_none_or(|d| !first.reached(d, year))
                && !first.reached(retires[g], year)
        };
        let copies: Vec<(usize, State)> = states
            .iter()
            .filter(|(g, _)| present(*g))
            .cloned()
            .collect();
        let (s, pins) = layer_scenario(start, opts, year, &records, &copies);
        let ix = Index::new(&s);
        let rules = rules::all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let model = build(&ctx, &rules);
        if pairs.len() + model.cands.pairs.len() > MAX_ARCS {
            return Err(Error::Invalid {
                path: "--mode".into(),
                problems: vec![Problem::new(
                    "E303",
                    String::new(),
                    Msg::new(K::JointTooLarge)
                        .arg("millions", format!("{:.1}", MAX_ARCS as f64 / 1e6))
                        .arg("year", year),
                    Msg::new(K::HintJointTooLarge),
                )],
            });
        }
        let (var0, slot0) = (pairs.len(), post_capacity.len());
        post_capacity.extend(s.posts.iter().map(|p| p.capacity));
        let mut next_inflow: BTreeMap<(usize, State), Vec<usize>> = BTreeMap::new();
        let mut of_copy = vec![Vec::new(); copies.len()];
        for (k, &(c, p)) in model.cands.pairs.iter().enumerate() {
            let (g, st) = &copies[c];
            let v = var0 + k;
            pairs.push((*g, slot0 + p));
            terms.push(model.terms[k]);
            of_copy[c].push((p, v));
            let left = st
                .post
                .as_ref()
                .filter(|_| develops)
                .and_then(|c| ix.post_index(c))
                .map(|c| ix.unit_of(c).id.0.as_str());
            let next = st.after(&s.posts[p].id, &s.posts[p].sector, s.plan_date(), left);
            next_inflow.entry((*g, next)).or_default().push(v);
            if st.post.is_none() {
                pool_arcs[*g].push(v);
            }
        }
        for t in 0..4 {
            constant[t] += model.constant[t];
        }
        let shift = |r: &Row| Row {
            terms: r.terms.iter().map(|&(k, c)| (var0 + k, c)).collect(),
            ..r.clone()
        };
        // Placement, take pins and relatives are per official, not per copy: written below.
        rows.extend(
            model
                .rows
                .iter()
                .filter(|r| !matches!(r.origin.rule, "assignment" | "pins" | "relatives"))
                .map(shift),
        );
        let out_of = |c: usize| -> Vec<(usize, f64)> {
            model.cands.of_official[c]
                .iter()
                .map(|&k| (var0 + k, 1.0))
                .collect()
        };
        for (c, (g, st)) in copies.iter().enumerate() {
            if st.post.is_none() {
                continue;
            }
            let name = &records[*g].name;
            let mut row = out_of(c);
            let rhs = if year == opts.from {
                1.0
            } else {
                row.extend(
                    inflow
                        .get(&(*g, st.clone()))
                        .into_iter()
                        .flatten()
                        .map(|&v| (v, -1.0)),
                );
                0.0
            };
            rows.push(Row {
                terms: row,
                sense: Sense::Eq,
                rhs,
                origin: Origin {
                    rule: "assignment",
                    text: Msg::new(K::RowHoldsOneYear)
                        .arg("name", name)
                        .arg("year", year),
                    about: crate::scenario::About::Whole,
                },
                elastic: None,
            });
        }
        let mut copies_of = vec![Vec::new(); n];
        for (c, (g, _)) in copies.iter().enumerate() {
            copies_of[*g].push(c);
        }
        let arcs_of = |g: usize, posts: &dyn Fn(usize) -> bool| -> Vec<(usize, f64)> {
            copies_of[g]
                .iter()
                .flat_map(|&c| model.cands.of_official[c].iter().copied())
                .filter(|&k| posts(model.cands.pairs[k].1))
                .map(|k| (var0 + k, 1.0))
                .collect()
        };
        for pin in &pins {
            let (Some(take), Some(&g)) = (&pin.take, index_of.get(pin.official.0.as_str())) else {
                continue;
            };
            rows.push(Row {
                terms: arcs_of(g, &|p| s.posts[p].id == *take),
                sense: Sense::Eq,
                rhs: 1.0,
                origin: Origin {
                    rule: "pins",
                    text: Msg::new(K::RowPinTakeYear)
                        .arg("name", &records[g].name)
                        .arg("post", take)
                        .arg("year", year),
                    about: crate::scenario::About::Official {
                        official: pin.official.clone(),
                        stay: false,
                    },
                },
                elastic: None,
            });
        }
        if s.rules.relatives.enabled {
            let groups = conflict_groups(&ctx, &s.rules.relatives);
            for (a, b) in relative_pairs(&records, &index_of) {
                if !present(a) || !present(b) {
                    continue;
                }
                for (label, posts) in &groups {
                    let inside = |p: usize| posts.contains(&p);
                    let (ta, tb) = (arcs_of(a, &inside), arcs_of(b, &inside));
                    if !ta.is_empty() && !tb.is_empty() {
                        let text = Msg::new(K::RowRelativesYear)
                            .arg("a", &records[a].name)
                            .arg("b", &records[b].name)
                            .msg("group", label.clone())
                            .arg("year", year);
                        let mut row = Row::at_most([ta, tb].concat(), 1.0, "relatives", text);
                        row.elastic = s.rules.relatives.soft();
                        rows.push(row);
                    }
                }
            }
        }
        // Next year's states: where the arcs lead, and the pool for those still unplaced.
        states = next_inflow.keys().cloned().collect();
        states.extend(copies.iter().filter(|(_, st)| st.post.is_none()).cloned());
        inflow = next_inflow;
        layers.push(Arcs { copies, of_copy });
    }
    for (g, arcs) in pool_arcs.iter().enumerate() {
        if arcs.len() > 1 {
            let text = Msg::new(K::RowAppointedOnce).arg("name", &records[g].name);
            rows.push(Row::at_most(
                arcs.iter().map(|&v| (v, 1.0)).collect(),
                1.0,
                "assignment",
                text,
            ));
        }
    }

    let hint = if pairs.len() > 50_000 && opts.plan.backend == crate::solve::Backend::Microlp {
        " (large for microlp: --solver highs is much faster here)"
    } else {
        ""
    };
    progress.step(
        Mode::Joint,
        &format!("solving {} variables{hint}", pairs.len()),
    );
    let pairs_len = pairs.len();
    let mut model = Model {
        cands: Candidates::new(n, post_capacity.len(), pairs),
        terms,
        rows,
        constant,
        official_row: vec![None; n],
        must_place: vec![false; n],
        start: known.and_then(|run| on_arcs(run, &records, &index_of, &layers, pairs_len)),
        post_capacity,
        current: vec![None; n],
        exchange: None,
    };
    let limits = Limits {
        flow: false,
        ..opts.plan.limits.clone()
    };
    let solved = match solve(&mut model, opts.plan.backend, &limits) {
        Ok(solved) => solved,
        Err(failure) => return failure.no_plan().map(|_| None),
    };
    let objective: i64 = model.constant_total()
        + (0..model.cands.pairs.len())
            .filter(|&k| solved.chosen[k])
            .map(|k| model.cost(k))
            .sum::<i64>()
        + crate::solve::missed_penalties(&model, &solved.chosen);
    let mut run = replay(start, opts, &records, &layers, &solved)?;
    run.joint_size = Some((model.cands.pairs.len(), model.rows.len()));
    run.seconds = clock.elapsed().as_secs_f64();
    if run.total() != objective {
        return Err(Error::Unverified(format!(
            "the joint model costs {objective} but its years, costed one by one, add up to {}",
            run.total()
        )));
    }
    Ok(Some(run))
}

/// The scenario of `year` with a copy of the official for each state in `copies` (their
/// relatives are handled by the joint rows), the phase-in of that year over the copies,
/// and each pin repeated for every copy; also the year's pins as written.
fn layer_scenario(
    start: &Start,
    opts: &Options,
    year: i32,
    records: &[Official],
    copies: &[(usize, State)],
) -> (Scenario, Vec<Pin>) {
    let mut s = start.state.as_of(year);
    s.officials = copies
        .iter()
        .enumerate()
        .map(|(c, (g, st))| {
            let mut experience = records[*g].experience.clone();
            for (field, years) in &st.gained {
                *experience.entry(field.clone()).or_default() += years;
            }
            let mut served = records[*g].served.clone();
            for u in &st.left {
                if !served.contains(u) {
                    served.push(u.clone());
                }
            }
            Official {
                id: format!("{}~{c}", records[*g].id).as_str().into(),
                served,
                post: st.post.clone(),
                since: st.since,
                last_rotation: st.last_rotation,
                relatives: Vec::new(),
                experience,
                ..records[*g].clone()
            }
        })
        .collect();
    s.rules.phase_in = start.phase_in(
        opts,
        year,
        s.officials
            .iter()
            .zip(copies)
            .map(|(copy, (g, _))| (copy, &records[*g].id)),
    );
    let pins = std::mem::take(&mut s.pins);
    for pin in &pins {
        for (c, (g, _)) in copies.iter().enumerate() {
            if records[*g].id == pin.official {
                let mut p = pin.clone();
                p.official = s.officials[c].id.clone();
                s.pins.push(p);
            }
        }
    }
    (s, pins)
}

/// One layer's arcs by copy.
struct Arcs {
    /// (official, state) of each copy.
    copies: Vec<(usize, State)>,
    /// (post, arc) of each copy.
    of_copy: Vec<Vec<(usize, usize)>>,
}

/// A run's plans as a choice of the joint model's arcs; None if a placement has no arc.
fn on_arcs(
    run: &Run,
    records: &[Official],
    index_of: &BTreeMap<&str, usize>,
    arc_at: &[Arcs],
    n_arcs: usize,
) -> Option<Vec<bool>> {
    let mut x = vec![false; n_arcs];
    for (year, arcs) in run.years.iter().zip(arc_at) {
        let copy: BTreeMap<&(usize, State), usize> = arcs
            .copies
            .iter()
            .enumerate()
            .map(|(c, key)| (key, c))
            .collect();
        for (o, official) in year.scenario.officials.iter().enumerate() {
            let Some(p) = year.plan.after[o] else {
                continue;
            };
            let g = *index_of.get(official.id.0.as_str())?;
            let mut state = State::of(official);
            for (field, &years) in &official.experience {
                let base = records[g].experience.get(field).copied().unwrap_or(0);
                if years > base {
                    state.gained.insert(field.clone(), years - base);
                }
            }
            let c = *copy.get(&(g, state))?;
            let &(_, v) = arcs.of_copy[c].iter().find(|&&(q, _)| q == p)?;
            x[v] = true;
        }
    }
    Some(x)
}

/// Each pair of relatives once, by index into `records`.
fn relative_pairs(
    records: &[Official],
    index_of: &BTreeMap<&str, usize>,
) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    for (a, o) in records.iter().enumerate() {
        for r in &o.relatives {
            if let Some(&b) = index_of.get(r.0.as_str()) {
                out.insert((a.min(b), a.max(b)));
            }
        }
    }
    out
}

/// The joint solution as yearly plans: each year's placements costed by that year's own
/// model and checked by the verifier.
fn replay(
    start: &Start,
    opts: &Options,
    records: &[Official],
    layers: &[Arcs],
    solved: &Solved,
) -> Result<Run> {
    walk(start, opts, Mode::Joint, |year, s| {
        let layer = &layers[(year - opts.from) as usize];
        let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
        for ((g, _), arcs) in layer.copies.iter().zip(&layer.of_copy) {
            for &(p, _) in arcs.iter().filter(|&&(_, v)| solved.chosen[v]) {
                by_id.insert(records[*g].id.0.as_str(), p);
            }
        }
        let after: Vec<Option<usize>> = s
            .officials
            .iter()
            .map(|o| by_id.get(o.id.0.as_str()).copied())
            .collect();
        crate::plan::assess(s, &after, solved, opts.plan.backend).ok_or_else(|| {
            Error::Unverified(format!(
                "the joint plan places someone in {year} where that year's rules do not allow"
            ))
        })
    })
}
