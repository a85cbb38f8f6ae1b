//! Reading articles from files: one reader per input format.
//!
//! Policy: a reader never panics on bad input. A file that cannot be read at all is an
//! `Err(ReadError)`; a problem that loses only part of a file (one bad JSON Lines record,
//! an unparseable date, invalid UTF-8 decoded lossily) is a warning and the rest is kept.

use std::path::Path;

use chrono::NaiveDate;

use crate::article::Article;
use crate::config::FieldMapping;
use crate::dates;

mod html;
mod json;
mod markdown;
mod text;

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
///
/// Binary content, empty content and content that is not valid for `format` are errors;
/// anything that loses only part of the file is a warning in [`Parsed::warnings`].
pub fn parse_file(
    rel_path: &str,
    bytes: &[u8],
    format: Format,
    fields: &FieldMapping,
) -> Result<Parsed, ReadError> {
    let (text, mut warnings) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let articles = match format {
        Format::Text => vec![finish(rel_path, None, text::parse(&text), &mut warnings)?],
        Format::Markdown => vec![finish(
            rel_path,
            None,
            markdown::parse(&text)?,
            &mut warnings,
        )?],
        Format::Html => vec![finish(rel_path, None, html::parse(&text), &mut warnings)?],
        Format::Json => json::parse_json(rel_path, &text, fields, &mut warnings)?,
        Format::JsonLines => json::parse_lines(rel_path, &text, fields, &mut warnings)?,
    };
    Ok(Parsed { articles, warnings })
}

/// How much of the start of a file binary detection looks at.
const SNIFF_LEN: usize = 8192;

/// Turns raw bytes into text: rejects binary content, strips a byte order mark, decodes
/// UTF-16 with a BOM, and decodes invalid UTF-8 lossily with a warning.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), ReadError> {
    let mut warnings = Vec::new();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    // UTF-16 text is full of NUL bytes, so it must be recognised before the binary check.
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let text = utf16(rest, u16::from_le_bytes, &mut warnings);
        return Ok((normalize_newlines(text), warnings));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let text = utf16(rest, u16::from_be_bytes, &mut warnings);
        return Ok((normalize_newlines(text), warnings));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let head = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    if memchr::memchr(0, head).is_some() {
        return Err(ReadError::Binary);
    }
    // Text has tabs, newlines and form feeds, and little else below 0x20.
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    if control * 10 > head.len() {
        return Err(ReadError::Binary);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            let t = String::from_utf8_lossy(bytes).into_owned();
            // Mostly undecodable bytes: an image or archive, not text in a legacy encoding.
            let head_text = String::from_utf8_lossy(head);
            let total = head_text.chars().count().max(1);
            let bad = head_text.chars().filter(|&c| c == '\u{FFFD}').count();
            if bad * 3 > total {
                return Err(ReadError::Binary);
            }
            warnings.push("invalid UTF-8, decoded lossily".to_string());
            t
        }
    };
    Ok((normalize_newlines(text), warnings))
}

/// Turns `\r\n` and lone `\r` (old Mac files) into `\n`, so readers see one kind of line.
fn normalize_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Decodes UTF-16 code units (after the BOM), lossily with a warning.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, warnings: &mut Vec<String>) -> String {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    let mut lossy = false;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                lossy = true;
                '\u{FFFD}'
            })
        })
        .collect();
    if lossy || bytes.len() % 2 == 1 {
        warnings.push("invalid UTF-16, decoded lossily".to_string());
    }
    text
}

/// What a reader found in one article before the shared rules (date fallbacks, title
/// fallback, id) are applied by [`finish`].
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Draft {
    /// Headline as found, if any.
    pub title: Option<String>,
    /// Date from metadata, already parsed.
    pub date: Option<NaiveDate>,
    /// A date value that was present but could not be parsed.
    pub bad_date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Body, already normalised by [`normalize_body`].
    pub body: String,
}

impl Draft {
    /// Records a metadata date value: parsed if possible, else kept for the warning.
    pub fn set_date(&mut self, raw: &str) {
        if self.date.is_some() || raw.trim().is_empty() {
            return;
        }
        match dates::parse_date(raw) {
            Some(d) => {
                self.date = Some(d);
                self.bad_date = None;
            }
            None => {
                if self.bad_date.is_none() {
                    self.bad_date = Some(raw.trim().to_string());
                }
            }
        }
    }
}

