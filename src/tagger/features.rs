//! Token features: what the tagger sees of each word.
//!
//! Every feature is a template number plus strings, hashed (FNV-1a, the same
//! on every platform) into [`HASH_BITS`] bits; the model stores weights only
//! for hashes it saw in training.

use crate::document::EntityLabel;

/// Hash space of feature ids (2^22 ids: few collisions, small id deltas in the model file).
pub const HASH_BITS: u32 = 22;

/// What the rule layer and its word lists say about one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cue {
    /// The rule layer's mention over this token: 0 none, else `1 + 3*label + evidence`
    /// (see [`Cue::code`]); the high bit marks the mention's first token.
    pub rule: u8,
    /// The gazetteer's hit over this token: 0 none, else `1 + 3*label + source`; high bit: first token.
    pub gazetteer: u8,
    /// [`flags`] of the word.
    pub flags: u16,
}

/// Word-list memberships of a token (bits of [`Cue::flags`]).
pub mod flags {
    /// Starts or continues a title (*Presiden*, *Kapolres*, *juru bicara*).
    pub const TITLE: u16 = 1;
    /// Part of an organization head (*Kementerian*, *PT*).
    pub const ORG_HEAD: u16 = 1 << 1;
    /// Part of a place head (*Jalan*, *Kabupaten*).
    pub const LOC_HEAD: u16 = 1 << 2;
    /// A word that makes a following capitalized run a place (*di*, *ke*).
    pub const LOC_CUE: u16 = 1 << 3;
    /// A reporting verb (*kata*, *ujar*).
    pub const VERB: u16 = 1 << 4;
    /// Mostly lower case in the NER corpora.
    pub const COMMON: u16 = 1 << 5;
    /// Function word, weekday or month.
    pub const STOP: u16 = 1 << 6;
    /// Seen inside person names.
    pub const NAME_WORD: u16 = 1 << 7;
    /// Between quotation marks.
    pub const IN_QUOTE: u16 = 1 << 8;
    /// Company or club suffix (*Tbk*, *FC*).
    pub const SUFFIX: u16 = 1 << 9;
    /// Number of flags.
    pub const COUNT: u32 = 10;
}

impl Cue {
    /// Code of a mention's label and strength (0..3) for [`Cue::rule`] / [`Cue::gazetteer`].
    pub fn code(label: EntityLabel, strength: u8, first: bool) -> u8 {
        let l = match label {
            EntityLabel::Per => 0,
            EntityLabel::Org => 1,
            EntityLabel::Loc => 2,
        };
        (1 + 3 * l + strength.min(2)) | if first { 0x80 } else { 0 }
    }
}

/// One token as the feature extractor reads it.
#[derive(Debug, Clone)]
pub struct TokenView<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Lower case.
    pub lower: String,
    /// Rule-layer cues.
    pub cue: Cue,
}

impl<'a> TokenView<'a> {
    /// A token with its cues.
    pub fn new(text: &'a str, cue: Cue) -> Self {
        TokenView { text, lower: text.to_lowercase(), cue }
    }
}

/// FNV-1a over a template number and its parts (with separators).
struct Hash(u32);

