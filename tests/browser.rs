//! Each HTML report as a person sees it: opened in headless Chromium, screenshot and printed
//! to PDF. The page must load with no request outside its file, draw something, print, and
//! draw one arrow per move. Needs Chromium (`--features browser`; `.ci/run` installs it).
#![cfg(feature = "browser")]

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn chromium() -> PathBuf {
    let named = std::env::var_os("ROTAPLAN_CHROMIUM").map(PathBuf::from);
    let found = named.or_else(|| {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .find_map(|name| {
                std::env::split_paths(&std::env::var_os("PATH")?)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
    });
    found.expect(
        "the browser tests need Chromium: `apt-get install chromium` (as .ci/run does), \
         or name it with ROTAPLAN_CHROMIUM",
    )
}

/// Runs headless Chromium on `page` with `action` (a screenshot, a PDF, the DOM), in a
/// profile of its own, and gives back what it printed.
fn browse(page: &Path, action: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(action)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // Read the DOM while the browser writes it, so a large page cannot fill the pipe.
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).unwrap();
        s
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium on {}: {status}", page.display());
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium took over two minutes on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// The requests the page itself made (the browser's own, to its update and account
/// services, are "not an origin"); a page from a file should make none.
fn page_requests(net_log: &Path) -> Vec<String> {
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(net_log).unwrap()).unwrap();
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_i64()
        .unwrap();
    log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_i64() == Some(start_job))
        .filter(|e| e["params"]["initiator"].as_str() != Some("not an origin"))
        .filter_map(|e| e["params"]["url"].as_str().map(String::from))
        .filter(|url| !url.starts_with("file:") && !url.starts_with("data:"))
        .collect()
}

/// How much of a screenshot is drawn: the share of pixels that are not near white, and the
/// number of distinct colours.
fn ink(png_file: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_file).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()].chunks(channels);
    let (mut drawn, mut total) = (0usize, 0usize);
    let mut colours = std::collections::HashSet::new();
    for p in pixels {
        total += 1;
        let rgb = (p[0], p[1 % channels], p[2 % channels]);
        if rgb.0 < 235 || rgb.1 < 235 || rgb.2 < 235 {
            drawn += 1;
        }
        if colours.len() < 10_000 {
            colours.insert(rgb);
        }
    }
    (drawn as f64 / total.max(1) as f64, colours.len())
}

/// What the browser made of one page.
struct Seen {
    requests: Vec<String>,
    ink: (f64, usize),
    pdf: Vec<u8>,
    dom: String,
}

fn see(page: &Path) -> Seen {
    let dir = page.parent().unwrap();
    let stem = page.file_stem().unwrap().to_str().unwrap();
    let (net, shot, pdf) = (
        dir.join(format!("{stem}.net.json")),
        dir.join(format!("{stem}.png")),
        dir.join(format!("{stem}.pdf")),
    );
    browse(
        page,
        &[
            format!("--log-net-log={}", net.display()),
            "--window-size=1280,1600".into(),
            format!("--screenshot={}", shot.display()),
        ],
    );
    browse(
        page,
        &[
            "--no-pdf-header-footer".into(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let dom = browse(page, &["--dump-dom".into()]);
    Seen {
        requests: page_requests(&net),
        ink: ink(&shot),
        pdf: std::fs::read(&pdf).unwrap(),
        dom,
    }
}

fn assert_seen_well(name: &str, seen: &Seen) {
    assert!(
        seen.requests.is_empty(),
        "{name}: the page asked for {:?}",
        seen.requests
    );
    let (share, colours) = seen.ink;
    assert!(
        share > 0.02 && colours > 8,
        "{name}: the screenshot looks blank ({:.2}% drawn, {colours} colours)",
        share * 100.0
    );
    assert!(seen.pdf.starts_with(b"%PDF"), "{name}: no PDF");
    assert!(
        seen.pdf.windows(10).any(|w| w == b"/Type /Pag"),
        "{name}: a PDF with no page"
    );
}

fn write(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let page = dir.join(name);
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--lang", "vi", "--out", page.to_str().unwrap()]);
    let o = run(&all);
    assert!(o.status.success(), "{all:?}: {}", stderr(&o));
    page
}

#[test]
fn the_checks_can_fail_a_page_that_fetches_or_draws_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fetching = dir.path().join("fetching.html");
    std::fs::write(
        &fetching,
        "<html><body><img src=\"http://192.0.2.1/x.png\">x</body></html>",
    )
    .unwrap();
    let seen = see(&fetching);
    assert_eq!(seen.requests, ["http://192.0.2.1/x.png"]);
    let (share, _) = seen.ink;
    assert!(share < 0.02, "a near-empty page is seen as blank: {share}");
}

#[test]
fn every_shipped_plan_loads_alone_draws_an_arrow_per_move_and_prints() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "district1-phunhuan",
        "gia-nghia",
        "lang-son",
        "gia-nghia-2021-2026",
    ] {
        let s = scenario(&format!("{name}.yaml"));
        let s = s.to_str().unwrap();
        let page = write(dir.path(), &format!("{name}.html"), &["plan", s]);
        let seen = see(&page);
        assert_seen_well(name, &seen);
        let plan: serde_json::Value =
            serde_json::from_str(&stdout(&run(&["plan", s, "--format", "json"]))).unwrap();
        let moves = plan["moves"].as_array().unwrap();
        assert!(!moves.is_empty(), "{name}");
        assert_eq!(
            seen.dom.matches("class=\"move\"").count(),
            moves.len(),
            "{name}: one arrow per move"
        );
        for m in moves {
            let who = format!("data-official=\"{}\"", m["official"].as_str().unwrap());
            assert_eq!(seen.dom.matches(&who).count(), 1, "{name}: {who}");
        }
        assert!(seen.dom.contains("Sơ đồ điều động"), "{name}");
    }
}

#[test]
fn check_compare_and_horizon_pages_load_alone_and_draw() {
    let dir = tempfile::tempdir().unwrap();
    let d1 = scenario("district1-phunhuan.yaml");
    let d1 = d1.to_str().unwrap();
    let variant = root().join("scenarios/whatif/district1-pn-takes-none.yaml");
    let gn = scenario("gia-nghia-2021-2026.yaml");
    let pages = [
        write(dir.path(), "check.html", &["check", d1]),
        write(
            dir.path(),
            "compare.html",
            &["compare", d1, variant.to_str().unwrap()],
        ),
        write(
            dir.path(),
            "horizon.html",
            &["horizon", gn.to_str().unwrap(), "--to", "2023"],
        ),
    ];
    for page in &pages {
        let seen = see(page);
        assert_seen_well(page.to_str().unwrap(), &seen);
    }
    let dom = browse(&pages[1], &["--dump-dom".into()]);
    assert_eq!(
        dom.matches("class=\"bar\"").count(),
        2 * 4,
        "four terms each"
    );
    let dom = browse(&pages[2], &["--dump-dom".into()]);
    assert!(dom.contains("class=\"moved\""), "the timeline marks moves");
}
