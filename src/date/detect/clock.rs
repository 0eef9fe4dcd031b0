//! Clock times, parts of day and *waktu setempat* (rules in [`super`]).

use super::*;

impl Patterns {
    pub(super) fn collect_clock(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for (re, bare) in [(&self.clock, false), (&self.bare_clock, true)] {
            for c in re.captures_iter(text, starts) {
                // an hour in words (*pukul sepuluh pagi*); after *jam* only
                // with its part of day (*jam satu siang*), *jam satu* alone
                // being too often a span of time
                let word_hour = c.name("hw").and_then(|w| self.numbers.get(&normalize(w.as_str())).copied());
                if word_hour.is_some()
                    && c.name("cw").is_some_and(|w| w.as_str().eq_ignore_ascii_case("jam"))
                    && !self.parts.contains_key(&normalize(next_word(text, c.get(0).expect("match").end())))
                {
                    continue;
                }
                let (Some(hour), minute) = (num::<u8>(&c, "h").or(word_hour.map(|h| h as u8)), num::<u8>(&c, "mi")) else { continue };
                let minute = minute.unwrap_or(0);
                let second = num::<u8>(&c, "s");
                if hour > 24 || minute > 59 || second.is_some_and(|s| s > 59) {
                    continue;
                }
                let mut m = (c.get(0).expect("match").start(), c.get(0).expect("match").end());
                let mut deixis = c.name("deixis");
                // *pukul 20.00 tadi malam*: *tadi* goes with the part of day (last night)
                if let Some(d) = deixis.filter(|d| self.parts.contains_key(&normalize(next_word(text, d.end())))) {
                    m.1 = text[..d.start()].trim_end().len();
                    deixis = None;
                }
                // A bare clock inside a bigger number (1.20.00 WIB) is not a time.
                if bare && text[..m.0].ends_with(['.', ':', ',']) {
                    continue;
                }
                out.push(Piece {
                    start: m.0,
                    end: m.1,
                    kind: Kind::Time,
                    // *pukul 08.30 tadi*, *pukul 00.00 WIB nanti*: earlier or later today
                    expr: Expr { time: Some((hour, minute)), second, day: deixis.map(|_| DayRef::Offset(0)), ..Expr::default() },
                    standalone: true,
                });
            }
        }
    }

    pub(super) fn collect_part(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.part.captures_iter(text, starts) {
            let part = normalize(&c["part"]);
            let Some(&class) = self.parts.get(&part) else { continue };
            // A row naming this part (*tadi malam*) before the word's general row (*tadi*).
            let lookup = |table: &HashMap<String, DayDeixis>, word: &str| {
                let word = normalize(word);
                table.get(&format!("{word} {part}")).or_else(|| table.get(&word)).copied()
            };
            // The word before (*tadi* malam) is looked up, not matched: an
            // optional lead group would blunt the regex's literal search.
            let m = c.get(0).expect("match");
            let (pre_start, pre) = prev_word_at(text, m.start());
            let before = lookup(&self.part_before, pre).filter(|_| text[pre_start + pre.len()..m.start()].trim().is_empty());
            let deixis = before.or_else(|| c.name("post").and_then(|w| lookup(&self.part_after, w.as_str())));
            let day = deixis.map(|d| match d {
                DayDeixis::Offset(n) => DayRef::Offset(n),
                DayDeixis::Same(n) => DayRef::Same(n),
            });
            // *malam tahun baru (2012)*: New Year's Eve, the last day of
            // the year before (2 of 2 in corpus train/dev gold)
            if part == "malam" && c.name("post").is_none() && m.as_str().len() == 5 {
                if let Some((len, year)) = new_years_eve(&text[m.end()..]) {
                    let day = match year {
                        Some(y) => DayRef::Date { day: 31, month: 12, year: Some(y - 1), weekday: None, lean: Lean::Nearest },
                        None => DayRef::Date { day: 31, month: 12, year: None, weekday: None, lean: Lean::Nearest },
                    };
                    out.push(Piece {
                        start: m.start(),
                        end: m.end() + len,
                        kind: Kind::Day,
                        expr: Expr { day: Some(day), part: Some(class), ..Expr::default() },
                        standalone: true,
                    });
                    continue;
                }
            }
            let standalone = day.is_some() || part == "dini hari" || part == "dinihari";
            out.push(Piece {
                start: if before.is_some() { pre_start } else { m.start() },
                end: m.end(),
                kind: Kind::Part,
                expr: Expr { day, part: Some(class), ..Expr::default() },
                standalone,
            });
        }
    }

    pub(super) fn collect_local_time(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.local_time.captures_iter(text, starts) {
            let m = c.get(0).expect("match");
            out.push(Piece { start: m.start(), end: m.end(), kind: Kind::Suffix, expr: Expr::default(), standalone: false });
        }
    }
}

/// ` tahun baru` (any case), then an optional ` 2012`, at the start of
/// `rest`: the length and the year.
fn new_years_eve(rest: &str) -> Option<(usize, Option<i32>)> {
    const WORDS: &[u8] = b" tahun baru";
    let b = rest.as_bytes();
    if b.len() < WORDS.len() || !b[..WORDS.len()].eq_ignore_ascii_case(WORDS) {
        return None;
    }
    let after = &b[WORDS.len()..];
    if after.first().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let year = (after.len() >= 5 && after[0] == b' ' && after[1..5].iter().all(u8::is_ascii_digit) && !after.get(5).is_some_and(u8::is_ascii_alphanumeric))
        .then(|| rest[WORDS.len() + 1..WORDS.len() + 5].parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..2100).contains(y));
    Some((WORDS.len() + if year.is_some() { 5 } else { 0 }, year))
}
