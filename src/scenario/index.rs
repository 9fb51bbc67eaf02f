//! Facts derived from a validated scenario, computed once: positions by id, each post's
//! unit and grade, each official's current post and retirement year.

use super::types::*;
use std::collections::HashMap;

pub struct Index<'a> {
    pub scenario: &'a Scenario,
    unit_by_id: HashMap<&'a str, usize>,
    post_by_id: HashMap<&'a str, usize>,
    official_by_id: HashMap<&'a str, usize>,
    /// Unit of each post.
    pub post_unit: Vec<usize>,
    /// Grade of each post (explicit, or 10 × unit level + role rank).
    pub grade: Vec<i32>,
    /// Current post of each official.
    pub current: Vec<Option<usize>>,
    /// First year each official has reached the retirement age.
    /// When each official reaches the retirement age.
    pub retirement: Vec<Date>,
    /// Field (sector) number of each post, and of the field its requirements name.
    post_field: Vec<usize>,
    required_field: Vec<usize>,
    /// Years of each official in each field, `fields` to a row: the rules ask this for
    /// every candidate pair, so it is a lookup, not a string search.
    years_in_field: Vec<u32>,
    fields: usize,
    /// Years in each official's strongest field (priced for every candidate pair).
    best_years: Vec<u32>,
    /// Each post's title as a number, titles alike but for case and diacritics the same.
    title: Vec<u32>,
    /// The titles (as numbers) each official is in the pipeline for.
    pipeline: Vec<Vec<u32>>,
}

impl<'a> Index<'a> {
    /// Builds the index; the scenario must have passed validation.
    pub fn new(s: &'a Scenario) -> Index<'a> {
        let unit_by_id: HashMap<&str, usize> = s
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.0.as_str(), i))
            .collect();
        let post_by_id: HashMap<&str, usize> = s
            .posts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.0.as_str(), i))
            .collect();
        let official_by_id = s
            .officials
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.0.as_str(), i))
            .collect();
        let post_unit: Vec<usize> = s
            .posts
            .iter()
            .map(|p| unit_by_id[p.unit.0.as_str()])
            .collect();
        let grade = s
            .posts
            .iter()
            .zip(&post_unit)
            .map(|(p, &u)| {
                p.grade
                    .unwrap_or(10 * s.units[u].level.rank() + p.role.rank())
            })
            .collect();
        let current = s
            .officials
            .iter()
            .map(|o| o.post.as_ref().map(|p| post_by_id[p.0.as_str()]))
            .collect();
        let retirement = s
            .officials
            .iter()
            .map(|o| s.retirement.retirement(o.born, o.sex))
            .collect();
        let mut field_of: HashMap<&str, usize> = HashMap::new();
        let mut field = |name: &'a str| {
            let next = field_of.len();
            *field_of.entry(name).or_insert(next)
        };
        let post_field: Vec<usize> = s.posts.iter().map(|p| field(&p.sector)).collect();
        let required_field: Vec<usize> = s
            .posts
            .iter()
            .map(|p| field(p.requires.sector.as_deref().unwrap_or(&p.sector)))
            .collect();
        let fields = field_of.len();
        let mut years_in_field = vec![0; s.officials.len() * fields];
        for (o, official) in s.officials.iter().enumerate() {
            for (name, &years) in &official.experience {
                if let Some(&f) = field_of.get(name.as_str()) {
                    years_in_field[o * fields + f] = years;
                }
            }
        }
        let best_years = s
            .officials
            .iter()
            .map(|o| o.experience.values().copied().max().unwrap_or(0))
            .collect();
        let mut title_of: HashMap<String, u32> = HashMap::new();
        let title: Vec<u32> = s
            .posts
            .iter()
            .map(|p| {
                let next = title_of.len() as u32;
                *title_of.entry(super::words::fold(&p.title)).or_insert(next)
            })
            .collect();
        let pipeline = s
            .officials
            .iter()
            .map(|o| {
                o.pipeline
                    .iter()
                    .filter_map(|t| title_of.get(&super::words::fold(t)).copied())
                    .collect()
            })
            .collect();
        Index {
            title,
            pipeline,
            best_years,
            post_field,
            required_field,
            years_in_field,
            fields,
            scenario: s,
            unit_by_id,
            post_by_id,
            official_by_id,
            post_unit,
            grade,
            current,
            retirement,
        }
    }

    pub fn unit_index(&self, id: &UnitId) -> Option<usize> {
        self.unit_by_id.get(id.0.as_str()).copied()
    }
    pub fn post_index(&self, id: &PostId) -> Option<usize> {
        self.post_by_id.get(id.0.as_str()).copied()
    }
    pub fn official_index(&self, id: &OfficialId) -> Option<usize> {
        self.official_by_id.get(id.0.as_str()).copied()
    }

    pub fn post(&self, p: usize) -> &'a Post {
        &self.scenario.posts[p]
    }
    pub fn official(&self, o: usize) -> &'a Official {
        &self.scenario.officials[o]
    }
    pub fn unit_of(&self, p: usize) -> &'a Unit {
        &self.scenario.units[self.post_unit[p]]
    }

    /// Whether the official counts as local where post `p` is.
    pub fn is_local(&self, o: usize, p: usize) -> bool {
        let loc = self.unit_of(p).locality();
        self.official(o).home.iter().any(|h| h == loc)
    }

    /// Time in the current post when the plan takes effect.
    pub fn time_in_post(&self, o: usize) -> Option<Span> {
        let s = self.scenario;
        self.official(o)
            .since
            .map(|d| d.until(s.year, s.effect_month()))
    }

    /// Years of official `o` in the sector of post `p`.
    pub fn experience_for(&self, o: usize, p: usize) -> u32 {
        self.years_in_field[o * self.fields + self.post_field[p]]
    }

    /// Years of official `o` in the field post `p` requires.
    pub fn experience_required_for(&self, o: usize, p: usize) -> u32 {
        self.years_in_field[o * self.fields + self.required_field[p]]
    }

    /// Whether official `o` is in the pipeline for the title of post `p` (Regulation 377),
    /// case and diacritics aside.
    pub fn planned_for(&self, o: usize, p: usize) -> bool {
        self.pipeline[o].contains(&self.title[p])
    }

    /// Years in the official's strongest sector.
    pub fn best_experience(&self, o: usize) -> u32 {
        self.best_years[o]
    }

    /// Service left when the plan takes effect, before the retirement age.
    pub fn service_left(&self, o: usize) -> Span {
        let s = self.scenario;
        self.retirement[o].after(s.year, s.effect_month())
    }

    /// "Post title, unit name" for reports.
    pub fn post_label(&self, p: usize) -> String {
        format!("{}, {}", self.post(p).title, self.unit_of(p).name)
    }

    /// The label of the post with this id (its id if the scenario has no such post).
    pub fn post_label_of(&self, id: &PostId) -> String {
        self.post_index(id)
            .map_or_else(|| id.0.clone(), |p| self.post_label(p))
    }

    /// A locality by the name of the unit that has it as its id, else of the first unit
    /// in it, else as written.
    pub fn place_name(&self, locality: &str) -> String {
        let units = &self.scenario.units;
        units
            .iter()
            .find(|u| u.id.0 == locality)
            .or_else(|| units.iter().find(|u| u.locality() == locality))
            .map_or_else(|| locality.to_string(), |u| u.name.clone())
    }
}
