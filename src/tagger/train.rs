//! Training (native only; `sorot train` is the command).
//!
//! - Corpora: CoNLL files, one token per line with its IOB tag in the last
//!   column, blank lines between sentences. Labels are mapped to PER/ORG/LOC
//!   (*PERSON*, *ORGANISATION*/*ORGANIZATION*, *PLACE*/*LOCATION*); others
//!   are O; an I- tag that continues nothing opens a mention.
//! - Each sentence becomes one line of text (tokens joined by spaces), and
//!   the rule layer runs over it, so the tagger trains on the same cues it
//!   gets at annotation time.
//! - Learning: structured perceptron, weights averaged over all updates,
//!   sentences shuffled every epoch by a fixed seed: the same data and
//!   settings give the same model file, byte for byte.
//! - Cue dropout: in a share of sentences the rule-layer cues are hidden, so
//!   the model also learns to read words and context. The corpus word lists
//!   the rules consult were built from these training splits, so on them
//!   the cues are better than on new text.

use std::path::Path;
use crate::text::Lower;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::features::{sentence_features, Cue, SentenceFeatures, TokenView, WORD_FEATURES};
use super::model::{tag_label, tag_of, viterbi, Model, Scorer, NTAGS};
use super::{cues, spans_of};
use crate::document::{EntityLabel, Span};
use crate::entity::EntityExtractor;
use crate::text::Segmented;

/// A tagged sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Tokens as written.
    pub tokens: Vec<String>,
    /// BIO tag index per token (see [`super::model::tag_label`]).
    pub tags: Vec<usize>,
}

fn label_of(name: &str) -> Option<EntityLabel> {
    match name {
        "PER" | "PERSON" => Some(EntityLabel::Per),
        "ORG" | "ORGANISATION" | "ORGANIZATION" => Some(EntityLabel::Org),
        "LOC" | "LOCATION" | "PLACE" | "GPE" => Some(EntityLabel::Loc),
        _ => None,
    }
}

/// Parses CoNLL text (token first, IOB tag last on each line).
pub fn parse_conll(data: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence { tokens: Vec::new(), tags: Vec::new() };
    for line in data.lines().chain([""]) {
        let fields: Vec<&str> = line.split(['\t', ' ']).filter(|f| !f.is_empty()).collect();
        if fields.len() < 2 {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(&mut cur, Sentence { tokens: Vec::new(), tags: Vec::new() }));
            }
            continue;
        }
        let tag = fields[fields.len() - 1];
        let parsed = tag.split_once('-').and_then(|(bio, l)| Some((bio, label_of(l)?)));
        let t = match parsed {
            Some((bio, label)) => {
                let continues = cur.tags.last().and_then(|&p| tag_label(p)).is_some_and(|(l, _)| l == label);
                tag_of(label, bio == "I" && continues)
            }
            None => 0,
        };
        cur.tokens.push(fields[0].to_string());
        cur.tags.push(t);
    }
    out
}

/// The sentences of an annotated text (byte-offset entity spans), as sorot
/// segments and tokenizes it: a token inside a span is tagged with its label
/// (B- at the span's first token), others O. The clitic *-nya* glued to a
/// name stays in its token, as the tagger sees it at annotation time.
pub fn sentences_of(text: &str, spans: &[(usize, usize, EntityLabel)]) -> Vec<Sentence> {
    let seg = Segmented::new(text);
    let mut out = Vec::with_capacity(seg.sentences.len());
    let mut k = 0;
    for i in 0..seg.sentences.len() {
        let range = seg.sentence_tokens(i);
        let mut s = Sentence { tokens: Vec::with_capacity(range.len()), tags: Vec::with_capacity(range.len()) };
        let mut prev: Option<usize> = None;
        for t in &seg.tokens[range] {
            while k < spans.len() && spans[k].1 <= t.start {
                k += 1;
            }
            let inside = spans.get(k).filter(|sp| sp.0 <= t.start && t.start < sp.1);
            s.tokens.push(text[t.start..t.end].to_string());
            s.tags.push(match inside {
                Some(&(start, _, label)) => tag_of(label, prev == Some(start)),
                None => 0,
            });
            prev = inside.map(|sp| sp.0);
        }
        if !s.tokens.is_empty() {
            out.push(s);
        }
    }
    out
}

