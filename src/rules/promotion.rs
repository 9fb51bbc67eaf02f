//! A move to a more senior post is a promotion: only for officials in the planning
//! pipeline for that title (Regulation 377-QĐ/TW). A planned promotion saves its weight,
//! so a planned successor is preferred; another (the rule off) costs its weight.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::PromotionConfig;

pub struct Promotion {
    pub config: PromotionConfig,
    pub weight: i64,
    /// Saved per planned promotion.
    pub planned: i64,
}

fn is_promotion(ctx: &Ctx, o: usize, p: usize) -> bool {
    matches!(ctx.ix.current[o], Some(cur) if ctx.ix.grade[p] > ctx.ix.grade[cur])
}

fn allowed(ctx: &Ctx, o: usize, p: usize) -> bool {
    !is_promotion(ctx, o, p) || ctx.ix.planned_for(o, p)
}

impl Rule for Promotion {
    fn code(&self) -> &'static str {
        "promotion"
    }

    fn soft(&self) -> Option<i64> {
        self.config.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumPromotion).arg("planned", self.planned)
    }

    fn enabled(&self) -> bool {
        self.config.enabled
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if self.config.enabled && ctx.ix.current[o].is_some() {
            super::retain_posts(ctx, posts, |p| allowed(ctx, o, p));
        }
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        if !self.config.enabled || allowed(ctx, o, p) {
            return None;
        }
        Some(
            Msg::new(K::BanPromotion)
                .arg("title", &ctx.ix.post(p).title)
                .arg("name", &ctx.ix.official(o).name),
        )
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Promotions)
    }

    fn cost(&self, ctx: &Ctx, o: usize, p: usize) -> i64 {
        match (is_promotion(ctx, o, p), ctx.ix.planned_for(o, p)) {
            (false, _) => 0,
            (true, true) => -self.planned,
            (true, false) => self.weight,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, cost, scenario};
    use super::*;

    #[test]
    fn promotion_needs_the_pipeline_and_costs_its_weight() {
        let mut s = scenario("");
        let r = Promotion {
            config: Default::default(),
            weight: 7,
            planned: 30,
        };
        // Dung, a deputy, to a head post is a promotion.
        assert!(ban(&r, &s, "d", "pn-edu")
            .unwrap()
            .contains("not in the pipeline"));
        assert_eq!(cost(&r, &s, "d", "pn-edu"), 7);
        assert_eq!(cost(&r, &s, "a", "pn-edu"), 0, "head to head is lateral");
        assert_eq!(
            ban(&r, &s, "a", "pn-dep"),
            None,
            "moving down needs no pipeline"
        );
        s.officials[3].pipeline = vec!["trưởng phòng gd".into()];
        assert_eq!(ban(&r, &s, "d", "pn-edu"), None, "case aside");
        assert_eq!(
            cost(&r, &s, "d", "pn-edu"),
            -30,
            "a planned promotion saves"
        );
        s.officials[3].pipeline = vec!["Truong phong GD".into()];
        assert_eq!(cost(&r, &s, "d", "pn-edu"), -30, "diacritics aside");
    }
}
