//! Speaker phrases: names with titles and roles split off, organisations, pronouns and
//! descriptions ("the minister", "his campaign"), parsed from tokens around a cue.

use std::ops::Range;

use super::lexicon::*;
use super::tokens::Tok;

/// Grammatical gender as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// Not known.
    #[default]
    Unknown,
    /// Masculine.
    Male,
    /// Feminine.
    Female,
}

/// What kind of phrase a speaker mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MKind {
    /// A person's name ("Sergey Kislya", "Peskov").
    Name,
    /// An organisation's name ("the Kremlin", "Foreign Ministry", "CNN").
    Org,
    /// he / she / they.
    Pronoun,
    /// A pronoun that cannot be resolved to a named speaker (I, we, you, it, who).
    OtherPronoun,
    /// A description with a role or organisation head ("the minister", "police").
    Desc,
}

/// A speaker phrase as written.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Kind of phrase.
    pub kind: MKind,
    /// Byte range of the whole phrase (title, name, determiner).
    pub span: Range<usize>,
    /// Token index range of the name part (or head word for descriptions, the pronoun itself).
    pub name: Range<usize>,
    /// Token index range of the title or role, if any.
    pub role: Option<Range<usize>>,
    /// Gender signalled by the phrase itself (honorific, pronoun, first name, gendered title).
    pub gender: Gender,
    /// Organisation or group.
    pub is_org: bool,
    /// Plural ("they", "officials").
    pub plural: bool,
}

const CONNECTORS: &[&str] = &[
    "de", "van", "von", "bin", "al", "da", "del", "la", "le", "du", "ibn", "abu", "der", "den",
    "dos", "das", "di",
];
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
/// Determiners that may open a noun phrase ("the", "a", possessive pronouns).
pub(super) const DETS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
];

/// Whether token `t` is one of the words of `list` (ASCII case ignored).
pub(super) fn word_is(text: &str, t: &Tok, list: &[&str]) -> bool {
    if !t.word {
        return false;
    }
    // Bytes, not `&str`: token bounds are char boundaries, so the slice needs no checks
    // beyond bounds. Length and first letter reject nearly every entry before the full
    // comparison (this runs a few million times per 5 MB).
    let w = &text.as_bytes()[t.start..t.end];
    let first = w[0].to_ascii_lowercase();
    list.iter().any(|x| {
        let x = x.as_bytes();
        x.len() == w.len() && x[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(x)
    })
}

/// The word of token `t`.
pub fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    &text[t.start..t.end]
}

/// The word without a possessive ending.
pub fn base_word<'a>(text: &'a str, t: &Tok) -> &'a str {
    let w = word(text, t);
    if t.poss {
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
    } else {
        w
    }
}

