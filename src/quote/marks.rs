//! Pairing quotation marks.

use crate::document::Span;
use crate::text::Segmented;

/// A pair of marks: the outer span includes them, the inner one does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkPair {
    /// From the opening mark to after the closing mark.
    pub outer: Span,
    /// The quoted words.
    pub inner: Span,
}

fn is_open(c: char) -> bool {
    matches!(c, '“' | '"' | '«')
}

fn is_close(c: char) -> bool {
    matches!(c, '”' | '"' | '»')
}

/// Pairs marks inside each paragraph, left to right. `”` may open a quote
/// (many sites use it on both sides).
pub fn pair_marks(text: &str, seg: &Segmented) -> Vec<MarkPair> {
    let mut out = Vec::new();
    for p in &seg.paragraphs {
        let mut open: Option<(usize, usize)> = None;
        for (i, c) in text[p.start..p.end].char_indices() {
            let at = p.start + i;
            match open {
                None if is_open(c) || c == '”' => open = Some((at, at + c.len_utf8())),
                Some((o, inner_start)) if is_close(c) => {
                    out.push(MarkPair { outer: Span::new(o, at + c.len_utf8()), inner: Span::new(inner_start, at) });
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}
