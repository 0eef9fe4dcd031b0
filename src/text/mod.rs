//! Segmentation: paragraphs, sentences and tokens as byte spans.
//!
//! Every layer reads the same [`Segmented`] text; nothing re-tokenizes.
//!
//! Rules:
//! - A **paragraph** is a line: Indonesian news sites put one paragraph per
//!   line, and pasted articles keep that. Blank lines are not paragraphs.
//! - A **token** is a word (letters and digits, with inner `-`, `'`, `’`, `.`,
//!   `/`, `,` or `:` kept when a letter or digit follows, so that
//!   `Tribunnews.com`, `PDI-P`, `10/9/2023`, `10.00` and `1,5` stay whole;
//!   *se-* before a capitalized name is split off, *se-Kabupaten Bogor*) or a
//!   single other non-space character.
//! - A **sentence** ends at `.`, `!` or `?` (after any closing quotes or
//!   brackets) when the next token starts with an upper-case letter, a digit
//!   or an opening quote, unless the word before the dot is a known
//!   abbreviation (*dr.*, *Jl.*, *H.*, an initial …), and always at a
//!   paragraph end.

pub mod offsets;
pub mod pattern;

use crate::document::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and possibly digits), e.g. `Jokowi`, `PDI-P`, `Tribunnews.com`.
    Word,
    /// Digits only, possibly with inner separators: `2023`, `10.00`, `10/9/2023`.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte span and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// A text split into paragraphs, sentences and tokens (all byte spans).
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Non-blank lines.
    pub paragraphs: Vec<Span>,
    /// Sentences; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Per paragraph: its first token and first sentence (indexes), so that
    /// per-paragraph passes need no search.
    paragraph_starts: Vec<(usize, usize)>,
    /// Per sentence: its first token (index).
    sentence_starts: Vec<usize>,
    /// The text in lower case ([`lower`]) for [`Segmented::lower_of`], made
    /// once for every layer; `None` where lower-casing moves byte offsets (a
    /// text with *İ*, the one letter [`lower_char`] shortens).
    lowered: Option<String>,
}

/// Words after which a dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "Dr", "drg", "Prof", "prof", "Ir", "H", "Hj", "KH", "Jl", "Jln", "No", "no", "St", "Tbk", "Kec", "Kab",
    "Kel", "Ds", "Mr", "Mrs", "Ms", "Sdr", "Sdri", "Bpk", "Kapt", "Letkol", "Kol", "Brigjen", "Mayjen", "Letjen",
    "Jend", "Pol", "dkk", "dll", "dsb", "yth", "Yth", "a.n", "u.p", "S.H", "M.Si", "M.H", "S.E", "M.M", "S.Pd",
    "S.Kom", "Ph.D", "vs", "tsb", "Rp", "PT", "CV", "Drs", "Dra", "Pdt", "Ust", "Jr", "Sr", "Ny", "Tn", "Nn", "Mhd", "Moh", "Muh",
];

/// Abbreviated titles that news text glues to the name after them (*dr.Agus*).
const GLUED_TITLES: &[&str] = &["dr", "Dr", "drg", "Prof", "Ir", "H", "Hj", "KH", "Drs", "Dra", "Pdt", "Ust", "Jl", "Jln"];

