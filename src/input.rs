//! Options as they arrive from the edges (JS objects, JSON lines, CLI flags),
//! validated here so that native tests cover the conversions the bindings use.
//!
//! The wire shape, shared by JS and JSON:
//!
//! ```json
//! { "date": "2023-09-12", "layers": ["entities", "dates", "quotes", "boilerplate"] }
//! ```
//!
//! Both fields are optional; `date` may be `null` or `""` (no anchor). An
//! unknown layer name or a malformed date is an [`Error`], not a silent default.

use serde::Deserialize;

use crate::{CalendarDate, Error, Layers, Options};

/// Options as written by a caller, before validation.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OptionsInput {
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Layer names to run; all when absent.
    #[serde(default)]
    pub layers: Option<Vec<String>>,
    /// Entities from the rules and the learned tagger (`true`, the default
    /// where the build has a model) or the rules alone (`false`).
    #[serde(default)]
    pub tagger: Option<bool>,
}

/// The layer names accepted in `layers`.
pub const LAYER_NAMES: &[&str] = &["entities", "dates", "quotes", "boilerplate"];

impl OptionsInput {
    /// Validates into [`Options`].
    ///
    /// ```
    /// use sorot::input::OptionsInput;
    /// let o = OptionsInput { date: Some("2024-02-29".into()), layers: Some(vec!["dates".into()]), tagger: None };
    /// let opts = o.validate().unwrap();
    /// assert!(opts.layers.dates && !opts.layers.entities);
    /// assert!(OptionsInput { date: Some("2023-02-29".into()), layers: None, tagger: None }.validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<Options, Error> {
        let date = match self.date.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(s.parse::<CalendarDate>()?),
        };
        let layers = match &self.layers {
            None => Layers::default(),
            Some(names) => parse_layers(names.iter().map(String::as_str))?,
        };
        let mut options = Options { date, layers, ..Options::default() };
        if let Some(tagger) = self.tagger {
            options.tagger = tagger;
        }
        Ok(options)
    }
}

/// Rejects option keys other than `date`, `layers` and `tagger` (a typo must not pass silently).
pub fn check_option_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<(), Error> {
    match keys.into_iter().find(|k| !matches!(*k, "date" | "layers" | "tagger")) {
        Some(k) => Err(Error::InvalidOptions(format!("unknown option {k:?}; expected \"date\", \"layers\" or \"tagger\""))),
        None => Ok(()),
    }
}

/// Parses layer names (`entities`, `dates`, `quotes`, `boilerplate`).
pub fn parse_layers<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Layers, Error> {
    let mut layers = Layers { entities: false, dates: false, quotes: false, boilerplate: false };
    for name in names {
        match name.trim() {
            "entities" => layers.entities = true,
            "dates" => layers.dates = true,
            "quotes" => layers.quotes = true,
            "boilerplate" => layers.boilerplate = true,
            "" => {}
            other => {
                return Err(Error::InvalidOptions(format!(
                    "unknown layer {other:?}; expected one of {}",
                    LAYER_NAMES.join(", ")
                )))
            }
        }
    }
    Ok(layers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_inputs() {
        let ok: &[(&str, OptionsInput, Options)] = &[
            ("empty means defaults", OptionsInput::default(), Options::default()),
            (
                "blank date means no anchor",
                OptionsInput { date: Some(" ".into()), layers: None, tagger: None },
                Options::default(),
            ),
            (
                "date and one layer",
                OptionsInput { date: Some("2023-09-12".into()), layers: Some(vec!["quotes".into()]), tagger: Some(false) },
                Options {
                    date: Some(CalendarDate::new(2023, 9, 12).unwrap()),
                    layers: Layers { entities: false, dates: false, quotes: true, boilerplate: false },
                    tagger: false,
                },
            ),
        ];
        for (name, input, want) in ok {
            assert_eq!(&input.validate().unwrap(), want, "{name}");
        }
        let bad: &[(&str, OptionsInput, &str)] = &[
            ("unknown layer", OptionsInput { date: None, layers: Some(vec!["people".into()]), tagger: None }, "unknown layer"),
            ("month 13", OptionsInput { date: Some("2023-13-01".into()), layers: None, tagger: None }, "invalid date"),
            ("not a date", OptionsInput { date: Some("kemarin".into()), layers: None, tagger: None }, "invalid date"),
        ];
        assert!(check_option_keys(["date", "layers", "tagger"]).is_ok());
        assert!(check_option_keys(["date", "dates"]).unwrap_err().to_string().contains("unknown option \"dates\""));
        for (name, input, want) in bad {
            let err = input.validate().unwrap_err().to_string();
            assert!(err.contains(want), "{name}: {err}");
        }
    }
}
