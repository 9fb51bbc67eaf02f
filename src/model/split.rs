//! Independent parts of a model: officials and posts that no variable or row links are
//! solved apart (and in parallel), which is what makes a country-wide model tractable.

use super::Model;

/// One independent part, as indices into the whole model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Part {
    pub pairs: Vec<usize>,
    pub rows: Vec<usize>,
}

impl Part {
    /// The whole model as one part.
    pub fn whole(model: &Model) -> Part {
        Part {
            pairs: (0..model.cands.pairs.len()).collect(),
            rows: (0..model.rows.len()).collect(),
        }
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    if a != b {
        parent[a.max(b)] = a.min(b);
    }
}

/// The parts of `model`, in order of their first official; every pair and row in one.
pub fn split(model: &Model) -> Vec<Part> {
    let n_o = model.must_place.len();
    let mut parent: Vec<usize> = (0..n_o).collect();
    let pairs = &model.cands.pairs;
    let mut holder_of_post: Vec<Option<usize>> = vec![None; model.post_capacity.len()];
    for &(o, p) in pairs {
        match holder_of_post[p] {
            Some(first) => union(&mut parent, first, o),
            None => holder_of_post[p] = Some(o),
        }
    }
    for row in &model.rows {
        if let Some(&(k0, _)) = row.terms.first() {
            for &(k, _) in &row.terms[1..] {
                union(&mut parent, pairs[k0].0, pairs[k].0);
            }
        }
    }
    let mut index_of_root = vec![usize::MAX; n_o];
    let mut parts: Vec<Part> = Vec::new();
    let mut part_of = |parent: &mut [usize], o: usize, parts: &mut Vec<Part>| {
        let r = find(parent, o);
        if index_of_root[r] == usize::MAX {
            index_of_root[r] = parts.len();
            parts.push(Part {
                pairs: Vec::new(),
                rows: Vec::new(),
            });
        }
        index_of_root[r]
    };
    for (k, &(o, _)) in pairs.iter().enumerate() {
        let i = part_of(&mut parent, o, &mut parts);
        parts[i].pairs.push(k);
    }
    for (r, row) in model.rows.iter().enumerate() {
        match row.terms.first() {
            Some(&(k, _)) => {
                let i = part_of(&mut parent, pairs[k].0, &mut parts);
                parts[i].rows.push(r);
            }
            // A row with no variables (an official with no post open): a part of its own,
            // which the solver reports infeasible when the row cannot hold.
            None => parts.push(Part {
                pairs: Vec::new(),
                rows: vec![r],
            }),
        }
    }
    parts
}
