//! The index schema: the only place where field names and options live.
//!
//! One tantivy document per sentence. Article-level fields (id, path, title, source, date)
//! are repeated on each sentence so that any hit can be shown and filtered on its own.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

/// Bumped whenever the documents an index holds change shape or meaning; an index written
/// with another version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 1;

/// The tokenizer for sentence text, titles and quotes, by configured language.
pub fn text_tokenizer(language: &str) -> &'static str {
    match language {
        "en" => "en_stem",
        _ => "default",
    }
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Stable article id (raw, indexed): deletes and `show` use it.
    pub article_id: Field,
    /// Path relative to the corpus directory (raw, indexed).
    pub path: Field,
    /// Headline (tokenized, stored).
    pub title: Field,
    /// Outlet as written (stored).
    pub source: Field,
    /// Outlet lowercased (raw, indexed) for `--source`.
    pub source_key: Field,
    /// Article URL (stored).
    pub url: Field,
    /// Publication day as a DateTime at midnight UTC (indexed, fast, stored).
    pub date: Field,
    /// Publication day as a `/YYYY/MM/DD` facet.
    pub day: Field,
    /// 1-based sentence number within the article (indexed, fast, stored).
    pub sentence: Field,
    /// Sentence text (stemmed, positions, stored).
    pub text: Field,
    /// Speaker as a `/speaker/<name>` facet; absent when unattributed.
    pub speaker: Field,
    /// Speaker name as text (searchable with `speaker_name:peskov`), stored.
    pub speaker_name: Field,
    /// The speaker's title or role ("Deputy Foreign Minister"), stored.
    pub role: Field,
    /// The quoted span inside the sentence (tokenized, stored).
    pub quote: Field,
    /// Kind of attribution: direct, partial, reported or none (raw, indexed, fast, stored).
    pub kind: Field,
    /// Confidence in the speaker, 0 to 1 (fast, stored).
    pub confidence: Field,
}

/// Builds the schema for a configured language.
pub fn build(language: &str) -> (Schema, Fields) {
    let mut b = Schema::builder();
    let tokenizer = text_tokenizer(language);
    let text_with_positions = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let name_text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("default")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let date_options = DateOptions::from(INDEXED)
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);
    let fields = Fields {
        article_id: b.add_text_field("article_id", STRING | STORED),
        path: b.add_text_field("path", STRING | STORED),
        title: b.add_text_field("title", text_with_positions.clone()),
        source: b.add_text_field("source", STORED),
        source_key: b.add_text_field("source_key", STRING),
        url: b.add_text_field("url", STORED),
        date: b.add_date_field("date", date_options),
        day: b.add_facet_field("day", FacetOptions::default()),
        sentence: b.add_u64_field(
            "sentence",
            NumericOptions::default()
                .set_indexed()
                .set_fast()
                .set_stored(),
        ),
        text: b.add_text_field("text", text_with_positions.clone()),
        speaker: b.add_facet_field("speaker", FacetOptions::default()),
        speaker_name: b.add_text_field("speaker_name", name_text),
        role: b.add_text_field("role", STORED),
        quote: b.add_text_field("quote", text_with_positions),
        kind: b.add_text_field("kind", STRING | STORED | FAST),
        confidence: b.add_f64_field(
            "confidence",
            NumericOptions::default().set_stored().set_fast(),
        ),
    };
    (b.build(), fields)
}

impl Fields {
    /// Looks up every field by name in an existing index's schema.
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            article_id: f("article_id")?,
            path: f("path")?,
            title: f("title")?,
            source: f("source")?,
            source_key: f("source_key")?,
            url: f("url")?,
            date: f("date")?,
            day: f("day")?,
            sentence: f("sentence")?,
            text: f("text")?,
            speaker: f("speaker")?,
            speaker_name: f("speaker_name")?,
            role: f("role")?,
            quote: f("quote")?,
            kind: f("kind")?,
            confidence: f("confidence")?,
        })
    }
}

/// The root of every speaker facet.
pub const SPEAKER_FACET_ROOT: &str = "speaker";
