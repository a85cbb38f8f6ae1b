//! Sentence splitting for news text.
//!
//! [`split_sentences`] works in two steps, both linear in the input:
//! 1. line structure ([`lines`]): blank lines, and newlines that the layout marks as breaks
//!    (indented wire paragraphs, list items, table rows), cut the text into segments;
//!    any other newline is a hard wrap and reads as a space;
//! 2. a scan of each segment ([`scan`]) that stops only at `.`, `?`, `!` and `…` and decides
//!    there from the neighbouring words: abbreviations, initials, numbers, quotes, lists.
//!
//! Promises the attribution code relies on: a closing quotation mark or bracket stays with
//! the sentence before it, and a quotation followed by a lowercase word ("…?" she asked)
//! or by a speaker and a speech verb ("…?" Smith asked.) stays in one sentence.

use std::ops::Range;

mod lexicon;
mod lines;
mod scan;
#[cfg(test)]
mod tests;

/// Splits `text` into sentences: byte ranges into `text`, in order, non-overlapping,
/// trimmed of surrounding whitespace, never empty, on char boundaries.
///
/// `text` is an article body: paragraphs separated by blank lines. A paragraph break always
/// ends a sentence; a lone newline is read as a space unless the layout marks a new unit
/// (an indented paragraph, a list item, a table row).
///
/// ```
/// let text = "\"We will win.\" He left. Mr. Smith works in the U.S. Senate.";
/// let s: Vec<&str> = morgue::segment::split_sentences(text)
///     .into_iter()
///     .map(|r| &text[r])
///     .collect();
/// assert_eq!(s, ["\"We will win.\"", "He left.", "Mr. Smith works in the U.S. Senate."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    // News sentences average well over 100 bytes; this avoids most regrowth.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    lines::for_each_segment(text, |seg| scan::scan_segment(text, seg, &mut out));
    out
}
