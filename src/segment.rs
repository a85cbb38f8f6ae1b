//! Sentence splitting.

use std::ops::Range;

/// Splits `text` into sentences: byte ranges into `text`, in order, non-overlapping,
/// trimmed of surrounding whitespace, never empty.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    // Placeholder: one sentence per non-empty paragraph. Replaced by the real splitter.
    let mut out = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            let s = start + (part.len() - part.trim_start().len());
            out.push(s..s + trimmed.len());
        }
        start += part.len() + 2;
    }
    out
}
