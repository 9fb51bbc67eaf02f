//! A scenario as a workbook, the way a personnel list (danh sách cán bộ) is kept: a sheet
//! each for units, posts, officials and pins, one for the settings (rules, weights, the
//! retirement table), and one that says how to fill them in. Read back into the same tree
//! YAML gives, so every check and message is the same; each field's cell is remembered, so
//! a problem is named "Cán bộ!F12".

use crate::error::{Error, Problem, Result};
use crate::messages::{Lang, Msg, K};
use calamine::{Data, Range, Reader};
use rust_xlsxwriter::{DataValidation, DocProperties, ExcelDateTime, Format, Workbook};
use serde_yaml::{Mapping, Value};
use std::collections::HashMap;
use std::path::Path;

/// How a column's cell holds its field.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A word, a number or a yes/no, as the cell holds it.
    Plain,
    /// A list, its items separated by `;`.
    List,
    /// Experience: `field: years; field: years`.
    Years,
}

/// A column: the field (dotted for a nested one), its header in each language, its kind,
/// and the closed list it takes, if any.
struct Column {
    field: &'static str,
    vi: &'static str,
    en: &'static str,
    kind: Kind,
}

const fn col(field: &'static str, vi: &'static str, en: &'static str, kind: Kind) -> Column {
    Column {
        field,
        vi,
        en,
        kind,
    }
}

/// A sheet of elements: the scenario's list it holds, its tab name in each language.
struct Table {
    list: &'static str,
    vi: &'static str,
    en: &'static str,
    columns: &'static [Column],
}

use Kind::{List, Plain, Years};

const TABLES: [Table; 4] = [
    Table {
        list: "units",
        vi: "Đơn vị",
        en: "Units",
        columns: &[
            col("id", "Mã đơn vị", "Id", Plain),
            col("name", "Tên đơn vị", "Name", Plain),
            col("level", "Cấp", "Level", Plain),
            col("bloc", "Khối", "Bloc", Plain),
            col("parent", "Đơn vị cấp trên", "Parent", Plain),
            col("locality", "Địa bàn", "Locality", Plain),
        ],
    },
    Table {
        list: "posts",
        vi: "Vị trí",
        en: "Posts",
        columns: &[
            col("id", "Mã vị trí", "Id", Plain),
            col("unit", "Đơn vị", "Unit", Plain),
            col("title", "Chức danh", "Title", Plain),
            col("role", "Vai trò", "Role", Plain),
            col("sector", "Lĩnh vực", "Sector", Plain),
            col("key", "Chủ chốt", "Key", Plain),
            col("priority", "Mức ưu tiên", "Priority", Plain),
            col("capacity", "Số chỗ", "Seats", Plain),
            col("grade", "Bậc", "Grade", Plain),
            col("requires.years", "Yêu cầu số năm", "Years required", Plain),
            col(
                "requires.sector",
                "Yêu cầu lĩnh vực",
                "Sector required",
                Plain,
            ),
            col(
                "requires.degree",
                "Yêu cầu trình độ",
                "Degree required",
                Plain,
            ),
            col("opens", "Mở từ năm", "Opens", Plain),
        ],
    },
    Table {
        list: "officials",
        vi: "Cán bộ",
        en: "Officials",
        columns: &[
            col("id", "Mã cán bộ", "Id", Plain),
            col("name", "Họ và tên", "Name", Plain),
            col("post", "Vị trí đang giữ", "Post", Plain),
            col("since", "Giữ từ năm", "Since", Plain),
            col("born", "Năm sinh", "Born", Plain),
            col("sex", "Giới tính", "Sex", Plain),
            col("home", "Địa phương", "Home", List),
            col("experience", "Kinh nghiệm", "Experience", Years),
            col("degree", "Trình độ", "Degree", Plain),
            col("rating", "Xếp loại", "Rating", Plain),
            col("pipeline", "Quy hoạch", "Pipeline", List),
            col("relatives", "Người thân", "Relatives", List),
            col(
                "last_rotation",
                "Luân chuyển lần cuối",
                "Last rotation",
                Plain,
            ),
            col("leaves", "Rời đi năm", "Leaves", Plain),
            col("wishes", "Nguyện vọng", "Wishes", List),
            col(
                "ethnic_minority",
                "Dân tộc thiểu số",
                "Ethnic minority",
                Plain,
            ),
            col("served", "Đã công tác", "Served", List),
        ],
    },
    Table {
        list: "pins",
        vi: "Chỉ định",
        en: "Pins",
        columns: &[
            col("official", "Cán bộ", "Official", Plain),
            col("stay", "Giữ nguyên", "Stay", Plain),
            col("move", "Phải chuyển", "Move", Plain),
            col("take", "Nhận vị trí", "Take", Plain),
            col("avoid", "Không nhận", "Avoid", List),
            col("refuses", "Từ chối", "Refuses", List),
            col("year", "Năm", "Year", Plain),
        ],
    },
];

