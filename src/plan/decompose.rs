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

/// The longest cycle and chain a plan may hold (`rules.exchange`); None: any length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Caps {
    pub max_cycle: Option<usize>,
    pub max_chain: Option<usize>,
}

impl Caps {
    /// Whether the group is within the caps: a cycle (or swap) counts its officials, a
    /// chain its moves, which is the same number.
    pub fn allow(&self, g: &Group) -> bool {
        let cap = match g.kind {
            GroupKind::Chain => self.max_chain,
            GroupKind::Swap | GroupKind::Cycle => self.max_cycle,
        };
        cap.is_none_or(|m| g.officials.len() <= m)
    }
}

/// How many ways of pairing seats one set of linked moves may try before it gives up.
pub const MAX_PAIRINGS: usize = 1 << 16;

/// The seats a plan's moves open and fill, post by post: whose seat each newcomer may take.
pub struct Seats {
    /// Officials who change post (a newcomer from the pool included), in index order.
    pub movers: Vec<usize>,
    /// Per post: the movers who leave it and the movers who arrive, each in index order.
    pub leaving: Vec<Vec<usize>>,
    pub arriving: Vec<Vec<usize>>,
    /// Per post: seats nobody holds after the holders who stay and the movers who leave
    /// (vacant ones, and those of holders who leave without a post).
    pub free: Vec<usize>,
}

/// Per post, for each newcomer (in `arriving` order), the index in `leaving` of the one
/// whose seat they take, or None for a free seat.
pub type Pairing = Vec<Vec<Option<usize>>>;

impl Seats {
    pub fn new(before: &[Option<usize>], after: &[Option<usize>], capacity: &[u32]) -> Seats {
        let n_posts = capacity.len();
        let movers: Vec<usize> = (0..before.len())
            .filter(|&o| after[o].is_some() && before[o] != after[o])
            .collect();
        let mut leaving = vec![Vec::new(); n_posts];
        let mut arriving = vec![Vec::new(); n_posts];
        let mut stays = vec![0usize; n_posts];
        for o in 0..before.len() {
            match (before[o], after[o]) {
                (Some(b), Some(a)) if a == b => stays[b] += 1,
                (b, Some(a)) => {
                    if let Some(b) = b {
                        leaving[b].push(o);
                    }
                    arriving[a].push(o);
                }
                _ => {}
            }
        }
        let free = (0..n_posts)
            .map(|p| (capacity[p] as usize).saturating_sub(stays[p] + leaving[p].len()))
            .collect();
        Seats {
            movers,
            leaving,
            arriving,
            free,
        }
    }

    /// Newcomers take the seats of those who leave in index order, the rest free seats:
    /// one fixed answer where a post has several seats.
    pub fn in_order(&self) -> Pairing {
        self.arriving
            .iter()
            .zip(&self.leaving)
            .map(|(a, l)| (0..a.len()).map(|i| (i < l.len()).then_some(i)).collect())
            .collect()
    }

