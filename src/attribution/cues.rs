//! Speech cues: a speech verb next to its speaker in either order ("Peskov said",
//! "said Peskov"), "according to X", "as quoted by X", and reported speech without marks.

use std::ops::Range;

use super::lexicon::*;
use super::names::{
    base_word, parse_back, parse_fwd, parse_name_run, word, word_is, Gender, MKind, Mention, DETS,
};
use super::tokens::Tok;

/// A cue with its speaker phrase.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Token index range of the cue words.
    pub cue: Range<usize>,
    /// The speaker phrase.
    pub source: Mention,
    /// Token index range of an apposition giving the speaker's role, if any.
    pub apposition: Option<Range<usize>>,
    /// The speaker was inferred from the clause subject, not from a speech cue next to it.
    pub weak: bool,
}

fn is_word(text: &str, t: &Tok, w: &str) -> bool {
    t.word && word(text, t).eq_ignore_ascii_case(w)
}

/// The word of `t` ASCII-lower-cased in `buf`, without allocating; "" when it does not fit
/// (no word list it is compared with has a word that long).
fn lower_word<'a>(text: &str, t: &Tok, buf: &'a mut [u8; 16]) -> &'a str {
    let w = word(text, t).as_bytes();
    let Some(b) = buf.get_mut(..w.len()) else {
        return "";
    };
    b.copy_from_slice(w);
    b.make_ascii_lowercase();
    std::str::from_utf8(b).unwrap_or("")
}

/// The index of one of `nouns` at `k` (before `b`), or right after one of `modifiers` there:
/// the object of "raised (serious) concerns", "used (the) phrase".
fn noun_after(
    text: &str,
    toks: &[Tok],
    mut k: usize,
    b: usize,
    modifiers: &[&str],
    nouns: &[&str],
) -> Option<usize> {
    if k < b && word_is(text, &toks[k], modifiers) {
        k += 1;
    }
    (k < b && word_is(text, &toks[k], nouns)).then_some(k)
}

/// Whether `t` is a capitalised weekday ("Monday"), without allocating.
fn capitalised_weekday(text: &str, t: &Tok) -> bool {
    t.cap && crate::dates::is_weekday(lower_word(text, t, &mut [0; 16]))
}

/// Sentence-internal hard stops for a cue window.
fn hard_stop(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if t.word {
        return false;
    }
    match t.first {
        '?' | '!' | ';' | '"' | '“' | '”' | '«' | '»' | '(' | ')' => true,
        '.' => {
            // Not the period of an initial or abbreviated title, nor of joined initials
            // before a name ("G.K. Butterfield", but "in the U.S. The"), nor of an
            // abbreviation before a comma ("of Derry, N.H., said", "of Drem, Calif., said").
            let before_comma = toks.get(j + 1).is_some_and(|n| n.is(','));
            !(j > 0 && toks[j - 1].word && toks[j - 1].cap && toks[j - 1].end == t.start && {
                let w = word(text, &toks[j - 1]);
                w.len() <= 3 && (w.len() == 1 || toks[j - 1].has(TITLE))
                    // A longer abbreviated rank before a name ("Capt. Jeff Moy").
                    || word_is(text, &toks[j - 1], LONG_TITLE_ABBREVIATIONS)
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| n.word && n.cap && !n.has(NOT_NAME))
                    || is_initials(w)
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| n.word && n.cap && !n.has(NOT_NAME))
                    // The state abbreviation of a party tag: "(D-Ore.)", "(R-N.C.)", and
                    // without brackets ", R-Ky., said".
                    || party_tag(w) && toks.get(j + 1).is_some_and(|n| n.is(')') || n.is(','))
                    || before_comma && w.len() <= 6
                    // "the No. 2 in the party".
                    || w == "No"
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| n.word && n.first.is_ascii_digit())
            })
        }
        _ => false,
    }
}

/// Abbreviated titles of four or more letters, written with a period before a name.
const LONG_TITLE_ABBREVIATIONS: &[&str] = &[
    "Capt", "Prof", "Cmdr", "Comdr", "Supt", "Insp", "Msgr", "Lieut", "Atty", "Brig", "Sgts",
];

/// A party-and-state tag word without its brackets and final period: "D-Ore", "R-N.C",
/// "I-Vt", "R-IN".
fn party_tag(w: &str) -> bool {
    w.split_once('-').is_some_and(|(party, state)| {
        (1..=3).contains(&party.len())
            && party.bytes().all(|c| c.is_ascii_uppercase())
            && state.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
            && state.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.')
    })
}

/// Adverbs and auxiliaries between a subject and its verb ("also", "has", "angrily").
/// True when the token at `k` is "been" after "has", "have" or "had" ("X has been urging"):
/// it may sit between a subject and its verb like an adverb ("You've been" is no subject).
fn perfect_been(text: &str, toks: &[Tok], k: usize) -> bool {
    k > 0 && is_word(text, &toks[k], "been") && word_is(text, &toks[k - 1], &["has", "have", "had"])
}

fn skippable(text: &str, t: &Tok) -> bool {
    t.word
        && !t.cap
        && !t.has(VERB)
        && (t.has(ADV) || {
            let w = word(text, t);
            (w.len() > 4 && w.ends_with("ly")) || word_is(text, t, ADVERBS_BEFORE_VERB)
        })
}

/// Length in tokens of a two-word cue ("shot back", "fired back"), or 1 for a speech verb.
fn cue_len(text: &str, toks: &[Tok], v: usize, at_start: bool) -> Option<usize> {
    let t = &toks[v];
    if is_cue_verb(t, at_start) {
        return Some(1);
    }
    if t.word
        && !t.cap
        && v + 1 < toks.len()
        && is_word(text, &toks[v + 1], "back")
        && [
            "shot", "fired", "hit", "pushed", "struck", "snapped", "wrote", "pushes", "shoots",
            "fires", "hits",
        ]
        .iter()
        .any(|w| word(text, t).eq_ignore_ascii_case(w))
    {
        return Some(2);
    }
    // "As the Gazette pointed out, '…'".
    if t.word
        && !t.cap
        && v + 1 < toks.len()
        && is_word(text, &toks[v + 1], "out")
        && word_is(text, t, &["pointed", "points", "point", "pointing"])
    {
        return Some(2);
    }
    None
}

/// True for a participle cue that takes the clause subject ("..., saying", "..., adding").
fn gerund(text: &str, toks: &[Tok], v: usize) -> bool {
    word(text, &toks[v]).ends_with("ing")
}

/// The subject of the clause containing token `p`: the first name, pronoun or description
/// at the clause start (after an introductory phrase and its comma).
pub fn clause_subject(text: &str, toks: &[Tok], lo: usize, p: usize) -> Option<Mention> {
    clause_subject_verb(text, toks, lo, p).map(|(m, _)| m)
}

/// [`clause_subject`] and the token index of the verb that follows the subject.
pub fn clause_subject_verb(
    text: &str,
    toks: &[Tok],
    lo: usize,
    p: usize,
) -> Option<(Mention, usize)> {
    let mut s0 = p.min(toks.len());
    while s0 > lo {
        let t = &toks[s0 - 1];
        if !t.in_quote && (t.is('.') || t.is('?') || t.is('!')) && hard_stop(text, toks, s0 - 1) {
            break;
        }
        s0 -= 1;
    }
    // "Ann Moy signed the order, while Ivo Marsh proposed we “…”": a later contrasting clause
    // (after ", while", ", but" or a semicolon) with a subject of its own holds the
    // quotation; its named subject, not the sentence's, is found. Not after ", and", which also
    // joins the names of one subject ("Ann Moy, then at Drem, and Ivo Marsh decided").
    if let Some(w) = (s0 + 1..p).rev().find_map(|k| {
        if toks[k].in_quote || !toks[k].word {
            return None;
        }
        if toks[k - 1].is(';') && !toks[k - 1].in_quote {
            return Some(k);
        }
        (toks[k - 1].is(',')
            && !toks[k - 1].in_quote
            && word_is(text, &toks[k], &["while", "whereas", "but"]))
        .then_some(k + 1)
    }) {
        if let Some(found) = (w < p)
            .then(|| clause_subject_verb(text, toks, w, p))
            .flatten()
            // A pronoun there ("…; he lashed out") most often means the same person.
            .filter(|(m, _)| m.kind == MKind::Name)
        {
            return Some(found);
        }
    }
    let mut j = s0;
    while j < p {
        let t = &toks[j];
        if t.in_quote || !t.word {
            j += 1;
            continue;
        }
        let connector = |b: &Tok| {
            b.word
                && ["but", "and", "so", "then", "yet", "still"]
                    .iter()
                    .any(|w| word(text, b).eq_ignore_ascii_case(w))
        };
        // A dash after a dateline ("DREM — Ann Moy …") opens the clause as well.
        // So does a closing quotation mark (`"…," Ann Moy said, citing …`).
        let at_boundary = |k: usize| {
            k == s0
                || toks[k - 1].is(',')
                || connector(&toks[k - 1])
                || ((toks[k - 1].is('—') || toks[k - 1].is('–'))
                    && k >= s0 + 2
                    && (toks[k - 2].all_caps || toks[k - 2].is(')')))
                || (k >= s0 + 2
                    && matches!(toks[k - 1].first, '”' | '"' | '’' | '\'')
                    && !toks[k - 1].word
                    && toks[k - 2].in_quote)
        };
        // "And then Trump went", "so later Moy said": a lower-case adverb at a boundary.
        let boundary = at_boundary(j) || {
            let b = &toks[j - 1];
            j > s0 && b.word && !b.cap && b.has(ADV | STOP) && at_boundary(j - 1)
        };
        if !boundary || (!t.cap && t.has(ADV | STOP)) {
            j += 1;
            continue;
        }
        // The end of the phrase starting here: a capitalised run, a pronoun, or a description.
        let mut e = j;
        while e + 1 < p
            && !toks[e + 1].in_quote
            && (toks[e + 1].word && (toks[e + 1].cap || toks[e + 1].has(ROLE | ORG | ROLE_MOD))
                || toks[e + 1].is('.') && toks[e].cap && toks[e].end - toks[e].start <= 4)
        {
            e += 1;
        }
        // After a name, a party tag ("Ann Moy (R-IN) disagreed") or an apposition between
        // commas ("Christie, the governor, repeated ...") may come before the verb.
        let mut vpos = e + 1;
        if let Some(close) = (vpos < p).then(|| paren_after(toks, vpos, p)).flatten() {
            vpos = close + 1;
        }
        // Several appositions in a row ("Ann Moy, founder of the club, a farmer from Drem,
        // endorsed …"): up to three segments, up to the first one a verb follows.
        if vpos < p && toks[vpos].is(',') && toks[e].cap && vpos + 1 < p {
            let mut k0 = vpos;
            for seg in 0..3 {
                let reach = if seg == 0 { 14 } else { 16 };
                let Some(k) = (k0 + 1..p.min(k0 + reach)).find(|&k| toks[k].is(',')) else {
                    break;
                };
                if !apposition_opener(text, toks, vpos + 1)
                    || toks[k0 + 1..k].iter().any(|t| t.in_quote)
                {
                    break;
                }
                let next = skip_adverbials(text, toks, k + 1, p);
                if seg == 0 || next < p && verb_like(text, &toks[next]) {
                    vpos = k + 1;
                }
                if next < p && verb_like(text, &toks[next]) {
                    break;
                }
                k0 = k;
            }
        }
        // "He then added", "X recently urged", "X on Saturday criticized".
        let vpos = skip_adverbials(text, toks, vpos, p);
        if vpos < p && verb_like(text, &toks[vpos]) {
            if let Some(m) = parse_back(text, toks, j, e) {
                // Only people: organisations and descriptions as clause subjects are too
                // often not the speaker ("officials have long been talking ...").
                // "The Gazette's Ann Moy provided …": a name after an outlet's possessive.
                let ms = super::tokens::tok_at(toks, m.span.start);
                let at_start = m.span.start == t.start
                    || (age_word(text, t) && j < e && m.span.start == toks[j + 1].start)
                    || (m.kind == MKind::Name && ms > j && possessive_prefix(text, toks, j, ms));
                // An organisation that "issued a statement saying …" is its author.
                let issuer = m.kind == MKind::Org
                    && issued_document(text, toks, vpos, p)
                    && (at_start
                        || j < e && is_word(text, t, "the") && m.span.start == toks[j + 1].start);
                if at_start && matches!(m.kind, MKind::Name | MKind::Pronoun) || issuer {
                    return Some((m, vpos));
                }
            }
        }
        j = e + 1;
    }
    None
}

/// True when the verb at `v` issues a document that ends right before the participle at `p`:
/// "issued a statement (,) saying", "released a report calling".
fn issued_document(text: &str, toks: &[Tok], v: usize, p: usize) -> bool {
    p > v + 1
        && p <= v + 6
        && word_is(
            text,
            &toks[v],
            &["issued", "released", "published", "posted", "sent", "put"],
        )
        && toks[v + 1..p].iter().all(|t| t.word || t.is(','))
        && toks[v + 1..p].iter().any(|t| {
            word_is(
                text,
                t,
                &[
                    "statement",
                    "report",
                    "memo",
                    "letter",
                    "release",
                    "notice",
                    "communique",
                    "note",
                ],
            )
        })
}

/// An age written as one hyphenated word: "17-year-old", "81-year-old".
fn age_word(text: &str, t: &Tok) -> bool {
    t.first.is_ascii_digit() && word(text, t).ends_with("-old")
}

/// Adverbs that sit between a subject and its verb without "-ly" ("X later told", "X once
/// said").
const ADVERBS_BEFORE_VERB: &[&str] = &[
    "then",
    "also",
    "later",
    "once",
    "again",
    "still",
    "never",
    "already",
    "previously",
    "often",
    "first",
    "since",
    "long",
    "always",
    "now",
    "even",
    "just",
];

/// Nouns of a time phrase between a subject and its verb ("on Thursday evening", "last week").
const TIME_NOUNS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "today",
    "yesterday",
];

/// The first token at or after `j` (before `hi`) past adverbs and a short time phrase that
/// may sit between a subject and its verb: "X then added", "X recently urged", "X on
/// Saturday evening criticized", "X last week endorsed", "X Tuesday called".
fn skip_adverbials(text: &str, toks: &[Tok], mut j: usize, hi: usize) -> usize {
    let lower = |k: usize| word(text, &toks[k]).to_ascii_lowercase();
    let time_word = |k: usize| {
        let w = lower(k);
        crate::dates::is_weekday(&w) || TIME_NOUNS.contains(&w.as_str())
    };
    let mut steps = 0;
    while j + 1 < hi && steps < 4 && toks[j].word && !toks[j].in_quote {
        let w = lower(j);
        let adverb = !toks[j].cap
            && (ADVERBS_BEFORE_VERB.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ly")));
        if adverb || (time_word(j) && toks[j].cap == crate::dates::is_weekday(&w)) {
            j += 1;
        } else if ["on", "last", "this", "earlier", "late", "early"].contains(&w.as_str())
            && !toks[j].cap
            && toks[j + 1].word
            && time_word(j + 1)
        {
            j += 2;
        } else {
            break;
        }
        steps += 1;
    }
    j
}

/// A word that looks like a finite verb (or an adverb before one) right after a subject.
pub fn verb_like(text: &str, t: &Tok) -> bool {
    if !t.word || t.cap || t.has(STOP) {
        return false;
    }
    if t.has(VERB | ADV) {
        return true;
    }
    let w = word(text, t);
    // A negated auxiliary ("didn't", "wasn’t", "won't").
    if w.len() > 3 && (w.ends_with("n't") || w.ends_with("n’t")) {
        return true;
    }
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with("ly")))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous"))
        || [
            "went", "took", "gave", "made", "got", "came", "sent", "put", "saw", "knew", "felt",
            "kept", "left", "led", "ran", "won", "lost", "held", "stood", "spoke", "thought",
            "sought", "brought", "began", "became", "did", "does", "was", "is", "has", "had",
            "will", "would", "could", "can", "must", "should", "threw", "wrote", "drew", "told",
            "said", "met", "paid", "sold", "built", "chose", "broke", "struck", "bought", "caught",
            "fought", "taught", "heard", "found", "swore", "shook", "forgot", "grew", "drove",
            "rode", "sang", "sat", "fled", "spent", "dealt", "meant", "rose", "fell", "stood",
            "ran", "hit", "set", "cut", "let", "read", "shot",
        ]
        .contains(&w)
}

/// Messages whose sender a participle or a "that" clause after them credits ("X issued a
/// statement saying", "X released a video that said").
const SENT_MESSAGES: &[&str] = &[
    "statement",
    "tweet",
    "letter",
    "message",
    "post",
    "memo",
    "release",
    "ad",
    "video",
    "email",
];

/// A speech-verb form used as a noun after a determiner ("the text", "a call", "his
/// statement"): not a cue.
fn noun_use(text: &str, toks: &[Tok], v: usize) -> bool {
    // After "of", a form other than a gerund is a noun ("secretary of state", "a matter of
    // record").
    if v > 0 && is_word(text, &toks[v - 1], "of") && !gerund(text, toks, v) && !toks[v].cap {
        return true;
    }
    // "a video that said": a relative pronoun after a message, not a determiner.
    if v > 1 && is_word(text, &toks[v - 1], "that") && word_is(text, &toks[v - 2], SENT_MESSAGES) {
        return false;
    }
    // "last week's Drem attack", "the Drem attack": an act's bare form after a possessive or
    // a determiner and a capitalised modifier or two is a noun ("the Harbour Board attacked",
    // "a Harbour poll found", "the Greens attack" keep their verb: a past tense, an "s" form,
    // or a plural subject).
    // Speech verbs proper ("the State Department said") stay verbs: only an act's bare form.
    if v > 1 && toks[v - 1].word && toks[v - 1].cap && !toks[v].cap && !toks[v].has(REPORT) {
        let w = word(text, &toks[v]);
        // "the DOJ demand that …": a noun with its clause still credits its owner.
        let that = v + 1 < toks.len() && is_word(text, &toks[v + 1], "that");
        let bare = !(w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("ing")
            || verb_like(text, &Tok { bits: 0, ..toks[v] })
            || that);
        let mut k = v - 1;
        while k > v.saturating_sub(3) && toks[k - 1].word && toks[k - 1].cap && !toks[k - 1].poss {
            k -= 1;
        }
        let modifier_end = word(text, &toks[v - 1]);
        if bare && k > 0 && !toks[v - 1].poss && !modifier_end.ends_with('s') {
            let p = &toks[k - 1];
            let det =
                p.poss || p.word && !p.cap && word_is(text, p, &["the", "a", "an", "this", "that"]);
            if det {
                return true;
            }
        }
    }
    v > 0 && {
        let p = &toks[v - 1];
        p.word
            && [
                "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "every",
            ]
            .iter()
            .any(|d| word(text, p).eq_ignore_ascii_case(d))
    }
}

/// A speech verb usable as a cue here. Capitalised only when it opens a clause ("Said X:").
fn is_cue_verb(t: &Tok, at_start: bool) -> bool {
    t.word && t.has(VERB) && (!t.cap || at_start)
}

#[inline]
fn according_at(text: &str, toks: &[Tok], j: usize) -> bool {
    // The length first: this runs on every token of every sentence.
    toks[j].end - toks[j].start == "according".len()
        && is_word(text, &toks[j], "according")
        && j + 1 < toks.len()
        && is_word(text, &toks[j + 1], "to")
}

fn quoted_by_at(text: &str, toks: &[Tok], j: usize) -> bool {
    j + 2 < toks.len()
        && is_word(text, &toks[j], "as")
        && is_word(text, &toks[j + 1], "quoted")
        && is_word(text, &toks[j + 2], "by")
}

