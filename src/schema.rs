//! The index schema: the only place where field names and options live.
//!
//! One tantivy document per sentence. What a sentence is filtered or shown by (article id,
//! path, date, source key) is repeated on each sentence. The title is only on a *head*
//! document: the first sentence of an article (of each 1 MB piece of a huge one), and the
//! source and URL only on the article's first sentence: indexing the title with positions on
//! every sentence was ~5% of the indexing CPU. The sentences of a piece are added as one
//! group (`IndexWriter::run`), so they have consecutive document ids in one segment, head
//! first, and keep them through merges; `head_id` marks the heads. Search expands a
//! `title:` clause from the matching heads to the documents that follow them up to the next
//! head, and reads a hit's title and source from its article's first sentence.
//!
//! Quoted spans are stored, not indexed: their words are the sentence's own words, and
//! indexing them again cost ~10% of the indexing CPU. `quote_tokens` holds, per quoted span,
//! the range of the sentence's token positions it covers, and search answers `quote:` clauses
//! from the `text` postings and positions, keeping the matches inside such a range
//! (`search::quote`).

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, STORED,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Index;

pub mod stem_memo;

/// Bumped whenever the documents an index holds change shape or meaning; an index written
/// with another version must be rebuilt.
/// 3: English text is analysed by `en_stem_memo` (same tokens as `en_stem`, new name).
/// 4: title, source and URL only on head documents, plus `head_id`; a piece's sentences
/// have consecutive document ids.
/// 5: `quote` stored only; `quote_tokens` gives the token range of each quoted span.
/// 6: `sentence` fast and stored, not indexed; `kind` and `confidence` without fast columns
/// (nothing read them). Each per-document column or term costs indexing memory: together
/// they were ~35 bytes of the ~200 a sentence takes in the writer's budget, so segments
/// are flushed ~20% larger, and fewer of them are merged.
pub const SCHEMA_VERSION: u32 = 6;

/// The tokenizer for sentence text and titles, by configured language.
pub fn text_tokenizer(language: &str) -> &'static str {
    match language {
        "en" => "en_stem_memo",
        _ => "default",
    }
}

/// Registers morgue's own tokenizers on an index. tantivy keeps only their names in the
/// schema, so this must run every time an index is created or opened.
pub fn register_tokenizers(index: &Index) {
    index
        .tokenizers()
        .register(text_tokenizer("en"), en_stem_memo());
}

/// The `en_stem_memo` analyzer: exactly the tokens of tantivy's `en_stem`, with stems
/// memoised per word (see [`stem_memo`]).
pub fn en_stem_memo() -> TextAnalyzer {
    TextAnalyzer::from(stem_memo::EnStemMemo::default())
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Stable article id (raw, indexed, stored): deletes and `show` use it.
    pub article_id: Field,
    /// Path relative to the corpus directory (raw, indexed, stored).
    pub path: Field,
    /// Headline (tokenized, positions, stored), on head documents only.
    pub title: Field,
    /// The article id again, on head documents only, as a fast column: where the run of
    /// sentences a head starts ends.
    pub head_id: Field,
    /// Outlet as written (stored), on the article's first sentence only.
    pub source: Field,
    /// Outlet lowercased (raw, indexed) for `--source`.
    pub source_key: Field,
    /// Article URL (stored), on the article's first sentence only.
    pub url: Field,
    /// Publication day as a DateTime at midnight UTC (indexed, fast, stored).
    pub date: Field,
    /// Publication day as a `/YYYY/MM/DD` facet.
    pub day: Field,
    /// 1-based sentence number within the article (fast, stored; filters on it are
    /// fast-field ranges, always combined with an article id).
    pub sentence: Field,
    /// Sentence text (stemmed, positions, stored).
    pub text: Field,
    /// Speaker as a `/speaker/<name>` facet; absent when unattributed.
    pub speaker: Field,
    /// Speaker name as text (searchable with `speaker_name:peskov`), stored.
    pub speaker_name: Field,
    /// [`speaker_lookup_key`] of the speaker (raw, indexed, not stored): `--speaker NAME`
    /// finds the indexed names it may designate with a prefix scan of this field's terms
    /// instead of reading every speaker name of every segment.
    pub speaker_lookup: Field,
    /// The speaker's title or role ("Deputy Foreign Minister"), stored.
    pub role: Field,
    /// The quoted spans inside the sentence, main one first (stored, not indexed).
    pub quote: Field,
    /// Per quoted span, the token positions of `text` it covers, `start << 32 | end`
    /// (end exclusive): a multi-valued fast column (see [`quote_token_ranges`]).
    pub quote_tokens: Field,
    /// Kind of attribution: direct, partial, reported or none (raw, indexed, stored).
    pub kind: Field,
    /// Confidence in the speaker, 0 to 1 (stored).
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
    // Raw keys are one token per document: a field norm would always be 1, so none is kept
    // (BM25 then takes 1 as well).
    let raw_key = || {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
    };
    let date_options = DateOptions::default()
        .set_indexed()
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);
    let fields = Fields {
        article_id: b.add_text_field("article_id", raw_key().set_stored()),
        path: b.add_text_field("path", raw_key().set_stored()),
        title: b.add_text_field("title", text_with_positions.clone()),
        head_id: b.add_text_field("head_id", TextOptions::default().set_fast("raw")),
        source: b.add_text_field("source", STORED),
        source_key: b.add_text_field("source_key", raw_key()),
        url: b.add_text_field("url", STORED),
        date: b.add_date_field("date", date_options),
        day: b.add_facet_field("day", FacetOptions::default()),
        sentence: b.add_u64_field(
            "sentence",
            NumericOptions::default().set_fast().set_stored(),
        ),
        text: b.add_text_field("text", text_with_positions),
        speaker: b.add_facet_field("speaker", FacetOptions::default()),
        speaker_name: b.add_text_field("speaker_name", name_text),
        speaker_lookup: b.add_text_field("speaker_lookup", raw_key()),
        role: b.add_text_field("role", STORED),
        quote: b.add_text_field("quote", STORED),
        quote_tokens: b.add_u64_field("quote_tokens", NumericOptions::default().set_fast()),
        kind: b.add_text_field("kind", raw_key().set_stored()),
        confidence: b.add_f64_field("confidence", NumericOptions::default().set_stored()),
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
            head_id: f("head_id")?,
            source: f("source")?,
            source_key: f("source_key")?,
            url: f("url")?,
            date: f("date")?,
            day: f("day")?,
            sentence: f("sentence")?,
            text: f("text")?,
            speaker: f("speaker")?,
            speaker_name: f("speaker_name")?,
            speaker_lookup: f("speaker_lookup")?,
            role: f("role")?,
            quote: f("quote")?,
            quote_tokens: f("quote_tokens")?,
            kind: f("kind")?,
            confidence: f("confidence")?,
        })
    }
}

