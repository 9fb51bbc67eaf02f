//! Developmental rotation: rotation exists to train the planning pipeline "from practice
//! at the grassroots" and between party and government work (Gia Nghĩa, Lạng Sơn). A move
//! that gives a pipeline official an experience their planned title needs saves
//! `weights.development` per need; with `by`, from that year every need must be met.

use super::{CostTerm, Ctx, Rule};
use crate::messages::{Msg, K};
use crate::scenario::words::fold;
use crate::scenario::{Bloc, DevelopmentConfig, Experience, Level, Scenario};
use std::collections::{BTreeMap, BTreeSet};

/// What a pipeline official lacks for a planned title.
#[derive(Clone, Debug, PartialEq)]
pub struct Want {
    pub what: Experience,
    pub title: String,
    /// The bloc of the title's posts, which `other_bloc` is other than (None: the title has
    /// no post here, and any second bloc will do).
    pub bloc: Option<Bloc>,
}

/// Where an official has served: levels and blocs (as experience words, with any
/// `other_bloc`/`other_unit` written as such) and the units by index.
#[derive(Clone, Debug, Default)]
pub struct Record {
    words: BTreeSet<Experience>,
    units: BTreeSet<usize>,
}

impl Record {
    fn add_unit(&mut self, s: &Scenario, u: usize) {
        self.words.insert(Experience::of_level(s.units[u].level));
        self.words.insert(Experience::of_bloc(s.units[u].bloc));
        self.units.insert(u);
    }

    /// Whether the record, with a post in unit `u` (level, bloc) added, meets `want`.
    fn meets(&self, want: &Want, with: Option<(usize, Level, Bloc)>) -> bool {
        let w = &self.words;
        if w.contains(&want.what) {
            return true;
        }
        // The blocs served, the post's among them; priced per pair, so nothing is allocated.
        let blocs = || {
            w.iter()
                .filter_map(|e| e.bloc())
                .chain(with.map(|(_, _, b)| b))
        };
        match want.what {
            Experience::OtherBloc => match want.bloc {
                Some(own) => blocs().any(|b| b != own),
                None => blocs().any(|b| blocs().any(|c| c != b)),
            },
            Experience::OtherUnit => {
                with.is_some_and(|(u, _, _)| !self.units.is_empty() && !self.units.contains(&u))
                    || self.units.len() >= 2
            }
            what => with.is_some_and(|(_, l, b)| {
                what == Experience::of_level(l) || what == Experience::of_bloc(b)
            }),
        }
    }
}

pub struct Development {
    config: DevelopmentConfig,
    weight: i64,
    year: i32,
    /// Per official, what their planned titles need that they lack before the plan.
    wants: Vec<Vec<Want>>,
    records: Vec<Record>,
    /// Per post, its unit with the unit's level and bloc.
    post_unit: Vec<(usize, Level, Bloc)>,
}

/// Each unit's index by its id (the rule is made before any `Index`).
fn units_by_id(s: &Scenario) -> BTreeMap<&str, usize> {
    s.units
        .iter()
        .enumerate()
        .map(|(u, x)| (x.id.0.as_str(), u))
        .collect()
}

/// Each title's needs, and the bloc its posts belong to: a title listed under `titles`
/// first, else the needs set for the level of its first post. Keyed by the folded title,
/// as pipelines match titles in any case and with or without diacritics.
fn title_needs(s: &Scenario) -> BTreeMap<String, (Vec<Experience>, Option<Bloc>)> {
    let unit_of = units_by_id(s);
    let mut out: BTreeMap<String, (Vec<Experience>, Option<Bloc>)> = BTreeMap::new();
    for post in &s.posts {
        let Some(&u) = unit_of.get(post.unit.0.as_str()) else {
            continue;
        };
        out.entry(fold(&post.title)).or_insert_with(|| {
            let needs = s.rules.development.needs.get(&s.units[u].level);
            (needs.cloned().unwrap_or_default(), Some(s.units[u].bloc))
        });
    }
    for (title, t) in &s.titles {
        let bloc = out.get(&fold(title)).and_then(|e| e.1);
        out.insert(fold(title), (t.needs.clone(), bloc));
    }
    out
}

/// Each pipeline official's record before the plan: `served` (words, units, posts) and
/// the post held now (an empty record for everyone else).
pub fn records(s: &Scenario) -> Vec<Record> {
    let unit_of = units_by_id(s);
    let post_unit: BTreeMap<&str, usize> = s
        .posts
        .iter()
        .filter_map(|p| Some((p.id.0.as_str(), *unit_of.get(p.unit.0.as_str())?)))
        .collect();
    s.officials
        .iter()
        .map(|o| {
            let mut r = Record::default();
            // Only a pipeline's record is ever asked for.
            if o.pipeline.is_empty() {
                return r;
            }
            let here = o.post.as_ref().and_then(|p| post_unit.get(p.0.as_str()));
            for entry in o.served.iter().map(String::as_str).chain(here.map(|_| "")) {
                if entry.is_empty() {
                    r.add_unit(s, *here.expect("chained only when held"));
                } else if let Some(&u) = unit_of.get(entry).or_else(|| post_unit.get(entry)) {
                    r.add_unit(s, u);
                } else if let Some(e) = Experience::from_word(entry) {
                    r.words.insert(e);
                }
            }
            r
        })
        .collect()
}

