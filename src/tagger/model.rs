//! The model file and Viterbi decoding.
//!
//! File layout (little endian), version [`FORMAT_VERSION`]:
//!
//! ```text
//! "SOROTNER"            magic, 8 bytes
//! version   u16         rejected unless equal to FORMAT_VERSION
//! hash_bits u8          must equal features::HASH_BITS
//! tags      u8          must equal NTAGS
//! scale     f32         weight = quantized value × scale
//! trans     i16 × (NTAGS+1)·NTAGS   tag-to-tag weights; row NTAGS is the sentence start
//! count     u32         number of features
//! count × id delta     LEB128 varint each
//! count × mask         u8 each: the tags with a weight
//! weights              i8 per set bit of each mask, feature after feature
//! ```
//!
//! Feature ids ascend, so deltas stay small; weights are quantized to `i8`.
//! Like values stand together (ids, then masks, then weights): the file
//! gzips 4% smaller than with each feature's fields side by side.
//! Features whose weights all round to zero are not stored, nor (by
//! training's `min_weight`, `sorot train --min-weight`) those whose largest
//! averaged weight is small.

use rustc_hash::FxHashMap as HashMap;

use super::features::{SentenceFeatures, HASH_BITS};
use crate::document::EntityLabel;
use crate::Error;

/// Tags: O, then B-/I- for PER, ORG, LOC.
pub const NTAGS: usize = 7;
/// Version of the file layout and of the feature templates; bump it when either changes.
pub const FORMAT_VERSION: u16 = 5;
const MAGIC: &[u8; 8] = b"SOROTNER";

/// Tag index → (label, begins a mention); `None` for O.
pub fn tag_label(tag: usize) -> Option<(EntityLabel, bool)> {
    let label = match tag.div_ceil(2) {
        1 => EntityLabel::Per,
        2 => EntityLabel::Org,
        3 => EntityLabel::Loc,
        _ => return None,
    };
    Some((label, tag % 2 == 1))
}

/// The B- (or, with `inside`, I-) tag of a label.
pub fn tag_of(label: EntityLabel, inside: bool) -> usize {
    let base = match label {
        EntityLabel::Per => 1,
        EntityLabel::Org => 3,
        EntityLabel::Loc => 5,
    };
    base + inside as usize
}

/// I-X may only follow B-X or I-X.
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    match tag_label(cur) {
        Some((label, false)) => prev.is_some_and(|p| p != 0 && tag_label(p).is_some_and(|(l, _)| l == label)),
        _ => true,
    }
}

/// Scores a decoder needs: per-token tag scores and tag-to-tag scores.
pub trait Scorer {
    /// Adds the weights of `features` to `scores`.
    fn emission(&self, features: &[u32], scores: &mut [f32; NTAGS]);
    /// Weight of tag `cur` after `prev` (`None`: sentence start).
    fn transition(&self, prev: Option<usize>, cur: usize) -> f32;
}

/// Best tag sequence (Viterbi) under the constraint that I-X continues X.
pub fn viterbi(scorer: &impl Scorer, sentence: &SentenceFeatures) -> Vec<usize> {
    let emissions: Vec<[f32; NTAGS]> = (0..sentence.len())
        .map(|i| {
            let mut em = [0f32; NTAGS];
            scorer.emission(sentence.token(i), &mut em);
            em
        })
        .collect();
    let mut tags = Vec::new();
    decode(scorer, &emissions, &mut Decoder::default(), &mut tags);
    tags
}

/// Buffers of [`decode`], kept between sentences.
#[derive(Debug, Default)]
pub struct Decoder {
    score: Vec<[f32; NTAGS]>,
    back: Vec<[u8; NTAGS]>,
}

