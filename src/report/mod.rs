//! Rendering for people (`table`, `md`, `csv`, `xlsx`, `html`) and for programs (`yaml`,
//! `json`). YAML and JSON are the serde form of the documents, complete and stable.

mod csv;
pub mod html;
mod markdown;
pub mod sheets;
mod table;
mod xlsx;

use crate::messages::{Msg, K};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Yaml,
    Json,
    /// One table of the report (`--table`), for a spreadsheet.
    Csv,
    /// The report as Markdown tables, for a document.
    Md,
    /// The report as a workbook, a sheet per table (needs `--out`).
    Xlsx,
    /// One self-contained page with a picture (the moves, a timeline, cost bars).
    Html,
}

impl Format {
    /// The format a file name asks for by its extension, if any.
    pub fn of_file(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "xlsx" => Format::Xlsx,
            "html" | "htm" => Format::Html,
            "csv" => Format::Csv,
            "md" => Format::Md,
            "json" => Format::Json,
            "yaml" | "yml" => Format::Yaml,
            _ => return None,
        })
    }
}

pub use csv::csv;
pub use markdown::markdown;
pub use sheets::{
    check_sheets, comparison_sheets, explain_sheets, horizon_sheets, plan_sheets, Sheets,
};
pub use table::{
    check_table, comparison_table, diff_text, explain_table, horizon_table, plan_table, set_layout,
    verdict_table, Layout,
};
pub use xlsx::xlsx;

/// Serialises `doc` as YAML or JSON; tables are rendered by the `*_table` functions.
pub fn data<T: Serialize>(doc: &T, format: Format) -> String {
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(doc).expect("documents serialise to JSON");
            s.push('\n');
            s
        }
        _ => serde_yaml::to_string(doc).expect("documents serialise to YAML"),
    }
}

/// Temporary files being written now, removed by `remove_temporaries` when the run is
/// interrupted.
static WRITING: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes every temporary output file still being written; for an interrupted run.
pub fn remove_temporaries() {
    let paths = WRITING
        .lock()
        .map(|mut w| std::mem::take(&mut *w))
        .unwrap_or_default();
    for p in paths {
        let _ = std::fs::remove_file(p);
    }
}

/// Writes `contents` to `path` through a temporary file in the same folder and a rename,
/// so an existing file is either replaced whole or left as it was. The temporary is named
/// after its target (`.plan.yaml.XXXXXX.tmp`) and removed if the run is interrupted.
pub fn write_atomic(path: &std::path::Path, contents: &str) -> crate::Result<()> {
    write_atomic_bytes(path, contents.as_bytes())
}

/// As `write_atomic`, for bytes (a workbook).
pub fn write_atomic_bytes(path: &std::path::Path, contents: &[u8]) -> crate::Result<()> {
    use std::io::Write;
    let err = |source| crate::Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    let tmp_path = tmp.path().to_path_buf();
    if let Ok(mut w) = WRITING.lock() {
        w.push(tmp_path.clone());
    }
    let result = (|| {
        tmp.write_all(contents).map_err(err)?;
        // A temporary file is private (0600); the output keeps the mode of the file it
        // replaces, or gets the usual 0644.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(err)?;
        }
        tmp.as_file().sync_all().map_err(err)?;
        // Lets the interruption test catch a write in the middle.
        if let Some(ms) = std::env::var("ROTAPLAN_TEST_PAUSE_BEFORE_RENAME_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        tmp.persist(path).map_err(|e| err(e.error))?;
        Ok(())
    })();
    if let Ok(mut w) = WRITING.lock() {
        w.retain(|p| *p != tmp_path);
    }
    result
}

/// Whether `a` and `b` name the same existing file, by any path or hard link.
pub fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(ma), Ok(mb)) => (ma.dev(), ma.ino()) == (mb.dev(), mb.ino()),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
    }
}

/// Refuses to write `out` (given with `flag`) when it is one of the `inputs`: nothing a
/// planner wrote is overwritten.
pub fn refuse_overwrite(
    out: &std::path::Path,
    inputs: &[std::path::PathBuf],
    flag: &str,
) -> crate::Result<()> {
    match inputs.iter().find(|i| same_file(out, i)) {
        None => Ok(()),
        Some(input) => Err(crate::Error::Invalid {
            path: out.to_path_buf(),
            problems: vec![crate::error::Problem::new(
                "E304",
                String::new(),
                Msg::new(K::OutputIsInput)
                    .arg("flag", flag)
                    .arg("input", input.display()),
                Msg::new(K::HintOutputIsInput).arg("flag", flag),
            )],
        }),
    }
}

/// A file name made from a scenario's name: no folder separators, no leading dot, so a
/// name can never write outside the folder given.
pub fn file_name_for(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let clean = clean.trim_start_matches('.');
    if clean.is_empty() {
        "plan".into()
    } else {
        clean.into()
    }
}
