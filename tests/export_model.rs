//! `plan --export-model` writes an LP or MPS file that another reader understands: this
//! test parses each on its own, solves it with good_lp, and checks the optimum against
//! the plan.

mod common;
use common::*;
use good_lp::{constraint, variable, Expression, ProblemVariables, Solution, SolverModel};
use std::collections::HashMap;

type Terms = Vec<(f64, String)>;

struct Lp {
    constant: f64,
    objective: Terms,
    /// Left side, sense, right side.
    rows: Vec<(Terms, String, f64)>,
    binaries: Vec<String>,
}

/// Reads " + 3 x - 2 y" into terms.
fn terms(tokens: &[&str]) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let sign = if tokens[i] == "-" { -1.0 } else { 1.0 };
        let coef: f64 = tokens[i + 1].parse().expect("a coefficient");
        out.push((sign * coef, tokens[i + 2].to_string()));
        i += 3;
    }
    out
}

fn parse(text: &str) -> Lp {
    let constant = text
        .lines()
        .find_map(|l| l.strip_prefix("\\ objective constant: "))
        .expect("the constant is written")
        .parse()
        .unwrap();
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('\\'))
        .collect::<Vec<_>>()
        .join(" ");
    let (_, rest) = body.split_once("Minimize").unwrap();
    let (obj, rest) = rest.split_once("Subject To").unwrap();
    let (cons, rest) = rest.split_once("Binary").unwrap();
    let (bins, _) = rest.split_once("End").unwrap();
    let obj_tokens: Vec<&str> = obj.split_whitespace().skip(1).collect(); // "obj:"
    let objective = if obj_tokens == ["0"] {
        vec![]
    } else {
        terms(&obj_tokens)
    };
    let mut rows = Vec::new();
    let tokens: Vec<&str> = cons.split_whitespace().collect();
    let mut i = 0;
    while i < tokens.len() {
        assert!(tokens[i].ends_with(':'), "a row name at {i}: {}", tokens[i]);
        let start = i + 1;
        let mut j = start;
        while !["<=", "="].contains(&tokens[j]) {
            j += 1;
        }
        let lhs = if tokens[start] == "0" {
            vec![(0.0, tokens[start + 1].to_string())]
        } else {
            terms(&tokens[start..j])
        };
        rows.push((lhs, tokens[j].to_string(), tokens[j + 1].parse().unwrap()));
        i = j + 2;
    }
    Lp {
        constant,
        objective,
        rows,
        binaries: bins.split_whitespace().map(str::to_string).collect(),
    }
}

/// Reads free MPS (as `to_mps` writes it: one entry a line) into the same form.
fn parse_mps(text: &str) -> Lp {
    let constant = text
        .lines()
        .find_map(|l| l.strip_prefix("* objective constant: "))
        .expect("the constant is written")
        .parse()
        .unwrap();
    let mut section = "";
    let mut sense: HashMap<String, String> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut lhs: HashMap<String, Terms> = HashMap::new();
    let mut rhs: HashMap<String, f64> = HashMap::new();
    let mut objective = Vec::new();
    let mut binaries = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('*')) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if !line.starts_with(' ') {
            section = f[0];
            continue;
        }
        match section {
            "ROWS" if f[0] != "N" => {
                let s = if f[0] == "E" { "=" } else { "<=" };
                sense.insert(f[1].to_string(), s.to_string());
                order.push(f[1].to_string());
            }
            "COLUMNS" if f[1] != "'MARKER'" => {
                let c: f64 = f[2].parse().unwrap();
                if f[1] == "obj" {
                    if c != 0.0 {
                        objective.push((c, f[0].to_string()));
                    }
                } else {
                    lhs.entry(f[1].to_string())
                        .or_default()
                        .push((c, f[0].to_string()));
                }
            }
            "RHS" => {
                rhs.insert(f[1].to_string(), f[2].parse().unwrap());
            }
            "BOUNDS" => {
                assert_eq!(f[0], "BV", "every variable is binary");
                binaries.push(f[2].to_string());
            }
            _ => {}
        }
    }
    let rows = order
        .iter()
        .map(|r| {
            let mut terms = lhs.remove(r).unwrap_or_default();
            if terms.is_empty() {
                terms.push((0.0, binaries[0].clone()));
            }
            (terms, sense[r].clone(), rhs.get(r).copied().unwrap_or(0.0))
        })
        .collect();
    Lp {
        constant,
        objective,
        rows,
        binaries,
    }
}

