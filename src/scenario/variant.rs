//! What-if variants. A variant file names a base (`extends: base.yaml`, relative to the
//! variant) and says only what changes: `name`, `year` and `description` replace; `rules`,
//! `weights` and `retirement` merge field by field; `units`, `posts`, `officials` and
//! `pins` take `remove`, `edit` and `add` lists. Variants can extend variants. Every list
//! element remembers the file and place it came from, so that an error in the resolved
//! scenario points at the line a planner wrote.

use super::load::parse_problem;
use super::spans::Spans;
use super::workbook::Cells;
use crate::error::{Error, Problem, Result};
use crate::messages::{Msg, K};
use serde_yaml::{Mapping, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The lists a variant edits by id, with the field that identifies an element.
const LISTS: [(&str, &str); 4] = [
    ("units", "id"),
    ("posts", "id"),
    ("officials", "id"),
    ("pins", "official"),
];
const MERGED: [&str; 4] = ["rules", "weights", "retirement", "titles"];
const REPLACED: [&str; 3] = ["name", "year", "description"];

struct Layer {
    path: PathBuf,
    spans: Spans,
    /// Where each field is, for a base kept as a workbook or a folder of CSV files.
    cells: Option<Cells>,
}

/// Where a field of a resolved scenario was written: the file, and its line and column,
/// or its cell in a workbook.
pub struct Place {
    pub file: PathBuf,
    pub at: Option<(usize, usize)>,
    pub cell: Option<String>,
}

/// A place in one of the files: the layer (0 = the base at the bottom) and the field path.
#[derive(Clone, Debug)]
struct Source {
    layer: usize,
    path: String,
}

#[derive(Clone, Debug)]
struct ElemOrigin {
    src: Source,
    /// Fields changed by `edit` entries, in order; the last one for a field wins.
    edits: Vec<(String, Source)>,
}

/// A scenario with all `extends` applied, as YAML, and where each part came from.
pub struct Resolved {
    pub value: Value,
    /// Whether the file named was a variant.
    pub is_variant: bool,
    layers: Vec<Layer>,
    lists: BTreeMap<&'static str, Vec<ElemOrigin>>,
}

impl Resolved {
    /// The files read: the base at the bottom first, the file named last.
    pub fn files(&self) -> Vec<PathBuf> {
        self.layers.iter().map(|l| l.path.clone()).collect()
    }

    /// The file, and the line and column or the cell, a field of the resolved scenario
    /// was written at.
    pub fn locate(&self, field: &str) -> Place {
        let place = |layer: &Layer, path: &str| Place {
            file: layer.path.clone(),
            at: layer.spans.find(path),
            cell: layer
                .cells
                .as_ref()
                .and_then(|c| c.find(path))
                .map(str::to_string),
        };
        let at = |s: &Source| place(&self.layers[s.layer], &s.path);
        for (section, _) in LISTS {
            let Some(rest) = field
                .strip_prefix(section)
                .and_then(|r| r.strip_prefix('['))
            else {
                continue;
            };
            let Some((idx, tail)) = rest.split_once(']') else {
                continue;
            };
            let Some(origin) = idx
                .parse::<usize>()
                .ok()
                .and_then(|i| self.lists[section].get(i))
            else {
                continue;
            };
            let edited = origin.edits.iter().rev().find(|(f, _)| {
                tail.strip_prefix('.').is_some_and(|t| {
                    t == f || t.starts_with(&format!("{f}.")) || t.starts_with(&format!("{f}["))
                })
            });
            return match edited {
                Some((f, src)) => {
                    let after = &tail[1 + f.len()..];
                    at(&Source {
                        layer: src.layer,
                        path: format!("{}{after}", src.path),
                    })
                }
                None => at(&Source {
                    layer: origin.src.layer,
                    path: format!("{}{tail}", origin.src.path),
                }),
            };
        }
        // Not in a list: the topmost file that writes the field, or its nearest parent.
        for layer in self.layers.iter().rev() {
            let in_cells = layer
                .cells
                .as_ref()
                .is_some_and(|c| c.find(field).is_some());
            if layer.spans.has(field) || in_cells {
                return place(layer, field);
            }
        }
        place(self.layers.last().expect("at least one layer"), field)
    }
}

/// An error in the base named by `extends`, said from the variant: a base that is no
/// scenario file at all (a folder, binary, empty) is named at the variant's `extends`
/// line; problems inside a base keep their places there, followed by that line.
fn base_error(path: &Path, text: &str, base_rel: &str, e: Error) -> Error {
    let at_extends =
        |message: Msg, hint: Msg| Problem::new("E401", "extends".into(), message, hint);
    let mut problems = match e {
        Error::Read { source, .. } => vec![at_extends(
            Msg::new(K::BaseUnreadable)
                .arg("base", base_rel)
                .arg("error", source),
            Msg::new(K::HintBasePath),
        )],
        Error::Invalid { problems, .. }
            if problems
                .iter()
                .all(|p| ["E002", "E003", "E004", "E005"].contains(&p.code)) =>
        {
            problems
                .into_iter()
                .map(|p| {
                    at_extends(
                        Msg::new(K::BaseSaid)
                            .arg("base", base_rel)
                            .msg("what", p.message),
                        p.hint,
                    )
                })
                .collect()
        }
        Error::Invalid {
            path: inner,
            problems,
        } => {
            let mut out: Vec<Problem> = problems
                .into_iter()
                .map(|mut p| {
                    p.file.get_or_insert(inner.clone());
                    p
                })
                .collect();
            out.push(at_extends(
                Msg::new(K::BaseHasProblems).arg("base", base_rel),
                Msg::new(K::HintFixBase),
            ));
            out
        }
        other => return other,
    };
    let spans = Spans::of(text);
    for p in problems.iter_mut().filter(|p| p.file.is_none()) {
        p.at = spans.find(&p.field);
    }
    Error::Invalid {
        path: path.to_path_buf(),
        problems: std::mem::take(&mut problems),
    }
}

/// Reads `path` and applies every `extends` below it.
pub fn resolve(path: &Path) -> Result<Resolved> {
    resolve_from(path, &mut Vec::new())
}

fn resolve_from(path: &Path, stack: &mut Vec<PathBuf>) -> Result<Resolved> {
    if super::load::is_table(path) {
        // A base kept as a workbook or as CSV files: it extends nothing.
        let (value, cells) = super::workbook::read_table(path)?;
        let Value::Mapping(map) = value else {
            unreachable!("sheets are read into a mapping")
        };
        return Ok(single(path, map, Spans::of(""), Some(cells)));
    }
    let text = crate::input::read_text(path)?;
    let spans = Spans::of(&text);
    let invalid = |problems| invalid_at(path, &Spans::of(&text), problems);
    let value: Value = serde_yaml::from_str(&text).map_err(|e| invalid(vec![parse_problem(&e)]))?;
    let Value::Mapping(map) = value else {
        return Err(invalid(vec![Problem::new(
            "E001",
            String::new(),
            Msg::new(K::NotAMapping),
            Msg::new(K::HintStartFromExample),
        )]));
    };
    let Some(extends) = map.get("extends") else {
        return Ok(single(path, map, spans, None));
    };

    let me = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let Some(base_rel) = extends.as_str() else {
        return Err(invalid(vec![Problem::new(
            "E401",
            "extends".into(),
            Msg::new(K::ExtendsNotAPath),
            Msg::new(K::HintExtendsPath),
        )]));
    };
    let base_path = path.parent().unwrap_or(Path::new(".")).join(base_rel);
    let Ok(base_canon) = base_path.canonicalize() else {
        return Err(invalid(vec![Problem::new(
            "E401",
            "extends".into(),
            Msg::new(K::BaseMissing)
                .arg("base", base_rel)
                .arg("looked", base_path.display()),
            Msg::new(K::HintBaseRelative),
        )]));
    };
    stack.push(me.clone());
    if let Some(start) = stack.iter().position(|p| *p == base_canon) {
        let chain: Vec<String> = stack[start..]
            .iter()
            .chain(std::iter::once(&base_canon))
            .map(|p| {
                p.file_name().map_or(p.display().to_string(), |n| {
                    n.to_string_lossy().into_owned()
                })
            })
            .collect();
        stack.pop();
        return Err(invalid(vec![Problem::new(
            "E402",
            "extends".into(),
            Msg::new(K::ExtendsCycle).arg("chain", chain.join(" → ")),
            Msg::new(K::HintExtendsCycle),
        )]));
    }
    let base = resolve_from(&base_path, stack);
    stack.pop();
    let mut r = base.map_err(|e| base_error(path, &text, base_rel, e))?;
    let layer = r.layers.len();
    r.layers.push(Layer {
        path: path.to_path_buf(),
        spans,
        cells: None,
    });
    r.is_variant = true;
    let Value::Mapping(base_map) = &mut r.value else {
        unreachable!("a resolved scenario is a mapping")
    };
    let mut problems = Vec::new();
    for (k, v) in &map {
        let Some(key) = k.as_str() else { continue };
        if key == "extends" {
            continue;
        }
        if REPLACED.contains(&key) {
            base_map.insert(k.clone(), v.clone());
        } else if MERGED.contains(&key) {
            let slot = base_map
                .entry(k.clone())
                .or_insert(Value::Mapping(Mapping::new()));
            merge(slot, v);
        } else if let Some(&(section, id_field)) = LISTS.iter().find(|(s, _)| *s == key) {
            let list = base_map
                .entry(k.clone())
                .or_insert(Value::Sequence(Vec::new()));
            let Value::Sequence(items) = list else {
                continue;
            };
            let origins = r.lists.get_mut(section).expect("every list has origins");
            apply_list(section, id_field, items, origins, v, layer, &mut problems);
        } else {
            problems.push(Problem::new(
                "E001",
                key.to_string(),
                Msg::new(K::VariantUnknownField).arg("key", key),
                Msg::new(K::HintVariantFields),
            ));
        }
    }
    if !map.contains_key("name") {
        let stem = path
            .file_stem()
            .map_or("variant".into(), |s| s.to_string_lossy().into_owned());
        base_map.insert(Value::from("name"), Value::from(stem));
    }
    if !problems.is_empty() {
        return Err(invalid(problems));
    }
    Ok(r)
}

/// A scenario that extends nothing, as the bottom layer.
fn single(path: &Path, map: Mapping, spans: Spans, cells: Option<Cells>) -> Resolved {
    let mut lists = BTreeMap::new();
    for (section, _) in LISTS {
        let n = map
            .get(section)
            .and_then(Value::as_sequence)
            .map_or(0, |s| s.len());
        let origins = (0..n)
            .map(|i| ElemOrigin {
                src: Source {
                    layer: 0,
                    path: format!("{section}[{i}]"),
                },
                edits: Vec::new(),
            })
            .collect();
        lists.insert(section, origins);
    }
    Resolved {
        value: Value::Mapping(map),
        is_variant: false,
        layers: vec![Layer {
            path: path.to_path_buf(),
            spans,
            cells,
        }],
        lists,
    }
}

fn invalid_at(path: &Path, spans: &Spans, mut problems: Vec<Problem>) -> Error {
    for p in &mut problems {
        if p.at.is_none() {
            p.at = spans.find(&p.field);
        }
    }
    Error::Invalid {
        path: path.to_path_buf(),
        problems,
    }
}

/// Merges `over` into `base`: mappings field by field, anything else replaced.
fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Mapping(b), Value::Mapping(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

fn apply_list(
    section: &str,
    id_field: &str,
    items: &mut Vec<Value>,
    origins: &mut Vec<ElemOrigin>,
    ops: &Value,
    layer: usize,
    problems: &mut Vec<Problem>,
) {
    let Value::Mapping(ops) = ops else {
        problems.push(Problem::new(
            "E403",
            section.to_string(),
            Msg::new(K::VariantListNotOps).arg("section", section),
            Msg::new(K::HintVariantListOps)
                .arg("section", section)
                .arg("id_field", id_field),
        ));
        return;
    };
    let id_of = |v: &Value| v.get(id_field).and_then(Value::as_str).map(str::to_string);
    let position =
        |items: &[Value], id: &str| items.iter().position(|x| id_of(x).as_deref() == Some(id));
    let entries = |key: &str| {
        ops.get(key)
            .and_then(Value::as_sequence)
            .cloned()
            .unwrap_or_default()
    };
    for key in ops.keys().filter_map(Value::as_str) {
        if !["remove", "edit", "add"].contains(&key) {
            problems.push(Problem::new(
                "E403",
                format!("{section}.{key}"),
                Msg::new(K::UnknownChange).arg("key", key),
                Msg::new(K::HintChanges),
            ));
        }
    }
    for (j, id) in entries("remove").iter().enumerate() {
        let field = format!("{section}.remove[{j}]");
        match id
            .as_str()
            .and_then(|id| position(items, id).map(|i| (id, i)))
        {
            Some((_, i)) => {
                items.remove(i);
                origins.remove(i);
            }
            None => problems.push(Problem::new(
                "E404",
                field,
                Msg::new(K::NoEntryToRemove)
                    .arg("id_field", id_field)
                    .arg("id", id.as_str().unwrap_or("?")),
                Msg::new(K::HintEntryOfBase)
                    .arg("id_field", id_field)
                    .arg("section", section),
            )),
        }
    }
    for (j, edit) in entries("edit").iter().enumerate() {
        let field = format!("{section}.edit[{j}]");
        let Some(id) = id_of(edit) else {
            problems.push(Problem::new(
                "E404",
                field,
                Msg::new(K::EditWithoutId).arg("id_field", id_field),
                Msg::new(K::HintEditId).arg("id_field", id_field),
            ));
            continue;
        };
        let Some(i) = position(items, &id) else {
            problems.push(Problem::new(
                "E404",
                format!("{field}.{id_field}"),
                Msg::new(K::NoEntryToEdit)
                    .arg("id_field", id_field)
                    .arg("id", &id),
                Msg::new(K::HintEntryOfBaseOrAdd)
                    .arg("id_field", id_field)
                    .arg("section", section),
            ));
            continue;
        };
        merge(&mut items[i], edit);
        if let Value::Mapping(m) = edit {
            for k in m
                .keys()
                .filter_map(Value::as_str)
                .filter(|k| *k != id_field)
            {
                origins[i].edits.push((
                    k.to_string(),
                    Source {
                        layer,
                        path: format!("{field}.{k}"),
                    },
                ));
            }
        }
    }
    for (j, add) in entries("add").into_iter().enumerate() {
        items.push(add);
        origins.push(ElemOrigin {
            src: Source {
                layer,
                path: format!("{section}.add[{j}]"),
            },
            edits: Vec::new(),
        });
    }
}
