//! Quotes and who said them.
//!
//! Rules (first version):
//! - **Direct**: text between paired quotation marks within a paragraph
//!   ([`marks`]); the span excludes the marks.
//! - **Attribution** ([`attribution`]): a reporting verb (*kata*, *ujar* …,
//!   `data/reporting-verbs.txt`) right after the closing mark names the
//!   speaker: the entity mention that follows it, resolved to its cluster's
//!   canonical name; *katanya*/*ujarnya* take the previous quote's speaker.
//! - **Indirect**: *X mengatakan …* and *Menurut X, …* sentences without
//!   marks; the span is the reported content up to the sentence end.

pub mod attribution;
pub mod marks;

use crate::document::{Cluster, Entity, Quote};
use crate::text::Segmented;

/// Finds quotes and attributes them. Built once per [`Annotator`](crate::Annotator).
#[derive(Debug)]
pub struct QuoteExtractor {
    attribution: attribution::Attribution,
}

impl QuoteExtractor {
    /// Compiles the cue lists.
    pub fn new() -> Self {
        QuoteExtractor { attribution: attribution::Attribution::new() }
    }

    /// Direct and indirect quotes, sorted by start.
    pub fn extract(&self, text: &str, seg: &Segmented, entities: &[Entity], clusters: &[Cluster]) -> Vec<Quote> {
        let pairs = marks::pair_marks(text, seg);
        let mut quotes = self.attribution.attribute_direct(text, seg, &pairs, entities, clusters);
        quotes.extend(self.attribution.find_indirect(text, seg, &pairs, entities, clusters));
        quotes.sort_by_key(|q| (q.start, q.end));
        quotes
    }
}

impl Default for QuoteExtractor {
    fn default() -> Self {
        Self::new()
    }
}
