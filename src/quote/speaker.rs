//! Finding the speaker named in an attribution, and its fullest form.
//!
//! Rules:
//! - A **name run** is a run of capitalized words, with initials (*V.*),
//!   name particles (*bin*, *van* …, also glued: *al-Ansari*) and a quoted
//!   nickname (*Munafri 'Appi' Arifuddin*) inside it.
//! - **Titles are peeled**: the person is what follows the last title, rank
//!   or office word of the run (*Kapolres Lhokseumawe AKBP **Hendri
//!   Budiman***). From the end backwards, words that are places, common words
//!   (*Utara*, *Putih*, a word the article also writes in lower case), cue
//!   and function words (*Menurut*, *Kata*), organization words (*PT*,
//!   *Polda*, *Tbk*, *Academy*) or acronyms and degrees (*SpPD-KEMD*,
//!   *M.Epid*) are not part of a person name. The word right after an
//!   organization head belongs to the organization (*PT Evoluzione
//!   Alessandro Monzani*); a name particle (*Teuku*, *Raden*) opens the name;
//!   a common word may open it when it starts the run (*Timur Kapadze*).
//! - A run that keeps no person word is an organization (*Kepolisian Iran*,
//!   *Organisasi Kesehatan Dunia*, *tim Project Zero*); one ending in an
//!   acronym is that acronym (*kantor berita … KCNA*). An entity mention is
//!   used only when these words alone find no person.
//! - A **speaker phrase** after a cue may describe before it names (*kata
//!   salah satu pengemudi ojol asal Genuk, Wawan*); it ends at a
//!   circumstance word (*di*, *saat*, *kepada* …), at a comma once a person
//!   is named (unless a title follows, *…, AKBP Ferdiyan Fahmi*, or the named
//!   part was a role, *Ketua Panpel Persib, Budi Sumarno*), or at the
//!   sentence end. The last person named is the speaker; a name after *asal*,
//!   *dari*, *di* is a place.
//! - The **subject** of a verb is the clause before it (after the last comma,
//!   or the one before when that is an appositive or degrees: *Herfi Hervian,
//!   guru di sekolah korban, mengatakan*; *Itida Yasar, SH, MPsi, menilai*),
//!   cut at a subordinate clause (*setelah*, *ketika* …) or *yang*; a name
//!   after a kinship word (*kakak*, *pengawal*) or a preposition is not it.
//! - *ini*/*itu*/*tersebut* closing the phrase, or a generic person noun with
//!   a relative clause (*kata pria yang menjabat …*), point back to the last
//!   speaker; *yang akrab disapa X* makes *X* an alias of that speaker.
//!   *seorang*, *salah satu*, *para* … with no name is an unnamed source (`-`).
//! - **Fullest form**: a short name is replaced by the longest name in the
//!   article that contains its words (*Kirby* → *John Kirby*), or, failing
//!   that, whose words it begins (*Wisman* → *Wismandari Wisnu*); an alias
//!   from *X (Y)* or *akrab disapa Y* gives X. Names come from every name run
//!   of the article and from PER entity mentions that pass the same checks;
//!   the latter give the speaker's cluster. Look-ups are hash-indexed.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{class, Lexicon};
use crate::document::{Cluster, Entity, EntityLabel, Span};
use crate::text::{Segmented, Token, TokenKind};

/// How far back (in tokens) a subject or lead-in is looked for.
pub const MAX_BACK: usize = 40;

/// The text with its tokens and per-token facts.
pub struct Doc<'a> {
    /// The annotated text.
    pub text: &'a str,
    /// Its segmentation.
    pub seg: &'a Segmented,
    /// Lower-case form of each token.
    lower_buf: String,
    lower_at: Vec<(usize, usize)>,
    /// Words the article writes in lower case somewhere.
    pub lower_seen: HashSet<std::borrow::Cow<'a, str>>,
    /// Entity mentions (sorted).
    pub entities: &'a [Entity],
    /// Entity clusters.
    pub clusters: &'a [Cluster],
    /// The word lists.
    pub lex: &'a Lexicon,
    /// Sentence index of each token.
    pub sent_of: Vec<usize>,
    /// [`Doc::name_like`] of each token once asked (0: not yet, 1: no, 2: yes):
    /// run analysis asks it again and again for the same tokens.
    name_like: Vec<std::cell::Cell<u8>>,
    /// [`Doc::is_cap`] and [`Doc::is_lower_word`] of each token ([`CAP`], [`LOWER_WORD`]).
    shape: Vec<u8>,
    /// The word lists each token (lower-cased) is in ([`Lexicon::class_of`]).
    class: Vec<u32>,
    /// Per 64-byte block of the text, the first token starting in it or
    /// later: [`Doc::tok_at`] scans a few tokens instead of searching all.
    block_tok: Vec<u32>,
    /// The label of the entity mention each token lies inside, if any.
    entity_label: Vec<Option<EntityLabel>>,
}