/// What each official's planned titles need that their record lacks, one entry per
/// experience (the first title that needs it names it).
pub fn wants(s: &Scenario, records: &[Record]) -> Vec<Vec<Want>> {
    let needs = title_needs(s);
    s.officials
        .iter()
        .zip(records)
        .map(|(o, r)| {
            let mut out: Vec<Want> = Vec::new();
            for title in &o.pipeline {
                let Some((list, bloc)) = needs.get(&fold(title)) else {
                    continue;
                };
                for &what in list {
                    let want = Want {
                        what,
                        title: title.clone(),
                        bloc: *bloc,
                    };
                    if !out.iter().any(|w| w.what == what) && !r.meets(&want, None) {
                        out.push(want);
                    }
                }
            }
            out
        })
        .collect()
}

impl Development {
    pub fn new(s: &Scenario) -> Development {
        let config = s.rules.development.clone();
        let any = s.officials.iter().any(|o| !o.pipeline.is_empty())
            && (!s.titles.is_empty() || !config.needs.is_empty());
        let (records, wants) = if config.enabled && any {
            let records = records(s);
            let wants = wants(s, &records);
            (records, wants)
        } else {
            (Vec::new(), Vec::new())
        };
        let unit_of = units_by_id(s);
        let post_unit = s
            .posts
            .iter()
            .map(|p| {
                let u = unit_of.get(p.unit.0.as_str()).copied().unwrap_or(0);
                (u, s.units[u].level, s.units[u].bloc)
            })
            .collect();
        Development {
            config,
            weight: s.weights.development,
            year: s.year,
            wants,
            records,
            post_unit,
        }
    }

    /// What official `o` lacks before the plan.
    pub fn wants(&self, o: usize) -> &[Want] {
        self.wants.get(o).map_or(&[], Vec::as_slice)
    }

    /// What holding post `p` gives official `o` of what they lack.
    pub fn gains(&self, o: usize, p: usize) -> Vec<&Want> {
        let with = Some(self.post_unit[p]);
        self.wants(o)
            .iter()
            .filter(|w| self.records[o].meets(w, with))
            .collect()
    }

    /// What official `o` still lacks holding post `p` (None: holding none).
    pub fn short(&self, o: usize, p: Option<usize>) -> Vec<&Want> {
        let with = p.map(|p| self.post_unit[p]);
        self.wants(o)
            .iter()
            .filter(|w| with.is_none() || !self.records[o].meets(w, with))
            .collect()
    }

    /// "Nguyễn Văn X, planned for T, gains commune-level experience" for `gains` (what a
    /// move gives official `o`), None when it gives nothing.
    pub fn gain_words(ctx: &Ctx, o: usize, gains: &[&Want]) -> Option<Msg> {
        let first = gains.first()?;
        Some(
            Msg::new(K::Develops)
                .arg("name", &ctx.ix.official(o).name)
                .arg("title", &first.title)
                .msg("gains", experience_list(gains)),
        )
    }

    /// Whether the requirement binds this year.
    fn due(&self) -> bool {
        self.config.enabled && self.config.by.is_some_and(|by| self.year >= by)
    }
}

/// "commune-level experience, experience in another bloc".
pub fn experience_list(wants: &[&Want]) -> Msg {
    Msg::new(K::ListOnly).list("items", wants.iter().map(|w| w.what.words()).collect())
}

