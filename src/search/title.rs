//! `title:` clauses. Only head documents carry the title (see `schema`), yet `title:x`
//! means "every sentence of the articles whose title matches x", wherever it stands in a
//! query: alone, as a phrase, next to text terms, negated, boosted.
//!
//! A query without a `title` clause is parsed by tantivy's `QueryParser` as it is. Otherwise
//! the query string is parsed with tantivy's query grammar, and each leaf on `title` (or
//! clause of such leaves only) becomes an [`ArticleRuns`] query: the head documents it
//! matches, each with the documents that follow it up to the next head (the sentences of a
//! piece are consecutive, see `index`), at a constant score. The rest of the tree is built
//! as `QueryParser` builds it (default occur, boosts, all-negative queries refused, clauses
//! without terms dropped), each other leaf by the parser itself.
//!
//! `quote:` leaves go the same way (the field is stored, not indexed): each becomes the
//! leaf on `text` AND its words inside a quoted span (see `super::quote`).
//!
//! Measured and dropped: mapping the heads to their article ids (a `head_id` string column)
//! and those to a set of `article_id` terms: at 1.1 GB, `title:the` took 430 ms of CPU
//! (most of it streaming every segment's `article_id` dictionary), 12 ms before schema 4.

use tantivy::query::{
    BitSetDocSet, BooleanQuery, BoostQuery, ConstScorer, EmptyQuery, EnableScoring, ExistsQuery,
    Explanation, Occur, Query, QueryParser, QueryParserError, Scorer, Weight,
};
use tantivy::query_grammar::{self, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, Schema};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{BitSet, DocId, DocSet, Score, SegmentReader, TERMINATED};

use crate::schema::Fields;

/// Parses a user query (conjunction by default, default field `text`), with `title:`
/// clauses matching every sentence of the matching articles and `quote:` clauses matching
/// words inside quoted spans.
pub(super) fn parse(
    parser: &QueryParser,
    analyzer: TextAnalyzer,
    schema: &Schema,
    fields: &Fields,
    query: &str,
) -> Result<Box<dyn Query>, QueryParserError> {
    let ast = query_grammar::parse_query(query)
        .map_err(|_| QueryParserError::SyntaxError(query.to_string()))?;
    if !mentions_field(&ast, schema.get_field_name(fields.title))
        && !mentions_field(&ast, schema.get_field_name(fields.quote))
    {
        return parser.parse_query(query);
    }
    build(parser, analyzer, schema, fields, ast)
}

/// Builds the query of a parsed user query as `QueryParser` would, `title:` and `quote:`
/// leaves apart.
fn build(
    parser: &QueryParser,
    analyzer: TextAnalyzer,
    schema: &Schema,
    fields: &Fields,
    ast: UserInputAst,
) -> Result<Box<dyn Query>, QueryParserError> {
    let title = schema.get_field_name(fields.title);
    let node = Converter {
        parser,
        fields,
        title,
        quote: schema.get_field_name(fields.quote),
        text: schema.get_field_name(fields.text),
        quote_tokens: schema.get_field_name(fields.quote_tokens),
        analyzer: std::cell::RefCell::new(analyzer),
    }
    .node(ast)?;
    // As QueryParser does: a query of exclusions only is refused; an empty one is not.
    if matches!(&node, Node::Clause(children) if !children.is_empty()) && node.all_negative() {
        return Err(QueryParserError::AllButQueryForbidden);
    }
    Ok(node.simplify().into_query())
}

fn mentions_field(ast: &UserInputAst, field: &str) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses.iter().any(|(_, a)| mentions_field(a, field)),
        UserInputAst::Boost(a, _) => mentions_field(a, field),
        UserInputAst::Leaf(leaf) => leaf_field(leaf) == Some(field),
    }
}

