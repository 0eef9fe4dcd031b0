//! A proleptic Gregorian calendar date with the arithmetic resolution needs
//! (day counts, weekdays, ISO weeks). Small enough to own; it keeps a date
//! crate out of the wasm bundle.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A valid calendar date (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl CalendarDate {
    /// The date, or `None` when it does not exist (e.g. 2023-02-29).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=9999).contains(&year)
            .then_some(())
            .filter(|_| (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .map(|_| CalendarDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01, if it is within years 1–9999.
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        CalendarDate::new(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// This date moved by `days` (saturating at the calendar's ends).
    pub fn add_days(self, days: i64) -> Self {
        CalendarDate::from_days(self.to_days() + days).unwrap_or(self)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = CalendarDate { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for CalendarDate {
    type Err = Error;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::InvalidDate(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, Error> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        CalendarDate::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CalendarDate {
        s.parse().unwrap()
    }

    #[test]
    fn parse_accepts_real_dates_only() {
        for ok in ["2023-09-12", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(d(ok).to_string(), ok);
        }
        for bad in ["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-9-12", "12/9/2023", "", "２０２３-09-12"] {
            assert!(bad.parse::<CalendarDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn day_arithmetic_crosses_month_year_and_leap_day() {
        let cases = [
            ("2023-12-31", 1, "2024-01-01"),
            ("2024-02-28", 1, "2024-02-29"),
            ("2024-03-01", -1, "2024-02-29"),
            ("2023-03-01", -1, "2023-02-28"),
            ("2023-09-12", -2, "2023-09-10"),
        ];
        for (from, n, want) in cases {
            assert_eq!(d(from).add_days(n).to_string(), want, "{from} + {n}");
        }
        assert_eq!(d("1970-01-01").to_days(), 0);
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        assert_eq!(d("2023-09-10").weekday(), 6); // Minggu
        assert_eq!(d("2023-09-11").weekday(), 0); // Senin
        assert_eq!(d("2023-09-12").iso_week(), (2023, 37));
        assert_eq!(d("2021-01-01").iso_week(), (2020, 53));
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
    }
}
