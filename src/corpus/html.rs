//! HTML pages: metadata from `<meta>`, `<time>` and JSON-LD; body text from the
//! paragraphs of the article container, without navigation, scripts, captions, comments
//! or related-story boxes.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::{normalize_body, one_line, split_authors, Draft};

/// Elements whose content is never article text.
const EXCLUDED_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "figure",
    "figcaption",
    "form",
    "iframe",
    "template",
    "svg",
    "button",
    "select",
    "textarea",
];

/// Words in a class or id that mark page furniture rather than article text.
const EXCLUDED_WORDS: &[&str] = &[
    "comment",
    "related",
    "share",
    "cookie",
    "newsletter",
    "promo",
    "advert",
    "breadcrumb",
    "caption",
];

/// Parses an HTML page.
pub(crate) fn parse(text: &str) -> Draft {
    let doc = Html::parse_document(text);
    let meta = meta_map(&doc);
    let ld = json_ld_objects(&doc);
    let get = |key: &str| meta.get(key).map(|s| one_line(s)).filter(|s| !s.is_empty());

    let site = get("og:site_name");
    let mut draft = Draft {
        title: get("og:title")
            .or_else(|| first_text(&doc, "title"))
            .map(|t| strip_site_suffix(&t, site.as_deref()))
            .or_else(|| first_text(&doc, "h1"))
            .or_else(|| ld_string(&ld, "headline")),
        source: site
            .clone()
            .or_else(|| ld_named(&ld, "publisher").into_iter().next()),
        url: get("og:url").or_else(|| canonical(&doc)),
        ..Draft::default()
    };

    // Authors: meta author, article:author (when a name, not a profile URL), JSON-LD.
    draft.authors = get("author")
        .map(|a| split_authors(&a))
        .filter(|a| !a.is_empty())
        .or_else(|| {
            get("article:author")
                .filter(|a| !a.starts_with("http"))
                .map(|a| split_authors(&a))
        })
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| ld_named(&ld, "author"));

    let container = container(&doc);
    if draft.authors.is_empty() {
        draft.authors = byline(&doc, container);
    }
    draft.body = normalize_body(&paragraphs(container).join("\n\n"));
    if draft.body.is_empty() {
        // No paragraphs at all: fall back to the text of block elements.
        draft.body = normalize_body(&block_text(container));
    }

    // Dates, first parseable wins: article:published_time, <time datetime> (in the
    // article first), JSON-LD datePublished, then the older meta names.
    let mut candidates: Vec<String> = Vec::new();
    candidates.extend(get("article:published_time"));
    candidates.extend(time_datetimes(container));
    if let Some(root) = ElementRef::wrap(doc.tree.root()) {
        candidates.extend(time_datetimes(root));
    }
    candidates.extend(ld_string(&ld, "datePublished"));
    // Microdata on a visible element: `<span itemprop="datePublished">Nov 14, 2025</span>`.
    for el in select(doc.root_element(), "[itemprop=datePublished]") {
        let value = el.value();
        match value.attr("content").or_else(|| value.attr("datetime")) {
            Some(v) => candidates.push(v.to_string()),
            None => candidates.push(one_line(&el.text().collect::<String>())),
        }
    }
    for key in [
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "og:published_time",
        "article:modified_time",
    ] {
        candidates.extend(get(key));
    }
    for c in &candidates {
        draft.set_date(c);
    }
    draft
}

/// `<meta>` contents by lowercased `property`, `name` or `itemprop`; the first wins.
fn meta_map(doc: &Html) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for m in select(doc.root_element(), "meta") {
        let el = m.value();
        let Some(content) = el.attr("content") else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = el.attr(attr) {
                map.entry(key.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.to_string());
            }
        }
    }
    map
}

/// Elements matching a CSS selector under `root` (none if the selector does not parse).
fn select<'a>(root: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    match Selector::parse(css) {
        Ok(sel) => root.select(&sel).collect(),
        Err(_) => Vec::new(),
    }
}

