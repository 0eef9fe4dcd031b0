//! Quotes through the whole pipeline: speakers map to entity clusters.

use sorot::{Annotator, Options, QuoteKind};

#[test]
fn speaker_maps_to_its_entity_cluster() {
    let text = "Juru bicara keamanan nasional Gedung Putih John Kirby mengatakan pihaknya merasa prihatin dengan kesepakatan itu.\n“Kami mendesak Korea Utara untuk menghentikan perundingan senjata,” kata Kirby.\n";
    let doc = Annotator::new().annotate(text, &Options::default()).unwrap();
    let direct: Vec<_> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1);
    let q = direct[0];
    assert_eq!(q.speaker, "John Kirby");
    let sp = q.speaker_span.expect("speaker span");
    assert_eq!(&text[sp.start..sp.end], "Kirby");
    if let Some(c) = q.speaker_cluster {
        assert_eq!(doc.clusters[c].name, "John Kirby");
    }
    let indirect: Vec<_> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).collect();
    assert_eq!(indirect.len(), 1);
    assert_eq!(indirect[0].text, "pihaknya merasa prihatin dengan kesepakatan itu");
    assert_eq!(indirect[0].speaker, "John Kirby");
}

#[test]
fn quotes_layer_alone_still_finds_speakers() {
    let text = "“Kami siap bertanding,” kata pelatih Persib Bojan Hodak.";
    let mut options = Options::default();
    options.layers.entities = false;
    let doc = Annotator::new().annotate(text, &options).unwrap();
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].speaker, "Bojan Hodak");
}