const SETTINGS: (&str, &str) = ("Cấu hình", "Settings");
const GUIDE: (&str, &str) = ("Hướng dẫn", "Instructions");

fn pick(lang: Lang, (vi, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A header: the words, then the field in brackets, which is what reading goes by.
fn header(c: &Column, lang: Lang) -> String {
    format!("{} ({})", pick(lang, (c.vi, c.en)), c.field)
}

/// The column letter(s) of a zero-based column, as a spreadsheet shows it.
fn letters(mut c: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

fn failed(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// The field `path` (dotted) of a mapping, if set.
fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

/// Sets the field `path` (dotted) of a mapping, making the mappings on the way.
fn set(map: &mut Mapping, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut m = map;
    while let Some(k) = parts.next() {
        let key = Value::String(k.to_string());
        if parts.peek().is_none() {
            m.insert(key, value);
            return;
        }
        let next = m
            .entry(key)
            .or_insert_with(|| Value::Mapping(Mapping::new()));
        if !next.is_mapping() {
            *next = Value::Mapping(Mapping::new());
        }
        m = next.as_mapping_mut().expect("made a mapping");
    }
}

/// A scalar or a small list as one line of text (`[a, b]`, `{}`), as the settings sheet
/// and the list cells hold it.
fn inline(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Null => String::new(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// The leaves of the settings (rules, weights, retirement) as dotted paths, in order; a
/// list or an empty mapping is one leaf.
fn leaves(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Mapping(m) if !m.is_empty() => {
            for (k, v) in m {
                let k = inline(k);
                leaves(&format!("{prefix}.{k}"), v, out);
            }
        }
        _ => out.push((prefix.to_string(), v.clone())),
    }
}

/// `s` as a workbook in `lang`'s headers; values are written as the scenario has them.
pub fn write(s: &super::Scenario, lang: Lang, path: &Path) -> Result<Vec<u8>> {
    let value = serde_yaml::to_value(s).map_err(|e| failed(path, e))?;
    book(Some(&value), lang, path)
}

/// An empty workbook to fill in: the sheets, their headers, an example row each (marked
/// `#`, so it is not read), drop-downs for the closed lists and the references.
pub fn template(lang: Lang, path: &Path) -> Result<Vec<u8>> {
    book(None, lang, path)
}

fn book(scenario: Option<&Value>, lang: Lang, path: &Path) -> Result<Vec<u8>> {
    let e = |err: rust_xlsxwriter::XlsxError| failed(path, err);
    let mut book = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1).map_err(e)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    let bold = Format::new().set_bold().set_text_wrap();
    let example = Format::new().set_italic().set_font_color("#777777");

    let guide = book.add_worksheet();
    guide.set_name(pick(lang, GUIDE)).map_err(e)?;
    guide.set_column_width(0, 110).map_err(e)?;
    let text = Msg::new(K::WorkbookGuide).render(lang);
    for (r, line) in text.lines().enumerate() {
        guide.write_string(r as u32, 0, line).map_err(e)?;
    }

    for t in &TABLES {
        let sheet = book.add_worksheet();
        let tab = pick(lang, (t.vi, t.en));
        sheet.set_name(tab).map_err(e)?;
        for (c, column) in t.columns.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, header(column, lang), &bold)
                .map_err(e)?;
            sheet.set_column_width(c as u16, 18).map_err(e)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(e)?;
        let rows: Vec<&Value> = scenario
            .and_then(|v| v.get(t.list))
            .and_then(Value::as_sequence)
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        for (r, element) in rows.iter().enumerate() {
            for (c, column) in t.columns.iter().enumerate() {
                let Some(v) = get(element, column.field) else {
                    continue;
                };
                let (r, c) = (r as u32 + 1, c as u16);
                match (column.kind, v) {
                    (_, Value::Null) => {}
                    (_, Value::Number(n)) => {
                        sheet
                            .write_number(r, c, n.as_f64().unwrap_or(0.0))
                            .map_err(e)?;
                    }
                    (_, Value::Bool(b)) => {
                        sheet.write_boolean(r, c, *b).map_err(e)?;
                    }
                    (Kind::Years, Value::Mapping(m)) => {
                        let items: Vec<String> = m
                            .iter()
                            .map(|(k, v)| format!("{}: {}", inline(k), inline(v)))
                            .collect();
                        sheet.write_string(r, c, items.join("; ")).map_err(e)?;
                    }
                    (_, Value::Sequence(items)) => {
                        let items: Vec<String> = items.iter().map(inline).collect();
                        sheet.write_string(r, c, items.join("; ")).map_err(e)?;
                    }
                    (_, v) => {
                        sheet.write_string(r, c, inline(v)).map_err(e)?;
                    }
                }
            }
        }
        if scenario.is_none() {
            for (c, cell) in example_row(t.list).iter().enumerate() {
                sheet
                    .write_string_with_format(1, c as u16, *cell, &example)
                    .map_err(e)?;
            }
        }
        // Drop-downs: the closed lists in the language of the headers, and the ids of
        // the sheet a column refers to. Up to a generous number of rows.
        for (c, column) in t.columns.iter().enumerate() {
            let words = closed_words(t.list, column.field, lang);
            let rule = if let Some(words) = words {
                DataValidation::new()
                    .allow_list_strings(&words)
                    .map_err(e)?
                    .ignore_blank(true)
            } else if let Some(target) = reference(t.list, column.field) {
                let sheet = pick(lang, target);
                DataValidation::new()
                    .allow_list_formula(format!("='{sheet}'!$A$2:$A$100000").as_str().into())
                    .ignore_blank(true)
                    .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning)
            } else {
                continue;
            };
            sheet
                .add_data_validation(1, c as u16, 100_000, c as u16, &rule)
                .map_err(e)?;
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(pick(lang, SETTINGS)).map_err(e)?;
    let heads = [
        Msg::new(K::WorkbookKey).render(lang),
        Msg::new(K::WorkbookValue).render(lang),
    ];
    for (c, h) in heads.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, h, &bold)
            .map_err(e)?;
    }
    sheet.set_column_width(0, 40).map_err(e)?;
    sheet.set_column_width(1, 40).map_err(e)?;
    sheet.set_freeze_panes(1, 0).map_err(e)?;
    let defaults;
    let source = match scenario {
        Some(v) => v,
        None => {
            defaults = settings_defaults(path)?;
            &defaults
        }
    };
    let mut rows = Vec::new();
    for key in ["name", "year", "month", "description", "sectors"] {
        match source.get(key) {
            Some(Value::Sequence(words)) if key == "sectors" => {
                let words: Vec<String> = words.iter().map(inline).collect();
                rows.push((key.to_string(), Value::String(words.join("; "))));
            }
            Some(v) if !v.is_null() => rows.push((key.to_string(), v.clone())),
            _ => {}
        }
    }
    if scenario.is_none() {
        // The optional settings, as examples to take up by removing the `#`.
        rows.push(("# month".into(), Value::Number(7.into())));
        rows.push((
            "# sectors".into(),
            Value::String("education; finance".into()),
        ));
    }
    for key in ["rules", "weights", "retirement", "titles"] {
        if let Some(v) = source.get(key) {
            leaves(key, v, &mut rows);
        }
    }
    for (r, (key, v)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        if key.starts_with('#') {
            sheet
                .write_string_with_format(r, 0, key, &example)
                .map_err(e)?;
            sheet
                .write_string_with_format(r, 1, inline(v), &example)
                .map_err(e)?;
            continue;
        }
        sheet.write_string(r, 0, key).map_err(e)?;
        match v {
            Value::Number(n) => {
                sheet
                    .write_number(r, 1, n.as_f64().unwrap_or(0.0))
                    .map_err(e)?;
            }
            Value::Bool(b) => {
                sheet.write_boolean(r, 1, *b).map_err(e)?;
            }
            v => {
                sheet.write_string(r, 1, inline(v)).map_err(e)?;
            }
        }
    }
    book.save_to_buffer().map_err(e)
}

/// The settings a new scenario starts from: every rule, weight and the retirement table
/// at their defaults, a name and a year to replace.
fn settings_defaults(path: &Path) -> Result<Value> {
    let mut v = Mapping::new();
    set(&mut v, "name", Value::String("ten-phuong-an".into()));
    set(&mut v, "year", Value::Number(2026.into()));
    let e = |err: serde_yaml::Error| failed(path, err);
    set(
        &mut v,
        "rules",
        serde_yaml::to_value(super::RuleConfig::default()).map_err(e)?,
    );
    set(
        &mut v,
        "weights",
        serde_yaml::to_value(super::Weights::default()).map_err(e)?,
    );
    set(
        &mut v,
        "retirement",
        serde_yaml::to_value(super::RetirementTable::default()).map_err(e)?,
    );
    Ok(Value::Mapping(v))
}

/// The example row of a sheet in the template; `#` at its start marks it as not data.
fn example_row(list: &str) -> &'static [&'static str] {
    match list {
        "units" => &["# q1", "Quận 1", "huyện", "chính quyền", "hcm", "q1"],
        "posts" => &[
            "# q1-gd-tp",
            "q1",
            "Trưởng phòng Giáo dục và Đào tạo",
            "cấp trưởng",
            "education",
            "FALSE",
            "1",
            "",
            "10",
            "",
            "thạc sĩ",
            "",
        ],
        "officials" => &[
            "# le-thi-binh",
            "Lê Thị Bình",
            "q1-gd-tp",
            "2015",
            "1972",
            "nữ",
            "q1",
            "education: 29",
            "tiến sĩ",
            "hoàn thành tốt",
            "Phó Giám đốc Sở Giáo dục và Đào tạo",
            "",
            "2015",
            "",
        ],
        _ => &["# le-thi-binh", "FALSE", "TRUE", "", "", "", ""],
    }
}

/// The words of a closed-list column, in `lang` (the Vietnamese word, or the English value).
fn closed_words(list: &str, field: &str, lang: Lang) -> Option<Vec<String>> {
    use super::{Bloc, Degree, Level, Rating, Role, Sex};
    fn words<T>(table: &[(T, &[&str])], lang: Lang) -> Vec<String> {
        table
            .iter()
            .map(|(_, w)| match lang {
                Lang::Vi => w[1].to_string(),
                Lang::En => w[0].to_string(),
            })
            .collect()
    }
    Some(match (list, field) {
        ("units", "level") => words(Level::WORDS, lang),
        ("units", "bloc") => words(Bloc::WORDS, lang),
        ("posts", "role") => words(Role::WORDS, lang),
        ("posts", "requires.degree") | ("officials", "degree") => words(Degree::WORDS, lang),
        ("officials", "rating") => words(Rating::WORDS, lang),
        ("officials", "sex") => words(Sex::WORDS, lang),
        (_, "key" | "stay" | "move" | "ethnic_minority") => vec!["TRUE".into(), "FALSE".into()],
        _ => return None,
    })
}

/// The sheet (both names) whose ids a column refers to.
fn reference(list: &str, field: &str) -> Option<(&'static str, &'static str)> {
    let table = |l: &str| TABLES.iter().find(|t| t.list == l).map(|t| (t.vi, t.en));
    match (list, field) {
        ("units", "parent") | ("posts", "unit") => table("units"),
        ("officials", "post") | ("pins", "take") => table("posts"),
        ("pins", "official") => table("officials"),
        _ => None,
    }
}

/// Where each field of the scenario read from a workbook is: "Cán bộ!F12".
#[derive(Default)]
pub struct Cells(HashMap<String, String>);

impl Cells {
    /// The cell of `field`, or of the nearest enclosing field that has one.
    pub fn find(&self, field: &str) -> Option<&str> {
        let mut f = field;
        loop {
            if let Some(c) = self.0.get(f) {
                return Some(c);
            }
            let cut = f.rfind(['.', '['])?;
            f = &f[..cut];
        }
    }
}

/// A cell's content as the tree YAML would give: numbers (whole ones as integers), yes/no,
/// text, a date cell as its day (2016-03-01); an empty cell is none.
fn cell_value(d: &Data) -> Option<Value> {
    match d {
        Data::DateTime(t) if t.is_datetime() => {
            let (y, m, d, ..) = t.to_ymd_hms_milli();
            Some(Value::String(format!("{y:04}-{m:02}-{d:02}")))
        }
        Data::DateTimeIso(s) => Some(Value::String(s.split('T').next().unwrap_or(s).into())),
        Data::Empty => None,
        Data::Int(n) => Some(Value::Number((*n).into())),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
            Some(Value::Number((*x as i64).into()))
        }
        Data::Float(x) => Some(Value::Number((*x).into())),
        Data::Bool(b) => Some(Value::Bool(*b)),
        Data::String(s) if s.trim().is_empty() => None,
        Data::String(s) => Some(Value::String(s.trim().to_string())),
        other => Some(Value::String(other.to_string())),
    }
}

