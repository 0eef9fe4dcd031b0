//! The annotation result: plain data, serializable, with offsets in one unit.
//!
//! Inside the core every `start`/`end` is a **byte offset** into the text that
//! was annotated (always on a `char` boundary). [`Document::convert_offsets`]
//! turns a whole document into UTF-16 code units (the JS API) or Unicode code
//! points (the CLI's JSON) in one pass; nothing else changes units.

use serde::{Deserialize, Serialize};

use crate::text::offsets::{OffsetMap, OffsetUnit};

/// A half-open range `[start, end)` in the document's offset unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First unit of the range.
    pub start: usize,
    /// One past the last unit of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// What produced an entity mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EntitySource {
    /// The context rules and word lists ([`crate::entity`]).
    #[default]
    Rules,
    /// The learned tagger ([`crate::tagger`]).
    Tagger,
}

impl EntitySource {
    /// The name as written in the JSON: `rules` or `tagger`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntitySource::Rules => "rules",
            EntitySource::Tagger => "tagger",
        }
    }
}

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityLabel {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organization: institution, company, party, media, club …
    #[serde(rename = "ORG")]
    Org,
    /// A place: country, region, city, street, building used as a place …
    #[serde(rename = "LOC")]
    Loc,
}

impl EntityLabel {
    /// The label as written in the JSON and in `data-label`: `PER`, `ORG`, `LOC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
        }
    }
}

/// One mention of a person, organization or place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Start of the mention.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// What kind of entity it is.
    pub label: EntityLabel,
    /// The mention as written.
    pub text: String,
    /// Index into [`Document::clusters`]: mentions of the same entity share it.
    pub cluster: usize,
    /// What found the mention: the tagger or the rules.
    #[serde(default)]
    pub source: EntitySource,
}

/// All mentions of one entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// The cluster's index in [`Document::clusters`].
    pub id: usize,
    /// The label of its mentions.
    pub label: EntityLabel,
    /// Canonical name: the fullest form used in the article.
    pub name: String,
    /// Number of mentions.
    pub count: usize,
}

/// How precise a resolved date value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `2023-09-10T10:00`
    Time,
    /// `2023-09-10`
    Day,
    /// `2023-W36`
    Week,
    /// `2023-09`
    Month,
    /// `2015-Q3`
    Quarter,
    /// `2024-H1`
    Half,
    /// `2023`
    Year,
    /// The value could not be determined (`?`).
    Unknown,
}

impl Granularity {
    /// The name as written in the JSON: `time`, `day`, … `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Time => "time",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
            Granularity::Year => "year",
            Granularity::Unknown => "unknown",
        }
    }
}

/// A time expression with its resolved ISO 8601 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Start of the expression.
    pub start: usize,
    /// End of the expression.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// ISO 8601 value (`2023-09-10`, `2023-W36`, `2023-09-10T10:00` …) or `?`.
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
}

/// Whether a quote is in quotation marks or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech without marks (*X mengatakan bahwa …*).
    Indirect,
}

impl QuoteKind {
    /// The name as written in the JSON and in `data-kind`: `direct` or `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quote and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Start of the quoted words (after the opening mark).
    pub start: usize,
    /// End of the quoted words (before the closing mark).
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Canonical name of the speaker; `-` for a source described but not named.
    pub speaker: String,
    /// The speaker's entity cluster, when the speaker is a named entity.
    pub speaker_cluster: Option<usize>,
    /// Where the speaker is named in the attribution (*kata **Kirby***), if it is.
    pub speaker_span: Option<Span>,
    /// The attribution cue (*kata*, *mengatakan*, *menurut* …), if one was found.
    pub cue_span: Option<Span>,
    /// The words that refer to the speaker when the attribution does not
    /// name them (*ujar**nya***, *kata **dia***, *kata **pria itu***); the
    /// speaker is what the mention layer resolved them to.
    #[serde(default)]
    pub reference_span: Option<Span>,
}

/// A stretch that is not part of the story (*Baca juga: …*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Start of the stretch.
    pub start: usize,
    /// End of the stretch.
    pub end: usize,
    /// The stretch as written.
    pub text: String,
}

