//! Revising a published plan: the scenario learns where the published plan placed each
//! official (so that every change costs `weights.change`), a move to a post the official
//! now refuses is void, and `lock` holds every published move still allowed.

use crate::rules::{self, first_ban, Ctx};
use crate::scenario::{Index, Pin, Published, Scenario};

use crate::verify::PlanFile;

/// `s` (as it stands in its year) set to revise `published`; with `lock`, each published
/// move the rules still allow becomes a pin (for officials not pinned already).
pub fn revise(s: &Scenario, published: &PlanFile, lock: bool) -> Scenario {
    // Every published placement is kept: one the official now refuses is void for the
    // cost (rules::Changes) and said as such.
    let placed: Published = published
        .assignments
        .iter()
        .map(|a| (a.official.clone(), a.to.clone()))
        .collect();
    let year = s.year;
    let pins_now = || {
        s.pins
            .iter()
            .filter(move |p| p.year.unwrap_or(year) == year)
    };
    let mut out = s.clone();
    if lock {
        let ix = Index::new(s);
        let all = rules::all(s);
        let ctx = Ctx::new(&ix, &all);
        let moves = published
            .assignments
            .iter()
            .filter(|a| a.to.is_some() && a.to != a.from);
        for a in moves {
            let (id, to) = (&a.official, &a.to);
            let (Some(o), Some(Some(p))) =
                (ix.official_index(id), to.as_ref().map(|t| ix.post_index(t)))
            else {
                continue;
            };
            if pins_now().any(|pin| pin.official == *id) || first_ban(&all, &ctx, o, p).is_some() {
                continue;
            }
            let stays = ix.current[o] == Some(p);
            out.pins.push(Pin {
                official: id.clone(),
                stay: stays,
                take: (!stays).then(|| s.posts[p].id.clone()),
                ..Default::default()
            });
        }
    }
    out.published = Some(placed);
    out
}
