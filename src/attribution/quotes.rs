//! Quotation-mark spans: which marks open and close quotations, which are apostrophes.
//!
//! Double marks ("…", “…”, «…») are paired per paragraph; a quotation left open at the end of
//! a paragraph continues when the next paragraph opens with a quote mark (news convention).
//! Single marks (‘…’, '…') are paired only when an opening mark at a word start finds a closing
//! mark at a word end in the same paragraph, so apostrophes ("protesters' demands", "'90s",
//! "rock 'n' roll", "Brandt's") never open a quotation.

use std::ops::Range;

/// One span between quotation marks (or between an opening mark and the paragraph end).
#[derive(Debug, Clone)]
pub struct QSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte range of the content between the marks, trimmed of whitespace.
    pub content: Range<usize>,
    /// Byte range of the closing mark, if the quotation closes in this paragraph.
    pub close: Option<Range<usize>>,
    /// Double marks (as opposed to single).
    pub double: bool,
    /// Quotation id: spans of a multi-paragraph quotation share it.
    pub group: usize,
    /// Index of the paragraph the span lies in.
    pub para: usize,
}

/// Paragraph byte ranges: text separated by blank lines, trimmed, non-empty.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &b[i..]) {
        let nl = i + off;
        // A blank line: a newline followed by optional spaces and another newline.
        let mut j = nl + 1;
        while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            push_trimmed(text, start..nl, &mut out);
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            start = j;
            i = j;
        } else {
            i = nl + 1;
        }
        if i >= b.len() {
            break;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    if r.start >= r.end {
        return;
    }
    let t = trim(text, r);
    if t.start < t.end {
        out.push(t);
    }
}

/// Trims whitespace from both ends of a byte range.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let tail = s.len() - s.trim_end().len();
    if lead + tail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - tail
}

