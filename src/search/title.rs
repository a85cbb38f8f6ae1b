//! `title:` clauses. Only an article's first sentence (its head document) carries the title
//! (see `schema`), yet `title:x` means "every sentence of the articles whose title matches
//! x", wherever it stands in a query: alone, as a phrase, next to text terms, negated,
//! boosted.
//!
//! A query without a `title` clause is parsed by tantivy's `QueryParser` as it is. Otherwise
//! the query string is parsed with tantivy's query grammar, each leaf on `title` is run alone
//! (it matches head documents), the ids of the matching articles are read from the `head_id`
//! fast column, and the leaf becomes an [`ArticleSet`]: every document of those articles, at
//! a constant score. The rest of the tree is built as `QueryParser` builds it (default
//! occur, boosts, all-negative queries refused, clauses without terms dropped), each other
//! leaf by the parser itself.
//!
//! Why not a set leaf on `article_id` handed back to the parser: its `TermSetQuery` builds an
//! FST of every id for each search; a title matching most articles took a second at 110 MB.

use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{
    BitSetDocSet, BooleanQuery, BoostQuery, ConstScorer, EmptyQuery, EnableScoring, Explanation,
    Occur, Query, QueryParser, QueryParserError, Scorer, Weight,
};
use tantivy::query_grammar::{self, UserInputAst, UserInputLeaf};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::schema::Fields;

/// Why a query could not be built.
pub(super) enum TitleError {
    /// What the query parser says (syntax, unknown field, …).
    Parser(QueryParserError),
    /// Running a title clause failed.
    Tantivy(tantivy::TantivyError),
}

/// Parses a user query (conjunction by default, default field `text`), with `title:`
/// clauses matching every sentence of the matching articles.
pub(super) fn parse(
    parser: &QueryParser,
    searcher: &Searcher,
    fields: &Fields,
    query: &str,
) -> Result<Box<dyn Query>, TitleError> {
    let ast = query_grammar::parse_query(query)
        .map_err(|_| TitleError::Parser(QueryParserError::SyntaxError(query.to_string())))?;
    let title = searcher.schema().get_field_name(fields.title);
    if !mentions_field(&ast, title) {
        return parser.parse_query(query).map_err(TitleError::Parser);
    }
    build(parser, searcher, fields, ast)
}