/// The field a query leaf names, if any (`None` for the default fields).
fn leaf_field(leaf: &UserInputLeaf) -> Option<&str> {
    match leaf {
        UserInputLeaf::Literal(literal) => literal.field_name.as_deref(),
        UserInputLeaf::All => None,
        UserInputLeaf::Range { field, .. }
        | UserInputLeaf::Set { field, .. }
        | UserInputLeaf::Regex { field, .. } => field.as_deref(),
        UserInputLeaf::Exists { field } => Some(field),
    }
}

/// The query tree as tantivy's `LogicalAst`, with leaves already built.
enum Node {
    Clause(Vec<(Occur, Node)>),
    Boost(Box<Node>, Score),
    Leaf(Box<dyn Query>),
}

struct Converter<'a> {
    parser: &'a QueryParser,
    fields: &'a Fields,
    title: &'a str,
    quote: &'a str,
    text: &'a str,
    quote_tokens: &'a str,
    /// The `text` field's analyzer, for the words of `quote:` leaves.
    analyzer: std::cell::RefCell<TextAnalyzer>,
}

impl Converter<'_> {
    fn node(&self, ast: UserInputAst) -> Result<Node, QueryParserError> {
        // A clause of title leaves only (`title:(oil prices)`) is run as one query on the
        // head documents, not leaf by leaf: each set of articles costs a pass over the ids.
        // Not when it is all negative, which the parser refuses or makes match nothing.
        if !matches!(ast, UserInputAst::Leaf(_))
            && only_field(&ast, self.title)
            && !all_negative(&ast)
        {
            match self.articles(ast.clone()) {
                Err(QueryParserError::AllButQueryForbidden) => {}
                done => return done,
            }
        }
        Ok(match ast {
            UserInputAst::Clause(clauses) => Node::Clause(
                clauses
                    .into_iter()
                    // The parser is set to conjunction by default.
                    .map(|(occur, a)| Ok((occur.unwrap_or(Occur::Must), self.node(a)?)))
                    .collect::<Result<_, QueryParserError>>()?,
            ),
            UserInputAst::Boost(a, boost) => {
                let child = self.node(*a)?;
                let boost = boost.into_inner() as Score;
                if (boost - 1.0).abs() < Score::EPSILON {
                    child
                } else {
                    Node::Boost(Box::new(child), boost)
                }
            }
            UserInputAst::Leaf(leaf) if leaf_field(&leaf) == Some(self.title) => {
                self.articles(UserInputAst::Leaf(leaf))?
            }
            UserInputAst::Leaf(leaf) if leaf_field(&leaf) == Some(self.quote) => {
                self.quoted(*leaf)?
            }
            UserInputAst::Leaf(leaf) => {
                let query = self
                    .parser
                    .build_query_from_user_input_ast(UserInputAst::Leaf(leaf))?;
                // A leaf without terms (`"!!"`) is an empty clause to the parser: dropped
                // from its parent, and "all negative" if alone.
                if query.is::<EmptyQuery>() {
                    Node::Clause(Vec::new())
                } else {
                    Node::Leaf(query)
                }
            }
        })
    }
}

