//! HTML: one self-contained page (no script, no font, no image fetched from anywhere) that
//! reads well on screen and printed on A4: the report's title, a picture drawn here as
//! SVG (the moves, a horizon's timeline, a comparison's cost bars), then its tables.

use super::sheets::{Sheets, Value};
use crate::compare::{Comparison, Outcome};
use crate::horizon::HorizonDoc;
use crate::messages::{t as tr, Lang, K};
use crate::plan::{GroupKind, MoveKind, PlanDoc};
use crate::rules::CostTerm;
use crate::scenario::{Bloc, Index, Level, PostId, Scenario};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Escapes text for an HTML element or attribute.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn k(lang: Lang, key: K) -> String {
    tr(lang, key, &[])
}

const STYLE: &str = "
@page { size: A4; margin: 12mm; }
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 13px;
  color: #1a1a1a; margin: 1.5em auto; max-width: 1400px; padding: 0 1em; }
h1 { font-size: 1.45em; margin: 0 0 .3em; }
h2 { font-size: 1.12em; margin: 1.4em 0 .4em; border-bottom: 1px solid #bbb; }
p.sub { color: #444; margin: .2em 0; }
table { border-collapse: collapse; margin: .3em 0 1em; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eef1f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:nth-child(even) td { background: #fafafa; }
figure { margin: .5em 0 1em; }
svg { width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: .3em 1.4em; margin: .4em 0; }
.legend span.key { display: inline-flex; align-items: center; gap: .35em; }
.sw { display: inline-block; width: 1.6em; height: .7em; border-radius: 2px; }
ol.moves { columns: 2; column-gap: 2em; margin: .4em 0 1em; padding-left: 2.4em; }
ol.moves li { break-inside: avoid; }
td.moved { background: #fff1d6 !important; font-weight: bold; }
td.gone, td.same { color: #888; }
@media print { body { max-width: none; margin: 0; padding: 0; font-size: 10px; }
  h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
";

/// A picture of the report, placed between its title and its tables.
pub struct Figure {
    pub heading: String,
    pub body: String,
}

/// The page: `sheets` (the report's title lines and tables) with `figures` before the
/// tables. `lang` sets the page's language, which also picks hyphenation and fonts.
pub fn page(sheets: &Sheets, figures: &[Figure], lang: Lang) -> String {
    let mut h = String::new();
    let code = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let title = sheets.title.first().cloned().unwrap_or_default();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title)
    );
    if let Some((first, rest)) = sheets.title.split_first() {
        let _ = writeln!(h, "<h1>{}</h1>", esc(first));
        for line in rest {
            let _ = writeln!(h, "<p class=\"sub\">{}</p>", esc(line));
        }
    }
    for f in figures {
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<figure>\n{}</figure>",
            esc(&f.heading),
            f.body
        );
    }
    for sheet in &sheets.sheets {
        let _ = writeln!(
            h,
            "<h2 id=\"{}\">{}</h2>",
            esc(&sheet.name),
            esc(&sheet.title)
        );
        if sheet.rows.is_empty() {
            let _ = writeln!(h, "<p>—</p>");
            continue;
        }
        h.push_str("<table>\n<thead><tr>");
        for c in &sheet.header {
            let _ = write!(h, "<th>{}</th>", esc(c));
        }
        h.push_str("</tr></thead>\n<tbody>\n");
        for r in &sheet.rows {
            h.push_str("<tr>");
            for v in r {
                match v {
                    Value::Int(n) => {
                        let _ = write!(h, "<td class=\"n\">{n}</td>");
                    }
                    Value::Text(t) => {
                        let _ = write!(h, "<td>{}</td>", esc(t).replace('\n', "<br>"));
                    }
                }
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</tbody>\n</table>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

/// The colour of each kind of move (Okabe–Ito, told apart with colour blindness too).
fn colour(kind: MoveKind) -> &'static str {
    match kind {
        MoveKind::Down => "#D55E00",
        MoveKind::Up => "#0072B2",
        MoveKind::AcrossBlocs => "#CC79A7",
        MoveKind::BetweenCommunes => "#009E73",
        MoveKind::BetweenAgencies => "#E69F00",
        MoveKind::WithinUnit => "#56B4E9",
        MoveKind::Appointment => "#555555",
    }
}

fn kind_id(kind: MoveKind) -> usize {
    MoveKind::ALL
        .iter()
        .position(|&k| k == kind)
        .expect("every kind is listed")
}

/// A point of the drawing, in SVG user units.
#[derive(Clone, Copy)]
struct Pt {
    x: f64,
    y: f64,
}

const BOX_W: f64 = 170.0;
const BOX_H: f64 = 44.0;
const GAP_X: f64 = 34.0;
const ROW_H: f64 = 124.0;
const LABEL_W: f64 = 150.0;
const PER_ROW: usize = 6;
const WIDTH: f64 = LABEL_W + PER_ROW as f64 * (BOX_W + GAP_X) + 40.0;

/// Where a ray from the centre `c` of a unit's box towards `to` leaves the box.
fn exit(c: Pt, to: Pt) -> Pt {
    let (dx, dy) = (to.x - c.x, to.y - c.y);
    let (hw, hh) = (BOX_W / 2.0 + 2.0, BOX_H / 2.0 + 2.0);
    let t = match (dx.abs() > 1e-9, dy.abs() > 1e-9) {
        (true, true) => (hw / dx.abs()).min(hh / dy.abs()),
        (true, false) => hw / dx.abs(),
        (false, true) => hh / dy.abs(),
        (false, false) => 0.0,
    };
    Pt {
        x: c.x + dx * t,
        y: c.y + dy * t,
    }
}

/// The point at `t` along the quadratic curve from `p0` through control `c` to `p1`.
fn at(p0: Pt, c: Pt, p1: Pt, t: f64) -> Pt {
    let u = 1.0 - t;
    Pt {
        x: u * u * p0.x + 2.0 * u * t * c.x + t * t * p1.x,
        y: u * u * p0.y + 2.0 * u * t * c.y + t * t * p1.y,
    }
}

fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The unit (its index) of the post with this id.
fn unit_of(ix: &Index, post: &PostId) -> Option<usize> {
    ix.post_index(post).map(|p| ix.post_unit[p])
}

/// Most moves one diagram shows; a larger plan is drawn a diagram per top-level unit (a
/// province, for the whole country), each with the moves into it.
const MOVES_PER_DIAGRAM: usize = 250;

/// The plan's figures: the moves drawn between units, with their legend.
pub fn plan_figures(d: &PlanDoc, s: &Scenario, lang: Lang) -> Vec<Figure> {
    if d.moves.is_empty() {
        return Vec::new();
    }
    let ix = Index::new(s);
    let unit_of = |post: &PostId| unit_of(&ix, post);
    // The top-level unit above each unit, following `parent` (no more steps than units,
    // though validation has ruled out a loop).
    let root = |mut u: usize| {
        for _ in 0..s.units.len() {
            match s.units[u].parent.as_ref().and_then(|p| ix.unit_index(p)) {
                Some(p) if p != u => u = p,
                _ => break,
            }
        }
        u
    };
    let mut parts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, m) in d.moves.iter().enumerate() {
        let key = if d.moves.len() <= MOVES_PER_DIAGRAM {
            0
        } else {
            unit_of(&m.to).map_or(0, root)
        };
        parts.entry(key).or_default().push(i);
    }
    let one = parts.len() == 1;
    let heading = k(lang, K::HtmlDiagram);
    let mut figures = Vec::new();
    for (key, moves) in parts {
        let heading = if one {
            heading.clone()
        } else {
            format!("{heading}: {}", s.units[key].name)
        };
        figures.push(Figure {
            heading,
            body: diagram(d, &moves, &ix, lang),
        });
    }
    figures
}

/// The SVG of the moves `which` (indices into `d.moves`) and its legend: units as boxes in
/// bands by level and bloc, each move an arrow from the old unit to the new, numbered as in
/// the list below it.
fn diagram(d: &PlanDoc, which: &[usize], ix: &Index, lang: Lang) -> String {
    let s = ix.scenario;
    let unit_of = |post: &PostId| unit_of(ix, post);
    // Group of each mover: its kind, and whether it starts a chain (fills the vacancy).
    let mut group_of: HashMap<&str, (GroupKind, bool)> = HashMap::new();
    for g in &d.groups {
        for (i, o) in g.officials.iter().enumerate() {
            group_of.insert(o.0.as_str(), (g.kind, g.kind == GroupKind::Chain && i == 0));
        }
    }
    // Units drawn, in bands (level from the top down, then bloc); `None` is the pool.
    let mut used: Vec<Option<usize>> = Vec::new();
    for &i in which {
        let m = &d.moves[i];
        for u in [m.from.as_ref().and_then(unit_of), unit_of(&m.to)] {
            if !used.contains(&u) {
                used.push(u);
            }
        }
    }
    let band_of = |u: Option<usize>| -> (i32, i32) {
        match u {
            None => (i32::MIN, 0),
            Some(u) => {
                let unit = &s.units[u];
                let level = match unit.level {
                    Level::Province => 0,
                    Level::District => 1,
                    Level::Commune => 2,
                };
                let bloc = match unit.bloc {
                    Bloc::Party => 0,
                    Bloc::Government => 1,
                    Bloc::Front => 2,
                };
                (level, bloc)
            }
        }
    };
    used.sort_by_key(|&u| (band_of(u), u));
    let mut place: HashMap<Option<usize>, Pt> = HashMap::new();
    let mut svg_bands = String::new();
    let mut svg_boxes = String::new();
    // Room above and below the bands for the arrows that bow out of them.
    let mut y = 30.0;
    let mut i = 0;
    while i < used.len() {
        let band = band_of(used[i]);
        let mut j = i;
        while j < used.len() && band_of(used[j]) == band {
            j += 1;
        }
        let rows = (j - i).div_ceil(PER_ROW);
        let height = rows as f64 * ROW_H;
        let label = match used[i] {
            None => vec![k(lang, K::PoolBand)],
            Some(u) => vec![
                tr(
                    lang,
                    K::BandLevel,
                    &[("level", &s.units[u].level.word().render(lang))],
                ),
                tr(
                    lang,
                    K::BandBloc,
                    &[("bloc", &s.units[u].bloc.word().render(lang))],
                ),
            ],
        };
        let _ = write!(
            svg_bands,
            "<rect x=\"4\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\" fill=\"#f3f5f8\"/>",
            y,
            WIDTH - 8.0,
            height - 8.0,
        );
        for (n, line) in label.iter().enumerate() {
            let _ = write!(
                svg_bands,
                "<text x=\"14\" y=\"{:.1}\" font-size=\"13\" font-weight=\"bold\" fill=\"#445\">{}</text>",
                y + 24.0 + 17.0 * n as f64,
                esc(&short(line, 17))
            );
        }
        svg_bands.push('\n');
        for (n, &u) in used[i..j].iter().enumerate() {
            let (row, col) = (n / PER_ROW, n % PER_ROW);
            let c = Pt {
                x: LABEL_W + col as f64 * (BOX_W + GAP_X) + BOX_W / 2.0,
                y: y + row as f64 * ROW_H + (ROW_H - 8.0) / 2.0,
            };
            place.insert(u, c);
            let name = match u {
                None => k(lang, K::PoolBand),
                Some(u) => s.units[u].name.clone(),
            };
            let _ = writeln!(
                svg_boxes,
                "<g class=\"unit\"><title>{}</title><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{BOX_W}\" \
                 height=\"{BOX_H}\" rx=\"5\" fill=\"#fff\" fill-opacity=\"0.93\" stroke=\"#667\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text></g>",
                esc(&name),
                c.x - BOX_W / 2.0,
                c.y - BOX_H / 2.0,
                c.x,
                c.y + 4.0,
                esc(&short(&name, 25))
            );
        }
        y += height;
        i = j;
    }
    let height = y + 40.0;

    let mut defs = String::from("<defs>");
    for kind in MoveKind::ALL {
        let _ = write!(
            defs,
            "<marker id=\"head{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" \
             markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"{}\"/></marker>",
            kind_id(kind),
            colour(kind)
        );
    }
    defs.push_str("</defs>\n");

    // Arrows drawn so far between each ordered pair of boxes, to bend the next one further.
    let mut drawn: HashMap<(Option<usize>, Option<usize>), usize> = HashMap::new();
    let mut arrows = String::new();
    // Drawn over the boxes: the numbers and the vacancy rings.
    let mut marks = String::new();
    let mut list = String::new();
    for (number, &i) in which.iter().enumerate() {
        let number = number + 1;
        let m = &d.moves[i];
        let (a, b) = (m.from.as_ref().and_then(unit_of), unit_of(&m.to));
        let (ba, bb) = (place[&a], place[&b]);
        let nth = drawn.entry((a, b)).or_default();
        let bend = *nth as f64;
        *nth += 1;
        let (group, starts_chain) = group_of
            .get(m.official.0.as_str())
            .copied()
            .unwrap_or((GroupKind::Chain, true));
        let (p0, ctl, p1, label) = if a == b && m.from.is_some() {
            // Within one unit: a loop on the box's right side.
            let x = ba.x + BOX_W / 2.0;
            let r = 26.0 + 9.0 * bend;
            let p0 = Pt { x, y: ba.y - 9.0 };
            let p1 = Pt { x, y: ba.y + 9.0 };
            let ctl = Pt {
                x: x + r * 1.6,
                y: ba.y,
            };
            (
                p0,
                ctl,
                p1,
                Pt {
                    x: x + r * 0.8,
                    y: ba.y,
                },
            )
        } else {
            let (dx, dy) = (bb.x - ba.x, bb.y - ba.y);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            // Bent to the left of its direction, so a swap's two arrows make a loop; along a
            // row, far enough to pass over the boxes between.
            let along_row = dy.abs() < 1.0;
            let off = if along_row {
                24.0 + 0.22 * len
            } else {
                28.0 + 0.06 * len
            } + 16.0 * bend;
            let ctl = Pt {
                x: (ba.x + bb.x) / 2.0 - dy / len * off,
                y: (ba.y + bb.y) / 2.0 + dx / len * off,
            };
            let (p0, p1) = (exit(ba, ctl), exit(bb, ctl));
            // A chain's first arrow carries the vacancy's ring too: its number goes earlier.
            let t = if starts_chain && group == GroupKind::Chain {
                0.35
            } else {
                0.5
            };
            (p0, ctl, p1, at(p0, ctl, p1, t))
        };
        let from_name = m.from_label.clone().unwrap_or_else(|| k(lang, K::PoolBand));
        let title = tr(
            lang,
            K::ArrowTitle,
            &[
                ("n", &number),
                ("name", &m.name),
                ("from", &from_name),
                ("to", &m.to_label),
                ("kind", &m.kind.label(lang)),
            ],
        );
        let dash = if group == GroupKind::Chain {
            " stroke-dasharray=\"7 4\""
        } else {
            ""
        };
        let width = if group == GroupKind::Chain { 1.6 } else { 2.2 };
        let col = colour(m.kind);
        let _ = write!(
            arrows,
            "<path class=\"move\" data-official=\"{}\" \
             d=\"M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}\" fill=\"none\" stroke=\"{col}\" \
             stroke-width=\"{width}\"{dash} marker-end=\"url(#head{})\"><title>{}</title></path>",
            esc(&m.official.0),
            p0.x,
            p0.y,
            ctl.x,
            ctl.y,
            p1.x,
            p1.y,
            kind_id(m.kind),
            esc(&title),
        );
        if starts_chain && group == GroupKind::Chain {
            // The vacancy the chain starts from: a ring just before the first arrow arrives.
            let ring = at(p0, ctl, p1, 0.75);
            let _ = write!(
                marks,
                "<circle class=\"vacancy\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"#fff\" \
                 stroke=\"{col}\" stroke-width=\"2\"><title>{}</title></circle>",
                ring.x,
                ring.y,
                esc(&tr(lang, K::VacancyTitle, &[("post", &m.to_label)]))
            );
        }
        let _ = writeln!(
            marks,
            "<g class=\"number\"><title>{}</title><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"8\" \
             fill=\"#fff\" stroke=\"{col}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" \
             text-anchor=\"middle\">{number}</text></g>",
            esc(&title),
            label.x,
            label.y,
            label.x,
            label.y + 3.0
        );
        let group_word = match group {
            GroupKind::Swap => K::WordSwap,
            GroupKind::Cycle => K::WordCycle,
            GroupKind::Chain => K::WordChain,
        };
        let _ = writeln!(
            list,
            "<li><span class=\"sw\" style=\"background:{col}\"></span> {}</li>",
            esc(&tr(
                lang,
                K::ListedMove,
                &[
                    ("name", &m.name),
                    ("from", &from_name),
                    ("to", &m.to_label),
                    ("group", &k(lang, group_word)),
                ],
            ))
        );
    }

    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH:.0} {height:.0}\" \
         role=\"img\" aria-label=\"{}\" font-family=\"DejaVu Sans, Noto Sans, Arial, sans-serif\">",
        esc(&k(lang, K::HtmlDiagram))
    );
    out.push_str(&defs);
    // Arrows under the boxes, so a name is never crossed out; numbers over everything.
    out.push_str(&svg_bands);
    out.push_str(&arrows);
    out.push_str(&svg_boxes);
    out.push_str(&marks);
    out.push_str("</svg>\n");
    out.push_str(&legend(which.iter().map(|&i| d.moves[i].kind), lang));
    let _ = writeln!(out, "<ol class=\"moves\">\n{list}</ol>");
    out
}

/// The key to the drawing: a colour per kind of move present, a line per kind of group.
fn legend(kinds: impl Iterator<Item = MoveKind>, lang: Lang) -> String {
    let mut present: Vec<MoveKind> = kinds.collect();
    present.sort();
    present.dedup();
    let mut out = String::from("<div class=\"legend\">");
    for kind in present {
        let _ = write!(
            out,
            "<span class=\"key\"><span class=\"sw\" style=\"background:{}\"></span>{}</span>",
            colour(kind),
            esc(&kind.label(lang))
        );
    }
    out.push_str("</div>\n<div class=\"legend\">");
    let line = |dash: &str, ring: bool| {
        let ring = if ring {
            "<circle cx=\"38\" cy=\"6\" r=\"4\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"2\"/>"
        } else {
            ""
        };
        format!(
            "<svg width=\"46\" height=\"12\" viewBox=\"0 0 46 12\" style=\"width:46px\">\
             <line x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\" stroke=\"#333\" stroke-width=\"2\"{dash}/>{ring}</svg>"
        )
    };
    for (dash, ring, key) in [
        ("", false, K::LegendLoop),
        (" stroke-dasharray=\"7 4\"", false, K::LegendChain),
        (" stroke-dasharray=\"7 4\"", true, K::LegendVacancy),
    ] {
        let _ = write!(
            out,
            "<span class=\"key\">{}{}</span>",
            line(dash, ring),
            esc(&k(lang, key))
        );
    }
    out.push_str("</div>\n");
    out
}

/// A horizon's figures: for each run, who holds which post each year, moves marked.
pub fn horizon_figures(d: &HorizonDoc, lang: Lang) -> Vec<Figure> {
    let mut figures = Vec::new();
    for run in &d.runs {
        // For each official who moves in some year: the post held after each year's plan.
        let mut names: BTreeMap<&str, &str> = BTreeMap::new();
        let mut held: BTreeMap<(&str, i32), (String, bool)> = BTreeMap::new();
        let mut order: Vec<&str> = Vec::new();
        for y in &run.years {
            for m in &y.plan.moves {
                if !names.contains_key(m.official.0.as_str()) {
                    order.push(m.official.0.as_str());
                }
                names.insert(m.official.0.as_str(), m.name.as_str());
                held.insert((m.official.0.as_str(), y.year), (m.to_label.clone(), true));
            }
        }
        for y in &run.years {
            for st in &y.plan.stays {
                if names.contains_key(st.official.0.as_str()) {
                    let post = st
                        .post_label
                        .clone()
                        .unwrap_or_else(|| k(lang, K::PoolNotPlaced));
                    held.insert((st.official.0.as_str(), y.year), (post, false));
                }
            }
        }
        let mut t = String::from("<table class=\"timeline\">\n<thead><tr>");
        let _ = write!(t, "<th>{}</th>", esc(&k(lang, K::ColOfficial)));
        for y in &run.years {
            let _ = write!(t, "<th>{}</th>", y.year);
        }
        t.push_str("</tr></thead>\n<tbody>\n");
        for o in &order {
            let _ = write!(t, "<tr><td>{}</td>", esc(names[o]));
            let mut before: Option<&String> = None;
            for y in &run.years {
                let now = held.get(&(*o, y.year));
                match now {
                    Some((post, true)) => {
                        let _ = write!(t, "<td class=\"moved\">→ {}</td>", esc(post));
                    }
                    // The same post as the year before, in grey: the eye goes to the moves.
                    Some((post, false)) if before == Some(post) => {
                        let _ = write!(t, "<td class=\"same\">{}</td>", esc(post));
                    }
                    Some((post, false)) => {
                        let _ = write!(t, "<td>{}</td>", esc(post));
                    }
                    None => {
                        let _ = write!(t, "<td class=\"gone\">{}</td>", esc(&k(lang, K::Gone)));
                    }
                }
                before = now.map(|(post, _)| post);
            }
            t.push_str("</tr>\n");
        }
        t.push_str("</tbody>\n</table>\n");
        let _ = writeln!(t, "<p class=\"sub\">{}</p>", esc(&k(lang, K::TimelineNote)));
        figures.push(Figure {
            heading: tr(
                lang,
                K::HtmlTimeline,
                &[("mode", &run.mode.word().render(lang))],
            ),
            body: t,
        });
    }
    figures
}

/// A comparison's figure: each variant's cost terms as bars side by side.
pub fn comparison_figures(c: &Comparison, lang: Lang) -> Vec<Figure> {
    let solved: Vec<(&str, &BTreeMap<CostTerm, i64>)> = c
        .rows
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Solved { summary, .. } => Some((r.scenario.as_str(), &summary.terms)),
            _ => None,
        })
        .collect();
    if solved.is_empty() {
        return Vec::new();
    }
    let value = |terms: &BTreeMap<CostTerm, i64>, t: CostTerm| terms.get(&t).copied().unwrap_or(0);
    let (mut lo, mut hi) = (0i64, 1i64);
    for (_, terms) in &solved {
        for t in CostTerm::ALL {
            lo = lo.min(value(terms, t));
            hi = hi.max(value(terms, t));
        }
    }
    const TERM_COLOURS: [&str; 4] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];
    let (left, top, plot_h, group_w, bar_w) = (70.0, 16.0, 260.0, 150.0, 26.0);
    let width = left + solved.len() as f64 * group_w + 20.0;
    let scale = plot_h / (hi - lo) as f64;
    let zero = top + hi as f64 * scale;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {:.0}\" \
         style=\"max-width:{width:.0}px\" role=\"img\" aria-label=\"{}\" \
         font-family=\"DejaVu Sans, Noto Sans, Arial, sans-serif\">",
        top + plot_h + 60.0,
        esc(&k(lang, K::HtmlCostBars))
    );
    let _ = writeln!(
        svg,
        "<line x1=\"{left}\" y1=\"{zero:.1}\" x2=\"{:.1}\" y2=\"{zero:.1}\" stroke=\"#333\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">0</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{hi}</text>",
        width - 10.0,
        left - 6.0,
        zero + 4.0,
        left - 6.0,
        top + 4.0
    );
    if lo < 0 {
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{lo}</text>",
            left - 6.0,
            top + plot_h + 4.0
        );
    }
    for (g, (name, terms)) in solved.iter().enumerate() {
        let x0 = left + g as f64 * group_w + 14.0;
        for (ti, t) in CostTerm::ALL.iter().enumerate() {
            let v = value(terms, *t);
            let h = (v.abs() as f64 * scale).max(if v == 0 { 0.0 } else { 1.0 });
            let y = if v >= 0 { zero - h } else { zero };
            let _ = writeln!(
                svg,
                "<rect class=\"bar\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{bar_w}\" height=\"{h:.1}\" \
                 fill=\"{}\"><title>{}: {}: {v}</title></rect>",
                x0 + ti as f64 * (bar_w + 4.0),
                TERM_COLOURS[ti % TERM_COLOURS.len()],
                esc(name),
                esc(&t.label(lang))
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            x0 + 2.0 * (bar_w + 4.0) - 2.0,
            top + plot_h + 22.0,
            esc(&short(name, 22))
        );
    }
    svg.push_str("</svg>\n<div class=\"legend\">");
    for (ti, t) in CostTerm::ALL.iter().enumerate() {
        let _ = write!(
            svg,
            "<span class=\"key\"><span class=\"sw\" style=\"background:{}\"></span>{}</span>",
            TERM_COLOURS[ti % TERM_COLOURS.len()],
            esc(&t.label(lang))
        );
    }
    svg.push_str("</div>\n");
    vec![Figure {
        heading: k(lang, K::HtmlCostBars),
        body: svg,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_open_an_element() {
        assert_eq!(
            esc("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn an_arrow_leaves_its_box_on_the_side_it_heads_for() {
        let b = Pt { x: 100.0, y: 100.0 };
        let right = exit(b, Pt { x: 500.0, y: 100.0 });
        assert!((right.x - (100.0 + BOX_W / 2.0 + 2.0)).abs() < 1e-9);
        let below = exit(b, Pt { x: 100.0, y: 400.0 });
        assert!((below.y - (100.0 + BOX_H / 2.0 + 2.0)).abs() < 1e-9);
    }
}
