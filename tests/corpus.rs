//! The annotated news corpus (`corpus/`): offsets valid, spans equal to
//! their text, the marked files and `corpus.jsonl` in step, the split
//! unchanged, no article twice and none shared with the evaluation kit's dev set.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The split drawn once (seed 20): it never changes. Articles added later join train.
const TEST: [&str; 30] = [
    "a08", "a16", "b04", "b07", "b23", "b28", "c06", "c14", "c19", "d03", "d08", "d13", "d24", "d25", "e05", "e23", "e28",
    "f02", "f12", "f22", "f25", "g02", "g06", "g09", "g16", "h07", "h09", "h13", "h19", "h23",
];
const DEV: [&str; 30] = [
    "a03", "a05", "b06", "b09", "b18", "b20", "b27", "c08", "c22", "c24", "d07", "d14", "d15", "d18", "e15", "e19", "e20",
    "e24", "e26", "f15", "f26", "f27", "f28", "g01", "g12", "g13", "g19", "g22", "g25", "h27",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn records() -> Vec<Value> {
    let data = std::fs::read_to_string(root().join("corpus.jsonl")).expect("corpus/corpus.jsonl");
    data.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("a JSON record")).collect()
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} is a string in {}", v["id"]))
}

/// `(label, start, end, argument)` of every span of the evaluation kit's
/// inline markup (`[[LABEL|…]]`, `[[DATE=value|…]]`), code-point offsets,
/// and the plain text.
fn parse_marked(marked: &str) -> (String, BTreeSet<(String, usize, usize, String)>) {
    let chars: Vec<char> = marked.chars().collect();
    let (mut text, mut stack, mut spans) = (String::new(), Vec::new(), BTreeSet::new());
    let mut len = 0;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '[' && chars.get(i + 1) == Some(&'[') {
            let bar = (i + 2..chars.len()).find(|&k| chars[k] == '|').expect("a tag has a '|'");
            stack.push((chars[i + 2..bar].iter().collect::<String>(), len));
            i = bar + 1;
        } else if chars[i] == ']' && chars.get(i + 1) == Some(&']') && !stack.is_empty() {
            let (tag, start) = stack.pop().expect("open tag");
            let (label, arg) = tag.split_once('=').unwrap_or((&tag, ""));
            spans.insert((label.trim().to_string(), start, len, arg.trim().to_string()));
            i += 2;
        } else {
            text.push(chars[i]);
            len += 1;
            i += 1;
        }
    }
    assert!(stack.is_empty(), "unclosed tags");
    (text, spans)
}

/// The same spans read from a JSON record.
fn spans_of(r: &Value) -> BTreeSet<(String, usize, usize, String)> {
    let mut out = BTreeSet::new();
    let at = |v: &Value, k: &str| v[k].as_u64().expect("offset") as usize;
    for e in r["entities"].as_array().expect("entities") {
        out.insert((str_of(e, "label").to_string(), at(e, "start"), at(e, "end"), String::new()));
    }
    for d in r["dates"].as_array().expect("dates") {
        out.insert(("DATE".into(), at(d, "start"), at(d, "end"), str_of(d, "value").to_string()));
    }
    for q in r["quotes"].as_array().expect("quotes") {
        let label = if str_of(q, "kind") == "direct" { "QD" } else { "QI" };
        out.insert((label.into(), at(q, "start"), at(q, "end"), str_of(q, "speaker").to_string()));
    }
    for s in r["skip"].as_array().expect("skip") {
        out.insert(("SKIP".into(), at(s, "start"), at(s, "end"), String::new()));
    }
    out
}

#[test]
fn spans_are_valid_and_equal_their_text() {
    let recs = records();
    assert!(recs.len() >= 200, "at least 200 articles, found {}", recs.len());
    let words: usize = recs.iter().map(|r| str_of(r, "text").split_whitespace().count()).sum();
    assert!(words >= 60_000, "at least 60,000 words, found {words}");
    for r in &recs {
        let id = str_of(r, "id");
        let chars: Vec<char> = str_of(r, "text").chars().collect();
        for list in ["entities", "dates", "quotes"] {
            for s in r[list].as_array().expect("list") {
                let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
                assert!(a < b && b <= chars.len(), "{id}: {list} span {a}..{b} out of range");
                assert_eq!(chars[a..b].iter().collect::<String>(), str_of(s, "text"), "{id}: {list} span {a}..{b}");
            }
        }
        for e in r["entities"].as_array().unwrap() {
            assert!(matches!(str_of(e, "label"), "PER" | "ORG" | "LOC"), "{id}: label");
        }
        for d in r["dates"].as_array().unwrap() {
            let v = str_of(d, "value");
            let iso = v == "?" || (v.len() >= 4 && v[..4].chars().all(|c| c.is_ascii_digit() || c == 'X'));
            assert!(iso, "{id}: date value {v:?}");
        }
        for q in r["quotes"].as_array().unwrap() {
            assert!(matches!(str_of(q, "kind"), "direct" | "indirect"), "{id}: quote kind");
            assert!(!str_of(q, "speaker").is_empty(), "{id}: a speaker, or -");
        }
        for key in ["date", "outlet", "url", "topic", "source"] {
            assert!(!str_of(r, key).is_empty(), "{id}: {key}");
        }
    }
}

