//! Compliance figures before and after a plan, as the seed reports count them: heads over
//! the term limit, key posts held by non-local officials per title, relatives conflicts.

use crate::messages::{Lang, Msg, K};
use crate::rules::development::experience_list;
use crate::rules::relatives::{conflict_groups, relative_pairs};
use crate::rules::{composition_counts, group_words, Composition, Ctx, Development, Rule};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyTitle {
    pub title: String,
    /// Seats of key posts with this title held by non-local officials.
    pub non_local: u32,
    /// Seats of key posts with this title, held or not.
    pub seats: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Compliance {
    /// Heads who have held their post for the term limit or longer.
    pub heads_over_limit: Vec<String>,
    pub key_posts: Vec<KeyTitle>,
    /// Relatives sharing a leadership or sensitive-head group, in words.
    pub relatives_conflicts: Vec<String>,
    /// Where the unit cap asks for balance: the units that receive from other units a
    /// number of officials other than they send to them, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units_off_balance: Option<Vec<String>>,
    /// Where composition targets are set: each one a leadership misses, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub composition_short: Option<Vec<String>>,
    /// Where titles need experience: each pipeline official who lacks some, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_short: Option<Vec<String>>,
}

/// Compliance of the placement `holds` (post per official). `fresh[o]` is true when the
/// official took the post in this plan, which restarts the term-limit clock.
pub fn compliance(ctx: &Ctx, holds: &[Option<usize>], fresh: &[bool], lang: Lang) -> Compliance {
    let ix = ctx.ix;
    let s = ctx.scenario();
    let limit = s.rules.term_limit.years;
    let heads_over_limit = (0..s.officials.len())
        .filter(|&o| {
            matches!(holds[o], Some(p) if s.posts[p].role == crate::scenario::Role::Head)
                && !fresh[o]
                && ix.time_in_post(o).is_some_and(|t| t.at_least(limit))
        })
        .map(|o| s.officials[o].name.clone())
        .collect();
    let mut titles: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for post in s.posts.iter().filter(|p| p.key) {
        titles.entry(&post.title).or_default().1 += post.capacity;
    }
    for (o, held) in holds.iter().enumerate() {
        if let Some(p) = *held {
            if s.posts[p].key && !ix.is_local(o, p) {
                titles
                    .get_mut(s.posts[p].title.as_str())
                    .expect("key titles listed")
                    .0 += 1;
            }
        }
    }
    let key_posts = titles
        .into_iter()
        .map(|(title, (non_local, seats))| KeyTitle {
            title: title.to_string(),
            non_local,
            seats,
        })
        .collect();
    let mut relatives_conflicts = Vec::new();
    let pairs = relative_pairs(ctx);
    if !pairs.is_empty() {
        let groups = conflict_groups(ctx, &s.rules.relatives);
        for (a, b) in pairs {
            for (label, posts) in &groups {
                let inside = |o: usize| holds[o].is_some_and(|p| posts.contains(&p));
                if inside(a) && inside(b) {
                    relatives_conflicts.push(
                        Msg::new(K::BothIn)
                            .arg("a", &s.officials[a].name)
                            .arg("b", &s.officials[b].name)
                            .msg("group", label.clone())
                            .render(lang),
                    );
                }
            }
        }
    }
    Compliance {
        heads_over_limit,
        key_posts,
        relatives_conflicts,
        units_off_balance: off_balance(ctx, holds, lang),
        composition_short: composition_short(ctx, holds, lang),
        pipeline_short: pipeline_short(ctx, holds, lang),
    }
}

/// The composition targets the placement `holds` misses, when any target is set.
fn composition_short(ctx: &Ctx, holds: &[Option<usize>], lang: Lang) -> Option<Vec<String>> {
    let s = ctx.scenario();
    let rule = Composition::new(s);
    if !rule.enabled() {
        return None;
    }
    let ix = ctx.ix;
    let leaderships = rule.leaderships(ix);
    let mut holders = vec![Vec::new(); s.posts.len()];
    for (o, held) in holds.iter().enumerate() {
        if let Some(p) = *held {
            holders[p].push(o);
        }
    }
    let mut short = Vec::new();
    for d in rule.demands(ix, &leaderships) {
        let target = d.target;
        let have = d
            .leadership
            .posts
            .iter()
            .flat_map(|&p| &holders[p])
            .filter(|&&o| composition_counts(ix, target, d.group, o))
            .count();
        if have < d.need as usize {
            short.push(
                Msg::new(K::VComposition)
                    .msg("leadership", rule.name(ix, d.leadership.unit))
                    .arg("have", have)
                    .msg("group", group_words(target, d.group))
                    .arg("n", d.need)
                    .render(lang),
            );
        }
    }
    Some(short)
}

/// The pipeline officials who lack, holding what `holds` gives them, experience a planned
/// title needs, when titles need any.
fn pipeline_short(ctx: &Ctx, holds: &[Option<usize>], lang: Lang) -> Option<Vec<String>> {
    let s = ctx.scenario();
    if !s.has_development() {
        return None;
    }
    let rule = Development::new(s);
    let short = (0..s.officials.len())
        .filter_map(|o| {
            let lacks = rule.short(o, holds[o]);
            let first = lacks.first()?;
            Some(
                Msg::new(K::VDevelopment)
                    .arg("name", &s.officials[o].name)
                    .arg("title", &first.title)
                    .msg("needs", experience_list(&lacks))
                    .render(lang),
            )
        })
        .collect();
    Some(short)
}

/// The units that receive from other units a number other than they send, when the unit
/// cap asks for balance anywhere (None otherwise).
fn off_balance(ctx: &Ctx, holds: &[Option<usize>], lang: Lang) -> Option<Vec<String>> {
    let s = ctx.scenario();
    let cap = &s.rules.unit_cap;
    let asked = cap.balance
        || cap.max_imbalance.is_some()
        || cap.units.values().any(|l| l.max_imbalance.is_some());
    if !cap.enabled || !asked {
        return None;
    }
    let ix = ctx.ix;
    let (mut arrive, mut leave) = (vec![0u32; s.units.len()], vec![0u32; s.units.len()]);
    for (o, held) in holds.iter().enumerate() {
        let (Some(from), Some(to)) = (ix.current[o], *held) else {
            continue;
        };
        let (from, to) = (ix.post_unit[from], ix.post_unit[to]);
        if from != to {
            arrive[to] += 1;
            leave[from] += 1;
        }
    }
    Some(
        s.units
            .iter()
            .enumerate()
            .filter(|&(u, _)| arrive[u] != leave[u])
            .map(|(u, unit)| {
                Msg::new(K::ReceivesSends)
                    .arg("unit", &unit.name)
                    .arg("a", arrive[u])
                    .arg("d", leave[u])
                    .render(lang)
            })
            .collect(),
    )
}
