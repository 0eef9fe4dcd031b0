//! Who said a direct quote: the cue after or before its marks.
//!
//! Rules:
//! - **After the quote** (commas and dashes skipped): a base reporting verb
//!   (*kata*, *ujar*, *tutur* … `[after]` of `data/reporting-verbs.txt`, case-insensitive)
//!   followed by the speaker phrase; its `-nya` form (*ujarnya*) or a pronoun
//!   after it (*kata dia*) is a pronoun; *demikian pernyataan X* as well, and
//!   a statement, release or report and whose it is (*keterangan dari rilis
//!   BNPB*, *bunyi laporan koran Saudi Gazette*); a name
//!   or pronoun followed by a me-verb (*Cannavaro menuturkan*, *Ia menambahkan*);
//!   *Demikian dikatakan (oleh) X*; *Hal itu disampaikan X* opening the next
//!   sentence.
//! - **Before the quote**: a name and a colon (*Jokowi: "…"*); a reporting
//!   or lead-in verb earlier in the same sentence (*X mengatakan, "…"*, *Dian menuliskan caption yang berbunyi, "…"*)
//!   gives its subject.
//! - **Not quotes**: at most three words without closing punctuation, no cue
//!   after them, and either right after a naming word (*disebut*, *berjudul*,
//!   *film* …) or with no reporting verb earlier in the sentence
//!   (*kerudung warna "peach"*); a single-marked word inside a name
//!   (*Munafri 'Appi' Arifuddin*); quoted titles after a naming word of up to
//!   twelve words (in Title Case, also with a comma and a verb after them:
//!   *lewat film "Test Pack," mengakui*); two to twelve words all capitalized but the function
//!   words titles keep in lower case (`data/quotes/title-function-words.txt`),
//!   without a cue (*"Pengabdi Setan 2: Communion" meraih …*, *"Perspektif HAM
//!   atas Penanggulangan Pandemi"*).

use super::lexicon::class;
use super::marks::MarkPair;
use super::speaker::{Doc, Ref};
use crate::document::{EntityLabel, Span};
use crate::text::TokenKind;

/// A cue found for a direct quote.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    /// Who it names.
    pub who: Ref,
    /// The cue word(s).
    pub span: Span,
}

fn skip_joiners(doc: &Doc<'_>, mut j: usize) -> usize {
    while j < doc.len() && (doc.is_p(j, ',') || doc.is_p(j, '-') || doc.is_p(j, '–') || doc.is_p(j, '—')) {
        j += 1;
    }
    j
}

/// The attribution right after a quote's closing mark.
pub fn cue_after(doc: &Doc<'_>, pair: &MarkPair) -> Option<Cue> {
    if pair.open_end {
        return None;
    }
    let start = doc.tok_at(pair.outer.end);
    let mut j = skip_joiners(doc, start);
    if j >= doc.len() || !doc.same_para(start.saturating_sub(1), j) || doc.tok(j).start < pair.outer.end {
        return None;
    }
    // a new quote right after: no cue here
    if doc.is_mark(j) {
        return None;
    }
    let lex = doc.lex;
    let mut l = doc.l(j).to_string();
    if l == "demikian" && j + 1 < doc.len() {
        j += 1;
        l = doc.l(j).to_string();
        if matches!(l.as_str(), "pernyataan" | "keterangan" | "bunyi" | "tulis" | "kata" | "ujar" | "penjelasan") {
            return Some(Cue { who: doc.speaker_after(j + 1), span: doc.span(j, j + 1) });
        }
        // "Demikian dikatakan (oleh) X."
        if lex.passive.contains(&l) {
            let k = j + 1 + usize::from(j + 1 < doc.len() && doc.l(j + 1) == "oleh");
            return Some(Cue { who: doc.speaker_after(k), span: doc.span(j, j + 1) });
        }
    }
    if doc.tok(j).kind != TokenKind::Word {
        return None;
    }
    // *"…" keterangan dari rilis BNPB*, *"…" bunyi laporan koran Saudi Gazette*,
    // *"…" pernyataan Kemenag melalui Instagram*: a statement or release named
    // right after the quote, and whose it is
    if let Some(who) = statement_source(doc, j) {
        return Some(Cue { who, span: doc.span(j, j + 1) });
    }
    // "Hal itu dikatakan (oleh) X …" right after the quote
    if l == "hal" && j + 2 < doc.len() && matches!(doc.l(j + 1), "itu" | "ini" | "tersebut") && lex.passive.contains(doc.l(j + 2)) {
        let k = j + 3 + usize::from(j + 3 < doc.len() && doc.l(j + 3) == "oleh");
        let who = doc.speaker_after(k);
        if matches!(who, Ref::Named(..)) {
            return Some(Cue { who, span: doc.span(j + 2, j + 3) });
        }
    }
    if let Some(nya) = lex.after_verb(&l) {
        let who = if nya { Ref::Pronoun(j, j + 1) } else { doc.speaker_after(j + 1) };
        return Some(Cue { who, span: doc.span(j, j + 1) });
    }
    if lex.report.contains(&l) && doc.is_lower_word(j) {
        return Some(Cue { who: doc.speaker_after(j + 1), span: doc.span(j, j + 1) });
    }
    // "Cannavaro menuturkan." / "Ia menambahkan."
    let (who, r) = if lex.pronouns.contains(&l) {
        (Ref::Pronoun(j, j + 1), j + 1)
    } else if let Some((a, b, _, _)) = doc.mention_at(j).filter(|m| m.0 == j && m.2 != EntityLabel::Loc) {
        (Ref::Named(a, b), b)
    } else {
        return None;
    };
    let mut v = r;
    while v < doc.len() && lex.adverbs.contains(doc.l(v)) && v < r + 2 {
        v += 1;
    }
    if v < doc.len() && doc.is_lower_word(v) && (lex.report.contains(doc.l(v)) || lex.lead_in.contains(doc.l(v))) {
        let end = v + 1;
        if end >= doc.len() || doc.tok(end).kind == TokenKind::Punct || lex.boundaries.contains(doc.l(end)) {
            return Some(Cue { who, span: doc.span(v, v + 1) });
        }
    }
    None
}