/// Text written where a number or a yes/no is expected stays text, but the words a
/// spreadsheet writes for yes/no (TRUE, FALSE, có, không) are read as such.
fn plain(v: Value) -> Value {
    if let Value::String(s) = &v {
        match crate::scenario::words::fold(s).as_str() {
            "true" | "co" | "x" => return Value::Bool(true),
            "false" | "khong" => return Value::Bool(false),
            _ => {}
        }
        if let Ok(n) = s.parse::<i64>() {
            return Value::Number(n.into());
        }
    }
    v
}

/// Reads the workbook at `path` into the tree a YAML scenario gives, and where each field
/// is. Problems of the workbook's own shape (no such sheet, a header not known) are
/// problems like any other, named at their cell.
pub fn read(path: &Path) -> Result<(Value, Cells)> {
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(path).map_err(|e: calamine::XlsxError| Error::Read {
            path: path.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })?;
    let names = book.sheet_names();
    let sheet = |(vi, en): (&str, &str), _: &str| -> Result<Option<(String, Range<Data>)>> {
        let Some(name) = names
            .iter()
            .find(|n| n.as_str() == vi || n.eq_ignore_ascii_case(en))
        else {
            return Ok(None);
        };
        let range = book.worksheet_range(name).map_err(|e| Error::Read {
            path: path.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })?;
        Ok(Some((name.clone(), range)))
    };
    from_sheets(path, sheet)
}

