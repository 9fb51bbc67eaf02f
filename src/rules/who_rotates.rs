//! Regulation 65-QĐ/TW Art. 4, who may be rotated: holders of the roles listed, officials
//! in the planning pipeline, and those the non-local and term-limit rules move. The
//! planner's pins override it. Others keep their posts.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Scenario, WhoRotatesConfig};
use std::collections::HashSet;

pub struct WhoRotates {
    config: WhoRotatesConfig,
    pinned: HashSet<String>,
}

impl WhoRotates {
    pub fn new(s: &Scenario) -> WhoRotates {
        WhoRotates {
            config: s.rules.who_rotates.clone(),
            pinned: s
                .pins
                .iter()
                .filter(|p| p.must_move || p.take.is_some())
                .map(|p| p.official.0.clone())
                .collect(),
        }
    }

    /// The current post of an official this rule keeps in place.
    fn kept(&self, ctx: &Ctx, o: usize) -> Option<usize> {
        let cur = ctx.ix.current[o]?;
        let official = ctx.ix.official(o);
        let may = !self.config.enabled
            || self.config.roles.contains(&ctx.ix.post(cur).role)
            || ctx.forced[o]
            || !official.pipeline.is_empty()
            || self.pinned.contains(&official.id.0);
        (!may).then_some(cur)
    }
}

impl Rule for WhoRotates {
    fn code(&self) -> &'static str {
        "who_rotates"
    }

    fn summary(&self) -> Msg {
        let roles = self.config.roles.iter().map(|r| r.word()).collect();
        Msg::new(K::SumWhoRotates).list("roles", roles)
    }

    fn enabled(&self) -> bool {
        self.config.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let cur = self.kept(ctx, o)?;
        (p != cur).then(|| {
            Msg::new(K::BanWhoRotates)
                .arg("name", &ctx.ix.official(o).name)
                .msg("role", ctx.ix.post(cur).role.word())
        })
    }

    fn narrows_to_one(&self) -> bool {
        true
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if let Some(cur) = self.kept(ctx, o) {
            super::keep_only(posts, &[cur]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn only_listed_roles_pipeline_and_forced_officials_move() {
        let s = scenario("rules:\n  who_rotates: { roles: [head] }\n");
        let r = WhoRotates::new(&s);
        // Dung is a deputy, in no pipeline, not forced.
        assert!(ban(&r, &s, "d", "q1-edu")
            .unwrap()
            .contains("deputy post, is in no pipeline"));
        assert_eq!(
            ban(&r, &s, "d", "pn-dep"),
            None,
            "staying is always allowed"
        );
        assert_eq!(ban(&r, &s, "c", "pn-dep"), None, "Cường is a head");
        let mut s2 = s.clone();
        s2.officials[3].pipeline = vec!["Trưởng phòng GD".into()];
        assert_eq!(
            ban(&WhoRotates::new(&s2), &s2, "d", "q1-edu"),
            None,
            "in the pipeline"
        );
        let s3 = scenario(
            "rules:\n  who_rotates: { roles: [head] }\npins:\n  - { official: d, move: true }\n",
        );
        assert_eq!(
            ban(&WhoRotates::new(&s3), &s3, "d", "q1-edu"),
            None,
            "pinned to move"
        );
    }
}
