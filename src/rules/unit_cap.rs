//! Stability: a unit's work is not disrupted by too many arrivals or departures in one plan.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::About;
use crate::scenario::UnitCapConfig;

pub struct UnitCap(pub UnitCapConfig);

impl Rule for UnitCap {
    fn code(&self) -> &'static str {
        "unit_cap"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumUnitCap)
            .arg("max_in", self.0.max_in)
            .arg("max_out", self.0.max_out)
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
