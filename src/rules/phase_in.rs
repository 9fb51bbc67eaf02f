//! Forced rotations spread over several years (`rotaplan horizon --spread`): the officials
//! listed may keep this year the post a forcing rule would take from them, but at least
//! so many of them leave it.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::PhaseInConfig;

pub struct PhaseIn(pub PhaseInConfig);

impl Rule for PhaseIn {
    fn code(&self) -> &'static str {
        "phase_in"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumPhaseIn)
            .arg("n", self.0.officials.len())
            .arg("k", self.0.at_least)
    }

    fn enabled(&self) -> bool {
        self.0.enabled && (!self.0.officials.is_empty() || self.0.at_least > 0)
    }

    /// Σ stays of the listed officials ≤ (listed officials holding a post) − at_least.
    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        if !self.enabled() || self.0.at_least == 0 {
            return;
        }
        let listed: Vec<usize> = (0..ctx.scenario().officials.len())
            .filter(|&o| ctx.deferred[o] && ctx.ix.current[o].is_some())
            .collect();
        let stays: Vec<(usize, f64)> = listed
            .iter()
            .flat_map(|&o| cands.of_official[o].iter().copied())
            .filter(|&k| ctx.ix.current[cands.pairs[k].0] == Some(cands.pairs[k].1))
            .map(|k| (k, 1.0))
            .collect();
        let rhs = listed.len() as f64 - self.0.at_least as f64;
        rows.push(Row::at_most(
            stays,
            rhs,
            self.code(),
            Msg::new(K::RowPhaseIn)
                .arg("k", self.0.at_least)
                .arg("n", listed.len()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::super::{all, Ctx};
    use super::*;
    use crate::scenario::Index;

    #[test]
    fn listed_officials_may_stay_but_a_quota_of_them_leaves() {
        // An and Bình are heads over the term limit in the test scenario.
        let plain = scenario("");
        let s = scenario("rules:\n  phase_in: { officials: [a, b], at_least: 1 }\n");
        let term = crate::rules::TermLimit(s.rules.term_limit.clone());
        assert!(
            ban(&term, &plain, "a", "q1-edu").is_some(),
            "forced without the phase-in"
        );
        assert_eq!(ban(&term, &s, "a", "q1-edu"), None, "may keep the post");
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        assert!(
            ctx.forced[ix.official_index(&"a".into()).unwrap()],
            "still forced"
        );
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        PhaseIn(s.rules.phase_in.clone()).constraints(&ctx, &cands, &mut rows);
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].terms.len(), rows[0].rhs), (2, 1.0));
    }
}
