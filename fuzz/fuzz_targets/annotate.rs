//! Arbitrary bytes (lossily decoded, as the CLI would after a bad-UTF-8 error
//! is bypassed) through the whole pipeline: no panic, spans are their text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static A: OnceLock<sorot::Annotator> = OnceLock::new();
    let a = A.get_or_init(sorot::Annotator::new);
    let text = String::from_utf8_lossy(data);
    let opts = sorot::Options::default().with_date("2024-02-29".parse().unwrap());
    let doc = a.annotate(&text, &opts).unwrap();
    for e in &doc.entities {
        assert_eq!(&text[e.start..e.end], e.text);
        assert!(e.cluster < doc.clusters.len());
    }
    for d in &doc.dates {
        assert_eq!(&text[d.start..d.end], d.text);
    }
    for q in &doc.quotes {
        assert_eq!(&text[q.start..q.end], q.text);
    }
});
