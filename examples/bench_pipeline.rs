//! Speed of the text pipeline on the BBC corpus, all in one run (same data, same machine
//! state): (a) a baseline pass counting whitespace-separated words, (b) sentence splitting,
//! (c) sentence splitting plus quote attribution. Best of three runs each, one thread.
//!
//! Usage: `cargo build --release --example bench_pipeline && target/release/examples/bench_pipeline [CORPORA_DIR]`
//! (default `../shared/corpora`). Exits 0 with a message when the corpus is absent.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use morgue::attribution::Attributor;
use morgue::segment::split_sentences;

const RUNS: usize = 3;

fn main() {
    let candidates: Vec<PathBuf> = match std::env::args().nth(1) {
        Some(a) => vec![PathBuf::from(a)],
        None => vec!["../shared/corpora".into(), "../../shared/corpora".into()],
    };
    let Some(dir) = candidates
        .into_iter()
        .map(|p| p.join("bbc"))
        .find(|p| p.is_dir())
    else {
        println!("bench-pipeline: BBC corpus not found (tried the argument, ../shared/corpora/bbc, ../../shared/corpora/bbc); nothing to measure");
        return;
    };
    let docs = load_bbc(&dir);
    if docs.is_empty() {
        println!(
            "bench-pipeline: no BBC articles under {}; nothing to measure",
            dir.display()
        );
        return;
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    println!(
        "corpus: {} ({} articles, {:.2} MB in memory)",
        dir.display(),
        docs.len(),
        bytes as f64 / 1e6
    );

    let base = best_of(|| docs.iter().map(|d| d.split_whitespace().count()).sum());
    let split = best_of(|| docs.iter().map(|d| split_sentences(d).len()).sum());
    let attributor = Attributor::default();
    let analyze = best_of(|| {
        docs.iter()
            .map(|d| attributor.analyze(d).sentences.len())
            .sum()
    });

    let mbs = |t: Duration| bytes as f64 / 1e6 / t.as_secs_f64();
    println!(
        "baseline (count words):      {:>8.1} MB/s  ({:.2} ms, {} words)",
        mbs(base.0),
        ms(base.0),
        base.1
    );
    println!(
        "split_sentences:             {:>8.1} MB/s  ({:.2} ms, {} sentences)",
        mbs(split.0),
        ms(split.0),
        split.1
    );
    println!(
        "Attributor::analyze:         {:>8.1} MB/s  ({:.2} ms, {} sentences)",
        mbs(analyze.0),
        ms(analyze.0),
        analyze.1
    );
    println!(
        "ratio split/baseline (time):   {:.2}x",
        split.0.as_secs_f64() / base.0.as_secs_f64()
    );
    println!(
        "ratio analyze/baseline (time): {:.2}x",
        analyze.0.as_secs_f64() / base.0.as_secs_f64()
    );
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
}

/// Best time of [`RUNS`] runs of `f`, with the value it computed (kept so the work is not
/// optimised away).
fn best_of(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut value = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        value = black_box(f());
        best = best.min(t.elapsed());
    }
    (best, value)
}

/// Article bodies (the first line of each file is the title), decoded lossily.
fn load_bbc(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for cat in fs::read_dir(dir).into_iter().flatten().flatten() {
        if cat.path().is_dir() {
            for f in fs::read_dir(cat.path()).into_iter().flatten().flatten() {
                if f.path().extension().is_some_and(|x| x == "txt") {
                    files.push(f.path());
                }
            }
        }
    }
    files.sort();
    files
        .iter()
        .filter_map(|f| fs::read(f).ok())
        .map(|raw| {
            let text = String::from_utf8_lossy(&raw);
            text.split_once('\n').map_or("", |(_, b)| b).to_string()
        })
        .collect()
}