fn is_pronoun_subject(text: &str, t: &Tok) -> Option<(MKind, Gender, bool)> {
    if !t.word {
        return None;
    }
    // "He's claiming", "she's said": a pronoun takes no possessive 's, so its 's is "is"
    // or "has" and the pronoun is the subject.
    let w = base_word(text, t);
    if w.eq_ignore_ascii_case("he") {
        Some((MKind::Pronoun, Gender::Male, false))
    } else if w.eq_ignore_ascii_case("she") {
        Some((MKind::Pronoun, Gender::Female, false))
    } else if w.eq_ignore_ascii_case("they") {
        Some((MKind::Pronoun, Gender::Unknown, true))
    } else if [
        "i",
        "we",
        "you",
        "it",
        "who",
        "which",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
    {
        Some((MKind::OtherPronoun, Gender::Unknown, false))
    } else {
        None
    }
}

/// True when the token can be part of a capitalised name run.
/// A one-letter capital followed at once by a period and another capitalised word: an
/// initial ("A. J. Penrose"), even when the letter is also a function word ("A", "I").
fn is_initial(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    t.word
        && t.cap
        && t.end - t.start == 1
        && toks
            .get(j + 1)
            .is_some_and(|d| d.is('.') && d.start == t.end)
        && toks.get(j + 2).is_some_and(|n| n.word && n.cap)
}

/// "said Will Doyle", "said Hope Marsh": mid-sentence (after a lower-case word), a
/// capitalised ordinary word right before another capitalised word opens a name. Not a
/// function word, a month or a weekday ("said Tuesday", "in June Moy …").
fn given_word(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if !t.cap
        || t.all_caps
        || t.has(STOP | TITLE)
        || j < 1
        || word_is(text, t, DETS)
        || word_is(
            text,
            t,
            &[
                "and", "or", "but", "of", "for", "in", "on", "at", "to", "by",
            ],
        )
    {
        return false;
    }
    let (p, n) = (&toks[j - 1], toks.get(j + 1));
    let w = word(text, t).to_ascii_lowercase();
    let surname_follows =
        n.is_some_and(|n| n.word && n.cap && !n.has(NOT_NAME) && n.start == t.end + 1);
    // `“…,” Will wrote`: right after a quotation, before a speech verb.
    let after_quote_subject = !p.word
        && matches!(p.first, '”' | '"' | ',')
        && n.is_some_and(|n| n.word && !n.cap && n.has(VERB));
    // A month's short form is a name too ("Jan Brewer", "Ai Jun wrote", `“…,” Jun said`),
    // but not before its period or a day ("Jun. 5", "Jan 5").
    let short_month = w.len() <= 4
        && crate::dates::is_month(&w)
        && !n.is_some_and(|n| n.is('.') || n.first.is_ascii_digit());
    // "Ai Jun": a short month right after a given name is its surname.
    let after_given = short_month
        && p.word
        && p.cap
        && !p.all_caps
        && !p.has(NOT_NAME | TITLE | STOP)
        && p.end + 1 == t.start;
    ((p.word && !p.cap && surname_follows) || after_quote_subject || after_given)
        && !crate::dates::is_weekday(&w)
        && (!crate::dates::is_month(&w) || short_month)
}

fn name_token(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if t.word {
        if t.cap {
            // Function words ("The", "But") and months are not names, titles are.
            return !t.has(NOT_NAME)
                || t.has(TITLE)
                || is_initial(toks, j)
                || given_word(text, toks, j);
        }
        return word_is(text, t, CONNECTORS) && j > 0 && toks[j - 1].word && toks[j - 1].cap;
    }
    // The period of an initial or abbreviated title ("George W. Bush", "Sen. Cruz").
    if t.is('.') && j > 0 {
        let p = &toks[j - 1];
        return p.word && p.cap && p.end == t.start && (p.end - p.start <= 4);
    }
    false
}

/// Words that follow "Miss" in the name of a beauty pageant (states and nations too).
const PAGEANTS: &[&str] = &[
    "Universe",
    "World",
    "America",
    "USA",
    "Earth",
    "International",
    "Teen",
    "Supranational",
];

/// Honorifics that are only ever followed by a surname (with or without their period).
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"];

/// True when token `e` follows an honorific ("Mr. King"), so it is a surname even when it
/// is also a title word.
fn after_honorific(text: &str, toks: &[Tok], lo: usize, e: usize) -> bool {
    let mut h = e;
    if h > lo && toks[h - 1].is('.') {
        h -= 1;
    }
    h > lo && toks[h - 1].cap && word_is(text, &toks[h - 1], HONORIFICS)
}

/// True when the capitalised title word at `e` ("Dean", "King", "Judge") ended a full
/// name earlier in the text, right after a given name ("Howard Dean"): alone, it is then
/// that person's surname, not a title.
fn surname_given_earlier(text: &str, toks: &[Tok], e: usize) -> bool {
    let w = word(text, &toks[e]);
    (1..e).any(|k| {
        let (p, t) = (&toks[k - 1], &toks[k]);
        t.word
            && t.cap
            && p.word
            && p.cap
            && p.has(FIRST_M | FIRST_F)
            && !p.has(TITLE)
            && word(text, t) == w
            && !toks.get(k + 1).is_some_and(|n| n.word && n.cap && !n.poss)
    })
}

fn gender_of(text: &str, toks: &[Tok], role: Option<&Range<usize>>, name: &Range<usize>) -> Gender {
    if let Some(r) = role {
        // Not an owner's word ("the widow's lawyer, Ivo Marsh").
        for t in toks[r.clone()].iter().filter(|t| !t.poss) {
            if t.has(FEM) {
                return Gender::Female;
            }
            if t.has(MASC) {
                return Gender::Male;
            }
        }
    }
    let _ = text;
    if name.end - name.start >= 2 {
        let f = &toks[name.start];
        if f.has(FIRST_F) && !f.has(FIRST_M) {
            return Gender::Female;
        }
        if f.has(FIRST_M) && !f.has(FIRST_F) {
            return Gender::Male;
        }
    }
    Gender::Unknown
}

/// Parses the speaker phrase that ends at token `e` (inclusive), not reaching before `lo`.
pub fn parse_back(text: &str, toks: &[Tok], lo: usize, e: usize) -> Option<Mention> {
    if e < lo || e >= toks.len() {
        return None;
    }
    let t = &toks[e];
    if let Some((kind, gender, plural)) = is_pronoun_subject(text, t) {
        return Some(Mention {
            kind,
            span: t.start..t.end,
            name: e..e + 1,
            role: None,
            gender,
            is_org: false,
            plural,
        });
    }
    if !t.word || t.poss {
        return None;
    }
    if t.cap || t.all_caps {
        return parse_name_run(text, toks, lo, e);
    }
    if t.has(ROLE | ORG) {
        return parse_description(text, toks, lo, e);
    }
    None
}

/// Parses the capitalised run ending at token `e` as a name or organisation (also when `e`
/// is possessive: "the Narrow Sea Council's envoy" mentions the council).
pub fn parse_name_run(text: &str, toks: &[Tok], lo: usize, e: usize) -> Option<Mention> {
    // The run of name-like tokens ending at e.
    let mut rs = e;
    while rs > lo && name_token(text, toks, rs - 1) && !toks[rs - 1].poss {
        rs -= 1;
    }
    if !name_token(text, toks, e) && !toks[e].all_caps {
        return None;
    }
    // "the Saltreach Dockworkers’ Union": an organisation head after a capitalised plural
    // possessive, the apostrophe glued to it, continues the name through it.
    while toks[e].has(ORG)
        && rs >= lo + 2
        && (toks[rs - 1].is('\'') || toks[rs - 1].is('’'))
        && toks[rs - 1].start == toks[rs - 2].end
        && toks[rs - 2].word
        && toks[rs - 2].cap
        && !toks[rs - 2].poss
        && word(text, &toks[rs - 2]).ends_with('s')
    {
        rs -= 2;
        while rs > lo && name_token(text, toks, rs - 1) && !toks[rs - 1].poss {
            rs -= 1;
        }
    }
    // "Bank of Aldmere", "Ministry of Defence": an organisation head, "of", a name.
    if rs >= lo + 2 && word_is(text, &toks[rs - 1], &["of", "for"]) && {
        let h = &toks[rs - 2];
        h.word && h.cap && h.has(ORG) && !h.poss
    } {
        let mut s = rs - 2;
        while s > lo
            && name_token(text, toks, s - 1)
            && !toks[s - 1].poss
            && !toks[s - 1].has(NOT_NAME)
        {
            s -= 1;
        }
        return Some(Mention {
            kind: MKind::Org,
            span: toks[s].start..toks[e].end,
            name: s..e + 1,
            role: None,
            gender: Gender::Unknown,
            is_org: true,
            plural: false,
        });
    }
    // Suffixes ("Jr.") and the last token always belong to the name.
    let mut ne = e + 1;
    let mut nl = e;
    if word_is(text, &toks[e], SUFFIXES) && nl > rs {
        nl -= 1;
        while nl > rs && toks[nl].is('.') {
            nl -= 1;
        }
    }
    // Extend the name leftwards until a title word (or a titled abbreviation) is met.
    while nl > rs {
        let p = &toks[nl - 1];
        if p.is('.') {
            // "W." of an initial stays in the name; "Sen." is a title.
            if nl >= 2 && toks[nl - 2].has(TITLE) {
                break;
            }
            nl -= 1;
            continue;
        }
        if p.has(TITLE | NATION) && !p.has(FIRST_M | FIRST_F) {
            break;
        }
        if (p.has(NOT_NAME) && !is_initial(toks, nl - 1) && !given_word(text, toks, nl - 1))
            || p.has(ORG_NAME)
        {
            break;
        }
        nl -= 1;
    }
    // Skip a leading period left at the name start.
    while nl < e && toks[nl].is('.') {
        nl += 1;
    }
    let last = &toks[e];
    // "Miss Universe", "Miss America": a pageant title, not a woman called Universe.
    if nl == e
        && e > lo
        && word_is(text, &toks[e - 1], &["Miss"])
        && (last.has(NATION) || word_is(text, last, PAGEANTS))
    {
        return None;
    }
    // An abbreviated title cannot end a name ("Pennsylvania Gov. and ...").
    if last.has(TITLE)
        && !last.has(FIRST_M | FIRST_F)
        && last.end - last.start <= 4
        && toks
            .get(e + 1)
            .is_some_and(|t| t.is('.') && t.start == last.end)
    {
        return None;
    }
    let is_org = last.has(ORG | ORG_NAME)
        || (last.all_caps && !last.has(TITLE) && (last.end - last.start) <= 6 && nl == e);
    if is_org {
        // Organisation: the whole run minus leading function words and titles that are not
        // part of it ("the White House", "Russian Foreign Ministry").
        let mut s = rs;
        while s < e && toks[s].has(NOT_NAME) && !toks[s].has(TITLE) {
            s += 1;
        }
        return Some(Mention {
            kind: MKind::Org,
            span: toks[s].start..last.end,
            name: s..ne,
            role: None,
            gender: Gender::Unknown,
            is_org: true,
            plural: false,
        });
    }
    // A lone title ("the President") is a description, except after an honorific, where
    // it is a surname ("Mr. King", "Ms. Bishop").
    if nl == e
        && last.has(TITLE | ROLE)
        && !last.has(FIRST_M | FIRST_F)
        && !after_honorific(text, toks, lo, e)
        && !(rs == e && surname_given_earlier(text, toks, e))
    {
        let mut s = rs;
        if s > lo && word_is(text, &toks[s - 1], DETS) {
            s -= 1;
        } else if !((rs > lo && toks[rs - 1].poss) || (rs == lo && lo > 0 && toks[lo - 1].poss)) {
            // Without a determiner or an owner it is an adjective ("Republican claims").
            return None;
        }
        return Some(Mention {
            kind: MKind::Desc,
            span: toks[s].start..last.end,
            name: e..e + 1,
            role: Some(rs..e + 1),
            gender: gender_of(text, toks, Some(&(rs..e + 1)), &(e..e)),
            is_org: false,
            plural: false,
        });
    }
    if last.has(NOT_NAME) && !last.has(TITLE) && !given_word(text, toks, e) {
        return None;
    }
    // The role: titles in the run, plus lower-case role words before it
    // ("Kremlin spokesman Dmitry Peskov", "Republican presidential nominee Donald Trump").
    let mut role_start = rs;
    while role_start > lo {
        let p = &toks[role_start - 1];
        let ok = p.word
            && !p.poss
            && (p.has(TITLE | ROLE | ROLE_MOD | NATION) || p.cap && !p.has(NOT_NAME))
            && !word_is(text, p, DETS);
        if !ok {
            break;
        }
        // "of" joins a role only when a title follows it inside the role ("Secretary of
        // State John Kerry"), not when the name follows ("director of Portvale").
        if word_is(text, p, &["of", "for"])
            && (role_start >= nl
                || !toks[role_start].has(TITLE)
                || role_start < lo + 2
                || !toks[role_start - 2].has(TITLE | ROLE))
        {
            break;
        }
        role_start -= 1;
    }
    // A possessive owner of the role ("Putin's press secretary Dmitry Peskov").
    if role_start < nl && role_start > lo && toks[role_start - 1].poss && toks[role_start - 1].cap {
        role_start -= 1;
    }
    let role = (role_start < nl).then_some(role_start..nl);
    let mut span_start = role_start;
    if span_start > lo && word_is(text, &toks[span_start - 1], DETS) {
        span_start -= 1;
    }
    if ne <= nl {
        ne = nl + 1;
    }
    let gender = gender_of(text, toks, role.as_ref(), &(nl..ne));
    Some(Mention {
        kind: MKind::Name,
        span: toks[span_start].start..last.end,
        name: nl..ne,
        role,
        gender,
        is_org: false,
        plural: false,
    })
}

fn parse_description(text: &str, toks: &[Tok], lo: usize, e: usize) -> Option<Mention> {
    let head = &toks[e];
    let is_org = head.has(ORG) && !head.has(ROLE);
    let mut s = e;
    let mut has_det = false;
    let mut steps = 0;
    // Where the phrase starts if the plain nouns scanned last turn out not to be modifiers.
    let mut s_known = e;
    while s > lo && steps < 5 {
        let p = &toks[s - 1];
        if !p.word {
            break;
        }
        if word_is(text, p, DETS) {
            s -= 1;
            has_det = true;
            break;
        }
        let ok = p.has(ROLE_MOD | NATION | TITLE | ROLE)
            || (p.cap && !p.has(NOT_NAME))
            || (p.poss && (p.cap || p.has(ORG)));
        // A plain noun modifier ("the opposition leader") counts only if a determiner
        // turns up before the phrase ends.
        let plain = !ok && !p.cap && !p.poss && !p.has(STOP | VERB | ADV) && steps < 2;
        if !ok && !plain {
            break;
        }
        s -= 1;
        steps += 1;
        if ok {
            s_known = s;
        }
        if p.poss {
            break;
        }
    }
    if !has_det && s < s_known {
        s = s_known;
    }
    let w = word(text, head).to_ascii_lowercase();
    let plural = w.ends_with('s') && !w.ends_with("ss") || w == "police";
    // A bare singular role without determiner ("minister said") is not a speaker phrase,
    // except plural groups ("officials said", "police said").
    if !has_det && s == e && !plural {
        return None;
    }
    let name_start = if has_det { s + 1 } else { s };
    // Capitalised modifiers make an organisation name ("the Clinton campaign").
    let named_org = is_org && toks[name_start..e].iter().any(|t| t.cap && !t.poss);
    let gender = if head.has(FEM) {
        Gender::Female
    } else if head.has(MASC) {
        Gender::Male
    } else {
        Gender::Unknown
    };
    Some(Mention {
        kind: if named_org { MKind::Org } else { MKind::Desc },
        span: toks[s].start..head.end,
        name: name_start..e + 1,
        role: (!is_org).then_some(name_start..e + 1),
        gender,
        is_org,
        plural,
    })
}

/// Parses a speaker phrase that starts at token `lo` (after an inverted cue: "said Peskov"),
/// not reaching `hi`.
pub fn parse_fwd(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<Mention> {
    if lo >= hi || lo >= toks.len() {
        return None;
    }
    if let Some((kind, gender, plural)) = is_pronoun_subject(text, &toks[lo]) {
        let t = &toks[lo];
        return Some(Mention {
            kind,
            span: t.start..t.end,
            name: lo..lo + 1,
            role: None,
            gender,
            is_org: false,
            plural,
        });
    }
    let mut j = lo;
    if word_is(text, &toks[j], DETS) {
        j += 1;
    }
    // A number opening the role ("said 9/11 widow Ann Moy", "2012 nominee Ann Moy"): part
    // of the role when a lower-case role word follows it.
    let mut k = j;
    while k < hi && k < j + 3 && (toks[k].word && toks[k].first.is_ascii_digit() || toks[k].is('/'))
    {
        k += 1;
    }
    let number_end = if k > j
        && j == lo
        && k < hi
        && toks[k].word
        && !toks[k].cap
        && !toks[k].has(STOP | VERB | PRON_OTHER)
    {
        k
    } else {
        lo
    };
    j = j.max(number_end);
    let mut last = None;
    let mut steps = 0;
    while j < hi && steps < 10 {
        let t = &toks[j];
        if t.word {
            if t.has(VERB) && !t.cap {
                break;
            }
            let of_org = word_is(text, t, &["of", "for"])
                && j > lo
                && toks[j - 1].cap
                && toks[j - 1].has(ORG)
                && toks.get(j + 1).is_some_and(|n| n.word && n.cap);
            if !t.cap && t.has(STOP) && !of_org && !role_and(text, toks, lo, j) {
                break;
            }
            // A lower-case modifier inside a role before a full name ("Clinton ally James
            // Carville", "Idaho supplement executive Frank Ode"): up to two such words, then
            // a name of at least two capitalised words.
            // At the phrase start too ("said undecided voter Ann Moy"), but not after a
            // quantifier ("another Keene Republican" names no one).
            let opens = j > lo
                || !word_is(
                    text,
                    t,
                    &[
                        "another", "a", "an", "one", "some", "several", "many", "other",
                    ],
                );
            let role_word = opens && !t.has(PRON_OTHER) && {
                let mut k = j;
                while k < hi
                    && k < j + 2
                    && toks[k].word
                    && !toks[k].cap
                    && !toks[k].has(STOP | VERB)
                {
                    k += 1;
                }
                k > j
                    && k + 1 < hi
                    && [k, k + 1]
                        .iter()
                        .all(|&n| toks[n].word && toks[n].cap && !toks[n].has(NOT_NAME))
            };
            // "Air Force 1st Lt. Tyler Livo": an ordinal before a rank.
            let ordinal_rank = ordinal(text, t)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.word && n.has(TITLE | ROLE));
            if !t.cap
                && !t.has(ROLE | ORG | ROLE_MOD | NATION | TITLE)
                && !word_is(text, t, CONNECTORS)
                && !of_org
                && !role_and(text, toks, lo, j)
                && !role_word
                && !ordinal_rank
            {
                break;
            }
            last = Some(j);
            if t.poss {
                // "said Putin's spokesman": the phrase goes on.
            }
        } else if t.is('.') && j > lo && name_token(text, toks, j) {
            // initial or abbreviation
        } else {
            break;
        }
        j += 1;
        steps += 1;
    }
    let e = last?;
    let m = parse_back(text, toks, lo, e)?;
    // "said a Drem supporter who …": after an indefinite article, a capitalised word that
    // modifies a lower-case noun describes an unnamed person; it is no name.
    let next = toks.partition_point(|t| t.start < m.span.end);
    if m.kind == MKind::Name
        && !m.is_org
        && word_is(text, &toks[lo], &["a", "an", "another"])
        && toks
            .get(next)
            .is_some_and(|n| n.word && !n.cap && !n.has(VERB | STOP | ADV))
    {
        return None;
    }
    // The phrase must start where the cue left off (after an optional determiner).
    let start_ok = m.span.start == toks[lo].start
        || (word_is(text, &toks[lo], DETS)
            && lo + 1 < toks.len()
            && m.span.start == toks[lo + 1].start);
    if start_ok {
        return Some(m);
    }
    // A role with lower-case modifiers before a full name ("Clinton ally James Carville"):
    // the words before the name become its role.
    let ms = toks.partition_point(|t| t.start < m.span.start);
    let nl = m.name.start;
    // "former Gov. and party chairman Ann Moy": two roles joined by "and".
    let joined = (lo..nl).any(|k| role_and(text, toks, lo, k));
    let prefix_ok = m.kind == MKind::Name
        && m.name.end - nl >= 2
        && ms > lo
        && ms - lo <= if joined { 8 } else { 5 }
        && (number_end.min(ms)..ms).all(|k| {
            let t = &toks[k];
            if joined && (role_and(text, toks, lo, k) || role_period(toks, lo, k)) {
                return true;
            }
            t.word
                && (!t.first.is_ascii_digit() || ordinal(text, t))
                && !t.has(STOP | VERB | PRON_OTHER)
                && !word_is(text, t, DETS)
        });
    prefix_ok.then(|| {
        let mut m = m;
        m.role = Some(lo..nl);
        m.span = toks[lo].start..m.span.end;
        // "said 9/11 widow Terry Moy": a kinship word in the role tells the gender, whatever
        // the first name suggests; another gendered role word only when nothing else does.
        if let Some(g) = toks[lo..nl].iter().find_map(|t| kin_gender(text, t)) {
            m.gender = g;
        } else if m.gender == Gender::Unknown {
            m.gender = gender_of(text, toks, Some(&(lo..nl)), &m.name);
        }
        m
    })
}

/// True when token `k` (after `lo`) is an "and" joining two roles in front of a name
/// ("former Gov. and party chairman Ann Moy"): a title or role word (or an abbreviated
/// title's period) before it, a lower-case role word or a title after it.
fn role_and(text: &str, toks: &[Tok], lo: usize, k: usize) -> bool {
    if k <= lo || !word_is(text, &toks[k], &["and"]) {
        return false;
    }
    let p = &toks[k - 1];
    let before = (p.word && p.has(TITLE | ROLE) && !p.poss) || role_period(toks, lo, k - 1);
    let after = toks.get(k + 1).is_some_and(|n| {
        n.word && n.has(TITLE | ROLE | ROLE_MOD) && !n.has(VERB | PRON_OTHER)
            || n.word && !n.cap && !n.has(STOP | VERB | ADV | PRON_OTHER)
    });
    before && after
}

/// True when token `k` is the period of an abbreviated title ("Gov.") inside a role.
fn role_period(toks: &[Tok], lo: usize, k: usize) -> bool {
    k > lo && toks[k].is('.') && toks[k - 1].word && toks[k - 1].has(TITLE)
}

/// "1st", "2nd", "23rd", "4th".
fn ordinal(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    t.first.is_ascii_digit()
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
        && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
}

/// Normalised text of a token range: words joined by single spaces, periods kept after
/// abbreviations ("George W. Bush"), possessive endings dropped.
pub fn tokens_text(text: &str, toks: &[Tok], r: Range<usize>) -> String {
    // The source span plus a few inserted spaces: one allocation instead of a growing string.
    let span = match (
        toks.get(r.start),
        r.end.checked_sub(1).and_then(|e| toks.get(e)),
    ) {
        (Some(a), Some(b)) if r.start < r.end => b.end - a.start + 4,
        _ => 0,
    };
    let mut s = String::with_capacity(span);
    let mut prev_end = usize::MAX;
    for t in &toks[r] {
        // A plural possessive's apostrophe stays on its word ("Dockworkers’ Union").
        let glued_apostrophe = (t.is('\'') || t.is('’')) && t.start == prev_end;
        prev_end = t.end;
        if glued_apostrophe {
            s.push_str(word(text, t));
        } else if t.word {
            // "Reuters/Ipsos": a slash joins the words around it.
            if !s.is_empty() && !s.ends_with('/') {
                s.push(' ');
            }
            s.push_str(base_word(text, t));
        } else if t.is('.') || t.is('-') || t.is('&') || t.is('/') {
            s.push_str(word(text, t));
        } else {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(word(text, t));
        }
    }
    s
}

/// Kinship nouns whose gender a name right after them takes ("widow Terry Moy").
pub(super) const KIN_NOUNS: &[&str] = &[
    "widow",
    "widower",
    "wife",
    "husband",
    "mother",
    "father",
    "daughter",
    "son",
    "sister",
    "brother",
    "grandmother",
    "grandfather",
    "granddaughter",
    "grandson",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "girlfriend",
    "boyfriend",
    "stepmother",
    "stepfather",
];

/// The gender a kinship word tells ("widow", "son"), unless it is an owner's ("the widow's").
pub(super) fn kin_gender(text: &str, t: &Tok) -> Option<Gender> {
    if !t.word || t.poss || !word_is(text, t, KIN_NOUNS) {
        return None;
    }
    if t.has(FEM) {
        Some(Gender::Female)
    } else if t.has(MASC) {
        Some(Gender::Male)
    } else {
        None
    }
}
