//! **sorot** reads Indonesian news text and finds people, organizations and
//! places; dates and times with their ISO value; and direct and indirect
//! quotes with who said them. The same core runs natively (library, CLI) and
//! in the browser (WebAssembly).
//!
//! ```
//! use sorot::{Annotator, Options, EntityLabel};
//!
//! let annotator = Annotator::new(); // build once: automata and regexes live here
//! let text = "JAKARTA - Presiden Joko Widodo tiba di Surabaya, Senin (11/9/2023).";
//! let options = Options::default().with_date("2023-09-12".parse().unwrap());
//! let doc = annotator.annotate(text, &options).unwrap();
//!
//! let people: Vec<&str> = doc.entities.iter()
//!     .filter(|e| e.label == EntityLabel::Per)
//!     .map(|e| e.text.as_str())
//!     .collect();
//! assert_eq!(people, ["Joko Widodo"]);
//! assert_eq!(doc.dates[0].value, "2023-09-11");
//! ```
//!
//! Offsets in a [`Document`] are byte offsets into the annotated text;
//! [`Document::convert_offsets`] gives UTF-16 (JS) or code-point (JSON) ones.
//!
//! The pipeline, in order (later layers read earlier ones, never the reverse):
//! [`text`] segmentation → [`boilerplate`] → [`entity`] mentions → [`mention`] clusters →
//! [`date`] detection and resolution → [`quote`] marks, attribution, speakers.
#![deny(missing_docs)]

/// A word list of `data/` as compiled in: its comment and blank lines taken
/// out by `build.rs` (the headers document the lists in the repository).
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

pub mod boilerplate;
pub mod date;
mod document;
pub mod entity;
pub mod input;
pub mod mention;
pub mod quote;
pub mod render;
pub mod tagger;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

pub use date::CalendarDate;
pub use document::{
    Boilerplate, Cluster, DateMention, Document, Entity, EntityLabel, EntitySource, Granularity, Quote, QuoteKind, Span,
};
pub use text::offsets::OffsetUnit;

/// The largest text `annotate` accepts, in bytes (64 MiB). Larger input is an
/// [`Error::InputTooLarge`], never a frozen page.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Which layers to run. All are on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    /// People, organizations, places and their clusters.
    pub entities: bool,
    /// Dates and times.
    pub dates: bool,
    /// Direct and indirect quotes (speakers use entities when those run).
    pub quotes: bool,
    /// *Baca juga* lines and other boilerplate.
    pub boilerplate: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers { entities: true, dates: true, quotes: true, boilerplate: true }
    }
}

/// How to annotate one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The article's publication date: the anchor for *kemarin*, *Senin*,
    /// *tahun lalu* … Without it, the first full date in the text is used;
    /// failing that, values that need an anchor are `?`.
    pub date: Option<CalendarDate>,
    /// Which layers to run.
    pub layers: Layers,
    /// Entities from the rules and the learned tagger ([`tagger`], which
    /// reads the rules' findings as cues): persons where both read one (with
    /// the rules' boundaries), organizations and places from the tagger.
    /// On by default where the build has a model (not `rules-only`): it finds
    /// entities better on news the rules were not written from, at about
    /// two thirds of the rules' speed (README: accuracy and speed). `false`:
    /// the rules alone.
    pub tagger: bool,
}

impl Default for Options {
    /// No date, every layer, and the tagger where the build has one.
    fn default() -> Self {
        Options { date: None, layers: Layers::default(), tagger: tagger::EMBEDDED_MODEL.is_some() }
    }
}

impl Options {
    /// These options with the publication date set.
    pub fn with_date(mut self, date: CalendarDate) -> Self {
        self.date = Some(date);
        self
    }

    /// These options with the given layers.
    pub fn with_layers(mut self, layers: Layers) -> Self {
        self.layers = layers;
        self
    }

    /// These options with the tagger's names added to the rules' (`true`) or the rules alone.
    pub fn with_tagger(mut self, tagger: bool) -> Self {
        self.tagger = tagger;
        self
    }
}

/// Everything that can go wrong; each variant's message is meant for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is longer than [`MAX_INPUT_BYTES`].
    InputTooLarge {
        /// Size of the rejected text in bytes.
        bytes: usize,
    },
    /// A date that is not a valid `YYYY-MM-DD` calendar date.
    InvalidDate(String),
    /// Options (from JSON or JS) that do not have the expected shape.
    InvalidOptions(String),
    /// A tagger model file that cannot be read (damaged, or of another format version).
    InvalidModel(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { bytes } => write!(
                f,
                "text is too large: {bytes} bytes (the limit is {} MiB)",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            Error::InvalidDate(s) => write!(f, "invalid date {s:?}: expected YYYY-MM-DD, e.g. 2023-09-12"),
            Error::InvalidOptions(s) => write!(f, "invalid options: {s}"),
            Error::InvalidModel(s) => write!(f, "invalid tagger model: {s}"),
        }
    }
}

impl std::error::Error for Error {}

/// Sorts spans and drops any that overlaps an earlier, longer one: the
/// layer invariant (sorted, non-overlapping) holds whatever a layer found.
fn keep_outermost<T>(spans: &mut Vec<T>, range: impl Fn(&T) -> (usize, usize)) {
    text::sort_by_key(spans, |s| {
        let (a, b) = range(s);
        text::span_key(a, b, true)
    });
    let mut end = 0;
    spans.retain(|s| {
        let (a, b) = range(s);
        let keep = a >= end;
        if keep {
            end = b;
        }
        keep
    });
}

