//! A workbook a planner opens in Excel or LibreOffice: the report's title on a first sheet,
//! then a sheet per table with its header row bold and frozen, columns as wide as their
//! text (within reason), long text wrapped, and numbers written as numbers. The creation
//! date is fixed, so the same report gives the same bytes.

use super::sheets::{Sheets, Value};
use crate::error::{Error, Result};
use crate::messages::{Lang, Msg, K};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// The widest a column is made, in characters.
const MAX_WIDTH: usize = 60;

/// A sheet's tab name from its title: Excel allows 31 characters and none of `:\/?*[]`.
fn tab_name(title: &str, taken: &[String]) -> String {
    let mut name: String = title
        .split('(')
        .next()
        .unwrap_or(title)
        .chars()
        .filter(|c| !":\\/?*[]".contains(*c))
        .collect();
    name = name.trim().trim_end_matches(',').trim().to_string();
    if name.is_empty() {
        name = "Sheet".into();
    }
    let base: String = name.chars().take(27).collect();
    let mut candidate: String = name.chars().take(31).collect();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{base} {n}");
        n += 1;
    }
    candidate
}

fn failed(e: XlsxError) -> Error {
    Error::Write {
        path: "xlsx".into(),
        source: std::io::Error::other(e.to_string()),
    }
}

pub fn xlsx(s: &Sheets, lang: Lang) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1).map_err(failed)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let mut taken: Vec<String> = Vec::new();

    let about = Msg::new(K::SheetAbout).render(lang);
    let sheet = book.add_worksheet();
    sheet.set_name(&about).map_err(failed)?;
    taken.push(about);
    for (r, line) in s.title.iter().enumerate() {
        sheet.write_string(r as u32, 0, line).map_err(failed)?;
    }
    sheet.set_column_width(0, 100).map_err(failed)?;

    for t in &s.sheets {
        let name = tab_name(&t.title, &taken);
        let sheet = book.add_worksheet();
        sheet.set_name(&name).map_err(failed)?;
        taken.push(name);
        let mut widths: Vec<usize> = t.header.iter().map(|h| h.chars().count()).collect();
        for (c, h) in t.header.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, h, &bold)
                .map_err(failed)?;
        }
        for (r, row) in t.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let col = c as u16;
                match v {
                    Value::Int(n) => {
                        sheet.write_number(r, col, *n as f64).map_err(failed)?;
                    }
                    Value::Text(text) => {
                        sheet
                            .write_string_with_format(r, col, text, &wrap)
                            .map_err(failed)?;
                    }
                }
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(v.text().chars().count());
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            let w = (*w).clamp(8, MAX_WIDTH) as f64 + 2.0;
            sheet.set_column_width(c as u16, w).map_err(failed)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
    }
    book.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_names_are_short_legal_and_unique() {
        let taken = vec!["Điều động".to_string()];
        assert_eq!(tab_name("Điều động (3), theo nhóm:", &[]), "Điều động");
        assert_eq!(tab_name("Điều động (3):", &taken), "Điều động 2");
        assert!(tab_name(&"x".repeat(40), &[]).chars().count() <= 31);
        assert_eq!(tab_name("a/b?c", &[]), "abc");
    }
}
