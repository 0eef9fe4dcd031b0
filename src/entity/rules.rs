//! Context rules: cues around capitalized words that say what they name.
//!
//! The text is read paragraph by paragraph as a list of [`Word`]s (tokens
//! with a clitic *-nya* cut off). Each capitalized word starts, in this order
//! of preference: a head-word name (*Kementerian …*, *Jalan …*), a gazetteer
//! name, or an unknown run of capitalized words whose label is decided by
//! cues, word lists and, at the end, by propagation across the article
//! (see [`super`] for the full rule list).

use std::borrow::Cow;
use crate::text::Lower;

use rustc_hash::FxHashMap as HashMap;

use super::gazetteer::{Gazetteer, Hit, Source};
use super::lexicon::{lists, Head, Lexicon};
use crate::document::{EntityLabel, EntitySource};
use crate::text::{lower_case, Segmented, TokenKind};

/// How sure a rule is about a mention's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// No cue: a capitalized run whose label is a guess, settled by
    /// propagation (or dropped, for a lone word at a sentence start).
    Guess,
    /// A word list (person-name words, corpus names, a place preposition).
    Weak,
    /// A title, head word, curated gazetteer, dateline or byline.
    Strong,
}

/// A candidate mention before clustering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Label.
    pub label: EntityLabel,
    /// How sure the label is.
    pub evidence: Evidence,
    /// For an acronym defined in brackets after a name (*Amerika Serikat
    /// (AS)*): the start byte of that name's mention.
    pub alias_of: Option<usize>,
    /// A lone capitalized word opening a sentence, with no cue.
    pub sentence_initial: bool,
    /// What found it.
    pub source: EntitySource,
    /// A run read as a person because a title came right before it: whether
    /// that title is an office held over a place (*Bupati*, *Kepala Desa*),
    /// which is usually named between title and holder.
    pub after_title: Option<bool>,
}

impl Mention {
    pub(crate) fn new(start: usize, end: usize, label: EntityLabel, evidence: Evidence) -> Self {
        Mention { start, end, label, evidence, alias_of: None, sentence_initial: false, source: EntitySource::Rules, after_title: None }
    }
}

/// A token as the rules see it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// Start byte.
    pub start: usize,
    /// End byte (before a clitic *-nya*).
    pub end: usize,
    /// Token kind.
    pub kind: TokenKind,
    /// Lower-case text; punctuation as is. Borrowed from the text lower-cased
    /// once ([`Segmented::lower_of`]: no allocation).
    pub lower: Cow<'a, str>,
    /// A word whose first letter is upper case.
    pub cap: bool,
    /// A word with at least two letters, all upper case.
    pub allcaps: bool,
    /// The first word of its sentence.
    pub sent_start: bool,
    /// The gazetteer hit starting here: end word index and hit.
    pub hit: Option<(usize, Hit)>,
    /// The [`Lexicon::lists`] its lower-case form is in (none for punctuation):
    /// one lookup answers what the rules ask of every word.
    pub lists: u32,
}

/// True when `word` ends in the clitic *-nya* (in any case) after something.
pub fn ends_with_nya(word: &str) -> bool {
    // Only ASCII letters lower-case to `n`, `y`, `a`: comparing bytes is exact.
    word.len() > 4 && word.as_bytes()[word.len() - 4..].eq_ignore_ascii_case(b"-nya")
}

/// Builds the word list for one paragraph.
pub fn words_of<'a>(text: &'a str, seg: &'a Segmented, para: usize, hits: &[Hit], lex: &Lexicon) -> Vec<Word<'a>> {
    let span = seg.paragraphs[para];
    let toks = seg.paragraph_tokens(para);
    let mut words: Vec<Word> = Vec::with_capacity(toks.len());
    let mut sent = Some(seg.paragraph_first_sentence(para));
    let mut at_start = true;
    let mut pieces: Vec<crate::text::Token> = Vec::with_capacity(toks.len());
    for t in toks {
        split_compound(text, *t, hits, &mut pieces);
    }
    // `seg.sentence_at` for each token, walking forward instead of searching.
    let sentences = &seg.sentences;
    let mut k = seg.paragraph_first_sentence(para);
    for t in &pieces {
        while k < sentences.len() && sentences[k].end <= t.start {
            k += 1;
        }
        let s = (k < sentences.len() && sentences[k].start <= t.start).then_some(k);
        if s != sent {
            sent = s;
            at_start = true;
        }
        let mut end = t.end;
        let raw = &text[t.start..t.end];
        if t.kind == TokenKind::Word && ends_with_nya(raw) {
            end -= 4;
        }
        let w = &text[t.start..end];
        // A word with digits (*Rp4*, *S6*) is not a name word (listed ones like *G20* still match).
        let cap = t.kind == TokenKind::Word
            && (w.chars().next().is_some_and(char::is_uppercase) || glued_article(w))
            && !w.chars().any(|c| c.is_ascii_digit());
        let allcaps = cap && w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !w.chars().any(char::is_lowercase);
        let opening = t.kind == TokenKind::Punct && matches!(raw, "“" | "\"" | "‘" | "'" | "(" | "«" | "-" | "–" | "—" | "[" | "*");
        let lower = seg.lower_of(text, t.start, end);
        // (no listed word is punctuation)
        let lists = if t.kind == TokenKind::Punct { 0 } else { lex.lists_of(&lower) };
        words.push(Word {
            start: t.start,
            end,
            kind: t.kind,
            lower,
            cap,
            allcaps,
            sent_start: at_start && t.kind != TokenKind::Punct,
            hit: None,
            lists,
        });
        if !opening {
            at_start = false;
        }
    }
    // Attach gazetteer hits that begin and end on word boundaries.
    let first = hits.partition_point(|h| h.start < span.start);
    let mut wi = 0;
    for h in &hits[first..] {
        if h.start >= span.end {
            break;
        }
        while wi < words.len() && words[wi].start < h.start {
            wi += 1;
        }
        if wi == words.len() || words[wi].start != h.start {
            continue;
        }
        let mut wj = wi;
        while wj < words.len() && words[wj].end < h.end {
            wj += 1;
        }
        if wj < words.len() && words[wj].end == h.end {
            words[wi].hit = Some((wj + 1, *h));
        }
    }
    words
}

/// Splits `Yogya-Jakarta` (capitalized parts joined by hyphens) into words
/// and hyphens when every part is capitalized, one is a listed name, and no
/// listed name covers the whole token (*Soekarno-Hatta*); and
/// `Tontowi/Liliyana` (a pair, a credit *Kompas/Yuniadhi*) at its slashes
/// when every part is capitalized, listed or not.
fn split_compound(text: &str, t: crate::text::Token, hits: &[Hit], out: &mut Vec<crate::text::Token>) {
    let raw = &text[t.start..t.end];
    // (one pass over the bytes: most words have neither separator)
    let (slash, hyphen) = if t.kind == TokenKind::Word {
        raw.bytes().fold((false, false), |(s, h), b| (s || b == b'/', h || b == b'-'))
    } else {
        (false, false)
    };
    if !(slash || hyphen) || (slash && hyphen) {
        out.push(t);
        return;
    }
    let sep = if slash { '/' } else { '-' };
    let whole = || {
        let k = hits.partition_point(|h| h.start < t.start);
        hits.get(k).is_some_and(|h| h.start == t.start && h.end >= t.end)
    };
    // Every part capitalized, and (for hyphens) at least one a listed name of its own.
    let mut at = t.start;
    let mut listed = sep == '/';
    let parts_ok = raw.split(sep).count() > 1
        && raw.split(sep).all(|p| {
            let k = hits.partition_point(|h| h.start < at);
            listed |= hits.get(k).is_some_and(|h| h.start == at && h.end == at + p.len());
            at += p.len() + 1;
            p.chars().next().is_some_and(char::is_uppercase) && p.chars().count() > 1
        })
        && listed;
    if !parts_ok || whole() {
        out.push(t);
        return;
    }
    let mut at = t.start;
    for (k, p) in raw.split(sep).enumerate() {
        if k > 0 {
            out.push(crate::text::Token { start: at, end: at + 1, kind: TokenKind::Punct });
            at += 1;
        }
        out.push(crate::text::Token { start: at, end: at + p.len(), kind: TokenKind::Word });
        at += p.len();
    }
}

/// Two unlisted letters (*OC*, *RZ*): read as a person's initials before a name.
fn two_capitals(w: &Word) -> bool {
    w.lower.len() == 2 && w.hit.is_none()
}

/// One capital letter standing for a given name, with no dot (*Kombes M
/// Anwar Reksowidjojo*): not *I*, *V* or *X*, which before a capitalized word
/// are a unit's number (*Kodam V*), the Balinese *I* (read with its name)
/// or English (*I Need You*).
fn lone_initial(w: &Word) -> bool {
    w.cap && w.lower.len() == 1 && !matches!(&*w.lower, "i" | "v" | "x")
}

/// `covid-19`, `u-22`: letters, a hyphen and digits.
fn numbered_word(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| !a.is_empty() && a.bytes().all(|c| c.is_ascii_alphabetic()) && !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit()))
}

/// `www.menpan.go.id`, `filmindonesia.or.id`, `Kompas.com`.
pub(crate) fn is_web_address(w: &str) -> bool {
    // (asked of every word, most of them short and without a dot: a plain
    // byte loop, not a library search set up for long haystacks)
    let Some(dot) = w.bytes().rposition(|b| b == b'.') else { return false };
    crate::text::TOP_LEVEL_DOMAINS.contains(&&w[dot + 1..])
        && w.chars().filter(|c| *c == '.').count() <= 4
        && w.chars().next().is_some_and(char::is_alphabetic)
}

/// A media or brand name written in camel case after a lower-case stem
/// (*detikINET*, *detikFinance*, *kumparanBISNIS*): at least four lower-case
/// letters, then one capitalized or all-caps part.
fn is_camel_brand(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(k) = b.iter().position(u8::is_ascii_uppercase) else { return false };
    let (stem, rest) = (&b[..k], &b[k + 1..]);
    k >= 4
        && rest.len() >= 2
        && stem.iter().all(u8::is_ascii_lowercase)
        && (rest.iter().all(u8::is_ascii_uppercase) || rest.iter().all(u8::is_ascii_lowercase))
}

/// An Arabic article glued to a capitalized name (*al-Ansari*, *el-Sisi*):
/// written in lower case, but a name word.
fn glued_article(w: &str) -> bool {
    // (the article has two or three letters: look for the hyphen only there)
    let b = w.as_bytes();
    [2, 3].into_iter().any(|k| b.get(k) == Some(&b'-') && is_arabic_article(&w[..k]) && w[k + 1..].starts_with(char::is_uppercase))
}

/// An Arabic article or particle glued to a name by a hyphen (*al-*, *el-*, *ud-* …), lower case.
pub(crate) fn is_arabic_article(p: &str) -> bool {
    matches!(p, "al" | "el" | "ad" | "ar" | "as" | "at" | "az" | "ash" | "ud" | "ul")
}

/// Academic degrees written after a name (*S.H.*, *M.Si*, *MPsi*, *Sp.PD*,
/// *Ph.D*, *S.I.K.*): their letters are in `data/entity/degrees.txt`.
pub(crate) fn is_degree(w: &str) -> bool {
    /// The degrees' letters, and which first letters and lengths they have
    /// (asked of many a capitalized word: most are none, told without hashing).
    struct Degrees {
        letters: rustc_hash::FxHashSet<&'static [u8]>,
        firsts: u32,
        longest: usize,
    }
    static DEGREES: std::sync::OnceLock<Degrees> = std::sync::OnceLock::new();
    let degrees = DEGREES.get_or_init(|| {
        let letters: rustc_hash::FxHashSet<&'static [u8]> = crate::entity::gazetteer::entries(data_file!("entity/degrees.txt")).map(str::as_bytes).collect();
        let firsts = letters.iter().fold(0, |m, d| m | d.first().map_or(0, |&f| if f.is_ascii_lowercase() { 1 << (f - b'a') } else { u32::MAX }));
        let longest = letters.iter().map(|d| d.len()).max().unwrap_or(0);
        Degrees { letters, firsts, longest }
    });
    // Its letters alone (`S.H.` → `sh`), gathered on the stack: every degree is ASCII.
    let mut buf = [0u8; 10];
    let mut len = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_ascii() || len == buf.len() {
            return false;
        }
        let l = c.to_ascii_lowercase() as u8;
        // no degree opens with this letter, or the letters outgrow every
        // degree: no answer but a specialist's (*sp*-) can still be yes
        let may_be_listed = (len > 0 || degrees.firsts & (1 << (l - b'a')) != 0) && len < degrees.longest;
        let may_be_specialist = buf.starts_with(b"sp") || (len < 2 && l == b"sp"[len]);
        if !may_be_listed && !may_be_specialist {
            return false;
        }
        buf[len] = l;
        len += 1;
    }
    let letters = &buf[..len];
    let listed = || len <= degrees.longest && degrees.letters.contains(letters);
    ((w.contains('.') || len >= 3) && listed()) || (letters.starts_with(b"sp") && w.contains('-'))
}

