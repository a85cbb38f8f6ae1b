//! Evaluates `Attributor::analyze` on PolNeAR (train or dev) against its gold attributions.
//!
//! Usage: eval_attribution [train|dev] [--errors N] [--article SUBSTRING] [--legacy-sources] [--nearest-pronouns] [--reported]
//!
//! Overlap: characters are counted as alphanumeric characters only (quote marks, spaces and
//! punctuation do not count). A gold item is found at threshold t when the system spans cover
//! at least t of its characters (shared / gold length); a system span is correct at t when
//! gold items cover at least t of its characters (shared / system length).

use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use morgue::attribution::lexicon;
use morgue::attribution::{AttributionSettings, Attributor, Kind, Quote};

#[derive(Debug, Clone, PartialEq)]
enum GoldSpeaker {
    /// Name tokens (lower-case) of a named or resolved source, and how it was obtained.
    Named(Vec<String>, &'static str),
    /// A description ("the campaign") or unresolvable pronoun: scored separately.
    Description(String),
    /// No source annotated.
    Missing,
}

#[derive(Debug, Clone)]
struct Gold {
    content: Vec<Range<usize>>,
    direct: bool,
    source: Option<String>,
    source_pos: usize,
    cue: Option<String>,
    speaker: GoldSpeaker,
}

struct Article {
    name: String,
    text: String,
    gold: Vec<Gold>,
    sys: Vec<Quote>,
    alnum: Vec<u32>,
}

const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "rep",
    "gov",
    "president",
    "senator",
    "governor",
    "secretary",
    "gen",
    "rev",
    "prof",
    "former",
    "vice",
    "the",
    "candidate",
    "nominee",
    "republican",
    "democratic",
    "democrat",
    "presidential",
    "speaker",
    "sir",
    "lt",
];

fn find_root() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("MORGUE_SHARED") {
        let p = PathBuf::from(p).join("corpora/polnear");
        if p.exists() {
            return Some(p);
        }
    }
    for c in ["../shared/corpora/polnear", "../../shared/corpora/polnear"] {
        let p = PathBuf::from(c);
        if p.join("attributions.jsonl").exists() {
            return Some(p);
        }
    }
    None
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

fn alnum_prefix(text: &str) -> Vec<u32> {
    let mut v = vec![0u32; text.len() + 1];
    let mut n = 0u32;
    let mut last = 0;
    for (i, c) in text.char_indices() {
        for slot in v.iter_mut().take(i + 1).skip(last) {
            *slot = n;
        }
        if c.is_alphanumeric() {
            n += 1;
        }
        last = i + 1;
    }
    for slot in v.iter_mut().skip(last) {
        *slot = n;
    }
    v
}

fn count(pre: &[u32], r: &Range<usize>) -> u32 {
    if r.start >= r.end {
        return 0;
    }
    pre[r.end.min(pre.len() - 1)] - pre[r.start.min(pre.len() - 1)]
}

fn inter(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    a.start.max(b.start)..a.end.min(b.end)
}

/// Words of a name, lower-cased, titles and possessives dropped.
fn name_parts(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.to_lowercase()
        })
        .filter(|w| !w.is_empty() && !HONORIFICS.contains(&w.as_str()))
        .collect()
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The name in a gold source phrase: the last capitalised run before any comma or
/// parenthesis ("campaign manager Corey Lewandowski" → "Corey Lewandowski"); for phrases
/// like "the Clinton campaign" the phrase itself. A phrase headed by a common noun for a
/// person ("the Vermont senator", "a narrator in the ad") is a description (`None`) unless
/// an apposition names the person ("his former partner at Lenox, Lawrence B. Cummings").
/// `legacy` keeps the session-2 reading (every phrase with a capital is a name).
fn gold_name(src: &str, classes: &lexicon::Classes, legacy: bool) -> Option<(Vec<String>, bool)> {
    let segments: Vec<&str> = src.split([',', '(', '—', '–']).collect();
    let head = segments[0].split(" who ").next().unwrap_or(segments[0]);
    if !legacy {
        let words: Vec<&str> = head.split_whitespace().collect();
        // The head noun: the word before the first preposition, or the last word.
        let cut = words
            .iter()
            .position(|w| PREPOSITIONS.contains(w))
            .unwrap_or(words.len());
        // "Several supporters of reform", "Thirty percent": only the sentence-initial word
        // is capitalised, and it is a quantifier or function word, not a name.
        let initial_only = words.len() >= 2
            && words[1..].iter().all(|w| !is_cap(w))
            && words.first().is_some_and(|w| {
                let lower = w.to_lowercase();
                QUANTIFIERS.contains(&lower.as_str())
                    || classes.get(lower.as_bytes()).copied().unwrap_or(0)
                        & (lexicon::STOP | lexicon::NOT_NAME)
                        != 0
            });
        if initial_only {
            return None;
        }
        if cut > 0 {
            let noun = words[cut - 1].trim_matches(|c: char| !c.is_alphanumeric());
            if !is_cap(noun) && is_person_noun(noun, classes) {
                return segments[1..]
                    .iter()
                    .find_map(|s| apposition_name(s))
                    .map(|p| (p, false));
            }
        }
    }
    // "Stu Rothenberg of the Rothenberg Report": the name before "of", when there is one
    // ("Secretary of State John Kerry" has none before it).
    if let Some((before, _)) = head.split_once(" of ") {
        if let Some((parts, false)) = gold_name_run(before) {
            return Some((parts, false));
        }
    }
    gold_name_run(head)
}

