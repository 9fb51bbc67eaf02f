//! The integer program, independent of any solver: one binary variable per eligible
//! (official, post) pair, and rows that each remember the rule and people behind them.

mod build;
mod lp;
mod split;

pub use build::{build, build_from, term_slot, Model};
pub use lp::{to_lp, to_mps, var_names};
pub use split::{split, Part};

/// The eligible (official, post) pairs, with lookups both ways.
#[derive(Debug, Clone, Default)]
pub struct Candidates {
    pub pairs: Vec<(usize, usize)>,
    pub of_official: Vec<Vec<usize>>,
    pub of_post: Vec<Vec<usize>>,
}

impl Candidates {
    pub fn new(n_officials: usize, n_posts: usize, pairs: Vec<(usize, usize)>) -> Candidates {
        let mut of_official = vec![Vec::new(); n_officials];
        let mut of_post = vec![Vec::new(); n_posts];
        for (k, &(o, p)) in pairs.iter().enumerate() {
            of_official[o].push(k);
            of_post[p].push(k);
        }
        Candidates {
            pairs,
            of_official,
            of_post,
        }
    }

    /// Every pair, eligible or not; for tests of rules alone.
    pub fn all_pairs(ix: &crate::scenario::Index) -> Candidates {
        let (n_o, n_p) = (ix.scenario.officials.len(), ix.scenario.posts.len());
        let pairs = (0..n_o)
            .flat_map(|o| (0..n_p).map(move |p| (o, p)))
            .collect();
        Candidates::new(n_o, n_p, pairs)
    }
}

/// Why a row exists, for explanations and diagnoses.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub rule: &'static str,
    pub text: crate::messages::Msg,
    /// Whom the row's demand is about: lifting the rule for them drops the row.
    pub about: crate::scenario::About,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    Le,
    Eq,
}

/// A linear row: Σ coef × x[pair] (≤ or =) rhs.
#[derive(Debug, Clone)]
pub struct Row {
    pub terms: Vec<(usize, f64)>,
    pub sense: Sense,
    pub rhs: f64,
    pub origin: Origin,
    /// When set, the row may be exceeded at this cost per unit (used to diagnose infeasibility).
    pub elastic: Option<i64>,
}

impl Row {
    pub fn at_most(
        terms: Vec<(usize, f64)>,
        rhs: f64,
        rule: &'static str,
        text: crate::messages::Msg,
    ) -> Row {
        Row {
            terms,
            sense: Sense::Le,
            rhs,
            origin: Origin {
                rule,
                text,
                about: crate::scenario::About::Whole,
            },
            elastic: None,
        }
    }

    /// The row, about `about` rather than the whole scenario.
    pub fn about(mut self, about: crate::scenario::About) -> Row {
        self.origin.about = about;
        self
    }
}