impl Hash {
    fn new(template: u8) -> Self {
        let mut h = Hash(0x811c_9dc5);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ b as u32).wrapping_mul(0x0100_0193);
    }
    fn str(mut self, s: &str) -> Self {
        for &b in s.as_bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }
    fn num(mut self, n: u32) -> Self {
        for b in n.to_le_bytes() {
            self.byte(b);
        }
        self
    }
    fn id(&self) -> u32 {
        // Fold the high bits in rather than dropping them.
        (self.0 ^ (self.0 >> HASH_BITS)) & ((1 << HASH_BITS) - 1)
    }
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters as they are;
/// runs collapsed (`Jokowi` → `Xx`, `PDI-P` → `X-X`, `10.00` → `d.d`).
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) {
            out.push(s);
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

const BOUNDARY: &str = "<s>";

/// Positions, in a token's feature list, of the features that name the word
/// itself (lower case, as written, and the two bigrams with it).
pub const WORD_FEATURES: std::ops::Range<usize> = 1..5;

/// Pushes the feature ids of token `i` of a sentence onto `out`.
pub fn extract(tokens: &[TokenView], shapes: &[String], i: usize, out: &mut Vec<u32>) {
    let word = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j >= tokens.len() as isize {
            BOUNDARY
        } else {
            &tokens[j as usize].lower
        }
    };
    let shp = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j >= tokens.len() as isize {
            BOUNDARY
        } else {
            &shapes[j as usize]
        }
    };
    let cue = |k: isize| -> Cue {
        let j = i as isize + k;
        if j < 0 || j >= tokens.len() as isize {
            Cue::default()
        } else {
            tokens[j as usize].cue
        }
    };
    let t = &tokens[i];
    let w = t.lower.as_str();
    let mut push = |h: Hash| out.push(h.id());
    push(Hash::new(0));
    // The word itself first: training hides WORD_FEATURES at times (see train.rs).
    push(Hash::new(1).str(w));
    push(Hash::new(2).str(t.text));
    push(Hash::new(7).str(word(-1)).str(w));
    push(Hash::new(8).str(w).str(word(1)));
    push(Hash::new(3).str(word(-1)));
    push(Hash::new(4).str(word(1)));
    push(Hash::new(5).str(word(-2)));
    push(Hash::new(6).str(word(2)));
    push(Hash::new(9).str(shp(0)));
    push(Hash::new(10).str(shp(-1)).str(shp(0)));
    push(Hash::new(11).str(shp(0)).str(shp(1)));
    push(Hash::new(12).str(shp(-1)).str(shp(0)).str(shp(1)));
    // Affixes: Indonesian morphology (me-, di-, ber-, ke-…-an, -nya) and name endings.
    let bounds: Vec<usize> = w.char_indices().map(|(b, _)| b).chain([w.len()]).collect();
    let nchars = bounds.len() - 1;
    for n in 1..=4usize.min(nchars.saturating_sub(1)) {
        push(Hash::new(13).num(n as u32).str(&w[..bounds[n]]));
        push(Hash::new(14).num(n as u32).str(&w[bounds[nchars - n]..]));
    }
    push(Hash::new(15).num((i == 0) as u32).str(shp(0)));
    push(Hash::new(16).num(nchars.min(12) as u32));
    // The rule layer's view, alone and with its neighbours.
    let (c0, cp, cn) = (cue(0), cue(-1), cue(1));
    push(Hash::new(20).num(c0.rule as u32));
    push(Hash::new(21).num(cp.rule as u32).num(c0.rule as u32));
    push(Hash::new(22).num(c0.rule as u32).num(cn.rule as u32));
    push(Hash::new(23).num(c0.gazetteer as u32));
    push(Hash::new(24).num(cp.gazetteer as u32).num(c0.gazetteer as u32));
    push(Hash::new(25).num(c0.gazetteer as u32).num(cn.gazetteer as u32));
    push(Hash::new(26).num(c0.rule as u32).str(shp(0)));
    push(Hash::new(27).num(c0.rule as u32).num(c0.gazetteer as u32));
    for bit in 0..flags::COUNT {
        let f = 1u16 << bit;
        for (k, c) in [(0u32, c0), (1, cp), (2, cn), (3, cue(-2))] {
            if c.flags & f != 0 {
                push(Hash::new(30).num(k).num(bit));
            }
        }
        if c0.flags & f != 0 {
            push(Hash::new(31).num(bit).str(shp(0)));
        }
        if cp.flags & f != 0 {
            push(Hash::new(32).num(bit).str(shp(0)));
        }
    }
}

/// All feature ids of a sentence, one list per token.
pub fn sentence_features(tokens: &[TokenView]) -> Vec<Vec<u32>> {
    let shapes: Vec<String> = tokens.iter().map(|t| shape(t.text)).collect();
    (0..tokens.len())
        .map(|i| {
            let mut f = Vec::with_capacity(64);
            extract(tokens, &shapes, i, &mut f);
            f
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (word, want) in [("Jokowi", "Xx"), ("PDI-P", "X-X"), ("10.00", "d.d"), ("iPhone", "xXx"), ("", "")] {
            assert_eq!(shape(word), want, "{word}");
        }
    }

    #[test]
    fn features_depend_on_the_word_and_its_neighbours() {
        let toks = |ws: &[&'static str]| ws.iter().map(|w| TokenView::new(w, Cue::default())).collect::<Vec<_>>();
        let a = sentence_features(&toks(&["kata", "Budi", "kemarin"]));
        let b = sentence_features(&toks(&["kata", "Budi", "hari"]));
        let c = sentence_features(&toks(&["kata", "Budi", "kemarin"]));
        assert_eq!(a, c, "deterministic");
        assert_ne!(a[1], b[1], "the next word is a feature");
        assert_eq!(a[0].iter().filter(|&&f| f >= 1 << HASH_BITS).count(), 0, "ids fit the hash space");
    }
}
