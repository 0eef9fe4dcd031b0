//! The `sorot` command line as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sorot(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sorot"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sorot");
    // A run that fails early (bad flag, missing file) may exit before reading stdin.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn json_offsets_are_code_points() {
    // “ and 😀 are one code point each.
    let out = sorot(&["annotate"], "😀 “Kami siap,” kata Presiden Joko Widodo.".as_bytes());
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["quotes"][0]["start"], 3);
    assert_eq!(doc["quotes"][0]["end"], 13);
    assert_eq!(doc["quotes"][0]["text"], "Kami siap,");
}

#[test]
fn jsonl_reports_a_bad_line_and_keeps_the_others() {
    let input = concat!(
        r#"{"id": "a", "text": "Presiden Joko Widodo tiba."}"#, "\n",
        "this is not json\n",
        r#"{"id": "b", "text": "Tahun lalu.", "date": "2023-02-30"}"#, "\n",
        r#"{"id": 7, "text": "Tahun lalu.", "date": "2023-09-12"}"#, "\n",
    );
    let out = sorot(&["annotate", "--jsonl", "--threads", "2"], input.as_bytes());
    assert!(!out.status.success(), "a failed line makes the exit status non-zero");
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["dates"][0]["value"], "2022");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("<stdin>:2: bad JSON"), "{err}");
    assert!(err.contains("<stdin>:3: invalid date \"2023-02-30\""), "{err}");
}

#[test]
fn bad_inputs_give_clear_errors_or_clean_results() {
    // (name, arguments, stdin, succeeds, what stdout or stderr says)
    type Case<'a> = (&'a str, &'a [&'a str], &'a [u8], bool, &'a str);
    let cases: &[Case] = &[
        ("empty stdin", &["annotate"], b"", true, "\"entities\": []"),
        ("non-UTF-8 bytes", &["annotate"], b"Jakarta \xff\xfe", false, "not valid UTF-8 text (invalid byte at offset 8)"),
        ("bad --date", &["annotate", "--date", "12/9/2023"], b"x", false, "invalid date"),
        ("unknown layer", &["annotate", "--layers", "people"], b"x", false, "unknown layer \"people\""),
        ("missing file", &["annotate", "/nonexistent/article.txt"], b"", false, "/nonexistent/article.txt"),
    ];
    for (name, args, stdin, ok, want) in cases {
        let out = sorot(args, stdin);
        assert_eq!(out.status.success(), *ok, "{name}");
        let shown = if *ok { String::from_utf8_lossy(&out.stdout) } else { String::from_utf8_lossy(&out.stderr) };
        assert!(shown.contains(want), "{name}: {shown}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{name}");
    }
}

#[test]
fn five_megabytes_of_text_is_annotated() {
    let para = "Presiden Joko Widodo tiba di Surabaya, Senin (11/9/2023). “Kami siap,” kata Joko Widodo.\n";
    let text = para.repeat(5 * 1024 * 1024 / para.len() + 1);
    let out = sorot(&["annotate", "--layers", "dates"], text.as_bytes());
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!(doc["dates"].as_array().unwrap().len(), text.matches("Senin").count());
}

#[test]
fn html_and_text_formats() {
    let text = "Kata Presiden Joko Widodo <b>.";
    let html = sorot(&["annotate", "--format", "html"], text.as_bytes());
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(html.contains("<mark data-label=\"PER\""), "{html}");
    assert!(html.contains("&lt;b&gt;"), "{html}");
    let plain = sorot(&["annotate", "--format", "text", "--color", "never"], text.as_bytes());
    assert!(String::from_utf8(plain.stdout).unwrap().contains("[PER|Joko Widodo]"));
}

/// The default entity path is the one the build has: rules and tagger, or in
/// a build without the model (`--features rules-only`) the rules, where asking
/// for the tagger by name says why it cannot.
#[test]
fn the_default_entity_path_is_the_one_the_build_has() {
    let out = sorot(&["annotate", "--layers", "entities"], "Presiden Joko Widodo tiba di Bandung bersama Menlu Retno Marsudi.".as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = json(&out);
    let sources: Vec<&str> = doc["entities"].as_array().unwrap().iter().map(|e| e["source"].as_str().unwrap()).collect();
    assert!(!sources.is_empty(), "{doc}");
    if cfg!(feature = "rules-only") {
        assert!(sources.iter().all(|s| *s == "rules"), "{doc}");
        let out = sorot(&["annotate", "--tagger"], b"Budi.");
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("no tagger model"), "{}", String::from_utf8_lossy(&out.stderr));
    } else {
        assert!(sources.contains(&"tagger"), "{doc}");
    }
}

#[test]
#[cfg(not(feature = "rules-only"))] // (a rules-only build rejects every model: its own test above)
fn train_writes_a_model_that_annotate_uses_and_rejects_a_stale_one() {
    let dir = std::env::temp_dir().join(format!("sorot-train-{}", std::process::id()));
    let model = dir.join("model.bin");
    let model_arg = model.to_str().unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ner");
    let out = sorot(&["train", "--data", data, "--epochs", "3", "--out", model_arg, "--corpora", "idner,nergrit"], b"");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(log.contains("rules only: dev F1") && log.contains("epoch 3/3: dev F1 news corpus"), "{log}");
    assert!(log.contains("training sentences") && log.contains(", idner-news-2k "), "{log}");

    let out = sorot(&["annotate", "--model", model_arg, "--layers", "entities"], "Budi pergi ke Bandung.".as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = json(&out);
    // the rules' persons and the tagger's other names
    let entities = doc["entities"].as_array().unwrap();
    assert!(entities.iter().any(|e| e["text"] == "Bandung"), "{doc}");
    assert!(entities.iter().all(|e| e["source"] == "rules" || e["source"] == "tagger"), "{doc}");

    let mut bytes = std::fs::read(&model).unwrap();
    bytes[8] = 0; // format version 0
    std::fs::write(&model, &bytes).unwrap();
    let out = sorot(&["annotate", "--model", model_arg], b"Budi.");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("format version 0"), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn train_without_the_corpora_says_where_it_looked() {
    let out = sorot(&["train", "--data", "/nonexistent/ner", "--out", "/nonexistent/m.bin"], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/ner/idner-news-2k/dev.txt") && err.contains("--data"), "{err}");
    let out = sorot(&["train", "--corpora", "wikipedia"], b"");
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown corpus \"wikipedia\""));
}