impl Rule for Development {
    fn code(&self) -> &'static str {
        "development"
    }

    fn summary(&self) -> Msg {
        let m = Msg::new(K::SumDevelopment).arg("w", self.weight);
        match self.config.by {
            Some(by) => Msg::new(K::SumDevelopmentBy).msg("priced", m).arg("by", by),
            None => m,
        }
    }

    fn enabled(&self) -> bool {
        self.config.enabled
    }

    fn soft(&self) -> Option<i64> {
        self.config.soft()
    }

    fn forbids(&self, ctx: &Ctx, o: usize, p: usize) -> Option<Msg> {
        if !self.due() || self.wants(o).is_empty() {
            return None;
        }
        let short = self.short(o, Some(p));
        let first = short.first()?;
        Some(
            Msg::new(K::BanDevelopment)
                .arg("name", &ctx.ix.official(o).name)
                .arg("title", &first.title)
                .msg("needs", experience_list(&short))
                .arg("by", self.config.by.unwrap_or(self.year))
                .arg("post", ctx.ix.post_label(p)),
        )
    }

    fn term(&self) -> Option<CostTerm> {
        Some(CostTerm::Development)
    }

    fn cost(&self, _ctx: &Ctx, o: usize, p: usize) -> i64 {
        if self.wants(o).is_empty() {
            return 0;
        }
        -self.weight * self.gains(o, p).len() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{ban, cost, scenario};
    use super::*;

    /// The test district with a commune under it (party and government), and Dung, deputy
    /// head of education in Phú Nhuận, planned for head of education.
    fn district(extra: &str) -> Scenario {
        let mut s = scenario(extra);
        for u in [
            "{ id: x1, name: Xã Một, level: commune, bloc: government, parent: q1 }",
            "{ id: dx1, name: Đảng ủy Xã Một, level: commune, bloc: party, parent: q1 }",
        ] {
            s.units.push(serde_yaml::from_str(u).unwrap());
        }
        for p in [
            "{ id: x1-ct, unit: x1, title: Chủ tịch UBND xã, role: head, sector: education }",
            "{ id: dx1-bt, unit: dx1, title: Bí thư Đảng ủy xã, role: head, sector: education }",
        ] {
            s.posts.push(serde_yaml::from_str(p).unwrap());
        }
        s.officials[3].pipeline = vec!["Trưởng phòng GD".into()];
        s
    }

    #[test]
    fn each_need_a_move_meets_saves_the_weight_once() {
        let s = district("titles: { Trưởng phòng GD: { needs: [commune, party, other_unit] } }\nweights: { development: 50 }\n");
        let d = Development::new(&s);
        // Dung has district, government, one unit: she lacks all three.
        assert_eq!(d.wants(3).len(), 3);
        assert_eq!(
            cost(&d, &s, "d", "dx1-bt"),
            -150,
            "commune, party, another unit"
        );
        assert_eq!(cost(&d, &s, "d", "x1-ct"), -100, "commune, another unit");
        assert_eq!(cost(&d, &s, "d", "q1-edu"), -50, "another unit only");
        assert_eq!(cost(&d, &s, "d", "pn-dep"), 0, "staying gives nothing");
        assert_eq!(cost(&d, &s, "a", "x1-ct"), 0, "An is planned for nothing");
    }

    #[test]
    fn what_was_served_counts_as_words_units_or_posts() {
        let mut s =
            district("titles: { Trưởng phòng GD: { needs: [commune, party, other_bloc] } }\n");
        s.officials[3].served = vec!["dx1".into()];
        let d = Development::new(&s);
        assert!(
            d.wants(3).is_empty(),
            "a party commune unit gives all three"
        );
        s.officials[3].served = vec!["x1-ct".into(), "party".into()];
        let d = Development::new(&s);
        let left: Vec<Experience> = d.wants(3).iter().map(|w| w.what).collect();
        // Government is the title's own bloc; party was served, so other_bloc is met too.
        assert!(left.is_empty(), "{left:?}");
        s.officials[3].served = vec!["commune".into()];
        let d = Development::new(&s);
        let left: Vec<Experience> = d.wants(3).iter().map(|w| w.what).collect();
        assert_eq!(left, [Experience::Party, Experience::OtherBloc]);
    }

    #[test]
    fn a_level_sets_the_needs_of_its_titles_unless_the_title_says() {
        let s = district("rules: { development: { needs: { district: [commune] } } }\n");
        let d = Development::new(&s);
        assert_eq!(d.wants(3).len(), 1);
        let s = district("rules: { development: { needs: { district: [commune] } } }\ntitles: { Trưởng phòng GD: { needs: [province] } }\n");
        let d = Development::new(&s);
        assert_eq!(d.wants(3)[0].what, Experience::Province);
        assert_eq!(cost(&d, &s, "d", "x1-ct"), 0);
    }

    #[test]
    fn from_the_year_due_a_post_that_leaves_a_need_unmet_is_barred() {
        let extra = "titles: { Trưởng phòng GD: { needs: [commune] } }\nrules: { development: { by: 2026 } }\n";
        let s = district(extra);
        let d = Development::new(&s);
        assert_eq!(ban(&d, &s, "d", "x1-ct"), None);
        let why = ban(&d, &s, "d", "pn-dep").expect("staying leaves commune unmet");
        assert!(why.contains("Dung") && why.contains("2026"), "{why}");
        assert_eq!(ban(&d, &s, "a", "pn-dep"), None, "An lacks nothing");
        let s = district(&extra.replace("2026", "2028"));
        let d = Development::new(&s);
        assert_eq!(ban(&d, &s, "d", "pn-dep"), None, "not yet due");
    }
}