impl Segmented {
    /// Segments `text`.
    pub fn new(text: &str) -> Self {
        let mut seg = Segmented::default();
        // (news averages over five bytes a token: no regrowing for most texts)
        seg.tokens.reserve(text.len() / 4);
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            let trimmed_start = content.len() - content.trim_start().len();
            let body = content.trim();
            if !body.is_empty() {
                let start = line_start + trimmed_start;
                let span = Span::new(start, start + body.len());
                seg.paragraphs.push(span);
                let first_token = seg.tokens.len();
                seg.paragraph_starts.push((first_token, seg.sentences.len()));
                tokenize_into(text, span, &mut seg.tokens);
                let first_sentence = seg.sentences.len();
                split_sentences(text, span, &seg.tokens[first_token..], &mut seg.sentences);
                let mut k = first_token;
                for sentence in &seg.sentences[first_sentence..] {
                    while k < seg.tokens.len() && seg.tokens[k].start < sentence.start {
                        k += 1;
                    }
                    seg.sentence_starts.push(k);
                }
            }
            line_start += line.len();
        }
        seg.lowered = lower_text(text);
        seg
    }

    /// Bytes `start..end` of `text` (the text segmented) in lower case
    /// ([`lower`]): a slice of the text lower-cased once, or, where that
    /// moved offsets, [`lower_case`] of those bytes.
    pub fn lower_of<'s>(&'s self, text: &'s str, start: usize, end: usize) -> std::borrow::Cow<'s, str> {
        match &self.lowered {
            Some(lowered) => std::borrow::Cow::Borrowed(&lowered[start..end]),
            None => lower_case(&text[start..end]),
        }
    }

    /// The whole text in lower case when its byte offsets are the text's
    /// (see [`Segmented::lower_of`]).
    pub fn lowered(&self) -> Option<&str> {
        self.lowered.as_deref()
    }

    /// Tokens whose start lies inside `span`.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.start < span.start);
        let b = self.tokens.partition_point(|t| t.start < span.end);
        &self.tokens[a..b]
    }

    /// The tokens of paragraph `i`.
    pub fn paragraph_tokens(&self, i: usize) -> &[Token] {
        let end = self.paragraph_starts.get(i + 1).map_or(self.tokens.len(), |p| p.0);
        &self.tokens[self.paragraph_starts[i].0..end]
    }

    /// The index of paragraph `i`'s first sentence.
    pub fn paragraph_first_sentence(&self, i: usize) -> usize {
        self.paragraph_starts[i].1
    }

    /// The tokens of sentence `i`, as a range of token indexes.
    pub fn sentence_tokens(&self, i: usize) -> std::ops::Range<usize> {
        self.sentence_starts[i]..self.sentence_starts.get(i + 1).copied().unwrap_or(self.tokens.len())
    }

    /// Index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// Index of the paragraph containing byte offset `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= at);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= at).then_some(i)
    }
}

/// `w` in lower case, borrowed when it already is (most words: no allocation).
pub fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(lower(w))
    }
}

/// `c` in lower case for word lookups: ASCII, Latin-1 and Latin Extended-A
/// letters (every letter of Indonesian and of the European names in the
/// news) mapped, any other character kept as it is. Not [`char::to_lowercase`]:
/// the full Unicode case tables cost the page's wasm 7.9 KB gzipped, and
/// no word list holds a word in another script.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let upper = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => return char::from_u32(u + 32).unwrap_or(c),
        0x130 => return 'i', // İ (Unicode: i and a combining dot)
        // Latin Extended-A: pairs upper, lower (Ā ā … Ĳ ĳ, Ŋ ŋ … Ž ž), but Ĺ … Ň and Ź … Ž start odd
        0x100..=0x137 | 0x14A..=0x177 => u % 2 == 0,
        0x139..=0x148 | 0x179..=0x17E => u % 2 == 1,
        0x178 => return 'ÿ',
        _ => false,
    };
    if upper { char::from_u32(u + 1).unwrap_or(c) } else { c }
}

/// Sorts `v` stably by `key`. Every caller shares one sort of `(key, index)`
/// pairs and a small permutation: each `sort_by_key` would instantiate the
/// whole standard sort again, and a dozen of them made up a large part of the
/// page's wasm.
pub fn sort_by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, u32)> = v.iter().enumerate().map(|(i, x)| (key(x), i as u32)).collect();
    if order.is_sorted() {
        return;
    }
    // (the standard stable sort: it merges the runs it finds, so a sorted
    // list with a few appended is sorted in about linear time)
    order.sort();
    // position i takes the element now at order[i].1: each cycle of the
    // permutation is walked once, a swap per step
    let from: Vec<u32> = order.into_iter().map(|(_, i)| i).collect();
    let mut done = vec![false; from.len()];
    for i in 0..from.len() {
        let mut at = i;
        while !done[at] {
            done[at] = true;
            let next = from[at] as usize;
            if next == i {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

/// The key of a span for [`sort_by_key`]: by start, then `end` ascending or
/// (`longest_first`) descending.
pub fn span_key(start: usize, end: usize, longest_first: bool) -> u64 {
    let end = if longest_first { u32::MAX as usize - end } else { end };
    ((start as u64) << 32) | end as u64
}

/// `s` in lower case by [`lower_char`].
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}

/// `s` in lower case by [`lower_char`], appended to `out` (no allocation of
/// its own: for a buffer reused from word to word).
pub fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let a = out.len();
        out.push_str(s);
        out[a..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().map(lower_char));
    }
}