/// *Indah Putri Andriani*, *Bambang Surya Putra*: capitalized inside a name,
/// *putra*/*putri* are name words, not the kinship titles.
fn is_kinship_name_word(lower: &str) -> bool {
    matches!(lower, "putra" | "putri")
}

/// A degree written in capitals without dots after a name (*SH*, *MM*, *MD*):
/// two-letter forms that [`is_degree`] leaves to initials when alone.
fn is_degree_abbreviation(lower: &str) -> bool {
    is_degree(lower) || matches!(lower, "sh" | "se" | "st" | "mh" | "mm" | "ma" | "sp" | "mt")
}

/// A word built with Indonesian derivational affixes (*pemberantasan*,
/// *kesehatan*, *perindustrian*, *tertinggal*, *menular*): peN-…-an, ke-…-an,
/// per-…-an, ter-…, meN-…. In the NER training splits, 1 of the 952
/// capitalized words of the peN-, ke- and meN- shapes is part of a person's
/// name (and that one is in the person-name word list); of the 263
/// capitalized per-…-an words (*Perhubungan*, *Pertanian*, *Perjuangan*),
/// none is; of the 111 ter- words of seven letters or more (*Terbuka*,
/// *Tertinggal*, *Terpadu*), one (*Terumune*, a Japanese name).
pub(crate) fn looks_derived(lower: &str) -> bool {
    let b = lower.as_bytes();
    if b.len() < 7 || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let stem_an = |prefix: usize| b.ends_with(b"an") && b.len() >= prefix + 3 + 2;
    ((b.starts_with(b"pem") || b.starts_with(b"pen") || b.starts_with(b"per")) && stem_an(3))
        || (b.starts_with(b"ke") && stem_an(2))
        || b.starts_with(b"ter")
        || ((b.starts_with(b"mem") || b.starts_with(b"men")) && b.len() >= 3 + 4)
}

/// A word with the clitic *-nya* (*Tujuannya*, *Semestinya*, *Ayahnya*): of
/// the 259 capitalized words of five letters or more ending in *-nya* in the
/// NER training and dev splits, none is part of a person's name. Stems of
/// four letters at least, so that short names stay (*Sonya*, *Vanya*).
fn has_nya_clitic(lower: &str) -> bool {
    lower.len() >= 7 && lower.ends_with("nya") && lower.bytes().all(|b| b.is_ascii_lowercase())
}

/// An agentive noun of the peN- prefix, a person who does something
/// (*pengguna*, *penjaga*, *pedagang*, *pemilik*): *pe-* and at least four
/// more letters, without the *-an* of a nominalization (*pertemuan*) and
/// not one of the few such words that name no person.
fn is_agentive(lower: &str) -> bool {
    lower.len() >= 6
        && lower.starts_with("pe")
        && !lower.ends_with("an")
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(lower, "pemerintah" | "penyakit" | "pesawat" | "peluru" | "pemilu" | "peristiwa" | "pertama" | "perlu" | "pernah" | "pergi" | "penuh" | "pesisir")
}

/// A verb of saying in its bare form, written after the quote (*kata*, *ujar*,
/// *tutur*): the reporting verbs without a me-/ber- prefix, nor the
/// adjectives of the list (*yakin*, *optimis*).
fn is_bare_saying_verb(lower: &str) -> bool {
    !lower.starts_with("me") && !lower.starts_with("ber") && !matches!(lower, "yakin" | "optimis" | "optimistis")
}

/// Words after which a building or facility is the place, not the institution.
fn is_place_preposition(lower: &str) -> bool {
    matches!(lower, "di" | "ke" | "dari" | "menuju" | "depan")
}

/// A roman numeral from *i* to *xxxix* in at most four letters (*II*, *XIV*),
/// not any string of those letters (*Vivi* is a name).
pub(crate) fn is_roman(w: &str) -> bool {
    let units = w.trim_start_matches('x');
    !w.is_empty() && w.len() <= 4 && w.len() - units.len() <= 3 && matches!(units, "" | "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix")
}

/// A roman numeral as written: in capitals (*II*, *XII*; *Xi* is a name).
pub(crate) fn is_written_roman(w: &str) -> bool {
    !w.contains(char::is_lowercase) && is_roman(&w.lower())
}

/// Applies the rules to one paragraph.
pub struct Scanner<'a> {
    /// The word lists.
    pub lex: &'a Lexicon,
    /// The gazetteer (for dateline parts).
    pub gaz: &'a Gazetteer,
    /// The text.
    pub text: &'a str,
    /// The text's tokens.
    seg: &'a Segmented,
    /// Words the article writes in lower case somewhere (tokens as written),
    /// collected the first time a rule asks: few articles need it.
    lower_seen: std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
}

impl<'a> Scanner<'a> {
    /// A scanner over `text` (segmented as `seg`).
    pub fn new(lex: &'a Lexicon, gaz: &'a Gazetteer, text: &'a str, seg: &'a Segmented) -> Self {
        Scanner { lex, gaz, text, seg, lower_seen: std::cell::OnceCell::new() }
    }

    /// The article writes `word` (lower case) in lower case somewhere.
    fn written_lower(&self, word: &str) -> bool {
        let text = self.text;
        self.lower_seen
            .get_or_init(|| {
                (self.seg.tokens.iter().map(|t| &text[t.start..t.end]))
                    .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                    .collect()
            })
            .contains(word)
    }
}

/// The longest name a rule builds, in words (official names included).
const MAX_NAME_WORDS: usize = 16;

/// A number right before or after the word at `k`, past one dash or comma
/// (*15 May*, *Jan - 2025*, *May 12,*).
fn number_beside(words: &[Word], k: usize) -> bool {
    let at = |j: usize, f: fn(&Word) -> bool| words.get(j).is_some_and(f);
    let num: fn(&Word) -> bool = |w| w.kind == TokenKind::Number;
    let sep: fn(&Word) -> bool = |w| matches!(&*w.lower, "-" | "," | "–");
    let before = k.checked_sub(1).is_some_and(|p| at(p, num) || (at(p, sep) && p.checked_sub(1).is_some_and(|q| at(q, num))));
    before || at(k + 1, num) || (at(k + 1, sep) && at(k + 2, num))
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—")
}

