//! Turning a detected expression into an ISO 8601 value against the anchor
//! (the publication date).
//!
//! Rules, in plain words:
//! - A written full date is itself; a date without a year takes the year
//!   (anchor's, or the one before or after) that puts it nearest the anchor,
//!   a day ahead counting thrice a day back (news reports the past: *28
//!   Maret* read in October is this year's), on the side its *lalu* /
//!   *mendatang* says, and on its written weekday when that lies within half
//!   a year ahead or a year back (*Kamis (31/12)* in an article of 2 January
//!   is last year's; *Senin (6/5)* in March 2014 is 6 May 2013).
//! - **A story ahead**: when the last date written in full (day, month,
//!   year) lies after the anchor, a date without its year or weekday and a
//!   bare weekday are placed against that date instead (*akan digelar 28
//!   September 2024, setelah Makassar (10 Agustus)* → 2024-08-10; *Senin, 12
//!   September 2016 … libur Sabtu, Minggu* → the 10th and 11th): in corpus
//!   train 10 such values right, none lost.
//! - A day counted to Lebaran is counted from 1 Syawal as the government set
//!   it (`data/dates/idul-fitri.txt`; the Lebaran of the year written, else
//!   the one nearest the anchor; `?` for a year not listed), or from the
//!   article's own day H where it says what day a count on that side is
//!   (*H+4 atau Kamis (29/6)*: after the holiday, articles count from its
//!   first or second day). In corpus train 60 values right, none lost.
//! - A weekday with its week (*Kamis pekan lalu*, *Jumat dua pekan lalu*,
//!   *Senin pekan depan*) is that weekday of that ISO week.
//! - Relative days count from the anchor (*kemarin* = -1, *lusa* = +2,
//!   *tadi malam* = -1, *tiga hari lalu* = -3).
//! - A weekday is the latest such day on or before the anchor; with a
//!   future cue the next one on or after; *Senin lalu* / *depan* is strictly
//!   before / after; *Senin ini* is in the anchor's week.
//! - *hari itu*, *malam itu* take the day last mentioned in the article;
//!   *keesokan harinya* the day after it.
//! - A clock time is `T10:00` on its day, 24-hour as written (*pukul 7
//!   malam* = `T19:00`). **Temporal focus** (HeidelTime's narrative
//!   strategy, as the guidelines settle it): a clock time or part of day
//!   with no day of its own (*pukul 06.12*, *malam itu*) and expressions
//!   counted from the story's events (*keesokan harinya*) take the day last
//!   given in the article, however far back; expressions counted from now
//!   (*kemarin*, *pekan lalu*, *tahun depan*) count from the anchor. With no
//!   day given yet, the anchor. A part of day adds nothing to the value.
//! - Weeks are ISO weeks (`2023-W36`), months `2023-09`, quarters `2015-Q3`,
//!   years `2023`; *akhir 2023* is `2023`, *awal bulan ini* the month.
//! - A bare month (*pada Maret*) is the one from nine months before the
//!   anchor's month to six after; *Agustus lalu* the latest August before the anchor's
//!   month, *Agustus mendatang* the next one.
//! - Whatever needs the anchor is `?` without one, as is a date that does not exist.

use super::detect::{DayRef, Expr, Found, Lean, Period, YearRef};
use super::CalendarDate;
use crate::document::Granularity;

/// What the article has said so far, for expressions that point back.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The day last mentioned anywhere before.
    pub last_day: Option<CalendarDate>,
    /// The day last mentioned earlier in the same paragraph.
    pub paragraph_day: Option<CalendarDate>,
    /// The year of the last expression that named one (*pada 2014*, a date).
    pub last_year: Option<i32>,
    /// The day of the last date written in full (day, month and year).
    pub written_day: Option<CalendarDate>,
    /// The article's own day H of Lebaran, where it says what day a count
    /// to it is: counted before it (*12 Juni atau H-3*) and after it (*H+4
    /// atau Kamis (29/6)*), which articles count from its first or second day.
    pub lebaran: [Option<CalendarDate>; 2],
}

