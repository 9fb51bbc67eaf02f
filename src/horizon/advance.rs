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
/// A move sets `since` and `last_rotation` to the plan's date, which starts the term-limit
/// clock again and locks the official in the new post for the minimum tenure; the year
/// in the post adds a year of experience in its field. Where titles need experience, the
/// unit left joins the official's `served` record.
pub fn advance(state: &Scenario, after: &[Option<usize>]) -> (Scenario, Turn) {
    let year = state.year;
    let now = state.as_of(year);
    let ix = Index::new(&now);
    let next = year + 1;
    let develops = now.has_development();
    let mut turn = Turn::default();
    let mut officials = Vec::with_capacity(now.officials.len());
    for (o, official) in now.officials.iter().enumerate() {
        let mut official = official.clone();
        let to = after[o].map(|p| now.posts[p].id.clone());
        if to.is_some() && to != official.post {
            official.since = Some(state.plan_date());
            official.last_rotation = Some(state.plan_date());
            if let Some(c) = ix.current[o].filter(|_| develops) {
                let unit = &now.units[ix.post_unit[c]].id.0;
                if !official.served.contains(unit) {
                    official.served.push(unit.clone());
                }
            }
        }
        if let Some(p) = after[o] {
            // A year in the post is a year of experience in its field.
            *official
                .experience
                .entry(now.posts[p].sector.clone())
                .or_default() += 1;
        }
        official.post = to;
        let departure = || Departure {
            official: official.id.clone(),
            name: official.name.clone(),
            post: official.post.clone(),
        };
        if state.reached(ix.retirement[o], next) {
            turn.retired.push(departure());
            continue;
        }
        if official.leaves.is_some_and(|d| state.reached(d, next)) {
            turn.left.push(departure());
        }
        officials.push(official);
    }
    turn.opened = state
        .posts
        .iter()
        .filter(|p| {
            p.opens
                .is_some_and(|d| state.reached(d, next) && !state.reached(d, year))
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::scenario;

    #[test]
    fn a_year_on_moves_clocks_retires_departs_and_opens() {
        let mut s = scenario("");
        s.posts.push(
            serde_yaml::from_str(
                "{ id: new, unit: q1, title: Phó phòng TC, role: deputy, sector: finance, opens: 2027 }",
            )
            .unwrap(),
        );
        s.officials[2].born = 1965.into(); // Cường, a man: 62 years in 2027
        s.officials[3].leaves = Some(2027.into()); // Dung
        let now = s.as_of(2026);
        let ix = Index::new(&now);
        let post = |id: &str| ix.post_index(&id.into());
        // An and Bình swap; the others stay.
        let after = vec![
            post("pn-edu"),
            post("q1-edu"),
            post("q1-fin"),
            post("pn-dep"),
        ];
        let (next, turn) = advance(&s, &after);
        assert_eq!(next.year, 2027);
        let an = &next.officials[0];
        assert_eq!(
            (
                an.post.as_ref().unwrap().0.as_str(),
                an.since,
                an.last_rotation
            ),
            ("pn-edu", Some(2026.into()), Some(2026.into()))
        );
        assert_eq!(next.officials[1].since, Some(2026.into()));
        assert_eq!(
            an.experience["education"], 26,
            "a year as head of education"
        );
        assert_eq!(turn.retired.len(), 1);
        assert_eq!(turn.retired[0].official.0, "c");
        assert_eq!(turn.retired[0].post.as_ref().unwrap().0, "q1-fin");
        assert_eq!(turn.left[0].official.0, "d");
        assert_eq!(turn.opened, vec![PostId::from("new")]);
        let year = next.as_of(2027);
        let ids: Vec<&str> = year.officials.iter().map(|o| o.id.0.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(year
            .posts
            .iter()
            .any(|p| p.id.0 == "new" && p.opens.is_none()));
        assert!(s.as_of(2026).posts.iter().all(|p| p.id.0 != "new"));
    }
}
