//! Dates: parsing article dates in the forms news uses, and date bounds given on the command line.

use chrono::{Datelike, NaiveDate};

/// Parses a publication date as found in metadata or a header ("2025-11-14",
/// "2025-11-14T08:30:00Z", "14 November 2025", "Nov. 14, 2025", RFC 2822, "2025/11/14",
/// "14.11.2025", ...). A timestamp keeps the calendar day as written (its local day, not
/// converted to UTC): "2025-11-14T23:30:00-05:00" is 14 November.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(d) = numeric_date(t) {
        return Some(d);
    }
    let tokens = tokenize(t);
    let mut rest = tokens.as_slice();
    // A leading weekday ("Fri, 14 Nov 2025", "Friday, November 14, 2025") says nothing more.
    if let Some(Token::Word(w)) = rest.first() {
        if is_weekday(w) {
            rest = rest.get(1..).unwrap_or_default();
        }
    }
    let (date, used) = written_date(rest, None)?;
    // The date must be the whole value or be followed by a time, not by more prose.
    match rest.get(used) {
        None | Some(Token::Num(_, _)) | Some(Token::Other) => Some(date),
        Some(Token::Word(w)) if is_time_word(w) => Some(date),
        Some(Token::Word(_)) => None,
    }
}

/// A date in a file name or relative path: `2025-11-14-talks.txt`, `2025_11_14_talks.md`,
/// `20251114-talks.txt`, `publisher_2015-11-11_slug.txt` (anywhere, delimited by `_`, `-`,
/// `.` or the ends of the name). The file name is tried first, then `2025/11/14/`-style
/// directories of a relative path.
pub fn date_from_file_name(name: &str) -> Option<NaiveDate> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if let Some(d) = date_in_name(file) {
        return Some(d);
    }
    // Archives laid out as `2025/11/14/slug.txt`.
    let parts: Vec<&str> = name.split(['/', '\\']).collect();
    parts.windows(3).find_map(|w| match w {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            ymd(y, m, d)
        }
        _ => None,
    })
}

/// A plausible publication year in a relative path (`2025/…`, `archive-2025-…`), used as
/// the year of a dateline that omits it.
pub fn year_from_path(path: &str) -> Option<i32> {
    if let Some(d) = date_from_file_name(path) {
        return Some(d.year());
    }
    path.split(|c: char| !c.is_ascii_digit())
        .filter(|s| s.len() == 4)
        .filter_map(|s| s.parse::<i32>().ok())
        .find(|y| (1900..=2099).contains(y))
}

/// A dateline date in an article's first paragraph ("PORTVALE, Nov. 14 (Harbour Wire) –",
/// "LONDON, 14 November 2025 —", "WASHINGTON, March 3 -"). Only a date before the first
/// dash within the first ~120 characters counts. `year_hint` supplies the year when the
/// dateline omits it; without either there is no date.
pub fn dateline_date(first_paragraph: &str, year_hint: Option<i32>) -> Option<NaiveDate> {
    let head: String = first_paragraph.trim_start().chars().take(120).collect();
    let dash = dateline_dash(&head)?;
    let prefix = head.get(..dash)?;
    let tokens = tokenize(prefix);
    (0..tokens.len()).find_map(|i| {
        let rest = tokens.get(i..)?;
        // A dateline date starts with a month name or a day number, never mid-phrase digits.
        written_date(rest, year_hint).map(|(d, _)| d)
    })
}

