//! Line structure: which newlines end a sentence no matter what the punctuation says.
//!
//! A blank line always ends a sentence. Inside a paragraph a lone newline is usually a hard
//! wrap and is read as a space, except where the layout marks a new unit: a line indented
//! deeper than the one before (Reuters wire paragraphs), a line that starts with a list
//! marker, a table row, or a block made only of short lines (a list without punctuation).

use std::ops::Range;

/// A block whose lines are all at most this long (and which has at least
/// [`SHORT_BLOCK_MIN_LINES`] lines) is read line by line: wrapped prose runs to 60–80 columns.
const SHORT_LINE_MAX: usize = 32;
const SHORT_BLOCK_MIN_LINES: usize = 3;

/// Calls `f` with every segment of `text`: a byte range that no sentence may cross.
/// Segments are in order and do not overlap; they may carry surrounding whitespace.
pub(super) fn for_each_segment(text: &str, mut f: impl FnMut(Range<usize>)) {
    let len = text.len();
    let mut pos = 0;
    while pos < len {
        // Skip blank lines, then measure the block (the lines up to the next blank line).
        let block_start = pos;
        let mut p = pos;
        let mut lines = 0usize;
        let mut longest = 0usize;
        let mut min_indent = usize::MAX;
        let mut block_end = len;
        let mut next = len;
        while p < len {
            let line_end = line_end(text, p);
            let t = text[p..line_end].trim();
            if t.is_empty() {
                if lines > 0 {
                    block_end = p;
                    next = (line_end + 1).min(len);
                    break;
                }
            } else {
                lines += 1;
                longest = longest.max(t.len());
                min_indent = min_indent.min(LineInfo::indent_of(&text[p..line_end]).0);
            }
            p = (line_end + 1).min(len);
        }
        if lines == 0 {
            break;
        }
        let line_by_line = lines >= SHORT_BLOCK_MIN_LINES && longest <= SHORT_LINE_MAX;
        emit_block(
            text,
            block_start..block_end,
            line_by_line,
            min_indent,
            &mut f,
        );
        pos = next;
    }
}

/// Byte offset of the `\n` ending the line that starts at `p`, or the text length.
fn line_end(text: &str, p: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[p..]).map_or(text.len(), |k| p + k)
}

/// Splits one block into segments at the newlines its layout marks as breaks.
fn emit_block(
    text: &str,
    block: Range<usize>,
    line_by_line: bool,
    min_indent: usize,
    f: &mut impl FnMut(Range<usize>),
) {
    let mut seg_start = block.start;
    let mut p = block.start;
    let mut prev: Option<LineInfo> = None;
    // Indent of the wrapped continuation of a list item ("- item that\n  wraps"), if any.
    let mut hang: Option<usize> = None;
    while p < block.end {
        let end = line_end(text, p).min(block.end);
        let line = &text[p..end];
        if line.trim().is_empty() {
            p = end + 1;
            continue;
        }
        let info = LineInfo::of(line);
        if let Some(prev) = prev {
            let continues_item =
                if prev.list_marker && info.indent > prev.indent && !info.list_marker {
                    hang = Some(info.indent);
                    true
                } else {
                    hang == Some(info.indent) && !info.list_marker
                };
            // In a block mixing flush and indented lines (wire copy: indented first line,
            // flush continuation lines), every indented line opens a new paragraph.
            let indented = info.indent > prev.indent
                || (info.indent == prev.indent && info.indent > min_indent);
            let brk = line_by_line
                || (indented && !continues_item)
                || info.tabular
                || prev.tabular
                || info.list_marker;
            if brk {
                f(seg_start..p);
                seg_start = p;
                if !continues_item {
                    hang = None;
                }
            }
        }
        prev = Some(info);
        p = end + 1;
    }
    f(seg_start..block.end);
}

#[derive(Clone, Copy)]
struct LineInfo {
    /// Leading spaces (a tab counts as four).
    indent: usize,
    /// Looks like a table row: at least two inner gaps of three or more spaces, or a tab.
    tabular: bool,
    /// Starts with a bullet or an enumeration marker ("- ", "• ", "1. ", "2) ", "(b) ").
    list_marker: bool,
}

impl LineInfo {
    /// Leading indentation: (width, bytes).
    fn indent_of(line: &str) -> (usize, usize) {
        let b = line.as_bytes();
        let mut indent = 0;
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b' ' => indent += 1,
                b'\t' => indent += 4,
                _ => break,
            }
            i += 1;
        }
        (indent, i)
    }

    fn of(line: &str) -> LineInfo {
        let (indent, i) = LineInfo::indent_of(line);
        let body = line[i..].trim_end();
        LineInfo {
            indent,
            tabular: is_tabular(body.as_bytes()),
            list_marker: starts_with_list_marker(body),
        }
    }
}

fn is_tabular(b: &[u8]) -> bool {
    // Fast exit for prose (nearly every line): no tab and no run of three spaces.
    if memchr::memchr(b'\t', b).is_some() {
        return true;
    }
    if memchr::memmem::find(b, b"   ").is_none() {
        return false;
    }
    let mut gaps = 0;
    let mut run = 0;
    for &c in b {
        match c {
            b'\t' => return true,
            b' ' => run += 1,
            _ => {
                if run >= 3 {
                    gaps += 1;
                    if gaps >= 2 {
                        return true;
                    }
                }
                run = 0;
            }
        }
    }
    false
}

/// True if `s` (a line without its indentation) opens with a list marker followed by a space.
pub(super) fn starts_with_list_marker(s: &str) -> bool {
    let b = s.as_bytes();
    let space_at = |k: usize| b.get(k).is_some_and(|c| *c == b' ' || *c == b'\t');
    if let Some(c) = s.chars().next() {
        if is_bullet(c) {
            return true;
        }
        if matches!(c, '-' | '*' | '–' | '—') {
            return space_at(c.len_utf8());
        }
    }
    // "1. ", "12) ", "3.) ", "(4) ", "(b) ", "c) "; at most two digits so that a year
    // wrapped to the start of a line ("in\n1987. The") is not taken for a marker.
    let mut k = 0;
    let paren = b.first() == Some(&b'(');
    if paren {
        k = 1;
    }
    let digits = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        k += digits;
        return match (paren, b.get(k), b.get(k + 1)) {
            (true, Some(b')'), _) => space_at(k + 1),
            (false, Some(b'.'), Some(b')')) => space_at(k + 2),
            (false, Some(b'.' | b')'), _) => space_at(k + 1),
            _ => false,
        };
    }
    if digits == 0
        && b.get(k).is_some_and(|c| c.is_ascii_lowercase())
        && b.get(k + 1) == Some(&b')')
    {
        return space_at(k + 2);
    }
    false
}

/// Bullet characters that mark list items wherever they appear at a line start.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '■' | '►' | '·')
}