impl Scanner<'_> {
    /// The lower-case forms of up to 6 words from `i` (a dot as `""`), and their count.
    fn lowers<'w>(words: &'w [Word<'_>], i: usize) -> ([&'w str; 6], usize) {
        let mut out = [""; 6];
        let ws = &words[i..words.len().min(i + 6)];
        for (o, w) in out.iter_mut().zip(ws) {
            *o = Self::key(w);
        }
        (out, ws.len())
    }

    /// A word's form in phrase look-ups: lower case, a dot as `""`.
    fn key<'w>(w: &'w Word<'_>) -> &'w str {
        if w.kind == TokenKind::Punct && w.lower == "." {
            ""
        } else {
            &w.lower
        }
    }

    /// A title at `i`: the index after it (and after its dot).
    fn title_at(&self, words: &[Word], i: usize) -> Option<usize> {
        if i >= words.len() {
            return None;
        }
        let first = Self::key(&words[i]);
        // Contracted office titles: *Menkopolkam*, *Kapolresta*, *Wakapolda*, *Kasatreskrim*.
        const PREFIXES: &[&str] = &["menko", "kapol", "wakapol", "kasat", "kasubdit"];
        if words[i].cap && matches!(first.as_bytes().first(), Some(b'm' | b'k' | b'w')) && PREFIXES.iter().any(|p| first.starts_with(p) && first.len() > p.len() + 1) {
            return Some(i + 1);
        }
        // Most words open no title: skip gathering the next ones.
        if words[i].lists & lists::OPENS_TITLE == 0 {
            return None;
        }
        let (lw, n) = Self::lowers(words, i);
        let (len, ()) = self.lex.titles.longest(&lw[..n])?;
        let mut j = i + len;
        if j < words.len() && words[j].lower == "." && words[j].start == words[j - 1].end {
            j += 1;
        }
        Some(j)
    }

    /// Where an office holder's name starts at the end of an organization's
    /// run `(head_end..end)` read after a title: the last one to four words
    /// that no list knows as anything but a name, after at least one word of
    /// the name proper (an acronym, a bracket, a common or derived word, a
    /// listed place). A run of such words right after the head is the
    /// organization's own name (*Yayasan Kitabisa*).
    fn holder_at_end(&self, words: &[Word], head_end: usize, end: usize) -> Option<usize> {
        let name_like = |w: &Word| {
            w.cap
                && !w.allcaps
                && w.kind == TokenKind::Word
                && w.hit.is_none_or(|(_, h)| h.entry.label == EntityLabel::Per)
                && !self.is_common(w)
                && !looks_derived(&w.lower)
                && !self.lex.org_tails.contains(&*w.lower)
                && !self.lex.not_name.contains(&*w.lower)
                && !self.lex.suffixes.contains(&*w.lower)
        };
        // words inside a listed name (*Kota [Depok]*, *Partai [Demokrat]*) are its own
        let mut covered = head_end;
        for w in &words[head_end..end] {
            if let Some((e, _)) = w.hit.filter(|(_, h)| h.entry.label != EntityLabel::Per) {
                covered = covered.max(e);
            }
        }
        let mut k = end;
        while k > covered && name_like(&words[k - 1]) && self.head_at(words, k - 1).is_none() && self.title_at(words, k - 1).is_none() {
            k -= 1;
        }
        // a place head names its place (*Kabupaten [Lotim] Tatan*): the word after it is the place's
        let after_place_head = k + 1 < end && k > head_end && self.head_at(words, k - 1).is_some_and(|(e, h)| e == k && h == Head::Loc);
        if after_place_head {
            k += 1;
        }
        // (a capitalized word after the run: the run was cut at a name that goes on)
        if k <= head_end || k == end || end - k > 4 || Self::is_initial(words, k - 1) || words.get(end).is_some_and(|w| w.cap) {
            return None;
        }
        // One unknown word is a name only next to a clear end of the
        // organization (an acronym, a bracket, a listed name) or a name word.
        let clear_end = words[k - 1].allcaps || words[k - 1].lower == ")" || covered == k || after_place_head;
        (end - k >= 2 || clear_end || self.lex.name_words.contains(&*words[k].lower)).then_some(k)
    }

    fn head_at(&self, words: &[Word], i: usize) -> Option<(usize, Head)> {
        if !words.get(i).is_some_and(|w| w.cap && w.lists & lists::OPENS_HEAD != 0) {
            return None;
        }
        let (lw, n) = Self::lowers(words, i);
        let (len, mut head) = self.lex.heads.longest(&lw[..n])?;
        if head == Head::Office {
            // an office is a head only as the place where something happens
            if !(i > 0 && is_place_preposition(&words[i - 1].lower)) {
                return None;
            }
            head = Head::Site;
        }
        // *Kongres II Partai Demokrat*, *Kongres Luar Biasa*: a party's congress is
        // an event, not the legislature (*Kongres AS*); the party in it is found alone
        if lw[0] == "kongres" && len == 1 {
            let next = words.get(i + 1);
            if next.is_some_and(|x| {
                is_roman(&x.lower)
                    || matches!(&*x.lower, "luar" | "biasa" | "nasional" | "partai")
                    || x.hit.is_some_and(|(_, h)| h.entry.label == EntityLabel::Org)
            }) {
                return None;
            }
        }
        let mut j = i + len;
        // an abbreviated head's dot (*Jl.*, *Kab.*), but not a sentence's end
        // (*alat kelengkapan Dewan. Ida Fauziah …*)
        if j < words.len()
            && words[j].lower == "."
            && words[j].start == words[j - 1].end
            && words.get(j + 1).is_none_or(|n| !n.sent_start)
        {
            j += 1;
        }
        Some((j, head))
    }

    fn is_common(&self, w: &Word) -> bool {
        (self.lex.common.contains(&*w.lower) && !self.lex.name_words.contains(&*w.lower))
            // (not a listed name: *Catalunya*)
            || (has_nya_clitic(&w.lower) && w.hit.is_none())
            || is_written_roman(&self.text[w.start..w.end])
            || self.lex.titles.longest(&[&*w.lower]).is_some_and(|(n, ())| n == 1)
    }

    /// A name particle opening a person's name at `j` (*Teuku Rasya*, *Kiagus
    /// Ahmad*, *I Gusti Putu*): the index of the name word after it.
    fn particle_at(&self, words: &[Word], j: usize) -> Option<usize> {
        let w = &words[j];
        // (*Lalu*, the Sasak title of a man, is *then* at a sentence's start and in
        // *Lalu Lintas*, traffic)
        if !w.cap || (w.lower == "lalu" && (w.sent_start || words.get(j + 1).is_some_and(|x| x.lower == "lintas"))) {
            return None;
        }
        let next = if matches!(&*w.lower, "i" | "ni") {
            j + 1
        } else {
            let (lw, n) = Self::lowers(words, j);
            j + self.lex.particles.longest(&lw[..n])?.0
        };
        let x = words.get(next)?;
        let name = x.cap && !x.allcaps && !x.sent_start && self.title_at(words, next).is_none();
        let balinese_ok = !matches!(&*w.lower, "i" | "ni") || self.lex.balinese.contains(&*x.lower);
        (name && balinese_ok).then_some(next)
    }

    fn is_initial(words: &[Word], j: usize) -> bool {
        let w = &words[j];
        // (the dot and the capital after it first: most words have neither)
        w.cap
            && words.get(j + 1).is_some_and(|d| d.lower == "." && d.start == w.end)
            && words.get(j + 2).is_some_and(|n| n.cap)
            && (w.lower.chars().count() == 1
                || (w.lower.contains('.') && crate::text::is_dotted_letters(&w.lower, |c| c.is_ascii_lowercase()))
                // (abbreviations of *Muhammad*: *Mhd. Rasyid*, *Moh. Roem*)
                || matches!(&*w.lower, "mhd" | "moh" | "muh"))
    }

    /// The end of a comma-separated portfolio starting at the comma `c`
    /// (*, Klimatologi, dan Geofisika*): up to five items of one to three
    /// capitalized words that are not acronyms, listed names, heads or titles,
    /// the last one after *dan* (with or without a comma before it).
    fn comma_portfolio(&self, words: &[Word], c: usize, n: usize) -> Option<usize> {
        let item = |k: usize| {
            let mut e = k;
            while e < n && e < k + 3 && {
                let w = &words[e];
                w.cap && !w.allcaps && !w.sent_start && w.kind == TokenKind::Word && w.hit.is_none() && self.head_at(words, e).is_none() && self.title_at(words, e).is_none()
            } {
                e += 1;
            }
            (e > k).then_some(e)
        };
        let mut k = c + 1;
        for _ in 0..5 {
            k = item(k)?;
            if k < n && words[k].lower == "," {
                k += 1;
            }
            if k < n && words[k].lower == "dan" {
                return item(k + 1);
            }
            if k >= n || words[k - 1].lower != "," {
                return None;
            }
        }
        None
    }

    /// Extends a head-word name from `j` (just after the head).
    fn extend(&self, words: &[Word], start: usize, kind: Head) -> usize {
        let n = words.len();
        let mut j = start;
        let org = matches!(kind, Head::Org | Head::Edu | Head::Site);
        let mut after_place = false;
        // Names are short: a bound keeps long capitalized stretches linear.
        let n = n.min(start + MAX_NAME_WORDS);
        while j < n {
            let w = &words[j];
            if w.sent_start && j > start {
                break;
            }
            if w.cap {
                // An acronym head is a whole name (*KPU*, *BNPB*): a person's name
                // right after it is the office holder (*Ketua KPU [PER Arief Budiman]*),
                // as after an acronym inside a longer name (below).
                if j == start
                    && kind == Head::Org
                    && start > 0
                    && words[start - 1].allcaps
                    && words[start - 1].lower.chars().count() >= 3
                    && !self.lex.common.contains(&*words[start - 1].lower)
                    && !w.allcaps
                    && (w.hit.is_some_and(|(_, h)| h.entry.label == EntityLabel::Per)
                        || (w.hit.is_none() && !self.is_common(w) && self.head_at(words, j).is_none()))
                {
                    break;
                }
                if j > start {
                    // (*korban* and *anak* right after an inner *dan* are the name's, those
                    // an office serves: *Komisi Orang Hilang dan Korban Tindak Kekerasan*,
                    // *Perlindungan Perempuan dan Anak*; in the corpus gold, 4 of the 5 title
                    // words after *dan* inside an organization, and once outside one, where
                    // office titles are: *… dan Direktur Rumah Sakit …*)
                    let after_dan = matches!(&*words[j - 1].lower, "dan" | "&") && matches!(&*w.lower, "korban" | "anak");
                    if kind != Head::Loc && !after_dan && self.title_at(words, j).is_some_and(|e| e < n && words[e].cap) {
                        break;
                    }
                    // a number label ends an organization's name (*Putusan Mahkamah
                    // Konstitusi | Nomor 90*): after a name in the NER training splits,
                    // Nomor/No is outside it 38 times in 41
                    if org && matches!(&*w.lower, "nomor" | "no" | "nomer") {
                        break;
                    }
                    // a person's name particle ends an office's name (*Dinas Kesehatan Bali I Gusti …*)
                    if org && self.particle_at(words, j).is_some() {
                        break;
                    }
                    // (a short all-caps word is an acronym, not the name word it spells: *TNI AL*)
                    if matches!(kind, Head::Org | Head::Site) && self.lex.name_words.contains(&*w.lower) && w.hit.is_none() && !(w.allcaps && w.lower.len() <= 3) {
                        break;
                    }
                    if matches!(kind, Head::Loc | Head::Hq) {
                        if self.head_at(words, j).is_some_and(|(_, h)| matches!(h, Head::Loc | Head::Hq)) {
                            break;
                        }
                        // a rank written as an acronym ends a place (*Kapolres Pelabuhan
                        // Makassar | AKBP Muhammad Kadarislam*): titles in place names are
                        // written out (*Jalan Jenderal Sudirman*, *Bandara Sultan Hasanuddin*)
                        if w.allcaps && self.title_at(words, j).is_some() {
                            break;
                        }
                        // so does a rank of several words written out before a name (*Tol
                        // Purbaleunyi | Ajun Komisaris Stanlly Soeselisa*), except in a street's
                        // name (*Jalan Mayor Jenderal Sungkono*)
                        let street = matches!(&*words[start].lower, "jalan" | "jl" | "jln" | "gang" | "gg" | "jalur");
                        if !street && self.title_at(words, j).is_some_and(|t| t >= j + 2 && t < n && words[t].cap && !words[t].sent_start) {
                            break;
                        }
                        // Stop at a listed place (*Jalan Melati* | *Pekanbaru*), unless only
                        // common words came before and the place has several words
                        // (*Stadion Utama Gelora Bung Karno*).
                        let only_common = words[start..j].iter().all(|x| self.is_common(x));
                        // (a building named after an organization takes the organization's
                        // place: *Gedung DPRD Sumut*, *Gedung Universitas Islam Negeri Pekanbaru*)
                        // (in corpus train gold 7 such places gained, 1 venue's city lost:
                        // *Gedung Balai Raya Semarak | Bengkulu*)
                        let building_of = start > 0
                            && matches!(&*words[start - 1].lower, "gedung" | "wisma" | "markas" | "kompleks")
                            && (words[j - 1].allcaps && words[j - 1].lower.chars().count() >= 3
                                || (start..j).any(|k| self.head_at(words, k).is_some_and(|(_, h)| matches!(h, Head::Org | Head::Edu))));
                        if let Some((e, _)) = w.hit.filter(|(_, h)| h.entry.label == EntityLabel::Loc) {
                            if !(building_of || only_common && e > j + 1) {
                                break;
                            }
                        }
                    }
                    if org && w.hit.is_some_and(|(_, h)| h.entry.label == EntityLabel::Per) {
                        break;
                    }
                    // after the place's listed name, a person's name is its head's holder
                    // (*Kepala BPS Provinsi Kalsel | Mohammad Edy Mahmud*)
                    if kind == Head::Loc
                        && after_place
                        && w.hit.is_none()
                        && self.lex.name_words.contains(&*w.lower)
                        && words.get(j + 1).is_some_and(|x| x.cap && !x.sent_start)
                    {
                        break;
                    }
                    // After an acronym, a place part or a number, an unknown proper
                    // word is a person (*Dewan Syuro PKS Refrizal*, *… Aceh Utara
                    // Mahmudsyah*, *SDN Gugut 1 Teguh Santoso*).
                    if org
                        && j > start
                        && (words[j - 1].allcaps || after_place || words[j - 1].kind == TokenKind::Number || numbered_word(&words[j - 1].lower))
                        && !w.allcaps
                        && w.hit.is_none()
                        && !self.is_common(w)
                        && !looks_derived(&w.lower)
                        && self.head_at(words, j).is_none()
                    {
                        break;
                    }
                }
                if Self::is_initial(words, j) {
                    j += 2;
                    continue;
                }
                if let Some((e, _)) = w.hit.filter(|(_, h)| h.entry.label == EntityLabel::Loc) {
                    after_place = true;
                    j = e;
                    continue;
                }
                after_place = false;
                j += 1;
                if org && self.lex.suffixes.contains(&*w.lower) && j > start + 1 {
                    break;
                }
                continue;
            }
            if w.sent_start && j > start {
                break;
            }
            if w.kind == TokenKind::Number && (j == start || words[j - 1].lower != "no") && w.lower.len() <= 4 {
                j += 1;
                continue;
            }
            // a capitalized word with a numbered suffix inside an organization's name
            // (*Gugus Tugas Percepatan Penanganan Covid-19 Kabupaten Pemalang*, *Timnas U-22*)
            if org && w.kind == TokenKind::Word && self.text[w.start..].starts_with(char::is_uppercase) && numbered_word(&w.lower) {
                j += 1;
                continue;
            }
            // A portfolio listed with commas inside the name (*Badan Meteorologi,
            // Klimatologi, dan Geofisika*, *Dinas Komunikasi, Informatika, dan
            // Statistik*): capitalized items that no list knows, the last after *dan*.
            if org && j > start && w.lower == "," {
                if let Some(e) = self.comma_portfolio(words, j, n) {
                    j = e;
                    continue;
                }
            }
            // Inner *dan* (*Pemuda dan Olahraga*), but not before a new organization name.
            if org
                && j > start
                && matches!(&*w.lower, "dan" | "&")
                && words.get(j + 1).is_some_and(|n| {
                    n.cap && n.hit.is_none_or(|(_, h)| h.entry.label == EntityLabel::Loc) && self.head_at(words, j + 1).is_none()
                })
            {
                j += 1;
                continue;
            }
            if org
                && j > start
                && w.lower == "("
                && words.get(j + 1).is_some_and(|a| a.cap)
                && words.get(j + 2).is_some_and(|c| c.lower == ")")
                && words.get(j + 3).is_some_and(|n| n.cap && !n.sent_start)
                // (the name goes on after the bracket: *(PPA) Polda Metro Jaya*, not a
                // person holding it: *(PBNU) Said Aqil Siradj*)
                && !self.lex.name_words.contains(&*words[j + 3].lower)
                && words[j + 3].hit.is_none_or(|(_, h)| h.entry.label != EntityLabel::Per)
            {
                j += 3;
                continue;
            }
            // a state company's legal form in brackets closes its name (*PT Hutama Karya
            // (Persero)*: in corpus train and dev gold 8 of 8 such brackets after a name are inside it)
            if org && j > start && w.lower == "(" && words.get(j + 1).is_some_and(|a| a.lower == "persero") && words.get(j + 2).is_some_and(|c| c.lower == ")") {
                j += 3;
                continue;
            }
            break;
        }
        // a name never ends on an inner *dan* that a title after it cut off
        // (*Rumah Sakit Rosela dan | Direktur …*)
        if j > start && matches!(&*words[j - 1].lower, "dan" | "&") {
            j -= 1;
        }
        j
    }

    /// The end of the capitalized words from `from` (an initial's full stop
    /// included): a byline's or credit field's name.
    fn cap_run(words: &[Word], from: usize) -> usize {
        let mut e = from;
        while e < words.len() && (words[e].cap || Self::is_initial(words, e.saturating_sub(1)) && words[e].lower == ".") {
            e += 1;
        }
        e
    }

    /// A credit line: labelled fields, each opening the line or after `|` or
    /// `/` (*Rep: Andi Ikhbal/ Red: Ajeng Ritzki*, *SELASA, 18 APRIL 2023 |
    /// 12:10 WIB | LAPORAN: ALIFIA DWI*, *Foto: ANTARA/Muhammad Iqbal*). A
    /// field's capitalized run up to the next `/`, `|` or the line end is a
    /// person; a photo credit's run before a slash is its outlet. In corpus
    /// train and dev gold the name after *Rep:*, *Red:* or *LAPORAN:* is a
    /// person 29 times in 30, the one after *Foto: Outlet/* 13 times in 15;
    /// a name in lower case after a label is a person too (*Editor: eko
    /// darmoko*). Returns the line's end when it is one.
    fn credit_line(&self, words: &[Word], out: &mut Vec<Mention>) -> Option<usize> {
        const LABELS: &[&str] = &["rep", "red", "laporan", "reporter", "editor", "redaktur", "penulis", "pewarta", "foto", "fotografer"];
        let n = words.len();
        let sep = |k: usize| matches!(&*words[k].lower, "|" | "/");
        let labels: Vec<usize> = (0..n.saturating_sub(2))
            .filter(|&k| words[k + 1].lower == ":" && (k == 0 || sep(k - 1)) && LABELS.contains(&&*words[k].lower))
            .collect();
        let first = *labels.first()?;
        // before the first field only a date and time (*SELASA, 18 APRIL 2023 | 12:10 WIB |*)
        if !words[..first].iter().all(|w| w.allcaps || w.kind != TokenKind::Word || w.lower.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b':')) {
            return None;
        }
        let run = |from: usize| Self::cap_run(words, from);
        let mut found = Vec::new();
        for &k in &labels {
            let s = k + 2;
            let photo = words[k].lower.starts_with("foto");
            let mut e = run(s);
            if e == s && !photo {
                // a name written in lower case (*Editor: eko darmoko*), up to four
                // words, not an outlet's word (*Editor: radar*) nor a short code
                // (*Penulis: oda*): in corpus train and dev gold, 9 persons of 9
                while e < n && e < s + 4 && words[e].kind == TokenKind::Word && !words[e].cap && !self.lex.media_words.contains(&*words[e].lower) {
                    e += 1;
                }
                if e == s || words[s..e].iter().map(|w| w.lower.len()).sum::<usize>() < 4 {
                    continue;
                }
            }
            if photo {
                // *Foto: ANTARA/Muhammad Iqbal*: the outlet, then the photographer
                if e < n && words[e].lower == "/" {
                    let e2 = run(e + 1);
                    if e2 > e + 1 && (e2 == n || sep(e2)) {
                        found.push(Mention::new(words[s].start, words[e - 1].end, EntityLabel::Org, Evidence::Strong));
                        found.push(Mention::new(words[e + 1].start, words[e2 - 1].end, EntityLabel::Per, Evidence::Strong));
                    }
                }
            } else if e == n || sep(e) {
                found.push(Mention::new(words[s].start, words[e - 1].end, EntityLabel::Per, Evidence::Strong));
            }
        }
        if found.is_empty() {
            return None;
        }
        out.extend(found);
        Some(n)
    }

    /// A dateline (`JAKARTA, KOMPAS.com –`) or byline (`Laporan Wartawan X, Name`)
    /// at the paragraph start: its mentions and the index after it.
    fn dateline(&self, words: &[Word], out: &mut Vec<Mention>) -> usize {
        let n = words.len();
        // Byline.
        if n >= 3
            && words[0].lower == "laporan"
            && matches!(&*words[1].lower, "wartawan" | "reporter" | "kontributor" | "jurnalis")
        {
            let mut i = 2;
            let mut parts = Vec::new();
            while i < n {
                let s = i;
                while i < n && words[i].lower != "," && words[i].lower != ":" {
                    i += 1;
                }
                if i > s {
                    parts.push((s, i));
                }
                i += 1;
            }
            if parts.len() >= 2 {
                let (a, b) = parts[0];
                out.push(Mention::new(words[a].start, words[b - 1].end, EntityLabel::Org, Evidence::Strong));
                for &(a, b) in &parts[1..] {
                    if words[a..b].iter().all(|w| w.cap || w.lower == "." || w.kind == TokenKind::Punct) {
                        out.push(Mention::new(words[a].start, words[b - 1].end, EntityLabel::Per, Evidence::Strong));
                    }
                }
                return n;
            }
        }
        if let Some(end) = self.credit_line(words, out) {
            return end;
        }
        if n >= 2 && matches!(&*words[0].lower, "penulis" | "reporter" | "editor" | "oleh" | "pewarta") {
            let s = if words[1].lower == ":" { 2 } else { 1 };
            let e = Self::cap_run(words, s);
            if e > s && e == n {
                out.push(Mention::new(words[s].start, words[e - 1].end, EntityLabel::Per, Evidence::Strong));
                return n;
            }
        }
        // Dateline: capitalized parts separated by "," or brackets, then a dash.
        // The dash stands apart (`JAKARTA – …`), it is not a hyphen (`Yogya-Jakarta`).
        let Some(dash) = words
            .iter()
            .enumerate()
            .take(10)
            .position(|(k, w)| is_dash(&w.lower) && k > 0 && words[k - 1].end < w.start)
        else {
            return 0;
        };
        if dash == 0
            || !words[..dash].iter().all(|w| w.cap || matches!(&*w.lower, "," | "(" | ")" | "."))
            || !words[0].cap
        {
            return 0;
        }
        let mut parts = Vec::new();
        let mut i = 0;
        while i < dash {
            let s = i;
            while i < dash && words[i].cap {
                i += 1;
            }
            if i > s {
                parts.push((s, i));
            }
            i += 1;
        }
        if parts.is_empty() || parts.len() > 3 {
            return 0;
        }
        // A real dateline names a listed place or outlet, or is in capitals,
        // and no part starts with a common word (*Menurut Benny, Bibit - …*).
        let listed = |a: usize, b: usize| self.gaz.lookup(&self.text[words[a].start..words[b - 1].end]).is_some();
        let looks_right = parts.iter().any(|&(a, b)| {
            listed(a, b) || words[a..b].iter().all(|w| w.allcaps) || is_web_address(&words[a].lower)
        });
        // (the outlet in brackets after the city may open with a common word:
        // *JAKARTA (Pos Kota) –*; in corpus train and dev gold the bracketed part of
        // a dateline is the outlet, ORG, 37 times in 37)
        let bracketed = |a: usize, b: usize| a > 0 && words[a - 1].lower == "(" && words.get(b).is_some_and(|w| w.lower == ")");
        if !looks_right || parts.iter().any(|&(a, b)| self.is_common(&words[a]) && !words[a].allcaps && !bracketed(a, b)) {
            return 0;
        }
        let mut found = Vec::new();
        for (k, &(a, b)) in parts.iter().enumerate() {
            let (start, end) = (words[a].start, words[b - 1].end);
            let s = &self.text[start..end];
            let label = match self.gaz.lookup(s) {
                _ if k > 0 && bracketed(a, b) => EntityLabel::Org,
                Some(e) => e.label,
                None if s.contains('.') || s.ends_with("News") || s.ends_with("TV") => EntityLabel::Org,
                None if k == 0 => EntityLabel::Loc,
                None => EntityLabel::Org,
            };
            if self.lex.common.contains(&*words[a].lower) && b - a == 1 && self.gaz.lookup(s).is_none() && !bracketed(a, b) {
                return 0;
            }
            found.push(Mention::new(start, end, label, Evidence::Strong));
        }
        out.extend(found);
        dash + 1
    }

    /// A paragraph in capitals or title case (a headline, a caption, a
    /// credit line): its capitalized runs are no evidence of names.
    pub fn is_headline(&self, words: &[Word]) -> bool {
        // (a line ending like a sentence is read in full only when all capitals:
        // most paragraphs stop at the first checks)
        let word_count = words.iter().filter(|w| w.kind == TokenKind::Word).count();
        let caps = words.iter().filter(|w| w.allcaps && w.lower.chars().count() >= 3).count();
        if word_count >= 3 && caps * 10 >= word_count * 6 {
            return true;
        }
        // a line ending in a colon leads into what follows (*… menjelaskan:*): a sentence, not a headline
        let ends_like_sentence = words.last().is_some_and(|w| matches!(&*w.lower, "." | "!" | "?" | "”" | "\"" | ":"));
        // (headlines are short: in the corpus, of the lines mostly capitalized and
        // without a sentence's end, those over 20 words are photo captions full of
        // names and story paragraphs that lost their full stop)
        if ends_like_sentence || !(4..=20).contains(&word_count) || words.iter().filter(|w| w.cap).count() * 10 < word_count * 7 {
            return false;
        }
        // lower-case words other than function words: a title-case headline has
        // at most one (*… Diminta lebih Kritis*); a caption or a sentence that
        // lost its full stop has more (*… Budi Setiyadi, kepada wartawan di …*)
        let lower_content = words
            .iter()
            .filter(|w| w.kind == TokenKind::Word && !w.cap && w.lower.chars().count() >= 4 && !self.lex.stop.contains(&*w.lower))
            .count();
        lower_content < 2
    }

    /// All mentions in one paragraph; `headline`: [`Self::is_headline`] of its words.
    pub fn scan(&self, words: &mut [Word], headline: bool, out: &mut Vec<Mention>) {
        let n = words.len();
        let mut i = self.dateline(words, out);
        // (a dateline opens a story's first paragraph, never a headline, even one
        // that lost its full stop and is mostly names)
        let headline = i == 0 && headline;
        if let Some(w) = words.get_mut(i) {
            // The story starts after a dateline.
            w.sent_start = true;
        }
        // A month written in title case next to a day or a year is a date's
        // (*15 May 2010*, *04 - Jan - 2025*, *May 12, 2022*), not a name (*Theresa
        // May*, *Jan Ethes*). (After the headline check, which counts capitals.)
        for k in 0..n {
            if words[k].cap && !words[k].allcaps && self.lex.months.contains(&*words[k].lower) && number_beside(words, k) {
                words[k].cap = false;
            }
        }
        // A Balinese name's order or caste word after *I*/*Ni* is the name's, not
        // the listed name it also spells (*I Dewa Gede Bawa*: *Dewa* is a band).
        for k in 1..n {
            if matches!(&*words[k - 1].lower, "i" | "ni") && words[k - 1].cap && words[k].cap && self.lex.balinese.contains(&*words[k].lower) {
                words[k].hit = None;
            }
        }
        let words = &*words;
        let mut cue_per = false;
        // The last title read: where it ends, and whether it is a place office.
        let mut title: Option<(usize, bool)> = None;
        // A title and the capitalized office after it are still being read: a
        // name set off by a comma after them is the holder (*Kepala BPS,
        // Suryamin*, *Kepala Satpol PP Pemkab Bojonegoro, Kamidin*).
        let mut office_open = false;
        // a reporting verb then an unnamed source's description (*ungkap salah
        // seorang petugas SPBU*): a name set off by a comma after it is the source
        let mut described = false;
        // lower-case words still read as part of an office after a lower-case title
        let mut lower_office = 0usize;
        while i < n {
            let w = &words[i];
            // A tournament's group (*Grup A*, *juara Grup B*) is no organization:
            // no entity 19 times in 19 in corpus train, dev and kit dev gold.
            if matches!(&*w.lower, "grup" | "group") && words.get(i + 1).is_some_and(|x| x.cap && x.lower.chars().count() == 1 && x.kind == TokenKind::Word) {
                cue_per = false;
                i += 2;
                continue;
            }
            if w.kind == TokenKind::Punct {
                // (not a list inside an office's name: *Badan Meteorologi, Klimatologi dan Geofisika*)
                // (or after a reporting verb and an unnamed description: *ungkap salah
                // seorang petugas SPBU, Rohim kepada …*)
                cue_per = (office_open || described)
                    && w.lower == ","
                    && words.get(i + 1).is_some_and(|x| {
                        x.cap
                            && !x.allcaps
                            && x.hit.is_none()
                            && !self.is_common(x)
                            && !is_degree(&x.lower)
                            && !looks_derived(&x.lower)
                            && self.head_at(words, i + 1).is_none()
                    })
                    && words.get(i + 2).is_none_or(|x| !matches!(&*x.lower, "dan" | "&"));
                // … and the run between the title and that comma was the office's
                // place or organization, not a person (*peneliti senior Centropolis,
                // Suryono Herlambang*)
                if cue_per {
                    let text = self.text;
                    let lex = self.lex;
                    let unnamed = |m: &Mention| {
                        text[m.start..m.end].split(' ').all(|w| !lex.name_words.contains(lower_case(w).as_ref()))
                    };
                    if let Some(m) = out.last_mut().filter(|m| m.end == words[i - 1].end && m.label == EntityLabel::Per && unnamed(m)) {
                        if let Some(place) = m.after_title {
                            m.label = if place { EntityLabel::Loc } else { EntityLabel::Org };
                            m.after_title = None;
                        }
                    }
                }
                // the office's place may follow after a comma (*Camat Neglasari, Kabupaten Tangerang, Name*)
                described = false;
                office_open = office_open
                    && w.lower == ","
                    && words.get(i + 1).is_some_and(|x| {
                        x.hit.is_some_and(|(_, h)| h.entry.label == EntityLabel::Loc)
                            || self.head_at(words, i + 1).is_some_and(|(_, h)| h == Head::Loc)
                    });
                i += 1;
                continue;
            }
            // A title before a name: the name is a person (unless a place or a listed name).
            if let Some(j) = self.title_at(words, i) {
                let gaz_longer = w.hit.is_some_and(|(e, _)| e > j);
                if !gaz_longer && j < n && words[j].cap {
                    // An English title ending in *of* takes a department, never a
                    // person (*Head of Operations Grab*, *Head of Public Affairs*):
                    // its department words are the title's, and the organization
                    // and holder after them are read as after a title.
                    if words[j - 1].lower == "of" {
                        let mut e = j;
                        while e < n && e < j + 4 && words[e].cap && !words[e].sent_start && self.lex.departments.contains(&*words[e].lower) {
                            e += 1;
                        }
                        if e > j {
                            cue_per = true;
                            office_open = true;
                            title = Some((e, false));
                            i = e;
                            continue;
                        }
                    }
                    cue_per = true;
                    // A police unit's area (*Kapolres [LOC Metro Jakarta Timur]*, *Kapolda
                    // [LOC Metro Jaya]*): *Metro* and the capitalized words after it, up
                    // to a rank, title or punctuation, are one place, not the city Metro.
                    if words[j].lower == "metro" && (w.lower.starts_with("kapol") || w.lower.starts_with("wakapol")) {
                        let mut e = j + 1;
                        while e < n && words[e].cap && !words[e].sent_start && self.title_at(words, e).is_none() && e < j + 5 {
                            e += 1;
                        }
                        if e > j + 1 {
                            push_merged(self.text, out, Mention::new(words[j].start, words[e - 1].end, EntityLabel::Loc, Evidence::Strong));
                            title = Some((e, true));
                            office_open = true;
                            i = e;
                            continue;
                        }
                    }
                    // A listed place begun inside the title (*Wali [Kota Bandung]*):
                    // its rest is the place (*Wali Kota [LOC Bandung]*).
                    let inside = (i..j).find_map(|k| words[k].hit.filter(|(e, _)| *e > j));
                    if let Some((e, h)) = inside {
                        if h.entry.label == EntityLabel::Loc {
                            push_merged(self.text, out, Mention::new(words[j].start, words[e - 1].end, EntityLabel::Loc, Evidence::Strong));
                            // the office stays open for its holder (*Wali Kota Yogyakarta, Heroe Poerwadi*)
                            office_open = true;
                            i = e;
                            continue;
                        }
                    }
                    let office: Vec<&str> = words[i..j].iter().map(|x| Self::key(x)).filter(|k| !k.is_empty()).collect();
                    title = Some((j, self.lex.place_offices.contains(office.join(" ").as_str())));
                    // an honorific (*dr.*, *Hj.*, *Pak*) names no office
                    let abbreviated = words[j - 1].lower == "." && !words[j].sent_start;
                    // (nor does an academic or religious title, alone or several: *Dr*, *Prof Dr*,
                    // *KH*: the capitalized words after it are the name, not a portfolio)
                    office_open = !abbreviated && !office.iter().all(|k| self.lex.honorifics.contains(k));
                    i = j;
                    continue;
                }
                // a role and its field in lower case (*Pengamat pariwisata Universitas X, Name*)
                if j > i && j < n && w.hit.is_none() && words[j].kind == TokenKind::Word && !words[j].cap {
                    office_open = true;
                    lower_office = 2;
                    cue_per = false;
                    i = j;
                    continue;
                }
                // a title of several words with no name after it is no name either
                // (*diakui Menko Polhukam, ia …*: *Polhukam* is no person)
                if j > i + 1 && w.hit.is_none() && words[i + 1..j].iter().all(|x| x.hit.is_none()) {
                    cue_per = false;
                    i = j;
                    continue;
                }
            }
            // A caption's closing photo credit, outlet in capitals then photographer
            // (*… 2015. TEMPO/Johannes P. Christo*, *(ANTARA/Nur Imansyah)*): the outlet is
            // an organization. In corpus train and dev gold, 28 of 28 such credits are
            // (not the end of a longer capitalized name: *KALTIM POST/Jawa Pos Group*).
            if w.allcaps && w.lower.len() >= 4 && w.lower != "foto" && w.hit.is_none_or(|(_, h)| h.entry.label == EntityLabel::Org) && !(i > 0 && words[i - 1].allcaps) {
                let glued = |k: usize| words.get(k).is_some_and(|x| x.start == words[k - 1].end);
                if words.get(i + 1).is_some_and(|x| x.lower == "/") && glued(i + 1) && glued(i + 2) && words[i + 2].cap && !words[i + 2].allcaps {
                    let e = Self::cap_run(words, i + 2);
                    let closes = words[e..].iter().all(|x| matches!(&*x.lower, ")" | "."));
                    if closes {
                        push_merged(self.text, out, Mention::new(w.start, w.end, EntityLabel::Org, Evidence::Strong));
                        out.push(Mention::new(words[i + 2].start, words[e - 1].end, EntityLabel::Per, Evidence::Strong));
                        i = e;
                        continue;
                    }
                }
            }
            if w.kind == TokenKind::Word && w.hit.is_none() && is_web_address(&w.lower) {
                // A web address standing for its owner (*situs www.menpan.go.id*).
                push_merged(self.text, out, Mention::new(w.start, w.end, EntityLabel::Org, Evidence::Strong));
                i += 1;
                continue;
            }
            if w.kind == TokenKind::Word && w.hit.is_none() && !w.cap && is_camel_brand(&self.text[w.start..w.end]) {
                push_merged(self.text, out, Mention::new(w.start, w.end, EntityLabel::Org, Evidence::Weak));
                i += 1;
                continue;
            }
            // a degree after a comma or right after a name never starts one (*Wisnu SpPD*)
            let after_person = out.last().is_some_and(|m| {
                m.label == EntityLabel::Per && i > 0 && m.end == words[i - 1].end && words[i - 1].kind == TokenKind::Word
            });
            // (nor one after another degree: *Sitorus SH M.Kn*)
            let after_degree = i > 0 && words[i - 1].cap && is_degree_abbreviation(&words[i - 1].lower);
            if i > 0 && (words[i - 1].lower == "," || after_person || after_degree) && is_degree(&w.lower) {
                i += 1;
                continue;
            }
            // Initials with an age in brackets (*AA (34)*, *P (23)*) stand for a person:
            // 19 of 19 in corpus train and dev gold. So do initials right after a word
            // for a suspect, defendant, culprit or victim (*tersangka DS*; 5 of 5 there
            // that are no roman numeral and not followed by a name: *terdakwa II*,
            // *terdakwa OC Kaligis*).
            let initials_like = |x: &Word| {
                x.kind == TokenKind::Word
                    && (1..=4).contains(&x.lower.len())
                    && self.text[x.start..x.end].bytes().all(|b| b.is_ascii_uppercase())
                    && !is_roman(&x.lower)
            };
            let aged = initials_like(w)
                && words.get(i + 1).is_some_and(|x| x.lower == "(")
                && words.get(i + 2).is_some_and(|x| x.kind == TokenKind::Number && x.lower.len() <= 2)
                && words.get(i + 3).is_some_and(|x| x.lower == ")");
            let after_party = i > 0
                && matches!(&*words[i - 1].lower, "tersangka" | "terdakwa" | "terpidana" | "pelaku" | "korban")
                && initials_like(w)
                && w.lower.len() >= 2
                && w.hit.is_none()
                && !words.get(i + 1).is_some_and(|x| x.cap);
            if aged || after_party {
                push_merged(self.text, out, Mention::new(w.start, w.end, EntityLabel::Per, Evidence::Strong));
                cue_per = false;
                i += 1;
                continue;
            }
            if matches!(&*w.lower, "berinisial" | "inisial" | "inisialnya") {
                // Initials that stand for a person's name (*berinisial AS dan RH*) are
                // that person (in corpus train/dev gold, 6 of 8 are PER), even when they
                // spell a listed acronym or country.
                i += 1;
                while i < n && (words[i].allcaps || matches!(&*words[i].lower, "dan" | "," | "." | "serta")) {
                    let x = &words[i];
                    if x.allcaps && x.kind == TokenKind::Word && (1..=4).contains(&x.lower.chars().count()) {
                        push_merged(self.text, out, Mention::new(x.start, x.end, EntityLabel::Per, Evidence::Strong));
                    }
                    i += 1;
                }
                cue_per = false;
                continue;
            }
            // *Menurut X,*: in the NER training splits a capitalized run after
            // *menurut* is a person 49 times in 61 (an organization 4).
            if w.lower == "menurut" && w.hit.is_none() {
                cue_per = true;
                i += 1;
                continue;
            }
            if !w.cap && w.hit.is_none() {
                // a lower-case role and its field (*pengamat pariwisata Universitas X, Name*)
                let field = lower_office > 0 && !is_place_preposition(&w.lower) && w.lists & lists::VERB == 0 && w.lower != "yang";
                lower_office = lower_office.saturating_sub(1);
                office_open &= field || matches!(&*w.lower, "dan" | "&");
                if w.lists & (lists::VERB | lists::PASSIVE_CUE) != 0 {
                    cue_per = true;
                    described = matches!(words.get(i + 1).map(|x| &*x.lower), Some("salah" | "seorang" | "sejumlah" | "beberapa"));
                } else if !matches!(&*w.lower, "dan" | "bin" | "binti") {
                    cue_per = false;
                }
                i += 1;
                continue;
            }
            // A law or bill and its name (*RUU Cipta Kerja*, *UU ITE*): the
            // guidelines annotate no law, and the capitalized words after the
            // word that opens it are its name (*RUU PKS* is a bill, not the party),
            // up to a listed place, whose regulation it is (*Perda [Kabupaten Kupang]*).
            if w.cap && self.lex.laws.contains(&self.text[w.start..w.end]) {
                let mut j = i + 1;
                while j < n
                    && j < i + 7
                    && !words[j].sent_start
                    && (words[j].cap || words[j].kind == TokenKind::Number)
                    && words[j].hit.is_none_or(|(_, h)| h.entry.label != EntityLabel::Loc)
                {
                    j += 1;
                }
                cue_per = false;
                i = j;
                continue;
            }
            // A head word with a name after it.
            let head = self.head_at(words, i).map(|(j, h)| (j, h, self.extend(words, j, h)));
            let hit_end = w.hit.map(|(e, _)| e);
            let one_word_org = head.is_none()
                && w.hit.is_none()
                && self.lex.org_prefixes.iter().any(|p| w.lower.starts_with(p.as_str()) && w.lower.len() > p.len() + 1)
                // (not a common word the prefix happens to open: *Kemenangan*, victory)
                && !self.lex.common.contains(&*w.lower);
            if one_word_org {
                let end = self.extend(words, i + 1, Head::Org);
                self.push_with_acronym(words, i, end, EntityLabel::Org, Evidence::Strong, out);
                i = end;
                continue;
            }
            if let Some((hj, kind, end)) = head {
                // A listed name running past a place head wins (*Gedung Putih*,
                // *Kota Bandung*); an organization head keeps the longer name
                // (*PT Telkom Indonesia (Persero) Tbk* over *PT Telkom*).
                // (not in a headline, where every word is capitalized: *Komnas HAM
                // Apresiasi Aspirasi Publik*)
                let head_wins = match kind {
                    Head::Org | Head::Edu | Head::Site | Head::Office => hit_end.is_none_or(|e| e < end && !headline),
                    Head::Loc | Head::Hq => hit_end.is_none_or(|e| e < end && e <= hj),
                };
                if end > hj && head_wins {
                    let label = match kind {
                        Head::Site if i > 0 && is_place_preposition(&words[i - 1].lower) => EntityLabel::Loc,
                        Head::Org | Head::Edu | Head::Site | Head::Office => EntityLabel::Org,
                        Head::Loc | Head::Hq => EntityLabel::Loc,
                    };
                    // After a title, the organization is the office and its holder's
                    // name ends the run (*Ketua Badan Pengawas Pemilu [PER Abhan]*).
                    let holder = (cue_per && kind == Head::Org).then(|| self.holder_at_end(words, hj, end)).flatten();
                    if let Some(k) = holder {
                        self.push_with_acronym(words, i, k, label, Evidence::Strong, out);
                        let m = Mention::new(words[k].start, words[end - 1].end, EntityLabel::Per, Evidence::Strong);
                        push_merged(self.text, out, m);
                        cue_per = false;
                    } else {
                        self.push_with_acronym(words, i, end, label, Evidence::Strong, out);
                    }
                    i = end;
                    continue;
                }
            }
            if let Some((end, hit)) = w.hit {
                let single_common = end == i + 1 && self.is_common(w);
                let weak = hit.entry.source != Source::Curated;
                let district_start = hit.entry.source == Source::District && w.sent_start;
                // A district or corpus place glued to other capitalized words is
                // part of a longer unknown name (*Bruno Mars*); a title just before
                // is no such word (*Peneliti ICW dan …*).
                let after_title = title.is_some_and(|(t, _)| t == i);
                let glued = weak
                    && hit.entry.label != EntityLabel::Per
                    && (words.get(end).is_some_and(|x| {
                        x.cap && !x.sent_start && x.hit.is_none_or(|(_, h)| h.entry.source != Source::Curated)
                    })
                        || (i > 0 && words[i - 1].cap && !w.sent_start && !after_title));
                // *Wali Kota Bogor Bima Arya*: after the office's place, a one-word place
                // glued to an unknown name word opens the holder's name (not after an
                // organization: *KPU Sulut Ardiles Mewoh* names its branch)
                let holder = cue_per
                    && end == i + 1
                    && hit.entry.label == EntityLabel::Loc
                    && i > 0
                    && out.last().is_some_and(|m| m.label == EntityLabel::Loc && m.end == words[i - 1].end)
                    && words.get(end).is_some_and(|x| x.cap && !x.allcaps && x.hit.is_none() && !self.is_common(x));
                // (a listed name alone in brackets is a name wherever the sentence starts:
                // the credit *(ANTARA)* closing a paragraph)
                let bracketed = i > 0 && words[i - 1].lower == "(" && words.get(end).is_some_and(|x| x.lower == ")");
                let sentence_start = w.sent_start && !bracketed;
                if !(single_common && (sentence_start || weak) || headline && weak || district_start || glued || holder) {
                    let mut label = hit.entry.label;
                    if hit.entry.building && i > 0 && is_place_preposition(&words[i - 1].lower) {
                        label = EntityLabel::Loc;
                    }
                    // A one-word place right after a verb of saying written after the
                    // quote (*kata Bima.*, *ujar Bima,*) is the person named so: in the
                    // corpus's train and dev gold, the capitalized word after such a
                    // verb is a person 196 times, an organization 2, a place never.
                    let said_by = label == EntityLabel::Loc
                        && end == i + 1
                        && i > 0
                        && words[i - 1].lists & lists::VERB != 0
                        && is_bare_saying_verb(&words[i - 1].lower)
                        && words.get(end).is_none_or(|x| !x.cap);
                    if said_by {
                        label = EntityLabel::Per;
                    }
                    let ev = if weak && !said_by { Evidence::Weak } else { Evidence::Strong };
                    // A corpus person name after a title is certain.
                    let ev = if cue_per && label == EntityLabel::Per { Evidence::Strong } else { ev };
                    let mut end = end;
                    // A capitalized common word right after a listed person name, before
                    // punctuation, is a surname (*Airlangga Pribadi,*).
                    if label == EntityLabel::Per
                        && words.get(end).is_some_and(|x| {
                            x.cap && !x.sent_start && x.hit.is_none() && !self.lex.stop.contains(&*x.lower)
                                && self.title_at(words, end).is_none() && self.head_at(words, end).is_none()
                        })
                        && words.get(end + 1).is_none_or(|x| x.kind == TokenKind::Punct)
                    {
                        end += 1;
                    }
                    // Name particles carry a listed person name on (*Abdul Wahid bin Ahmad*).
                    while label == EntityLabel::Per
                        && words.get(end).is_some_and(|p| matches!(&*p.lower, "bin" | "binti"))
                        && words.get(end + 1).is_some_and(|x| x.cap)
                    {
                        end += 2;
                    }
                    // A listed organization and a listed place right after it are one
                    // name: a regional branch (*Golkar Makassar*, *Persib Bandung*).
                    if label == EntityLabel::Org && !hit.entry.building && !weak {
                        if let Some((e2, h2)) = words.get(end).and_then(|x| x.hit) {
                            if h2.entry.label == EntityLabel::Loc && h2.entry.source == Source::Curated && !words[end].sent_start {
                                end = e2;
                            }
                        }
                    }
                    self.push_with_acronym(words, i, end, label, ev, out);
                    if label != EntityLabel::Loc && label != EntityLabel::Org {
                        cue_per = false;
                    }
                    i = end;
                    continue;
                }
            }
            // An unknown run of capitalized words.
            let run_start = i;
            let mut j = i;
            while j < n && j - i < MAX_NAME_WORDS {
                let v = &words[j];
                if v.cap && is_degree(&v.lower) && j > i {
                    break;
                }
                if v.cap {
                    // Initials without dots between a person-name word and the rest of
                    // the name (*Muhammad AS Hikam*, *Bambang PS Brodjonegoro*), even
                    // when they spell a listed acronym.
                    let middle_initials = j > i
                        && v.allcaps
                        && v.lower.chars().count() <= 3
                        && self.lex.name_words.contains(&*words[j - 1].lower)
                        && words.get(j + 1).is_some_and(|x| {
                            x.cap && !x.allcaps && !x.sent_start && x.hit.is_none_or(|(_, h)| h.entry.label == EntityLabel::Per)
                        });
                    if middle_initials {
                        j += 1;
                        continue;
                    }
                    let per_hit = v.hit.is_some_and(|(_, h)| h.entry.label == EntityLabel::Per);
                    if j > i && ((v.hit.is_some() && !per_hit) || v.sent_start) {
                        break;
                    }
                    let name_word = j > i && is_kinship_name_word(&v.lower) && !v.allcaps;
                    if j > i && !name_word && (self.title_at(words, j).is_some_and(|e| e < n && words[e].cap && e > j)
                        || self.head_at(words, j).is_some_and(|(e, h)| self.extend(words, e, h) > e))
                    {
                        break;
                    }
                    if Self::is_initial(words, j) {
                        j += 2;
                        continue;
                    }
                    j += 1;
                    continue;
                }
                if j > i
                    && matches!(&*v.lower, "bin" | "binti" | "van" | "de" | "der" | "von" | "al" | "el" | "da")
                    && words.get(j + 1).is_some_and(|x| x.cap && x.hit.is_none_or(|(_, h)| h.entry.label == EntityLabel::Per))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            let mut s = i;
            // A company suffix opening a run with a name after it closes the
            // company before it (*PT … Tbk Amam Sukriyanto*): it joins that
            // company, and the name starts after it.
            while j - s > 1 && self.lex.suffixes.contains(&*words[s].lower) {
                if let Some(prev) = out.last_mut().filter(|m| m.label == EntityLabel::Org && self.text[m.end..words[s].start].trim().is_empty()) {
                    prev.end = words[s].end;
                }
                s += 1;
            }
            // Leading common words are not part of a name (*Sementara*, *Pemuda dan Olahraga* …).
            // After a title they are a portfolio or office (*Menteri Pekerjaan Umum*).
            // But a common word set off after a comma, mid-sentence, that the article
            // never writes in lower case, opens the name before a proper name
            // (*Asisten pelatih Timnas Uzbekistan, Timur Kapadze, …*).
            let opens_name = j - i >= 2
                && i > 0
                && words[i - 1].lower == ","
                && !words[i].sent_start
                && self.is_common(&words[i])
                && self.lex.titles.longest(&[&*words[i].lower]).is_none()
                && !self.written_lower(&words[i].lower)
                && !self.is_common(&words[i + 1]);
            // A derived word right after a title is its portfolio when a name
            // follows it (*Menteri Perindustrian Agus*); before more common words
            // it opens an office (*Kepala Bagian Penerangan Umum Divhumas*).
            let portfolio = |k: usize| {
                k == i
                    && cue_per
                    && looks_derived(&words[k].lower)
                    && !self.lex.name_words.contains(&*words[k].lower)
                    && words.get(k + 1).is_some_and(|x| k + 1 < j && !self.is_common(x) && !looks_derived(&x.lower) && !is_agentive(&x.lower))
            };
            // A word coordinated with another by *dan* right after a title, before an
            // office or a common word, is the first of a two-word portfolio (*Direktur
            // Jenderal Mineral dan Batubara Kementerian …*, *Direktur Medik dan Keperawatan
            // RSHS*): no name. (After *dan* a title or a word closing the sentence, it is
            // a person: *Presiden Jokowi dan Ketua DPRD*, *PM Li dan Jokowi memang*; in
            // corpus train gold 11 such words were read as people, none is one.)
            let conjunct_before = |k: usize| {
                words.get(k).is_some_and(|w| w.cap && w.hit.is_none() && !self.lex.name_words.contains(&*w.lower))
                    && words.get(k + 1).is_some_and(|d| matches!(&*d.lower, "dan" | "&"))
                    && words.get(k + 2).is_some_and(|x| x.cap && !x.sent_start && self.title_at(words, k + 2).is_none())
                    // (an office or a common word after the pair: not a person's name, *Bima
                    // Sakti dan Andik Vermansah*, nor a comma, *tersangka Ale dan Boyo,*)
                    && words.get(k + 3).is_some_and(|x| x.cap && !x.sent_start && (x.allcaps || self.is_common(x) || self.head_at(words, k + 3).is_some()))
            };
            let first_conjunct = |k: usize| k == i && j == i + 1 && cue_per && office_open && conjunct_before(k);
            while s < j
                && (self.is_common(&words[s]) || portfolio(s) || first_conjunct(s))
                && !(opens_name && s == i)
                // (an initial is no common word: *A. Busyro Karim*, not *. Busyro Karim*;
                // nor is one capital letter before the name, *Kombes M Anwar*, though
                // *m* is the metre)
                && !Self::is_initial(words, s)
                && !(lone_initial(&words[s]) && s + 1 < j)
                && self.particle_at(words, s).is_none_or(|k| k >= j)
            {
                s += 1;
            }
            // A portfolio of two coordinated words after a title (*Menteri Komunikasi
            // dan Informatika Rudiantara*, *Menteri Kelautan dan Perikanan Susi*):
            // the word after *dan* closes the portfolio, the name follows it.
            let second_conjunct = cue_per
                && office_open
                && s == i
                // (the name follows, or the portfolio's contracted form in brackets:
                // *Menteri Komunikasi dan Informatika (Menkominfo) Budi*, or a comma:
                // *Kepala Bagian Hukum dan Humas, Rumah Sakit …, Banu*)
                && (j - s >= 2
                    || words.get(j).is_some_and(|x| matches!(&*x.lower, "(" | ","))
                    || self.head_at(words, j).is_some())
                && i >= 2
                && matches!(&*words[i - 1].lower, "dan" | "&")
                && words[i - 2].cap
                && (self.is_common(&words[i - 2]) || looks_derived(&words[i - 2].lower) || conjunct_before(i - 2))
                && words[s].hit.is_none()
                && !self.lex.name_words.contains(&*words[s].lower)
                && self.particle_at(words, s).is_none();
            if second_conjunct {
                s += 1;
            }
            // A sentence's first word is capitalized by position only: one the article
            // writes in lower case elsewhere opens no name (*Tindakan Imam Nahrawi …*).
            if s == i && j - s >= 3 && words[s].sent_start && words[s].hit.is_none() && self.written_lower(&words[s].lower) {
                s += 1;
            }
            // Trailing common words are not part of a name (*… Kirby Selasa*), nor
            // degrees written in capitals without dots (*Azhari MD MM*, *Thaher SH*).
            let mut e = j;
            // (a common word the article never writes in lower case, right before a
            // reporting verb, ends the name: *Tubagus Utama mengatakan*)
            let before_verb = words.get(j).is_some_and(|x| x.lists & lists::VERB != 0);
            let last_before_verb = |k: usize| {
                k == j && before_verb && !self.lex.stop.contains(&*words[k - 1].lower) && !self.written_lower(&words[k - 1].lower)
            };
            // (the given name after a Balinese order or caste word is the person's
            // own, a common word too: *I Nyoman Bawa*, *I Dewa Gede Bawa*)
            let after_balinese = |e: usize| e >= s + 2 && self.lex.balinese.contains(&*words[e - 2].lower);
            while e > s
                && e - s > 1
                && !after_balinese(e)
                && ((self.is_common(&words[e - 1])
                    && !self.lex.suffixes.contains(&*words[e - 1].lower)
                    && !is_kinship_name_word(&words[e - 1].lower)
                    && !last_before_verb(e))
                    || (words[e - 1].allcaps && is_degree_abbreviation(&words[e - 1].lower)))
            {
                e -= 1;
            }
            i = j.max(i + 1);
            if s >= e || headline {
                continue;
            }
            // `DKPP Jimly Asshiddiqie`: a leading acronym before a proper name is its organization.
            // Two unlisted capitals are a person's initials (`OC Kaligis`, `MS Hidayat`): in the
            // NER training splits a two-letter acronym before a name is a separate organization
            // twice (both listed: *RI*, *BK*) and the person's first part 12 times.
            let initials = two_capitals(&words[s]) || Self::is_initial(words, s);
            if e - s >= 2 && words[s].allcaps && !words[s + 1].allcaps && !initials {
                let k = push_merged(self.text, out, Mention::new(words[s].start, words[s].end, EntityLabel::Org, Evidence::Weak));
                self.acronym_after(words, k, s + 1, out);
                s += 1;
            }
            // `Recording Academy Neil Portnow`: an organization tail word ends an ORG.
            if let Some(k) = (s..e).find(|&k| self.lex.org_tails.contains(&*words[k].lower)) {
                if k > s {
                    let m = Mention::new(words[s].start, words[k].end, EntityLabel::Org, Evidence::Weak);
                    let at = push_merged(self.text, out, m);
                    self.acronym_after(words, at, k + 1, out);
                    s = k + 1;
                    if s >= e {
                        continue;
                    }
                }
            }
            // After a title, an office name may still precede the person
            // (*Menteri ESDM … Mineral Jero Wacik*): start at the first name word
            // when none came before it.
            if cue_per && e - s >= 3 && office_open {
                if let Some(mut k) = (s..e).find(|&k| self.lex.name_words.contains(&*words[k].lower) || self.particle_at(words, k).is_some_and(|x| x < e)) {
                    // (right after the office's named organization or place the whole
                    // run is the name: unknown words before the name word are its first
                    // words, *Kemendagri* | *Mochamad Ardian Noervianto*)
                    let after_named = s == run_start
                        && out.last().is_some_and(|m| m.label != EntityLabel::Per && self.text[m.end..words[s].start].trim().is_empty());
                    while after_named && k > s && {
                        let w = &words[k - 1];
                        !w.allcaps && w.hit.is_none() && (!self.is_common(w) || w.lower.chars().count() == 1) && !looks_derived(&w.lower) && self.head_at(words, k - 1).is_none()
                    } {
                        k -= 1;
                    }
                    // (initials right before the name word are its own: two unlisted
                    // capitals, *Inspektur Jenderal RZ Panca Putra Simanjuntak*, or one
                    // letter with or without its dot, *Kombes M Anwar Reksowidjojo*,
                    // *Wakil Presiden M. Jusuf Kalla*)
                    if k > s && ((words[k - 1].allcaps && two_capitals(&words[k - 1])) || lone_initial(&words[k - 1])) {
                        k -= 1;
                    } else if k >= s + 2 && Self::is_initial(words, k - 2) {
                        k -= 2;
                    }
                    if k > s {
                        s = k;
                    }
                }
            }
            // An English name joined by *of*/*for* (*Center of Reform on Economics*,
            // *Institute for Development …*) is never a person: in the NER training
            // splits, none of the 68 capitalized X of/for Y is. It is an organization
            // when one of its words ends such names (*Institute*, *Bank*), else no mention.
            if e == j && j + 1 < n && matches!(&*words[j].lower, "of" | "for") && words[j + 1].cap && !words[j + 1].sent_start {
                let mut k = j + 1;
                while k < n
                    && k < j + MAX_NAME_WORDS
                    && !words[k].sent_start
                    && (words[k].cap || (matches!(&*words[k].lower, "of" | "for" | "on" | "and" | "the" | "in" | "&") && words.get(k + 1).is_some_and(|x| x.cap)))
                {
                    k += 1;
                }
                let org = words[s..k].iter().any(|w| self.lex.suffixes.contains(&*w.lower) || self.lex.org_tails.contains(&*w.lower));
                if org {
                    self.push_with_acronym(words, s, k, EntityLabel::Org, Evidence::Weak, out);
                } else if let Some(h) = (j + 1..k).find(|&x| words[x].hit.is_some()) {
                    // (a listed name in it is read on its own: *Queen of Pop [LOC Indonesia]*)
                    k = h;
                }
                i = k;
                cue_per = false;
                continue;
            }
            let run = &words[s..e];
            if run.iter().all(|w| w.lower.chars().count() == 1) {
                continue;
            }
            // capitals right after a number are its unit, not initials (*6,3 SR*, *7 SR*)
            // (a short one, not after a year: *… Maritim 2020 UNCTAD*)
            if run.len() == 1
                && run[0].allcaps
                && run[0].lower.len() <= 3
                && run[0].hit.is_none()
                && s > 0
                && words[s - 1].kind == TokenKind::Number
                && words[s - 1].lower.len() != 4
            {
                continue;
            }
            // a head word alone names nothing, even one that is also a given name
            // (*Tim gabungan …*, *Tim pelatih …*)
            // (after a place preposition a head alone is the place: *di Mapolda*, *ke
            // Polda*; capitals may be initials: *RS*)
            if run.len() == 1
                && run[0].hit.is_none()
                && !run[0].allcaps
                && self.head_at(words, s).is_some()
                && words.get(e).is_none_or(|x| !x.cap)
                && !(s > 0 && is_place_preposition(&words[s - 1].lower))
            {
                continue;
            }
            // an office's words with no name in them (*Direktur Jenderal Pencegahan dan Pengendalian*)
            if office_open && run.iter().all(|w| self.is_common(w) || looks_derived(&w.lower)) {
                continue;
            }
            if run.len() > 1 && self.lex.loc_tails.contains(&*run[run.len() - 1].lower) {
                out.push(Mention::new(run[0].start, run[run.len() - 1].end, EntityLabel::Loc, Evidence::Weak));
                continue;
            }
            if run.iter().any(|w| self.lex.not_name.contains(&*w.lower)) && !cue_per {
                continue;
            }
            let (start, end) = (run[0].start, run[run.len() - 1].end);
            let prev = run_start.checked_sub(1).map(|p| &*words[p].lower).unwrap_or("");
            let next = words.get(j).map(|w| &*w.lower).unwrap_or("");
            let is_acronym = run.len() == 1 && run[0].allcaps;
            // *dari* ("from") says little of one unknown word: in corpus train, dev and
            // kit dev gold such a word is a place 9 times in 41 (*dari Sigli*), else an
            // organization, a person or no name (*dari Banggar*, *dari Magister*)
            let lone_after_dari = prev == "dari" && run.len() == 1;
            // `di Kampung Pulo, Jatinegara, Jakarta Timur`: a run between commas
            // right after a place is the next place of the list.
            let in_place_list = prev == ","
                && out.last().is_some_and(|m| m.label == EntityLabel::Loc && m.end == words[run_start - 1].start)
                && matches!(next, "," | "." | "");
            // `Warga Desa Baumata, Yohanis Seran, mengatakan …`, `Herfi Hervian,
            // guru di sekolah korban, mengatakan …`: a run followed by a comma, an
            // optional appositive (up to 20 words: *Nirwono Joga, peneliti dari Pusat
            // Studi Perkotaan Universitas Trisakti, mengatakan*) and a comma before a
            // reporting verb is the one speaking, a person.
            let speaking_apposition = next == ","
                && (j..(j + 20).min(n.saturating_sub(1)))
                    .take_while(|&k| !matches!(&*words[k].lower, "." | "!" | "?"))
                    .any(|k| words[k].lower == "," && words[k + 1].lists & lists::VERB != 0);
            // a role in lower case: a title word, an agentive peN- noun, *seorang*,
            // *salah (satu)*, *warga*
            // (`Mamad, petani lainnya di Sarolangun mengaku …`, `Asmadin, salah seorang WNI
            // yang dideportasi mengaku …`: set off by a comma before such a role, then a
            // reporting verb in the same sentence, the run is the one speaking)
            let role_word = |r: &Word| {
                !r.cap
                    && r.kind == TokenKind::Word
                    && (self.lex.titles.longest(&[&*r.lower]).is_some_and(|(n, ())| n == 1)
                        || matches!(&*r.lower, "seorang" | "salah" | "warga")
                        || is_agentive(&r.lower))
            };
            // (not after a place preposition: *di Malacanang, ibu kota Manila, Duterte …*)
            let speaking_role = next == ","
                && !is_place_preposition(prev)
                && words.get(j + 1).is_some_and(role_word)
                && !(words[j + 1].lower == "ibu" && words.get(j + 2).is_some_and(|x| x.lower == "kota"))
                && (j + 2..(j + 20).min(n))
                    .take_while(|&k| !matches!(&*words[k].lower, "." | "!" | "?" | "\"" | "“" | "”"))
                    .any(|k| words[k].lists & lists::VERB != 0);
            // `Sapari Wiyono dari Balai Penyelidikan … BPPTK mengatakan …`: a run, then
            // *dari* and an organization's capitalized name, then a reporting verb, is
            // the one speaking for it
            let speaking_for = next == "dari" && {
                let mut k = j + 1;
                while k < n && k < j + 14 && (words[k].cap || matches!(&*words[k].lower, "dan" | "&")) {
                    k += 1;
                }
                k > j + 1 && k < n && words[k - 1].cap && words[k].lists & lists::VERB != 0
            };
            // `Salah satunya adalah Eno, pengguna sepeda motor …`, `Sementara itu Yono,
            // penjaga SPBU …`: a word after a copula or *itu*, set off by a comma before a
            // role in lower case (a title word, an agentive peN- noun, *seorang*, *salah
            // satu*, *warga*), is the person the role describes.
            let role_apposition = next == ","
                && !words[run_start].sent_start
                && matches!(prev, "adalah" | "ialah" | "yakni" | "yaitu" | "itu" | "satunya" | "seperti" | "termasuk" | ",")
                && words.get(j + 1).is_some_and(role_word);
            // `Sarman Simanjorang, Ketua Dewan Pengurus …`: a run of two words or more
            // set off by a comma before a capitalized title is the person holding it
            let title_apposition = next == ","
                && run.len() >= 2
                && words.get(j + 1).is_some_and(|t| t.cap && !t.allcaps)
                && self.title_at(words, j + 1).is_some_and(|e| e > j + 1);
            // (also set off by a comma after a place office: *Kapolsek Metro Pondok Aren,
            // Komisaris Bachtiar Alponso*)
            let rank_at = |k: usize| self.title_at(words, k).is_some_and(|t| t < n && t > k && words[t].cap);
            let office_place = cue_per
                && title.is_some_and(|(t, place)| t == run_start && (rank_at(j) || (place && next == "," && rank_at(j + 1))))
                && !is_acronym;
            // `Rosita (45), warga …`: a run with an age in brackets after it is a person
            // (75 of 82 such runs in corpus train and dev gold; the 7 others are listed
            // places with counts, *Bengkalis (33)*, read as places before this point).
            let aged = next == "("
                && words.get(j + 1).is_some_and(|x| x.kind == TokenKind::Number && x.lower.len() <= 2)
                && words.get(j + 2).is_some_and(|x| x.lower == ")");
            let (label, ev) = if self.lex.suffixes.contains(&*run[run.len() - 1].lower) && run.len() > 1 {
                (EntityLabel::Org, Evidence::Strong)
            } else if office_place {
                // `Kapolsek Cibinong AKP Sutrisno`: between a title and a rank is the place of office.
                (EntityLabel::Loc, Evidence::Weak)
            } else if !is_acronym && (cue_per || self.lex.verbs.contains(next) || next == "mengaku" || speaking_apposition || speaking_for || aged || speaking_role) {
                (EntityLabel::Per, Evidence::Strong)
            } else if run.iter().any(|w| self.lex.name_words.contains(&*w.lower)) {
                (EntityLabel::Per, Evidence::Weak)
            } else if ((self.lex.loc_cues.contains(prev) && !lone_after_dari) || in_place_list) && !is_acronym {
                (EntityLabel::Loc, Evidence::Weak)
            } else if (role_apposition || title_apposition) && !is_acronym {
                (EntityLabel::Per, Evidence::Weak)
            } else if is_acronym
                && (self.lex.verbs.contains(next) || (next == "justru" && words.get(j + 1).is_some_and(|x| self.lex.verbs.contains(&*x.lower))))
                && (words[s].sent_start || (self.lex.stop.contains(prev) && !matches!(prev, "para" | "kaum")))
            {
                // `ICW menilai …`, `… setelah MSCI mengumumkan …`: an unlisted acronym as the
                // subject of a reporting verb speaks for an organization (in corpus train and
                // dev gold, 4 of 4 such acronyms at a sentence's start or after a function
                // word are; after a noun or title they are part of a role: *petugas SPBU*).
                (EntityLabel::Org, Evidence::Weak)
            } else if is_acronym {
                (EntityLabel::Org, Evidence::Guess)
            } else if run.iter().any(|w| looks_derived(&w.lower) && !self.lex.name_words.contains(&*w.lower)) {
                // No cue, and a word of the run is a derived common word
                // (*Pencinta Kebersihan*): not a person; no mention.
                continue;
            } else {
                (EntityLabel::Per, Evidence::Guess)
            };
            let mut m = Mention::new(start, end, label, ev);
            m.sentence_initial = ev == Evidence::Guess && words[s].sent_start;
            if label == EntityLabel::Per && cue_per {
                m.after_title = title.filter(|&(t, _)| t == run_start).map(|(_, place)| place);
            }
            let k = push_merged(self.text, out, m);
            self.acronym_after(words, k, e, out);
            if label != EntityLabel::Per {
                cue_per = false;
            }
        }
    }

    fn push_with_acronym(&self, words: &[Word], a: usize, b: usize, label: EntityLabel, ev: Evidence, out: &mut Vec<Mention>) {
        let k = push_merged(self.text, out, Mention::new(words[a].start, words[b - 1].end, label, ev));
        self.acronym_after(words, k, b, out);
    }

    /// `Name (ACR)`: the bracketed acronym is a mention of the same entity.
    /// An organization's short form may be two words (*Dewan Perwakilan
    /// Rakyat Republik Indonesia (DPR RI)*, *Komisi Nasional Hak Asasi Manusia
    /// (Komnas HAM)*, *Pemerintah Kabupaten Kutai Kartanegara (Pemkab
    /// Kukar)*) when it opens with the name's first letter (in corpus train
    /// gold, 37 organizations are followed by a bracketed two-word
    /// organization; those with another first letter are mostly not its
    /// short form: *PSSI (Yunus Nusi)*, *Banten Raya (Grup JPNN.com)*).
    fn acronym_after(&self, words: &[Word], k: usize, b: usize, out: &mut Vec<Mention>) {
        let full = out[k];
        let initial = |at: usize| self.text[at..].chars().next().map(|c| c.to_ascii_lowercase());
        if let (Some(open), Some(x), Some(y), Some(close)) = (words.get(b), words.get(b + 1), words.get(b + 2), words.get(b + 3)) {
            let two_word_short_form = full.label == EntityLabel::Org
                && open.lower == "("
                && close.lower == ")"
                && x.cap
                && y.cap
                && x.kind == TokenKind::Word
                && y.kind == TokenKind::Word
                && y.end - x.start < full.end - full.start
                && initial(x.start) == initial(full.start)
                && !self.lex.common.contains(&*x.lower)
                // (not inside a name that goes on after it: *Dinas … Pasar (Disperindag Pasar) Kabupaten Malang*)
                && words.get(b + 4).is_none_or(|w| !w.cap || w.sent_start);
            if two_word_short_form {
                let mut m = Mention::new(x.start, y.end, full.label, full.evidence);
                m.alias_of = Some(full.start);
                out.push(m);
                return;
            }
        }
        if b + 2 < words.len() && words[b].lower == "(" && words[b + 2].lower == ")" {
            let a = &words[b + 1];
            let short = a.end - a.start < full.end - full.start;
            // (an acronym of no entity stays none: *warga negara Indonesia (WNI)*)
            let named = !self.lex.common.contains(&*a.lower);
            if a.cap && short && named && (a.allcaps || full.label != EntityLabel::Per) && !a.lower.contains(' ') {
                let mut m = Mention::new(a.start, a.end, full.label, full.evidence);
                m.alias_of = Some(full.start);
                out.push(m);
            }
        }
    }
}