/// Plans `scenario` into `dir` as JSON with the model exported as `model.EXT`; the model
/// read back, the plan, and the model's text.
fn plan_and_export(
    scenario: &std::path::Path,
    dir: &std::path::Path,
    ext: &str,
) -> (Lp, serde_json::Value, String) {
    let model = dir.join(format!("model.{ext}"));
    let plan_path = dir.join("plan.json");
    let o = run(&[
        "plan",
        scenario.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        plan_path.to_str().unwrap(),
        "--export-model",
        model.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&model).unwrap();
    let lp = if ext == "mps" {
        parse_mps(&text)
    } else {
        parse(&text)
    };
    let plan = serde_json::from_str(&std::fs::read_to_string(&plan_path).unwrap()).unwrap();
    (lp, plan, text)
}

#[test]
fn the_exported_model_reads_back_and_has_the_plans_optimum() {
    for (name, ext) in ["district1-phunhuan.yaml", "lang-son.yaml", "gia-nghia.yaml"]
        .into_iter()
        .flat_map(|n| [(n, "lp"), (n, "mps")])
    {
        let name = &format!("{name} ({ext})");
        let file = name.split(' ').next().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (lp, plan, _) = plan_and_export(&scenario(file), dir.path(), ext);

        let optimum = optimum(&lp);
        assert_eq!(
            optimum.round() as i64,
            plan["cost"]["total"].as_i64().unwrap(),
            "{name}"
        );
        // The plan's own placement is a point of the exported model with the same cost.
        let chosen: Vec<String> = plan["assignments"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| {
                Some(
                    format!("x_{}__{}", a["official"].as_str()?, a["to"].as_str()?)
                        .replace('-', "_"),
                )
            })
            .collect();
        let at = |v: &str| {
            if chosen.iter().any(|c| c == v) {
                1.0
            } else {
                0.0
            }
        };
        let cost: f64 = lp.objective.iter().map(|(c, v)| c * at(v)).sum::<f64>() + lp.constant;
        assert_eq!(
            cost.round() as i64,
            plan["cost"]["total"].as_i64().unwrap(),
            "{name}"
        );
        for (lhs, sense, rhs) in &lp.rows {
            let v: f64 = lhs.iter().map(|(c, n)| c * at(n)).sum();
            assert!(
                if sense == "=" {
                    (v - rhs).abs() < 1e-9
                } else {
                    v <= rhs + 1e-9
                },
                "{name}: a row fails at the plan"
            );
        }
    }
}

/// The optimum of the exported model, solved with microlp, with its constant.
fn optimum(lp: &Lp) -> f64 {
    let mut vars = ProblemVariables::new();
    let x: HashMap<&str, good_lp::Variable> = lp
        .binaries
        .iter()
        .map(|b| (b.as_str(), vars.add(variable().binary())))
        .collect();
    let expr = |ts: &[(f64, String)]| {
        let mut e = Expression::from(0.0);
        for (c, v) in ts {
            e += *c * x[v.as_str()];
        }
        e
    };
    let mut problem = vars.minimise(expr(&lp.objective)).using(good_lp::microlp);
    for (lhs, sense, rhs) in &lp.rows {
        let e = expr(lhs);
        problem = problem.with(if sense == "=" {
            constraint::eq(e, *rhs)
        } else {
            constraint::leq(e, *rhs)
        });
    }
    let sol = problem.solve().expect("the exported model solves");
    lp.objective
        .iter()
        .map(|(c, v)| c * sol.value(x[v.as_str()]))
        .sum::<f64>()
        + lp.constant
}

#[test]
fn ids_that_clean_to_one_name_stay_apart_in_the_export() {
    // `p-1` and `p_1`, and two officials whose ids differ only in diacritics, would all
    // become one name each if their ids were only made ASCII.
    let text = std::fs::read_to_string(scenario("district1-phunhuan.yaml"))
        .unwrap()
        .replace("q1-gd-tp", "p-1")
        .replace("pn-gd-tp", "p_1")
        .replace("vo-cao-long", "võ-cao-long")
        .replace("le-thi-binh", "vỏ-cao-long");
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("collide.yaml");
    std::fs::write(&s, text).unwrap();
    for ext in ["lp", "mps"] {
        let (lp, plan, text) = plan_and_export(&s, dir.path(), ext);
        let model = dir.path().join(format!("model.{ext}"));
        let unique: std::collections::HashSet<&String> = lp.binaries.iter().collect();
        assert_eq!(unique.len(), lp.binaries.len(), "{ext}: names are unique");
        assert_eq!(
            lp.binaries.len() as u64,
            plan["solver"]["variables"].as_u64().unwrap(),
            "{ext}: one name per variable"
        );
        assert!(
            lp.binaries.iter().any(|b| b.contains("_k")),
            "{ext}: the collision happened"
        );
        assert_eq!(
            optimum(&lp).round() as i64,
            plan["cost"]["total"].as_i64().unwrap(),
            "{ext}"
        );
        // The same scenario exports the same names.
        let again = run(&[
            "plan",
            s.to_str().unwrap(),
            "--export-model",
            model.to_str().unwrap(),
        ]);
        assert!(again.status.success());
        assert_eq!(
            std::fs::read_to_string(&model).unwrap(),
            text,
            "{ext}: stable"
        );
    }
}
