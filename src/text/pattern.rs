//! One regex API, two engines: `regex` natively (lazy DFA: fast) and
//! `regex-lite` in WebAssembly (about 110 KB smaller gzipped).
//!
//! Patterns are written once, in the subset both crates share, and mean the
//! same thing in both: `\b`, `\d`, `\w` and `\s` are **ASCII** (regex-lite's
//! definitions), so [`compile`] rewrites them for the `regex` crate into their
//! ASCII forms (`(?-u:\b)`, `[0-9]`, …). That also keeps the `regex` crate on
//! its DFA engines: Unicode word boundaries would force its slow NFA
//! simulation. A test compiles every pattern the annotator uses with both
//! engines and checks that they find the same matches.
//!
//! [`Leads`] and [`Gated`] run a regex only where a match can start (after
//! a cheap scan for its leading words), anchored there: regex-lite has no
//! literal prefilter and otherwise steps its NFA through every byte of the
//! text, which made the date layer most of the browser's time.

#[cfg(not(target_arch = "wasm32"))]
pub use regex::{escape, Captures, Match, Regex};
#[cfg(target_arch = "wasm32")]
pub use regex_lite::{escape, Captures, Match, Regex};

/// Compiles `pattern` for this target's engine. Panics on an invalid pattern:
/// patterns are constants, and every one is compiled by the tests.
pub fn compile(pattern: &str) -> Regex {
    #[cfg(test)]
    tests::record(pattern);
    #[cfg(not(target_arch = "wasm32"))]
    let translated = ascii_classes(pattern);
    #[cfg(target_arch = "wasm32")]
    let translated = pattern.to_string();
    Regex::new(&translated).unwrap_or_else(|e| panic!("invalid pattern {pattern:?}: {e}"))
}

/// A pattern compiled when first used: an article needs only some of the
/// date patterns, and compiling all of them up front was a third of the
/// annotator's build time in the browser. (Tests compile every pattern at
/// once, which also records it for the engine checks.)
#[derive(Debug)]
pub struct LazyRegex {
    source: String,
    re: std::sync::OnceLock<Regex>,
}

impl LazyRegex {
    /// Keeps `pattern` for [`compile`] on first use.
    pub fn new(pattern: String) -> Self {
        let re = std::sync::OnceLock::new();
        #[cfg(test)]
        let _ = re.set(compile(&pattern));
        LazyRegex { source: pattern, re }
    }

    /// The compiled regex.
    pub fn get(&self) -> &Regex {
        self.re.get_or_init(|| compile(&self.source))
    }
}

/// Where a set of [`Gated`] regexes may match: at a word start (after a
/// byte that is not an ASCII letter, digit or `_`) whose word begins with
/// one of its lead words (ASCII case ignored) or, if it allows that, with
/// digits of the shape its [`DigitLead`] asks for; or at a `(`.
#[derive(Debug)]
pub struct Leads {
    /// The lead words as a trie over lower-case word bytes: per node, the
    /// regexes (bit per id) a lead word ending there may start, and the
    /// child by [`slot`]. A word is walked once, and most stop after a byte
    /// or two.
    masks: Vec<u64>,
    /// Per node: the regexes a lead word ending there may start only when it
    /// is the whole word ([`Leads::whole_word_leads`]).
    whole: Vec<u64>,
    children: Vec<[u16; SLOTS]>,
    digit: u64,
    /// Per regex id: the shape its digit-led matches begin with.
    digit_leads: Vec<Option<DigitLead>>,
    paren: u64,
    /// Lead words that count only with a start of another set close after
    /// them: `(their own bit, the regex they start, that other set, reach)`.
    conditional: Vec<(usize, usize, usize, usize)>,
    count: usize,
}

/// The shape a match that begins with digits starts with: tested on the
/// run of digits before the regex is tried, since numbers are frequent in
/// news and most are not dates. Every field is a necessary condition of the
/// pattern it gates (the whole-text-scan test checks that).
#[derive(Debug, Clone, Copy)]
pub struct DigitLead {
    /// Least and most digits in the leading run.
    pub run: (usize, usize),
    /// The run begins with one of these (empty: any).
    pub prefixes: &'static [&'static str],
    /// The byte right after the run is one of these (empty: any).
    pub then: &'static [u8],
    /// `(id, reach)`: a start of the gated regex `id` lies at most `reach`
    /// bytes after the run (*12 Januari*: a month word follows the day).
    pub near: Option<(usize, usize)>,
}

impl DigitLead {
    fn admits(&self, b: &[u8], at: usize, run: usize) -> bool {
        let digits = &b[at..at + run];
        (self.run.0..=self.run.1).contains(&run)
            && (self.prefixes.is_empty() || self.prefixes.iter().any(|p| digits.starts_with(p.as_bytes())))
            && (self.then.is_empty() || b.get(at + run).is_some_and(|c| self.then.contains(c)))
    }
}