/// Everything sorot found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Person, organization and place mentions, sorted by `start`.
    pub entities: Vec<Entity>,
    /// Entity clusters; `Entity::cluster` indexes this list.
    pub clusters: Vec<Cluster>,
    /// Time expressions, sorted by `start`.
    pub dates: Vec<DateMention>,
    /// Direct and indirect quotes, sorted by `start`.
    pub quotes: Vec<Quote>,
    /// Boilerplate stretches, sorted by `start`.
    pub boilerplate: Vec<Boilerplate>,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), if any.
    pub anchor: Option<String>,
}

impl Document {
    /// The document as JSON text: the shape its `Serialize` gives it (field
    /// names and order, `null` for an absent value), byte for byte what
    /// `serde_json::to_string` writes. Written out here so that the page's
    /// wasm, which hands the result to `JSON.parse`, carries no serializer.
    ///
    /// ```
    /// use sorot::{Annotator, Options};
    /// let doc = Annotator::new().annotate("Kata \"siap\" di Jakarta.", &Options::default()).unwrap();
    /// let json = doc.to_json();
    /// assert!(json.starts_with(r#"{"entities":[{"start":"#));
    /// assert!(json.ends_with(r#""anchor":null}"#));
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        let o = &mut out;
        o.push_str("{\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            comma(o, i);
            span_fields(o, e.start, e.end);
            text_field(o, "label", e.label.as_str());
            text_field(o, "text", &e.text);
            number_field(o, "cluster", e.cluster);
            text_field(o, "source", e.source.as_str());
            o.push('}');
        }
        o.push_str("],\"clusters\":[");
        for (i, c) in self.clusters.iter().enumerate() {
            comma(o, i);
            o.push_str("{\"id\":");
            number(o, c.id);
            text_field(o, "label", c.label.as_str());
            text_field(o, "name", &c.name);
            number_field(o, "count", c.count);
            o.push('}');
        }
        o.push_str("],\"dates\":[");
        for (i, d) in self.dates.iter().enumerate() {
            spanned_text(o, i, d.start, d.end, &d.text);
            text_field(o, "value", &d.value);
            text_field(o, "granularity", d.granularity.as_str());
            o.push('}');
        }
        o.push_str("],\"quotes\":[");
        for (i, q) in self.quotes.iter().enumerate() {
            spanned_text(o, i, q.start, q.end, &q.text);
            text_field(o, "kind", q.kind.as_str());
            text_field(o, "speaker", &q.speaker);
            key(o, "speakerCluster");
            match q.speaker_cluster {
                Some(c) => number(o, c),
                None => o.push_str("null"),
            }
            for (name, span) in [("speakerSpan", q.speaker_span), ("cueSpan", q.cue_span), ("referenceSpan", q.reference_span)] {
                key(o, name);
                match span {
                    Some(s) => {
                        span_fields(o, s.start, s.end);
                        o.push('}');
                    }
                    None => o.push_str("null"),
                }
            }
            o.push('}');
        }
        o.push_str("],\"boilerplate\":[");
        for (i, b) in self.boilerplate.iter().enumerate() {
            spanned_text(o, i, b.start, b.end, &b.text);
            o.push('}');
        }
        o.push_str("],\"anchor\":");
        match &self.anchor {
            Some(a) => string(o, a),
            None => o.push_str("null"),
        }
        o.push('}');
        out
    }

    /// Returns a copy whose offsets are in `unit`, for the text this document
    /// was made from (whose offsets must be bytes, as `annotate` returns them).
    ///
    /// ```
    /// use sorot::{Annotator, Options, OffsetUnit};
    /// let text = "😀 “Kami siap,” kata Joko Widodo.";
    /// let doc = Annotator::new().annotate(text, &Options::default()).unwrap();
    /// let q = &doc.quotes[0];
    /// assert_eq!(&text[q.start..q.end], "Kami siap,");
    /// let cp = doc.convert_offsets(text, OffsetUnit::CodePoint);
    /// assert_eq!((cp.quotes[0].start, cp.quotes[0].end), (3, 13));
    /// let u16 = doc.convert_offsets(text, OffsetUnit::Utf16);
    /// assert_eq!((u16.quotes[0].start, u16.quotes[0].end), (4, 14));
    /// ```
    pub fn convert_offsets(&self, text: &str, unit: OffsetUnit) -> Document {
        if unit == OffsetUnit::Byte {
            return self.clone();
        }
        let map = OffsetMap::new(text, unit);
        let c = |b: usize| map.convert(b);
        let span = |s: Span| Span::new(c(s.start), c(s.end));
        Document {
            entities: self
                .entities
                .iter()
                .map(|e| Entity { start: c(e.start), end: c(e.end), ..e.clone() })
                .collect(),
            clusters: self.clusters.clone(),
            dates: self
                .dates
                .iter()
                .map(|d| DateMention { start: c(d.start), end: c(d.end), ..d.clone() })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| Quote {
                    start: c(q.start),
                    end: c(q.end),
                    speaker_span: q.speaker_span.map(span),
                    cue_span: q.cue_span.map(span),
                    reference_span: q.reference_span.map(span),
                    ..q.clone()
                })
                .collect(),
            boilerplate: self
                .boilerplate
                .iter()
                .map(|b| Boilerplate { start: c(b.start), end: c(b.end), ..b.clone() })
                .collect(),
            anchor: self.anchor.clone(),
        }
    }
}

