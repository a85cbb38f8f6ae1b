//! The attribution pipeline for one article: quotation spans, cues, speakers, coreference,
//! reported speech, and the per-sentence summary.

use std::collections::HashMap;
use std::ops::Range;

use super::coref::Coref;
use super::cues::{
    clause_subject, clause_subject_verb, coordinated_label, cue_after, cue_before, dash_credit,
    label_cue, labelled_as, passive_label, possessive_prefix, proper_elsewhere, reported,
    sentence_stop, verb_like, Cue,
};
use super::lexicon::{ACT, ADV, BELIEF, NOT_NAME, ORG_NAME, REPORT, VERB};
use super::names::{tokens_text, word, word_is, MKind, Mention};
use super::quotes::{find_quotes, paragraphs, QSpan};
use super::tokens::{tok_at, tokenize, Tok};
use super::{Kind, Quote, SentenceAttribution, Speaker};

/// A speech event before its speaker is resolved.
struct Event {
    content: Range<usize>,
    kind: Kind,
    cue: Option<Cue>,
    /// Quotation group (multi-paragraph quotations share it); `usize::MAX` for reported speech.
    group: usize,
    para: usize,
    /// True when the span opens its paragraph (a candidate continuation of the last speaker).
    opens_para: bool,
    /// The cue is a dash credit after the quotation (`"…" ― Marta Ilves`).
    credit: bool,
}

fn index_of(ranges: &[Range<usize>], pos: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= pos)
        .min(ranges.len().saturating_sub(1))
}

/// Title Case content ("Meet the Press", "The Art of the Deal"): a name, not a quotation.
fn title_case(s: &str) -> bool {
    // More than eight words is never a title: count no further (quotations can be long).
    let n = s.split_whitespace().take(9).count();
    if n > 8 {
        return false;
    }
    let mut caps = 0;
    let mut lower_long = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.chars().next() {
            Some(c) if c.is_uppercase() => caps += 1,
            Some(c) if c.is_lowercase() && w.len() > 3 => lower_long += 1,
            _ => {}
        }
    }
    caps >= 1 && lower_long == 0 && caps * 2 >= n && !s.ends_with(['.', ',', '?', '!'])
}

/// Verbs that name a term rather than quote speech when a determiner stands outside the
/// marks ("call it the 'peace dividend'").
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "dub",
    "dubs",
    "dubbed",
    "term",
    "termed",
    "label",
    "labelled",
    "labeled",
    "brand",
    "branded",
    "nickname",
    "nicknamed",
];

/// The number of words with a letter or digit in `s`, counted up to `cap` (callers compare it
/// with small numbers, and quotations can be long).
fn word_count(s: &str, cap: usize) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .take(cap)
        .count()
}

/// A clause with its own person subject between tokens `a` and `b` ("..., but Kevin was
/// drifting off, and as Trump went on about '...'"): a quotation after it does not share the
/// earlier cue.
fn new_subject_between(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    (a.max(1)..b.saturating_sub(1)).any(|j| {
        let t = &toks[j];
        // Only a coordinated or adverbial clause, not the reported clause itself
        // ("said that Lindell retained the 'full support' of the board").
        let p = &toks[j - 1];
        let joined = p.is(',')
            || [
                "but", "and", "as", "while", "when", "whereas", "although", "though", "because",
            ]
            .iter()
            .any(|w| p.word && word(text, p).eq_ignore_ascii_case(w));
        if !joined {
            return false;
        }
        let subject = t.word
            && !t.in_quote
            && ((t.cap && !t.has(super::lexicon::NOT_NAME | super::lexicon::ORG))
                || ["he", "she", "they", "we", "i"]
                    .iter()
                    .any(|p| word(text, t).eq_ignore_ascii_case(p)));
        subject && verb_like(text, &toks[j + 1])
    })
}

/// True when the tokens `before` (up to a quotation's opening mark) end with the dash credit
/// of an earlier quotation: a closing mark, a dash and a name.
fn follows_credit(text: &str, toks: &[Tok], before: Range<usize>) -> bool {
    let lo = before.start.max(before.end.saturating_sub(24)).max(1);
    (lo..before.end).rev().any(|d| {
        let p = &toks[d - 1];
        (p.is('”') || p.is('"') || p.is('»'))
            && !toks[d].word
            && dash_credit(text, toks, d, before.end).is_some()
    })
}