/// Pushes `m`, merging it into the previous mention when only a space
/// separates them and they are one name: two person parts (*Angelina
/// Patricia* + *Pinkan Sondakh*), or a listed organization and a guessed
/// run (*Astra* + *Otoparts*). Returns the index of the mention.
fn push_merged(text: &str, out: &mut Vec<Mention>, m: Mention) -> usize {
    if let Some(p) = out.last_mut() {
        let gap = &text[p.end.min(m.start)..m.start];
        let adjacent = p.end <= m.start && gap == " ";
        let both_per = p.label == EntityLabel::Per && m.label == EntityLabel::Per && p.alias_of.is_none();
        let org_guess = p.label == EntityLabel::Org && m.evidence == Evidence::Guess && p.evidence > Evidence::Guess
            && p.alias_of.is_none();
        if adjacent && (both_per || org_guess) {
            p.end = m.end;
            p.evidence = p.evidence.max(m.evidence);
            p.sentence_initial = false;
            return out.len() - 1;
        }
    }
    out.push(m);
    out.len() - 1
}

/// Whether the mention at `start` follows *berinisial*/*inisial* in a list of
/// initials (*berinisial AS dan RH*).
fn after_initials_cue(text: &str, start: usize) -> bool {
    let mut end = start;
    // back over earlier initials of the same list (*AS dan*, *AS,*)
    for _ in 0..6 {
        let before = text[..end].trim_end_matches([' ', ',']);
        let word_start = before.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        if word.eq_ignore_ascii_case("berinisial") || word.eq_ignore_ascii_case("inisial") || word.eq_ignore_ascii_case("inisialnya") {
            return true;
        }
        let listed = word == "dan" || word == "serta" || (word.len() <= 4 && !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase()));
        if !listed || word_start == 0 {
            return false;
        }
        end = word_start;
    }
    false
}