/// The subject of the verb at token `v`: the phrase right before it, skipping adverbs and
/// handling appositions ("Peskov, a spokesman for Putin, said"; "Putin's press secretary,
/// Dmitry Peskov, said").
pub fn subject_before(
    text: &str,
    toks: &[Tok],
    lo: usize,
    v: usize,
) -> Option<(Mention, Option<Range<usize>>)> {
    let mut j = v;
    while j > lo && (skippable(text, &toks[j - 1]) || perfect_been(text, toks, j - 1)) {
        j -= 1;
    }
    // "Ann Moy on Thursday evening said": a time phrase between the subject and its verb;
    // "Ann Moy in a blog post said": the medium.
    j = time_phrase_start(text, toks, lo, j).unwrap_or(j);
    j = medium_phrase_start(text, toks, lo, j).unwrap_or(j);
    if j <= lo {
        return None;
    }
    // "Sen. Ann Moy (D-Ore.), said": a stray comma after a party tag.
    if j >= lo + 2 && toks[j - 1].is(',') && toks[j - 2].is(')') {
        // "Ann Moy, the Commissioner for Ferries (HCF), said": the bracket ends an
        // apposition, whose comma closes it; the speaker is the name before it.
        let open = (lo..j - 2).rev().take(8).find(|&k| toks[k].is('('));
        let k = open.and_then(|o| comma_before(text, toks, o, lo));
        if let Some((o, k)) = open.zip(k).filter(|&(o, k)| k > lo && k + 1 < o) {
            if apposition_opener(text, toks, k + 1) {
                if let Some(m) = parse_back(text, toks, lo, k - 1).filter(|m| {
                    m.kind == MKind::Name && super::tokens::tok_at(toks, m.span.start) == lo
                }) {
                    return Some((m, Some(k + 1..o)));
                }
            }
        }
        j -= 1;
    }
    // "Ann Moy — after a pause — told me": an aside between two dashes.
    let dash = |k: usize| toks[k].is('—') || toks[k].is('–') || (toks[k].is('-') && !toks[k].word);
    if j >= lo + 3 && dash(j - 1) && !toks[j - 1].in_quote {
        // "--" is two hyphen tokens.
        let pair = |k: usize| toks[k].is('-') && k > lo && toks[k - 1].is('-');
        let close = if pair(j - 1) { j - 2 } else { j - 1 };
        let open = (lo + 1..close)
            .rev()
            .take(30)
            .take_while(|&k| !hard_stop(text, toks, k) || toks[k].in_quote)
            .find(|&k| dash(k) && !toks[k].in_quote && toks[k].first == toks[j - 1].first)
            .map(|k| if pair(k) { k - 1 } else { k });
        if let Some(open) = open.filter(|&o| o > lo && o + 2 < close) {
            let outer = subject_before(text, toks, lo, open);
            // "A former senator -- Ann Moy, who lost in 2008 -- said": a description before
            // an aside that opens with the person's full name.
            if outer
                .as_ref()
                .is_some_and(|(m, _)| m.kind == MKind::Desc && !m.is_org)
            {
                let start = if pair(open + 1) { open + 2 } else { open + 1 };
                let named = parse_fwd(text, toks, start, close).filter(|m| {
                    let after = super::tokens::tok_at(toks, m.span.end);
                    m.kind == MKind::Name
                        && !m.is_org
                        && m.name.end - m.name.start >= 2
                        && m.span.start == toks[start].start
                        && (after >= close || toks[after].is(','))
                });
                if let Some(m) = named {
                    return Some((m, None));
                }
            }
            return outer.filter(|(m, _)| matches!(m.kind, MKind::Name | MKind::Pronoun));
        }
    }
    if toks[j - 1].is(')') {
        // A party or state tag in parentheses: "Sen. Ann Moy (D-Ore.) said". A longer
        // aside opens with an article ("Ann Moy (a Drem Democrat first elected in 2012)
        // says").
        let open = (lo..j - 1).rev().take(24).find(|&k| toks[k].is('('))?;
        if toks[open + 1..j - 1]
            .iter()
            .any(|t| t.is(')') || t.is(',') || t.in_quote)
            || j - 1 - open > 8 && !word_is(text, &toks[open + 1], &["a", "an", "the"])
        {
            return None;
        }
        return subject_before(text, toks, lo, open);
    }
    // "Joseph R. Biden Jr. said": the period of a suffix belongs to the name.
    if j >= lo + 2 && toks[j - 1].is('.') && word_is(text, &toks[j - 2], &["Jr", "Sr"]) {
        j -= 1;
    }
    let e = j - 1;
    // Before a participle only as an object ("she revised her statement explaining",
    // "put it in his memo explaining"): "Berg's tweets accusing Moy of lying are 'lies'" has
    // the participle modify the subject of another verb.
    let participle = v < toks.len() && gerund(text, toks, v);
    if let Some(m) = message_owner(text, toks, lo, e) {
        let object = |m: &Mention| {
            let s = super::tokens::tok_at(toks, m.span.start);
            s > lo && {
                let p = &toks[s - 1];
                // Not after a speech verb, whose clause the phrase opens ("says Berg's
                // tweets accusing …").
                p.word
                    && !p.cap
                    && !p.has(VERB)
                    && (verb_like(text, p) || word_is(text, p, &["in", "on"]))
            }
        };
        return m.filter(|m| !participle || object(m)).map(|m| (m, None));
    }
    // "Ann Moy issued a statement saying …": the message's sender is the clause subject.
    if participle
        && e > lo
        && toks[e].word
        && !toks[e].cap
        && word_is(text, &toks[e], OWNED_MESSAGES)
        && word_is(text, &toks[e - 1], &["a", "an"])
    {
        return clause_subject(text, toks, lo, e).map(|m| (m, None));
    }
    if toks[e].is(',') {
        if let Some(m) = relative_subject(text, toks, lo, e) {
            return Some((m, None));
        }
        if let Some(r) = subject_before_comma(text, toks, lo, e) {
            return Some(r);
        }
        return chained_subject(text, toks, lo, e);
    }
    let m = parse_back(text, toks, lo, e)?;
    // "Diplomats in Saltreach say": a place after a preposition is not the subject.
    let ms = super::tokens::tok_at(toks, m.span.start);
    if ms > lo && word_is(text, &toks[ms - 1], PLACE_PREPOSITIONS) {
        return None;
    }
    // "Ann Moy of Columbia, South Carolina says": the phrase found is the state after the
    // place of an of-phrase; the speaker is the name the of-phrase hangs from.
    if ms >= lo + 4
        && m.name.len() <= 2
        && toks[ms - 1].is(',')
        && toks[ms - 2].word
        && toks[ms - 2].cap
        && is_word(text, &toks[ms - 3], "of")
        && toks[ms - 4].word
        && toks[ms - 4].cap
    {
        if let Some(h) =
            of_chain_head(text, toks, lo, ms - 4, ms - 2).filter(|h| h.kind == MKind::Name)
        {
            return Some((h, None));
        }
    }
    // "The leader of Aldmere's main opposition party accused ...": the speaker is the
    // role before "of", not the organisation after it.
    let mut st = ms;
    if st > lo && is_word(text, &toks[st - 1], "the") {
        st -= 1;
    }
    let role_of = |w: &str| is_word(text, &toks[st - 1], w) && toks[st - 2].has(ROLE | TITLE);
    // "Ann Moy, the spokesman for the Harbour Board said": as with "of" below, when the
    // apposition opens after a full name; otherwise the phrase found stands.
    if st >= lo + 2 && role_of("for") {
        let k = lower_run_start(toks, lo, st - 2);
        if let Some(n) = name_before_comma(text, toks, lo, k) {
            return Some((n, Some(k..st - 1)));
        }
    }
    if st >= lo + 2 && role_of("of") {
        let r = parse_back(text, toks, lo, st - 2).filter(|r| r.kind == MKind::Desc);
        // "Ann Moy, president of the Harbour Board said": an apposition whose closing comma
        // is missing; the name that opens the clause before it is the speaker.
        let rs = r.as_ref().map_or_else(
            || lower_run_start(toks, lo, st - 2),
            |r| super::tokens::tok_at(toks, r.span.start),
        );
        if let Some(n) = name_before_comma(text, toks, lo, rs) {
            return Some((n, Some(rs..st - 1)));
        }
        return r.map(|r| (r, None));
    }
    if st >= lo + 2 && is_word(text, &toks[st - 1], "of") && toks[st - 2].word && toks[st - 2].cap {
        // "Aris Moy of the Harbour Board of Drem told": the phrase ending at the verb is
        // the object of "of"; the speaker is the name that the of-chain hangs from.
        return of_chain_head(text, toks, lo, st - 2, e).map(|r| (r, None));
    }
    Some((m, None))
}

/// Nouns for a text that carries its author's words ("Ann Moy's letter said", "the
/// board's statement read").
const OWNED_MESSAGES: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "brief",
    "memo",
    "tweet",
    "tweets",
    "email",
    "e-mail",
    "message",
    "release",
    "complaint",
    "lawsuit",
    "filing",
    "motion",
    "website",
    "memoir",
    "book",
    "column",
    "op-ed",
    "essay",
    "petition",
    "testimony",
];

/// The author of a message phrase ending at token `e`: a possessive name, organisation or
/// he/she/they pronoun, then up to two modifiers, then a message noun ("Ann Moy's letter",
/// "the Harbour Board's written statement", "his campaign memo"). The message speaks for
/// its owner: `Some(Some(owner))`. `Some(None)` for a message with a phrase after it but no
/// owner ("A letter to the council"): the phrase's object is no speaker. `None` otherwise.
fn message_owner(text: &str, toks: &[Tok], lo: usize, e: usize) -> Option<Option<Mention>> {
    let noun = |t: &Tok| {
        t.word && !t.cap && !t.poss && t.end - t.start >= 3 && word_is(text, t, OWNED_MESSAGES)
    };
    // "His letter to the council said", "Moy's statement on Monday said": a short phrase
    // after the noun, opened by a preposition. Its object is not the author.
    let (e, phrase) = if noun(&toks[e]) {
        (e, false)
    } else {
        let n = (e.saturating_sub(6).max(lo)..e.saturating_sub(1))
            .rev()
            .find(|&n| {
                toks[n + 1].word
                    && !toks[n + 1].cap
                    && word_is(
                        text,
                        &toks[n + 1],
                        &["to", "on", "in", "at", "last", "this"],
                    )
                    && noun(&toks[n])
                    && toks[n + 1..=e].iter().all(|t| {
                        t.word
                            && !t.has(VERB)
                            && !t.in_quote
                            // "the lawsuit in which Democrats argued", "tweets in which
                            // he called": a relative clause has its own subject.
                            && !word_is(
                                text,
                                t,
                                &["which", "whom", "who", "whose", "that", "he", "she", "they", "it", "we", "i", "you"],
                            )
                    })
            })?;
        (n, true)
    };
    match possessive_owner(text, toks, lo, e) {
        Some(Some(m)) => Some(Some(m)),
        // "A letter to the council said": the council is not the speaker.
        _ if phrase => Some(None),
        _ => None,
    }
}

/// The owner of the noun at token `e`, written as a possessive right before it or past one
/// or two modifiers: a name or organisation ("Ann Moy's", "the Harbour Board's") or a
/// he/she/they pronoun ("his", "their"): `Some(Some(owner))`. `Some(None)` when the
/// possessive is there but names no one ("the town's"); `None` without one.
fn possessive_owner(text: &str, toks: &[Tok], lo: usize, e: usize) -> Option<Option<Mention>> {
    let k = (e.saturating_sub(3).max(lo)..e).rev().find(|&k| {
        let p = &toks[k];
        p.poss || word_is(text, p, &["his", "her", "their"])
    })?;
    if !toks[k + 1..e]
        .iter()
        .all(|m| m.word && !m.poss && !m.has(STOP | VERB) && !m.in_quote)
    {
        return None;
    }
    let p = &toks[k];
    if p.poss {
        if !p.cap {
            return Some(None);
        }
        return Some(
            parse_name_run(text, toks, lo, k)
                .filter(|m| matches!(m.kind, MKind::Name | MKind::Org)),
        );
    }
    let (gender, plural) = match word(text, p).to_ascii_lowercase().as_str() {
        "his" => (Gender::Male, false),
        "her" => (Gender::Female, false),
        _ => (Gender::Unknown, true),
    };
    Some(Some(Mention {
        kind: MKind::Pronoun,
        span: p.start..p.end,
        name: k..k + 1,
        role: None,
        gender,
        is_org: false,
        plural,
    }))
}

/// Nouns for what someone said that take a "that" clause ("Ann Moy's claim that …").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "argument",
    "assertion",
    "contention",
    "insistence",
    "suggestion",
    "warning",
    "promise",
    "pledge",
    "vow",
    "view",
    "belief",
    "charge",
    "accusation",
    "allegation",
    "complaint",
    "prediction",
    "proposal",
    "comment",
    "remark",
    "point",
    "observation",
    "admission",
    "denial",
    "boast",
    "declaration",
    "announcement",
    "explanation",
    "response",
    "reply",
    "retort",
    "position",
    "statement",
    "message",
    "catchphrase",
];

/// "Ann Moy's claim that the pier is safe", "his warning that …": a noun for what someone
/// said at token `n`, followed by "that", with a named or pronoun owner. The cue (the noun)
/// and its owner, and the token where the possessive phrase starts.
#[inline]
pub fn nominal_cue(text: &str, toks: &[Tok], lo: usize, n: usize) -> Option<(Cue, usize)> {
    // Cheapest test first, inlined: this runs on every word of every sentence.
    let next = toks.get(n + 1)?;
    if next.end - next.start != 4 {
        return None;
    }
    nominal_cue_at(text, toks, lo, n, next)
}

fn nominal_cue_at(
    text: &str,
    toks: &[Tok],
    lo: usize,
    n: usize,
    next: &Tok,
) -> Option<(Cue, usize)> {
    let t = &toks[n];
    if !t.word
        || t.cap
        || t.in_quote
        || !is_word(text, next, "that")
        || !word_is(text, t, CLAIM_NOUNS)
    {
        return None;
    }
    // "the message that emerges from …": a relative clause, not what was said.
    if toks.get(n + 2).is_some_and(|t| {
        t.word
            && !t.cap
            && (t.has(VERB) || word_is(text, t, FINITE) || word(text, t).ends_with("ed"))
    }) {
        return None;
    }
    let m = possessive_owner(text, toks, lo, n)??;
    let start = super::tokens::tok_at(toks, m.span.start);
    // "De Blasio repeated his claim that …": the possessive pronoun is the clause subject's.
    let m = if m.kind == MKind::Pronoun {
        clause_subject(text, toks, lo, start)
            .filter(|s| s.kind == MKind::Name && !s.plural && s.span.end <= m.span.start)
            .unwrap_or(m)
    } else {
        m
    };
    Some((one_token_cue(n, m, None), start))
}

/// Auxiliaries and copulas.
const FINITE: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "should",
    "must", "does", "did", "may", "might",
];

/// Finite verbs in the tokens `[a, b)` outside quotations: auxiliaries, copulas and
/// speech verbs ("that the pier is safe is wrong" has two).
fn finite_verbs(text: &str, toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b]
        .iter()
        .filter(|t| t.word && !t.in_quote && !t.cap && (t.has(VERB) || word_is(text, t, FINITE)))
        .count()
}

/// The start of the run of up to five lower-case words (no verb) that ends with the role
/// word at `role`, after `lo`: where an apposition like "president of …" opens.
fn lower_run_start(toks: &[Tok], lo: usize, role: usize) -> usize {
    let mut k = role;
    while k > lo
        && k + 6 > role + 2
        && toks[k - 1].word
        && !toks[k - 1].cap
        && !toks[k - 1].has(VERB)
    {
        k -= 1;
    }
    k
}

/// A full name (two words or more, not an organisation) that opens the window at `lo` and
/// ends right before a comma at `k - 1`: "Ann Moy, president of …".
fn name_before_comma(text: &str, toks: &[Tok], lo: usize, k: usize) -> Option<Mention> {
    if k < lo + 2 || !toks[k - 1].is(',') {
        return None;
    }
    parse_back(text, toks, lo, k - 2).filter(|n| {
        n.kind == MKind::Name
            && !n.is_org
            && n.name.end - n.name.start >= 2
            && n.span.start == toks[lo].start
    })
}

/// Prepositions that put the name after them in a place ("Diplomats in Saltreach say").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "across",
    "around",
    "inside",
    "outside",
    "throughout",
];

/// The head of an "X of (the) Y of (the) Z" chain whose last capitalised run ends at `e`
/// and whose earlier part ends at `k` (the word before an "of"): a person named before the
/// first "of", or an organisation spanning the whole chain ("Chamber of Commerce").
fn of_chain_head(text: &str, toks: &[Tok], lo: usize, mut k: usize, e: usize) -> Option<Mention> {
    for _ in 0..4 {
        let m = parse_back(text, toks, lo, k)?;
        let mut st = super::tokens::tok_at(toks, m.span.start);
        if st > lo && is_word(text, &toks[st - 1], "the") {
            st -= 1;
        }
        let of_before = st >= lo + 2
            && is_word(text, &toks[st - 1], "of")
            && toks[st - 2].word
            && toks[st - 2].cap;
        if of_before {
            k = st - 2;
            continue;
        }
        return match m.kind {
            MKind::Name => Some(m),
            MKind::Org => {
                let mut org = m;
                org.name = org.name.start..e + 1;
                org.span = org.span.start..toks[e].end;
                Some(org)
            }
            _ => None,
        };
    }
    None
}

/// Nouns for a document or a measurement that has an author ("a poll by X", "a Pew survey").
const DOCUMENTS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "count",
    "tally",
    "analysis",
    "study",
    "report",
    "data",
    "figures",
    "estimate",
    "estimates",
    "average",
    "records",
    "documents",
    "review",
    "audit",
    "filing",
    "filings",
    "statement",
    "release",
    "article",
    "story",
    "interview",
    "memo",
    "tracker",
    "polling",
    "lawsuit",
    "complaint",
    "declaration",
    "indictment",
    "calculations",
    "projections",
    "research",
    "book",
    "memoir",
    "transcript",
    "transcripts",
    "website",
    "schedule",
    "forecast",
    "rankings",
    "reports",
    "studies",
];

