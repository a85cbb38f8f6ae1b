//! Searching: a [`SearchRequest`] becomes a tantivy query plus filters; results carry the
//! page of hits, the total count and, when asked, facet counts over *all* matches
//! (computed by tantivy's collectors, never by loading every hit).

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::collector::{Collector, Count, SegmentCollector, TopDocs};
use tantivy::fastfield::FacetReader;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DateTime, DocAddress, DocId, Index, Order, Score, Searcher, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};

use crate::schema::{Fields, SPEAKER_FACET_ROOT};

mod quote;
mod title;
use crate::speakers::SpeakerDirectory;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Best match first (BM25).
    #[default]
    Relevance,
    /// Most recent article first; undated last.
    Newest,
    /// Oldest article first; undated last.
    Oldest,
}

/// A search, independent of how it was asked for.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchRequest {
    /// tantivy query syntax; `None` or blank matches every sentence the filters allow.
    pub query: Option<String>,
    /// Speakers (canonical name, alias or surname); a hit matches any of them.
    pub speakers: Vec<String>,
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
    /// Only sentences attributed to a speaker.
    pub quotes_only: bool,
    /// Sources (outlets), matched case-insensitively; a hit matches any of them.
    pub sources: Vec<String>,
    /// Order of hits.
    pub sort: SortOrder,
    /// Page size.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Sentences of context before and after each hit.
    pub context: usize,
    /// Compute facet counts.
    pub facets: bool,
    /// Take `speakers` as exact indexed names (no alias or surname resolution).
    pub exact_speakers: bool,
}

/// Errors a search can end in.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query string is not valid tantivy query syntax (or names an unknown field).
    #[error("invalid query {query:?}: {reason}")]
    Query {
        /// The query as given.
        query: String,
        /// What the parser said.
        reason: String,
    },
    /// `--from` is after `--to`.
    #[error("--from {from} is after --to {to}")]
    EmptyRange {
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
    },
    /// Any tantivy error.
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// One matching sentence, with what a reader needs to judge it.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Path of the article, relative to the corpus directory.
    pub path: String,
    /// Stable article id.
    pub article_id: String,
    /// Headline.
    pub title: String,
    /// Outlet, if known.
    pub source: Option<String>,
    /// Article date (`YYYY-MM-DD`), if known.
    pub date: Option<String>,
    /// 1-based sentence number in the article.
    pub sentence: u64,
    /// The sentence.
    pub text: String,
    /// Byte ranges of matched terms in `text`.
    pub highlights: Vec<(usize, usize)>,
    /// Speaker, if attributed.
    pub speaker: Option<String>,
    /// Speaker's title or role, if given.
    pub role: Option<String>,
    /// The quoted span inside the sentence, if any.
    pub quote: Option<String>,
    /// Every quoted span of the sentence attributed to the speaker, `quote` first (empty
    /// when there is none).
    pub quotes: Vec<String>,
    /// direct, partial, reported or none.
    pub kind: String,
    /// Confidence in the speaker (0 to 1), when attributed.
    pub confidence: Option<f64>,
    /// Relevance score (0 when sorted by date or when no query text was given).
    pub score: f32,
    /// Sentences before the hit (with `--context`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub before: Vec<String>,
    /// Sentences after the hit (with `--context`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
    /// Where the sentence is in the index: its neighbours are read from there.
    #[serde(skip)]
    pub address: Option<DocAddress>,
}

/// Facet counts over all matches.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// (speaker, matching sentences), most frequent first.
    pub speakers: Vec<(String, u64)>,
    /// Matching sentences with no speaker.
    pub unattributed: u64,
    /// (`YYYY-MM`, matching sentences), in calendar order.
    pub months: Vec<(String, u64)>,
    /// Matching sentences without a date.
    pub undated: u64,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    /// Number of matching sentences in the whole index.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts, when asked for.
    pub facets: Option<Facets>,
    /// Speakers the `--speaker` arguments resolved to (for a note to the user).
    pub resolved_speakers: BTreeMap<String, Vec<String>>,
}

/// Runs a search on an open index.
pub fn search(
    index: &Index,
    fields: &Fields,
    directory: &SpeakerDirectory,
    request: &SearchRequest,
) -> Result<SearchResults, SearchError> {
    check_range(request)?;
    let reader = crate::index::manual_reader(index)?;
    let searcher = reader.searcher();
    let text_query = parse_text_query(index, fields, request.query.as_deref())?;
    search_with(&searcher, fields, directory, request, text_query.as_deref())
}

