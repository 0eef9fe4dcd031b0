//! The `sorot` command line: a thin shell over the library (native only).
//!
//! ```text
//! sorot annotate [FILE…] [--date YYYY-MM-DD] [--format json|html|text] [--layers …]
//! sorot annotate --jsonl [FILE…]   # lines {"id","text","date"?} → one result line each
//! sorot annotate --rules …         # entities from the rules alone (default: rules and tagger)
//! sorot train [--data DIR] [--out FILE] [--epochs N]   # trains the entity tagger
//! ```
//! Offsets in JSON output are Unicode code points.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use sorot::input::{parse_layers, OptionsInput};
use sorot::{render, Annotator, CalendarDate, Document, EntityLabel, OffsetUnit, Options};

#[derive(Parser)]
#[command(name = "sorot", version, about = "Highlights people, organizations, places, dates and quotes in Indonesian news text.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate files (or standard input when none is given).
    Annotate(AnnotateArgs),
    /// Train the entity tagger on the NER corpora and write the model file the build embeds.
    Train(TrainArgs),
}

#[derive(clap::Args)]
struct TrainArgs {
    /// Folder holding idner-news-2k/, nergrit/ and indolem-nerui/.
    #[arg(long, default_value = "../shared/data")]
    data: PathBuf,
    /// Model file to write (the build embeds data/model/entity-tagger.bin).
    #[arg(long, default_value = "data/model/entity-tagger.bin")]
    out: PathBuf,
    /// Passes over the training data. (30 scores higher than 12 in five-fold
    /// cross-validation over the corpus's train split: entity F1 0.894 against
    /// 0.891, organizations 0.848 against 0.844.)
    #[arg(long, default_value_t = 30)]
    epochs: usize,
    /// Seed of the shuffles: the same seed and data give the same file.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of training sentences whose rule cues are hidden in each epoch.
    #[arg(long, default_value_t = 0.3)]
    cue_dropout: f64,
    /// Corpora to train on (comma-separated): idner, nergrit, indolem (under
    /// --data), news (the train split of this project's corpus, --corpus).
    /// (The default, news, scores best on the corpus's dev split: 0.855 F1
    /// by sentence, against 0.845 with idner added and 0.843 with all four.)
    #[arg(long, value_delimiter = ',', default_value = "news")]
    corpora: Vec<String>,
    /// This project's annotated news corpus (corpus.jsonl and split.json);
    /// its dev split is always scored.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Share of training tokens whose own word is hidden in each epoch.
    #[arg(long, default_value_t = 0.3)]
    word_dropout: f64,
    /// Features whose weights all stay below this (in absolute value, after
    /// averaging) are left out of the model file. (At 1.5 the file keeps half
    /// the features and is 40% smaller gzipped, corpus dev F1 unchanged.)
    #[arg(long, default_value_t = 1.5)]
    min_weight: f32,
    /// Train a second time, from scratch, on the features the first run kept
    /// (after the --min-weight cut): for small models. (On 238 corpus
    /// articles left out of training: 0.846 → 0.859 entity F1 at
    /// --min-weight 8, 30 KB gzipped; at 1.5 it does not help.)
    #[arg(long)]
    retrain: bool,
    /// Round the stored weights to this many steps on each side of zero
    /// (0: full precision, 127 steps): for small models, whose few distinct
    /// weights gzip smaller.
    #[arg(long, default_value_t = 0)]
    levels: u8,
}

#[derive(clap::Args)]
struct AnnotateArgs {
    /// Input files; standard input when none.
    files: Vec<String>,
    /// Publication date (YYYY-MM-DD), the anchor for relative dates. Without it,
    /// the first full date in the text is used; failing that, such values are "?".
    #[arg(long, value_parser = parse_date)]
    date: Option<CalendarDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Read JSON lines {"id","text","date"?} and write one JSON line per input.
    #[arg(long)]
    jsonl: bool,
    /// Comma-separated layers to run: entities,dates,quotes,boilerplate (default: all).
    #[arg(long, value_delimiter = ',')]
    layers: Option<Vec<String>>,
    /// Worker threads for --jsonl (default: one per core). Output keeps input order.
    #[arg(long)]
    threads: Option<usize>,
    /// Colour in text output: auto (when stdout is a terminal), always, never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Entities from the rules alone, without the learned tagger (by default
    /// the tagger reads the rules' findings as cues: persons where both read
    /// one, organizations and places from the tagger).
    #[arg(long, conflicts_with_all = ["tagger", "model"])]
    rules: bool,
    /// The default (entities from the rules and the tagger); kept so that
    /// scripts written when the rules were the default still run.
    #[arg(long, hide = true)]
    tagger: bool,
    /// Tagger model file (written by `sorot train`) to use instead of the
    /// built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Html,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<CalendarDate, String> {
    s.parse().map_err(|e: sorot::Error| e.to_string())
}

/// One JSONL input record.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// One JSONL output record: the id, then the document in code points.
#[derive(Serialize)]
struct RecordOut<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    doc: &'a Document,
}

