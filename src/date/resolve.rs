//! Turning a detected expression into an ISO 8601 value against the anchor.

use super::detect::{Expr, Found};
use super::CalendarDate;
use crate::document::Granularity;

const UNKNOWN: (&str, Granularity) = ("?", Granularity::Unknown);

/// The value and granularity of `found`, given the article's date.
pub fn resolve(found: &Found, anchor: Option<CalendarDate>) -> (String, Granularity) {
    match found.expr {
        Expr::Day { day, month, year } => {
            let year = match (year, anchor) {
                (Some(y), _) => y,
                (None, Some(a)) => a.year(),
                (None, None) => return (UNKNOWN.0.into(), UNKNOWN.1),
            };
            match CalendarDate::new(year, month, day) {
                Some(d) => (d.to_string(), Granularity::Day),
                None => (UNKNOWN.0.into(), UNKNOWN.1),
            }
        }
        Expr::RelativeYear(delta) => match anchor {
            Some(a) => (format!("{:04}", a.year() + delta), Granularity::Year),
            None => (UNKNOWN.0.into(), UNKNOWN.1),
        },
    }
}
