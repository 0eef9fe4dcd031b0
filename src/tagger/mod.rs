//! A learned entity tagger: an averaged structured perceptron over BIO tags
//! with Viterbi decoding, trained by this repository (`sorot train`) on the
//! public Indonesian NER corpora and embedded in the build
//! (`data/model/entity-tagger.bin`, and in wasm builds the smaller
//! `entity-tagger-web.bin`; left out with the `rules-only` feature). It is
//! the default entity path ([`crate::Options::tagger`]).
//!
//! # What it sees ([`features`])
//! A word that opens with a capital or a digit, or stands between two that
//! do (*Pemuda dan Olahraga*), is read in full; any other token by one
//! feature alone (95% of the corpus's organization and place words are of
//! the first kind, 37% of its tokens). The words read in full, with two
//! words of context either side:
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
//! By default where the build has a model ([`Options::tagger`](crate::Options::tagger);
//! `sorot annotate --rules` and `tagger: false` turn it off). The rule layer runs first and its mentions become the
//! tagger's cues; each sentence is tagged (Viterbi, I-X only after B-X or
//! I-X); a trailing *-nya* is cut. A person of the rules stands where the
//! tagger also reads a person, over it or over another mention of the
//! article sharing a word with it (the rules draw its boundaries); the
//! tagger's other mentions come next, then the rules' one-word
//! organizations and places where the tagger found nothing (those of
//! several words are mostly wrong there); clusters are formed as for rule
//! mentions. Each entity says which produced it (`source`: `tagger` or
//! `rules`).
//!
//! On by default: on news the rules were not written from it finds
//! people, organizations and places better (the README has the figures);
//! the whole pipeline runs at about two thirds of the rules' speed, and the
//! browser's smaller model keeps the page's wasm under its size bar.
//! Retrain it whenever the rules change: their findings are its cues.
//!
//! Per sentence the words are lower-cased, cued, hashed and scored into
//! buffers kept from one sentence to the next ([`Scratch`]); each token's
//! feature ids are looked up in the model's open-addressing table and
//! summed as they are made, never collected for the sentence.
//!
//! # Training ([`train`])
//! `sorot train` (see `data/model/README.md`): deterministic, a few seconds.
//! Features whose averaged weights all stay below 1.5 are left out of the
//! file (`--min-weight`): half of them, with corpus dev F1 unchanged.

pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use features::{flags, Cue, Keys, TokenView};
use model::{decode, tag_label, Decoder, Model, NTAGS};

use crate::document::{EntityLabel, Span};
use crate::entity::gazetteer::Hit;
use crate::entity::lexicon::{lists, Head, Lexicon};
use crate::entity::rules::{Evidence, Mention};

/// The model built into this crate (absent with the `rules-only` feature).
#[cfg(all(not(feature = "rules-only"), not(target_arch = "wasm32")))]
pub const EMBEDDED_MODEL: Option<&[u8]> = Some(include_bytes!("../../data/model/entity-tagger.bin"));
/// The model built into this crate (absent with the `rules-only` feature):
/// in the browser, the small model cut for the download (`data/model/README.md`).
#[cfg(all(not(feature = "rules-only"), target_arch = "wasm32"))]
pub const EMBEDDED_MODEL: Option<&[u8]> = Some(include_bytes!("../../data/model/entity-tagger-web.bin"));
/// The model built into this crate (absent with the `rules-only` feature).
#[cfg(feature = "rules-only")]
pub const EMBEDDED_MODEL: Option<&[u8]> = None;

/// Rule-layer cues for the tokens of one sentence: `tokens` are byte spans
/// in the text, `lowers` the same tokens in lower case; `mentions` and `hits`
/// (the rule layer's) are sorted by start and do not overlap.
pub fn cues<S: AsRef<str>>(tokens: &[Span], lowers: &[S], mentions: &[Mention], hits: &[Hit], lex: &Lexicon) -> Vec<Cue> {
    let mut out = Vec::new();
    cues_into(tokens, lowers, mentions, hits, lex, None, &mut out);
    out
}

/// [`cues`] into `out` (cleared first). With `near` (per token: whether a
/// token read in full stands within two of it; within five, for the
/// multi-word titles and heads that may reach one), the word lists are read
/// only there: the features of no token read in full look farther.
pub fn cues_into<S: AsRef<str>>(
    tokens: &[Span],
    lowers: &[S],
    mentions: &[Mention],
    hits: &[Hit],
    lex: &Lexicon,
    near: Option<(&[bool], &[bool])>,
    out: &mut Vec<Cue>,
) {
    out.clear();
    out.resize(tokens.len(), Cue::default());
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
        let w = lowers[i].as_ref();
        match w {
            "“" => in_quote = true,
            "”" => in_quote = false,
            "\"" => in_quote = !in_quote,
            _ if in_quote => cue.flags |= flags::IN_QUOTE,
            _ => {}
        }
        // (the word lists are read only near a token read in full: within
        // two for the word's own lists, five for the titles and heads that
        // may reach one)
        let (two, five) = near.map_or((true, true), |(two, five)| (two[i], five[i]));
        if !five {
            continue;
        }
        let bits = lex.lists.get(w).copied().unwrap_or(0);
        if two {
            for (bit, flag) in [
                (lists::LOC_CUE, flags::LOC_CUE),
                (lists::VERB, flags::VERB),
                (lists::SUFFIX, flags::SUFFIX),
                (lists::COMMON, flags::COMMON),
                (lists::STOP, flags::STOP),
                (lists::NAME_WORD, flags::NAME_WORD),
            ] {
                if bits & bit != 0 {
                    cue.flags |= flag;
                }
            }
        }
        // Multi-word titles and heads flag every word they cover.
        if bits & lists::OPENS_TITLE != 0 {
            if let Some((n, ())) = lex.titles.longest(&lowers[i..]) {
                out[i..i + n].iter_mut().for_each(|c| c.flags |= flags::TITLE);
            }
        }
        if bits & lists::OPENS_HEAD != 0 {
            if let Some((n, head)) = lex.heads.longest(&lowers[i..]) {
                let f = match head {
                    Head::Org | Head::Edu | Head::Site => flags::ORG_HEAD,
                    Head::Loc | Head::Hq => flags::LOC_HEAD,
                    // (an office is a head only after a place preposition: no cue alone)
                    Head::Office => 0,
                };
                out[i..i + n].iter_mut().for_each(|c| c.flags |= f);
            }
        }
    }
}