/// Words that open a description of a group ("Several voters", "Thirty percent").
const QUANTIFIERS: &[&str] = &[
    "several",
    "many",
    "some",
    "most",
    "all",
    "few",
    "both",
    "each",
    "every",
    "no",
    "only",
    "other",
    "another",
    "more",
    "multiple",
    "various",
    "numerous",
    "those",
    "these",
    "such",
    "large",
    "small",
    "half",
    "about",
    "nearly",
    "almost",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "majorities",
    "majority",
];

const PREPOSITIONS: &[&str] = &[
    "at", "of", "for", "in", "with", "from", "on", "to", "inside",
];

/// A lower-case common noun for a person: the library's role, title and person nouns,
/// and kinship and relation words it has no use for.
fn is_person_noun(word: &str, classes: &lexicon::Classes) -> bool {
    const RELATIONS: &[&str] = &[
        "niece",
        "nephew",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "partner",
        "friend",
        "narrator",
        "host",
        "anchor",
        "colleague",
        "neighbor",
        "neighbour",
        "cousin",
        "uncle",
        "aunt",
        "grandson",
        "granddaughter",
        "boss",
    ];
    let lower = word.to_lowercase();
    let bits = classes.get(lower.as_bytes()).copied().unwrap_or(0);
    !lower.ends_with('s')
        && (bits & (lexicon::ROLE | lexicon::TITLE | lexicon::PERSON_NOUN) != 0
            || RELATIONS.contains(&lower.as_str()))
}

/// A person's name making up an apposition ("Lawrence B. Cummings", "state Del. Ana
/// Price"): a capitalised run of at least two words ending the segment.
fn apposition_name(segment: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = segment
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | ')' | '\'')))
        .filter(|w| !w.is_empty())
        .collect();
    let run = words.iter().rev().take_while(|w| is_cap(w)).count();
    if run < 2 || run == 0 {
        return None;
    }
    let parts = name_parts(&words[words.len() - run..].join(" "));
    (parts.len() >= 2).then_some(parts)
}

fn gold_name_run(head: &str) -> Option<(Vec<String>, bool)> {
    let words: Vec<&str> = head.split_whitespace().collect();
    if !words.iter().any(|w| {
        is_cap(w)
            && !matches!(
                *w,
                "The"
                    | "A"
                    | "An"
                    | "His"
                    | "Her"
                    | "Their"
                    | "I"
                    | "He"
                    | "She"
                    | "They"
                    | "We"
                    | "It"
                    | "You"
            )
    }) {
        return None;
    }
    // Trailing capitalised run.
    let mut e = words.len();
    while e > 0 && !is_cap(words[e - 1]) {
        e -= 1;
    }
    if e == words.len() {
        let mut s = e;
        while s > 0
            && is_cap(words[s - 1])
            && !words[s - 1].ends_with("'s")
            && !words[s - 1].ends_with("’s")
        {
            s -= 1;
        }
        let parts = name_parts(&words[s..e].join(" "));
        if !parts.is_empty() {
            return Some((parts, false));
        }
    }
    // A named organisation or group ("the Clinton campaign", "Trump's aides").
    let parts = name_parts(head);
    (!parts.is_empty()).then_some((parts, true))
}

fn speaker_matches(gold: &[String], sys_name: &str) -> bool {
    let s = name_parts(sys_name);
    if s.is_empty() || gold.is_empty() {
        return false;
    }
    if s == gold {
        return true;
    }
    let gl = gold.last();
    let sl = s.last();
    if gl == sl {
        return true;
    }
    (gold.len() == 1 && s.contains(&gold[0])) || (s.len() == 1 && gold.contains(&s[0]))
}

