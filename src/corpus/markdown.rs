//! Markdown: YAML (`---`) or TOML (`+++`) front matter, then a body stripped of the
//! Markdown syntax that would otherwise end up in sentences.

use yaml_rust2::{Yaml, YamlLoader};

use super::{normalize_body, one_line, split_authors, Draft, ReadError};

/// Parses a Markdown article.
pub(crate) fn parse(text: &str) -> Result<Draft, ReadError> {
    let (mut draft, body) = front_matter(text)?;
    let mut lines: Vec<&str> = body.lines().collect();
    // A leading `# Title` is the title when the front matter has none, and a duplicate of
    // the front matter title is dropped rather than indexed as a sentence.
    if let Some(i) = lines.iter().position(|l| !l.trim().is_empty()) {
        if let Some(heading) = lines.get(i).and_then(|l| h1_text(l)) {
            let heading = one_line(&strip_inline(&heading));
            match &draft.title {
                None => {
                    draft.title = Some(heading);
                    lines.remove(i);
                }
                Some(t) if t.trim().eq_ignore_ascii_case(&heading) => {
                    lines.remove(i);
                }
                Some(_) => {}
            }
        }
    }
    draft.body = strip_markdown(&lines);
    Ok(draft)
}

/// The text of a level-one ATX heading line (`# Title`, `# Title #`).
fn h1_text(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix('#')?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim().to_string())
}

