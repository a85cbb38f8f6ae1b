//! JSON (one object, or an array of objects) and JSON Lines (one object per line).

use std::collections::HashSet;

use chrono::DateTime;
use serde_json::{Map, Value};

use super::{finish, normalize_body, split_authors, Draft, ReadError};
use crate::article::Article;
use crate::config::FieldMapping;

/// Parses a `.json` file: one article object, or an array of them.
pub(crate) fn parse_json(
    rel_path: &str,
    text: &str,
    fields: &FieldMapping,
    warnings: &mut Vec<String>,
) -> Result<Vec<Article>, ReadError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ReadError::Malformed(format!("not valid JSON: {e}")))?;
    match value {
        Value::Object(map) => {
            let draft = draft(&map, fields).map_err(ReadError::Malformed)?;
            Ok(vec![finish(rel_path, None, draft, warnings)?])
        }
        Value::Array(items) => {
            let records = items
                .into_iter()
                .enumerate()
                .map(|(i, item)| (format!("record {}", i + 1), Ok(item)));
            collect_records(rel_path, records, fields, warnings, "record")
        }
        _ => Err(ReadError::Malformed(
            "JSON is neither an object nor an array of objects".to_string(),
        )),
    }
}

/// Parses a `.jsonl`/`.ndjson` file: each non-empty line is a record; a bad line is a
/// warning and the others are still read.
pub(crate) fn parse_lines(
    rel_path: &str,
    text: &str,
    fields: &FieldMapping,
    warnings: &mut Vec<String>,
) -> Result<Vec<Article>, ReadError> {
    let records = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let value =
                serde_json::from_str::<Value>(line).map_err(|e| format!("not valid JSON: {e}"));
            (format!("line {}", i + 1), value)
        });
    collect_records(rel_path, records, fields, warnings, "JSON Lines record")
}

/// The articles of a multi-article file, one per `(label, record)`: a bad record is a
/// warning `"<label>: <reason>, skipped"` and the others are kept; no good record at all
/// is an error naming the first failure.
fn collect_records(
    rel_path: &str,
    records: impl Iterator<Item = (String, Result<Value, String>)>,
    fields: &FieldMapping,
    warnings: &mut Vec<String>,
    what: &str,
) -> Result<Vec<Article>, ReadError> {
    let mut articles = Vec::new();
    let mut first_error = None;
    let mut seen = HashSet::new();
    for (label, value) in records {
        let result = value.and_then(|v| record(rel_path, &v, &label, fields, &mut seen, warnings));
        match result {
            Ok(a) => articles.push(a),
            Err(reason) => {
                warnings.push(format!("{label}: {reason}, skipped"));
                first_error.get_or_insert(format!("{label}: {reason}"));
            }
        }
    }
    if articles.is_empty() {
        return Err(match first_error {
            Some(e) => ReadError::Malformed(format!("no readable {what} ({e})")),
            None => ReadError::Empty,
        });
    }
    Ok(articles)
}

/// One record of a multi-article file; errors are the reason it is skipped.
fn record(
    rel_path: &str,
    value: &Value,
    label: &str,
    fields: &FieldMapping,
    seen: &mut HashSet<String>,
    warnings: &mut Vec<String>,
) -> Result<Article, String> {
    let map = value
        .as_object()
        .ok_or_else(|| "not a JSON object".to_string())?;
    let draft = draft(map, fields)?;
    let id = match lookup_as(map, &fields.id, scalar_string).filter(|id| !id.is_empty()) {
        // Two records with one id would share an article id; the second is told apart
        // by its position instead.
        Some(id) if seen.contains(&id) => {
            warnings.push(format!(
                "{label}: duplicate id {id:?}; identified by position instead"
            ));
            label.to_string()
        }
        Some(id) => id,
        None => label.to_string(),
    };
    seen.insert(id.clone());
    finish(rel_path, Some((&id, label)), draft, warnings).map_err(|e| match e {
        ReadError::Empty => "empty body".to_string(),
        other => other.to_string(),
    })
}

/// The article fields of one JSON object, by the configured field names.
fn draft(map: &Map<String, Value>, fields: &FieldMapping) -> Result<Draft, String> {
    let body = lookup_as(map, &fields.body, body_text).ok_or_else(|| {
        let names: Vec<String> = fields.body.iter().map(|n| format!("{n:?}")).collect();
        format!("no body field (looked for {})", names.join(", "))
    })?;
    let mut draft = Draft {
        body: normalize_body(&body),
        title: lookup_as(map, &fields.title, scalar_string),
        source: lookup_as(map, &fields.source, named_string),
        url: lookup_as(map, &fields.url, scalar_string),
        authors: lookup_as(map, &fields.authors, |v| {
            Some(authors(v)).filter(|a| !a.is_empty())
        })
        .unwrap_or_default(),
        ..Draft::default()
    };
    match lookup(map, &fields.date) {
        Some(Value::Number(n)) => match n.as_f64().and_then(unix_date) {
            Some(d) => draft.date = Some(d),
            None => draft.bad_date = Some(n.to_string()),
        },
        Some(Value::String(s)) => {
            // Timestamps sometimes arrive as strings of digits.
            let digits = s.trim();
            if digits.len() >= 9 && digits.bytes().all(|b| b.is_ascii_digit()) {
                match digits.parse::<f64>().ok().and_then(unix_date) {
                    Some(d) => draft.date = Some(d),
                    None => draft.bad_date = Some(s.clone()),
                }
            } else {
                draft.set_date(s);
            }
        }
        Some(other) => draft.bad_date = Some(other.to_string()),
        None => {}
    }
    Ok(draft)
}