/// Byte offset of the dash that ends a dateline: an en or em dash anywhere, or a hyphen
/// with a space on either side (so "WINSTON-SALEM" is not one).
fn dateline_dash(head: &str) -> Option<usize> {
    let mut prev_space = false;
    let mut iter = head.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match c {
            '\u{2013}' | '\u{2014}' => return Some(i),
            '-' => {
                let next_space = iter.peek().is_none_or(|&(_, n)| n.is_whitespace());
                if prev_space || next_space {
                    return Some(i);
                }
            }
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    None
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `DD.MM.YYYY`, `MM/DD/YYYY` and `YYYYMMDD` at the start of
/// a value, followed by nothing, a time or a separator (never another digit).
fn numeric_date(t: &str) -> Option<NaiveDate> {
    let digits_at = |from: usize, n: usize| -> Option<&str> {
        let s = t.get(from..from + n)?;
        s.bytes().all(|b| b.is_ascii_digit()).then_some(s)
    };
    let ends_at = |i: usize| t.as_bytes().get(i).is_none_or(|b| !b.is_ascii_digit());
    let b = t.as_bytes();
    // YYYY-MM-DD / YYYY/MM/DD (also YYYY-M-D).
    if let Some(y) = digits_at(0, 4) {
        if let Some(&sep) = b.get(4) {
            if sep == b'-' || sep == b'/' || sep == b'.' {
                let rest = t.get(5..)?;
                let mut parts = rest.splitn(3, sep as char);
                let m = parts.next()?;
                let tail = parts.next()?;
                let dlen = tail.bytes().take_while(u8::is_ascii_digit).count();
                let d = tail.get(..dlen)?;
                if (1..=2).contains(&m.len()) && (1..=2).contains(&dlen) {
                    return ymd(y, m, d);
                }
                return None;
            }
        }
        // YYYYMMDD, alone or followed by a time ("20251114T0830").
        if let (Some(m), Some(d)) = (digits_at(4, 2), digits_at(6, 2)) {
            if ends_at(8) {
                return ymd(y, m, d);
            }
        }
        return None;
    }
    // DD.MM.YYYY (European) and MM/DD/YYYY (American; DD/MM when the first part exceeds 12).
    let first_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&first_len) {
        return None;
    }
    let sep = *b.get(first_len)?;
    if sep != b'.' && sep != b'/' && sep != b'-' {
        return None;
    }
    let mut parts = t.splitn(3, sep as char);
    let a = parts.next()?;
    let m = parts.next()?;
    let tail = parts.next()?;
    let ylen = tail.bytes().take_while(u8::is_ascii_digit).count();
    if ylen != 4 || !(1..=2).contains(&m.len()) || !m.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y = tail.get(..4)?;
    // Slashes with a first part up to 12 read month first, as American sources write them.
    if sep == b'/' && a.parse::<u32>().ok()? <= 12 {
        return ymd(y, a, m);
    }
    ymd(y, m, a)
}

/// A date from year, month and day digit strings, if it exists.
fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    if !(y.len() == 4
        && [y, m, d]
            .iter()
            .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    if !(1000..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// A date somewhere in a file name, delimited by `_`, `-`, `.`, a space or the ends.
fn date_in_name(file: &str) -> Option<NaiveDate> {
    let is_delim = |c: char| matches!(c, '_' | '-' | '.' | ' ');
    let parts: Vec<&str> = file.split(is_delim).collect();
    for (i, part) in parts.iter().enumerate() {
        if part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit()) {
            if let (Some(m), Some(d)) = (parts.get(i + 1), parts.get(i + 2)) {
                if m.len() == 2 && d.len() == 2 {
                    if let Some(date) = ymd(part, m, d).filter(plausible) {
                        return Some(date);
                    }
                }
            }
        }
        if part.len() == 8 && part.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(date) = part
                .get(..4)
                .zip(part.get(4..6))
                .zip(part.get(6..))
                .and_then(|((y, m), d)| ymd(y, m, d))
                .filter(plausible)
            {
                return Some(date);
            }
        }
    }
    None
}

/// Years a news archive can hold; keeps ids and counters in file names from reading as dates.
fn plausible(d: &NaiveDate) -> bool {
    (1800..=2100).contains(&d.year())
}

/// A piece of a written date: a word, a number (value, digit count) or punctuation.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Num(u32, usize),
    Other,
}

/// Splits text into words, numbers and other punctuation; spaces, commas, periods,
/// hyphens and slashes separate tokens and are dropped (so "Nov. 14, 2025" and
/// "14-Nov-2025" are Nov, 14, 2025).
fn tokenize(t: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = t.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_alphabetic()) {
                w.extend(c.to_lowercase());
                chars.next();
            }
            out.push(Token::Word(w));
        } else if c.is_ascii_digit() {
            let mut n: u32 = 0;
            let mut len = 0;
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_digit()) {
                n = n
                    .saturating_mul(10)
                    .saturating_add(c.to_digit(10).unwrap_or(0));
                len += 1;
                chars.next();
            }
            out.push(Token::Num(n, len));
        } else {
            if !(c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/')) {
                out.push(Token::Other);
            }
            chars.next();
        }
    }
    out
}

