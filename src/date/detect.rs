//! Finding time expressions: pattern families, each a named regex, merged
//! into one span per expression.

use regex::Regex;

use super::CalendarDate;
use crate::text::Segmented;

/// What a detected expression says, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A calendar day; `year` missing means "the anchor's year".
    Day {
        /// Day of month.
        day: u8,
        /// Month 1–12.
        month: u8,
        /// Year when written.
        year: Option<i32>,
    },
    /// A year relative to the anchor's (`-1` = *tahun lalu*).
    RelativeYear(i32),
}

/// A detected expression: byte span and meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Meaning.
    pub expr: Expr,
}

/// The compiled date patterns.
#[derive(Debug)]
pub struct Patterns {
    weekday_numeric: Regex,
    relative_year: Regex,
}

const WEEKDAYS: &str = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad";

impl Patterns {
    /// Compiles the patterns.
    pub fn new() -> Self {
        Patterns {
            weekday_numeric: Regex::new(&format!(
                r"(?i)\b(?:{WEEKDAYS})\s*,?\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?\)"
            ))
            .expect("weekday pattern"),
            relative_year: Regex::new(r"(?i)\btahun\s+lalu\b").expect("relative year pattern"),
        }
    }

    /// The first full date in the text.
    pub fn first_full_date(&self, text: &str) -> Option<CalendarDate> {
        self.weekday_numeric.captures_iter(text).find_map(|c| {
            let year = c.get(3)?.as_str().parse::<i32>().ok()?;
            let year = if year < 100 { 2000 + year } else { year };
            CalendarDate::new(year, c[2].parse().ok()?, c[1].parse().ok()?)
        })
    }
}

impl Default for Patterns {
    fn default() -> Self {
        Self::new()
    }
}

/// All expressions in `text`, sorted and non-overlapping.
pub fn detect(p: &Patterns, text: &str, _seg: &Segmented) -> Vec<Found> {
    let mut out = Vec::new();
    for c in p.weekday_numeric.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(day), Ok(month)) = (c[1].parse::<u8>(), c[2].parse::<u8>()) else { continue };
        let year = c.get(3).and_then(|y| y.as_str().parse::<i32>().ok()).map(|y| if y < 100 { 2000 + y } else { y });
        out.push(Found { start: m.start(), end: m.end(), expr: Expr::Day { day, month, year } });
    }
    for m in p.relative_year.find_iter(text) {
        out.push(Found { start: m.start(), end: m.end(), expr: Expr::RelativeYear(-1) });
    }
    out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    out.dedup_by(|b, a| b.start < a.end);
    out
}
