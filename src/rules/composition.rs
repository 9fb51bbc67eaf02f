//! The make-up (cơ cấu) of each leadership: at least so many women, young officials and
//! ethnic-minority officials among those holding its head and deputy posts after the plan.
//! Targets are set per leadership by each locality, so they are data, hard or soft.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::{
    About, CompositionConfig, CompositionScope, Group, Index, Scenario, Target, UnitId,
};

pub struct Composition(pub CompositionConfig, UnitNames);

/// The names of the units the targets are limited to, for the rule's summary.
type UnitNames = std::collections::BTreeMap<UnitId, String>;

/// One leadership a target counts in: the unit (or the parent) it is named by, and the
/// posts of its `roles` (each post's seats count).
pub struct Leadership {
    pub unit: usize,
    pub posts: Vec<usize>,
    pub seats: u32,
}

/// What one target asks of one leadership.
pub struct Demand<'a> {
    pub leadership: &'a Leadership,
    pub group: Group,
    pub target: &'a Target,
    pub need: u32,
}

impl Composition {
    pub fn new(s: &Scenario) -> Composition {
        // Only the units targets name: the rule is made for every model built.
        let named: std::collections::BTreeSet<&UnitId> = s
            .rules
            .composition
            .targets()
            .into_iter()
            .flat_map(|(_, t)| &t.units)
            .collect();
        let names = s
            .units
            .iter()
            .filter(|u| named.contains(&u.id))
            .map(|u| (u.id.clone(), u.name.clone()))
            .collect();
        Composition(s.rules.composition.clone(), names)
    }

    /// The leaderships the targets count in, in the order of their units.
    pub fn leaderships(&self, ix: &Index) -> Vec<Leadership> {
        let s = ix.scenario;
        let mut posts = vec![Vec::new(); s.units.len()];
        for (p, post) in s.posts.iter().enumerate() {
            if !self.0.roles.contains(&post.role) {
                continue;
            }
            let u = ix.post_unit[p];
            let at = match self.0.scope {
                CompositionScope::Unit => Some(u),
                CompositionScope::Parent => {
                    s.units[u].parent.as_ref().and_then(|id| ix.unit_index(id))
                }
            };
            if let Some(at) = at {
                posts[at].push(p);
            }
        }
        posts
            .into_iter()
            .enumerate()
            .filter(|(_, posts)| !posts.is_empty())
            .map(|(unit, posts)| Leadership {
                unit,
                seats: posts.iter().map(|&p| s.posts[p].capacity).sum(),
                posts,
            })
            .collect()
    }

    /// Each target's demand on each leadership it covers, where it asks for anyone.
    pub fn demands<'a>(&'a self, ix: &Index, leaderships: &'a [Leadership]) -> Vec<Demand<'a>> {
        let units = &ix.scenario.units;
        let mut out = Vec::new();
        for l in leaderships {
            for (group, target) in self.0.targets() {
                let need = target.need(l.seats);
                if need > 0 && target.covers(&units[l.unit].id) {
                    out.push(Demand {
                        leadership: l,
                        group,
                        target,
                        need,
                    });
                }
            }
        }
        out
    }

    /// The leadership's name: the unit's, or "the units under" the parent's.
    pub fn name(&self, ix: &Index, unit: usize) -> Msg {
        let name = &ix.scenario.units[unit].name;
        let leadership = Msg::new(K::GroupLeadership);
        match self.0.scope {
            CompositionScope::Unit => leadership.arg("unit", name),
            CompositionScope::Parent => {
                leadership.msg("unit", Msg::new(K::UnitsUnder).arg("unit", name))
            }
        }
    }
}

/// Whether official `o` counts for `group`: a woman, under the target's age at the plan's
/// date, or of an ethnic minority.
pub fn counts(ix: &Index, target: &Target, group: Group, o: usize) -> bool {
    let off = ix.official(o);
    match group {
        Group::Women => off.sex == crate::scenario::Sex::Female,
        Group::UnderAge => {
            let s = ix.scenario;
            let age = target.age.unwrap_or(0) as i32;
            !off.born.until(s.year, s.effect_month()).at_least(age)
        }
        Group::EthnicMinority => off.ethnic_minority,
    }
}

/// The group in words, with the target's age where it has one.
pub fn group_words(target: &Target, group: Group) -> Msg {
    match group {
        Group::Women => Msg::new(K::GroupWomen),
        Group::UnderAge => Msg::new(K::GroupUnderAge).arg("age", target.age.unwrap_or(0)),
        Group::EthnicMinority => Msg::new(K::GroupEthnicMinority),
    }
}