/// Runs attribution over `text` split into `sentences`.
pub fn run(
    text: &str,
    sentences: &[Range<usize>],
    classes: &super::lexicon::Classes,
) -> Vec<Quote> {
    let paras = paragraphs(text);
    if paras.is_empty() {
        return Vec::new();
    }
    let spans = find_quotes(text, &paras);
    let mut toks = tokenize(text, classes);
    for q in &spans {
        let a = tok_at(&toks, q.content.start);
        let b = tok_at(&toks, q.content.end);
        for t in &mut toks[a..b] {
            t.in_quote = true;
        }
    }
    let toks = toks;
    let para_of = |pos: usize| index_of(&paras, pos);
    let (mut coref, _) = Coref::build(text, &toks, &para_of);
    // Token index ranges of paragraphs and sentences.
    let para_tok: Vec<Range<usize>> = paras
        .iter()
        .map(|p| tok_at(&toks, p.start)..tok_at(&toks, p.end))
        .collect();
    let sent_tok: Vec<Range<usize>> = sentences
        .iter()
        .map(|s| tok_at(&toks, s.start)..tok_at(&toks, s.end))
        .collect();

    // Reported speech per sentence, found first: a quotation inside reported content
    // ("X said 142 mm had fallen, 'more than ...'") takes its cue.
    // Flat, in sentence order (most sentences have none).
    let sent_reported: Vec<(usize, Cue, Range<usize>)> = sent_tok
        .iter()
        .enumerate()
        .flat_map(|(si, st)| {
            reported(text, &toks, st.start, st.end)
                .into_iter()
                .map(move |(c, r)| (si, c, r))
        })
        .collect();
    // The reported clauses of sentence `si` (they are in sentence order).
    let reported_in = |si: usize| {
        let from = sent_reported.partition_point(|(s, _, _)| *s < si);
        let to = sent_reported.partition_point(|(s, _, _)| *s <= si);
        &sent_reported[from..to]
    };
    let mut events: Vec<Event> = Vec::new();
    // Cues taken by quotations: cue token → (content of the quotation, direct?).
    let mut used_cues: HashMap<usize, Vec<(Range<usize>, bool)>> = HashMap::new();
    // The cue of the last quotation, with its sentence: a later quotation of the same
    // sentence without a cue of its own shares it ("said it was 'useful' and 'ready'").
    let mut sentence_cue: Option<(usize, Cue)> = None;
    // Reported clauses around partial quotations (see `verb_clause`).
    let mut clause_events: Vec<Event> = Vec::new();
    for (qi, q) in spans.iter().enumerate() {
        let para = q.para;
        let pt = para_tok[para].clone();
        let open_tok = tok_at(&toks, q.open);
        let close_tok = q.close.as_ref().map(|c| tok_at(&toks, c.start));
        let prev_close = if qi > 0 && spans[qi - 1].para == para {
            spans[qi - 1]
                .close
                .as_ref()
                .map(|c| tok_at(&toks, c.end))
                .unwrap_or(pt.start)
        } else {
            pt.start
        };
        let next_open = if qi + 1 < spans.len() && spans[qi + 1].para == para {
            tok_at(&toks, spans[qi + 1].open)
        } else {
            pt.end
        };
        let s_open = if sentences.is_empty() {
            pt.clone()
        } else {
            sent_tok[index_of(sentences, q.open)].clone()
        };
        let before_lo = s_open.start.max(prev_close).max(pt.start);
        let before = before_lo..open_tok.max(before_lo);
        let after = close_tok.map(|c| (c + 1).min(next_open)..next_open);
        let content = &text[q.content.clone()];
        // The last character before a nested quotation's closing mark (`… ‘I hope so,'”`).
        let last_char = content
            .trim_end_matches(['\'', '’', ' '])
            .chars()
            .last()
            .unwrap_or(' ');
        let opens_para = open_tok == pt.start;
        // Direct: the quotation opens its sentence, follows "said:" / "said,", or carries
        // its own sentence punctuation; otherwise it is a partial quotation in the author's
        // sentence.
        let mark_before = before.end > before.start && {
            let t = &toks[before.end - 1];
            t.is(':') || t.is(',') || t.is('—') || t.is('–')
        };
        let after_stop = before.end > before.start && {
            let t = &toks[before.end - 1];
            t.is('.') || t.is('?') || t.is('!') || t.is('”') || t.is('"')
        };
        // A quotation right after another one's dash credit starts a new unit (`“First.”
        // ― Ana Prieto “Second.” ― Luis Mora`).
        let after_credit = before.end > before.start && follows_credit(text, &toks, before.clone());
        let direct =
            before.is_empty() || mark_before || after_stop || q.close.is_none() || after_credit;
        let after_ok = after.as_ref().is_some_and(|r| {
            r.start < r.end
                && (matches!(last_char, ',' | '?' | '!' | '—' | '–' | '-' | '…')
                    || !last_char.is_ascii_punctuation()
                    || toks[r.start].is(',')
                    || (toks[r.start].word && !toks[r.start].cap))
        });
        let mut cue = None;
        let mut credit = false;
        let mut passive_agent = false;
        if direct {
            if after_ok {
                cue = after
                    .clone()
                    .and_then(|r| cue_after(text, &toks, r.start, r.end));
            }
            // `"…" ― Marta Ilves`: the name after the dash is the speaker. The quotation
            // ends like a sentence; a quoted title ("The Storm Is Coming") does not.
            let sentence_end = matches!(last_char, '.' | '!' | '?' | '…');
            if cue.is_none() && sentence_end {
                if let Some(r) = after.clone() {
                    cue = dash_credit(text, &toks, r.start, r.end);
                    credit = cue.is_some();
                }
            }
            // The credit as a paragraph of its own after a quotation paragraph:
            // `“Nobody pays taxes.”` / `- Ann Moy.`
            let alone = after
                .as_ref()
                .is_none_or(|r| toks[r.clone()].iter().all(|t| !t.word));
            if cue.is_none() && sentence_end && alone && para + 1 < para_tok.len() {
                let next = para_tok[para + 1].clone();
                let words = toks[next.clone()].iter().filter(|t| t.word).count();
                if words <= 12 {
                    cue = dash_credit(text, &toks, next.start, next.end);
                    credit = cue.is_some();
                }
            }
            if cue.is_none() {
                cue = cue_before(text, &toks, before.start, before.end, false);
            }
            if cue.is_none() && opens_para && para > 0 {
                // "Stated Stone:" as the previous paragraph.
                let prev = para_tok[para - 1].clone();
                if prev.end > prev.start && toks[prev.end - 1].is(':') {
                    let lo = if sentences.is_empty() {
                        prev.start
                    } else {
                        sent_tok[index_of(sentences, toks[prev.end - 1].start)].start
                    };
                    cue = cue_before(text, &toks, lo.max(prev.start), prev.end, false);
                }
            }
        } else {
            // A cue before the quotation, unless another subject's clause comes in between.
            cue = cue_before(text, &toks, before.start, before.end, true)
                .filter(|c| !new_subject_between(text, &toks, c.cue.end, open_tok))
                .or_else(|| labelled_as(text, &toks, before.start, before.end))
                .or_else(|| coordinated_label(text, &toks, before.start, before.end))
                .or_else(|| {
                    passive_agent = true;
                    passive_label(text, &toks, before.start, before.end, after.clone())
                });
            passive_agent &= cue.is_some();
            if cue.is_none() && after_ok {
                cue = after
                    .clone()
                    .and_then(|r| cue_after(text, &toks, r.start, r.end));
            }
        }
        // A quotation of one span (not a paragraph of a longer one, whose turns would
        // share one speaker).
        let alone = (qi == 0 || spans[qi - 1].group != q.group)
            && spans.get(qi + 1).is_none_or(|n| n.group != q.group);
        if cue.is_none() && direct && opens_para && alone {
            // A transcript turn in quotation marks: `"MOY: Well, …"`.
            let a = tok_at(&toks, q.content.start);
            cue = label_cue(text, &toks, a, tok_at(&toks, q.content.end));
        }
        if cue.is_none() && !after_ok && last_char == '.' {
            // `"…." Trump said.` — only the bare "X said." form after a full stop.
            if let Some(r) = after.clone() {
                if let Some(c) = cue_after(text, &toks, r.start, r.end) {
                    let end = c.cue.end;
                    if c.source.span.start == toks[r.start].start
                        && (end >= r.end || toks[end].is('.'))
                    {
                        cue = Some(c);
                    }
                }
            }
        }
        // `Robert C. "Bobby" Scott`: a one-word nickname between the parts of a name.
        let nickname = open_tok > 1
            && (toks[open_tok - 1].word && toks[open_tok - 1].cap
                || toks[open_tok - 1].is('.') && toks[open_tok - 2].cap)
            && content.split_whitespace().count() == 1
            && content.starts_with(char::is_uppercase);
        // A quoted word or two before a name ("'Thin-skinned' Moy quells critics") is a
        // term in a headline, not a quotation with its speaker after it.
        if cue.is_none() && after_ok && !nickname && word_count(content, 3) >= 3 {
            // `"…," Trump went on`: a person right after the quotation, then a verb.
            if let Some(r) = after.clone() {
                // Up to the sentence end: the clause scan stops at a period before `hi`.
                let hi = sentence_stop(text, &toks, r.start, r.end.min(r.start + 8));
                // After a question or exclamation, a new sentence may start ("“…?” Ann
                // Moy is a shop on the pier."): then only a speech verb makes it a cue.
                // Or a verb that closes its clause ("“…?” Moy pressed.", "“…?” Moy went on,
                // as if …").
                let ended = matches!(last_char, '?' | '!');
                let closes = |v: usize| {
                    let mut k = v + 1;
                    if k < hi && word_is(text, &toks[k], &["on", "in", "back", "up"]) {
                        k += 1;
                    }
                    k >= hi || toks[k].is(',') || toks[k].is('.')
                };
                if let Some((m, _)) = clause_subject_verb(text, &toks, r.start, hi)
                    .filter(|(_, v)| !ended || toks[*v].has(VERB) || closes(*v))
                {
                    let first_word = toks[r.start..hi].iter().find(|t| t.word).map(|t| t.start);
                    if first_word == Some(m.span.start) {
                        cue = Some(Cue {
                            cue: r.start..r.start + 1,
                            source: m,
                            apposition: None,
                            weak: true,
                        });
                    }
                }
            }
        }
        let group_first = qi == 0 || spans[qi - 1].group != q.group;
        let pure_para = after
            .as_ref()
            .is_none_or(|r| toks[r.clone()].iter().all(|t| !t.word));
        if cue.is_none() && opens_para && para > 0 && group_first && pure_para {
            // A paragraph that is nothing but a quotation, after a narrative paragraph whose
            // last sentence has a person as its subject ("Asked ..., she did not hesitate.").
            let prev = para_tok[para - 1].clone();
            // Quoted terms of a word or three ('What "go after them" means …') leave the
            // paragraph narrative; a longer quotation is someone's words.
            let prev_quoted = spans[..qi]
                .iter()
                .rev()
                .take_while(|p| p.para + 1 >= para)
                .any(|p| p.para + 1 == para && word_count(&text[p.content.clone()], 4) > 3);
            if !prev_quoted && prev.end > prev.start && !sentences.is_empty() {
                let last = sent_tok[index_of(sentences, toks[prev.end - 1].start)].clone();
                // Up to the last word: the closing period would end the clause scan.
                let mut hi = prev.end;
                while hi > prev.start && !toks[hi - 1].word {
                    hi -= 1;
                }
                // Not a lone capitalised word the text never uses as a name ("Rather, …").
                if let Some(m) =
                    clause_subject(text, &toks, last.start.max(prev.start), hi).filter(|m| {
                        m.kind != MKind::Name
                            || m.role.is_some()
                            || m.name.len() > 1
                            || proper_elsewhere(text, &toks, m.name.start)
                    })
                {
                    cue = Some(Cue {
                        cue: prev.end - 1..prev.end,
                        source: m,
                        apposition: None,
                        weak: true,
                    });
                }
            }
        }
        // The cue was borrowed from reported speech before the quotation (which keeps it).
        let mut continued = false;
        if cue.is_none() && direct && before.is_empty() && !opens_para && group_first {
            // `Ann Moy said in a statement. "…"` and `Ann Moy agreed. "…"`: a sentence of the
            // same paragraph that announces speech without content, then the quotation.
            let si = index_of(sentences, q.open);
            if si > 0 && !sentences.is_empty() {
                let ps = sent_tok[si - 1].clone();
                if ps.start >= pt.start && ps.end <= open_tok {
                    cue = announcing_sentence(text, &toks, ps.clone());
                }
                // `Ann Moy said the pier would close. "We have no choice."`: a quotation
                // sentence with no words of its own after a sentence of the paragraph that
                // reports a named speaker's words to its end continues that speaker.
                let own_words = close_tok.is_none_or(|c| {
                    toks[c + 1..sent_tok[si].end.max(c + 1)]
                        .iter()
                        .any(|t| t.word)
                });
                if cue.is_none()
                    && !own_words
                    && ps.start >= pt.start
                    && ps.end <= open_tok
                    && !toks[ps.clone()].iter().any(|t| t.in_quote)
                {
                    let mut last_word = ps.end;
                    while last_word > ps.start && !toks[last_word - 1].word {
                        last_word -= 1;
                    }
                    cue = reported_in(si - 1)
                        .iter()
                        .rev()
                        .find(|(_, c, r)| {
                            !c.weak
                                && !c.source.plural
                                && matches!(c.source.kind, MKind::Name | MKind::Pronoun)
                                && last_word > ps.start
                                && r.end >= toks[last_word - 1].end
                        })
                        .map(|(_, c, _)| Cue {
                            weak: true,
                            ..c.clone()
                        });
                    continued = cue.is_some();
                }
            }
        }
        let colon = before.end > before.start && toks[before.end - 1].is(':');
        // `X issued a statement, "…"`: a comma after a noun for a message works as a colon.
        let message_comma = before.end >= before.start + 2
            && toks[before.end - 1].is(',')
            && word_is(text, &toks[before.end - 2], MESSAGE_NOUNS);
        if cue.is_none() && (colon || !direct || message_comma) {
            // `X addressed the crowd: "…"` and `X called it "a disgrace"`: the clause subject.
            if let Some((m, v)) = clause_subject_verb(text, &toks, before.start, before.end) {
                // "Berg likened them to a 'vicious snake'": a named person's verb of
                // speaking or judging is a cue of its own, short quotes included.
                let mut v = v;
                while v + 1 < before.end && toks[v].word && toks[v].has(ADV) && !toks[v].has(VERB) {
                    v += 1;
                }
                let verbal = m.kind == MKind::Name && toks[v].word && toks[v].has(VERB);
                // "Guns are 'the ultimate crisis'", "Audiences can expect …": one capitalised
                // word opening a sentence, never written capitalised mid-sentence, is a
                // common noun, not a speaker.
                let lone_word = m.kind == MKind::Name
                    && m.role.is_none()
                    && m.name.len() == 1
                    && !proper_elsewhere(text, &toks, m.name.start);
                // "Cruz says his friend Rubio ran 'an optimistic campaign'": a clause subject
                // without a speech verb, inside content that a speaker before it reports,
                // leaves the quotation to that speaker (found below).
                let reported_around = !verbal
                    && !sentences.is_empty()
                    && reported_in(index_of(sentences, q.open))
                        .iter()
                        .any(|(_, c, r)| {
                            c.cue.end <= v
                                && r.start <= toks[v].start
                                && q.open <= r.end + 2
                                && !new_subject_between(text, &toks, c.cue.end, open_tok)
                        });
                if (verbal || !lone_word) && !reported_around {
                    cue = Some(if verbal {
                        Cue {
                            cue: v..v + 1,
                            source: m,
                            apposition: None,
                            weak: false,
                        }
                    } else {
                        Cue {
                            cue: before.end.saturating_sub(1)..before.end,
                            source: m,
                            apposition: None,
                            weak: true,
                        }
                    });
                }
            }
        }
        let si = if sentences.is_empty() {
            usize::MAX
        } else {
            index_of(sentences, q.open)
        };
        // "X told a woman who suggested … that “…”": a "who" clause inside content that a
        // named speaker reports is no speaker of the quotation; the reporter is (below).
        if si != usize::MAX {
            if let Some(c) = cue.as_ref().filter(|c| {
                c.source.kind == MKind::OtherPronoun && c.cue.end <= open_tok && {
                    let w = tok_at(&toks, c.source.span.start);
                    word_is(text, &toks[w], &["who"])
                }
            }) {
                let who = c.source.span.start;
                let reported = reported_in(si).iter().any(|(_, rc, r)| {
                    rc.source.kind == MKind::Name
                        && !rc.weak
                        && toks[rc.cue.end.saturating_sub(1)].end <= who
                        && r.start <= who
                        && q.open <= r.end + 2
                });
                if reported {
                    cue = None;
                }
            }
        }
        let mut direct = direct;
        let mut inherited_cue = continued;
        if cue.is_none() && before.end > before.start && si != usize::MAX {
            let inherited = sentence_cue
                .as_ref()
                .filter(|(s, c)| *s == si && !new_subject_between(text, &toks, c.cue.end, open_tok))
                .map(|(_, c)| c.clone())
                .or_else(|| {
                    reported_in(si)
                        .iter()
                        .map(|(_, c, r)| (c, r))
                        .find(|(c, content)| {
                            c.cue.end <= open_tok
                                && content.start <= q.open
                                && q.open <= content.end + 2
                                && !new_subject_between(text, &toks, c.cue.end, open_tok)
                        })
                        .map(|(c, _)| c.clone())
                });
            if let Some(c) = inherited {
                inherited_cue = true;
                cue = Some(c);
                // Embedded in the author's sentence.
                direct = false;
            }
        }
        if cue.is_none() && si != usize::MAX {
            // `"…" if she did not win by more, said X, an analyst.`: the quotation is part
            // of content reported by a cue after it, with no other quotation in between.
            let next_open = spans.get(qi + 1).map_or(usize::MAX, |n| n.open);
            cue = reported_in(si)
                .iter()
                .find(|(_, c, content)| {
                    close_tok.is_some_and(|ct| c.cue.start > ct)
                        && toks[c.cue.start].start < next_open
                        && content.start <= q.open
                        && q.content.end <= content.end + 2
                })
                .map(|(_, c, _)| c.clone());
            inherited_cue = cue.is_some();
        }
        // Only compared with 2 and 3 below.
        let words = word_count(content, 4);
        let weak = cue.as_ref().is_none_or(|c| c.weak);
        // A title in quotation marks ("On “Meet the Press,” Ruiz said", a book, a show, a
        // subheading paragraph 'A Quiet Harbour.'): in the middle of a sentence, or alone in
        // its paragraph with no cue of its own, it names something and is not speech.
        // `X tweeted, "Thank You Drem!"`: a speech verb and a comma or colon right before
        // the marks introduce words, not a title.
        let introduced = cue.as_ref().is_some_and(|c| {
            !c.weak
                && c.cue.end + 1 == open_tok
                && (toks[c.cue.end].is(',') || toks[c.cue.end].is(':'))
                && toks[c.cue.end - 1].has(VERB)
        });
        // "Ann Moy called Ivo Marsh 'The Pride of the Harbour'", "Ann Moy dubbed him 'Captain
        // Toll'": a named person's name for another person, right after the verb and its
        // object (a name or a personal pronoun), is their words, capitals and all. Not "called his
        // book 'The Long Tide'" nor "called it 'Harbour Days'", which name a work.
        let names_person = cue.as_ref().is_some_and(|c| {
            let m = &c.source;
            let o = c.cue.end;
            let speaker = m.kind == MKind::Name && !m.plural && !m.is_org;
            let object = o < open_tok
                && open_tok <= o + 3
                && (o..open_tok).all(|k| {
                    let t = &toks[k];
                    t.word
                        && !t.in_quote
                        && !t.poss
                        && (t.cap && !t.has(NOT_NAME) || word_is(text, t, &["him", "her"]))
                })
                && (open_tok == o + 1 || (o..open_tok).all(|k| toks[k].cap));
            !c.weak && speaker && object && word_is(text, &toks[c.cue.start], NAMING_VERBS)
        });
        if words >= 2
            && !introduced
            && !names_person
            && title_case(content.trim_end_matches(['.', ',', '?', '!']))
        {
            let mid_sentence = before.end > before.start && !colon;
            let heading = opens_para && pure_para && weak;
            if mid_sentence || heading {
                continue;
            }
        }
        if !direct && ((weak && words <= 3) || title_case(content) && !names_person) {
            // A scare-quoted term, a nickname or the title of a show or book: not speech.
            continue;
        }
        // "Traders call it the 'peace dividend'": a naming verb and a determiner outside the
        // marks name a term; "called it 'a disgrace'" (determiner inside) stays a quotation.
        let naming = cue
            .as_ref()
            .is_some_and(|c| word_is(text, &toks[c.cue.start], NAMING_VERBS));
        let det_outside =
            open_tok > 0 && word_is(text, &toks[open_tok - 1], &["the", "a", "an", "so-called"]);
        // "Berg called the senator a 'nasty guy'", "She calls it the 'long goodbye'": a
        // person's or an organisation's label is their words; "Traders call it the 'peace
        // dividend'" (a group, or a capitalised word the text never uses as a name) and "they
        // call it" name a term.
        let article = open_tok > 0 && word_is(text, &toks[open_tok - 1], &["a", "an", "the"]);
        let person_calls = article
            && cue.as_ref().is_some_and(|c| {
                let m = &c.source;
                let lone_word = m.role.is_none()
                    && m.name.len() == 1
                    && !toks[m.name.start].has(ORG_NAME)
                    && !proper_elsewhere(text, &toks, m.name.start);
                !c.weak
                    && !m.plural
                    && (matches!(m.kind, MKind::Name | MKind::Org) && !lone_word
                        || m.kind == MKind::Pronoun)
            });
        if !direct && naming && det_outside && words <= 3 && !person_calls {
            continue;
        }
        if let Some(c) = cue.as_ref().filter(|_| !inherited_cue) {
            used_cues
                .entry(c.cue.start)
                .or_default()
                .push((q.content.clone(), direct));
            // A credit names the speaker of its own quotation only.
            if !c.weak && !credit && si != usize::MAX {
                sentence_cue = Some((si, c.clone()));
            }
        }
        // "Cruz questioned Trump's 'New York values' and his readiness": a partial quotation
        // governed by its speaker's verb is part of what the verb reports, which runs to
        // the clause end. Unless a reported clause of the sentence already holds it.
        if let Some(clause) = cue
            .as_ref()
            .filter(|c| {
                !direct
                    && !c.weak
                    && !inherited_cue
                    && c.cue.end <= open_tok
                    && !c.source.plural
                    && matches!(c.source.kind, MKind::Name | MKind::Org | MKind::Pronoun)
                    // A passive label's agent follows the quotation: no clause to report.
                    && !passive_agent
            })
            .and_then(|c| verb_clause(text, &toks, c, sent_tok.get(si), q))
        {
            let reported_here = reported_in(si)
                .iter()
                .any(|(_, _, r)| r.start <= q.open && q.open <= r.end + 2);
            if !reported_here {
                clause_events.push(Event {
                    para,
                    content: clause,
                    kind: Kind::Reported,
                    cue: cue.clone(),
                    group: usize::MAX,
                    opens_para: false,
                    credit: false,
                });
            }
        }
        events.push(Event {
            content: q.content.clone(),
            kind: if direct { Kind::Direct } else { Kind::Partial },
            cue,
            group: q.group,
            para,
            opens_para,
            credit,
        });
    }
    events.append(&mut clause_events);
    // Reported speech, sentence by sentence, outside quotations.
    for (_, c, content) in sent_reported {
        // A cue used by a direct quotation is spent; one used by a partial quotation
        // inside this content still reports the whole clause ("X said he was 'done'").
        // The quotation's closing punctuation may lie past the content ("said X was
        // 'ready.'"), which ends at the sentence's last word.
        let spent = used_cues.get(&c.cue.start).is_some_and(|v| {
            v.iter().any(|(qc, direct)| {
                let words_end = qc.start
                    + text[qc.clone()]
                        .trim_end_matches(|ch: char| ch.is_ascii_punctuation())
                        .len();
                *direct || qc.start < content.start || words_end > content.end
            })
        });
        if spent {
            continue;
        }
        // Content that is a quotation is handled by the quotation. Spans are in text
        // order: only those opening before the content ends, nearest first.
        let upto = spans.partition_point(|q| q.open < content.end);
        let in_quote = spans[upto.saturating_sub(64)..upto].iter().any(|q| {
            q.content.start < content.end && content.start < q.content.end && {
                let inter = q.content.end.min(content.end) - q.content.start.max(content.start);
                inter * 2 > content.end - content.start
            }
        });
        if in_quote {
            continue;
        }
        events.push(Event {
            para: para_of(content.start),
            content,
            kind: Kind::Reported,
            cue: Some(c),
            group: usize::MAX,
            opens_para: false,
            credit: false,
        });
    }
    events.sort_by_key(|e| e.content.start);
    resolve(text, &toks, &mut coref, &para_of, events)
}