/// Applies the rules shared by all formats and builds the article: the date falls back to
/// the file name and then to a dateline; the title falls back to `fallback_title` (the
/// file stem); an article without body text is an error.
pub(crate) fn finish(
    rel_path: &str,
    record: Option<(&str, &str)>,
    draft: Draft,
    warnings: &mut Vec<String>,
) -> Result<Article, ReadError> {
    if draft.body.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let date = draft
        .date
        .or_else(|| dates::date_from_file_name(rel_path))
        .or_else(|| {
            let first = draft.body.split("\n\n").next().unwrap_or_default();
            dates::dateline_date(first, dates::year_from_path(rel_path))
        });
    if date.is_none() {
        if let Some(raw) = &draft.bad_date {
            let prefix = record
                .map(|(_, label)| format!("{label}: "))
                .unwrap_or_default();
            warnings.push(format!(
                "{prefix}unparseable date {:?}; indexed as undated",
                one_line(raw)
            ));
        }
    }
    let stem = file_stem(rel_path);
    let title = draft
        .title
        .as_deref()
        .map(one_line)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| match record {
            Some((_, label)) => format!("{stem} ({label})"),
            None => stem,
        });
    let mut authors: Vec<String> = Vec::new();
    for a in draft.authors.iter().map(|a| one_line(a)) {
        if !a.is_empty() && !authors.contains(&a) {
            authors.push(a);
        }
    }
    Ok(Article {
        id: article_id(rel_path, record.map(|(id, _)| id)),
        path: rel_path.to_string(),
        title,
        source: draft
            .source
            .as_deref()
            .map(one_line)
            .filter(|s| !s.is_empty()),
        authors,
        url: draft
            .url
            .as_deref()
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty()),
        date,
        body: draft.body,
    })
}

/// The file name without directories and extension; never empty.
pub fn file_stem(rel_path: &str) -> String {
    let name = rel_path.rsplit(['/', '\\']).next().unwrap_or(rel_path);
    let stem = match name.rfind('.') {
        Some(i) if i > 0 => name.get(..i).unwrap_or(name),
        _ => name,
    };
    if stem.trim().is_empty() {
        "untitled".to_string()
    } else {
        stem.trim().to_string()
    }
}

/// Collapses all whitespace runs (newlines included) to single spaces and trims.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Normalises body text: line endings become `\n`, trailing spaces go, paragraphs are
/// separated by exactly one blank line and trimmed; single newlines inside a paragraph stay.
/// In hard-wrapped text whose paragraphs open with an indented line (wire copy: "\n    The
/// company said..."), each indented line starts a paragraph.
pub fn normalize_body(text: &str) -> String {
    // Paragraphs go straight into one output string: a huge body is copied once.
    let mut out = String::with_capacity(text.len());
    let mut block: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            push_block(&mut out, &block);
            block.clear();
        } else {
            block.push(line);
        }
    }
    push_block(&mut out, &block);
    out
}

