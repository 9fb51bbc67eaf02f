//! Regulation 65-QĐ/TW Art. 8: an official rotated into a post stays there a minimum time.

use super::{Ctx, Rule};
use crate::scenario::MinTenureConfig;

pub struct MinTenure(pub MinTenureConfig);

impl Rule for MinTenure {
    fn code(&self) -> &'static str {
        "min_tenure"
    }

    fn summary(&self) -> String {
        format!(
            "an official rotated in stays at least {} years",
            self.0.years
        )
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<String> {
        let official = ctx.ix.official(o);
        let last = official.last_rotation?;
        let until = last + self.0.years;
        if !self.0.enabled
            || ctx.ix.current[o] == Some(p)
            || ctx.ix.current[o].is_none()
            || ctx.scenario().year >= until
        {
            return None;
        }
        Some(format!(
            "{} was rotated in {last} and must stay {} years, until {until}",
            official.name, self.0.years
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn recent_rotation_locks_the_post() {
        let mut s = scenario("");
        s.officials[2].last_rotation = Some(2024);
        let r = MinTenure(Default::default());
        assert!(ban(&r, &s, "c", "pn-dep").unwrap().contains("until 2027"));
        assert_eq!(ban(&r, &s, "c", "q1-fin"), None);
        s.officials[2].last_rotation = Some(2023);
        assert_eq!(
            ban(&r, &s, "c", "pn-dep"),
            None,
            "three full years have passed"
        );
    }
}