/// Best tag sequence (Viterbi) over per-token tag scores, into `tags`
/// (cleared first), under the constraint that I-X continues X.
pub fn decode(scorer: &impl Scorer, emissions: &[[f32; NTAGS]], buf: &mut Decoder, tags: &mut Vec<usize>) {
    tags.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    // Transition scores, NEG_INFINITY where not allowed; row NTAGS: sentence start.
    let trans: [[f32; NTAGS]; NTAGS + 1] = std::array::from_fn(|p| {
        let prev = (p < NTAGS).then_some(p);
        std::array::from_fn(|c| if allowed(prev, c) { scorer.transition(prev, c) } else { f32::NEG_INFINITY })
    });
    buf.score.clear();
    buf.score.resize(n, [f32::NEG_INFINITY; NTAGS]);
    buf.back.clear();
    buf.back.resize(n, [0u8; NTAGS]);
    for cur in 0..NTAGS {
        if trans[NTAGS][cur] != f32::NEG_INFINITY {
            buf.score[0][cur] = emissions[0][cur] + trans[NTAGS][cur];
        }
    }
    for (i, em) in emissions.iter().enumerate().skip(1) {
        let before = buf.score[i - 1];
        for cur in 0..NTAGS {
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
            let mut step = |prev: usize| {
                let s = before[prev] + trans[prev][cur];
                if s > best {
                    (best, arg) = (s, prev);
                }
            };
            // I-X follows only B-X or I-X (the tags just before it): other
            // steps score NEG_INFINITY and are not tried. An unreachable step
            // scores NEG_INFINITY too, never above `best`. (Fixed bounds, in
            // the same order: the compiler unrolls both.)
            if cur != 0 && cur % 2 == 0 {
                step(cur - 1);
                step(cur);
            } else {
                (0..NTAGS).for_each(&mut step);
            }
            buf.score[i][cur] = best + em[cur];
            buf.back[i][cur] = arg as u8;
        }
    }
    tags.resize(n, 0);
    let last = &buf.score[n - 1];
    tags[n - 1] = (0..NTAGS).fold(0, |b, t| if last[t] > last[b] { t } else { b });
    for i in (1..n).rev() {
        tags[i - 1] = buf.back[i][tags[i]] as usize;
    }
}

/// A trained tagger model, loaded from its file.
///
/// The weights sit in an open-addressing table: feature ids are hashes
/// already, so an id's low bits are its slot (linear probing, at most three
/// quarters full, id and weights side by side). Most ids of a sentence are not
/// stored: a lookup then ends at the first empty slot.
#[derive(Debug)]
pub struct Model {
    /// The table: a feature id ([`EMPTY`] where none) and its weights.
    slots: Vec<Slot>,
    /// Number of stored features.
    count: usize,
    transitions: [[f32; NTAGS]; NTAGS + 1],
    scale: f32,
}

/// Key of an empty slot (feature ids have [`HASH_BITS`] < 32 bits).
const EMPTY: u32 = u32::MAX;

/// One slot of the weight table: an id and its weight per tag, side by side
/// (12 bytes: a hit reads one cache line).
#[derive(Debug, Clone, Copy)]
struct Slot {
    id: u32,
    weights: [i8; 8],
}

