//! The three shipped scenarios, end to end through the binary; every plan is verified.

mod common;
use common::*;

#[test]
fn district1_phunhuan_heads_come_out_as_a_swap() {
    let plan = plan_and_verify(&scenario("district1-phunhuan.yaml"), &[]);
    assert_eq!(plan["solver"]["proven_optimal"], true);
    let swaps: Vec<&serde_json::Value> = plan["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["kind"] == "swap")
        .collect();
    assert_eq!(swaps.len(), 1, "exactly one swap: {:#?}", plan["groups"]);
    let mut who: Vec<&str> = swaps[0]["officials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    who.sort();
    assert_eq!(who, ["le-thi-binh", "vo-cao-long"]);
    let to = |id: &str| {
        plan["assignments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["official"] == id)
            .unwrap()["to"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(to("vo-cao-long"), "q1-gd-tp");
    assert_eq!(to("le-thi-binh"), "pn-gd-tp");
    assert_eq!(
        plan["cost"]["terms"]["wasted_expertise"], 0,
        "both stay in education"
    );
}

#[test]
fn gia_nghia_reaches_eight_of_eight_non_local() {
    let plan = plan_and_verify(&scenario("gia-nghia.yaml"), &[]);
    let figure = |which: &str, title: &str| {
        let k = plan[which]["key_posts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["title"] == title)
            .unwrap();
        (
            k["non_local"].as_u64().unwrap(),
            k["seats"].as_u64().unwrap(),
        )
    };
    assert_eq!(
        figure("compliance_before", "Bí thư Đảng ủy phường/xã"),
        (5, 8)
    );
    assert_eq!(
        figure("compliance_before", "Chủ tịch UBND phường/xã"),
        (4, 8)
    );
    assert_eq!(
        figure("compliance_after", "Bí thư Đảng ủy phường/xã"),
        (8, 8)
    );
    assert_eq!(
        figure("compliance_after", "Chủ tịch UBND phường/xã"),
        (8, 8)
    );
    assert_eq!(
        plan["compliance_after"]["heads_over_limit"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(plan["solver"]["proven_optimal"], true);
}

#[test]
fn lang_son_has_the_four_kinds_of_move() {
    let plan = plan_and_verify(&scenario("lang-son.yaml"), &[]);
    let kinds = &plan["move_kinds"];
    assert_eq!(kinds["down"], 2, "{kinds}");
    assert_eq!(kinds["between_communes"], 2, "{kinds}");
    assert_eq!(kinds["across_blocs"], 2, "{kinds}");
    assert_eq!(kinds["between_agencies"], 2, "{kinds}");
    assert_eq!(plan["moves"].as_array().unwrap().len(), 8);
    // Đinh Bằng Sơn moves horizontally, secretary to secretary, as in the article.
    let son = plan["moves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["official"] == "dinh-bang-son")
        .unwrap();
    assert_eq!(son["kind"], "between_communes");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    for name in ["district1-phunhuan.yaml", "gia-nghia.yaml", "lang-son.yaml"] {
        for format in ["table", "yaml", "json"] {
            let s = scenario(name);
            let a = run(&["plan", s.to_str().unwrap(), "--format", format]);
            let b = run(&["plan", s.to_str().unwrap(), "--format", format]);
            assert!(a.status.success());
            assert_eq!(a.stdout, b.stdout, "{name} {format}");
        }
    }
}

#[test]
fn table_output_names_the_swap_and_the_status() {
    let o = run(&[
        "plan",
        scenario("district1-phunhuan.yaml").to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert!(out.contains("proven optimal"));
    assert!(out.contains(
        "swap: Võ Cao Long (Quận Phú Nhuận → Quận 1) ⇄ Lê Thị Bình (Quận 1 → Quận Phú Nhuận)"
    ));
    assert!(
        out.contains("Phó Giám đốc Sở Giáo dục và Đào tạo"),
        "the unfilled post is listed"
    );
}

#[test]
fn check_reports_who_must_rotate_and_open_seats() {
    let o = run(&[
        "check",
        scenario("lang-son.yaml").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let c: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let must: Vec<&str> = c["must_rotate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["official"].as_str().unwrap())
        .collect();
    assert_eq!(must.len(), 6, "{must:?}");
    assert!(must.contains(&"dinh-bang-son") && must.contains(&"chu-van-nam"));
    assert_eq!(c["open_seats"].as_array().unwrap().len(), 2);
    assert!(c["dead_ends"].as_array().unwrap().is_empty());
}

/// Built only with `--features highs`, which CI runs.
#[cfg(feature = "highs")]
#[test]
fn highs_gives_the_same_cost() {
    for name in ["district1-phunhuan.yaml", "gia-nghia.yaml", "lang-son.yaml"] {
        let a = plan_and_verify(&scenario(name), &[]);
        let b = plan_and_verify(&scenario(name), &["--solver", "highs"]);
        assert_eq!(a["cost"], b["cost"], "{name}");
        assert_eq!(b["solver"]["proven_optimal"], true);
    }
}

/// Every shipped scenario and what-if variant is planned and checked in Vietnamese and in
/// English: the Vietnamese report is in Vietnamese (its headings, no English heading left)
/// and the English one in English.
#[test]
fn every_shipped_scenario_renders_in_both_languages() {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .unwrap()
        .chain(std::fs::read_dir(root().join("scenarios/whatif")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for f in &files {
        let file = f.to_str().unwrap();
        for cmd in ["plan", "check"] {
            let vi = bin().args([cmd, file, "--lang", "vi"]).output().unwrap();
            let en = bin().args([cmd, file, "--lang", "en"]).output().unwrap();
            assert_eq!(vi.status.code(), en.status.code(), "{file}");
            let (vi_text, en_text) = (stdout(&vi) + &stderr(&vi), stdout(&en) + &stderr(&en));
            if vi.status.success() {
                let (vi_head, en_head) = match cmd {
                    "plan" => ("Phương án luân chuyển:", "Rotation plan:"),
                    _ => ("Kịch bản ", "Scenario "),
                };
                assert!(vi_text.starts_with(vi_head), "{file}: {vi_text}");
                assert!(en_text.starts_with(en_head), "{file}: {en_text}");
                for english in [
                    "Moves (",
                    "Cost (points)",
                    "Compliance:",
                    "Must rotate",
                    "Why",
                ] {
                    assert!(
                        !vi_text.contains(english),
                        "{file}: `{english}` in {vi_text}"
                    );
                }
            } else {
                // An infeasible variant says why in the language asked for.
                assert!(
                    vi_text.contains("không có phương án khả thi"),
                    "{file}: {vi_text}"
                );
                assert!(en_text.contains("no feasible plan"), "{file}: {en_text}");
            }
        }
    }
}
