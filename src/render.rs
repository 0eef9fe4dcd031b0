//! Document → text with inline highlights: escaped HTML, or bracketed /
//! coloured text for terminals.
//!
//! Highlights nest: boilerplate outermost, then quotes, then entities and
//! dates. Where two spans cross instead of nesting, the inner one is closed
//! and reopened around the boundary, so the output is always well formed and
//! removing the tags gives back exactly the (escaped) input.
//!
//! HTML shape (the public styling hook, shared with the web page and widget):
//! `<mark data-label="PER" data-cluster="0" data-name="John Kirby">Kirby</mark>`,
//! `<mark data-label="DATE" data-value="2023-09-10">…</mark>`,
//! `<mark data-label="QUOTE" data-kind="direct" data-speaker="John Kirby">…</mark>`,
//! `<mark data-label="REF" data-speaker="John Kirby">ujarnya</mark>` for the words
//! that refer to a quote's speaker without naming them,
//! `<span data-label="SKIP">…</span>` for boilerplate.

use crate::document::{Document, QuoteKind};

/// One highlight to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// `PER`, `ORG`, `LOC`, `DATE`, `QUOTE`, `REF` or `SKIP`.
    pub label: &'static str,
    /// Extra `(attribute, value)` pairs (`data-` prefix omitted).
    pub attrs: Vec<(&'static str, String)>,
    /// Nesting rank: lower is outer.
    rank: u8,
}

/// All highlights of a document (byte offsets), outer ones first at each start.
pub fn highlights(doc: &Document) -> Vec<Highlight> {
    let mut out = Vec::new();
    for b in &doc.boilerplate {
        out.push(Highlight { start: b.start, end: b.end, label: "SKIP", attrs: vec![], rank: 0 });
    }
    for q in &doc.quotes {
        let kind = q.kind.as_str();
        out.push(Highlight {
            start: q.start,
            end: q.end,
            label: "QUOTE",
            attrs: vec![("kind", kind.into()), ("speaker", q.speaker.clone())],
            rank: if q.kind == QuoteKind::Direct { 1 } else { 2 },
        });
    }
    for q in &doc.quotes {
        if let Some(r) = q.reference_span {
            out.push(Highlight { start: r.start, end: r.end, label: "REF", attrs: vec![("speaker", q.speaker.clone())], rank: 3 });
        }
    }
    for e in &doc.entities {
        let name = doc.clusters.get(e.cluster).map_or_else(|| e.text.clone(), |c| c.name.clone());
        out.push(Highlight {
            start: e.start,
            end: e.end,
            label: e.label.as_str(),
            attrs: vec![("cluster", e.cluster.to_string()), ("name", name)],
            rank: 3,
        });
    }
    for d in &doc.dates {
        out.push(Highlight { start: d.start, end: d.end, label: "DATE", attrs: vec![("value", d.value.clone())], rank: 3 });
    }
    out.retain(|h| h.start < h.end);
    out.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.rank));
    out
}

/// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attribute values.
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Walks `text` and its highlights, calling `open`/`close` around nested
/// highlights and `plain` for text between tags.
fn walk(
    text: &str,
    hs: &[Highlight],
    out: &mut String,
    open: &dyn Fn(&Highlight, &mut String),
    close: &dyn Fn(&Highlight, &mut String),
    plain: &dyn Fn(&str, &mut String),
) {
    let mut bounds: Vec<usize> = hs.iter().flat_map(|h| [h.start, h.end]).collect();
    bounds.push(0);
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut stack: Vec<usize> = Vec::new(); // indexes into hs
    let mut next = 0; // next highlight to open
    let mut pos = 0;
    for &b in bounds.iter().filter(|&&b| b <= text.len()) {
        if b > pos {
            plain(&text[pos..b], out);
            pos = b;
        }
        // close everything ending here, reopening crossed ones
        if let Some(lowest) = stack.iter().position(|&i| hs[i].end <= b) {
            let popped: Vec<usize> = stack.drain(lowest..).collect();
            for &i in popped.iter().rev() {
                close(&hs[i], out);
            }
            for i in popped.into_iter().filter(|&i| hs[i].end > b) {
                open(&hs[i], out);
                stack.push(i);
            }
        }
        while next < hs.len() && hs[next].start == b {
            open(&hs[next], out);
            stack.push(next);
            next += 1;
        }
        while next < hs.len() && hs[next].start < b {
            next += 1; // starts inside an unrepresentable position; skip
        }
    }
    for &i in stack.iter().rev() {
        close(&hs[i], out);
    }
}