/// The author of a document after "according to": "a count by the Associated Press" and "a
/// 2015 Pew Research survey" name an organisation; "a poll of Iowa voters" names none (the
/// people polled are not its source).
fn document_source(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<Mention> {
    let mut j = lo;
    if j < hi && word_is(text, &toks[j], &["a", "an", "the"]) {
        j += 1;
    }
    // "a Gallup Poll": a capitalised poll or survey after a name is a document too (not
    // "Report", which ends outlet names).
    let d = (j..hi.min(j + 6))
        .take_while(|&k| toks[k].word || toks[k].is('-') || toks[k].is('/'))
        .find(|&k| {
            !toks[k].cap && word_is(text, &toks[k], DOCUMENTS)
                || k > j
                    && toks[k].cap
                    && !toks[k].all_caps
                    && toks[k - 1].cap
                    && word_is(text, &toks[k], &["poll", "polls", "survey"])
        })?;
    let org = |name: Range<usize>, end: usize| Mention {
        kind: MKind::Org,
        span: toks[lo].start..toks[end].end,
        name,
        role: None,
        gender: Gender::Unknown,
        is_org: true,
        plural: false,
    };
    // "a lawsuit filed in Drem by Ann Moy", "data released Friday by the Port Authority",
    // "an analysis of port data by the Gazette": "by" further on, in the same phrase, before
    // a name or an organisation.
    let far_by = (d + 1..hi.min(d + 9))
        .take_while(|&k| toks[k].word && !toks[k].in_quote)
        .find(|&k| is_word(text, &toks[k], "by") && !toks[k].cap);
    if let Some(p) = far_by.filter(|&p| p + 1 < hi) {
        if let Some((name, end)) = by_author(text, toks, p, hi) {
            return Some(org(name, end.max(d)));
        }
    }
    // "a count by X", "an article in X", "exit polls conducted for X": the name after a
    // preposition, past up to two lower-case words ("released", "conducted").
    // Further past a short phrase of lower-case words, numbers, days and nationalities ("a
    // poll of 400 Latino voters released on Friday by X"), "by" or "from" alone.
    let by = (d + 1..hi.min(d + 4))
        .take_while(|&k| toks[k].word && !toks[k].cap)
        .find(|&k| {
            word_is(text, &toks[k], &["by", "from", "in", "for"])
                // "a lawsuit filed in Manhattan": a place.
                && !(is_word(text, &toks[k], "in") && is_word(text, &toks[k - 1], "filed"))
        })
        .or_else(|| {
            (d + 1..hi.min(d + 10))
                .take_while(|&k| {
                    let t = &toks[k];
                    t.word && (!t.cap || t.has(NOT_NAME | NATION)) || t.first.is_ascii_digit()
                })
                .find(|&k| word_is(text, &toks[k], &["by", "from"]))
        });
    if let Some(p) = by.filter(|&p| p + 1 < hi) {
        let (name, end) = by_author(text, toks, p, hi)?;
        return Some(org(name, end.max(d)));
    }
    // The capitalised words before the noun ("a 2015 Pew Research survey").
    // A slash joins two names ("a Harbor/Keel poll").
    let slash =
        |k: usize| toks[k].is('/') && k > j && k + 1 < d && toks[k - 1].cap && toks[k + 1].cap;
    let caps: Vec<usize> = (j..d)
        .filter(|&k| (toks[k].cap || toks[k].all_caps) && !toks[k].has(NOT_NAME) || slash(k))
        .collect();
    let (&first, &lastc) = (caps.first()?, caps.last()?);
    if caps.len() != lastc - first + 1 || toks[lastc].poss && lastc + 1 != d && caps.len() > 3 {
        return None;
    }
    // "Exit polling showed", "Recent surveys found": one word capitalised only because it
    // opens the phrase (and the sentence) is no name unless it is one elsewhere too.
    if first == lo
        && caps.len() == 1
        && !toks[first].all_caps
        && !proper_elsewhere(text, toks, first)
    {
        return None;
    }
    Some(org(first..lastc + 1, d))
}

/// The author named after the preposition at `p` (before `hi`): a name or an organisation,
/// as its name range and last token. An organisation's name runs on past "and" ("the
/// Drem Harbour and Ferry Commission"); an author with another document and author
/// coordinated after it ("by the Gazette and a count by the Post") is none.
fn by_author(text: &str, toks: &[Tok], p: usize, hi: usize) -> Option<(Range<usize>, usize)> {
    let m = parse_fwd(text, toks, p + 1, hi)?;
    if !matches!(m.kind, MKind::Name | MKind::Org) {
        return None;
    }
    let mut name = m.name.clone();
    let mut end = super::tokens::tok_at(toks, m.span.end);
    if end + 1 < hi && is_word(text, &toks[end], "and") {
        let mut k = end + 1;
        while k < hi && toks[k].word && toks[k].cap {
            k += 1;
        }
        if k > end + 1 && toks[k - 1].has(ORG) {
            name = name.start..k;
            end = k;
        }
    }
    // A name cut short ("the federal Securities and …" where no organisation head follows):
    // no source. Two people's full names ("by Ann Moy and Piet Okafor") keep the first.
    let full_name = m.kind == MKind::Name && m.name.len() >= 2;
    if !full_name
        && end + 1 < hi
        && word_is(text, &toks[end], &["and", "of", "&"])
        && toks[end + 1].word
        && toks[end + 1].cap
    {
        return None;
    }
    let second_author = || {
        (end + 1..hi.min(end + 6))
            .take_while(|&k| toks[k].word)
            .any(|k| is_word(text, &toks[k], "by"))
    };
    if end < hi && is_word(text, &toks[end], "and") && second_author() {
        return None;
    }
    Some((name, end.saturating_sub(1)))
}

/// The closing parenthesis of a short parenthetical opening at token `k` (before `b`).
fn paren_after(toks: &[Tok], k: usize, b: usize) -> Option<usize> {
    if !toks[k].is('(') {
        return None;
    }
    (k + 1..b.min(k + 8))
        .find(|&j| toks[j].is(')'))
        .filter(|&j| {
            toks[k + 1..j]
                .iter()
                .all(|t| t.word || t.is('.') || t.is('-'))
        })
}

/// The opening parenthesis of a short parenthetical closing at token `k` (after `a`).
fn paren_before(toks: &[Tok], k: usize, a: usize) -> Option<usize> {
    if !toks[k].is(')') {
        return None;
    }
    (a.max(k.saturating_sub(8))..k)
        .rev()
        .find(|&j| toks[j].is('('))
        .filter(|&j| {
            toks[j + 1..k]
                .iter()
                .all(|t| t.word || t.is('.') || t.is('-'))
        })
}

/// True when the token at `k` can open an apposition after a name: a lower-case word ("a
/// spokesman", "who"), an age, a title, a function word, or a party-and-state tag ("R-Pa.").
fn apposition_opener(text: &str, toks: &[Tok], k: usize) -> bool {
    let first = &toks[k];
    !first.cap || first.has(TITLE | NOT_NAME) || first.first.is_ascii_digit() || {
        let w = word(text, first).as_bytes();
        w.len() >= 3 && matches!(w[0], b'R' | b'D' | b'I') && w[1] == b'-'
    }
}

/// The subject of a clause whose name is followed by several comma-separated appositions
/// ("Ann Moy, 61, a farmer from Drem, said"; "Ann Moy, a Drem, Ore., farmer, said"): the
/// name must open the clause (or follow a short introductory phrase) and fill its segment.
fn chained_subject(
    text: &str,
    toks: &[Tok],
    lo: usize,
    close: usize,
) -> Option<(Mention, Option<Range<usize>>)> {
    if close < lo + 2 || close - lo > 45 {
        return None;
    }
    let commas: Vec<usize> = (lo..close).filter(|&k| toks[k].is(',')).collect();
    if commas.is_empty()
        || (lo..close).any(|k| {
            !toks[k].word && !toks[k].is(',') && !toks[k].is('.') && hard_stop(text, toks, k)
        })
    {
        return None;
    }
    // The first segment, or the second after an introductory phrase ("In Drem, Ann Moy, …").
    let mut starts = vec![(lo, commas[0])];
    let intro = &toks[lo];
    if intro.word && intro.has(STOP | ADV) && commas.len() >= 2 && commas[0] - lo <= 6 {
        starts.push((commas[0] + 1, commas[1]));
    }
    for (s, c) in starts {
        if c <= s || !apposition_opener(text, toks, c + 1) {
            continue;
        }
        let Some(m) = parse_back(text, toks, s, c - 1) else {
            continue;
        };
        let fills = m.span.start == toks[s].start
            || (s + 1 < c
                && m.span.start == toks[s + 1].start
                && ["the", "a", "an"]
                    .iter()
                    .any(|d| word(text, &toks[s]).eq_ignore_ascii_case(d)));
        if fills && matches!(m.kind, MKind::Name | MKind::Pronoun) {
            return Some((m, Some(c + 1..close)));
        }
    }
    None
}

/// The start of "Name's relation" ending right before the comma at `k` ("Berg's niece",
/// "the mayor's old friend"): a capitalised possessive and one to three plain lower-case
/// words, none of them a verb.
fn possessive_relation(text: &str, toks: &[Tok], lo: usize, k: usize) -> Option<usize> {
    let owner = (lo..k).rev().take(4).find(|&j| toks[j].poss)?;
    let words = &toks[owner + 1..k];
    let plain = !words.is_empty()
        && words
            .iter()
            .all(|t| t.word && !t.cap && !t.has(VERB | STOP | ADV) && !verb_like(text, t));
    (plain && toks[owner].cap).then_some(owner)
}

/// The start of an indefinite description that opens the clause at `lo` (after "then",
/// "and" or "but" at most) and ends at the comma `k`: "another delegate on the Moy slate",
/// "one farmer". Its words are plain nouns, adjectives and a prepositional phrase, no verb,
/// clause or punctuation.
fn indefinite_description(text: &str, toks: &[Tok], lo: usize, k: usize) -> Option<usize> {
    let d = if word_is(text, &toks[lo], &["then", "and", "but", "so"]) {
        lo + 1
    } else {
        lo
    };
    if d + 1 >= k
        || k - d > 9
        || !word_is(
            text,
            &toks[d],
            &[
                "a", "an", "another", "one", "the", "his", "her", "their", "its", "my", "our",
            ],
        )
    {
        return None;
    }
    let plain = toks[d + 1..k].iter().enumerate().all(|(i, t)| {
        t.word
            && (i > 0 || !t.cap)
            && !t.has(VERB | REPORT | BELIEF | ACT | PRON_M | PRON_F | PRON_PL | PRON_OTHER)
            && !verb_like(text, t)
            && !t.in_quote
            && !word_is(text, t, &["who", "whose", "which", "that", "and", "or"])
            // Not a message or a document ("A letter to the mayor, Ann Moy, said": the
            // letter said it), nor a phrase the name is the object of ("to", "with").
            && !word_is(text, t, DOCUMENTS)
            && !word_is(text, t, SENT_MESSAGES)
            && !word_is(text, t, OWNED_MESSAGES)
            && !word_is(text, t, &["to", "with", "against", "about"])
            // "A day after the vote, Ann Moy, the mayor, said": a time, not a description.
            && !word_is(
                text,
                t,
                &[
                    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
                    "hours", "minute", "minutes", "moment", "time", "night", "morning",
                    "evening", "afternoon", "weekend", "decade", "while", "later", "earlier",
                    "ago",
                ],
            )
    });
    plain.then_some(d)
}

/// The name before a relative clause that ends at the comma `close`: "Ann Moy, who
/// campaigned in Drem, Ore., last week, said" → Ann Moy. The name must open the clause (at
/// `lo`, or after a comma or a conjunction), and the relative clause holds no sentence end.
fn relative_subject(text: &str, toks: &[Tok], lo: usize, close: usize) -> Option<Mention> {
    let k = (lo + 2..close)
        .rev()
        .take(45)
        .take_while(|&k| {
            let t = &toks[k];
            t.word
                || t.in_quote
                || !matches!(t.first, '.' | '?' | '!' | ';' | '(' | ')')
                || !hard_stop(text, toks, k)
        })
        .find(|&k| word_is(text, &toks[k], &["who", "whose"]) && toks[k - 1].is(','))?;
    if k + 2 > close {
        return None;
    }
    let mut m = parse_back(text, toks, lo, k - 2)?;
    let mut ms = super::tokens::tok_at(toks, m.span.start);
    if ms >= lo + 2 && is_word(text, &toks[ms - 1], "of") && toks[ms - 2].word && toks[ms - 2].cap {
        // "Senator Ann Moy of Maine, who …": the name the of-phrase hangs from.
        m = of_chain_head(text, toks, lo, ms - 2, k - 2)?;
        ms = super::tokens::tok_at(toks, m.span.start);
    }
    if m.kind != MKind::Name {
        return None;
    }
    let opens = ms == lo
        || toks[ms - 1].is(',')
        || word_is(text, &toks[ms - 1], &["and", "but", "so", "then"])
        || (ms == lo + 1 && word_is(text, &toks[lo], &["the", "a", "an"]));
    opens.then_some(m)
}

/// An apposition naming the role's owner before the role, between the commas at `s - 1`
/// and `e`: "Ana Ruiz, Harbor Fund's executive director, said", "Ana Ruiz, Cole's
/// director of field operations, said", "Ana Ruiz, South Harbor director for Moss, said".
/// The owner is a short capitalised run (an "of" inside it), possibly ending in a
/// possessive, and a role word follows it; the subject is a person.
fn owner_role_apposition(text: &str, toks: &[Tok], s: usize, e: usize, outer: &Mention) -> bool {
    if outer.kind != MKind::Name || outer.is_org || e <= s {
        return false;
    }
    // The owner ends in a possessive, or is a capitalised run used as a modifier
    // ("Ana Ruiz, South Harbor director for Moss, said").
    let Some(p) = (s..e.min(s + 5))
        .find(|&j| toks[j].poss)
        .or_else(|| (s..e.min(s + 4)).take_while(|&j| toks[j].cap).last())
    else {
        return false;
    };
    let owner_ok = toks[s..=p]
        .iter()
        .all(|t| t.word && !t.in_quote && (t.cap || is_word(text, t, "of")))
        && toks[s].cap;
    let rest = &toks[p + 1..e];
    owner_ok
        && !rest.is_empty()
        && rest.len() <= 12
        && rest[0].word
        && !rest[0].cap
        && rest.iter().all(|t| !t.in_quote && (t.word || t.is('-')))
        && rest
            .iter()
            .take(3)
            .position(|t| t.has(ROLE))
            .is_some_and(|r| {
                !rest[..r].iter().any(|t| verb_like(text, t))
                    && !rest[r + 1..].iter().any(|t| {
                        word_is(
                            text,
                            t,
                            &[
                                "is", "was", "are", "were", "has", "had", "will", "would", "who",
                            ],
                        )
                    })
            })
}

/// `subject_before` when a comma precedes the verb: a single apposition.
fn subject_before_comma(
    text: &str,
    toks: &[Tok],
    lo: usize,
    e: usize,
) -> Option<(Mention, Option<Range<usize>>)> {
    {
        // Apposition between two commas.
        let k = comma_before(text, toks, e, lo)?;
        if k <= lo {
            return None;
        }
        let inner = parse_back(text, toks, k + 1, e - 1);
        // A party tag between the name and the apposition: "Ann Moy (D-Ore.), a member,".
        let outer_end = paren_before(toks, k - 1, lo).map_or(k - 1, |j| j.saturating_sub(1));
        let mut outer = parse_back(text, toks, lo, outer_end);
        // "Rep. Ann Moy of Maine, a farmer, said": the name the of-phrase hangs from.
        let mut of_place = false;
        if let Some(o) = outer.as_ref() {
            let os = super::tokens::tok_at(toks, o.span.start);
            if os >= lo + 2
                && is_word(text, &toks[os - 1], "of")
                && toks[os - 2].word
                && toks[os - 2].cap
                && o.kind == MKind::Name
            {
                if let Some(h) = of_chain_head(text, toks, lo, os - 2, outer_end)
                    .filter(|h| h.kind == MKind::Name)
                {
                    outer = Some(h);
                    of_place = true;
                }
            }
        }
        // "Berg's niece, Marta Lund, said": an owner's relation the lexicon has no role for.
        if let (Some(inner), None) = (&inner, &outer) {
            if let Some(owner) = possessive_relation(text, toks, lo, k) {
                if inner.kind == MKind::Name && inner.span.start == toks[k + 1].start {
                    let mut m = inner.clone();
                    m.role = Some(owner..k);
                    m.span.start = toks[owner].start;
                    return Some((m, None));
                }
            }
        }
        if let (Some(inner), Some(outer)) = (&inner, &outer) {
            // "Putin's press secretary, Dmitry Peskov, said"
            // "the director of the Harbour Board, Jonas Miller, said": a role of an
            // organisation describes the name as well.
            let role_of_org = outer.kind == MKind::Org && {
                let mut os = super::tokens::tok_at(toks, outer.span.start);
                if os > lo && is_word(text, &toks[os - 1], "the") {
                    os -= 1;
                }
                os >= lo + 2 && is_word(text, &toks[os - 1], "of") && toks[os - 2].has(ROLE | TITLE)
            };
            if inner.kind == MKind::Name
                && !inner.is_org
                && inner.span.start == toks[k + 1].start
                && (outer.kind == MKind::Desc || role_of_org)
            {
                let mut m = inner.clone();
                let r = outer.role.clone().unwrap_or(outer.name.clone());
                m.role = Some(r);
                // The whole phrase starts with the description.
                m.span.start = outer.span.start;
                return Some((m, None));
            }
        }
        // "Another delegate on the Moy slate, Ivo Marsh, said", "One farmer, Ivo Marsh,
        // said": an indefinite description the lexicon has no role for, then the full name.
        // A place name may end its prepositional phrase ("His partner at Drem, Ivo Marsh,").
        let outer_in_phrase = outer.as_ref().is_none_or(|o| {
            let os = super::tokens::tok_at(toks, o.span.start);
            o.kind == MKind::Name
                && os > lo + 2
                && word_is(
                    text,
                    &toks[os - 1],
                    &["at", "of", "in", "from", "for", "on"],
                )
        });
        if outer_in_phrase {
            if let Some(inner) = inner.as_ref().filter(|m| {
                m.kind == MKind::Name
                    && !m.is_org
                    && m.name.end - m.name.start >= 2
                    && m.span.start == toks[k + 1].start
            }) {
                if let Some(d) = indefinite_description(text, toks, lo, k) {
                    let mut m = inner.clone();
                    m.role = Some(d + 1..k);
                    m.span.start = toks[d].start;
                    return Some((m, None));
                }
            }
        }
        let outer = outer?;
        // "Ann Moy of Derry, N.H., said", "Ann Moy of Drem, Alabama, said": the state or
        // country after the place of an of-phrase.
        let state = &toks[k + 1..e];
        if of_place
            && !state.is_empty()
            && state.len() <= 4
            && state[0].word
            && state.iter().all(|t| t.word && t.cap || t.is('.'))
        {
            return Some((outer, None));
        }
        // Chained appositions ("Ayrault, the foreign minister of France, a permanent member
        // of the council, said"): the phrase found is itself inside an apposition when a
        // lower-case word precedes it; the speaker is before the earlier comma.
        // A clause word before it opens a new clause whose subject it is ("what Ann Moy, the
        // harbour master, called …", "when Ann Moy, 54, said …").
        let os = super::tokens::tok_at(toks, outer.span.start);
        if os > lo
            && toks[os - 1].word
            && !toks[os - 1].cap
            && !word_is(text, &toks[os - 1], CLAUSE_OPENERS)
        {
            if let Some(k2) = comma_before(text, toks, k, lo).filter(|&k2| k2 > lo) {
                let first = &toks[k2 + 1];
                let outer2 = parse_back(text, toks, lo, k2 - 1);
                if let Some(o2) = outer2 {
                    if matches!(o2.kind, MKind::Name | MKind::Pronoun)
                        && (!first.cap || first.has(TITLE | NOT_NAME))
                    {
                        return Some((o2, Some(k2 + 1..k)));
                    }
                }
            }
            return None;
        }
        if matches!(
            outer.kind,
            MKind::Name | MKind::Org | MKind::Pronoun | MKind::Desc
        ) {
            // The apposition starts lower-case ("a spokesman", "who", "the head of"),
            // or is an age or a party tag.
            // ... or names the role's owner ("Vasko, Aldmere's deputy foreign minister,").
            // A plural possessive ("Moyers' senior adviser") has its apostrophe apart.
            let plural_poss = k + 3 < e
                && toks[k + 1].word
                && word(text, &toks[k + 1]).ends_with('s')
                && !toks[k + 2].word
                && matches!(toks[k + 2].first, '\'' | '’')
                && toks[k + 2].start == toks[k + 1].end
                && toks[k + 3].word;
            let owned_role = ((toks[k + 1].poss || plural_poss)
                && inner
                    .as_ref()
                    .is_some_and(|m| m.kind == MKind::Desc && !m.is_org))
                || owner_role_apposition(text, toks, k + 1, e, &outer);
            if apposition_opener(text, toks, k + 1) || owned_role {
                return Some((outer, Some(k + 1..e)));
            }
        }
        None
    }
}

/// A cue in the words right after a closing quotation mark: `," Peskov said`, `," said
/// Peskov`, `," according to X`, `," the ministry said in a statement`.
pub fn cue_after(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Cue> {
    let mut s = a;
    while s < b && !toks[s].word && matches!(toks[s].first, ',' | '—' | '–' | '-') {
        s += 1;
    }
    let mut w = s;
    while w < b && w < s + 30 {
        if let Some(close) = paren_after(toks, w, b) {
            // A party or state tag: `," Rep. Ann Moy (D-Ore.) said`.
            w = close + 1;
            continue;
        }
        if hard_stop(text, toks, w) {
            break;
        }
        w += 1;
    }
    if let Some(c) = as_put_it(text, toks, s, w) {
        return Some(c);
    }
    for v in s..w {
        let t = &toks[v];
        if according_at(text, toks, v) || quoted_by_at(text, toks, v) {
            let skip = if according_at(text, toks, v) { 2 } else { 3 };
            let m = parse_fwd(text, toks, v + skip, w)
                .or_else(|| document_source(text, toks, v + skip, w))?;
            return Some(Cue {
                cue: v..v + skip,
                source: m,
                apposition: None,
                weak: false,
            });
        }
        if let Some(len) = cue_len(text, toks, v, v == s).filter(|_| !noun_use(text, toks, v)) {
            if v == s {
                // `," telling Fox that`: the one told is the listener, and a participle's
                // speaker is its clause's subject, not the name after it.
                if gerund(text, toks, v) {
                    return None;
                }
                if t.has(OBJ_VERB) {
                    // `"…?" asked Ann Moy.` and `"…," warned Ann Moy, a …`: inverted after
                    // the quotation, a name that ends the clause is the speaker.
                    return inverted_obj_cue(text, toks, v, len, w);
                }
                let m = parse_fwd(text, toks, v + len, w)
                    .or_else(|| unnamed_speaker(text, toks, v + len, w))?;
                // `," said the mayor's deputy, Ann Moy, who …`: the name in apposition to a
                // description is the speaker.
                let m = named_apposition(text, toks, &m, w).unwrap_or(m);
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: false,
                });
            }
            let (m, app) = subject_before(text, toks, s, v)?;
            // The subject must fill the words between the quote and the verb, apart from
            // a short description in front of a name ("Twitter's Ann Moy", "columnist Ann
            // Moy"), or follow the comma that closes the author's completion of the quoted
            // sentence (`"…" for the victory, Moy said.`).
            let ms = super::tokens::tok_at(toks, m.span.start);
            let start_ok = m.span.start <= toks[s].start
                || (s + 1 < toks.len() && m.span.start == toks[s + 1].start && {
                    let f = word(text, &toks[s]).to_ascii_lowercase();
                    // `"…," as Ann Moy said`.
                    matches!(f.as_str(), "the" | "a" | "an" | "and" | "but" | "as")
                })
                || (m.kind == MKind::Name
                    && ms - s <= 4
                    && toks[s..ms]
                        .iter()
                        .all(|t| t.word && !t.has(VERB | STOP | ADV | PRON_OTHER)))
                // "Gov. Ann Moy's chief of staff, Ivo Berg, said": the owner's name begins
                // before the possessive that opens the phrase found.
                || (m.kind == MKind::Name
                    && ms - s <= 5
                    && toks[ms].poss
                    && toks[s].word
                    && toks[s..ms].iter().all(|t| t.word && t.cap || t.is('.')))
                // "The Harbour Times' Ann Moy": a possessive outlet or owner before a name.
                || (m.kind == MKind::Name && possessive_prefix(text, toks, s, ms))
                // "former George W. Bush speechwriter Noam Neusner": a longer description
                // ending in a lower-case role noun.
                // Also after "the" and an owner: "the Post's senior editor Ann Moy".
                || (m.kind == MKind::Name && {
                    let s1 = if is_word(text, &toks[s], "the") && toks[s + 1].poss {
                        s + 1
                    } else {
                        s
                    };
                    ms > s1
                        && ms - s1 <= 9
                        && toks[ms - 1].word
                        && !toks[ms - 1].cap
                        && toks[s1..ms].iter().all(|t| {
                            (t.word || t.is('.'))
                                && !t.has(STOP | ADV | PRON_OTHER)
                                && (t.cap || !t.has(VERB))
                        })
                })
                || (m.kind == MKind::Name
                    && ms > s + 2
                    && toks[ms - 1].is(',')
                    && adverbial_tail(text, toks, v + len, w));
            if !start_ok && app.is_none() {
                return None;
            }
            if app.is_some() && m.span.start > toks[s].start && !start_ok {
                return None;
            }
            return Some(Cue {
                cue: v..v + len,
                source: m,
                apposition: app,
                weak: false,
            });
        }
    }
    None
}

const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// The first sentence end ('.', '?', '!' that is not an abbreviation's period) in `a..b`,
/// or `b`.
pub fn sentence_stop(text: &str, toks: &[Tok], a: usize, b: usize) -> usize {
    (a..b)
        .find(|&k| matches!(toks[k].first, '.' | '?' | '!') && hard_stop(text, toks, k))
        .unwrap_or(b)
}

/// True when the tokens `s..ms` are a short capitalised owner ending in a possessive,
/// optionally after "the": "The Harbour Times' Ann Moy", "Drem University's Ann Moy".
pub fn possessive_prefix(text: &str, toks: &[Tok], s: usize, ms: usize) -> bool {
    let mut k = s;
    if k < ms && is_word(text, &toks[k], "the") {
        k += 1;
    }
    // "Times'": a plural possessive's apostrophe is a token of its own.
    let mut e = ms;
    if e > k + 1 && !toks[e - 1].word && matches!(toks[e - 1].first, '\'' | '’') {
        e -= 1;
        if !word(text, &toks[e - 1]).ends_with('s') || toks[e - 1].end != toks[e].start {
            return false;
        }
    } else if !(e > k && toks[e - 1].poss) {
        return false;
    }
    e - k <= 5 && toks[k..e].iter().all(|t| t.word && (t.cap || t.all_caps))
}

/// "X was asked by host Ann Moy, who …, '…'": the asker of a passive question, named after
/// "by", is the speaker of the question that follows (the last such verb in `a..e`, within
/// 30 tokens of the quotation).
fn asked_by(text: &str, toks: &[Tok], a: usize, e: usize) -> Option<Cue> {
    let v = (a.max(e.saturating_sub(30))..e.saturating_sub(2))
        .rev()
        .find(|&k| {
            word_is(text, &toks[k], &["asked", "questioned", "pressed"])
                && is_word(text, &toks[k + 1], "by")
        })?;
    if (v + 2..e).any(|k| hard_stop(text, toks, k)) {
        return None;
    }
    let m = parse_fwd(text, toks, v + 2, e)?;
    let after = mention_end(toks, &m);
    let named = m.kind == MKind::Name && !m.is_org && m.name.end - m.name.start >= 2;
    (named && (after >= e || toks[after].is(','))).then(|| Cue {
        cue: v..v + 2,
        source: m,
        apposition: None,
        weak: false,
    })
}

/// "Asked by host Ann Moy whether the pier was safe, X said …", "When asked by Moy on
/// Monday about the toll, …": a passive question whose asker is named after "by" and whose
/// question follows (from "whether", "if", "to" or a wh-word; after "about"), up to the
/// next comma. Returns the cue with its content, and the token after the question.
fn asked_by_question(
    text: &str,
    toks: &[Tok],
    v: usize,
    last: usize,
) -> Option<((Cue, Range<usize>), usize)> {
    const OPENERS: &[&str] = &[
        "whether", "if", "to", "about", "what", "how", "why", "when", "where", "who",
    ];
    // Cheap rejections first: this runs at every token of a sentence.
    let t = &toks[v];
    if !t.word
        || v + 3 >= last
        || !is_word(text, &toks[v + 1], "by")
        || !word_is(text, t, &["asked", "questioned", "pressed"])
    {
        return None;
    }
    let m = parse_fwd(text, toks, v + 2, last)
        .filter(|m| matches!(m.kind, MKind::Name | MKind::Org) && m.name.end > m.name.start)?;
    if !toks[m.name.end - 1].cap {
        return None;
    }
    // Past a short time phrase ("on Thursday", "last week"), the question opener.
    let mut k = mention_end(toks, &m);
    let mut steps = 0;
    while k < last
        && steps < 3
        && toks[k].word
        && !word_is(text, &toks[k], OPENERS)
        && (word_is(text, &toks[k], &["on", "last", "this", "earlier"])
            || word_is(text, &toks[k], TIME_NOUNS)
            || capitalised_weekday(text, &toks[k]))
    {
        k += 1;
        steps += 1;
    }
    if k >= last || !word_is(text, &toks[k], OPENERS) || toks[k].in_quote {
        return None;
    }
    let c = if is_word(text, &toks[k], "about") {
        k + 1
    } else {
        k
    };
    let end = (c..last)
        .find(|&j| !toks[j].in_quote && (toks[j].is(',') || toks[j].is(';')))
        .unwrap_or(last);
    let mut e = end;
    while e > c && !toks[e - 1].word {
        e -= 1;
    }
    if toks[c..e].iter().filter(|t| t.word).count() < 3 {
        return None;
    }
    let cue = Cue {
        cue: v..v + 2,
        source: m,
        apposition: None,
        weak: false,
    };
    Some(((cue, toks[c].start..toks[e - 1].end), end))
}

/// True when the word of token `k` also appears capitalised elsewhere in the text inside a
/// sentence (after a word or a comma, not opening a sentence or paragraph), as a proper
/// name does.
pub fn proper_elsewhere(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = base_word(text, &toks[k]);
    toks.windows(2).enumerate().any(|(i, p)| {
        i + 1 != k
            && p[1].cap
            && base_word(text, &p[1]) == w
            && !text[p[0].end..p[1].start].contains('\n')
            && (p[0].word || !matches!(p[0].first, '.' | '?' | '!' | ':' | '"' | '“' | '”'))
    })
}

/// An organisation that opens the clause `a..v` and is followed by a finite verb: "The
/// Drem Gazette confirmed the count, reporting: '…'".
fn org_subject(text: &str, toks: &[Tok], a: usize, v: usize) -> Option<Mention> {
    let m = parse_fwd(text, toks, a, v)?;
    let after = mention_end(toks, &m);
    let opens = m.span.start == toks[a].start
        || (a + 1 < v && is_word(text, &toks[a], "the") && m.span.start == toks[a + 1].start);
    ((m.kind == MKind::Org || m.is_org)
        && !m.plural
        && opens
        && after < v
        && verb_like(text, &toks[after]))
    .then_some(m)
}

/// The end token (exclusive) of a name phrase found by [`parse_fwd`].
fn mention_end(toks: &[Tok], m: &Mention) -> usize {
    super::tokens::tok_at(toks, m.span.end)
}

/// True when token `k` (before `w`) closes the phrase before it: the window's end, a comma,
/// a sentence end, or an "of" place ("Ann Moy of Drem, …").
fn phrase_closes(text: &str, toks: &[Tok], k: usize, w: usize) -> bool {
    k >= w
        || toks[k].is(',')
        || toks[k].is('.')
        || (is_word(text, &toks[k], "of")
            && toks.get(k + 1).is_some_and(|n| n.word && n.cap)
            && k + 1 < w)
}

