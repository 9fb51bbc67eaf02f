//! Where each field of a YAML file stands, so that a validation error can name the line.
//! serde drops positions; this walks the parser's events once and records them by path.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Line and column (both from 1) of each field path, written as `officials[3].post`.
#[derive(Debug, Default, Clone)]
pub struct Spans {
    at: HashMap<String, (usize, usize)>,
    /// Keys written twice in one mapping.
    pub duplicates: Vec<Duplicate>,
}

/// A key written twice in one mapping: its path, where it was first written, and where again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub field: String,
    pub first: (usize, usize),
    pub again: (usize, usize),
}

impl Spans {
    /// Parses `text`; a text the parser rejects gives no spans (serde reports that error).
    pub fn of(text: &str) -> Spans {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut builder, false).is_err() {
            return Spans::default();
        }
        Spans {
            at: builder.at,
            duplicates: builder.duplicates,
        }
    }

    /// Whether the file writes `path` itself.
    pub fn has(&self, path: &str) -> bool {
        self.at.contains_key(path)
    }

    /// The line and column of `path`, or of its nearest enclosing field that has one.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path.to_string();
        loop {
            if let Some(&at) = self.at.get(&p) {
                return Some(at);
            }
            let cut = p.rfind(['.', '['])?;
            p.truncate(cut);
        }
    }
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    at: HashMap<String, (usize, usize)>,
    duplicates: Vec<Duplicate>,
}

impl Builder {
    /// The path of the value that starts now, or None when the scalar is a mapping key.
    fn value_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Map { key: None, .. }) => None,
            Some(Frame::Map { path, key }) => {
                let k = key.take().unwrap_or_default();
                Some(if path.is_empty() {
                    k
                } else {
                    format!("{path}.{k}")
                })
            }
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                Some(p)
            }
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let at = (mark.line(), mark.col() + 1);
        match ev {
            Event::Scalar(value, ..) => match self.value_path() {
                Some(p) => {
                    self.at.insert(p, at);
                }
                None => {
                    if let Some(Frame::Map { key, path }) = self.stack.last_mut() {
                        let p = if path.is_empty() {
                            value.clone()
                        } else {
                            format!("{path}.{value}")
                        };
                        let inside_another = self.duplicates.iter().any(|d| {
                            p.strip_prefix(d.field.as_str())
                                .is_some_and(|r| r.starts_with(['.', '[']))
                        });
                        match self.at.get(&p) {
                            Some(_) if inside_another => {}
                            Some(&first) => self.duplicates.push(Duplicate {
                                field: p,
                                first,
                                again: at,
                            }),
                            None => {
                                self.at.insert(p, at);
                            }
                        }
                        *key = Some(value);
                    }
                }
            },
            Event::MappingStart(..) => {
                let path = self.value_path().unwrap_or_default();
                self.at.entry(path.clone()).or_insert(at);
                self.stack.push(Frame::Map { path, key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.value_path().unwrap_or_default();
                self.at.entry(path.clone()).or_insert(at);
                self.stack.push(Frame::Seq { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::Alias(_) => {
                self.value_path();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_by_path() {
        let text = "name: x\nofficials:\n  - id: a\n    post: p1\n  - id: b\n    post: p2\n";
        let s = Spans::of(text);
        assert_eq!(s.find("officials[1].post"), Some((6, 11)));
        assert_eq!(s.find("officials[0].id"), Some((3, 9)));
        // A field that is absent falls back to its parent.
        assert_eq!(s.find("officials[1].since"), Some((5, 7)));
        assert!(s.duplicates.is_empty());
    }

    #[test]
    fn a_key_written_twice_is_found_where_it_is_written_again() {
        let s = Spans::of("name: x\nofficials:\n  - id: a\n    born: 1970\n    born: 1971\n");
        let [d] = &s.duplicates[..] else {
            panic!("one duplicate expected: {:?}", s.duplicates)
        };
        assert_eq!(
            (d.field.as_str(), d.first.0, d.again),
            ("officials[0].born", 4, (5, 5))
        );
    }
}