/// Nouns for a message whose words follow ("issued a statement, '…'").
const MESSAGE_NOUNS: &[&str] = &[
    "statement",
    "tweet",
    "message",
    "post",
    "email",
    "letter",
    "remarks",
    "note",
];

/// Verbs of agreeing that announce a speaker's words without a speech verb ("Moy agreed.").
const AGREEING: &[&str] = &[
    "agreed",
    "disagreed",
    "agrees",
    "disagrees",
    "concurred",
    "concurs",
];

/// Words that may open the short tail after an announcing verb: "said in a statement",
/// "wrote on Facebook", "added later", "told reporters".
const TAIL_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "to",
    "after",
    "before",
    "via",
    "through",
    "over",
    "from",
    "later",
    "earlier",
    "afterward",
    "afterwards",
    "again",
    "too",
    "also",
    "then",
    "reporters",
    "today",
    "yesterday",
    "recently",
];

/// A sentence `ps` (token range) with no quotation that ends in its speaker's speech verb
/// and at most a short tail without a clause ("Ann Moy, the mayor, said in a statement.",
/// "Ann Moy agreed.", "He told reporters:"): the cue of a quotation that opens the next
/// sentence of the paragraph.
fn announcing_sentence(text: &str, toks: &[Tok], ps: Range<usize>) -> Option<Cue> {
    let mut pe = ps.end;
    while pe > ps.start && !toks[pe - 1].word {
        if !matches!(toks[pe - 1].first, '.' | ':') {
            return None;
        }
        pe -= 1;
    }
    if pe <= ps.start || toks[ps.start..pe].iter().any(|t| t.in_quote) {
        return None;
    }
    // The verb: the last word that is a speech verb or a verb of agreeing, at most six
    // words before the end.
    let v = (pe.saturating_sub(7).max(ps.start)..pe).rev().find(|&k| {
        let t = &toks[k];
        t.word && !t.cap && (t.has(VERB) || word_is(text, t, AGREEING))
    })?;
    let tail = &toks[v + 1..pe];
    let tail_ok = tail.is_empty()
        || (word_is(text, &tail[0], TAIL_OPENERS)
            && tail.iter().all(|t| {
                (t.word || t.is('.') || t.is(','))
                    && !word_is(text, t, &["that", "whether", "if", "how", "what", "why"])
                    && !(t.word && !t.cap && t.has(VERB))
            }));
    if !tail_ok || word(text, &toks[v]).ends_with("ing") {
        return None;
    }
    let c = if toks[v].has(VERB) {
        cue_before(text, toks, ps.start, v + 1, false)?
    } else {
        let (m, apposition) = super::cues::subject_before(text, toks, ps.start, v)?;
        Cue {
            cue: v..v + 1,
            source: m,
            apposition,
            weak: false,
        }
    };
    // The speaker opens the sentence (after a conjunction at most): not `Also, X is wrong,
    // he said.`, whose verb reports the words before it.
    let ms = tok_at(toks, c.source.span.start);
    let opens = ms == ps.start
        || (ms == ps.start + 1 && word_is(text, &toks[ps.start], &["but", "and", "so", "the"]))
        || (c.source.kind == MKind::Name && possessive_prefix(text, toks, ps.start, ms));
    if c.cue.start != v
        || !opens
        || !matches!(c.source.kind, MKind::Name | MKind::Pronoun | MKind::Desc)
    {
        return None;
    }
    Some(Cue { weak: true, ..c })
}

