//! No one worse off than staying: an official who listed `stay` among their wishes is
//! given no post they ranked below it, unless a forcing rule (term limit, non-local) moves
//! them. The guarantee of teacher-mobility mechanisms (Combe, Tercieux & Terrier 2022).

use super::{wish_rank, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{IndividualRationalityConfig, STAY};

pub struct IndividualRationality(pub IndividualRationalityConfig);

impl Rule for IndividualRationality {
    fn code(&self) -> &'static str {
        "individual_rationality"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumIndividualRationality)
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        if !self.0.enabled || ctx.forced[o] {
            return None;
        }
        let off = ctx.ix.official(o);
        let stay = off.wishes.iter().position(|w| w == STAY)?;
        let current = ctx.ix.current[o]?;
        if p == current || wish_rank(ctx.ix, o, p)? <= stay {
            return None;
        }
        Some(
            Msg::new(K::BanBelowStaying)
                .arg("name", &off.name)
                .arg("post", ctx.ix.post_label(p)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    fn wishing(extra: &str, list: &[&str]) -> crate::scenario::Scenario {
        let mut s = scenario(extra);
        s.officials[1].wishes = list.iter().map(|w| w.to_string()).collect();
        s
    }

    const ON: &str = "rules: { individual_rationality: true }\n";

    #[test]
    fn posts_ranked_below_staying_are_forbidden() {
        let s = wishing(ON, &["q1-fin", "stay", "q1"]);
        let r = IndividualRationality(s.rules.individual_rationality.clone());
        assert_eq!(ban(&r, &s, "b", "q1-fin"), None, "ranked above staying");
        assert_eq!(ban(&r, &s, "b", "pn-edu"), None, "staying itself");
        let below = ban(&r, &s, "b", "q1-edu").expect("q1 ranks below staying");
        assert!(below.contains("Bình"), "{below}");
        assert!(ban(&r, &s, "b", "pn-dep").is_some(), "listed nowhere");
        assert_eq!(ban(&r, &s, "a", "pn-dep"), None, "An listed no wishes");
    }

    #[test]
    fn off_unless_asked_and_silent_without_stay() {
        let s = wishing("", &["q1-fin", "stay"]);
        let r = IndividualRationality(s.rules.individual_rationality.clone());
        assert_eq!(ban(&r, &s, "b", "pn-dep"), None, "off by default");
        let s = wishing(ON, &["q1-fin"]);
        let r = IndividualRationality(s.rules.individual_rationality.clone());
        assert_eq!(ban(&r, &s, "b", "pn-dep"), None, "stay not listed");
    }

    #[test]
    fn a_forcing_rule_overrides_it() {
        // Term limit of 5 years: An (head since 2015) must leave q1-edu.
        let mut s = scenario(ON);
        s.rules.term_limit.years = 5;
        s.officials[0].wishes = vec!["stay".into()];
        let r = IndividualRationality(s.rules.individual_rationality.clone());
        assert_eq!(ban(&r, &s, "a", "pn-dep"), None);
    }

    #[test]
    fn true_and_a_map_both_switch_it_on() {
        assert!(scenario(ON).rules.individual_rationality.enabled);
        let s = scenario("rules: { individual_rationality: { enabled: true } }\n");
        assert!(s.rules.individual_rationality.enabled);
        assert!(!scenario("").rules.individual_rationality.enabled);
    }
}
