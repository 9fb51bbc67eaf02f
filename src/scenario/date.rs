//! A date as a planner writes it: a year (2016), a year and month (2016-03), or a day
//! (2016-03-01 or 01/03/2016). Counts go by months when both ends know their month, else by
//! years as a year alone always meant; the day is kept for the record, not counted.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A length of time: whole months when both ends know their month, else whole years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Years(i32),
    Months(i32),
}

impl Span {
    /// Whether the span is `years` years or more.
    pub fn at_least(self, years: i32) -> bool {
        match self {
            Span::Years(y) => y >= years,
            Span::Months(m) => m >= years * 12,
        }
    }

    /// The whole years in the span (rounded down), for messages.
    pub fn years(self) -> i32 {
        match self {
            Span::Years(y) => y,
            Span::Months(m) => m.div_euclid(12),
        }
    }
}

impl Date {
    pub const fn year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    pub const fn month(year: i32, month: u8) -> Date {
        Date {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// Whether this date has come by the end of `month` of `year`. A year alone comes with
    /// its year.
    pub fn by(self, year: i32, month: u8) -> bool {
        match self.month {
            None => self.year <= year,
            Some(m) => (self.year, m) <= (year, month),
        }
    }

    /// The time from this date to the end of `month` of `year`.
    pub fn until(self, year: i32, month: u8) -> Span {
        match self.month {
            None => Span::Years(year - self.year),
            Some(m) => Span::Months((year - self.year) * 12 + month as i32 - m as i32),
        }
    }

    /// The time from the end of `month` of `year` to this date.
    pub fn after(self, year: i32, month: u8) -> Span {
        match self.until(year, month) {
            Span::Years(y) => Span::Years(-y),
            Span::Months(m) => Span::Months(-m),
        }
    }

    /// The date in a person's words: "tháng 03/2016" in Vietnamese, 2016-03 in English.
    pub fn word(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        let msg = match (self.month, self.day) {
            (Some(m), Some(d)) => Msg::new(K::DateDay)
                .arg("mm", format!("{m:02}"))
                .arg("dd", format!("{d:02}")),
            (Some(m), None) => Msg::new(K::DateMonth).arg("mm", format!("{m:02}")),
            _ => Msg::new(K::DateYear),
        };
        msg.arg("y", self.year)
    }

    /// Reads a date as a planner writes it; None if it is not one.
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        let num = |s: &str| -> Option<i64> {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (year, month, day) = if t.contains('/') {
            // 01/03/2016 or 03/2016, as Vietnamese dates are written.
            let parts: Vec<&str> = t.split('/').collect();
            match parts[..] {
                [d, m, y] => (num(y)?, Some(num(m)?), Some(num(d)?)),
                [m, y] => (num(y)?, Some(num(m)?), None),
                _ => return None,
            }
        } else {
            let parts: Vec<&str> = t.split('-').collect();
            match parts[..] {
                [y] => (num(y)?, None, None),
                [y, m] => (num(y)?, Some(num(m)?), None),
                [y, m, d] => (num(y)?, Some(num(m)?), Some(num(d)?)),
                _ => return None,
            }
        };
        if !(1000..=9999).contains(&year) {
            return None;
        }
        let year = year as i32;
        let month = match month {
            Some(m @ 1..=12) => Some(m as u8),
            Some(_) => return None,
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= days_in(year, m) as i64 => Some(d as u8),
            (_, Some(_)) => return None,
            (_, None) => None,
        };
        Some(Date { year, month, day })
    }
}

fn days_in(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl From<i32> for Date {
    fn from(year: i32) -> Date {
        Date::year(year)
    }
}

/// Written the ISO way: 2016, 2016-03, 2016-03-01.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A year alone is written as a number, so a scenario of years reads as it always did.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.month {
            None => s.serialize_i32(self.year),
            Some(_) => s.collect_str(self),
        }
    }
}

pub(crate) const EXPECTED: &str = "a date (2016, 2016-03, 2016-03-01 or 01/03/2016)";

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Date, E> {
                i32::try_from(v)
                    .map(Date::year)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Date, E> {
                i32::try_from(v)
                    .map(Date::year)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_as_a_planner_writes_it_and_written_back_the_iso_way() {
        for (text, shown) in [
            ("2016", "2016"),
            ("2016-03", "2016-03"),
            ("2016-3", "2016-03"),
            ("2016-03-01", "2016-03-01"),
            ("01/03/2016", "2016-03-01"),
            ("1/3/2016", "2016-03-01"),
            ("03/2016", "2016-03"),
            ("29/02/2024", "2024-02-29"),
        ] {
            assert_eq!(Date::parse(text).map(|d| d.to_string()), Some(shown.into()));
        }
        for bad in [
            "2016-13",
            "2016-00",
            "31/04/2016",
            "29/02/2023",
            "16",
            "2016/03",
            "x",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        let d: Date = serde_yaml::from_str("2016").unwrap();
        assert_eq!(d, Date::year(2016));
        assert_eq!(serde_yaml::to_string(&d).unwrap(), "2016\n");
        let d: Date = serde_yaml::from_str("01/03/2016").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2016-03-01\"");
        let e = serde_yaml::from_str::<Date>("2016-13")
            .unwrap_err()
            .to_string();
        assert!(e.contains("2016-13") && e.contains("2016-03"), "{e}");
    }

    #[test]
    fn counts_go_by_months_only_when_the_month_is_known() {
        // Since July 2018: 8 years come in July 2026, not before.
        let since = Date::month(2018, 7);
        assert!(!since.until(2026, 6).at_least(8));
        assert!(since.until(2026, 7).at_least(8));
        assert_eq!(since.until(2026, 6).years(), 7);
        // A year alone counts whole years, whatever the month of the plan.
        assert!(Date::year(2018).until(2026, 1).at_least(8));
        assert!(!Date::year(2019).until(2026, 12).at_least(8));
        assert!(Date::month(2026, 9).by(2026, 9) && !Date::month(2026, 9).by(2026, 8));
        assert!(Date::year(2026).by(2026, 1));
        assert_eq!(Date::month(2037, 3).after(2026, 12), Span::Months(123));
    }
}