fn has_alnum(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

/// Words that start with an apostrophe and are not quotations ('n', 'em, 'til, 'cause).
fn elision(after: &str) -> bool {
    let w: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take(6)
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        w.as_str(),
        "n" | "em" | "til" | "cause" | "bout" | "tis" | "twas" | "round" | "nuff" | "s" | "t"
    ) || after.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Finds all quotation spans in `text`, in order of their opening marks.
pub fn find_quotes(text: &str, paras: &[Range<usize>]) -> Vec<QSpan> {
    let mut out: Vec<QSpan> = Vec::new();
    let mut group = 0usize;
    // The group of the quotation left open at the end of the previous paragraph.
    let mut carry: Option<usize> = None;
    for (pi, p) in paras.iter().enumerate() {
        let ptext = &text[p.clone()];
        let first_out = out.len();
        let mut open: Option<(usize, usize)> = None; // (mark byte, content start)
        let mut doubles: Vec<Range<usize>> = Vec::new(); // content ranges incl. unclosed
                                                         // Only bytes that can start a quotation mark are looked at: '"', and the UTF-8 lead
                                                         // bytes of “ ” „ (0xE2) and « » (0xC2).
        let pb = ptext.as_bytes();
        let mut skip_to = 0;
        // Most paragraphs have no doubled '' or ``: then a SIMD search for the other three
        // bytes finds the candidates (the byte loop was ~5% of attribution time).
        let doubled =
            memchr::memmem::find(pb, b"''").is_some() || memchr::memmem::find(pb, b"``").is_some();
        let candidates: Box<dyn Iterator<Item = usize>> = if doubled {
            Box::new(0..pb.len())
        } else {
            Box::new(memchr::memchr3_iter(b'"', 0xE2, 0xC2, pb))
        };
        for i in candidates {
            let byte = pb[i];
            if i < skip_to
                || (byte != b'"' && byte != 0xE2 && byte != 0xC2 && byte != b'\'' && byte != b'`')
            {
                continue;
            }
            // Doubled marks ('' and ``) stand for a double quotation mark in wire and
            // archive text; a lone ' or ` is left to the single-mark pass.
            let (c, len) = match byte {
                b'\'' | b'`' if pb.get(i + 1) == Some(&byte) => {
                    skip_to = i + 2;
                    (if byte == b'`' { '“' } else { '"' }, 2)
                }
                b'\'' | b'`' => continue,
                _ => match ptext[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => continue,
                },
            };
            if !matches!(c, '"' | '“' | '”' | '«' | '»' | '„') {
                continue;
            }
            let abs = p.start + i;
            let prev = ptext[..i].chars().next_back();
            let next = ptext[i + len..].chars().next();
            // A curly mark typed the wrong way round is read by its position: `”Text…`
            // after a space with nothing open opens, `“word“` before a space closes.
            let at_word_start = prev.is_none_or(|d| d.is_whitespace())
                && next.is_some_and(|d| d.is_alphanumeric() || d == '…');
            let at_word_end = prev.is_some_and(|d| !d.is_whitespace())
                && next.is_none_or(|d| d.is_whitespace() || ".,;:!?)".contains(d));
            let kind = match c {
                '“' if open.is_some() && at_word_end => Some(false),
                '”' if open.is_none() && at_word_start => Some(true),
                '“' | '«' | '„' => Some(true),
                '”' | '»' => Some(false),
                _ => {
                    // Straight marks: an opening mark needs no letter right before it; a mark
                    // with a letter before and a space after while nothing is open is stray.
                    let before_space =
                        prev.is_none_or(|d| d.is_whitespace() || "([{—–-".contains(d));
                    let after_space = next.is_none_or(|d| d.is_whitespace());
                    if open.is_none() {
                        if after_space && !before_space {
                            None
                        } else {
                            Some(true)
                        }
                    } else {
                        Some(false)
                    }
                }
            };
            match kind {
                Some(true) => {
                    if let Some((m, cs)) = open.take() {
                        // Two openings in a row: the first quotation lost its closing mark.
                        push_double(text, &mut out, m, cs..abs, None, group, pi);
                        group += 1;
                        doubles.push(cs..abs);
                    }
                    open = Some((abs, abs + len));
                }
                Some(false) => {
                    if let Some((m, cs)) = open.take() {
                        let close = abs..abs + len;
                        push_double(text, &mut out, m, cs..abs, Some(close), group, pi);
                        group += 1;
                        doubles.push(cs..abs);
                    }
                }
                None => {}
            }
        }
        let mut ended_open = false;
        if let Some((m, cs)) = open.take() {
            let n = out.len();
            push_double(text, &mut out, m, cs..p.end, None, group, pi);
            doubles.push(cs..p.end);
            ended_open = out.len() > n;
            group += 1;
        }
        // Single quotation marks outside double-quoted content.
        let (singles, single_open) = find_singles(text, p.clone(), &doubles);
        if !singles.is_empty() {
            // Double spans nested inside a single quotation belong to it (British style).
            out.retain(|q| {
                q.para != pi
                    || !q.double
                    || !singles
                        .iter()
                        .any(|s| s.0 <= q.open && q.content.end <= s.1.end)
            });
            for (m, c, close) in singles {
                let content = trim(text, c);
                if content.start < content.end && has_alnum(&text[content.clone()]) {
                    out.push(QSpan {
                        open: m,
                        content,
                        close: Some(close),
                        double: false,
                        group,
                        para: pi,
                    });
                    group += 1;
                }
            }
        }
        // A single-quoted paragraph left open continues when the next paragraph opens with a
        // single mark (British style: ‘First paragraph. / ‘Second.’).
        if let (false, Some(m)) = (ended_open, single_open) {
            let next_opens = paras.get(pi + 1).is_some_and(|n| {
                text[n.clone()]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '‘' || c == '\'')
            });
            let cs = m + text[m..].chars().next().map_or(1, char::len_utf8);
            let content = trim(text, cs..p.end);
            if next_opens && content.start < content.end && has_alnum(&text[content.clone()]) {
                out.push(QSpan {
                    open: m,
                    content,
                    close: None,
                    double: false,
                    group,
                    para: pi,
                });
                group += 1;
                ended_open = true;
            }
        }
        out[first_out..].sort_by_key(|q| q.open);
        // Continuation: this paragraph opens with a mark and the previous one ended open.
        if let Some(g) = carry {
            if out.len() > first_out && out[first_out].open == p.start {
                out[first_out].group = g;
            }
        }
        carry = if ended_open {
            out.last().map(|q| q.group)
        } else {
            None
        };
    }
    out
}

fn push_double(
    text: &str,
    out: &mut Vec<QSpan>,
    mark: usize,
    content: Range<usize>,
    close: Option<Range<usize>>,
    group: usize,
    para: usize,
) {
    let c = trim(text, content);
    if c.start < c.end && has_alnum(&text[c.clone()]) {
        out.push(QSpan {
            open: mark,
            content: c,
            close,
            double: true,
            group,
            para,
        });
    }
}

