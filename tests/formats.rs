//! The report formats for people other than the table: Markdown for a document, CSV for a
//! spreadsheet, in both languages; snapshots (insta) pin what District 1's plan says.

mod common;
use common::*;

fn out(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

fn scenario_str(name: &str) -> String {
    scenario(name).to_str().unwrap().to_string()
}

#[test]
fn every_shipped_plan_renders_as_markdown_and_csv() {
    for name in ["district1-phunhuan.yaml", "gia-nghia.yaml", "lang-son.yaml"] {
        let s = scenario_str(name);
        let md = out(&["plan", &s, "--format", "md", "--lang", "vi"]);
        assert!(md.starts_with("# Phương án luân chuyển:"), "{md}");
        assert!(md.contains("| Cán bộ | Từ | Đến | Loại | Lý do |"), "{md}");
        let plan: serde_json::Value =
            serde_json::from_str(&out(&["plan", &s, "--format", "json"])).unwrap();
        let moves = plan["moves"].as_array().unwrap().len();
        let csv = out(&["plan", &s, "--format", "csv", "--lang", "vi"]);
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
        // Reasons are quoted, so records are counted by their CRLF endings outside quotes.
        let records = csv.split("\r\n").filter(|l| !l.is_empty()).count();
        assert!(records > moves, "{name}: header and {moves} moves: {csv}");
        let stays = plan["stays"].as_array().unwrap().len();
        let csv = out(&["plan", &s, "--format", "csv", "--table", "stays"]);
        assert!(csv.starts_with("\u{feff}Official,Post,Why\r\n"), "{csv}");
        assert!(csv.matches("\r\n").count() > stays, "{csv}");
    }
}

#[test]
fn check_compare_and_horizon_render_as_markdown_and_csv() {
    let d1 = scenario_str("district1-phunhuan.yaml");
    let md = out(&["check", &d1, "--format", "md"]);
    assert!(md.starts_with("# Scenario district1-phunhuan"), "{md}");
    let csv = out(&["check", &d1, "--format", "csv", "--table", "must_rotate"]);
    assert!(
        csv.contains("Võ Cao Long") && csv.contains("Lê Thị Bình"),
        "{csv}"
    );
    let variant = root().join("scenarios/whatif/district1-pn-takes-none.yaml");
    let csv = out(&["compare", &d1, variant.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(csv.matches("\r\n").count(), 3, "header and two rows: {csv}");
    let csv = out(&[
        "horizon",
        &d1,
        "--to",
        "2025",
        "--format",
        "csv",
        "--table",
        "summary_yearly",
    ]);
    assert_eq!(
        csv.matches("\r\n").count(),
        4,
        "header and three years: {csv}"
    );
    let o = run(&["verify", &d1, &d1, "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2), "verify writes no tables");
}

#[test]
fn district1_plan_in_markdown_is_as_reviewed() {
    let s = scenario_str("district1-phunhuan.yaml");
    insta::assert_snapshot!(
        "district1_md_vi",
        out(&["plan", &s, "--format", "md", "--lang", "vi"])
    );
    insta::assert_snapshot!(
        "district1_md_en",
        out(&["plan", &s, "--format", "md", "--lang", "en"])
    );
}

#[test]
fn district1_plan_as_table_and_csv_is_as_reviewed() {
    let s = scenario_str("district1-phunhuan.yaml");
    insta::assert_snapshot!("district1_table_vi", out(&["plan", &s, "--lang", "vi"]));
    insta::assert_snapshot!("district1_table_en", out(&["plan", &s, "--lang", "en"]));
    insta::assert_snapshot!(
        "district1_csv_vi",
        out(&["plan", &s, "--format", "csv", "--lang", "vi"])
    );
    insta::assert_snapshot!(
        "district1_csv_en",
        out(&["plan", &s, "--format", "csv", "--lang", "en"])
    );
}

#[test]
fn a_plan_as_a_workbook_reads_back_with_its_sheets_headers_and_numbers() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ke-hoach.xlsx");
    let s = scenario_str("lang-son.yaml");
    // The extension chooses the format.
    let o = run(&["plan", &s, "--lang", "vi", "--out", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    let names = book.sheet_names();
    assert_eq!(names[0], "Thông tin");
    assert!(names.contains(&"Điều động".to_string()), "{names:?}");
    assert!(names.contains(&"Chi phí".to_string()), "{names:?}");
    let moves = book.worksheet_range("Điều động").unwrap();
    let header: Vec<String> = moves
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header, ["Cán bộ", "Từ", "Đến", "Loại", "Lý do"]);
    assert_eq!(moves.rows().count(), 1 + 8, "Lạng Sơn's plan has 8 moves");
    let cost = book.worksheet_range("Chi phí").unwrap();
    let total = cost.rows().next_back().unwrap();
    assert_eq!(total[0].to_string(), "tổng");
    assert!(
        matches!(total[1], Data::Float(x) if x == 360.0),
        "{:?}",
        total[1]
    );
    // The same plan gives the same bytes.
    let again = dir.path().join("again.xlsx");
    assert!(run(&[
        "plan",
        &s,
        "--lang",
        "vi",
        "--format",
        "xlsx",
        "--out",
        again.to_str().unwrap()
    ])
    .status
    .success());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        std::fs::read(&again).unwrap()
    );
    // Without a file there is nowhere to put a workbook.
    let o = run(&["plan", &s, "--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The page alone, as the browser test cannot check without Chromium: nothing fetched,
/// an arrow per move naming its official, every text escaped, the same bytes each time.
#[test]
fn every_shipped_plan_renders_as_one_self_contained_page() {
    for name in [
        "district1-phunhuan.yaml",
        "gia-nghia.yaml",
        "lang-son.yaml",
        "gia-nghia-2021-2026.yaml",
    ] {
        let s = scenario_str(name);
        for (lang, heading) in [("vi", "Sơ đồ điều động"), ("en", "Diagram of the moves")]
        {
            let page = out(&["plan", &s, "--format", "html", "--lang", lang]);
            assert!(page.starts_with("<!DOCTYPE html>"), "{name}");
            assert!(page.contains(heading), "{name} {lang}");
            assert!(page.contains("Content-Security-Policy"), "{name}");
            // The only address is the SVG namespace, which is a name and is not fetched.
            let addresses = page.matches("http://").count() + page.matches("https://").count();
            let namespaces = page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
            assert_eq!(addresses, namespaces, "{name}: an address in the page");
            assert!(
                !page.contains("<script") && !page.contains(" src="),
                "{name}"
            );
            let plan: serde_json::Value =
                serde_json::from_str(&out(&["plan", &s, "--format", "json"])).unwrap();
            let moves = plan["moves"].as_array().unwrap();
            assert_eq!(
                page.matches("class=\"move\"").count(),
                moves.len(),
                "{name}"
            );
            for m in moves {
                let who = format!("data-official=\"{}\"", m["official"].as_str().unwrap());
                assert!(page.contains(&who), "{name}: {who}");
            }
            assert_eq!(page, out(&["plan", &s, "--format", "html", "--lang", lang]));
        }
    }
}

#[test]
fn check_compare_and_horizon_render_as_pages_and_compare_writes_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let d1 = scenario_str("district1-phunhuan.yaml");
    let page = out(&["check", &d1, "--format", "html"]);
    assert!(page.contains("<h1>Scenario district1-phunhuan"), "{page}");
    let variant = root().join("scenarios/whatif/district1-pn-takes-none.yaml");
    let file = dir.path().join("so-sanh.html");
    let o = run(&[
        "compare",
        &d1,
        variant.to_str().unwrap(),
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        page.matches("class=\"bar\"").count(),
        8,
        "two variants, four terms"
    );
    // --out used to be the folder for the plans: it says where they go now.
    let o = run(&["compare", &d1, "--out", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--plans"), "{}", stderr(&o));
    let gn = scenario_str("gia-nghia-2021-2026.yaml");
    let page = out(&["horizon", &gn, "--to", "2023", "--format", "html"]);
    assert!(page.contains("Who holds which post each year"), "{page}");
    assert!(page.contains("class=\"moved\""), "{page}");
}