impl Converter<'_> {
    /// Every document of the articles whose head document matches `ast`.
    fn articles(&self, ast: UserInputAst) -> Result<Node, QueryParserError> {
        let heads = self.parser.build_query_from_user_input_ast(ast)?;
        // No terms (`title:"!!"`): an empty clause, as for any other field.
        if heads.is::<EmptyQuery>() {
            return Ok(Node::Clause(Vec::new()));
        }
        Ok(Node::Leaf(Box::new(ArticleRuns {
            heads: heads.into(),
            head_id: self.fields.head_id,
        })))
    }

    /// A `quote:` leaf: the leaf on `text` (which scores), and its words inside a quoted
    /// span (see `quote`).
    fn quoted(&self, leaf: UserInputLeaf) -> Result<Node, QueryParserError> {
        let literal = match leaf {
            UserInputLeaf::Literal(literal) => literal,
            UserInputLeaf::Exists { .. } => {
                // `quote:*`: the sentences with a quoted span.
                return Ok(Node::Leaf(Box::new(ExistsQuery::new(
                    self.quote_tokens.to_string(),
                    false,
                ))));
            }
            _ => {
                return Err(QueryParserError::UnsupportedQuery(format!(
                    "{}: takes words and \"phrases\"",
                    self.quote
                )))
            }
        };
        let Some(filter) =
            super::quote::filter(&literal, self.fields, &mut self.analyzer.borrow_mut())?
        else {
            return Ok(Node::Clause(Vec::new()));
        };
        let on_text = UserInputLiteral {
            field_name: Some(self.text.to_string()),
            ..literal
        };
        let scored = self
            .parser
            .build_query_from_user_input_ast(UserInputAst::Leaf(Box::new(
                UserInputLeaf::Literal(on_text),
            )))?;
        Ok(Node::Clause(vec![
            (Occur::Must, Node::Leaf(scored)),
            (Occur::Must, Node::Leaf(Box::new(filter))),
        ]))
    }
}

/// Whether every leaf of `ast` names `field`.
fn only_field(ast: &UserInputAst, field: &str) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses.iter().all(|(_, a)| only_field(a, field)),
        UserInputAst::Boost(a, _) => only_field(a, field),
        UserInputAst::Leaf(leaf) => leaf_field(leaf) == Some(field),
    }
}

/// The parser's "only excluding terms" test, on the grammar's tree.
fn all_negative(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses
            .iter()
            .all(|(occur, a)| *occur == Some(Occur::MustNot) || all_negative(a)),
        UserInputAst::Boost(a, _) => all_negative(a),
        UserInputAst::Leaf(_) => false,
    }
}

impl Node {
    fn all_negative(&self) -> bool {
        match self {
            Node::Leaf(_) => false,
            Node::Boost(child, _) => child.all_negative(),
            Node::Clause(children) => children
                .iter()
                .all(|(occur, child)| *occur == Occur::MustNot || child.all_negative()),
        }
    }

    /// Pulls up sub-clauses whose occurs all equal their own (`Must` or `Should`).
    fn simplify(self) -> Node {
        match self {
            Node::Clause(clauses) => {
                let mut out = Vec::new();
                for (occur, child) in clauses {
                    match child.simplify() {
                        Node::Clause(sub)
                            if (occur == Occur::Should || occur == Occur::Must)
                                && sub.iter().all(|(o, _)| *o == occur) =>
                        {
                            out.extend(sub)
                        }
                        child => out.push((occur, child)),
                    }
                }
                Node::Clause(out)
            }
            other => other,
        }
    }

    /// Drops empty clauses (recursively); `None` when nothing is left.
    fn trim(self) -> Option<Node> {
        match self {
            Node::Clause(children) => {
                let children: Vec<_> = children
                    .into_iter()
                    .filter_map(|(occur, child)| child.trim().map(|c| (occur, c)))
                    .collect();
                (!children.is_empty()).then_some(Node::Clause(children))
            }
            other => Some(other),
        }
    }

    fn into_query(self) -> Box<dyn Query> {
        match self.trim() {
            Some(Node::Clause(children)) => Box::new(BooleanQuery::new(
                children
                    .into_iter()
                    .map(|(occur, child)| (occur, child.into_query()))
                    .collect(),
            )),
            Some(Node::Boost(child, boost)) => Box::new(BoostQuery::new(child.into_query(), boost)),
            Some(Node::Leaf(query)) => query,
            None => Box::new(EmptyQuery),
        }
    }
}

/// The head documents `heads` matches, each with the documents that follow it up to the
/// next head, at a constant score.
#[derive(Clone, Debug)]
struct ArticleRuns {
    heads: std::sync::Arc<dyn Query>,
    head_id: Field,
}

