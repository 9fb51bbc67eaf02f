//! Regulation 65-QĐ/TW Art. 8: an official rotated into a post stays there a minimum time.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Date, MinTenureConfig};

pub struct MinTenure(pub MinTenureConfig);

impl MinTenure {
    /// (last rotation, end of the lock) for an official who may not move yet.
    fn locked(&self, ctx: &Ctx, o: usize) -> Option<(Date, Date)> {
        let last = ctx.ix.official(o).last_rotation?;
        let s = ctx.scenario();
        let served = last.until(s.year, s.effect_month());
        let until = Date {
            year: last.year + self.0.years,
            ..last
        };
        (self.0.enabled && ctx.ix.current[o].is_some() && !served.at_least(self.0.years))
            .then_some((last, until))
    }
}

impl Rule for MinTenure {
    fn narrows_to_one(&self) -> bool {
        true
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if let (Some(_), Some(cur)) = (self.locked(ctx, o), ctx.ix.current[o]) {
            super::keep_only(posts, &[cur]);
        }
    }

    fn code(&self) -> &'static str {
        "min_tenure"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumMinTenure).arg("years", self.0.years)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let (last, until) = self.locked(ctx, o)?;
        if ctx.ix.current[o] == Some(p) {
            return None;
        }
        let official = ctx.ix.official(o);
        Some(
            Msg::new(K::BanMinTenure)
                .arg("name", &official.name)
                .msg("last", last.word())
                .arg("years", self.0.years)
                .msg("until", until.word()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn recent_rotation_locks_the_post() {
        let mut s = scenario("");
        s.officials[2].last_rotation = Some(2024.into());
        let r = MinTenure(Default::default());
        assert!(ban(&r, &s, "c", "pn-dep").unwrap().contains("until 2027"));
        assert_eq!(ban(&r, &s, "c", "q1-fin"), None);
        s.officials[2].last_rotation = Some(2023.into());
        assert_eq!(
            ban(&r, &s, "c", "pn-dep"),
            None,
            "three full years have passed"
        );
    }

    #[test]
    fn with_months_the_lock_ends_in_its_month() {
        let r = MinTenure(Default::default());
        let at = |month: &str| {
            let mut s = scenario(month);
            s.officials[2].last_rotation = Some(Date::month(2023, 9));
            ban(&r, &s, "c", "pn-dep")
        };
        assert!(at("month: 8\n").unwrap().contains("until 2026-09"));
        assert_eq!(at("month: 9\n"), None);
        assert_eq!(at(""), None, "by the end of 2026");
    }
}