/// Splits off and reads front matter; returns the metadata found and the rest of the text.
fn front_matter(text: &str) -> Result<(Draft, &str), ReadError> {
    // Blank lines before the opening fence are tolerated.
    let lead = text.len() - text.trim_start().len();
    let lead = text
        .get(..lead)
        .and_then(|l| l.rfind('\n'))
        .map_or(0, |i| i + 1);
    let text = text.get(lead..).unwrap_or(text);
    let first_end = text.find('\n').unwrap_or(text.len());
    let first = text.get(..first_end).unwrap_or_default().trim_end();
    let fence = match first {
        "---" => "---",
        "+++" => "+++",
        _ => return Ok((Draft::default(), text)),
    };
    let kind = if fence == "---" { "YAML" } else { "TOML" };
    let after = text.get(first_end + 1..).unwrap_or_default();
    // Find the closing fence line (YAML also allows `...`).
    let mut offset = 0;
    let mut closing = None;
    for line in after.split_inclusive('\n') {
        let l = line.trim_end();
        if l == fence || (fence == "---" && l == "...") {
            closing = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let (meta_end, body_start) = closing.ok_or_else(|| {
        ReadError::Malformed(format!(
            "invalid {kind} front matter: no closing {fence} line"
        ))
    })?;
    let meta = after.get(..meta_end).unwrap_or_default();
    let body = after.get(body_start..).unwrap_or_default();
    let fields = if fence == "---" {
        yaml_fields(meta)?
    } else {
        toml_fields(meta)?
    };
    Ok((draft_from(fields), body))
}

/// A front matter value reduced to what articles need.
enum Meta {
    Text(String),
    List(Vec<String>),
}

/// Top-level front matter keys (lowercased) with string or list values.
fn yaml_fields(meta: &str) -> Result<Vec<(String, Meta)>, ReadError> {
    let bad = |reason: String| {
        ReadError::Malformed(format!("invalid YAML front matter: {}", one_line(&reason)))
    };
    let docs = YamlLoader::load_from_str(meta).map_err(|e| bad(e.to_string()))?;
    let hash = match docs.first() {
        None | Some(Yaml::Null) => return Ok(Vec::new()),
        Some(Yaml::Hash(h)) => h,
        Some(_) => return Err(bad("not a mapping of keys to values".to_string())),
    };
    let scalar = |y: &Yaml| match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    Ok(hash
        .iter()
        .filter_map(|(k, v)| {
            let key = scalar(k)?.to_ascii_lowercase();
            let value = match v {
                Yaml::Array(items) => Meta::List(items.iter().filter_map(scalar).collect()),
                // `author: {name: Ann Lee}`
                Yaml::Hash(h) => Meta::Text(
                    h.get(&Yaml::String("name".to_string()))
                        .and_then(scalar)
                        .unwrap_or_default(),
                ),
                other => Meta::Text(scalar(other)?),
            };
            Some((key, value))
        })
        .collect())
}

/// Top-level TOML front matter keys (lowercased); datetimes arrive as their text.
fn toml_fields(meta: &str) -> Result<Vec<(String, Meta)>, ReadError> {
    let table: toml::Table = toml::from_str(meta).map_err(|e| {
        ReadError::Malformed(format!(
            "invalid TOML front matter: {}",
            one_line(e.message())
        ))
    })?;
    let scalar = |v: &toml::Value| match v {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    Ok(table
        .iter()
        .filter_map(|(k, v)| {
            let value = match v {
                toml::Value::Array(items) => Meta::List(items.iter().filter_map(scalar).collect()),
                toml::Value::Table(t) => {
                    Meta::Text(t.get("name").and_then(scalar).unwrap_or_default())
                }
                other => Meta::Text(scalar(other)?),
            };
            Some((k.to_ascii_lowercase(), value))
        })
        .collect())
}

/// Fills article metadata from front matter keys; the first key of each kind wins.
fn draft_from(fields: Vec<(String, Meta)>) -> Draft {
    let mut draft = Draft::default();
    let first_text = |m: &Meta| match m {
        Meta::Text(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Meta::List(l) => l
            .iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .map(String::from),
    };
    for (key, value) in &fields {
        match key.as_str() {
            "title" | "headline" if draft.title.is_none() => draft.title = first_text(value),
            "date" | "published" | "published_at" | "pubdate" | "date_publish"
            | "datepublished" => {
                if let Some(d) = first_text(value) {
                    draft.set_date(&d);
                }
            }
            "source" | "publisher" | "outlet" if draft.source.is_none() => {
                draft.source = first_text(value)
            }
            "author" | "authors" | "byline" if draft.authors.is_empty() => {
                draft.authors = match value {
                    Meta::Text(s) => split_authors(s),
                    Meta::List(l) => l.iter().map(|s| one_line(s)).collect(),
                }
            }
            "url" | "link" | "canonical" | "canonical_url" if draft.url.is_none() => {
                draft.url = first_text(value)
            }
            _ => {}
        }
    }
    draft
}

/// Strips block and inline Markdown syntax, keeping the words; returns a normalised body.
fn strip_markdown(lines: &[&str]) -> String {
    // Lines go into one string, with empty lines as paragraph breaks.
    let mut out = String::new();
    let push = |out: &mut String, line: &str| {
        out.push_str(line);
        out.push('\n');
    };
    let mut fence: Option<&str> = None;
    let mut in_comment = false;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        // Code is not prose: fenced blocks are dropped.
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(if trimmed.starts_with("```") {
                "```"
            } else {
                "~~~"
            });
            push(&mut out, "");
            continue;
        }
        if in_comment || trimmed.starts_with("<!--") {
            in_comment = !trimmed.contains("-->");
            continue;
        }
        // Setext underlines and horizontal rules end a paragraph.
        if is_rule(trimmed) {
            push(&mut out, "");
            continue;
        }
        // Reference link definitions: `[1]: https://...`.
        if trimmed.starts_with('[') && trimmed.contains("]:") && !trimmed.contains("](") {
            continue;
        }
        // Table separator rows.
        if trimmed.contains('|')
            && trimmed.contains('-')
            && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        {
            continue;
        }
        // Blockquote markers, possibly nested.
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        if let Some(heading) = atx_heading(content) {
            // A heading is a paragraph of its own.
            push(&mut out, "");
            push(&mut out, &strip_inline(&heading));
            push(&mut out, "");
            continue;
        }
        if let Some(item) = list_item(content) {
            // Each list item starts a paragraph, so items do not run into one sentence.
            push(&mut out, "");
            push(&mut out, &strip_inline(item));
            continue;
        }
        // A line followed by a setext underline is a heading: its own paragraph too.
        let next_is_underline = lines
            .get(i + 1)
            .is_some_and(|n| is_setext_underline(n.trim()) && !content.is_empty());
        if next_is_underline {
            push(&mut out, "");
        }
        push(&mut out, &strip_inline(content));
    }
    normalize_body(&out)
}

/// `---`, `***`, `___` (three or more, spaces allowed) or a setext `===` underline.
fn is_rule(t: &str) -> bool {
    let chars: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    chars.len() >= 3
        && ["-", "*", "_", "="]
            .iter()
            .any(|m| chars.chars().all(|c| c.to_string() == *m))
}

/// A setext heading underline: `===` or `---`.
fn is_setext_underline(t: &str) -> bool {
    !t.is_empty() && (t.chars().all(|c| c == '=') || (t.len() >= 2 && t.chars().all(|c| c == '-')))
}

/// The text of an ATX heading (`## Subhead`), without the markers.
fn atx_heading(line: &str) -> Option<String> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = line.get(hashes..)?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim().to_string())
}

/// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), without the bullet.
fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    // Up to three digits: "2025. A year of change" is prose, not item 2025.
    if (1..=3).contains(&digits) {
        let rest = line.get(digits..)?;
        for marker in [". ", ") "] {
            if let Some(item) = rest.strip_prefix(marker) {
                return Some(item.trim_start());
            }
        }
    }
    None
}