/// The clause a speaker's verb reports when it governs a partial quotation: from the word
/// after the cue ("that" skipped) to the sentence's last word before a semicolon, when it
/// holds the quotation and is clearly longer than it. `"Trump tweeting that it was a
/// 'disaster' for Clinton"` → `it was a 'disaster' for Clinton`.
fn verb_clause(
    text: &str,
    toks: &[Tok],
    cue: &Cue,
    sentence: Option<&Range<usize>>,
    q: &QSpan,
) -> Option<Range<usize>> {
    let sentence = sentence?;
    let mut a = cue.cue.end;
    if a < sentence.end && word_is(text, &toks[a], &["that"]) {
        a += 1;
    }
    let mut b = a;
    for (k, t) in toks.iter().enumerate().take(sentence.end).skip(a) {
        if !t.in_quote && t.is(';') {
            break;
        }
        if t.word {
            b = k + 1;
        }
    }
    if b <= a {
        return None;
    }
    let clause = toks[a].start..toks[b - 1].end;
    let quote_len = q.content.end - q.content.start;
    (clause.start <= q.open && q.content.end <= clause.end + 2 && clause.len() * 2 > quote_len * 3)
        .then_some(clause)
}

/// Speaker resolution in text order, so that "he said" can see the speakers before it.
fn resolve(
    text: &str,
    toks: &[Tok],
    coref: &mut Coref,
    para_of: &dyn Fn(usize) -> usize,
    events: Vec<Event>,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(events.len());
    let mut groups: Vec<usize> = Vec::with_capacity(events.len());
    // Recent attributed speakers, most recent last, each once: (entity, paragraph).
    let mut recent_speakers: Vec<(usize, usize)> = Vec::new();
    let mut group_speaker: HashMap<usize, (Option<Speaker>, f32, Option<usize>)> = HashMap::new();
    // The last direct quotation: its group, paragraph, speaker, confidence, entity.
    let mut last_direct: Option<(usize, Option<Speaker>, f32, Option<usize>)> = None;
    for ev in events {
        let mut speaker = None;
        let mut conf = 0.0f32;
        let mut entity = None;
        let mut source_span = None;
        let mut cue_span = None;
        if let Some(c) = &ev.cue {
            cue_span = Some(toks[c.cue.start].start..toks[c.cue.end - 1].end);
            source_span = Some(c.source.span.clone());
            let app_role = c.apposition.clone().and_then(|r| role_text(text, toks, r));
            if let Some((sp, cf, ent)) =
                speaker_of(text, toks, coref, &c.source, para_of, &recent_speakers)
            {
                let mut sp = sp;
                if sp.role.is_none() && !sp.is_org {
                    sp.role = app_role;
                }
                speaker = Some(sp);
                conf = if c.weak { cf * 0.8 } else { cf };
                let cue_tok = &toks[c.cue.start];
                // A speech act reported by its object ("X praised the deal") as well.
                let act = ev.kind == Kind::Reported && cue_tok.has(ACT) && !cue_tok.has(REPORT);
                // "To X, …" frames a view rather than reporting words.
                let view = ev.kind == Kind::Reported && word_is(text, cue_tok, &["to"]);
                if ev.credit
                    || view
                    || cue_tok.is(':')
                    || (cue_tok.has(BELIEF) && !cue_tok.has(REPORT))
                    || act
                {
                    // Explicit, but without a speech verb (a dash or colon credit, "X
                    // believes that"): a little below a named speech cue.
                    conf *= 0.9;
                }
                entity = ent;
                if let (Some(id), MKind::Pronoun) = (ent, c.source.kind) {
                    // "she said" about an entity of unknown gender tells its gender.
                    coref.learn_gender(id, c.source.gender);
                }
            }
        } else if ev.group != usize::MAX {
            if let Some((sp, cf, ent)) = group_speaker.get(&ev.group) {
                // A later paragraph of the same multi-paragraph quotation.
                speaker = sp.clone();
                conf = *cf;
                entity = *ent;
            } else if ev.kind == Kind::Direct {
                if let Some((lp, sp, cf, ent)) = &last_direct {
                    // A quotation paragraph right after one attributed to X continues X.
                    let near = if ev.opens_para {
                        *lp + 1 >= ev.para
                    } else {
                        *lp == ev.para
                    };
                    if near && sp.is_some() {
                        speaker = sp.clone();
                        conf = cf * 0.9;
                        entity = *ent;
                    }
                }
            }
        }
        if ev.group != usize::MAX && (speaker.is_some() || !group_speaker.contains_key(&ev.group)) {
            group_speaker.insert(ev.group, (speaker.clone(), conf, entity));
        }
        // A fragment closed by a comma right before its cue ("X said she felt it because “…,”
        // she said.") is spoken words too: a quotation after it continues the speaker. Not a
        // list of quoted labels ("called him a “liar,” a “cheat” …"), whose cue comes first.
        let spoken_fragment = ev.kind == Kind::Partial
            && speaker.is_some()
            && text[ev.content.clone()]
                .trim_end_matches(['\'', '’', '"', '”', ' '])
                .ends_with(',')
            && [&cue_span, &source_span]
                .iter()
                .all(|r| r.as_ref().is_some_and(|c| c.start >= ev.content.end))
            && cue_span
                .iter()
                .chain(&source_span)
                .map(|r| r.start)
                .min()
                .is_some_and(|c| {
                    text[ev.content.end..c]
                        .chars()
                        .all(|ch| ch.is_whitespace() || matches!(ch, '"' | '”' | '\'' | '’'))
                });
        // The same with the fragment's speaker found before it, when a bare "she said."
        // still closes its sentence ("X said she felt it because “…,” she said.").
        let spoken_fragment = spoken_fragment
            || (ev.kind == Kind::Partial
                && speaker.is_some()
                && text[ev.content.clone()]
                    .trim_end_matches(['\'', '’', '"', '”', ' '])
                    .ends_with(',')
                && bare_pronoun_cue_after(text, ev.content.end));
        if ev.kind == Kind::Direct || spoken_fragment {
            last_direct = Some((ev.para, speaker.clone(), conf, entity));
        }
        if let Some(e) = entity {
            recent_speakers.retain(|&(x, _)| x != e);
            if recent_speakers.len() == 8 {
                recent_speakers.remove(0);
            }
            recent_speakers.push((e, ev.para));
        }
        if speaker.is_none() {
            conf = 0.0;
        }
        groups.push(ev.group);
        out.push(Quote {
            content: ev.content,
            kind: ev.kind,
            speaker,
            cue: cue_span,
            source_span,
            confidence: conf,
        });
    }
    // Spans of a group that came before its cue ("First paragraph. / Second," he said.).
    let mut by_group: HashMap<usize, (Speaker, f32)> = HashMap::new();
    for (q, g) in out.iter().zip(&groups) {
        if let Some(s) = &q.speaker {
            if *g != usize::MAX {
                by_group.entry(*g).or_insert((s.clone(), q.confidence));
            }
        }
    }
    for (q, g) in out.iter_mut().zip(&groups) {
        if q.speaker.is_none() {
            if let Some((s, c)) = by_group.get(g) {
                q.speaker = Some(s.clone());
                q.confidence = c * 0.95;
            }
        }
        // "Ms Vasko": the honorific says her gender (coreference used it), not her role.
        if let Some(sp) = q.speaker.as_mut() {
            if sp.role.as_deref().is_some_and(honorific_only) {
                sp.role = None;
            }
        }
    }
    out
}

