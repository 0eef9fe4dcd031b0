//! Token features: what the tagger sees of each word.
//!
//! Every feature is a template number plus values (hashes of words and
//! shapes, cue codes), mixed into [`HASH_BITS`] bits the same way on every
//! platform; the model stores weights only for ids it saw in training.

use crate::document::EntityLabel;

/// Hash space of feature ids (2^22 ids: few collisions, small id deltas in the model file).
pub const HASH_BITS: u32 = 22;

/// What the rule layer and its word lists say about one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cue {
    /// The rule layer's mention over this token: 0 none, else `1 + 3*label + evidence`
    /// (see [`Cue::code`]); the high bit marks the mention's first token.
    pub rule: u8,
    /// The gazetteer's hit over this token: 0 none, else `1 + 3*label + source`; high bit: first token.
    pub gazetteer: u8,
    /// [`flags`] of the word.
    pub flags: u16,
}

/// Word-list memberships of a token (bits of [`Cue::flags`]).
pub mod flags {
    /// Starts or continues a title (*Presiden*, *Kapolres*, *juru bicara*).
    pub const TITLE: u16 = 1;
    /// Part of an organization head (*Kementerian*, *PT*).
    pub const ORG_HEAD: u16 = 1 << 1;
    /// Part of a place head (*Jalan*, *Kabupaten*).
    pub const LOC_HEAD: u16 = 1 << 2;
    /// A word that makes a following capitalized run a place (*di*, *ke*).
    pub const LOC_CUE: u16 = 1 << 3;
    /// A reporting verb (*kata*, *ujar*).
    pub const VERB: u16 = 1 << 4;
    /// Mostly lower case in the NER corpora.
    pub const COMMON: u16 = 1 << 5;
    /// Function word, weekday or month.
    pub const STOP: u16 = 1 << 6;
    /// Seen inside person names.
    pub const NAME_WORD: u16 = 1 << 7;
    /// Between quotation marks.
    pub const IN_QUOTE: u16 = 1 << 8;
    /// Company or club suffix (*Tbk*, *FC*).
    pub const SUFFIX: u16 = 1 << 9;
    /// Number of flags.
    pub const COUNT: u32 = 10;
}

impl Cue {
    /// Code of a mention's label and strength (0..3) for [`Cue::rule`] / [`Cue::gazetteer`].
    pub fn code(label: EntityLabel, strength: u8, first: bool) -> u8 {
        let l = match label {
            EntityLabel::Per => 0,
            EntityLabel::Org => 1,
            EntityLabel::Loc => 2,
        };
        (1 + 3 * l + strength.min(2)) | if first { 0x80 } else { 0 }
    }
}

/// One token as the feature extractor reads it.
#[derive(Debug, Clone, Copy)]
pub struct TokenView<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Lower case.
    pub lower: &'a str,
    /// Rule-layer cues.
    pub cue: Cue,
}

const FNV_START: u32 = 0x811c_9dc5;

/// One step of FNV-1a.
fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// FNV-1a over bytes: the per-token string hashes.
fn fnv(bytes: impl IntoIterator<Item = u8>) -> u32 {
    bytes.into_iter().fold(FNV_START, fnv_step)
}

/// Hash of [`shape`]`(word)`, without building the string.
fn shape_hash(word: &str) -> u32 {
    if word.is_ascii() {
        // (a symbol is one byte: the same hash, no decoding)
        let (mut h, mut last, mut n) = (FNV_START, 0u8, 0);
        for &b in word.as_bytes() {
            let s = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ => b,
            };
            if n == 0 || s != last {
                h = fnv_step(h, s);
                last = s;
                n += 1;
                if n >= 6 {
                    break;
                }
            }
        }
        return h;
    }
    let (mut h, mut last, mut n) = (FNV_START, None, 0);
    for c in word.chars() {
        let s = shape_symbol(c);
        if last != Some(s) {
            let mut buf = [0u8; 4];
            h = s.encode_utf8(&mut buf).bytes().fold(h, fnv_step);
            last = Some(s);
            n += s.len_utf8();
            if n >= 6 {
                break;
            }
        }
    }
    h
}