/// Strips inline syntax: images go, links keep their text, emphasis and code markers go,
/// backslash escapes become the plain character.
pub(crate) fn strip_inline(line: &str) -> String {
    strip_inline_nested(line, 0)
}

/// [`strip_inline`] for link text nested `depth` links deep; deeper than a few levels the
/// text is kept as written rather than recursing without bound.
fn strip_inline_nested(line: &str, depth: usize) -> String {
    if depth > 4 {
        return line.to_string();
    }
    let chars: Vec<char> = line.chars().collect();
    let pairs = bracket_pairs(&chars);
    let at = |i: usize| chars.get(i).copied();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(c) = at(i) {
        match c {
            '\\' if at(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(at(i + 1));
                i += 2;
            }
            '!' if at(i + 1) == Some('[') => match link_end(&chars, &pairs, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link_end(&chars, &pairs, i) {
                Some((text_end, end)) => {
                    let text: String = chars
                        .get(i + 1..text_end)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    out.push_str(&strip_inline_nested(&text, depth + 1));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '`' => i += 1,
            '*' | '_' | '~' => {
                let run = chars
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&x| x == c)
                    .count();
                let before = i.checked_sub(1).and_then(at);
                let after = at(i + run);
                let space_before = before.is_none_or(char::is_whitespace);
                let space_after = after.is_none_or(char::is_whitespace);
                let word_before = before.is_some_and(char::is_alphanumeric);
                let word_after = after.is_some_and(char::is_alphanumeric);
                let digits_around = before.is_some_and(|b| b.is_ascii_digit())
                    && after.is_some_and(|a| a.is_ascii_digit());
                let keep = (space_before && space_after)
                    || (c == '_' && word_before && word_after)
                    || (c == '*' && run == 1 && digits_around)
                    || (c == '~' && run == 1);
                if keep {
                    chars
                        .get(i..i + run)
                        .into_iter()
                        .flatten()
                        .for_each(|&x| out.push(x));
                }
                i += run;
            }
            '<' => {
                // Autolinks `<https://...>` keep the address; other tags stay as written.
                // Autolinks are short; a bounded look-ahead keeps lines of `<` linear.
                let close = chars
                    .get(i..)
                    .and_then(|r| r.iter().take(500).position(|&x| x == '>'));
                let inner: String = close
                    .and_then(|e| chars.get(i + 1..i + e))
                    .unwrap_or_default()
                    .iter()
                    .collect();
                match close {
                    Some(e) if inner.starts_with("http") && !inner.contains(' ') => {
                        out.push_str(&inner);
                        i += e + 1;
                    }
                    _ => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Removed images and markers leave double spaces behind.
    let mut collapsed = String::with_capacity(out.len());
    for c in out.chars() {
        if c == ' ' && collapsed.ends_with(' ') {
            continue;
        }
        collapsed.push(c);
    }
    collapsed
}

/// For each `[` and `(`, the index of its matching `]` or `)`, found with one stack pass
/// (so a line of unmatched brackets costs linear time, not quadratic).
fn bracket_pairs(chars: &[char]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; chars.len()];
    let mut squares = Vec::new();
    let mut rounds = Vec::new();
    for (j, &c) in chars.iter().enumerate() {
        match c {
            '[' => squares.push(j),
            '(' => rounds.push(j),
            ']' => {
                if let Some(slot) = squares.pop().and_then(|o| pairs.get_mut(o)) {
                    *slot = Some(j);
                }
            }
            ')' => {
                if let Some(slot) = rounds.pop().and_then(|o| pairs.get_mut(o)) {
                    *slot = Some(j);
                }
            }
            _ => {}
        }
    }
    pairs
}

/// For `[text](url)` or `[text][ref]` starting at `open` (the `[`), the index of the
/// closing `]` and of the first character after the whole link.
fn link_end(chars: &[char], pairs: &[Option<usize>], open: usize) -> Option<(usize, usize)> {
    let close = (*pairs.get(open)?)?;
    if !matches!(chars.get(close + 1), Some('(' | '[')) {
        return None;
    }
    let end = (*pairs.get(close + 1)?)?;
    Some((close, end + 1))
}

#[cfg(test)]
mod tests {
    use super::strip_inline;
    use crate::config::FieldMapping;
    use crate::corpus::{parse_file, Format, Parsed, ReadError};
    use chrono::NaiveDate;

    fn read(path: &str, text: &str) -> Result<Parsed, ReadError> {
        parse_file(
            path,
            text.as_bytes(),
            Format::Markdown,
            &FieldMapping::default(),
        )
    }

    #[test]
    fn yaml_front_matter() {
        let p = read(
            "post.md",
            "---\ntitle: \"Port reopens\"\ndate: 2025-11-14\nsource: Harbour Wire\nauthors:\n  - Ann Lee\n  - Bo Chan\nurl: https://example.org/x\ntags: [a, b]\n---\n\nThe port *reopened* on Friday.\n",
        )
        .unwrap();
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 11, 14));
        assert_eq!(a.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.body, "The port reopened on Friday.");
    }

    #[test]
    fn toml_front_matter() {
        let p = read(
            "post.md",
            "\n\n+++\ntitle = \"Port reopens\"\npublished = 2025-11-14T23:30:00-05:00\nauthor = \"Ann Lee\"\n+++\nBody text.\n",
        )
        .unwrap();
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 11, 14));
        assert_eq!(a.authors, vec!["Ann Lee"]);
        assert_eq!(a.body, "Body text.");
    }

    #[test]
    fn malformed_front_matter() {
        let e = read("p.md", "---\ntitle: [unclosed\n---\nBody.").unwrap_err();
        assert!(
            matches!(&e, ReadError::Malformed(m) if m.starts_with("invalid YAML front matter: ") && !m.contains('\n')),
            "{e:?}"
        );
        let e = read("p.md", "---\ntitle: x\nBody without end.").unwrap_err();
        assert!(matches!(&e, ReadError::Malformed(m) if m.contains("no closing")));
        let e = read("p.md", "---\n- a list\n---\nBody.").unwrap_err();
        assert!(matches!(&e, ReadError::Malformed(m) if m.contains("not a mapping")));
        let e = read("p.md", "+++\ntitle = \n+++\nBody.").unwrap_err();
        assert!(
            matches!(&e, ReadError::Malformed(m) if m.starts_with("invalid TOML front matter: ")),
            "{e:?}"
        );
    }

    #[test]
    fn heading_title_without_front_matter() {
        let p = read(
            "p.md",
            "# The *Port* Reopens\n\nIntro para.\n## Subhead\nMore text.\n",
        )
        .unwrap();
        let a = &p.articles[0];
        assert_eq!(a.title, "The Port Reopens");
        assert_eq!(a.body, "Intro para.\n\nSubhead\n\nMore text.");
        // With a front matter title, a duplicate leading heading is dropped.
        let p = read("p.md", "---\ntitle: Port\n---\n# Port\n\nText.").unwrap();
        assert_eq!(p.articles[0].body, "Text.");
        assert_eq!(p.articles[0].title, "Port");
    }

    #[test]
    fn strips_markdown_syntax() {
        let text = "Intro with [a link](https://x.org \"t\") and ![a photo](p.jpg) here.\n\n> \"We will rebuild,\" the **mayor** said.\n> > Nested _quote_ here.\n\n- first item\n* second __bold__ item\n1. third item\n\n```\ncode();\n```\n\nSetext\n======\n\n---\n\nKeep snake_case and 2 * 3 and 2*3 and \\*stars\\*, `code` too, <https://x.org>.\n\n[1]: https://example.org\n";
        let p = read("p.md", text).unwrap();
        assert_eq!(
            p.articles[0].body,
            "Intro with a link and here.\n\n\"We will rebuild,\" the mayor said.\nNested quote here.\n\nfirst item\n\nsecond bold item\n\nthird item\n\nSetext\n\nKeep snake_case and 2 * 3 and 2*3 and *stars*, code too, https://x.org."
        );
        assert_eq!(p.articles[0].title, "p");
    }

    #[test]
    fn inline_edge_cases() {
        assert_eq!(strip_inline("[unclosed link"), "[unclosed link");
        assert_eq!(strip_inline("[ref link][1] ok"), "ref link ok");
        assert_eq!(strip_inline("~~gone~~ ~one"), "gone ~one");
        assert_eq!(strip_inline("a < b and c > d"), "a < b and c > d");
        assert_eq!(strip_inline("\\"), "\\");
        assert_eq!(strip_inline("[a [b](c) d](e)"), "a b d");
        let deep = format!("{}x{}", "[".repeat(50), "](u)".repeat(50));
        assert!(strip_inline(&deep).contains('x'));
        let angles = "<".repeat(20000);
        assert_eq!(strip_inline(&angles), angles);
    }

    #[test]
    fn front_matter_date_falls_back() {
        let p = read("2025-11-14-p.md", "---\ndate: soon\n---\nText.").unwrap();
        assert_eq!(p.articles[0].date, NaiveDate::from_ymd_opt(2025, 11, 14));
        assert!(p.warnings.is_empty());
        let p = read("p.md", "---\ndate: soon\n---\nText.").unwrap();
        assert_eq!(
            p.warnings,
            vec!["unparseable date \"soon\"; indexed as undated"]
        );
    }
}