/// Reads a workbook, or a folder of CSV files (see `read_folder`).
pub fn read_table(path: &Path) -> Result<(Value, Cells)> {
    if path.is_dir() {
        read_folder(path)
    } else {
        crate::input::check_file(path)?;
        read(path)
    }
}

/// Reads a folder of CSV files, one per sheet of the workbook (named by the sheet's
/// Vietnamese or English name, or its list: `Cán bộ.csv`, `officials.csv`), with the same
/// columns; separated by commas, semicolons (as Excel writes CSV in Vietnamese) or tabs.
pub fn read_folder(path: &Path) -> Result<(Value, Cells)> {
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(path)
        .map_err(read_error)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            problems: vec![Problem::new(
                "E001",
                String::new(),
                Msg::new(K::FolderNoCsv),
                Msg::new(K::HintFolderNoCsv),
            )],
        });
    }
    let sheet = |(vi, en): (&str, &str), list: &str| -> Result<Option<(String, Range<Data>)>> {
        let fold = crate::scenario::words::fold;
        let Some(file) = files.iter().find(|f| {
            let stem = f.file_stem().map(|s| fold(&s.to_string_lossy()));
            stem.is_some_and(|s| s == fold(vi) || s == fold(en) || s == fold(list))
        }) else {
            return Ok(None);
        };
        let text = crate::input::read_text(file)?;
        let name = file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Ok(Some((name, csv_range(&text))))
    };
    from_sheets(path, sheet)
}

