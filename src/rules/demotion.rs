//! DOMAIN rule 5, level: a rotation keeps the official's rank. A move to a lower role in a
//! unit of the same level (a head made deputy) is a demotion, not a rotation. Moving down
//! a level (city to commune) is the usual "down" rotation and is not a demotion.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::DemotionConfig;

pub struct Demotion(pub DemotionConfig);

impl Demotion {
    fn is_demotion(ctx: &Ctx, o: usize, p: usize) -> bool {
        let Some(cur) = ctx.ix.current[o] else {
            return false;
        };
        ctx.ix.unit_of(p).level == ctx.ix.unit_of(cur).level
            && ctx.ix.post(p).role < ctx.ix.post(cur).role
    }
}

impl Rule for Demotion {
    fn code(&self) -> &'static str {
        "demotion"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumDemotion)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        (self.0.enabled && Self::is_demotion(ctx, o, p)).then(|| {
            let cur = ctx.ix.current[o].expect("a demotion starts from a post");
            Msg::new(K::BanDemotion)
                .arg("title", &ctx.ix.post(p).title)
                .arg("name", &ctx.ix.official(o).name)
                .msg("role", ctx.ix.post(cur).role.word())
        })
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if self.0.enabled {
            super::retain_posts(ctx, posts, |p| !Self::is_demotion(ctx, o, p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn a_head_is_not_made_deputy_at_the_same_level() {
        let s = scenario("");
        let r = Demotion(Default::default());
        assert!(ban(&r, &s, "a", "pn-dep")
            .unwrap()
            .contains("demotion for An, who holds a head post"));
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None, "head to head");
        assert_eq!(
            ban(&r, &s, "d", "pn-edu"),
            None,
            "up is the promotion rule's business"
        );
        let mut s2 = s.clone();
        s2.units[1].level = crate::scenario::Level::Commune; // Phú Nhuận a level below Quận 1
        assert_eq!(
            ban(&r, &s2, "a", "pn-dep"),
            None,
            "moving down a level is a down rotation"
        );
    }
}
