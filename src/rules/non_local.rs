//! Key posts (party secretary, People's Committee chair, ...) go to officials who are not
//! local; where the policy says so, local incumbents of key posts must move.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::NonLocalConfig;

pub struct NonLocal(pub NonLocalConfig);

impl NonLocal {
    fn allowed(&self, ctx: &Ctx, o: usize, p: usize) -> bool {
        !ctx.ix.post(p).key
            || !ctx.ix.is_local(o, p)
            || (ctx.ix.current[o] == Some(p) && (!self.0.incumbents_must_move || ctx.deferred[o]))
    }
}

impl Rule for NonLocal {
    fn code(&self) -> &'static str {
        "non_local"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(if self.0.incumbents_must_move {
            K::SumNonLocalIncumbents
        } else {
            K::SumNonLocal
        })
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
        if self.0.enabled {
            super::retain_posts(ctx, posts, |p| self.allowed(ctx, o, p));
        }
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        if !self.0.enabled || self.allowed(ctx, o, p) {
            return None;
        }
        Some(
            Msg::new(K::BanNonLocal)
                .arg("name", &ctx.ix.official(o).name)
                .arg("place", ctx.ix.place_name(ctx.ix.unit_of(p).locality()))
                .arg("title", &ctx.ix.post(p).title),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn locals_may_not_hold_key_posts() {
        let mut s = scenario("");
        s.posts[0].key = true; // q1-edu
        let r = NonLocal(Default::default());
        // The locality is named by its unit, not its id.
        assert!(ban(&r, &s, "a", "q1-edu")
            .unwrap()
            .contains("local to Quận 1"));
        assert_eq!(ban(&r, &s, "b", "q1-edu"), None, "Bình is from Phú Nhuận");
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None, "not a key post");
        let keep = NonLocal(NonLocalConfig {
            incumbents_must_move: false,
            ..Default::default()
        });
        assert_eq!(ban(&keep, &s, "a", "q1-edu"), None, "incumbent may stay");
    }
}
