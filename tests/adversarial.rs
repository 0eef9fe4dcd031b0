//! Hostile and odd inputs: each gets a clean result or a clear error. Time
//! bounds are not asserted here (the benchmark reports them); a case that went
//! quadratic would still show up as a test that does not finish.

use sorot::{Annotator, Document, Options};

fn annotate(text: &str) -> Document {
    Annotator::new().annotate(text, &Options::default()).expect("clean result")
}

fn assert_spans_are_text(name: &str, text: &str, doc: &Document) {
    for e in &doc.entities {
        assert_eq!(&text[e.start..e.end], e.text, "{name}: entity");
    }
    for q in &doc.quotes {
        assert_eq!(&text[q.start..q.end], q.text, "{name}: quote");
    }
    for d in &doc.dates {
        assert_eq!(&text[d.start..d.end], d.text, "{name}: date");
    }
}

/// `n` lines made by `line` from two distinct made-up name words each.
fn distinct_names(n: usize, line: fn(&str, &str) -> String) -> String {
    const SYLLABLES: [&str; 12] = ["ka", "ri", "mu", "to", "la", "se", "na", "wi", "do", "ra", "ba", "gu"];
    let word = |mut k: usize| {
        let mut w = String::from("Z");
        for _ in 0..5 {
            w.push_str(SYLLABLES[k % 12]);
            k /= 12;
        }
        w
    };
    (0..n).map(|i| line(&word(2 * i), &word(2 * i + 1))).collect()
}

/// `n` lines, each naming a suspect by distinct three-letter initials twice.
fn distinct_initials(n: usize) -> String {
    (0..n)
        .map(|i| {
            let abc: String = [i / 676, (i / 26) % 26, i % 26].iter().map(|&k| char::from(b'A' + k as u8)).collect();
            format!("Pelaku berinisial {abc} ditangkap polisi. {abc} mengaku menyesal.\n")
        })
        .collect()
}

/// Named cases: (name, text, what must hold).
#[test]
fn adversarial_corpus() {
    let seed: serde_json::Value = serde_json::from_str(include_str!("fixtures/seed-article.json")).unwrap();
    let article = seed["text"].as_str().unwrap();
    let unicode_spaces: String = ['\u{a0}', '\u{2000}', '\u{2002}', '\u{2009}', '\u{200a}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{feff}']
        .iter()
        .map(|s| format!("Joko{s}Widodo{s}kata{s}"))
        .collect();
    let dashes = "JAKARTA – Senin ‒ (11—9/2023) ― kata‐Budi ‑ Rabu − (4⁻11)";
    type Case = (&'static str, String, fn(&Document) -> bool);
    let cases: Vec<Case> = vec![
        ("empty", String::new(), |d| d.entities.is_empty() && d.quotes.is_empty()),
        ("whitespace only", " \t\n\r\n\u{a0}\u{3000} ".into(), |d| d.entities.is_empty()),
        ("100,000 quotation marks", "“".repeat(50_000) + &"”".repeat(50_000), |_| true),
        ("alternating straight quotes", "\" a ".repeat(30_000), |_| true),
        ("unbalanced and nested marks", "“Kata ‘dia “kami ’ » « ” \" ‘".repeat(200), |_| true),
        ("every kind of Unicode space", unicode_spaces, |_| true),
        ("every kind of dash", dashes.into(), |_| true),
        ("emoji and combining marks", "👩‍👩‍👧‍👦 J̈́ȯ̶k̷o Wi̴dodo 🇮🇩 “😀,” kata Presiden Joko Widodo.".into(), |d| !d.quotes.is_empty()),
        ("right-to-left text", "\u{202e}قال الرئيس جوكو ويدودو\u{202c} kata Presiden Joko Widodo".into(), |_| true),
        ("NUL and control characters", "\0\u{1}\u{7}\u{1b}[31mJakarta\u{7f}\u{85}\u{2028}Bandung\u{2029}".into(), |_| true),
        ("HTML and script", "<script>alert(1)</script><img src=x onerror=alert(2)> “<b>Kami</b>,” kata Presiden Joko Widodo.".into(), |d| !d.quotes.is_empty()),
        ("minified JavaScript", "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}}([\"Senin (1/1)\",\"kata \\\"Budi\\\"\"]);".repeat(200), |_| true),
        ("one 1 MB line with no spaces", "Jakarta".repeat(150_000), |_| true),
        ("1 MB of capitals", "KATA PRESIDEN JOKO WIDODO DI JAKARTA ".repeat(27_000), |_| true),
        ("10 MB of news", article.repeat(10 * 1024 * 1024 / article.len() + 1), |d| d.entities.len() > 1000),
        // every person distinct: once quadratic in the mention layer's name joining
        ("20,000 distinct speakers", distinct_names(20_000, |a, b| format!("“Siap,” kata {a} {b}.\n“Ya,” kata {b}{a}.\n")), |d| d.quotes.len() == 40_000),
        // every company named in full, then by its first word: once a scan of the
        // text per company
        ("10,000 companies", distinct_names(10_000, |a, b| format!("PT {a} {b} Tbk tumbuh.\nSaham {a} naik.\n")), |d| d.entities.len() >= 10_000),
        // every role without a holder: once quadratic in the role look-up
        ("10,000 roles nobody holds", distinct_names(10_000, |a, b| format!("Gubernur {a} {b} hadir.\n“Siap,” kata Kapolres.\n")), |d| d.quotes.len() == 10_000),
        // every suspect named by distinct initials, used again: a scan of the text
        // per initials would be quadratic
        ("5,000 distinct initials", distinct_initials(5_000), |d| d.entities.len() >= 5_000),
        // plain and dotted initials, each used 50,000 times: the dotted ones' matches
        // are merged in among the plain ones' (inserting each one was quadratic)
        (
            "50,000 uses each of plain and dotted initials",
            "Pelaku berinisial AB dan pelaku berinisial C.D ditangkap polisi.\n".to_string() + &"Lalu AB dan C.D mengaku.\n".repeat(50_000),
            |d| d.entities.len() >= 100_000,
        ),
        // one 900 KB word of hyphenated capitalized parts: a scan back to the
        // word's start at every hyphen was quadratic (over a minute)
        ("300,000 hyphenated names in one word", "Ab-".repeat(300_000), |_| true),
        // an outlet and a slash before a long capitalized run, many times over
        ("50,000 photo credits in one run", "TEMPO/Ab Cd ".repeat(50_000), |d| !d.entities.is_empty()),
        // every pair added is looked up again at the next hyphen
        ("50,000 candidate pairs", distinct_names(50_000, |a, b| format!("pasangan {a}-{b} menang.\n")), |d| d.entities.len() >= 100_000),
        // every line a writer's or an editor's name
        ("50,000 byline pairs", distinct_names(50_000, |a, b| format!("{a} {b},\n{b} {a}\n")), |d| !d.entities.is_empty()),
    ];
    for (name, text, holds) in cases {
        let t = std::time::Instant::now();
        let doc = annotate(&text);
        eprintln!("{name}: {} bytes in {:?}", text.len(), t.elapsed());
        assert_spans_are_text(name, &text, &doc);
        assert!(holds(&doc), "{name}");
    }
}