/// Word bytes, ASCII case ignored: `a`–`z`, `0`–`9`, `_`.
const SLOTS: usize = 37;

/// The trie slot of every byte (`a`–`z` and `A`–`Z` alike, then digits, then
/// `_`), [`NOT_WORD`] for a byte that is no word byte: the scan of
/// [`Leads::starts`] reads each byte of the text through it.
const SLOT_OF: [u8; 256] = {
    let mut table = [NOT_WORD; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' => c - b'a',
            b'A'..=b'Z' => c - b'A',
            b'0'..=b'9' => 26 + c - b'0',
            b'_' => 36,
            _ => NOT_WORD,
        };
        b += 1;
    }
    table
};

/// A letter, digit or `_` (a `\w` byte).
fn is_word_byte(b: u8) -> bool {
    SLOT_OF[usize::from(b)] != NOT_WORD
}

/// The trie slot of a word byte.
fn slot(b: u8) -> usize {
    usize::from(SLOT_OF[usize::from(b)])
}

/// In [`SLOT_OF`]: not a word byte.
const NOT_WORD: u8 = u8::MAX;

impl Default for Leads {
    fn default() -> Self {
        Leads {
            masks: vec![0],
            whole: vec![0],
            children: vec![[0; SLOTS]],
            digit: 0,
            digit_leads: Vec::new(),
            paren: 0,
            conditional: Vec::new(),
            count: 0,
        }
    }
}

impl Leads {
    /// Compiles `pattern` to run only at the starts [`Leads::starts`] finds
    /// for it. Every match must begin with one of `words` (its phrases' first
    /// words are taken: letters, digits and `_` up to anything else), with
    /// digits shaped as `digit` says, or at a `(` when `paren`; and a pattern
    /// gated on words must open with `\b`, so that its matches begin at word
    /// starts. (A test checks each gated pattern against a scan of the whole text.)
    pub fn compile(&mut self, pattern: &str, words: &[&str], digit: Option<DigitLead>, paren: bool) -> Gated {
        assert!(paren || pattern.starts_with(r"\b"), "gated pattern must open with \\b: {pattern:?}");
        let id = self.add_words(words);
        if let Some(lead) = digit {
            assert!(lead.near.is_none_or(|(other, _)| other < id), "a digit lead may only refer to an earlier set");
            self.digit |= 1 << id;
        }
        self.digit_leads[id] = digit;
        if paren {
            self.paren |= 1 << id;
        }
        Gated {
            re: LazyRegex::new(format!("^(?:{pattern})")),
            id,
            #[cfg(test)]
            pattern: pattern.to_string(),
        }
    }

    /// A set of words with no regex of its own, whose starts other leads can
    /// ask for ([`DigitLead::near`], [`Leads::lead_near`]); returns its id.
    pub fn marker(&mut self, words: &[&str]) -> usize {
        self.add_words(words)
    }

    /// More lead words for `gated` that count only when a start of set
    /// `near` lies within `reach` bytes after the end of their word (the
    /// pattern must allow no more between them, or the gate would skip
    /// matches: the whole-text-scan test checks that).
    pub fn lead_near(&mut self, gated: &Gated, words: &[&str], near: usize, reach: usize) {
        let own = self.add_words(words);
        assert!(near < own, "a lead may only refer to an earlier set");
        self.conditional.push((own, gated.id, near, reach));
    }

    /// More lead words for `gated` that count only as the whole word: the
    /// pattern has `\b` (or white space) right after them, so *Jan* need not
    /// try its regex at *Jangan*.
    pub fn whole_word_leads(&mut self, gated: &Gated, words: &[&str]) {
        for w in words {
            let node = self.insert(w);
            self.whole[node] |= 1 << gated.id;
        }
    }

    /// Registers `words` (their leading word bytes) under a new id.
    fn add_words(&mut self, words: &[&str]) -> usize {
        let id = self.count;
        assert!(id < 64, "at most 64 lead sets");
        self.count += 1;
        self.digit_leads.push(None);
        for w in words {
            let node = self.insert(w);
            self.masks[node] |= 1 << id;
        }
        id
    }

    /// The trie node of `word`'s leading word bytes, added if new.
    fn insert(&mut self, word: &str) -> usize {
        let lead = &word.as_bytes()[..word.bytes().take_while(|&b| is_word_byte(b)).count()];
        assert!(!lead.is_empty(), "bad lead word {word:?}");
        let mut node = 0;
        for &b in lead {
            node = match self.children[node][slot(b)] {
                0 => {
                    let next = self.masks.len();
                    assert!(next < usize::from(u16::MAX), "too many lead words");
                    self.children[node][slot(b)] = next as u16;
                    self.masks.push(0);
                    self.whole.push(0);
                    self.children.push([0; SLOTS]);
                    next
                }
                child => usize::from(child),
            };
        }
        node
    }