fn shape_symbol(c: char) -> char {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => 'X',
            'a'..='z' => 'x',
            '0'..='9' => 'd',
            _ => c,
        };
    }
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// A feature id: a template number and up to three values, each multiplied
/// by its own odd constant, summed and mixed (xorshift-multiply), folded into
/// [`HASH_BITS`] bits. The same on every platform.
fn id(template: u32, a: u32, b: u32, c: u32) -> u32 {
    let mut h = template
        .wrapping_mul(0x9e37_79b9)
        .wrapping_add(a.wrapping_mul(0x85eb_ca6b))
        .wrapping_add(b.wrapping_mul(0xc2b2_ae35))
        .wrapping_add(c.wrapping_mul(0x27d4_eb2f));
    h ^= h >> 15;
    h = h.wrapping_mul(0x2c1b_3c6d);
    h ^= h >> 12;
    (h ^ (h >> HASH_BITS)) & ((1 << HASH_BITS) - 1)
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters as they are;
/// runs collapsed, at most six symbols (`Jokowi` → `Xx`, `PDI-P` → `X-X`,
/// `10.00` → `d.d`).
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let s = shape_symbol(c);
        if !out.ends_with(s) {
            out.push(s);
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

/// Stands for the words before the first and after the last token.
const BOUNDARY: Keys = Keys { lower: 1, text: 1, shape: 1, cue: Cue { rule: 0, gazetteer: 0, flags: 0 }, proper: false };

/// Positions, in a token's feature list, of the features that name the word
/// itself (lower case, as written, and the two bigrams with it).
pub const WORD_FEATURES: std::ops::Range<usize> = 1..5;

/// The feature ids of a sentence: token `i`'s are `ids[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceFeatures {
    /// All ids, token after token.
    pub ids: Vec<u32>,
    /// Where each token's ids start (one more entry than tokens).
    pub starts: Vec<usize>,
}

impl SentenceFeatures {
    /// Token `i`'s feature ids.
    pub fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i]..self.starts[i + 1]]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Indices of the set bits, lowest first.
fn set_bits(mut x: u16) -> impl Iterator<Item = u32> {
    std::iter::from_fn(move || {
        (x != 0).then(|| {
            let b = x.trailing_zeros();
            x &= x - 1;
            b
        })
    })
}

/// Per-token hashes the templates combine ([`keys_into`]), computed once per
/// sentence and reused by every token's templates.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    lower: u32,
    text: u32,
    shape: u32,
    cue: Cue,
    /// Opens with a capital or a digit.
    proper: bool,
}

/// Whether a token is read in full (see `extract`), from whether it and
/// its neighbours open with a capital or a digit ([`is_proper`]): the one
/// definition training and tagging share.
fn read_in_full(before: bool, this: bool, after: bool) -> bool {
    this || before && after
}

/// Whether a token opens with a capital or a digit.
pub fn is_proper(text: &str) -> bool {
    text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether token `j` is read in full (see `extract`), from [`is_proper`] of each token.
pub fn read_at(proper: &[bool], j: usize) -> bool {
    read_in_full(j > 0 && proper[j - 1], proper[j], j + 1 < proper.len() && proper[j + 1])
}

/// The one feature of every token not read in full (see `extract`).
pub fn alone() -> u32 {
    id(99, 0, 0, 0)
}

/// For each token ([`is_proper`] of each given), whether a token read in
/// full (see `extract`) stands within `reach` tokens of it: the features
/// of those read in full look two words either side, so a token farther
/// than that from all of them needs no keys or cues.
pub fn near_read(proper: &[bool], reach: usize, out: &mut Vec<bool>) {
    let n = proper.len();
    out.clear();
    out.resize(n, false);
    for j in (0..n).filter(|&j| read_at(proper, j)) {
        out[j.saturating_sub(reach)..(j + reach + 1).min(n)].fill(true);
    }
}

/// The [`Keys`] of a sentence's tokens, into `out` (cleared first). With
/// `near` (per token: within two of a token read in full, and [`is_proper`]),
/// only what the features of the tokens read in full read is hashed: the
/// lower-case word within two of one, the shape within one, the written
/// word of those read in full alone (the other keys are never read).
pub fn keys_into<'a>(tokens: impl IntoIterator<Item = TokenView<'a>>, near: Option<(&[bool], &[bool])>, out: &mut Vec<Keys>) {
    out.clear();
    out.extend(tokens.into_iter().enumerate().map(|(i, t)| {
        let Some((near2, proper)) = near else {
            return Keys { lower: fnv(t.lower.bytes()), text: fnv(t.text.bytes()), shape: shape_hash(t.text), cue: t.cue, proper: is_proper(t.text) };
        };
        if !near2[i] {
            return Keys { cue: t.cue, proper: false, ..BOUNDARY };
        }
        let read = read_at(proper, i);
        let near1 = read || (i > 0 && read_at(proper, i - 1)) || (i + 1 < proper.len() && read_at(proper, i + 1));
        Keys {
            lower: fnv(t.lower.bytes()),
            text: if read { fnv(t.text.bytes()) } else { BOUNDARY.text },
            shape: if near1 { shape_hash(t.text) } else { BOUNDARY.shape },
            cue: t.cue,
            proper: proper[i],
        }
    }));
}

