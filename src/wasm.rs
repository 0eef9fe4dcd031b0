//! The JavaScript API (wasm32 only): a thin shell over the core. Offsets are
//! UTF-16 code units, as `String.prototype.slice` counts. A JS string with a
//! lone surrogate arrives as U+FFFD (one code unit too), so offsets still
//! line up with the caller's string.

use wasm_bindgen::prelude::*;

use crate::input::OptionsInput;
use crate::{Annotator, OffsetUnit};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Options for `annotate`. Every field is optional. */
export interface SorotOptions {
  /** Publication date `YYYY-MM-DD`: the anchor for "kemarin", "Senin", "tahun lalu"… */
  date?: string | null;
  /** Layers to run; all when absent. */
  layers?: Array<"entities" | "dates" | "quotes" | "boilerplate">;
  /** Entities from the rules and the learned tagger (`true`, the default) or the rules alone (`false`, faster). */
  tagger?: boolean | null;
}
export interface SorotSpan { start: number; end: number; }
export interface SorotEntity { start: number; end: number; label: "PER" | "ORG" | "LOC"; text: string; cluster: number; /** What found it: the learned tagger or the rules. */ source: "tagger" | "rules"; }
export interface SorotCluster { id: number; label: "PER" | "ORG" | "LOC"; name: string; count: number; }
export interface SorotDate {
  start: number; end: number; text: string;
  /** ISO 8601 value, or "?" when it cannot be determined. */
  value: string;
  granularity: "time" | "day" | "week" | "month" | "quarter" | "half" | "year" | "unknown";
}
export interface SorotQuote {
  start: number; end: number; text: string; kind: "direct" | "indirect";
  /** Canonical speaker name, "-" when the source is not named. */
  speaker: string;
  speakerCluster: number | null; speakerSpan: SorotSpan | null; cueSpan: SorotSpan | null;
  /** The words that refer to the speaker without naming them (ujarnya, kata dia, pria itu), resolved to `speaker`. */
  referenceSpan: SorotSpan | null;
}
export interface SorotBoilerplate { start: number; end: number; text: string; }
/** The result of `annotate`; offsets are UTF-16 code units into the input string. */
export interface SorotDocument {
  entities: SorotEntity[]; clusters: SorotCluster[]; dates: SorotDate[];
  quotes: SorotQuote[]; boilerplate: SorotBoilerplate[]; anchor: string | null;
}
"#;

/// Annotates Indonesian news text. Build one and reuse it.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator {
    inner: Annotator,
}