/// A resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// ISO 8601 value or `?`.
    pub value: String,
    /// Its precision.
    pub granularity: Granularity,
    /// The day it names, when it names one (for later back-references).
    pub day: Option<CalendarDate>,
}

impl Resolved {
    fn unknown() -> Self {
        Resolved { value: "?".into(), granularity: Granularity::Unknown, day: None }
    }

    fn period(value: String, granularity: Granularity) -> Self {
        Resolved { value, granularity, day: None }
    }
}

/// The value and granularity of `found`, given the anchor and what came before.
pub fn resolve(found: &Found, anchor: Option<CalendarDate>, ctx: &Context) -> Resolved {
    resolve_expr(&found.expr, anchor, ctx)
}

fn resolve_expr(expr: &Expr, anchor: Option<CalendarDate>, ctx: &Context) -> Resolved {
    if let Some(period) = expr.period {
        return resolve_period(period, anchor, ctx).unwrap_or_else(Resolved::unknown);
    }
    let day = match expr.day {
        Some(d) => resolve_day(d, anchor, ctx),
        // temporal focus: the day of the last date the article gave
        None => ctx.last_day.or(anchor),
    };
    let Some(day) = day else { return Resolved::unknown() };
    match expr.time {
        Some((hour, minute)) => {
            let hour = expr.part.map_or(hour, |p| p.to_24h(hour));
            let seconds = expr.second.map_or_else(String::new, |s| format!(":{s:02}"));
            Resolved {
                value: format!("{day}T{hour:02}:{minute:02}{seconds}"),
                granularity: Granularity::Time,
                day: Some(day),
            }
        }
        None => Resolved { value: day.to_string(), granularity: Granularity::Day, day: Some(day) },
    }
}

