//! The Python module `sorot._sorot`: a thin shell over the core. Arguments are
//! checked and converted here, annotation is the core's `Annotator`, and
//! offsets are converted by the core to code points, which are Python string
//! indices (`text[e.start:e.end] == e.text`). `to_json()` is the core's serde
//! JSON, the CLI's byte for byte; `to_dict()` builds the same in Python objects.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use sorot::input::{OptionsInput, LAYER_NAMES};
use sorot::{EntityLabel, EntitySource, Granularity, OffsetUnit, Options, QuoteKind};

/// The core's errors are about values (a bad date, an unknown layer, a text
/// too large): `ValueError` with the core's message.
fn value_error(e: sorot::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}

/// A Python `str` as Rust text. A lone surrogate (which UTF-8 cannot hold)
/// becomes `?`, one code point for one, so offsets still index the caller's string.
fn text_arg(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let Ok(s) = value.cast::<PyString>() else {
        let hint = if value.is_instance_of::<pyo3::types::PyBytes>() {
            " (decode it first, e.g. data.decode(\"utf-8\"))"
        } else {
            ""
        };
        return Err(PyTypeError::new_err(format!("{what} must be str, not {}{hint}", type_name(value))));
    };
    match s.to_cow() {
        Ok(text) => Ok(text.into_owned()),
        Err(_) => {
            let bytes = s.call_method1("encode", ("utf-8", "replace"))?;
            Ok(String::from_utf8_lossy(bytes.extract::<&[u8]>()?).into_owned())
        }
    }
}

/// A publication date: `None`, `"YYYY-MM-DD"`, or a `datetime.date` (or
/// anything with integer `year`, `month` and `day`, e.g. a pandas Timestamp).
fn date_arg(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Some(s.to_cow()?.into_owned()));
    }
    let part = |name: &str| value.getattr(name).and_then(|v| v.extract::<i64>());
    match (part("year"), part("month"), part("day")) {
        (Ok(y), Ok(m), Ok(d)) => Ok(Some(format!("{y:04}-{m:02}-{d:02}"))),
        _ => Err(PyTypeError::new_err(format!(
            "{what} must be a str \"YYYY-MM-DD\", a datetime.date or None, not {}",
            type_name(value)
        ))),
    }
}

/// Options as the CLI and the JS API validate them (`sorot::input`).
fn options(date: Option<String>, layers: Option<Vec<String>>, tagger: bool) -> PyResult<Options> {
    let mut options = OptionsInput { date, layers, tagger: None }.validate().map_err(value_error)?;
    options.tagger = tagger;
    Ok(options)
}

/// Annotates and converts offsets to code points (the core does both).
fn annotate_cp(annotator: &sorot::Annotator, text: &str, options: &Options) -> Result<sorot::Document, sorot::Error> {
    annotator.annotate(text, options).map(|doc| doc.convert_offsets(text, OffsetUnit::CodePoint))
}

/// A value of the core's types as Python dicts and lists, with the names of
/// the CLI's JSON (the tests compare the two on every field). Keys and enum
/// values are interned strings: building the dicts costs half as much as
/// through a generic serde converter.
trait ToDict {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

/// A dict from `(interned key, value)` pairs.
macro_rules! dict {
    ($py:ident, { $($key:literal: $value:expr),* $(,)? }) => {{
        let d = PyDict::new($py);
        $( d.set_item(pyo3::intern!($py, $key), $value)?; )*
        Ok(d.into_any())
    }};
}

/// An enum's JSON string, interned.
macro_rules! name {
    ($py:ident, $value:expr, { $($variant:path => $text:literal),* $(,)? }) => {
        match $value { $($variant => pyo3::intern!($py, $text).clone(),)* }
    };
}

fn label(py: Python<'_>, l: EntityLabel) -> Bound<'_, PyString> {
    name!(py, l, { EntityLabel::Per => "PER", EntityLabel::Org => "ORG", EntityLabel::Loc => "LOC" })
}

fn granularity(py: Python<'_>, g: Granularity) -> Bound<'_, PyString> {
    name!(py, g, {
        Granularity::Time => "time", Granularity::Day => "day", Granularity::Week => "week",
        Granularity::Month => "month", Granularity::Quarter => "quarter", Granularity::Half => "half",
        Granularity::Year => "year", Granularity::Unknown => "unknown",
    })
}

fn kind(py: Python<'_>, k: QuoteKind) -> Bound<'_, PyString> {
    name!(py, k, { QuoteKind::Direct => "direct", QuoteKind::Indirect => "indirect" })
}

fn source(py: Python<'_>, s: EntitySource) -> Bound<'_, PyString> {
    name!(py, s, { EntitySource::Rules => "rules", EntitySource::Tagger => "tagger" })
}

fn list<'py, T: ToDict>(py: Python<'py>, items: &[T]) -> PyResult<Bound<'py, PyAny>> {
    let out = PyList::empty(py);
    for item in items {
        out.append(item.to_dict(py)?)?;
    }
    Ok(out.into_any())
}

impl<T: ToDict> ToDict for Option<T> {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.to_dict(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl ToDict for sorot::Span {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "start": self.start, "end": self.end })
    }
}

impl ToDict for sorot::Entity {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "start": self.start, "end": self.end, "label": label(py, self.label), "text": &self.text,
                    "cluster": self.cluster, "source": source(py, self.source) })
    }
}

