//! A scenario as it stands in one year. A multi-year scenario also lists what comes later
//! (posts that open, officials who leave, pins for later years); a plan sees only its year.

use super::types::{Date, Scenario};

impl Scenario {
    /// The month of the plan year at whose end the plan's counts are taken.
    pub fn effect_month(&self) -> u8 {
        self.month.unwrap_or(12)
    }

    /// When the plan takes effect, as written: its year, and its month if given.
    pub fn plan_date(&self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: None,
        }
    }

    /// Whether `date` has come by the time the plan of `year` takes effect.
    pub fn reached(&self, date: Date, year: i32) -> bool {
        date.by(year, self.effect_month())
    }

    /// The scenario of `year`: posts opened by then, officials not yet gone (left, or at
    /// retirement age in that year), the pins meant for that year (a pin without a year is
    /// for the scenario's own year).
    pub fn as_of(&self, year: i32) -> Scenario {
        let mut s = self.clone();
        s.year = year;
        s.posts
            .retain(|p| p.opens.is_none_or(|d| self.reached(d, year)));
        for p in &mut s.posts {
            p.opens = None; // open by now
        }
        let table = &self.retirement;
        s.officials.retain(|o| {
            o.leaves.is_none_or(|d| !self.reached(d, year))
                && !self.reached(table.retirement(o.born, o.sex), year)
        });
        let present: std::collections::BTreeSet<String> =
            s.officials.iter().map(|o| o.id.0.clone()).collect();
        let relatives: Vec<Vec<_>> = s
            .officials
            .iter()
            .map(|o| {
                o.relatives
                    .iter()
                    .filter(|r| present.contains(&r.0))
                    .cloned()
                    .collect()
            })
            .collect();
        for (o, r) in s.officials.iter_mut().zip(relatives) {
            o.relatives = r;
        }
        s.rules
            .phase_in
            .officials
            .retain(|id| present.contains(&id.0));
        let own = self.year;
        s.pins.retain(|p| p.year.unwrap_or(own) == year);
        s
    }

    /// The officials who reach retirement age by the plan of `year` (so are gone before
    /// it), with when they reach it, in file order.
    pub fn retiring_by(&self, year: i32) -> Vec<(&super::types::Official, Date)> {
        self.officials
            .iter()
            .map(|o| (o, self.retirement.retirement(o.born, o.sex)))
            .filter(|&(_, r)| self.reached(r, year))
            .collect()
    }

    /// Whether any official listed wishes (the plan then prices and reports them).
    pub fn has_wishes(&self) -> bool {
        self.officials.iter().any(|o| !o.wishes.is_empty())
    }

    /// Whether some pipeline official's planned title needs experience (the plan then
    /// prices developmental moves and reports them).
    pub fn has_development(&self) -> bool {
        self.rules.development.enabled
            && (!self.titles.is_empty() || !self.rules.development.needs.is_empty())
            && self.officials.iter().any(|o| !o.pipeline.is_empty())
    }

    /// Whether anything in the file belongs to a later year than the scenario's own.
    pub fn looks_ahead(&self) -> bool {
        self.posts
            .iter()
            .any(|p| p.opens.is_some_and(|d| !self.reached(d, self.year)))
            || self.officials.iter().any(|o| o.leaves.is_some())
            || self
                .pins
                .iter()
                .any(|p| p.year.is_some_and(|y| y != self.year))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testkit::scenario;
    use crate::scenario::OfficialId;

    #[test]
    fn a_year_keeps_its_own_posts_officials_and_pins() {
        let mut s = scenario(
            "pins:\n  - { official: a, stay: true }\n  - { official: b, move: true, year: 2028 }\n",
        );
        s.posts[3].opens = Some(2027.into()); // pn-dep
        s.officials[3].post = None; // Dung, who would hold it, is in the pool
        s.officials[3].leaves = Some(2028.into());
        s.officials[1].relatives = vec![OfficialId::from("d")];
        s.rules.phase_in.officials = vec![OfficialId::from("d")];
        let now = s.as_of(2026);
        assert_eq!(now.posts.len(), 3, "pn-dep opens later");
        assert_eq!(now.pins.len(), 1, "the pin without a year is for 2026");
        let later = s.as_of(2028);
        assert_eq!(later.year, 2028);
        assert!(
            later.posts.iter().all(|p| p.opens.is_none()),
            "open by then"
        );
        // Dung has left; An (a woman born in 1970) reaches retirement age in 2028.
        assert_eq!(s.retiring_by(2028).len(), 1);
        assert!(s.retiring_by(2027).is_empty());
        let ids: Vec<&str> = later.officials.iter().map(|o| o.id.0.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert!(later.officials[0].relatives.is_empty());
        assert!(later.rules.phase_in.officials.is_empty());
        assert_eq!(later.pins.len(), 1);
        assert_eq!(later.pins[0].official.0, "b");
        assert!(s.looks_ahead() && !scenario("").looks_ahead());
    }
}
