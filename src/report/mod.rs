//! Rendering for people (`table`) and for programs (`yaml`, `json`). YAML and JSON are the
//! serde form of the documents, complete and stable; tables are for reading.

mod table;

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Yaml,
    Json,
}

pub use table::{
    check_table, comparison_table, diff_text, horizon_table, plan_table, verdict_table,
};

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

/// Writes `contents` to `path` through a temporary file in the same folder and a rename,
/// so an existing file is either replaced whole or left as it was.
pub fn write_atomic(path: &std::path::Path, contents: &str) -> crate::Result<()> {
    use std::io::Write;
    let err = |source| crate::Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
    tmp.write_all(contents.as_bytes()).map_err(err)?;
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
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
