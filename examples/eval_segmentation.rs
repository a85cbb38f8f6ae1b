//! Evaluates the sentence splitter.
//!
//! 1. The English "Golden Rules" (pragmatic_segmenter / pySBD): prints `passed N/52` and each
//!    failure with expected and actual sentences. Sentences are compared trimmed and with
//!    runs of whitespace collapsed to one space: ranges point into the original text, so a
//!    hard-wrapped sentence keeps its newline (cases 40–41 expect it read as a space).
//! 2. Real news (Reuters-21578 bodies, BBC articles): sentence counts, the longest sentences
//!    (likely missed splits) and counts of suspicious splits, with examples.
//!
//! Usage: `cargo run --release --example eval_segmentation [CORPORA_DIR]`
//! (default `../shared/corpora`, relative to the repository). Exits 0 with a message when the
//! data is absent.

use std::fs;
use std::path::{Path, PathBuf};

use morgue::segment::split_sentences;

/// Sentences longer than this (in characters) are listed as likely missed splits.
const LONG: usize = 600;
const EXAMPLES: usize = 8;

fn main() {
    let dir = corpora_dir();
    let Some(dir) = dir else {
        println!("eval-segmentation: corpora directory not found (tried the argument, ../shared/corpora, ../../shared/corpora); nothing to evaluate");
        return;
    };
    println!("corpora: {}", dir.display());
    golden(&dir.join("golden-rules/golden_rules_en.json"));
    news(&dir);
}

fn corpora_dir() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = match std::env::args().nth(1) {
        Some(a) => vec![PathBuf::from(a)],
        None => vec!["../shared/corpora".into(), "../../shared/corpora".into()],
    };
    candidates.into_iter().find(|p| p.is_dir())
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn golden(path: &Path) {
    let Ok(raw) = fs::read_to_string(path) else {
        println!("golden rules: {} not found, skipped", path.display());
        return;
    };
    let cases: Vec<serde_json::Value> = match serde_json::from_str(&raw) {
        Ok(v) => v,
        Err(e) => {
            println!(
                "golden rules: {} is not a JSON array of cases ({e}), skipped",
                path.display()
            );
            return;
        }
    };
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap_or_default();
        let expected: Vec<String> = case["expected"]
            .as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(normalise).collect())
            .unwrap_or_default();
        let got: Vec<String> = split_sentences(text)
            .into_iter()
            .map(|r| normalise(&text[r]))
            .collect();
        if got == expected {
            passed += 1;
        } else {
            failures.push((
                case["id"].clone(),
                case["name"].as_str().unwrap_or("").to_string(),
                expected,
                got,
            ));
        }
    }
    println!("\n== Golden rules ==");
    println!("passed {passed}/{}", cases.len());
    for (id, name, expected, got) in &failures {
        println!("FAIL {id} {name}");
        println!("  expected: {expected:?}");
        println!("  got:      {got:?}");
    }
    let ids: Vec<String> = failures.iter().map(|f| f.0.to_string()).collect();
    println!("failing ids: [{}]", ids.join(", "));
}

/// One article: where it came from and its body.
struct Doc {
    origin: String,
    body: String,
}

fn load_reuters(dir: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return docs;
    };
    let mut files: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        let Ok(raw) = fs::read(&f) else { continue };
        let raw = String::from_utf8_lossy(&raw);
        for (n, line) in raw.lines().enumerate() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(body) = v["body"].as_str() {
                let name = f
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                docs.push(Doc {
                    origin: format!("reuters/{name}:{}", n + 1),
                    body: body.to_string(),
                });
            }
        }
    }
    docs
}

fn load_bbc(dir: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return docs;
    };
    let mut cats: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cats.sort();
    for cat in cats {
        let Ok(rd) = fs::read_dir(&cat) else { continue };
        let mut files: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let Ok(raw) = fs::read(&f) else { continue };
            let text = String::from_utf8_lossy(&raw);
            // The first line is the title.
            let body = text.split_once('\n').map_or("", |(_, b)| b).to_string();
            let origin = f
                .strip_prefix(dir.parent().unwrap_or(dir))
                .unwrap_or(&f)
                .display()
                .to_string();
            docs.push(Doc { origin, body });
        }
    }
    docs
}

#[derive(Default)]
struct Report {
    articles: usize,
    sentences: usize,
    bytes: usize,
    long: Vec<(usize, String, String)>,
    abbrev_lower: Vec<String>,
    abbrev_upper: Vec<String>,
    title_end: Vec<String>,
    decimal: Vec<String>,
    lone_initial: Vec<String>,
    lower_start: Vec<String>,
    /// Short capitalised words ending a sentence inside a line ("Calif." | "He"), by count:
    /// where a missing abbreviation would show up.
    short_ends: std::collections::HashMap<String, usize>,
}

