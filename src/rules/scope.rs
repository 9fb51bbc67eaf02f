//! Who decides: a province's organisation commission rotates its own officials, so a move
//! stays under the same unit of the scope level (a province by default). An official
//! without a post is not bound to a scope.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::{Scenario, ScopeConfig};
use std::collections::HashMap;

pub struct Scope {
    config: ScopeConfig,
    /// The scope (an index into `posts`) of each unit.
    unit_scope: Vec<usize>,
    /// The posts of each scope, in post order.
    posts: Vec<Vec<usize>>,
    /// The name of the unit that heads each scope.
    /// The unit each scope is under, by name; None for the units under none.
    names: Vec<Option<String>>,
    /// The officials who may hold a post of each scope: its own and those without a post.
    holders: Vec<Vec<usize>>,
}

impl Scope {
    pub fn new(s: &Scenario) -> Scope {
        let index: HashMap<&str, usize> = s
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.0.as_str(), i))
            .collect();
        let level = s.rules.scope.level;
        // The outermost unit of the scope level at or above each unit (a province
        // department sits under the province); units under none share one scope, so a
        // scenario without provinces has no scope limits.
        let head = |mut u: usize| -> Option<usize> {
            let mut found = None;
            for _ in 0..=s.units.len() {
                if s.units[u].level == level {
                    found = Some(u);
                }
                match s.units[u]
                    .parent
                    .as_ref()
                    .and_then(|p| index.get(p.0.as_str()))
                {
                    Some(&parent) => u = parent,
                    None => break,
                }
            }
            found
        };
        let mut scope_of_head = HashMap::new();
        let mut names = Vec::new();
        let unit_scope: Vec<usize> = (0..s.units.len())
            .map(|u| {
                let h = head(u);
                *scope_of_head.entry(h).or_insert_with(|| {
                    names.push(h.map(|h| s.units[h].name.clone()));
                    names.len() - 1
                })
            })
            .collect();
        let mut posts = vec![Vec::new(); names.len()];
        for (p, post) in s.posts.iter().enumerate() {
            posts[unit_scope[index[post.unit.0.as_str()]]].push(p);
        }
        let post_index: HashMap<&str, usize> = s
            .posts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.0.as_str(), i))
            .collect();
        let post_scope = |p: usize| unit_scope[index[s.posts[p].unit.0.as_str()]];
        let mut holders = vec![Vec::new(); names.len()];
        for (o, official) in s.officials.iter().enumerate() {
            match official.post.as_ref().map(|p| post_index[p.0.as_str()]) {
                Some(p) => holders[post_scope(p)].push(o),
                None => holders.iter_mut().for_each(|h| h.push(o)),
            }
        }
        Scope {
            config: s.rules.scope.clone(),
            unit_scope,
            posts,
            names,
            holders,
        }
    }

    fn scope_of_post(&self, ctx: &Ctx, p: usize) -> usize {
        self.unit_scope[ctx.ix.post_unit[p]]
    }
}

impl Rule for Scope {
    fn code(&self) -> &'static str {
        "scope"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumScope).msg("level", self.config.level.word())
    }

    fn enabled(&self) -> bool {
        self.config.enabled
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let cur = ctx.ix.current[o]?;
        let (from, to) = (self.scope_of_post(ctx, cur), self.scope_of_post(ctx, p));
        if !self.config.enabled || from == to {
            return None;
        }
        // A scope under a unit by its name; the units under none, in words.
        let place = |m: Msg, arg: &str, scope: usize| match &self.names[scope] {
            Some(unit) => m.arg(arg, unit),
            None => m.msg(
                arg,
                Msg::new(K::ScopeNone).msg("level", self.config.level.word()),
            ),
        };
        let m = Msg::new(K::BanScope).arg("name", &ctx.ix.official(o).name);
        let m = place(m, "from", from).arg("title", &ctx.ix.post(p).title);
        Some(place(m, "to", to))
    }

    fn possible_holders(&self, ctx: &Ctx, p: usize) -> Option<Vec<usize>> {
        if !self.config.enabled {
            return None;
        }
        Some(self.holders[self.scope_of_post(ctx, p)].clone())
    }

    fn narrow_is_exact(&self) -> bool {
        true
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        if let (true, Some(cur)) = (self.config.enabled, ctx.ix.current[o]) {
            super::keep_only(posts, &self.posts[self.scope_of_post(ctx, cur)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    const TWO_PROVINCES: &str = "units:\n  - { id: hcm, name: TP.HCM, level: province, bloc: government }\n  - { id: hn, name: Hà Nội, level: province, bloc: government }\n";

    #[test]
    fn moves_stay_within_the_province() {
        // The test districts sit under no province: one scope, nothing forbidden.
        let s = scenario("");
        let r = Scope::new(&s);
        assert_eq!(ban(&r, &s, "a", "pn-edu"), None);
        // Put Quận 1 under TP.HCM and Phú Nhuận under Hà Nội.
        let mut s2 = scenario("");
        let extra: crate::scenario::Scenario = serde_yaml::from_str(&format!(
            "name: x\nyear: 2026\n{TWO_PROVINCES}posts: []\nofficials: []\n"
        ))
        .unwrap();
        s2.units.extend(extra.units);
        s2.units[0].parent = Some("hcm".into());
        s2.units[1].parent = Some("hn".into());
        let r = Scope::new(&s2);
        assert!(ban(&r, &s2, "a", "pn-edu")
            .unwrap()
            .contains("is under TP.HCM, and Trưởng phòng GD is under Hà Nội"));
        assert_eq!(ban(&r, &s2, "a", "q1-fin"), None);
        let ix = crate::scenario::Index::new(&s2);
        let rules = super::super::all(&s2);
        let ctx = Ctx::new(&ix, &rules);
        let mut posts = None;
        r.narrow(&ctx, 0, &mut posts);
        assert_eq!(
            posts,
            Some(vec![0, 2]),
            "An (Quận 1) keeps the Quận 1 posts only"
        );
    }
}