impl ToDict for sorot::Cluster {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "id": self.id, "label": label(py, self.label), "name": &self.name, "count": self.count })
    }
}

impl ToDict for sorot::DateMention {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "start": self.start, "end": self.end, "text": &self.text, "value": &self.value,
                    "granularity": granularity(py, self.granularity) })
    }
}

impl ToDict for sorot::Quote {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "start": self.start, "end": self.end, "text": &self.text, "kind": kind(py, self.kind),
                    "speaker": &self.speaker, "speakerCluster": self.speaker_cluster,
                    "speakerSpan": self.speaker_span.to_dict(py)?, "cueSpan": self.cue_span.to_dict(py)?,
                    "referenceSpan": self.reference_span.to_dict(py)? })
    }
}

impl ToDict for sorot::Boilerplate {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "start": self.start, "end": self.end, "text": &self.text })
    }
}

impl ToDict for sorot::Document {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict!(py, { "entities": list(py, &self.entities)?, "clusters": list(py, &self.clusters)?,
                    "dates": list(py, &self.dates)?, "quotes": list(py, &self.quotes)?,
                    "boilerplate": list(py, &self.boilerplate)?, "anchor": &self.anchor })
    }
}

/// `Name(key=value, …)` from the value's dict.
fn repr<T: ToDict>(py: Python<'_>, name: &str, value: &T) -> PyResult<String> {
    let dict = value.to_dict(py)?;
    let dict = dict.cast::<PyDict>()?;
    let mut fields = Vec::with_capacity(dict.len());
    for (k, v) in dict.iter() {
        fields.push(format!("{k}={}", v.repr()?));
    }
    Ok(format!("{name}({})", fields.join(", ")))
}

/// One Python class over one of the core's result types: read-only getters
/// (the listed fields as they are, plus the methods given), `to_dict()`,
/// `to_json()`, `__repr__` (unless `custom_repr`: the methods have their own) and `==`.
macro_rules! result_class {
    ($(#[$doc:meta])* $py:ident($core:ty), $name:literal, [$($field:ident: $ty:ty),* $(,)?], { $($methods:tt)* }, custom_repr) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, name = $name, module = "sorot")]
        #[derive(Clone, PartialEq)]
        pub struct $py(pub $core);

        #[pymethods]
        impl $py {
            $(
                #[getter]
                fn $field(&self) -> $ty {
                    self.0.$field.clone()
                }
            )*

            $($methods)*

            /// This value as plain dicts and lists, exactly the CLI's JSON.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                ToDict::to_dict(&self.0, py)
            }

            /// This value as JSON text, byte for byte as the CLI writes it.
            fn to_json(&self, py: Python<'_>) -> PyResult<String> {
                py.detach(|| serde_json::to_string(&self.0)).map_err(|e| PyValueError::new_err(e.to_string()))
            }
        }
    };
    ($(#[$doc:meta])* $py:ident($core:ty), $name:literal, [$($field:ident: $ty:ty),* $(,)?], { $($methods:tt)* }) => {
        result_class!($(#[$doc])* $py($core), $name, [$($field: $ty),*], {
            $($methods)*

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                repr(py, $name, &self.0)
            }
        }, custom_repr);
    };
}

result_class!(
    /// A half-open range of code points.
    PySpan(sorot::Span), "Span", [start: usize, end: usize], {
});

fn span(s: Option<sorot::Span>) -> Option<PySpan> {
    s.map(PySpan)
}

