//! Dates relative to publication: relative days (*kemarin*, *hari itu*),
//! deictic periods (*pekan lalu*, *tahun berikutnya*) and weekdays (rules in
//! [`super`]).

use super::*;
use crate::text::Lower;

impl Patterns {
    pub(super) fn collect_relative_day(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.relative_day.captures_iter(text, starts) {
            let m = c.get(0).expect("match");
            let Some(&deixis) = self.relative_days.get(&normalize(m.as_str())) else { continue };
            // *tiga hari ini*, *beberapa hari ini* (these three, these few
            // days): a count before *hari ini* makes it a stretch of time, as
            // for *dua tahun ini* in the deictic family (corpus train gold: no
            // DATE in 4 of 4 such).
            let (at, before) = prev_word_at(text, m.start());
            // (not a name's number: *COVID-19 hari ini*)
            if m.as_str().lower().starts_with("hari")
                && self.is_count_word(before)
                && !text[..at].ends_with(['-', '/'])
            {
                continue;
            }
            // *Hari ini (kemarin, Red)*: the editor's note says which day the
            // quoted speaker's "today" is, counted from publication
            let deixis = self.editors_day(&text[m.end()..]).unwrap_or(deixis);
            let day = match deixis {
                DayDeixis::Offset(n) => DayRef::Offset(n),
                DayDeixis::Same(n) => DayRef::Same(n),
            };
            out.push(Piece::day(m.start(), m.end(), day));
        }
    }

    /// The relative day of an editor's note right after an expression:
    /// *(kemarin, Red)*, *(kemarin-red)*.
    fn editors_day(&self, after: &str) -> Option<DayDeixis> {
        let inner = after.strip_prefix(" (")?;
        let inner = &inner[..inner.find(')').filter(|&k| k <= 24)?];
        let lower = inner.lower();
        let day = lower.strip_suffix("red")?.trim_end_matches([' ', ',', '-', '/']);
        self.relative_days.get(&normalize(day)).copied()
    }

    pub(super) fn collect_deictic(&self, text: &str, seg: &Segmented, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.deictic.captures_iter(text, starts) {
            let m = c.get(0).expect("match");
            let unit_match = c.name("unit").expect("unit");
            let unit = unit_match.as_str().lower();
            let edge = c.name("edge").is_some();
            let story = self.story_direction_of(c.name("dir"));
            let dir = match (c.name("dir"), edge) {
                (Some(_), _) => match self.direction_of(c.name("dir")).or(story) {
                    Some(d) => d,
                    None => continue,
                },
                // An edge alone names the current year or month (*akhir tahun*);
                // *akhir pekan* alone is any weekend.
                (None, true) if unit == "tahun" || unit == "bulan" => 0,
                _ => continue,
            };
            // *Minggu lalu* in mid-sentence is last Sunday: the weekday family has it.
            if unit == "minggu" && !edge && starts_upper(unit_match.as_str()) && !at_sentence_start(text, seg, m.start())
            {
                continue;
            }
            // *12 tahun ini*, *tiga bulan lalu*'s tail: a count before makes it
            // an age or a duration; *beberapa tahun lalu*, *bulan-bulan lalu*:
            // vague, no value.
            let before = prev_word(text, m.start());
            if !edge && (self.is_count_word(before) || text[..m.start()].ends_with('-')) {
                continue;
            }
            let period = match (unit.as_str(), story.is_some()) {
                ("pekan" | "minggu", false) => Period::RelWeek(i64::from(dir)),
                ("pekan" | "minggu", true) => Period::FocusWeek(i64::from(dir)),
                ("bulan", false) => Period::RelMonth(dir),
                ("bulan", true) => Period::FocusMonth(dir),
                ("tahun", false) => Period::Year(YearRef::Rel(dir)),
                ("tahun", true) => Period::Year(YearRef::Focus(dir)),
                (_, false) => Period::RelQuarter(dir),
                (_, true) => continue,
            };
            out.push(Piece::period(m.start(), m.end(), period));
        }
    }

    pub(super) fn collect_weekday(&self, text: &str, seg: &Segmented, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.weekday.captures_iter(text, starts) {
            let w = c.name("w").expect("weekday");
            let Some(weekday) = self.weekday_of(w.as_str()) else { continue };
            let m = c.get(0).expect("match");
            // Weekdays are capitalized; lower case is another word (*minggu* = week) unless after *hari*.
            if !starts_upper(w.as_str()) && c.name("hari").is_none() {
                continue;
            }
            // *Senin-Jumat* without a date is a schedule (office days), not a day.
            let after = &text[m.end()..];
            let dash_after = after.strip_prefix(['-', '–']).is_some_and(|a| self.weekday_of(next_word(a, 0)).is_some());
            let before = &text[..m.start()];
            let dash_before = before.ends_with(['-', '–'])
                && self.weekday_of(prev_word(text, before.trim_end_matches(['-', '–']).len())).is_some();
            if c.name("dir").is_none() && (dash_after || dash_before) {
                continue;
            }
            let dir = c.name("dir").map(|d| normalize(d.as_str()));
            if weekday == 6 && dir.is_some() && c.name("hari").is_none() && at_sentence_start(text, seg, m.start()) {
                continue; // *Minggu lalu, …* opening a sentence: the week (deictic family)
            }
            let lean = match dir.as_deref() {
                Some("nanti" | "besok") => Lean::Future,
                Some(d) => match self.directions.get(d) {
                    Some(0) => Lean::ThisWeek,
                    Some(&n) => lean_of(n, true),
                    None => Lean::Nearest,
                },
                None if self.future_cue_before(text, seg, m.start()) => Lean::Future,
                None => Lean::Past,
            };
            out.push(Piece {
                start: m.start(),
                end: m.end(),
                kind: Kind::Weekday,
                expr: Expr { day: Some(DayRef::Weekday { weekday, lean }), ..Expr::default() },
                standalone: true,
            });
        }
    }
}
