//! A rotated official should have enough service left before retirement: 10 years, or one
//! term when the move is forced by the term-limit or non-local rule (uncertain; tunable).

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{ServiceLeftConfig, Span};

pub struct ServiceLeft(pub ServiceLeftConfig);

impl ServiceLeft {
    /// Years needed to be rotated, and service left; None for an official without a post.
    fn need_and_left(&self, ctx: &Ctx, o: usize) -> Option<(i32, Span)> {
        ctx.ix.current[o]?;
        let need = if ctx.forced[o] {
            self.0.forced_years
        } else {
            self.0.years
        };
        Some((need, ctx.ix.service_left(o)))
    }
}

impl Rule for ServiceLeft {
    fn narrows_to_one(&self) -> bool {
        true
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if let (true, Some((need, left)), Some(cur)) = (
            self.0.enabled,
            self.need_and_left(ctx, o),
            ctx.ix.current[o],
        ) {
            if !left.at_least(need) {
                super::keep_only(posts, &[cur]);
            }
        }
    }

    fn code(&self) -> &'static str {
        "service_left"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumServiceLeft)
            .arg("years", self.0.years)
            .arg("forced", self.0.forced_years)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let (need, left) = self.need_and_left(ctx, o)?;
        if !self.0.enabled || ctx.ix.current[o] == Some(p) || left.at_least(need) {
            return None;
        }
        Some(
            Msg::new(K::BanServiceLeft)
                .arg("name", &ctx.ix.official(o).name)
                .msg("retires", ctx.ix.retirement[o].word())
                .arg("left", left.years())
                .arg("need", need),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn too_little_service_left_blocks_a_move_unless_forced() {
        let mut s = scenario("");
        let r = ServiceLeft(Default::default());
        // Bình, male, born 1975, retires 2037: 11 years left.
        assert_eq!(ban(&r, &s, "b", "q1-edu"), None);
        s.officials[1].born = 1968.into(); // retires 2030: 4 years left
        assert!(ban(&r, &s, "b", "q1-edu")
            .unwrap()
            .contains("4 years left, 10 needed"));
        assert_eq!(
            ban(&r, &s, "b", "pn-edu"),
            None,
            "staying is not a rotation"
        );
        // An, female, born 1970, retires 2028: 2 years left, but her move is forced by the
        // term limit: 5 needed, still too few.
        assert!(ban(&r, &s, "a", "pn-edu").unwrap().contains("5 needed"));
        s.officials[0].born = 1974.into(); // retires 2034: 8 left, forced: allowed
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None);
    }

    #[test]
    fn with_a_birth_month_service_left_is_counted_in_months() {
        use crate::scenario::Date;
        let r = ServiceLeft(Default::default());
        // Bình, a man born March 1975, reaches 62 in March 2037: 10 years 9 months left at
        // the end of June 2026, 10 years at the end of March 2027, 9 years 11 months a month on.
        let at = |extra: &str, year: i32| {
            let mut s = scenario(extra);
            s.year = year;
            s.officials[1].born = Date::month(1975, 3);
            ban(&r, &s, "b", "q1-edu")
        };
        assert_eq!(at("month: 6\n", 2026), None);
        assert_eq!(at("month: 3\n", 2027), None, "exactly 10 years");
        assert!(at("month: 4\n", 2027)
            .unwrap()
            .contains("retires in 2037-03 (9 years left"));
    }
}