/// The text as escaped HTML with `<mark>` highlights (see the module docs).
///
/// ```
/// use sorot::{Annotator, Options, render::to_html};
/// let text = "Kata Presiden Joko Widodo <b>.";
/// let doc = Annotator::new().annotate(text, &Options::default()).unwrap();
/// let html = to_html(text, &doc);
/// assert!(html.contains(r#"<mark data-label="PER""#));
/// assert!(html.contains("&lt;b&gt;"));
/// ```
pub fn to_html(text: &str, doc: &Document) -> String {
    let hs = highlights(doc);
    let mut out = String::with_capacity(text.len() * 5 / 4 + 64);
    let tag = |h: &Highlight| if h.label == "SKIP" { "span" } else { "mark" };
    walk(
        text,
        &hs,
        &mut out,
        &|h, out| {
            out.push('<');
            out.push_str(tag(h));
            out.push_str(" data-label=\"");
            out.push_str(h.label);
            out.push('"');
            for (k, v) in &h.attrs {
                out.push_str(" data-");
                out.push_str(k);
                out.push_str("=\"");
                escape_html(v, out);
                out.push('"');
            }
            out.push('>');
        },
        &|h, out| {
            out.push_str("</");
            out.push_str(tag(h));
            out.push('>');
        },
        &|s, out| escape_html(s, out),
    );
    out
}

/// The text with highlights for a terminal: ANSI colours when `color`,
/// otherwise bracketed labels like `[PER Kim Jong Un]`.
pub fn to_terminal(text: &str, doc: &Document, color: bool) -> String {
    let hs = highlights(doc);
    let mut out = String::with_capacity(text.len() * 5 / 4 + 64);
    if color {
        let code = |h: &Highlight| match h.label {
            "PER" => "1;34",
            "ORG" => "1;35",
            "LOC" => "1;32",
            "DATE" => "1;33",
            "QUOTE" => "3;36",
            _ => "2",
        };
        // Reset and re-apply the still-open styles on close, since SGR codes don't nest.
        walk(
            text,
            &hs,
            &mut out,
            &|h, out| {
                out.push_str("\x1b[");
                out.push_str(code(h));
                out.push('m');
            },
            &|_, out| out.push_str("\x1b[0m"),
            &|s, out| out.push_str(s),
        );
    } else {
        walk(
            text,
            &hs,
            &mut out,
            &|h, out| {
                out.push('[');
                out.push_str(h.label);
                if let Some((_, v)) = h.attrs.iter().find(|(k, _)| matches!(*k, "value" | "speaker")) {
                    out.push('=');
                    out.push_str(v);
                }
                out.push('|');
            },
            &|_, out| out.push(']'),
            &|s, out| out.push_str(s),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DateMention, Entity, EntityLabel, Granularity, Quote};

    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    fn doc_with(text: &str, ents: &[(usize, usize)], dates: &[(usize, usize)], quotes: &[(usize, usize)]) -> Document {
        let mut d = Document::default();
        for &(s, e) in ents {
            d.entities.push(Entity { start: s, end: e, label: EntityLabel::Per, text: text[s..e].into(), cluster: 0, source: Default::default() });
        }
        for &(s, e) in dates {
            d.dates.push(DateMention {
                start: s,
                end: e,
                text: text[s..e].into(),
                value: "?".into(),
                granularity: Granularity::Unknown,
            });
        }
        for &(s, e) in quotes {
            d.quotes.push(Quote {
                start: s,
                end: e,
                text: text[s..e].into(),
                kind: QuoteKind::Direct,
                speaker: "<x>".into(),
                speaker_cluster: None,
                speaker_span: None,
                cue_span: None,
                reference_span: None,
            });
        }
        d
    }

    #[test]
    fn nested_and_crossing_highlights_stay_well_formed() {
        let text = "ab <cd> ef gh";
        let cases: &[(&str, Document, &str)] = &[
            ("entity inside quote", doc_with(text, &[(3, 7)], &[], &[(0, 10)]), "<mark data-label=\"QUOTE\""),
            ("crossing date and entity", doc_with(text, &[(0, 5)], &[(3, 10)], &[]), "</mark></mark>"),
            ("nothing", doc_with(text, &[], &[], &[]), "ab &lt;cd&gt; ef gh"),
        ];
        for (name, doc, want) in cases {
            let html = to_html(text, doc);
            assert!(html.contains(want), "{name}: {html}");
            assert_eq!(strip_tags(&html), "ab &lt;cd&gt; ef gh", "{name}");
            assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count(), "{name}");
        }
    }

    #[test]
    fn attribute_values_are_escaped() {
        let text = "x y";
        let html = to_html(text, &doc_with(text, &[], &[], &[(0, 3)]));
        assert!(html.contains("data-speaker=\"&lt;x&gt;\""), "{html}");
    }

    #[test]
    fn terminal_brackets() {
        let text = "Kata Budi";
        let out = to_terminal(text, &doc_with(text, &[(5, 9)], &[], &[]), false);
        assert_eq!(out, "Kata [PER|Budi]");
    }
}