/// A whole text in lower case, as [`lower`], when that keeps every byte
/// offset: `None` for a text with *İ* (the one letter [`lower_char`]
/// shortens). Its ASCII runs are lower-cased in bulk, and only the other
/// characters (a few in most texts) decoded one by one.
fn lower_text(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let n = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        push_lower(&mut out, &rest[..n]);
        let mut chars = rest[n..].chars();
        match chars.next() {
            None => return Some(out),
            Some('İ') => return None,
            Some(c) => out.push(lower_char(c)),
        }
        rest = chars.as_str();
    }
}

/// [`lower`] as a method of any string.
pub trait Lower {
    /// This string in lower case by [`lower_char`].
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        lower(self)
    }
}

/// Initials joined by full stops, the last one's stop left off (`A.M` of
/// *A.M. Fachir*): one token, since an inner full stop joins.
pub fn is_dotted_initials(w: &str) -> bool {
    is_dotted_letters(w, char::is_uppercase)
}

/// Two or more single letters for which `letter` holds, joined by full stops
/// (`A.M`; `a.m` in lower case).
pub fn is_dotted_letters(w: &str, letter: impl Fn(char) -> bool) -> bool {
    let mut parts = 0;
    for p in w.split('.') {
        let mut cs = p.chars();
        if !cs.next().is_some_and(&letter) || cs.next().is_some() {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '/' | ',' | ':' | '_' | '@' | '&')
}

/// The character at byte `i` of `s` (ASCII without decoding).
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        s[i..].chars().next()
    }
}

/// Top-level domains of the web addresses Indonesian news names (*Kompas.com*,
/// *VIVA.co.id*, *Metro.tv*).
pub(crate) const TOP_LEVEL_DOMAINS: [&str; 8] = ["com", "id", "net", "org", "co", "tv", "info", "news"];

/// Whether `rest` opens with a top-level domain written capitalized (*Com* of *Suara.Com*).
fn glued_domain(rest: &str) -> bool {
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    TOP_LEVEL_DOMAINS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: span.start + i, end: span.start + i + c.len_utf8(), kind: TokenKind::Punct });
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut has_letter = c.is_alphabetic();
        let mut part = i;
        loop {
            // ASCII letters and digits, most of a word, without decoding (as the
            // first arm below; natively only: the page's wasm has no bytes to spare)
            #[cfg(not(target_arch = "wasm32"))]
            while let Some(&b) = s.as_bytes().get(end).filter(|b| b.is_ascii_alphanumeric()) {
                has_letter |= !b.is_ascii_digit();
                end += 1;
            }
            match char_at(s, end) {
                Some(d) if d.is_alphanumeric() => {
                    has_letter |= d.is_alphabetic();
                    end += d.len_utf8();
                }
                // a sentence glued to the next (*mencolok.Kapolres*): a full stop after a
                // lower-case word and before a capitalized one ends it; domains
                // (*Kompas.com*) and initials (*A.M*) go on
                // (so does a title's abbreviation glued to the name: *dr.Agus*, *Ir.Joko*)
                // … and so does a full stop after a capitalized word (*kata Sukiran.Harga*,
                // *Empat Babak.Marsha*), unless a domain follows (*Suara.Com*), or after a
                // number (*24 Mei 2022.Ahmadi menjelaskan*: a decimal has digits after its dot)
                Some('.') if (end - part >= 3 && s[part..end].bytes().all(|b| b.is_ascii_lowercase())
                    || s[part..end].bytes().all(|b| b.is_ascii_digit())
                    || GLUED_TITLES.contains(&&s[part..end])
                    || (end - part >= 4 && s[part..end].bytes().skip(1).all(|b| b.is_ascii_lowercase()) && s.as_bytes()[part].is_ascii_uppercase() && !glued_domain(&s[end + 1..])))
                    && char_at(s, end + 1).is_some_and(|u| u.is_uppercase() && char_at(s, end + 1 + u.len_utf8()).is_some_and(char::is_lowercase)) =>
                {
                    break;
                }
                // *se-* before a capitalized name ("throughout"): the name is a word of
                // its own (*se-Kabupaten Bogor*, *se-DKI*), as the guidelines mark it
                Some('-') if &s[i..end] == "se" && char_at(s, end + 1).is_some_and(char::is_uppercase) => break,
                Some(d) if is_inner_joiner(d) => {
                    // keep the joiner only when a letter/digit follows it
                    let ok = match char_at(s, end + d.len_utf8()) {
                        Some(n) if n.is_alphanumeric() => {
                            // "," and ":" join digits only (1,5 / 10:00)
                            !matches!(d, ',' | ':') || (s[..end].ends_with(|p: char| p.is_ascii_digit()) && n.is_ascii_digit())
                        }
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    end += d.len_utf8();
                    part = end;
                }
                _ => break,
            }
        }
        let kind = if has_letter { TokenKind::Word } else { TokenKind::Number };
        out.push(Token { start: span.start + i, end: span.start + end, kind });
        i = end;
    }
}

