//! Offsets and rendering: UTF-16 and code-point conversions agree with
//! counting, and the HTML is the escaped input plus well-formed tags.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sorot::text::offsets::utf16_to_byte;
use sorot::OffsetUnit;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static A: OnceLock<sorot::Annotator> = OnceLock::new();
    let a = A.get_or_init(sorot::Annotator::new);
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = a.annotate(text, &sorot::Options::default()).unwrap();
    let u16 = doc.convert_offsets(text, OffsetUnit::Utf16);
    for (b, u) in doc.entities.iter().zip(&u16.entities) {
        assert_eq!(utf16_to_byte(text, u.start), Some(b.start));
        assert_eq!(utf16_to_byte(text, u.end), Some(b.end));
    }
    let html = sorot::render::to_html(text, &doc);
    assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count());
});