/// Which bytes of `text` some mention covers: whether a span overlaps a
/// mention is then a look at its bytes, whatever the mentions' order (a
/// sorted index would cost the wasm a sort of its own, some KB).
pub(crate) fn covered_bytes(text: &str, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; text.len()];
    for m in mentions {
        covered[m.start..m.end].fill(true);
    }
    covered
}

/// Where the words of `words` stand alone in `text` (not inside a longer word
/// or a hyphenated one: *AP* but not *APBD* or *AP-nya*), in text order, as
/// (start, end, index into `words`). One pass over the text for all of them:
/// a scan per word would read a long paste once for each.
pub(crate) fn words_alone(text: &str, words: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    // (not inside a longer word nor a hyphenated one)
    let alone = |at: usize, end: usize| {
        !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-') && !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
    };
    // words of letters and digits only are found by their runs; any other by a search of its own
    let (plain, other): (Vec<usize>, Vec<usize>) =
        (0..words.len()).partition(|&k| !words[k].is_empty() && words[k].chars().all(char::is_alphanumeric));
    if !plain.is_empty() {
        // (a run is looked up only when its first byte and length can be a word's)
        let mut first = [false; 256];
        let (mut shortest, mut longest) = (usize::MAX, 0);
        for &k in &plain {
            first[words[k].as_bytes()[0] as usize] = true;
            shortest = shortest.min(words[k].len());
            longest = longest.max(words[k].len());
        }
        let bytes = text.as_bytes();
        let alnum_at = |i: usize| match bytes.get(i) {
            None => (false, 1),
            Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            Some(_) => text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        };
        // a word opens at a byte that can open one, after no letter or digit
        for a in (0..bytes.len()).filter(|&a| first[bytes[a] as usize]) {
            let opens = a == 0 || text[..a].chars().next_back().is_some_and(|c| !c.is_alphanumeric());
            if !opens {
                continue;
            }
            let mut i = a;
            while i - a <= longest {
                let (alnum, len) = alnum_at(i);
                if !alnum {
                    break;
                }
                i += len;
            }
            if i - a < shortest || i - a > longest || alnum_at(i).0 {
                continue;
            }
            // (a few words: a scan, not a hash table)
            if let Some(&k) = plain.iter().find(|&&k| words[k] == &text[a..i]) {
                if alone(a, i) {
                    out.push((a, i, k));
                }
            }
        }
    }
    for k in other {
        let found: Vec<(usize, usize, usize)> = text
            .match_indices(words[k])
            .map(|(at, _)| (at, at + words[k].len(), k))
            .filter(|&(at, end, _)| alone(at, end))
            .collect();
        // (both in text order: a merge keeps it, without a sort of its own in the wasm)
        let (mut merged, mut rest) = (Vec::with_capacity(out.len() + found.len()), found.into_iter().peekable());
        for o in out {
            while let Some(f) = rest.next_if(|f| (f.0, f.1) < (o.0, o.1)) {
                merged.push(f);
            }
            merged.push(o);
        }
        merged.extend(rest);
        out = merged;
    }
    out
}