impl Model {
    /// The weights of feature `id`, if stored.
    #[inline]
    fn get(&self, id: u32) -> Option<&[i8; 8]> {
        let mask = self.slots.len() - 1;
        let mut at = id as usize & mask;
        loop {
            let slot = &self.slots[at];
            match slot.id {
                k if k == id => return Some(&slot.weights),
                EMPTY => return None,
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// Sums the weights of `features` (in units of the scale). A token has at
    /// most about ninety features (forty of them word-list flags, which are
    /// rarely all set) and weights are at most 127 in size: an `i16` sum
    /// cannot overflow (90 × 127 < 32,767), so the lanes add plainly.
    #[inline]
    fn sum(&self, features: &[u32]) -> [i16; 8] {
        let mut sum = [0i16; 8];
        for &f in features {
            if let Some(w) = self.get(f) {
                for (s, &x) in sum.iter_mut().zip(w) {
                    *s += x as i16;
                }
            }
        }
        sum
    }

    fn insert(&mut self, id: u32, weights: [i8; 8]) -> Result<(), Error> {
        let mask = self.slots.len() - 1;
        let mut at = id as usize & mask;
        while self.slots[at].id != EMPTY {
            if self.slots[at].id == id {
                return Err(bad("feature id stored twice"));
            }
            at = (at + 1) & mask;
        }
        self.slots[at] = Slot { id, weights };
        self.count += 1;
        Ok(())
    }
}

impl Scorer for Model {
    fn emission(&self, features: &[u32], scores: &mut [f32; NTAGS]) {
        let sum = self.sum(features);
        for (s, x) in scores.iter_mut().zip(sum) {
            *s += x as f32 * self.scale;
        }
    }
    fn transition(&self, prev: Option<usize>, cur: usize) -> f32 {
        self.transitions[prev.unwrap_or(NTAGS)][cur]
    }
}

fn bad(why: impl Into<String>) -> Error {
    Error::InvalidModel(why.into())
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.0.len() < n {
            return Err(bad("file is truncated"));
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn varint(&mut self) -> Result<u32, Error> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32).checked_shl(shift).ok_or_else(|| bad("bad varint"))?;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("bad varint"))
    }
}

impl Model {
    /// Reads a model file; a file of another format version is rejected.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let mut r = Reader(bytes);
        if r.take(8).ok() != Some(&MAGIC[..]) {
            return Err(bad("not a sorot tagger model"));
        }
        let version = u16::from_le_bytes(r.take(2)?.try_into().unwrap());
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "model format version {version}, this build reads version {FORMAT_VERSION}: retrain it with `sorot train`"
            )));
        }
        if r.u8()? as u32 != HASH_BITS || r.u8()? as usize != NTAGS {
            return Err(bad("model was built for other feature hashing or tags"));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        if !scale.is_finite() {
            return Err(bad("bad scale"));
        }
        let mut transitions = [[0f32; NTAGS]; NTAGS + 1];
        for row in transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = i16::from_le_bytes(r.take(2)?.try_into().unwrap()) as f32 * scale;
            }
        }
        let count = u32::from_le_bytes(r.take(4)?.try_into().unwrap()) as usize;
        // Each stored feature takes at least two bytes of the file.
        if count > r.0.len() / 2 {
            return Err(bad("file is truncated"));
        }
        // At most a quarter full: most absent ids end on their own empty slot.
        let slots = (count * 4).next_power_of_two().max(16);
        let empty = Slot { id: EMPTY, weights: [0; 8] };
        let mut model = Model { slots: vec![empty; slots], count: 0, transitions, scale };
        let mut ids = Vec::with_capacity(count);
        let mut id = 0u32;
        for _ in 0..count {
            id = id.checked_add(r.varint()?).ok_or_else(|| bad("feature id overflow"))?;
            if id >= 1 << HASH_BITS {
                return Err(bad("feature id out of range"));
            }
            ids.push(id);
        }
        let masks = r.take(count)?;
        for (&id, &mask) in ids.iter().zip(masks) {
            let mut w = [0i8; 8];
            for (t, x) in w.iter_mut().enumerate().take(NTAGS) {
                if mask & (1 << t) != 0 {
                    *x = r.u8()? as i8;
                }
            }
            model.insert(id, w)?;
        }
        if !r.0.is_empty() {
            return Err(bad("trailing bytes after the last feature"));
        }
        Ok(model)
    }

    /// The ids of the stored features.
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots.iter().map(|s| s.id).filter(|&id| id != EMPTY)
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when no feature is stored.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Writes float weights as a model file: quantized to `i8` with one scale,
    /// dropping features whose largest weight (in absolute value) is below
    /// `min_weight`, and those whose weights all round to zero. With `levels`
    /// between 1 and 126, feature weights are further rounded to that many
    /// steps on each side of zero (the file layout is unchanged; few distinct
    /// bytes gzip smaller). Transitions keep the full scale.
    pub fn write(
        weights: &HashMap<u32, [f32; NTAGS]>,
        transitions: &[[f32; NTAGS]; NTAGS + 1],
        min_weight: f32,
        levels: u8,
    ) -> Vec<u8> {
        let kept = |w: &[f32; NTAGS]| w.iter().any(|x| x.abs() >= min_weight);
        let max = weights
            .values()
            .filter(|w| kept(w))
            .flatten()
            .chain(transitions.iter().flatten())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let step = if (1..127).contains(&levels) { (127 / levels) as f32 } else { 1.0 };
        let q = |w: f32| ((w / scale / step).round() * step).clamp(-127.0, 127.0) as i8;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.push(HASH_BITS as u8);
        out.push(NTAGS as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for row in transitions {
            for &t in row {
                out.extend_from_slice(&((t / scale).round() as i16).to_le_bytes());
            }
        }
        let mut ids: Vec<(u32, [i8; NTAGS])> =
            weights.iter().filter(|(_, w)| kept(w)).map(|(&id, w)| (id, w.map(q))).filter(|(_, w)| w.iter().any(|&x| x != 0)).collect();
        ids.sort_unstable_by_key(|&(id, _)| id);
        out.extend_from_slice(&(ids.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &(id, _) in &ids {
            let mut d = id - prev;
            prev = id;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for (_, w) in &ids {
            out.push(w.iter().enumerate().fold(0u8, |m, (t, &x)| if x != 0 { m | 1 << t } else { m }));
        }
        for (_, w) in &ids {
            out.extend(w.iter().filter(|&&x| x != 0).map(|&x| x as u8));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for label in [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc] {
            for inside in [false, true] {
                assert_eq!(tag_label(tag_of(label, inside)), Some((label, !inside)));
            }
        }
        assert_eq!(tag_label(0), None);
    }

    #[test]
    fn file_round_trip_and_rejections() {
        let mut w = HashMap::default();
        w.insert(5u32, [0.0, 1.0, -0.5, 0.0, 0.0, 0.0, 0.25]);
        w.insert(1u32 << 20, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1e-6]);
        let mut trans = [[0f32; NTAGS]; NTAGS + 1];
        trans[NTAGS][1] = 0.5;
        let bytes = Model::write(&w, &trans, 0.0, 0);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.len(), 1, "all-zero features are pruned");
        let mut s = [0f32; NTAGS];
        m.emission(&[5, 7], &mut s);
        assert!((s[1] - 1.0).abs() < 0.01 && (s[2] + 0.5).abs() < 0.01, "{s:?}");
        assert!((m.transition(None, 1) - 0.5).abs() < 0.01);

        let mut stale = bytes.clone();
        stale[8] = stale[8].wrapping_add(1);
        let err = Model::from_bytes(&stale).unwrap_err().to_string();
        assert!(err.contains("format version") && err.contains("sorot train"), "{err}");
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err(), "truncated");
        assert!(Model::from_bytes(b"hello").is_err(), "not a model");
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(Model::from_bytes(&trailing).is_err(), "trailing bytes");
    }

    #[test]
    fn many_features_and_colliding_slots_read_back() {
        // Ids sharing their low bits land on one home slot and probe on.
        let mut w = HashMap::default();
        for k in 0..500u32 {
            let id = (k.wrapping_mul(2_654_435_761) >> 10) & ((1 << HASH_BITS) - 1);
            let tag = (k % NTAGS as u32) as usize;
            let mut ws = [0f32; NTAGS];
            ws[tag] = 1.0 + (k % 7) as f32;
            ws[(tag + 3) % NTAGS] = -2.0;
            w.insert(id, ws);
            w.insert(id ^ (1 << 20), ws.map(|x| -x));
        }
        let m = Model::from_bytes(&Model::write(&w, &[[0f32; NTAGS]; NTAGS + 1], 0.0, 0)).unwrap();
        assert_eq!(m.len(), w.len());
        for (&id, ws) in &w {
            let mut s = [0f32; NTAGS];
            m.emission(&[id], &mut s);
            assert!(s.iter().zip(ws).all(|(a, b)| (a - b).abs() < 0.05), "{id}: {s:?} {ws:?}");
        }
        let mut s = [0f32; NTAGS];
        m.emission(&[(1 << HASH_BITS) - 1, 0], &mut s);
        assert!(w.contains_key(&0) || s == [0.0; NTAGS], "absent ids add nothing");
    }

    #[test]
    fn viterbi_never_starts_a_mention_with_i() {
        struct Prefer(usize);
        impl Scorer for Prefer {
            fn emission(&self, _: &[u32], s: &mut [f32; NTAGS]) {
                s[self.0] += 10.0;
            }
            fn transition(&self, _: Option<usize>, _: usize) -> f32 {
                0.0
            }
        }
        let sent = SentenceFeatures { ids: vec![], starts: vec![0, 0, 0] };
        let tags = viterbi(&Prefer(2), &sent);
        assert_eq!(tags[0], 1, "I-PER cannot open a sentence: B-PER then I-PER");
        assert_eq!(tags[1], 2);
        assert_eq!(viterbi(&Prefer(0), &SentenceFeatures::default()), Vec::<usize>::new());
    }
}