/// The day (UTC) of a Unix timestamp in seconds, or in milliseconds when too large to be
/// seconds.
fn unix_date(t: f64) -> Option<chrono::NaiveDate> {
    let secs = if t.abs() > 1e11 { t / 1000.0 } else { t };
    if !secs.is_finite() || secs.abs() > 1e13 {
        return None;
    }
    // Truncation to whole seconds is intended; the range check above keeps it in i64.
    DateTime::from_timestamp(secs.floor() as i64, 0).map(|d| d.date_naive())
}

/// The first field name present in `map` whose value `convert` accepts.
fn lookup_as<T>(
    map: &Map<String, Value>,
    names: &[String],
    convert: impl Fn(&Value) -> Option<T>,
) -> Option<T> {
    names
        .iter()
        .find_map(|name| lookup(map, std::slice::from_ref(name)).and_then(&convert))
}

/// The value of the first field name present (and not null or empty) in `map`. A name
/// with dots reaches into nested objects (`meta.published`); a key that itself contains
/// dots is tried first. Keys match exactly, else case-insensitively.
fn lookup<'a>(map: &'a Map<String, Value>, names: &[String]) -> Option<&'a Value> {
    names.iter().find_map(|name| {
        get_key(map, name)
            .or_else(|| {
                let mut parts = name.split('.');
                let mut value = get_key(map, parts.next()?)?;
                for part in parts {
                    value = get_key(value.as_object()?, part)?;
                }
                Some(value)
            })
            .filter(|v| !is_blank(v))
    })
}

/// A key of an object, exactly or else case-insensitively.
fn get_key<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).or_else(|| {
        map.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// Null, an empty or blank string, or an empty array: as good as absent.
fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A string or number as text.
fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A string, or an object's `name` (`"source": {"id": "x", "name": "Harbour Wire"}`).
fn named_string(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) => o.get("name").and_then(scalar_string),
        other => scalar_string(other),
    }
}

/// Body text: a string, or an array of paragraph strings (objects with a `text` field are
/// accepted as paragraphs too).
fn body_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let paragraphs: Vec<String> = items
                .iter()
                .filter_map(|item| match item {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(o) => o.get("text").and_then(|t| t.as_str()).map(String::from),
                    _ => None,
                })
                .collect();
            (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
        }
        _ => None,
    }
}

