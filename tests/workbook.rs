//! The planner's data in a workbook: every shipped scenario and a generated province go
//! to a workbook and back without losing a field, plan the same from either, a template
//! reads as an empty scenario, and a problem in a workbook is named by sheet and cell.

mod common;
use common::*;
use std::path::Path;

#[test]
fn yaml_to_workbook_and_back_keeps_every_field_and_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let province = dir.path().join("province.yaml");
    ok(&["generate", "--preset", "province", "--out", s(&province)]);
    let mut files: Vec<std::path::PathBuf> = [
        "district1-phunhuan.yaml",
        "gia-nghia.yaml",
        "lang-son.yaml",
        "gia-nghia-2021-2026.yaml",
        // Seat weights by role, and a post's priority.
        "whatif/district1-heads-matter.yaml",
        "whatif/district1-binh-retires-deputy-first.yaml",
    ]
    .iter()
    .map(|n| scenario(n))
    .collect();
    files.push(province);
    for (i, yaml) in files.iter().enumerate() {
        let book = dir.path().join(format!("{i}.xlsx"));
        let back = dir.path().join(format!("{i}.yaml"));
        ok(&["convert", s(yaml), s(&book)]);
        ok(&["convert", s(&book), s(&back)]);
        assert_eq!(
            ok(&["check", "--resolved", s(yaml)]),
            ok(&["check", "--resolved", s(&back)]),
            "{yaml:?}: every field, through the workbook"
        );
        assert_eq!(
            ok(&["plan", s(yaml), "--format", "json"]),
            ok(&["plan", s(&book), "--format", "json"]),
            "{yaml:?}: the same plan from the workbook"
        );
    }
    // A variant converts as resolved.
    let variant = root().join("scenarios/whatif/gia-nghia-front.yaml");
    let book = dir.path().join("variant.xlsx");
    ok(&["convert", s(&variant), s(&book)]);
    assert_eq!(
        ok(&["plan", s(&variant), "--format", "json"]),
        ok(&["plan", s(&book), "--format", "json"])
    );
}

