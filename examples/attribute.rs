//! Prints every quotation morgue finds in an article file (any supported format), with its
//! speaker, confidence, the cue and the source phrase as written: a debugging aid for
//! attribution rules.
//!
//! `cargo run --example attribute -- FILE...`

use morgue::attribution::Attributor;
use morgue::config::FieldMapping;
use morgue::corpus::{parse_file, Format};

fn main() -> anyhow::Result<()> {
    let attributor = Attributor::default();
    for path in std::env::args().skip(1) {
        let p = std::path::Path::new(&path);
        let format =
            Format::from_path(p).ok_or_else(|| anyhow::anyhow!("{path}: unsupported format"))?;
        let bytes = std::fs::read(p)?;
        let parsed = parse_file(&path, &bytes, format, &FieldMapping::default())
            .map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
        for article in &parsed.articles {
            println!("== {} ({})", article.title, article.path);
            let text = &article.body;
            let analysis = attributor.analyze(text);
            for q in &analysis.quotes {
                let span = |r: &Option<std::ops::Range<usize>>| {
                    r.as_ref()
                        .map(|r| text[r.clone()].to_string())
                        .unwrap_or_default()
                };
                println!(
                    "{:?} {:.2} [{}] cue={:?} source={:?}\n    {:?}",
                    q.kind,
                    q.confidence,
                    q.speaker.as_ref().map(|s| s.name.as_str()).unwrap_or("-"),
                    span(&q.cue),
                    span(&q.source_span),
                    &text[q.content.clone()],
                );
            }
        }
    }
    Ok(())
}