/// A role that is only a courtesy title ("Ms", "Mr.", "Mrs"), which names no office.
fn honorific_only(role: &str) -> bool {
    let w = role.trim().trim_end_matches('.');
    ["mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "messrs"]
        .iter()
        .any(|h| w.eq_ignore_ascii_case(h))
}

fn role_text(text: &str, toks: &[Tok], r: Range<usize>) -> Option<String> {
    let mut s = r.start;
    while s < r.end && toks[s].word && {
        let w = word(text, &toks[s]).to_ascii_lowercase();
        matches!(w.as_str(), "a" | "an" | "the" | "who" | "now")
    } {
        s += 1;
    }
    if s >= r.end || r.end - s > 10 {
        return None;
    }
    // Relative clauses ("who was ...") and ages are not roles.
    if word(text, &toks[r.start]).eq_ignore_ascii_case("who") || toks[s].first.is_ascii_digit() {
        return None;
    }
    Some(tokens_text(text, toks, s..r.end))
}

/// A phrase that names a group of people rather than someone: a quantifier first
/// ("Several delegates", "Many Democrats", "Two officials"), a plural common noun alone
/// ("Critics", "Officials") or, with `headed`, as the head ("health officials"; not used
/// for capitalised phrases such as "Sanders supporters", which name a known group).
fn group_phrase(phrase: &str, headed: bool) -> bool {
    const QUANTIFIERS: &[&str] = &[
        "several",
        "many",
        "some",
        "multiple",
        "most",
        "few",
        "both",
        "all",
        "numerous",
        "dozens",
        "hundreds",
        "thousands",
        "two",
        "three",
        "four",
        "five",
        "other",
        "various",
    ];
    const GROUPS: &[&str] = &[
        "critics",
        "officials",
        "lawmakers",
        "analysts",
        "experts",
        "residents",
        "voters",
        "protesters",
        "supporters",
        "opponents",
        "observers",
        "economists",
        "investors",
        "scientists",
        "researchers",
        "activists",
        "witnesses",
        "sources",
        "aides",
        "delegates",
        "members",
        "leaders",
        "people",
        "others",
        "locals",
        "fans",
        "parents",
        "students",
        "workers",
        "doctors",
        "diplomats",
        "organisers",
        "organizers",
        "negotiators",
        "mediators",
        "colleagues",
        "friends",
        "traders",
        "neighbours",
        "neighbors",
        "relatives",
        "families",
        "victims",
        "owners",
        "insiders",
    ];
    let group = |w: &str| GROUPS.contains(&w) || super::lexicon::ENTOURAGE.contains(&w);
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !["the", "and", "or", "but"].contains(&w.as_str()))
        .collect();
    match words.as_slice() {
        [] => false,
        [one] => group(one),
        [first, .., last] => QUANTIFIERS.contains(&first.as_str()) || (headed && group(last)),
    }
}

