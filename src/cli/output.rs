//! Human and JSON output.

use std::io::{self, BufWriter, Stdout, Write};

use crate::config::Config;
use crate::index::Summary;
use crate::search::{Hit, SearchRequest, SearchResults, SpeakerRow};

/// Buffered stdout.
pub struct Out(BufWriter<Stdout>);

impl Out {
    /// Buffered standard output.
    pub fn stdout() -> Out {
        Out(BufWriter::new(io::stdout()))
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// ANSI styling, or plain text when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    /// Whether to emit ANSI escapes.
    pub enabled: bool,
}

impl Painter {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn speaker(&self, s: &str) -> String {
        self.paint("1;36", s)
    }
    fn date(&self, s: &str) -> String {
        self.paint("33", s)
    }
    /// A matched term: red bold in colour, `**term**` without.
    fn matched(&self, s: &str) -> String {
        if self.enabled {
            self.paint("1;31", s)
        } else {
            format!("**{s}**")
        }
    }
}

/// `text` with `ranges` highlighted.
fn highlight(text: &str, ranges: &[(usize, usize)], p: Painter) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for &(s, e) in ranges {
        if s < last || e > text.len() || s >= e {
            continue;
        }
        out.push_str(&text[last..s]);
        out.push_str(&p.matched(&text[s..e]));
        last = e;
    }
    out.push_str(&text[last..]);
    out
}

fn heading(hit: &Hit, p: Painter) -> String {
    let date = hit.date.as_deref().unwrap_or("undated");
    let mut line = p.date(date);
    if let Some(source) = &hit.source {
        line.push_str("  ");
        line.push_str(source);
    }
    line.push_str("  ");
    match &hit.speaker {
        Some(s) => line.push_str(&p.speaker(s)),
        None => line.push_str(&p.dim("—")),
    }
    if hit.kind != "none" {
        line.push_str(&p.dim(&format!(" ({})", hit.kind)));
    }
    line.push_str("  ");
    line.push_str(&p.bold(&hit.title));
    line
}

/// Hits in human form: a heading line (date, source, speaker, kind, title), the path and
/// sentence number, the highlighted sentence, then facets.
pub fn print_hits(
    out: &mut impl Write,
    results: &SearchResults,
    request: &SearchRequest,
    p: Painter,
) -> io::Result<()> {
    for hit in &results.hits {
        writeln!(out, "{}", heading(hit, p))?;
        writeln!(
            out,
            "  {}",
            p.dim(&format!("{}:{}", hit.path, hit.sentence))
        )?;
        for s in &hit.before {
            writeln!(out, "  {}", p.dim(s))?;
        }
        writeln!(out, "  {}", highlight(&hit.text, &hit.highlights, p))?;
        for s in &hit.after {
            writeln!(out, "  {}", p.dim(s))?;
        }
        writeln!(out)?;
    }
    let shown = results.hits.len();
    let first = if shown == 0 { 0 } else { request.offset + 1 };
    writeln!(
        out,
        "{}",
        p.dim(&format!(
            "{} matching sentences; showing {}–{}",
            results.total,
            first,
            request.offset + shown
        ))
    )?;
    if let Some(f) = &results.facets {
        writeln!(out)?;
        writeln!(out, "{}", p.bold("Speakers"))?;
        let width = f.speakers.first().map_or(1, |(_, c)| c.to_string().len());
        for (name, count) in f.speakers.iter().take(20) {
            writeln!(out, "  {count:>width$}  {}", p.speaker(name))?;
        }
        if f.speakers.len() > 20 {
            writeln!(
                out,
                "  {}",
                p.dim(&format!("… and {} more", f.speakers.len() - 20))
            )?;
        }
        writeln!(
            out,
            "  {:>width$}  {}",
            f.unattributed,
            p.dim("(no speaker)")
        )?;
        writeln!(out)?;
        writeln!(out, "{}", p.bold("Hits per month"))?;
        let max = f.months.iter().map(|(_, c)| *c).max().unwrap_or(1).max(1);
        let width = max.to_string().len();
        for (month, count) in &f.months {
            let bar = "█".repeat(((count * 40).div_ceil(max)) as usize);
            writeln!(out, "  {}  {count:>width$}  {bar}", p.date(month))?;
        }
        if f.undated > 0 {
            writeln!(out, "  {}  {:>width$}", p.dim("undated"), f.undated)?;
        }
    }
    Ok(())
}

/// JSON Lines: `{"type":"hit", …}` per hit, then `{"type":"summary", "total": …, "facets": …}`.
pub fn print_hits_json(out: &mut impl Write, results: &SearchResults) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Tagged<'a, T> {
        #[serde(rename = "type")]
        kind: &'static str,
        #[serde(flatten)]
        data: &'a T,
    }
    for hit in &results.hits {
        serde_json::to_writer(
            &mut *out,
            &Tagged {
                kind: "hit",
                data: hit,
            },
        )?;
        writeln!(out)?;
    }
    let summary = serde_json::json!({
        "type": "summary",
        "total": results.total,
        "returned": results.hits.len(),
        "facets": results.facets.as_ref().map(|f| serde_json::json!({
            "speakers": f.speakers.iter().map(|(n, c)| serde_json::json!({"speaker": n, "count": c})).collect::<Vec<_>>(),
            "unattributed": f.unattributed,
            "months": f.months.iter().map(|(m, c)| serde_json::json!({"month": m, "count": c})).collect::<Vec<_>>(),
            "undated": f.undated,
        })),
    });
    serde_json::to_writer(&mut *out, &summary)?;
    writeln!(out)
}