result_class!(
    /// One mention of a person (PER), organization (ORG) or place (LOC).
    PyEntity(sorot::Entity), "Entity", [start: usize, end: usize, text: String, cluster: usize], {
    #[getter(label)]
    fn get_label<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        label(py, self.0.label)
    }
    #[getter(source)]
    fn get_source<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        source(py, self.0.source)
    }
});

result_class!(
    /// All mentions of one entity; `name` is the fullest form in the article.
    PyCluster(sorot::Cluster), "Cluster", [id: usize, name: String, count: usize], {
    #[getter(label)]
    fn get_label<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        label(py, self.0.label)
    }
});

result_class!(
    /// A time expression and its ISO 8601 value (`?` when it cannot be resolved).
    PyDateMention(sorot::DateMention), "DateMention", [start: usize, end: usize, text: String, value: String], {
    #[getter(granularity)]
    fn get_granularity<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        granularity(py, self.0.granularity)
    }
});

result_class!(
    /// A direct or indirect quote and its speaker (`-` when not named).
    PyQuote(sorot::Quote), "Quote", [start: usize, end: usize, text: String, speaker: String, speaker_cluster: Option<usize>], {
    #[getter(kind)]
    fn get_kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        kind(py, self.0.kind)
    }
    #[getter]
    fn speaker_span(&self) -> Option<PySpan> {
        span(self.0.speaker_span)
    }
    #[getter]
    fn cue_span(&self) -> Option<PySpan> {
        span(self.0.cue_span)
    }
    #[getter]
    fn reference_span(&self) -> Option<PySpan> {
        span(self.0.reference_span)
    }
});

result_class!(
    /// A stretch that is not part of the story (*Baca juga: …*).
    PyBoilerplate(sorot::Boilerplate), "Boilerplate", [start: usize, end: usize, text: String], {
});

result_class!(
    /// Everything sorot found in one text; offsets are code points (Python
    /// string indices). Each list attribute is a new list on each access.
    PyDocument(sorot::Document), "Document", [anchor: Option<String>], {
    #[getter]
    fn entities(&self) -> Vec<PyEntity> {
        self.0.entities.iter().cloned().map(PyEntity).collect()
    }
    #[getter]
    fn clusters(&self) -> Vec<PyCluster> {
        self.0.clusters.iter().cloned().map(PyCluster).collect()
    }
    #[getter]
    fn dates(&self) -> Vec<PyDateMention> {
        self.0.dates.iter().cloned().map(PyDateMention).collect()
    }
    #[getter]
    fn quotes(&self) -> Vec<PyQuote> {
        self.0.quotes.iter().cloned().map(PyQuote).collect()
    }
    #[getter]
    fn boilerplate(&self) -> Vec<PyBoilerplate> {
        self.0.boilerplate.iter().cloned().map(PyBoilerplate).collect()
    }
    /// Counts only: a document's spans are too many to print.
    fn __repr__(&self) -> String {
        let d = &self.0;
        format!(
            "Document(entities={}, clusters={}, dates={}, quotes={}, boilerplate={}, anchor={})",
            d.entities.len(),
            d.clusters.len(),
            d.dates.len(),
            d.quotes.len(),
            d.boilerplate.len(),
            d.anchor.as_deref().map_or("None".into(), |a| format!("'{a}'"))
        )
    }
}, custom_repr);

/// Annotates Indonesian news text. Build one and reuse it (building takes a
/// few milliseconds); it is safe to share between threads.
#[pyclass(frozen, name = "Annotator", module = "sorot")]
pub struct PyAnnotator {
    inner: sorot::Annotator,
}

#[pymethods]
impl PyAnnotator {
    #[new]
    fn new(py: Python<'_>) -> Self {
        PyAnnotator { inner: py.detach(sorot::Annotator::new) }
    }

    /// Annotates one text. `date` ("YYYY-MM-DD" or a datetime.date) anchors
    /// relative dates; `layers` picks among entities, dates, quotes and
    /// boilerplate (all by default); `tagger` (the default) takes organizations
    /// and places from the learned tagger and persons where the rules and the
    /// tagger agree, `tagger=False` the rules alone. Raises TypeError for a text that is not str, ValueError for a
    /// bad date, an unknown layer or a text over the size limit.
    #[pyo3(signature = (text, date=None, layers=None, *, tagger=true))]
    fn annotate(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        date: Option<&Bound<'_, PyAny>>,
        layers: Option<Vec<String>>,
        tagger: bool,
    ) -> PyResult<PyDocument> {
        let text = text_arg(text, "text")?;
        let options = options(date_arg(date, "date")?, layers, tagger)?;
        let doc = py.detach(|| annotate_cp(&self.inner, &text, &options)).map_err(value_error)?;
        Ok(PyDocument(doc))
    }

