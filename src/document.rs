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
