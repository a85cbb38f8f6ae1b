//! The article: what every input reader produces and the indexer consumes.

use chrono::NaiveDate;

/// One news article, as read from a file (or one record of a JSON Lines file).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// Stable identifier: the same file (and record) gives the same id on every run.
    pub id: String,
    /// Path relative to the corpus directory, with `/` separators.
    pub path: String,
    /// Headline; never empty for a readable article (falls back to the file name).
    pub title: String,
    /// Publication or outlet name, when known.
    pub source: Option<String>,
    /// Bylines, when known.
    pub authors: Vec<String>,
    /// Canonical URL, when known.
    pub url: Option<String>,
    /// Publication day, when one could be found.
    pub date: Option<NaiveDate>,
    /// Body text: paragraphs separated by a blank line (`\n\n`).
    pub body: String,
}
