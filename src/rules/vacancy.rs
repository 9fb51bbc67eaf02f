//! Unfilled posts: each empty seat costs its role's weight (a key post at least the key
//! weight), times the post's priority. Written as a constant minus a saving per holder so
//! that it stays linear in the placement variables.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Role, Unfilled};

pub struct Vacancy {
    pub unfilled: Unfilled,
    pub key: i64,
}

impl Vacancy {
    fn weight(&self, ctx: &Ctx, p: usize) -> i64 {
        let post = ctx.ix.post(p);
        let w = self.unfilled.of(post.role, ctx.ix.unit_of(p).level);
        let w = if post.key { w.max(self.key) } else { w };
        match post.priority {
            Some(times) => (w as f64 * times).round() as i64,
            None => w,
        }
    }
}

impl Rule for Vacancy {
    fn code(&self) -> &'static str {
        "vacancy"
    }

    fn summary(&self) -> Msg {
        match &self.unfilled {
            Unfilled::All(w) => Msg::new(K::SumVacancy).arg("w", w).arg("key", self.key),
            by_role => {
                let roles = [Role::Head, Role::Deputy, Role::Member]
                    .into_iter()
                    .map(|r| {
                        Msg::new(K::RoleWeight)
                            .msg("role", r.word())
                            .arg("w", by_role.general(r))
                    })
                    .collect();
                Msg::new(K::SumVacancyByRole)
                    .list("roles", roles)
                    .arg("key", self.key)
            }
        }
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Unfilled)
    }

    fn cost(&self, ctx: &Ctx, _o: usize, p: usize) -> i64 {
        -self.weight(ctx, p)
    }

    fn constant(&self, ctx: &Ctx) -> i64 {
        (0..ctx.scenario().posts.len())
            .map(|p| self.weight(ctx, p) * ctx.ix.post(p).capacity as i64)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{cost, scenario};
    use super::super::{all, Ctx};
    use super::*;
    use crate::scenario::Index;

    #[test]
    fn every_holder_saves_the_seat_weight() {
        let mut s = scenario("");
        s.posts[0].key = true;
        let r = Vacancy {
            unfilled: Unfilled::All(100),
            key: 300,
        };
        assert_eq!(cost(&r, &s, "b", "q1-edu"), -300);
        assert_eq!(cost(&r, &s, "b", "pn-dep"), -100);
        let ix = Index::new(&s);
        let ctx = Ctx::new(&ix, &all(&s));
        assert_eq!(r.constant(&ctx), 300 + 3 * 100);
    }

    #[test]
    fn a_seat_weighs_by_role_and_level_at_least_the_key_weight_times_its_priority() {
        let mut s = scenario(
            "weights:\n  unfilled: { head: 250, deputy: 40, levels: { quận: { deputy: 60 } } }\n",
        );
        let r = Vacancy {
            unfilled: s.weights.unfilled.clone(),
            key: 300,
        };
        // Every unit of the test scenario is a district: its deputies weigh 60.
        assert_eq!(cost(&r, &s, "b", "q1-fin"), -250);
        assert_eq!(cost(&r, &s, "b", "pn-dep"), -60);
        s.posts[0].key = true;
        assert_eq!(
            cost(&r, &s, "b", "q1-edu"),
            -300,
            "a key post weighs the key weight"
        );
        s.posts[3].priority = Some(2.5);
        assert_eq!(cost(&r, &s, "b", "pn-dep"), -150);
        s.weights.unfilled = Unfilled::ByRole(Default::default());
        let r = Vacancy {
            unfilled: s.weights.unfilled.clone(),
            key: 0,
        };
        assert_eq!(
            cost(&r, &s, "b", "q1-fin"),
            -100,
            "a role left out weighs 100"
        );
    }
}
