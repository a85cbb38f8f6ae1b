//! Plain text: an optional `Key: value` header block, else the first line is the title.

use super::{normalize_body, split_authors, Draft};

/// A header key this reader knows, by what it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Title,
    Date,
    Source,
    Authors,
    Url,
}

/// The known header keys, case-insensitively.
fn known_key(key: &str) -> Option<Key> {
    Some(match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => Key::Title,
        "date" | "published" | "pubdate" => Key::Date,
        "source" | "publisher" | "publication" => Key::Source,
        "author" | "authors" | "by" | "byline" => Key::Authors,
        "url" | "link" => Key::Url,
        _ => return None,
    })
}

/// Splits a `Key: value` line if its key looks like a header key (one to three short
/// words), whether or not this reader knows it ("Section: World" is still a header line).
fn key_line(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let words = key.split_whitespace().count();
    let keyish = (1..=3).contains(&words)
        && key.len() <= 30
        && !key.starts_with(char::is_whitespace)
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'));
    keyish.then_some((key, value.trim()))
}

/// How many lines at the top of a file the title and header rules look at; a header block
/// longer than this is not a header.
const HEAD_LINES: usize = 64;

/// Parses a plain text article.
pub(crate) fn parse(text: &str) -> Draft {
    // The first lines with their byte offsets, from the first non-blank one; the body is
    // then a slice of `text`, so a 100 MB file is not copied line by line.
    let mut head: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        if !(head.is_empty() && line.trim().is_empty()) {
            head.push((offset, line));
        }
        offset += raw.len();
        if head.len() >= HEAD_LINES {
            break;
        }
    }
    let from_line = |i: usize| -> &str {
        head.get(i)
            .and_then(|(o, _)| text.get(*o..))
            .unwrap_or_default()
    };
    let lines: Vec<&str> = head.iter().map(|(_, l)| *l).collect();
    if let Some(draft) = parse_with_header(&lines, from_line) {
        return draft;
    }
    let mut draft = Draft::default();
    // The first line is the title only when a blank line sets it apart from the body;
    // otherwise it is the start of a (hard-wrapped) paragraph.
    match lines.as_slice() {
        [first, second, ..] if second.trim().is_empty() && looks_like_title(first) => {
            let body = normalize_body(from_line(2));
            if body.is_empty() {
                draft.body = normalize_body(first);
            } else {
                draft.title = Some(first.trim().to_string());
                draft.body = body;
            }
        }
        // A headline with its deck: "Trump turns attacks on another Clinton;\nOnetime
        // friend Bill now fair game.\n\n...". The deck stays in the body.
        [first, deck, blank, ..]
            if blank.trim().is_empty()
                && first.trim_end().ends_with([';', ':'])
                && !deck.trim_start().starts_with(char::is_lowercase)
                && deck.chars().count() <= 300
                && looks_like_title(first)
                && !from_line(3).trim().is_empty() =>
        {
            let headline = first.trim().trim_end_matches([';', ':']).trim_end();
            draft.title = Some(headline.to_string());
            draft.body = normalize_body(from_line(1));
        }
        _ => draft.body = normalize_body(from_line(0)),
    }
    draft
}

/// Whether a line set apart by a blank line reads as a headline rather than a lead
/// paragraph written on one line (unwrapped text files): not too long, and not a
/// dateline ("LONDON, Nov 14 (Wire) - ...").
fn looks_like_title(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let too_long = line.chars().count() > 220 || words > 25;
    !(line.is_empty() || too_long || starts_with_dateline(line))
}

/// Whether a line opens with a wire dateline: an upper-case place name, then a dash
/// within the first ~120 characters ("LONDON, Nov 14 (Wire) - ", "PARIS - ").
fn starts_with_dateline(line: &str) -> bool {
    let place: String = line
        .chars()
        .take_while(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\''))
        .collect();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 {
        return false;
    }
    // The place name must end there, not run on as an all-caps headline.
    let rest = line.get(place.len()..).unwrap_or_default();
    if !rest.starts_with([',', '(', '-', '\u{2013}', '\u{2014}']) && !place.ends_with(' ') {
        return false;
    }
    let head: String = line.chars().take(120).collect();
    [" - ", " \u{2013} ", " \u{2014} ", " -- "]
        .iter()
        .any(|d| head.contains(d))
}

