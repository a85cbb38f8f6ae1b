//! Turns tantivy-cli's article documents (one JSON object per line with `title` and `body`,
//! as `bench/run` feeds tantivy-cli) into one document per sentence, split by morgue's
//! segmenter: the first sentence of an article carries its title. `bench/sentence-floor`
//! indexes both with tantivy-cli to measure what one document per sentence costs bare
//! tantivy, without any of morgue's own work.
//!
//! Usage: `sentence_docs < articles.json > sentences.json`

use std::io::{self, BufRead, BufWriter, Write};

use morgue::segment::split_sentences;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

#[derive(Serialize)]
struct Sentence<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    title: &'a str,
    body: &'a str,
}

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut articles, mut sentences) = (0u64, 0u64);
    for (n, line) in stdin.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article: Article = match serde_json::from_str(&line) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("sentence_docs: line {}: {e}; skipped", n + 1);
                continue;
            }
        };
        articles += 1;
        for (i, range) in split_sentences(&article.body).into_iter().enumerate() {
            let doc = Sentence {
                title: if i == 0 { &article.title } else { "" },
                body: article.body[range].trim(),
            };
            serde_json::to_writer(&mut out, &doc)?;
            out.write_all(b"\n")?;
            sentences += 1;
        }
    }
    out.flush()?;
    eprintln!("sentence_docs: {articles} articles, {sentences} sentences");
    Ok(())
}