#[test]
fn the_template_has_its_sheets_and_reads_as_an_empty_scenario() {
    use calamine::{open_workbook, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mau.xlsx");
    ok(&["template", "--out", s(&file), "--lang", "vi"]);
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Hướng dẫn",
            "Đơn vị",
            "Vị trí",
            "Cán bộ",
            "Chỉ định",
            "Cấu hình"
        ]
    );
    let officials = book.worksheet_range("Cán bộ").unwrap();
    let header: Vec<String> = officials
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert!(
        header.contains(&"Năm sinh (born)".to_string()),
        "{header:?}"
    );
    // The example row is marked, so the template reads as a scenario with nothing in it.
    let example = officials.rows().nth(1).unwrap()[0].to_string();
    assert!(example.starts_with('#'), "{example}");
    let report = ok(&["check", s(&file), "--lang", "en", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(report["officials"], 0);
    // Not a workbook name: refused before anything is written.
    let o = run(&["template", "--out", s(&dir.path().join("mau.yaml"))]);
    assert_eq!(o.status.code(), Some(2));
}

/// A small workbook written cell by cell, as a planner fills one in: Vietnamese words,
/// headers in words only, and one wrong value.
fn filled(path: &Path, sex: &str) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let units = book.add_worksheet().set_name("Đơn vị").unwrap();
    for (c, h) in ["Mã đơn vị", "Tên đơn vị", "Cấp", "Khối"]
        .iter()
        .enumerate()
    {
        units.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in [
        ["a", "Phường A", "xã", "chính quyền"],
        ["b", "Phường B", "Xã", "chinh quyen"],
    ]
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            units.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
    let posts = book.add_worksheet().set_name("Vị trí").unwrap();
    for (c, h) in ["Mã vị trí", "Đơn vị", "Chức danh", "Vai trò", "Lĩnh vực"]
        .iter()
        .enumerate()
    {
        posts.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in [
        ["a1", "a", "Chủ tịch UBND", "cấp trưởng", "administration"],
        ["b1", "b", "Chủ tịch UBND", "cấp trưởng", "administration"],
    ]
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            posts.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
    let officials = book.add_worksheet().set_name("Cán bộ").unwrap();
    for (c, h) in [
        "Mã cán bộ",
        "Họ và tên",
        "Vị trí đang giữ",
        "Giữ từ năm",
        "Năm sinh",
        "Giới tính",
        "Địa phương",
        "Kinh nghiệm",
    ]
    .iter()
    .enumerate()
    {
        officials.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, name, post, sex)) in [("p", "Người P", "a1", "nam"), ("q", "Người Q", "b1", sex)]
        .iter()
        .enumerate()
    {
        let r = r as u32 + 1;
        officials.write_string(r, 0, *id).unwrap();
        officials.write_string(r, 1, *name).unwrap();
        officials.write_string(r, 2, *post).unwrap();
        if r == 1 {
            // A month as text, and a day in a date cell, as a spreadsheet keeps dates.
            officials.write_string(r, 3, "03/2010").unwrap();
            let day = rust_xlsxwriter::ExcelDateTime::from_ymd(1980, 5, 17).unwrap();
            let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
            officials
                .write_datetime_with_format(r, 4, &day, &format)
                .unwrap();
        } else {
            officials.write_number(r, 3, 2010.0).unwrap();
            officials.write_number(r, 4, 1980.0).unwrap();
        }
        officials.write_string(r, 5, *sex).unwrap();
        officials.write_string(r, 6, "a; b").unwrap();
        officials.write_string(r, 7, "administration: 16").unwrap();
    }
    let settings = book.add_worksheet().set_name("Cấu hình").unwrap();
    settings.write_string(0, 0, "Khóa").unwrap();
    settings.write_string(1, 0, "name").unwrap();
    settings.write_string(1, 1, "dien-thu").unwrap();
    settings.write_string(2, 0, "year").unwrap();
    settings.write_number(2, 1, 2026.0).unwrap();
    settings
        .write_string(3, 0, "rules.term_limit.years")
        .unwrap();
    settings.write_number(3, 1, 10.0).unwrap();
    book.save(path).unwrap();
}

#[test]
fn a_filled_workbook_plans_and_a_wrong_value_is_named_by_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.xlsx");
    filled(&good, "Nữ");
    let yaml = dir.path().join("good.yaml");
    ok(&["convert", s(&good), s(&yaml)]);
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(
        text.contains("sex: female") && text.contains("level: commune"),
        "{text}"
    );
    assert!(text.contains("years: 10"), "the settings sheet: {text}");
    assert!(
        text.contains("since: 2010-03") && text.contains("born: 1980-05-17"),
        "dates as text and in a date cell: {text}"
    );
    let plan: serde_json::Value =
        serde_json::from_str(&ok(&["plan", s(&good), "--format", "json"])).unwrap();
    assert_eq!(plan["scenario"], "dien-thu");
    let bad = dir.path().join("bad.xlsx");
    filled(&bad, "nuu");
    let o = run(&["check", s(&bad), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.xlsx: Cán bộ!F3: officials[1].sex: error[E001]: unknown variant `nuu`"),
        "{err}"
    );
}

#[test]
fn a_variant_may_extend_a_workbook_a_json_file_or_a_folder_of_csv_files() {
    let dir = tempfile::tempdir().unwrap();
    let base = scenario("gia-nghia.yaml");
    let variant = root().join("scenarios/whatif/gia-nghia-front.yaml");
    let text = std::fs::read_to_string(&variant).unwrap();
    let expected = ok(&["plan", s(&variant), "--format", "json"]);
    let book = dir.path().join("base.xlsx");
    let json = dir.path().join("base.json");
    ok(&["convert", s(&base), s(&book)]);
    ok(&["convert", s(&base), s(&json)]);
    // The workbook's sheets as CSV files, through the reader the tests trust.
    let folder = dir.path().join("base-csv");
    save_as_csv(&book, &folder);
    for base in ["base.xlsx", "base.json", "base-csv"] {
        let v = dir.path().join(format!("front-on-{base}.yaml"));
        std::fs::write(
            &v,
            text.replace("extends: ../gia-nghia.yaml", &format!("extends: {base}")),
        )
        .unwrap();
        let plan = ok(&["plan", s(&v), "--format", "json"]);
        // The variant's name comes from its file; the rest is the same plan.
        let strip = |p: &str| p.replace(&format!("front-on-{base}"), "gia-nghia-front");
        assert_eq!(strip(&plan), expected, "extending {base}");
    }
    // A problem in the base workbook is named by its cell, from the variant.
    let bad = dir.path().join("bad.xlsx");
    filled(&bad, "nuu");
    let v = dir.path().join("on-bad.yaml");
    std::fs::write(&v, "extends: bad.xlsx\nname: x\n").unwrap();
    let o = run(&["check", s(&v), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.xlsx: Cán bộ!F3: officials[1].sex"),
        "{err}"
    );
}
