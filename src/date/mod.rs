//! Dates and times: detection ([`detect`]) and resolution against the
//! article's date ([`resolve`]), with the word lists in [`lexicon`]
//! (`data/dates/*.txt`). See `GUIDELINES.md` of the evaluation kit for the
//! definition of what counts.
//!
//! Rule families (details in [`detect`] and [`resolve`]):
//! - absolute dates: *10 September 2023*, *Selasa, 8 Oktober 2019*,
//!   *Minggu (10/9/2023)*, *Rabu (4/11)*, *10/9/2023*, *10-12 September 2023*;
//! - months, years, quarters: *September 2023*, *bulan Maret*, *Agustus
//!   lalu*, *tahun 2019*, *pada 2014*, *akhir 2023*, *kuartal III 2015*;
//! - relative days and periods: *kemarin*, *hari ini*, *besok*, *lusa*,
//!   *semalam*, *dua hari lalu*, *pekan lalu*, *bulan ini*, *tahun depan*,
//!   *empat tahun ke depan*, *awal tahun ini*, *akhir pekan lalu*;
//! - weekdays: *Senin*, *Jumat lalu*, *Sabtu depan*;
//! - clock times and parts of day joined to their day: *pukul 10.00 WIB*,
//!   *Senin (11/9/2023) pukul 10.00 WIB*, *Rabu (4/11) malam*, *tadi pagi*,
//!   *malam itu*, *dini hari*; *waktu setempat* joins the time.
//!
//! Not dates: durations (*selama dua minggu*), ages (*12 tahun ini*),
//! frequencies (*setiap hari*), the vague present and past (*saat ini*,
//! *beberapa waktu lalu*), years in names (*Pemilu 2019*, *UU No 20 Tahun
//! 2001*). Without an anchor, values that need one are `?`.
//!
//! `extract` is linear in the text: each family is one pass of a regex
//! (linear by construction), then one sort and one pass to join pieces.

pub mod calendar;
pub mod detect;
pub mod lexicon;
pub mod resolve;

pub use calendar::CalendarDate;

use crate::document::{DateMention, Granularity};
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
        let mut ctx = resolve::Context::default();
        let mut paragraph = None;
        detect::detect(&self.patterns, text, seg)
            .into_iter()
            .map(|found| {
                let here = seg.paragraph_at(found.start);
                if here != paragraph {
                    paragraph = here;
                    ctx.paragraph_day = None;
                }
                let resolved = resolve::resolve(&found, anchor, &ctx);
                if matches!(resolved.granularity, Granularity::Day | Granularity::Time) {
                    ctx.last_day = resolved.day;
                    ctx.paragraph_day = resolved.day;
                }
                DateMention {
                    start: found.start,
                    end: found.end,
                    text: text[found.start..found.end].to_string(),
                    value: resolved.value,
                    granularity: resolved.granularity,
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
