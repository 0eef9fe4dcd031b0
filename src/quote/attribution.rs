//! Who said it: reporting verbs, speakers and indirect quotes.

use regex::Regex;

use super::marks::MarkPair;
use crate::document::{Cluster, Entity, Quote, QuoteKind, Span};
use crate::entity::gazetteer::entries;
use crate::text::Segmented;

/// The compiled attribution cues.
#[derive(Debug)]
pub struct Attribution {
    after_quote: Regex,
    indirect: Regex,
}

impl Attribution {
    /// Compiles the cues.
    pub fn new() -> Self {
        let verbs: Vec<&str> = entries(include_str!("../../data/reporting-verbs.txt")).collect();
        let alt = verbs.join("|");
        Attribution {
            after_quote: Regex::new(&format!(r"(?i)^[\s,]*(?:{alt})(nya)?\b")).expect("after-quote cue"),
            indirect: Regex::new(r"\b(?:mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|Menurut)\b")
                .expect("indirect cue"),
        }
    }

    /// Direct quotes with speakers from the cue after the closing mark.
    pub fn attribute_direct(
        &self,
        text: &str,
        _seg: &Segmented,
        pairs: &[MarkPair],
        entities: &[Entity],
        clusters: &[Cluster],
    ) -> Vec<Quote> {
        let mut last: Option<(String, Option<usize>)> = None;
        pairs
            .iter()
            .map(|p| {
                let mut q = Quote {
                    start: p.inner.start,
                    end: p.inner.end,
                    text: text[p.inner.start..p.inner.end].to_string(),
                    kind: QuoteKind::Direct,
                    speaker: "-".into(),
                    speaker_cluster: None,
                    speaker_span: None,
                    cue_span: None,
                };
                if let Some(c) = self.after_quote.captures(&text[p.outer.end..]) {
                    let m = c.get(0).expect("match");
                    let cue_start = p.outer.end + m.as_str().len() - m.as_str().trim_start_matches([' ', ',']).len();
                    q.cue_span = Some(Span::new(cue_start, p.outer.end + m.end()));
                    if c.get(1).is_some() {
                        if let Some((name, cluster)) = &last {
                            q.speaker = name.clone();
                            q.speaker_cluster = *cluster;
                        }
                    } else if let Some(e) = first_entity_after(entities, p.outer.end + m.end(), 40) {
                        q.speaker = clusters[e.cluster].name.clone();
                        q.speaker_cluster = Some(e.cluster);
                        q.speaker_span = Some(Span::new(e.start, e.end));
                    }
                    last = Some((q.speaker.clone(), q.speaker_cluster));
                }
                q
            })
            .collect()
    }

    /// Indirect quotes: *X mengatakan …* / *Menurut X, …* outside marks.
    pub fn find_indirect(
        &self,
        text: &str,
        seg: &Segmented,
        pairs: &[MarkPair],
        entities: &[Entity],
        clusters: &[Cluster],
    ) -> Vec<Quote> {
        let mut out = Vec::new();
        for s in &seg.sentences {
            let sentence = &text[s.start..s.end];
            let Some(cue) = self.indirect.find(sentence) else { continue };
            let cue_span = Span::new(s.start + cue.start(), s.start + cue.end());
            if pairs.iter().any(|p| p.outer.start < s.end && s.start < p.outer.end) {
                continue;
            }
            let (content_start, speaker) = if cue.as_str() == "Menurut" {
                let Some(comma) = sentence[cue.end()..].find(',') else { continue };
                let speaker = entities
                    .iter()
                    .find(|e| e.start >= cue_span.end && e.end <= cue_span.end + comma);
                (cue_span.end + comma + 1, speaker)
            } else {
                let speaker = entities.iter().rev().find(|e| e.end <= cue_span.start && e.start >= s.start);
                (cue_span.end, speaker)
            };
            let body = &text[content_start..s.end];
            let mut start = content_start + (body.len() - body.trim_start().len());
            if text[start..s.end].starts_with("bahwa ") {
                start += "bahwa ".len();
            }
            let end = s.end - (text[start..s.end].len() - text[start..s.end].trim_end_matches(['.', ' ']).len());
            if end <= start {
                continue;
            }
            out.push(Quote {
                start,
                end,
                text: text[start..end].to_string(),
                kind: QuoteKind::Indirect,
                speaker: speaker.map_or_else(|| "-".to_string(), |e| clusters[e.cluster].name.clone()),
                speaker_cluster: speaker.map(|e| e.cluster),
                speaker_span: speaker.map(|e| Span::new(e.start, e.end)),
                cue_span: Some(cue_span),
            });
        }
        out
    }
}

impl Default for Attribution {
    fn default() -> Self {
        Self::new()
    }
}

fn first_entity_after(entities: &[Entity], at: usize, within: usize) -> Option<&Entity> {
    entities.iter().find(|e| e.start >= at && e.start <= at + within)
}
