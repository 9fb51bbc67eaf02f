//! The words a planner may write for a closed list (a level, a bloc, a role, a degree, a
//! rating, a sex): the English value the output keeps, and the Vietnamese words that mean
//! it, matched in any case and with or without diacritics.

/// A word folded for matching: lower case, no diacritics (đ as d), `_` and `-` as spaces,
/// single spaces, no spaces at the ends. "Cấp  Trưởng" and "cap_truong" fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        // Combining marks, as a decomposed (NFD) text writes the tones.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let c = base(c);
        let c = if c == '_' || c == '-' || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The letter under a Vietnamese letter's marks.
fn base(c: char) -> char {
    const GROUPS: [(char, &str); 7] = [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(_, marked)| marked.contains(c))
        .map_or(c, |&(b, _)| b)
}

/// Edit distance between two words, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The closest of `known` to `word` (case and diacritics aside), if close enough to be a
/// slip: the same letters, or one edit in a short word, two in a longer one.
pub fn nearest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let w = fold(word);
    let limit = if w.chars().count() <= 5 { 1 } else { 2 };
    known
        .into_iter()
        .filter(|k| *k != word)
        .map(|k| (distance(&w, &fold(k)), k))
        .filter(|&(d, _)| d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, k)| k)
}

/// The first of a list of literals: a closed list's canonical word.
macro_rules! first_word {
    ($first:literal $(, $rest:literal)*) => {
        $first
    };
}

/// A closed list that reads its English value or any of its Vietnamese words (folded), and
/// writes the English value. The first word of each value is the one written.
macro_rules! closed_list {
    ($ty:ident { $($variant:ident => [$($word:literal),+ $(,)?]),+ $(,)? }) => {
        impl $ty {
            /// Every value with the words that mean it; the first is the one written.
            pub const WORDS: &'static [($ty, &'static [&'static str])] =
                &[$(($ty::$variant, &[$($word),+])),+];

            /// The English word written for this value.
            pub fn written_as(self) -> &'static str {
                Self::WORDS
                    .iter()
                    .find(|(v, _)| *v == self)
                    .map_or("", |(_, words)| words[0])
            }

            /// The value a word means, if any (case and diacritics aside).
            pub fn from_word(word: &str) -> Option<$ty> {
                // As written, the usual case, without folding anything.
                if let Some(&(v, _)) = Self::WORDS.iter().find(|(_, words)| words.contains(&word)) {
                    return Some(v);
                }
                let folded = $crate::scenario::words::fold(word);
                Self::WORDS
                    .iter()
                    .find(|(_, words)| {
                        words
                            .iter()
                            .any(|w| $crate::scenario::words::fold(w) == folded)
                    })
                    .map(|&(v, _)| v)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($crate::scenario::words::first_word!($($word),+)),+];
                let word = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $ty::from_word(&word)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&word, NAMES))
            }
        }
    };
}

pub(crate) use {closed_list, first_word};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_and_separators_fold_away() {
        assert_eq!(fold("Cấp  Trưởng"), "cap truong");
        assert_eq!(fold("cap_truong"), "cap truong");
        assert_eq!(fold(" HOÀN THÀNH TỐT "), "hoan thanh tot");
        assert_eq!(fold("Đảng"), "dang");
        // The same word with its tones as combining marks (NFD).
        assert_eq!(fold("nu\u{303}"), "nu");
        assert_eq!(fold("not_completed"), "not completed");
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("helth", "health"), 1);
        assert_eq!(distance("heath", "health"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn nearest_ignores_case_and_marks_and_far_words() {
        let known = ["health", "education", "finance"];
        assert_eq!(nearest("helth", known), Some("health"));
        assert_eq!(nearest("Education", known), Some("education"));
        assert_eq!(nearest("tax", known), None);
        assert_eq!(
            nearest("Trưởng Phòng Y Tế", ["Trưởng phòng Y tế"]),
            Some("Trưởng phòng Y tế")
        );
    }
}
