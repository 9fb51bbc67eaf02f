//! Revising a published plan: each official placed otherwise than the published plan placed
//! them costs `weights.change`, so that a revision changes as little as it must.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{OfficialId, PostId, Published, Scenario};

pub struct Changes {
    pub weight: i64,
    pub published: Published,
}

/// Whether a pin of the plan's year says official `id` refuses `post`.
pub fn refused(s: &Scenario, id: &OfficialId, post: &PostId) -> bool {
    s.pins.iter().any(|pin| {
        pin.official == *id && pin.year.unwrap_or(s.year) == s.year && pin.refuses.contains(post)
    })
}

/// What the published plan said of one official.
enum Then {
    /// Nothing: not named, so nothing of theirs is a change.
    Unnamed,
    /// Left without a post: any post is a change.
    NoPost,
    /// Placed in this post of the scenario, or in one it no longer has (None).
    Post(Option<usize>),
}

impl Changes {
    fn then(&self, ctx: &Ctx, o: usize) -> Then {
        let id = &ctx.ix.official(o).id;
        match self.published.get(id) {
            None => Then::Unnamed,
            Some(None) => Then::NoPost,
            // A published move to a post the official now refuses is void.
            Some(Some(p)) if refused(ctx.scenario(), id, p) => Then::Unnamed,
            Some(Some(p)) => Then::Post(ctx.ix.post_index(p)),
        }
    }
}

impl Rule for Changes {
    fn code(&self) -> &'static str {
        "changes"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumChanges)
            .arg("w", self.weight)
            .arg("n", self.published.len())
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Changes)
    }

    /// Everyone the published plan placed costs a change unless placed there again, which
    /// the pair of that post gives back: so an official left without a post counts too.
    fn constant(&self, ctx: &Ctx) -> i64 {
        let placed = (0..ctx.scenario().officials.len())
            .filter(|&o| matches!(self.then(ctx, o), Then::Post(_)))
            .count() as i64;
        placed * self.weight
    }

    fn cost(&self, ctx: &Ctx, o: usize, p: usize) -> i64 {
        match self.then(ctx, o) {
            Then::Unnamed => 0,
            Then::NoPost => self.weight,
            Then::Post(q) if q == Some(p) => -self.weight,
            Then::Post(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::*;

    #[test]
    fn a_placement_other_than_the_published_one_costs_a_change() {
        let s = scenario("");
        let published: Published = [
            ("a".into(), Some("pn-edu".into())),
            ("c".into(), Some("gone".into())),
            ("d".into(), None),
        ]
        .into_iter()
        .collect();
        let r = Changes {
            weight: 1000,
            published,
        };
        let ix = crate::scenario::Index::new(&s);
        let ctx = Ctx::new(&ix, &[]);
        // An (published to pn-edu) and Cường (to a post that is gone): a change each up
        // front, An's given back in pn-edu.
        assert_eq!(r.constant(&ctx), 2000);
        assert_eq!(cost(&r, &s, "c", "q1-fin"), 0);
        assert_eq!(cost(&r, &s, "a", "pn-edu"), -1000);
        assert_eq!(cost(&r, &s, "a", "q1-edu"), 0);
        // Dung: published without a post; any post is a change.
        assert_eq!(cost(&r, &s, "d", "pn-dep"), 1000);
        // Bình: not in the published plan.
        assert_eq!(cost(&r, &s, "b", "q1-edu"), 0);
    }
}