/// The `quote_tokens` values of quoted spans of a sentence: for each span (byte offsets into
/// `text`), the positions of the tokens that start inside it, as `start << 32 | end` (end
/// exclusive). Positions are numbered as the `text` tokenizers number them, one per maximal
/// run of alphanumeric characters (`SimpleTokenizer`; a run too long to index keeps its
/// position), so a position in the `text` postings falls in the range exactly when its
/// word lies in the span.
pub fn quote_token_ranges(text: &str, spans: &[std::ops::Range<usize>]) -> Vec<u64> {
    // A byte scan (chars decoded only outside ASCII): this runs on every quoted sentence.
    let Some(last) = spans.iter().map(|s| s.end).max() else {
        return Vec::new();
    };
    // Words starting at or after the last span's end count for no range.
    let bytes = &text.as_bytes()[..last.min(text.len())];
    let mut starts: Vec<usize> = Vec::with_capacity(bytes.len() / 4);
    let mut in_word = false;
    let mut at = 0;
    while at < bytes.len() {
        let (alphanumeric, width) = if bytes[at].is_ascii() {
            (bytes[at].is_ascii_alphanumeric(), 1)
        } else {
            text[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        };
        if alphanumeric && !in_word {
            starts.push(at);
        }
        in_word = alphanumeric;
        at += width;
    }
    spans
        .iter()
        .map(|span| {
            let first = starts.partition_point(|&s| s < span.start) as u64;
            let end = starts.partition_point(|&s| s < span.end) as u64;
            (first << 32) | end.max(first)
        })
        .collect()
}

/// The start and end (exclusive) token positions of a `quote_tokens` value.
pub fn unpack_token_range(value: u64) -> (u32, u32) {
    ((value >> 32) as u32, value as u32)
}

/// The term of a speaker name in the `speaker_lookup` field: its last word lowercased, a NUL,
/// then the name as indexed. Every name a `--speaker` argument designates (full name, alias,
/// surname) shares its last word with the argument or with the alias's canonical name.
pub fn speaker_lookup_key(name: &str) -> String {
    let last = name.split_whitespace().next_back().unwrap_or("");
    format!("{}\0{name}", last.to_lowercase())
}

/// The root of every speaker facet.
pub const SPEAKER_FACET_ROOT: &str = "speaker";

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Token, TokenStream};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        analyzer
            .token_stream(text)
            .process(&mut |t: &Token| out.push(t.clone()));
        out
    }

    /// An `en_stem_memo` analyzer past the texts it tokenizes without a memo.
    fn warm_en_stem_memo() -> TextAnalyzer {
        let mut memo = en_stem_memo();
        for _ in 0..=stem_memo::TEXTS_BEFORE_MEMO {
            tokens(&mut memo, "");
        }
        memo
    }

    /// `quote_tokens` ranges must cover exactly the token positions the `text` analyzers
    /// give the words of a span: a word inside the span is inside the range, a word outside
    /// is not (long words dropped by the analyzer keep their position).
    #[test]
    fn quote_token_ranges_agree_with_the_text_analyzers() {
        let texts = [
            "\"The talks are over,\" Kovalenko said.",
            "He called it 'a win-win' — then left; \"Höfn's 3.5% rise,\" she added.",
            "Straße «Ǆemal» said: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa is long\" then.",
            "\"Nothing\"",
            "东京 2020: \"ok\" 🙂 \"ﬁne\"",
        ];
        for name in ["en", "none"] {
            let mut analyzer = if name == "en" {
                en_stem_memo()
            } else {
                tantivy::tokenizer::TokenizerManager::default()
                    .get("default")
                    .expect("default")
            };
            for text in texts {
                let toks = tokens(&mut analyzer, text);
                // Every span between two quote marks, and a few arbitrary ones.
                let marks: Vec<usize> = text
                    .char_indices()
                    .filter(|(_, c)| matches!(c, '"' | '\'' | '«' | '»'))
                    .map(|(i, _)| i)
                    .collect();
                let mut spans: Vec<std::ops::Range<usize>> =
                    marks.windows(2).map(|w| w[0]..w[1]).collect();
                spans.push(0..text.len());
                spans.push(0..0);
                for (i, range) in quote_token_ranges(text, &spans).into_iter().enumerate() {
                    let (start, end) = unpack_token_range(range);
                    let span = &spans[i];
                    for t in &toks {
                        let inside = span.start <= t.offset_from && t.offset_to <= span.end;
                        let position = t.position as u32;
                        assert_eq!(
                            inside,
                            start <= position && position < end,
                            "{name}: {text:?} {span:?} token {:?}",
                            t.text
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn en_stem_memo_gives_exactly_the_tokens_of_en_stem() {
        let mut reference = tantivy::tokenizer::TokenizerManager::default()
            .get("en_stem")
            .expect("tantivy's en_stem");
        let mut memo = warm_en_stem_memo();
        let texts = [
            "The ministers said talks resumed; the Minister SAID: \"Talks are resuming.\"",
            "Running runners ran RUNNING, generously generalised generalizations.",
            "Hämeenlinna's ÖZIL scored in İstanbul — Straße, ΣΟΦΊΑ, ﬁnance, Ǆemal, 東京 2020.",
            "don't won't it's O'Neill's U.S.-led 3.5% $1,000 e-mail co-operation",
            "a-very-long-word-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa and İİİİİİİİİİİİİİİİİİİİ",
            "",
            "   ...!!! ",
            "\u{1F600} emoji 🙂 ok; tabs\tand\nnewlines\r\n",
        ];
        // Several rounds: the first fills the memo, the next ones read it.
        for _ in 0..3 {
            for text in texts {
                assert_eq!(
                    tokens(&mut memo, text),
                    tokens(&mut reference, text),
                    "{text}"
                );
            }
        }
        // More words than slots: evicted words are analysed again and give the same tokens;
        // and words too long for a slot.
        let many: String = (0..40_000)
            .map(|i| format!("w{i}ing Ww{i}ing "))
            .chain(["abcdefghijklmnopqrstuvwxyzabcdefghijklmn ".to_string()])
            .chain(["abcdefghijklmno abcdefghijklmnop İİİİİİİ İİİİİİİİ ".to_string()])
            .collect();
        assert_eq!(tokens(&mut memo, &many), tokens(&mut reference, &many));
        assert_eq!(
            tokens(&mut memo, texts[1]),
            tokens(&mut reference, texts[1])
        );
    }

    proptest::proptest! {
        #[test]
        fn en_stem_memo_gives_the_tokens_of_en_stem_on_any_text(
            text in "([a-zA-Z0-9éÉİıßΣς'’.,-]{1,30}[ \\n]){0,40}|\\PC{0,200}",
        ) {
            let mut reference = tantivy::tokenizer::TokenizerManager::default()
                .get("en_stem")
                .expect("tantivy's en_stem");
            let expected = tokens(&mut reference, &text);
            // Without a memo yet (as in a query), then twice with one: the second pass reads
            // the memo the first one filled.
            proptest::prop_assert_eq!(&tokens(&mut en_stem_memo(), &text), &expected);
            let mut memo = warm_en_stem_memo();
            for _ in 0..2 {
                proptest::prop_assert_eq!(&tokens(&mut memo, &text), &expected);
            }
        }
    }

    #[test]
    fn speaker_lookup_key_starts_with_the_lowercased_last_word() {
        assert_eq!(speaker_lookup_key("Donald Trump"), "trump\0Donald Trump");
        assert_eq!(speaker_lookup_key("ÖZIL"), "özil\0ÖZIL");
        assert_eq!(speaker_lookup_key(""), "\0");
    }
}