/// A written date at the start of `tokens`: "14 November 2025", "November 14, 2025",
/// "Nov 14th 2025", and without a year "Nov. 14" when `year_hint` is given. Returns the
/// date and how many tokens it used.
fn written_date(tokens: &[Token], year_hint: Option<i32>) -> Option<(NaiveDate, usize)> {
    let is_ordinal = |t: Option<&Token>| matches!(t, Some(Token::Word(w)) if matches!(w.as_str(), "st" | "nd" | "rd" | "th"));
    let day_of = |t: Option<&Token>| match t {
        Some(Token::Num(d, len)) if *len <= 2 && (1..=31).contains(d) => Some(*d),
        _ => None,
    };
    let year_of = |t: Option<&Token>| match t {
        Some(Token::Num(y, 4)) => i32::try_from(*y).ok(),
        _ => None,
    };
    let (month, day, mut used) = match tokens.first()? {
        Token::Word(w) => {
            let m = month_number(w)?;
            (m, day_of(tokens.get(1))?, 2)
        }
        Token::Num(..) => {
            let d = day_of(tokens.first())?;
            let mut i = 1;
            if is_ordinal(tokens.get(i)) {
                i += 1;
            }
            // "14th of November"
            if matches!(tokens.get(i), Some(Token::Word(w)) if w == "of") {
                i += 1;
            }
            let m = match tokens.get(i) {
                Some(Token::Word(w)) => month_number(w)?,
                _ => return None,
            };
            (m, d, i + 1)
        }
        Token::Other => return None,
    };
    if is_ordinal(tokens.get(used)) {
        used += 1;
    }
    let year = match year_of(tokens.get(used)) {
        Some(y) => {
            used += 1;
            y
        }
        None => year_hint?,
    };
    NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, used))
}

/// The month a (lowercase) English month name or abbreviation stands for.
fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Whether a (lowercase) word is an English month name or its abbreviation.
pub(crate) fn is_month(w: &str) -> bool {
    month_number(w).is_some()
}

/// Whether a (lowercase) word is an English weekday or its abbreviation.
pub(crate) fn is_weekday(w: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter()
        .any(|d| *d == w || (w.len() >= 3 && d.starts_with(w) && w.len() <= 4))
}

/// Words that may follow a date inside a timestamp ("at 8:00 am UTC", "T08:00").
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "at" | "am"
            | "pm"
            | "a"
            | "p"
            | "m"
            | "utc"
            | "gmt"
            | "z"
            | "t"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "bst"
            | "cet"
            | "cest"
    )
}

