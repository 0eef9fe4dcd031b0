//! End-to-end entity checks through the public API (all layers on).

use sorot::{Annotator, EntityLabel, Options};

#[test]
fn article_entities_and_clusters() {
    let text = "TRIBUNNEWS.COM, SEOUL – Pemimpin Korea Utara Kim Jong Un meninggalkan Pyongyang menuju Rusia.\n\
                Juru bicara keamanan nasional Gedung Putih John Kirby mengatakan Amerika Serikat (AS) prihatin.\n\
                “Kami mendesak Korea Utara berhenti,” kata Kirby.\n\
                Baca juga: Uni Eropa Rasis ke Orang Rusia\n\
                Menurut Kim, kunjungan itu penting.";
    let doc = Annotator::new().annotate(text, &Options::default()).unwrap();
    let got: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.label.as_str(), &text[e.start..e.end])).collect();
    assert_eq!(
        got,
        [
            ("ORG", "TRIBUNNEWS.COM"),
            ("LOC", "SEOUL"),
            ("LOC", "Korea Utara"),
            ("PER", "Kim Jong Un"),
            ("LOC", "Pyongyang"),
            ("LOC", "Rusia"),
            ("ORG", "Gedung Putih"),
            ("PER", "John Kirby"),
            ("LOC", "Amerika Serikat"),
            ("LOC", "AS"),
            ("LOC", "Korea Utara"),
            ("PER", "Kirby"),
            ("PER", "Kim"),
        ]
    );
    let cluster_of = |s: &str| {
        let e = doc.entities.iter().find(|e| &text[e.start..e.end] == s).unwrap();
        &doc.clusters[e.cluster]
    };
    assert_eq!(cluster_of("Kirby").name, "John Kirby");
    assert_eq!(cluster_of("Kim").name, "Kim Jong Un");
    assert_eq!(cluster_of("AS").name, "Amerika Serikat");
    assert_eq!(cluster_of("Korea Utara").count, 2);
    assert!(doc.clusters.iter().enumerate().all(|(i, c)| c.id == i && c.count > 0));
    assert!(doc.entities.iter().all(|e| e.label != EntityLabel::Per || !e.text.ends_with("nya")));
}
