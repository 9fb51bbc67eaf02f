//! The model in CPLEX LP format, which HiGHS, CBC, SCIP, Gurobi and GLPK read, so that a
//! plan can be cross-checked with an outside solver. Variables are named `x_OFFICIAL__POST`
//! after the ids (characters LP names do not allow become `_`); the objective's constant
//! (the cost of empty seats if nobody moved) is written as a comment.

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

/// The LP-format name of pair `k`.
pub fn var_name(ix: &Index, model: &Model, k: usize) -> String {
    let (o, p) = model.cands.pairs[k];
    format!(
        "x_{}__{}",
        clean(&ix.official(o).id.0),
        clean(&ix.post(p).id.0)
    )
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
    let names: Vec<String> = (0..model.cands.pairs.len())
        .map(|k| var_name(ix, model, k))
        .collect();
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
