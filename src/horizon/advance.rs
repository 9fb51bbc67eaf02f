//! From one year to the next: the plan takes effect, the clock moves on a year, and the
//! officials who reach retirement age or leave go, opening their posts.

use crate::scenario::{Index, OfficialId, PostId, Scenario};
use serde::{Deserialize, Serialize};

/// What changed at the start of a year, before its plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Officials who reached retirement age, with the post they left open.
    pub retired: Vec<Departure>,
    /// Officials who left on a date the scenario gives (`leaves`).
    pub left: Vec<Departure>,
    /// Posts that opened this year (`opens`).
    pub opened: Vec<PostId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Departure {
    pub official: OfficialId,
    pub name: String,
    pub post: Option<PostId>,
}

/// The whole scenario (every year's posts and pins) one year on from `state`, after
/// the plan `after` of `state.year` (post index per official of `state.as_of(state.year)`).
/// A move sets `since` and `last_rotation` to the plan year, which starts the term-limit
/// clock again and locks the official in the new post for the minimum tenure.
pub fn advance(state: &Scenario, after: &[Option<usize>]) -> (Scenario, Turn) {
    let year = state.year;
    let now = state.as_of(year);
    let ix = Index::new(&now);
    let next = year + 1;
    let mut turn = Turn::default();
    let mut officials = Vec::with_capacity(now.officials.len());
    for (o, official) in now.officials.iter().enumerate() {
        let mut official = official.clone();
        let to = after[o].map(|p| now.posts[p].id.clone());
        if to.is_some() && to != official.post {
            official.since = Some(year);
            official.last_rotation = Some(year);
        }
        official.post = to;
        let departure = || Departure {
            official: official.id.clone(),
            name: official.name.clone(),
            post: official.post.clone(),
        };
        if ix.retirement_year[o] <= next {
            turn.retired.push(departure());
            continue;
        }
        if official.leaves == Some(next) {
            turn.left.push(departure());
        }
        officials.push(official);
    }
    turn.opened = state
        .posts
        .iter()
        .filter(|p| p.opens == Some(next))
        .map(|p| p.id.clone())
        .collect();
    let mut s = state.clone();
    s.year = next;
    s.officials = officials;
    (s, turn)
}

/// The same year on, with no one moved (the years before a horizon's first plan).
pub fn stand_still(state: &Scenario) -> (Scenario, Turn) {
    let now = state.as_of(state.year);
    let ix = Index::new(&now);
    advance(state, &ix.current)
}
