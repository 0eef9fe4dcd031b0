//! The word lists behind the date patterns, compiled in from `data/dates/`.
//!
//! Each file is plain text: `#` lines are its header (what it is, where it
//! comes from), other lines are rows. Rows are parsed once, when the
//! [`Patterns`](super::detect::Patterns) are built.

use crate::text::Lower;
const MONTHS: &str = data_file!("dates/months.txt");
const WEEKDAYS: &str = data_file!("dates/weekdays.txt");
const NUMBERS: &str = data_file!("dates/numbers.txt");
const RELATIVE_DAYS: &str = data_file!("dates/relative-days.txt");
const DIRECTIONS: &str = data_file!("dates/directions.txt");
const STORY_DIRECTIONS: &str = data_file!("dates/story-directions.txt");
const PARTS_OF_DAY: &str = data_file!("dates/parts-of-day.txt");
const PART_DEIXIS: &str = data_file!("dates/part-deixis.txt");
const TRIGGERS: &str = data_file!("dates/triggers.txt");
const FUTURE_CUES: &str = data_file!("dates/future-cues.txt");
const PAST_CUES: &str = data_file!("dates/past-cues.txt");
const YEAR_COUNTERS: &str = data_file!("dates/year-counters.txt");
const FREQUENCY: &str = data_file!("dates/frequency.txt");
const VAGUE_COUNTS: &str = data_file!("dates/vague-counts.txt");
const REPORT_WORDS: &str = data_file!("dates/report-words.txt");
const AGE_WORDS: &str = data_file!("dates/age-words.txt");
const IDUL_FITRI: &str = data_file!("dates/idul-fitri.txt");

/// Idul Fitri (1 Syawal) in Indonesia by year, with its Hijri year.
pub fn idul_fitri() -> impl Iterator<Item = (super::CalendarDate, u16)> {
    rows(IDUL_FITRI).filter_map(|row| {
        let (day, hijri) = row.split_once(' ')?;
        Some((day.parse().ok()?, hijri.trim().parse().ok()?))
    })
}

/// Which day a deictic word points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayDeixis {
    /// Days from publication (`kemarin`, `tadi malam` = -1).
    Offset(i64),
    /// Days from the day last mentioned in the article (`hari itu`,
    /// `malam itu` = 0, `keesokan harinya` = 1).
    Same(i64),
}

/// How a 12-hour clock reading written with a part of day becomes 24-hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartClass {
    /// *dini hari*, *subuh*, *pagi*: unchanged.
    Early,
    /// *siang*: 1–5 move by 12.
    Midday,
    /// *sore*, *petang*: 1–11 move by 12.
    Afternoon,
    /// *malam*: 6–11 move by 12.
    Night,
}

impl PartClass {
    /// `hour` as a 24-hour clock reading.
    pub fn to_24h(self, hour: u8) -> u8 {
        let moves = match self {
            PartClass::Early => false,
            PartClass::Midday => (1..=5).contains(&hour),
            PartClass::Afternoon => (1..=11).contains(&hour),
            PartClass::Night => (6..=11).contains(&hour),
        };
        if moves { hour + 12 } else { hour }
    }
}

fn day_deixis(v: &str) -> Option<DayDeixis> {
    match v {
        "same" => Some(DayDeixis::Same(0)),
        n => match n.strip_prefix("same") {
            Some(delta) => delta.trim_start_matches('+').parse().ok().map(DayDeixis::Same),
            None => n.parse().ok().map(DayDeixis::Offset),
        },
    }
}

/// All date word lists, lower-cased, phrases with single spaces.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// `(month number, spelling, is_abbreviation)`.
    pub months: Vec<(u8, String, bool)>,
    /// The first name of each month row (the Indonesian one), which may stand
    /// alone in running text (*inflasi Maret*).
    pub running_months: Vec<String>,
    /// `(weekday 0 = Monday, spelling)`.
    pub weekdays: Vec<(u8, String)>,
    /// `(number word, value)`.
    pub numbers: Vec<(String, u32)>,
    /// `(phrase, day it names)`.
    pub relative_days: Vec<(String, DayDeixis)>,
    /// `(phrase, direction -1/0/1)`.
    pub directions: Vec<(String, i32)>,
    /// Words that count from the story's day (*kemudian*, *sebelumnya*), with their direction.
    pub story_directions: Vec<(String, i32)>,
    /// `(phrase, clock class)`.
    pub parts_of_day: Vec<(String, PartClass)>,
    /// Deixis written before a part of day, keyed `word` or `word part`.
    pub part_before: Vec<(String, DayDeixis)>,
    /// Deixis written after a part of day, keyed `word` or `word part`.
    pub part_after: Vec<(String, DayDeixis)>,
    /// Words that make a bare year or month a date.
    pub triggers: Vec<String>,
    /// Words marking a bare weekday as a coming day.
    pub future_cues: Vec<String>,
    /// Counting words that show a year-like number is a count.
    pub year_counters: Vec<String>,
    /// Words that make what follows a frequency.
    pub frequency: Vec<String>,
    /// Vague quantities (*beberapa*) that leave a period without a value.
    pub vague_counts: Vec<String>,
    /// Reporting words (*kata*, *ujarnya*) that end a future cue's reach.
    pub report_words: Vec<String>,
    /// Past markers (*sudah*, *sejak*) that end a future cue's reach.
    pub past_cues: Vec<String>,
    /// Words introducing an age (*berusia*).
    pub age_words: Vec<String>,
}