/// log2 of the block size of [`Doc::tok_at`]'s index.
const BLOCK_BITS: u32 = 6;

/// The lists of [`Doc::is_function_word`].
const FUNCTION_WORDS: u32 = class::AFTER
    | class::REPORT
    | class::PASSIVE
    | class::BOUNDARIES
    | class::ADVERBS
    | class::PRONOUNS
    | class::DEMONSTRATIVES
    | class::PERSON_NOUNS
    | class::KINSHIP
    | class::UNNAMED
    | class::COMPLEMENTIZERS;

const CAP: u8 = 1;
const LOWER_WORD: u8 = 2;

/// Who a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// Tokens `[start, end)` name the speaker.
    Named(usize, usize),
    /// Tokens `[start, end)` are an alias of the speaker meant (*akrab disapa Dani*).
    Alias(usize, usize),
    /// A pronoun (*dia*, *-nya*): the person meant.
    Pronoun,
    /// A description pointing back (*pria itu*).
    Anaphoric,
    /// Described, not named (*seorang warga*).
    Unnamed,
    /// No speaker found.
    Missing,
}

/// What a name run holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A person's name.
    Person,
    /// An organization (or other non-person) name.
    Org,
}

impl<'a> Doc<'a> {
    /// Prepares the per-token facts (one pass).
    pub fn new(
        text: &'a str,
        seg: &'a Segmented,
        entities: &'a [Entity],
        clusters: &'a [Cluster],
        lex: &'a Lexicon,
    ) -> Self {
        // all lower-case forms in one buffer: one allocation, not one per token
        let mut lower_buf = String::with_capacity(text.len());
        let mut lower_at = Vec::with_capacity(seg.tokens.len());
        let mut lower_seen = HashSet::default();
        for t in &seg.tokens {
            let w = &text[t.start..t.end];
            let a = lower_buf.len();
            if w.is_ascii() {
                lower_buf.push_str(w);
                lower_buf[a..].make_ascii_lowercase();
            } else if w.chars().any(char::is_uppercase) {
                lower_buf.push_str(&w.to_lowercase());
            } else {
                lower_buf.push_str(w);
            }
            lower_at.push((a, lower_buf.len()));
            if t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_lowercase()) && !w.contains('-') {
                // Borrowed from the text unless the word has capitals inside (*iPhone*).
                let l = &lower_buf[a..];
                if l == w {
                    lower_seen.insert(std::borrow::Cow::Borrowed(w));
                } else if !lower_seen.contains(l) {
                    lower_seen.insert(std::borrow::Cow::Owned(l.to_string()));
                }
            }
        }
        let mut sent_of = Vec::with_capacity(seg.tokens.len());
        let mut s = 0;
        for t in &seg.tokens {
            while s + 1 < seg.sentences.len() && seg.sentences[s].end <= t.start {
                s += 1;
            }
            sent_of.push(s);
        }
        let name_like = vec![std::cell::Cell::new(0); seg.tokens.len()];
        let shape = seg
            .tokens
            .iter()
            .map(|t| {
                let w = &text[t.start..t.end];
                if t.kind != TokenKind::Word {
                    return 0;
                }
                // "al-Ansari", "el-Sisi": a lower-case particle glued to a capitalized name
                let cap = w.starts_with(|c: char| c.is_uppercase())
                    || w.split_once('-').is_some_and(|(p, rest)| {
                        p.len() <= 3 && p.chars().all(|c| c.is_lowercase()) && rest.starts_with(|c: char| c.is_uppercase())
                    });
                if cap {
                    CAP
                } else if w.starts_with(|c: char| c.is_lowercase()) {
                    LOWER_WORD
                } else {
                    0
                }
            })
            .collect();
        // Every listed entry has a letter: only words need the look-up.
        let class = (seg.tokens.iter().zip(&lower_at))
            .map(|(t, &(a, b))| if t.kind == TokenKind::Word { lex.class_of(&lower_buf[a..b]) } else { 0 })
            .collect();
        let mut block_tok = Vec::with_capacity((text.len() >> BLOCK_BITS) + 2);
        for (i, t) in seg.tokens.iter().enumerate() {
            while block_tok.len() << BLOCK_BITS <= t.start {
                block_tok.push(i as u32);
            }
        }
        while block_tok.len() << BLOCK_BITS <= text.len() {
            block_tok.push(seg.tokens.len() as u32);
        }
        // Both sorted: one walk labels the tokens inside each mention.
        let mut k = 0;
        let entity_label = (seg.tokens.iter())
            .map(|t| {
                while k < entities.len() && entities[k].end <= t.start {
                    k += 1;
                }
                entities.get(k).filter(|e| e.start <= t.start && t.end <= e.end).map(|e| e.label)
            })
            .collect();
        Doc {
            text,
            seg,
            lower_buf,
            lower_at,
            lower_seen,
            entities,
            clusters,
            lex,
            sent_of,
            name_like,
            shape,
            class,
            block_tok,
            entity_label,
        }
    }

    /// Token `i` (lower-cased) is in one of the word lists `lists` ([`class`] bits).
    #[inline]
    pub fn has(&self, i: usize, lists: u32) -> bool {
        self.class[i] & lists != 0
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    /// The text has no tokens.
    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }

    /// Token `i`.
    pub fn tok(&self, i: usize) -> Token {
        self.seg.tokens[i]
    }

    /// Text of token `i`.
    pub fn s(&self, i: usize) -> &'a str {
        let t = self.seg.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Lower-case text of token `i`.
    pub fn l(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        &self.lower_buf[a..b]
    }

    /// First token starting at or after byte `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        let tokens = &self.seg.tokens;
        let mut k = self.block_tok.get(at >> BLOCK_BITS).map_or(tokens.len(), |&k| k as usize);
        while k < tokens.len() && tokens[k].start < at {
            k += 1;
        }
        k
    }

    /// Token `i` is a word starting with a capital letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.shape[i] == CAP
    }

    /// Token `i` is a word starting with a lower-case letter.
    #[inline]
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.shape[i] == LOWER_WORD
    }

    /// Token `i` is the punctuation `c`.
    pub fn is_p(&self, i: usize, c: char) -> bool {
        let t = self.seg.tokens[i];
        t.kind == TokenKind::Punct && self.s(i).starts_with(c)
    }

    /// Token `i` is a quotation mark.
    pub fn is_mark(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Punct && self.s(i).starts_with(super::marks::is_mark_char)
    }

    /// Tokens `i` and `j` are in the same paragraph (no line break between).
    pub fn same_para(&self, i: usize, j: usize) -> bool {
        let (a, b) = (self.tok(i.min(j)).end, self.tok(i.max(j)).start);
        a > b || !self.text[a..b].contains('\n')
    }

    fn is_acronym(&self, i: usize) -> bool {
        let s = self.s(i);
        let upper = s.chars().filter(|c| c.is_uppercase()).count();
        upper >= 2 && (s.chars().all(|c| !c.is_lowercase()) || upper * 2 >= s.chars().count())
    }

    fn is_roman(&self, i: usize) -> bool {
        let s = self.s(i);
        let initial = s.len() == 1 && i + 1 < self.len() && self.is_p(i + 1, '.') && self.tok(i + 1).start == self.tok(i).end;
        !initial && s.len() <= 4 && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    }

    /// Token `i` is a title/rank/office word.
    pub fn is_title(&self, i: usize) -> bool {
        self.has(i, class::TITLES)
    }

    fn entity_label_at(&self, i: usize) -> Option<EntityLabel> {
        self.entity_label[i]
    }

    /// A word (as written) may be part of a person's name.
    pub fn word_ok(&self, w: &str) -> bool {
        let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let upper = w.chars().filter(|c| c.is_uppercase()).count();
        let acronym = upper >= 2 && upper * 2 >= w.chars().count();
        !l.is_empty()
            && !acronym
            && !self.lex.titles.contains(&l)
            && !self.lex.org_heads.contains(&l)
            && !self.lex.org_tails.contains(&l)
            && !self.lex.common.contains(&l)
            && !self.lex.places.contains(&l)
            && !self.lex.calendar.contains(&l)
            && !self.lower_seen.contains(l.as_str())
    }

    /// A word that is never a name: cue verbs, pronouns, connectives, prepositions.
    pub fn is_function_word(&self, l: &str) -> bool {
        self.lex.class_of(l) & FUNCTION_WORDS != 0 || self.is_unlisted_function_word(l)
    }

    /// The function words no list holds: *menurut(nya)* and `-nya` forms of reporting verbs.
    fn is_unlisted_function_word(&self, l: &str) -> bool {
        matches!(l, "menurut" | "menurutnya") || self.lex.after_verb(l).is_some()
    }

    /// Token `i` may be part of a person's name.
    pub fn name_like(&self, i: usize) -> bool {
        let memo = &self.name_like[i];
        if memo.get() == 0 {
            memo.set(1 + u8::from(self.name_like_uncached(i)));
        }
        memo.get() == 2
    }

    fn name_like_uncached(&self, i: usize) -> bool {
        let l = self.l(i);
        const NOT_NAMES: u32 = class::TITLES
            | class::ORG_HEADS
            | class::ORG_TAILS
            | class::COMMON
            | class::PLACES
            | class::CALENDAR
            | class::CONNECTIVES
            | FUNCTION_WORDS;
        self.is_cap(i)
            && !self.is_acronym(i)
            && !self.s(i).contains('.')
            && !self.is_roman(i)
            && !self.has(i, NOT_NAMES)
            && !self.is_unlisted_function_word(l)
            && !self.lower_seen.contains(l)
            && !matches!(self.entity_label_at(i), Some(EntityLabel::Loc | EntityLabel::Org))
    }

    /// The name run starting at token `i` (a capitalized word): `[i, end)`.
    pub fn name_run(&self, i: usize) -> usize {
        let n = self.len();
        let mut j = i;
        while j < n {
            if self.is_cap(j) {
                // an initial: "V." inside a run
                if self.s(j).chars().count() == 1 && j + 1 < n && self.is_p(j + 1, '.') && self.tok(j + 1).start == self.tok(j).end {
                    if j + 2 < n && self.is_cap(j + 2) && self.same_para(j, j + 2) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j += 1;
                continue;
            }
            if j > i
                && j + 1 < n
                && self.is_lower_word(j)
                && self.is_cap(j + 1)
                && matches!(self.l(j), "bin" | "binti" | "van" | "von" | "der" | "de" | "da" | "al" | "el" | "dos" | "la")
            {
                j += 1;
                continue;
            }
            // a quoted nickname between two capitalized words
            if j > i && j + 3 < n && self.is_mark(j) && self.is_cap(j + 1) && self.is_mark(j + 2) && self.is_cap(j + 3) {
                j += 3;
                continue;
            }
            break;
        }
        j
    }

    /// The person (or, failing that, organization) a name run `[a, b)` names.
    pub fn analyse_run(&self, a: usize, b: usize) -> Option<(usize, usize, NameKind)> {
        if a >= b {
            return None;
        }
        // peel titles: the person follows the last title word
        let mut s = a;
        for x in a..b {
            if self.is_title(x) {
                s = x + 1;
            }
        }
        while s < b && (self.is_p(s, '.') || self.is_roman(s)) {
            s += 1;
        }
        // trailing degrees / acronyms after a person name
        let mut e = b;
        while e > s + 1 && (self.is_acronym(e - 1) || self.is_p(e - 1, '.')) && (s..e - 1).any(|x| self.name_like(x)) {
            e -= 1;
        }
        let mut t = e;
        while t > s {
            let x = t - 1;
            let first_common = x == a
                && x + 1 < e
                && self.is_cap(x)
                && self.has(x, class::COMMON)
                && !self.lower_seen.contains(self.l(x))
                && !self.has(x, class::PLACES)
                && (x + 1..e).all(|y| self.name_like(y));
            let ok = self.name_like(x)
                || first_common
                || (self.is_mark(x) && x > s)
                || (self.is_p(x, '.') && x > s && self.s(x - 1).chars().count() == 1)
                || (self.is_lower_word(x) && x > s && x + 1 < e);
            if !ok {
                break;
            }
            t -= 1;
        }
        while t < e && !self.name_like(t) && !(t == a && t + 1 < e && self.has(t, class::COMMON) && !self.lower_seen.contains(self.l(t))) {
            t += 1;
        }
        if t + 1 == e && t > s && self.has(t - 1, class::ORG_TAILS) {
            t = e; // "Project Zero": one word after an organization word is its name
        }
        // (a head that names the body itself, an acronym like DPR or KPK, takes nothing)
        let head_needs_name = |x: usize| self.has(x, class::ORG_HEADS) && (!self.is_acronym(x) || self.s(x).chars().count() <= 2);
        if t < e && t > s && head_needs_name(t - 1) {
            t += 1; // the word after an organization head belongs to it (PT Evoluzione …)
            while t < e && !self.name_like(t) {
                t += 1;
            }
        }
        if let Some(o) = (t..e).find(|&x| x > t && self.has(x, class::NAME_OPENERS)) {
            t = o;
        }

        if t < e && e - t <= 5 {
            return Some((t, e, NameKind::Person));
        }
        // a clean PER entity inside the run, when the words alone find no person
        let ta = self.tok(a).start;
        let tb = self.tok(b - 1).end;
        let k = self.entities.partition_point(|e| e.end <= ta);
        let mut best_ent = None;
        for e in &self.entities[k..] {
            if e.start >= tb {
                break;
            }
            if e.label == EntityLabel::Per && e.start >= ta && e.end <= tb {
                let (ea, eb) = (self.tok_at(e.start), self.tok_at(e.end));
                if ea < eb && (ea..eb).all(|x| self.name_like(x) || self.is_mark(x) || self.is_lower_word(x) || self.is_p(x, '.')) {
                    best_ent = Some((ea, eb));
                }
            }
        }
        if let Some((ea, eb)) = best_ent {
            return Some((ea, eb, NameKind::Person));
        }
        if s >= b {
            return None;
        }
        if self.is_acronym(b - 1) {
            return Some((b - 1, b, NameKind::Org));
        }
        Some((s, b, NameKind::Org))
    }

    /// Parses the speaker phrase starting at token `p` (just after a cue).
    pub fn speaker_after(&self, p: usize) -> Ref {
        self.speaker_within(p, self.len())
    }

    /// [`Doc::speaker_after`], not reading token `limit` or beyond.
    pub fn speaker_within(&self, p: usize, limit: usize) -> Ref {
        let n = self.len().min(limit);
        if p >= n {
            return Ref::Missing;
        }
        let lim = (p + 30).min(n);
        if self.has(p, class::PRONOUNS) {
            return Ref::Pronoun;
        }
        if self.l(p) == "mereka" {
            return Ref::Unnamed;
        }
        let mut runs: Vec<(usize, usize, NameKind)> = Vec::new();
        let mut desc = 0usize;
        let mut unnamed = false;
        let mut i = p;
        let mut anaphoric = false;
        let mut after_comma = false;
        let mut role_run = false;
        while i < lim && self.same_para(p, i) {
            if self.is_cap(i) {
                let r = self.name_run(i).min(lim);
                if let Some(mut run) = self.analyse_run(i, r) {
                    // "asal Genuk", "dari Demak": a place, not the speaker
                    if i > p && matches!(self.l(i - 1), "asal" | "dari" | "di" | "ke") {
                        run.2 = NameKind::Org;
                    }
                    role_run = self.is_title(i);
                    runs.push(run);
                    // a run after a comma must be an appositive, not a new clause's subject
                    if after_comma && r < lim && self.is_lower_word(r) && !self.has(r, class::BOUNDARIES) && !self.has(r, class::DEMONSTRATIVES) && self.l(r) != "yang" {
                        runs.pop();
                        break;
                    }
                }
                after_comma = false;
                i = r;
                // "(35)", "(WHO)"
                continue;
            }
            let tk = self.tok(i);
            match tk.kind {
                TokenKind::Word => {
                    let l = self.l(i);
                    if self.lex.titles.contains(l) {
                        i += 1;
                        continue;
                    }
                    if self.lex.demonstratives.contains(l) {
                        anaphoric = true;
                        break;
                    }
                    if l == "yang" {
                        if let Some(alias) = self.alias_after(i) {
                            return alias;
                        }
                        if runs.iter().all(|r| r.2 != NameKind::Person) {
                            anaphoric = true;
                        }
                        break;
                    }
                    if self.lex.boundaries.contains(l) {
                        break;
                    }
                    if !runs.is_empty() {
                        // lower-case words between a role and the name: "periode 2016-2019 Johannes"
                        let next_cap = (i + 1..(i + 4).min(lim)).find(|&x| !self.is_lower_word(x) && self.tok(x).kind != TokenKind::Number);
                        if !next_cap.is_some_and(|x| self.is_cap(x)) {
                            break;
                        }
                    }
                    if desc == 0 && self.lex.unnamed.contains(l) {
                        unnamed = true;
                    }
                    desc += 1;
                    i += 1;
                }
                TokenKind::Number => i += 1,
                TokenKind::Punct => {
                    let c = self.s(i);
                    if c == "," {
                        let has_person = runs.iter().any(|r| r.2 == NameKind::Person);
                        if i + 1 < lim && (self.is_cap(i + 1) || self.is_title(i + 1)) && !self.has(i + 1, class::CALENDAR) && (!has_person || role_run || self.is_title(i + 1)) {
                            i += 1;
                            after_comma = true;
                            continue;
                        }
                        break;
                    }
                    if c == "(" {
                        match (i + 1..(i + 8).min(lim)).find(|&x| self.is_p(x, ')')) {
                            Some(close) => {
                                i = close + 1;
                                continue;
                            }
                            None => break,
                        }
                    }
                    if c == "." && i > p && (self.s(i - 1).chars().count() == 1 || self.has(i - 1, class::TITLES)) && self.tok(i).start == self.tok(i - 1).end {
                        i += 1;
                        continue;
                    }
                    if c == "&" || c == "-" {
                        i += 1;
                        continue;
                    }
                    break;
                }
            }
        }
        if anaphoric {
            return Ref::Anaphoric;
        }
        if let Some(r) = runs.iter().rev().find(|r| r.2 == NameKind::Person).or(runs.last()) {
            return Ref::Named(r.0, r.1);
        }
        if unnamed || desc > 0 {
            return Ref::Unnamed;
        }
        Ref::Missing
    }

    /// `yang (akrab|biasa) disapa/dipanggil X` at token `i` (*yang*).
    pub fn alias_after(&self, i: usize) -> Option<Ref> {
        let n = self.len();
        let mut j = i + 1;
        while j < n && j < i + 4 && self.is_lower_word(j) {
            if matches!(self.l(j), "disapa" | "dipanggil" | "bernama" | "dikenal") {
                let k = j + 1 + usize::from(j + 1 < n && self.l(j + 1) == "dengan");
                if k < n && self.is_cap(k) {
                    return Some(Ref::Alias(k, self.name_run(k)));
                }
                return None;
            }
            j += 1;
        }
        None
    }

    /// The subject of a verb at token `v`, looking back within its sentence.
    pub fn subject_before(&self, v: usize) -> Ref {
        self.subject_ending(v, 0)
    }

    fn subject_ending(&self, v: usize, depth: usize) -> Ref {
        let sent = self.sent_of[v.min(self.len() - 1)];
        // a subject lies within a few dozen tokens of its verb (keeps this linear)
        let s0 = self.tok_at(self.seg.sentences[sent].start).max(v.saturating_sub(MAX_BACK));
        let mut e = v;
        while e > s0 && (self.has(e - 1, class::ADVERBS) || self.is_p(e - 1, ',')) {
            e -= 1;
        }
        if e <= s0 {
            return Ref::Missing;
        }
        // the clause: after the last comma or quotation mark before e
        let mut a = e;
        while a > s0 && !self.is_p(a - 1, ',') && !self.is_mark(a - 1) && !self.is_p(a - 1, ':') {
            a -= 1;
        }
        // an appositive "Kepala X, Jenderal Y," is already handled: e skipped the comma
        let seg_has_cap = (a..e).any(|x| self.is_cap(x) || self.has(x, class::PRONOUNS));
        if !seg_has_cap && a > s0 {
            let mut b = a - 1;
            while b > s0 && !self.is_p(b - 1, ',') {
                b -= 1;
            }
            let clause = (a..e).any(|x| {
                let l = self.l(x);
                self.is_lower_word(x) && l.len() >= 5 && (l.starts_with("me") || l.starts_with("di") || l.starts_with("ber")) && l != "mereka"
            });
            if (b..a).any(|x| self.is_cap(x)) && !clause {
                a = b;
            }
        }
        while a < e && (self.has(a, class::CONNECTIVES) || self.is_p(a, ',')) {
            a += 1;
        }
        if a >= e {
            return Ref::Missing;
        }
        let first = self.l(a);
        if self.lex.pronouns.contains(first) {
            return Ref::Pronoun;
        }
        if first == "mereka" || self.lex.unnamed.contains(first) {
            return Ref::Unnamed;
        }
        // "Pria yang akrab disapa Dani ini", "Vatikan yang hendak …"
        let mut cut = e;
        for x in a..e {
            if self.l(x) == "yang" {
                if let Some(alias) = self.alias_after(x) {
                    if self.lex.person_nouns.contains(first) || !self.is_cap(a) {
                        return alias;
                    }
                }
                cut = x;
                break;
            }
            // a subordinate clause ends the subject; prepositions inside the noun phrase do not
            if x > a
                && matches!(
                    self.l(x),
                    "saat" | "ketika" | "kala" | "tatkala" | "setelah" | "sebelum" | "sesudah" | "usai" | "seusai" | "selepas" | "sambil" | "seraya" | "sembari" | "karena" | "sejak" | "hingga"
                )
            {
                cut = x;
                break;
            }
        }
        if cut > a && self.has(cut - 1, class::DEMONSTRATIVES) && cut == e {
            return Ref::Anaphoric;
        }
        if cut < e && self.lex.person_nouns.contains(first) && self.l(cut) == "yang" {
            return Ref::Anaphoric;
        }
        let mut runs: Vec<(usize, usize, NameKind)> = Vec::new();
        let mut x = a;
        while x < cut {
            if self.is_cap(x) {
                let r = self.name_run(x).min(cut);
                let after_kin = x > a && self.has(x - 1, class::KINSHIP);
                if !(after_kin || x == a && self.has(x, class::KINSHIP)) {
                    if let Some(mut run) = self.analyse_run(x, r) {
                        // "di RS Y", "dari Institute Z", "kepada Kompas.com": not the subject
                        if x > a && matches!(self.l(x - 1), "di" | "dari" | "ke" | "asal" | "kepada" | "dalam" | "pada" | "untuk" | "bagi") {
                            run.2 = NameKind::Org;
                        }
                        runs.push(run);
                    }
                }
                x = r;
            } else if self.is_p(x, '(') {
                x = (x + 1..cut).find(|&y| self.is_p(y, ')')).map_or(cut, |y| y + 1);
            } else {
                x += 1;
            }
        }
        if let Some(r) = runs.iter().rev().find(|r| r.2 == NameKind::Person) {
            return Ref::Named(r.0, r.1);
        }
        // "Itida Yasar, SH, MPsi, menilai": degrees after the name; look one clause back
        let only_degrees = (a..cut).all(|x| !self.is_lower_word(x) && (self.is_acronym(x) || self.s(x).contains('.') || self.tok(x).kind == TokenKind::Punct));
        if only_degrees && a > s0 && depth < 3 {
            let mut b = a - 1;
            while b > s0 && self.is_p(b - 1, ',') {
                b -= 1;
            }
            return self.subject_ending(b, depth + 1);
        }
        if let Some(r) = runs.last() {
            return Ref::Named(r.0, r.1);
        }
        if self.has(cut - 1, class::DEMONSTRATIVES) {
            return Ref::Anaphoric;
        }
        Ref::Unnamed
    }

    /// Byte span of tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tok(a).start, self.tok(b.max(a + 1) - 1).end)
    }
}