#[derive(Clone, Copy, PartialEq)]
enum G {
    Unknown,
    M,
    F,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut compartment = "dev".to_string();
    let mut n_errors = 25usize;
    let mut only: Option<String> = None;
    let mut dump = false;
    let mut dump_jsonl: Option<String> = None;
    let mut speed_only = false;
    let mut legacy_sources = false;
    let mut nearest_pronouns = false;
    let mut show_reported = false;
    let mut ambiguous_pronouns = 0usize;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--errors" => {
                n_errors = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(25);
                i += 1;
            }
            "--dump" => dump = true,
            "--dump-jsonl" => {
                dump_jsonl = args.get(i + 1).cloned();
                i += 1;
            }
            "--speed-only" => speed_only = true,
            "--legacy-sources" => legacy_sources = true,
            "--nearest-pronouns" => nearest_pronouns = true,
            "--reported" => show_reported = true,
            "--article" => {
                only = args.get(i + 1).cloned();
                i += 1;
            }
            c => compartment = c.to_string(),
        }
        i += 1;
    }
    let Some(root) = find_root() else {
        println!("eval-attribution: ../shared/corpora/polnear not found (set MORGUE_SHARED); nothing to evaluate");
        return;
    };
    let text_dir = root.join(&compartment).join("text");
    let gold_lines = match fs::read_to_string(root.join("attributions.jsonl")) {
        Ok(s) => s,
        Err(e) => {
            println!("eval-attribution: cannot read attributions.jsonl: {e}");
            return;
        }
    };
    let classes = lexicon::build_classes(&[]);
    // Gold records of this compartment, by article and annotator.
    let mut recs: HashMap<String, HashMap<String, Vec<serde_json::Value>>> = HashMap::new();
    for line in gold_lines.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v["compartment"].as_str() != Some(compartment.as_str()) {
            continue;
        }
        let art = v["article"].as_str().unwrap_or("").to_string();
        let ann = v["annotator"].as_str().unwrap_or("").to_string();
        recs.entry(art).or_default().entry(ann).or_default().push(v);
    }
    let multi = recs.values().filter(|m| m.len() > 1).count();
    let attributor = Attributor::new(AttributionSettings::default());
    let mut articles: Vec<Article> = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(&text_dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let mut total_bytes = 0usize;
    let mut analyze_secs = 0.0f64;
    let t0 = std::time::Instant::now();
    for f in &files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if speed_only || only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let Some(by_ann) = recs.get(&name) else {
            continue;
        };
        let Ok(text) = fs::read_to_string(f) else {
            continue;
        };
        // One annotator per article: the one with the most attributions.
        let Some(items) = by_ann.values().max_by_key(|v| v.len()) else {
            continue;
        };
        let c2b = char_to_byte(&text);
        let cb = |x: &serde_json::Value| -> Option<Range<usize>> {
            let a = x[0].as_u64()? as usize;
            let b = x[1].as_u64()? as usize;
            Some(*c2b.get(a)?..*c2b.get(b)?)
        };
        let mut gold: Vec<Gold> = items
            .iter()
            .map(|v| {
                let content: Vec<Range<usize>> = v["content_spans"]
                    .as_array()
                    .map(|a| a.iter().filter_map(cb).collect())
                    .unwrap_or_default();
                let source_pos = v["source_spans"]
                    .as_array()
                    .and_then(|a| a.first())
                    .and_then(cb)
                    .map(|r| r.start)
                    .unwrap_or_else(|| content.first().map(|r| r.start).unwrap_or(0));
                Gold {
                    content,
                    direct: v["content_has_quote_marks"].as_bool().unwrap_or(false),
                    source: v["source"].as_str().map(|s| s.to_string()),
                    source_pos,
                    cue: v["cue"].as_str().map(|s| s.to_string()),
                    speaker: GoldSpeaker::Missing,
                }
            })
            .collect();
        ambiguous_pronouns +=
            resolve_gold(&text, &mut gold, &classes, legacy_sources, nearest_pronouns);
        total_bytes += text.len();
        let ta = std::time::Instant::now();
        let analysis = attributor.analyze(&text);
        analyze_secs += ta.elapsed().as_secs_f64();
        let alnum = alnum_prefix(&text);
        if dump {
            for q in &analysis.quotes {
                println!(
                    "{:?} {:?} [{}] «{}»",
                    q.kind,
                    q.speaker.as_ref().map(|s| (&s.name, &s.role, s.is_org)),
                    q.source_span
                        .as_ref()
                        .map(|r| &text[r.clone()])
                        .unwrap_or(""),
                    &text[q.content.clone()]
                );
            }
        }
        articles.push(Article {
            name,
            text,
            gold,
            sys: analysis.quotes,
            alnum,
        });
    }
    let _ = t0;
    if let Some(path) = &dump_jsonl {
        write_jsonl(path, &articles);
    }
    println!(
        "PolNeAR {compartment}: {} articles, {:.1} MB; analyze {:.1} MB/s on one core",
        articles.len(),
        total_bytes as f64 / 1e6,
        total_bytes as f64 / 1e6 / analyze_secs.max(1e-9)
    );
    if let Some(bbc) = root.parent().map(|p| p.join("bbc")).filter(|p| p.exists()) {
        // Speed on the BBC corpus (the bar is per core): bodies read first, then timed.
        let mut bodies: Vec<String> = Vec::new();
        for e in walkdir(&bbc) {
            if e.extension().is_some_and(|x| x == "txt") {
                if let Ok(b) = fs::read(&e) {
                    bodies.push(String::from_utf8_lossy(&b).into_owned());
                }
            }
        }
        let bytes: usize = bodies.iter().map(|b| b.len()).sum();
        let tb = std::time::Instant::now();
        let mut n = 0usize;
        for b in &bodies {
            n += attributor.analyze(b).quotes.len();
        }
        let s = tb.elapsed().as_secs_f64();
        let ts = std::time::Instant::now();
        let mut ns = 0usize;
        for b in &bodies {
            ns += morgue::segment::split_sentences(b).len();
        }
        let seg = ts.elapsed().as_secs_f64();
        println!(
            "  of which split_sentences alone: {:.1} MB/s ({ns} sentences)",
            bytes as f64 / 1e6 / seg.max(1e-9)
        );
        println!(
            "BBC speed: {} files, {:.1} MB, {:.1} MB/s on one core ({n} quotes)",
            bodies.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / s.max(1e-9)
        );
    }
    println!("gold: one annotator per article ({} articles had several; the one with most attributions is used)", multi);
    let ng: usize = articles.iter().map(|a| a.gold.len()).sum();
    let nd: usize = articles
        .iter()
        .map(|a| a.gold.iter().filter(|g| g.direct).count())
        .sum();
    let count_kind = |pred: &dyn Fn(&GoldSpeaker) -> bool, direct_only: bool| -> usize {
        articles
            .iter()
            .map(|a| {
                a.gold
                    .iter()
                    .filter(|g| (!direct_only || g.direct) && pred(&g.speaker))
                    .count()
            })
            .sum()
    };
    let named = |s: &GoldSpeaker| matches!(s, GoldSpeaker::Named(..));
    let by_how = |how: &'static str| move |s: &GoldSpeaker| matches!(s, GoldSpeaker::Named(_, h) if *h == how);
    let desc = |s: &GoldSpeaker| matches!(s, GoldSpeaker::Description(_));
    let missing = |s: &GoldSpeaker| matches!(s, GoldSpeaker::Missing);
    println!("gold attributions: {ng} ({nd} direct = content_has_quote_marks)");
    println!(
        "gold sources: named {} (as written {}, pronoun resolved {}, relative 'who' resolved {}), description/unresolvable {}, none {}  [direct: named {}, description {}, none {}]",
        count_kind(&named, false),
        count_kind(&by_how("name"), false),
        count_kind(&by_how("pronoun"), false),
        count_kind(&by_how("relative"), false),
        count_kind(&desc, false),
        count_kind(&missing, false),
        count_kind(&named, true),
        count_kind(&desc, true),
        count_kind(&missing, true)
    );
    if legacy_sources {
        println!("source resolution (--legacy-sources, session 2): he/she → nearest preceding gold named source (same article, ≤3 paragraphs back) with compatible gender (Mr./Mrs./Ms. in the text, first-name lexicon); they → nearest named organisation/group source; who/which → the capitalised name right before it; every other phrase with a capital is a name; descriptions (\"the campaign\", \"a spokesman\") and I/we/you/it are scored separately, not in the bars");
    } else {
        println!("source resolution: he/she → the one person named by the article's gold sources whose surname appears in the same or the 3 previous paragraphs before the pronoun, with compatible gender (Mr./Mrs./Ms. in the text, first-name lexicon); when several fit ({ambiguous_pronouns} pronouns) the pronoun is ambiguous and scored separately; they → nearest named organisation/group source; who/which → the capitalised name right before it; a phrase headed by a person noun (\"the Vermont senator\", \"a narrator in the ad\") is a description unless an apposition names the person; descriptions and I/we/you/it are scored separately, not in the bars");
    }
    println!("overlap: alphanumeric characters shared / gold length (recall) or / system length (precision)");
    println!();

    // Direct on both sides means "the content has quotation marks": gold items are direct by
    // `content_has_quote_marks`, so a reported clause the system found that contains a
    // quotation ("X called the plan “a disaster” for farmers") is direct too.
    let sys_direct = |q: &Quote, text: &str| {
        matches!(q.kind, Kind::Direct | Kind::Partial)
            || (q.kind == Kind::Reported && {
                let c = &text[q.content.clone()];
                c.contains(['"', '“', '”']) || c.contains("''") || c.contains("``")
            })
    };
    // 1. Detection.
    println!("1. direct-quote detection (system Direct+Partial, and Reported clauses holding a quotation, vs gold with quote marks)");
    for t in [0.3f64, 0.8] {
        let (mut found, mut total) = (0, 0);
        let (mut ok, mut sys_total) = (0, 0);
        for a in &articles {
            let sq: Vec<&Range<usize>> = a
                .sys
                .iter()
                .filter(|q| sys_direct(q, &a.text))
                .map(|q| &q.content)
                .collect();
            for g in a.gold.iter().filter(|g| g.direct) {
                total += 1;
                if cover(&a.alnum, &g.content, &sq) >= t {
                    found += 1;
                }
            }
            let all_gold: Vec<&Range<usize>> =
                a.gold.iter().flat_map(|g| g.content.iter()).collect();
            for q in a.sys.iter().filter(|q| sys_direct(q, &a.text)) {
                sys_total += 1;
                if cover(&a.alnum, std::slice::from_ref(&q.content), &all_gold) >= t {
                    ok += 1;
                }
            }
        }
        println!(
            "   overlap {t}: P {:.3} ({ok}/{sys_total})  R {:.3} ({found}/{total})",
            ratio(ok, sys_total),
            ratio(found, total)
        );
    }
    // 2. Speaker accuracy on matched direct quotes with a named gold source.
    let (mut right, mut wrong, mut none) = (0, 0, 0);
    for a in &articles {
        for g in a.gold.iter().filter(|g| g.direct) {
            let GoldSpeaker::Named(parts, _) = &g.speaker else {
                continue;
            };
            let best = a
                .sys
                .iter()
                .filter(|q| sys_direct(q, &a.text))
                .map(|q| {
                    (
                        q,
                        g.content
                            .iter()
                            .map(|r| count(&a.alnum, &inter(r, &q.content)))
                            .sum::<u32>(),
                    )
                })
                .max_by_key(|x| x.1);
            let Some((q, shared)) = best else { continue };
            let glen: u32 = g.content.iter().map(|r| count(&a.alnum, r)).sum();
            if glen == 0 || (shared as f64) / (glen as f64) < 0.3 {
                continue;
            }
            match &q.speaker {
                None => none += 1,
                Some(s) if speaker_matches(parts, &s.name) => right += 1,
                Some(_) => wrong += 1,
            }
        }
    }
    println!();
    println!(
        "2. speaker accuracy on matched direct quotes (overlap 0.3, named/resolved gold source):"
    );
    println!("   correct {:.3} of attributed ({right}/{}), wrong {wrong}, no speaker {none}; correct of all matched {:.3}", ratio(right, right + wrong), right + wrong, ratio(right, right + wrong + none));

    // 3. End to end.
    println!();
    println!("3. end-to-end (quote, speaker), gold restricted to named/resolved sources:");
    let mut errors_wrong: Vec<String> = Vec::new();
    let mut errors_missed: Vec<String> = Vec::new();
    let mut errors_false: Vec<String> = Vec::new();
    let mut errors_reported: Vec<String> = Vec::new();
    for (label, direct_only) in [
        ("direct quotes", true),
        ("all attributions incl. reported", false),
    ] {
        for (t, min_conf) in [(0.3f64, 0.0f32), (0.8, 0.0), (0.3, 0.7), (0.3, 0.8)] {
            let (mut found, mut total, mut ok, mut sys_total) = (0, 0, 0, 0);
            let log = t == 0.3 && min_conf == 0.0;
            for a in &articles {
                let sys: Vec<&Quote> = a
                    .sys
                    .iter()
                    .filter(|q| {
                        q.speaker.is_some()
                            && q.confidence >= min_conf
                            && (!direct_only || sys_direct(q, &a.text))
                    })
                    .collect();
                for g in a.gold.iter().filter(|g| !direct_only || g.direct) {
                    let GoldSpeaker::Named(parts, _) = &g.speaker else {
                        continue;
                    };
                    total += 1;
                    let good: Vec<&Range<usize>> = sys
                        .iter()
                        .filter(|q| {
                            q.speaker
                                .as_ref()
                                .is_some_and(|s| speaker_matches(parts, &s.name))
                        })
                        .map(|q| &q.content)
                        .collect();
                    if cover(&a.alnum, &g.content, &good) >= t {
                        found += 1;
                    } else if log && (direct_only || (show_reported && !g.direct)) {
                        let any: Vec<&Range<usize>> = a.sys.iter().map(|q| &q.content).collect();
                        let c = cover(&a.alnum, &g.content, &any);
                        let sysname = a
                            .sys
                            .iter()
                            .filter(|q| {
                                g.content
                                    .iter()
                                    .any(|r| count(&a.alnum, &inter(r, &q.content)) > 0)
                            })
                            .map(|q| {
                                q.speaker
                                    .as_ref()
                                    .map(|s| s.name.clone())
                                    .unwrap_or_else(|| "∅".into())
                            })
                            .collect::<Vec<_>>()
                            .join(" | ");
                        let line = format!(
                            "{}  gold={:?} ({})  sys={}\n      «{}»",
                            a.name,
                            g.source.clone().unwrap_or_default(),
                            parts.join(" "),
                            if sysname.is_empty() {
                                "—".to_string()
                            } else {
                                sysname
                            },
                            excerpt(&a.text, &g.content, g.source_pos)
                        );
                        if !direct_only {
                            errors_reported.push(format!("{line}\n      cue={:?}", g.cue));
                        } else if c >= t {
                            errors_wrong.push(line);
                        } else {
                            errors_missed.push(line);
                        }
                    }
                }
                for q in &sys {
                    // Which gold items does this quote overlap?
                    let over: Vec<&Gold> = a
                        .gold
                        .iter()
                        .filter(|g| {
                            g.content
                                .iter()
                                .any(|r| count(&a.alnum, &inter(r, &q.content)) > 0)
                        })
                        .collect();
                    let best = over.iter().max_by_key(|g| {
                        g.content
                            .iter()
                            .map(|r| count(&a.alnum, &inter(r, &q.content)))
                            .sum::<u32>()
                    });
                    if let Some(b) = best {
                        if !matches!(b.speaker, GoldSpeaker::Named(..)) {
                            continue; // description or unannotated source: not scored
                        }
                    }
                    sys_total += 1;
                    let Some(s) = &q.speaker else { continue };
                    let good: Vec<&Range<usize>> = over
                        .iter()
                        .filter(|g| matches!(&g.speaker, GoldSpeaker::Named(p, _) if speaker_matches(p, &s.name)))
                        .flat_map(|g| g.content.iter())
                        .collect();
                    if cover(&a.alnum, std::slice::from_ref(&q.content), &good) >= t {
                        ok += 1;
                    } else if log && (direct_only || q.kind == Kind::Reported) {
                        let gold_names: Vec<String> = over
                            .iter()
                            .map(|g| g.source.clone().unwrap_or_default())
                            .collect();
                        let line = format!(
                            "{}  {:?} sys={} (conf {:.2})  gold={}\n      «{}»",
                            a.name,
                            q.kind,
                            s.name,
                            q.confidence,
                            if gold_names.is_empty() {
                                "— (no gold attribution)".to_string()
                            } else {
                                gold_names.join(" | ")
                            },
                            excerpt(
                                &a.text,
                                std::slice::from_ref(&q.content),
                                q.source_span
                                    .as_ref()
                                    .map(|r| r.start)
                                    .unwrap_or(q.content.start)
                            )
                        );
                        if over.is_empty() {
                            errors_false.push(line);
                        } else if direct_only {
                            errors_wrong.push(line);
                        }
                    }
                }
            }
            println!(
                "   {label:34} overlap {t}{}: P {:.3} ({ok}/{sys_total})  R {:.3} ({found}/{total})",
                if min_conf > 0.0 { format!(", confidence ≥ {min_conf}") } else { String::new() },
                ratio(ok, sys_total),
                ratio(found, total)
            );
        }
    }
    // Descriptions scored separately: detection only, and whether any speaker was given.
    let (mut dfound, mut dtotal) = (0, 0);
    for a in &articles {
        let all: Vec<&Range<usize>> = a.sys.iter().map(|q| &q.content).collect();
        for g in a
            .gold
            .iter()
            .filter(|g| matches!(g.speaker, GoldSpeaker::Description(_)))
        {
            dtotal += 1;
            if cover(&a.alnum, &g.content, &all) >= 0.3 {
                dfound += 1;
            }
        }
    }
    println!("   gold with description/unresolvable sources (not in the bars): content found at 0.3 for {dfound}/{dtotal} ({:.3})", ratio(dfound, dtotal));
    // Ambiguous pronouns: how many the system attributed anyway (nobody can score them).
    let (mut amb, mut amb_attr) = (0, 0);
    for a in &articles {
        let named: Vec<&Range<usize>> = a
            .sys
            .iter()
            .filter(|q| q.speaker.is_some())
            .map(|q| &q.content)
            .collect();
        for g in &a.gold {
            if matches!(&g.speaker, GoldSpeaker::Description(d) if d.ends_with("(ambiguous)")) {
                amb += 1;
                if cover(&a.alnum, &g.content, &named) >= 0.3 {
                    amb_attr += 1;
                }
            }
        }
    }
    println!("   of which ambiguous pronouns: {amb}; the system gave {amb_attr} of them a speaker (unscored: the gold does not say who)");

    println!();
    println!("4. worst errors (direct quotes at overlap 0.3; wrong speaker, missed, false):");
    let per = n_errors.div_ceil(3);
    let mut shown = 0;
    for (title, list) in [
        ("WRONG SPEAKER", &errors_wrong),
        ("MISSED", &errors_missed),
        ("FALSE/UNSCORED", &errors_false),
        ("REPORTED SPEECH NOT FOUND (--reported)", &errors_reported),
    ] {
        println!("  -- {title} ({} total)", list.len());
        // Deterministic spread over the corpus rather than the first articles only.
        let step = (list.len() / per.max(1)).max(1);
        for l in list.iter().step_by(step).take(per) {
            if shown >= n_errors {
                break;
            }
            println!("   {l}");
            shown += 1;
        }
    }
    let _ = Path::new(".");
}