/// The day `d` names, if it can be placed.
pub fn resolve_day(d: DayRef, anchor: Option<CalendarDate>, ctx: &Context) -> Option<CalendarDate> {
    match d {
        DayRef::Date { day, month, year: Some(year), .. } => CalendarDate::new(year, month, day),
        DayRef::Date { day, month, year: None, weekday, lean } => {
            // (a written weekday places it near publication already)
            let a = if lean == Lean::Nearest && weekday.is_none() { story_ahead(anchor, ctx)? } else { anchor? };
            let candidates: Vec<CalendarDate> =
                (a.year() - 1..=a.year() + 1).filter_map(|y| CalendarDate::new(y, month, day)).collect();
            // A weekday picks the year only near publication, or in the year
            // before (news reports the past: a caption's *Senin (6/5)* in March
            // 2014 is 6 May 2013, a Monday); one that fits only a year ahead
            // (*Kamis (19/5)* in May 2021, a Thursday in 2022) is a slip of the
            // weekday, not next year's date.
            let on_weekday: Vec<CalendarDate> = candidates
                .iter()
                .copied()
                .filter(|c| weekday.is_none_or(|w| c.weekday() == w && (-366..=183).contains(&(c.to_days() - a.to_days()))))
                .collect();
            let pool = if on_weekday.is_empty() { candidates } else { on_weekday };
            let on_side: Vec<CalendarDate> = pool.iter().copied().filter(|c| on_lean_side(*c, a, lean)).collect();
            let pool = if on_side.is_empty() { pool } else { on_side };
            // Nearest, with a day ahead counting thrice a day back: news
            // reports the past, so up to nine months back beats three ahead.
            pool.into_iter().min_by_key(|c| {
                let d = c.to_days() - a.to_days();
                if d > 0 { 3 * d } else { -d }
            })
        }
        DayRef::DateOfYear { day, month, years } => CalendarDate::new(anchor?.year() + years, month, day),
        // The anchor's month, unless the lean puts the day on the other side
        // of the anchor: then the month before (*tanggal 28 kemarin* read on
        // the 3rd) or after (*tanggal 2 nanti* read on the 20th). (In corpus
        // train gold, 10 of 11 such days fall in the publication's month, the
        // other, *tanggal 25-26 kemarin* read on 6 October, in September.)
        DayRef::DayOfMonth { day, lean } => day_of_month(day, lean, anchor?),
        DayRef::Offset(n) => anchor.map(|a| a.add_days(n)),
        DayRef::Weekday { weekday, lean } => {
            let a = if matches!(lean, Lean::Past | Lean::Nearest) { story_ahead(anchor, ctx)? } else { anchor? };
            let back = i64::from((a.weekday() + 7 - weekday) % 7);
            let ahead = i64::from((weekday + 7 - a.weekday()) % 7);
            Some(match lean {
                Lean::Past | Lean::Nearest => a.add_days(-back),
                Lean::PastStrict => a.add_days(-(if back == 0 { 7 } else { back })),
                Lean::Future => a.add_days(ahead),
                Lean::FutureStrict => a.add_days(if ahead == 0 { 7 } else { ahead }),
                Lean::ThisWeek => a.add_days(i64::from(weekday) - i64::from(a.weekday())),
            })
        }
        DayRef::WeekdayOfWeek { weekday, weeks } => {
            let d = anchor?.add_days(7 * weeks);
            Some(d.add_days(i64::from(weekday) - i64::from(d.weekday())))
        }
        DayRef::Same(n) => ctx.last_day.or(anchor).map(|d| d.add_days(n)),
        DayRef::Holiday { offset, year } => {
            let a = anchor?;
            let mut listed = super::lexicon::idul_fitri();
            // the Lebaran of the year written (a Hijri one too), else the one nearest the anchor
            let day = match year {
                Some(y) => listed.find(|&(d, h)| if y < 1600 { i32::from(h) == y } else { d.year() == y }).map(|(d, _)| d),
                None => listed.map(|(d, _)| d).filter(|d| (d.year() - a.year()).abs() <= 1).min_by_key(|d| (d.to_days() - a.to_days()).abs()),
            }?;
            // the article's own day H for counts on that side, when it is that Lebaran's
            let own = if offset < 0 { ctx.lebaran[0] } else if offset > 0 { ctx.lebaran[1] } else { None };
            let day = own.filter(|h| (h.to_days() - day.to_days()).abs() <= 2).unwrap_or(day);
            Some(day.add_days(offset))
        }
    }
}

/// The reference of a date without its year or a bare weekday: the
/// anchor, or, when the last date written in full lies after it (the story
/// is about what is coming: *akan digelar pada 28 September 2024, setelah
/// Samarinda (27 Juli)*), that date.
fn story_ahead(anchor: Option<CalendarDate>, ctx: &Context) -> Option<CalendarDate> {
    let a = anchor?;
    Some(ctx.written_day.filter(|w| *w > a).unwrap_or(a))
}

/// [`DayRef::DayOfMonth`]: the anchor's month, unless the lean puts the day
/// on the other side of the anchor.
fn day_of_month(day: u8, lean: Lean, a: CalendarDate) -> Option<CalendarDate> {
    let shift = match lean {
        Lean::Past if day > a.day() => -1,
        Lean::PastStrict if day >= a.day() => -1,
        Lean::Future if day < a.day() => 1,
        Lean::FutureStrict if day <= a.day() => 1,
        _ => 0,
    };
    let (year, month) = add_months(a.year(), a.month(), shift);
    CalendarDate::new(year, month, day)
}

fn on_lean_side(c: CalendarDate, a: CalendarDate, lean: Lean) -> bool {
    match lean {
        Lean::Past => c <= a,
        Lean::PastStrict => c < a,
        Lean::Future => c >= a,
        Lean::FutureStrict => c > a,
        Lean::Nearest | Lean::ThisWeek => true,
    }
}

fn year_of(y: YearRef, anchor: Option<CalendarDate>, focus: Option<i32>) -> Option<i32> {
    match y {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(d) => anchor.map(|a| a.year() + d),
        YearRef::Focus(d) => focus.map(|f| f + d),
    }
}

