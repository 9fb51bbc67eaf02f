//! Unfilled posts: each empty seat costs, more in a key post. Written as a constant minus
//! a saving per holder so that it stays linear in the placement variables.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};

pub struct Vacancy {
    pub ordinary: i64,
    pub key: i64,
}

impl Vacancy {
    fn weight(&self, ctx: &Ctx, p: usize) -> i64 {
        if ctx.ix.post(p).key {
            self.key
        } else {
            self.ordinary
        }
    }
}

impl Rule for Vacancy {
    fn code(&self) -> &'static str {
        "vacancy"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumVacancy)
            .arg("w", self.ordinary)
            .arg("key", self.key)
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Unfilled)
    }

    fn cost(&self, ctx: &Ctx, _o: usize, p: usize) -> i64 {
        -self.weight(ctx, p)
    }

    fn constant(&self, ctx: &Ctx) -> i64 {
        (0..ctx.scenario().posts.len())
            .map(|p| self.weight(ctx, p) * ctx.ix.post(p).capacity as i64)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::super::{all, Ctx};
    use super::*;
    use crate::scenario::Index;

    #[test]
    fn every_holder_saves_the_seat_weight() {
        let mut s = scenario("");
        s.posts[0].key = true;
        let r = Vacancy {
            ordinary: 100,
            key: 300,
        };
        assert_eq!(cost(&r, &s, "b", "q1-edu"), -300);
        assert_eq!(cost(&r, &s, "b", "pn-dep"), -100);
        let ix = Index::new(&s);
        let ctx = Ctx::new(&ix, &all(&s));
        assert_eq!(r.constant(&ctx), 300 + 3 * 100);
    }
}
