//! A post's requirements: a minimum degree and years of experience in its field.
//! An incumbent is not re-examined for the post already held.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::QualificationConfig;

pub struct Qualification(pub QualificationConfig);

impl Qualification {
    /// Whether the official meets the post's requirements, without the words.
    fn meets(ctx: &Ctx, o: usize, p: usize) -> bool {
        let req = &ctx.ix.post(p).requires;
        req.degree.is_none_or(|d| ctx.ix.official(o).degree >= d)
            && (req.years == 0 || ctx.ix.experience_required_for(o, p) >= req.years)
    }
}

impl Rule for Qualification {
    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if self.0.enabled {
            super::retain_posts(ctx, posts, |p| {
                ctx.ix.current[o] == Some(p) || Self::meets(ctx, o, p)
            });
        }
    }

    fn code(&self) -> &'static str {
        "qualification"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumQualification)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        if !self.0.enabled || ctx.ix.current[o] == Some(p) {
            return None;
        }
        let post = ctx.ix.post(p);
        let official = ctx.ix.official(o);
        if let Some(degree) = post.requires.degree {
            if official.degree < degree {
                return Some(
                    Msg::new(K::BanDegree)
                        .arg("title", &post.title)
                        .msg("degree", degree.word())
                        .arg("name", &official.name)
                        .msg("has", official.degree.word()),
                );
            }
        }
        let sector = post.requires.sector.as_deref().unwrap_or(&post.sector);
        let have = ctx.ix.experience_required_for(o, p);
        if have < post.requires.years {
            return Some(
                Msg::new(K::BanYears)
                    .arg("title", &post.title)
                    .arg("years", post.requires.years)
                    .arg("sector", sector)
                    .arg("name", &official.name)
                    .arg("has", have),
            );
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;
    use crate::scenario::Degree;

    #[test]
    fn degree_and_years_are_required_of_newcomers_only() {
        let mut s = scenario("");
        s.posts[1].requires.degree = Some(Degree::Doctorate); // pn-edu
        s.posts[1].requires.years = 15;
        s.officials[0].degree = Degree::Doctorate;
        let r = Qualification(Default::default());
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None, "25 years and a doctorate");
        assert!(ban(&r, &s, "d", "pn-edu")
            .unwrap()
            .contains("doctorate degree; Dung has none"));
        s.officials[3].degree = Degree::Doctorate;
        assert!(ban(&r, &s, "d", "pn-edu")
            .unwrap()
            .contains("15 years in education; Dung has 10"));
        assert_eq!(
            ban(&r, &s, "b", "pn-edu"),
            None,
            "the incumbent keeps the post"
        );
    }
}