/// The request as one tantivy query: the parsed text query and the filters. Fills `resolved`
/// with what each `--speaker` argument designates.
fn filtered_query(
    searcher: &Searcher,
    fields: &Fields,
    directory: &SpeakerDirectory,
    request: &SearchRequest,
    text_query: Option<&dyn Query>,
    resolved: &mut BTreeMap<String, Vec<String>>,
) -> Result<Box<dyn Query>, SearchError> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(q) = &text_query {
        clauses.push((Occur::Must, q.box_clone()));
    }
    if !request.speakers.is_empty() {
        let mut terms = Vec::new();
        for wanted in &request.speakers {
            let matched = if request.exact_speakers {
                vec![wanted.clone()]
            } else {
                resolve_speaker(searcher, fields, directory, wanted)?
            };
            for name in &matched {
                terms.push(Term::from_facet(
                    fields.speaker,
                    &Facet::from_path([SPEAKER_FACET_ROOT, name.as_str()]),
                ));
            }
            resolved.insert(wanted.clone(), matched);
        }
        clauses.push((Occur::Must, Box::new(any_term(terms))));
    }
    if !request.sources.is_empty() {
        let terms = request
            .sources
            .iter()
            .map(|s| Term::from_field_text(fields.source_key, &s.trim().to_lowercase()))
            .collect();
        clauses.push((Occur::Must, Box::new(any_term(terms))));
    }
    if request.quotes_only {
        let any_speaker = Term::from_facet(fields.speaker, &Facet::from_path([SPEAKER_FACET_ROOT]));
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(any_speaker, IndexRecordOption::Basic)),
        ));
    }
    // An open end is the index's first or last day.
    let closed = match (request.from, request.to) {
        (Some(from), Some(to)) => Some((from, to)),
        (None, None) => None,
        (from, to) => date_span(searcher)?.and_then(|(lo, hi)| {
            let day = |secs: i64| chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive());
            Some((from.or(day(lo))?, to.or(day(hi))?))
        }),
    };
    if let Some(days) = closed.and_then(|(a, b)| day_cover(a, b)) {
        // The union of the few year, month and day facet terms that cover the range reads
        // only the postings of the matching days, where a range over the date column scans
        // every document (7 ms of a 17 ms query at 1 GB).
        let terms = days
            .into_iter()
            .map(|f| Term::from_facet(fields.day, &f))
            .collect();
        clauses.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(any_term(terms)), 1.0)),
        ));
    } else if request.from.is_some() || request.to.is_some() {
        let lower = match request.from {
            Some(d) => Bound::Included(date_term(fields, d)),
            None => Bound::Unbounded,
        };
        let upper = match request.to.and_then(|d| d.succ_opt()) {
            Some(d) => Bound::Excluded(date_term(fields, d)),
            None => Bound::Unbounded,
        };
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    Ok(if clauses.is_empty() {
        Box::new(AllQuery)
    } else if clauses.len() == 1 && text_query.is_some() {
        clauses.remove(0).1
    } else {
        Box::new(BooleanQuery::new(clauses))
    })
}

fn check_range(request: &SearchRequest) -> Result<(), SearchError> {
    match (request.from, request.to) {
        (Some(from), Some(to)) if from > to => Err(SearchError::EmptyRange { from, to }),
        _ => Ok(()),
    }
}

