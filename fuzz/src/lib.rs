//! Invariant checks shared by the fuzz targets in `fuzz_targets/`.
//!
//! Each check panics with a message naming the broken invariant, so libFuzzer records the
//! input as a crash.

use std::ops::Range;

use morgue::attribution::Analysis;
use morgue::corpus::{self, Format, Parsed, ReadError};

/// Asserts that `range` is a valid, non-inverted slice of `text` on char boundaries.
pub fn check_range(text: &str, range: &Range<usize>, what: &str) {
    assert!(
        range.start <= range.end,
        "{what} {range:?} is inverted (text is {} bytes)",
        text.len()
    );
    assert!(
        range.end <= text.len(),
        "{what} {range:?} is out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what} {range:?} is not on char boundaries"
    );
}

/// Asserts the contract of sentence ranges: in bounds, on char boundaries, in order,
/// non-overlapping, non-empty, and trimmed (neither first nor last char is whitespace).
pub fn check_sentences(text: &str, sentences: &[Range<usize>], what: &str) {
    let mut prev_end = 0;
    for (i, s) in sentences.iter().enumerate() {
        check_range(text, s, &format!("{what} {i}"));
        assert!(s.start < s.end, "{what} {i} {s:?} is empty");
        assert!(
            s.start >= prev_end,
            "{what} {i} {s:?} overlaps or precedes the previous one (which ends at {prev_end})"
        );
        let slice = &text[s.clone()];
        let first = slice.chars().next().unwrap();
        let last = slice.chars().next_back().unwrap();
        assert!(
            !first.is_whitespace() && !last.is_whitespace(),
            "{what} {i} {s:?} is not trimmed: {slice:?}"
        );
        prev_end = s.end;
    }
}

/// Asserts the contract of an attribution analysis of `text`.
pub fn check_analysis(text: &str, a: &Analysis) {
    check_sentences(text, &a.sentences, "sentence");
    assert_eq!(
        a.per_sentence.len(),
        a.sentences.len(),
        "per_sentence.len() != sentences.len()"
    );
    for (i, q) in a.quotes.iter().enumerate() {
        check_range(text, &q.content, &format!("quote {i} content"));
        if let Some(cue) = &q.cue {
            check_range(text, cue, &format!("quote {i} cue"));
        }
        if let Some(src) = &q.source_span {
            check_range(text, src, &format!("quote {i} source_span"));
        }
    }
    for (i, (ps, s)) in a.per_sentence.iter().zip(&a.sentences).enumerate() {
        if let Some(q) = &ps.quote {
            check_range(text, q, &format!("per_sentence {i} quote"));
            assert!(
                s.start <= q.start && q.end <= s.end,
                "per_sentence {i} quote {q:?} is not inside its sentence {s:?}"
            );
        }
    }
}

/// The file name every reader target parses under (its date feeds the date fallback).
pub fn fuzz_path(ext: &str) -> String {
    format!("fuzz/2025-11-14-x.{ext}")
}

/// Runs one reader on `bytes` and checks what it returns: an error, or articles that each
/// have a non-empty one-line title, a 16-hex-digit id, the given path and a body.
pub fn check_reader(bytes: &[u8], format: Format, ext: &str) {
    let path = fuzz_path(ext);
    let result = corpus::parse_file(&path, bytes, format, &Default::default());
    check_parsed(&path, result);
}

fn check_parsed(path: &str, result: Result<Parsed, ReadError>) {
    let Ok(parsed) = result else { return };
    assert!(!parsed.articles.is_empty(), "Ok with no articles");
    for (i, a) in parsed.articles.iter().enumerate() {
        assert!(
            !a.title.trim().is_empty(),
            "article {i}: empty title {:?}",
            a.title
        );
        assert_eq!(
            a.title,
            corpus::one_line(&a.title),
            "article {i}: title is not one trimmed line"
        );
        assert!(!a.id.is_empty(), "article {i}: empty id");
        assert!(
            a.id.len() == 16 && a.id.bytes().all(|b| b.is_ascii_hexdigit()),
            "article {i}: id {:?} is not 16 hex digits",
            a.id
        );
        assert_eq!(a.path, path, "article {i}: wrong path");
        assert!(!a.body.trim().is_empty(), "article {i}: blank body");
    }
}
