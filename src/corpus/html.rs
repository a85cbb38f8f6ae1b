//! HTML pages (interim reader: paragraph text only).

use scraper::{Html, Selector};

use super::{normalize_body, one_line, Draft};

/// Parses an HTML page.
pub(crate) fn parse(text: &str) -> Draft {
    let doc = Html::parse_document(text);
    let paragraphs: Vec<String> = Selector::parse("p")
        .map(|sel| {
            doc.select(&sel)
                .map(|p| one_line(&p.text().collect::<String>()))
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Draft {
        body: normalize_body(&paragraphs.join("\n\n")),
        ..Draft::default()
    }
}