/// An inclusive day range from a command-line bound: `2025` (the whole year),
/// `2025-11` (the whole month) or `2025-11-12` (one day). Errors name the problem.
pub fn parse_day_range(text: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let t = text.trim();
    let bad = || format!("invalid date {t:?}: use YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = t.split('-').collect();
    let num = |s: &str, len: usize| -> Result<u32, String> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            let first = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            let last = NaiveDate::from_ymd_opt(y, 12, 31).ok_or_else(bad)?;
            Ok((first, last))
        }
        [y, m] => {
            let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            }
            .ok_or_else(bad)?;
            Ok((first, next.pred_opt().ok_or_else(bad)?))
        }
        [y, m, d] => {
            let day = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)
                .ok_or_else(|| format!("invalid date {t:?}: no such day"))?;
            Ok((day, day))
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_dates_keep_the_local_day() {
        assert_eq!(parse_date("2025-11-14"), Some(d(2025, 11, 14)));
        assert_eq!(parse_date(" 2025-11-14T08:30:00Z "), Some(d(2025, 11, 14)));
        assert_eq!(
            parse_date("2025-11-14T23:30:00-05:00"),
            Some(d(2025, 11, 14))
        );
        assert_eq!(parse_date("2025-11-14 23:30:00"), Some(d(2025, 11, 14)));
        assert_eq!(
            parse_date("2025-11-14T00:30:00+09:00"),
            Some(d(2025, 11, 14))
        );
        assert_eq!(parse_date("2025-3-7"), Some(d(2025, 3, 7)));
        assert_eq!(parse_date("20251114"), Some(d(2025, 11, 14)));
    }

    #[test]
    fn other_numeric_dates() {
        assert_eq!(parse_date("2025/11/14"), Some(d(2025, 11, 14)));
        assert_eq!(parse_date("14.11.2025"), Some(d(2025, 11, 14)));
        assert_eq!(parse_date("11/14/2025"), Some(d(2025, 11, 14)));
        assert_eq!(parse_date("14/11/2025"), Some(d(2025, 11, 14)));
    }

    #[test]
    fn written_dates() {
        for t in [
            "14 November 2025",
            "November 14, 2025",
            "Nov. 14, 2025",
            "Nov 14 2025",
            "nov 14th, 2025",
            "14th of November 2025",
            "Friday, November 14, 2025",
            "Fri, 14 Nov 2025 08:00:00 +0000",
            "Fri, 14 Nov 2025 08:00:00 GMT",
            "November 14, 2025 at 8:00 am",
            "14-Nov-2025",
            "Nov 14, 2025 8:00 a.m. EST",
        ] {
            assert_eq!(parse_date(t), Some(d(2025, 11, 14)), "{t}");
        }
        assert_eq!(parse_date("Sept. 3, 2025"), Some(d(2025, 9, 3)));
    }

    #[test]
    fn not_dates() {
        for t in [
            "",
            "yesterday",
            "2025",
            "2025-13-01",
            "2025-02-30",
            "November 2025",
            "14 November",
            "31 Nov 2025",
            "1731571200",
            "May the force be with you",
            "March 3 2025 was a day of reckoning",
        ] {
            assert_eq!(parse_date(t), None, "{t}");
        }
    }

    #[test]
    fn file_name_dates() {
        for name in [
            "2025-11-14-talks.txt",
            "2025_11_14_talks.md",
            "20251114-talks.txt",
            "publisher_2025-11-14_slug.txt",
            "wire/2025-11-14.json",
            "slug-20251114.html",
            "2025/11/14/slug.txt",
        ] {
            assert_eq!(date_from_file_name(name), Some(d(2025, 11, 14)), "{name}");
        }
        for name in [
            "talks.txt",
            "story-12345678.txt",
            "2025-99-99-x.txt",
            "a2025-11-14.txt",
        ] {
            assert_eq!(date_from_file_name(name), None, "{name}");
        }
        assert_eq!(year_from_path("archive/2024/slug.txt"), Some(2024));
        assert_eq!(year_from_path("archive/slug.txt"), None);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline_date(
                "PORTVALE, Nov. 14 (Harbour Wire) \u{2013} The port said",
                Some(2025)
            ),
            Some(d(2025, 11, 14))
        );
        assert_eq!(
            dateline_date("LONDON, 14 November 2024 \u{2014} Ministers met", None),
            Some(d(2024, 11, 14))
        );
        assert_eq!(
            dateline_date("WASHINGTON, March 3 - The Senate voted", Some(2025)),
            Some(d(2025, 3, 3))
        );
        assert_eq!(
            dateline_date("WINSTON-SALEM, N.C., March 3 - Officials said", Some(2025)),
            Some(d(2025, 3, 3))
        );
        // No year anywhere: no date.
        assert_eq!(
            dateline_date("WASHINGTON, March 3 - The Senate", None),
            None
        );
        // No dash: not a dateline.
        assert_eq!(
            dateline_date("On March 3 the Senate voted.", Some(2025)),
            None
        );
        // The date must come before the dash.
        assert_eq!(
            dateline_date("WASHINGTON - The vote on March 3 passed.", Some(2025)),
            None
        );
        // Too far into the paragraph.
        let long = format!("{} March 3 - x", "word ".repeat(30));
        assert_eq!(dateline_date(&long, Some(2025)), None);
    }

    #[test]
    fn day_ranges() {
        assert_eq!(
            parse_day_range("2025").unwrap(),
            (d(2025, 1, 1), d(2025, 12, 31))
        );
        assert_eq!(
            parse_day_range("2024-02").unwrap(),
            (d(2024, 2, 1), d(2024, 2, 29))
        );
        assert_eq!(
            parse_day_range("2025-12").unwrap(),
            (d(2025, 12, 1), d(2025, 12, 31))
        );
        assert_eq!(
            parse_day_range("2025-11-12").unwrap(),
            (d(2025, 11, 12), d(2025, 11, 12))
        );
    }

    #[test]
    fn bad_day_ranges() {
        for bad in [
            "",
            "25",
            "2025-1",
            "2025-13",
            "2025-02-30",
            "2025/11/12",
            "soon",
            "2025-11-12-1",
        ] {
            assert!(parse_day_range(bad).is_err(), "{bad}");
        }
    }
}
