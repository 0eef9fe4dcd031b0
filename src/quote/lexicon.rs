//! The word lists of the quote layer (`data/quotes/*.txt`), loaded once.
//!
//! Every list is matched on lower-cased whole tokens.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::text::Lower;

use crate::entity::gazetteer::{entries, sections};

const COMPLEMENT_VERBS: &str = data_file!("quotes/verbs-complement.txt");

fn words(data: &str) -> HashSet<String> {
    entries(data)
        .flat_map(|e| e.split_whitespace())
        .map(|w| w.trim_end_matches('.').lower())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Bits of [`Lexicon::class_of`]: the lists a word is in.
pub mod class {
    /// In `Lexicon::after`.
    pub const AFTER: u32 = 1 << 0;
    /// In `Lexicon::report`.
    pub const REPORT: u32 = 1 << 1;
    /// In `Lexicon::complement_verbs`.
    pub const COMPLEMENT_VERBS: u32 = 1 << 2;
    /// In `Lexicon::np_object_verbs`.
    pub const NP_OBJECT_VERBS: u32 = 1 << 3;
    /// In `Lexicon::complementizers`.
    pub const COMPLEMENTIZERS: u32 = 1 << 4;
    /// In `Lexicon::pronouns`.
    pub const PRONOUNS: u32 = 1 << 5;
    /// In `Lexicon::unnamed`.
    pub const UNNAMED: u32 = 1 << 6;
    /// In `Lexicon::demonstratives`.
    pub const DEMONSTRATIVES: u32 = 1 << 7;
    /// In `Lexicon::boundaries`.
    pub const BOUNDARIES: u32 = 1 << 8;
    /// In `Lexicon::adverbs`.
    pub const ADVERBS: u32 = 1 << 9;
    /// In `Lexicon::naming`.
    pub const NAMING: u32 = 1 << 10;
    /// In `Lexicon::connectives`.
    pub const CONNECTIVES: u32 = 1 << 11;
    /// In `Lexicon::person_nouns`.
    pub const PERSON_NOUNS: u32 = 1 << 12;
    /// In `Lexicon::connective_fillers`.
    pub const CONNECTIVE_FILLERS: u32 = 1 << 15;
    /// In `Lexicon::kinship`.
    pub const KINSHIP: u32 = 1 << 13;
    /// In `Lexicon::titles`.
    pub const TITLES: u32 = 1 << 14;
    /// In `Lexicon::calendar`.
    pub const CALENDAR: u32 = 1 << 17;
    /// In `Lexicon::lead_in`.
    pub const LEAD_IN: u32 = 1 << 19;
    /// In `Lexicon::non_sources`.
    pub const NON_SOURCES: u32 = 1 << 20;
    /// In `Lexicon::passive`.
    pub const PASSIVE: u32 = 1 << 21;
    /// In `Lexicon::clause_or_object_verbs`.
    pub const CLAUSE_OR_OBJECT_VERBS: u32 = 1 << 24;
    /// In `Lexicon::passive_agent`.
    pub const PASSIVE_AGENT: u32 = 1 << 25;
}

/// All word lists, lower case.
#[derive(Debug)]
pub struct Lexicon {
    /// Base reporting verbs used after a quote (*kata*, *ujar* …; `[after]` of
    /// `data/reporting-verbs.txt`); `-nya` forms derived.
    pub after: HashSet<String>,
    /// Reporting verbs with a subject before them (*mengatakan* …; `[report]` of `data/reporting-verbs.txt`).
    pub report: HashSet<String>,
    /// Bare verbs attributing a claim in a headline (*Anies Sebut …*).
    pub headline: HashSet<String>,
    /// Headline verbs that attribute a claim only when a predicate follows
    /// (*Firli Ungkap KPK Akan Tahan …*, not *Kemlu Ungkap Kondisi …*).
    pub headline_clause: HashSet<String>,
    /// Reporting verbs whose content starts only after *agar*/*bahwa*.
    pub complement_verbs: HashSet<String>,
    /// Of those, verbs that need no complementizer after a person subject (*Ia berharap …*).
    pub complement_unless_person: HashSet<String>,
    /// Reporting verbs that often take a plain noun-phrase object.
    pub np_object_verbs: HashSet<String>,
    /// *bahwa*, *jika*, *agar* …
    pub complementizers: HashSet<String>,
    /// *dia*, *ia*, *beliau* …
    pub pronouns: HashSet<String>,
    /// Openers of an unnamed source (*seorang*, *salah satu*, *para* …).
    pub unnamed: HashSet<String>,
    /// *ini*, *itu*, *tersebut*.
    pub demonstratives: HashSet<String>,
    /// Words that end a speaker phrase (*di*, *saat*, *kepada* …).
    pub boundaries: HashSet<String>,
    /// Words between a subject and its verb (*juga*, *pun* …).
    pub adverbs: HashSet<String>,
    /// Words before a quoted term or title (*disebut*, *berjudul* …).
    pub naming: HashSet<String>,
    /// Words a title in Title Case keeps in lower case (*dan*, *di*, *atas* …).
    pub title_function_words: HashSet<String>,
    /// Sentence openers (*Sementara*, *Namun* …).
    pub connectives: HashSet<String>,
    /// Function words of connective phrases (*Hanya saja*, *Tak cuma itu*).
    pub connective_fillers: HashSet<String>,
    /// Generic person nouns (*pria*, *politisi* …).
    pub person_nouns: HashSet<String>,
    /// Kinship and relation words (*kakak*, *istri*, *pengawal* …).
    pub kinship: HashSet<String>,
    /// Title, rank and office words (`data/titles.txt`, word by word).
    pub titles: HashSet<String>,
    /// Weekday and month names (`data/dates/weekdays.txt`, `months.txt`).
    pub calendar: HashSet<String>,
    /// Verbs that lead into a direct quote (*berbunyi*, *menulis* …).
    pub lead_in: HashSet<String>,
    /// Document nouns after *menurut* that are not sources (*data*, *laporan* …).
    pub non_sources: HashSet<String>,
    /// Sentence-opening passive cues (*Diungkapkan*, *Ditambahkan* …).
    pub passive: HashSet<String>,
    /// Passive cues only with their agent after them (*diakuinya*, *diakui dia*).
    pub passive_agent: HashSet<String>,
    /// Reporting verbs taking a clause or a noun phrase (*menyebut* …).
    pub clause_or_object_verbs: HashSet<String>,
    /// Country names (lower case), whose governments speak (*Korut menjelaskan*).
    pub countries: HashSet<String>,
    /// Contracted office titles and their full forms, as lower-case words
    /// (`data/mention/contracted-titles.txt`: *mensos* = *menteri sosial*).
    pub contracted: Vec<(Vec<String>, Vec<String>)>,
    /// Every listed word → the lists it is in ([`class`] bits): one look-up
    /// per token answers all the list questions asked about it.
    classes: HashMap<String, u32>,
}

impl Lexicon {
    /// Loads every list.
    pub fn new() -> Self {
        let mut report = HashSet::default();
        let mut headline = HashSet::default();
        let mut headline_clause = HashSet::default();
        let mut after = HashSet::default();
        for (section, v) in sections(data_file!("reporting-verbs.txt")) {
            let v = v.lower();
            if section == "headline" {
                headline.insert(v);
            } else if section == "headline-clause" {
                headline_clause.insert(v);
            } else if section == "after" {
                after.insert(v);
            } else {
                report.insert(v);
            }
        }
        // title words, word by word (multi-word titles are covered by their words)
        let titles = words(data_file!("titles.txt"));
        // weekday and month names of the date layer's lists (numbers and "|" aside)
        let calendar = [data_file!("dates/weekdays.txt"), data_file!("dates/months.txt")]
            .into_iter()
            .flat_map(entries)
            .flat_map(str::split_whitespace)
            .filter(|w| w.chars().all(char::is_alphabetic) || w.contains('\''))
            .map(|w| w.trim_end_matches('.').lower())
            .collect();
        let mut lex = Lexicon {
            after,
            report,
            headline,
            headline_clause,
            complement_verbs: sections(COMPLEMENT_VERBS).map(|(_, v)| v.lower()).collect(),
            complement_unless_person: sections(COMPLEMENT_VERBS)
                .filter(|(s, _)| *s == "unless-person")
                .map(|(_, v)| v.lower())
                .collect(),
            np_object_verbs: words(data_file!("quotes/verbs-np-object.txt")),
            complementizers: words(data_file!("quotes/complementizers.txt")),
            pronouns: words(data_file!("quotes/pronouns.txt")),
            unnamed: words(data_file!("quotes/unnamed.txt")),
            demonstratives: words(data_file!("quotes/demonstratives.txt")),
            boundaries: words(data_file!("quotes/phrase-boundaries.txt")),
            adverbs: words(data_file!("quotes/adverbs.txt")),
            naming: words(data_file!("quotes/naming-words.txt")),
            title_function_words: words(data_file!("quotes/title-function-words.txt")),
            connectives: words(data_file!("quotes/connectives.txt")),
            connective_fillers: words(data_file!("quotes/connective-fillers.txt")),
            person_nouns: words(data_file!("quotes/person-nouns.txt")),
            kinship: words(data_file!("quotes/kinship.txt")),
            titles,
            calendar,
            lead_in: words(data_file!("quotes/verbs-lead-in.txt")),
            non_sources: words(data_file!("quotes/non-sources.txt")),
            passive: words(data_file!("quotes/passive-cues.txt")),
            passive_agent: words(data_file!("quotes/passive-agent-cues.txt")),
            clause_or_object_verbs: words(data_file!("quotes/verbs-clause-or-object.txt")),
            countries: entries(data_file!("gazetteer/countries.txt")).map(crate::text::lower).collect(),
            contracted: entries(data_file!("mention/contracted-titles.txt"))
                .filter_map(|line| line.split_once('='))
                .map(|(short, full)| {
                    let words = |s: &str| s.split_whitespace().map(crate::text::lower).collect::<Vec<_>>();
                    (words(short), words(full))
                })
                .collect(),
            classes: HashMap::default(),
        };
        let mut classes: HashMap<String, u32> = HashMap::default();
        for (list, bit) in [
            (&lex.after, class::AFTER),
            (&lex.report, class::REPORT),
            (&lex.complement_verbs, class::COMPLEMENT_VERBS),
            (&lex.np_object_verbs, class::NP_OBJECT_VERBS),
            (&lex.complementizers, class::COMPLEMENTIZERS),
            (&lex.pronouns, class::PRONOUNS),
            (&lex.unnamed, class::UNNAMED),
            (&lex.demonstratives, class::DEMONSTRATIVES),
            (&lex.boundaries, class::BOUNDARIES),
            (&lex.adverbs, class::ADVERBS),
            (&lex.naming, class::NAMING),
            (&lex.connectives, class::CONNECTIVES),
            (&lex.connective_fillers, class::CONNECTIVE_FILLERS),
            (&lex.person_nouns, class::PERSON_NOUNS),
            (&lex.kinship, class::KINSHIP),
            (&lex.titles, class::TITLES),
            (&lex.calendar, class::CALENDAR),
            (&lex.lead_in, class::LEAD_IN),
            (&lex.non_sources, class::NON_SOURCES),
            (&lex.passive, class::PASSIVE),
            (&lex.clause_or_object_verbs, class::CLAUSE_OR_OBJECT_VERBS),
            (&lex.passive_agent, class::PASSIVE_AGENT),
        ] {
            for w in list {
                *classes.entry(w.clone()).or_default() |= bit;
            }
        }
        lex.classes = classes;
        lex
    }

    /// The lists (lower-case) `word` is in, as [`class`] bits.
    pub fn class_of(&self, word: &str) -> u32 {
        self.classes.get(word).copied().unwrap_or(0)
    }

    /// A passive cue with its agent as a clitic (*dikatakannya*, *diakuinya*).
    pub fn passive_with_clitic(&self, word: &str) -> bool {
        word.strip_suffix("nya").is_some_and(|stem| self.passive.contains(stem) || self.passive_agent.contains(stem))
    }

    /// A passive cue that takes a pronoun agent after it (*diakui dia*, *dijelaskan ia*).
    pub fn passive_before_agent(&self, word: &str) -> bool {
        self.passive.contains(word) || self.passive_agent.contains(word)
    }

    /// `word` (lower case) is a base reporting verb, or one with `-nya`;
    /// returns `Some(true)` for the `-nya` form.
    pub fn after_verb(&self, word: &str) -> Option<bool> {
        if self.after.contains(word) {
            return Some(false);
        }
        let base = word.strip_suffix("nya")?;
        (self.after.contains(base) || self.report.contains(base)).then_some(true)
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}
