//! Stability: a unit's work is not disrupted by too many arrivals or departures in one plan;
//! and, when asked, each unit receives from other units about as many as it sends to them
//! (arrivals from the pool and seats left empty aside).

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row, Sense};
use crate::scenario::About;
use crate::scenario::UnitCapConfig;

pub struct UnitCap(pub UnitCapConfig);

impl Rule for UnitCap {
    fn code(&self) -> &'static str {
        "unit_cap"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        let caps = Msg::new(K::SumUnitCap)
            .arg("max_in", self.0.max_in)
            .arg("max_out", self.0.max_out);
        match self.0.max_imbalance.or(self.0.balance.then_some(0)) {
            None => caps,
            Some(n) => Msg::new(K::SumUnitBalance).msg("caps", caps).arg("n", n),
        }
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        if !self.0.enabled {
            return;
        }
        let ix = ctx.ix;
        let n = ctx.scenario().units.len();
        let (mut arrive, mut leave) = (vec![Vec::new(); n], vec![Vec::new(); n]);
        for (k, &(o, p)) in cands.pairs.iter().enumerate() {
            let to = ix.post_unit[p];
            let from = ix.current[o].map(|c| ix.post_unit[c]);
            if from != Some(to) {
                arrive[to].push((k, 1.0));
                if let Some(f) = from {
                    leave[f].push((k, 1.0));
                }
            }
        }
        for (u, unit) in ctx.scenario().units.iter().enumerate() {
            if let Some(most) = self.0.imbalance(&unit.id) {
                balance(ctx, cands, u, &arrive[u], &leave[u], most, rows);
            }
            let (a, l) = (
                std::mem::take(&mut arrive[u]),
                std::mem::take(&mut leave[u]),
            );
            let (max_in, max_out) = self.0.limits(&unit.id);
            if a.len() > max_in as usize {
                let text = Msg::new(K::RowUnitIn)
                    .arg("n", max_in)
                    .arg("unit", &unit.name);
                let about = About::Arrivals {
                    unit: unit.id.clone(),
                };
                rows.push(Row::at_most(a, max_in as f64, self.code(), text).about(about));
            }
            if l.len() > max_out as usize {
                let text = Msg::new(K::RowUnitOut)
                    .arg("n", max_out)
                    .arg("unit", &unit.name);
                let about = About::Departures {
                    unit: unit.id.clone(),
                };
                rows.push(Row::at_most(l, max_out as f64, self.code(), text).about(about));
            }
        }
    }
}