/// Builds the query of a parsed user query as `QueryParser` would, `title:` leaves apart.
fn build(
    parser: &QueryParser,
    searcher: &Searcher,
    fields: &Fields,
    ast: UserInputAst,
) -> Result<Box<dyn Query>, TitleError> {
    let title = searcher.schema().get_field_name(fields.title);
    let node = Converter {
        parser,
        searcher,
        fields,
        title,
    }
    .node(ast)?;
    // As QueryParser does: a query of exclusions only is refused; an empty one is not.
    if matches!(&node, Node::Clause(children) if !children.is_empty()) && node.all_negative() {
        return Err(TitleError::Parser(QueryParserError::AllButQueryForbidden));
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
    searcher: &'a Searcher,
    fields: &'a Fields,
    title: &'a str,
}

impl Converter<'_> {
    fn node(&self, ast: UserInputAst) -> Result<Node, TitleError> {
        // A clause of title leaves only (`title:(oil prices)`) is run as one query on the
        // head documents, not leaf by leaf: each set of articles costs a pass over the ids.
        // Not when it is all negative, which the parser refuses or makes match nothing.
        if !matches!(ast, UserInputAst::Leaf(_))
            && only_field(&ast, self.title)
            && !all_negative(&ast)
        {
            match self.articles(ast.clone()) {
                Err(TitleError::Parser(QueryParserError::AllButQueryForbidden)) => {}
                done => return done,
            }
        }
        Ok(match ast {
            UserInputAst::Clause(clauses) => Node::Clause(
                clauses
                    .into_iter()
                    // The parser is set to conjunction by default.
                    .map(|(occur, a)| Ok((occur.unwrap_or(Occur::Must), self.node(a)?)))
                    .collect::<Result<_, TitleError>>()?,
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
            UserInputAst::Leaf(leaf) => {
                let query = self
                    .parser
                    .build_query_from_user_input_ast(UserInputAst::Leaf(leaf))
                    .map_err(TitleError::Parser)?;
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
    fn articles(&self, ast: UserInputAst) -> Result<Node, TitleError> {
        let heads = self
            .parser
            .build_query_from_user_input_ast(ast)
            .map_err(TitleError::Parser)?;
        // No terms (`title:"!!"`): an empty clause, as for any other field.
        if heads.is::<EmptyQuery>() {
            return Ok(Node::Clause(Vec::new()));
        }
        let ids = self
            .searcher
            .search(&*heads, &HeadIds(self.fields.head_id))
            .map_err(TitleError::Tantivy)?;
        Ok(Node::Leaf(Box::new(ArticleSet {
            field: self.fields.article_id,
            ids: Arc::new(ids),
        })))
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

/// Every document of the given articles (sorted `article_id` terms), at a constant score.
#[derive(Clone, Debug)]
struct ArticleSet {
    field: Field,
    ids: Arc<Vec<Vec<u8>>>,
}

impl Query for ArticleSet {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl ArticleSet {
    fn docs(&self, reader: &SegmentReader) -> tantivy::Result<BitSet> {
        let inverted = reader.inverted_index(self.field)?;
        let dict = inverted.terms();
        let mut docs = BitSet::with_max_value(reader.max_doc());
        let mut add = |info: &tantivy::postings::TermInfo| -> tantivy::Result<()> {
            let mut postings =
                inverted.read_postings_from_terminfo(info, IndexRecordOption::Basic)?;
            while postings.doc() != tantivy::TERMINATED {
                docs.insert(postings.doc());
                postings.advance();
            }
            Ok(())
        };
        if self.ids.len() * 16 < dict.num_terms() {
            // A few articles: look each one up.
            for id in self.ids.iter() {
                if let Some(info) = dict.get(id)? {
                    add(&info)?;
                }
            }
        } else {
            // Many: one pass over the dictionary and the sorted ids together.
            let mut stream = dict.stream()?;
            let mut ids = self.ids.iter().peekable();
            while ids.peek().is_some() && stream.advance() {
                let key = stream.key();
                while ids.next_if(|id| id.as_slice() < key).is_some() {}
                if ids.next_if(|id| id.as_slice() == key).is_some() {
                    add(stream.value())?;
                }
            }
        }
        Ok(docs)
    }
}

impl Weight for ArticleSet {
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

/// Collects the article ids of matching head documents from the `head_id` fast column
/// (sorted, without duplicates).
struct HeadIds(Field);

struct HeadIdsSegment {
    column: Option<tantivy::columnar::StrColumn>,
    ords: Vec<u64>,
}

impl Collector for HeadIds {
    type Fruit = Vec<Vec<u8>>;
    type Child = HeadIdsSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<HeadIdsSegment> {
        let name = segment.schema().get_field_name(self.0);
        Ok(HeadIdsSegment {
            column: segment.fast_fields().str(name)?,
            ords: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Vec<u8>>>) -> tantivy::Result<Vec<Vec<u8>>> {
        let mut ids: Vec<Vec<u8>> = fruits.into_iter().flatten().collect();
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}

impl SegmentCollector for HeadIdsSegment {
    type Fruit = Vec<Vec<u8>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if let Some(column) = &self.column {
            self.ords.extend(column.term_ords(doc));
        }
    }

    fn harvest(mut self) -> Vec<Vec<u8>> {
        let Some(column) = &self.column else {
            return Vec::new();
        };
        self.ords.sort_unstable();
        self.ords.dedup();
        // In ordinal order, each dictionary block is decompressed once.
        let mut ids = Vec::with_capacity(self.ords.len());
        let _ = column
            .dictionary()
            .sorted_ords_to_term_cb(&self.ords, |id| ids.push(id.to_vec()));
        ids
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
        let searcher = index.reader().expect("reader").searcher();
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
            "text:talks quote:resumed speaker_name:\"anya kovalenko\"",
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
            let built = build(&parser, &searcher, &fields, ast);
            match (expected, built) {
                (Ok(e), Ok(b)) => assert_eq!(format!("{e:?}"), format!("{b:?}"), "{q}"),
                (Err(e), Err(TitleError::Parser(b))) => {
                    assert_eq!(format!("{e:?}"), format!("{b:?}"), "{q}")
                }
                (e, b) => panic!("{q}: parser {:?}, built {:?}", e.is_ok(), b.is_ok()),
            }
        }
    }
}
