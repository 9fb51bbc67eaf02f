//! Regulation 114-QĐ/TW (2023): relatives may not sit together in one unit's leadership,
//! nor both head agencies of the sensitive sectors in one locality.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Row};
use crate::scenario::{About, RelativesConfig, Role};
use std::collections::{BTreeMap, BTreeSet};

pub struct Relatives(pub RelativesConfig);

/// The groups of posts that two relatives may not hold together, with a label. A group
/// needs two seats, in one post or several.
pub fn conflict_groups(ctx: &Ctx, config: &RelativesConfig) -> Vec<(Msg, Vec<usize>)> {
    let ix = ctx.ix;
    let seats = |ps: &[usize]| ps.iter().map(|&p| ix.post(p).capacity).sum::<u32>();
    let mut leadership: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut sensitive: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (p, post) in ctx.scenario().posts.iter().enumerate() {
        if post.role >= Role::Deputy {
            leadership.entry(ix.post_unit[p]).or_default().push(p);
        }
        if post.role == Role::Head && config.sensitive_sectors.contains(&post.sector) {
            sensitive
                .entry(ix.unit_of(p).locality())
                .or_default()
                .push(p);
        }
    }
    let mut groups: Vec<(Msg, Vec<usize>)> = leadership
        .into_iter()
        .filter(|(_, ps)| seats(ps) > 1)
        .map(|(u, ps)| {
            let unit = &ctx.scenario().units[u].name;
            (Msg::new(K::GroupLeadership).arg("unit", unit), ps)
        })
        .collect();
    groups.extend(
        sensitive
            .into_iter()
            .filter(|(_, ps)| seats(ps) > 1)
            .map(|(l, ps)| {
                let place = ix.place_name(l);
                (Msg::new(K::GroupSensitive).arg("place", place), ps)
            }),
    );
    groups
}

/// Each pair of relatives once, as official indices (a < b), whichever side declared it.
pub fn relative_pairs(ctx: &Ctx) -> BTreeSet<(usize, usize)> {
    let ix = ctx.ix;
    let mut pairs = BTreeSet::new();
    for (a, o) in ctx.scenario().officials.iter().enumerate() {
        for r in &o.relatives {
            if let Some(b) = ix.official_index(r) {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    pairs
}

impl Rule for Relatives {
    fn code(&self) -> &'static str {
        "relatives"
    }

    fn soft(&self) -> Option<i64> {
        self.0.soft()
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumRelatives).arg("n", self.0.sensitive_sectors.len())
    }

    fn enabled(&self) -> bool {
        self.0.enabled
    }

    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        if !self.0.enabled {
            return;
        }
        let pairs = relative_pairs(ctx);
        if pairs.is_empty() {
            return;
        }
        let groups = conflict_groups(ctx, &self.0);
        for (a, b) in pairs {
            for (label, posts) in &groups {
                let side = |o: usize| -> Vec<usize> {
                    cands.of_official[o]
                        .iter()
                        .copied()
                        .filter(|&k| posts.contains(&cands.pairs[k].1))
                        .collect()
                };
                let (ka, kb) = (side(a), side(b));
                if ka.is_empty() || kb.is_empty() {
                    continue;
                }
                let about = About::Relatives {
                    a: ctx.ix.official(a).id.clone(),
                    b: ctx.ix.official(b).id.clone(),
                };
                rows.push(
                    Row::at_most(
                        ka.into_iter().chain(kb).map(|k| (k, 1.0)).collect(),
                        1.0,
                        self.code(),
                        Msg::new(K::RowRelatives)
                            .arg("a", &ctx.ix.official(a).name)
                            .arg("b", &ctx.ix.official(b).name)
                            .msg("group", label.clone()),
                    )
                    .about(about),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::scenario;
    use super::super::{all, Ctx};
    use super::*;
    use crate::model::Candidates;
    use crate::scenario::Index;

    #[test]
    fn relatives_get_one_row_per_shared_group() {
        let mut s = scenario("");
        s.officials[1].relatives = vec!["d".into()]; // Bình and Dung, both in Phú Nhuận's leadership
        let ix = Index::new(&s);
        let rules = all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        Relatives(Default::default()).constraints(&ctx, &cands, &mut rows);
        // Groups: leadership of Quận 1 (q1-edu, q1-fin), leadership of Phú Nhuận (pn-edu, pn-dep).
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().any(|r| r
            .origin
            .text
            .render(crate::messages::Lang::En)
            .contains("leadership of Phú Nhuận")));
        assert!(rows.iter().all(|r| r.rhs == 1.0 && r.terms.len() == 4));
        let mut none = Vec::new();
        Relatives(RelativesConfig {
            enabled: false,
            ..Default::default()
        })
        .constraints(&ctx, &cands, &mut none);
        assert!(none.is_empty());
    }
}
