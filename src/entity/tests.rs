//! Table-driven tests: one named case per rule.

use super::EntityExtractor;
use crate::text::Segmented;

fn run(text: &str) -> Vec<String> {
    let ex = EntityExtractor::new();
    let seg = Segmented::new(text);
    let (ents, _) = ex.extract(text, &seg, &[]);
    ents.iter().map(|e| format!("{}:{}", e.label.as_str(), &text[e.start..e.end])).collect()
}

#[test]
fn smoke() {
    println!("{:?}", run("JAKARTA, KOMPAS.com – Presiden Joko Widodo tiba di Surabaya."));
}
