//! A plan's moves as kidney-exchange shapes: swaps (two officials exchange posts), longer
//! cycles, and chains that start where a seat was vacant.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Swap,
    Cycle,
    Chain,
}

/// Officials (by index), each one's old seat taken by the one after: in a chain the first
/// fills a vacant seat; in a cycle the first one's seat is taken by the second, and the
/// last one's by the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub kind: GroupKind,
    pub officials: Vec<usize>,
}

/// Groups the moves of a plan. `before`/`after` give each official's post; seats of a post
/// with several holders are matched in official order, so the grouping is deterministic.
pub fn decompose(before: &[Option<usize>], after: &[Option<usize>], n_posts: usize) -> Vec<Group> {
    let movers: Vec<usize> = (0..before.len())
        .filter(|&o| after[o].is_some() && before[o] != after[o])
        .collect();
    let mut leaving = vec![Vec::new(); n_posts];
    let mut arriving = vec![Vec::new(); n_posts];
    for &o in &movers {
        if let Some(a) = before[o] {
            leaving[a].push(o);
        }
        arriving[after[o].expect("movers are placed")].push(o);
    }
    // next[o]: who took the seat o left; prev[o]: whose seat o took.
    let n = before.len();
    let (mut next, mut prev) = (vec![None; n], vec![None; n]);
    for p in 0..n_posts {
        for (&l, &a) in leaving[p].iter().zip(&arriving[p]) {
            next[l] = Some(a);
            prev[a] = Some(l);
        }
    }
    let mut seen = vec![false; n];
    let mut groups = Vec::new();
    for &o in &movers {
        if prev[o].is_none() {
            let mut chain = Vec::new();
            let mut at = Some(o);
            while let Some(x) = at {
                seen[x] = true;
                chain.push(x);
                at = next[x];
            }
            groups.push(Group {
                kind: GroupKind::Chain,
                officials: chain,
            });
        }
    }
    for &o in &movers {
        if seen[o] {
            continue;
        }
        // A cycle, entered at its lowest index since movers are in index order.
        let mut cycle = Vec::new();
        let mut at = o;
        loop {
            seen[at] = true;
            cycle.push(at);
            at = next[at].expect("a mover outside every chain lies on a cycle");
            if at == o {
                break;
            }
        }
        groups.push(Group {
            kind: if cycle.len() == 2 {
                GroupKind::Swap
            } else {
                GroupKind::Cycle
            },
            officials: cycle,
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_swap_a_cycle_and_a_chain() {
        // Posts 0..7. Officials 0,1 swap posts 0,1; 2,3,4 rotate 2→3→4→2; 5 moves from 5 to
        // the vacant post 6 and 6 (from the pool) takes post 5; 7 stays in 7.
        let before = vec![
            Some(0),
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            None,
            Some(7),
        ];
        let after = vec![
            Some(1),
            Some(0),
            Some(3),
            Some(4),
            Some(2),
            Some(6),
            Some(5),
            Some(7),
        ];
        let g = decompose(&before, &after, 8);
        assert_eq!(g.len(), 3);
        assert_eq!(
            g[0],
            Group {
                kind: GroupKind::Chain,
                officials: vec![5, 6]
            }
        );
        assert_eq!(
            g[1],
            Group {
                kind: GroupKind::Swap,
                officials: vec![0, 1]
            }
        );
        assert_eq!(g[2].kind, GroupKind::Cycle);
        assert_eq!(
            g[2].officials,
            vec![2, 4, 3],
            "4 takes 2's seat, 3 takes 4's, 2 takes 3's"
        );
    }
}