/// The header block and the body after it, if the file starts with one: the first line is
/// a known `Key: value`, every line up to the first blank line is a key line, and some
/// body text follows. Otherwise a "Source: officials said..." first line is just prose.
fn parse_with_header<'a>(lines: &[&str], from_line: impl Fn(usize) -> &'a str) -> Option<Draft> {
    let first = lines.first()?;
    let (key, _) = key_line(first)?;
    known_key(key)?;
    // The block must end with a blank line among the lines looked at.
    let end = lines.iter().position(|l| l.trim().is_empty())?;
    let header = lines.get(..end)?;
    let mut pairs = Vec::new();
    for line in header {
        pairs.push(key_line(line)?);
    }
    // A lone key line is a header only when its value fits the key: a headline such as
    // "Sources: minister to resign" or "Source: talks collapse" is not a header.
    if let [(key, value)] = pairs.as_slice() {
        let fits = match known_key(key) {
            Some(Key::Title) => true,
            Some(Key::Date) => crate::dates::parse_date(value).is_some(),
            Some(Key::Url) => value.starts_with("http"),
            _ => false,
        };
        if !fits {
            return None;
        }
    }
    let body = normalize_body(from_line(end));
    if body.is_empty() {
        return None;
    }
    let mut draft = Draft {
        body,
        ..Draft::default()
    };
    for (key, value) in pairs {
        if value.is_empty() {
            continue;
        }
        match known_key(key) {
            Some(Key::Title) if draft.title.is_none() => draft.title = Some(value.to_string()),
            Some(Key::Date) => draft.set_date(value),
            Some(Key::Source) if draft.source.is_none() => draft.source = Some(value.to_string()),
            Some(Key::Authors) => draft.authors.extend(split_authors(value)),
            Some(Key::Url) if draft.url.is_none() => draft.url = Some(value.to_string()),
            _ => {}
        }
    }
    Some(draft)
}

#[cfg(test)]
mod tests {
    use crate::config::FieldMapping;
    use crate::corpus::{parse_file, Format, ReadError};
    use chrono::NaiveDate;

    fn read(path: &str, text: &str) -> crate::corpus::Parsed {
        parse_file(
            path,
            text.as_bytes(),
            Format::Text,
            &FieldMapping::default(),
        )
        .unwrap()
    }