/// The rows that keep unit `u`'s arrivals from other units (of `arrive`, the pairs into
/// it) within `most` of its departures (`leave`): one equation when `most` is 0, else a row
/// each way, left out where that side cannot outnumber the other by more than `most`.
fn balance(
    ctx: &Ctx,
    cands: &Candidates,
    u: usize,
    arrive: &[(usize, f64)],
    leave: &[(usize, f64)],
    most: u32,
    rows: &mut Vec<Row>,
) {
    let ix = ctx.ix;
    // Arrivals from the pool do not count: only officials who leave a unit for this one.
    let arrive: Vec<usize> = arrive
        .iter()
        .map(|&(k, _)| k)
        .filter(|&k| ix.current[cands.pairs[k].0].is_some())
        .collect();
    let leave: Vec<usize> = leave.iter().map(|&(k, _)| k).collect();
    let people = |ks: &[usize]| {
        let mut o: Vec<usize> = ks.iter().map(|&k| cands.pairs[k].0).collect();
        o.sort_unstable();
        o.dedup();
        o.len() as u32
    };
    let (can_arrive, can_leave) = (people(&arrive), people(&leave));
    if can_arrive.max(can_leave) <= most {
        return;
    }
    let unit = &ctx.scenario().units[u];
    let text = Msg::new(K::RowUnitBalance)
        .arg("unit", &unit.name)
        .arg("n", most);
    let about = About::Balance {
        unit: unit.id.clone(),
    };
    let signed = |plus: &[usize], minus: &[usize]| -> Vec<(usize, f64)> {
        let mut t: Vec<(usize, f64)> = plus.iter().map(|&k| (k, 1.0)).collect();
        t.extend(minus.iter().map(|&k| (k, -1.0)));
        t
    };
    if most == 0 {
        let mut row = Row::at_most(signed(&arrive, &leave), 0.0, "unit_cap", text);
        row.sense = Sense::Eq;
        rows.push(row.about(about));
        return;
    }
    if can_arrive > most {
        let row = Row::at_most(
            signed(&arrive, &leave),
            most as f64,
            "unit_cap",
            text.clone(),
        );
        rows.push(row.about(about.clone()));
    }
    if can_leave > most {
        let row = Row::at_most(signed(&leave, &arrive), most as f64, "unit_cap", text);
        rows.push(row.about(about));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::scenario;
    use super::super::{all, Ctx};
    use super::*;
    use crate::model::Candidates;
    use crate::scenario::Index;

    #[test]
    fn caps_only_units_with_more_candidates_than_the_cap() {
        let s = scenario("");
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        UnitCap(UnitCapConfig {
            enabled: true,
            max_in: 1,
            max_out: 5,
            ..Default::default()
        })
        .constraints(&ctx, &cands, &mut rows);
        // Into Quận 1: Bình and Dung, each to two posts = 4 candidate arrivals > 1.
        let q1 = rows
            .iter()
            .find(|r| {
                r.origin
                    .text
                    .render(crate::messages::Lang::En)
                    .contains("join Quận 1")
            })
            .unwrap();
        assert_eq!(q1.terms.len(), 4);
        assert_eq!(q1.rhs, 1.0);
        assert!(
            rows.iter().all(|r| !r
                .origin
                .text
                .render(crate::messages::Lang::En)
                .contains("leave")),
            "5 is never reached"
        );
    }

    #[test]
    fn balance_counts_arrivals_from_other_units_against_departures() {
        let s = scenario(
            "rules:\n  unit_cap: { max_imbalance: 1, units: { pn: { max_imbalance: 0 } } }\n",
        );
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        UnitCap(s.rules.unit_cap.clone()).constraints(&ctx, &cands, &mut rows);
        let balance = |unit: &str| -> Vec<&Row> {
            rows.iter()
                .filter(|r| r.origin.about == About::Balance { unit: unit.into() })
                .collect()
        };
        // Phú Nhuận: one equation, +1 for each pair of An and Cường into it, -1 for each
        // pair of Bình and Dung out of it.
        let pn = balance("pn");
        assert_eq!(pn.len(), 1);
        assert_eq!(pn[0].sense, Sense::Eq);
        let plus = pn[0].terms.iter().filter(|t| t.1 == 1.0).count();
        let minus = pn[0].terms.iter().filter(|t| t.1 == -1.0).count();
        assert_eq!((plus, minus), (2 * 2, 2 * 2));
        // Quận 1 may be one apart: a row each way.
        let q1 = balance("q1");
        assert_eq!(q1.len(), 2);
        assert!(q1.iter().all(|r| r.sense == Sense::Le && r.rhs == 1.0));
    }

    #[test]
    fn a_unit_of_its_own_limit_overrides_the_general_cap() {
        let s = scenario("rules:\n  unit_cap: { units: { pn: { max_in: 0 } } }\n");
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        UnitCap(s.rules.unit_cap.clone()).constraints(&ctx, &cands, &mut rows);
        let pn = rows
            .iter()
            .find(|r| {
                r.origin.text.render(crate::messages::Lang::En)
                    == "at most 0 officials may join Phú Nhuận"
            })
            .expect("Phú Nhuận is closed");
        assert_eq!(pn.rhs, 0.0);
        let q1 = rows
            .iter()
            .find(|r| {
                r.origin
                    .text
                    .render(crate::messages::Lang::En)
                    .contains("join Quận 1")
            })
            .unwrap();
        assert_eq!(q1.rhs, 3.0, "Quận 1 keeps the general cap");
    }
}