/// Appends the paragraphs of one blank-line-delimited block to `out`.
fn push_block(out: &mut String, block: &[&str]) {
    let indented = |l: &&str| l.starts_with("  ") || l.starts_with('\t');
    // Only a block that mixes flush and indented lines uses indentation for paragraphs;
    // a wholly indented block is one indented paragraph.
    let split_on_indent = block.iter().skip(1).any(indented) && block.iter().any(|l| !indented(l));
    let mut start = 0;
    for i in 0..=block.len() {
        let boundary = i == block.len()
            || (split_on_indent && i > start && block.get(i).is_some_and(indented));
        if !boundary {
            continue;
        }
        let lines = block.get(start..i).unwrap_or_default();
        start = i;
        let mut first = true;
        for line in lines {
            // Trimming the paragraph: the first line loses its indent; inner lines stay.
            let line = if first { line.trim_start() } else { line };
            if first {
                if line.is_empty() {
                    continue;
                }
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                first = false;
            } else {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
}

/// Splits a byline into names: "By Jane Doe and John Roe", "Jane Doe; John Roe",
/// "Jane Doe, John Roe & Ann Poe".
pub fn split_authors(byline: &str) -> Vec<String> {
    let line = one_line(byline);
    let line = strip_prefix_ci(&line, "by ").unwrap_or(&line);
    line.split([',', ';', '&'])
        .flat_map(|part| part.split(" and "))
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

/// `text` without an ASCII prefix matched case-insensitively.
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::JsonLines,
        Format::Html,
    ];

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(
            Format::from_path(Path::new("b.markdown")),
            Some(Format::Markdown)
        );
        assert_eq!(
            Format::from_path(Path::new("b.ndjson")),
            Some(Format::JsonLines)
        );
        assert_eq!(Format::from_path(Path::new("b.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("b.pdf")), None);
        assert_eq!(Format::from_path(Path::new("README")), None);
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(b"\0\0\0x"), Err(ReadError::Binary));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(ReadError::Binary));
        assert_eq!(
            decode(b"\xff\xd8\xff\xe0\x90\x80\x81\x82"),
            Err(ReadError::Binary)
        );
        assert_eq!(decode(b"  \n"), Err(ReadError::Empty));
        let (t, w) = decode(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!((t.as_str(), w.len()), ("hello", 0));
        // UTF-16 with a BOM is text, NUL bytes notwithstanding.
        let (t, w) = decode(b"\xFF\xFEh\0i\0").unwrap();
        assert_eq!((t.as_str(), w.len()), ("hi", 0));
        let (t, _) = decode(b"a\rb\r\nc").unwrap();
        assert_eq!(t, "a\nb\nc");
        let (t, w) = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(t, "caf\u{FFFD} au lait");
        assert_eq!(w, vec!["invalid UTF-8, decoded lossily"]);
    }

    #[test]
    fn body_normalisation() {
        assert_eq!(
            normalize_body("\n  One\r\n two  \n\n\n\t\nThree\n \n"),
            "One\n two\n\nThree"
        );
        assert_eq!(normalize_body(" \n "), "");
        // Wire copy: indented first lines open paragraphs.
        assert_eq!(
            normalize_body("Showers continued in\nthe zone.\n    The dry period\nmeans less.\n    Arrivals rose."),
            "Showers continued in\nthe zone.\n\nThe dry period\nmeans less.\n\nArrivals rose."
        );
        // A wholly indented block stays one paragraph.
        assert_eq!(normalize_body("  one\n  two"), "one\n  two");
    }

    #[test]
    fn bylines() {
        assert_eq!(
            split_authors("By Ann Lee, Bo Chan and Cy Dee; Di Eve & Ed Fay"),
            vec!["Ann Lee", "Bo Chan", "Cy Dee", "Di Eve", "Ed Fay"]
        );
        assert_eq!(split_authors("  "), Vec::<String>::new());
    }

    #[test]
    fn stems() {
        assert_eq!(file_stem("a/b/2025-11-14-port.txt"), "2025-11-14-port");
        assert_eq!(file_stem(".hidden"), ".hidden");
        assert_eq!(file_stem("dir/"), "untitled");
    }

    #[test]
    fn every_article_has_a_title_and_body() {
        let f = FieldMapping::default();
        for format in ALL {
            let input: &[u8] = match format {
                Format::Json => br#"{"text": "Hello there."}"#,
                Format::JsonLines => b"{\"text\": \"Hello there.\"}",
                Format::Html => b"<html><body><p>Hello there.</p></body></html>",
                _ => b"Hello there.",
            };
            let p = parse_file("dir/x.y", input, format, &f).unwrap();
            assert_eq!(p.articles.len(), 1, "{format:?}");
            assert!(!p.articles[0].title.is_empty(), "{format:?}");
            assert_eq!(p.articles[0].body, "Hello there.", "{format:?}");
            assert_eq!(p.articles[0].path, "dir/x.y");
        }
    }

    proptest! {
        // Five readers per case; fewer cases keep `cargo test` quick.
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let f = FieldMapping::default();
            for format in ALL {
                if let Ok(p) = parse_file("p/2025-11-14-x.txt", &bytes, format, &f) {
                    for a in p.articles {
                        prop_assert!(!a.title.is_empty());
                        prop_assert!(!a.body.contains("\n\n\n"));
                        prop_assert_eq!(a.body.trim(), a.body.as_str());
                    }
                }
            }
        }

        #[test]
        fn never_panics_on_text(text in "[ -~\n\t\u{a0}\u{2014}\u{feff}]{0,400}") {
            let f = FieldMapping::default();
            for format in ALL {
                let _ = parse_file("x.md", text.as_bytes(), format, &f);
            }
        }

        #[test]
        fn never_panics_on_markupish_text(
            text in proptest::collection::vec(
                prop_oneof![
                    Just("---\n"), Just("+++\n"), Just("# "), Just("["), Just("]"), Just("("),
                    Just(")"), Just("!"), Just("*"), Just("_"), Just("`"), Just("> "), Just("<p>"),
                    Just("</p>"), Just("<article>"), Just("{"), Just("}"), Just("\""), Just(":"),
                    Just("\n"), Just("\n\n"), Just("word "), Just("Title: "), Just("é"),
                    Just("\\"), Just("<"), Just(">"), Just("<script>"), Just("1. "), Just("- "),
                ],
                0..80,
            )
        ) {
            let text: String = text.concat();
            let f = FieldMapping::default();
            for format in ALL {
                let _ = parse_file("x", text.as_bytes(), format, &f);
            }
        }
    }
}
