//! Word lists the context rules consult: titles, head words, cue words,
//! common words and person-name words (all compared in lower case).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::text::Lower;

use super::gazetteer::{entries, sections};

/// What kind of head starts a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// Organization head (*Kementerian*, *Polres*, *PT* …).
    Org,
    /// Organization head whose names may be person names (*Universitas*, *SMA*).
    Edu,
    /// Place head (*Jalan*, *Kabupaten*, *Pulau* …).
    Loc,
    /// Headquarters used as a place (*Mapolres*).
    Hq,
    /// Organization head of a facility (*Rumah Sakit*, *RSUD*): ORG, but
    /// LOC as the place where something happens (*di RSUD …*).
    Site,
    /// An office named after its occupant (*Kantor*): a head only after a
    /// place preposition (*di Kantor Kejati NTT*), as a facility there.
    Office,
}

/// Multi-word phrases keyed by their first word, longest first.
#[derive(Debug)]
pub struct Phrases<T> {
    map: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases { map: HashMap::default() }
    }
}

impl<T: Copy> Phrases<T> {
    fn add(&mut self, phrase: &str, value: T) {
        // A trailing dot is its own token in the text (`dr.` → `dr` `.`): match without it.
        let words: Vec<String> =
            phrase.split_whitespace().map(|w| w.trim_end_matches('.').lower()).collect();
        let list = self.map.entry(words[0].clone()).or_default();
        list.push((words, value));
        crate::text::sort_by_key(list, |(w, _)| u64::MAX - w.len() as u64);
    }

    /// The words that open a phrase (lower case).
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// Whether some phrase starts with `word` (lower case).
    pub fn opens(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }

    /// The longest phrase that `words` (lower case) starts with: its length and value.
    pub fn longest<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, T)> {
        let list = self.map.get(words.first()?.as_ref())?;
        list.iter()
            .find(|(phrase, _)| phrase.len() <= words.len() && phrase.iter().zip(words).all(|(a, b)| a == b.as_ref()))
            .map(|(phrase, v)| (phrase.len(), *v))
    }
}

/// All word lists.
#[derive(Debug)]
pub struct Lexicon {
    /// Titles, ranks, honorifics and role words before a person's name.
    pub titles: Phrases<()>,
    /// Head words that start a name.
    pub heads: Phrases<Head>,
    /// Titles of an office held over a place (*bupati*, *kepala desa*), lower case.
    pub place_offices: HashSet<&'static str>,
    /// Name particles that open a person's name (*Teuku*, *Lalu*, *Kiagus*), lower case.
    pub particles: Phrases<()>,
    /// Balinese name words after *I* or *Ni* (*I Wayan*, *Ni Luh*), lower case.
    pub balinese: HashSet<&'static str>,
    /// Prefixes of one-word organization names (*Kemen*kes, *Polres*ta).
    pub org_prefixes: Vec<String>,
    /// Words that end a company or club name.
    pub suffixes: HashSet<String>,
    /// English words that end an organization name (*Recording Academy*).
    pub org_tails: HashSet<String>,
    /// English words that end a venue name (*… Tower*).
    pub loc_tails: HashSet<String>,
    /// English words of event, work and product names (*Awards*, *Cup*).
    pub not_name: HashSet<String>,
    /// English department words after a title ending in *of* (*Head of Public Affairs*).
    pub departments: HashSet<String>,
    /// Words, as written, that open a law's or bill's name (*RUU*, *Perpres*).
    pub laws: HashSet<&'static str>,
    /// Month names and abbreviations, Indonesian and English (lower case).
    pub months: HashSet<String>,
    /// Weekday names in every spelling (`data/dates/weekdays.txt`: *Jumat*, *Jum'at*, *Ahad* …).
    pub weekdays: HashSet<String>,
    /// Lower-case words before a capitalized run that make it a place.
    pub loc_cues: HashSet<String>,
    /// Reporting verbs (a person speaks).
    pub verbs: HashSet<String>,
    /// Passive cues whose agent follows them (*dituturkan Patra*, *dikatakan
    /// Yusuf*): a PER cue for the run after, never for one before.
    pub passive_cues: HashSet<String>,
    /// Words seen mostly in lower case in the NER corpora.
    pub common: HashSet<&'static str>,
    /// Function words, weekdays and months: never part of a name.
    pub stop: HashSet<&'static str>,
    /// Words seen inside person names and never in lower case.
    pub name_words: HashSet<&'static str>,
    /// Words before a hyphenated pair of people (`data/entity/pair-cues.txt`).
    pub pair_cues: HashSet<&'static str>,
    /// Honorifics and academic titles, which name no office (`data/entity/honorifics.txt`).
    pub honorifics: HashSet<&'static str>,
    /// Words that make a credit's part a news outlet (`data/entity/credits.txt`, `[media]`).
    pub media_words: HashSet<&'static str>,
    /// Words that name a photo's source and no person (`[source]`: *Dok*, *Istimewa*).
    pub credit_sources: HashSet<&'static str>,
    /// Which lists hold a word and whether it opens a title or a head
    /// ([`lists`] bits), for readers that ask of every word: one lookup
    /// instead of several (the rules' words, the tagger's cues). The lists
    /// only the tagger reads are left out of `rules-only` builds.
    pub lists: HashMap<String, u32>,
}