/// The speaker a cue's source phrase denotes, with confidence and entity id.
fn speaker_of(
    text: &str,
    toks: &[Tok],
    coref: &Coref,
    m: &Mention,
    para_of: &dyn Fn(usize) -> usize,
    recent_speakers: &[(usize, usize)],
) -> Option<(Speaker, f32, Option<usize>)> {
    let role = m.role.clone().map(|r| tokens_text(text, toks, r));
    let from_entity = |id: usize, conf: f32| {
        let e = coref.entity(id);
        Some((
            Speaker {
                name: e.name.clone(),
                role: if e.is_org {
                    None
                } else {
                    role.clone().or_else(|| e.role.clone())
                },
                is_org: e.is_org,
            },
            conf,
            Some(id),
        ))
    };
    match m.kind {
        MKind::Name | MKind::Org => {
            // "Several delegates", "Critics", "Officials" capitalised at a sentence start
            // are groups, not names: left unattributed, as plural groups are.
            if group_phrase(&text[m.span.clone()], false) {
                return None;
            }
            if let Some(id) = coref.resolve_name(text, toks, m) {
                let e = coref.entity(id);
                let conf = if e.parts.len() >= 2 { 0.95 } else { 0.85 };
                return from_entity(id, conf);
            }
            let name = tokens_text(text, toks, m.name.clone());
            // A name never starts with a joining word ("of Republicans and voters"); it
            // may with a particle ("de Blasio").
            let first = name.split(' ').next().unwrap_or_default();
            if name.is_empty() || ["of", "and", "or", "for", "to", "in", "with"].contains(&first) {
                return None;
            }
            Some((
                Speaker {
                    name,
                    role: if m.is_org { None } else { role },
                    is_org: m.is_org,
                },
                0.8,
                None,
            ))
        }
        MKind::Pronoun => {
            let mut pos = m.span.start;
            // "… President Obama, who he noted was “…”": the pronoun inside a relative
            // clause is not the person the clause is about; it is resolved from before
            // that person's name, and never to them.
            let k = tok_at(toks, pos);
            let mut antecedent = None;
            if k >= 3
                && word_is(text, &toks[k - 1], &["who", "whom"])
                && toks[k - 2].is(',')
                && toks[k - 3].word
                && toks[k - 3].cap
            {
                let a = super::names::parse_back(text, toks, k.saturating_sub(12), k - 3)
                    .filter(|a| a.kind == MKind::Name)?;
                antecedent = coref.resolve_name(text, toks, &a);
                pos = a.span.start;
            }
            let (id, conf) = coref.resolve_pronoun(m, pos, para_of(pos), recent_speakers)?;
            if antecedent == Some(id) {
                return None;
            }
            let e = coref.entity(id);
            Some((
                Speaker {
                    name: e.name.clone(),
                    role: e.role.clone().filter(|_| !e.is_org),
                    is_org: e.is_org,
                },
                conf,
                Some(id),
            ))
        }
        MKind::OtherPronoun => {
            // "the Harbour Police Department(,) which reported “…”": the organisation named
            // right before the relative pronoun.
            if text[m.span.clone()].eq_ignore_ascii_case("which") {
                let k = tok_at(toks, m.span.start);
                let e = match k.checked_sub(1).map(|p| &toks[p]) {
                    Some(p) if p.is(',') => k.checked_sub(2)?,
                    Some(p) if p.word => k - 1,
                    _ => return None,
                };
                if !toks[e].word || !toks[e].cap || toks[e].poss {
                    return None;
                }
                let lo = k.saturating_sub(12);
                let org = super::names::parse_back(text, toks, lo, e)
                    .filter(|o| o.kind == MKind::Org && o.is_org)?;
                return speaker_of(text, toks, coref, &org, para_of, recent_speakers)
                    .map(|(s, c, id)| (s, c * 0.9, id));
            }
            // "It said": the organisation that spoke last, in this or the previous paragraph.
            let &(ls, lp) = recent_speakers.last()?;
            let para = para_of(m.span.start);
            let e = coref.entity(ls);
            let it = text[m.span.clone()].eq_ignore_ascii_case("it");
            (it && e.is_org && lp + 1 >= para).then(|| {
                (
                    Speaker {
                        name: e.name.clone(),
                        role: None,
                        is_org: true,
                    },
                    0.6,
                    Some(ls),
                )
            })
        }
        MKind::Desc => {
            let pos = m.span.start;
            if let Some((id, conf)) = coref.resolve_desc(text, toks, m, pos, para_of(pos)) {
                return from_entity(id, conf);
            }
            // Unresolved, a group ("street traders", "health officials") names no one;
            // one a name owns does ("Ann Moy's advisers").
            let owned = toks[m.name.clone()].iter().any(|t| t.poss && t.cap);
            if !owned && group_phrase(&text[m.span.clone()], true) {
                return None;
            }
            if m.is_org {
                let name = tokens_text(text, toks, m.name.clone());
                return Some((
                    Speaker {
                        name,
                        role: None,
                        is_org: true,
                    },
                    0.6,
                    None,
                ));
            }
            None
        }
    }
}

