//! `morgue search`: speakers, dates, quotes-only, JSON, facets, exit codes.

use crate::util::*;

/// A small archive of our own writing: two speakers, dates on both sides of November 2025.
fn archive() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "wire/2025-11-01-talks.txt",
        txt_article(
            "Harbour talks pause for the winter",
            "2025-11-01",
            "Harbour Wire",
            "PORTVALE — Negotiators left the harbour hotel on Saturday without a deal.\n\n\
             \"The talks are over for this year,\" Anya Kovalenko said on Saturday.\n\n\
             Fishing crews said the delay would cost them the spring season.\n\n\
             \"We remain ready to return,\" Kovalenko said.",
        ),
    );
    env.write(
        "ledger/2025-11-30-brandt.txt",
        txt_article(
            "Mayor presses for new round of talks",
            "2025-11-30",
            "Northern Ledger",
            "The mayor spoke at the town hall on Sunday.\n\n\
             \"Talks must start again before Christmas,\" said Tomas Brandt.\n\n\
             Boats returned to port after the talks collapsed.",
        ),
    );
    env.write(
        "ledger/2025-12-01-kovalenko.txt",
        txt_article(
            "Minister dismisses mayor's call",
            "2025-12-01",
            "Northern Ledger",
            "\"These talks were a waste of everyone's time,\" Anya Kovalenko said on Monday.",
        ),
    );
    env.write(
        "wire/2025-10-31-preview.txt",
        txt_article(
            "Harbour talks to open",
            "2025-10-31",
            "Harbour Wire",
            "\"The talks begin tomorrow at nine,\" Tomas Brandt said.",
        ),
    );
    let out = env.index(&[]);
    assert_eq!(code(&out), 0, "index failed: {}", stderr(&out));
    env
}

#[test]
fn speaker_by_full_name_and_by_surname() {
    let env = archive();
    let (full, _) = env.search_json(&["--speaker", "Anya Kovalenko", "--limit", "100"]);
    let (surname, _) = env.search_json(&["--speaker", "kovalenko", "--limit", "100"]);
    assert_eq!(full.len(), 3, "{full:#?}");
    assert_eq!(full, surname);
    assert!(full
        .iter()
        .all(|h| h.speaker.as_deref() == Some("Anya Kovalenko")));
    let (brandt, _) = env.search_json(&["talks", "--speaker", "Brandt"]);
    assert_eq!(brandt.len(), 2);
    assert!(brandt
        .iter()
        .all(|h| h.speaker.as_deref() == Some("Tomas Brandt")));
}

#[test]
fn repeated_speaker_means_either() {
    let env = archive();
    let (hits, _) = env.search_json(&["talks", "--speaker", "Brandt", "--speaker", "Kovalenko"]);
    assert_eq!(hits.len(), 4, "{hits:#?}");
}

#[test]
fn date_range_edges_are_inclusive() {
    let env = archive();
    let (days, _) = env.search_json(&[
        "talks",
        "--from",
        "2025-11-01",
        "--to",
        "2025-11-30",
        "--limit",
        "100",
    ]);
    let (month, _) = env.search_json(&[
        "talks", "--from", "2025-11", "--to", "2025-11", "--limit", "100",
    ]);
    let mut dates: Vec<_> = days.iter().filter_map(|h| h.date.clone()).collect();
    dates.sort();
    dates.dedup();
    assert_eq!(
        dates,
        vec!["2025-11-01".to_string(), "2025-11-30".to_string()]
    );
    assert_eq!(days.len(), month.len());
    // The day before the range and the day after stay out.
    let (before, _) = env.search_json(&["talks", "--to", "2025-10-31"]);
    assert!(before
        .iter()
        .all(|h| h.date.as_deref() == Some("2025-10-31")));
    assert_eq!(before.len(), 1);
    let (year, _) = env.search_json(&["talks", "--from", "2025", "--to", "2025", "--limit", "100"]);
    assert_eq!(year.len(), 5, "{year:#?}");
}

