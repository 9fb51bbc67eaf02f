//! Regulation 366-QĐ/TW (2025): an official rated "not completed" is not rotated or appointed.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Rating, RatingGateConfig};

pub struct RatingGate(pub RatingGateConfig);

impl Rule for RatingGate {
    fn narrows_to_one(&self) -> bool {
        true
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if self.0.enabled && ctx.ix.official(o).rating == Rating::NotCompleted {
            let keep: Vec<usize> = ctx.ix.current[o].into_iter().collect();
            super::keep_only(posts, &keep);
        }
    }

    fn code(&self) -> &'static str {
        "rating_gate"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumRatingGate)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let official = ctx.ix.official(o);
        if !self.0.enabled
            || official.rating != Rating::NotCompleted
            || ctx.ix.current[o] == Some(p)
        {
            return None;
        }
        Some(Msg::new(K::BanRatingGate).arg("name", &official.name))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn not_completed_blocks_moves_but_not_staying() {
        let mut s = scenario("");
        s.officials[2].rating = Rating::NotCompleted;
        let r = RatingGate(Default::default());
        assert!(ban(&r, &s, "c", "pn-dep")
            .unwrap()
            .contains("not completed"));
        assert_eq!(ban(&r, &s, "c", "q1-fin"), None);
        assert_eq!(ban(&r, &s, "d", "q1-fin"), None);
        s.rules.rating_gate.enabled = false;
        assert_eq!(
            ban(&RatingGate(s.rules.rating_gate.clone()), &s, "c", "pn-dep"),
            None
        );
    }
}
