//! Each change of post costs: a plan should not move people without a reason.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};

pub struct Moves(pub i64);

impl Rule for Moves {
    fn code(&self) -> &'static str {
        "moves"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumMoves).arg("w", self.0)
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Moves)
    }

    fn cost(&self, ctx: &Ctx, o: usize, p: usize) -> i64 {
        if ctx.ix.current[o] == Some(p) {
            0
        } else {
            self.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::*;

    #[test]
    fn staying_is_free_and_moving_costs() {
        let s = scenario("");
        assert_eq!(cost(&Moves(20), &s, "a", "q1-edu"), 0);
        assert_eq!(cost(&Moves(20), &s, "a", "pn-edu"), 20);
    }
}