    /// For each gated regex (by id), the byte offsets where it may match, ascending.
    pub fn starts(&self, text: &str) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.count];
        let push = |out: &mut Vec<Vec<usize>>, mut mask: u64, at: usize| {
            while mask != 0 {
                out[mask.trailing_zeros() as usize].push(at);
                mask &= mask - 1;
            }
        };
        let b = text.as_bytes();
        let slot_at = |j: usize| b.get(j).map_or(NOT_WORD, |&c| SLOT_OF[usize::from(c)]);
        let mut i = 0;
        while i < b.len() {
            if slot_at(i) == NOT_WORD {
                if b[i] == b'(' {
                    push(&mut out, self.paren, i);
                }
                i += 1;
                continue;
            }
            // A whole word at a time: `i` is always a word start.
            let mut mask = 0;
            if b[i].is_ascii_digit() {
                let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                let mut digit = self.digit;
                while digit != 0 {
                    let id = digit.trailing_zeros() as usize;
                    if self.digit_leads[id].is_some_and(|l| l.admits(b, i, run)) {
                        mask |= 1 << id;
                    }
                    digit &= digit - 1;
                }
            }
            // Every lead word that begins this word, and one that is all of it
            // (the walk stops where no lead word goes on: the root has no lead).
            let mut node = 0;
            let mut end = i;
            while slot_at(end) != NOT_WORD {
                node = usize::from(self.children[node][usize::from(slot_at(end))]);
                end += 1;
                if node == 0 {
                    break;
                }
                mask |= self.masks[node];
            }
            mask |= self.whole[node];
            while slot_at(end) != NOT_WORD {
                end += 1;
            }
            push(&mut out, mask, i);
            i = end;
        }
        // Digit starts that need another pattern's start close after the run.
        for (id, lead) in self.digit_leads.iter().enumerate() {
            let Some(DigitLead { near: Some((other, reach)), .. }) = *lead else { continue };
            let mut mine = std::mem::take(&mut out[id]);
            let theirs = &out[other];
            mine.retain(|&at| {
                if !b[at].is_ascii_digit() {
                    return true;
                }
                let run_end = at + b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
                let k = theirs.partition_point(|&s| s < run_end);
                theirs.get(k).is_some_and(|&s| s <= run_end + reach)
            });
            out[id] = mine;
        }
        // Conditional lead words: kept for their regex when their partner follows.
        for &(own, target, near, reach) in &self.conditional {
            let theirs = &out[near];
            let kept: Vec<usize> = out[own]
                .iter()
                .copied()
                .filter(|&at| {
                    let word_end = at + b[at..].iter().take_while(|&&c| is_word_byte(c)).count();
                    let k = theirs.partition_point(|&s| s <= word_end);
                    theirs.get(k).is_some_and(|&s| s <= word_end + reach)
                })
                .collect();
            if !kept.is_empty() {
                out[target].extend(kept);
                out[target].sort_unstable();
                out[target].dedup();
            }
        }
        out
    }
}

/// A regex that runs only where [`Leads::starts`] says it may match.
#[derive(Debug)]
pub struct Gated {
    /// The pattern anchored at the start: tried at each start, it stops as
    /// soon as no match can continue.
    re: LazyRegex,
    id: usize,
    #[cfg(test)]
    pub(crate) pattern: String,
}

impl Gated {
    /// Its id among the regexes of its [`Leads`].
    pub fn id(&self) -> usize {
        self.id
    }

    /// The matches a `captures_iter` over the whole `text` would give (leftmost
    /// first, non-overlapping), trying only this regex's `starts`. A `\b` at
    /// a start sees no byte before it, which agrees with the whole text there:
    /// a word start follows a non-word byte.
    pub fn captures_iter<'t>(&'t self, text: &'t str, starts: &'t [Vec<usize>]) -> impl Iterator<Item = Caps<'t>> + 't {
        let mut free = 0; // the first byte not inside an earlier match
        starts[self.id].iter().filter_map(move |&at| {
            if at < free {
                return None;
            }
            let caps = self.re.get().captures(&text[at..])?;
            free = at + caps.get(0).map_or(0, |m| m.end());
            Some(Caps { caps, at })
        })
    }
}

/// The captures of a [`Gated`] match, with offsets into the whole text.
pub struct Caps<'t> {
    caps: Captures<'t>,
    at: usize,
}