/// [`search`] with the request's query already parsed (by [`parse_text_query`]).
fn search_with(
    searcher: &Searcher,
    fields: &Fields,
    directory: &SpeakerDirectory,
    request: &SearchRequest,
    text_query: Option<&dyn Query>,
) -> Result<SearchResults, SearchError> {
    check_range(request)?;
    let mut results = SearchResults::default();
    let query = filtered_query(
        searcher,
        fields,
        directory,
        request,
        text_query,
        &mut results.resolved_speakers,
    )?;

    let speaker_facets = request
        .facets
        .then(|| FacetValueCounts::for_field("speaker"));
    let day_facets = request.facets.then(|| FacetValueCounts::for_field("day"));

    let limit = request.limit;
    let (total, page, speaker_counts, day_counts): (usize, Vec<(f32, DocAddress)>, _, _) =
        match request.sort {
            SortOrder::Relevance => {
                let top = (limit > 0).then(|| {
                    TopDocs::with_limit(limit)
                        .and_offset(request.offset)
                        .order_by_score()
                });
                let (total, top, s, d) =
                    searcher.search(&*query, &(Count, top, speaker_facets, day_facets))?;
                let page = top.unwrap_or_default();
                let page = if text_query.is_some() {
                    page
                } else {
                    page.into_iter().map(|(_, a)| (0.0, a)).collect()
                };
                (total, page, s, d)
            }
            SortOrder::Newest | SortOrder::Oldest => {
                let order = if request.sort == SortOrder::Newest {
                    Order::Desc
                } else {
                    Order::Asc
                };
                let top = (limit > 0).then(|| {
                    TopDocs::with_limit(limit)
                        .and_offset(request.offset)
                        .order_by_fast_field::<DateTime>("date", order)
                });
                let (total, top, s, d) =
                    searcher.search(&*query, &(Count, top, speaker_facets, day_facets))?;
                let mut page: Vec<(Option<DateTime>, DocAddress)> = top.unwrap_or_default();
                // Undated documents sort apart; keep them last in both orders.
                page.sort_by_key(|(d, _)| d.is_none());
                (
                    total,
                    page.into_iter().map(|(_, a)| (0.0, a)).collect(),
                    s,
                    d,
                )
            }
        };
    results.total = total;

    if let (Some(speakers), Some(days)) = (speaker_counts, day_counts) {
        let mut facets = Facets::default();
        let mut attributed = 0;
        for (facet, count) in speakers {
            if let [SPEAKER_FACET_ROOT, name] = facet.to_path().as_slice() {
                attributed += count;
                facets.speakers.push((name.to_string(), count));
            }
        }
        facets
            .speakers
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        facets.unattributed = (total as u64).saturating_sub(attributed);
        let mut dated = 0;
        let mut months: BTreeMap<String, u64> = BTreeMap::new();
        for (day, count) in days {
            if let [y, m, _] = day.to_path().as_slice() {
                *months.entry(format!("{y}-{m}")).or_default() += count;
                dated += count;
            }
        }
        facets.months = months.into_iter().collect();
        facets.undated = (total as u64).saturating_sub(dated);
        results.facets = Some(facets);
    }

    let snippets = match &text_query {
        Some(q) => {
            let mut g = SnippetGenerator::create(searcher, *q, fields.text)?;
            g.set_max_num_chars(100_000);
            Some(g)
        }
        None => None,
    };
    for (score, address) in page {
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut hit = hit_from_doc(&doc, fields, score);
        hit.address = Some(address);
        if let Some(g) = &snippets {
            let snippet = g.snippet(&hit.text);
            // The fragment is the whole sentence when it fits; map offsets back to the text.
            let base = snippet.fragment_range().start;
            hit.highlights = snippet
                .highlighted()
                .iter()
                .map(|r| (base + r.start, base + r.end))
                .filter(|(s, e)| hit.text.is_char_boundary(*s) && hit.text.is_char_boundary(*e))
                .collect();
        }
        if request.context > 0 {
            let (before, after) = context(searcher, fields, &hit, request.context)?;
            hit.before = before;
            hit.after = after;
        }
        results.hits.push(hit);
    }
    fill_article_fields(searcher, fields, &mut results.hits)?;
    Ok(results)
}

fn parse_text_query(
    index: &Index,
    fields: &Fields,
    query: Option<&str>,
) -> Result<Option<Box<dyn Query>>, SearchError> {
    let Some(q) = query.map(str::trim).filter(|q| !q.is_empty() && *q != "*") else {
        return Ok(None);
    };
    let mut parser = QueryParser::for_index(index, vec![fields.text]);
    parser.set_conjunction_by_default();
    let analyzer = index
        .tokenizer_for_field(fields.text)
        .map_err(|e| SearchError::Query {
            query: q.to_string(),
            reason: e.to_string(),
        })?;
    title::parse(&parser, analyzer, &index.schema(), fields, q)
        .map(Some)
        .map_err(|e| SearchError::Query {
            query: q.to_string(),
            reason: query_error_reason(&e),
        })
}

fn query_error_reason(e: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    match e {
        E::SyntaxError(s) => {
            format!("syntax error ({s}); quote phrases with \"…\" and balance brackets")
        }
        E::FieldDoesNotExist(f) => format!(
            "unknown field {f:?} (fields: text, title, quote, speaker_name, kind, article_id, path)"
        ),
        other => other.to_string(),
    }
}

fn any_term(terms: Vec<Term>) -> BooleanQuery {
    BooleanQuery::new(
        terms
            .into_iter()
            .map(|t| {
                (
                    Occur::Should,
                    Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>,
                )
            })
            .collect(),
    )
}

/// The first and last article date in the index, in Unix seconds: the date column's min and
/// max per segment, so no document is visited.
fn date_span(searcher: &Searcher) -> tantivy::Result<Option<(i64, i64)>> {
    let mut span: Option<(i64, i64)> = None;
    for segment in searcher.segment_readers() {
        let column = segment.fast_fields().date("date")?;
        if column.values.num_vals() == 0 {
            continue;
        }
        let (lo, hi) = (
            column.min_value().into_timestamp_secs(),
            column.max_value().into_timestamp_secs(),
        );
        span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    }
    Ok(span)
}