/// `"…?" asked Ann Moy.`: an object-taking speech verb right after a quotation, followed by
/// a person or organisation that closes the clause, names the speaker (the listener would
/// need a following clause: `," telling Fox that …`).
fn inverted_obj_cue(text: &str, toks: &[Tok], v: usize, len: usize, w: usize) -> Option<Cue> {
    let m = parse_fwd(text, toks, v + len, w)?;
    if !matches!(m.kind, MKind::Name | MKind::Org | MKind::Desc) || m.plural {
        return None;
    }
    let m = named_apposition(text, toks, &m, w).unwrap_or(m);
    if !phrase_closes(text, toks, mention_end(toks, &m), w) {
        return None;
    }
    Some(Cue {
        cue: v..v + len,
        source: m,
        apposition: None,
        weak: false,
    })
}

/// `said the mayor's deputy, Ann Moy, who …`: a description followed by a comma and a full
/// name that closes its phrase: the name, with the description as its role.
fn named_apposition(text: &str, toks: &[Tok], m: &Mention, w: usize) -> Option<Mention> {
    if m.kind != MKind::Desc || m.is_org || m.plural {
        return None;
    }
    let c = mention_end(toks, m);
    if c + 1 >= w || !toks[c].is(',') {
        return None;
    }
    let n = parse_fwd(text, toks, c + 1, w)?;
    let full = n.kind == MKind::Name
        && !n.is_org
        && n.name.end - n.name.start >= 2
        && n.span.start == toks[c + 1].start;
    if !full || !phrase_closes(text, toks, mention_end(toks, &n), w) {
        return None;
    }
    let mut n = n;
    if n.role.is_none() {
        let mut r0 = super::tokens::tok_at(toks, m.span.start);
        if word_is(text, &toks[r0], DETERMINERS) && r0 + 1 < c {
            r0 += 1;
        }
        n.role = Some(r0..c);
    }
    n.span.start = m.span.start;
    Some(n)
}

/// A cue in the words right before an opening quotation mark: `Peskov said: "`, `Peskov told
/// reporters "`, `According to X, "`, `Said Stone: "`. With `partial`, the verb may be farther
/// from the quotation (`accused them of 'ignoring attempts'`).
pub fn cue_before(text: &str, toks: &[Tok], a: usize, b: usize, partial: bool) -> Option<Cue> {
    if a >= b {
        return None;
    }
    let mut e = b;
    while e > a && !toks[e - 1].word && matches!(toks[e - 1].first, ',' | ':' | '—' | '–' | '-')
    {
        e -= 1;
    }
    if let Some(c) = as_put_it(text, toks, a, e) {
        return Some(c);
    }
    if !partial && e < b && toks[e].is(':') {
        if let Some(c) = colon_name(text, toks, a, e).or_else(|| owned_words(text, toks, a, e)) {
            return Some(c);
        }
    }
    // "Moy's reply was, '…'": a comma after "was" works as the colon.
    if !partial && e < b && toks[e].is(',') && e > a && word_is(text, &toks[e - 1], &["was", "is"])
    {
        if let Some(c) = owned_words(text, toks, a, e) {
            return Some(c);
        }
    }
    if !partial {
        if let Some(c) = asked_by(text, toks, a, e) {
            return Some(c);
        }
    }
    let max_gap = if partial { 40 } else { 25 };
    let mut v = e;
    while v > a {
        v -= 1;
        if let Some(open) = paren_before(toks, v, a) {
            v = open;
            continue;
        }
        if hard_stop(text, toks, v) {
            return None;
        }
        if e - v > max_gap {
            return None;
        }
        if v > a && according_at(text, toks, v - 1) {
            continue;
        }
        if according_at(text, toks, v) || quoted_by_at(text, toks, v) {
            let skip = if according_at(text, toks, v) { 2 } else { 3 };
            let m = parse_fwd(text, toks, v + skip, e)
                .or_else(|| document_source(text, toks, v + skip, e))?;
            return Some(Cue {
                cue: v..v + skip,
                source: m,
                apposition: None,
                weak: false,
            });
        }
        // "rejected Ann Moy's claim that the pier was 'safe'": the claim's owner.
        // Not when the main clause goes on after the "that" clause ("Ann Moy's claim that
        // the pier is safe is 'not true'": two finite verbs before the quotation).
        if let Some((c, _)) =
            nominal_cue(text, toks, a, v).filter(|_| finite_verbs(text, toks, v + 2, e) < 2)
        {
            return Some(c);
        }
        let t = &toks[v];
        // A closing bracket is a clause start, except after a short tag ("Sen. Ann Moy
        // (D-Ore.) said:").
        let at_start =
            v == a || (hard_stop(text, toks, v - 1) && paren_before(toks, v - 1, a).is_none());
        if t.in_quote {
            continue;
        }
        if let Some(len) = cue_len(text, toks, v, at_start).filter(|_| {
            !noun_use(text, toks, v)
                && (!passive(text, toks, a, v)
                    || !partial && once_after_subject(text, toks, a, v, v + 1 >= e))
        }) {
            // "In other words, explained moderator Ann Moy: '…'": after a comma, a verb
            // and a name that fills the words up to the quotation.
            // Not "telling Fox" or "…,” telling Fox": the name after those is the listener.
            let listener = t.has(OBJ_VERB) || gerund(text, toks, v);
            let inverted = !partial
                && !listener
                && e < b
                && v > a
                && toks[v - 1].is(',')
                && parse_fwd(text, toks, v + len, e).is_some_and(|m| {
                    m.span.end == toks[e - 1].end && matches!(m.kind, MKind::Name | MKind::Org)
                });
            // "Maher called the report weak. Adding, '…'": a participle alone before the
            // quotation continues the previous sentence, whose subject is the speaker.
            if at_start
                && v == a
                && t.cap
                && gerund(text, toks, v)
                && v + len == e
                && e < b
                && a > 0
            {
                // The previous sentence, past its closing punctuation and quotation mark.
                let mut end = a;
                while end > 0 && !toks[end - 1].word {
                    end -= 1;
                }
                let mut ps = end;
                while ps > 0 && ps + 80 > end && {
                    let t = &toks[ps - 1];
                    !matches!(t.first, '.' | '?' | '!')
                        || t.word
                        || t.in_quote
                        || !hard_stop(text, toks, ps - 1)
                } {
                    ps -= 1;
                }
                let m = clause_subject(text, toks, ps, end)?;
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: true,
                });
            }
            if t.cap || inverted || (at_start && !listener) {
                let m = parse_fwd(text, toks, v + len, e)?;
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: false,
                });
            }
            // "As Ann Moy reported after the storm had passed: '…'": an "as" clause that opens
            // the window credits its subject, however long its tail.
            if !partial && e - v > 8 {
                let as_clause = v > a + 1
                    && is_word(text, &toks[a], "as")
                    && !gerund(text, toks, v)
                    && subject_before(text, toks, a + 1, v).is_some_and(|(m, _)| {
                        let ms = super::tokens::tok_at(toks, m.span.start);
                        (ms == a + 1 || possessive_prefix(text, toks, a + 1, ms))
                            && matches!(m.kind, MKind::Name | MKind::Org)
                    });
                if !as_clause {
                    continue;
                }
            }
            // "by saying", "upon saying", "after saying": a participle whose subject is the
            // clause's.
            let by = v > a && word_is(text, &toks[v - 1], &["by", "upon", "after"]);
            // "X issued a statement saying", "X posted a tweet describing": the message's
            // sender, the clause subject.
            let message = v > a && word_is(text, &toks[v - 1], SENT_MESSAGES);
            // "X released a video that said, '…'": the message's sender as well.
            let that_said = v >= a + 2
                && is_word(text, &toks[v - 1], "that")
                && word_is(text, &toks[v - 2], SENT_MESSAGES)
                && !gerund(text, toks, v);
            // "X took a modest tone, praising the crew and telling them, '…'": a participle
            // coordinated with an earlier one after a comma.
            let and_participle = v >= a + 3
                && is_word(text, &toks[v - 1], "and")
                && (a + 1..v - 1).any(|k| toks[k].is(',') && participle_at(text, toks, k + 1));
            if v > a
                && (toks[v - 1].is(',') || by || message || and_participle)
                && gerund(text, toks, v)
                || that_said
            {
                // "..., saying" and "X went on by saying": the subject of the clause;
                // "…, Spicer said, adding": the subject of the speech verb just before.
                let said = (v >= a + 3 && toks[v - 1].is(',') && is_cue_verb(&toks[v - 2], false))
                    .then(|| subject_before(text, toks, a, v - 2))
                    .flatten()
                    .map(|(m, _)| m);
                let m = said
                    .or_else(|| clause_subject(text, toks, a, v))
                    .or_else(|| (!partial).then(|| org_subject(text, toks, a, v)).flatten())?;
                // "Hours later, she issued a statement saying": not a lone capitalised word
                // the text never uses as a name.
                if message
                    && m.kind == MKind::Name
                    && m.role.is_none()
                    && m.name.len() == 1
                    && !proper_elsewhere(text, toks, m.name.start)
                {
                    return None;
                }
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: false,
                });
            }
            // "X went on to say, '…'", "X continued to say": the subject of the clause. Not
            // "urged them to say", whose speaker is someone else.
            let to_say = v >= a + 2
                && is_word(text, &toks[v - 1], "to")
                && word_is(
                    text,
                    &toks[v - 2],
                    &["on", "continued", "continues", "proceeded", "proceeds"],
                );
            if to_say {
                let m = clause_subject(text, toks, a, v)?;
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: false,
                });
            }
            // "… from Mike Lee, who declared in the spin room, '…'" and "a post from Rikke
            // Walls who tweeted, '…'": the name before "who".
            // Past up to three adverbs or auxiliaries ("who has long called it …").
            let mut wv = v;
            while wv > a + 2
                && wv + 3 > v
                && (skippable(text, &toks[wv - 1])
                    || word_is(text, &toks[wv - 1], &["has", "have", "had"]))
            {
                wv -= 1;
            }
            let who = wv >= a + 2 && is_word(text, &toks[wv - 1], "who");
            let name_end = if who && toks[wv - 2].is(',') {
                wv.checked_sub(3).filter(|&k| k >= a)
            } else if who && toks[wv - 2].word && toks[wv - 2].cap {
                Some(wv - 2)
            } else {
                None
            };
            if let Some(k) = name_end.filter(|&k| !toks[k].poss) {
                let m = parse_back(text, toks, a, k).filter(|m| m.kind == MKind::Name)?;
                return Some(Cue {
                    cue: v..v + len,
                    source: m,
                    apposition: None,
                    weak: false,
                });
            }
            // "He looked into the camera, frowned and said, '…'": the last of coordinated
            // verbs takes the clause subject (a person), right before the quotation only.
            let and_said = || {
                (!partial
                    && v > a
                    && v + 1 >= e
                    && is_word(text, &toks[v - 1], "and")
                    && !gerund(text, toks, v))
                .then(|| clause_subject(text, toks, a, v))
                .flatten()
                .map(|m| (m, None))
            };
            let (m, app) = subject_before(text, toks, a, v)
                .or_else(|| coordinated_subject(text, toks, v))
                .or_else(and_said)?;
            return Some(Cue {
                cue: v..v + len,
                source: m,
                apposition: app,
                weak: false,
            });
        }
    }
    None
}

/// The subject of an earlier speech verb that the verb at `v` is coordinated with:
/// "Vosberg said she hoped for a deal 'within days', but warned that 'the last metre ...'".
/// The earlier verb may lie before a quotation, so the scan goes back to the sentence start
/// (at most 60 tokens), past the caller's window.
fn coordinated_subject(
    text: &str,
    toks: &[Tok],
    v: usize,
) -> Option<(Mention, Option<Range<usize>>)> {
    let mut j = v.checked_sub(1)?;
    // "X offered a job, then says …": "then" after a comma coordinates as well.
    let then = is_word(text, &toks[j], "then") && j > 0 && toks[j - 1].is(',');
    if !(is_word(text, &toks[j], "and") || is_word(text, &toks[j], "but") || then) {
        return None;
    }
    let stop = |k: usize| {
        let t = &toks[k];
        if t.in_quote {
            // `"… breathe." That prompted Rubio …`: a quotation that ends its sentence,
            // then a capital after the closing mark.
            let closes = toks
                .get(k + 1)
                .is_some_and(|m| !m.word && !m.in_quote && matches!(m.first, '”' | '"'));
            let next_cap = toks.get(k + 2).is_some_and(|n| n.word && n.cap);
            return (t.is('.') || t.is('?') || t.is('!')) && closes && next_cap;
        }
        if t.is('.') {
            // A sentence end, not "4.5" or "Oct. 23": a space, then a capital.
            let prev_abbrev = k > 0 && toks[k - 1].cap && toks[k - 1].end - toks[k - 1].start <= 4;
            let next_cap = toks
                .get(k + 1)
                .is_some_and(|n| n.start > t.end && (n.cap || !n.word));
            return next_cap && !prev_abbrev && hard_stop(text, toks, k);
        }
        (t.is('?') || t.is('!') || t.is(';')) && hard_stop(text, toks, k)
    };
    let mut verb = None;
    while j > 0 && v - j < 60 {
        j -= 1;
        // "A did this, while B did that and said …": B's clause starts after "while".
        if stop(j) || (word_is(text, &toks[j], &["while", "whereas"]) && !toks[j].in_quote) {
            break;
        }
        // "a former state party chairman": "state" is the noun.
        if !toks[j].in_quote
            && is_cue_verb(&toks[j], false)
            && !word_is(text, &toks[j], &["state", "states"])
        {
            verb = Some(j);
        }
    }
    let lo = if stop(j) || word_is(text, &toks[j], &["while", "whereas"]) {
        j + 1
    } else {
        j
    };
    // "X, who endorsed Moss and said …": the name before the relative pronoun, with no
    // comma between it and the verb.
    let who = (lo + 2..v)
        .rev()
        .take_while(|&k| !toks[k].is(',') || toks[k].in_quote)
        .find(|&k| is_word(text, &toks[k], "who") && toks[k - 1].is(','));
    if let Some(k) = who {
        return parse_back(text, toks, lo, k - 2)
            .filter(|m| m.kind == MKind::Name)
            .map(|m| (m, None));
    }
    // The first speech verb of the sentence carries the subject; without one, the
    // sentence's subject does ("The Bank of Aldmere raised rates and said ...").
    let Some(verb) = verb else {
        // ... or a person named before an apposition ("X, a farmer, became ... and said").
        return sentence_subject(text, toks, lo, v)
            .or_else(|| clause_subject(text, toks, lo, v))
            .map(|m| (m, None));
    };
    let (m, app) = subject_before(text, toks, lo, verb)?;
    matches!(
        m.kind,
        MKind::Name | MKind::Org | MKind::Pronoun | MKind::Desc
    )
    .then_some((m, app))
}