/// One group of a [`Caps`].
#[derive(Debug, Clone, Copy)]
pub struct Group<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Group<'t> {
    /// Start byte in the whole text.
    pub fn start(&self) -> usize {
        self.start
    }

    /// End byte in the whole text.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

impl<'t> Caps<'t> {
    /// Group `i` (0: the whole match).
    pub fn get(&self, i: usize) -> Option<Group<'t>> {
        self.caps.get(i).map(|m| self.group(m))
    }

    /// The named group, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Group<'t>> {
        self.caps.name(name).map(|m| self.group(m))
    }

    fn group(&self, m: Match<'t>) -> Group<'t> {
        Group { start: self.at + m.start(), end: self.at + m.end(), text: m.as_str() }
    }
}

impl std::ops::Index<&str> for Caps<'_> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        &self.caps[name]
    }
}

/// Rewrites Perl classes and word boundaries into their ASCII forms.
#[cfg(any(not(target_arch = "wasm32"), test))]
pub fn ascii_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    out.push('\\');
                    break;
                };
                let inside = class_depth > 0;
                let rewrite = match (e, inside) {
                    ('b', false) => Some(r"(?-u:\b)"),
                    ('B', false) => Some(r"(?-u:\B)"),
                    ('d', false) => Some("[0-9]"),
                    ('D', false) => Some("[^0-9]"),
                    ('w', false) => Some("[0-9A-Za-z_]"),
                    ('W', false) => Some("[^0-9A-Za-z_]"),
                    ('s', false) => Some(r"[\t\n\x0B\x0C\r ]"),
                    ('S', false) => Some(r"[^\t\n\x0B\x0C\r ]"),
                    ('d', true) => Some("0-9"),
                    ('w', true) => Some("0-9A-Za-z_"),
                    ('s', true) => Some(r"\t\n\x0B\x0C\r "),
                    ('D' | 'W' | 'S', true) => panic!("negated Perl class inside [...] in {pattern:?}: write it out"),
                    _ => None,
                };
                match rewrite {
                    Some(r) => out.push_str(r),
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' => {
                class_depth += 1;
                out.push(c);
                // A `]` right after `[` or `[^` is a literal.
                let rest = chars.as_str();
                let lead = if rest.starts_with('^') { 1 } else { 0 };
                if rest[lead..].starts_with(']') {
                    for _ in 0..=lead {
                        out.push(chars.next().expect("peeked"));
                    }
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::Mutex;

    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

    pub(crate) fn record(pattern: &str) {
        SEEN.lock().unwrap().push(pattern.to_string());
    }

    #[test]
    fn rewrites_perl_classes_to_ascii() {
        let cases = [
            ("word boundary", r"\bkata\b", r"(?-u:\b)kata(?-u:\b)"),
            ("digits", r"\d{1,2}/\d+", "[0-9]{1,2}/[0-9]+"),
            ("space in class", r"[\s,]+", r"[\t\n\x0B\x0C\r ,]+"),
            ("escaped bracket", r"\[\d\]", r"\[[0-9]\]"),
            ("literal ] first", r"[]\d]", r"[]0-9]"),
            ("other escapes untouched", r"\.\(\)", r"\.\(\)"),
        ];
        for (name, input, want) in cases {
            assert_eq!(ascii_classes(input), want, "{name}");
        }
    }

    /// Every pattern the annotator compiles finds the same matches in both engines.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn both_engines_agree_on_every_pattern() {
        let _ = crate::Annotator::new();
        let patterns = SEEN.lock().unwrap().clone();
        assert!(!patterns.is_empty(), "the annotator compiles its patterns through pattern::compile");
        let seed: serde_json::Value = serde_json::from_str(include_str!("../../tests/fixtures/seed-article.json")).unwrap();
        let texts = [
            seed["text"].as_str().unwrap(),
            "Senin\u{a0}(11/9/2023) pukul\u{a0}10.00 WIB, kata Presiden Joko Widodo.",
            "Café Jakarta é ²³ ٣ 😀 “Kami,” ujarnya. KOMPAS.com – Baca juga: x",
            "JAKARTA, Kompas.com - Rabu (4/11) malam, 10-12 September 2023, tahun lalu, 3 hari lalu.",
        ];
        for p in &patterns {
            let native = regex::Regex::new(&ascii_classes(p)).unwrap();
            let lite = regex_lite::Regex::new(p).unwrap_or_else(|e| panic!("regex-lite rejects {p:?}: {e}"));
            for t in texts {
                let a: Vec<(usize, usize)> = native.find_iter(t).map(|m| (m.start(), m.end())).collect();
                let b: Vec<(usize, usize)> = lite.find_iter(t).map(|m| (m.start(), m.end())).collect();
                assert_eq!(a, b, "pattern {p:?} on {t:?}");
            }
        }
    }
}
