//! People, organizations and places, and their mention clusters.
//!
//! Rules (first version; each has a named case in the tests):
//! - **Gazetteer**: names in `data/places.txt` are LOC wherever they appear
//!   capitalized as written (one leftmost-longest automaton).
//! - **Title cue**: a run of capitalized words after a title, rank or
//!   honorific (*Presiden*, *AKBP*, *Pak* …, `data/titles.txt`) is a PER; the
//!   title stays outside.
//! - **Attribution cue**: a run of capitalized words after a reporting verb
//!   (*kata*, *ujar* …) is a PER.
//! - **Clusters**: a mention joins an earlier cluster of the same label whose
//!   name contains it as whole words (*Kirby* → *John Kirby*); the canonical
//!   name is the longest form.

pub mod cluster;
pub mod gazetteer;
pub mod rules;

use crate::document::{Boilerplate, Cluster, Entity};
use crate::text::Segmented;

/// Finds entity mentions. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct EntityExtractor {
    gazetteer: gazetteer::Gazetteer,
    rules: rules::Rules,
}

impl EntityExtractor {
    /// Builds the gazetteer automaton and cue lists.
    pub fn new() -> Self {
        EntityExtractor { gazetteer: gazetteer::Gazetteer::new(), rules: rules::Rules::new() }
    }

    /// Mentions (sorted, non-overlapping) and their clusters.
    pub fn extract(&self, text: &str, seg: &Segmented, boilerplate: &[Boilerplate]) -> (Vec<Entity>, Vec<Cluster>) {
        let mut found = self.gazetteer.find(text, seg);
        found.extend(self.rules.find(text, seg));
        found.retain(|m| !boilerplate.iter().any(|b| b.start <= m.start && m.end <= b.end));
        // Longest first at each start; drop anything overlapping a kept mention.
        found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut kept: Vec<rules::Mention> = Vec::with_capacity(found.len());
        for m in found {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        cluster::cluster(text, &kept)
    }
}

impl Default for EntityExtractor {
    fn default() -> Self {
        Self::new()
    }
}