/// Token `i`'s feature ids, into `out` (cleared first); `keys` are the
/// sentence's ([`keys_into`]) and `lower` token `i` in lower case.
pub fn token_features(keys: &[Keys], lower: &str, i: usize, out: &mut Vec<u32>) {
    out.clear();
    extract(keys, lower, i, out);
}

/// All feature ids of a sentence.
pub fn sentence_features(tokens: &[TokenView]) -> SentenceFeatures {
    let mut keys = Vec::with_capacity(tokens.len());
    keys_into(tokens.iter().copied(), None, &mut keys);
    let mut out = SentenceFeatures { ids: Vec::with_capacity(tokens.len() * 56), starts: Vec::with_capacity(tokens.len() + 1) };
    for (i, t) in tokens.iter().enumerate() {
        out.starts.push(out.ids.len());
        extract(&keys, t.lower, i, &mut out.ids);
    }
    out.starts.push(out.ids.len());
    out
}

fn extract(keys: &[Keys], lower: &str, i: usize, out: &mut Vec<u32>) {
    let at = |k: isize| -> Keys {
        let j = i as isize + k;
        if j < 0 || j >= keys.len() as isize {
            BOUNDARY
        } else {
            keys[j as usize]
        }
    };
    let (p2, p, k, n, n2) = (at(-2), at(-1), at(0), at(1), at(2));
    // A lower-case word or a mark away from capitals is read by one feature
    // alone: 95% of the corpus's organization and place words open with a
    // capital or a digit or stand between two that do (*Pemuda dan Olahraga*),
    // and they are 37% of its tokens.
    if !read_in_full(p.proper, k.proper, n.proper) {
        out.push(alone());
        return;
    }
    let mut push = |t: u32, a: u32, b: u32, c: u32| out.push(id(t, a, b, c));
    push(0, 0, 0, 0);
    // The word itself first: training hides WORD_FEATURES at times (see train.rs).
    push(1, k.lower, 0, 0);
    push(2, k.text, 0, 0);
    push(7, p.lower, k.lower, 0);
    push(8, k.lower, n.lower, 0);
    push(3, p.lower, 0, 0);
    push(4, n.lower, 0, 0);
    push(5, p2.lower, 0, 0);
    push(6, n2.lower, 0, 0);
    push(9, k.shape, 0, 0);
    push(10, p.shape, k.shape, 0);
    push(11, k.shape, n.shape, 0);
    push(12, p.shape, k.shape, n.shape);
    // Affixes: Indonesian morphology (me-, di-, ber-, ke-…-an, -nya) and name endings.
    // Hashed incrementally: prefixes forwards, suffixes backwards.
    let ascii = lower.is_ascii();
    let nchars = if ascii { lower.len() } else { lower.chars().count() };
    let max = 4.min(nchars.saturating_sub(1)) as u32;
    let (mut pre, mut suf) = (FNV_START, FNV_START);
    if ascii {
        // (a character is its byte: the same hashes, no decoding)
        let b = lower.as_bytes();
        for n in 1..=max {
            pre = fnv_step(pre, b[n as usize - 1]);
            push(13, n, pre, 0);
            suf = fnv_step(suf, b[b.len() - n as usize]);
            push(14, n, suf, 0);
        }
    } else {
        let mut buf = [0u8; 4];
        for (n, (c, r)) in (1..=max).zip(lower.chars().zip(lower.chars().rev())) {
            pre = c.encode_utf8(&mut buf).bytes().fold(pre, fnv_step);
            push(13, n, pre, 0);
            suf = r.encode_utf8(&mut buf).bytes().fold(suf, fnv_step);
            push(14, n, suf, 0);
        }
    }
    push(15, (i == 0) as u32, k.shape, 0);
    push(16, nchars.min(12) as u32, 0, 0);
    // The rule layer's view, alone and with its neighbours.
    let (c0, cp, cn) = (k.cue, p.cue, n.cue);
    push(20, c0.rule as u32, 0, 0);
    push(21, cp.rule as u32, c0.rule as u32, 0);
    push(22, c0.rule as u32, cn.rule as u32, 0);
    push(23, c0.gazetteer as u32, 0, 0);
    push(24, cp.gazetteer as u32, c0.gazetteer as u32, 0);
    push(25, c0.gazetteer as u32, cn.gazetteer as u32, 0);
    push(26, c0.rule as u32, k.shape, 0);
    push(27, c0.rule as u32, c0.gazetteer as u32, 0);
    // Word-list flags: of each position, and of this word and the previous one with this word's shape.
    for (pos, c) in [(0u32, c0), (1, cp), (2, cn), (3, p2.cue)] {
        for bit in set_bits(c.flags) {
            push(30, pos, bit, 0);
        }
    }
    for bit in set_bits(c0.flags) {
        push(31, bit, k.shape, 0);
    }
    for bit in set_bits(cp.flags) {
        push(32, bit, k.shape, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (word, want) in [
            ("Jokowi", "Xx"),
            ("PDI-P", "X-X"),
            ("10.00", "d.d"),
            ("iPhone", "xXx"),
            ("", ""),
            ("A-B-C-D-E", "X-X-X-"),
            ("Ü·Ä", "X·X"),
        ] {
            assert_eq!(shape(word), want, "{word}");
            assert_eq!(shape_hash(word), fnv(want.bytes()), "hash of the shape of {word}");
        }
    }

    #[test]
    fn near_read_marks_tokens_within_reach_of_one_read_in_full() {
        // brute force: each read token marks reach tokens either side
        let brute = |proper: &[bool], reach: usize| -> Vec<bool> {
            let n = proper.len();
            let read = |j: usize| read_in_full(j > 0 && proper[j - 1], proper[j], j + 1 < n && proper[j + 1]);
            (0..n).map(|i| (0..n).any(|j| read(j) && i.abs_diff(j) <= reach)).collect()
        };
        let mut out = Vec::new();
        for bits in 0u32..(1 << 12) {
            let proper: Vec<bool> = (0..12).map(|k| bits >> k & 1 == 1).collect();
            for reach in [0, 2, 5] {
                near_read(&proper, reach, &mut out);
                assert_eq!(out, brute(&proper, reach), "{proper:?} reach {reach}");
            }
        }
        near_read(&[], 2, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn features_depend_on_the_word_and_its_neighbours() {
        let toks = |ws: &[&'static str]| {
            ws.iter().map(|w| TokenView { text: w, lower: w, cue: Cue::default() }).collect::<Vec<_>>()
        };
        let a = sentence_features(&toks(&["kata", "Budi", "Santoso", "pagi"]));
        let b = sentence_features(&toks(&["kata", "Budi", "Santoso", "sore"]));
        let c = sentence_features(&toks(&["kata", "Budi", "Santoso", "pagi"]));
        assert_eq!(a, c, "deterministic");
        assert_eq!(a.len(), 4);
        assert_eq!(a.token(0), b.token(0), "three words on is out of reach");
        assert_ne!(a.token(1), b.token(1), "two words on is a feature");
        assert_ne!(a.token(2), b.token(2), "the next word is a feature");
        assert!(a.ids.iter().all(|&f| f < 1 << HASH_BITS), "ids fit the hash space");
        // Affixes of up to four letters, shorter than the word: Santoso has four
        // prefixes and four suffixes, Budi three of each.
        assert_eq!(a.token(2).len(), a.token(1).len() + 2);
        // Away from capitals a word is one feature; between two it is read in full.
        assert_eq!(a.token(0).len(), 1, "kata, before a capital only");
        assert_eq!(a.token(3).len(), 1, "pagi, after a capital only");
        let d = sentence_features(&toks(&["Pemuda", "dan", "Olahraga"]));
        assert!(d.token(1).len() > 10, "dan between two capitals");
    }
}