/// Reads `{date, layers}` from a plain JS object. Done by hand rather than
/// through serde: it keeps serde's Deserialize machinery out of the bundle.
fn options_from_js(options: JsValue) -> Result<crate::Options, JsError> {
    let invalid = |what: &str| JsError::new(&format!("invalid options: {what}"));
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(invalid("expected an object like {date: \"2023-09-12\", layers: [\"entities\"]}"));
    }
    let keys: Vec<String> = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()).collect();
    crate::input::check_option_keys(keys.iter().map(String::as_str)).map_err(|e| JsError::new(&e.to_string()))?;
    let field = |name: &str| js_sys::Reflect::get(&options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let date = field("date");
    let date = if date.is_undefined() || date.is_null() {
        None
    } else {
        Some(date.as_string().ok_or_else(|| invalid("date must be a string YYYY-MM-DD"))?)
    };
    let layers = field("layers");
    let layers = if layers.is_undefined() || layers.is_null() {
        None
    } else if js_sys::Array::is_array(&layers) {
        let list: js_sys::Array = layers.unchecked_into();
        let names: Option<Vec<String>> = list.iter().map(|v| v.as_string()).collect();
        Some(names.ok_or_else(|| invalid("layers must be an array of strings"))?)
    } else {
        return Err(invalid("layers must be an array of strings"));
    };
    let tagger = field("tagger");
    let tagger = if tagger.is_undefined() || tagger.is_null() {
        None
    } else {
        Some(tagger.as_bool().ok_or_else(|| invalid("tagger must be true or false"))?)
    };
    OptionsInput { date, layers, tagger }.validate().map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    /// Builds the annotator (its automata once; see the Rust `Annotator`).
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsAnnotator {
        console_error_panic_hook::set_once();
        JsAnnotator { inner: Annotator::new() }
    }

    /// Annotates `text`; offsets in the result are UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "SorotDocument")]
    pub fn annotate(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "SorotOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let opts = options_from_js(options)?;
        let doc = self.inner.annotate(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
        let doc = doc.convert_offsets(text, OffsetUnit::Utf16);
        // One JSON text parsed by the engine, not an object built field by
        // field across the boundary (thousands of calls, slow while cold).
        js_sys::JSON::parse(&doc.to_json()).map_err(|_| JsError::new("result could not be parsed"))
    }
}

impl Default for JsAnnotator {
    fn default() -> Self {
        Self::new()
    }
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// A plain JS object, as a JS caller would pass.
    fn js(value: serde_json::Value) -> JsValue {
        serde::Serialize::serialize(&value, &serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
    }

    fn annotate(text: &str, options: JsValue) -> serde_json::Value {
        let doc = JsAnnotator::new().annotate(text, options).map_err(JsValue::from).expect("annotate");
        serde_wasm_bindgen::from_value(doc).expect("document shape")
    }

    #[wasm_bindgen_test]
    fn offsets_are_utf16_code_units() {
        // 😀 is 2 UTF-16 units, “ is 1: the quote starts at unit 4.
        let doc = annotate("😀 “Kami siap,” kata Presiden Joko Widodo.", JsValue::UNDEFINED);
        let q = &doc["quotes"][0];
        assert_eq!((q["start"].as_u64(), q["end"].as_u64()), (Some(4), Some(14)));
        assert_eq!(q["speakerCluster"], serde_json::json!(0));
    }

    #[wasm_bindgen_test]
    fn options_from_js_are_validated() {
        let opts = js(serde_json::json!({"date": "2023-09-12", "layers": ["dates"]}));
        let doc = annotate("Minggu (10/9) lalu, kata Presiden Joko Widodo.", opts);
        assert_eq!(doc["dates"][0]["value"], "2023-09-10");
        assert_eq!(doc["entities"].as_array().map(Vec::len), Some(0));
        for bad in [
            serde_json::json!({"date": "2023-02-30"}),
            serde_json::json!({"layers": ["people"]}),
            serde_json::json!({"colour": 1}),
            serde_json::json!({"tagger": "yes"}),
        ] {
            let result = JsAnnotator::new().annotate("x", js(bad.clone())).map_err(JsValue::from);
            let message = match result {
                Ok(_) => panic!("{bad}: accepted"),
                Err(err) => js_sys_message(&err),
            };
            assert!(message.contains("invalid"), "{bad}: {message}");
        }
    }

    #[wasm_bindgen_test]
    fn the_tagger_is_the_default_and_can_be_turned_off() {
        let text = "Kedatangan Gibran disambut warga Solo.";
        let sources = |doc: &serde_json::Value| -> Vec<String> {
            doc["entities"].as_array().unwrap().iter().map(|e| e["source"].as_str().unwrap().to_owned()).collect()
        };
        let default = annotate(text, JsValue::UNDEFINED);
        assert!(sources(&default).iter().any(|s| s == "tagger"), "{default}");
        assert_eq!(default, annotate(text, js(serde_json::json!({"tagger": true}))));
        let rules = annotate(text, js(serde_json::json!({"tagger": false})));
        assert!(sources(&rules).iter().all(|s| s == "rules"), "{rules}");
    }

    /// `Error.message` of a thrown JS error.
    fn js_sys_message(err: &JsValue) -> String {
        let v: serde_json::Value = serde_wasm_bindgen::from_value(err.clone()).unwrap_or_default();
        v.get("message").and_then(|m| m.as_str()).map(str::to_owned).unwrap_or_else(|| format!("{err:?}"))
    }
}