    /// Annotates a batch on `threads` cores (default: all) with the GIL
    /// released; the result keeps the input order. `dates` is None or one
    /// date (or None) per text. A bad record raises (naming its index),
    /// unless `return_exceptions` is true: then its exception takes its place
    /// in the result and the other records are still annotated.
    #[pyo3(signature = (texts, dates=None, layers=None, *, tagger=true, threads=None, return_exceptions=false))]
    #[allow(clippy::too_many_arguments)]
    fn annotate_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        layers: Option<Vec<String>>,
        tagger: bool,
        threads: Option<usize>,
        return_exceptions: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let base = options(None, layers, tagger)?;
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err("texts must be a sequence of str, not one str"));
        }
        let texts: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
        let dates: Vec<Option<Bound<'py, PyAny>>> = match dates.filter(|d| !d.is_none()) {
            None => vec![None; texts.len()],
            Some(d) if d.is_instance_of::<PyString>() => {
                return Err(PyTypeError::new_err("dates must be a sequence (one date or None per text), not one str"))
            }
            Some(d) => d.try_iter()?.map(|v| v.map(Some)).collect::<PyResult<_>>()?,
        };
        if dates.len() != texts.len() {
            return Err(PyValueError::new_err(format!(
                "dates has {} items but texts has {}: give one date (or None) per text",
                dates.len(),
                texts.len()
            )));
        }
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        // Records whose arguments are already wrong are not annotated.
        let mut inputs: Vec<Option<(String, Options)>> = Vec::with_capacity(texts.len());
        let mut failed: Vec<Option<PyErr>> = Vec::with_capacity(texts.len());
        for (i, (text, date)) in texts.iter().zip(&dates).enumerate() {
            let input = text_arg(text, &format!("texts[{i}]")).and_then(|t| {
                let date = date_arg(date.as_ref(), &format!("dates[{i}]"))?;
                let mut opts = base.clone();
                opts.date = OptionsInput { date, layers: None, tagger: None }.validate().map_err(value_error)?.date;
                Ok((t, opts))
            });
            match input {
                Ok(input) => {
                    inputs.push(Some(input));
                    failed.push(None);
                }
                Err(err) if return_exceptions => {
                    inputs.push(None);
                    failed.push(Some(err));
                }
                Err(err) => return Err(err),
            }
        }
        let annotator = &self.inner;
        let run = |input: &Option<(String, Options)>| input.as_ref().map(|(t, o)| annotate_cp(annotator, t, o));
        let results: Vec<Option<Result<sorot::Document, sorot::Error>>> = py.detach(|| match threads {
            Some(1) => Ok(inputs.iter().map(run).collect()),
            None => Ok(inputs.par_iter().map(run).collect()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(|| inputs.par_iter().map(run).collect()))
                .map_err(|e| format!("starting worker threads: {e}")),
        })
        .map_err(PyValueError::new_err)?;
        let out = PyList::empty(py);
        for (i, (result, failure)) in results.into_iter().zip(failed).enumerate() {
            match (result, failure) {
                (Some(Ok(doc)), _) => out.append(PyDocument(doc))?,
                (Some(Err(e)), _) if return_exceptions => out.append(value_error(e).into_value(py))?,
                (Some(Err(e)), _) => return Err(PyValueError::new_err(format!("texts[{i}]: {e}"))),
                (None, Some(err)) => out.append(err.into_value(py))?,
                (None, None) => unreachable!("a record is either annotated or failed"),
            }
        }
        Ok(out)
    }

    fn __repr__(&self) -> &'static str {
        "sorot.Annotator()"
    }
}

#[pymodule]
fn _sorot(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyAnnotator>()?;
    m.add_class::<PyDocument>()?;
    m.add_class::<PyEntity>()?;
    m.add_class::<PyCluster>()?;
    m.add_class::<PyDateMention>()?;
    m.add_class::<PyQuote>()?;
    m.add_class::<PySpan>()?;
    m.add_class::<PyBoilerplate>()?;
    m.add("LAYERS", LAYER_NAMES.to_vec())?;
    m.add("MAX_INPUT_BYTES", sorot::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
