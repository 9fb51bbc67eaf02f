//! At most so many officials change post in one plan: the overall load a province can
//! absorb in a year (`rotaplan horizon --max-moves` sets it for every year).

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::MoveLimitConfig;

pub struct MoveLimit(pub MoveLimitConfig);

impl Rule for MoveLimit {
    fn code(&self) -> &'static str {
        "move_limit"
    }

    fn summary(&self) -> Msg {
        match self.0.max {
            Some(n) => Msg::new(K::SumMoveLimit).arg("n", n),
            None => Msg::new(K::SumNoMoveLimit),
        }
    }

    fn enabled(&self) -> bool {
        self.0.enabled && self.0.max.is_some()
    }

    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        let Some(max) = self.0.max.filter(|_| self.0.enabled) else {
            return;
        };
        let terms: Vec<(usize, f64)> = cands
            .pairs
            .iter()
            .enumerate()
            .filter(|(_, &(o, p))| ctx.ix.current[o] != Some(p))
            .map(|(k, _)| (k, 1.0))
            .collect();
        if terms.len() > max as usize {
            let text = Msg::new(K::RowMoveLimit).arg("n", max);
            rows.push(Row::at_most(terms, max as f64, self.code(), text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::scenario;
    use super::super::{all, Ctx};
    use super::*;
    use crate::scenario::Index;

    #[test]
    fn one_row_over_the_moving_pairs_only() {
        let s = scenario("rules:\n  move_limit: { max: 1 }\n");
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        MoveLimit(s.rules.move_limit.clone()).constraints(&ctx, &cands, &mut rows);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].rhs, 1.0);
        for &(k, _) in &rows[0].terms {
            let (o, p) = cands.pairs[k];
            assert_ne!(ix.current[o], Some(p), "staying is not a move");
        }
        let stays = (0..s.officials.len())
            .filter(|&o| ix.current[o].is_some())
            .count();
        assert_eq!(rows[0].terms.len(), cands.pairs.len() - stays);
    }
}