/// Propagation: a Guess takes the label a surer mention of the same name
/// has elsewhere; a person's single name words (*Kirby*) stay PER. Guesses
/// left over are dropped when they are one word or an acronym.
pub fn propagate(text: &str, mentions: &mut Vec<Mention>, common: &rustc_hash::FxHashSet<&str>) {
    let mut full: HashMap<String, (EntityLabel, Evidence)> = HashMap::default();
    let mut per_words: HashMap<String, Evidence> = HashMap::default();
    // Words of multi-word guessed persons: a lone guess matching one is kept.
    let mut guess_words: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    // Each mention lower-cased once, for the passes below.
    let lower: Vec<String> = mentions.iter().map(|m| text[m.start..m.end].lower()).collect();
    for (_, s) in mentions.iter().zip(&lower).filter(|(m, _)| m.evidence == Evidence::Guess && m.label == EntityLabel::Per) {
        if s.contains(' ') {
            guess_words.extend(s.split_whitespace().filter(|w| w.chars().count() > 2 && !common.contains(*w)).map(String::from));
        }
    }
    for (m, s) in mentions.iter().zip(&lower).filter(|(m, _)| m.evidence > Evidence::Guess) {
        let e = full.entry(s.clone()).or_insert((m.label, m.evidence));
        if m.evidence > e.1 {
            *e = (m.label, m.evidence);
        }
        if m.label == EntityLabel::Per {
            for w in s.split_whitespace() {
                if w.chars().count() > 2 && !common.contains(w) {
                    let e = per_words.entry(w.to_string()).or_insert(m.evidence);
                    *e = (*e).max(m.evidence);
                }
            }
        }
    }
    // Initials the article says stand for a person (*berinisial AP*) are that
    // person wherever they recur, even when they also spell a listed acronym
    // (*AP mengaku …*): the article's own statement outranks the list.
    // … also where no rule made a mention of them (*Sekdes PM*, *MID diringkus*).
    // (An article states a handful; at most `MAX_STATED` are looked for.)
    const MAX_STATED: usize = 32;
    let mut stated: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let mut written: Vec<&str> = Vec::new();
    for (m, s) in mentions.iter().zip(&lower).filter(|(m, _)| m.label == EntityLabel::Per && after_initials_cue(text, m.start)) {
        stated.insert(s.as_str());
        let initials = &text[m.start..m.end];
        if written.len() < MAX_STATED && !written.contains(&initials) {
            written.push(initials);
        }
    }
    let mut recurring: Vec<Mention> = Vec::new();
    // (built only when there are initials to look for)
    let mut covered = if written.is_empty() { Vec::new() } else { covered_bytes(text, mentions) };
    for (at, end, _) in words_alone(text, &written) {
        if !covered[at..end].contains(&true) {
            covered[at..end].fill(true);
            recurring.push(Mention::new(at, end, EntityLabel::Per, Evidence::Strong));
        }
    }
    for (m, s) in mentions.iter_mut().zip(&lower) {
        if stated.contains(s.as_str()) {
            m.label = EntityLabel::Per;
            m.evidence = Evidence::Strong;
            m.sentence_initial = false;
            continue;
        }
        if let Some(&(label, ev)) = full.get(s) {
            if ev > m.evidence {
                m.label = label;
                m.evidence = ev;
                m.sentence_initial = false;
            }
            continue;
        }
        if m.evidence < Evidence::Strong && s.split_whitespace().all(|w| per_words.contains_key(w)) {
            m.label = EntityLabel::Per;
            m.evidence = Evidence::Weak;
            m.sentence_initial = false;
        }
    }
    super::add_sorted(mentions, recurring);
    // Left-over guesses: keep only multi-word runs (a lone unknown word is as
    // often a brand, club or product as a person).
    mentions.retain(|m| {
        let s = &text[m.start..m.end];
        let single = !s.contains(' ');
        let known_word = single && m.label == EntityLabel::Per && guess_words.contains(&s.lower());
        !(m.evidence == Evidence::Guess
            && (m.label == EntityLabel::Org || (single && !known_word) || (m.sentence_initial && !known_word)))
    });
}