#[test]
fn marked_files_and_corpus_jsonl_agree() {
    for r in records() {
        let id = str_of(&r, "id");
        let marked = std::fs::read_to_string(root().join("marked").join(format!("{id}.txt"))).expect("marked file");
        let (text, spans) = parse_marked(&marked);
        assert_eq!(text, str_of(&r, "text"), "{id}: text (rebuild with scripts/corpus/build.py)");
        assert_eq!(spans, spans_of(&r), "{id}: spans (rebuild with scripts/corpus/build.py)");
    }
}

#[test]
fn split_is_fixed_and_covers_every_article_once() {
    let split: Value = serde_json::from_str(&std::fs::read_to_string(root().join("split.json")).unwrap()).unwrap();
    let list = |k: &str| -> Vec<String> {
        split[k].as_array().expect("list").iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(list("test"), TEST, "the test split never changes");
    assert_eq!(list("dev"), DEV, "the dev split never changes");
    let ids: HashSet<String> = records().iter().map(|r| str_of(r, "id").to_string()).collect();
    let mut seen = HashSet::new();
    for id in list("train").into_iter().chain(list("dev")).chain(list("test")) {
        assert!(ids.contains(&id), "{id} is in the split but not in the corpus");
        assert!(seen.insert(id.clone()), "{id} is in two splits");
    }
    assert_eq!(seen.len(), ids.len(), "every article is in a split");
}

/// Text with only its letters and digits, lower case: the same article
/// however it was spaced or punctuated.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Runs of 80 squeezed characters, every 40: two texts sharing a sentence share one.
fn shingles(s: &str) -> HashSet<String> {
    let c: Vec<char> = squeeze(s).chars().collect();
    (0..c.len().saturating_sub(80)).step_by(40).map(|i| c[i..i + 80].iter().collect()).collect()
}

#[test]
fn no_article_twice_nor_from_the_evaluation_dev_set() {
    let recs = records();
    let (mut ids, mut urls) = (HashSet::new(), HashSet::new());
    for r in &recs {
        assert!(ids.insert(str_of(r, "id")), "{} twice", str_of(r, "id"));
        assert!(urls.insert(str_of(r, "url")), "{} twice", str_of(r, "url"));
    }
    // Two articles are one when they share two passages or more: a single
    // one can be a long official title that many reports repeat (*Kepala
    // Pusat Data Informasi dan Humas Badan Nasional Penanggulangan Bencana
    // (BNPB) Sutopo Purwo Nugroho*, 95 letters).
    let mut seen: std::collections::HashMap<String, &str> = Default::default();
    let mut shared: std::collections::HashMap<(&str, &str), usize> = Default::default();
    for r in &recs {
        let id = str_of(r, "id");
        let c: Vec<char> = squeeze(str_of(r, "text")).chars().collect();
        for i in (0..c.len().saturating_sub(80)).step_by(40) {
            let s: String = c[i..i + 80].iter().collect();
            if let Some(other) = seen.insert(s, id).filter(|&o| o != id) {
                let n = shared.entry((other, id)).or_default();
                *n += 1;
                assert!(*n < 2, "{id} and {other} share passages");
            }
        }
    }
    // The kit's dev set (../shared/eval, as CI and every checkout lay it out).
    let kit = std::env::var("SOROT_EVAL_KIT").map(PathBuf::from).unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"));
    let dev = std::fs::read_to_string(kit.join("dev.jsonl")).expect("the evaluation kit's dev.jsonl (set SOROT_EVAL_KIT)");
    for line in dev.lines().filter(|l| !l.trim().is_empty()) {
        let d: Value = serde_json::from_str(line).unwrap();
        let dev_shingles = shingles(str_of(&d, "text"));
        for r in &recs {
            let shared = shingles(str_of(r, "text")).intersection(&dev_shingles).count();
            assert_eq!(shared, 0, "{} shares text with dev article {}", str_of(r, "id"), str_of(&d, "id"));
        }
    }
}

#[test]
fn second_pass_is_of_the_same_texts() {
    let texts: std::collections::HashMap<String, String> =
        records().iter().map(|r| (str_of(r, "id").to_string(), str_of(r, "text").to_string())).collect();
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("second-pass")).expect("corpus/second-pass") {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let (text, _) = parse_marked(&std::fs::read_to_string(&path).unwrap());
        assert_eq!(Some(&text), texts.get(&id), "{id}: second pass of another text");
        n += 1;
    }
    assert!(n * 10 >= 200, "a second pass over 10 % of the corpus, found {n}");
}