/// A name known in the article, for fullest-form look-ups.
#[derive(Debug, Clone)]
struct Known {
    words: Vec<String>,
    text: String,
    cluster: Option<usize>,
    first: usize,
}

/// Names in the article, for turning *Kirby* into *John Kirby*.
#[derive(Debug, Default)]
pub struct Inventory {
    names: Vec<Known>,
    exact: HashMap<Vec<String>, usize>,
    by_word: HashMap<String, Vec<usize>>,
    by_prefix: HashMap<String, Vec<usize>>,
    aliases: HashMap<String, (String, Option<usize>)>,
}

fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Inventory {
    /// Collects every person-like name run of the article and the clean entity clusters.
    pub fn new(doc: &Doc<'_>) -> Self {
        let mut inv = Inventory::default();
        let n = doc.len();
        let mut i = 0;
        while i < n {
            if doc.is_cap(i) {
                let r = doc.name_run(i);
                let analysed = doc.analyse_run(i, r);
                if let Some((a, b, NameKind::Person)) = analysed {
                    let sp = doc.span(a, b);
                    inv.add(&doc.text[sp.start..sp.end], None, sp.start);
                }
                // "Joko Widodo (Jokowi)", "Organisasi Kesehatan Dunia (WHO)": an alias
                if let Some((a, b, _)) = analysed {
                    if r + 2 < n && doc.is_p(r, '(') && doc.is_cap(r + 1) && doc.is_p(r + 2, ')') && b - a >= 2 {
                        let sp = doc.span(a, b);
                        let full = &doc.text[sp.start..sp.end];
                        inv.add_alias(doc.s(r + 1), full, None);
                    }
                }
                i = r;
            } else {
                i += 1;
            }
        }
        // PER clusters: their mentions, checked by the same run analysis
        for e in doc.entities {
            if e.label != EntityLabel::Per || doc.clusters.get(e.cluster).is_none_or(|c| c.label != EntityLabel::Per) {
                continue;
            }
            let (ea, eb) = (doc.tok_at(e.start), doc.tok_at(e.end));
            if ea >= eb {
                continue;
            }
            if let Some((a, b, NameKind::Person)) = doc.analyse_run(ea, eb) {
                let sp = doc.span(a, b);
                inv.add(&doc.text[sp.start..sp.end], Some(e.cluster), sp.start);
            }
        }
        inv
    }

    fn add(&mut self, text: &str, cluster: Option<usize>, first: usize) {
        let words = name_words(text);
        if words.is_empty() {
            return;
        }
        if let Some(&k) = self.exact.get(&words) {
            if self.names[k].cluster.is_none() {
                self.names[k].cluster = cluster;
            }
            return;
        }
        let idx = self.names.len();
        self.exact.insert(words.clone(), idx);
        for w in &words {
            self.by_word.entry(w.clone()).or_default().push(idx);
            self.by_prefix.entry(w.chars().take(4).collect()).or_default().push(idx);
        }
        self.names.push(Known { words, text: text.to_string(), cluster, first });
    }

    /// Records `alias` as another name of `name`.
    pub fn add_alias(&mut self, alias: &str, name: &str, cluster: Option<usize>) {
        let w = name_words(alias).join(" ");
        if !w.is_empty() {
            self.aliases.insert(w, (name.to_string(), cluster));
        }
    }

    /// The fullest form of `short` in the article, with its cluster if known.
    pub fn fullest(&self, short: &str) -> (String, Option<usize>) {
        let words = name_words(short);
        if words.is_empty() {
            return (short.to_string(), None);
        }
        if let Some(a) = self.aliases.get(&words.join(" ")) {
            return a.clone();
        }
        let contains = |k: &Known| k.words.windows(words.len()).any(|w| w == words.as_slice());
        let prefixed = |k: &Known| {
            k.words.windows(words.len()).any(|w| {
                w.iter().zip(&words).all(|(a, b)| a == b || (b.chars().count() >= 4 && a.starts_with(b.as_str())))
            })
        };
        let cands = self.by_word.get(&words[0]);
        let mut best: Option<&Known> = None;
        let better = |k: &Known, b: Option<&Known>| match b {
            None => true,
            Some(b) => (k.words.len(), std::cmp::Reverse(k.first)) > (b.words.len(), std::cmp::Reverse(b.first)),
        };
        for &i in cands.into_iter().flatten() {
            let k = &self.names[i];
            if k.words.len() > words.len() && contains(k) && better(k, best) {
                best = Some(k);
            }
        }
        if best.is_none() && words[0].chars().count() >= 4 {
            let key: String = words[0].chars().take(4).collect();
            for &i in self.by_prefix.get(&key).into_iter().flatten() {
                let k = &self.names[i];
                if k.words != words && prefixed(k) && better(k, best) {
                    best = Some(k);
                }
            }
        }
        match best {
            Some(k) => (k.text.clone(), k.cluster),
            None => {
                let cluster = self.exact.get(&words).and_then(|&i| self.names[i].cluster);
                (short.to_string(), cluster)
            }
        }
    }
}
