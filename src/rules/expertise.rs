//! Wasted expertise: the years of an official's strongest field that the post held does
//! not use. This is what keeps specialists in their field.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};

pub struct Expertise(pub i64);

impl Rule for Expertise {
    fn code(&self) -> &'static str {
        "expertise"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumExpertise).arg("w", self.0)
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::WastedExpertise)
    }

    fn cost(&self, ctx: &Ctx, o: usize, p: usize) -> i64 {
        let used = ctx.ix.experience_for(o, p);
        self.0 * (ctx.ix.best_experience(o) - used) as i64
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::*;

    #[test]
    fn years_outside_the_post_field_are_priced() {
        let s = scenario("");
        let r = Expertise(10);
        assert_eq!(cost(&r, &s, "a", "pn-edu"), 0);
        assert_eq!(
            cost(&r, &s, "a", "q1-fin"),
            250,
            "25 years of education unused"
        );
        assert_eq!(cost(&r, &s, "c", "pn-edu"), 120);
    }
}