/// `(year, month)` moved by `months`.
fn add_months(year: i32, month: u8, months: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + months;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

/// The month `k` months from `d`'s.
fn month_from(d: CalendarDate, k: i32) -> Resolved {
    let (y, m) = add_months(d.year(), d.month(), k);
    Resolved::period(format!("{y:04}-{m:02}"), Granularity::Month)
}

/// The ISO week `k` weeks from `d`'s.
fn week_from(d: CalendarDate, k: i64) -> Resolved {
    let (y, w) = d.add_days(7 * k).iso_week();
    Resolved::period(format!("{y:04}-W{w:02}"), Granularity::Week)
}

fn resolve_period(period: Period, anchor: Option<CalendarDate>, ctx: &Context) -> Option<Resolved> {
    // the story's day and year: the last the article gave, else publication
    let focus_day = ctx.last_day.or(anchor);
    let focus = ctx.last_year.or(focus_day.map(|d| d.year()));
    Some(match period {
        Period::Year(y) => Resolved::period(format!("{:04}", year_of(y, anchor, focus)?), Granularity::Year),
        Period::Month { month, year: Some(y), .. } => {
            Resolved::period(format!("{:04}-{month:02}", year_of(y, anchor, focus)?), Granularity::Month)
        }
        Period::Month { month, year: None, lean } => {
            let a = anchor?;
            let year = match lean {
                Lean::Past if month > a.month() => a.year() - 1,
                Lean::PastStrict if month >= a.month() => a.year() - 1,
                Lean::Future if month < a.month() => a.year() + 1,
                Lean::FutureStrict if month <= a.month() => a.year() + 1,
                // Nearest: the month from nine months before the anchor's
                // to six after, leaning to the past as news does (*pada
                // Desember* read in January is last December, *bulan
                // Januari* read in October this year's, in December next).
                Lean::Nearest | Lean::ThisWeek => {
                    let gap = i32::from(month) - i32::from(a.month());
                    match gap {
                        g if g > 6 => a.year() - 1,
                        g if g < -9 => a.year() + 1,
                        _ => a.year(),
                    }
                }
                _ => a.year(),
            };
            Resolved::period(format!("{year:04}-{month:02}"), Granularity::Month)
        }
        // counted from publication (*bulan lalu*) or from the story (*sebulan kemudian*)
        Period::RelMonth(k) => month_from(anchor?, k),
        Period::FocusMonth(k) => month_from(focus_day?, k),
        Period::RelWeek(k) => week_from(anchor?, k),
        Period::FocusWeek(k) => week_from(focus_day?, k),
        Period::Quarter { quarter, year } => {
            Resolved::period(format!("{:04}-Q{quarter}", year_of(year, anchor, focus)?), Granularity::Quarter)
        }
        Period::Week { week, year } => Resolved::period(format!("{year:04}-W{week:02}"), Granularity::Week),
        Period::Half { half, year } => {
            Resolved::period(format!("{:04}-H{half}", year_of(year, anchor, focus)?), Granularity::Half)
        }
        Period::RelQuarter(k) => {
            let a = anchor?;
            let index = a.year() * 4 + i32::from((a.month() - 1) / 3) + k;
            Resolved::period(format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1), Granularity::Quarter)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CalendarDate {
        s.parse().unwrap()
    }

    fn value(expr: Expr, anchor: Option<&str>) -> String {
        resolve_expr(&expr, anchor.map(d), &Context::default()).value
    }

    fn day(r: DayRef) -> Expr {
        Expr { day: Some(r), ..Expr::default() }
    }

    fn period(p: Period) -> Expr {
        Expr { period: Some(p), ..Expr::default() }
    }

    fn date(day: u8, month: u8, year: Option<i32>, weekday: Option<u8>, lean: Lean) -> DayRef {
        DayRef::Date { day, month, year, weekday, lean }
    }

    #[test]
    fn days_resolve_across_month_year_and_leap_boundaries() {
        let cases = [
            ("written date", day(date(10, 9, Some(2023), None, Lean::Nearest)), "2023-09-12", "2023-09-10"),
            ("no year: anchor's", day(date(18, 5, None, None, Lean::Nearest)), "2017-05-15", "2017-05-18"),
            ("no year, late December read in January", day(date(28, 12, None, None, Lean::Nearest)), "2016-01-03", "2015-12-28"),
            ("no year, early January read in December", day(date(2, 1, None, None, Lean::Nearest)), "2015-12-30", "2016-01-02"),
            ("weekday picks the year", day(date(31, 12, None, Some(3), Lean::Nearest)), "2016-01-02", "2015-12-31"),
            ("weekday picks the year before, not one ahead", day(date(6, 5, None, Some(0), Lean::Nearest)), "2014-03-19", "2013-05-06"),
            ("lalu pushes to the past", day(date(20, 11, None, None, Lean::Past)), "2015-11-04", "2014-11-20"),
            ("mendatang pushes ahead", day(date(3, 1, None, None, Lean::Future)), "2015-11-04", "2016-01-03"),
            ("leap day without year", day(date(29, 2, None, None, Lean::Nearest)), "2024-03-10", "2024-02-29"),
            ("leap day that does not exist", day(date(29, 2, Some(2023), None, Lean::Nearest)), "2023-03-10", "?"),
            ("day of the month: the anchor's month", day(DayRef::DayOfMonth { day: 17, lean: Lean::Nearest }), "2023-09-12", "2023-09-17"),
            ("day of the month ahead with lalu: the month before", day(DayRef::DayOfMonth { day: 28, lean: Lean::Past }), "2024-01-03", "2023-12-28"),
            ("day of the month behind with nanti: the month after", day(DayRef::DayOfMonth { day: 2, lean: Lean::Future }), "2023-12-20", "2024-01-02"),
            ("day of the month the anchor's month lacks", day(DayRef::DayOfMonth { day: 31, lean: Lean::Nearest }), "2023-09-12", "?"),
            ("kemarin over a month end", day(DayRef::Offset(-1)), "2023-10-01", "2023-09-30"),
            ("besok over a year end", day(DayRef::Offset(1)), "2023-12-31", "2024-01-01"),
            ("kemarin over a leap day", day(DayRef::Offset(-1)), "2024-03-01", "2024-02-29"),
            ("bare weekday is on or before", day(DayRef::Weekday { weekday: 1, lean: Lean::Past }), "2016-02-23", "2016-02-23"),
            ("bare Minggu before a Tuesday", day(DayRef::Weekday { weekday: 6, lean: Lean::Past }), "2023-09-12", "2023-09-10"),
            ("Senin lalu on a Monday", day(DayRef::Weekday { weekday: 0, lean: Lean::PastStrict }), "2023-09-11", "2023-09-04"),
            ("future Sabtu", day(DayRef::Weekday { weekday: 5, lean: Lean::Future }), "2023-09-12", "2023-09-16"),
            ("Senin depan over a year end", day(DayRef::Weekday { weekday: 0, lean: Lean::FutureStrict }), "2023-12-29", "2024-01-01"),
            ("Jumat ini", day(DayRef::Weekday { weekday: 4, lean: Lean::ThisWeek }), "2023-09-12", "2023-09-15"),
        ];
        for (name, expr, anchor, want) in cases {
            assert_eq!(value(expr, Some(anchor)), want, "{name}");
        }
    }

    #[test]
    fn periods_resolve_to_iso_values() {
        let cases = [
            ("tahun lalu", period(Period::Year(YearRef::Rel(-1))), "2023-09-12", "2022"),
            ("akhir 2023", period(Period::Year(YearRef::Abs(2023))), "2025-01-01", "2023"),
            ("bulan lalu over a year end", period(Period::RelMonth(-1)), "2024-01-15", "2023-12"),
            ("tiga bulan lagi over a year end", period(Period::RelMonth(3)), "2023-11-15", "2024-02"),
            ("pekan lalu", period(Period::RelWeek(-1)), "2023-09-12", "2023-W36"),
            ("minggu depan over a year end", period(Period::RelWeek(1)), "2024-12-25", "2025-W01"),
            ("week 53", period(Period::RelWeek(0)), "2021-01-01", "2020-W53"),
            ("kuartal III 2015", period(Period::Quarter { quarter: 3, year: YearRef::Abs(2015) }), "2016-02-16", "2015-Q3"),
            ("kuartal lalu over a year end", period(Period::RelQuarter(-1)), "2016-02-16", "2015-Q4"),
            ("Agustus lalu", period(Period::Month { month: 8, year: None, lean: Lean::PastStrict }), "2016-02-16", "2015-08"),
            ("Mei lalu", period(Period::Month { month: 5, year: None, lean: Lean::PastStrict }), "2016-06-30", "2016-05"),
            ("Januari mendatang", period(Period::Month { month: 1, year: None, lean: Lean::FutureStrict }), "2016-11-01", "2017-01"),
            ("bulan Maret", period(Period::Month { month: 3, year: None, lean: Lean::Nearest }), "2016-08-01", "2016-03"),
            ("pada Desember read in January", period(Period::Month { month: 12, year: None, lean: Lean::Nearest }), "2016-01-10", "2015-12"),
            ("pada Januari read in November", period(Period::Month { month: 1, year: None, lean: Lean::Nearest }), "2016-11-10", "2017-01"),
            ("six months either way stays in the year", period(Period::Month { month: 3, year: None, lean: Lean::Nearest }), "2016-09-01", "2016-03"),
            ("Maret tahun depan", period(Period::Month { month: 3, year: Some(YearRef::Rel(1)), lean: Lean::Nearest }), "2016-11-01", "2017-03"),
        ];
        for (name, expr, anchor, want) in cases {
            assert_eq!(value(expr, Some(anchor)), want, "{name}");
        }
    }

    #[test]
    fn values_needing_an_anchor_are_unknown_without_one() {
        let cases = [
            ("pekan lalu", period(Period::RelWeek(-1)), "?"),
            ("kemarin", day(DayRef::Offset(-1)), "?"),
            ("Rabu (4/11)", day(date(4, 11, None, Some(2), Lean::Nearest)), "?"),
            ("written date needs none", day(date(4, 11, Some(2015), None, Lean::Nearest)), "2015-11-04"),
            ("written year needs none", period(Period::Year(YearRef::Abs(2019))), "2019"),
        ];
        for (name, expr, want) in cases {
            assert_eq!(value(expr, None), want, "{name}");
        }
    }

    #[test]
    fn clock_times_take_their_day_or_the_context() {
        let ctx = Context { last_day: Some(d("2023-09-10")), paragraph_day: Some(d("2023-09-10")), last_year: Some(2023), written_day: None, lebaran: [None; 2] };
        let at = |expr: Expr| resolve_expr(&expr, Some(d("2023-09-12")), &ctx).value;
        let night = Some(crate::date::lexicon::PartClass::Night);
        let cases = [
            ("time on its day", Expr { day: Some(DayRef::Offset(-1)), time: Some((16, 0)), ..Expr::default() }, "2023-09-11T16:00"),
            ("bare time takes the paragraph's day", Expr { time: Some((10, 0)), ..Expr::default() }, "2023-09-10T10:00"),
            ("pukul 7 malam is 19:00", Expr { day: Some(DayRef::Offset(0)), time: Some((7, 0)), part: night, ..Expr::default() }, "2023-09-12T19:00"),
            ("malam itu takes the last day", Expr { day: Some(DayRef::Same(0)), part: night, ..Expr::default() }, "2023-09-10"),
        ];
        for (name, expr, want) in cases {
            assert_eq!(at(expr), want, "{name}");
        }
        let bare = Expr { time: Some((10, 0)), ..Expr::default() };
        assert_eq!(resolve_expr(&bare, Some(d("2023-09-12")), &Context::default()).value, "2023-09-12T10:00", "bare time, no context: anchor");
    }
}
