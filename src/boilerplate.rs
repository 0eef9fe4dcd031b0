//! Boilerplate: lines that are not part of the story.
//!
//! Rules: a paragraph that starts with a read-more cue (*Baca juga*, *Simak
//! juga*, *Lihat juga*, *Tonton juga*, *Baca selengkapnya*, *Baca Berita
//! Lainnya*, optionally behind `[` or `*`), or that is an embedded-media
//! marker (`[Gambas:Video …]`, *ADVERTISEMENT*, *SCROLL TO CONTINUE WITH
//! CONTENT*), is boilerplate as a whole line.

use crate::text::pattern::{compile, Regex};

use crate::document::Boilerplate;
use crate::text::Segmented;

/// Detects boilerplate paragraphs.
#[derive(Debug)]
pub struct BoilerplateDetector {
    line_start: Regex,
}

impl BoilerplateDetector {
    /// Compiles the cues.
    pub fn new() -> Self {
        BoilerplateDetector {
            line_start: compile(
                r"(?i)^[\[\*\s]*(?:(?:baca|simak|lihat|tonton|saksikan)\s+(?:juga|pula|selengkapnya|berita\s+lainnya|artikel\s+lainnya)\b|gambas\s*:|advertisement\s*$|scroll\s+to\s+continue)",
            ),
        }
    }

    /// The boilerplate paragraphs of `text`.
    pub fn detect(&self, text: &str, seg: &Segmented) -> Vec<Boilerplate> {
        seg.paragraphs
            .iter()
            .filter(|p| self.line_start.is_match(&text[p.start..p.end]))
            .map(|p| Boilerplate { start: p.start, end: p.end, text: text[p.start..p.end].to_string() })
            .collect()
    }
}

impl Default for BoilerplateDetector {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines() {
        let d = BoilerplateDetector::new();
        let cases: &[(&str, &str, bool)] = &[
            ("baca juga", "Baca juga: Uni Eropa Rasis ke Orang Rusia", true),
            ("upper case", "BACA JUGA: Harga cabai naik", true),
            ("bracketed simak", "[Simak juga: video banjir]", true),
            ("video marker", "[Gambas:Video 20detik]", true),
            ("story sentence mentioning baca", "Ia gemar membaca juga menulis.", false),
            ("story line", "Kim berangkat ke Rusia.", false),
        ];
        for (name, line, want) in cases {
            let found = d.detect(line, &Segmented::new(line));
            assert_eq!(!found.is_empty(), *want, "{name}");
        }
    }
}