#[test]
fn json_confidence_is_a_short_decimal() {
    let env = archive();
    let out = env.search(&["--json", "--quotes-only", "--limit", "100"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut seen = 0;
    for line in stdout.lines() {
        let hit: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        if let Some(c) = hit.get("confidence").and_then(|c| c.as_f64()) {
            seen += 1;
            assert!((0.0..=1.0).contains(&c), "{line}");
            // At most three decimals, not an f32's widening noise (0.800000011920929).
            assert!(((c * 1000.0).round() - c * 1000.0).abs() < 1e-9, "{line}");
        }
    }
    assert!(seen > 0, "no hit had a confidence: {stdout}");
}

#[test]
fn quotes_only_keeps_attributed_sentences() {
    let env = archive();
    let (all, _) = env.search_json(&["talks", "--limit", "100"]);
    let (quotes, _) = env.search_json(&["talks", "--quotes-only", "--limit", "100"]);
    assert!(quotes.len() < all.len());
    assert!(!quotes.is_empty());
    assert!(quotes
        .iter()
        .all(|h| h.speaker.is_some() && h.kind != "none"));
    assert!(all.iter().any(|h| h.speaker.is_none()));
}

#[test]
fn no_query_lists_everything_the_filters_allow() {
    let env = archive();
    let (hits, summary) = env.search_json(&["--speaker", "Brandt", "--sort", "oldest"]);
    assert_eq!(summary.total, 2);
    assert_eq!(hits[0].date.as_deref(), Some("2025-10-31"));
    assert_eq!(hits[1].date.as_deref(), Some("2025-11-30"));
    let (newest, _) = env.search_json(&["--speaker", "Brandt", "--sort", "newest"]);
    assert_eq!(newest[0].date.as_deref(), Some("2025-11-30"));
}

#[test]
fn facet_counts_cover_all_matches_not_just_the_page() {
    let env = archive();
    let (hits, summary) = env.search_json(&["talks", "--facets", "--limit", "1"]);
    assert_eq!(hits.len(), 1);
    let facets = summary.facets.expect("facets");
    let (all, _) = env.search_json(&["talks", "--limit", "1000"]);
    assert_eq!(summary.total, all.len());
    let attributed: u64 = facets.speakers.iter().map(|s| s.count).sum();
    assert_eq!(attributed + facets.unattributed, summary.total as u64);
    for s in &facets.speakers {
        let n = all
            .iter()
            .filter(|h| h.speaker.as_deref() == Some(s.speaker.as_str()))
            .count();
        assert_eq!(n as u64, s.count, "{}", s.speaker);
    }
    let per_month: u64 = facets.months.iter().map(|m| m.count).sum();
    assert_eq!(per_month + facets.undated, summary.total as u64);
    let nov = facets
        .months
        .iter()
        .find(|m| m.month == "2025-11")
        .expect("November");
    let nov_hits = all
        .iter()
        .filter(|h| h.date.as_deref().is_some_and(|d| d.starts_with("2025-11")))
        .count();
    assert_eq!(nov.count, nov_hits as u64);
}

#[test]
fn human_output_highlights_and_shows_facets() {
    let env = archive();
    let out = env.search(&[
        "talks",
        "--speaker",
        "Kovalenko",
        "--from",
        "2025-11-01",
        "--to",
        "2025-11-30",
        "--facets",
    ]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("**talks**"), "{text}");
    assert!(text.contains("Anya Kovalenko"), "{text}");
    assert!(text.contains("2025-11-01"), "{text}");
    assert!(text.contains("Hits per month"), "{text}");
    assert!(text.contains("2025-11"), "{text}");
    assert!(
        !text.contains("waste of everyone"),
        "December quote leaked: {text}"
    );
    let colored = env.search(&["talks", "--color", "always"]);
    assert!(stdout(&colored).contains("\x1b["));
}

#[test]
fn phrase_and_boolean_queries() {
    let env = archive();
    let (phrase, _) = env.search_json(&["\"waste of everyone's time\""]);
    assert_eq!(phrase.len(), 1);
    let (not, _) = env.search_json(&["talks -brandt NOT christmas", "--limit", "100"]);
    assert!(not.iter().all(|h| !h.text.contains("Christmas")));
    let (or, _) = env.search_json(&["christmas OR tomorrow"]);
    assert_eq!(or.len(), 2);
    let (field, _) = env.search_json(&["speaker_name:brandt"]);
    assert_eq!(field.len(), 2);
}

#[test]
fn paging_with_offset() {
    let env = archive();
    let (all, _) = env.search_json(&["talks", "--sort", "oldest", "--limit", "100"]);
    let (page, summary) =
        env.search_json(&["talks", "--sort", "oldest", "--limit", "2", "--offset", "2"]);
    assert_eq!(summary.total, all.len());
    assert_eq!(page, all[2..4].to_vec());
}

#[test]
fn context_shows_neighbouring_sentences() {
    let env = archive();
    let (hits, _) = env.search_json(&["fishing", "--context", "1"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].before.len(), 1);
    assert!(hits[0].before[0].contains("talks are over"));
    assert_eq!(hits[0].after.len(), 1);
    assert!(hits[0].after[0].contains("ready to return"));
}

#[test]
fn empty_result_exits_1() {
    let env = archive();
    let out = env.search(&["zeppelin"]);
    assert_eq!(code(&out), 1);
    let out = env.search(&["talks", "--from", "2030"]);
    assert_eq!(code(&out), 1);
}

/// Every sentence of the archive as `(article title, sentence number)`, the model the
/// `title:` tests compare with.
fn all_sentences(env: &TestEnv) -> Vec<JsonHit> {
    let (all, summary) = env.search_json(&["--limit", "1000"]);
    assert_eq!(summary.total, all.len());
    all
}

fn keys(hits: &[JsonHit]) -> std::collections::BTreeSet<(String, u64)> {
    hits.iter().map(|h| (h.title.clone(), h.sentence)).collect()
}

/// Only an article's first sentence carries its title in the index (schema 4); a `title:`
/// clause must still match every sentence of the articles whose title matches, alone, as a
/// phrase, next to text terms, negated, boosted, and in `--facets` counts.
#[test]
fn title_clauses_match_every_sentence_of_the_article() {
    let env = archive();
    let all = all_sentences(&env);
    assert!(all.len() > 6, "{all:#?}");
    let title_has = |h: &JsonHit, w: &str| h.title.to_lowercase().contains(w);
    let text_has = |h: &JsonHit, w: &str| h.text.to_lowercase().contains(w);
    type Model<'a> = Box<dyn Fn(&JsonHit) -> bool + 'a>;
    let cases: Vec<(&str, Model)> = vec![
        ("title:harbour", Box::new(|h| title_has(h, "harbour"))),
        (
            "title:\"harbour talks\"",
            Box::new(|h| title_has(h, "harbour talks")),
        ),
        ("title:\"talks harbour\"", Box::new(|_| false)),
        (
            "title:harbour AND deal",
            Box::new(|h| title_has(h, "harbour") && text_has(h, "deal")),
        ),
        (
            "talks -title:harbour",
            Box::new(|h| !title_has(h, "harbour") && text_has(h, "talks")),
        ),
        (
            "title:mayor OR title:open",
            Box::new(|h| title_has(h, "mayor") || title_has(h, "open")),
        ),
        (
            "title:(harbour winter)",
            Box::new(|h| title_has(h, "harbour") && title_has(h, "winter")),
        ),
        (
            "title:harbour^3 OR said",
            Box::new(|h| title_has(h, "harbour") || text_has(h, "said")),
        ),
        ("title:nowhere", Box::new(|_| false)),
        (
            "(title:harbour -title:winter) OR fishing",
            Box::new(|h| {
                (title_has(h, "harbour") && !title_has(h, "winter")) || text_has(h, "fishing")
            }),
        ),
        // A title clause without terms is dropped, as for any field.
        ("deal title:\"!!\"", Box::new(|h| text_has(h, "deal"))),
    ];
    for (query, model) in cases {
        let expected: Vec<JsonHit> = all.iter().filter(|h| model(h)).cloned().collect();
        let (hits, summary) = env.search_json(&["--limit", "1000", "--facets", "--", query]);
        assert_eq!(keys(&hits), keys(&expected), "{query}");
        assert_eq!(summary.total, expected.len(), "{query}");
        let facets = summary.facets.expect("facets");
        let attributed: u64 = facets.speakers.iter().map(|s| s.count).sum();
        let expected_attributed = expected.iter().filter(|h| h.speaker.is_some()).count();
        assert_eq!(attributed as usize, expected_attributed, "{query}");
    }
    // A pure negation is refused as before.
    let out = env.search(&["--", "-title:harbour"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

/// Title and source come from the article's head document: every sentence shows them.
#[test]
fn every_hit_shows_its_article_title_and_source() {
    let env = archive();
    let (hits, _) = env.search_json(&["fishing"]);
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert!(hits[0].sentence > 1);
    assert_eq!(hits[0].title, "Harbour talks pause for the winter");
    assert_eq!(hits[0].source.as_deref(), Some("Harbour Wire"));
    let (context, _) = env.search_json(&["--context", "1", "fishing"]);
    assert_eq!(context[0].title, hits[0].title);
    let out = env
        .cmd(&[
            "show",
            "--index",
            "idx",
            "--json",
            "wire/2025-11-01-talks.txt",
        ])
        .output()
        .expect("run morgue show");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sentences: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(sentences.len() > 1);
    for s in &sentences {
        assert_eq!(s["title"], "Harbour talks pause for the winter");
        assert_eq!(s["source"], "Harbour Wire");
    }
}

/// `morgue speakers QUERY` with a `title:` clause counts and dates every matching sentence.
#[test]
fn speakers_with_a_title_clause() {
    let env = archive();
    let out = env
        .cmd(&[
            "speakers",
            "--index",
            "idx",
            "--json",
            "--",
            "title:harbour",
        ])
        .output()
        .expect("run morgue speakers");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["speaker"] == name)
            .unwrap_or_else(|| panic!("{name} in {rows:?}"))
            .clone()
    };
    let kovalenko = row("Anya Kovalenko");
    assert_eq!(kovalenko["quotes"], 2);
    assert_eq!(kovalenko["first"], "2025-11-01");
    assert_eq!(kovalenko["last"], "2025-11-01");
    let brandt = row("Tomas Brandt");
    assert_eq!(brandt["quotes"], 1);
    assert_eq!(brandt["first"], "2025-10-31");
    assert_eq!(rows.len(), 2, "{rows:?}");
}

/// Quoted spans are stored, not indexed (schema 5): a `quote:` clause matches the words of
/// the sentence that stand inside a quoted span, found from the `text` postings. Checked
/// against a model built from every sentence's `quotes`.
#[test]
fn quote_clauses_match_words_inside_quoted_spans() {
    let env = archive();
    let all = all_sentences(&env);
    fn words(s: &str) -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    }
    fn quoted(h: &JsonHit, phrase: &[&str]) -> bool {
        h.quotes
            .iter()
            .any(|q| words(q).windows(phrase.len()).any(|w| w == phrase))
    }
    fn said(h: &JsonHit, phrase: &[&str]) -> bool {
        words(&h.text).windows(phrase.len()).any(|w| w == phrase)
    }
    type Model = Box<dyn Fn(&JsonHit) -> bool>;
    let cases: Vec<(&str, Model)> = vec![
        ("quote:talks", Box::new(|h| quoted(h, &["talks"]))),
        (
            "quote:\"talks are over\"",
            Box::new(|h| quoted(h, &["talks", "are", "over"])),
        ),
        // Only in the narrative: in the text, never in a quotation.
        ("quote:harbour", Box::new(|h| quoted(h, &["harbour"]))),
        // A phrase across the end of a quotation and the speaker's name.
        ("quote:\"year anya\"", Box::new(|_| false)),
        (
            "talks -quote:talks",
            Box::new(|h| said(h, &["talks"]) && !quoted(h, &["talks"])),
        ),
        (
            "quote:talks quote:christmas",
            Box::new(|h| quoted(h, &["talks"]) && quoted(h, &["christmas"])),
        ),
        (
            "quote:(christmas OR tomorrow)",
            Box::new(|h| quoted(h, &["christmas"]) || quoted(h, &["tomorrow"])),
        ),
        ("quote:*", Box::new(|h| !h.quotes.is_empty())),
    ];
    for (query, model) in cases {
        let (hits, summary) = env.search_json(&[query, "--limit", "1000"]);
        let expected: Vec<JsonHit> = all.iter().filter(|h| model(h)).cloned().collect();
        assert_eq!(summary.total, expected.len(), "{query}");
        assert_eq!(keys(&hits), keys(&expected), "{query}");
    }
    // The cases are not vacuous: quoted words are a strict, non-empty part of the text's.
    let (in_text, _) = env.search_json(&["talks", "--limit", "1000"]);
    let (in_quotes, _) = env.search_json(&["quote:talks", "--limit", "1000"]);
    assert!(!in_quotes.is_empty() && in_quotes.len() < in_text.len());
    let (harbour, _) = env.search_json(&["harbour"]);
    assert!(!harbour.is_empty());
    let (across, _) = env.search_json(&["\"year anya\""]);
    assert_eq!(across.len(), 1);
    // What `quote:` cannot answer is refused in one line.
    let out = env.search(&["quote:[a TO b]"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("quote:"), "{}", stderr(&out));
}
