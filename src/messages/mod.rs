//! The message catalogue: every text a person reads, in Vietnamese and in English. A
//! message is data (a key and its named arguments) until a renderer asks for it in a
//! language; the catalogue cannot hold a key without both texts.

mod catalogue;

pub use catalogue::K;
use serde::{Deserialize, Serialize};
use std::fmt::Display;

/// The language of everything a person reads. Vietnamese unless asked otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// A message as data: a catalogue key and its arguments, rendered in a language later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: K,
    pub args: Vec<(String, Arg)>,
}

/// An argument: a text as it stands (a name, a number), or a message of its own, rendered
/// in the same language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Msg(Msg),
    /// Messages one after another with a separator (itself a message) between them.
    Joined {
        items: Vec<Msg>,
        sep: Box<Msg>,
    },
}

/// A text not yet in the catalogue, shown as it is in every language.
impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::new(K::Raw).arg("text", text)
    }
}

impl From<&String> for Msg {
    fn from(text: &String) -> Msg {
        Msg::from(text.clone())
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::from(text.to_string())
    }
}

impl Msg {
    pub fn new(key: K) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `{name}`.
    pub fn arg(mut self, name: &str, value: impl Display) -> Msg {
        self.args
            .push((name.to_string(), Arg::Text(value.to_string())));
        self
    }

    /// Adds the argument `{name}` as a message of its own.
    pub fn msg(mut self, name: &str, value: Msg) -> Msg {
        self.args.push((name.to_string(), Arg::Msg(value)));
        self
    }

    /// Adds the argument `{name}` as a list of messages, separated by commas.
    pub fn list(self, name: &str, items: Vec<Msg>) -> Msg {
        self.joined(name, items, Msg::new(K::ListSep))
    }

    /// Adds the argument `{name}` as messages with `sep` between them.
    pub fn joined(mut self, name: &str, items: Vec<Msg>, sep: Msg) -> Msg {
        let sep = Box::new(sep);
        self.args
            .push((name.to_string(), Arg::Joined { items, sep }));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(String, String)> = self
            .args
            .iter()
            .map(|(n, a)| {
                let v = match a {
                    Arg::Text(t) => t.clone(),
                    Arg::Msg(m) => m.render(lang),
                    Arg::Joined { items, sep } => items
                        .iter()
                        .map(|m| m.render(lang))
                        .collect::<Vec<_>>()
                        .join(&sep.render(lang)),
                };
                (n.clone(), v)
            })
            .collect();
        fill(self.key.template(lang), &args)
    }
}

/// The text of `key` in `lang`, its `{name}` placeholders filled from `args`.
pub fn t(lang: Lang, key: K, args: &[(&str, &dyn Display)]) -> String {
    let owned: Vec<(String, String)> = args
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    fill(key.template(lang), &owned)
}

fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_with_the_same_placeholders() {
        for &k in K::ALL {
            let (vi, en) = (k.template(Lang::Vi), k.template(Lang::En));
            // Only `Empty` (an optional part left out) and separators may be blank.
            let blank_ok = matches!(k, K::Empty);
            assert!(
                blank_ok || (!vi.trim().is_empty() && !en.trim().is_empty()),
                "{k:?}"
            );
            assert_eq!(placeholders(vi), placeholders(en), "{k:?}");
            // Vietnamese is written precomposed (NFC): no combining marks.
            assert!(
                !vi.chars().any(|c| ('\u{300}'..='\u{36F}').contains(&c)),
                "{k:?} is not in NFC"
            );
        }
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        let m = Msg::new(K::PlanTitle)
            .arg("scenario", "x")
            .arg("year", 2026);
        assert_eq!(m.render(Lang::En), "Rotation plan: x (2026)");
        assert_eq!(m.render(Lang::Vi), "Phương án luân chuyển: x (2026)");
    }
}