/// Writes gold items (resolved speakers) and system quotes, with character offsets, one
/// JSON object per line, for ad-hoc error analysis outside this program.
fn write_jsonl(path: &str, articles: &[Article]) {
    use std::io::Write;
    let Ok(f) = fs::File::create(path) else {
        eprintln!("eval-attribution: cannot write {path}");
        return;
    };
    let mut w = std::io::BufWriter::new(f);
    for a in articles {
        let ch = |b: usize| a.text[..b].chars().count();
        let r = |x: &Range<usize>| serde_json::json!([ch(x.start), ch(x.end)]);
        for g in &a.gold {
            let (speaker, how) = match &g.speaker {
                GoldSpeaker::Named(p, h) => (serde_json::json!(p), *h),
                GoldSpeaker::Description(d) => (serde_json::json!(d), "description"),
                GoldSpeaker::Missing => (serde_json::Value::Null, "missing"),
            };
            let v = serde_json::json!({"article": a.name, "type": "gold", "direct": g.direct,
                "content": g.content.iter().map(r).collect::<Vec<_>>(), "source": g.source,
                "speaker": speaker, "how": how});
            let _ = writeln!(w, "{v}");
        }
        for q in &a.sys {
            let v = serde_json::json!({"article": a.name, "type": "sys", "kind": q.kind.as_str(),
                "content": [r(&q.content)], "speaker": q.speaker.as_ref().map(|s| &s.name),
                "is_org": q.speaker.as_ref().map(|s| s.is_org),
                "source_span": q.source_span.as_ref().map(r), "cue": q.cue.as_ref().map(r),
                "confidence": q.confidence});
            let _ = writeln!(w, "{v}");
        }
    }
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn cover(pre: &[u32], target: &[Range<usize>], by: &[&Range<usize>]) -> f64 {
    let len: u32 = target.iter().map(|r| count(pre, r)).sum();
    if len == 0 {
        return 0.0;
    }
    let mut shared = 0u32;
    for t in target {
        // Union of the covering ranges inside t, so overlapping system spans count once.
        let mut parts: Vec<Range<usize>> = by
            .iter()
            .map(|b| inter(t, b))
            .filter(|r| r.start < r.end)
            .collect();
        parts.sort_by_key(|r| r.start);
        let mut cur: Option<Range<usize>> = None;
        for p in parts {
            match &mut cur {
                Some(c) if p.start <= c.end => c.end = c.end.max(p.end),
                _ => {
                    if let Some(c) = cur.take() {
                        shared += count(pre, &c);
                    }
                    cur = Some(p);
                }
            }
        }
        if let Some(c) = cur {
            shared += count(pre, &c);
        }
    }
    shared as f64 / len as f64
}

fn excerpt(text: &str, content: &[Range<usize>], src: usize) -> String {
    let a = content.iter().map(|r| r.start).min().unwrap_or(0).min(src);
    let b = content.iter().map(|r| r.end).max().unwrap_or(0).max(src);
    let mut a = a.saturating_sub(60);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (b + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let s: String = text[a..b].split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 400 {
        let head: String = s.chars().take(200).collect();
        let tail: String = s
            .chars()
            .rev()
            .take(190)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("{head} … {tail}")
    } else {
        s
    }
}

/// Resolves gold sources to names: as written, he/she/they to the nearest preceding named
/// gold source of compatible gender, who/which to the name written right before.
fn resolve_gold(
    text: &str,
    gold: &mut [Gold],
    classes: &lexicon::Classes,
    legacy: bool,
    nearest_for_ambiguous: bool,
) -> usize {
    let mut order: Vec<usize> = (0..gold.len()).collect();
    order.sort_by_key(|&i| gold[i].source_pos);
    // Paragraph index of a byte position.
    let para_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices("\n\n").map(|(i, _)| i + 2))
        .collect();
    let para_of = |p: usize| para_starts.partition_point(|&s| s <= p);
    let gender_of = |parts: &[String]| -> G {
        let Some(last) = parts.last() else {
            return G::Unknown;
        };
        let cap_last = {
            let mut c = last.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        };
        for (h, g) in [("Mr. ", G::M), ("Mrs. ", G::F), ("Ms. ", G::F)] {
            if text.contains(&format!("{h}{cap_last}")) {
                return g;
            }
        }
        if parts.len() >= 2 {
            let bits = classes.get(parts[0].as_bytes()).copied().unwrap_or(0);
            if bits & lexicon::FIRST_F != 0 && bits & lexicon::FIRST_M == 0 {
                return G::F;
            }
            if bits & lexicon::FIRST_M != 0 && bits & lexicon::FIRST_F == 0 {
                return G::M;
            }
        }
        G::Unknown
    };
    // Every person the article's sources name, fullest form first (for pronouns).
    let lower_text = text.to_lowercase();
    let mut persons: Vec<Vec<String>> = gold
        .iter()
        .filter_map(|g| g.source.as_deref())
        .filter_map(|src| gold_name(src.trim(), classes, legacy))
        .filter(|(parts, group)| !group && !parts.is_empty())
        .map(|(parts, _)| parts)
        .collect();
    // People the text names without their being a source ("Tina Houchins had a question"):
    // a known first name and a capitalised word. They make a pronoun ambiguous too.
    if !legacy {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            let first = pair[0];
            let last = pair[1]
                .trim_end_matches(|c: char| !c.is_alphabetic())
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c: char| !c.is_alphabetic());
            if !first.chars().all(char::is_alphabetic)
                || !is_cap(first)
                || !is_cap(last)
                || last.len() < 2
            {
                continue;
            }
            let bits = classes
                .get(first.to_lowercase().as_bytes())
                .copied()
                .unwrap_or(0);
            if bits & (lexicon::FIRST_M | lexicon::FIRST_F) != 0 {
                persons.push(vec![first.to_lowercase(), last.to_lowercase()]);
            }
        }
    }
    persons.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut ambiguous = 0usize;
    // Named sources seen so far: (position, parts, gender, is_group).
    let mut seen: Vec<(usize, Vec<String>, G, bool)> = Vec::new();
    // Full names by surname, to upgrade "Trump" to the article's fullest form for gender.
    let mut full: HashMap<String, Vec<String>> = HashMap::new();
    for &i in &order {
        let Some(src) = gold[i].source.clone() else {
            gold[i].speaker = GoldSpeaker::Missing;
            continue;
        };
        let s = src.trim();
        let lower = s.to_lowercase();
        let pos = gold[i].source_pos;
        let sp = match lower.as_str() {
            "he" | "him" | "his" | "she" | "her" => {
                let want = if matches!(lower.as_str(), "he" | "him" | "his") {
                    G::M
                } else {
                    G::F
                };
                let para = para_of(pos);
                if legacy {
                    let hit = seen
                        .iter()
                        .rev()
                        .take_while(|(p, ..)| para_of(*p) + 3 >= para)
                        .find(|(_, parts, g, grp)| {
                            !grp && (*g == want || *g == G::Unknown) && !parts.is_empty()
                        });
                    match hit {
                        Some((_, parts, ..)) => GoldSpeaker::Named(parts.clone(), "pronoun"),
                        None => GoldSpeaker::Description(s.to_string()),
                    }
                } else {
                    // The people the article names (its sources, and first name + surname
                    // in the text) whose surname appears in this paragraph or the three
                    // before it, up to the pronoun, with a gender that fits. Exactly one: that is who the pronoun means. Several: ambiguous
                    // without a reading of the text, so scored separately like descriptions.
                    let window =
                        &lower_text[para_starts[para.saturating_sub(4)]..pos.min(text.len())];
                    // (last mention, parts) of each person who fits.
                    let mut candidates: Vec<(usize, &Vec<String>)> = Vec::new();
                    for parts in &persons {
                        let Some(last) = parts.last() else { continue };
                        let g = gender_of(parts);
                        if g != want && g != G::Unknown
                            || candidates.iter().any(|(_, c)| c.last() == Some(last))
                        {
                            continue;
                        }
                        if let Some(at) = last_word_at(window, last) {
                            candidates.push((at, parts));
                        }
                    }
                    match candidates.as_slice() {
                        [(_, one)] => GoldSpeaker::Named((*one).clone(), "pronoun"),
                        [] => GoldSpeaker::Description(s.to_string()),
                        _ if nearest_for_ambiguous => {
                            ambiguous += 1;
                            let nearest = candidates.iter().max_by_key(|(at, _)| *at);
                            let parts = nearest.map(|(_, p)| (*p).clone()).unwrap_or_default();
                            GoldSpeaker::Named(parts, "pronoun-nearest")
                        }
                        _ => {
                            ambiguous += 1;
                            GoldSpeaker::Description(format!("{s} (ambiguous)"))
                        }
                    }
                }
            }
            "they" | "them" | "their" => {
                let para = para_of(pos);
                let hit = seen
                    .iter()
                    .rev()
                    .take_while(|(p, ..)| para_of(*p) + 3 >= para)
                    .find(|(.., grp)| *grp);
                match hit {
                    Some((_, parts, ..)) => GoldSpeaker::Named(parts.clone(), "pronoun"),
                    None => GoldSpeaker::Description(s.to_string()),
                }
            }
            "who" | "which" | "that" => {
                // The name right before: "Trump, who said ..."
                let before = text[..pos.min(text.len())]
                    .trim_end()
                    .trim_end_matches(',')
                    .trim_end();
                let words: Vec<&str> = before.rsplit(char::is_whitespace).take(4).collect();
                let run: Vec<&str> = words.iter().take_while(|w| is_cap(w)).copied().collect();
                if run.is_empty() {
                    GoldSpeaker::Description(s.to_string())
                } else {
                    let name: Vec<&str> = run.into_iter().rev().collect();
                    let parts = name_parts(&name.join(" "));
                    if parts.is_empty() {
                        GoldSpeaker::Description(s.to_string())
                    } else {
                        GoldSpeaker::Named(parts, "relative")
                    }
                }
            }
            _ => match gold_name(s, classes, legacy) {
                Some((parts, group)) => {
                    let mut g = gender_of(&parts);
                    if let Some(last) = parts.last() {
                        if parts.len() >= 2 && !group {
                            full.entry(last.clone()).or_insert_with(|| parts.clone());
                        } else if let Some(f) = full.get(last) {
                            if g == G::Unknown {
                                g = gender_of(f);
                            }
                        }
                    }
                    seen.push((pos, parts.clone(), g, group));
                    GoldSpeaker::Named(parts, "name")
                }
                None => GoldSpeaker::Description(s.to_string()),
            },
        };
        if let GoldSpeaker::Named(parts, how) = &sp {
            if *how != "name" {
                let g = gender_of(parts);
                seen.push((pos, parts.clone(), g, false));
            }
        }
        gold[i].speaker = sp;
    }
    ambiguous
}

/// Where `word` last occurs in `text` as a whole word (both lower-case).
fn last_word_at(text: &str, word: &str) -> Option<usize> {
    text.rmatch_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
