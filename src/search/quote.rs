//! `quote:` clauses. Quoted spans are stored but not indexed (see `schema`): their words are
//! the sentence's own words. `quote:X` is answered as `text:X` (which scores the hit, as
//! before) and a filter that keeps the sentences where the words of `X` stand inside a quoted
//! span: the `text` postings give the words' positions, the `quote_tokens` column each span's
//! range of positions.
//!
//! A phrase must lie inside one span. With a slop (`quote:"a b"~2`), the phrase is matched
//! in the sentence by `text` and each of its words must stand in the same span. Prefixes,
//! ranges, sets and regular expressions on `quote` are refused with a message.

use tantivy::columnar::Column;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    EmptyScorer, EnableScoring, Explanation, Query, QueryParserError, Scorer, Weight,
};
use tantivy::query_grammar::UserInputLiteral;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::schema::{unpack_token_range, Fields};

/// The filter half of a `quote:` literal: the literal's words (as the `text` field indexes
/// them, with their offsets in the phrase) inside one quoted span of the sentence. `None`
/// when the literal has no words (`quote:"!!"`).
pub(super) fn filter(
    literal: &UserInputLiteral,
    fields: &Fields,
    analyzer: &mut TextAnalyzer,
) -> Result<Option<QuoteSpanQuery>, QueryParserError> {
    if literal.prefix {
        return Err(QueryParserError::UnsupportedQuery(format!(
            "prefix search in quote: ({}*); search quote: for whole words",
            literal.phrase
        )));
    }
    let mut words = Vec::new();
    let mut stream = analyzer.token_stream(&literal.phrase);
    while stream.advance() {
        let token = stream.token();
        words.push((
            token.position as u32,
            Term::from_field_text(fields.text, &token.text),
        ));
    }
    let Some(first) = words.first().map(|(p, _)| *p) else {
        return Ok(None);
    };
    for (position, _) in &mut words {
        *position -= first;
    }
    Ok(Some(QuoteSpanQuery {
        words,
        exact: literal.slop == 0,
        text: fields.text,
        quote_tokens: fields.quote_tokens,
    }))
}

/// The sentences where `words` stand inside one quoted span; scores 0 (the `text` clause
/// beside it scores).
#[derive(Clone, Debug)]
pub(super) struct QuoteSpanQuery {
    /// Each word's offset in the phrase and its `text` term.
    words: Vec<(u32, Term)>,
    /// The words at exactly their offsets (a phrase without slop); otherwise anywhere in
    /// the same span.
    exact: bool,
    text: Field,
    quote_tokens: Field,
}

impl Query for QuoteSpanQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for QuoteSpanQuery {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let inverted = reader.inverted_index(self.text)?;
        let mut postings = Vec::with_capacity(self.words.len());
        for (offset, term) in &self.words {
            match inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)? {
                Some(p) => postings.push((*offset, p)),
                None => return Ok(Box::new(EmptyScorer)),
            }
        }
        let name = reader.schema().get_field_name(self.quote_tokens);
        let ranges = reader.fast_fields().u64(name)?;
        // The rarest word leads the intersection.
        postings.sort_by_key(|(_, p)| p.doc_freq());
        let mut scorer = QuoteSpanScorer {
            positions: vec![Vec::new(); postings.len()],
            postings,
            ranges,
            exact: self.exact,
            spans: Vec::new(),
            doc: 0,
        };
        let first = scorer.postings[0].1.doc();
        scorer.settle(first);
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("words inside a quoted span", 0.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )))
        }
    }
}

struct QuoteSpanScorer {
    /// Each word's offset in the phrase and postings; the first leads.
    postings: Vec<(u32, SegmentPostings)>,
    ranges: Column<u64>,
    exact: bool,
    /// Buffers: each word's positions in the current document, its quoted spans.
    positions: Vec<Vec<u32>>,
    spans: Vec<(u32, u32)>,
    doc: DocId,
}

impl QuoteSpanScorer {
    /// Moves to the first matching document at or after `candidate`, where the leading
    /// postings stand.
    fn settle(&mut self, mut candidate: DocId) -> DocId {
        'candidates: loop {
            if candidate == TERMINATED {
                self.doc = TERMINATED;
                return TERMINATED;
            }
            for i in 1..self.postings.len() {
                let at = self.postings[i].1.seek(candidate);
                if at > candidate {
                    candidate = self.postings[0].1.seek(at);
                    continue 'candidates;
                }
            }
            if self.matches(candidate) {
                self.doc = candidate;
                return candidate;
            }
            candidate = self.postings[0].1.advance();
        }
    }

    /// Whether the words stand inside one quoted span of `doc`, where every postings list
    /// stands.
    fn matches(&mut self, doc: DocId) -> bool {
        self.spans.clear();
        self.spans
            .extend(self.ranges.values_for_doc(doc).map(unpack_token_range));
        if self.spans.is_empty() {
            return false;
        }
        for ((_, postings), positions) in self.postings.iter_mut().zip(&mut self.positions) {
            postings.positions(positions);
        }
        let (lead_offset, _) = self.postings[0];
        let inside = |(start, end): (u32, u32), position: u32| start <= position && position < end;
        if self.exact {
            // Each place of the leading word fixes where the phrase would start.
            self.positions[0].iter().any(|&p| {
                let Some(start) = p.checked_sub(lead_offset) else {
                    return false;
                };
                let placed = self
                    .postings
                    .iter()
                    .zip(&self.positions)
                    .all(|((o, _), ps)| ps.binary_search(&(start + o)).is_ok());
                placed
                    && self
                        .spans
                        .iter()
                        .any(|&span| self.postings.iter().all(|(o, _)| inside(span, start + o)))
            })
        } else {
            self.spans.iter().any(|&span| {
                self.positions
                    .iter()
                    .all(|ps| ps.iter().any(|&p| inside(span, p)))
            })
        }
    }
}

impl DocSet for QuoteSpanScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let next = self.postings[0].1.advance();
        self.settle(next)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let at = self.postings[0].1.seek(target);
        self.settle(at)
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.postings[0].1.size_hint()
    }
}

impl Scorer for QuoteSpanScorer {
    fn score(&mut self) -> Score {
        0.0
    }
}