impl Query for ArticleRuns {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let heads = match scoring.searcher() {
            Some(searcher) => self
                .heads
                .weight(EnableScoring::disabled_from_searcher(searcher))?,
            None => self
                .heads
                .weight(EnableScoring::disabled_from_schema(scoring.schema()))?,
        };
        Ok(Box::new(ArticleRunsWeight {
            heads,
            head_id: self.head_id,
        }))
    }
}

struct ArticleRunsWeight {
    heads: Box<dyn Weight>,
    head_id: Field,
}

impl ArticleRunsWeight {
    fn docs(&self, reader: &SegmentReader) -> tantivy::Result<BitSet> {
        let max_doc = reader.max_doc();
        let mut docs = BitSet::with_max_value(max_doc);
        let name = reader.schema().get_field_name(self.head_id);
        let Some(head_ids) = reader.fast_fields().str(name)? else {
            return Ok(docs);
        };
        let is_head = |doc: DocId| head_ids.ords().first(doc).is_some();
        let mut heads = self.heads.scorer(reader, 1.0)?;
        let mut head = heads.doc();
        while head != TERMINATED {
            docs.insert(head);
            let mut doc = head + 1;
            while doc < max_doc && !is_head(doc) {
                docs.insert(doc);
                doc += 1;
            }
            // Heads inside this run cannot match; skip past it.
            head = if doc < max_doc {
                heads.seek(doc)
            } else {
                TERMINATED
            };
        }
        Ok(docs)
    }
}

impl Weight for ArticleRunsWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let docs = BitSetDocSet::from(self.docs(reader)?);
        Ok(Box::new(ConstScorer::new(docs, boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new(
                "article whose title matches",
                scorer.score(),
            ))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::{doc, Index};

    /// Without `title:` leaves, the tree built here is the one `QueryParser` builds (same
    /// queries, same errors): the structure rules copied from it hold.
    #[test]
    fn builds_what_the_query_parser_builds() {
        let (schema, fields) = crate::schema::build("en");
        let index = Index::create_in_ram(schema);
        crate::schema::register_tokenizers(&index);
        let mut writer = index
            .writer_with_num_threads(1, 15_000_000)
            .expect("writer");
        writer
            .add_document(doc!(fields.text => "the talks resumed", fields.article_id => "a"))
            .expect("add");
        writer.commit().expect("commit");
        let mut parser = QueryParser::for_index(&index, vec![fields.text]);
        parser.set_conjunction_by_default();
        for q in [
            "talks",
            "talks resumed",
            "talks OR resumed",
            "talks AND (resumed OR paused)",
            "talks AND NOT paused",
            "-paused talks",
            "+talks -paused resumed",
            "talks^2 resumed",
            "(talks resumed)^3 OR paused",
            "(talks)^1",
            "\"talks resumed\"~2",
            "text:talks speaker_name:\"anya kovalenko\"",
            "talks \"!!\"",
            "-talks \"!!\"",
            "\"!!\"",
            "-talks",
            "NOT talks",
            "kind:direct OR kind:partial",
            "talks OR (resumed AND -paused)",
            "((talks OR resumed)) AND ((paused))",
            "(talks AND resumed) AND paused",
            "(talks OR resumed) OR paused",
            "talk*",
            "article_id:IN [a b]",
            "date:[2025-01-01T00:00:00Z TO *]",
            "nofield:talks",
            "sentence:x",
        ] {
            let expected = parser.parse_query(q);
            let ast = query_grammar::parse_query(q).expect("grammar");
            let analyzer = index.tokenizer_for_field(fields.text).expect("analyzer");
            let built = build(&parser, analyzer, &index.schema(), &fields, ast);
            match (expected, built) {
                (Ok(e), Ok(b)) => assert_eq!(format!("{e:?}"), format!("{b:?}"), "{q}"),
                (Err(e), Err(b)) => {
                    assert_eq!(format!("{e:?}"), format!("{b:?}"), "{q}")
                }
                (e, b) => panic!("{q}: parser {:?}, built {:?}", e.is_ok(), b.is_ok()),
            }
        }
    }
}
