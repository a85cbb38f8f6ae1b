//! `en_stem_memo`: the tokens of tantivy's `en_stem` analyzer, faster.
//!
//! `en_stem` is `SimpleTokenizer` (maximal runs of alphanumeric characters), then
//! `RemoveLongFilter::limit(40)` (a run of 40 bytes or more is dropped, its position is not
//! reused), `LowerCaser` and the English Snowball stemmer. Stemming was about a sixth of
//! indexing CPU time, while a few thousand words make up most of news text (Zipfian), so
//! [`EnStemMemo`] remembers the stem of each word as written in a small per-thread table, and
//! finds words with a byte scan instead of tantivy's `char_indices` chain.

use tantivy::tokenizer::{
    Language, LowerCaser, RawTokenizer, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// `RemoveLongFilter::limit(40)` in `en_stem`: words of this many bytes or more are dropped.
const MAX_WORD_BYTES: usize = 40;

/// Sets of the memo table (a power of two), two words each: 1 MiB per indexing thread. On the
/// bench corpus 94% of words are found (91% with twice the memory in one way of 64-byte
/// slots; 85% with a quarter, which cost more stemming than it saved in cache misses).
const SETS: usize = 1 << 14;

/// The longest word (as written) and stem a slot holds; longer ones are stemmed every time
/// (0.03% of the words of the bench corpus).
const MAX_SLOT_BYTES: usize = 15;

/// Two words and their stems, each packed in a `u128` (length byte, then the UTF-8 bytes,
/// zero-padded): a lookup reads one cache line and compares one integer per way. The most
/// recently used pair is first. (A `HashMap<String, String>` memo lost half of what it saved
/// in cache misses.)
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Set {
    words: [u128; 2],
    stems: [u128; 2],
}

/// `bytes` packed as in a [`Set`], if short enough. An empty slot (0) never matches a word:
/// words are never empty.
fn pack(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > MAX_SLOT_BYTES {
        return None;
    }
    // Byte by byte in a register: a copy into a stack buffer read back as one u128 stalled
    // on store forwarding.
    let packed = bytes
        .iter()
        .rev()
        .fold(0u128, |acc, &b| (acc << 8) | u128::from(b));
    Some((packed << 8) | bytes.len() as u128)
}

/// [`pack`] of `text[start..end]`, reading 16 bytes at once when the text goes on that far.
fn pack_word(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    if len > MAX_SLOT_BYTES {
        return None;
    }
    match text.get(start..start + 16) {
        Some(chunk) => {
            let mut buf = [0u8; 16];
            buf.copy_from_slice(chunk);
            let raw = u128::from_le_bytes(buf) & ((1u128 << (8 * len)) - 1);
            Some((raw << 8) | len as u128)
        }
        None => pack(&text[start..end]),
    }
}

/// Appends the stem a packed `u128` holds.
fn unpack(packed: u128, out: &mut String) {
    let buf = packed.to_le_bytes();
    let len = usize::from(buf[0]).min(MAX_SLOT_BYTES);
    // Always valid: only whole stems are packed.
    if let Ok(stem) = std::str::from_utf8(&buf[1..=len]) {
        out.push_str(stem);
    }
}

/// The set of a packed word: a multiplicative hash, high bits.
fn set_index(word: u128) -> usize {
    let folded = (word as u64) ^ ((word >> 64) as u64).rotate_left(29);
    let hash = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (hash >> (64 - SETS.trailing_zeros())) as usize
}

/// The `en_stem_memo` tokenizer (see the module documentation). tantivy clones the
/// registered tokenizer for each segment writer, so each indexing thread has its own memo
/// and no lock.
pub struct EnStemMemo {
    token: Token,
    /// Lowercaser and stemmer, applied to one word (a `RawTokenizer` chain).
    per_word: TextAnalyzer,
    /// Allocated after [`TEXTS_BEFORE_MEMO`] texts: the query parser's clones, which
    /// tokenize a few words each, do not pay for it.
    sets: Vec<Set>,
    /// Texts tokenized so far, up to [`TEXTS_BEFORE_MEMO`].
    texts: usize,
}

/// Texts an [`EnStemMemo`] tokenizes without a memo before it allocates one.
pub(crate) const TEXTS_BEFORE_MEMO: usize = 64;

impl Default for EnStemMemo {
    fn default() -> Self {
        EnStemMemo {
            token: Token::default(),
            per_word: TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(Stemmer::new(Language::English))
                .build(),
            sets: Vec::new(),
            texts: 0,
        }
    }
}

// A clone starts with an empty memo: the registered tokenizer is never used itself.
impl Clone for EnStemMemo {
    fn clone(&self) -> Self {
        EnStemMemo {
            token: Token::default(),
            per_word: self.per_word.clone(),
            sets: Vec::new(),
            texts: 0,
        }
    }
}

impl Tokenizer for EnStemMemo {
    type TokenStream<'a> = EnStemMemoStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> EnStemMemoStream<'a> {
        if self.texts < TEXTS_BEFORE_MEMO {
            self.texts += 1;
        } else if self.sets.is_empty() {
            self.sets = vec![Set::default(); SETS];
        }
        self.token.reset();
        EnStemMemoStream {
            text,
            next: 0,
            token: &mut self.token,
            per_word: &mut self.per_word,
            sets: &mut self.sets,
        }
    }
}

/// The token stream of [`EnStemMemo`].
pub struct EnStemMemoStream<'a> {
    text: &'a str,
    /// Byte offset where the search for the next word starts (a char boundary).
    next: usize,
    token: &'a mut Token,
    per_word: &'a mut TextAnalyzer,
    /// Empty until the memo is allocated.
    sets: &'a mut [Set],
}