/// The subject that opens the sentence starting at token `lo`, when a verb follows it
/// directly: a name, an organisation (also "Bank of X") or a description.
fn sentence_subject(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<Mention> {
    let mut j = lo;
    while j < hi && !toks[j].word {
        j += 1;
    }
    // A dateline ("TARROW, Oct. 23 (Narrow Sea Wire) - The Bank ..."): the sentence proper
    // starts after its dash.
    if j < hi && toks[j].all_caps && toks[j].end - toks[j].start > 1 {
        if let Some(d) =
            (j..hi.min(j + 16)).find(|&k| toks[k].is('-') || toks[k].is('—') || toks[k].is('–'))
        {
            j = d + 1;
            while j < hi && !toks[j].word {
                j += 1;
            }
        }
    }
    if j < hi && is_word(text, &toks[j], "the") {
        j += 1;
    }
    let mut e = j;
    while e + 1 < hi {
        let n = &toks[e + 1];
        let of_org = is_word(text, n, "of")
            && toks[e].cap
            && toks[e].has(ORG)
            && toks.get(e + 2).is_some_and(|x| x.word && x.cap);
        let more = n.word && !n.in_quote && (n.cap || n.has(ROLE | ORG | ROLE_MOD) || of_org);
        if !more {
            break;
        }
        e += 1;
    }
    // A party tag between the name and the verb ("Ann Moy (R-IN) voted").
    let vpos = (e + 1 < hi)
        .then(|| paren_after(toks, e + 1, hi))
        .flatten()
        .map_or(e + 1, |close| close + 1);
    if vpos >= hi || !verb_like(text, &toks[vpos]) {
        return None;
    }
    parse_back(text, toks, lo, e)
        .filter(|m| m.span.start <= toks[j].start && !matches!(m.kind, MKind::OtherPronoun))
}

/// "according to him": an object pronoun as a mention, resolved like "he".
fn object_pronoun(text: &str, toks: &[Tok], j: usize) -> Option<Mention> {
    let t = toks.get(j)?;
    let w = word(text, t).to_ascii_lowercase();
    let (gender, plural) = match w.as_str() {
        "him" => (Gender::Male, false),
        "her" => (Gender::Female, false),
        "them" => (Gender::Unknown, true),
        _ => return None,
    };
    // "according to her office" is a possessive, not the pronoun.
    if toks.get(j + 1).is_some_and(|n| n.word) {
        return None;
    }
    Some(Mention {
        kind: MKind::Pronoun,
        span: t.start..t.end,
        name: j..j + 1,
        role: None,
        gender,
        is_org: false,
        plural,
    })
}

/// "Ann Moy: The harbour must stay open." — a headline or transcript line that opens with
/// its speaker and a colon. The name must fill the words before the colon and be a full
/// name, an organisation, or a surname the text gives with a first name elsewhere (so
/// "Correction:" or "Update:" are not speakers).
fn colon_credit(text: &str, toks: &[Tok], a: usize, last: usize) -> Option<(Cue, Range<usize>)> {
    let k = (a + 1..last.min(a + 7)).find(|&k| toks[k].is(':'))?;
    // The content starts right after the colon, with its opening quotation mark if any.
    let c = k + 1;
    if c >= last || toks[c..last].iter().filter(|t| t.word).count() < 3 {
        return None;
    }
    let m = parse_back(text, toks, a, k - 1)?;
    if m.span.start != toks[a].start {
        return None;
    }
    known_name(text, toks, &m)
        .then(|| (one_token_cue(k, m, None), toks[c].start..toks[last - 1].end))
}

/// An indefinite speaker after an inverted cue (`," added another delegate`, `," said one
/// official`): someone the text does not name. As a mention that resolves to nobody, it
/// keeps the quotation from being given to the previous speaker.
fn unnamed_speaker(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<Mention> {
    let first = toks.get(lo).filter(|_| lo < hi)?;
    if !word_is(
        text,
        first,
        &["another", "a", "an", "one", "some", "several"],
    ) {
        return None;
    }
    let mut e = lo + 1;
    while e < hi && toks[e].word && !toks[e].has(VERB) {
        e += 1;
    }
    (e > lo + 1).then(|| Mention {
        kind: MKind::OtherPronoun,
        span: first.start..toks[e - 1].end,
        name: lo..e,
        role: None,
        gender: Gender::Unknown,
        is_org: false,
        plural: false,
    })
}

/// "As Ann Moy put it," before a quotation, or "…," as Ann Moy put it." after one: the words
/// `lo..hi` (punctuation aside) are exactly "as", a person or organisation, "put it".
///
/// Also "in Ann Moy's words" and "in the words of Ann Moy".
fn as_put_it(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<Cue> {
    // The idiom opens the window or follows a comma inside it ("…, in X's words, “…”").
    let lo = (lo..hi)
        .rev()
        .take(12)
        .find(|&k| word_is(text, &toks[k], &["as", "in"]) && (k == lo || toks[k - 1].is(',')))
        .unwrap_or(lo);
    // Both forms open with "in" or "as": reject other windows before collecting their words.
    if !(lo..hi)
        .find(|&k| toks[k].word)
        .is_some_and(|k| word_is(text, &toks[k], &["in", "as"]))
    {
        return None;
    }
    let words: Vec<usize> = (lo..hi).filter(|&k| toks[k].word).collect();
    let n = words.len();
    let person = |m: &Mention| matches!(m.kind, MKind::Name | MKind::Org);
    let cue = |r: Range<usize>, m: Mention| Cue {
        cue: r,
        source: m,
        apposition: None,
        weak: false,
    };
    if (3..=8).contains(&n) && is_word(text, &toks[words[0]], "in") {
        let last = words[n - 1];
        // "Moy's words", "Forbes’ words".
        let owner = toks[last - 1].poss
            || matches!(toks[last - 1].first, '’' | '\'') && toks[last - 2].word;
        if is_word(text, &toks[last], "words") && owner {
            let e = if toks[last - 1].word {
                last - 1
            } else {
                last - 2
            };
            let m = parse_name_run(text, toks, words[0] + 1, e)?;
            return (m.span.start == toks[words[0] + 1].start && person(&m))
                .then(|| cue(words[0]..words[0] + 1, m));
        }
        if n >= 5
            && is_word(text, &toks[words[1]], "the")
            && is_word(text, &toks[words[2]], "words")
            && is_word(text, &toks[words[3]], "of")
        {
            let m = parse_fwd(text, toks, words[4], hi)?;
            return (m.span.end == toks[last].end && person(&m))
                .then(|| cue(words[0]..words[3] + 1, m));
        }
        return None;
    }
    if n < 4 || !is_word(text, &toks[words[0]], "as") {
        return None;
    }
    // "put it" ends the words, or a short adverbial follows it ("as the Gazette put it in a
    // long profile", "As Ann Moy put it on Monday:").
    let p = (2..n - 1).find(|&i| {
        word_is(text, &toks[words[i]], &["put", "puts"]) && is_word(text, &toks[words[i + 1]], "it")
    })?;
    let tail = &words[p + 2..];
    if !tail.is_empty()
        && (tail.len() > 6
            || !word_is(
                text,
                &toks[tail[0]],
                &[
                    "in",
                    "on",
                    "at",
                    "during",
                    "last",
                    "this",
                    "yesterday",
                    "today",
                    "earlier",
                    "recently",
                    "once",
                    "later",
                    "then",
                ],
            )
            || toks[tail[0]..=tail[tail.len() - 1]]
                .iter()
                .any(|t| !t.word && !t.is('-')))
    {
        return None;
    }
    if p + 2 > 16 {
        return None;
    }
    let put = words[p];
    // "As Ann Moy, the harbour master, put it": an apposition between the name and "put".
    let name_end = if toks[put - 1].is(',') {
        let k = comma_before(text, toks, put - 1, words[0] + 1)?;
        if k < words[0] + 2 || !apposition_opener(text, toks, k + 1) {
            return None;
        }
        k - 1
    } else if p + 2 <= 9 {
        put - 1
    } else {
        return None;
    };
    // "As The Post's Dana Milbank puts it": an owner may come before the name, and so may
    // lower-case role words ("as anti-fraud prosecutor Ann Moy put it").
    let m = parse_back(text, toks, words[0] + 1, name_end)?;
    let ms = super::tokens::tok_at(toks, m.span.start);
    let owner_only = toks[words[0] + 1..ms].iter().all(|t| {
        t.cap
            || t.poss
            || !t.word && t.is('-')
            || word_is(text, t, &["the"])
            || t.word && !t.has(VERB | STOP | ADV | PRON_OTHER)
    });
    (owner_only
        && m.span.end == toks[name_end].end
        && matches!(m.kind, MKind::Name | MKind::Org | MKind::Pronoun))
    .then(|| Cue {
        cue: put..put + 2,
        source: m,
        apposition: None,
        weak: false,
    })
}

/// A credit line's name before the colon that opens a quotation, after a dash or at the
/// start of the sentence: `POLLS WERE EARLY - Ann Moy and Ivo Marsh: “…”`, `Rep. Ann Moy
/// (R-Ohio): "…"`, `More from Moy: “…”`. The name must be known as a person (see
/// [`colon_credit`]) or be an organisation.
fn colon_name(text: &str, toks: &[Tok], a: usize, colon: usize) -> Option<Cue> {
    let mut last = colon.checked_sub(1)?;
    if let Some(open) = paren_before(toks, last, a) {
        last = open.checked_sub(1)?;
    }
    if last < a {
        return None;
    }
    let m = parse_back(text, toks, a, last)?;
    let first = super::tokens::tok_at(toks, m.span.start);
    let opens = first == a
        || toks[first - 1].is('-')
        || toks[first - 1].is('—')
        || toks[first - 1].is('–')
        || is_word(text, &toks[first - 1], "from")
        || is_word(text, &toks[first - 1], "and") && first >= a + 3 && toks[first - 2].cap;
    (opens && known_name(text, toks, &m)).then(|| one_token_cue(colon, m, None))
}

/// `"MOY: Well, the pier is old."`: a quotation whose content opens with its speaker's
/// label and a colon, as a transcript turn does. The content starts at token `a` and ends
/// before `b`.
pub fn label_cue(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Cue> {
    let k = (a + 1..b.min(a + 4)).find(|&k| toks[k].is(':'))?;
    if toks[k + 1..b].iter().filter(|t| t.word).count() < 3 {
        return None;
    }
    colon_name(text, toks, a, k).filter(|c| c.source.span.start == toks[a].start)
}

/// "Clinton's response was: '…'", "the ministry's statement read:": an owner's words
/// before the colon that opens a quotation.
fn owned_words(text: &str, toks: &[Tok], a: usize, colon: usize) -> Option<Cue> {
    const WORDS: &[&str] = &[
        "response",
        "reply",
        "answer",
        "message",
        "statement",
        "words",
        "comment",
        "tweet",
        "verdict",
        "advice",
        "retort",
        "explanation",
        "argument",
        "view",
        "dictum",
        "motto",
        "mantra",
        "slogan",
        "refrain",
        "catchphrase",
        "reaction",
    ];
    let mut k = colon.checked_sub(1)?;
    if k > a && word_is(text, &toks[k], &["was", "were", "read", "reads", "is"]) {
        k -= 1;
        // "Berg's dictum to his interns was": a short phrase after the noun.
        if let Some(n) = (k.saturating_sub(5).max(a + 1)..k).find(|&n| {
            word_is(text, &toks[n], WORDS)
                && word_is(text, &toks[n + 1], &["to", "for", "on", "about", "in"])
                && toks[n + 1..=k].iter().all(|t| t.word && !t.has(VERB))
        }) {
            k = n;
        }
    }
    if k <= a || !word_is(text, &toks[k], WORDS) {
        return None;
    }
    let owner = k - 1;
    let poss_mark = !toks[owner].word && matches!(toks[owner].first, '’' | '\'');
    let end = if poss_mark {
        owner.checked_sub(1)?
    } else {
        owner
    };
    if end < a || !(toks[end].poss || poss_mark) {
        return None;
    }
    let m = parse_name_run(text, toks, a, end)?;
    matches!(m.kind, MKind::Name | MKind::Org).then(|| Cue {
        cue: k..colon + 1,
        source: m,
        apposition: None,
        weak: false,
    })
}

/// An organisation, a full name, or a surname the text gives with a first name elsewhere.
fn known_name(text: &str, toks: &[Tok], m: &Mention) -> bool {
    if m.name.len() == 1 && toks[m.name.start].all_caps {
        return caps_label_known(text, toks, m.name.start);
    }
    match m.kind {
        MKind::Org => true,
        MKind::Name => {
            let words = toks[m.name.clone()].iter().filter(|t| t.word).count();
            // More than three capitalised words is a headline ("Veto Power Impedes Peace
            // Efforts:"), not a person.
            (2..=3).contains(&words)
                || words == 1 && {
                    let surname = word(text, &toks[m.name.end - 1]);
                    toks.windows(2).any(|w| {
                        w[0].has(FIRST_M | FIRST_F) && w[1].word && word(text, &w[1]) == surname
                    })
                }
        }
        _ => false,
    }
}

/// A one-word capitals label before a colon ("MOY:", "AP:", but not "UPDATE:" or
/// "EXCLUSIVE:"), at token `k`: the text uses the word elsewhere, as the same capitals
/// outside a label (an acronym: "the AP reported"), as the surname of a name of two or
/// more words ("Ann Moy", "Gov. Moy"), or as the label of another turn of a transcript.
fn caps_label_known(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = word(text, &toks[k]);
    toks.iter().enumerate().any(|(j, t)| {
        if j == k || !t.word || t.end - t.start != w.len() {
            return false;
        }
        let u = word(text, t);
        if u == w {
            return true;
        }
        j > 0
            && t.cap
            && u.eq_ignore_ascii_case(w)
            && toks[j - 1].word
            && toks[j - 1].cap
            && !toks[j - 1].has(NOT_NAME | STOP)
            && !word(text, &toks[j - 1]).eq_ignore_ascii_case(w)
    })
}

/// Where a short time phrase ending right before token `j` starts ("on Thursday", "on
/// Thursday evening", "late Tuesday", "last week", "earlier this month"), if there is one.
fn time_phrase_start(text: &str, toks: &[Tok], lo: usize, j: usize) -> Option<usize> {
    const OPENERS: &[&str] = &["on", "late", "later", "early", "earlier", "last", "this"];
    // "X at the time said", "X in turn said", "X at that point said".
    // Words are compared in place (`is_word`, `lower_word`): this runs for most speech verbs.
    if j >= lo + 3 {
        let fixed = [
            ["at", "the", "time"],
            ["at", "that", "time"],
            ["at", "that", "point"],
        ];
        if toks[j - 3..j].iter().all(|t| t.word)
            && fixed
                .iter()
                .any(|f| (0..3).all(|i| is_word(text, &toks[j - 3 + i], f[i])))
        {
            return Some(j - 3);
        }
    }
    if j >= lo + 2
        && toks[j - 2..j].iter().all(|t| t.word)
        && is_word(text, &toks[j - 2], "in")
        && word_is(text, &toks[j - 1], &["turn", "response"])
    {
        return Some(j - 2);
    }
    let mut k = j;
    let mut buf = [0u8; 16];
    while k > lo && j - k < 4 {
        let t = &toks[k - 1];
        if !t.word {
            return None;
        }
        let w = lower_word(text, t, &mut buf);
        if OPENERS.contains(&w) && k < j {
            return Some(k - 1);
        }
        let time = TIME_NOUNS.contains(&w) || ["this", "last", "earlier"].contains(&w);
        if !time && !crate::dates::is_weekday(w) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Where a short phrase naming the medium of a statement and ending right before token `j`
/// starts: "in a statement", "in a blog post", "during an interview with the Gazette".
fn medium_phrase_start(text: &str, toks: &[Tok], lo: usize, j: usize) -> Option<usize> {
    const MEDIA: &[&str] = &[
        "statement",
        "interview",
        "post",
        "letter",
        "tweet",
        "speech",
        "op-ed",
        "email",
        "memo",
        "video",
        "message",
        "appearance",
        "broadcast",
        "podcast",
        "column",
        "essay",
    ];
    // The phrase ends with its medium noun, right before the verb.
    if j == 0 || !toks[j - 1].word || toks[j - 1].cap || !word_is(text, &toks[j - 1], MEDIA) {
        return None;
    }
    let p = (lo..j)
        .rev()
        .take(8)
        .take_while(|&k| toks[k].word || toks[k].is('-'))
        .find(|&k| word_is(text, &toks[k], &["in", "during", "on"]))?;
    (p > lo
        && toks[p + 1..j]
            .iter()
            .any(|t| t.word && !t.cap && word_is(text, t, MEDIA)))
    .then_some(p)
}

/// A document that names its author as the subject right before the verb at `v`: "A new
/// Harbour Gazette poll found …", "a report by the Port Authority said …".
fn document_subject(text: &str, toks: &[Tok], a: usize, v: usize) -> Option<Mention> {
    // "A Harbour Gazette poll released on Monday showed", "a Pew survey last week found",
    // "a Gazette poll of dock workers showed": the document phrase ends before its date,
    // its release participle or its of-phrase.
    let v = document_tail_start(text, toks, a, v);
    // The noun phrase: back from the verb over words, to a determiner or the sentence start.
    let mut s = v;
    let slash = |k: usize| toks[k].is('/') && k > a && toks[k - 1].cap && toks[k + 1].cap;
    while s > a && v - s < 10 && (toks[s - 1].word && !toks[s - 1].has(VERB) || slash(s - 1)) {
        s -= 1;
        if word_is(text, &toks[s], &["a", "an", "the"]) {
            break;
        }
    }
    if s == v {
        return None;
    }
    let m = document_source(text, toks, s, v)?;
    // The phrase must end with the document or its author, right before the verb.
    (super::tokens::tok_at(toks, m.span.end) >= v - 1 || toks[v - 1].has(ORG) || {
        let n = word(text, &toks[v - 1]).to_ascii_lowercase();
        DOCUMENTS.contains(&n.as_str())
    })
    .then_some(m)
}

/// Where the modifiers that may follow a document noun before its verb at `v` start: an
/// adverb ("actually"), a time phrase ("last week", "on Monday"), a release participle
/// ("released", "out") and a short of-phrase ("of dock workers"); `v` when there are none.
fn document_tail_start(text: &str, toks: &[Tok], a: usize, v: usize) -> usize {
    const RELEASED: &[&str] = &[
        "released",
        "conducted",
        "published",
        "issued",
        "out",
        "taken",
    ];
    let mut j = v;
    while j > a && skippable(text, &toks[j - 1]) {
        j -= 1;
    }
    j = time_phrase_start(text, toks, a, j).unwrap_or(j);
    // "out Monday": a bare weekday.
    if j > a + 1 && capitalised_weekday(text, &toks[j - 1]) {
        j -= 1;
    }
    if j > a + 1 && !toks[j - 1].cap && word_is(text, &toks[j - 1], RELEASED) {
        j -= 1;
    }
    // "a Gazette poll of dock workers": "of" up to four words before, right after the noun.
    if let Some(of) = (j.saturating_sub(5).max(a + 1)..j.saturating_sub(1))
        .rev()
        .find(|&k| is_word(text, &toks[k], "of"))
    {
        let plain = toks[of + 1..j]
            .iter()
            .all(|t| t.word && !t.has(VERB | STOP) && !t.poss);
        let noun = &toks[of - 1];
        if plain && noun.word && !noun.cap && word_is(text, noun, DOCUMENTS) {
            j = of;
        }
    }
    if j > a {
        j
    } else {
        v
    }
}

/// Verbs by which a poll, survey or study reports its object without "that".
const FINDINGS: &[&str] = &["showed", "shows", "show", "found", "finds"];

/// Conjunctions that open a subordinate clause before the main one ("When X said …, Y").
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "although", "though", "while", "because", "since", "once", "until",
    "if", "as",
];

/// Auxiliaries that open a yes/no question ("Does she think …?").
const QUESTION_AUXILIARIES: &[&str] = &[
    "do", "does", "did", "will", "would", "can", "could", "should", "is", "are", "was", "were",
    "has", "have", "had",
];

/// Whether the sentence `[a, b)` is a yes/no question: an auxiliary first, a question mark
/// last ("Does she think there will be a deal?"). It asks whether someone thinks or said
/// something; it reports nothing. A wh-question ("Why does she think …?") presupposes the
/// belief and is not caught here.
fn yes_no_question(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    let mut last = b;
    while last > a
        && matches!(toks[last - 1].first, '"' | '”' | '’' | '\'' | ')')
        && !toks[last - 1].word
    {
        last -= 1;
    }
    last > a + 2
        && toks[last - 1].is('?')
        && toks[a].word
        && QUESTION_AUXILIARIES
            .iter()
            .any(|w| is_word(text, &toks[a], w))
}

/// A cue of one token at `v` (a speech verb, a colon) with its speaker phrase and
/// apposition.
fn one_token_cue(v: usize, source: Mention, apposition: Option<Range<usize>>) -> Cue {
    Cue {
        cue: v..v + 1,
        source,
        apposition,
        weak: false,
    }
}

/// Reported speech in the sentence tokens `[a, b)` (outside quotations): returns the cue and
/// the byte range of the reported content.
pub fn reported(text: &str, toks: &[Tok], a: usize, b: usize) -> Vec<(Cue, Range<usize>)> {
    let mut out = Vec::new();
    if yes_no_question(text, toks, a, b) {
        return out;
    }
    let mut v = a;
    // The sentence's last word token (content stops before final punctuation).
    let mut last = b;
    while last > a && !toks[last - 1].word {
        last -= 1;
    }
    // "Noting that the pier was safe, Ann Moy said …": the fronted participle's content,
    // said by the main clause's subject; the main clause is looked at as usual.
    if let Some(c) = fronted_participle(text, toks, a, last) {
        out.push(c);
    }
    if let Some(c) = made_clear(text, toks, a, last) {
        // The clause before the subject may report something of its own ("Though he did
        // not mention X, he made clear that …").
        let ms = super::tokens::tok_at(toks, c.0.source.span.start);
        if ms > a + 3 {
            out.extend(reported(text, toks, a, ms));
        }
        out.push(c);
        return out;
    }
    if let Some(c) = colon_credit(text, toks, a, last) {
        out.push(c);
        return out;
    }
    if let Some(c) = trailing_cue(text, toks, a, last) {
        out.push(c);
        return out;
    }
    if let Some(c) = viewpoint(text, toks, a, last) {
        out.push(c);
        return out;
    }
    // Whether the sentence is a title-case headline, computed when first needed.
    let mut headline: Option<bool> = None;
    while v < b {
        let t = &toks[v];
        if t.in_quote {
            v += 1;
            continue;
        }
        if according_at(text, toks, v) {
            if let Some(m) = object_pronoun(text, toks, v + 2)
                .or_else(|| parse_fwd(text, toks, v + 2, b))
                .or_else(|| document_source(text, toks, v + 2, b))
            {
                let after = super::tokens::tok_at(toks, m.span.end);
                let content = if v == a || (v == a + 1 && (toks[a].word || toks[a].is('('))) {
                    // "According to X, content."
                    let mut c = after;
                    while c < b && !toks[c].word {
                        c += 1;
                    }
                    (c < last).then(|| toks[c].start..toks[last - 1].end)
                } else if toks[v - 1].is(',') && v >= a + 4 {
                    // "A, according to X, B": the sentence around the cue; "A, according
                    // to X." the part before it.
                    let more = after < last
                        && toks[after].is(',')
                        && toks[after + 1..last].iter().filter(|t| t.word).count() >= 3;
                    if more {
                        Some(toks[a].start..toks[last - 1].end)
                    } else {
                        Some(toks[a].start..toks[v - 2].end)
                    }
                } else if v >= a + 4 && toks[v - 1].word && !toks[v - 1].in_quote {
                    // "Moy leads by four points according to X."
                    content_before(text, toks, a, v)
                } else {
                    None
                };
                if let Some(c) = content {
                    out.push((
                        Cue {
                            cue: v..v + 2,
                            source: m,
                            apposition: None,
                            weak: false,
                        },
                        c,
                    ));
                }
            }
            v += 2;
            continue;
        }
        if let Some((c, end)) = asked_by_question(text, toks, v, last) {
            // "Asked by host Ann Moy whether …, X said": the question is the asker's; the
            // main clause may report its own content.
            out.push(c);
            v = end;
            continue;
        }
        if let Some((c, owner_start)) = nominal_cue(text, toks, a, v) {
            // "Moy rejected Berg's claim that the pier was safe": the clause after "that",
            // to the sentence end when the phrase is an object; as the subject ("Berg's
            // claim that the pier was 'safe' drew laughter") only up to a quotation that
            // closes the clause, as the main verb's place is unknown.
            let mut ms = owner_start;
            if ms > a && word_is(text, &toks[ms - 1], &["the", "a", "an"]) {
                ms -= 1;
            }
            let object = ms > a && toks[ms - 1].word;
            let start = v + 2;
            let end = if object {
                (start..last)
                    .find(|&k| toks[k].is(';') && !toks[k].in_quote)
                    .unwrap_or(last)
            } else {
                // The token after the first quotation's last word.
                let q = (start..last.min(start + 30)).find(|&k| toks[k].in_quote);
                q.and_then(|q| (q..last).find(|&k| !toks[k].in_quote))
                    .filter(|&k| k > start + 2)
                    .unwrap_or(start)
            };
            if end > start + 2 {
                let mut e2 = end;
                while e2 > start && !toks[e2 - 1].word {
                    e2 -= 1;
                }
                out.push((c, toks[start].start..toks[e2 - 1].end));
                if object {
                    break;
                }
                v = end;
                continue;
            }
            v += 1;
            continue;
        }
        if !t.word || !t.has(REPORT | BELIEF | ACT) {
            v += 1;
            continue;
        }
        // "state(s)" is far more often the noun ("Southern states") than the verb.
        let belief = t.has(BELIEF) && !t.has(REPORT);
        // A belief that is also an act reports as one only before "to" ("hopes to win",
        // "agreed to debate"; see `act_len`).
        let act = if t.has(REPORT) || t.has(BELIEF) && !t.has(ACT) {
            None
        } else {
            act_len(text, toks, v, b)
        };
        // In a headline ("Ann Moy Says Pier Will Reopen") the verb is capitalised too.
        let case_ok = !t.cap
            || (v > a
                && !t.all_caps
                && toks[v - 1].word
                && toks[v - 1].cap
                && t.has(REPORT | BELIEF | ACT)
                && *headline.get_or_insert_with(|| title_case_sentence(text, toks, a, last)));
        // "X wouldn't say whether …", "X isn't saying what …": a refusal to say, like
        // "declined to say whether".
        if let Some(c) = withheld(text, toks, a, v, last) {
            out.push(c);
            break;
        }
        // "The plan has been endorsed by the Harbour Board": the agent said it.
        // Not "used by": using words is speech only before the quoted term (see `act_len`).
        if t.word
            && !t.cap
            && t.has(REPORT | ACT)
            && !term_use(text, t)
            && passive(text, toks, a, v)
        {
            if let Some(c) = passive_by(text, toks, a, v, last) {
                out.push(c);
                v += 1;
                continue;
            }
        }
        if !(t.word && (t.has(REPORT | BELIEF) || act.is_some()) && case_ok)
            || noun_use(text, toks, v)
            || is_word(text, t, "states")
            || is_word(text, t, "state")
            || passive(text, toks, a, v)
        {
            v += 1;
            continue;
        }
        // A comma right before the verb, or inside the quotation that ends there
        // (`to address “that person,” telling Fox that`).
        let comma_before_verb = v > a
            && (toks[v - 1].is(',')
                || v > a + 1
                    && matches!(toks[v - 1].first, '”' | '"' | '’')
                    && toks[v - 2].is(','));
        // "X made history by nominating …", "X rallied crowds by promising …": after "by"
        // (or "upon"), the gerund is an act of the clause's subject, as after a comma.
        // So after a dash ("X changed course – saying …") and after "while" ("X agreed,
        // while saying …").
        let by_gerund = v > a + 1
            && (word_is(text, &toks[v - 1], &["by", "upon", "while"])
                || !toks[v - 1].word
                    && (toks[v - 1].is('—') || toks[v - 1].is('–'))
                    && !toks[v - 1].in_quote);
        // "X issued a statement saying …": the document's gerund, as after a comma.
        let document_gerund = v >= a + 3
            && word_is(
                text,
                &toks[v - 1],
                &["statement", "report", "memo", "letter", "release"],
            )
            && word_is(text, &toks[v - 2], &["a", "an", "the"])
            && word_is(
                text,
                &toks[v - 3],
                &["issued", "released", "published", "posted", "sent", "put"],
            );
        let participle =
            (comma_before_verb || by_gerund || document_gerund) && gerund(text, toks, v);
        // "…for Ann Moy, who said she would stay": the name before the relative pronoun.
        // "X, who said …" and "X - who previously said … -": the name before "who".
        // "Ann Moy, who said …", and "the Harbour Board, which endorsed …" for an
        // organisation (`rel_which`).
        let (rel_name_end, rel_which) = {
            // Past up to three adverbs or auxiliaries ("who had previously said", "who has
            // both endorsed") and a time phrase ("who on Tuesday endorsed").
            let aux =
                |t: &Tok| skippable(text, t) || word_is(text, t, &["has", "have", "had", "both"]);
            let mut w = v;
            while w > a + 1 && w + 4 > v && aux(&toks[w - 1]) {
                w -= 1;
            }
            if let Some(s) = time_phrase_start(text, toks, a + 1, w).filter(|&s| s + 4 >= w) {
                w = s;
                while w > a + 1 && w + 6 > v && aux(&toks[w - 1]) {
                    w -= 1;
                }
            }
            let which = w >= a + 3 && is_word(text, &toks[w - 1], "which");
            let end = (w >= a + 3
                && (is_word(text, &toks[w - 1], "who") || which)
                && (toks[w - 2].is(',') || toks[w - 2].is('-') || toks[w - 2].is('—'))
                && !toks[w - 3].poss)
                .then(|| w - 3);
            (end, which)
        };
        let relative = rel_name_end.is_some();
        // "X took to Twitter to accuse …", "X used the debate to attack …": the act of the
        // clause subject, after a verb of taking an occasion.
        let controller = act
            .is_some()
            .then(|| occasion_subject(text, toks, a, v))
            .flatten();
        // A speech act that reports nothing here needs no subject search.
        if let Some(len) = act {
            let c = v + len;
            if c >= last
                || !toks[c].word
                || controller.is_none() && !act_clause(text, toks, a, v, c, participle)
            {
                v += 1;
                continue;
            }
        }
        let subject = if let Some(m) = controller {
            Some((m, None))
        } else if let Some(end) = rel_name_end {
            parse_back(text, toks, a, end)
                .and_then(|m| {
                    // "Sen. Ann Moy of Drem, who …": the person the of-phrase hangs from.
                    let ms = super::tokens::tok_at(toks, m.span.start);
                    if ms > a + 1 && is_word(text, &toks[ms - 1], "of") && toks[ms - 2].cap {
                        of_chain_head(text, toks, a, ms - 2, end)
                    } else {
                        Some(m)
                    }
                })
                .filter(|m| {
                    if rel_which {
                        // "which" stands for a thing: an organisation, never a name
                        // known as a person's (a first name, an honorific).
                        m.kind == MKind::Org
                            || m.kind == MKind::Name && (m.is_org || m.gender == Gender::Unknown)
                    } else {
                        m.kind == MKind::Name
                    }
                })
                .map(|m| (m, None))
        } else if participle {
            // "X issued a statement, saying ...": the subject of the clause; after a
            // quotation's inverted credit, its speaker (`"…," said X, a role, referring to`).
            clause_subject(text, toks, a, v)
                .or_else(|| credit_subject(text, toks, a, v))
                .or_else(|| interrupted_subject(text, toks, a, v, last))
                .map(|m| (m, None))
        } else {
            // "X became a delegate and said ...": the subject of the coordinated clause.
            // "A Gazette poll of dock workers found that …": a document with an author
            // rather than the description before the verb.
            match subject_before(text, toks, a, v) {
                Some((m, app)) if m.kind == MKind::Desc => {
                    Some(document_subject(text, toks, a, v).map_or((m, app), |d| (d, None)))
                }
                None => coordinated_subject(text, toks, v)
                    .or_else(|| document_subject(text, toks, a, v).map(|m| (m, None))),
                s => s,
            }
        };
        let Some((m, app)) = subject else {
            if participle {
                v += 1;
                continue;
            }
            // "Content, said X, a role." with the speaker after the verb.
            if let Some(c) = inverted_reported(text, toks, a, v, b, last) {
                out.push(c);
                // A participle after the credit has content of its own ("…, said X, a
                // role, referring to …").
                if !(v + 1..last).any(|k| toks[k].is(',') && participle_at(text, toks, k + 1)) {
                    break;
                }
            }
            v += 1;
            continue;
        };
        if m.kind == MKind::OtherPronoun {
            v += 1;
            continue;
        }
        // A speech act needs a named speaker or a pronoun: a description ("World leaders
        // denounce …") is too often a group.
        let lower_head =
            m.kind != MKind::Pronoun && m.name.end > m.name.start && !toks[m.name.end - 1].cap;
        if act.is_some()
            && (m.kind == MKind::Desc || lower_head || reduced_relative(text, toks, a, &m))
        {
            v += 1;
            continue;
        }
        if let Some(len) = act {
            // "X praised the deal, …": the object, up to the end of its clause, is what was
            // said; a later cue of the sentence stays possible.
            let c = v + len;
            let end = act_content_end(text, toks, c, last);
            if end > c {
                out.push((
                    Cue {
                        cue: v..c,
                        source: m,
                        apposition: app,
                        weak: false,
                    },
                    toks[c].start..toks[end - 1].end,
                ));
                // "X rejected Y's claim that the pier was safe": the claim is Y's words.
                if let Some((k, n)) = (c..end.min(c + 6))
                    .find_map(|k| nominal_cue(text, toks, a, k).map(|(n, _)| (k, n)))
                    .filter(|&(k, _)| k + 4 < end)
                {
                    out.push((n, toks[k + 2].start..toks[end - 1].end));
                }
                v = end;
            } else {
                v += 1;
            }
            continue;
        }
        // Where the subject phrase starts, with lower-case role words before a name
        // ("ministry spokesman Ann Moy").
        let mut ms = super::tokens::tok_at(toks, m.span.start);
        while ms > a && toks[ms - 1].word && !toks[ms - 1].cap && {
            let p = &toks[ms - 1];
            p.has(ROLE | ORG | ROLE_MOD | NATION)
                || (toks[ms].has(ROLE) && !p.has(STOP | ADV | VERB) && !noun_use(text, toks, ms))
        } {
            ms -= 1;
        }
        if ms > a + 1 && toks[ms - 2].is(',') && word_is(text, &toks[ms - 1], &["the", "a", "an"]) {
            ms -= 1;
        }
        // "As the Gazette reported on Monday, content." and "Content, as the Gazette
        // reported.": the clause framed by "as" is what was said.
        let det = ms > a && word_is(text, &toks[ms - 1], &["the", "a", "an"]);
        let as_at = if det {
            ms.saturating_sub(2)
        } else {
            ms.saturating_sub(1)
        };
        if ms > a + usize::from(det) && is_word(text, &toks[as_at], "as") && t.has(REPORT) {
            let tail_end = (v + 1..last).find(|&k| toks[k].is(',')).unwrap_or(last);
            if tail_end == v + 1 || adverbial_tail(text, toks, v + 1, tail_end) {
                let content = if as_at == a && tail_end < last {
                    let c = tail_end + 1;
                    (last - c >= 3).then(|| toks[c].start..toks[last - 1].end)
                } else if as_at > a && comma_like(toks, as_at - 1) && tail_end == last {
                    content_before(text, toks, a, as_at - 1)
                } else {
                    None
                };
                if let Some(c) = content {
                    out.push((one_token_cue(v, m, app), c));
                    break;
                }
            }
        }
        let after_comma = ms > a && comma_like(toks, ms - 1);
        let listener = t.has(OBJ_VERB) && v + 1 < last && toks[v + 1].word;
        // "X said Tuesday the pier is safe": a time phrase before a clause is no tail.
        let adverbial = !listener
            && !promise_infinitive(text, toks, v, last)
            && adverbial_tail(text, toks, v + 1, last)
            && time_after(text, toks, v + 1, last) == v + 1;
        let aside = v + 2 < b && toks[v + 1].is(',') && {
            // "Content, X said, and more content": the part after the aside continues it;
            // "Content, X said, a change that …" describes it.
            let w = &toks[v + 2];
            word_is(text, w, &["and", "but", "or", "so", "a", "an", "which"])
        };
        // "The plan would be helped, X said, by the tides.": a parenthetical cue inside
        // its content (with a short adverbial: "X said on Monday,").
        let inner_comma = (v + 1..last.min(v + 9)).find(|&k| toks[k].is(',') && !toks[k].in_quote);
        let parenthetical = after_comma
            && !aside
            && inner_comma.is_some_and(|k| {
                (k == v + 1 || adverbial_tail(text, toks, v + 1, k))
                    && toks[k + 1..last].iter().filter(|t| t.word).count() >= 2
            });
        // The parts around the aside make the content: one word before it may do ("This
        // campaign, he says, is different.").
        let before_ok = parenthetical
            && toks[a..ms - 1].iter().any(|t| t.word)
            && !toks[a..ms - 1].iter().any(|t| t.in_quote);
        if before_ok {
            out.push((one_token_cue(v, m, app), toks[a].start..toks[last - 1].end));
            break;
        }
        if after_comma && (adverbial || aside) {
            // "Content, X said on Thursday." and "Content, X said, and more content."
            if let Some(c) = content_before(text, toks, a, ms - 1) {
                out.push((one_token_cue(v, m, app), c));
                break;
            }
        }
        // "X said, citing …": the participle is a cue of its own, not what X said.
        // So is one after a short adverbial ("X said on Monday, referring to …").
        let participle_next = v + 2 < last
            && (toks[v + 1].is(',') && gerund(text, toks, v + 2) && !toks[v + 2].cap
                || inner_comma.is_some_and(|k| {
                    k + 1 < last
                        && adverbial_tail(text, toks, v + 1, k)
                        && participle_at(text, toks, k + 1)
                }));
        if adverbial || aside || participle_next {
            // Nothing is reported after the verb ("X said on Thursday.").
            v += 1;
            continue;
        }
        // Content after the verb: skip the listener ("told reporters"), adverbials up to
        // "that", and "that" itself.
        let mut c = v + 1;
        if t.has(OBJ_VERB) && c < b && toks[c].word && !is_word(text, &toks[c], "that") {
            let mut k = c;
            while k < b && k < c + 4 && toks[k].word && !is_word(text, &toks[k], "that") {
                k += 1;
            }
            c = if k < b && is_word(text, &toks[k], "that") {
                k
            } else {
                // The listener: "reporters", "the agency", "Fox News", "the Associated Press".
                let dets = ["the", "a", "an", "his", "her", "their"];
                let opens = |t: &Tok| {
                    t.word
                        && (t.cap
                            || dets
                                .iter()
                                .chain(&["he", "she", "they", "it", "we", "i"])
                                .any(|d| is_word(text, t, d)))
                };
                let mut l = c;
                if word_is(text, &toks[l], &dets) && l + 1 < b {
                    // "the harbour board the channel ...": up to the next phrase opener.
                    l += 1;
                    if !toks[l].cap {
                        let next = (l + 1..b.min(l + 4)).find(|&j| opens(&toks[j]));
                        l = next.map_or(l, |j| j - 1);
                    }
                }
                if toks[l].cap {
                    while l + 1 < b && toks[l + 1].word && toks[l + 1].cap {
                        l += 1;
                    }
                }
                l + 1
            };
        }
        // "X said Tuesday the …", "X told reporters on Friday night that …": past the time.
        c = time_after(text, toks, c, last);
        let mut k = c;
        while k < b && k < c + 8 && !hard_stop(text, toks, k) && !is_word(text, &toks[k], "that") {
            k += 1;
        }
        let mut has_that = false;
        if k < b && is_word(text, &toks[k], "that") && (k == c || toks[c].has(STOP)) {
            c = k + 1;
            has_that = true;
        }
        while c < b && !toks[c].word && toks[c].first != '"' && toks[c].first != '“' {
            c += 1;
        }
        // "X said on Monday, referring to …", "X told the Gazette, citing …": a participle
        // after a comma is a cue of its own (see `participle_next`), not what the verb reports.
        if !has_that && c > v + 1 && c < last && toks[c - 1].is(',') && participle_at(text, toks, c)
        {
            v += 1;
            continue;
        }
        // "A Harbor Gazette poll showed Ruiz leading the field": a named poll, survey or
        // study shows or finds its object, with or without "that".
        // The name is not capitalised only by the sentence start ("Early polls show"), and
        // only a determiner or plain modifiers come before it ("as polls show" is no subject).
        let finding = (belief && !has_that && word_is(text, t, FINDINGS))
            .then(|| document_subject(text, toks, a, v))
            .flatten()
            .filter(|d| {
                let ns = d.name.start;
                let ds = super::tokens::tok_at(toks, d.span.start);
                let de = super::tokens::tok_at(toks, d.span.end);
                let plain = |t: &Tok| t.word && !t.cap && !t.has(STOP | VERB | ADV);
                // "a poll by the Gazette": the author after the document noun.
                let by = |t: &Tok| {
                    word_is(text, t, &["by", "from", "for", "in"]) || word_is(text, t, DOCUMENTS)
                };
                (ns > a || toks[ns].all_caps)
                    && toks[ds..ns]
                        .iter()
                        .all(|t| word_is(text, t, &["a", "an", "the"]) || plain(t) || by(t))
                    && toks[d.name.end..de.max(d.name.end)]
                        .iter()
                        .all(|t| plain(t) || t.poss)
            });
        let found = finding.is_some();
        let (m, app) = match finding {
            Some(d) => (d, None),
            None => (m, app),
        };
        if belief && !has_that && !found && !clause_follows(text, toks, c, last) {
            // "X found the keys", "X thinks about it": a belief reports only "that …" or a
            // clause ("X believes it would fail").
            v += 1;
            continue;
        }
        if !has_that && !found && c < last && !object_clause(text, toks, v, c, last) {
            // "responded by settling", "adding to her lead", "claimed the prize": the verb
            // has an object or an adverbial, not reported content.
            v += 1;
            continue;
        }
        // "When X said that A, B happened": the content ends with the subordinate clause.
        let clause_end = if word_is(text, &toks[a], SUBORDINATORS) {
            (c..last)
                .find(|&k| toks[k].is(',') && !toks[k].in_quote)
                .filter(|&k| k > c + 2)
                .unwrap_or(last)
        } else if relative {
            // "X - who said A - said B", "X, who said A, now says B": the relative clause
            // ends at its closing dash or comma when a verb follows it.
            (c..last)
                .find(|&k| {
                    !toks[k].in_quote
                        && (toks[k].is(',') || toks[k].is('-') || toks[k].is('—'))
                        && k > c + 1
                        && toks.get(k + 1).is_some_and(|n| {
                            n.word && (n.has(VERB) || skippable(text, n) || verb_like(text, n))
                        })
                })
                .unwrap_or(last)
        } else {
            last
        };
        let content = if c < last && last - c >= 3 && !toks[c].is('.') {
            Some(toks[c].start..toks[clause_end - 1].end)
        } else if last <= c + 1 {
            // "content, X said." at the end of the sentence.
            let ms = super::tokens::tok_at(toks, m.span.start);
            if ms > a + 3 && toks[ms - 1].is(',') {
                Some(toks[a].start..toks[ms - 2].end)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(c) = content {
            out.push((one_token_cue(v, m, app), c));
            // One reported cue per sentence: later verbs usually belong to the content; but
            // after a subordinate clause the main clause may have its own ("While X said
            // A, Y said B").
            if relative && clause_end + 1 < last {
                // The main clause's verb, with the subject before the relative clause.
                v = clause_end + 1;
                continue;
            }
            if clause_end + 1 < last {
                out.extend(reported(text, toks, clause_end + 1, b));
            }
            break;
        }
        v += 1;
    }
    out
}

/// The subject that opens the sentence at `a`, right before the comma at `v - 1` that opens
/// a participle clause at `v`, when the clause closes with a comma and the subject's verb
/// follows: "The Harbour Board, citing safety concerns, closed the pier."
fn interrupted_subject(
    text: &str,
    toks: &[Tok],
    a: usize,
    v: usize,
    last: usize,
) -> Option<Mention> {
    // A speech act only: its object ends at the clause's comma ("writing in the Gazette,
    // said …" is no content of its own).
    if v < a + 2 || !toks[v - 1].is(',') || !toks[v].has(ACT) || toks[v].has(REPORT) {
        return None;
    }
    let m = parse_back(text, toks, a, v - 2)?;
    if m.span.start != toks[a].start
        && !(a + 1 < v && word_is(text, &toks[a], &["the"]) && m.span.start == toks[a + 1].start)
    {
        return None;
    }
    if !matches!(m.kind, MKind::Name | MKind::Org) {
        return None;
    }
    let close = (v + 1..last.min(v + 16)).find(|&k| toks[k].is(',') && !toks[k].in_quote)?;
    let next = toks.get(close + 1).filter(|_| close + 1 < last)?;
    (next.word && !next.cap && verb_like(text, next)).then_some(m)
}

/// The subject of a clause whose verb takes an occasion for the infinitive ending at the
/// speech act `v` ("Ann Moy took to the radio to criticize …", "Moy went on television to
/// praise …", "Moy used the hearing to attack …"; not "took the ferry to praise …"): a name
/// or a pronoun.
fn occasion_subject(text: &str, toks: &[Tok], a: usize, v: usize) -> Option<Mention> {
    const OCCASION: &[&str] = &[
        "took", "takes", "taking", "went", "goes", "turned", "turns", "used", "uses", "appeared",
        "appears",
    ];
    if v < a + 3 || !is_word(text, &toks[v - 1], "to") || toks[v].cap {
        return None;
    }
    let k = (v.saturating_sub(8).max(a + 1)..v - 1)
        .rev()
        .take_while(|&k| toks[k].word && !toks[k].in_quote)
        .find(|&k| {
            let prep: &[&str] = if word_is(
                text,
                &toks[k],
                &["took", "takes", "taking", "turned", "turns"],
            ) {
                &["to"]
            } else if word_is(text, &toks[k], &["went", "goes", "appeared", "appears"]) {
                &["on"]
            } else {
                &["the", "a", "an", "his", "her", "their"]
            };
            word_is(text, &toks[k], OCCASION) && word_is(text, &toks[k + 1], prep)
        })?;
    let (m, _) = subject_before(text, toks, a, k)?;
    matches!(m.kind, MKind::Name | MKind::Pronoun).then_some(m)
}

/// A negated speech verb at `v` before a question word ("Ann Moy wouldn't say whether …",
/// "Moy isn't saying what …", "Moy would not discuss how …"): the subject's refusal to say,
/// with the question as its content.
fn withheld(
    text: &str,
    toks: &[Tok],
    a: usize,
    v: usize,
    last: usize,
) -> Option<(Cue, Range<usize>)> {
    const VERBS: &[&str] = &[
        "say",
        "saying",
        "comment",
        "commenting",
        "discuss",
        "discussing",
        "reveal",
        "revealing",
        "disclose",
        "disclosing",
        "specify",
        "elaborate",
        "speculate",
        "confirm",
        "confirming",
    ];
    const NEGATIONS: &[&str] = &[
        "not",
        "never",
        "wouldn't",
        "won't",
        "didn't",
        "doesn't",
        "don't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "couldn't",
        "can't",
        "wouldn’t",
        "won’t",
        "didn’t",
        "doesn’t",
        "don’t",
        "isn’t",
        "wasn’t",
        "aren’t",
        "weren’t",
        "couldn’t",
        "can’t",
    ];
    const QUESTIONS: &[&str] = &[
        "whether", "if", "what", "how", "why", "who", "when", "where", "which",
    ];
    let t = &toks[v];
    if !t.word || t.cap || t.in_quote || !word_is(text, t, VERBS) || v < a + 2 || v + 3 >= last {
        return None;
    }
    if !word_is(text, &toks[v - 1], NEGATIONS) || !word_is(text, &toks[v + 1], QUESTIONS) {
        return None;
    }
    // Back over the negation and its auxiliaries ("would not", "has never").
    let mut s = v - 1;
    while s > a
        && toks[s - 1].word
        && !toks[s - 1].cap
        && (skippable(text, &toks[s - 1]) || word_is(text, &toks[s - 1], NEGATIONS))
    {
        s -= 1;
    }
    let (m, app) = subject_before(text, toks, a, s)?;
    if !matches!(m.kind, MKind::Name | MKind::Pronoun | MKind::Org) {
        return None;
    }
    Some((
        one_token_cue(v, m, app),
        toks[v + 1].start..toks[last - 1].end,
    ))
}

/// A passive speech verb at `v` with its agent after "by" ("The plan has been endorsed by
/// the Harbour Board", "The closure was first reported by the Gazette"): the agent, a name
/// or an organisation, said the subject phrase, which opens the sentence at `a`. Not
/// "was told by", whose agent spoke to the subject.
fn passive_by(
    text: &str,
    toks: &[Tok],
    a: usize,
    v: usize,
    last: usize,
) -> Option<(Cue, Range<usize>)> {
    if word_is(
        text,
        &toks[v],
        &["told", "asked", "urged", "warned", "informed", "reminded"],
    ) {
        return None;
    }
    // The auxiliary chain before the verb, back to the subject.
    let mut s = v;
    while s > a
        && toks[s - 1].word
        && !toks[s - 1].cap
        && (skippable(text, &toks[s - 1]) || word_is(text, &toks[s - 1], &["been", "being", "be"]))
    {
        s -= 1;
    }
    // The subject: one to eight words from the sentence start, no comma, no quotation.
    if s == a || s - a > 8 || toks[a..s].iter().any(|t| !t.word && !t.poss || t.in_quote) {
        return None;
    }
    // "As reported by the Gazette, content.": the sentence after the credit.
    let as_credit = s == a + 1 && is_word(text, &toks[a], "as");
    if !as_credit && word_is(text, &toks[a], SUBORDINATORS)
        || word_is(text, &toks[a], &["which", "who", "that", "it", "this"])
    {
        return None;
    }
    let mut k = v + 1;
    while k < last && k < v + 4 && toks[k].word && !is_word(text, &toks[k], "by") {
        k += 1;
    }
    if k + 1 >= last || !is_word(text, &toks[k], "by") {
        return None;
    }
    let m = parse_fwd(text, toks, k + 1, last)
        .filter(|m| matches!(m.kind, MKind::Name | MKind::Org))?;
    if m.span.start != toks[k + 1].start && !word_is(text, &toks[k + 1], &["the"]) {
        return None;
    }
    if as_credit {
        let after = super::tokens::tok_at(toks, m.span.end);
        if after >= last || !toks[after].is(',') || last - after < 4 {
            return None;
        }
        return Some((
            one_token_cue(v, m, None),
            toks[after + 1].start..toks[last - 1].end,
        ));
    }
    Some((one_token_cue(v, m, None), toks[a].start..toks[s - 1].end))
}

/// True when the token at `k` is a lower-case participle outside quotations ("citing",
/// "referring").
fn participle_at(text: &str, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.word && !t.cap && !t.in_quote && gerund(text, toks, k)
}

/// The speaker of a participle at `v` (after a comma) that follows a quotation's credit:
/// `"…," said Ann Moy, a harbour pilot, referring to the storm` → Ann Moy. Only a named
/// person or a pronoun credited between the quotation's close and the comma.
fn credit_subject(text: &str, toks: &[Tok], a: usize, v: usize) -> Option<Mention> {
    if v < a + 3 || !toks[v - 1].is(',') {
        return None;
    }
    let comma = v - 1;
    // The last quoted token before the comma, then the closing marks after it.
    let q = (a..comma).rev().find(|&k| toks[k].in_quote)?;
    let mut s = q + 1;
    while s < comma && !toks[s].word && !toks[s].is(',') {
        s += 1;
    }
    if s >= comma || toks[s..comma].iter().any(|t| t.in_quote) {
        return None;
    }
    let cue = cue_after(text, toks, s, comma)?;
    matches!(cue.source.kind, MKind::Name | MKind::Pronoun).then_some(cue.source)
}

/// "X vowed to close the pier", "X promised to cut fees": a promise's infinitive at
/// `v + 1` is what was promised, not an adverbial ("promised to the voters" is one).
fn promise_infinitive(text: &str, toks: &[Tok], v: usize, last: usize) -> bool {
    let w = word(text, &toks[v]).to_ascii_lowercase();
    ["vow", "promis", "pledg"].iter().any(|s| w.starts_with(s))
        && v + 2 < last
        && is_word(text, &toks[v + 1], "to")
        && toks[v + 2].word
        && !toks[v + 2].cap
        && !toks[v + 2].in_quote
        && !word_is(text, &toks[v + 2], DETS)
        && !word_is(
            text,
            &toks[v + 2],
            &[
                "this", "that", "these", "those", "him", "them", "us", "me", "it", "all", "every",
            ],
        )
}

/// "the president she hopes to succeed", "the increase he seeks": a pronoun subject right
/// after a lower-case noun opens a relative clause whose object is fronted; the act's
/// content is not after it.
fn reduced_relative(text: &str, toks: &[Tok], a: usize, m: &Mention) -> bool {
    let ms = super::tokens::tok_at(toks, m.span.start);
    m.kind == MKind::Pronoun && ms > a && {
        let p = &toks[ms - 1];
        let w = word(text, p);
        p.word
            && !p.cap
            && !p.in_quote
            && !p.has(STOP | ADV | VERB | REPORT | BELIEF | ACT)
            && !w.ends_with("ly")
            && !verb_like(text, p)
            && !word_is(
                text,
                p,
                &[
                    "where", "why", "how", "when", "whether", "if", "what", "who",
                ],
            )
    }
}

/// "X called him a liar", "X calls Ann Moy unfit": calling someone something is a speech
/// act when a person (an object pronoun or a capitalised name) is followed right away by
/// what they were called (an article, a possessive or a lower-case word that is no
/// preposition or adverb). Not "called Moy on Monday", "called Moy, who …", "called Moy
/// to the stage", nor "called it a day" (not a person).
fn naming_call(text: &str, toks: &[Tok], v: usize, b: usize) -> bool {
    let o = v + 1;
    if o + 1 >= b || !toks[o].word || toks[o].in_quote {
        return false;
    }
    let after = if word_is(
        text,
        &toks[o],
        &[
            "him",
            "her",
            "them",
            "himself",
            "herself",
            "themselves",
            "me",
            "us",
            "you",
        ],
    ) {
        o + 1
    } else if toks[o].cap && (!toks[o].has(NOT_NAME | STOP) || toks[o].has(TITLE)) {
        // "Mrs. Ann Moy": a title's period belongs to the name.
        let mut e = o + 1;
        while e < b
            && (toks[e].word && toks[e].cap
                || toks[e].is('.') && toks[e - 1].has(TITLE) && e + 1 < b && toks[e + 1].cap)
        {
            e += 1;
        }
        e
    } else if word_is(text, &toks[o], &["the", "this", "that"]) && o + 3 < b {
        // "X called the deal a disaster": a thing named something, with an article right
        // after a one- or two-word phrase (not "called the office a day later").
        let mut e = o + 1;
        while e < b
            && e < o + 3
            && toks[e].word
            && !toks[e].cap
            && !toks[e].has(STOP | VERB)
            && !word_is(text, &toks[e], &["a", "an"])
        {
            e += 1;
        }
        let named = e > o + 1
            && e + 1 < b
            && word_is(text, &toks[e], &["a", "an"])
            && toks[e + 1].word
            && !word_is(text, &toks[e + 1], TIME_NOUNS)
            && !word_is(
                text,
                &toks[e + 1],
                &[
                    "day", "few", "second", "third", "number", "lot", "couple", "bit",
                ],
            );
        return named;
    } else {
        return false;
    };
    after + 1 < b && {
        let c = &toks[after];
        c.word
            && !c.cap
            && !c.in_quote
            && (word_is(
                text,
                c,
                &["a", "an", "the", "his", "her", "their", "its", "my", "our"],
            ) || !c.has(STOP | ADV | VERB)
                && !verb_like(text, c)
                && word(text, c).starts_with(|ch: char| ch.is_alphabetic()))
    }
}

/// "X made (it) clear that …", "X made the case that …": a statement by a person, a
/// pronoun or an organisation, with the clause after "that" (or after "clear") to the
/// sentence end as its content. Not the participle ("making it clear"), not "it became
/// clear".
fn made_clear(text: &str, toks: &[Tok], a: usize, last: usize) -> Option<(Cue, Range<usize>)> {
    let v = (a + 1..last).find(|&k| {
        // `first` before the list: this runs on every token of every sentence.
        toks[k].first == 'm'
            && word_is(text, &toks[k], &["made", "makes", "make"])
            && !toks[k].in_quote
            && !toks[k].cap
    })?;
    let mut k = v + 1;
    if k < last && is_word(text, &toks[k], "it") {
        k += 1;
    }
    let clear = k < last && is_word(text, &toks[k], "clear");
    let case =
        k + 1 < last && is_word(text, &toks[k], "the") && is_word(text, &toks[k + 1], "case");
    let mut c = if clear {
        k + 1
    } else if case && k == v + 1 {
        k + 2
    } else {
        return None;
    };
    let has_that = c < last && is_word(text, &toks[c], "that");
    if has_that {
        c += 1;
    } else if case {
        // "made the case for …" argues for a thing, not a clause.
        return None;
    }
    if c + 3 > last || toks[c].in_quote || !toks[c].word {
        return None;
    }
    let (m, app) = subject_before(text, toks, a, v)?;
    if !matches!(m.kind, MKind::Name | MKind::Pronoun | MKind::Org) || m.plural {
        return None;
    }
    // The subject ends right before the verb (auxiliaries and adverbs apart).
    let mut j = v;
    while j > a && skippable(text, &toks[j - 1]) {
        j -= 1;
    }
    (super::tokens::tok_at(toks, m.span.end) == j).then(|| {
        (
            Cue {
                cue: v..c,
                source: m,
                apposition: app,
                weak: false,
            },
            toks[c].start..toks[last - 1].end,
        )
    })
}

/// Words that may open a sentence before a fronted participle ("While noting …").
const PARTICIPLE_OPENERS: &[&str] = &["after", "while", "in", "before", "when", "by", "since"];

/// "Noting that the pier was safe, Ann Moy said …", "In describing the plan, he called
/// it …", "Referring to the storm, Moy told …": a speech participle that opens the sentence
/// (or follows "after", "while", "in" …) reports its object up to its comma, said by the
/// named person or pronoun that is the main clause's subject right after the comma.
/// Beliefs ("Fearing …") and "adding to …" are no speech.
fn fronted_participle(
    text: &str,
    toks: &[Tok],
    a: usize,
    last: usize,
) -> Option<(Cue, Range<usize>)> {
    let mut g = a;
    while g < last && !toks[g].word {
        g += 1;
    }
    if g < last && word_is(text, &toks[g], PARTICIPLE_OPENERS) {
        g += 1;
    }
    if g + 3 >= last {
        return None;
    }
    let t = &toks[g];
    if !t.word || t.in_quote || !gerund(text, toks, g) || !t.has(REPORT | ACT) {
        return None;
    }
    // The cue's length: an act with its preposition ("referring to"), or a speech verb.
    let len = if t.has(REPORT) {
        1
    } else {
        act_len(text, toks, g, last)?
    };
    let mut c = g + len;
    // A speech verb's content is a clause or an object, not a preposition ("adding to the
    // confusion", "reporting from the port").
    if t.has(REPORT)
        && word_is(
            text,
            &toks[c],
            &[
                "to", "from", "on", "at", "in", "with", "for", "by", "into", "up", "over", "off",
            ],
        )
    {
        return None;
    }
    if is_word(text, &toks[c], "that") {
        c += 1;
    }
    // The participle clause ends at its comma; a quotation or a sentence stop inside it
    // ends the search.
    let comma = (c..last.min(c + 40))
        .find(|&k| toks[k].is(',') || toks[k].in_quote || hard_stop(text, toks, k))?;
    if !toks[comma].is(',') || toks[c..comma].iter().filter(|t| t.word).count() < 2 {
        return None;
    }
    // The main clause's subject right after the comma, a person or a pronoun, followed
    // by its verb (after an apposition between commas or adverbs).
    let m = parse_fwd(text, toks, comma + 1, last)
        .filter(|m| matches!(m.kind, MKind::Name | MKind::Pronoun))?;
    let mut e = super::tokens::tok_at(toks, m.span.end);
    if e + 1 < last && toks[e].is(',') {
        let close = (e + 1..last.min(e + 14)).find(|&k| toks[k].is(','))?;
        if !apposition_opener(text, toks, e + 1) {
            return None;
        }
        e = close + 1;
    }
    let vpos = skip_adverbials(text, toks, e, last);
    let verb =
        vpos < last && (verb_like(text, &toks[vpos]) || toks[vpos].has(VERB) && !toks[vpos].cap);
    (super::tokens::tok_at(toks, m.span.start) == comma + 1 && verb).then(|| {
        (
            Cue {
                cue: g..g + len,
                source: m,
                apposition: None,
                weak: false,
            },
            toks[c].start..toks[comma - 1].end,
        )
    })
}

/// What one declines or refuses to do when the refusal is itself a statement.
const REFUSED_SPEECH: &[&str] = &[
    "say",
    "comment",
    "discuss",
    "name",
    "answer",
    "specify",
    "elaborate",
    "confirm",
    "deny",
    "disclose",
    "reveal",
    "identify",
    "endorse",
    "respond",
    "detail",
    "speculate",
    "address",
    "explain",
    "predict",
    "rule",
    "apologize",
    "apologise",
    "release",
    "provide",
    "give",
    "support",
    "back",
    "commit",
    "criticize",
    "condemn",
    "disavow",
    "repudiate",
];

/// The length of a speech-act cue at `v` ("criticized", "called for"): an [`ACT`] verb, with
/// "call" only before "for" or "on" ("called it a disgrace" names), and "decline" and
/// "refuse" only before "to" and a verb ("declined to comment", "refused to intervene",
/// not "support declined").
/// "use" and "invoke", speech acts only before a quoted term ("used the phrase “…”").
fn term_use(text: &str, t: &Tok) -> bool {
    t.has(ACT) && !t.has(REPORT) && {
        let w = word(text, t).as_bytes();
        w.len() >= 3 && (w[..2].eq_ignore_ascii_case(b"us") || w[..3].eq_ignore_ascii_case(b"inv"))
    }
}

fn act_len(text: &str, toks: &[Tok], v: usize, b: usize) -> Option<usize> {
    let t = &toks[v];
    if !t.word || !t.has(ACT) {
        return None;
    }
    let next = (v + 1 < b).then(|| &toks[v + 1]);
    let w = word(text, t).to_ascii_lowercase();
    if w.starts_with("call") {
        if next.is_some_and(|n| word_is(text, n, &["for", "on"])) {
            return Some(2);
        }
        return naming_call(text, toks, v, b).then_some(1);
    }
    if w.starts_with("rais") {
        // "raised questions about …": raising a question or a concern is saying it.
        return noun_after(
            text,
            toks,
            v + 1,
            b,
            &["new", "serious", "fresh", "further"],
            &[
                "questions",
                "question",
                "concerns",
                "concern",
                "doubts",
                "doubt",
                "objections",
                "alarm",
                "fears",
            ],
        )
        .map(|_| 1);
    }
    if ["see", "sees", "saw", "seen", "seeing"].contains(&w.as_str())
        || ["view", "regard", "cast", "portray", "paint", "depict"]
            .iter()
            .any(|p| w.starts_with(p))
    {
        // "X sees Y as a threat", "X cast her rival as weak": a view of the object, with
        // "as" after it in the same clause (not "seen as", not "saw him leave").
        let as_at = (v + 2..b.min(v + 9))
            .take_while(|&k| toks[k].word && !toks[k].in_quote)
            .find(|&k| is_word(text, &toks[k], "as"));
        return as_at.map(|_| 1);
    }
    if w.starts_with("want") {
        // "X wants to run", "X wants the council to pay": the object and its infinitive.
        let to = (v + 1..b.min(v + 6))
            .take_while(|&k| toks[k].word && !toks[k].in_quote)
            .find(|&k| is_word(text, &toks[k], "to"));
        let verb_after = |k: usize| k + 1 < b && toks[k + 1].word && !toks[k + 1].cap;
        return to.filter(|&k| verb_after(k)).map(|_| 1);
    }
    if term_use(text, t) {
        // "X used the phrase “…”", "X invoked the term “…”": saying the quoted words. The
        // quotation must follow the noun ("used the word of God" is no quotation).
        let k = noun_after(
            text,
            toks,
            v + 1,
            b,
            &["the", "a", "that", "this"],
            &[
                "term",
                "terms",
                "phrase",
                "phrases",
                "word",
                "words",
                "expression",
                "slogan",
                "label",
                "nickname",
            ],
        )?;
        let mut q = k + 1;
        if q < b && toks[q].is(',') {
            q += 1;
        }
        return (q < b && toks[q].in_quote || q + 1 < b && toks[q + 1].in_quote).then_some(1);
    }
    if w.starts_with("declin") || w.starts_with("refus") {
        // A refusal to speak ("declined to comment") or to act ("refused to intervene"):
        // the refusal is the subject's stated stance. Not "support declined".
        let speaks = v + 2 < b
            && (word_is(text, &toks[v + 2], REFUSED_SPEECH)
                || toks[v + 2].word && !toks[v + 2].cap && !toks[v + 2].in_quote);
        return (next.is_some_and(|n| is_word(text, n, "to")) && speaks).then_some(1);
    }
    // Verbs that are speech acts only with their preposition ("referring to", "spoke
    // about", "railed against") or, for intentions, before "to" ("wants to run").
    let base = |stem: &str| w.starts_with(stem);
    let preps: &[&str] = if base("talk") {
        &["about", "out"]
    } else if base("spok") || base("speak") {
        &["about", "out", "of"]
    } else if ["lay", "lays", "laid", "laying"].contains(&w.as_str()) {
        // "laid out her plan".
        &["out"]
    } else if ["go", "goes", "went", "going", "gone"].contains(&w.as_str()) {
        // "went after Moy's record": an attack on a named target.
        let named = v + 2 < b && toks[v + 2].word && toks[v + 2].cap;
        if !named {
            return None;
        }
        &["after"]
    } else if base("refer") || base("respond") {
        &["to"]
    } else if base("point") {
        &["to", "out"]
    } else if base("rail") {
        &["against"]
    } else if base("comment") || base("weigh") {
        &["on", "in"]
    } else if base("apolog") || base("push") || base("advocat") {
        &["for"]
    } else if base("side") {
        &["with"]
    } else if base("lash") {
        &["out"]
    } else if base("want")
        || base("plan")
        || base("seek")
        || base("sought")
        || base("intend")
        || base("threat")
        || base("hope")
        || base("hoping")
        || base("agree")
        || base("decid")
        || base("offer")
    {
        return next.filter(|n| is_word(text, n, "to")).map(|_| 1);
    } else {
        return Some(1);
    };
    next.filter(|n| word_is(text, n, preps)).map(|_| 2)
}

/// "Content, X said on Monday." / "Content, X told the Gazette.": a cue that ends the
/// sentence after a comma reports everything before it, even when the content has speech
/// verbs of its own ("He promised to win, Moy said" is Moy's). `last` is the sentence's
/// last word token (exclusive).
fn trailing_cue(text: &str, toks: &[Tok], a: usize, last: usize) -> Option<(Cue, Range<usize>)> {
    // The verb is among the last dozen words, after the sentence's last comma.
    let comma = (a..last).rev().take(16).find(|&k| toks[k].is(','))?;
    let v = (comma + 1..last).find(|&k| {
        let t = &toks[k];
        t.word
            && t.has(REPORT)
            && !t.in_quote
            && (!t.cap || title_case_sentence(text, toks, a, last))
            && !noun_use(text, toks, k)
    })?;
    if passive(text, toks, a, v) || toks[comma + 1..last].iter().any(|t| t.in_quote && t.word) {
        return None;
    }
    // After the verb: nothing, a short adverbial, or a listener and then one ("told the
    // Gazette", "told a committee on Monday").
    let mut tail = v + 1;
    if toks[v].has(OBJ_VERB) && tail < last {
        if word_is(
            text,
            &toks[tail],
            &["the", "a", "an", "his", "her", "their"],
        ) {
            tail += 1;
        }
        while tail < last && tail < v + 6 && toks[tail].word && !toks[tail].has(STOP) {
            tail += 1;
        }
    }
    if tail < last && !adverbial_tail(text, toks, tail, last) {
        return None;
    }
    // The comma may close a quotation (`… investment," Ann Moy said.`).
    // Only a recognised quotation: a stray mark may close a quotation from an earlier
    // paragraph.
    let mut s0 = comma + 1;
    while s0 < v
        && toks[comma].in_quote
        && !toks[s0].word
        && matches!(toks[s0].first, '"' | '”' | '\'' | '’')
    {
        s0 += 1;
    }
    let (m, app) = subject_before(text, toks, s0, v)?;
    if !matches!(
        m.kind,
        MKind::Name | MKind::Pronoun | MKind::Org | MKind::Desc
    ) {
        return None;
    }
    // The subject fills the words between the comma and the verb.
    let mut ms = super::tokens::tok_at(toks, m.span.start);
    while ms > s0 && toks[ms - 1].word && !toks[ms - 1].cap && {
        let p = &toks[ms - 1];
        p.has(ROLE | ORG | ROLE_MOD | NATION) || toks[ms].has(ROLE) && !p.has(STOP | ADV | VERB)
    } {
        ms -= 1;
    }
    // "…, the Gazette reported."
    if ms == s0 + 1 && word_is(text, &toks[s0], &["the", "a", "an"]) {
        ms = s0;
    }
    if ms != s0 {
        return None;
    }
    let content = content_before(text, toks, a, comma)?;
    Some((one_token_cue(v, m, app), content))
}

/// True when the words from `c` open a finite clause without "that": a subject pronoun and
/// a verb ("he will", "it would", "they were"), or a short noun phrase and an auxiliary
/// ("the plan was", "Ann Moy is").
fn clause_follows(text: &str, toks: &[Tok], c: usize, last: usize) -> bool {
    const AUX: &[&str] = &[
        "is", "was", "are", "were", "will", "would", "could", "can", "has", "have", "had",
        "should", "must", "may", "might", "does", "did", "do", "wo", "won't", "isn't", "wasn't",
    ];
    if c + 1 >= last || toks[c].in_quote {
        return false;
    }
    let first = &toks[c];
    if word_is(
        text,
        first,
        &["he", "she", "they", "it", "we", "i", "you", "there", "this"],
    ) {
        let n = &toks[c + 1];
        return verb_like(text, n) && !n.has(ADV) || word_is(text, n, AUX);
    }
    let opens = first.word
        && (first.cap && !first.has(NOT_NAME)
            || word_is(
                text,
                first,
                &["the", "a", "an", "his", "her", "their", "its", "our"],
            ));
    opens
        && (c + 1..last.min(c + 6))
            .take_while(|&k| toks[k].word)
            .any(|k| word_is(text, &toks[k], AUX))
}

/// A headline in title case: at least four words longer than three letters, and four in
/// five of them capitalised ("Ann Moy Says The Pier Will Reopen").
fn title_case_sentence(text: &str, toks: &[Tok], a: usize, last: usize) -> bool {
    let (mut long, mut caps) = (0, 0);
    for t in toks[a..last].iter().filter(|t| t.word && !t.in_quote) {
        if word(text, t).len() > 3 {
            long += 1;
            caps += usize::from(t.cap);
        }
    }
    long >= 4 && caps * 5 >= long * 4
}

/// "To Ann Moy, the vote was a warning.": a named person's view, framed by "To" at the
/// sentence start ("For X, …" is mostly the author's framing: "For Moy, it was a good
/// day"). The name ends with a capitalised word (so "To many voters" is no one) and a
/// clause of four words or more follows its comma.
fn viewpoint(text: &str, toks: &[Tok], a: usize, last: usize) -> Option<(Cue, Range<usize>)> {
    if a + 3 >= last || !toks[a].cap || !is_word(text, &toks[a], "to") {
        return None;
    }
    let m = parse_fwd(text, toks, a + 1, last)?;
    if m.kind != MKind::Name || m.span.start != toks[a + 1].start || !toks[m.name.end - 1].cap {
        return None;
    }
    let comma = super::tokens::tok_at(toks, m.span.end);
    if comma >= last || !toks[comma].is(',') {
        return None;
    }
    let c = comma + 1;
    let clause = toks[c..last].iter().filter(|t| t.word).count() >= 4
        && toks[c..last.min(c + 8)]
            .iter()
            .any(|t| !t.in_quote && verb_like(text, t));
    clause.then(|| (one_token_cue(a, m, None), toks[c].start..toks[last - 1].end))
}

/// Words that open a clause right before its subject, never the end of an apposition.
const CLAUSE_OPENERS: &[&str] = &[
    "what", "which", "whom", "that", "than", "when", "while", "because", "after", "before",
    "since", "although", "though", "if", "but", "whereas",
];

/// Words that, right before a speech act's subject, make it a relative or comparative clause
/// whose object comes first ("the plan which Moy proposed", "more than Drem demanded").
const FRONTED: &[&str] = &["which", "that", "whom", "than", "what", "whose"];

/// True when the speech act at `v` with its object starting at `c` reports something said
/// (in a relative clause too: "Moy, who endorsed Berg last year, …" says she backs him): not
/// hypothetical, negated or an infinitive ("would endorse", "has not endorsed", "to
/// oppose"), not a bare "-ing" form other than a participle after a comma ("a letter
/// criticizing …"), and the object is not a preposition or a verb (then the cue was a noun:
/// "thanks to", "questions are").
fn act_clause(text: &str, toks: &[Tok], a: usize, v: usize, c: usize, participle: bool) -> bool {
    let mut j = v;
    while j > a
        && toks[j - 1].word
        && !toks[j - 1].cap
        && (skippable(text, &toks[j - 1]) || perfect_been(text, toks, j - 1))
    {
        let w = &toks[j - 1];
        if word_is(
            text,
            w,
            &[
                "would", "will", "could", "can", "may", "might", "should", "must", "not", "never",
            ],
        ) {
            return false;
        }
        j -= 1;
    }
    if j > a && word_is(text, &toks[j - 1], &["to", "not", "never", "n't"]) {
        return false;
    }
    let w = word(text, &toks[v]);
    // "X is questioning", "X is once again questioning", "X has been criticizing".
    if w.ends_with("ing")
        && !participle
        && !toks[j.max(a + 1) - 1..v]
            .iter()
            .any(|t| word_is(text, t, &["is", "was", "are", "were", "been", "be", "am"]))
    {
        return false;
    }
    // The subject's clause must not be a fronted object: "which Moy proposed".
    let before_subject = (a..v)
        .rev()
        .take(12)
        .find(|&k| toks[k].word && word_is(text, &toks[k], FRONTED));
    if let Some(k) = before_subject {
        if toks[k + 1..v].iter().all(|t| t.word) {
            return false;
        }
    }
    // "attacks" is mostly the noun ("the Paris attacks test …"); "backed off" and
    // "backed down" retreat.
    if w.eq_ignore_ascii_case("attacks")
        || (w.starts_with("back") && word_is(text, &toks[c], &["off", "down", "away", "out", "up"]))
    {
        return false;
    }
    let first = &toks[c];
    // "declined to comment", "wants to run": the "to" opens the object.
    let refusal = [
        "declin", "refus", "want", "plan", "seek", "sought", "intend", "threat", "hop", "agree",
        "decid", "offer",
    ]
    .iter()
    .any(|p| w.starts_with(p));
    (refusal && is_word(text, first, "to"))
        || !word_is(
            text,
            first,
            &[
                "by", "with", "as", "for", "to", "in", "at", "of", "from", "on", "into", "against",
                "about", "after", "before", "during", "along", "under", "over", "is", "are", "was",
                "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            ],
        )
}

/// The end (exclusive token index) of a speech act's object starting at `c`: the first
/// comma, semicolon or dash outside a quotation, or a coordinated predicate ("and said",
/// "but added"), or the sentence's last word `last`.
fn act_content_end(text: &str, toks: &[Tok], c: usize, last: usize) -> usize {
    (c..last)
        .find(|&k| {
            let t = &toks[k];
            if t.in_quote || k == c {
                return false;
            }
            if !t.word {
                // A spaced hyphen is a dash too ("the debate - but the campaign …").
                let spaced = t.is('-') && text[..t.start].ends_with(' ');
                return t.is(',') || t.is(';') || t.is('—') || t.is('–') || spaced;
            }
            // "while saying …", "by arguing …": the subject's next act.
            if word_is(text, t, &["while", "by"])
                && toks.get(k + 1).is_some_and(|n| {
                    k + 1 < last
                        && n.word
                        && !n.cap
                        && gerund(text, toks, k + 1)
                        && !word_is(text, n, &["spring", "morning", "evening", "thing"])
                })
            {
                return true;
            }
            // "and said …", "but Moy says …", "and he added": a new predicate or clause.
            word_is(text, t, &["and", "but"])
                && toks.get(k + 1).is_some_and(|n| {
                    k + 1 < last
                        && n.word
                        && ((verb_like(text, n) && !n.has(STOP))
                            || (n.cap && !n.has(NOT_NAME))
                            || word_is(text, n, &["he", "she", "they", "it", "we", "i"]))
                })
        })
        .unwrap_or(last)
}

/// A passive participle ("was told that", "has been criticized", "were asked"): the clause
/// subject is the listener or the target, not the speaker.
fn passive(text: &str, toks: &[Tok], a: usize, v: usize) -> bool {
    let w = word(text, &toks[v]).as_bytes();
    let participle = w.len() >= 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"ed")
        || word_is(
            text,
            &toks[v],
            &[
                "said", "told", "written", "shown", "known", "found", "thought", "felt",
            ],
        );
    if !participle {
        return false;
    }
    // "when asked if …", "as noted earlier": a reduced passive clause.
    let reduced = v > a
        && word_is(
            text,
            &toks[v - 1],
            &[
                "when", "if", "as", "once", "unless", "until", "while", "where",
            ],
        );
    participle
        && (reduced
            || (a.max(v.saturating_sub(3))..v).rev().any(|j| {
                word_is(
                    text,
                    &toks[j],
                    &["is", "was", "were", "are", "be", "been", "being", "am"],
                ) && toks[j + 1..v].iter().all(|t| t.word && !t.cap)
            }))
}

/// "Ann Moy once said:" and "he once told them:": "once" between a subject and its verb is
/// an adverb, not the "once asked" of a reduced passive clause.
/// With `last` (the verb ends the words before the quotation), also after an apposition:
/// "Ann Moy, who ran the port, once said, '…'" (not "Moy, once asked about it, said").
fn once_after_subject(text: &str, toks: &[Tok], a: usize, v: usize, last: bool) -> bool {
    v >= a + 2
        && is_word(text, &toks[v - 1], "once")
        && (toks[v - 2].word
            && (toks[v - 2].cap && !toks[v - 2].has(STOP)
                || word_is(text, &toks[v - 2], &["he", "she", "they", "we", "i"]))
            || last && toks[v - 2].is(','))
}

/// True when the words `[c, last)` after the speech verb at `v` can be reported content
/// without "that": not a prepositional phrase, and, after a verb whose object is often not
/// speech ("claimed the prize", "posted a win"), not a bare noun phrase — a determiner
/// opening the content then needs a finite verb in the next words ("claimed the vote was
/// rigged").
fn object_clause(text: &str, toks: &[Tok], v: usize, c: usize, last: usize) -> bool {
    let first = &toks[c];
    if !first.word {
        return true;
    }
    let det_at = |k: usize| {
        k < last
            && toks[k].word
            && (toks[k].cap
                || word_is(
                    text,
                    &toks[k],
                    &[
                        "the", "a", "an", "his", "her", "their", "its", "our", "this", "these",
                    ],
                ))
    };
    // "responded by ...", "adding to her lead": a preposition, except "to" before a verb
    // ("promised to expand").
    let prep = word_is(text, first, &["by", "with", "into", "against"])
        || (is_word(text, first, "to") && det_at(c + 1));
    if prep && !first.cap {
        return false;
    }
    // Verbs whose noun-phrase object is not speech: "posted a win", "maintains a lead",
    // "claimed the prize", "added a stop", "ordered a boat".
    let verb = word(text, &toks[v]).to_ascii_lowercase();
    let object_sense = ["post", "maintain", "claim", "add", "order"]
        .iter()
        .any(|b| verb.starts_with(b));
    if !object_sense || !det_at(c) || first.cap {
        return true;
    }
    toks[c..last.min(c + 10)].iter().any(|t| {
        t.word && !t.cap && {
            let w = word(text, t).to_ascii_lowercase();
            [
                "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
                "may", "might", "must", "should", "did", "does", "do",
            ]
            .contains(&w.as_str())
                || (w.len() > 4 && w.ends_with("ed"))
        }
    })
}

/// The reported content that ends at the comma `comma`, starting at the sentence start `a`:
/// at least three words, and not an introductory phrase.
fn content_before(text: &str, toks: &[Tok], a: usize, comma: usize) -> Option<Range<usize>> {
    if comma <= a {
        return None;
    }
    let words = toks[a..comma].iter().filter(|t| t.word).count();
    let clause = toks[a..comma]
        .iter()
        .any(|t| !t.in_quote && verb_like(text, t));
    // Without a verb, a phrase opened by a preposition is an introduction ("In Drem, …").
    let intro = toks[a].word && toks[a].has(STOP);
    (words >= 3 && (clause || !intro)).then(|| toks[a].start..toks[comma - 1].end)
}

/// The token after a short time phrase that opens the words `[c, last)` after a speech verb
/// (or its listener) and comes before a clause of at least three words: "said Tuesday the
/// pier …", "said on Friday night that …", "told reporters last week they …". `c` when
/// there is none, or when the time is the clause's subject ("said Tuesday was the day").
fn time_after(text: &str, toks: &[Tok], c: usize, last: usize) -> usize {
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    let weekday = |k: usize| capitalised_weekday(text, &toks[k]);
    let mut k = c;
    if k + 1 < last && is_word(text, &toks[k], "on") && !toks[k].cap {
        k += 1;
        if !weekday(k) {
            return c;
        }
    }
    if k >= last || !toks[k].word {
        return c;
    }
    if weekday(k) || !toks[k].cap && word_is(text, &toks[k], &["today", "yesterday"]) {
        k += 1;
    } else if k + 1 < last
        && !toks[k].cap
        && word_is(text, &toks[k], &["last", "this", "earlier", "late"])
        && (word_is(text, &toks[k + 1], TIME_NOUNS) || weekday(k + 1))
    {
        k += 2;
    } else {
        return c;
    }
    if k < last && !toks[k].cap && word_is(text, &toks[k], PARTS) {
        k += 1;
    }
    // Not a further adverbial ("said Sunday in Drem as the crowd cheered").
    const ADVERBIAL: &[&str] = &[
        "in", "at", "on", "during", "after", "before", "while", "when", "as", "to", "for", "with",
        "by", "from", "about", "of", "into", "near", "outside", "inside", "and", "or", "but",
    ];
    let clause = k < last
        && !toks[k - 1].poss
        && toks[k].word
        && !verb_like(text, &toks[k])
        && !word_is(text, &toks[k], ADVERBIAL)
        && toks[k..last].iter().filter(|t| t.word).count() >= 3;
    if clause {
        k
    } else {
        c
    }
}

/// True when the tokens `[c, last)` after a speech verb are only a short adverbial ("on
/// Thursday", "in a statement", "last week") with no clause of their own.
fn adverbial_tail(text: &str, toks: &[Tok], c: usize, last: usize) -> bool {
    if c >= last {
        return true;
    }
    let first = &toks[c];
    // A prepositional tail may be longer ("during his speech to the delegates").
    let prep = word_is(
        text,
        first,
        &[
            "in", "during", "on", "at", "after", "before", "while", "when", "as",
        ],
    );
    // "reported at least six planes …": a quantity, not a place or time.
    if is_word(text, first, "at") && c + 1 < last && word_is(text, &toks[c + 1], &["least", "most"])
    {
        return false;
    }
    let max = if prep { 14 } else { 7 };
    last - c <= max
        && first.word
        && (first.has(STOP) || first.cap && first.has(NOT_NAME) && !first.has(TITLE))
        && !is_word(text, first, "that")
        && (c..last).all(|k| {
            let t = &toks[k];
            // "after the attacks": a speech-verb form after a determiner is a noun.
            (t.word || t.is('.'))
                && (!t.has(VERB) || noun_use(text, toks, k))
                && !is_word(text, t, "that")
        })
}

/// "Content, said X." / "Content, said X, a role." / "Content, said X on Monday.": the
/// speaker follows the verb, which follows the content and its comma.
fn inverted_reported(
    text: &str,
    toks: &[Tok],
    a: usize,
    v: usize,
    b: usize,
    last: usize,
) -> Option<(Cue, Range<usize>)> {
    if v <= a || !comma_like(toks, v - 1) || toks[v].has(OBJ_VERB) {
        return None;
    }
    let m = parse_fwd(text, toks, v + 1, b)?;
    if !matches!(m.kind, MKind::Name | MKind::Org) {
        return None;
    }
    let after = super::tokens::tok_at(toks, m.span.end);
    // A verb of belief or finding inverts only right before the sentence end ("…, agrees
    // Ann Moy."): followed by more ("…, shows Moy with a lead", "…, knew Moy for years")
    // the name is its object.
    let rest_ok = after >= last
        || toks[after].is(',')
        || toks[after].is('.')
        || toks[v].has(REPORT) && adverbial_tail(text, toks, after, last);
    if !rest_ok {
        return None;
    }
    let content = content_before(text, toks, a, v - 1)?;
    Some((one_token_cue(v, m, None), content))
}

/// A comma, or a closing quotation mark right after a quoted comma (`may be "strategic,"
/// said X`): the clause ends there either way.
fn comma_like(toks: &[Tok], k: usize) -> bool {
    toks[k].is(',')
        || k > 0 && matches!(toks[k].first, '”' | '"' | '’' | '\'') && toks[k - 1].is(',')
}

/// The comma that opens an apposition closed by the comma at token `close`: the nearest
/// earlier comma within 18 tokens and after `lo`, unless a hard stop (sentence end, a
/// quotation mark) comes first.
fn comma_before(text: &str, toks: &[Tok], close: usize, lo: usize) -> Option<usize> {
    let mut k = close;
    while k > lo && close - k < 24 {
        k -= 1;
        if toks[k].is(',') && !toks[k].in_quote {
            return Some(k);
        }
        // A quoted title inside the apposition ("a contestant on “The Apprentice,” who
        // …"): a short run of capitalised quoted words is stepped over.
        if matches!(toks[k].first, '”' | '"') {
            let mut j = k;
            while j > lo && toks[j - 1].in_quote && k - j < 8 {
                j -= 1;
            }
            let inner = &toks[j..k];
            let title = !inner.is_empty()
                && j > lo
                && matches!(toks[j - 1].first, '“' | '"')
                && inner.iter().all(|t| !t.word || t.cap);
            if title {
                k = j - 1;
                continue;
            }
        }
        if hard_stop(text, toks, k) {
            return None;
        }
    }
    None
}

/// True for a dash that can introduce a credit: ―, — or –, or "--" (two hyphens). Returns
/// the number of tokens it takes.
fn credit_dash(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let t = &toks[k];
    if t.is('―') || t.is('—') || t.is('–') {
        return Some(1);
    }
    // A hyphen that opens a line ("- Ann Moy.") is a dash too.
    let line_start = text[..t.start].trim_end_matches([' ', '\t']);
    if t.is('-') && (line_start.is_empty() || line_start.ends_with('\n')) {
        return Some(1);
    }
    let double_hyphen = t.is('-')
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is('-') && n.start == t.end);
    double_hyphen.then_some(2)
}

/// A credit after a quotation: a dash, then only a name, optionally with an apposition, up
/// to the end of the window (`“We need the ferry back.” ― Marta Ilves`, `"…" — Jonas Berg,
/// a harbour pilot`). `a..b` are the tokens after the closing mark, up to the next
/// quotation or the paragraph end; the credit fills them. A dash followed by a clause ("—
/// and then he left") or by a phrase that does not look like a name (a headline, a
/// lower-case word) is not a credit.
pub fn dash_credit(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Cue> {
    if a >= b {
        return None;
    }
    let s = a + credit_dash(text, toks, a)?;
    if s >= b || !toks[s].word || !toks[s].cap {
        return None;
    }
    let m = parse_fwd(text, toks, s, b)?;
    if m.span.start != toks[s].start || !(credit_name(text, toks, &m) || known_name(text, toks, &m))
    {
        return None;
    }
    let mut k = super::tokens::tok_at(toks, m.span.end);
    let mut apposition = None;
    if k + 1 < b && toks[k].is(',') && apposition_opener(text, toks, k + 1) {
        // "— Jonas Berg, a harbour pilot": a short apposition up to the end of the window.
        let start = k + 1;
        let mut j = start;
        while j < b && j < start + 20 {
            let t = &toks[j];
            let ends = t.is('.') && j + 1 == b;
            if t.in_quote || (!t.word && !ends && !t.is(',') && hard_stop(text, toks, j)) {
                return None;
            }
            j += 1;
        }
        if j < b {
            return None;
        }
        let mut end = b;
        while end > start && !toks[end - 1].word {
            end -= 1;
        }
        apposition = (end > start).then_some(start..end);
        k = b;
    }
    // Only a full stop may follow the name before the window ends.
    if k < b && toks[k].is('.') {
        k += 1;
    }
    (k >= b).then_some(Cue {
        cue: a..s,
        source: m,
        apposition,
        weak: false,
    })
}

/// One capital letter, or capitals joined by periods ("G", "G.K"): a name's initials.
pub fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, c)| {
            if i % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                *c == b'.'
            }
        })
}

/// A credited speaker: an organisation, or a person's name of two to five words, each a
/// capitalised name word, an initial or a connector ("de", "van"); not a phrase with
/// function words or verbs (a headline: "The Storm Is Coming").
fn credit_name(text: &str, toks: &[Tok], m: &Mention) -> bool {
    match m.kind {
        MKind::Org => true,
        MKind::Name => {
            let name = &toks[m.name.clone()];
            let words = name.iter().filter(|t| t.word).count();
            (2..=5).contains(&words)
                && name.iter().all(|t| {
                    if !t.word {
                        return t.is('.');
                    }
                    let initial = is_initials(word(text, t));
                    // Lower-case words in a parsed name are connectors ("de", "van").
                    let connector = !t.cap;
                    (t.cap && (!t.has(NOT_NAME | VERB | ADV | STOP) || initial)) || connector
                })
                && {
                    // A gerund or participle reads as a headline ("Storm Warning Issued").
                    let w = word(text, &toks[m.name.end - 1]);
                    !(w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed")))
                }
        }
        _ => false,
    }
}

/// Verb forms that label their object with an "as" phrase ("heralded the deal as a
/// 'breakthrough'", "has framed herself as …"): finite forms only, no participles in "-ing".
const LABEL_AS_VERBS: &[&str] = &[
    "herald",
    "heralds",
    "heralded",
    "hail",
    "hails",
    "hailed",
    "portray",
    "portrays",
    "portrayed",
    "frame",
    "frames",
    "framed",
    "paint",
    "paints",
    "painted",
    "cast",
    "casts",
    "peg",
    "pegs",
    "pegged",
    "bill",
    "bills",
    "billed",
    "tout",
    "touts",
    "touted",
    "depict",
    "depicts",
    "depicted",
    "present",
    "presents",
    "presented",
    "identify",
    "identifies",
    "identified",
    "describe",
    "describes",
    "described",
    "characterize",
    "characterizes",
    "characterized",
    "characterise",
    "characterises",
    "characterised",
    "brand",
    "brands",
    "branded",
    "label",
    "labels",
    "labeled",
    "labelled",
    "dub",
    "dubs",
    "dubbed",
    "term",
    "terms",
    "termed",
    "tag",
    "tags",
    "tagged",
    "deride",
    "derides",
    "derided",
    "dismiss",
    "dismisses",
    "dismissed",
    "denounce",
    "denounces",
    "denounced",
    "condemn",
    "condemns",
    "condemned",
    "slam",
    "slams",
    "slammed",
    "blast",
    "blasts",
    "blasted",
    "criticize",
    "criticizes",
    "criticized",
    "criticise",
    "criticises",
    "criticised",
    "praise",
    "praises",
    "praised",
    "attack",
    "attacks",
    "attacked",
    "mock",
    "mocks",
    "mocked",
    "ridicule",
    "ridicules",
    "ridiculed",
    "lambaste",
    "lambastes",
    "lambasted",
    "castigate",
    "castigates",
    "castigated",
    "decry",
    "decries",
    "decried",
    "laud",
    "lauds",
    "lauded",
];

/// Verbs with a particle that label their object the same way: "referred to him as",
/// "summed up the minister as", "singled out the plan as", "wrote off the bid as".
const LABEL_AS_PHRASAL: &[(&[&str], &str)] = &[
    (&["refer", "refers", "referred"], "to"),
    (&["sum", "sums", "summed"], "up"),
    (&["single", "singles", "singled"], "out"),
    (&["write", "writes", "wrote"], "off"),
];

/// Words right after "as" that make it a conjunction or a comparison, not a label ("as if",
/// "as well").
const AS_NOT_LABEL: &[&str] = &[
    "if", "though", "well", "much", "many", "long", "soon", "far", "good", "part", "of", "to",
    "for", "in", "on", "at", "when", "we", "he", "she", "they", "it", "i", "you",
];

/// Forms of "be" and "get" that make the verb after them passive ("was described as").
const PASSIVE_AUX: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "gotten", "getting",
    "'s", "’s",
];

/// A quotation that labels someone or something in an "as" phrase of a labelling verb whose
/// subject comes before it: "Ann Moy heralded the pact as a 'breakthrough'", "the guild
/// hailed him as 'a master'", "She has framed herself as the candidate of the 'quiet
/// majority'". `a..b` are the tokens of the sentence before the opening mark. The subject is a
/// person, an organisation or a pronoun; a passive verb ("was hailed as") or a participle
/// ("a plan described as") has none and is left alone.
pub fn labelled_as(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Cue> {
    // "as" and the start of the label: a few words, no clause break.
    let lo = a.max(b.saturating_sub(10));
    let mut k = b;
    loop {
        if k <= lo {
            return None;
        }
        k -= 1;
        let t = &toks[k];
        if is_word(text, t, "as") {
            break;
        }
        if !t.word && (t.is(',') || hard_stop(text, toks, k)) && !t.in_quote {
            return None;
        }
        if t.word && word_is(text, t, &["that", "which", "who", "because", "while"]) {
            return None;
        }
    }
    if k <= a + 1 || k + 1 < b && word_is(text, &toks[k + 1], AS_NOT_LABEL) {
        return None;
    }
    if word_is(
        text,
        &toks[k - 1],
        &["such", "well", "so", "same", "just", "known"],
    ) {
        return None;
    }
    // The verb: back from "as" past its object (a short phrase without a clause break).
    let vlo = a.max(k.saturating_sub(12));
    let mut v = k;
    let (v, len) = loop {
        if v <= vlo {
            return None;
        }
        v -= 1;
        let t = &toks[v];
        if !t.word {
            if t.is(',') || hard_stop(text, toks, v) {
                return None;
            }
            continue;
        }
        if word_is(text, t, LABEL_AS_VERBS) {
            break (v, 1);
        }
        if v > a {
            let phrasal = LABEL_AS_PHRASAL
                .iter()
                .any(|(forms, p)| is_word(text, t, p) && word_is(text, &toks[v - 1], forms));
            if phrasal {
                break (v - 1, 2);
            }
        }
        // Another verb or a clause word between the verb and "as": not its object.
        if t.has(VERB)
            || word_is(
                text,
                t,
                &[
                    "that", "which", "who", "whom", "is", "was", "are", "were", "has", "had",
                    "have", "will", "would", "and", "or", "but",
                ],
            )
        {
            return None;
        }
    };
    // The subject right before the verb (adverbs and "has" skipped), not a passive.
    let mut s = v;
    while s > a
        && (skippable(text, &toks[s - 1]) || word_is(text, &toks[s - 1], &["has", "have", "had"]))
    {
        s -= 1;
    }
    if s <= a || word_is(text, &toks[s - 1], PASSIVE_AUX) || toks[s - 1].is(',') {
        return None;
    }
    let (m, app) = subject_before(text, toks, a, v)?;
    if !matches!(m.kind, MKind::Name | MKind::Org | MKind::Pronoun) {
        return None;
    }
    // "Citing last week's Paris attack as …", "the Drem frame as …": a one-word name after a
    // possessive or a determiner modifies a noun that only looks like the verb.
    let ms = super::tokens::tok_at(toks, m.span.start);
    if ms > a && m.kind == MKind::Name && m.role.is_none() && m.name.len() == 1 {
        let p = &toks[ms - 1];
        if p.poss || matches!(p.first, '’' | '\'') && !p.word || word_is(text, p, DETS) {
            return None;
        }
    }
    Some(Cue {
        cue: v..v + len,
        source: m,
        apposition: app,
        weak: false,
    })
}

/// Naming verbs coordinated with an earlier verb of the same subject: "Ann Moy toured the
/// pier and called it 'a ruin'".
const COORDINATED_NAMING: &[&str] = &[
    "called", "calls", "dubbed", "dubs", "labeled", "labelled", "labels", "branded", "brands",
    "termed", "terms", "deemed", "deems",
];

/// A quotation after a naming verb that follows "and" and a short object, whose subject is
/// the clause's: "Ann Moy toured the pier and called it 'a floating ruin'", "The Harbour
/// Board reviewed the bid and deemed it 'sound'". `a..b` are the tokens of the sentence
/// before the opening mark. The clause subject is a person, a pronoun or an organisation
/// opening the sentence; no other subject may come between it and "and".
pub fn coordinated_label(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Cue> {
    // The verb, at most four words before the mark, with "and" right before it.
    let lo = a.max(b.saturating_sub(6));
    let v = (lo..b)
        .rev()
        .find(|&k| word_is(text, &toks[k], COORDINATED_NAMING))?;
    if v < a + 3 || !is_word(text, &toks[v - 1], "and") {
        return None;
    }
    if toks[v + 1..b]
        .iter()
        .any(|t| !t.word || t.in_quote || t.has(VERB))
    {
        return None;
    }
    // "It came to a head when Ann Moy toured the pier and called it …": the verb coordinates
    // with the nearest clause, which a subordinating word may open.
    let a = (a + 1..v - 1)
        .rev()
        .find(|&k| {
            !toks[k].in_quote
                && !toks[k].cap
                && word_is(
                    text,
                    &toks[k],
                    &[
                        "when", "while", "after", "before", "because", "since", "once", "until",
                    ],
                )
        })
        .map_or(a, |k| k + 1);
    if a + 2 >= v {
        return None;
    }
    // An organisation opens the sentence or follows an introductory phrase and its comma
    // ("In June, the Harbour Board reviewed …").
    let org = || {
        org_subject(text, toks, a, v - 1).or_else(|| {
            let c = (a + 1..v - 1).take(8).find(|&k| toks[k].is(','))?;
            org_subject(text, toks, c + 1, v - 1)
        })
    };
    let m = match clause_subject_verb(text, toks, a, v - 1) {
        Some((m, first)) if first < v - 1 => m,
        _ => org()?,
    };
    if !matches!(m.kind, MKind::Name | MKind::Pronoun | MKind::Org) || m.plural {
        return None;
    }
    // No comma clause or second subject between the subject and "and".
    let ms = super::tokens::tok_at(toks, m.span.end);
    if (ms..v - 1).any(|k| hard_stop(text, toks, k) || toks[k].in_quote) {
        return None;
    }
    Some(Cue {
        cue: v..v + 1,
        source: m,
        apposition: None,
        weak: false,
    })
}

/// Naming participles of a passive whose "by" agent names the quoted label.
const PASSIVE_NAMING: &[&str] = &[
    "called",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
    "termed",
    "deemed",
    "described",
];

/// A quoted label in a passive naming clause with a named agent after the quotation: "The
/// inquiry was labeled a 'witch hunt' by Ann Moy", "The plan has been called 'a ruin' by
/// the Harbour Board". `a..b` are the tokens before the opening mark, `after` those after
/// the closing one. The agent is a person or an organisation right after "by" (not "by the
/// press"); without "by" nobody is credited.
pub fn passive_label(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    after: Option<Range<usize>>,
) -> Option<Cue> {
    // "called (a|an|the) “…”", "described as “…”".
    let mut v = b.checked_sub(1)?;
    if v > a && word_is(text, &toks[v], &["a", "an", "the", "as"]) {
        v -= 1;
    }
    if v <= a || toks[v].in_quote || toks[v].cap || !word_is(text, &toks[v], PASSIVE_NAMING) {
        return None;
    }
    if is_word(text, &toks[v], "described") && !is_word(text, &toks[b - 1], "as") {
        return None;
    }
    if !passive(text, toks, a, v) {
        return None;
    }
    let r = after?;
    let k = (r.start..r.end.min(r.start + 3)).find(|&k| toks[k].word)?;
    if !is_word(text, &toks[k], "by") || toks[r.start..k].iter().any(|t| !t.is(',')) {
        return None;
    }
    let m = parse_fwd(text, toks, k + 1, r.end)
        .filter(|m| matches!(m.kind, MKind::Name | MKind::Org) && !m.plural)?;
    if m.span.start != toks[k + 1].start && !is_word(text, &toks[k + 1], "the") {
        return None;
    }
    Some(Cue {
        cue: v..v + 1,
        source: m,
        apposition: None,
        weak: false,
    })
}