/// Bits of [`Lexicon::lists`].
pub mod lists {
    /// In [`Lexicon::loc_cues`](super::Lexicon::loc_cues).
    pub const LOC_CUE: u32 = 1;
    /// In [`Lexicon::verbs`](super::Lexicon::verbs).
    pub const VERB: u32 = 1 << 1;
    /// In [`Lexicon::suffixes`](super::Lexicon::suffixes).
    pub const SUFFIX: u32 = 1 << 2;
    /// In [`Lexicon::common`](super::Lexicon::common).
    pub const COMMON: u32 = 1 << 3;
    /// In [`Lexicon::stop`](super::Lexicon::stop).
    pub const STOP: u32 = 1 << 4;
    /// In [`Lexicon::name_words`](super::Lexicon::name_words).
    pub const NAME_WORD: u32 = 1 << 5;
    /// Opens a phrase of [`Lexicon::titles`](super::Lexicon::titles).
    pub const OPENS_TITLE: u32 = 1 << 6;
    /// Opens a phrase of [`Lexicon::heads`](super::Lexicon::heads).
    pub const OPENS_HEAD: u32 = 1 << 7;
    /// In [`Lexicon::passive_cues`](super::Lexicon::passive_cues).
    pub const PASSIVE_CUE: u32 = 1 << 8;
}

/// Function words that are never names, even capitalized at a sentence start.
const STOP: &[&str] = &[
    "dan", "atau", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "itu", "ini", "ia", "dia", "mereka", "kami",
    "kita", "saya", "aku", "namun", "tetapi", "tapi", "sementara", "selain", "setelah", "sebelum", "sejak", "saat",
    "ketika", "jika", "kalau", "meski", "meskipun", "walau", "karena", "sebab", "oleh", "dalam", "akan", "telah",
    "sudah", "belum", "tidak", "bukan", "juga", "pun", "lalu", "kemudian", "adapun", "bahkan", "menurut", "sedangkan",
    "selama", "hingga", "sampai", "agar", "supaya", "bagi", "tentang", "terkait", "soal", "para", "sang", "si", "kata",
    "hal", "sebelumnya", "selanjutnya", "akhirnya", "padahal", "apalagi", "sebagai", "ada", "baca", "berita",
    "foto", "video", "editor", "penulis", "reporter", "sumber", "the", "of", "and", "in", "a", "an", "for", "to",
    "on", "at", "by", "with", "is", "was", "kok", "ya", "nah", "oh", "wah", "pak", "bu", "hari", "tahun", "bulan",
    "rp", "allah", "tuhan", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei",
    "juni", "juli", "agustus", "september", "oktober", "november", "desember", "pukul", "wib", "wita", "wit",
];

