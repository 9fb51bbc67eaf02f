//! The model in CPLEX LP format and in free MPS format, which HiGHS, CBC, SCIP, Gurobi
//! and GLPK read, so that a plan can be cross-checked with an outside solver. Variables are
//! named `x_OFFICIAL__POST` after the ids (characters LP names do not allow become `_`);
//! where two pairs' names would then be the same, each gets its pair number
//! (`x_p_1__q_k7`), so names are unique and the same for the same scenario. The
//! objective's constant (the cost of empty seats if nobody moved) is written as a comment.

use super::{Model, Sense};
use crate::scenario::Index;
use std::fmt::Write;

fn clean(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The LP-format name of pair `k`, as the ids give it (not yet made unique).
fn plain_name(ix: &Index, model: &Model, k: usize) -> String {
    let (o, p) = model.cands.pairs[k];
    format!(
        "x_{}__{}",
        clean(&ix.official(o).id.0),
        clean(&ix.post(p).id.0)
    )
}

/// The names of every pair, unique: a name that two pairs would share gets each pair's
/// number, and again until no two are the same.
pub fn var_names(ix: &Index, model: &Model) -> Vec<String> {
    let mut names: Vec<String> = (0..model.cands.pairs.len())
        .map(|k| plain_name(ix, model, k))
        .collect();
    loop {
        let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for n in &names {
            *count.entry(n.as_str()).or_default() += 1;
        }
        let shared: Vec<usize> = (0..names.len())
            .filter(|&k| count[names[k].as_str()] > 1)
            .collect();
        if shared.is_empty() {
            return names;
        }
        for k in shared {
            names[k] = format!("{}_k{k}", names[k]);
        }
    }
}

fn terms(out: &mut String, names: &[String], terms: impl Iterator<Item = (usize, f64)>) {
    let mut n = 0;
    for (k, c) in terms {
        if n % 8 == 0 {
            out.push_str("\n   ");
        }
        let sign = if c < 0.0 { '-' } else { '+' };
        let _ = write!(out, " {sign} {} {}", c.abs(), names[k]);
        n += 1;
    }
    if n == 0 {
        out.push_str(" 0");
    }
}

pub fn to_lp(ix: &Index, model: &Model) -> String {
    let names = var_names(ix, model);
    let mut out = String::new();
    let _ = writeln!(out, "\\ rotaplan model of scenario {}", ix.scenario.name);
    let _ = writeln!(out, "\\ objective constant: {}", model.constant_total());
    out.push_str("Minimize\n obj:");
    terms(
        &mut out,
        &names,
        (0..names.len()).map(|k| (k, model.cost(k) as f64)),
    );
    out.push_str("\nSubject To\n");
    for (r, row) in model.rows.iter().enumerate() {
        let _ = write!(out, " r{r}_{}:", row.origin.rule);
        if row.terms.is_empty() {
            // LP format needs a variable in every row: an empty row is 0 (sense) rhs.
            let _ = write!(out, " 0 {}", names.first().map_or("x_none", String::as_str));
        } else {
            terms(&mut out, &names, row.terms.iter().copied());
        }
        let sense = match row.sense {
            Sense::Le => "<=",
            Sense::Eq => "=",
        };
        let _ = writeln!(out, " {sense} {}", row.rhs);
    }
    out.push_str("Binary\n");
    for chunk in names.chunks(8) {
        let _ = writeln!(out, " {}", chunk.join(" "));
    }
    out.push_str("End\n");
    out
}

/// The model in free MPS format (the other format every MIP solver reads): rows, then
/// columns between integer markers, the right-hand sides, and every variable binary. The
/// objective's constant is written as a comment, as in the LP file.
pub fn to_mps(ix: &Index, model: &Model) -> String {
    let names = var_names(ix, model);
    let row_names: Vec<String> = (0..model.rows.len())
        .map(|r| format!("r{r}_{}", model.rows[r].origin.rule))
        .collect();
    let mut column: Vec<Vec<(usize, f64)>> = vec![Vec::new(); names.len()];
    for (r, row) in model.rows.iter().enumerate() {
        for &(k, c) in &row.terms {
            column[k].push((r, c));
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "* rotaplan model of scenario {}", ix.scenario.name);
    let _ = writeln!(out, "* objective constant: {}", model.constant_total());
    out.push_str("NAME rotaplan\nROWS\n N obj\n");
    for (r, row) in model.rows.iter().enumerate() {
        let sense = match row.sense {
            Sense::Le => 'L',
            Sense::Eq => 'E',
        };
        let _ = writeln!(out, " {sense} {}", row_names[r]);
    }
    out.push_str("COLUMNS\n M1 'MARKER' 'INTORG'\n");
    for (k, name) in names.iter().enumerate() {
        let _ = writeln!(out, " {name} obj {}", model.cost(k));
        for &(r, c) in &column[k] {
            let _ = writeln!(out, " {name} {} {c}", row_names[r]);
        }
    }
    out.push_str(" M2 'MARKER' 'INTEND'\nRHS\n");
    for (r, row) in model.rows.iter().enumerate() {
        if row.rhs != 0.0 {
            let _ = writeln!(out, " rhs {} {}", row_names[r], row.rhs);
        }
    }
    out.push_str("BOUNDS\n");
    for name in &names {
        let _ = writeln!(out, " BV bnd {name}");
    }
    out.push_str("ENDATA\n");
    out
}
