//! The verifier's own reckoning of developmental rotation: from the scenario's words and
//! the placement alone, what each pipeline official's planned titles need, what the plan
//! gave them, and what they still lack (written apart from `rules::development`).

use crate::scenario::words::fold;
use crate::scenario::{Bloc, Experience, Index, Level, Scenario};
use std::collections::BTreeSet;

/// One pipeline official's account.
#[derive(Debug, Default)]
pub struct Account {
    /// Needs the official lacked before the plan and has after it.
    pub gained: usize,
    /// Needs still lacking after the plan: the title and the experience.
    pub short: Vec<(String, Experience)>,
}

/// Where one has served: units by index, and the words written in `served`.
struct Served {
    units: Vec<usize>,
    words: BTreeSet<Experience>,
}

impl Served {
    fn has(&self, s: &Scenario, need: Experience, own: Option<Bloc>) -> bool {
        if self.words.contains(&need) {
            return true;
        }
        let levels: Vec<Level> = self.units.iter().map(|&u| s.units[u].level).collect();
        let mut blocs: BTreeSet<Bloc> = self.units.iter().map(|&u| s.units[u].bloc).collect();
        blocs.extend(self.words.iter().filter_map(|e| e.bloc()));
        match need {
            Experience::Commune => levels.contains(&Level::Commune),
            Experience::District => levels.contains(&Level::District),
            Experience::Province => levels.contains(&Level::Province),
            Experience::Party => blocs.contains(&Bloc::Party),
            Experience::Government => blocs.contains(&Bloc::Government),
            Experience::Front => blocs.contains(&Bloc::Front),
            Experience::OtherBloc => match own {
                Some(own) => blocs.iter().any(|&b| b != own),
                None => blocs.len() > 1,
            },
            Experience::OtherUnit => self.units.iter().collect::<BTreeSet<_>>().len() > 1,
        }
    }
}

/// Each official's account (empty for one who is in no pipeline or whose titles need
/// nothing); `after` is the post index per official after the plan.
pub fn accounts(s: &Scenario, ix: &Index, after: &[Option<usize>]) -> Vec<Account> {
    let config = &s.rules.development;
    let mut out: Vec<Account> = s.officials.iter().map(|_| Account::default()).collect();
    if !config.enabled {
        return out;
    }
    // The unit of each title's first post, by folded title, found in one pass.
    let mut first_unit: std::collections::HashMap<String, usize> = Default::default();
    for (p, post) in s.posts.iter().enumerate() {
        first_unit
            .entry(fold(&post.title))
            .or_insert(ix.post_unit[p]);
    }
    // A title's needs and bloc: `titles` first, else by the level of its first post.
    let title = |t: &str| -> (Vec<Experience>, Option<Bloc>) {
        let unit = first_unit.get(&fold(t)).map(|&u| &s.units[u]);
        let listed = s.titles.iter().find(|(k, _)| fold(k) == fold(t));
        let needs = match (listed, unit) {
            (Some((_, n)), _) => n.needs.clone(),
            (None, Some(u)) => config.needs.get(&u.level).cloned().unwrap_or_default(),
            (None, None) => Vec::new(),
        };
        (needs, unit.map(|u| u.bloc))
    };
    for (o, off) in s.officials.iter().enumerate() {
        if off.pipeline.is_empty() {
            continue;
        }
        let mut before = Served {
            units: Vec::new(),
            words: BTreeSet::new(),
        };
        for entry in &off.served {
            if let Some(u) = ix.unit_index(&entry.as_str().into()) {
                before.units.push(u);
            } else if let Some(p) = ix.post_index(&entry.as_str().into()) {
                before.units.push(ix.post_unit[p]);
            } else if let Some(e) = Experience::from_word(entry) {
                before.words.insert(e);
            }
        }
        before.units.extend(ix.current[o].map(|c| ix.post_unit[c]));
        let mut held = Served {
            units: before.units.clone(),
            words: before.words.clone(),
        };
        held.units.extend(after[o].map(|p| ix.post_unit[p]));
        let mut counted: Vec<Experience> = Vec::new();
        for t in &off.pipeline {
            let (needs, own) = title(t);
            for need in needs {
                if counted.contains(&need) || before.has(s, need, own) {
                    continue;
                }
                counted.push(need);
                if held.has(s, need, own) {
                    out[o].gained += 1;
                } else {
                    out[o].short.push((t.clone(), need));
                }
            }
        }
    }
    out
}
