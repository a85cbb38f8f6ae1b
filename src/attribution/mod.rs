//! Quotation detection and speaker attribution.
//!
//! Policy: precision over recall. When the speaker is uncertain the quote is kept but its
//! speaker is left empty: a quote given to the wrong person is worse than one given to no one.

use serde::{Deserialize, Serialize};
use std::ops::Range;

use crate::segment::split_sentences;

mod analyze;
mod coref;
mod cues;
mod first_names;
pub mod lexicon;
mod names;
mod quotes;
mod tokens;

#[cfg(test)]
mod tests;

/// How a sentence relates to speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The sentence is (part of) a quotation in quotation marks.
    Direct,
    /// A short quotation embedded in the author's own sentence ("accused them of 'ignoring attempts'").
    Partial,
    /// Reported speech without quotation marks ("X said that ...", "according to X").
    Reported,
    /// Not speech.
    #[default]
    None,
}

impl Kind {
    /// The stable lowercase name used in the index and in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Reported => "reported",
            Kind::None => "none",
        }
    }
}

/// A speaker as named in the article, with any title or role kept apart from the name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest form of the name seen in the article ("Sergey Kislya", "the Kremlin").
    pub name: String,
    /// Title or role, when given ("Deputy Foreign Minister").
    pub role: Option<String>,
    /// True for organisations and institutions ("the ministry", "police").
    pub is_org: bool,
}

/// One quotation or piece of reported speech found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Byte range of the quoted content (without the quotation marks) or of the reported content.
    pub content: Range<usize>,
    /// Direct, partial or reported.
    pub kind: Kind,
    /// The speaker, or `None` when nobody can be named with confidence.
    pub speaker: Option<Speaker>,
    /// Byte range of the speech cue ("said", "according to"), when there is one.
    pub cue: Option<Range<usize>>,
    /// Byte range of the speaker mention as written ("he", "Peskov", "the minister").
    pub source_span: Option<Range<usize>>,
    /// Confidence in the speaker, 0.0 to 1.0 (0.0 when there is no speaker).
    pub confidence: f32,
}

/// The attribution of one sentence: what the index stores per document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SentenceAttribution {
    /// The strongest kind of speech in the sentence.
    pub kind: Kind,
    /// The speaker of that speech, if attributed.
    pub speaker: Option<Speaker>,
    /// Byte range (into the article text) of the quoted span inside this sentence.
    pub quote: Option<Range<usize>>,
    /// Other quotations in the sentence by the same speaker, in text order ("said it was
    /// 'useful' and 'ready to continue'"): byte ranges into the article text.
    pub more_quotes: Vec<Range<usize>>,
    /// Confidence in the speaker, 0.0 to 1.0.
    pub confidence: f32,
}

/// Settings that change what attribution produces.
#[derive(Debug, Clone, Default)]
pub struct AttributionSettings {
    /// Speech verbs to recognise beyond the built-in lexicon (base forms or inflected).
    pub extra_speech_verbs: Vec<String>,
}

/// Everything attribution found in one text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Sentence byte ranges, as from [`split_sentences`].
    pub sentences: Vec<Range<usize>>,
    /// Quotations and reported speech, in text order.
    pub quotes: Vec<Quote>,
    /// One entry per sentence, same order as `sentences`.
    pub per_sentence: Vec<SentenceAttribution>,
}

/// Texts longer than this are analysed in pieces (see [`pieces`]).
pub const MAX_PIECE: usize = 1 << 20;

/// Version of the attribution rules. Bump it when a change alters what attribution finds in
/// an unchanged article: `morgue index` then re-attributes (rebuilds) an index made by other
/// rules instead of keeping its old speakers for files that did not change.
pub const RULES_VERSION: u32 = 6;

/// Cuts `text` into pieces of at most about `max` bytes at paragraph breaks (or, inside a
/// giant paragraph, at a line break, a sentence end or a space), with their byte offsets.
/// A text up to `max` bytes is one piece. Analysing piece by piece keeps memory bounded by
/// the piece, not the article: a 100 MB "article" is almost always a concatenation, and
/// quotations and coreference do not reach across a megabyte of text.
pub fn pieces(text: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = [
            window.rfind("\n\n").map(|i| i + 2),
            window.rfind('\n').map(|i| i + 1),
            window.rfind(". ").map(|i| i + 2),
            window.rfind(' ').map(|i| i + 1),
        ]
        .into_iter()
        .flatten()
        .find(|&i| i > max / 2)
        .unwrap_or(window.len());
        out.push((start, &text[start..start + cut]));
        start += cut;
    }
    out.push((start, &text[start..]));
    out
}

/// Finds quotations and speakers. Build once, use for many articles (it holds the lexicons).
#[derive(Debug, Clone)]
pub struct Attributor {
    settings: AttributionSettings,
    classes: lexicon::Classes,
}

impl Default for Attributor {
    fn default() -> Self {
        Attributor::new(AttributionSettings::default())
    }
}

impl Attributor {
    /// Builds an attributor with the built-in lexicons plus `settings`.
    pub fn new(settings: AttributionSettings) -> Self {
        let classes = lexicon::build_classes(&settings.extra_speech_verbs);
        Attributor { settings, classes }
    }

    /// The settings this attributor was built with.
    pub fn settings(&self) -> &AttributionSettings {
        &self.settings
    }

    /// Splits `text` into sentences and attributes its quotations.
    /// `text` is an article body: paragraphs separated by blank lines.
    pub fn analyze(&self, text: &str) -> Analysis {
        let sentences = split_sentences(text);
        let quotes = analyze::run(text, &sentences, &self.classes);
        let per_sentence = analyze::per_sentence(&sentences, &quotes);
        Analysis {
            sentences,
            quotes,
            per_sentence,
        }
    }
}
