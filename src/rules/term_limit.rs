//! Regulation 65-QĐ/TW Art. 3.3: a head who has held the post for two terms (8 years)
//! must rotate out of that unit.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Role, TermLimitConfig};

pub struct TermLimit(pub TermLimitConfig);

impl TermLimit {
    /// The post of a head who has reached the limit.
    fn over_limit(&self, ctx: &Ctx, o: usize) -> Option<usize> {
        let cur = ctx.ix.current[o]?;
        let time = ctx.ix.time_in_post(o)?;
        (self.0.enabled && ctx.ix.post(cur).role == Role::Head && time.at_least(self.0.years))
            .then_some(cur)
    }
}

impl Rule for TermLimit {
    fn code(&self) -> &'static str {
        "term_limit"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumTermLimit).arg("years", self.0.years)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forces_rotation(&self) -> bool {
        true
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if let Some(cur) = self.over_limit(ctx, o) {
            let unit = ctx.ix.post_unit[cur];
            let keep = ctx.deferred[o];
            super::retain_posts(ctx, posts, |p| {
                ctx.ix.post_unit[p] != unit || (keep && p == cur)
            });
        }
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let cur = self.over_limit(ctx, o)?;
        if ctx.ix.post_unit[cur] != ctx.ix.post_unit[p] || (ctx.deferred[o] && p == cur) {
            return None;
        }
        let years = ctx.ix.time_in_post(o)?.years();
        Some(
            Msg::new(K::BanTermLimit)
                .arg("name", &ctx.ix.official(o).name)
                .arg("title", &ctx.ix.post(cur).title)
                .msg("since", ctx.ix.official(o).since?.word())
                .arg("years", years)
                .arg("limit", self.0.years)
                .arg("unit", &ctx.ix.unit_of(cur).name),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn a_head_of_eight_years_must_leave_the_unit() {
        let s = scenario("");
        let r = TermLimit(Default::default());
        // An: head of q1-edu since 2015, 11 years.
        assert!(ban(&r, &s, "a", "q1-edu")
            .unwrap()
            .contains("11 years, limit 8"));
        assert!(
            ban(&r, &s, "a", "q1-fin").is_some(),
            "any post of the same unit"
        );
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None);
        // Bình: head since 2020, 6 years.
        assert_eq!(ban(&r, &s, "b", "pn-edu"), None);
        // Dung is a deputy: the limit is for heads.
        let mut s2 = s.clone();
        s2.officials[3].since = Some(2010.into());
        assert_eq!(ban(&r, &s2, "d", "pn-dep"), None);
    }

    #[test]
    fn with_months_the_eight_years_end_in_their_month() {
        let r = TermLimit(Default::default());
        // Bình: head of pn-edu since July 2018; the 8 years end in July 2026.
        let at = |month: &str| {
            let mut s = scenario(month);
            s.officials[1].since = Some(crate::scenario::Date::month(2018, 7));
            ban(&r, &s, "b", "pn-dep")
        };
        assert_eq!(at("month: 6\n"), None, "7 years 11 months in June");
        assert!(at("month: 7\n")
            .unwrap()
            .contains("since 2018-07 (8 years, limit 8)"));
        assert!(at("").is_some(), "by the end of the plan year");
        // A year alone keeps its meaning: 2018 is 8 years in any month of 2026.
        let mut s = scenario("month: 1\n");
        s.officials[1].since = Some(2018.into());
        assert!(ban(&r, &s, "b", "pn-dep").is_some());
    }
}