/// The `day` facets (`/YYYY`, `/YYYY/MM`, `/YYYY/MM/DD`) whose union is the days from
/// `from` to `to` inclusive, whole years and months taken as one facet; `None` for an empty
/// range or one of more than 500 years (left to a range over the date column).
fn day_cover(from: NaiveDate, to: NaiveDate) -> Option<Vec<Facet>> {
    use chrono::{Datelike, Months};
    if from > to || to.year() - from.year() > 500 {
        return None;
    }
    let mut facets = Vec::new();
    let mut d = from;
    while d <= to {
        let next_year = NaiveDate::from_ymd_opt(d.year() + 1, 1, 1);
        let next_month = d
            .with_day(1)
            .and_then(|m| m.checked_add_months(Months::new(1)));
        if d.ordinal() == 1 && next_year.is_some_and(|n| n.pred_opt().is_some_and(|e| e <= to)) {
            facets.push(Facet::from_path([format!("{:04}", d.year())]));
            d = next_year?;
        } else if d.day() == 1 && next_month.is_some_and(|n| n.pred_opt().is_some_and(|e| e <= to))
        {
            facets.push(Facet::from_path([
                format!("{:04}", d.year()),
                format!("{:02}", d.month()),
            ]));
            d = next_month?;
        } else {
            facets.push(crate::index::day_facet(d));
            match d.succ_opt() {
                Some(n) => d = n,
                None => break,
            }
        }
    }
    Some(facets)
}

fn date_term(fields: &Fields, day: NaiveDate) -> Term {
    Term::from_field_date_for_search(fields.date, crate::index::day_start(day))
}

/// The indexed speaker names that `wanted` designates. Only the names that end with the
/// wanted (or canonical) last word are read: a prefix scan of the `speaker_lookup` terms of
/// each segment (a few terms, where reading every speaker name took 30–90 ms at 1 GB).
fn resolve_speaker(
    searcher: &Searcher,
    fields: &Fields,
    directory: &SpeakerDirectory,
    wanted: &str,
) -> tantivy::Result<Vec<String>> {
    let matcher = directory.matcher(wanted);
    let mut exact = std::collections::BTreeSet::new();
    let mut by_suffix = std::collections::BTreeSet::new();
    for last in matcher.last_words() {
        let prefix = format!("{last}\0");
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(fields.speaker_lookup)?;
            let mut stream = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()?;
            while stream.advance() {
                let Some(name) = stream.key().strip_prefix(prefix.as_bytes()) else {
                    break;
                };
                let Ok(name) = std::str::from_utf8(name) else {
                    continue;
                };
                match matcher.classify(name) {
                    Some(crate::speakers::Match::Exact) => {
                        exact.insert(name.to_string());
                    }
                    Some(crate::speakers::Match::Suffix) => {
                        by_suffix.insert(name.to_string());
                    }
                    None => {}
                }
            }
        }
    }
    Ok(matcher.choose(exact.into_iter().collect(), by_suffix.into_iter().collect()))
}

fn first_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

fn hit_from_doc(doc: &TantivyDocument, f: &Fields, score: f32) -> Hit {
    let date = doc
        .get_first(f.date)
        .and_then(|v| v.as_datetime())
        .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
        .map(|d| d.date_naive().format("%Y-%m-%d").to_string());
    let speaker = first_str(doc, f.speaker_name);
    let quotes: Vec<String> = doc
        .get_all(f.quote)
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    Hit {
        path: first_str(doc, f.path).unwrap_or_default(),
        article_id: first_str(doc, f.article_id).unwrap_or_default(),
        title: first_str(doc, f.title).unwrap_or_default(),
        source: first_str(doc, f.source),
        date,
        sentence: doc
            .get_first(f.sentence)
            .and_then(|v| v.as_u64())
            .unwrap_or(0),
        text: first_str(doc, f.text).unwrap_or_default(),
        highlights: Vec::new(),
        // Stored from an f32: 0.8 comes back as 0.800000011920929 without the rounding.
        confidence: speaker.as_ref().and_then(|_| {
            doc.get_first(f.confidence)
                .and_then(|v| v.as_f64())
                .map(|c| (c * 1000.0).round() / 1000.0)
        }),
        speaker,
        role: first_str(doc, f.role),
        quote: quotes.first().cloned(),
        quotes,
        kind: first_str(doc, f.kind).unwrap_or_else(|| "none".into()),
        score,
        before: Vec::new(),
        after: Vec::new(),
        address: None,
    }
}

/// Gives every hit its article's title and source, which only the article's first sentence
/// (its head document) stores: read once per article, from a head among the hits or from
/// the index.
fn fill_article_fields(
    searcher: &Searcher,
    fields: &Fields,
    hits: &mut [Hit],
) -> tantivy::Result<()> {
    let mut heads: HashMap<String, (String, Option<String>)> = hits
        .iter()
        .filter(|h| h.sentence == 1)
        .map(|h| (h.article_id.clone(), (h.title.clone(), h.source.clone())))
        .collect();
    for hit in hits.iter_mut().filter(|h| h.sentence != 1) {
        if !heads.contains_key(&hit.article_id) {
            let head = match sibling(searcher, fields, hit, 1)? {
                Some(doc) => Some(doc),
                None => head_document(searcher, fields, &hit.article_id)?,
            };
            let found = head.map_or((String::new(), None), |doc| {
                (
                    first_str(&doc, fields.title).unwrap_or_default(),
                    first_str(&doc, fields.source),
                )
            });
            heads.insert(hit.article_id.clone(), found);
        }
        if let Some((title, source)) = heads.get(&hit.article_id) {
            hit.title.clone_from(title);
            hit.source.clone_from(source);
        }
    }
    Ok(())
}

