//! Dates and times: detection ([`detect`]) and resolution against the
//! article's date ([`resolve`]).
//!
//! The rules (see `GUIDELINES.md` of the evaluation kit for the definition):
//! - Weekday with a parenthetical numeric date, day first:
//!   *Minggu (10/9/2023)* → `2023-09-10`; *Rabu (4/11)* takes the anchor's year.
//! - *tahun lalu* → the anchor's year minus one.
//!
//! Without an anchor, values that need one are `?`.

pub mod calendar;
pub mod detect;
pub mod resolve;

pub use calendar::CalendarDate;

use crate::document::DateMention;
use crate::text::Segmented;

/// Finds and resolves time expressions. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct DateExtractor {
    patterns: detect::Patterns,
}

impl DateExtractor {
    /// Compiles the date patterns.
    pub fn new() -> Self {
        DateExtractor { patterns: detect::Patterns::new() }
    }

    /// The first full date written in the text (a dateline or the first
    /// *Senin (11/9/2023)*), used as the anchor when none is given.
    pub fn find_anchor(&self, text: &str, _seg: &Segmented) -> Option<CalendarDate> {
        self.patterns.first_full_date(text)
    }

    /// All time expressions in `text`, sorted, with values resolved against `anchor`.
    pub fn extract(&self, text: &str, seg: &Segmented, anchor: Option<CalendarDate>) -> Vec<DateMention> {
        detect::detect(&self.patterns, text, seg)
            .into_iter()
            .map(|found| {
                let (value, granularity) = resolve::resolve(&found, anchor);
                DateMention {
                    start: found.start,
                    end: found.end,
                    text: text[found.start..found.end].to_string(),
                    value,
                    granularity,
                }
            })
            .collect()
    }
}

impl Default for DateExtractor {
    fn default() -> Self {
        Self::new()
    }
}
