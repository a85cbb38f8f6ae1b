//! The sentence scanner: one pass over the bytes of a segment, stopping only at `.`, `?`,
//! `!` and `…`, where a handful of look-arounds decide whether the sentence ends.

use std::ops::Range;
use std::sync::LazyLock;

use super::lexicon::{
    abbreviation, is_exclaiming_name, is_indefinite_pronoun, is_sentence_starter, is_speech_verb,
    Abbr,
};
use super::lines::is_bullet;

/// Searcher for "…" (U+2026), built once.
static ELLIPSIS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("…".as_bytes()));

/// Splits one segment (a range no sentence crosses) into sentences, appending to `out`.
pub(super) fn scan_segment(text: &str, seg: Range<usize>, out: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let end = seg.end;
    let forced = list_breaks(text, seg.clone());
    let mut forced_iter = forced.iter().copied();
    let mut next_forced = forced_iter.next().unwrap_or(usize::MAX);
    let mut sent_start = seg.start;
    let mut i = seg.start;
    // Next "…" at or after `i` (searched lazily: most text has none).
    let mut next_ellipsis = 0;
    while i < end {
        if next_ellipsis < i {
            next_ellipsis = ELLIPSIS.find(&b[i..end]).map_or(usize::MAX, |k| i + k);
        }
        // Jump to the next terminal with SIMD search instead of testing every byte.
        let next_term = memchr::memchr3(b'.', b'?', b'!', &b[i..end]).map_or(end, |k| i + k);
        let t = next_term.min(next_ellipsis);
        if t >= next_forced {
            // A list marker opens a new sentence (unless a split already happened after it).
            if next_forced > sent_start {
                push(text, sent_start..next_forced, out);
                sent_start = next_forced;
            }
            i = i.max(next_forced);
            next_forced = forced_iter.next().unwrap_or(usize::MAX);
            continue;
        }
        if t >= end {
            break;
        }
        let s = Scanner {
            text,
            b,
            end,
            sent_start,
        };
        let (split, resume) = s.at_terminal(t);
        if let Some(at) = split {
            push(text, sent_start..at, out);
            sent_start = at;
        }
        i = resume.max(t + 1);
    }
    push(text, sent_start..end, out);
}

/// Appends `r` trimmed of whitespace, unless nothing is left.
fn push(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let t = s.trim_start();
    let start = r.start + (s.len() - t.len());
    let t = t.trim_end();
    if !t.is_empty() {
        out.push(start..start + t.len());
    }
}

/// What ends the sentence candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    /// A single period: depends on the word before it.
    Period,
    /// `?`, `!`, or four dots (an ellipsis plus a period): ends unless a lowercase word follows.
    Strong,
    /// Three dots or `…`: ends only before a capital.
    Ellipsis,
    /// A spaced three-dot ellipsis (". . ."): an omission inside the sentence.
    Omission,
}

/// The first character of the next word, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Lower,
    Upper,
    Digit,
    Dot,
    Other,
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    end: usize,
    sent_start: usize,
}

