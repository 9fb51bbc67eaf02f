//! Reading an input file as text. Only a regular file no larger than a limit is read (a
//! pipe would hang, a device never ends); its bytes must be UTF-8 (a byte-order mark is
//! dropped). Each refusal names the file and says how to fix it.

use crate::error::{Error, Problem, Result};
use crate::messages::{Msg, K};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// The default size limit, in MB (10^6 bytes): the national preset is 36 MB.
pub const DEFAULT_MAX_MB: u64 = 100;

static MAX_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_MB * 1_000_000);

/// Raises or lowers the size limit for every file read after the call (`--max-input-mb`).
pub fn set_max_mb(mb: u64) {
    MAX_BYTES.store(mb.saturating_mul(1_000_000), Ordering::Relaxed);
}

fn refuse(path: &Path, code: &'static str, message: Msg, hint: Msg) -> Error {
    Error::Invalid {
        path: path.to_path_buf(),
        problems: vec![Problem::new(code, String::new(), message, hint)],
    }
}

/// The text of the file at `path`, or an error that says why it cannot be read.
/// A regular file within the size limit (E002, E003): what every input must be before it
/// is opened, text or workbook.
pub fn check_file(path: &Path) -> Result<std::fs::Metadata> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            K::IsFolder
        } else {
            K::IsDevice
        };
        return Err(refuse(
            path,
            "E002",
            Msg::new(what),
            Msg::new(K::HintFileOnDisk),
        ));
    }
    let limit = MAX_BYTES.load(Ordering::Relaxed);
    if meta.len() > limit {
        return Err(refuse(
            path,
            "E003",
            Msg::new(K::TooBig)
                .arg("size", meta.len().div_ceil(1_000_000))
                .arg("limit", limit / 1_000_000),
            Msg::new(K::HintTooBig),
        ));
    }
    Ok(meta)
}

pub fn read_text(path: &Path) -> Result<String> {
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = check_file(path)?;
    let limit = MAX_BYTES.load(Ordering::Relaxed);
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    {
        use std::io::Read;
        // Read at most one byte past the limit: the file may have grown since.
        std::fs::File::open(path)
            .map_err(read_error)?
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
    }
    if bytes.len() as u64 > limit {
        return Err(refuse(
            path,
            "E003",
            Msg::new(K::GrewTooBig).arg("limit", limit / 1_000_000),
            Msg::new(K::HintGrewTooBig),
        ));
    }
    decode(path, bytes)
}

/// UTF-8 text from `bytes`, without a byte-order mark; UTF-16 and binary files are named as such.
fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(refuse(
            path,
            "E004",
            Msg::new(K::Utf16),
            Msg::new(K::HintSaveUtf8),
        ));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(refuse(
            path,
            "E004",
            Msg::new(K::Binary),
            Msg::new(K::HintBinary),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Err(refuse(
            path,
            "E005",
            Msg::new(K::EmptyFile),
            Msg::new(K::HintEmptyFile),
        )),
        Ok(text) => Ok(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            let col = 1 + at
                - bytes[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
            let mut p = Problem::new(
                "E004",
                String::new(),
                Msg::new(K::NotUtf8),
                Msg::new(K::HintSaveUtf8),
            );
            p.at = Some((line, col));
            Err(Error::Invalid {
                path: path.to_path_buf(),
                problems: vec![p],
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> std::result::Result<String, String> {
        decode(Path::new("f.yaml"), bytes.to_vec()).map_err(|e| e.to_string())
    }

    #[test]
    fn a_utf8_byte_order_mark_is_dropped() {
        assert_eq!(decoded(b"\xEF\xBB\xBFname: x\n").unwrap(), "name: x\n");
    }

    #[test]
    fn utf16_binary_empty_and_legacy_encodings_are_named() {
        assert!(decoded(b"\xFF\xFEn\0a\0").unwrap_err().contains("UTF-16"));
        assert!(decoded(b"\x7FELF\0\0\x01").unwrap_err().contains("binary"));
        assert!(decoded(b" \n\n").unwrap_err().contains("empty"));
        let e = decoded(b"name: x\nofficials:\n  - name: L\xea Th\xec\n").unwrap_err();
        assert!(e.contains("f.yaml:3:12:"), "{e}");
        assert!(e.contains("UTF-8"), "{e}");
    }
}
