//! Native throughput of the whole pipeline and of each layer, single thread.
//!
//! `cargo bench --bench throughput` (or `scripts/bench`). The corpus is the
//! evaluation kit's dev texts (`../shared/eval/dev.jsonl`, or `SOROT_BENCH_CORPUS`)
//! when present, else the seed article, repeated to 1 MB. Reports the median
//! of repeated runs in MB/s, and the 1 MB / 100 KB time ratio (linearity).

use std::time::{Duration, Instant};

// The CLI's allocator (src/main.rs), so that the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use sorot::{Annotator, Layers, Options};

fn corpus() -> (String, &'static str) {
    let path = std::env::var("SOROT_BENCH_CORPUS").unwrap_or_else(|_| "../shared/eval/dev.jsonl".into());
    if let Ok(jsonl) = std::fs::read_to_string(&path) {
        let texts: Vec<String> = jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect();
        if !texts.is_empty() {
            return (texts.join("\n"), "dev texts");
        }
    }
    let seed: serde_json::Value = serde_json::from_str(include_str!("../tests/fixtures/seed-article.json")).unwrap();
    (seed["text"].as_str().unwrap().to_owned(), "seed article")
}

/// `base` repeated and cut (on a char boundary) to `bytes`.
fn sized(base: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + base.len());
    while s.len() < bytes {
        s.push_str(base);
        s.push('\n');
    }
    let mut cut = bytes;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Median and fastest of repeated runs. On a shared machine the fastest run
/// shows what the code costs when nothing else competes for the core.
fn times(mut f: impl FnMut(), min_runs: usize, budget: Duration) -> (Duration, Duration) {
    f(); // warm up
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < min_runs || (start.elapsed() < budget && times.len() < 200) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[0])
}

fn median_time(f: impl FnMut(), min_runs: usize, budget: Duration) -> Duration {
    times(f, min_runs, budget).0
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a smoke pass then.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let annotator = Annotator::new();
    let (base, what) = corpus();
    let one_mb = sized(&base, 1 << 20);
    let layer = |entities, dates, quotes, boilerplate| Options {
        date: Some("2023-09-12".parse().unwrap()),
        layers: Layers { entities, dates, quotes, boilerplate },
        ..Options::default()
    };
    let cases = [
        ("whole pipeline", layer(true, true, true, true)),
        ("entities", layer(true, false, false, false)),
        ("dates", layer(false, true, false, false)),
        ("quotes (with entities for speakers)", layer(false, false, true, false)),
        ("boilerplate", layer(false, false, false, true)),
        ("whole pipeline, entities by the rules", layer(true, true, true, true).with_tagger(false)),
        ("entities by the rules", layer(true, false, false, false).with_tagger(false)),
    ];
    if smoke {
        for (_, opts) in &cases {
            annotator.annotate(&base, opts).unwrap();
        }
        return;
    }
    println!("corpus: {what}, {} bytes, repeated to 1 MiB; single thread; median of repeated runs", base.len());
    println!("{:<40} {:>10} {:>10} {:>14}", "layer", "ms / MiB", "MB/s", "fastest MB/s");
    for (name, opts) in &cases {
        let (t, best) = times(|| drop(annotator.annotate(&one_mb, opts).unwrap()), 5, Duration::from_secs(3));
        let mbps = |t: Duration| one_mb.len() as f64 / 1e6 / t.as_secs_f64();
        println!("{name:<40} {:>10.1} {:>10.1} {:>14.1}", t.as_secs_f64() * 1e3, mbps(t), mbps(best));
    }
    let all = &cases[0].1;
    let t100 = median_time(|| drop(annotator.annotate(&sized(&base, 100 << 10), all).unwrap()), 10, Duration::from_secs(2));
    let t1m = median_time(|| drop(annotator.annotate(&one_mb, all).unwrap()), 5, Duration::from_secs(3));
    println!("scaling: time(1 MiB) / time(100 KiB) = {:.2} (linear ≈ 10.24)", t1m.as_secs_f64() / t100.as_secs_f64());
    let t_new = median_time(|| drop(Annotator::new()), 5, Duration::from_secs(2));
    println!("Annotator::new(): {:.1} ms", t_new.as_secs_f64() * 1e3);
}