/// The whitespace-collapsed text of the first element matching `css` that has any.
fn first_text(doc: &Html, css: &str) -> Option<String> {
    select(doc.root_element(), css)
        .into_iter()
        .map(|e| one_line(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// `<title>` without a trailing " | Site" / " - Site" when Site is the og:site_name.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in [
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        " :: ",
        " \u{00b7} ",
    ] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (title.get(..i), title.get(i + sep.len()..));
            if let (Some(head), Some(tail)) = (head, tail) {
                if tail.trim().eq_ignore_ascii_case(site.trim()) && !head.trim().is_empty() {
                    return head.trim().to_string();
                }
            }
        }
    }
    title.to_string()
}

/// The canonical link's address.
fn canonical(doc: &Html) -> Option<String> {
    select(doc.root_element(), "link[rel]")
        .into_iter()
        .filter(|l| {
            l.value().attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("canonical"))
            })
        })
        .find_map(|l| {
            l.value()
                .attr("href")
                .map(str::trim)
                .filter(|h| !h.is_empty())
        })
        .map(String::from)
}

/// Every JSON-LD object on the page, with `@graph` members and array items flattened;
/// article-like types (`NewsArticle`, `BlogPosting`, ...) first.
fn json_ld_objects(doc: &Html) -> Vec<Value> {
    let mut out = Vec::new();
    for script in select(doc.root_element(), "script[type]") {
        let is_ld = script
            .value()
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let text: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<Value>(text.trim()) {
            flatten_ld(value, &mut out, 0);
        }
    }
    // Stable sort: article-like objects first, page order otherwise kept.
    out.sort_by_key(|o| !is_article_type(o));
    out
}

/// Collects objects from a JSON-LD value (arrays and `@graph` lists, nested a little).
fn flatten_ld(value: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                flatten_ld(item, out, depth + 1);
            }
        }
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// Whether a JSON-LD object's `@type` names an article.
fn is_article_type(o: &Value) -> bool {
    let article = |t: &str| t.contains("Article") || t.contains("Posting") || t == "Report";
    match o.get("@type") {
        Some(Value::String(t)) => article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}

/// The first string value of `key` among the JSON-LD objects.
fn ld_string(ld: &[Value], key: &str) -> Option<String> {
    ld.iter()
        .filter_map(|o| o.get(key))
        .filter_map(Value::as_str)
        .map(one_line)
        .find(|s| !s.is_empty())
}

/// Names under `key` in the first JSON-LD object that has any: a string, an object with
/// `name`, or an array of either.
fn ld_named(ld: &[Value], key: &str) -> Vec<String> {
    let names = |v: &Value| -> Vec<String> {
        let one = |v: &Value| match v {
            Value::String(s) => Some(one_line(s)),
            Value::Object(o) => o.get("name").and_then(Value::as_str).map(one_line),
            _ => None,
        };
        match v {
            Value::Array(items) => items.iter().filter_map(one).collect::<Vec<_>>(),
            other => one(other).into_iter().collect(),
        }
        .into_iter()
        .filter(|s| !s.is_empty() && !s.starts_with("http"))
        .collect()
    };
    ld.iter()
        .filter_map(|o| o.get(key))
        .map(names)
        .find(|n| !n.is_empty())
        .unwrap_or_default()
}

/// Bylines marked up in the page when no metadata names the authors:
/// `[itemprop=author]`, `[rel=author]` links, then a `byline`/`author` class (in the
/// article first); page furniture such as comment authors is ignored.
fn byline(doc: &Html, container: ElementRef<'_>) -> Vec<String> {
    let in_furniture = |e: &ElementRef<'_>| {
        std::iter::once(**e)
            .chain(e.ancestors())
            .filter_map(|n| n.value().as_element())
            .take_while(|el| !matches!(el.name(), "body" | "html"))
            .any(|el| is_excluded(el) && !matches!(el.name(), "header" | "footer"))
    };
    let root = doc.root_element();
    let names_of = |e: &ElementRef<'_>| -> Vec<String> {
        if let Some(content) = e.value().attr("content") {
            return split_authors(content);
        }
        let inner: Vec<ElementRef<'_>> = select(*e, "[itemprop=name], a");
        let names: Vec<String> = inner
            .iter()
            .map(|a| one_line(&a.text().collect::<String>()))
            .filter(|n| !n.is_empty())
            .collect();
        if names.is_empty() {
            split_authors(&e.text().collect::<String>())
        } else {
            names
        }
    };
    for css in ["[itemprop=author]", "[rel=author]"] {
        let found: Vec<String> = select(root, css)
            .iter()
            .filter(|e| !in_furniture(e))
            .flat_map(names_of)
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    let is_byline = |e: &ElementRef<'_>| {
        e.value().attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("byline")
                || c.split_whitespace().any(|t| {
                    (t == "author" || t.ends_with("-author") || t.ends_with("_author"))
                        && !t.contains("comment")
                })
        })
    };
    for scope in [container, root] {
        if let Some(e) = select(scope, "[class]")
            .into_iter()
            .find(|e| is_byline(e) && !in_furniture(e))
        {
            let names = names_of(&e);
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}

/// `datetime` attributes of `<time>` elements under `root`, in page order, except those of
/// other stories (related boxes, comments, asides). An article's own `<header>` or
/// `<footer>` often holds its date, so those count.
fn time_datetimes(root: ElementRef<'_>) -> Vec<String> {
    let other_story = |t: &ElementRef<'_>| {
        t.ancestors()
            .take_while(|n| n.id() != root.id())
            .filter_map(|n| n.value().as_element())
            .any(|e| {
                matches!(e.name(), "aside" | "nav")
                    || (is_excluded(e) && !matches!(e.name(), "header" | "footer"))
            })
    };
    select(root, "time[datetime]")
        .into_iter()
        .filter(|t| !other_story(t))
        .filter_map(|t| t.value().attr("datetime"))
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .collect()
}