/// Bylines: a string ("Ann Lee and Bo Chan"), an array of strings, or objects with `name`.
fn authors(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => split_authors(s),
        Value::Array(items) => items
            .iter()
            .filter_map(named_string)
            .filter(|s| !s.is_empty())
            .collect(),
        Value::Object(_) => named_string(v).into_iter().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::config::FieldMapping;
    use crate::corpus::{article_id, parse_file, Format, Parsed, ReadError};
    use chrono::NaiveDate;

    fn read(path: &str, text: &str, format: Format) -> Result<Parsed, ReadError> {
        parse_file(path, text.as_bytes(), format, &FieldMapping::default())
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn one_object_with_common_names() {
        let p = read(
            "w/port.json",
            r#"{"headline": "Port reopens", "published_at": "2025-11-14T23:30:00-05:00",
                "maintext": "First.\n\n\nSecond\nwrapped.", "source_domain": "wire.example",
                "author": "Ann Lee, Bo Chan", "link": "https://wire.example/x"}"#,
            Format::Json,
        )
        .unwrap();
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens");
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.body, "First.\n\nSecond\nwrapped.");
        assert_eq!(a.source.as_deref(), Some("wire.example"));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(a.url.as_deref(), Some("https://wire.example/x"));
        assert_eq!(a.id, article_id("w/port.json", None));
    }

    #[test]
    fn body_array_authors_array_number_date_and_nested_source() {
        let p = read(
            "port.json",
            r#"{"title": "T", "date": 1763107200, "body": ["  One. ", "Two."],
                "authors": [{"name": "Ann Lee"}, "Bo Chan", "Bo Chan"],
                "source": {"id": "hw", "name": "Harbour Wire"}}"#,
            Format::Json,
        )
        .unwrap();
        let a = &p.articles[0];
        assert_eq!(a.body, "One.\n\nTwo.");
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(a.source.as_deref(), Some("Harbour Wire"));
        // Milliseconds too.
        let p = read(
            "p.json",
            r#"{"text": "x", "date": 1763107200000}"#,
            Format::Json,
        )
        .unwrap();
        assert_eq!(p.articles[0].date, day(2025, 11, 14));
        assert_eq!(p.articles[0].title, "p");
    }

    #[test]
    fn custom_mapping_with_dotted_paths() {
        let fields = FieldMapping {
            title: vec!["meta.head".into()],
            date: vec!["meta.when".into()],
            body: vec!["content.paras".into()],
            ..FieldMapping::default()
        };
        let text = r#"{"meta": {"head": "Deep", "when": "Nov. 14, 2025"},
                       "content": {"paras": ["A.", "B."]}, "text": "ignored"}"#;
        let p = parse_file("x.json", text.as_bytes(), Format::Json, &fields).unwrap();
        let a = &p.articles[0];
        assert_eq!(a.title, "Deep");
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.body, "A.\n\nB.");
    }

    #[test]
    fn first_present_name_wins() {
        let p = read(
            "x.json",
            r#"{"text": "", "body": "from body", "content": "from content", "Title": "Cased"}"#,
            Format::Json,
        )
        .unwrap();
        assert_eq!(p.articles[0].body, "from body");
        assert_eq!(p.articles[0].title, "Cased");
    }

    #[test]
    fn json_errors() {
        let e = read("x.json", "{not json", Format::Json).unwrap_err();
        assert!(matches!(&e, ReadError::Malformed(m) if m.starts_with("not valid JSON: ")));
        let e = read("x.json", r#"{"title": "no body"}"#, Format::Json).unwrap_err();
        assert!(
            matches!(&e, ReadError::Malformed(m) if m.contains("no body field") && m.contains("\"maintext\"")),
            "{e:?}"
        );
        let e = read("x.json", "42", Format::Json).unwrap_err();
        assert!(matches!(e, ReadError::Malformed(_)));
        assert_eq!(
            read("x.json", r#"{"text": "  "}"#, Format::Json).unwrap_err(),
            ReadError::Malformed(
                "no body field (looked for \"text\", \"body\", \"maintext\", \"content\", \"article\")"
                    .into()
            )
        );
    }

    #[test]
    fn json_array_of_records() {
        let p = read(
            "a.json",
            r#"[{"id": "a1", "text": "One."}, 7, {"text": "Two.", "date": "someday"}]"#,
            Format::Json,
        )
        .unwrap();
        assert_eq!(p.articles.len(), 2);
        assert_eq!(p.articles[0].id, article_id("a.json", Some("a1")));
        assert_eq!(p.articles[1].id, article_id("a.json", Some("record 3")));
        assert_eq!(
            p.warnings,
            vec![
                "record 2: not a JSON object, skipped",
                "record 3: unparseable date \"someday\"; indexed as undated",
            ]
        );
    }

    #[test]
    fn jsonl_with_a_broken_line() {
        let text = "{\"id\": 17, \"title\": \"A\", \"text\": \"One.\"}\n\n{broken\n{\"title\": \"C\", \"text\": \"Three.\", \"date\": \"2025-11-14\"}\n{\"title\": \"no body\"}\n";
        let p = read("2024-01-01-feed.jsonl", text, Format::JsonLines).unwrap();
        assert_eq!(p.articles.len(), 2);
        assert_eq!(
            p.articles[0].id,
            article_id("2024-01-01-feed.jsonl", Some("17"))
        );
        assert_eq!(p.articles[0].date, day(2024, 1, 1));
        assert_eq!(
            p.articles[1].id,
            article_id("2024-01-01-feed.jsonl", Some("line 4"))
        );
        assert_eq!(p.articles[1].date, day(2025, 11, 14));
        assert_eq!(p.warnings.len(), 2);
        assert!(p.warnings[0].starts_with("line 3: not valid JSON: "));
        assert!(p.warnings[0].ends_with(", skipped"));
        assert!(p.warnings[1].starts_with("line 5: no body field"));
    }

    #[test]
    fn duplicate_ids_and_unusable_types() {
        let text =
            "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": 5, \"body\": \"Two.\"}";
        let p = read("f.jsonl", text, Format::JsonLines).unwrap();
        assert_eq!(p.articles.len(), 2, "{:?}", p.warnings);
        assert_eq!(p.articles[1].id, article_id("f.jsonl", Some("line 2")));
        assert_eq!(p.articles[1].body, "Two.");
        assert_eq!(
            p.warnings,
            vec!["line 2: duplicate id \"a\"; identified by position instead"]
        );
    }

    #[test]
    fn jsonl_without_any_good_line() {
        let e = read("f.ndjson", "{bad\n[1]\n", Format::JsonLines).unwrap_err();
        assert!(matches!(e, ReadError::Malformed(m) if m.contains("line 1")));
    }

    #[test]
    fn jsonl_record_title_fallback() {
        let p = read("feed.jsonl", "{\"text\": \"x\"}", Format::JsonLines).unwrap();
        assert_eq!(p.articles[0].title, "feed (line 1)");
    }
}
