//! Counted periods: *dua hari lalu*, *empat tahun ke depan*, and counted
//! from the story's day, *sebulan kemudian* (rules in [`super`]).

use super::*;

impl Patterns {
    pub(super) fn collect_counted(&self, text: &str, starts: &[Vec<usize>], out: &mut Vec<Piece>) {
        for c in self.counted.captures_iter(text, starts) {
            let m = c.get(0).expect("match");
            let (n, start) = if c.name("se").is_some() {
                (1, m.start()) // *sebulan lalu*
            } else {
                let window = window_before(text, m.start(), 40);
                let Some(count) = self.count_before.get().captures(window) else { continue };
                let offset = m.start() - window.len();
                let n = &count["n"];
                let n = match n.parse::<u32>() {
                    Ok(n) => n,
                    Err(_) => match self.numbers.get(&normalize(n)) {
                        Some(&n) => n,
                        None => continue,
                    },
                };
                let count_start = offset + count.get(0).expect("count").start();
                // *berusia 20 tahun lalu menikah*: an age, then *lalu* = "then".
                if self.lex.age_words.contains(&prev_word(text, count_start).to_lowercase()) {
                    continue;
                }
                (n, count_start)
            };
            // *dua hari kemudian*, *sebulan sebelumnya*: counted from the story's day
            if let Some(dir) = self.story_direction_of(c.name("dir")) {
                let signed = i64::from(n) * i64::from(dir);
                let expr = match normalize(&c["unit"]).as_str() {
                    "hari" => Expr { day: Some(DayRef::Same(signed)), ..Expr::default() },
                    "pekan" | "minggu" => Expr { period: Some(Period::FocusWeek(signed)), ..Expr::default() },
                    "bulan" => Expr { period: Some(Period::FocusMonth(signed as i32)), ..Expr::default() },
                    _ => Expr { period: Some(Period::Year(YearRef::Focus(signed as i32))), ..Expr::default() },
                };
                let kind = if expr.day.is_some() { Kind::Day } else { Kind::Period };
                out.push(Piece { start, end: m.end(), kind, expr, standalone: true });
                continue;
            }
            let Some(dir) = self.direction_of(c.name("dir")) else { continue };
            if dir == 0 {
                continue; // *dua tahun ini* is a duration
            }
            let signed = i64::from(n) * i64::from(dir);
            let expr = match normalize(&c["unit"]).as_str() {
                "hari" => Expr { day: Some(DayRef::Offset(signed)), ..Expr::default() },
                "pekan" | "minggu" => Expr { period: Some(Period::RelWeek(signed)), ..Expr::default() },
                "bulan" => Expr { period: Some(Period::RelMonth(signed as i32)), ..Expr::default() },
                _ => Expr { period: Some(Period::Year(YearRef::Rel(signed as i32))), ..Expr::default() },
            };
            let kind = if expr.day.is_some() { Kind::Day } else { Kind::Period };
            out.push(Piece { start, end: m.end(), kind, expr, standalone: true });
        }
    }
}