#[cfg(test)]
mod tests {
    /// Checks a word predicate on `(name, word, expected)` cases.
    fn check(predicate: fn(&str) -> bool, cases: &[(&str, &str, bool)]) {
        for (name, w, want) in cases {
            assert_eq!(predicate(w), *want, "{name}");
        }
    }

    #[test]
    fn roman_numerals() {
        check(
            super::is_roman,
            &[
                ("eleven", "xi", true),
                ("fourteen", "xiv", true),
                ("thirty_eight_too_long", "xxxviii", false),
                ("regression_vivi_is_a_name", "vivi", false),
                ("invalid_order", "iix", false),
                ("empty", "", false),
            ],
        );
    }

    #[test]
    fn degrees() {
        let cases: &[(&str, &str, bool)] = &[
            ("dotted", "s.h.", true),
            ("glued", "mpsi", true),
            ("short without dots is a word", "se", false),
            ("two letters with a dot", "s.e", true),
            ("specialist with a hyphen", "sppd-kemd", true),
            ("specialist too long", "spabcdefghijk-x", false),
            ("ordinary word", "bapak", false),
            ("non-ASCII letters", "sé", false),
            ("empty", "", false),
            ("police academy degree, dotted", "s.i.k.", true),
            ("police academy degree, glued", "sik", true),
            ("nursing degree", "skep", true),
            ("Islamic education master's", "mpd.i", true),
            ("a name spelling a foreign degree", "dea", false),
        ];
        check(super::is_degree, cases);
    }