/// One JSON object per line.
pub fn print_json_lines<T: serde::Serialize>(out: &mut impl Write, items: &[T]) -> io::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        writeln!(out)?;
    }
    Ok(())
}

/// The summary of `morgue index`.
pub fn print_index_summary(out: &mut impl Write, s: &Summary, config: &Config) -> io::Result<()> {
    if let Some(reason) = &s.rebuild_reason {
        writeln!(out, "Rebuilt the index because {reason}.")?;
    } else if s.rebuilt {
        writeln!(out, "Built the index from scratch.")?;
    }
    writeln!(
        out,
        "Indexed {} into {} in {:.1}s",
        config.corpus.display(),
        config.index.display(),
        s.seconds
    )?;
    writeln!(
        out,
        "  files:      {} added, {} updated, {} removed, {} unchanged, {} skipped",
        s.added,
        s.updated,
        s.removed,
        s.unchanged,
        s.skipped.len()
    )?;
    writeln!(
        out,
        "  articles:   {} read ({} undated)",
        s.articles, s.undated
    )?;
    writeln!(out, "  sentences:  {}", s.sentences)?;
    writeln!(
        out,
        "  quotations: {} ({} attributed), {} reported-speech sentences attributed",
        s.quotes, s.attributed_quotes, s.reported
    )?;
    writeln!(out, "  speakers:   {}", s.speakers)?;
    writeln!(
        out,
        "  index:      {} sentence documents",
        s.total_documents
    )?;
    if !s.skipped.is_empty() {
        writeln!(out, "Skipped:")?;
        for k in &s.skipped {
            writeln!(out, "  {}: {}", k.path, k.reason)?;
        }
    }
    if !s.warnings.is_empty() {
        writeln!(out, "Warnings:")?;
        for w in &s.warnings {
            writeln!(out, "  {}: {}", w.path, w.reason)?;
        }
    }
    if s.interrupted {
        writeln!(
            out,
            "Interrupted: the files finished before the interrupt are committed; run `morgue index` again to index the rest."
        )?;
    }
    Ok(())
}

/// `morgue speakers` as a table.
pub fn print_speakers(out: &mut impl Write, rows: &[SpeakerRow], p: Painter) -> io::Result<()> {
    let width = rows
        .iter()
        .map(|r| r.speaker.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    writeln!(
        out,
        "{}",
        p.bold(&format!(
            "{:>6}  {:<width$}  {:<10}  {:<10}",
            "quotes", "speaker", "first", "last"
        ))
    )?;
    for r in rows {
        let pad = width - r.speaker.chars().count();
        writeln!(
            out,
            "{:>6}  {}{}  {:<10}  {:<10}",
            r.quotes,
            p.speaker(&r.speaker),
            " ".repeat(pad),
            r.first.as_deref().unwrap_or("—"),
            r.last.as_deref().unwrap_or("—"),
        )?;
    }
    Ok(())
}

/// `morgue show`: the article's metadata, then each sentence with its attribution.
pub fn print_article(out: &mut impl Write, sentences: &[Hit], p: Painter) -> io::Result<()> {
    let mut current = "";
    for s in sentences {
        if s.article_id != current {
            current = &s.article_id;
            writeln!(out, "{}", p.bold(&s.title))?;
            writeln!(
                out,
                "{}",
                p.dim(&format!(
                    "{} · {} · {} · id {}",
                    s.date.as_deref().unwrap_or("undated"),
                    s.source.as_deref().unwrap_or("unknown source"),
                    s.path,
                    s.article_id
                ))
            )?;
            writeln!(out)?;
        }
        let attribution = match (&s.speaker, s.kind.as_str()) {
            (Some(name), kind) => {
                let role = s
                    .role
                    .as_deref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                let conf = s.confidence.map(|c| format!(" {c:.2}")).unwrap_or_default();
                format!("[{kind}: {}{role}{}]", p.speaker(name), p.dim(&conf))
            }
            (None, "none") => String::new(),
            (None, kind) => format!("[{kind}: {}]", p.dim("no speaker")),
        };
        let text = highlight(&s.text, &quote_ranges(&s.text, &s.quotes), p);
        writeln!(out, "{:>4}  {} {}", s.sentence, text, attribution)?;
    }
    Ok(())
}

/// Byte ranges of a sentence's quoted spans, in text order. The spans are listed main
/// quotation first, not in text order; one that is not in the text is skipped.
fn quote_ranges(text: &str, quotes: &[String]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = quotes
        .iter()
        .filter(|q| !q.is_empty())
        .filter_map(|q| text.find(q.as_str()).map(|i| (i, i + q.len())))
        .collect();
    ranges.sort_unstable();
    ranges
}

/// `morgue stats`.
pub fn print_stats(out: &mut impl Write, report: &serde_json::Value) -> io::Result<()> {
    if let Some(map) = report.as_object() {
        for (k, v) in map {
            let shown = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => "—".to_string(),
                other => other.to_string(),
            };
            writeln!(out, "{:<22} {}", format!("{}:", k.replace('_', " ")), shown)?;
        }
    }
    Ok(())
}