/// A comma before every item but the first.
fn comma(out: &mut String, i: usize) {
    if i > 0 {
        out.push(',');
    }
}

/// An item of a list that opens with its span and text: the comma before
/// it, `{"start":S,"end":E,"text":"…"` (the object left open).
fn spanned_text(out: &mut String, i: usize, start: usize, end: usize, text: &str) {
    comma(out, i);
    span_fields(out, start, end);
    text_field(out, "text", text);
}

/// `,"name":`
fn key(out: &mut String, name: &str) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
}

/// `,"name":"…"`
fn text_field(out: &mut String, name: &str, value: &str) {
    key(out, name);
    string(out, value);
}

/// `,"name":N`
fn number_field(out: &mut String, name: &str, n: usize) {
    key(out, name);
    number(out, n);
}

/// `{"start":S,"end":E` (the object left open for more fields).
fn span_fields(out: &mut String, start: usize, end: usize) {
    out.push_str("{\"start\":");
    number(out, start);
    number_field(out, "end", end);
}

/// A count or offset in decimal.
fn number(out: &mut String, n: usize) {
    use std::fmt::Write;
    let _ = write!(out, "{n}");
}

/// A JSON string, escaped as `serde_json` escapes it: the quotation mark,
/// the backslash and the control characters below U+0020 (`\n`, `\t` …
/// where JSON has a short form, `\u00XX` otherwise); nothing else.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(short);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_serde_json_byte_for_byte() {
        // every control character, the two JSON escapes, and text beyond ASCII
        let odd: String = (0u8..0x20).map(char::from).chain("\"\\/\u{7f}é😀“”".chars()).collect();
        let span = Some(Span::new(3, 7));
        let docs = [
            Document::default(),
            Document {
                entities: vec![
                    Entity { start: 0, end: 4, label: EntityLabel::Per, text: odd.clone(), cluster: 0, source: EntitySource::Tagger },
                    Entity { start: 5, end: 9, label: EntityLabel::Loc, text: "Jakarta".into(), cluster: 1, source: EntitySource::Rules },
                ],
                clusters: vec![Cluster { id: 0, label: EntityLabel::Org, name: odd.clone(), count: 12 }],
                dates: [Granularity::Time, Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Quarter, Granularity::Half, Granularity::Year, Granularity::Unknown]
                    .into_iter()
                    .map(|granularity| DateMention { start: 1, end: 2, text: odd.clone(), value: "?".into(), granularity })
                    .collect(),
                quotes: vec![
                    Quote { start: 10, end: 20, text: odd.clone(), kind: QuoteKind::Direct, speaker: "-".into(), speaker_cluster: None, speaker_span: None, cue_span: None, reference_span: None },
                    Quote { start: 30, end: 40, text: "x".into(), kind: QuoteKind::Indirect, speaker: odd.clone(), speaker_cluster: Some(3), speaker_span: span, cue_span: span, reference_span: span },
                ],
                boilerplate: vec![Boilerplate { start: 0, end: 1, text: odd.clone() }],
                anchor: Some("2023-09-12".into()),
            },
        ];
        for doc in docs {
            assert_eq!(doc.to_json(), serde_json::to_string(&doc).unwrap());
        }
    }
}