/// The cells of a CSV text, each as text (an empty one as empty), as a sheet's range.
fn csv_range(text: &str) -> Range<Data> {
    // The separator is the one the header line uses most: it holds no lists.
    let head = text.lines().next().unwrap_or("");
    let separator = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&c| (head.bytes().filter(|&b| b == c).count(), c == b','))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut cells = Vec::new();
    for (r, record) in reader.records().enumerate() {
        // A malformed line (an unclosed quote) ends the sheet where it starts.
        let Ok(record) = record else { break };
        for (c, field) in record.iter().enumerate() {
            if !field.is_empty() {
                let at = (r as u32, c as u32);
                cells.push(calamine::Cell::new(at, Data::String(field.to_string())));
            }
        }
    }
    if cells.is_empty() {
        return Range::empty();
    }
    Range::from_sparse(cells)
}

/// The scenario tree from the sheets `sheet` finds by their names (Vietnamese, English)
/// and list key; a sheet's cells are named "{sheet}!{column}{row}".
fn from_sheets(
    path: &Path,
    mut sheet: impl FnMut((&str, &str), &str) -> Result<Option<(String, Range<Data>)>>,
) -> Result<(Value, Cells)> {
    let mut root = Mapping::new();
    let mut cells = Cells::default();
    let mut problems = Vec::new();
    for t in &TABLES {
        let Some((name, range)) = sheet((t.vi, t.en), t.list)? else {
            if t.list != "pins" {
                problems.push(Problem::new(
                    "E001",
                    t.list.to_string(),
                    Msg::new(K::WorkbookNoSheet)
                        .arg("sheet", t.vi)
                        .arg("en", t.en),
                    Msg::new(K::HintWorkbookNoSheet),
                ));
            }
            continue;
        };
        let mut rows = range.rows();
        let (top, left) = range.start().unwrap_or((0, 0));
        let (top, left) = (top as usize, left as usize);
        let Some(head) = rows.next() else {
            root.insert(Value::String(t.list.into()), Value::Sequence(Vec::new()));
            continue;
        };
        // Each column's field, by the bracketed field name or by the words alone.
        let mut fields: Vec<Option<&Column>> = Vec::new();
        for (c, h) in head.iter().enumerate() {
            let h = h.to_string();
            let h = h.trim();
            if h.is_empty() {
                fields.push(None);
                continue;
            }
            let by_field = h
                .rsplit_once('(')
                .and_then(|(_, f)| f.strip_suffix(')'))
                .map(str::trim);
            let column = t.columns.iter().find(|c| {
                Some(c.field) == by_field
                    || c.field == h
                    || crate::scenario::words::fold(c.vi) == crate::scenario::words::fold(h)
                    || c.en.eq_ignore_ascii_case(h)
            });
            if column.is_none() {
                let mut p = Problem::new(
                    "E001",
                    t.list.to_string(),
                    Msg::new(K::WorkbookUnknownColumn).arg("header", h),
                    Msg::new(K::HintWorkbookUnknownColumn).arg(
                        "headers",
                        t.columns
                            .iter()
                            .map(|c| header(c, Lang::Vi))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                );
                p.cell = Some(format!("{name}!{}{}", letters(left + c), top + 1));
                problems.push(p);
            }
            fields.push(column);
        }
        let mut list = Vec::new();
        for (r, row) in rows.enumerate() {
            let row_number = top + r + 2;
            let first = row.first().map(|d| d.to_string()).unwrap_or_default();
            if first.trim_start().starts_with('#') || row.iter().all(|d| cell_value(d).is_none()) {
                continue;
            }
            let i = list.len();
            let mut element = Mapping::new();
            cells
                .0
                .insert(format!("{}[{i}]", t.list), format!("{name}!A{row_number}"));
            for (c, d) in row.iter().enumerate() {
                let (Some(Some(column)), Some(v)) = (fields.get(c), cell_value(d)) else {
                    continue;
                };
                let value = match (column.kind, v) {
                    (Kind::List, Value::String(s)) => Value::Sequence(
                        s.split(';')
                            .map(str::trim)
                            .filter(|x| !x.is_empty())
                            .map(|x| Value::String(x.into()))
                            .collect(),
                    ),
                    (Kind::List, v) => Value::Sequence(vec![Value::String(inline(&v))]),
                    (Kind::Years, Value::String(s)) => {
                        let mut m = Mapping::new();
                        for item in s.split(';').map(str::trim).filter(|x| !x.is_empty()) {
                            let (k, y) = item.split_once(':').unwrap_or((item, ""));
                            m.insert(
                                Value::String(k.trim().into()),
                                plain(Value::String(y.trim().into())),
                            );
                        }
                        Value::Mapping(m)
                    }
                    (_, v) => plain(v),
                };
                set(&mut element, column.field, value);
                cells.0.insert(
                    format!("{}[{i}].{}", t.list, column.field),
                    format!("{name}!{}{row_number}", letters(left + c)),
                );
            }
            list.push(Value::Mapping(element));
        }
        root.insert(Value::String(t.list.into()), Value::Sequence(list));
    }
    if let Some((name, range)) = sheet(SETTINGS, "settings")? {
        let (top, _) = range.start().unwrap_or((0, 0));
        for (r, row) in range.rows().enumerate().skip(1) {
            let key = row.first().map(|d| d.to_string()).unwrap_or_default();
            let key = key.trim();
            if key.is_empty() || key.starts_with('#') {
                continue;
            }
            // The value as written (a description keeps its line ends); a list or a
            // mapping written on one line (`[a, b]`, `{}`) is read as such.
            let v = match row.get(1) {
                Some(Data::String(s)) if s.trim().starts_with(['[', '{']) => {
                    serde_yaml::from_str(s).unwrap_or(Value::String(s.clone()))
                }
                // The list of sectors as the other sheets write lists: "a; b".
                Some(Data::String(s)) if key == "sectors" => Value::Sequence(
                    s.split(';')
                        .map(|w| Value::String(w.trim().to_string()))
                        .filter(|w| w.as_str() != Some(""))
                        .collect(),
                ),
                Some(Data::String(s)) if !s.trim().is_empty() => plain(Value::String(s.clone())),
                Some(d) => match cell_value(d) {
                    Some(v) => v,
                    None => continue,
                },
                None => continue,
            };
            set(&mut root, key, v);
            cells
                .0
                .insert(key.to_string(), format!("{name}!B{}", top as usize + r + 1));
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            problems,
        });
    }
    Ok((Value::Mapping(root), cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_does() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }

    #[test]
    fn a_field_without_a_cell_is_placed_at_its_row() {
        let mut c = Cells::default();
        c.0.insert("officials[3]".into(), "Cán bộ!A5".into());
        c.0.insert("officials[3].born".into(), "Cán bộ!E5".into());
        assert_eq!(c.find("officials[3].born"), Some("Cán bộ!E5"));
        assert_eq!(c.find("officials[3].home[0]"), Some("Cán bộ!A5"));
        assert_eq!(c.find("units[0]"), None);
    }
}