fn split_sentences(text: &str, para: Span, tokens: &[Token], out: &mut Vec<Span>) {
    let mut start = para.start;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let tt = &text[t.start..t.end];
        if t.kind == TokenKind::Punct && matches!(tt, "." | "!" | "?") {
            // absorb repeated punctuation and closing marks; a mark closes only
            // when it touches what precedes it (`berbeda."`): after a space
            // (`02. "Data`) a straight quote opens the next sentence
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].kind == TokenKind::Punct
                && match &text[tokens[j].start..tokens[j].end] {
                    "." | "!" | "?" => true,
                    "”" | "\"" | "’" | "'" | ")" | "»" => tokens[j].start == tokens[j - 1].end,
                    _ => false,
                }
            {
                j += 1;
            }
            let end = tokens[j - 1].end;
            let is_abbrev = tt == "." && i > 0 && {
                let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
                tokens[i - 1].end == t.start
                    && (ABBREVIATIONS.contains(&prev)
                        || (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase))
                        || is_dotted_initials(prev))
            };
            let next_starts = match tokens.get(j) {
                None => true,
                Some(n) => {
                    let c = text[n.start..].chars().next().unwrap_or(' ');
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '«' | '(' | '-' | '–')
                }
            };
            if !is_abbrev && next_starts && j < tokens.len() {
                out.push(Span::new(start, end));
                start = tokens[j].start;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < para.end {
        out.push(Span::new(start, para.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Segmented::new(text).tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        Segmented::new(text).sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn lower_case_agrees_with_unicode_on_latin_letters() {
        let cases = [
            ("ascii", "JAKARTA Kompas.com", "jakarta kompas.com"),
            ("latin-1 accents", "ÉLYSÉE Müller Ñ", "élysée müller ñ"),
            ("latin extended-a pairs", "ŁÓDŹ ŠKODA Ğ", "łódź škoda ğ"),
            ("odd-start runs of extended-a", "ĹĽŇ ŹŻŽ", "ĺľň źżž"),
            ("other scripts are kept", "ΑΘΗΝΑ Москва 北京", "ΑΘΗΝΑ Москва 北京"),
        ];
        for (name, input, want) in cases {
            assert_eq!(lower(input), want, "{name}");
            // appended to a buffer that already holds a word, the same form
            let mut buf = String::from("Kata ");
            push_lower(&mut buf, input);
            assert_eq!(buf, format!("Kata {want}"), "{name}, appended");
        }
        // every letter mapped agrees with the standard library's mapping
        for c in (0u32..0x180).filter_map(char::from_u32) {
            let mapped = lower_char(c);
            let unicode: Vec<char> = c.to_lowercase().collect();
            match unicode[..] {
                [one] => assert_eq!(one, mapped, "{c:?}"),
                _ => assert_eq!(mapped, 'i', "{c:?}: only İ lower-cases to two characters here"),
            }
        }
    }

    #[test]
    fn lower_of_is_the_lower_case_of_each_token() {
        for text in ["Presiden JOKO Widodo “tiba” di Ĺódź — ÉLYSÉE.", "Kata İbrahim di İSTANBUL, Ŋ ĲSSEL.", "", "İ"] {
            let seg = Segmented::new(text);
            assert_eq!(seg.lowered().is_some(), !text.contains('İ'), "{text}: offsets kept unless İ shortens");
            for t in &seg.tokens {
                assert_eq!(seg.lower_of(text, t.start, t.end), lower(&text[t.start..t.end]), "{text}: {t:?}");
            }
        }
    }

    #[test]
    fn tokens_keep_inner_joiners() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("domain", "Tribunnews.com, Seoul", &["Tribunnews.com", ",", "Seoul"]),
            ("hyphen", "PDI-P dan Soekarno-Hatta", &["PDI-P", "dan", "Soekarno-Hatta"]),
            ("numeric date", "Minggu (10/9/2023).", &["Minggu", "(", "10/9/2023", ")", "."]),
            ("clock", "pukul 10.00 WIB", &["pukul", "10.00", "WIB"]),
            ("decimal comma", "naik 1,5 persen, kata", &["naik", "1,5", "persen", ",", "kata"]),
            ("curly quotes", "“Kami,” kata", &["“", "Kami", ",", "”", "kata"]),
            ("trailing dot", "di Jakarta.", &["di", "Jakarta", "."]),
            ("sentences glued at a full stop", "cukup mencolok.Kapolres datang", &["cukup", "mencolok", ".", "Kapolres", "datang"]),
            ("regression: a two-byte capital after a glued full stop", "dihapusbukukan.Â", &["dihapusbukukan.Â"]),
            ("a title glued to the name", "Kepala Dinas, dr.Agus menyampaikan", &["Kepala", "Dinas", ",", "dr", ".", "Agus", "menyampaikan"]),
            ("a sentence ending in a name glued to the next", "kata Sukiran.Harga naik", &["kata", "Sukiran", ".", "Harga", "naik"]),
            ("a sentence ending in a number glued to the next", "Mei 2022.Ahmadi menjelaskan", &["Mei", "2022", ".", "Ahmadi", "menjelaskan"]),
            ("a decimal number stays one token", "naik 2.5 persen", &["naik", "2.5", "persen"]),
            ("a domain written capitalized stays on its name", "Iwan Suara.Com", &["Iwan", "Suara.Com"]),
            ("initials after a title's letter stay joined", "H.M.Prasetyo", &["H.M.Prasetyo"]),
            ("regression: a two-byte capital then a letter after a glued full stop", "dihapusbukukan.Âb", &["dihapusbukukan", ".", "Âb"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(&words(text), want, "{name}");
        }
    }

    #[test]
    fn sentences_split_but_not_after_abbreviations() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("plain", "Ia datang. Lalu pergi.", &["Ia datang.", "Lalu pergi."]),
            ("title abbreviation", "Kata dr. Budi di Jl. Sudirman.", &["Kata dr. Budi di Jl. Sudirman."]),
            ("company abbreviation", "Laba PT. Garuda Indonesia naik.", &["Laba PT. Garuda Indonesia naik."]),
            ("regression: an honorific abbreviation", "Korban adalah Ny. Karmanah (55), warga kampung itu.", &["Korban adalah Ny. Karmanah (55), warga kampung itu."]),
            ("initial", "Oleh M. Iqbal kemarin.", &["Oleh M. Iqbal kemarin."]),
            ("dotted initials", "Kata A.M. Fachir kemarin. Lalu pergi.", &["Kata A.M. Fachir kemarin.", "Lalu pergi."]),
            ("glued at a full stop", "Perhiasan mencolok.Kapolres datang.", &["Perhiasan mencolok.", "Kapolres datang."]),
            ("glued after a number", "Selasa, 24 Mei 2022.Ahmadi menjelaskan.", &["Selasa, 24 Mei 2022.", "Ahmadi menjelaskan."]),
            ("quote close", "“Siap.” Kata dia.", &["“Siap.”", "Kata dia."]),
            ("straight quote close", "\"Siap.\" Kata dia.", &["\"Siap.\"", "Kata dia."]),
            ("straight quote opening the next sentence", "nomor urut 02. \"Data kami,\" ujarnya.", &["nomor urut 02.", "\"Data kami,\" ujarnya."]),
            ("lower-case next", "Rp 5 jt. dan lain", &["Rp 5 jt. dan lain"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(&sentences(text), want, "{name}");
        }
    }

    #[test]
    fn shared_sort_is_stable_and_orders_spans() {
        // (start, end, tag): equal keys keep their order
        let mut spans = vec![(5, 9, 'a'), (0, 3, 'b'), (5, 7, 'c'), (0, 3, 'd'), (2, 4, 'e'), (5, 9, 'f')];
        super::sort_by_key(&mut spans, |s| super::span_key(s.0, s.1, true));
        assert_eq!(spans, [(0, 3, 'b'), (0, 3, 'd'), (2, 4, 'e'), (5, 9, 'a'), (5, 9, 'f'), (5, 7, 'c')], "longest first at each start");
        super::sort_by_key(&mut spans, |s| super::span_key(s.0, s.1, false));
        assert_eq!(spans, [(0, 3, 'b'), (0, 3, 'd'), (2, 4, 'e'), (5, 7, 'c'), (5, 9, 'a'), (5, 9, 'f')], "shortest first");
        let mut words = vec!["ab", "abcd", "a", "abc", "xy"];
        super::sort_by_key(&mut words, |w| u64::MAX - w.len() as u64);
        assert_eq!(words, ["abcd", "abc", "ab", "xy", "a"], "longest first, ties in order");
        // a sorted list with a few appended (how the passes add mentions), and its rotation
        let mut many: Vec<(u64, usize)> = (0..5000).map(|i| (i * 2, i as usize)).chain((0..50).map(|i| (i * 199, 9000 + i as usize))).collect();
        let mut want = many.clone();
        want.sort_by_key(|x| x.0);
        super::sort_by_key(&mut many, |x| x.0);
        assert_eq!(many, want, "appended then sorted");
        many.rotate_left(1234);
        super::sort_by_key(&mut many, |x| x.0);
        assert_eq!(many, want, "rotated then sorted");
        let mut none: Vec<u8> = Vec::new();
        super::sort_by_key(&mut none, |&x| u64::from(x));
        assert!(none.is_empty());
    }

    #[test]
    fn paragraphs_are_non_blank_lines() {
        let text = "Satu.\r\n\n  Dua  \nTiga";
        let seg = Segmented::new(text);
        let paras: Vec<&str> = seg.paragraphs.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(paras, ["Satu.", "Dua", "Tiga"]);
        assert_eq!(seg.paragraph_at(text.find("Dua").unwrap()), Some(1));
        for (i, p) in seg.paragraphs.iter().enumerate() {
            assert_eq!(seg.paragraph_tokens(i), seg.tokens_in(*p), "paragraph {i}");
            assert_eq!(seg.paragraph_first_sentence(i), seg.sentence_at(p.start).unwrap(), "paragraph {i}");
        }
    }

    #[test]
    fn sentence_tokens_are_the_tokens_inside_each_sentence() {
        let cases: &[(&str, &str)] = &[
            ("paragraphs and sentences", "Satu dua. Tiga!\n\n  Empat “lima.” Enam\nTujuh."),
            ("abbreviation", "Kata dr. Budi di Jl. Sudirman. Lalu pergi."),
            ("empty", ""),
            ("blank lines only", "\n \n"),
        ];
        for (name, text) in cases {
            let seg = Segmented::new(text);
            for (i, s) in seg.sentences.iter().enumerate() {
                let by_search = seg.tokens.partition_point(|t| t.start < s.start)..seg.tokens.partition_point(|t| t.start < s.end);
                assert_eq!(seg.sentence_tokens(i), by_search, "{name}: sentence {i}");
            }
        }
    }
}
