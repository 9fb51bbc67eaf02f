//! Reading a scenario from each format: the same generated preset written as YAML, JSON,
//! a workbook and a folder of CSV files (the workbook's sheets), each read with `scenario::load_all` (parse, check every field,
//! validate). A whole national read takes seconds, so each is timed over a few runs
//! rather than by criterion:
//!   cargo bench --bench read_formats [-- province|national]
use rotaplan::generate::{generate, Spec};
use rotaplan::messages::Lang;
use rotaplan::report::{self, Format};
use rotaplan::scenario::{load_all, workbook};
use std::time::Instant;

fn main() {
    let national = std::env::args().any(|a| a == "national");
    let (name, spec) = if national {
        ("national", Spec::national(1))
    } else {
        ("province", Spec::province(1))
    };
    let s = generate(&spec);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let yaml = dir.path().join("s.yaml");
    let json = dir.path().join("s.json");
    let xlsx = dir.path().join("s.xlsx");
    std::fs::write(&yaml, report::data(&s, Format::Yaml)).expect("written");
    std::fs::write(&json, report::data(&s, Format::Json)).expect("written");
    std::fs::write(
        &xlsx,
        workbook::write(&s, Lang::Vi, &xlsx).expect("a workbook"),
    )
    .expect("written");
    let csv = dir.path().join("s");
    save_as_csv(&xlsx, &csv);
    let runs = if national { 3 } else { 10 };
    for (format, path) in [
        ("yaml", &yaml),
        ("json", &json),
        ("xlsx", &xlsx),
        ("csv folder", &csv),
    ] {
        let size = size_of(path);
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let t = Instant::now();
            let read = load_all(path).expect("the scenario reads");
            best = best.min(t.elapsed().as_secs_f64());
            assert_eq!(read.officials.len(), s.officials.len());
        }
        println!(
            "{name} {format}: {:.1} MB, best of {runs}: {:.3} s",
            size as f64 / 1e6,
            best
        );
    }
}

/// Bytes in a file, or in the files of a folder.
fn size_of(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|d| {
                d.filter_map(|e| e.ok()?.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

/// Each sheet of the workbook as `{sheet}.csv` in `folder`.
fn save_as_csv(book: &std::path::Path, folder: &std::path::Path) {
    use calamine::{Data, Reader, Xlsx};
    std::fs::create_dir_all(folder).expect("a folder");
    let mut wb: Xlsx<_> = calamine::open_workbook(book).expect("the workbook opens");
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("a sheet");
        let mut out = csv::Writer::from_writer(Vec::new());
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|d| match d {
                    Data::Float(x) if x.fract() == 0.0 => format!("{}", *x as i64),
                    d => d.to_string(),
                })
                .collect();
            out.write_record(&cells).expect("a row");
        }
        let bytes = out.into_inner().expect("written");
        std::fs::write(folder.join(format!("{name}.csv")), bytes).expect("written");
    }
}