impl Scanner<'_> {
    /// Decides at the terminal punctuation at `i`. Returns where the sentence ends (if it
    /// does) and where scanning resumes.
    fn at_terminal(&self, i: usize) -> (Option<usize>, usize) {
        let b = self.b;
        let (term, run_end) = self.terminal_run(i);
        if matches!(term, Term::Ellipsis | Term::Omission)
            && i > 0
            && matches!(b[i - 1], b'[' | b'(')
        {
            // "[...]": an editorial omission, not punctuation of the sentence.
            return (None, run_end);
        }
        if term == Term::Omission {
            return (None, run_end);
        }
        if term == Term::Strong && b[i] == b'!' && is_exclaiming_name(self.word_before(i)) {
            return (None, run_end);
        }
        let (after, closer, quote_closer) = self.closers(run_end);
        if after >= self.end {
            return (None, after);
        }
        if !is_space_at(b, after) {
            let split = self.no_space_split(i, term, after);
            return (split.then_some(after), after);
        }
        let k = skip_space(b, after, self.end);
        if k >= self.end {
            return (None, k);
        }
        let (k2, opener) = self.openers(k);
        let next = self.next_kind(k2);
        if next == Next::Lower {
            return (None, after);
        }
        let split = match term {
            Term::Strong => true,
            Term::Ellipsis => next == Next::Upper,
            Term::Omission => false,
            Term::Period => self.period_split(i, k2, next, opener, closer),
        };
        if split && quote_closer && !opener && next == Next::Upper && self.attribution_follows(k2) {
            // `"Will we win?" Smith asked.`: the attribution stays with its quotation.
            return (None, after);
        }
        (split.then_some(after), after)
    }

    /// Reads the run of terminal punctuation at `i`.
    fn terminal_run(&self, i: usize) -> (Term, usize) {
        let b = self.b;
        // A spaced ellipsis starts with a dot after a space: ". . ." or ". . . .".
        if b[i] == b'.' && i > 0 && b[i - 1] == b' ' && self.spaced_dot(i + 1) {
            let mut k = i;
            let mut dots = 1;
            while self.spaced_dot(k + 1) {
                k += 2;
                dots += 1;
            }
            return (
                if dots >= 4 {
                    Term::Strong
                } else {
                    Term::Omission
                },
                k + 1,
            );
        }
        let mut j = i;
        let mut dots = 0;
        let mut strong = false;
        let mut ellipsis = false;
        while j < self.end {
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'?' | b'!' => {
                    strong = true;
                    j += 1;
                }
                0xE2 if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => {
                    ellipsis = true;
                    j += 3;
                }
                _ => break,
            }
        }
        let term = if strong || dots >= 4 || (ellipsis && dots >= 1) {
            Term::Strong
        } else if ellipsis || dots >= 2 {
            Term::Ellipsis
        } else {
            Term::Period
        };
        (term, j)
    }

    /// True if `k` holds " ." (the continuation of a spaced ellipsis).
    fn spaced_dot(&self, k: usize) -> bool {
        k + 1 < self.end && self.b[k] == b' ' && self.b[k + 1] == b'.'
    }

    /// Skips closing quotes and brackets after a terminal. Returns the position after them,
    /// whether there were any, and whether one was a quotation mark.
    fn closers(&self, mut j: usize) -> (usize, bool, bool) {
        let b = self.b;
        let mut any = false;
        let mut quote = false;
        while j < self.end {
            let (len, is_quote) = match b[j] {
                b')' | b']' | b'}' => (1, false),
                b'"' => (1, true),
                // An apostrophe before a letter is a possessive ("Jr.'s"), not a closer.
                b'\'' if !b.get(j + 1).is_some_and(u8::is_ascii_alphabetic) => (1, true),
                0xE2 if b.get(j + 1) == Some(&0x80) => match b.get(j + 2) {
                    Some(0x9D) | Some(0xBA) => (3, true),
                    Some(0x99) if !b.get(j + 3).is_some_and(u8::is_ascii_alphabetic) => (3, true),
                    _ => break,
                },
                0xC2 if b.get(j + 1) == Some(&0xBB) => (2, true),
                _ => break,
            };
            any = true;
            quote |= is_quote;
            j += len;
        }
        (j, any, quote)
    }

    /// Skips opening quotes and brackets before a word.
    fn openers(&self, mut k: usize) -> (usize, bool) {
        let b = self.b;
        let mut any = false;
        while k < self.end {
            let len = match b[k] {
                b'"' | b'\'' | b'(' | b'[' | b'{' => 1,
                0xE2 if b.get(k + 1) == Some(&0x80)
                    && matches!(b.get(k + 2), Some(0x9C | 0x98 | 0xB9)) =>
                {
                    3
                }
                0xC2 if b.get(k + 1) == Some(&0xAB) => 2,
                _ => break,
            };
            any = true;
            k += len;
        }
        (k, any)
    }

    fn next_kind(&self, k: usize) -> Next {
        let Some(c) = self.text.get(k..).and_then(|s| s.chars().next()) else {
            return Next::Other;
        };
        if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() {
            Next::Upper
        } else if c.is_ascii_digit() {
            Next::Digit
        } else if c == '.' || c == '…' {
            Next::Dot
        } else {
            Next::Other
        }
    }

    /// The ASCII word (letters only) starting at `k`.
    fn word_at(&self, k: usize) -> &str {
        if k >= self.end {
            return "";
        }
        let n = self.b[k..self.end]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        &self.text[k..k + n]
    }

    /// The ASCII letters immediately before `i`.
    fn word_before(&self, i: usize) -> &str {
        let mut s = i;
        while s > self.sent_start && self.b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        &self.text[s..i]
    }

    /// Start of the whitespace-delimited token that ends at `i`, not before the sentence.
    fn token_start(&self, i: usize) -> usize {
        let mut s = i;
        while s > self.sent_start && !self.b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        s
    }

    /// Whitespace-separated words in `sent_start..i`, counting at most to `cap`.
    fn words_before(&self, i: usize, cap: usize) -> usize {
        let mut n = 0;
        let mut in_word = false;
        for &c in &self.b[self.sent_start..i] {
            if c.is_ascii_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                n += 1;
                if n >= cap {
                    break;
                }
            }
        }
        n
    }

    /// A single period at `i`, followed by space and a non-lowercase word at `k2`.
    fn period_split(&self, i: usize, k2: usize, next: Next, opener: bool, closer: bool) -> bool {
        if is_list_marker(&self.text[self.sent_start..i]) {
            // "1. First item", "b) ...": the marker opens the sentence, it does not end it.
            return false;
        }
        if next == Next::Dot {
            // "end. . . . Next": the period ends the sentence if the word after the ellipsis
            // is capitalised; the ellipsis then opens the next sentence.
            return self.after_ellipsis_is_upper(k2);
        }
        if closer {
            // `He said "no." Then`: a closed quotation or bracket after the period; but a
            // party-and-state tag closes its bracket, not the sentence ("Rep. Ana Ruiz
            // (D-Ore.) said"). A period after the bracket still ends it.
            return !self.party_tag_ends_at(i);
        }
        let tok_start = self.token_start(i);
        let token = trim_openers(&self.text[tok_start..i]);
        match classify(token) {
            Word::Plain { lowercase } => match next {
                Next::Digit => lowercase,
                _ => true,
            },
            Word::Number | Word::Address => true,
            Word::Abbr(Abbr::Title) | Word::Abbr(Abbr::NoEnd) => false,
            Word::Abbr(Abbr::Ambiguous) => {
                // A three-word fragment ending in an abbreviation is not a sentence
                // ("At 5 a.m. Mr. Smith left").
                next == Next::Upper
                    && (opener || self.starter_at(k2))
                    && self.words_before(tok_start, 3) >= 3
            }
            Word::Initial => next == Next::Upper && (opener || self.starter_at(k2)),
        }
    }

    /// True if the period at `i` ends a bracketed party-and-state tag: "(D-Ore.)", "(R-N.C.)",
    /// "(I-Vt.)": one to three capitals, a hyphen, a capitalised state abbreviation, and the
    /// closing bracket right after the period.
    fn party_tag_ends_at(&self, i: usize) -> bool {
        let b = self.b;
        if b.get(i + 1) != Some(&b')') {
            return false;
        }
        let lo = i.saturating_sub(12).max(self.sent_start);
        let Some(open) = b[lo..i].iter().rposition(|&c| c == b'(').map(|k| lo + k) else {
            return false;
        };
        let inner = &b[open + 1..i];
        let Some(dash) = inner.iter().position(|&c| c == b'-') else {
            return false;
        };
        let (party, state) = (&inner[..dash], &inner[dash + 1..]);
        (1..=3).contains(&party.len())
            && party.iter().all(u8::is_ascii_uppercase)
            && state.first().is_some_and(u8::is_ascii_uppercase)
            && state.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
    }

    /// True if the capitalised word at `k` commonly opens a sentence, and is not itself an
    /// initial ("J. A. Smith").
    fn starter_at(&self, k: usize) -> bool {
        let w = self.word_at(k);
        if w.len() == 1 && self.b.get(k + 1) == Some(&b'.') {
            return false;
        }
        is_sentence_starter(w)
    }

    fn after_ellipsis_is_upper(&self, k: usize) -> bool {
        let b = self.b;
        let mut j = k;
        while j < self.end && matches!(b[j], b'.' | b' ') {
            j += 1;
        }
        if b[j.min(self.end)..self.end].starts_with("…".as_bytes()) {
            j += 3;
            j = skip_space(b, j, self.end);
        }
        j < self.end && j > k && self.next_kind(j) == Next::Upper
    }

    /// Terminal followed directly by a letter ("world.Today"): a split only before a
    /// capitalised word with a lowercase second letter, and never inside a URL, an e-mail
    /// address or an abbreviation ("Ph.D", "U.S.-based", "Mr.Smith").
    fn no_space_split(&self, i: usize, term: Term, after: usize) -> bool {
        let b = self.b;
        let upper_word = after + 1 < self.end
            && b[after].is_ascii_uppercase()
            && b[after + 1].is_ascii_lowercase();
        if !upper_word {
            return false;
        }
        match term {
            Term::Strong | Term::Ellipsis => true,
            Term::Omission => false,
            Term::Period => {
                if i == 0 || !b[i - 1].is_ascii_alphanumeric() {
                    return false;
                }
                let tok_start = self.token_start(i);
                let mut tok_end = after;
                while tok_end < self.end && !b[tok_end].is_ascii_whitespace() {
                    tok_end += 1;
                }
                let token = &b[tok_start..tok_end];
                if token
                    .iter()
                    .any(|c| matches!(c, b'@' | b'/' | b':' | b'\\'))
                    || token.starts_with(b"www")
                {
                    return false;
                }
                // The piece of the token right before the period.
                let mut s = i;
                while s > tok_start && b[s - 1] != b'.' {
                    s -= 1;
                }
                let piece = trim_openers(&self.text[s..i]);
                matches!(classify(piece), Word::Plain { .. } | Word::Number) && piece.len() > 1
            }
        }
    }

    /// `"…?" Smith asked.` / `"…!" Mr. Smith said,`: up to three capitalised words, then a
    /// speech verb ending the clause.
    fn attribution_follows(&self, mut k: usize) -> bool {
        let b = self.b;
        for n in 0..4 {
            let w = self.word_at(k);
            if w.is_empty() || (n == 0 && is_indefinite_pronoun(w)) {
                // "…?" Nobody answered.: a new sentence, not an attribution.
                return false;
            }
            let mut j = k + w.len();
            if is_speech_verb(w) {
                return j >= self.end || matches!(b[j], b'.' | b',' | b';' | b':' | b'!' | b'?');
            }
            if !w.as_bytes()[0].is_ascii_uppercase() {
                return false;
            }
            if j < self.end && b[j] == b'.' {
                j += 1;
            }
            if !is_space_at(b, j) {
                return false;
            }
            k = skip_space(b, j, self.end);
        }
        false
    }
}