/// The first sentence of an article: the document that stores its title and source.
fn head_document(
    searcher: &Searcher,
    fields: &Fields,
    article_id: &str,
) -> tantivy::Result<Option<TantivyDocument>> {
    // The article's sentence with the lowest number: reads the `sentence` column of the
    // article's few documents (a range over that column would scan it in every segment).
    let query = TermQuery::new(
        Term::from_field_text(fields.article_id, article_id),
        IndexRecordOption::Basic,
    );
    let top = searcher.search(
        &query,
        &TopDocs::with_limit(1).order_by_fast_field::<u64>("sentence", Order::Asc),
    )?;
    top.first()
        .map(|&(_, address)| searcher.doc(address))
        .transpose()
}

/// Sentences of one article, in order, with their numbers.
pub fn article_sentences(
    searcher: &Searcher,
    fields: &Fields,
    article_id: &str,
    range: Option<(u64, u64)>,
) -> tantivy::Result<Vec<Hit>> {
    let id_query = TermQuery::new(
        Term::from_field_text(fields.article_id, article_id),
        IndexRecordOption::Basic,
    );
    let query: Box<dyn Query> = match range {
        Some((lo, hi)) => Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(id_query) as Box<dyn Query>),
            (
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(fields.sentence, lo)),
                    Bound::Included(Term::from_field_u64(fields.sentence, hi)),
                )),
            ),
        ])),
        None => Box::new(id_query),
    };
    let count = searcher.search(&*query, &Count)?;
    if count == 0 {
        return Ok(Vec::new());
    }
    let top = searcher.search(
        &*query,
        &TopDocs::with_limit(count).order_by_fast_field::<u64>("sentence", Order::Asc),
    )?;
    let mut out = Vec::with_capacity(top.len());
    for (_, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut hit = hit_from_doc(&doc, fields, 0.0);
        hit.address = Some(address);
        out.push(hit);
    }
    fill_article_fields(searcher, fields, &mut out)?;
    Ok(out)
}

fn context(
    searcher: &Searcher,
    fields: &Fields,
    hit: &Hit,
    n: usize,
) -> tantivy::Result<(Vec<String>, Vec<String>)> {
    let n = n as u64;
    let lo = hit.sentence.saturating_sub(n).max(1);
    let hi = hit.sentence.saturating_add(n);
    // Next to the hit in the index, as they are when the article was added in one piece.
    // A sentence not found there (the article's end, the start of another piece) sends the
    // whole context to the index.
    let text_at = |number: u64| -> tantivy::Result<Option<String>> {
        Ok(sibling(searcher, fields, hit, number)?
            .map(|doc| first_str(&doc, fields.text).unwrap_or_default()))
    };
    let before: Option<Vec<String>> = (lo..hit.sentence)
        .map(text_at)
        .collect::<tantivy::Result<_>>()?;
    if let Some(before) = before {
        let mut after = Vec::new();
        for number in hit.sentence + 1..=hi {
            match text_at(number)? {
                Some(text) => after.push(text),
                None => break,
            }
        }
        if after.len() as u64 == hi - hit.sentence {
            return Ok((before, after));
        }
    }
    let around = article_sentences(searcher, fields, &hit.article_id, Some((lo, hi)))?;
    let before = around
        .iter()
        .filter(|h| h.sentence < hit.sentence)
        .map(|h| h.text.clone())
        .collect();
    let after = around
        .iter()
        .filter(|h| h.sentence > hit.sentence)
        .map(|h| h.text.clone())
        .collect();
    Ok((before, after))
}

/// Sentence `number` of a hit's article, read at the document address it has when the
/// article's sentences were added together (consecutive ids in one segment, which merges
/// keep); `None` when the document there is not that sentence (a later piece of a huge
/// article, the end of the article), and the caller asks the index.
fn sibling(
    searcher: &Searcher,
    fields: &Fields,
    hit: &Hit,
    number: u64,
) -> tantivy::Result<Option<TantivyDocument>> {
    let Some(at) = hit.address else {
        return Ok(None);
    };
    let segment = searcher.segment_reader(at.segment_ord);
    let doc = i64::from(at.doc_id) + number as i64 - hit.sentence as i64;
    let Ok(doc) = DocId::try_from(doc) else {
        return Ok(None);
    };
    if doc >= segment.max_doc() || segment.is_deleted(doc) {
        return Ok(None);
    }
    let found: TantivyDocument = searcher.doc(DocAddress::new(at.segment_ord, doc))?;
    let same_article = found
        .get_first(fields.article_id)
        .and_then(|v| v.as_str())
        .is_some_and(|id| id == hit.article_id);
    let same_number = found.get_first(fields.sentence).and_then(|v| v.as_u64()) == Some(number);
    Ok((same_article && same_number).then_some(found))
}

