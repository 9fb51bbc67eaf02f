//! Pins: the planner's own decisions, which the optimiser must respect.

use super::{Ctx, Rule};
use crate::messages::{Msg, K};
use crate::model::{Candidates, Origin, Row, Sense};
use crate::scenario::About;
use crate::scenario::{Pin, Scenario};
use std::collections::HashMap;

pub struct Pins {
    by_official: HashMap<String, Pin>,
}

impl Pins {
    pub fn new(s: &Scenario) -> Pins {
        Pins {
            by_official: s
                .pins
                .iter()
                .map(|p| (p.official.0.clone(), p.clone()))
                .collect(),
        }
    }
}

impl Rule for Pins {
    fn code(&self) -> &'static str {
        "pins"
    }

    fn summary(&self) -> Msg {
        Msg::new(K::SumPins).arg("n", self.by_official.len())
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        let official = ctx.ix.official(o);
        let pin = self.by_official.get(&official.id.0)?;
        let post = ctx.ix.post(p);
        let is_current = ctx.ix.current[o] == Some(p);
        let said = |key| Msg::new(key).arg("name", &official.name);
        if pin.stay && !is_current {
            return Some(said(K::BanPinStay));
        }
        if pin.must_move && is_current {
            return Some(said(K::BanPinMove));
        }
        if let Some(take) = &pin.take {
            if *take != post.id {
                return Some(said(K::BanPinTake).arg("post", ctx.ix.post_label_of(take)));
            }
        }
        if pin.avoid.contains(&post.id) {
            return Some(said(K::BanPinAvoid).arg("post", ctx.ix.post_label(p)));
        }
        if pin.refuses.contains(&post.id) {
            return Some(said(K::BanPinRefuses).arg("post", ctx.ix.post_label(p)));
        }
        None
    }

    fn narrow(&self, ctx: &Ctx, o: usize, posts: &mut Option<Vec<usize>>) {
        let Some(pin) = self.by_official.get(&ctx.ix.official(o).id.0) else {
            return;
        };
        if let Some(take) = pin.take.as_ref().and_then(|t| ctx.ix.post_index(t)) {
            super::keep_only(posts, &[take]);
        } else if pin.stay {
            let keep: Vec<usize> = ctx.ix.current[o].into_iter().collect();
            super::keep_only(posts, &keep);
        }
    }

    /// Pruning alone lets an official without a post stay unplaced; a `take` pin must place.
    fn constraints(&self, ctx: &Ctx, cands: &Candidates, rows: &mut Vec<Row>) {
        for (o, official) in ctx.scenario().officials.iter().enumerate() {
            let Some(take) = self
                .by_official
                .get(&official.id.0)
                .and_then(|p| p.take.as_ref())
            else {
                continue;
            };
            let terms = cands.of_official[o]
                .iter()
                .filter(|&&k| ctx.ix.post(cands.pairs[k].1).id == *take)
                .map(|&k| (k, 1.0))
                .collect();
            rows.push(Row {
                terms,
                sense: Sense::Eq,
                rhs: 1.0,
                origin: Origin {
                    rule: self.code(),
                    text: Msg::new(K::RowPinTake)
                        .arg("name", &official.name)
                        .arg("post", ctx.ix.post_label_of(take)),
                    about: About::Official {
                        official: official.id.clone(),
                        stay: false,
                    },
                },
                elastic: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, scenario};
    use super::*;

    #[test]
    fn each_kind_of_pin_forbids_what_it_says() {
        let s = scenario(
            "pins:\n  - { official: a, stay: true }\n  - { official: b, move: true }\n  - { official: c, take: pn-dep }\n  - { official: d, avoid: [q1-edu] }\n",
        );
        let r = Pins::new(&s);
        assert!(ban(&r, &s, "a", "pn-edu")
            .unwrap()
            .contains("pinned to stay"));
        assert_eq!(ban(&r, &s, "a", "q1-edu"), None);
        assert!(ban(&r, &s, "b", "pn-edu")
            .unwrap()
            .contains("pinned to move"));
        assert_eq!(ban(&r, &s, "b", "q1-edu"), None);
        assert!(ban(&r, &s, "c", "q1-fin").is_some());
        assert_eq!(ban(&r, &s, "c", "pn-dep"), None);
        assert!(ban(&r, &s, "d", "q1-edu").unwrap().contains("not to take"));
        assert_eq!(ban(&r, &s, "d", "pn-dep"), None);
    }

    #[test]
    fn a_take_pin_adds_an_equality_row() {
        let s = scenario("pins:\n  - { official: c, take: pn-dep }\n");
        let ix = crate::scenario::Index::new(&s);
        let rules = super::super::all(&s);
        let ctx = Ctx::new(&ix, &rules);
        let cands = Candidates::all_pairs(&ix);
        let mut rows = Vec::new();
        Pins::new(&s).constraints(&ctx, &cands, &mut rows);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].sense, rows[0].rhs, rows[0].terms.len()),
            (Sense::Eq, 1.0, 1)
        );
        let (o, p) = cands.pairs[rows[0].terms[0].0];
        assert_eq!(
            (ix.official(o).id.0.as_str(), ix.post(p).id.0.as_str()),
            ("c", "pn-dep")
        );
        let text = rows[0].origin.text.render(crate::messages::Lang::En);
        assert!(
            text.contains("pinned to take Phó phòng GD, Phú Nhuận"),
            "{text}"
        );
    }
}