impl Rule for Composition {
    fn code(&self) -> &'static str {
        "composition"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        let scope = match self.0.scope {
            CompositionScope::Unit => K::EachUnit,
            CompositionScope::Parent => K::EachParent,
        };
        let targets = self
            .0
            .targets()
            .into_iter()
            .map(|(group, t)| {
                let mut parts = Vec::new();
                if t.min > 0 {
                    parts.push(Msg::new(K::TargetMin).arg("n", t.min));
                }
                if let Some(share) = t.min_share {
                    parts.push(Msg::new(K::TargetShare).arg("pct", (share * 100.0).round()));
                }
                let text = Msg::new(K::TargetOf)
                    .msg("group", group_words(t, group))
                    .list("at_least", parts);
                if t.units.is_empty() {
                    text
                } else {
                    let names = t
                        .units
                        .iter()
                        .map(|id| self.1.get(id).map_or(id.to_string(), String::clone))
                        .collect::<Vec<_>>();
                    Msg::new(K::TargetIn)
                        .msg("target", text)
                        .arg("units", names.join(", "))
                }
            })
            .collect();
        let roles = self.0.roles.iter().map(|r| r.word()).collect();
        Msg::new(K::SumComposition)
            .msg("scope", Msg::new(scope))
            .list("roles", roles)
            .joined("targets", targets, Msg::new(K::DiagJoin))
    }

    fn enabled(&self) -> bool {
        self.0.enabled && !self.0.targets().is_empty()
    }

    /// Σ over the pairs that seat one of the group in the leadership of −x ≤ −need.
    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        if !self.enabled() {
            return;
        }
        let ix = ctx.ix;
        let leaderships = self.leaderships(ix);
        for d in self.demands(ix, &leaderships) {
            let target = d.target;
            let terms: Vec<(usize, f64)> = d
                .leadership
                .posts
                .iter()
                .flat_map(|&p| cands.of_post[p].iter().copied())
                .filter(|&k| counts(ix, target, d.group, cands.pairs[k].0))
                .map(|k| (k, -1.0))
                .collect();
            let text = Msg::new(K::RowComposition)
                .arg("n", d.need)
                .msg("group", group_words(target, d.group))
                .msg("leadership", self.name(ix, d.leadership.unit));
            let about = About::Leadership {
                unit: ix.scenario.units[d.leadership.unit].id.clone(),
            };
            rows.push(Row::at_most(terms, -f64::from(d.need), self.code(), text).about(about));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::scenario;
    use super::super::{all, Ctx};
    use super::*;
    use crate::scenario::Index;

    /// The rule's rows for `s`, over every pair.
    fn rows_for(s: &Scenario) -> Vec<Row> {
        let ix = Index::new(s);
        let rules = all(s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        Composition::new(s).constraints(&ctx, &cands, &mut rows);
        rows
    }

    /// The rows for the test scenario with `extra` appended, and that scenario.
    fn rows_of(extra: &str) -> (Vec<Row>, Scenario) {
        let s = scenario(extra);
        (rows_for(&s), s)
    }

    #[test]
    fn a_target_is_a_row_per_leadership_over_the_pairs_that_count() {
        let (none, _) = rows_of("");
        assert!(none.is_empty(), "no target, no row");
        let (rows, s) = rows_of("rules:\n  composition: { women: { min: 1 } }\n");
        let ix = Index::new(&s);
        let leaderships = Composition::new(&s).leaderships(&ix);
        assert_eq!(rows.len(), leaderships.len(), "one row per leadership");
        let women = s
            .officials
            .iter()
            .filter(|o| o.sex == crate::scenario::Sex::Female)
            .count();
        assert!(women > 0, "the test scenario has women");
        for (row, l) in rows.iter().zip(&leaderships) {
            assert_eq!(row.rhs, -1.0);
            // Every woman could take each of the leadership's posts (all pairs are listed).
            assert_eq!(row.terms.len(), women * l.posts.len());
            assert!(row.terms.iter().all(|&(_, c)| c == -1.0));
        }
    }

    #[test]
    fn the_need_is_the_larger_of_min_and_share_rounded_up_and_capped_at_the_seats() {
        let t = Target {
            min: 1,
            min_share: Some(0.3),
            ..Target::default()
        };
        assert_eq!(t.need(1), 1);
        assert_eq!(t.need(3), 1, "30 % of 3 is 0.9, so 1");
        assert_eq!(t.need(7), 3, "30 % of 7 is 2.1, so 3");
        assert_eq!(t.need(10), 3, "30 % of 10 is exactly 3");
        let two = Target {
            min: 2,
            ..Target::default()
        };
        assert_eq!(two.need(1), 1, "never more than the seats");
        assert_eq!(Target::default().need(5), 0);
    }

    #[test]
    fn under_age_counts_by_the_plan_date_and_units_limit_where_a_target_holds() {
        let (rows, s) =
            rows_of("rules:\n  composition: { under_age: { age: 45, min: 1, units: [q1] } }\n");
        let ix = Index::new(&s);
        assert_eq!(rows.len(), 1, "only the unit named");
        let cands = Candidates::all_pairs(&ix);
        let young: Vec<usize> = (0..s.officials.len())
            .filter(|&o| s.year - s.officials[o].born.year < 45)
            .collect();
        for &(k, _) in &rows[0].terms {
            let o = cands.pairs[k].0;
            assert!(
                young.contains(&o),
                "{} is not under 45",
                s.officials[o].name
            );
            assert_eq!(s.posts[cands.pairs[k].1].unit.0, "q1");
        }
    }

    #[test]
    fn a_parent_scope_counts_the_units_under_it_together() {
        let yaml = super::super::testkit::BASE
            .replace(
                "level: district, bloc",
                "level: district, parent: hcm, bloc",
            )
            .replace(
                "units:\n",
                "units:\n  - { id: hcm, name: TP HCM, level: province, bloc: government }\n",
            );
        let s = crate::scenario::parse(&format!(
            "{yaml}rules:\n  composition: {{ scope: parent, women: {{ min: 2 }} }}\n"
        ))
        .expect("valid");
        let ix = Index::new(&s);
        let rows = rows_for(&s);
        let parents: std::collections::BTreeSet<&str> = s
            .units
            .iter()
            .filter_map(|u| u.parent.as_ref().map(|p| p.0.as_str()))
            .collect();
        assert_eq!(rows.len(), parents.len());
        assert_eq!(rows.len(), 1, "both districts are under one parent");
        // Two women, four posts of both units together.
        assert_eq!((rows[0].terms.len(), rows[0].rhs), (8, -2.0));
        for row in &rows {
            let About::Leadership { unit } = &row.origin.about else {
                panic!("about a leadership");
            };
            assert!(parents.contains(unit.0.as_str()));
            let _ = ix.unit_index(unit).expect("a unit of the scenario");
        }
    }
}