/// The tagger: a model and the decoding around it.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
    /// The scores of a token not read in full: its one feature is the same
    /// for every such token ([`features::alone`]), so they are summed once.
    alone: [f32; NTAGS],
}

impl Tagger {
    /// A tagger over a loaded model.
    pub fn new(model: Model) -> Self {
        let mut alone = [0f32; NTAGS];
        model::Scorer::emission(&model, &[features::alone()], &mut alone);
        Tagger { model, alone }
    }

    /// Mentions in one sentence (`tokens`: byte spans in `text`, `lowers`:
    /// the same tokens in lower case; `mentions` and `hits`: the rule
    /// layer's, sorted): (first token, token after the last, label), into
    /// `out` (cleared first). `scratch` holds buffers kept from one sentence
    /// to the next.
    #[allow(clippy::too_many_arguments)]
    pub fn tag<S: AsRef<str>>(
        &self,
        text: &str,
        tokens: &[Span],
        lowers: &[S],
        mentions: &[Mention],
        hits: &[Hit],
        lex: &Lexicon,
        scratch: &mut Scratch,
        out: &mut Vec<(usize, usize, EntityLabel)>,
    ) {
        let Scratch { proper, near2, near5, cues: cue_buf, keys, ids, emissions, decoder, tags } = scratch;
        proper.clear();
        proper.extend(tokens.iter().map(|t| features::is_proper(&text[t.start..t.end])));
        features::near_read(proper, 2, near2);
        features::near_read(proper, 5, near5);
        cues_into(tokens, lowers, mentions, hits, lex, Some((near2, near5)), cue_buf);
        let views = tokens
            .iter()
            .zip(lowers)
            .zip(cue_buf.iter())
            .map(|((t, lower), &cue)| TokenView { text: &text[t.start..t.end], lower: lower.as_ref(), cue });
        features::keys_into(views, Some((near2, proper)), keys);
        emissions.clear();
        for (i, lower) in lowers.iter().enumerate() {
            if !features::read_at(proper, i) {
                emissions.push(self.alone);
                continue;
            }
            features::token_features(keys, lower.as_ref(), i, ids);
            let mut em = [0f32; NTAGS];
            model::Scorer::emission(&self.model, ids, &mut em);
            emissions.push(em);
        }
        decode(&self.model, emissions, decoder, tags);
        spans_into(tags, out);
    }
}

/// Buffers of [`Tagger::tag`], kept from one sentence to the next.
#[derive(Debug, Default)]
pub struct Scratch {
    proper: Vec<bool>,
    near2: Vec<bool>,
    near5: Vec<bool>,
    cues: Vec<Cue>,
    keys: Vec<Keys>,
    ids: Vec<u32>,
    emissions: Vec<[f32; NTAGS]>,
    decoder: Decoder,
    tags: Vec<usize>,
}

/// Mentions of a BIO tag sequence: (first token, token after the last, label).
pub fn spans_of(tags: &[usize]) -> Vec<(usize, usize, EntityLabel)> {
    let mut out = Vec::new();
    spans_into(tags, &mut out);
    out
}

/// [`spans_of`] into `out` (cleared first: a buffer kept from one sentence to the next).
fn spans_into(tags: &[usize], out: &mut Vec<(usize, usize, EntityLabel)>) {
    out.clear();
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

    /// A model file whose one feature, present on every token read in full, says B-PER.
    #[cfg(not(feature = "rules-only"))]
    fn everything_a_person() -> Vec<u8> {
        let token = [TokenView { text: "X", lower: "x", cue: Cue::default() }];
        let always = features::sentence_features(&token).token(0)[0];
        let mut weights = rustc_hash::FxHashMap::default();
        weights.insert(always, [0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        Model::write(&weights, &[[0.0; NTAGS]; NTAGS + 1], 0.0, 0)
    }

    #[cfg(not(feature = "rules-only"))]
    #[test]
    fn a_tagged_mention_without_letters_or_digits_is_dropped() {
        let annotator = crate::Annotator::with_model(Some(&everything_a_person())).unwrap();
        let text = "“Budi — 7 .”";
        let doc = annotator.annotate(text, &crate::Options::default().with_tagger(true)).unwrap();
        let found: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(found, ["Budi", "7"], "each token read in full a B-PER (the dash between two); punctuation alone is no name");
    }

    #[cfg(not(feature = "rules-only"))]
    #[test]
    fn embedded_model_is_current() {
        let model = Model::from_bytes(EMBEDDED_MODEL.unwrap()).expect("retrain with `sorot train`");
        assert!(model.len() > 1000, "a trained model stores many features");
    }

    #[test]
    fn the_browser_model_reads_and_is_the_smaller() {
        let web = Model::from_bytes(include_bytes!("../../data/model/entity-tagger-web.bin")).expect("retrain it (data/model/README.md)");
        let native = Model::from_bytes(include_bytes!("../../data/model/entity-tagger.bin")).unwrap();
        assert!(web.len() > 1000 && web.len() < native.len() / 2, "{} features against {}", web.len(), native.len());
    }
}