pub fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Annotate(args) => run(&args),
        Command::Train(args) => train(&args).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(msg) => {
            eprintln!("sorot: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// The training corpora (train splits) and their dev splits, under `--data`.
const CORPORA: [(&str, &str, &str, &str); 3] = [
    ("idner", "idner-news-2k", "idner-news-2k/train.txt", "idner-news-2k/dev.txt"),
    ("nergrit", "NERGrit", "nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt"),
    ("indolem", "IndoLEM NER UI", "indolem-nerui/train.01.tsv", "indolem-nerui/dev.01.tsv"),
];

/// The sentences of one split of this project's corpus (`corpus.jsonl`, `split.json`).
fn news_sentences(dir: &std::path::Path, split: &str) -> Result<Vec<sorot::tagger::train::Sentence>, String> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{}: {e} (set --corpus)", dir.join(name).display()))
    };
    let splits: serde_json::Value = serde_json::from_str(&read("split.json")?).map_err(|e| format!("split.json: {e}"))?;
    let ids: std::collections::HashSet<&str> =
        splits[split].as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
    let mut out = Vec::new();
    for (n, line) in read("corpus.jsonl")?.lines().enumerate() {
        let r: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("corpus.jsonl:{}: {e}", n + 1))?;
        if !r["id"].as_str().is_some_and(|id| ids.contains(id)) {
            continue;
        }
        let text = r["text"].as_str().unwrap_or_default();
        // code points → bytes
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        let at = |v: &serde_json::Value| v.as_u64().and_then(|c| bytes.get(c as usize).copied());
        let mut spans: Vec<(usize, usize, EntityLabel)> = r["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let label = match e["label"].as_str()? {
                    "PER" => EntityLabel::Per,
                    "ORG" => EntityLabel::Org,
                    _ => EntityLabel::Loc,
                };
                Some((at(&e["start"])?, at(&e["end"])?, label))
            })
            .collect();
        spans.sort_unstable();
        out.extend(sorot::tagger::train::sentences_of(text, &spans));
    }
    Ok(out)
}

/// Runs `train`: reads the corpora, reports dev F1 after each epoch, writes the model.
fn train(args: &TrainArgs) -> Result<(), String> {
    use sorot::tagger::train::{evaluate, evaluate_rules, prepare, read_conll, train, Settings};
    let t0 = std::time::Instant::now();
    let read = |rel: &str| {
        let path = args.data.join(rel);
        read_conll(&path).map_err(|e| format!("{}: {e} (set --data to the folder of the NER corpora)", path.display()))
    };
    // The rule layer alone gives the tagger its cues.
    let rules = sorot::entity::EntityExtractor::with_tagger(None);
    let mut train_set = Vec::new();
    let mut devs = Vec::new();
    if let Some(bad) = args.corpora.iter().find(|c| c.as_str() != "news" && !CORPORA.iter().any(|k| k.0 == c.as_str())) {
        return Err(format!("unknown corpus {bad:?}: expected idner, nergrit, indolem or news"));
    }
    let news = |split: &str| news_sentences(&args.corpus, split);
    devs.push(("news corpus", prepare(&rules, &news("dev")?)));
    if args.corpora.iter().any(|c| c == "news") {
        let tr = news("train")?;
        eprintln!("train: news corpus: {} training sentences", tr.len());
        train_set.extend(prepare(&rules, &tr));
    }
    for (key, name, train_file, dev_file) in CORPORA {
        let dev = read(dev_file)?;
        devs.push((name, prepare(&rules, &dev)));
        if args.corpora.iter().any(|c| c == key) {
            let tr = read(train_file)?;
            eprintln!("train: {name}: {} training sentences", tr.len());
            train_set.extend(prepare(&rules, &tr));
        }
    }
    eprintln!("train: features extracted in {:.1} s", t0.elapsed().as_secs_f64());
    let baseline: Vec<String> =
        devs.iter().map(|(name, d)| format!("{name} {:.3}", evaluate_rules(d).f1())).collect();
    eprintln!("train: rules only: dev F1 {}", baseline.join(", "));
    let settings =
        Settings {
            epochs: args.epochs,
            seed: args.seed,
            cue_dropout: args.cue_dropout,
            word_dropout: args.word_dropout,
            min_weight: args.min_weight,
            retrain: args.retrain,
            levels: args.levels,
        };
    let bytes = train(&train_set, settings, |epoch, model| {
        let scores: Vec<String> =
            devs.iter().map(|(name, d)| format!("{name} {:.3}", evaluate(model, d).f1())).collect();
        eprintln!(
            "train: epoch {epoch}/{}: dev F1 {} ({} features, {:.1} s)",
            args.epochs,
            scores.join(", "),
            model.len(),
            t0.elapsed().as_secs_f64()
        );
    });
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    eprintln!("train: wrote {} ({} bytes); rebuild to embed it", args.out.display(), bytes.len());
    Ok(())
}

