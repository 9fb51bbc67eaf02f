//! CSV: one table of a report, UTF-8 with a byte-order mark so that Excel shows the
//! diacritics, fields quoted as RFC 4180 has it, lines ended CRLF.

use super::sheets::Sheets;
use crate::error::{Error, Problem, Result};
use crate::messages::{Msg, K};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The table named `table` (the first when None) as CSV.
pub fn csv(s: &Sheets, table: Option<&str>) -> Result<String> {
    let sheet = match table {
        None => s.sheets.first(),
        Some(name) => s.sheets.iter().find(|t| t.name == name),
    };
    let Some(sheet) = sheet else {
        let names: Vec<&str> = s.sheets.iter().map(|t| t.name.as_str()).collect();
        return Err(Error::Invalid {
            path: "--table".into(),
            problems: vec![Problem::new(
                "E301",
                String::new(),
                Msg::new(K::UnknownTable).arg("name", table.unwrap_or_default()),
                Msg::new(K::HintTables).arg("names", names.join(", ")),
            )],
        });
    };
    let mut out = String::from('\u{feff}');
    let line = |cells: Vec<String>| format!("{}\r\n", cells.join(","));
    out.push_str(&line(sheet.header.iter().map(|h| field(h)).collect()));
    for r in &sheet.rows {
        out.push_str(&line(r.iter().map(|v| field(&v.text())).collect()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::sheets::{Sheet, Sheets, Value};
    use super::*;

    fn one() -> Sheets {
        Sheets {
            title: vec![],
            sheets: vec![Sheet {
                name: "moves".into(),
                title: "Moves".into(),
                header: vec!["Cán bộ".into(), "n".into()],
                rows: vec![vec![Value::Text("Lê, \"Bình\"".into()), Value::Int(3)]],
            }],
        }
    }

    #[test]
    fn a_table_is_quoted_and_marked_as_utf8() {
        assert_eq!(
            csv(&one(), None).unwrap(),
            "\u{feff}Cán bộ,n\r\n\"Lê, \"\"Bình\"\"\",3\r\n"
        );
    }

    #[test]
    fn an_unknown_table_names_the_ones_there_are() {
        let e = csv(&one(), Some("stays")).unwrap_err().to_string();
        assert!(e.contains("moves"), "{e}");
    }
}
