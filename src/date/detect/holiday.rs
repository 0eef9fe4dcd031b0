//! Days counted to Lebaran: *H-7 Lebaran*, *H+2*, *H-15 hingga H+3 Lebaran
//! tahun ini*, *hari H Idul Fitri*, *H-3 menjelang hari raya Idul Fitri 1438
//! H* (rules in [`super`]).

use super::*;

/// Words of an article about the holiday, which let a bare *H-3* count to it.
const HOLIDAY_TOPIC: &[&str] = &["lebaran", "idul fitri", "idulfitri", "mudik", "arus balik"];

/// The pattern of a count to the holiday, its range end, the holiday named and its year.
pub(super) fn holiday_pattern() -> String {
    let count = r"(?:\b[Hh]ari H|\bH ?[-+–] ?\d{1,2})\b";
    format!(
        r"(?:sekitar )?(?:\b[Hh]ari H|\bH ?(?P<sign>[-+–]) ?(?P<n>\d{{1,2}}))\b(?: (?:hingga|sampai|sampai dengan) {count})?(?P<hol>(?: menjelang| jelang)?(?: hari raya)? (?:[Ll]ebaran|Idul ?[Ff]itri|IDUL FITRI))?(?: (?P<y>\d{{4}})(?: H\b| Hijriah)?)?(?: tahun ini)?"
    )
}

impl Patterns {
    /// Adds the days counted to Lebaran to `out` (sorted, not overlapping).
    /// A count joins the written date it is said to be (*H+4 atau Kamis
    /// (29/6)*, *12 Juni atau H+6*): one span, that date's value, and the
    /// article's own day H for its other counts on that side.
    pub(super) fn add_holiday_counts(&self, text: &str, out: &mut Vec<Found>) {
        // the lines that hold a count (*H-7*, *H + 2*, *hari H*): the pattern runs on those alone
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for (at, _) in text.match_indices('H') {
            let count = text[at + 1..]
                .trim_start_matches(' ')
                .strip_prefix(['-', '+', '–'])
                .is_some_and(|r| r.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()));
            let hari = text[..at].ends_with("ari ") && !text[at + 1..].starts_with(|c: char| c.is_alphanumeric());
            // (each line found once, however many counts it holds)
            if ((count && !text[..at].ends_with(|c: char| c.is_alphanumeric())) || hari) && lines.last().is_none_or(|l| at >= l.1) {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                lines.push((start, end));
            }
        }
        if lines.is_empty() {
            return;
        }
        let topic = HOLIDAY_TOPIC.iter().any(|w| text.lower().contains(w));
        let caps = lines.iter().flat_map(|&(a, b)| self.holiday.get().captures_iter(&text[a..b]).map(move |c| (a, c)));
        for (base, c) in caps {
            let (Some(m), named) = (c.get(0), c.name("hol").is_some()) else { continue };
            let shift = |x: usize| base + x;
            if !(named || topic) {
                continue;
            }
            let offset = c.name("n").and_then(|n| n.as_str().parse::<i64>().ok()).unwrap_or(0);
            let offset = if c.name("sign").is_some_and(|s| s.as_str() != "+") { -offset } else { offset };
            // *Lebaran 2017*, *1438 H* (a Hijri year); another number is none of it
            let (start, mut end) = (shift(m.start()), shift(m.end()));
            let mut year = None;
            if let Some(y) = c.name("y") {
                match y.as_str().parse::<i32>() {
                    Ok(v) if (1990..2100).contains(&v) || (1300..1600).contains(&v) => year = Some(v),
                    _ => end = shift(y.start()) - 1,
                }
            }
            // the written date it is said to be, before or after *atau* (not a
            // range: *tanggal 7-12 April atau H-9* is its end); *H+7 Lebaran
            // atau pada Senin, 27 Agustus* says it too, in two spans
            let i = out.partition_point(|f| f.start < start);
            let is_date = |f: &Found| {
                let t = &text[f.start..f.end];
                f.expr.day.is_some() && f.expr.period.is_none() && !t.contains(['-', '–']) && !t.contains("hingga")
            };
            let gap = |a: usize, b: usize| if a <= b { text[a..b].trim() } else { "" };
            if let Some(f) = i.checked_sub(1).map(|j| &mut out[j]).filter(|f| matches!(gap(f.end, start), "atau" | ",") && is_date(f)) {
                (f.end, f.expr.holiday) = (end, Some(offset));
                continue;
            }
            let next = out.get_mut(i).filter(|f| is_date(f)).map(|f| (gap(end, f.start), f));
            match next {
                Some(("atau" | ",", f)) => {
                    (f.start, f.expr.holiday) = (start, Some(offset));
                    continue;
                }
                Some(("atau pada", f)) => f.expr.holiday = Some(offset),
                _ => {}
            }
            // (what it holds, *tahun ini*, *2017*, is part of it)
            out.retain(|f| f.end <= start || f.start >= end);
            let i = out.partition_point(|f| f.start < start);
            out.insert(i, Found { start, end, expr: Expr { day: Some(DayRef::Holiday { offset, year }), ..Expr::default() } });
        }
    }
}