/// *begitu bunyi rilis BNPB*, *keterangan dari rilis BNPB*, *pernyataan
/// Kemenag*, *laporan koran Saudi Gazette*: a document that states (a
/// statement, a release, a report) and the person or organization it is
/// from, named at once after it (past *dari*, *resmi*, *tertulis*, *pers*,
/// a newspaper word or another such noun).
fn statement_source(doc: &Doc<'_>, j: usize) -> Option<Ref> {
    const NOUNS: &[&str] = &["pernyataan", "keterangan", "rilis", "laporan", "siaran"];
    const BETWEEN: &[&str] = &["dari", "resmi", "tertulis", "pers", "koran", "harian", "surat", "kabar", "media"];
    let mut k = j;
    if matches!(doc.l(k), "begitu" | "demikian") {
        k += 1;
    }
    if k < doc.len() && doc.l(k) == "bunyi" {
        k += 1;
    }
    if k >= doc.len() || !NOUNS.contains(&doc.l(k)) || !doc.is_lower_word(k) {
        return None;
    }
    while k < doc.len() && (NOUNS.contains(&doc.l(k)) || BETWEEN.contains(&doc.l(k))) && doc.is_lower_word(k) {
        k += 1;
    }
    let (a, b, label, _) = doc.mention_at(k).filter(|m| m.0 == k)?;
    (label != EntityLabel::Loc).then_some(Ref::Named(a, b))
}

/// The lead-in before a quote's opening mark, in the same sentence.
pub fn cue_before(doc: &Doc<'_>, pair: &MarkPair) -> Option<Cue> {
    if pair.continues {
        return None;
    }
    let open = doc.tok_at(pair.outer.start);
    if open == 0 {
        return None;
    }
    // "Jokowi: "…"": a name right before a colon
    if open >= 2 && doc.is_p(open - 1, ':') && doc.same_para(open - 2, open) {
        if let Some((x, y, label, _)) = doc.mention_at(open - 2) {
            if y == open - 1 && label != EntityLabel::Loc {
                return Some(Cue { who: Ref::Named(x, y), span: doc.span(open - 1, open) });
            }
        }
    }
    let mut k = open;
    let mut steps = 0;
    while k > 0 && steps < 30 {
        k -= 1;
        steps += 1;
        if !doc.same_para(k, open) {
            // "Ia menjelaskan:" closing the previous paragraph leads into this one
            if !(k + 1 == open && doc.is_p(k, ':')) {
                return None;
            }
            continue;
        }
        if doc.is_p(k, '.') || doc.is_p(k, '!') || doc.is_p(k, '?') || (doc.is_mark(k) && k + 1 != open) {
            // a sentence end right before the quote: only an immediate ':' counts
            return None;
        }
        if doc.is_lower_word(k) && doc.has(k, class::REPORT | class::LEAD_IN) {
            // the verb's reported content must run into the quote: nothing but a
            // short object/complement between them
            let who = doc.subject_before(k);
            if who == Ref::Missing {
                return None;
            }
            return Some(Cue { who, span: doc.span(k, k + 1) });
        }
    }
    None
}

/// The quote is a scare quote, a term or a title, not an utterance.
pub fn is_term(doc: &Doc<'_>, pair: &MarkPair, has_cue_after: bool) -> bool {
    if pair.open_end || pair.continues {
        return false;
    }
    let inner = doc.text[pair.inner.start..pair.inner.end].trim();
    // (counted to 13: every test below asks about twelve words at most)
    let words = inner.split_whitespace().take(13).count();
    let ends_like_speech = inner.ends_with([',', '.', '!', '?', '…']);
    let open = doc.tok_at(pair.outer.start);
    let lex = doc.lex;
    // a nickname inside a name: Munafri 'Appi' Arifuddin
    if pair.single && words == 1 && open > 0 {
        let close = doc.tok_at(pair.inner.end);
        if doc.is_cap(open - 1) && close + 1 < doc.len() && doc.is_cap(close + 1) {
            return true;
        }
    }
    let naming_before = open > 0 && doc.has(open - 1, class::NAMING);
    // a title in Title Case: "Pengabdi Setan 2: Communion"
    let title_case = inner
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || lex.title_function_words.contains(w));
    // … named as one, even with a comma or verb after it (*lewat film "Test Pack,"
    // mengakui*: the comma is the sentence's, the verb the subject's)
    if naming_before && title_case && words <= 12 {
        return true;
    }
    if has_cue_after {
        return false;
    }
    if naming_before && words <= 12 && !ends_like_speech {
        return true;
    }
    if title_case && (2..=12).contains(&words) && !ends_like_speech {
        return true;
    }
    if words > 3 || ends_like_speech {
        return false;
    }
    if naming_before {
        return true;
    }
    // a reporting verb earlier in the sentence makes short words a quote
    // (menyatakan akan mengobarkan perjuangan "tanpa henti")
    let sent = doc.sent_of[open.min(doc.len() - 1)];
    let s0 = doc.tok_at(doc.seg.sentences[sent].start).max(open.saturating_sub(super::speaker::MAX_BACK));
    let verb_before = (s0..open).any(|k| doc.is_lower_word(k) && doc.has(k, class::REPORT | class::LEAD_IN));
    !verb_before
}