fn rank(k: Kind) -> u8 {
    match k {
        Kind::Direct => 3,
        Kind::Partial => 2,
        Kind::Reported => 1,
        Kind::None => 0,
    }
}

/// One attribution per sentence: the strongest kind of speech overlapping it.
pub fn per_sentence(sentences: &[Range<usize>], quotes: &[Quote]) -> Vec<SentenceAttribution> {
    let mut out = vec![SentenceAttribution::default(); sentences.len()];
    // Quotes are sorted by start; a running maximum of ends lets the backward scan stop early.
    let mut max_end = Vec::with_capacity(quotes.len());
    let mut m = 0;
    for q in quotes {
        m = m.max(q.content.end);
        max_end.push(m);
    }
    // The quotations overlapping one sentence, clipped to it, latest first (one buffer).
    let mut here: Vec<(&Quote, Range<usize>)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let hi = quotes.partition_point(|q| q.content.start < s.end);
        here.clear();
        for (qi, q) in quotes[..hi].iter().enumerate().rev() {
            if max_end[qi] <= s.start {
                break;
            }
            let a = q.content.start.max(s.start);
            let b = q.content.end.min(s.end);
            if a < b {
                here.push((q, a..b));
            }
        }
        let mut best: Option<&(&Quote, Range<usize>)> = None;
        for cand in &here {
            let (q, r) = cand;
            let better = match best {
                None => true,
                Some((bq, br)) => {
                    (rank(q.kind), q.speaker.is_some(), r.end - r.start)
                        > (rank(bq.kind), bq.speaker.is_some(), br.end - br.start)
                }
            };
            if better {
                best = Some(cand);
            }
        }
        if let Some((q, r)) = best {
            // Other quotations of the sentence with the same speaker, in text order.
            let mut more_quotes = Vec::new();
            if q.speaker.is_some() && matches!(q.kind, Kind::Direct | Kind::Partial) {
                more_quotes = here
                    .iter()
                    .rev()
                    .filter(|(o, or)| {
                        or != r
                            && matches!(o.kind, Kind::Direct | Kind::Partial)
                            && o.speaker.as_ref().map(|x| &x.name)
                                == q.speaker.as_ref().map(|x| &x.name)
                    })
                    .map(|(_, or)| or.clone())
                    .collect();
            }
            out[si] = SentenceAttribution {
                kind: q.kind,
                speaker: q.speaker.clone(),
                quote: Some(r.clone()),
                more_quotes,
                confidence: q.confidence,
            };
        }
    }
    out
}

/// True when a bare "he said." or "she says." follows `end` (past closing quotation marks)
/// and ends the sentence.
fn bare_pronoun_cue_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(['\'', '’', '"', '”', ' ']);
    let mut words = rest.splitn(3, ' ');
    let (Some(p), Some(v)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(p, "he" | "she")
        && v.strip_suffix('.')
            .is_some_and(|v| matches!(v, "said" | "says" | "added" | "adds"))
}