/// Pairs single quotation marks in one paragraph, skipping double-quoted content.
/// Returns (opening mark byte, content range, closing mark range) of each pair, and the
/// opening mark left unclosed at the paragraph end, if any.
fn find_singles(text: &str, p: Range<usize>, doubles: &[Range<usize>]) -> SinglesFound {
    let ptext = &text[p.clone()];
    // Only bytes that can start a single mark: '\'' and the lead byte of ‘ ’ (0xE2), found
    // with a SIMD search (a paragraph with neither has no single marks).
    let pb = ptext.as_bytes();
    if memchr::memchr2(b'\'', 0xE2, pb).is_none() {
        return (Vec::new(), None);
    }
    let inside = |pos: usize| doubles.iter().any(|d| d.start <= pos && pos < d.end);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in memchr::memchr2_iter(b'\'', 0xE2, pb) {
        let byte = pb[i];
        // A doubled '' is a double mark, handled by `find_quotes`.
        if byte == b'\'' && (pb.get(i + 1) == Some(&b'\'') || i > 0 && pb[i - 1] == b'\'') {
            continue;
        }
        let Some(c) = ptext[i..].chars().next() else {
            continue;
        };
        let abs = p.start + i;
        let prev = ptext[..i].chars().next_back();
        let next = ptext[i + c.len_utf8()..].chars().next();
        if (c == '\'' || c == '‘' || c == '’') && !inside(abs) {
            let word_start = prev.is_none_or(|d| d.is_whitespace() || "([{—–-\"“".contains(d));
            let word_end = prev.is_some_and(|d| !d.is_whitespace())
                && next.is_none_or(|d| !d.is_alphanumeric());
            let rest = &text[abs + c.len_utf8()..p.end];
            if open.is_none() {
                if word_start
                    && c != '’'
                    && next.is_some_and(|d| d.is_alphanumeric())
                    && !elision(rest)
                {
                    open = Some(abs);
                }
            } else if word_end && c != '‘' {
                if let Some(m) = open.take() {
                    let cs = m + 1 + usize::from(text.as_bytes()[m] != b'\'') * 2;
                    if cs <= abs {
                        out.push((m, cs..abs, abs..abs + c.len_utf8()));
                    }
                }
            } else if word_start && c != '’' && next.is_some_and(|d| d.is_alphanumeric()) {
                // A second opening before any close: restart from here (the first was an
                // apostrophe such as a leading elision).
                if !elision(rest) {
                    open = Some(abs);
                }
            }
        }
    }
    (out, open)
}

/// Paired single-quoted spans and an unclosed opening mark (see [`find_singles`]).
type SinglesFound = (Vec<(usize, Range<usize>, Range<usize>)>, Option<usize>);

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let p = paragraphs(text);
        find_quotes(text, &p)
            .iter()
            .map(|q| &text[q.content.clone()])
            .collect()
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "One.\n\n  Two\nlines.\n \nThree.";
        let p = paragraphs(t);
        let v: Vec<&str> = p.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(v, vec!["One.", "Two\nlines.", "Three."]);
    }

    #[test]
    fn doubles_and_singles() {
        assert_eq!(spans("\"We will win,\" she said."), vec!["We will win,"]);
        assert_eq!(spans("“A,” he said. “B.”"), vec!["A,", "B."]);
        assert_eq!(spans("«Nyet,» he said."), vec!["Nyet,"]);
        assert_eq!(
            spans("They accused him of 'ignoring attempts' to talk."),
            vec!["ignoring attempts"]
        );
        assert_eq!(spans("The ‘new reality’ is here."), vec!["new reality"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(spans("The protesters' demands were heard in the '90s.").is_empty());
        assert!(spans("Rock 'n' roll and Brandt's band.").is_empty());
        assert!(spans("Don't stop the Smiths' music.").is_empty());
    }

    #[test]
    fn nested_single_in_double() {
        assert_eq!(
            spans("\"He told me 'never again' and left,\" she said."),
            vec!["He told me 'never again' and left,"]
        );
    }

    #[test]
    fn multi_paragraph_group() {
        let t = "\"First part.\n\n\"Second part,\" he said.";
        let p = paragraphs(t);
        let q = find_quotes(t, &p);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].group, q[1].group);
        assert!(q[0].close.is_none());
    }
}
