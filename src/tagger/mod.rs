//! A learned entity tagger: an averaged structured perceptron over BIO tags
//! with Viterbi decoding, trained by this repository (`sorot train`) on the
//! public Indonesian NER corpora and embedded in the build
//! (`data/model/entity-tagger.bin`; left out with the `rules-only` feature).
//!
//! # What it sees ([`features`])
//! Each token of a sentence, with two words of context either side:
//! - the word (lower case and as written), its neighbours and the bigrams
//!   around it;
//! - its shape (`Xx`, `XXX`, `d.d`) alone and with the neighbours' shapes;
//! - prefixes and suffixes of one to four letters (Indonesian affixes *me-,
//!   di-, ber-, ke-…-an, -nya* and name endings);
//! - sentence start and word length;
//! - the rule layer ([`crate::entity`]): the label, strength and position of
//!   the rule mention and of the gazetteer hit covering the token and its
//!   neighbours, and word-list flags ([`features::flags`]: title, organization
//!   or place head, place cue, reporting verb, common word, function word,
//!   person-name word, company suffix, inside quotation marks).
//!
//! # How it is used
//! Only when asked ([`Options::tagger`](crate::Options::tagger), `sorot
//! annotate --tagger`). The rule layer runs first and its mentions become the
//! tagger's cues; each sentence is tagged (Viterbi, I-X only after B-X or
//! I-X); a trailing *-nya* is cut. The entities are the tagger's, plus the
//! rules' bracketed acronym definitions (*Amerika Serikat (AS)*) where the
//! tagger found nothing; clusters are formed as for rule mentions. Each entity
//! says which produced it (`source`: `tagger` or `rules`).
//!
//! Off by default because it learned the corpora's conventions, not this
//! project's guidelines: it beats the rules on idner-news-2k's test split
//! but scores well below them on the guideline-annotated dev articles (the
//! README has both figures).
//!
//! # Training ([`train`])
//! `sorot train` (see `data/model/README.md`): deterministic, about a second.

pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use features::{flags, Cue, TokenView};
use model::{tag_label, viterbi, Model};

use crate::document::{EntityLabel, Span};
use crate::entity::gazetteer::Hit;
use crate::entity::lexicon::{Head, Lexicon};
use crate::entity::rules::{Evidence, Mention};

/// The model built into this crate (absent with the `rules-only` feature).
#[cfg(not(feature = "rules-only"))]
pub const EMBEDDED_MODEL: Option<&[u8]> = Some(include_bytes!("../../data/model/entity-tagger.bin"));
/// The model built into this crate (absent with the `rules-only` feature).
#[cfg(feature = "rules-only")]
pub const EMBEDDED_MODEL: Option<&[u8]> = None;

/// Rule-layer cues for the tokens of one sentence: `tokens` are byte spans
/// in the text, `lowers` the same tokens in lower case; `mentions` and `hits`
/// (the rule layer's) are sorted by start and do not overlap.
pub fn cues(tokens: &[Span], lowers: &[String], mentions: &[Mention], hits: &[Hit], lex: &Lexicon) -> Vec<Cue> {
    let mut out = vec![Cue::default(); tokens.len()];
    let (mut mi, mut hi) = (0, 0);
    let mut in_quote = false;
    for (i, t) in tokens.iter().enumerate() {
        let cue = &mut out[i];
        while mi < mentions.len() && mentions[mi].end <= t.start {
            mi += 1;
        }
        if let Some(m) = mentions.get(mi).filter(|m| m.start <= t.start && t.start < m.end) {
            let strength = match m.evidence {
                Evidence::Guess => 0,
                Evidence::Weak => 1,
                Evidence::Strong => 2,
            };
            cue.rule = Cue::code(m.label, strength, m.start == t.start);
        }
        while hi < hits.len() && hits[hi].end <= t.start {
            hi += 1;
        }
        if let Some(h) = hits.get(hi).filter(|h| h.start <= t.start && t.start < h.end) {
            cue.gazetteer = Cue::code(h.entry.label, h.entry.source as u8, h.start == t.start);
        }
        let w = lowers[i].as_str();
        match w {
            "“" => in_quote = true,
            "”" => in_quote = false,
            "\"" => in_quote = !in_quote,
            _ if in_quote => cue.flags |= flags::IN_QUOTE,
            _ => {}
        }
        for (set, flag) in [(&lex.loc_cues, flags::LOC_CUE), (&lex.verbs, flags::VERB), (&lex.suffixes, flags::SUFFIX)] {
            if set.contains(w) {
                cue.flags |= flag;
            }
        }
        for (set, flag) in [(&lex.common, flags::COMMON), (&lex.stop, flags::STOP), (&lex.name_words, flags::NAME_WORD)] {
            if set.contains(w) {
                cue.flags |= flag;
            }
        }
    }
    // Multi-word titles and heads flag every word they cover.
    for i in 0..tokens.len() {
        if let Some((n, ())) = lex.titles.longest(&lowers[i..]) {
            out[i..i + n].iter_mut().for_each(|c| c.flags |= flags::TITLE);
        }
        if let Some((n, head)) = lex.heads.longest(&lowers[i..]) {
            let f = match head {
                Head::Org | Head::Edu | Head::Site => flags::ORG_HEAD,
                Head::Loc | Head::Hq => flags::LOC_HEAD,
            };
            out[i..i + n].iter_mut().for_each(|c| c.flags |= f);
        }
    }
    out
}

/// The tagger: a model and the decoding around it.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// A tagger over a loaded model.
    pub fn new(model: Model) -> Self {
        Tagger { model }
    }

    /// Mentions in one sentence (`tokens`: byte spans in `text`; `mentions`
    /// and `hits`: the rule layer's, sorted): (first token, token after the
    /// last, label).
    pub fn tag(
        &self,
        text: &str,
        tokens: &[Span],
        mentions: &[Mention],
        hits: &[Hit],
        lex: &Lexicon,
    ) -> Vec<(usize, usize, EntityLabel)> {
        let lowers: Vec<String> = tokens.iter().map(|t| text[t.start..t.end].to_lowercase()).collect();
        let cues = cues(tokens, &lowers, mentions, hits, lex);
        let views: Vec<TokenView> = tokens
            .iter()
            .zip(&lowers)
            .zip(cues)
            .map(|((t, lower), cue)| TokenView { text: &text[t.start..t.end], lower, cue })
            .collect();
        let feats = features::sentence_features(&views);
        spans_of(&viterbi(&self.model, &feats))
    }
}

/// Mentions of a BIO tag sequence: (first token, token after the last, label).
pub fn spans_of(tags: &[usize]) -> Vec<(usize, usize, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, &t) in tags.iter().chain([&0]).enumerate() {
        let cur = tag_label(t);
        let continues = matches!((cur, open), (Some((l, false)), Some((_, o))) if l == o);
        if !continues {
            if let Some((s, l)) = open.take() {
                out.push((s, i, l));
            }
            if let Some((l, _)) = cur {
                open = Some((i, l));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_bio() {
        // O B-PER I-PER B-LOC O B-ORG
        let spans = spans_of(&[0, 1, 2, 5, 0, 3]);
        assert_eq!(spans, vec![(1, 3, EntityLabel::Per), (3, 4, EntityLabel::Loc), (5, 6, EntityLabel::Org)]);
    }

    #[cfg(not(feature = "rules-only"))]
    #[test]
    fn embedded_model_is_current() {
        let model = Model::from_bytes(EMBEDDED_MODEL.unwrap()).expect("retrain with `sorot train`");
        assert!(model.len() > 1000, "a trained model stores many features");
    }
}
