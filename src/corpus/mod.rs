//! Reading articles from files: one reader per input format.
//!
//! Policy: a reader never panics on bad input. A file that cannot be read at all is an
//! `Err(ReadError)`; a problem that loses only part of a file (one bad JSON Lines record,
//! an unparseable date, invalid UTF-8 decoded lossily) is a warning and the rest is kept.

use std::path::Path;

use crate::article::Article;
use crate::config::FieldMapping;

/// The input formats morgue reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.txt`: optional `Key: value` header block, else first line is the title.
    Text,
    /// `.md`/`.markdown`: YAML (`---`) or TOML (`+++`) front matter.
    Markdown,
    /// `.json`: one article object.
    Json,
    /// `.jsonl`/`.ndjson`: one article object per line.
    JsonLines,
    /// `.html`/`.htm`.
    Html,
}

impl Format {
    /// The format for a file name by its extension, case-insensitively.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }
}

/// Why a whole file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file looks binary (NUL bytes or mostly non-text).
    #[error("binary file, skipped")]
    Binary,
    /// The file is empty or holds no article text.
    #[error("empty file, skipped")]
    Empty,
    /// The content is not valid for its format.
    #[error("{0}")]
    Malformed(String),
}

/// The articles read from one file, with warnings about what was lost or guessed.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// Articles in file order.
    pub articles: Vec<Article>,
    /// One-line warnings ("invalid UTF-8 decoded lossily", "line 3: not JSON: ...",
    /// "unparseable date \"yesterday\"; indexed as undated"), without the path.
    pub warnings: Vec<String>,
}

/// Parses the bytes of one file. `rel_path` is the path relative to the corpus root
/// (with `/` separators); it names the article, feeds its id and may carry its date.
pub fn parse_file(
    rel_path: &str,
    bytes: &[u8],
    format: Format,
    fields: &FieldMapping,
) -> Result<Parsed, ReadError> {
    let _ = (format, fields);
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let text = String::from_utf8_lossy(bytes);
    let mut lines = text.splitn(2, '\n');
    let title = lines.next().unwrap_or_default().trim().to_string();
    let body = lines.next().unwrap_or_default().trim().to_string();
    Ok(Parsed {
        articles: vec![Article {
            id: article_id(rel_path, None),
            path: rel_path.to_string(),
            title,
            body,
            ..Article::default()
        }],
        warnings: Vec::new(),
    })
}

/// A stable article id: 16 hex digits of a hash of the relative path and, for a record in
/// a multi-article file, its own id or line number.
pub fn article_id(rel_path: &str, record: Option<&str>) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(rel_path.as_bytes());
    if let Some(r) = record {
        hasher.update(b"#");
        hasher.update(r.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_string()
}