/// Whether an element is page furniture: an excluded tag, a `hidden` attribute, or a
/// class or id that mentions one of the excluded words.
fn is_excluded(el: &scraper::node::Element) -> bool {
    if EXCLUDED_TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    let mut names = el.attr("class").unwrap_or_default().to_ascii_lowercase();
    names.push(' ');
    names.push_str(&el.id().unwrap_or_default().to_ascii_lowercase());
    // An opinion piece's "commentary" class is not a comment section.
    let names = names.replace("commentary", "");
    EXCLUDED_WORDS.iter().any(|w| names.contains(w))
}

/// The element that holds the article text: the `<article>` with the most paragraph text,
/// else `[itemprop=articleBody]`, else `<main>`, else the element whose `<p>` children
/// (and, at half weight, grandchildren) hold the most text, else `<body>`.
fn container<'a>(doc: &'a Html) -> ElementRef<'a> {
    let root = doc.root_element();
    // One pass in page order marks every node inside page furniture (below <body>), so
    // the checks below cost nothing per node even on deeply nested pages.
    let mut furniture = HashMap::new();
    let mut scores = HashMap::new();
    for node in root.descendants() {
        let inherited = node
            .parent()
            .and_then(|p| furniture.get(&p.id()).copied())
            .unwrap_or(false);
        let own = node
            .value()
            .as_element()
            .is_some_and(|e| !matches!(e.name(), "html" | "body") && is_excluded(e));
        let is_furniture = inherited || own;
        furniture.insert(node.id(), is_furniture);
        // Readability-style scoring of paragraph parents.
        let Some(p) = ElementRef::wrap(node).filter(|e| e.value().name() == "p") else {
            continue;
        };
        if is_furniture {
            continue;
        }
        let len = paragraph_text(p).len();
        if let Some(parent) = p.parent() {
            *scores.entry(parent.id()).or_insert(0usize) += len;
            if let Some(grand) = parent.parent() {
                *scores.entry(grand.id()).or_insert(0usize) += len / 2;
            }
        }
    }
    let best = |els: Vec<ElementRef<'a>>| -> Option<ElementRef<'a>> {
        els.into_iter()
            .filter(|e| furniture.get(&e.id()) != Some(&true))
            .map(|e| (paragraphs(e).iter().map(String::len).sum::<usize>(), e))
            .filter(|(n, _)| *n > 0)
            // On a tie the first in page order wins.
            .max_by_key(|(n, e)| (*n, std::cmp::Reverse(e.id())))
            .map(|(_, e)| e)
    };
    for css in ["article", "[itemprop=articleBody]", "main", "[role=main]"] {
        if let Some(e) = best(select(root, css)) {
            return e;
        }
    }
    let top = scores
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(id, n)| (*n, std::cmp::Reverse(*id)))
        .and_then(|(id, _)| doc.tree.get(id))
        .and_then(ElementRef::wrap);
    top.or_else(|| select(root, "body").into_iter().next())
        .unwrap_or(root)
}