/// A sentence ready for training: features per token, with and without cues.
pub struct Prepared {
    with_cues: SentenceFeatures,
    without_cues: SentenceFeatures,
    gold: Vec<usize>,
    /// The rule layer's mentions in token units, for the baseline score.
    rules: Vec<(usize, usize, EntityLabel)>,
}

/// Runs the rule layer over the sentences and extracts features.
pub fn prepare(extractor: &EntityExtractor, sentences: &[Sentence]) -> Vec<Prepared> {
    sentences.par_chunks(64).flat_map_iter(|chunk| prepare_chunk(extractor, chunk)).collect()
}

fn prepare_chunk(extractor: &EntityExtractor, chunk: &[Sentence]) -> Vec<Prepared> {
    let mut text = String::new();
    let mut lines: Vec<Vec<Span>> = Vec::with_capacity(chunk.len());
    for s in chunk {
        let mut spans = Vec::with_capacity(s.tokens.len());
        for (k, tok) in s.tokens.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            spans.push(Span::new(text.len(), text.len() + tok.len()));
            text.push_str(tok);
        }
        text.push('\n');
        lines.push(spans);
    }
    let seg = Segmented::new(&text);
    let (mentions, hits) = extractor.rule_pass(&text, &seg, &[]);
    chunk
        .iter()
        .zip(&lines)
        .map(|(s, spans)| {
            let lowers: Vec<String> = s.tokens.iter().map(|t| t.lower()).collect();
            let cue = cues(spans, &lowers, &mentions, &hits, extractor.lexicon());
            let views = |with: bool| -> Vec<TokenView> {
                (0..spans.len())
                    .map(|i| TokenView {
                        text: &s.tokens[i],
                        lower: &lowers[i],
                        cue: if with { cue[i] } else { Cue::default() },
                    })
                    .collect()
            };
            Prepared {
                with_cues: sentence_features(&views(true)),
                without_cues: sentence_features(&views(false)),
                gold: s.tags.clone(),
                rules: rule_spans(&cue),
            }
        })
        .collect()
}

/// The rule mentions a sentence's cues encode, in token units.
fn rule_spans(cues: &[Cue]) -> Vec<(usize, usize, EntityLabel)> {
    let tags: Vec<usize> = cues
        .iter()
        .map(|c| match c.rule & 0x7f {
            0 => 0,
            code => {
                let label = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc][(code as usize - 1) / 3];
                tag_of(label, c.rule & 0x80 == 0)
            }
        })
        .collect();
    spans_of(&tags)
}

/// Perceptron weights with the running sums needed for averaging.
#[derive(Default)]
struct Weights {
    /// Feature → (current weights, sum of step × update).
    emit: HashMap<u32, ([f32; NTAGS], [f32; NTAGS])>,
    trans: [[(f32, f32); NTAGS]; NTAGS + 1],
    step: f32,
    /// When set, only these features ever get a weight (the retraining pass).
    allowed: Option<rustc_hash::FxHashSet<u32>>,
}