    #[test]
    fn agentive_nouns() {
        let cases: &[(&str, &str, bool)] = &[
            ("user", "pengguna", true),
            ("trader", "pedagang", true),
            ("nominalization in -an", "pertemuan", false),
            ("government is no person", "pemerintah", false),
            ("ordinal", "pertama", false),
            ("too short", "peta", false),
            ("not pe-", "warga", false),
        ];
        check(super::is_agentive, cases);
    }

    #[test]
    fn camel_case_brands() {
        let cases: &[(&str, &str, bool)] = &[
            ("all-caps part", "detikINET", true),
            ("capitalized part", "detikFinance", true),
            ("short stem", "iPhone", false),
            ("two capitalized parts", "detikHotNews", false),
            ("capitalized word", "Detik", false),
            ("lower case", "detikcom", false),
            ("digits", "detik20Detik", false),
        ];
        check(super::is_camel_brand, cases);
    }

    #[test]
    fn derived_word_shapes() {
        let cases: &[(&str, &str, bool)] = &[
            ("peN-an", "pemberantasan", true),
            ("peN-an, short stem", "penan", false),
            ("ke-an", "kebersihan", true),
            ("ke- without -an", "kelurah", false),
            ("meN-", "menular", true),
            ("meN-, short stem", "mendoz", false),
            ("per-an", "perindustrian", true),
            ("ter-", "tertinggal", true),
            ("ter-, short", "terang", false),
            ("per-an, short stem", "perlman", false),
            ("a name", "sutrisno", false),
            ("capitals are not lower case", "Kebersihan", false),
            ("non-ASCII", "kebérsihan", false),
        ];
        check(super::looks_derived, cases);
    }

    /// The clitic check compares bytes: no other character lower-cases to `-`, `n`, `y` or `a`.
    #[test]
    fn only_ascii_lower_cases_to_the_clitic_letters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            assert!(!matches!(crate::text::lower_char(c), '-' | 'n' | 'y' | 'a'), "{c:?}");
        }
    }
}
