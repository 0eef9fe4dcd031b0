//! Invariants that hold for any input, checked over arbitrary Unicode and over
//! generated news-like text (so the deeper rules run, not just the tokenizer).

#![cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency

use proptest::prelude::*;
use sorot::render::to_html;
use sorot::text::offsets::utf16_to_byte;
use sorot::{Annotator, Document, OffsetUnit, Options, QuoteKind};
use std::sync::OnceLock;

fn annotator() -> &'static Annotator {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(Annotator::new)
}

/// Pieces of Indonesian news text, mixed with marks, digits and odd characters.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Presiden"), Just("Joko Widodo"), Just("kata"), Just("ujarnya"), Just("mengatakan"), Just("Menurut"),
        Just("bahwa"), Just("Kementerian Luar Negeri"), Just("Polres"), Just("di"), Just("Jakarta"), Just("Jawa Barat"),
        Just("Senin"), Just("(11/9/2023)"), Just("(4/11)"), Just("pukul"), Just("10.00"), Just("WIB"), Just("kemarin"),
        Just("tahun lalu"), Just("2019"), Just("September"), Just("“"), Just("”"), Just("\""), Just("‘"), Just("’"),
        Just("«"), Just("»"), Just(","), Just("."), Just("\n"), Just("Baca juga:"), Just("(AS)"), Just("-nya"),
        Just("😀"), Just("\u{a0}"), Just("\u{200b}"), Just("\u{fffd}"), Just("é"), Just("\u{202e}"), Just("JAKARTA,"),
        Just("KOMPAS.com"), Just("–"), Just("Jl."), Just("H."), Just("dr."), Just("Rp"), Just("1,5"), Just("Kim"),
        // sentences glued at a full stop, the next one opening with a wide capital
        Just("mencolok.Kapolres"), Just("dihapusbukukan.Â"), Just("adil.Élan"), Just("A.M."),
    ];
    // every word of the cue and title lists too, as written and capitalized (a
    // text opening with *Menurutnya* once read the token before the first)
    let words = lexicon_words();
    let listed = prop::sample::select(words.clone());
    let pieces = prop::collection::vec(prop_oneof![3 => piece.prop_map(str::to_string), 1 => listed], 0..80);
    // (a listed word may open the text: the first token has no token before it)
    (prop::option::of(prop::sample::select(words)), pieces).prop_map(|(first, ps)| first.into_iter().chain(ps).collect::<Vec<_>>().join(" "))
}

/// The words of the reporting-verb, quote-cue and title lists, lower-case and capitalized.
fn lexicon_words() -> Vec<String> {
    let lists = [
        include_str!("../data/reporting-verbs.txt"),
        include_str!("../data/titles.txt"),
        include_str!("../data/quotes/passive-cues.txt"),
        include_str!("../data/quotes/passive-agent-cues.txt"),
        include_str!("../data/quotes/pronouns.txt"),
        include_str!("../data/quotes/unnamed.txt"),
        include_str!("../data/quotes/connectives.txt"),
        include_str!("../data/quotes/phrase-boundaries.txt"),
        include_str!("../data/dates/relative-days.txt"),
    ];
    let mut out = vec!["menurutnya".to_string(), "Menurutnya".to_string(), "katanya".to_string(), "Dikatakannya".to_string()];
    for line in lists.iter().flat_map(|l| l.lines()).filter(|l| !l.starts_with('#') && !l.starts_with('[')) {
        for w in line.split_whitespace().filter(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')) {
            let mut cap = w.to_string();
            if let Some(f) = cap.get(..1).map(str::to_uppercase) {
                cap.replace_range(..1, &f);
            }
            out.push(w.to_string());
            out.push(cap);
        }
    }
    out.sort();
    out.dedup();
    out
}

fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let mut spans: Vec<(&str, usize, usize, &str)> = Vec::new();
    spans.extend(doc.entities.iter().map(|e| ("entity", e.start, e.end, e.text.as_str())));
    spans.extend(doc.dates.iter().map(|d| ("date", d.start, d.end, d.text.as_str())));
    spans.extend(doc.quotes.iter().map(|q| ("quote", q.start, q.end, q.text.as_str())));
    spans.extend(doc.boilerplate.iter().map(|b| ("boilerplate", b.start, b.end, b.text.as_str())));
    for (layer, s, e, t) in &spans {
        prop_assert!(s <= e && *e <= text.len(), "{layer} {s}..{e} out of bounds");
        prop_assert!(text.is_char_boundary(*s) && text.is_char_boundary(*e), "{layer} {s}..{e} splits a char");
        prop_assert_eq!(&text[*s..*e], *t, "{} text", layer);
    }
    let sorted_disjoint = |v: Vec<(usize, usize)>| v.windows(2).all(|w| w[0].1 <= w[1].0);
    prop_assert!(sorted_disjoint(doc.entities.iter().map(|e| (e.start, e.end)).collect()), "entities overlap");
    prop_assert!(sorted_disjoint(doc.dates.iter().map(|d| (d.start, d.end)).collect()), "dates overlap");
    let direct: Vec<(usize, usize)> =
        doc.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| (q.start, q.end)).collect();
    prop_assert!(sorted_disjoint(direct), "direct quotes overlap");
    // Indirect quotes may nest (a reported source inside a report), never cross.
    let indirect: Vec<(usize, usize)> =
        doc.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).map(|q| (q.start, q.end)).collect();
    for (i, a) in indirect.iter().enumerate() {
        for b in &indirect[i + 1..] {
            let crossing = a.0 < b.0 && b.0 < a.1 && a.1 < b.1;
            prop_assert!(!crossing, "indirect quotes cross: {:?} {:?}", a, b);
        }
    }
    for e in &doc.entities {
        prop_assert!(e.cluster < doc.clusters.len(), "cluster index");
    }
    // Offsets convert to UTF-16 and back to the same bytes.
    let u16doc = doc.convert_offsets(text, OffsetUnit::Utf16);
    for (b, u) in doc.entities.iter().zip(&u16doc.entities) {
        prop_assert_eq!(utf16_to_byte(text, u.start), Some(b.start));
        prop_assert_eq!(utf16_to_byte(text, u.end), Some(b.end));
    }
    // The hand-written JSON (the wasm's) is serde's, byte for byte.
    prop_assert_eq!(u16doc.to_json(), serde_json::to_string(&u16doc).unwrap());
    // Rendering and stripping the tags gives back exactly the escaped input.
    let html = to_html(text, doc);
    let mut stripped = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => stripped.push(c),
            _ => {}
        }
    }
    let mut escaped = String::new();
    sorot::render::escape_html(text, &mut escaped);
    prop_assert_eq!(stripped, escaped);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text_gives_a_consistent_document(chars in prop::collection::vec(any::<char>(), 0..400)) {
        let text: String = chars.into_iter().collect();
        let doc = annotator().annotate(&text, &Options::default()).unwrap();
        check_document(&text, &doc)?;
    }

    #[test]
    fn news_like_text_gives_a_consistent_document(text in newsish(), dated in any::<bool>()) {
        let mut options = Options::default();
        if dated {
            options = options.with_date("2024-02-29".parse().unwrap());
        }
        let doc = annotator().annotate(&text, &options).unwrap();
        check_document(&text, &doc)?;
    }
}
