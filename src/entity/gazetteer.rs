//! Names from the data files, matched with one leftmost-longest automaton.
//!
//! A match counts only on word boundaries and when the text's first letter is
//! upper case (so *rusia* in a URL slug or a lower-case common word does not).

use aho_corasick::{AhoCorasick, MatchKind};

use super::rules::Mention;
use crate::document::EntityLabel;
use crate::text::Segmented;

/// Reads a data file: one entry per line, `#` comments and blank lines skipped.
pub fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: AhoCorasick,
    labels: Vec<EntityLabel>,
}

impl Gazetteer {
    /// Builds the automaton over every list.
    pub fn new() -> Self {
        let mut names = Vec::new();
        let mut labels = Vec::new();
        for name in entries(include_str!("../../data/places.txt")) {
            names.push(name);
            labels.push(EntityLabel::Loc);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("gazetteer automaton");
        Gazetteer { automaton, labels }
    }

    /// Gazetteer matches in `text` on word boundaries.
    pub fn find(&self, text: &str, _seg: &Segmented) -> Vec<Mention> {
        self.automaton
            .find_iter(text)
            .filter(|m| is_word_boundary(text, m.start(), m.end()))
            .map(|m| Mention { start: m.start(), end: m.end(), label: self.labels[m.pattern().as_usize()] })
            .collect()
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

/// True when `[start, end)` is not glued to letters or digits on either side.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
