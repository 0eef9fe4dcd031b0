//! The library API on the seed article (the page's sample; tests/fixtures).

use sorot::{Annotator, EntityLabel, EntitySource, OffsetUnit, Options, QuoteKind};

fn seed() -> (String, Options) {
    let v: serde_json::Value = serde_json::from_str(include_str!("fixtures/seed-article.json")).unwrap();
    let date = v["date"].as_str().unwrap().parse().unwrap();
    (v["text"].as_str().unwrap().to_string(), Options::default().with_date(date))
}

#[test]
fn seed_article_has_named_people_places_dates_and_quotes() {
    let (text, options) = seed();
    let doc = Annotator::new().annotate(&text, &options).unwrap();
    let has = |label, name: &str| doc.entities.iter().any(|e| e.label == label && e.text == name);
    assert!(has(EntityLabel::Per, "Vladimir Putin"));
    assert!(has(EntityLabel::Loc, "Pyongyang"));
    let d = doc.dates.iter().find(|d| d.text == "Minggu (10/9/2023)").expect("date");
    assert_eq!(d.value, "2023-09-10");
    assert!(doc.quotes.iter().any(|q| q.kind == QuoteKind::Direct && q.text.starts_with("Kami mendesak Korea Utara")));
    assert!(doc.boilerplate.iter().any(|b| b.text.starts_with("Baca juga:")));
    assert_eq!(doc.anchor.as_deref(), Some("2023-09-12"));
}

#[test]
fn every_span_is_its_text_in_every_unit() {
    let (text, options) = seed();
    let text = format!("😀👍🏽 {text} « ‘x’ » 中文");
    let doc = Annotator::new().annotate(&text, &options).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    let u = doc.convert_offsets(&text, OffsetUnit::Utf16);
    let c = doc.convert_offsets(&text, OffsetUnit::CodePoint);
    for ((b, u), c) in doc.entities.iter().zip(&u.entities).zip(&c.entities) {
        assert_eq!(&text[b.start..b.end], b.text);
        assert_eq!(String::from_utf16(&utf16[u.start..u.end]).unwrap(), b.text);
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), b.text);
    }
    for ((b, u), c) in doc.quotes.iter().zip(&u.quotes).zip(&c.quotes) {
        assert_eq!(String::from_utf16(&utf16[u.start..u.end]).unwrap(), b.text);
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), b.text);
    }
}

#[test]
fn odd_inputs_give_clean_results() {
    let a = Annotator::new();
    let cases: &[(&str, String)] = &[
        ("empty", String::new()),
        ("whitespace", " \n\t\r\n ".into()),
        ("unmatched quotes", "“Kami siap, kata dia.\n”\"«".into()),
        ("control characters", "\0\u{1}Jakarta\u{7f}".into()),
        ("replacement chars from lone surrogates", "\u{FFFD}“\u{FFFD}”kata Budi".into()),
        ("one long word", "a".repeat(100_000)),
    ];
    for (name, text) in cases {
        let doc = a.annotate(text, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        for e in &doc.entities {
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{name}");
        }
    }
}

#[test]
fn too_large_input_is_an_error_not_a_hang() {
    let text = " ".repeat(sorot::MAX_INPUT_BYTES + 1);
    let err = Annotator::new().annotate(&text, &Options::default()).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn tagger_option_keeps_the_rules_persons_and_takes_the_taggers_other_names() {
    let annotator = Annotator::new();
    // the rules find no name in "Kedatangan Gibran"; the tagger does
    let text = "Kedatangan Gibran disambut warga Solo. Kepala Dinas Kesehatan Kota Bandung Ahyani Raksanagara mengatakan, \
                pengungkapan itu dilakukan tim dari Sat Res Narkoba Polrestabes Medan.";
    let by_rules = annotator.annotate(text, &Options::default().with_tagger(false)).unwrap();
    let both = annotator.annotate(text, &Options::default()).unwrap();
    assert_eq!(both, annotator.annotate(text, &Options::default().with_tagger(true)).unwrap(), "the tagger is the default");
    assert!(by_rules.entities.iter().all(|e| e.source == EntitySource::Rules));
    // every person of the rules is kept as the rules read it
    for r in by_rules.entities.iter().filter(|e| e.label == EntityLabel::Per) {
        assert!(both.entities.iter().any(|e| e.start == r.start && e.end == r.end && e.source == EntitySource::Rules), "{r:?} kept");
    }
    let found: Vec<(&str, EntityLabel)> = both.entities.iter().map(|e| (e.text.as_str(), e.label)).collect();
    assert_eq!(
        found,
        [
            ("Gibran", EntityLabel::Per),
            ("Solo", EntityLabel::Loc),
            ("Dinas Kesehatan Kota Bandung", EntityLabel::Org),
            ("Ahyani Raksanagara", EntityLabel::Per),
            // the tagger's organization, where the rules read a place and a shorter organization
            ("Sat Res Narkoba Polrestabes Medan", EntityLabel::Org),
        ]
    );
    // no two mentions overlap, whichever produced them
    assert!(both.entities.windows(2).all(|w| w[0].end <= w[1].start));
    // JSON says which produced each entity.
    let json = serde_json::to_value(&both).unwrap();
    assert_eq!(json["entities"][0]["source"], "tagger");
}

#[cfg(not(feature = "rules-only"))]
#[test]
fn a_damaged_or_stale_model_is_rejected_with_a_reason() {
    let err = Annotator::with_model(Some(b"SOROTNER\x63\x00")).expect_err("rejected").to_string();
    assert!(err.contains("format version 99") && err.contains("sorot train"), "{err}");
    let err = Annotator::with_model(Some(b"PK\x03\x04")).expect_err("rejected").to_string();
    assert!(err.contains("not a sorot tagger model"), "{err}");
    // No model: rules only, and asking for the tagger is a clear error.
    let rules_only = Annotator::with_model(None).unwrap();
    let err = rules_only.annotate("Budi pergi ke Bandung.", &Options::default().with_tagger(true)).unwrap_err();
    assert!(err.to_string().contains("no tagger model"), "{err}");
}

#[cfg(feature = "rules-only")]
#[test]
fn rules_only_build_has_no_tagger() {
    let err = Annotator::with_model(Some(b"SOROTNER")).expect_err("no tagger in this build").to_string();
    assert!(err.contains("rules-only"), "{err}");
    let annotator = Annotator::new();
    let err = annotator.annotate("Budi pergi ke Bandung.", &Options::default().with_tagger(true)).unwrap_err();
    assert!(err.to_string().contains("no tagger model"), "{err}");
    let doc = annotator.annotate("Budi pergi ke Bandung.", &Options::default()).unwrap();
    assert!(doc.entities.iter().all(|e| e.source == EntitySource::Rules));
}
