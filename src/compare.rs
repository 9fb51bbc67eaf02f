//! `compare`: scenarios and their variants solved side by side, in parallel with rayon,
//! and summed up in one row each with its difference against the first (the base). Rows
//! come in the order given, so the output does not depend on the number of threads.

use crate::diff::{diff, PlanDiff};
use crate::error::Error;
use crate::plan::{self, document, GroupKind, KeyTitle, PlanDoc};
use crate::rules::CostTerm;
use crate::scenario::load;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a long run reports as it goes; the CLI draws progress bars from it.
pub trait Progress: Sync {
    fn stage(&self, _index: usize, _stage: &str) {}
    fn finished(&self, _index: usize, _outcome: &str) {}
}

/// Reports nothing.
pub struct Silent;
impl Progress for Silent {}

/// The figures of one solved plan that a comparison shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub total: i64,
    pub terms: BTreeMap<CostTerm, i64>,
    pub moves: u32,
    pub swaps: u32,
    pub cycles: u32,
    pub chains: u32,
    pub unfilled_seats: u32,
    pub heads_over_limit: u32,
    pub key_posts: Vec<KeyTitle>,
    pub relatives_conflicts: u32,
    /// Composition targets the plan misses, where any is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub composition_short: Option<u32>,
    /// Moves that give a pipeline official what a planned title needs, where titles need any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub developmental: Option<u32>,
    pub status: crate::solve::Status,
    pub proven_optimal: bool,
}

impl Summary {
    fn of(d: &PlanDoc) -> Summary {
        let count = |k: GroupKind| d.groups.iter().filter(|g| g.kind == k).count() as u32;
        Summary {
            total: d.cost.total,
            terms: d.cost.terms.clone(),
            moves: d.moves.len() as u32,
            swaps: count(GroupKind::Swap),
            cycles: count(GroupKind::Cycle),
            chains: count(GroupKind::Chain),
            unfilled_seats: d.unfilled.iter().map(|u| u.empty_seats).sum(),
            heads_over_limit: d.compliance_after.heads_over_limit.len() as u32,
            key_posts: d.compliance_after.key_posts.clone(),
            relatives_conflicts: d.compliance_after.relatives_conflicts.len() as u32,
            composition_short: d
                .compliance_after
                .composition_short
                .as_ref()
                .map(|v| v.len() as u32),
            developmental: d
                .compliance_after
                .pipeline_short
                .as_ref()
                .map(|_| d.moves.iter().filter(|m| !m.develops.is_empty()).count() as u32),
            status: d.solver.status,
            proven_optimal: d.solver.proven_optimal,
        }
    }
}

/// This row minus the base row, where both were solved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    pub total: i64,
    pub terms: BTreeMap<CostTerm, i64>,
    pub moves: i64,
    pub unfilled_seats: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Outcome {
    Solved {
        summary: Summary,
        vs_base: Option<Delta>,
    },
    Infeasible {
        reason: String,
    },
    /// The file could not be read or resolved; the full error is in `errors` of the report.
    Invalid {
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub scenario: String,
    pub file: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// Solve time; only when asked for, since it differs from run to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub rows: Vec<Row>,
    /// With `--diff`: each solved scenario against the base, official by official.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diffs: Vec<PlanDiff>,
}

/// One scenario's result: its plan document, or the error that stopped it.
pub struct Solved {
    pub file: PathBuf,
    pub result: Result<PlanDoc, Error>,
    pub seconds: f64,
}

/// The scenario files named by `paths`: files as given, folders as their `.yaml` and
/// `.yml` files in name order.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let read = std::fs::read_dir(p).map_err(|source| Error::Read {
                path: p.clone(),
                source,
            })?;
            let mut files: Vec<PathBuf> = read
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Solves every file in parallel; results in the order of `files`.
pub fn solve_all(files: &[PathBuf], opts: &plan::Options, progress: &dyn Progress) -> Vec<Solved> {
    files
        .par_iter()
        .enumerate()
        .map(|(i, file)| {
            progress.stage(i, "loading");
            let start = std::time::Instant::now();
            let result = load(file).and_then(|s| {
                progress.stage(i, "solving");
                let p = plan::plan(&s, opts)?;
                Ok(document(&s, &p, opts.lang))
            });
            let word = match &result {
                Ok(_) => "solved",
                Err(Error::Infeasible(_)) => "infeasible",
                Err(_) => "invalid",
            };
            progress.finished(i, word);
            Solved {
                file: file.clone(),
                result,
                seconds: start.elapsed().as_secs_f64(),
            }
        })
        .collect()
}

fn stem(file: &Path) -> String {
    file.file_stem().map_or_else(
        || file.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// The comparison table of solved results; the first is the base.
pub fn compare(
    solved: &[Solved],
    with_diffs: bool,
    with_timings: bool,
    lang: crate::messages::Lang,
) -> Comparison {
    let base = solved.first().and_then(|s| s.result.as_ref().ok());
    let base_summary = base.map(Summary::of);
    let mut diffs = Vec::new();
    let rows = solved
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (scenario, outcome) = match &s.result {
                Ok(d) => {
                    let summary = Summary::of(d);
                    let vs_base = base_summary.as_ref().filter(|_| i > 0).map(|b| Delta {
                        total: summary.total - b.total,
                        terms: CostTerm::EVERY
                            .iter()
                            .filter(|t| {
                                CostTerm::ALL.contains(t)
                                    || summary.terms.contains_key(t)
                                    || b.terms.contains_key(t)
                            })
                            .map(|&t| {
                                (
                                    t,
                                    summary.terms.get(&t).unwrap_or(&0)
                                        - b.terms.get(&t).unwrap_or(&0),
                                )
                            })
                            .collect(),
                        moves: summary.moves as i64 - b.moves as i64,
                        unfilled_seats: summary.unfilled_seats as i64 - b.unfilled_seats as i64,
                    });
                    if with_diffs && i > 0 {
                        if let Some(b) = base {
                            diffs.push(diff(b, d));
                        }
                    }
                    (d.scenario.clone(), Outcome::Solved { summary, vs_base })
                }
                Err(Error::Infeasible(diag)) => {
                    let reason = diag.one_line(lang);
                    (diag.scenario.clone(), Outcome::Infeasible { reason })
                }
                Err(e) => {
                    let words = e.render(lang);
                    let first = words.lines().next().unwrap_or_default().to_string();
                    (stem(&s.file), Outcome::Invalid { reason: first })
                }
            };
            Row {
                scenario,
                file: s.file.display().to_string(),
                outcome,
                seconds: with_timings.then_some(s.seconds),
            }
        })
        .collect();
    Comparison { rows, diffs }
}
