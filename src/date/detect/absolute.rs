//! Absolute dates and periods: day month year, weekday with a parenthetical
//! date, numeric dates, months, years, quarters and halves (rules in
//! [`super`]).

use super::*;
use crate::text::Lower;

impl Patterns {
    pub(super) fn collect_day_month(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.day_month.captures_iter(text, starts) {
            let (Some(day), Some((month, _))) = (num::<u8>(&c, "d"), self.month_of(&c["mn"])) else { continue };
            let year = num::<i32>(&c, "y");
            let lean = self.trailing_lean(c.name("dir").map(|d| d.as_str()));
            if !(1..=31).contains(&day) {
                continue;
            }
            let m = c.get(0).expect("match");
            let (mut start, mut end, mut day) = (m.start(), m.end(), day);
            // *10 dan 11 April*: two days in a row are a range, one span with
            // the start's value (2 of 2 in corpus train/dev gold); days apart
            // (*23 dan 27 Maret*) are a list of dates
            if c.name("tgl").is_none() {
                let (and_at, and) = prev_word_at(text, start);
                let (first_at, first) = prev_word_at(text, and_at);
                if and.eq_ignore_ascii_case("dan")
                    && text[and_at + and.len()..start] == *" "
                    && text[first_at + first.len()..and_at] == *" "
                    && first.parse::<u8>().is_ok_and(|d| d + 1 == day)
                {
                    (start, day) = (first_at, day - 1);
                    let (tgl_at, tgl) = prev_word_at(text, start);
                    if (tgl.eq_ignore_ascii_case("tanggal") || tgl.eq_ignore_ascii_case("tgl")) && text[tgl_at + tgl.len()..start] == *" " {
                        start = tgl_at;
                    }
                }
            }
            // *21 Oktober tahun lalu*: the year named relative to publication
            let mut years = None;
            if year.is_none() && c.name("dir").is_none() {
                let rest = &text[end..];
                if let Some(after) = rest.strip_prefix(' ').filter(|r| r.len() > 6 && r.as_bytes()[..5].eq_ignore_ascii_case(b"tahun")) {
                    let dir = next_word(after, 5);
                    if after[5..].starts_with(' ') && !dir.is_empty() {
                        if let Some(&d) = self.directions.get(&dir.lower()) {
                            years = Some(d);
                            end += 1 + 5 + (after[5..].len() - after[5..].trim_start().len()) + dir.len();
                        }
                    }
                }
            }
            let day = match years {
                Some(years) => DayRef::DateOfYear { day, month, years },
                None => DayRef::Date { day, month, year, weekday: None, lean },
            };
            out.push(Piece::day(start, end, day));
        }
    }