    /// The groups of the `movers` given (a set closed under taking seats, such as all of
    /// them or one set of linked moves) under `pairing`, chains first.
    pub fn groups(
        &self,
        after: &[Option<usize>],
        pairing: &Pairing,
        movers: &[usize],
    ) -> Vec<Group> {
        // next[o]: who took the seat o left; prev: whose seat o took.
        let mut next = std::collections::HashMap::new();
        let mut has_prev = std::collections::HashSet::new();
        for &o in movers {
            let p = after[o].expect("movers are placed");
            let i = self.arriving[p]
                .iter()
                .position(|&a| a == o)
                .expect("a mover arrives where they are placed");
            if let Some(l) = pairing[p][i] {
                next.insert(self.leaving[p][l], o);
                has_prev.insert(o);
            }
        }
        let mut seen = std::collections::HashSet::new();
        let mut groups = Vec::new();
        for &o in movers {
            if !has_prev.contains(&o) {
                let mut chain = Vec::new();
                let mut at = Some(o);
                while let Some(x) = at {
                    seen.insert(x);
                    chain.push(x);
                    at = next.get(&x).copied();
                }
                groups.push(Group {
                    kind: GroupKind::Chain,
                    officials: chain,
                });
            }
        }
        for &o in movers {
            if seen.contains(&o) {
                continue;
            }
            // A cycle, entered at its lowest index since movers are in index order.
            let mut cycle = Vec::new();
            let mut at = o;
            loop {
                seen.insert(at);
                cycle.push(at);
                at = next[&at];
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

    /// The movers linked through the posts they leave and take, set by set (each in index
    /// order, sets by their first mover): a pairing of seats changes groups within a set only.
    pub fn linked(&self, before: &[Option<usize>], after: &[Option<usize>]) -> Vec<Vec<usize>> {
        let n_posts = self.free.len();
        let mut parent: Vec<usize> = (0..n_posts).collect();
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for &o in &self.movers {
            if let (Some(b), Some(a)) = (before[o], after[o]) {
                let (rb, ra) = (find(&mut parent, b), find(&mut parent, a));
                parent[rb.max(ra)] = rb.min(ra);
            }
        }
        let mut index_of_root = std::collections::HashMap::new();
        let mut sets: Vec<Vec<usize>> = Vec::new();
        for &o in &self.movers {
            let r = find(&mut parent, after[o].expect("movers are placed"));
            let i = *index_of_root.entry(r).or_insert_with(|| {
                sets.push(Vec::new());
                sets.len() - 1
            });
            sets[i].push(o);
        }
        sets
    }

    /// The ways the newcomers to post `p` may take its seats: each takes the seat of one
    /// who leaves (each seat once) or a free seat, as many as there are.
    fn options(&self, p: usize) -> Vec<Vec<Option<usize>>> {
        let (n_a, n_l, free) = (self.arriving[p].len(), self.leaving[p].len(), self.free[p]);
        let mut out = Vec::new();
        let mut cur = Vec::with_capacity(n_a);
        let mut used = vec![false; n_l];
        fn go(
            i: usize,
            n_a: usize,
            free: usize,
            cur: &mut Vec<Option<usize>>,
            used: &mut [bool],
            out: &mut Vec<Vec<Option<usize>>>,
        ) {
            if i == n_a {
                out.push(cur.clone());
                return;
            }
            for l in 0..used.len() {
                if !used[l] {
                    used[l] = true;
                    cur.push(Some(l));
                    go(i + 1, n_a, free, cur, used, out);
                    cur.pop();
                    used[l] = false;
                }
            }
            if free > 0 {
                cur.push(None);
                go(i + 1, n_a, free - 1, cur, used, out);
                cur.pop();
            }
        }
        go(0, n_a, free, &mut cur, &mut used, &mut out);
        out
    }

    /// A pairing of the seats of `set` (one set of linked movers) whose groups all meet
    /// `caps`, tried in a fixed order so the answer is the same every run. None when no
    /// pairing does, or more than [`MAX_PAIRINGS`] would have to be tried to know.
    pub fn arrange(
        &self,
        after: &[Option<usize>],
        set: &[usize],
        caps: &Caps,
    ) -> Result<Vec<Group>, Stuck> {
        let mut posts: Vec<usize> = set.iter().map(|&o| after[o].expect("placed")).collect();
        posts.sort_unstable();
        posts.dedup();
        let mut pairing = self.in_order();
        let choices: Vec<(usize, Vec<Vec<Option<usize>>>)> = posts
            .iter()
            .map(|&p| (p, self.options(p)))
            .filter(|(_, o)| o.len() > 1)
            .collect();
        let tries = choices
            .iter()
            .try_fold(1usize, |n, (_, o)| n.checked_mul(o.len()))
            .filter(|&n| n <= MAX_PAIRINGS);
        let Some(tries) = tries else {
            return Err(Stuck::TooMany);
        };
        let mut first = None;
        for t in 0..tries {
            let mut rest = t;
            for (p, opts) in &choices {
                pairing[*p] = opts[rest % opts.len()].clone();
                rest /= opts.len();
            }
            let groups = self.groups(after, &pairing, set);
            if groups.iter().all(|g| caps.allow(g)) {
                return Ok(groups);
            }
            if first.is_none() {
                first = Some(groups);
            }
        }
        Err(Stuck::Over(first.expect("at least one pairing is tried")))
    }
}

/// Why a set of linked moves has no pairing within the caps.
#[derive(Debug)]
pub enum Stuck {
    /// Every pairing holds a group over the caps; the groups of the first one tried.
    Over(Vec<Group>),
    /// Too many pairings to try.
    TooMany,
}

/// Groups the moves of a plan. `before`/`after` give each official's post; seats of a post
/// with several holders are matched in official order, so the grouping is deterministic.
pub fn decompose(before: &[Option<usize>], after: &[Option<usize>], n_posts: usize) -> Vec<Group> {
    let seats = Seats::new(before, after, &vec![u32::MAX; n_posts]);
    seats.groups(after, &seats.in_order(), &seats.movers)
}

/// Groups the moves of a plan within `caps` where some pairing of seats allows it, set by
/// set; a set none allows keeps the order-matched groups.
pub fn decompose_within(
    before: &[Option<usize>],
    after: &[Option<usize>],
    capacity: &[u32],
    caps: &Caps,
) -> Vec<Group> {
    let seats = Seats::new(before, after, capacity);
    let mut groups: Vec<Group> = Vec::new();
    for set in seats.linked(before, after) {
        match seats.arrange(after, &set, caps) {
            Ok(g) | Err(Stuck::Over(g)) => groups.extend(g),
            Err(Stuck::TooMany) => groups.extend(seats.groups(after, &seats.in_order(), &set)),
        }
    }
    // Chains first, as `decompose` lists them, each by its first official.
    groups.sort_by_key(|g| (g.kind != GroupKind::Chain, g.officials[0]));
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

    #[test]
    fn a_post_with_two_seats_pairs_its_seats_to_keep_within_the_caps() {
        // Officials a, b hold the two seats of post 0; c holds post 1, d post 2. a takes
        // d's post, b takes c's, and c and d both go to post 0.
        let before = vec![Some(0), Some(0), Some(1), Some(2)];
        let after = vec![Some(2), Some(1), Some(0), Some(0)];
        let capacity = [2, 1, 1];
        // In official order c takes a's seat and d b's: one cycle of four.
        let plain = decompose(&before, &after, 3);
        assert_eq!(plain.len(), 1);
        assert_eq!(plain[0].officials, vec![0, 2, 1, 3]);
        // Swaps only: c takes b's seat and d a's, two swaps.
        let caps = Caps {
            max_cycle: Some(2),
            max_chain: None,
        };
        let swaps = decompose_within(&before, &after, &capacity, &caps);
        assert_eq!(
            swaps,
            vec![
                Group {
                    kind: GroupKind::Swap,
                    officials: vec![0, 3]
                },
                Group {
                    kind: GroupKind::Swap,
                    officials: vec![1, 2]
                },
            ]
        );
        // No cycle at all: no pairing does it, and the set of moves is stuck.
        let none = Caps {
            max_cycle: Some(0),
            max_chain: None,
        };
        let seats = Seats::new(&before, &after, &capacity);
        let sets = seats.linked(&before, &after);
        assert_eq!(sets, vec![vec![0, 1, 2, 3]]);
        assert!(matches!(
            seats.arrange(&after, &sets[0], &none),
            Err(Stuck::Over(_))
        ));
    }

    #[test]
    fn a_newcomer_may_take_a_free_seat_to_end_a_cycle_as_a_chain() {
        // Post 0 has two seats, one vacant; a holds the other and swaps with b (post 1).
        let before = vec![Some(0), Some(1)];
        let after = vec![Some(1), Some(0)];
        let capacity = [2, 1];
        let caps = Caps {
            max_cycle: Some(0),
            max_chain: Some(2),
        };
        // b takes the vacant seat: a chain b, a (b fills it, a takes b's seat).
        let groups = decompose_within(&before, &after, &capacity, &caps);
        assert_eq!(
            groups,
            vec![Group {
                kind: GroupKind::Chain,
                officials: vec![1, 0]
            }]
        );
    }
}
