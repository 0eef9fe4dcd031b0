//! Pairing quotation marks.
//!
//! Rules:
//! - Double marks `“ ” " « » „` (and `''`, two apostrophes typed for one)
//!   pair within a paragraph, left to right. A mark
//!   preceded by a space (or the paragraph start) and followed by a letter
//!   opens; one after a letter and before a space or punctuation closes;
//!   `”` and `"` do either (many sites use `”` on both sides), `“`, `«` open
//!   and `»` closes, and mismatched pairs (`“…"`) are fine.
//! - Single marks `‘ ’ '` pair only outside a double quote (inside one they
//!   are nested marks, not quotes of their own); an apostrophe between two
//!   letters (*Jum'at*, *sami'na*) is not a mark.
//! - An opening mark with no closing one before the paragraph end makes a
//!   quote up to the paragraph end; if the next paragraph starts with an
//!   opening mark (or has a lone closing mark), the quote continues there:
//!   one span per paragraph, linked as one quote.
//! - An opener met while a quote is open (a missing close) drops the older
//!   opener; a lone closer after at least three words makes a quote from the
//!   paragraph start.
//! - One pass over the characters: linear, never panics on unbalanced input.

use crate::document::Span;
use crate::text::Segmented;

/// A pair of marks: the outer span includes them, the inner one does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkPair {
    /// From the opening mark to after the closing mark.
    pub outer: Span,
    /// The quoted words.
    pub inner: Span,
    /// Single marks (‘…’).
    pub single: bool,
    /// Continues a quote opened in an earlier paragraph.
    pub continues: bool,
    /// No closing mark before the paragraph end.
    pub open_end: bool,
}

/// `c` is any quotation mark this module knows.
pub fn is_mark_char(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»' | '„' | '‟' | '‘' | '’' | '\'' | '‹' | '›')
}

fn is_single(c: char) -> bool {
    matches!(c, '‘' | '’' | '\'' | '‹' | '›')
}

fn words_in(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Pairs the marks of every paragraph.
pub fn pair_marks(text: &str, seg: &Segmented) -> Vec<MarkPair> {
    let mut out: Vec<MarkPair> = Vec::new();
    let mut carry = false;
    for p in &seg.paragraphs {
        let s = &text[p.start..p.end];
        let mut dbl: Option<(usize, usize, bool)> = None; // (mark start, inner start, continues)
        let mut sgl: Option<(usize, usize)> = None;
        let mut last_close = p.start;
        // Every mark starts with one of these bytes (« » with 0xC2, the
        // typographic ones with 0xE2): only they need decoding, and the
        // search jumps from one to the next.
        let bytes = s.as_bytes();
        let mut from = 0;
        while let Some(off) = bytes[from..].iter().position(|&b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)) {
            let i = from + off;
            from = i + 1;
            let Some(c) = s[i..].chars().next().filter(|&c| is_mark_char(c)) else {
                continue;
            };
            // two apostrophes typed for a double mark (''Jika …,'' kata dia)
            let (c, len) = if s[i..].starts_with("''") { ('"', 2) } else { (c, c.len_utf8()) };
            from = i + len;
            let pc = s[..i].chars().next_back();
            let next = s[i + len..].chars().next();
            let at = p.start + i;
            let after = at + len;
            let prev_space = pc.is_none_or(|x| x.is_whitespace() || "([{—–-/".contains(x));
            let next_space = next.is_none_or(|x| x.is_whitespace() || ",.;:!?)]}…".contains(x) || is_mark_char(x));
            let left = prev_space && !next_space;
            let right = !prev_space && next_space;
            if is_single(c) {
                if matches!(c, '\'' | '’') && pc.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
                    continue; // apostrophe
                }
                if dbl.is_some() {
                    continue; // nested
                }
                match sgl {
                    Some((o, inner)) if !left && c != '‘' && c != '‹' => {
                        if after > o && at > inner {
                            out.push(MarkPair {
                                outer: Span::new(o, after),
                                inner: Span::new(inner, at),
                                single: true,
                                continues: false,
                                open_end: false,
                            });
                        }
                        sgl = None;
                    }
                    _ if left || c == '‘' || c == '‹' => sgl = Some((at, after)),
                    _ => {}
                }
                continue;
            }
            match dbl {
                Some((o, inner, cont)) => {
                    let pure_open = left && c != '»';
                    if pure_open {
                        dbl = Some((at, after, false)); // the older opener was never closed
                    } else {
                        out.push(MarkPair {
                            outer: Span::new(o, after),
                            inner: Span::new(inner, at),
                            single: false,
                            continues: cont,
                            open_end: false,
                        });
                        dbl = None;
                        last_close = after;
                    }
                }
                None => {
                    let closer = c == '»' || (right && !matches!(c, '“' | '«' | '„'));
                    if closer {
                        if words_in(&text[last_close..at]) >= 3 {
                            let start = last_close + (text[last_close..at].len() - text[last_close..at].trim_start().len());
                            out.push(MarkPair {
                                outer: Span::new(start, after),
                                inner: Span::new(start, at),
                                single: false,
                                continues: carry && last_close == p.start,
                                open_end: false,
                            });
                        }
                        last_close = after;
                    } else {
                        dbl = Some((at, after, carry && at == p.start));
                    }
                }
            }
        }
        carry = false;
        if let Some((o, inner, cont)) = dbl {
            if words_in(&text[inner..p.end]) >= 1 {
                out.push(MarkPair {
                    outer: Span::new(o, p.end),
                    inner: Span::new(inner, p.end),
                    single: false,
                    continues: cont,
                    open_end: true,
                });
                carry = true;
            }
        }
    }
    // an unclosed opener stays a quote only when it opens its paragraph, follows a
    // cue (":" or ","), is long, or the quote goes on in the next paragraph
    let mut keep = vec![true; out.len()];
    for k in 0..out.len() {
        let q = out[k];
        if !q.open_end || q.continues {
            continue;
        }
        let para_start = seg.paragraph_at(q.outer.start).map(|i| seg.paragraphs[i].start);
        let at_start = para_start == Some(q.outer.start);
        let before = text[..q.outer.start].trim_end();
        let after_cue = before.ends_with(':') || before.ends_with(',');
        let continued = out.get(k + 1).is_some_and(|n| n.continues);
        let long = words_in(&text[q.inner.start..q.inner.end]) >= 6;
        keep[k] = at_start || after_cue || continued || long;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    out
}