impl Scorer for Weights {
    fn emission(&self, features: &[u32], scores: &mut [f32; NTAGS]) {
        for f in features {
            if let Some((w, _)) = self.emit.get(f) {
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
    }
    fn transition(&self, prev: Option<usize>, cur: usize) -> f32 {
        self.trans[prev.unwrap_or(NTAGS)][cur].0
    }
}

impl Weights {
    fn update(&mut self, feats: &SentenceFeatures, gold: &[usize], pred: &[usize]) {
        let step = self.step;
        for i in 0..gold.len() {
            if gold[i] != pred[i] {
                for f in feats.token(i) {
                    if self.allowed.as_ref().is_some_and(|a| !a.contains(f)) {
                        continue;
                    }
                    let (w, u) = self.emit.entry(*f).or_default();
                    w[gold[i]] += 1.0;
                    u[gold[i]] += step;
                    w[pred[i]] -= 1.0;
                    u[pred[i]] -= step;
                }
            }
            let (gp, pp) = if i == 0 { (NTAGS, NTAGS) } else { (gold[i - 1], pred[i - 1]) };
            if gp != pp || gold[i] != pred[i] {
                let t = &mut self.trans[gp][gold[i]];
                t.0 += 1.0;
                t.1 += step;
                let t = &mut self.trans[pp][pred[i]];
                t.0 -= 1.0;
                t.1 -= step;
            }
        }
    }

    /// Averaged weights: w − u / steps.
    fn averaged(&self) -> (HashMap<u32, [f32; NTAGS]>, [[f32; NTAGS]; NTAGS + 1]) {
        let c = self.step.max(1.0);
        let emit = self.emit.iter().map(|(&f, (w, u))| (f, std::array::from_fn(|t| w[t] - u[t] / c))).collect();
        let trans = std::array::from_fn(|p| std::array::from_fn(|t| self.trans[p][t].0 - self.trans[p][t].1 / c));
        (emit, trans)
    }
}

/// Span-level precision, recall and F1 (exact start, end and label).
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    /// Correct mentions.
    pub correct: usize,
    /// Predicted mentions.
    pub predicted: usize,
    /// Gold mentions.
    pub gold: usize,
}

impl Score {
    /// F1 (0 when nothing was predicted or expected).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.correct as f64 / self.predicted.max(1) as f64, self.correct as f64 / self.gold.max(1) as f64);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores a model on prepared sentences (with cues).
pub fn evaluate(model: &(impl Scorer + Sync), data: &[Prepared]) -> Score {
    score(data, |s| spans_of(&viterbi(model, &s.with_cues)))
}

/// Scores the rule layer alone on prepared sentences.
pub fn evaluate_rules(data: &[Prepared]) -> Score {
    score(data, |s| s.rules.clone())
}

fn score(data: &[Prepared], predict: impl Fn(&Prepared) -> Vec<(usize, usize, EntityLabel)> + Sync) -> Score {
    data.par_iter()
        .map(|s| {
            let pred = predict(s);
            let gold = spans_of(&s.gold);
            Score { correct: pred.iter().filter(|p| gold.contains(p)).count(), predicted: pred.len(), gold: gold.len() }
        })
        .reduce(Score::default, |a, b| Score {
            correct: a.correct + b.correct,
            predicted: a.predicted + b.predicted,
            gold: a.gold + b.gold,
        })
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffles and of cue dropout.
    pub seed: u64,
    /// Share of sentences (per epoch) whose rule cues are hidden.
    pub cue_dropout: f64,
    /// Share of tokens (per epoch) whose own word is hidden, so that shape and
    /// context carry weight for names never seen in training.
    pub word_dropout: f64,
    /// Features whose largest averaged weight (in absolute value) is below
    /// this are left out of the model file: most features of rare words and
    /// word pairs end near zero and cost file size and lookups for nothing.
    pub min_weight: f32,
    /// Train again from scratch on the features the first run kept (those
    /// reaching `min_weight`): the weights the cut features carried move to
    /// the kept ones.
    pub retrain: bool,
    /// Steps on each side of zero that the stored feature weights are
    /// rounded to (0: the file's full 127).
    pub levels: u8,
}

/// xorshift64*: a tiny deterministic generator for shuffles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Trains on `train`, calling `report(epoch, model)` after each epoch with
/// the averaged model so far; returns the model file bytes.
pub fn train(train: &[Prepared], settings: Settings, mut report: impl FnMut(usize, &Model)) -> Vec<u8> {
    if !settings.retrain {
        return run(train, settings, None, &mut report);
    }
    let first = run(train, settings, None, &mut |_, _| {});
    let model = Model::from_bytes(&first).expect("a model just written reads back");
    let kept = model.ids().collect();
    run(train, Settings { min_weight: 0.0, ..settings }, Some(kept), &mut report)
}

fn run(
    train: &[Prepared],
    settings: Settings,
    allowed: Option<rustc_hash::FxHashSet<u32>>,
    report: &mut impl FnMut(usize, &Model),
) -> Vec<u8> {
    let mut w = Weights { allowed, ..Weights::default() };
    let mut rng = Rng(settings.seed.max(1));
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut bytes = Vec::new();
    for epoch in 1..=settings.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let s = &train[k];
            let mut feats = if rng.unit() < settings.cue_dropout { &s.without_cues } else { &s.with_cues };
            let masked: SentenceFeatures;
            if settings.word_dropout > 0.0 {
                let mut m = SentenceFeatures::default();
                for i in 0..feats.len() {
                    m.starts.push(m.ids.len());
                    let f = feats.token(i);
                    if rng.unit() < settings.word_dropout && f.len() >= WORD_FEATURES.end {
                        m.ids.extend_from_slice(&f[..WORD_FEATURES.start]);
                        m.ids.extend_from_slice(&f[WORD_FEATURES.end..]);
                    } else {
                        m.ids.extend_from_slice(f);
                    }
                }
                m.starts.push(m.ids.len());
                masked = m;
                feats = &masked;
            }
            w.step += 1.0;
            let pred = viterbi(&w, feats);
            if pred != s.gold {
                w.update(feats, &s.gold, &pred);
            }
        }
        let (emit, trans) = w.averaged();
        bytes = Model::write(&emit, &trans, settings.min_weight, settings.levels);
        let model = Model::from_bytes(&bytes).expect("a model just written reads back");
        report(epoch, &model);
    }
    bytes
}

