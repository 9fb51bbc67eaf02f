//! Markdown: the report's title, then each table with its heading, for pasting into a
//! document (a tờ trình drafted in a word processor that reads Markdown).

use super::sheets::Sheets;

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

pub fn markdown(s: &Sheets) -> String {
    let mut out = String::new();
    if let Some((first, rest)) = s.title.split_first() {
        out.push_str(&format!("# {}\n\n", cell(first)));
        for line in rest {
            out.push_str(&format!("{}\n\n", cell(line)));
        }
    }
    for sheet in &s.sheets {
        out.push_str(&format!("## {}\n\n", cell(&sheet.title)));
        if sheet.rows.is_empty() {
            out.push_str("—\n\n");
            continue;
        }
        let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        out.push_str(&row(sheet.header.iter().map(|h| cell(h)).collect()));
        out.push_str(&row(sheet
            .header
            .iter()
            .map(|_| "---".to_string())
            .collect()));
        for r in &sheet.rows {
            out.push_str(&row(r.iter().map(|v| cell(&v.text())).collect()));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::sheets::{Sheet, Sheets, Value};
    use super::*;

    #[test]
    fn pipes_and_line_breaks_stay_inside_their_cell() {
        let s = Sheets {
            title: vec!["T".into()],
            sheets: vec![Sheet {
                name: "x".into(),
                title: "X".into(),
                header: vec!["a".into(), "b".into()],
                rows: vec![vec![Value::Text("1|2\n3".into()), Value::Int(4)]],
            }],
        };
        assert_eq!(
            markdown(&s),
            "# T\n\n## X\n\n| a | b |\n| --- | --- |\n| 1\\|2<br>3 | 4 |\n\n"
        );
    }
}
