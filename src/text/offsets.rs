//! Offset units and the one conversion between them.
//!
//! The core works in bytes. JavaScript strings index UTF-16 code units; the
//! CLI's JSON (and Python, which scores it) index code points. A character
//! outside the Basic Multilingual Plane (most emoji) is 4 bytes, 2 UTF-16
//! units and 1 code point; a curly quote `“` is 3 bytes, 1 unit, 1 point.

use serde::{Deserialize, Serialize};

/// The unit in which a [`Document`](crate::Document)'s offsets are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (the Rust API).
    Byte,
    /// UTF-16 code units (the JS API: `String.prototype.slice`).
    Utf16,
    /// Unicode code points (the CLI's JSON; Python string indices).
    CodePoint,
}

/// Converts byte offsets of one text into another unit.
///
/// Built once per text in O(n); each conversion is a binary search over the
/// positions of multi-byte characters only, so ASCII-heavy text stays cheap.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// `(byte offset just after a multi-byte char, cumulative units saved)`.
    marks: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl OffsetMap {
    /// Prepares conversion of byte offsets in `text` to `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut marks = Vec::new();
        let mut saved = 0usize;
        if unit != OffsetUnit::Byte {
            for (i, ch) in text.char_indices() {
                let bytes = ch.len_utf8();
                if bytes > 1 {
                    let units = match unit {
                        OffsetUnit::Utf16 => ch.len_utf16(),
                        _ => 1,
                    };
                    saved += bytes - units;
                    marks.push((i + bytes, saved));
                }
            }
        }
        OffsetMap { marks, len_bytes: text.len() }
    }

    /// The offset in the target unit of byte offset `byte` (clamped to the text).
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        let idx = self.marks.partition_point(|&(b, _)| b <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.marks[idx - 1].1
        }
    }
}

/// Byte offset of UTF-16 offset `unit_offset` in `text`, or `None` when it is
/// past the end or splits a surrogate pair. The inverse of [`OffsetMap`] for
/// JS callers that hand offsets back (e.g. a selection).
pub fn utf16_to_byte(text: &str, unit_offset: usize) -> Option<usize> {
    let mut units = 0usize;
    for (i, ch) in text.char_indices() {
        if units == unit_offset {
            return Some(i);
        }
        if units > unit_offset {
            return None;
        }
        units += ch.len_utf16();
    }
    (units == unit_offset).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char boundary maps to what counting the prefix gives.
    fn check(text: &str) {
        let u16map = OffsetMap::new(text, OffsetUnit::Utf16);
        let cpmap = OffsetMap::new(text, OffsetUnit::CodePoint);
        for (i, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let prefix = &text[..i];
            assert_eq!(u16map.convert(i), prefix.encode_utf16().count(), "utf16 at {i} in {text:?}");
            assert_eq!(cpmap.convert(i), prefix.chars().count(), "code point at {i} in {text:?}");
            assert_eq!(utf16_to_byte(text, prefix.encode_utf16().count()), Some(i));
        }
    }

    #[test]
    fn conversions_agree_with_counting_prefixes() {
        for text in [
            "",
            "ascii only",
            "“Kami siap,” kata Kirby.",
            "😀 emoji 👍🏽 with skin tone",
            "é combining é and CJK 中文",
            "\u{FFFD} replacement from a lone surrogate",
            "mix “😀” ‘x’ «y» end",
        ] {
            check(text);
        }
    }

    #[test]
    fn byte_unit_is_identity_and_offsets_are_clamped() {
        let m = OffsetMap::new("😀a", OffsetUnit::Byte);
        assert_eq!(m.convert(4), 4);
        let m = OffsetMap::new("😀a", OffsetUnit::Utf16);
        assert_eq!(m.convert(99), 3);
    }

    #[test]
    fn utf16_offset_inside_a_surrogate_pair_is_rejected() {
        assert_eq!(utf16_to_byte("😀", 1), None);
        assert_eq!(utf16_to_byte("😀", 3), None);
    }
}
