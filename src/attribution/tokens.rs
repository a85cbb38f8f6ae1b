//! A single-pass tokenizer: words and punctuation as byte ranges, each word tagged once with
//! its lexicon classes so later passes never look strings up again.

/// One token of the article.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lexicon class bits (see `lexicon`), 0 for punctuation.
    pub bits: u32,
    /// The first character of the token (the punctuation mark itself for punctuation).
    pub first: char,
    /// True for words (letters or digits).
    pub word: bool,
    /// True when the word starts with an upper-case letter.
    pub cap: bool,
    /// True when every letter is upper case (acronyms: "CNN", "FBI").
    pub all_caps: bool,
    /// True when the word ends in a possessive 's ("Putin's").
    pub poss: bool,
    /// True when the token lies inside the content of a quotation.
    pub in_quote: bool,
}

impl Tok {
    /// True for punctuation token `c`.
    pub fn is(&self, c: char) -> bool {
        !self.word && self.first == c
    }
    /// True when any of `bits` is set.
    pub fn has(&self, bits: u32) -> bool {
        self.bits & bits != 0
    }
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Lower-cases an ASCII-ish word into `buf`; `None` when it is too long to be in a lexicon.
fn lower<'a>(s: &str, buf: &'a mut [u8; 40]) -> Option<&'a [u8]> {
    let b = s.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (i, &c) in b.iter().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

/// Tokenizes `text`. Whitespace is dropped; every other non-word character is one token.
pub fn tokenize(text: &str, classes: &super::lexicon::Classes) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut buf = [0u8; 40];
    let mut i = 0;
    while let Some((c, clen)) = char_at(text, i) {
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if !c.is_alphanumeric() {
            // A doubled '' or `` is one double quotation mark (see `quotes`).
            let (first, clen) = match c {
                '\'' | '`' if bytes.get(i + 1) == Some(&(c as u8)) => {
                    (if c == '`' { '“' } else { '"' }, 2)
                }
                _ => (c, clen),
            };
            out.push(Tok {
                start: i,
                end: i + clen,
                bits: 0,
                first,
                word: false,
                cap: false,
                all_caps: false,
                poss: false,
                in_quote: false,
            });
            i += clen;
            continue;
        }
        let start = i;
        let mut end = i + clen;
        let mut j = end;
        let mut prev = c;
        let mut seg_len = 1usize;
        let mut all_caps = !c.is_lowercase();
        let mut letters = usize::from(c.is_alphabetic());
        loop {
            // A run of ASCII letters and digits, the bulk of every word, in one tight loop.
            let run = j;
            while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
                j += 1;
            }
            if j > run {
                let r = &bytes[run..j];
                // Letters are counted only for the all-caps test: once a lower-case letter
                // is seen the count no longer matters.
                if all_caps {
                    all_caps = !r.iter().any(u8::is_ascii_lowercase);
                    letters += r.iter().filter(|b| b.is_ascii_alphabetic()).count();
                }
                end = j;
                prev = char::from(bytes[j - 1]);
                seg_len += r.len();
            }
            // Anything else (non-ASCII letters, joiners, the end) takes the general path.
            let Some((d, dlen)) = char_at(text, j) else {
                break;
            };
            if d.is_alphanumeric() {
                if d.is_lowercase() {
                    all_caps = false;
                }
                letters += usize::from(d.is_alphabetic());
                j += dlen;
                end = j;
                prev = d;
                seg_len += 1;
                continue;
            }
            // Internal apostrophes, hyphens and the periods of "U.S" stay inside the word;
            // anything else (a space, a comma) ends it without looking further.
            if !(is_apos(d) || d == '-' || d == '&' || d == '.') {
                break;
            }
            let next = char_at(text, j + dlen).map(|x| x.0);
            let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
            let joins =
                (is_apos(d) || d == '-' || d == '&') && prev.is_alphanumeric() && next_alnum
                    || d == '.'
                        && seg_len == 1
                        && prev.is_alphabetic()
                        && next.is_some_and(|n| n.is_alphabetic())
                        && next
                            .and_then(|n| char_at(text, j + dlen + n.len_utf8()))
                            .is_none_or(|(n, _)| !n.is_alphanumeric());
            if joins {
                j += dlen;
                seg_len = 0;
                prev = d;
                continue;
            }
            break;
        }
        i = end;
        let word = &text[start..end];
        let poss = word.len() > 2 && {
            let b = &bytes[..end];
            (b.ends_with(b"'s") || b.ends_with("’s".as_bytes()))
                && word.chars().next().is_some_and(|f| f.is_alphabetic())
        };
        let base = if poss {
            let cut = if bytes[end - 2] == b'\'' { 2 } else { 4 };
            &text[start..end - cut]
        } else {
            word
        };
        let bits = lower(base, &mut buf)
            .and_then(|l| classes.get(l).copied())
            .unwrap_or(0);
        out.push(Tok {
            start,
            end,
            bits,
            first: c,
            word: true,
            cap: c.is_uppercase(),
            all_caps: all_caps && letters >= 2,
            poss,
            in_quote: false,
        });
    }
    out
}

/// The character at byte `i` and its length, with a fast path for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 128 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Index of the first token starting at or after byte `pos`.
pub fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punct() {
        let c = crate::attribution::lexicon::build_classes(&[]);
        let text = "Putin's U.S. envoy, Mr. O'Brien, said: \"no\".";
        let t = tokenize(text, &c);
        let w: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            w,
            vec![
                "Putin's", "U.S", ".", "envoy", ",", "Mr", ".", "O'Brien", ",", "said", ":", "\"",
                "no", "\"", "."
            ]
        );
        assert!(t[0].poss);
        assert!(t[9].has(crate::attribution::lexicon::VERB));
    }
}