fn news(dir: &Path) {
    for (name, docs) in [
        ("Reuters-21578", load_reuters(&dir.join("reuters-21578"))),
        ("BBC", load_bbc(&dir.join("bbc"))),
    ] {
        println!("\n== {name} ==");
        if docs.is_empty() {
            println!("no articles found, skipped");
            continue;
        }
        let mut r = Report::default();
        for d in &docs {
            check(d, &mut r);
        }
        print_report(&r);
    }
}

fn clip(s: &str, n: usize) -> String {
    let one = normalise(s);
    if one.chars().count() <= n {
        one
    } else {
        let head: String = one.chars().take(n).collect();
        format!("{head}…")
    }
}

fn tail(s: &str, n: usize) -> String {
    let one = normalise(s);
    let count = one.chars().count();
    one.chars().skip(count.saturating_sub(n)).collect()
}

fn check(d: &Doc, r: &mut Report) {
    let text = d.body.as_str();
    let sents = split_sentences(text);
    r.articles += 1;
    r.sentences += sents.len();
    r.bytes += text.len();
    for (k, s) in sents.iter().enumerate() {
        let cur = &text[s.clone()];
        let chars = cur.chars().count();
        if chars > LONG {
            r.long.push((chars, d.origin.clone(), clip(cur, 160)));
        }
        if cur.len() == 2 && cur.as_bytes()[0].is_ascii_uppercase() && cur.as_bytes()[1] == b'.' {
            r.lone_initial.push(format!("{}: {cur:?}", d.origin));
        }
        let Some(nx) = sents.get(k + 1) else { continue };
        let next = &text[nx.clone()];
        let pair = || format!("{}: …{} | {}", d.origin, tail(cur, 50), clip(next, 50));
        let first = next.chars().find(|c| c.is_alphanumeric());
        let last_word = cur.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let last_word = last_word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if matches!(last_word, "Mr." | "Mrs." | "Ms." | "Dr.") {
            r.title_end.push(pair());
        } else if matches!(
            last_word,
            "U.S." | "Inc." | "Corp." | "Co." | "Ltd." | "St."
        ) {
            if first.is_some_and(char::is_lowercase) {
                r.abbrev_lower.push(pair());
            } else if next.starts_with(|c: char| c.is_uppercase()) {
                r.abbrev_upper.push(pair());
            }
        }
        // A boundary inside a number: "1." | "5 pct" with nothing in between.
        if s.end == nx.start
            && cur.ends_with('.')
            && cur[..cur.len() - 1].ends_with(|c: char| c.is_ascii_digit())
            && next.starts_with(|c: char| c.is_ascii_digit())
        {
            r.decimal.push(pair());
        }
        let gap = &text[s.end..nx.start];
        let lw = last_word.as_bytes();
        if !gap.contains('\n')
            && (2..=6).contains(&lw.len())
            && lw[0].is_ascii_uppercase()
            && lw[lw.len() - 1] == b'.'
            && lw[1..lw.len() - 1].iter().all(u8::is_ascii_lowercase)
        {
            *r.short_ends.entry(last_word.to_string()).or_default() += 1;
        }
        if next.starts_with(|c: char| c.is_lowercase()) {
            r.lower_start.push(pair());
        }
    }
}

fn print_report(r: &Report) {
    println!(
        "articles: {}, sentences: {}, {:.1} MB, {:.1} sentences/article",
        r.articles,
        r.sentences,
        r.bytes as f64 / 1e6,
        r.sentences as f64 / r.articles.max(1) as f64
    );
    let mut long = r.long.clone();
    long.sort_by_key(|l| std::cmp::Reverse(l.0));
    println!(
        "sentences longer than {LONG} chars (likely missed splits): {}",
        long.len()
    );
    for (n, origin, s) in long.iter().take(10) {
        println!("  {n} chars, {origin}: {s}");
    }
    section(
        "sentence ends with Mr./Mrs./Ms./Dr. (always wrong)",
        &r.title_end,
    );
    section(
        "sentence ends with U.S./Inc./Corp./Co./Ltd./St. and the next starts lowercase (wrong)",
        &r.abbrev_lower,
    );
    section("sentence ends with U.S./Inc./Corp./Co./Ltd./St. and the next starts capitalised (check by eye)", &r.abbrev_upper);
    section("boundary inside a number", &r.decimal);
    section("lone initial as a sentence", &r.lone_initial);
    section("sentence starts lowercase (check by eye)", &r.lower_start);
    let mut ends: Vec<(&String, &usize)> = r.short_ends.iter().collect();
    ends.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = ends
        .iter()
        .take(25)
        .map(|(w, n)| format!("{w} {n}"))
        .collect();
    println!(
        "short capitalised words ending a sentence mid-line (missing abbreviations show here): {}",
        top.join(", ")
    );
}

fn section(title: &str, items: &[String]) {
    println!("{title}: {}", items.len());
    for it in items.iter().take(EXAMPLES) {
        println!("  {it}");
    }
}
