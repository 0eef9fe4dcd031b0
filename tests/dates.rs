//! The date layer through the public API: the anchor found in the text,
//! granularities, offsets in non-ASCII text, and linear running time.

use sorot::{Annotator, Granularity, Layers, Options};

fn dates_only(date: Option<&str>) -> Options {
    let mut o = Options {
        layers: Layers { entities: false, dates: true, quotes: false, boilerplate: false },
        ..Options::default()
    };
    if let Some(d) = date {
        o = o.with_date(d.parse().unwrap());
    }
    o
}

/// `(text, value, granularity)` of every date in `text`.
fn dates(text: &str, date: Option<&str>) -> Vec<(String, String, Granularity)> {
    let doc = Annotator::new().annotate(text, &dates_only(date)).unwrap();
    for d in &doc.dates {
        assert_eq!(&text[d.start..d.end], d.text, "byte offsets of {:?}", d.text);
    }
    doc.dates.into_iter().map(|d| (d.text, d.value, d.granularity)).collect()
}

#[test]
fn anchor_comes_from_the_options_then_the_first_full_date_then_nowhere() {
    let text = "Harga naik pekan lalu, kata Menteri di Jakarta, Selasa (12/9/2023).";
    let cases = [
        ("options date wins", Some("2023-10-02"), "2023-W39", Some("2023-10-02")),
        ("first full date in the text", None, "2023-W36", Some("2023-09-12")),
    ];
    for (name, date, week, anchor) in cases {
        let doc = Annotator::new().annotate(text, &dates_only(date)).unwrap();
        assert_eq!(doc.dates[0].value, week, "{name}");
        assert_eq!(doc.anchor.as_deref(), anchor, "{name}");
    }
    let no_anchor = dates("Protes berlangsung selama akhir pekan lalu, Rabu (4/11).", None);
    assert_eq!(
        no_anchor,
        vec![
            ("akhir pekan lalu".into(), "?".into(), Granularity::Unknown),
            ("Rabu (4/11)".into(), "?".into(), Granularity::Unknown),
        ],
        "no full date anywhere: values needing an anchor are unknown"
    );
}

#[test]
fn every_granularity_is_filled_in() {
    let text = "Kamis (24/8/2023) pukul 10.00 WIB, pekan lalu, Juli 2023, kuartal II 2023, tahun 2019, kemarin.";
    let got: Vec<Granularity> = dates(text, Some("2023-08-24")).into_iter().map(|d| d.2).collect();
    assert_eq!(
        got,
        [
            Granularity::Time,
            Granularity::Week,
            Granularity::Month,
            Granularity::Quarter,
            Granularity::Year,
            Granularity::Day
        ]
    );
}

#[test]
fn spans_stay_on_char_boundaries_in_non_ascii_text() {
    let text = "“Kami tiba Minggu (10/9/2023) pagi,” kata Kim — 😀 — pukul 10.00 WIB.";
    let got = dates(text, Some("2023-09-12"));
    assert_eq!(got[0].0, "Minggu (10/9/2023) pagi");
    assert_eq!(got[1].1, "2023-09-10T10:00", "a clock takes its paragraph's day");
}

#[test]
fn long_texts_take_linear_time() {
    let para = "Kim berangkat pada Minggu (10/9/2023) pukul 10.00 WIB menuju Rusia. Tahun lalu, AS menuduh Korea Utara. \
                Harga naik 10 persen dalam sepekan terakhir dan setiap hari warga antre sejak pukul 05.00.\n";
    let small = para.repeat(20);
    let large = para.repeat(160);
    assert_eq!(dates(&small, Some("2023-09-12")).len() * 8, dates(&large, Some("2023-09-12")).len());
    let annotator = Annotator::new();
    let time = |t: &str| {
        let start = std::time::Instant::now();
        annotator.annotate(t, &dates_only(Some("2023-09-12"))).unwrap();
        start.elapsed()
    };
    time(&small); // warm up
    let (t_small, t_large) = (time(&small), time(&large));
    // 8x the text may take 8x the time, with room for noise; quadratic work would take 64x.
    assert!(t_large < t_small * 30 + std::time::Duration::from_millis(50), "{t_small:?} vs {t_large:?}");
}