    #[test]
    fn header_block() {
        let p = read(
            "a/story.txt",
            "Title: Port reopens\nDATE: 2025-11-14\nsource: Harbour Wire\nBy: Ann Lee and Bo Chan\nURL: https://example.org/x\nSection: Local\n\nFirst para\nwrapped here.\n\n\n  Second para.  \n",
        );
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 11, 14));
        assert_eq!(a.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.body, "First para\nwrapped here.\n\nSecond para.");
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn no_header_first_line_is_title() {
        let p = read(
            "story.txt",
            "\n\nPort reopens\n\nThe port reopened.\r\n\r\nMore.\r\n",
        );
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens");
        assert_eq!(a.body, "The port reopened.\n\nMore.");
        assert_eq!(a.date, None);
    }

    #[test]
    fn first_line_without_blank_is_body() {
        let p = read("my-story.txt", "The port reopened\non Friday.\n\nMore.");
        let a = &p.articles[0];
        assert_eq!(a.title, "my-story");
        assert_eq!(a.body, "The port reopened\non Friday.\n\nMore.");
    }

    #[test]
    fn title_looking_prose_is_not_a_header() {
        // A known key, but the block goes on with prose: not a header.
        let p = read(
            "x.txt",
            "Source: officials say the plan will fail,\nand the minister would not comment.\n\nMore text.",
        );
        let a = &p.articles[0];
        assert_eq!(a.source, None);
        assert_eq!(a.title, "x");
        assert!(a.body.starts_with("Source: officials say"));
        // An unknown key first: not a header either.
        let p = read("y.txt", "Note: this is prose\n\nBody.");
        assert_eq!(p.articles[0].title, "Note: this is prose");
        // A lone "Source:" line reads as a headline, not a header.
        let p = read("s.txt", "Source: talks to collapse within days\n\nBody.");
        assert_eq!(p.articles[0].title, "Source: talks to collapse within days");
        assert_eq!(p.articles[0].source, None);
        let p = read("s.txt", "Date: 2025-11-14\n\nBody.");
        assert_eq!(p.articles[0].title, "s");
        assert_eq!(p.articles[0].body, "Body.");
        // A known key with nothing after it is the whole text, not a header.
        let p = read("z.txt", "Title: a story in one line");
        assert_eq!(p.articles[0].body, "Title: a story in one line");
    }

    #[test]
    fn dates_fall_back_to_file_name_then_dateline() {
        let p = read("2025-11-14-port.txt", "Port\n\nText.");
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2025, 11, 14));
        let p = read(
            "2024/port.txt",
            "Port\n\nPORTVALE, Nov. 14 (Harbour Wire) \u{2013} The port said.",
        );
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2024, 11, 14));
        // Header date wins over the file name.
        let p = read("2025-11-14-port.txt", "Date: 2025-11-10\n\nText.");
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2025, 11, 10));
    }

    #[test]
    fn unparseable_date_warns_only_without_fallback() {
        let p = read("port.txt", "Title: Port\nDate: yesterday\n\nText.");
        assert_eq!(p.articles[0].date, None);
        assert_eq!(
            p.warnings,
            vec!["unparseable date \"yesterday\"; indexed as undated"]
        );
        let p = read(
            "2025-11-14-port.txt",
            "Title: Port\nDate: yesterday\n\nText.",
        );
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2025, 11, 14));
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn encoding_and_emptiness() {
        let f = FieldMapping::default();
        let p = parse_file("a.txt", b"Title\n\nCaf\xe9 open.", Format::Text, &f).unwrap();
        assert_eq!(p.warnings, vec!["invalid UTF-8, decoded lossily"]);
        assert_eq!(p.articles[0].body, "Caf\u{FFFD} open.");
        let p = parse_file("a.txt", b"\xEF\xBB\xBFTitle\n\nBody.", Format::Text, &f).unwrap();
        assert_eq!(p.articles[0].title, "Title");
        assert_eq!(
            parse_file("a.txt", b"ab\0cd", Format::Text, &f).unwrap_err(),
            ReadError::Binary
        );
        assert_eq!(
            parse_file("a.txt", b"\x01\x02\x03\x04abc", Format::Text, &f).unwrap_err(),
            ReadError::Binary
        );
        assert_eq!(
            parse_file("a.txt", b"", Format::Text, &f).unwrap_err(),
            ReadError::Empty
        );
        assert_eq!(
            parse_file("a.txt", b" \n\t\n ", Format::Text, &f).unwrap_err(),
            ReadError::Empty
        );
        assert_eq!(
            parse_file("a.txt", b"\xEF\xBB\xBF \n", Format::Text, &f).unwrap_err(),
            ReadError::Empty
        );
    }

    #[test]
    fn one_line_lead_paragraph_is_not_a_title() {
        let lead = "LONDON, Nov 14 (Wire) - The minister said on Friday that the port would reopen next week, after repairs.";
        let p = read("lead.txt", &format!("{lead}\n\nSecond paragraph."));
        assert_eq!(p.articles[0].title, "lead");
        assert!(p.articles[0].body.starts_with("LONDON, Nov 14"));
    }

    #[test]
    fn headline_forms() {
        // A long headline with a full stop is still a headline.
        let h = "Mike Pence Calls for Special Prosecutor after Report Reveals Meetings with Foundation Donors.";
        let p = read("h.txt", &format!("{h}\n\nBody."));
        assert_eq!(p.articles[0].title, h);
        // Headline and deck.
        let p = read(
            "d.txt",
            "Trump turns attacks on another Clinton;\nOnetime friend now fair game.\n\nThe body.",
        );
        assert_eq!(
            p.articles[0].title,
            "Trump turns attacks on another Clinton"
        );
        assert_eq!(
            p.articles[0].body,
            "Onetime friend now fair game.\n\nThe body."
        );
        // A short dateline paragraph is not a headline.
        let p = read("w.txt", "PARIS - Talks resumed on Monday.\n\nMore.");
        assert_eq!(p.articles[0].title, "w");
        // An all-caps headline is.
        let p = read("c.txt", "BAHIA COCOA REVIEW\n\nShowers continued.");
        assert_eq!(p.articles[0].title, "BAHIA COCOA REVIEW");
    }

    #[test]
    fn single_line_file() {
        let p = read("note.txt", "Just one line.");
        assert_eq!(p.articles[0].title, "note");
        assert_eq!(p.articles[0].body, "Just one line.");
    }
}
