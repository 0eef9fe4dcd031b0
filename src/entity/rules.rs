//! Context rules: cues around capitalized words that say what they name.

use aho_corasick::{AhoCorasick, MatchKind};

use super::gazetteer::{entries, is_word_boundary};
use crate::document::EntityLabel;
use crate::text::{Segmented, TokenKind};

/// A candidate mention before clustering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Label.
    pub label: EntityLabel,
}

/// The cue lists, compiled.
#[derive(Debug)]
pub struct Rules {
    person_cues: AhoCorasick,
}

impl Rules {
    /// Compiles the cue lists.
    pub fn new() -> Self {
        let cues: Vec<&str> = entries(include_str!("../../data/titles.txt"))
            .chain(entries(include_str!("../../data/reporting-verbs.txt")))
            .collect();
        let person_cues = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&cues)
            .expect("cue automaton");
        Rules { person_cues }
    }

    /// PER mentions cued by a preceding title or reporting verb.
    pub fn find(&self, text: &str, seg: &Segmented) -> Vec<Mention> {
        let mut out = Vec::new();
        for cue in self.person_cues.find_iter(text) {
            let cue_text = &text[cue.start()..cue.end()];
            let ends_with_dot = cue_text.ends_with('.');
            if !is_word_boundary(text, cue.start(), if ends_with_dot { cue.start() } else { cue.end() }) {
                continue;
            }
            if !ends_with_dot && text[cue.end()..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if let Some((start, end)) = capitalized_run_after(text, seg, cue.end()) {
                out.push(Mention { start, end, label: EntityLabel::Per });
            }
        }
        out
    }
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

/// The run of capitalized words starting at the first token after `at`,
/// within the same paragraph, not crossing punctuation.
fn capitalized_run_after(text: &str, seg: &Segmented, at: usize) -> Option<(usize, usize)> {
    let first = seg.tokens.partition_point(|t| t.start < at);
    let para = seg.paragraph_at(at)?;
    let para_end = seg.paragraphs[para].end;
    let mut end = None;
    let start = seg.tokens.get(first)?.start;
    for t in &seg.tokens[first..] {
        if t.start >= para_end || t.kind != TokenKind::Word {
            break;
        }
        let w = &text[t.start..t.end];
        if !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        end = Some(t.end);
    }
    end.map(|e| (start, e))
}