    /// *tanggal 15*, *tanggal 1 kemarin*, *tanggal 5 sampai 17*: a day of
    /// the month with no month after it (a month or a numeric date after
    /// the day is the day-month or numeric family's, whose longer span
    /// wins); not a schedule (*setiap tanggal 1*).
    pub(super) fn collect_day_of_month(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.day_of_month.captures_iter(text, starts) {
            let Some(day) = num::<u8>(&c, "d").filter(|d| (1..=31).contains(d)) else { continue };
            let m = c.get(0).expect("match");
            let before = prev_word(text, m.start()).lower();
            if matches!(before.as_str(), "setiap" | "tiap" | "per" | "saban") {
                continue;
            }
            // a month, a year or another number goes on after the day, or a
            // list of days ends in a month (*tanggal 20, 21 Oktober 2020*):
            // not this family's
            let after = text[m.end()..].trim_start();
            let past_list = after.trim_start_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, ',' | ' ' | '-' | '–'));
            let past_list = past_list.strip_prefix("dan ").unwrap_or(past_list).trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == ' ');
            let next = next_word(after, 0);
            if after.starts_with(['/', '.', '-', ',']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
                || self.month_of(next).is_some()
                || self.month_of(next_word(past_list, 0)).is_some()
                || next.eq_ignore_ascii_case("bulan")
                || next.eq_ignore_ascii_case("tahun")
            {
                continue;
            }
            // the month was named just before (*pada Desember 2021, tanggal 23*): left alone
            let before_comma = text[..m.start()].trim_end().strip_suffix(',').map(str::len);
            let month_before = before_comma.is_some_and(|end| {
                let (at, word) = prev_word_at(text, end);
                self.month_of(word).is_some() || (word.len() == 4 && word.parse::<i32>().is_ok() && self.month_of(prev_word(text, at)).is_some())
            });
            if month_before {
                continue;
            }
            let lean = self.trailing_lean(c.name("dir").map(|d| d.as_str()));
            out.push(Piece::day(m.start(), m.end(), DayRef::DayOfMonth { day, lean }));
        }
    }

    pub(super) fn collect_weekday_paren(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.weekday_paren.captures_iter(text, starts) {
            let Some(weekday) = self.weekday_of(&c["w"]) else { continue };
            let (day, month, year) = if c.name("d").is_some() {
                let year = c.name("y").and_then(|y| {
                    let n: i32 = y.as_str().parse().ok()?;
                    // Two digits are this century's; any other length than 2 or 4 is a typo.
                    match y.as_str().len() {
                        2 => Some(2000 + n),
                        4 => Some(n),
                        _ => None,
                    }
                });
                (num::<u8>(&c, "d"), num::<u8>(&c, "m"), year)
            } else {
                (num::<u8>(&c, "d2"), c.name("mn").and_then(|m| self.month_of(m.as_str())).map(|m| m.0), num(&c, "y2"))
            };
            let (Some(day), Some(month)) = (day, month) else { continue };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                continue;
            }
            let lean = match c.name("dir").map(|d| normalize(d.as_str())).as_deref() {
                None => Lean::Nearest,
                Some("nanti" | "besok") => Lean::Future,
                Some(d) => lean_of(self.directions.get(d).copied().unwrap_or(0), false),
            };
            let m = c.get(0).expect("match");
            out.push(Piece::day(m.start(), m.end(), DayRef::Date { day, month, year, weekday: Some(weekday), lean }));
        }
    }

    /// *(15/10)*: a day and month in brackets is a date wherever it stands
    /// (*di Jakarta, (16/7)*), and joins a weekday or clock before it
    /// (*Minggu malam (15/10)*).
    pub(super) fn collect_paren_date(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.paren_date.captures_iter(text, starts) {
            let (Some(day), Some(month)) = (num::<u8>(&c, "d"), num::<u8>(&c, "m")) else { continue };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                continue;
            }
            let year = c.name("y").map(|y| y.as_str()).and_then(|y| {
                let n: i32 = y.parse().ok()?;
                Some(if y.len() == 2 { 2000 + n } else { n })
            });
            let m = c.get(0).expect("match");
            // Every bracketed day/month in the corpus, the kit's dev set and
            // the NER corpora is a date; the parentheses are trimmed off when
            // nothing joined it.
            out.push(Piece::day(m.start(), m.end(), DayRef::Date { day, month, year, weekday: None, lean: Lean::Nearest }));
        }
    }

    pub(super) fn collect_numeric(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.numeric.captures_iter(text, starts) {
            let m = c.get(0).expect("match");
            // Part of a longer number or path (2015/11/05, 1.10/9/2023): not a date.
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            // *Pekanbaru, 12/10 (ANTARA) -*, *ANTARAJAWABARAT.com,2/1 -*: after a
            // word and a comma, before the agency or the dash
            let dateline = c.name("y").is_none() && c.name("m2").is_none() && {
                let head = text[..m.start()].trim_end_matches(' ');
                let tail = text[m.end()..].trim_start_matches(' ');
                head.strip_suffix(',').is_some_and(|h| h.ends_with(char::is_alphabetic))
                    && text[m.end()..].starts_with(' ')
                    && (tail.starts_with("(ANTARA") || tail.starts_with("- ") || tail.starts_with("– "))
            };
            if !dateline && matches!(before, Some('/' | '.' | ',' | '-')) || before.is_some_and(|b| b.is_ascii_digit()) {
                continue;
            }
            if matches!(after, Some('/' | '-')) || after.is_some_and(|a| a.is_ascii_digit()) {
                continue;
            }
            let day = num::<u8>(&c, "d");
            let (month, year) = match (num::<u8>(&c, "m"), num::<u8>(&c, "m2")) {
                (Some(mo), _) => (Some(mo), c.name("y").map(|y| y.as_str())),
                (None, mo) => (mo, c.name("y2").map(|y| y.as_str())),
            };
            let year = year.and_then(|y| {
                let n: i32 = y.parse().ok()?;
                Some(if y.len() == 2 { 2000 + n } else { n })
            });
            // Without a year only *tanggal 10/9* reads as a date (else a
            // fraction or score), or a dateline's *Pekanbaru, 12/10 (ANTARA) -*.
            // … or one right after its weekday, *Selasa 15/11*, *Rabu, 4/11*
            let after_weekday = || {
                let head = text[..m.start()].strip_suffix(' ').unwrap_or_default();
                let head = head.strip_suffix(',').unwrap_or(head);
                let (at, word) = prev_word_at(text, head.len());
                starts_upper(word)
                    && at + word.len() == head.len()
                    && self.weekdays.contains_key(&word.lower())
            };
            if year.is_none() && c.name("tgl").is_none() && !dateline && !after_weekday() {
                continue;
            }
            let (Some(day), Some(month)) = (day, month) else { continue };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                continue;
            }
            out.push(Piece::day(m.start(), m.end(), DayRef::Date { day, month, year, weekday: None, lean: Lean::Nearest }));
        }
    }

    pub(super) fn collect_month(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.month.captures_iter(text, starts) {
            let mn = c.name("mn").expect("month");
            let Some((month, abbreviated)) = self.month_of(mn.as_str()) else { continue };
            let written_year = num::<i32>(&c, "y");
            let m = c.get(0).expect("match");
            // *May 12, 2022*, *Oct 31, 2022 - 23:08*: the month first, as the
            // timestamp lines of sites set to an English locale write it (in
            // corpus train and dev 7 of the 8 such dates are a gold DATE, the
            // eighth an embedded post's date); the day and year both written
            if let (Some(day), Some(year)) = (num::<u8>(&c, "usd").filter(|d| (1..=31).contains(d)), num::<i32>(&c, "usy")) {
                let day = DayRef::Date { day, month, year: Some(year), weekday: None, lean: Lean::Nearest };
                out.push(Piece::day(m.start(), m.end(), day));
                continue;
            }
            // The preposition stays outside the span, so it is looked up
            // behind the match rather than matched: short words like *di*
            // would make the regex stop everywhere.
            let cued = self.is_trigger(prev_word(text, m.start())) || c.name("edge").is_some() || c.name("week").is_some() || c.name("bulan").is_some();
            let has_dir = c.name("dir").is_some() || c.name("ydir").is_some();
            let running = !cued && !has_dir && written_year.is_none() && self.in_running_text(text, m.start(), mn.as_str());
            if !(cued || has_dir || written_year.is_some() || running) {
                continue;
            }
            // An abbreviation alone (*Jan*, *Mar*) is too ambiguous without a year.
            if abbreviated && written_year.is_none() {
                continue;
            }
            // Month names are matched capitalized only (news writes them so);
            // a capitalized word right after a bare one makes it a name
            // (*dari April Jasmine*).
            let bare = written_year.is_none() && c.name("bulan").is_none() && !has_dir;
            if bare && starts_upper(next_word(text, mn.end())) && text[mn.end()..].starts_with(' ') {
                continue;
            }
            let (year, lean) = if let Some(y) = written_year {
                (Some(YearRef::Abs(y)), Lean::Nearest)
            } else if let Some(d) = self.direction_of(c.name("ydir")) {
                (Some(YearRef::Rel(d)), Lean::Nearest)
            } else if c.name("dir").is_some_and(|d| normalize(d.as_str()) == "nanti") {
                (None, Lean::Future)
            } else if let Some(d) = self.direction_of(c.name("dir")) {
                (None, lean_of(d, true))
            } else if c.name("lalu").is_some() {
                (None, Lean::PastStrict)
            } else {
                (None, Lean::Nearest)
            };
            out.push(Piece::period(m.start(), m.end(), Period::Month { month, year, lean }));
        }
    }

    /// A bare Indonesian month name in running text with no cue: after a
    /// lower-case word that is not a frequency word (*inflasi Maret*, *jumlah
    /// Februari*, *paling lambat Juli*; not *setiap Oktober*), after a comma
    /// (a list of months), or opening its sentence. A capitalized word before
    /// it makes it part of a name (*Yan Mei*, *Dewi Juli Arta*, *Matchday
    /// November*), and one after it too (checked by the caller).
    fn in_running_text(&self, text: &str, start: usize, month: &str) -> bool {
        if !self.lex.running_months.iter().any(|w| w.eq_ignore_ascii_case(month)) {
            return false;
        }
        let before = window_before(text, start, 24).trim_end_matches([' ', '\t']);
        if before.is_empty() || before.ends_with('\n') {
            return true;
        }
        let (_, prev) = prev_word_at(text, start);
        if prev.is_empty() {
            // after a dash only as the end of a range of months (*Juli – Agustus*)
            if let Some(range) = before.strip_suffix(['-', '–', '—']) {
                return self.month_of(prev_word(range, range.len())).is_some();
            }
            return before.ends_with(['.', '!', '?', ',']);
        }
        if self.lex.frequency.iter().any(|f| f.eq_ignore_ascii_case(prev)) {
            return false;
        }
        // A capitalized word before it counts as lower case when it only opens its sentence (*Inflasi Maret*).
        prev.chars().next().is_some_and(char::is_lowercase) || {
            let (at, _) = prev_word_at(text, start);
            let lead = window_before(text, at, 8).trim_end_matches([' ', '\t']);
            lead.is_empty() || lead.ends_with(['\n', '.', '!', '?'])
        }
    }

    pub(super) fn collect_year(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.year.captures_iter(text, starts) {
            let y = c.name("y").expect("year");
            let Ok(year) = y.as_str().parse::<i32>() else { continue };
            let tahun = c.name("tahun");
            let m = c.get(0).expect("match");
            // *2019-2024* (a term of office, a plan): a span of years needs no cue
            let range = c.name("y2").and_then(|y2| y2.as_str().parse::<i32>().ok()).is_some_and(|y2| y2 > year && y2 - year <= 10);
            // a list of years goes on from a year (*tahun 1979, 1987, dan 1997*), and
            // a bracketed year or list of years dates what it follows (*(1968, 1969)*)
            let listed = out.last().is_some_and(|p: &Piece| {
                matches!(p.expr.period, Some(Period::Year(YearRef::Abs(_))))
                    && matches!(&text[p.end.min(m.start())..m.start()], ", " | " dan " | ", dan " | " atau " | ", atau ")
            });
            let bracketed = text[..m.start()].ends_with('(') && {
                let after = &text[m.end()..];
                after.starts_with(')') || (after.starts_with(", ") && after[2..].starts_with(|ch: char| ch.is_ascii_digit()))
            };
            // a fiscal or school year (*tahun anggaran 2010-2011*, *Tahun
            // Ajaran Baru 2023-2024*: 2 of 2 in corpus train/dev gold)
            let school = {
                let (at, word) = prev_word_at(text, m.start());
                let (at1, w1) = if word.eq_ignore_ascii_case("baru") { prev_word_at(text, at) } else { (at, word) };
                let (at2, w2) = prev_word_at(text, at1);
                ((w1.eq_ignore_ascii_case("anggaran") || w1.eq_ignore_ascii_case("ajaran"))
                    && w2.eq_ignore_ascii_case("tahun")
                    && text[at2..m.start()].bytes().all(|b| b.is_ascii_alphabetic() || b == b' '))
                .then_some(at2)
            };
            // *1990-an*, *tahun 1950-an*, *era 1980-an*: a decade, with the value of its
            // first year (as the corpus settled: a span of time takes its start); the
            // form itself says it is a time, a cue before it is not needed
            let decade = year % 10 == 0
                && !range
                && text[y.end()..].starts_with("-an")
                && !text[y.end() + 3..].starts_with(|ch: char| ch.is_alphanumeric());
            // A year with its deixis (*2024 ini*, *2015 lalu*, *2025 nanti*)
            // opening a clause or after a conjunction or *dengan* is the
            // sentence's time (*Sampai bulan ini. 2025 nanti lima orang*,
            // *dibandingkan dengan 2022 lalu*, *di Malaysia dan 2015 lalu di
            // Dubai*); after a noun it names an event (*Pilkada 2018
            // mendatang*, *Lebaran 2017 lalu*: no DATE in 35 of 36 in corpus
            // train gold, against 5 of 5 DATE in these places).
            let deixis_adverbial = c.name("lalu").is_some() && {
                let before = text[..m.start()].trim_end_matches(' ');
                let word = prev_word(text, m.start()).to_ascii_lowercase();
                before.is_empty()
                    || before.ends_with(['.', '\n', ')', '"', '“', '!', '?'])
                    || (before.len() + 1 == m.start() && matches!(word.as_str(), "dengan" | "dan" | "atau"))
            };
            if !decade
                && !deixis_adverbial
                && c.name("edge").is_none()
                && tahun.is_none()
                && school.is_none()
                && !range
                && !listed
                && !bracketed
                && !self.is_trigger(prev_word(text, m.start()))
            {
                continue;
            }
            let start = m.start();
            // *UU No 20 Tahun 2001*: a regulation's number and year, not a date.
            if tahun.is_some() && self.law_number.get().is_match(window_before(text, start, 30)) {
                continue;
            }
            // *masa sidang I Tahun 2021*, *Penas Tani dan Nelayan Tahun 2023*: in running
            // text a capitalized *Tahun* after a capitalized word goes on with a name (an
            // event, a budget, a programme), whose year is no date (GUIDELINES). A headline
            // capitalizes every word, so this holds only in a line that ends a sentence.
            if c.name("edge").is_none() && tahun.is_some_and(|t| t.as_str().starts_with('T')) && names_go_on(text, start) {
                continue;
            }
            // Part of a bigger number (2.014, 2014,5) or a count (*pada 2000 orang*).
            let after = &text[y.end()..];
            if (after.starts_with('.') || after.starts_with(',')) && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            if text[..y.start()].ends_with(['.', ',']) {
                continue;
            }
            if after.starts_with("-an") && !decade {
                continue;
            }
            if c.name("lalu").is_none()
                && self.lex.year_counters.iter().any(|w| *w == next_word(text, y.end()).lower())
            {
                continue;
            }
            // a season with its year is one span (*musim 2016*, *musim kemarau 2023*)
            let (at, word) = prev_word_at(text, start);
            let season = |w: &str| w.eq_ignore_ascii_case("musim");
            let start = if let Some(school) = school {
                school
            } else if season(word) && text[at + word.len()..start].trim().is_empty() {
                at
            } else if ["kemarau", "penghujan", "hujan", "panas", "dingin"].iter().any(|w| w.eq_ignore_ascii_case(word)) {
                let (at2, word2) = prev_word_at(text, at);
                if season(word2) && text[at2 + word2.len()..at].trim().is_empty() && text[at + word.len()..start].trim().is_empty() {
                    at2
                } else {
                    start
                }
            } else {
                start
            };
            if decade {
                // (*era* joins its decade: *era 1980-an*)
                let (at, word) = prev_word_at(text, start);
                let start = if word.eq_ignore_ascii_case("era") && text[at + word.len()..start] == *" " { at } else { start };
                out.push(Piece::period(start, y.end() + 3, Period::Year(YearRef::Abs(year))));
                continue;
            }
            out.push(Piece::period(start, m.end(), Period::Year(YearRef::Abs(year))));
        }
    }

    pub(super) fn collect_week_number(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.week_number.captures_iter(text, starts) {
            let (Some(week), Some(year)) = (num::<u8>(&c, "n"), num::<i32>(&c, "y")) else { continue };
            if !(1..=53).contains(&week) {
                continue;
            }
            let m = c.get(0).expect("match");
            out.push(Piece::period(m.start(), m.end(), Period::Week { week, year }));
        }
    }

    pub(super) fn collect_quarter(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.quarter.captures_iter(text, starts) {
            let q = c.name("q").or(c.name("q2")).expect("quarter").as_str().lower();
            let Some(&(_, quarter)) = QUARTERS.iter().find(|(w, _)| *w == q) else { continue };
            let year = if let Some(y) = num::<i32>(&c, "y") {
                YearRef::Abs(y)
            } else if let Some(d) = self.direction_of(c.name("ydir")) {
                YearRef::Rel(d)
            } else {
                YearRef::Rel(0)
            };
            // *Q3* alone is too ambiguous (a model, a grade); it needs its year.
            if c.name("q2").is_some() && c.name("y").is_none() {
                continue;
            }
            let m = c.get(0).expect("match");
            // *semester I 2024*: a half year (`2024-H1`, as TimeML writes it)
            let half = c.name("qw").is_some_and(|w| w.as_str().eq_ignore_ascii_case("semester"));
            let period = match (half, quarter) {
                (false, _) => Period::Quarter { quarter, year },
                (true, 1 | 2) => Period::Half { half: quarter, year },
                (true, _) => continue,
            };
            out.push(Piece::period(m.start(), m.end(), period));
        }
    }
}

/// Whether the capitalized word before `at` continues a name in a line of running text
/// (the line ends with a sentence's closing punctuation, as headlines do not).
fn names_go_on(text: &str, at: usize) -> bool {
    let word = prev_word(text, at);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[..line_end].trim_end();
    word.starts_with(char::is_uppercase)
        && text[..at].trim_end_matches(' ').ends_with(word)
        && line.ends_with(['.', '!', '?', '"', '\u{201d}'])
}