/// Sorts spans (outer first) and drops any that crosses a kept one; spans
/// nested inside a kept span stay.
fn drop_crossing<T>(spans: &mut Vec<T>, range: impl Fn(&T) -> (usize, usize)) {
    text::sort_by_key(spans, |s| {
        let (a, b) = range(s);
        text::span_key(a, b, true)
    });
    let mut open: Vec<usize> = Vec::new(); // ends of kept spans enclosing the current position
    spans.retain(|s| {
        let (a, b) = range(s);
        while open.last().is_some_and(|&end| end <= a) {
            open.pop();
        }
        let keep = open.last().is_none_or(|&end| b <= end);
        if keep {
            open.push(b);
        }
        keep
    });
}

/// The annotator: built once (it builds every automaton; each date pattern
/// is compiled the first time a text needs it, once), then used for any
/// number of texts. It is `Send + Sync`.
#[derive(Debug)]
pub struct Annotator {
    entities: entity::EntityExtractor,
    dates: date::DateExtractor,
    quotes: quote::QuoteExtractor,
    boilerplate: boilerplate::BoilerplateDetector,
}

impl Default for Annotator {
    fn default() -> Self {
        Self::new()
    }
}

impl Annotator {
    /// Builds the annotator and all its automata, with the built-in entity
    /// tagger (rules only when built with the `rules-only` feature).
    pub fn new() -> Self {
        Self::build(entity::EntityExtractor::new())
    }

    /// An annotator with another tagger model (a file written by `sorot
    /// train`), or with none (`None`: entities from the rules only, to be
    /// used with [`Options::with_tagger`]`(false)`).
    ///
    /// ```
    /// let rules_only = sorot::Annotator::with_model(None).unwrap();
    /// let options = sorot::Options::default().with_tagger(false);
    /// assert!(rules_only.annotate("Kata Joko Widodo.", &options).is_ok());
    /// assert!(sorot::Annotator::with_model(Some(b"not a model")).is_err());
    /// ```
    pub fn with_model(model: Option<&[u8]>) -> Result<Self, Error> {
        #[cfg(feature = "rules-only")]
        if model.is_some() {
            return Err(Error::InvalidModel("this build has no tagger (built with the rules-only feature)".into()));
        }
        #[cfg(not(feature = "rules-only"))]
        let tagger = model.map(tagger::model::Model::from_bytes).transpose()?.map(tagger::Tagger::new);
        #[cfg(feature = "rules-only")]
        let tagger = None;
        Ok(Self::build(entity::EntityExtractor::with_tagger(tagger)))
    }

    fn build(entities: entity::EntityExtractor) -> Self {
        Annotator {
            entities,
            dates: date::DateExtractor::new(),
            quotes: quote::QuoteExtractor::new(),
            boilerplate: boilerplate::BoilerplateDetector::new(),
        }
    }

    /// Annotates `text`. Offsets in the result are bytes into `text`.
    ///
    /// Errors only when the text is larger than [`MAX_INPUT_BYTES`], or when
    /// [`Options::tagger`] is set in a build without a model; any other input,
    /// empty or odd, gives a (possibly empty) document.
    pub fn annotate(&self, text: &str, options: &Options) -> Result<Document, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InputTooLarge { bytes: text.len() });
        }
        if options.tagger && !self.entities.has_tagger() {
            return Err(Error::InvalidOptions(
                "the tagger was asked for, but this annotator has no tagger model (a rules-only build, or Annotator::with_model(None))".into(),
            ));
        }
        let seg = text::Segmented::new(text);
        let mut doc = Document::default();
        if options.layers.boilerplate {
            doc.boilerplate = self.boilerplate.detect(text, &seg);
        }
        if options.layers.entities || options.layers.quotes {
            let (entities, clusters) = self.entities.extract(text, &seg, &doc.boilerplate, options.tagger);
            doc.entities = entities;
            doc.clusters = clusters;
        }
        if options.layers.dates {
            let (anchor, dates) = self.dates.extract_anchored(text, &seg, options.date);
            doc.anchor = anchor.map(|d| d.to_string());
            doc.dates = dates;
            keep_outermost(&mut doc.dates, |d| (d.start, d.end));
        }
        if options.layers.quotes {
            let quotes = self.quotes.extract(text, &seg, &doc.entities, &doc.clusters);
            // Direct quotes never overlap; an indirect quote may contain another
            // source's indirect quote (GUIDELINES, settled cases) but never cross one.
            let (mut direct, mut indirect): (Vec<Quote>, Vec<Quote>) =
                quotes.into_iter().partition(|q| q.kind == QuoteKind::Direct);
            keep_outermost(&mut direct, |q| (q.start, q.end));
            drop_crossing(&mut indirect, |q| (q.start, q.end));
            direct.append(&mut indirect);
            text::sort_by_key(&mut direct, |q| text::span_key(q.start, q.end, false));
            doc.quotes = direct;
        }
        if !options.layers.entities {
            doc.entities.clear();
            doc.clusters.clear();
        }
        Ok(doc)
    }
}