/// What the token before a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Plain {
        lowercase: bool,
    },
    Number,
    /// URL or e-mail address.
    Address,
    Abbr(Abbr),
    /// A single capital letter: an initial, or a roman numeral / pronoun.
    Initial,
}

fn classify(token: &str) -> Word {
    let tb = token.as_bytes();
    if tb.is_empty() {
        return Word::Plain { lowercase: false };
    }
    if tb.contains(&b'@') || tb.contains(&b'/') || token.starts_with("www.") {
        return Word::Address;
    }
    // The part after the last hyphen carries the abbreviation ("R-Calif").
    let word = token.rsplit('-').next().unwrap_or(token);
    if let Some(a) = abbreviation(word) {
        return Word::Abbr(a);
    }
    let wb = word.as_bytes();
    if wb.len() == 1 && wb[0].is_ascii_uppercase() {
        return Word::Initial;
    }
    if wb.len() == 1 && wb[0].is_ascii_lowercase() {
        return Word::Abbr(Abbr::Ambiguous);
    }
    if wb
        .first()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'$' | b'#' | b'+' | b'-'))
        && wb.last().is_some_and(u8::is_ascii_digit)
    {
        return Word::Number;
    }
    if token.starts_with(['£', '€', '¥']) && wb.last().is_some_and(u8::is_ascii_digit) {
        return Word::Number;
    }
    if word.contains('.') {
        // "U.S", "a.m", "Ph.D": letter groups of one or two separated by periods.
        if word
            .split('.')
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()))
        {
            return Word::Abbr(Abbr::Ambiguous);
        }
        return Word::Address;
    }
    // Short all-consonant words are abbreviations ("Mgmt", "Blvd", "Pkwy"); all-capital ones
    // are acronyms ("BBC"), which are words.
    if (2..=5).contains(&wb.len())
        && wb.iter().all(u8::is_ascii_alphabetic)
        && !wb.iter().all(u8::is_ascii_uppercase)
        && !wb.iter().any(|c| {
            matches!(
                c.to_ascii_lowercase(),
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
            )
        })
    {
        return Word::Abbr(Abbr::Ambiguous);
    }
    Word::Plain {
        lowercase: wb.iter().all(u8::is_ascii_lowercase) && wb.len() > 1,
    }
}

