//! The planner's way in, end to end: `rotaplan template`, the workbook filled in as a
//! planner fills it (Vietnamese words, yes/no as có/không, the example rows left in), and
//! `rotaplan plan mau.xlsx` gives the plan of the equivalent YAML.

mod common;
use calamine::{Data, Reader, Xlsx};
use common::*;
use serde_yaml::Value;
use std::path::Path;

/// A closed-list value in the words a Vietnamese planner writes, some without marks.
fn in_words(field: &str, v: &str) -> String {
    let words: &[(&str, &str)] = match field {
        "level" => &[
            ("province", "cấp tỉnh"),
            ("district", "huyện"),
            ("commune", "Xã"),
        ],
        "bloc" => &[
            ("party", "đảng"),
            ("government", "chinh quyen"),
            ("front", "Mặt trận"),
        ],
        "role" => &[
            ("head", "cấp trưởng"),
            ("deputy", "CẤP PHÓ"),
            ("member", "thành viên"),
        ],
        "degree" | "requires.degree" => &[
            ("doctorate", "tiến sĩ"),
            ("master", "thạc sĩ"),
            ("bachelor", "cử nhân"),
            ("college", "cao đẳng"),
        ],
        "rating" => &[
            ("excellent", "hoàn thành xuất sắc"),
            ("good", "hoàn thành tốt"),
            ("completed", "hoàn thành"),
            ("not_completed", "không hoàn thành"),
        ],
        "sex" => &[("male", "nam"), ("female", "Nữ")],
        _ => &[],
    };
    words
        .iter()
        .find(|(en, _)| *en == v)
        .map_or(v.to_string(), |(_, vi)| vi.to_string())
}

/// A field of a list element as a planner types it in its cell.
fn typed(field: &str, v: &Value) -> Option<String> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(b) => if *b { "có" } else { "không" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(t) => in_words(field, t),
        Value::Sequence(items) => items
            .iter()
            .map(|i| i.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("; "),
        Value::Mapping(m) => m
            .iter()
            .map(|(k, v)| format!("{}: {}", k.as_str().unwrap(), v.as_u64().unwrap()))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Tagged(_) => unreachable!(),
    })
}

fn field_of(header: &str) -> &str {
    header
        .rsplit_once('(')
        .and_then(|(_, f)| f.strip_suffix(')'))
        .expect("the template's headers name their field")
}

fn get<'a>(v: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(v, |v, k| v.get(k))
}

/// The template at `mau`, filled in with gia-nghia.yaml's units, posts and officials; with
/// `month`, the planner also takes up the template's `# month` row.
fn fill(mau: &Path, month: Option<&str>) {
    let o = run(&["template", "--out", s(mau), "--lang", "vi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let yaml = scenario("gia-nghia.yaml");
    let source: Value = serde_yaml::from_str(&std::fs::read_to_string(&yaml).unwrap()).unwrap();

    // The template as the planner opens it: every sheet, its header and example rows.
    let mut template: Xlsx<_> = calamine::open_workbook(mau).unwrap();
    let mut filled = rust_xlsxwriter::Workbook::new();
    let lists = [
        ("Đơn vị", "units"),
        ("Vị trí", "posts"),
        ("Cán bộ", "officials"),
        ("Chỉ định", "pins"),
    ];
    let names = template.sheet_names();
    assert!(
        lists.iter().all(|(n, _)| names.iter().any(|m| m == n)),
        "{names:?}"
    );
    for name in names {
        let range = template.worksheet_range(&name).unwrap();
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(Data::to_string).collect())
            .collect();
        let sheet = filled.add_worksheet().set_name(&name).unwrap();
        // What the template holds stays: headers, the example row, the settings.
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let mut cell = cell.clone();
                if name == "Cấu hình" && c == 1 {
                    // The planner's name and year over the template's placeholders.
                    match rows[r][0].as_str() {
                        "name" => cell = "gia-nghia".into(),
                        "year" => cell = "2021".into(),
                        "# month" if month.is_some() => cell = month.unwrap().into(),
                        _ => {}
                    }
                }
                if name == "Cấu hình" && c == 0 && cell == "# month" && month.is_some() {
                    cell = "month".into();
                }
                if !cell.is_empty() {
                    sheet.write_string(r as u32, c as u16, cell).unwrap();
                }
            }
        }
        let Some(&(_, list)) = lists.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let header = &rows[0];
        let elements = source[list].as_sequence().cloned().unwrap_or_default();
        for (i, element) in elements.iter().enumerate() {
            let r = (rows.len() + i) as u32;
            for (c, h) in header.iter().enumerate() {
                let field = field_of(h);
                if let Some(text) = get(element, field).and_then(|v| typed(field, v)) {
                    sheet.write_string(r, c as u16, text).unwrap();
                }
            }
        }
    }
    filled.save(mau).unwrap();
}

#[test]
fn a_template_filled_in_plans_as_the_equivalent_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let mau = dir.path().join("mau.xlsx");
    let yaml = scenario("gia-nghia.yaml");
    fill(&mau, None);
    let plan = |p: &Path| {
        let o = run(&["plan", s(p), "--format", "json"]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let from_book = plan(&mau);
    assert_eq!(
        from_book,
        plan(&yaml),
        "the same plan from the filled template"
    );
    let moves: serde_json::Value = serde_json::from_str(&from_book).unwrap();
    assert!(!moves["moves"].as_array().unwrap().is_empty());
    // And the verifier accepts it against the workbook.
    plan_and_verify(&mau, &[]);
    // The plan's month taken up from the template: as the YAML with `month: 7`.
    let july = dir.path().join("mau-7.xlsx");
    fill(&july, Some("7"));
    let with_month = dir.path().join("gia-nghia-7.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &with_month,
        text.replace("year: 2021\n", "year: 2021\nmonth: 7\n"),
    )
    .unwrap();
    let resolved = |p: &Path| stdout(&run(&["check", "--resolved", s(p)]));
    assert!(resolved(&july).contains("month: 7"));
    assert_eq!(plan(&july), plan(&with_month));
}