/// Sentences of the article(s) at a corpus-relative path, in order.
pub fn sentences_by_path(
    searcher: &Searcher,
    fields: &Fields,
    path: &str,
) -> tantivy::Result<Vec<Hit>> {
    let query = TermQuery::new(
        Term::from_field_text(fields.path, path),
        IndexRecordOption::Basic,
    );
    let count = searcher.search(&query, &Count)?;
    if count == 0 {
        return Ok(Vec::new());
    }
    let top = searcher.search(&query, &TopDocs::with_limit(count).order_by_score())?;
    let mut hits = Vec::with_capacity(top.len());
    for (_, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut hit = hit_from_doc(&doc, fields, 0.0);
        hit.address = Some(address);
        hits.push(hit);
    }
    fill_article_fields(searcher, fields, &mut hits)?;
    // Several articles may share a path (JSON Lines): group by article, then sentence.
    hits.sort_by(|a, b| {
        (a.date.as_deref(), &a.article_id, a.sentence).cmp(&(
            b.date.as_deref(),
            &b.article_id,
            b.sentence,
        ))
    });
    Ok(hits)
}

/// One row of `morgue speakers`.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerRow {
    /// Canonical speaker name.
    pub speaker: String,
    /// Matching attributed sentences.
    pub quotes: u64,
    /// Date of the earliest such sentence.
    pub first: Option<String>,
    /// Date of the latest such sentence.
    pub last: Option<String>,
}

/// Speakers ranked by matching attributed sentences, with their first and last dates.
pub fn speaker_table(
    index: &Index,
    fields: &Fields,
    directory: &SpeakerDirectory,
    request: &SearchRequest,
    limit: usize,
) -> Result<Vec<SpeakerRow>, SearchError> {
    let mut request = request.clone();
    request.facets = true;
    request.limit = 0;
    check_range(&request)?;
    // One reader and one parsed query for the counts and the dates.
    let reader = crate::index::manual_reader(index)?;
    let searcher = reader.searcher();
    let text_query = parse_text_query(index, fields, request.query.as_deref())?;
    let text_query = text_query.as_deref();
    let results = search_with(&searcher, fields, directory, &request, text_query)?;
    let Some(facets) = results.facets else {
        return Ok(Vec::new());
    };
    // Every speaker's first and last date among the same matches, in one more pass (one
    // search per speaker and date repeated the whole query, `title:` clauses included).
    let query = filtered_query(
        &searcher,
        fields,
        directory,
        &request,
        text_query,
        &mut BTreeMap::new(),
    )?;
    let spans = searcher.search(&*query, &SpeakerDates)?;
    let day = |secs: i64| {
        chrono::DateTime::from_timestamp(secs, 0)
            .map(|d| d.date_naive().format("%Y-%m-%d").to_string())
    };
    let mut rows = Vec::new();
    for (name, count) in facets.speakers.into_iter().take(limit) {
        let facet = Facet::from_path([SPEAKER_FACET_ROOT, name.as_str()]);
        let span = spans.get(&facet);
        rows.push(SpeakerRow {
            speaker: name,
            quotes: count,
            first: span.and_then(|&(lo, _)| day(lo)),
            last: span.and_then(|&(_, hi)| day(hi)),
        });
    }
    Ok(rows)
}

/// The earliest and latest date (Unix seconds) of the matching dated documents of each
/// speaker facet; speakers with no dated match are left out.
struct SpeakerDates;

struct SpeakerDatesSegment {
    reader: FacetReader,
    dates: tantivy::columnar::Column<DateTime>,
    spans: Vec<Option<(i64, i64)>>,
}