/// Runs `annotate`; `Ok(false)` when some inputs failed but others were written.
fn run(args: &AnnotateArgs) -> Result<bool, String> {
    let layers = match &args.layers {
        Some(names) => parse_layers(names.iter().map(String::as_str)).map_err(|e| e.to_string())?,
        None => Default::default(),
    };
    // The default path is the one the build has: a rules-only build reads
    // entities by the rules unless the tagger is asked for by name.
    let tagger = !args.rules && (args.tagger || args.model.is_some() || Options::default().tagger);
    let options = Options { date: args.date, layers, tagger };
    let annotator = if let Some(path) = &args.model {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Annotator::with_model(Some(&bytes)).map_err(|e| format!("{}: {e}", path.display()))?
    } else {
        Annotator::new()
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let ok = if args.jsonl {
        run_jsonl(args, &annotator, &options, &mut out)?
    } else {
        let inputs = read_inputs(&args.files)?;
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => io::stdout().is_terminal(),
        };
        for (name, text) in &inputs {
            let doc = annotator.annotate(text, &options).map_err(|e| format!("{name}: {e}"))?;
            let written = match args.format {
                Format::Json => {
                    let doc = doc.convert_offsets(text, OffsetUnit::CodePoint);
                    if inputs.len() == 1 {
                        serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
                    } else {
                        let id = serde_json::Value::String(name.clone());
                        serde_json::to_writer(&mut out, &RecordOut { id: &id, doc: &doc }).map_err(|e| e.to_string())?;
                    }
                    writeln!(out)
                }
                Format::Html => writeln!(out, "{}", render::to_html(text, &doc)),
                Format::Text => writeln!(out, "{}", render::to_terminal(text, &doc, color)),
            };
            written.map_err(|e| format!("writing output: {e}"))?;
        }
        true
    };
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    Ok(ok)
}

fn run_jsonl(args: &AnnotateArgs, annotator: &Annotator, options: &Options, out: &mut impl Write) -> Result<bool, String> {
    let mut readers: Vec<(String, Box<dyn BufRead>)> = Vec::new();
    if args.files.is_empty() {
        readers.push(("<stdin>".into(), Box::new(io::BufReader::new(io::stdin()))));
    }
    for f in &args.files {
        let file = std::fs::File::open(f).map_err(|e| format!("{f}: {e}"))?;
        readers.push((f.clone(), Box::new(io::BufReader::new(file))));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(|e| format!("starting worker threads: {e}"))?;
    let mut all_ok = true;
    for (name, reader) in readers {
        // Batches keep memory bounded on long streams; each batch is annotated
        // in parallel and written in input order.
        let mut lines = reader.split(b'\n').enumerate().peekable();
        while lines.peek().is_some() {
            let batch: Vec<(usize, Vec<u8>)> = lines
                .by_ref()
                .take(JSONL_BATCH)
                .map(|(n, line)| line.map(|l| (n + 1, l)).map_err(|e| format!("{name}: {e}")))
                .collect::<Result<_, _>>()?;
            let results: Vec<(usize, Result<Option<String>, String>)> = pool.install(|| {
                batch.par_iter().map(|(lineno, line)| (*lineno, annotate_line(annotator, options, line))).collect()
            });
            for (lineno, result) in results {
                match result {
                    Ok(Some(json)) => writeln!(out, "{json}").map_err(|e| format!("writing output: {e}"))?,
                    Ok(None) => {}
                    Err(msg) => {
                        eprintln!("sorot: {name}:{lineno}: {msg}");
                        all_ok = false;
                    }
                }
            }
        }
    }
    Ok(all_ok)
}

/// Lines annotated in parallel before their results are written.
const JSONL_BATCH: usize = 512;

/// One JSONL line → its output line (`None` for a blank line).
fn annotate_line(annotator: &Annotator, options: &Options, line: &[u8]) -> Result<Option<String>, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not valid UTF-8 ({e})"))?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    let rec: Record = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
    let mut opts = options.clone();
    if let Some(d) = rec.date.as_deref() {
        opts.date = OptionsInput { date: Some(d.into()), layers: None, tagger: None }
            .validate()
            .map_err(|e| e.to_string())?
            .date
            .or(options.date);
    }
    let doc = annotator.annotate(&rec.text, &opts).map_err(|e| e.to_string())?;
    let doc = doc.convert_offsets(&rec.text, OffsetUnit::CodePoint);
    serde_json::to_string(&RecordOut { id: &rec.id, doc: &doc }).map(Some).map_err(|e| e.to_string())
}

fn read_inputs(files: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut inputs = Vec::new();
    if files.is_empty() {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("<stdin>: {e}"))?;
        inputs.push(("<stdin>".to_string(), decode("<stdin>", bytes)?));
    }
    for f in files {
        let bytes = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?;
        inputs.push((f.clone(), decode(f, bytes)?));
    }
    Ok(inputs)
}

fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!("{name}: not valid UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first", e.utf8_error().valid_up_to())
    })
}
