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