/// Removes opening quotes, brackets and bullets from the front of a token.
fn trim_openers(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        matches!(c, '"' | '\'' | '(' | '[' | '{' | '<' | '“' | '‘' | '«') || is_bullet(c)
    })
}

/// True if `s` (the sentence so far, without its terminal) is only a list marker:
/// "1", "12", "a", "iv", "(3", "• 9", "⁃10".
fn is_list_marker(s: &str) -> bool {
    let s = s
        .trim_start_matches(|c: char| {
            c.is_whitespace() || is_bullet(c) || matches!(c, '(' | '-' | '*')
        })
        .trim_end();
    let b = s.as_bytes();
    if b.is_empty() {
        return false;
    }
    if b.len() <= 3 && b.iter().all(u8::is_ascii_digit) {
        return true;
    }
    if b.len() == 1 && b[0].is_ascii_alphabetic() {
        return true;
    }
    matches!(
        s,
        "ii" | "iii"
            | "iv"
            | "vi"
            | "vii"
            | "viii"
            | "ix"
            | "II"
            | "III"
            | "IV"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
    )
}

fn is_space_at(b: &[u8], k: usize) -> bool {
    match b.get(k) {
        Some(c) if c.is_ascii_whitespace() => true,
        // No-break space (U+00A0).
        Some(0xC2) => b.get(k + 1) == Some(&0xA0),
        _ => false,
    }
}