impl EnStemMemoStream<'_> {
    /// Whether the character at byte `at` (a char boundary) is alphanumeric, and its length.
    fn char_at(&self, at: usize) -> (bool, usize) {
        let byte = self.text.as_bytes()[at];
        if byte.is_ascii() {
            return (byte.is_ascii_alphanumeric(), 1);
        }
        match self.text[at..].chars().next() {
            Some(c) => (c.is_alphanumeric(), c.len_utf8()),
            None => (false, 1),
        }
    }

    /// The next maximal run of alphanumeric characters, as `SimpleTokenizer` finds them.
    fn next_word(&mut self) -> Option<(usize, usize)> {
        let len = self.text.len();
        let mut at = self.next;
        while at < len {
            let (alphanumeric, width) = self.char_at(at);
            if alphanumeric {
                break;
            }
            at += width;
        }
        if at >= len {
            self.next = len;
            return None;
        }
        let start = at;
        while at < len {
            let (alphanumeric, width) = self.char_at(at);
            if !alphanumeric {
                break;
            }
            at += width;
        }
        self.next = at;
        Some((start, at))
    }

    /// Writes the stem of `text[start..end]` into the token, from the memo or the stemmer.
    fn stem_into_token(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        let text = &mut self.token.text;
        text.clear();
        let packed = if self.sets.is_empty() {
            None
        } else {
            pack_word(self.text.as_bytes(), start, end)
        };
        let mut index = 0;
        if let Some(packed) = packed {
            index = set_index(packed);
            let set = &mut self.sets[index];
            if set.words[0] == packed {
                unpack(set.stems[0], text);
                return;
            }
            if set.words[1] == packed {
                set.words.swap(0, 1);
                set.stems.swap(0, 1);
                unpack(set.stems[0], text);
                return;
            }
        }
        self.per_word
            .token_stream(word)
            .process(&mut |t: &Token| text.push_str(&t.text));
        if let (Some(packed), Some(packed_stem)) = (packed, pack(text.as_bytes())) {
            let set = &mut self.sets[index];
            set.words = [packed, set.words[0]];
            set.stems = [packed_stem, set.stems[0]];
        }
    }
}

impl TokenStream for EnStemMemoStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end)) = self.next_word() {
            // Like SimpleTokenizer + RemoveLongFilter: a dropped word still takes a position.
            self.token.position = self.token.position.wrapping_add(1);
            if end - start >= MAX_WORD_BYTES {
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.stem_into_token(start, end);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_word_packs_like_pack() {
        let text = "a Hämeenlinna abcdefghijklmno abcdefghijklmnop x and the end";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start + 1..=bytes.len().min(start + 17) {
                assert_eq!(pack_word(bytes, start, end), pack(&bytes[start..end]));
            }
        }
        assert_eq!(
            pack(b"ab"),
            Some(2 | (u128::from(b'a') << 8) | (u128::from(b'b') << 16))
        );
        let mut out = String::new();
        unpack(pack("Hä".as_bytes()).unwrap_or(0), &mut out);
        assert_eq!(out, "Hä");
    }
}
