//! What officials wish (nguyện vọng): a placement below an official's first wish costs
//! `weights.wish` per rank. Commissions hear cadres' wishes before deciding, and they do
//! not bind: the ranks weigh them in the plan, below the rules.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Index, STAY};

pub struct Wishes(pub i64);

/// Where post `p` stands among official `o`'s wishes, from 0 (the first); a post listed
/// nowhere ranks after the last. None for an official who listed none. A wish names a
/// post, its unit, or `stay` (the post held now); the first that fits counts.
pub fn wish_rank(ix: &Index, o: usize, p: usize) -> Option<usize> {
    let s = ix.scenario;
    let wishes = &s.officials[o].wishes;
    if wishes.is_empty() {
        return None;
    }
    let post = &s.posts[p];
    let unit = &s.units[ix.post_unit[p]].id.0;
    Some(
        wishes
            .iter()
            .position(|w| (w == STAY && ix.current[o] == Some(p)) || *w == post.id.0 || w == unit)
            .unwrap_or(wishes.len()),
    )
}

impl Rule for Wishes {
    fn code(&self) -> &'static str {
        "wishes"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumWishes).arg("w", self.0)
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Wishes)
    }

    fn cost(&self, ctx: &Ctx, o: usize, p: usize) -> i64 {
        wish_rank(ctx.ix, o, p).map_or(0, |r| self.0 * r as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::*;

    fn wishing(list: &[&str]) -> crate::scenario::Scenario {
        let mut s = scenario("");
        s.officials[1].wishes = list.iter().map(|w| w.to_string()).collect();
        s
    }

    #[test]
    fn each_rank_below_the_first_costs_the_weight() {
        // Bình holds pn-edu; wishes: a post, then staying, then a unit.
        let s = wishing(&["q1-fin", "stay", "q1"]);
        let w = Wishes(10);
        assert_eq!(cost(&w, &s, "b", "q1-fin"), 0);
        assert_eq!(cost(&w, &s, "b", "pn-edu"), 10);
        assert_eq!(cost(&w, &s, "b", "q1-edu"), 20, "by its unit");
        assert_eq!(
            cost(&w, &s, "b", "pn-dep"),
            30,
            "listed nowhere: after the last"
        );
    }

    #[test]
    fn an_official_who_listed_nothing_pays_nothing() {
        let s = wishing(&["q1-fin"]);
        assert_eq!(cost(&Wishes(10), &s, "a", "pn-dep"), 0);
        assert_eq!(cost(&Wishes(10), &s, "c", "pn-edu"), 0);
    }

    #[test]
    fn the_first_wish_that_fits_counts() {
        // The unit q1 first, then its post q1-fin: q1-fin ranks first by its unit.
        let s = wishing(&["q1", "q1-fin"]);
        assert_eq!(cost(&Wishes(7), &s, "b", "q1-fin"), 0);
        assert_eq!(cost(&Wishes(7), &s, "b", "pn-edu"), 14);
    }
}