/// Non-comment, non-blank lines of a lexicon file.
fn rows(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits `phrase words… value` into the phrase (lower-cased, single spaces) and the value.
fn phrase_and_value(row: &str) -> (String, &str) {
    let mut words: Vec<&str> = row.split_whitespace().collect();
    let value = words.pop().unwrap_or_default();
    (words.join(" ").lower(), value)
}

fn words(file: &'static str) -> Vec<String> {
    rows(file).map(crate::text::lower).collect()
}

impl Lexicon {
    /// Parses the compiled-in lists. Malformed rows are a build-time bug, caught by the tests.
    pub fn load() -> Self {
        let mut lex = Lexicon::default();
        for row in rows(MONTHS) {
            let (names, abbrevs) = row.split_once('|').unwrap_or((row, ""));
            let mut names = names.split_whitespace();
            let Some(Ok(n)) = names.next().map(str::parse::<u8>) else { continue };
            let names: Vec<&str> = names.collect();
            lex.running_months.extend(names.first().map(|w| w.lower()));
            lex.months.extend(names.iter().map(|w| (n, w.lower(), false)));
            lex.months.extend(abbrevs.split_whitespace().map(|w| (n, w.lower(), true)));
        }
        for row in rows(WEEKDAYS) {
            let mut it = row.split_whitespace();
            let Some(Ok(n)) = it.next().map(str::parse::<u8>) else { continue };
            lex.weekdays.extend(it.map(|w| (n, w.lower())));
        }
        for row in rows(NUMBERS) {
            let (p, v) = phrase_and_value(row);
            if let Ok(v) = v.parse() {
                lex.numbers.push((p, v));
            }
        }
        for row in rows(RELATIVE_DAYS) {
            let (p, v) = phrase_and_value(row);
            if let Some(v) = day_deixis(v) {
                lex.relative_days.push((p, v));
            }
        }
        for row in rows(DIRECTIONS) {
            let (p, v) = phrase_and_value(row);
            if let Ok(v) = v.parse() {
                lex.directions.push((p, v));
            }
        }
        for row in rows(STORY_DIRECTIONS) {
            let (p, v) = phrase_and_value(row);
            if let Ok(v) = v.parse() {
                lex.story_directions.push((p, v));
            }
        }
        for row in rows(PARTS_OF_DAY) {
            let (p, v) = phrase_and_value(row);
            let class = match v {
                "early" => PartClass::Early,
                "midday" => PartClass::Midday,
                "afternoon" => PartClass::Afternoon,
                "night" => PartClass::Night,
                _ => continue,
            };
            lex.parts_of_day.push((p, class));
        }
        for row in rows(PART_DEIXIS) {
            let Some((side, rest)) = row.split_once(':') else { continue };
            let (p, v) = phrase_and_value(rest.trim());
            let Some(meaning) = day_deixis(v) else { continue };
            match side {
                "before" => lex.part_before.push((p, meaning)),
                "after" => lex.part_after.push((p, meaning)),
                _ => {}
            }
        }
        lex.triggers = words(TRIGGERS);
        lex.future_cues = words(FUTURE_CUES);
        lex.year_counters = words(YEAR_COUNTERS);
        lex.frequency = words(FREQUENCY);
        lex.vague_counts = words(VAGUE_COUNTS);
        lex.report_words = words(REPORT_WORDS);
        lex.past_cues = words(PAST_CUES);
        lex.age_words = words(AGE_WORDS);
        lex
    }
}

/// A regex alternation of `phrases` in the case forms news text writes them
/// in (lower, Capitalized, Title Case, UPPER), longest first (the regex
/// crate prefers the first alternative), spaces matching any run of white
/// space. Spelling the forms out keeps the pattern's prefix literal, which
/// the regex crate can search for quickly; `(?i)` would defeat that.
pub fn alternation<'a>(phrases: impl IntoIterator<Item = &'a str>) -> String {
    case_forms(&phrases.into_iter().collect::<Vec<_>>(), true)
}

/// Like [`alternation`] without the lower-case form: for names news always
/// capitalizes (months), whose lower-case forms hide inside common words
/// (*sep* in *seperti*, *des* in *desa*) and would slow the search.
pub fn capitalized_alternation<'a>(phrases: impl IntoIterator<Item = &'a str>) -> String {
    case_forms(&phrases.into_iter().collect::<Vec<_>>(), false)
}