/// The paragraph texts under `container` in page order: each `<p>`, and each
/// `<blockquote>` without `<p>` inside, skipping page furniture below the container;
/// whitespace collapsed.
fn paragraphs(container: ElementRef<'_>) -> Vec<String> {
    // Per element, in page order: (inside furniture, index of the paragraph it is in).
    let mut state = HashMap::new();
    let mut buffers: Vec<String> = Vec::new();
    for node in container.descendants() {
        let (furniture, para) = if node.id() == container.id() {
            (false, None)
        } else {
            node.parent()
                .and_then(|p| state.get(&p.id()).copied())
                .unwrap_or((false, None))
        };
        match node.value() {
            Node::Element(el) => {
                let furniture = furniture || (node.id() != container.id() && is_excluded(el));
                let mut para = para;
                if !furniture
                    && para.is_none()
                    && ElementRef::wrap(node).is_some_and(starts_paragraph)
                {
                    buffers.push(String::new());
                    para = Some(buffers.len() - 1);
                }
                if el.name() == "br" && !furniture {
                    if let Some(b) = para.and_then(|i| buffers.get_mut(i)) {
                        b.push(' ');
                    }
                }
                state.insert(node.id(), (furniture, para));
            }
            Node::Text(t) if !furniture => {
                if let Some(b) = para.and_then(|i| buffers.get_mut(i)) {
                    b.push_str(t);
                }
            }
            _ => {}
        }
    }
    buffers
        .iter()
        .map(|b| one_line(b))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The text of one paragraph element without its furniture (share buttons, scripts),
/// whitespace collapsed.
fn paragraph_text(p: ElementRef<'_>) -> String {
    let mut text = String::new();
    for node in p.descendants() {
        let Some(t) = node.value().as_text() else {
            if node.value().as_element().is_some_and(|e| e.name() == "br") {
                text.push(' ');
            }
            continue;
        };
        let inside_furniture = node
            .ancestors()
            .take_while(|n| n.id() != p.id())
            .filter_map(|n| n.value().as_element())
            .any(is_excluded);
        if !inside_furniture {
            text.push_str(t);
        }
    }
    one_line(&text)
}

/// Whether an element is a paragraph for body text: `<p>`, or a `<blockquote>` whose text
/// is not already in `<p>` elements.
fn starts_paragraph(el: ElementRef<'_>) -> bool {
    match el.value().name() {
        "p" => true,
        "blockquote" => !el.descendent_elements().any(|d| d.value().name() == "p"),
        _ => false,
    }
}

/// Elements that delimit a paragraph in text without `<p>` markup.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "dd",
    "div",
    "dl",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// The text of `root` with text nodes grouped into paragraphs by their nearest block
/// element, skipping page furniture; for pages that put their text in `<div>`s.
fn block_text(root: ElementRef<'_>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current_block = None;
    // Per element, in page order: (skipped, nearest block element).
    let mut state = HashMap::new();
    for node in root.descendants() {
        let (skip, block) = if node.id() == root.id() {
            (false, Some(root.id()))
        } else {
            node.parent()
                .and_then(|p| state.get(&p.id()).copied())
                .unwrap_or((false, None))
        };
        match node.value() {
            Node::Element(el) => {
                let skip = skip
                    || (node.id() != root.id()
                        && (is_excluded(el) || matches!(el.name(), "title" | "head")));
                let block = if BLOCK_TAGS.contains(&el.name()) {
                    Some(node.id())
                } else {
                    block
                };
                state.insert(node.id(), (skip, block));
            }
            Node::Text(t) if !skip && !t.trim().is_empty() => {
                match paragraphs.last_mut() {
                    Some(last) if block == current_block => {
                        last.push(' ');
                        last.push_str(t);
                    }
                    _ => paragraphs.push(t.to_string()),
                }
                current_block = block;
            }
            _ => {}
        }
    }
    paragraphs
        .iter()
        .map(|p| one_line(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use crate::config::FieldMapping;
    use crate::corpus::{parse_file, Format, Parsed};
    use chrono::NaiveDate;

    fn read(path: &str, html: &str) -> Parsed {
        parse_file(
            path,
            html.as_bytes(),
            Format::Html,
            &FieldMapping::default(),
        )
        .unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    const PAGE: &str = r#"<!doctype html>
<html><head>
<title>Port reopens after storm | Harbour Wire</title>
<meta property="og:site_name" content="Harbour Wire">
<meta property="article:published_time" content="2025-11-14T23:30:00-05:00">
<meta name="author" content="Ann Lee">
<link rel="canonical" href="https://wire.example/port">
<style>p { color: red }</style>
<script>var p = "<p>not text</p>";</script>
</head>
<body class="cookie-consent">
<header><nav><p>Home | World | Sport</p></nav></header>
<div class="breadcrumb"><p>News &gt; Local</p></div>
<article>
  <h1>Port reopens after storm</h1>
  <p>The port   reopened on
     Friday, officials said.</p>
  <figure><img src="x.jpg"><figcaption><p>Cranes at dawn.</p></figcaption></figure>
  <div class="wp-caption-text"><p>Photo: A. Lee</p></div>
  <p>&ldquo;We are back,&rdquo; the harbour master said.<span class="share-tools">Share</span></p>
  <blockquote>Ships will sail again.</blockquote>
  <blockquote><p>Quoted paragraph.</p></blockquote>
  <aside><p>Read more: other news</p></aside>
  <div class="newsletter-signup"><p>Sign up!</p></div>
  <noscript><p>Enable JavaScript</p></noscript>
  <section id="comments"><p>First!</p></section>
  <div class="related-stories"><p>Another story</p></div>
  <div class="promo"><p>Subscribe now</p></div>
  <div class="advertisement"><p>Buy things</p></div>
  <form><p>Search</p></form>
  <iframe><p>embedded</p></iframe>
</article>
<footer><p>Copyright</p></footer>
</body></html>"#;

    #[test]
    fn article_page() {
        let p = read("port.html", PAGE);
        let a = &p.articles[0];
        assert_eq!(a.title, "Port reopens after storm");
        assert_eq!(a.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.authors, vec!["Ann Lee"]);
        assert_eq!(a.url.as_deref(), Some("https://wire.example/port"));
        assert_eq!(
            a.body,
            "The port reopened on Friday, officials said.\n\n\u{201c}We are back,\u{201d} the harbour master said.\n\nShips will sail again.\n\nQuoted paragraph."
        );
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn og_title_suffix_stripped_too() {
        let html = r#"<meta property="og:site_name" content="Wire">
            <meta property="og:title" content="Port reopens - Wire"><p>Text.</p>"#;
        assert_eq!(read("x.html", html).articles[0].title, "Port reopens");
    }

    #[test]
    fn og_title_and_url_win() {
        let html = r#"<html><head><meta property="og:title" content="OG title">
            <meta property="og:url" content="https://og.example/x">
            <link rel="canonical" href="https://c.example/x"><title>T</title></head>
            <body><h1>H</h1><p>Text.</p></body></html>"#;
        let a = &read("x.html", html).articles[0];
        assert_eq!(a.title, "OG title");
        assert_eq!(a.url.as_deref(), Some("https://og.example/x"));
    }

    #[test]
    fn title_suffix_kept_without_matching_site() {
        let html = "<title>Ports - Harbours | Other</title><p>Text.</p>";
        assert_eq!(
            read("x.html", html).articles[0].title,
            "Ports - Harbours | Other"
        );
        let html = "<h1> Only  heading </h1><p>Text.</p>";
        assert_eq!(read("x.html", html).articles[0].title, "Only heading");
        let html = "<p>Text.</p>";
        assert_eq!(read("dir/x.html", html).articles[0].title, "x");
    }

    #[test]
    fn time_in_article_header_not_in_related() {
        let html = r#"<article><div class="related"><time datetime="2020-01-01">x</time></div>
            <header><h1>T</h1><time datetime="2025-11-14">Nov 14</time></header><p>Text.</p></article>"#;
        assert_eq!(read("x.html", html).articles[0].date, day(2025, 11, 14));
        let html = r#"<p>Text.</p><span itemprop="datePublished">November 14, 2025</span>"#;
        assert_eq!(read("x.html", html).articles[0].date, day(2025, 11, 14));
    }

    #[test]
    fn time_element_date() {
        let html = r#"<header><time datetime="2020-01-01">today</time></header>
            <article><time datetime="2025-11-14T08:00:00Z">Nov 14</time><p>Text.</p></article>"#;
        assert_eq!(read("x.html", html).articles[0].date, day(2025, 11, 14));
    }

    #[test]
    fn json_ld_date_and_author() {
        let html = r#"<head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site", "datePublished": "2001-01-01"},
              {"@type": "NewsArticle", "headline": "LD", "datePublished": "2025-11-14T10:00:00+01:00",
               "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chan"}],
               "publisher": {"@type": "Organization", "name": "Harbour Wire"}}
            ]}</script></head><body><p>Text.</p></body>"#;
        let a = &read("x.html", html).articles[0];
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
        assert_eq!(a.source.as_deref(), Some("Harbour Wire"));
        assert_eq!(a.title, "LD");
        // An array at the top level, and broken JSON-LD ignored.
        let html = r#"<script type="application/ld+json">{broken</script>
            <script type="application/ld+json">[{"@type": "Article", "datePublished": "Nov. 14, 2025", "author": "Cy Dee"}]</script>
            <p>Text.</p>"#;
        let a = &read("x.html", html).articles[0];
        assert_eq!(a.date, day(2025, 11, 14));
        assert_eq!(a.authors, vec!["Cy Dee"]);
    }

    #[test]
    fn meta_name_dates() {
        for meta in [
            r#"<meta name="date" content="2025-11-14">"#,
            r#"<meta name="pubdate" content="20251114">"#,
            r#"<meta name="DC.date.issued" content="2025-11-14">"#,
        ] {
            let html = format!("<head>{meta}</head><p>Text.</p>");
            assert_eq!(
                read("x.html", &html).articles[0].date,
                day(2025, 11, 14),
                "{meta}"
            );
        }
        let html = r#"<meta property="article:published_time" content="someday"><p>Text.</p>"#;
        let p = read("x.html", html);
        assert_eq!(p.articles[0].date, None);
        assert_eq!(
            p.warnings,
            vec!["unparseable date \"someday\"; indexed as undated"]
        );
        // A bad first candidate gives way to a good later one, without a warning.
        let html = r#"<meta property="article:published_time" content="someday">
            <meta name="date" content="2025-11-14"><p>Text.</p>"#;
        let p = read("x.html", html);
        assert_eq!(p.articles[0].date, day(2025, 11, 14));
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn byline_markup() {
        let html = r#"<article><div class="meta"><span class="byline">By <a href="/a">Carys Wendell</a></span></div>
            <p>Text.</p><div class="comments"><p class="comment-author">gary</p></div></article>"#;
        assert_eq!(
            read("x.html", html).articles[0].authors,
            vec!["Carys Wendell"]
        );
        let html = r#"<article><p class="byline">By Ann Lee and Bo Chan</p><p>Text.</p></article>"#;
        assert_eq!(
            read("x.html", html).articles[0].authors,
            vec!["Ann Lee", "Bo Chan"]
        );
        let html = r#"<article><span itemprop="author" itemscope><span itemprop="name">Cy Dee</span></span><p>Text.</p></article>"#;
        assert_eq!(read("x.html", html).articles[0].authors, vec!["Cy Dee"]);
        let html = r#"<article><p>Text.</p><div class="comment"><span class="author">troll</span></div></article>"#;
        assert!(read("x.html", html).articles[0].authors.is_empty());
    }

    #[test]
    fn article_author_urls_are_not_names() {
        let html = r#"<meta property="article:author" content="https://facebook.com/x">
            <meta property="article:author" content="Ann Lee"><p>Text.</p>"#;
        assert!(read("x.html", html).articles[0].authors.is_empty());
        let html = r#"<meta property="article:author" content="Ann Lee"><p>Text.</p>"#;
        assert_eq!(read("x.html", html).articles[0].authors, vec!["Ann Lee"]);
    }

    #[test]
    fn container_fallbacks() {
        // itemprop=articleBody without <article>.
        let html = r#"<div><p>Menu text that is rather long to tempt the scorer.</p></div>
            <div itemprop="articleBody"><p>Body one.</p><p>Body two.</p></div>"#;
        assert_eq!(
            read("x.html", html).articles[0].body,
            "Body one.\n\nBody two."
        );
        // <main>.
        let html = r#"<div class="sidebar"><p>Side.</p></div><main><p>Main text.</p></main>"#;
        assert_eq!(read("x.html", html).articles[0].body, "Main text.");
        // The element with the most paragraph text.
        let html = r#"<body><div id="a"><p>Short.</p></div>
            <div id="b"><p>The longest text of the page is here.</p><p>And more of it.</p></div>
            <div class="comments"><p>A very very very very very very long comment indeed.</p></div></body>"#;
        assert_eq!(
            read("x.html", html).articles[0].body,
            "The longest text of the page is here.\n\nAnd more of it."
        );
        // No <p> at all: text of block elements.
        let html = "<html><head><title>T</title></head><body><nav>Menu</nav><div>First block.</div><div>Second<br>block.</div></body></html>";
        assert_eq!(
            read("x.html", html).articles[0].body,
            "First block.\n\nSecond block."
        );
    }

    #[test]
    fn teaser_articles_lose_to_the_main_one() {
        let html = r#"<article class="teaser"><p>Short teaser.</p></article>
            <article><p>The main story has much more text than the teaser.</p><p>Two.</p></article>"#;
        assert_eq!(
            read("x.html", html).articles[0].body,
            "The main story has much more text than the teaser.\n\nTwo."
        );
    }

    #[test]
    fn dateline_in_html_body() {
        let html = "<article><p>LONDON, 14 November 2025 \u{2014} Ministers met.</p></article>";
        assert_eq!(read("x.html", html).articles[0].date, day(2025, 11, 14));
    }

    #[test]
    fn empty_page_is_empty() {
        let e = parse_file(
            "x.html",
            b"<html><head><script>x</script></head><body><nav>Menu</nav></body></html>",
            Format::Html,
            &FieldMapping::default(),
        )
        .unwrap_err();
        assert_eq!(e, crate::corpus::ReadError::Empty);
    }
}
