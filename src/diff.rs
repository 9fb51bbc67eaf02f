//! `diff`: who is placed differently between two plans, official by official, in words.

use crate::plan::PlanDoc;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub official: String,
    pub name: String,
    /// Where the official ends up in plan A, in words; None when not in scenario A.
    pub a: Option<String>,
    pub b: Option<String>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanDiff {
    pub a: String,
    pub b: String,
    pub cost_a: i64,
    pub cost_b: i64,
    pub changes: Vec<Change>,
}

/// Each official's placement in words, by official id.
fn placements(d: &PlanDoc) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for m in &d.moves {
        out.insert(
            m.official.0.clone(),
            (m.name.clone(), format!("moves to {}", m.to_label)),
        );
    }
    for s in &d.stays {
        let text = match &s.post_label {
            Some(l) => format!("stays as {l}"),
            None => "is not placed".to_string(),
        };
        out.insert(s.official.0.clone(), (s.name.clone(), text));
    }
    out
}

pub fn diff(a: &PlanDoc, b: &PlanDoc) -> PlanDiff {
    let (pa, pb) = (placements(a), placements(b));
    // Two plans of one scenario (two modes, two runs) are told apart as A and B.
    let (la, lb) = if a.scenario == b.scenario {
        ("A".to_string(), "B".to_string())
    } else {
        (a.scenario.clone(), b.scenario.clone())
    };
    let mut ids: Vec<&String> = pa.keys().chain(pb.keys()).collect();
    ids.sort();
    ids.dedup();
    let mut changes = Vec::new();
    for id in ids {
        let (x, y) = (pa.get(id), pb.get(id));
        if x.map(|p| &p.1) == y.map(|p| &p.1) {
            continue;
        }
        let name = x.or(y).map(|p| p.0.clone()).unwrap_or_default();
        let side = |p: Option<&(String, String)>, plan: &str| match p {
            Some((_, t)) => format!("{t} in {plan}"),
            None => format!("is not in {plan}"),
        };
        changes.push(Change {
            official: id.clone(),
            name: name.clone(),
            a: x.map(|p| p.1.clone()),
            b: y.map(|p| p.1.clone()),
            text: format!("{name}: {}; {}", side(x, &la), side(y, &lb)),
        });
    }
    PlanDiff {
        a: a.scenario.clone(),
        b: b.scenario.clone(),
        cost_a: a.cost.total,
        cost_b: b.cost.total,
        changes,
    }
}