// (not generic: one copy in the wasm instead of one per caller's iterator type)
fn case_forms(phrases: &[&str], with_lower: bool) -> String {
    // Built once per annotator, in the browser's cold start: few allocations.
    // The date words are ASCII (a curly apostrophe has no case): ASCII case
    // mapping keeps Unicode's upper-case tables out of the wasm.
    fn push_capitalized(out: &mut String, w: &str) {
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            out.push(c.to_ascii_uppercase());
            out.push_str(cs.as_str());
        }
    }
    let mut forms: Vec<String> = Vec::new();
    for p in phrases {
        let lower = p.lower();
        let mut capitalized = String::with_capacity(lower.len());
        push_capitalized(&mut capitalized, &lower);
        let mut title = String::with_capacity(lower.len());
        for (i, w) in lower.split(' ').enumerate() {
            if i > 0 {
                title.push(' ');
            }
            push_capitalized(&mut title, w);
        }
        let upper = lower.to_ascii_uppercase();
        forms.extend([capitalized, title, upper]);
        if with_lower {
            forms.push(lower);
        }
    }
    crate::text::sort_by_key(&mut forms, |p| u64::MAX - p.len() as u64);
    let mut seen = rustc_hash::FxHashSet::default();
    let mut out = String::new();
    for form in &forms {
        if !seen.insert(form.as_str()) {
            continue;
        }
        if !out.is_empty() {
            out.push('|');
        }
        for (i, w) in form.split(' ').enumerate() {
            if i > 0 {
                out.push_str(r"\s+");
            }
            out.push_str(&crate::text::pattern::escape(w));
        }
    }
    out
}

/// `phrase` with its white-space runs collapsed to single spaces, lower-cased.
pub fn normalize(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").lower()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses_with_expected_rows() {
        let lex = Lexicon::load();
        let cases: [(&str, usize, usize); 15] = [
            ("age words", lex.age_words.len(), 4),
            ("report words", lex.report_words.len(), 10),
            ("vague counts", lex.vague_counts.len(), 5),
            ("months", lex.months.len(), 40),
            ("weekdays", lex.weekdays.len(), 7),
            ("numbers", lex.numbers.len(), 20),
            ("relative days", lex.relative_days.len(), 9),
            ("directions", lex.directions.len(), 7),
            ("parts of day", lex.parts_of_day.len(), 9),
            ("part deixis before", lex.part_before.len(), 4),
            ("part deixis after", lex.part_after.len(), 6),
            ("triggers", lex.triggers.len(), 10),
            ("future cues", lex.future_cues.len(), 5),
            ("past cues", lex.past_cues.len(), 3),
            ("frequency", lex.frequency.len(), 2),
        ];
        for (name, got, at_least) in cases {
            assert!(got >= at_least, "{name}: {got} rows, expected at least {at_least}");
        }
        assert!(lex.months.contains(&(8, "agt".into(), true)));
        assert!(lex.months.contains(&(5, "mei".into(), false)));
        assert!(lex.weekdays.contains(&(4, "jum'at".into())));
        assert!(lex.numbers.contains(&("dua belas".into(), 12)));
        assert!(lex.part_after.contains(&("itu".into(), DayDeixis::Same(0))));
        assert!(lex.relative_days.contains(&("hari itu".into(), DayDeixis::Same(0))));
        assert!(lex.relative_days.contains(&("keesokan harinya".into(), DayDeixis::Same(1))));
        assert!(lex.parts_of_day.contains(&("dini hari".into(), PartClass::Early)));
    }

    #[test]
    fn parts_of_day_turn_12_hour_readings_into_24_hour() {
        let cases = [
            ("pukul 5 pagi", PartClass::Early, 5, 5),
            ("pukul 1 siang", PartClass::Midday, 1, 13),
            ("pukul 11 siang stays", PartClass::Midday, 11, 11),
            ("pukul 4 sore", PartClass::Afternoon, 4, 16),
            ("pukul 16.00 sore stays", PartClass::Afternoon, 16, 16),
            ("pukul 8 malam", PartClass::Night, 8, 20),
            ("pukul 2 malam stays (small hours)", PartClass::Night, 2, 2),
        ];
        for (name, class, hour, want) in cases {
            assert_eq!(class.to_24h(hour), want, "{name}");
        }
    }

    #[test]
    fn alternation_spells_case_forms_longest_first() {
        assert_eq!(
            alternation(["lalu", "yang lalu"]),
            r"Yang\s+lalu|Yang\s+Lalu|YANG\s+LALU|yang\s+lalu|Lalu|LALU|lalu"
        );
        assert_eq!(normalize("Yang   LALU"), "yang lalu");
        assert_eq!(capitalized_alternation(["sep"]), "Sep|SEP");
    }
}