fn skip_space(b: &[u8], mut k: usize, end: usize) -> usize {
    while k < end {
        if b[k].is_ascii_whitespace() {
            k += 1;
        } else if b[k] == 0xC2 && b.get(k + 1) == Some(&0xA0) {
            k += 2;
        } else {
            break;
        }
    }
    k
}

/// Positions where an inline list forces a new sentence: a segment that opens with a
/// marker ("1. ", "a) ", "• ") breaks before each later marker of the same sequence.
/// Empty (and allocation-free) for ordinary prose.
fn list_breaks(text: &str, seg: Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let s = &text[seg.clone()];
    let lead = s.len() - s.trim_start().len();
    let body = &s[lead..];
    let base = seg.start + lead;
    let Some(first) = body.chars().next() else {
        return out;
    };
    let bb = body.as_bytes();
    let preceded_by_space = |p: usize| p > 0 && bb[p - 1].is_ascii_whitespace();
    if is_bullet(first) {
        let mut buf = [0u8; 4];
        let needle = first.encode_utf8(&mut buf).as_bytes();
        let mut p = needle.len();
        while let Some(off) = memchr::memmem::find(&bb[p..], needle) {
            let at = p + off;
            if preceded_by_space(at) {
                out.push(base + at);
            }
            p = at + needle.len();
        }
        return out;
    }
    // Numbered or lettered: "1." / "1.)" / "1)" / "(1)" / "a." / "a)".
    let paren = bb[0] == b'(';
    let k = usize::from(paren);
    let digits = bb[k..].iter().take_while(|c| c.is_ascii_digit()).count();
    let (mut ordinal, width): (u32, usize) = if (1..=2).contains(&digits) {
        (body[k..k + digits].parse().unwrap_or(0), digits)
    } else if bb.get(k).is_some_and(u8::is_ascii_alphabetic)
        && !bb.get(k + 1).is_some_and(u8::is_ascii_alphabetic)
    {
        (u32::from(bb[k]), 0)
    } else {
        return out;
    };
    let lettered = width == 0;
    let tail_start = k + if lettered { 1 } else { width };
    let tail: &[u8] = match (&bb[tail_start..], paren) {
        (t, true) if t.starts_with(b")") => b")",
        (t, false) if t.starts_with(b".)") => b".)",
        (t, false) if t.starts_with(b".") => b".",
        (t, false) if t.starts_with(b")") => b")",
        _ => return out,
    };
    if !bb
        .get(tail_start + tail.len())
        .is_some_and(u8::is_ascii_whitespace)
    {
        return out;
    }
    let mut p = tail_start + tail.len();
    loop {
        ordinal += 1;
        let mut buf = [0u8; 8];
        let mut n = 0;
        if paren {
            buf[n] = b'(';
            n += 1;
        }
        if lettered {
            match u8::try_from(ordinal) {
                Ok(c) if c.is_ascii_alphabetic() => {
                    buf[n] = c;
                    n += 1;
                }
                _ => break,
            }
        } else {
            if ordinal > 99 {
                break;
            }
            if ordinal >= 10 {
                buf[n] = b'0' + (ordinal / 10) as u8;
                n += 1;
            }
            buf[n] = b'0' + (ordinal % 10) as u8;
            n += 1;
        }
        buf[n..n + tail.len()].copy_from_slice(tail);
        n += tail.len();
        let needle = &buf[..n];
        let mut found = None;
        let mut q = p;
        while let Some(off) = memchr::memmem::find(&bb[q..], needle) {
            let at = q + off;
            let follows = bb.get(at + n).is_none_or(u8::is_ascii_whitespace);
            if preceded_by_space(at) && follows {
                found = Some(at);
                break;
            }
            q = at + 1;
        }
        match found {
            Some(at) => {
                out.push(base + at);
                p = at + n;
            }
            None => break,
        }
    }
    out
}