impl Collector for SpeakerDates {
    type Fruit = BTreeMap<Facet, (i64, i64)>;
    type Child = SpeakerDatesSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SpeakerDatesSegment> {
        let reader = segment.facet_reader("speaker")?;
        let spans = vec![None; reader.num_facets()];
        Ok(SpeakerDatesSegment {
            reader,
            dates: segment.fast_fields().date("date")?,
            spans,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<tantivy::Result<BTreeMap<Facet, (i64, i64)>>>,
    ) -> tantivy::Result<BTreeMap<Facet, (i64, i64)>> {
        let mut all: BTreeMap<Facet, (i64, i64)> = BTreeMap::new();
        for fruit in fruits {
            for (facet, (lo, hi)) in fruit? {
                let span = all.entry(facet).or_insert((lo, hi));
                *span = (span.0.min(lo), span.1.max(hi));
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SpeakerDatesSegment {
    type Fruit = tantivy::Result<BTreeMap<Facet, (i64, i64)>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let Some(date) = self.dates.first(doc) else {
            return;
        };
        let secs = date.into_timestamp_secs();
        for ord in self.reader.facet_ords(doc) {
            if let Some(span) = self.spans.get_mut(ord as usize) {
                *span = Some(span.map_or((secs, secs), |(lo, hi)| (lo.min(secs), hi.max(secs))));
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let hit: Vec<(u64, (i64, i64))> = self
            .spans
            .iter()
            .enumerate()
            .filter_map(|(ord, span)| span.map(|s| (ord as u64, s)))
            .collect();
        facets_of_ords(&self.reader, hit)
    }
}

/// Totals for `morgue stats`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexStats {
    /// Sentence documents.
    pub documents: u64,
    /// Sentences of kind direct or partial.
    pub quotations: usize,
    /// Sentences with a speaker.
    pub attributed: usize,
    /// Distinct speakers.
    pub speakers: usize,
    /// Earliest article date.
    pub first_date: Option<String>,
    /// Latest article date.
    pub last_date: Option<String>,
}

/// Computes [`IndexStats`].
pub fn index_stats(index: &Index, fields: &Fields) -> tantivy::Result<IndexStats> {
    let reader = crate::index::manual_reader(index)?;
    let searcher: Searcher = reader.searcher();
    let kind_query = |k: &str| {
        Box::new(TermQuery::new(
            Term::from_field_text(fields.kind, k),
            IndexRecordOption::Basic,
        )) as Box<dyn Query>
    };
    let quotes = BooleanQuery::new(vec![
        (Occur::Should, kind_query("direct")),
        (Occur::Should, kind_query("partial")),
    ]);
    let any_speaker = TermQuery::new(
        Term::from_facet(fields.speaker, &Facet::from_path([SPEAKER_FACET_ROOT])),
        IndexRecordOption::Basic,
    );
    let (attributed, counts) = searcher.search(
        &any_speaker,
        &(Count, FacetValueCounts::for_field("speaker")),
    )?;
    let span = date_span(&searcher)?;
    let day = |secs: i64| {
        chrono::DateTime::from_timestamp(secs, 0)
            .map(|d| d.date_naive().format("%Y-%m-%d").to_string())
    };
    Ok(IndexStats {
        documents: searcher.num_docs(),
        quotations: searcher.search(&quotes, &Count)?,
        attributed,
        speakers: counts
            .keys()
            .filter(|f| f.to_path().len() == 2 && f.to_path()[0] == SPEAKER_FACET_ROOT)
            .count(),
        first_date: span.and_then(|(lo, _)| day(lo)),
        last_date: span.and_then(|(_, hi)| day(hi)),
    })
}

/// Counts matching documents per value of a facet field (`/speaker/<name>`, `/YYYY/MM/DD`).
///
/// tantivy's `FacetCollector` walks the whole facet dictionary of every segment before it
/// counts anything (20–40 ms of a 1 GB index's search, whatever the number of hits); this
/// one counts term ordinals and names only the ordinals that were hit.
struct FacetValueCounts {
    field: &'static str,
}

impl FacetValueCounts {
    fn for_field(field: &'static str) -> Self {
        FacetValueCounts { field }
    }
}

struct FacetValueSegment {
    reader: FacetReader,
    counts: OrdCounts,
}

/// Counts per facet ordinal: the hit ordinals in a list while there are few of them, then a
/// count per ordinal of the segment. A dense vector from the start cost more than the whole
/// query when a few hits face tens of thousands of facets in each of a dozen segments
/// (zeroing fresh memory pages).
enum OrdCounts {
    Sparse { ords: Vec<u64>, facets: usize },
    Dense(Vec<u64>),
}

impl OrdCounts {
    fn new(facets: usize) -> Self {
        OrdCounts::Sparse {
            ords: Vec::new(),
            facets,
        }
    }

    fn add(&mut self, ord: u64) {
        match self {
            OrdCounts::Sparse { ords, facets } => {
                ords.push(ord);
                // Past a quarter of the dense vector's size, the list costs more than it saves.
                if ords.len() > (*facets / 4).max(1024) {
                    let mut dense = vec![0; *facets];
                    for &o in ords.iter() {
                        if let Some(c) = dense.get_mut(o as usize) {
                            *c += 1;
                        }
                    }
                    *self = OrdCounts::Dense(dense);
                }
            }
            OrdCounts::Dense(counts) => {
                if let Some(c) = counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
        }
    }

    /// The ordinals that were hit, in order, with their counts.
    fn into_sorted(self) -> Vec<(u64, u64)> {
        match self {
            OrdCounts::Sparse { mut ords, facets } => {
                ords.sort_unstable();
                let mut out: Vec<(u64, u64)> = Vec::new();
                for ord in ords.into_iter().filter(|&o| (o as usize) < facets) {
                    match out.last_mut() {
                        Some((last, count)) if *last == ord => *count += 1,
                        _ => out.push((ord, 1)),
                    }
                }
                out
            }
            OrdCounts::Dense(counts) => counts
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(ord, c)| (ord as u64, *c))
                .collect(),
        }
    }
}

impl Collector for FacetValueCounts {
    type Fruit = BTreeMap<Facet, u64>;
    type Child = FacetValueSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<FacetValueSegment> {
        let reader = segment.facet_reader(self.field)?;
        let counts = OrdCounts::new(reader.num_facets());
        Ok(FacetValueSegment { reader, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<tantivy::Result<BTreeMap<Facet, u64>>>,
    ) -> tantivy::Result<BTreeMap<Facet, u64>> {
        let mut all = BTreeMap::new();
        for fruit in fruits {
            for (facet, count) in fruit? {
                *all.entry(facet).or_insert(0) += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for FacetValueSegment {
    // A harvest reads the dictionary, which can fail: the error travels in the fruit.
    type Fruit = tantivy::Result<BTreeMap<Facet, u64>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        for ord in self.reader.facet_ords(doc) {
            self.counts.add(ord);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let hit = self.counts.into_sorted();
        facets_of_ords(&self.reader, hit)
    }
}

/// The facets of a segment's sorted facet ordinals, each with its value, in one pass over
/// the segment's facet dictionary (shared by the facet collectors).
fn facets_of_ords<T, B: FromIterator<(Facet, T)>>(
    reader: &FacetReader,
    hit: Vec<(u64, T)>,
) -> tantivy::Result<B> {
    let ords: Vec<u64> = hit.iter().map(|(ord, _)| *ord).collect();
    let mut facets = Vec::with_capacity(hit.len());
    reader
        .facet_dict()
        .sorted_ords_to_term_cb(&ords, |bytes| {
            facets.push(Facet::from_encoded(bytes.to_vec()).ok());
        })
        .map_err(|e| tantivy::TantivyError::IoError(std::sync::Arc::new(e)))?;
    Ok(facets
        .into_iter()
        .zip(hit)
        .filter_map(|(facet, (_, value))| facet.map(|f| (f, value)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(from: &str, to: &str) -> Vec<String> {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
        day_cover(d(from), d(to))
            .unwrap_or_default()
            .iter()
            .map(|f| f.to_string())
            .collect()
    }

    /// The hit list and the dense counts give the same counts, on both sides of the switch
    /// from one to the other, and ignore ordinals outside the segment's facets.
    #[test]
    fn ord_counts_are_the_same_sparse_and_dense() {
        for (facets, hits) in [(10usize, 5u64), (5000, 1000), (5000, 1300), (100, 3000)] {
            let mut counts = OrdCounts::new(facets);
            let mut expected = vec![0u64; facets];
            for i in 0..hits {
                let ord = (i * 7919) % (facets as u64 + 3);
                counts.add(ord);
                if let Some(c) = expected.get_mut(ord as usize) {
                    *c += 1;
                }
            }
            let expected: Vec<(u64, u64)> = expected
                .into_iter()
                .enumerate()
                .filter(|(_, c)| *c > 0)
                .map(|(o, c)| (o as u64, c))
                .collect();
            let dense = matches!(counts, OrdCounts::Dense(_));
            assert_eq!(
                dense,
                hits as usize > (facets / 4).max(1024),
                "{facets} {hits}"
            );
            assert_eq!(counts.into_sorted(), expected, "{facets} {hits}");
        }
    }

    #[test]
    fn whole_months_and_years_are_one_facet() {
        assert_eq!(
            cover("2018-07-01", "2018-09-30"),
            ["/2018/07", "/2018/08", "/2018/09"]
        );
        assert_eq!(cover("2017-01-01", "2018-12-31"), ["/2017", "/2018"]);
        assert_eq!(
            cover("2018-12-30", "2019-02-02"),
            [
                "/2018/12/30",
                "/2018/12/31",
                "/2019/01",
                "/2019/02/01",
                "/2019/02/02"
            ]
        );
        // February of a leap year ends on the 29th.
        assert_eq!(cover("2024-02-01", "2024-02-29"), ["/2024/02"]);
        assert_eq!(cover("2024-02-01", "2024-02-28").len(), 28);
        assert_eq!(cover("2025-11-12", "2025-11-12"), ["/2025/11/12"]);
        assert!(cover("2025-11-13", "2025-11-12").is_empty());
    }

    #[test]
    fn a_cover_is_exactly_the_days_of_the_range() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date");
        let (from, to) = (d("1999-11-17"), d("2003-03-04"));
        let facets = day_cover(from, to).expect("cover");
        let mut day = d("1999-10-01");
        while day <= d("2003-05-01") {
            let own = crate::index::day_facet(day);
            let covered = facets.iter().any(|f| f.is_prefix_of(&own) || *f == own);
            assert_eq!(covered, from <= day && day <= to, "{day}");
            day = day.succ_opt().expect("next day");
        }
    }
}