impl Lexicon {
    /// Parses the lists.
    pub fn new() -> Self {
        let mut titles = Phrases::default();
        for t in entries(data_file!("titles.txt")) {
            titles.add(t, ());
        }
        let mut heads = Phrases::default();
        let mut suffixes = HashSet::default();
        let mut loc_cues = HashSet::default();
        let mut org_prefixes = Vec::new();
        let (mut org_tails, mut loc_tails, mut not_name) = (HashSet::default(), HashSet::default(), HashSet::default());
        let mut departments = HashSet::default();
        let mut laws = HashSet::default();
        for (sec, w) in sections(data_file!("entity/heads.txt")) {
            match sec {
                "org" => heads.add(w, Head::Org),
                "edu" => heads.add(w, Head::Edu),
                "loc" => heads.add(w, Head::Loc),
                "hq" => heads.add(w, Head::Hq),
                "site" => heads.add(w, Head::Site),
                "office" => heads.add(w, Head::Office),
                "orgword" => org_prefixes.push(w.lower()),
                "orgtail" => {
                    org_tails.insert(w.lower());
                }
                "loctail" => {
                    loc_tails.insert(w.lower());
                }
                "notname" => {
                    not_name.insert(w.lower());
                }
                "dept" => {
                    departments.insert(w.lower());
                }
                "law" => {
                    laws.insert(w);
                }
                "suffix" => {
                    suffixes.insert(w.lower());
                }
                _ => {
                    loc_cues.insert(w.lower());
                }
            }
        }
        // Both sections: a run next to any reporting verb is the one speaking.
        let verbs: HashSet<String> = sections(data_file!("reporting-verbs.txt")).map(|(_, v)| v.lower()).collect();
        let passive_cues: HashSet<String> = entries(data_file!("quotes/passive-cues.txt")).map(crate::text::lower).collect();
        // Borrowed from the compiled-in lists: no String per word.
        let mut common: HashSet<&'static str> = STOP.iter().copied().collect();
        let mut name_words = HashSet::default();
        for (sec, w) in sections(data_file!("gazetteer/corpus-names.txt")) {
            match sec {
                "common" => {
                    common.insert(w);
                }
                "name" => {
                    name_words.insert(w);
                }
                _ => {}
            }
        }
        common.extend(entries(data_file!("entity/not-names.txt")));
        for line in entries(data_file!("entity/first-names.txt")) {
            name_words.extend(line.split_whitespace());
        }
        let stop = STOP.iter().copied().collect();
        let place_offices = entries(data_file!("entity/place-offices.txt")).collect();
        let (mut particles, mut balinese) = (Phrases::default(), HashSet::default());
        for (sec, w) in sections(data_file!("entity/name-particles.txt")) {
            match sec {
                "balinese" => {
                    balinese.insert(w);
                }
                _ => particles.add(w, ()),
            }
        }
        // The lists the rules ask of every word, in every build; the tagger's
        // others only where there is a tagger (not the page's rules-only build).
        let mut word_lists: HashMap<String, u32> = HashMap::default();
        let mut add = |bit: u32, w: &str| *word_lists.entry(w.to_owned()).or_default() |= bit;
        verbs.iter().for_each(|w| add(lists::VERB, w));
        passive_cues.iter().for_each(|w| add(lists::PASSIVE_CUE, w));
        titles.first_words().for_each(|w| add(lists::OPENS_TITLE, w));
        heads.first_words().for_each(|w| add(lists::OPENS_HEAD, w));
        #[cfg(not(feature = "rules-only"))]
        {
            loc_cues.iter().for_each(|w| add(lists::LOC_CUE, w));
            suffixes.iter().for_each(|w| add(lists::SUFFIX, w));
            common.iter().for_each(|w| add(lists::COMMON, w));
            STOP.iter().for_each(|w| add(lists::STOP, w));
            name_words.iter().for_each(|w| add(lists::NAME_WORD, w));
        }
        Lexicon {
            lists: word_lists,
            titles,
            heads,
            place_offices,
            particles,
            balinese,
            org_prefixes,
            org_tails,
            loc_tails,
            not_name,
            departments,
            laws,
            weekdays: entries(data_file!("dates/weekdays.txt")).flat_map(|l| l.split_whitespace().skip(1).map(crate::text::lower)).collect(),
            months: entries(data_file!("dates/months.txt"))
                .flat_map(|l| l.split_whitespace().skip(1).filter(|w| *w != "|").map(crate::text::lower).collect::<Vec<_>>())
                .collect(),
            suffixes,
            loc_cues,
            verbs,
            passive_cues,
            common,
            stop,
            name_words,
            pair_cues: entries(data_file!("entity/pair-cues.txt")).collect(),
            honorifics: entries(data_file!("entity/honorifics.txt")).collect(),
            media_words: sections(data_file!("entity/credits.txt")).filter(|(s, _)| *s == "media").map(|(_, w)| w).collect(),
            credit_sources: sections(data_file!("entity/credits.txt")).filter(|(s, _)| *s == "source").map(|(_, w)| w).collect(),
        }
    }

    /// The [`lists`] bits of `word` (lower case).
    #[inline]
    pub fn lists_of(&self, word: &str) -> u32 {
        self.lists.get(word).copied().unwrap_or(0)
    }

    /// Whether `word` (lower case) opens a title ([`Phrases::opens`] of
    /// [`Lexicon::titles`], read from [`Lexicon::lists`]).
    pub fn opens_title(&self, word: &str) -> bool {
        self.lists_of(word) & lists::OPENS_TITLE != 0
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}