/// Reads a CoNLL file.
pub fn read_conll(path: &Path) -> std::io::Result<Vec<Sentence>> {
    Ok(parse_conll(&std::fs::read_to_string(path)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_labels_and_stray_inside_tags() {
        let s = parse_conll("Joko B-PERSON\nWidodo I-PERSON\ndi O\nSolo I-PLACE\n\nPT\tB-ORGANIZATION\nX\tB-MISC\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tags, vec![1, 2, 0, 5], "a stray I-PLACE opens a LOC mention");
        assert_eq!(s[1].tokens, vec!["PT", "X"]);
        assert_eq!(s[1].tags, vec![3, 0], "unknown labels are O");
    }

    #[test]
    fn learns_a_toy_corpus_deterministically() {
        let data = "Budi B-PER\npergi O\nke O\nBandung B-LOC\n.\tO\n\n".repeat(20)
            + &"Siti B-PER\ntinggal O\ndi O\nSurabaya B-LOC\n. O\n\n".repeat(20);
        let sents = parse_conll(&data);
        let ex = EntityExtractor::new();
        let prepared = prepare(&ex, &sents);
        let settings = Settings { epochs: 3, seed: 7, cue_dropout: 0.2, word_dropout: 0.2, min_weight: 0.0, retrain: false, levels: 0 };
        let mut last = Score::default();
        let a = train(&prepared, settings, |_, m| last = evaluate(m, &prepared));
        assert_eq!(last.f1(), 1.0, "{last:?}");
        let b = train(&prepared, settings, |_, _| {});
        assert_eq!(a, b, "same data and seed, same bytes");
    }

    #[test]
    fn retraining_keeps_only_the_features_the_cut_kept() {
        let data = "Budi B-PER\npergi O\nke O\nBandung B-LOC\n.\tO\n\n".repeat(20)
            + &"Siti B-PER\ntinggal O\ndi O\nSurabaya B-LOC\n. O\n\n".repeat(20);
        let prepared = prepare(&EntityExtractor::new(), &parse_conll(&data));
        let settings = Settings { epochs: 3, seed: 7, cue_dropout: 0.2, word_dropout: 0.2, min_weight: 1.5, retrain: false, levels: 0 };
        let full = Model::from_bytes(&train(&prepared, Settings { min_weight: 0.0, ..settings }, |_, _| {})).unwrap();
        let cut = Model::from_bytes(&train(&prepared, settings, |_, _| {})).unwrap();
        assert!(cut.len() < full.len(), "the cut leaves features out: {} of {}", cut.len(), full.len());
        let mut last = Score::default();
        let again = train(&prepared, Settings { retrain: true, ..settings }, |_, m| last = evaluate(m, &prepared));
        let again = Model::from_bytes(&again).unwrap();
        let kept: rustc_hash::FxHashSet<u32> = cut.ids().collect();
        assert!(!again.is_empty() && again.ids().all(|id| kept.contains(&id)), "{} of {}", again.len(), kept.len());
        assert_eq!(last.f1(), 1.0, "{last:?}");
    }
}
