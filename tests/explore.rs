//! Exploring the archive: aliases, namesakes, `speakers`, `show`, `stats`, HTML and JSON
//! field mappings, completions and the man page.

use crate::util::*;

fn write_config(env: &TestEnv, extra: &str) {
    std::fs::write(
        env.root().join("index-config.toml"),
        format!("corpus = \"corpus\"\nindex = \"idx\"\n{extra}"),
    )
    .expect("config");
}

fn run(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd(args).output().expect("run morgue")
}

fn archive() -> TestEnv {
    let env = TestEnv::new();
    write_config(
        &env,
        "[fields]\ntitle = [\"hed\"]\nbody = [\"story\"]\ndate = [\"meta.published\"]\nsource = [\"desk\"]\n\
         [aliases]\n\"Dmitry Volkov\" = [\"Dmitri Volkov\"]\n",
    );
    env.write(
        "a/2025-10-02-port.txt",
        txt_article(
            "Port reopens",
            "2025-10-02",
            "Harbour Wire",
            "\"The port is open again,\" said Dmitri Volkov, the harbour master.\n\n\
             \"Ships may enter from dawn,\" Volkov added.",
        ),
    );
    env.write(
        "b/2025-11-20-port.txt",
        txt_article(
            "Port fees rise",
            "2025-11-20",
            "Northern Ledger",
            "\"Fees will rise in January,\" Dmitry Volkov said.",
        ),
    );
    env.write(
        "c/union.txt",
        txt_article(
            "Union votes to strike",
            "2025-11-03",
            "Harbour Wire",
            "\"We have no choice but to strike,\" said John Smith, the dockworkers' union leader.",
        ),
    );
    env.write(
        "c/club.txt",
        txt_article(
            "Coach praises defence",
            "2025-11-04",
            "Northern Ledger",
            "\"The defence won us the match,\" said Mary Smith, the club's coach.",
        ),
    );
    env.write(
        "d/page.html",
        r#"<!doctype html><html><head><title>Bridge vote looms | Evening Post</title>
<meta property="og:title" content="Bridge vote looms">
<meta property="og:site_name" content="Evening Post">
<meta property="article:published_time" content="2025-11-14T09:30:00+01:00">
<style>.nav { color: red }</style><script>var quote = "not speech";</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> "Subscribe now," said the banner.</nav>
<div class="cookie-banner"><p>"We value your privacy," said the cookie notice.</p></div>
<article><h1>Bridge vote looms</h1>
<figure><img src="x.jpg"><figcaption>The bridge at dusk, photographed by a zeppelin pilot.</figcaption></figure>
<p>Councillors will vote on the bridge budget on Friday.</p>
<p>"The bridge must be finished," said Lena Rahm, the council leader.</p>
</article>
<aside class="related"><p>Related: lighthouse closes</p></aside>
<section id="comments"><p>"Rubbish," said a reader.</p></section>
<footer><p>Copyright Evening Post</p></footer></body></html>"#,
    );
    env.write(
        "e/feed.jsonl",
        r#"{"hed": "Ferry strike ends", "story": "\"The ferries run tomorrow,\" said Ola Berg.", "meta": {"published": "2025-12-01"}, "desk": "Coastline Radio"}
"#,
    );
    let out = run(&env, &["index"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    env
}

#[test]
fn aliases_merge_across_articles() {
    let env = archive();
    let out = run(&env, &["speakers", "--json"]);
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json row"))
        .collect();
    let volkov: Vec<_> = rows
        .iter()
        .filter(|r| r["speaker"].as_str().is_some_and(|s| s.contains("Volkov")))
        .collect();
    assert_eq!(volkov.len(), 1, "{rows:?}");
    assert_eq!(volkov[0]["speaker"], "Dmitry Volkov");
    assert_eq!(volkov[0]["quotes"], 3);
    assert_eq!(volkov[0]["first"], "2025-10-02");
    assert_eq!(volkov[0]["last"], "2025-11-20");
    let (by_alias, _) = env.search_json(&["--speaker", "dmitri volkov"]);
    assert_eq!(by_alias.len(), 3);
}

#[test]
fn two_smiths_are_kept_apart() {
    let env = archive();
    let out = run(&env, &["speakers"]);
    let text = stdout(&out);
    assert!(
        text.contains("John Smith") && text.contains("Mary Smith"),
        "{text}"
    );
    let out = run(&env, &["search", "--speaker", "Smith", "--json"]);
    let (hits, _) = parse_json_output(&out);
    assert_eq!(hits.len(), 2);
    assert!(
        stderr(&out).contains("matches 2 speakers"),
        "{}",
        stderr(&out)
    );
    let (mary, _) = env.search_json(&["--speaker", "Mary Smith"]);
    assert_eq!(mary.len(), 1);
    assert!(mary[0].text.contains("defence"));
}

#[test]
fn html_article_without_boilerplate() {
    let env = archive();
    let (hits, _) = env.search_json(&["bridge", "--limit", "50"]);
    assert!(hits.iter().all(|h| h.path == "d/page.html"));
    assert_eq!(hits[0].title, "Bridge vote looms");
    assert_eq!(hits[0].source.as_deref(), Some("Evening Post"));
    assert_eq!(hits[0].date.as_deref(), Some("2025-11-14"));
    for noise in [
        "subscribe",
        "privacy",
        "zeppelin",
        "lighthouse",
        "rubbish",
        "copyright",
        "sport",
    ] {
        assert_eq!(
            code(&env.search(&[noise])),
            1,
            "{noise} leaked from page furniture"
        );
    }
    let (rahm, _) = env.search_json(&["--speaker", "Rahm"]);
    assert_eq!(rahm.len(), 1);
}

#[test]
fn json_field_mapping_from_config() {
    let env = archive();
    let (hits, _) = env.search_json(&["ferries"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].title, "Ferry strike ends");
    assert_eq!(hits[0].date.as_deref(), Some("2025-12-01"));
    assert_eq!(hits[0].source.as_deref(), Some("Coastline Radio"));
    assert_eq!(hits[0].speaker.as_deref(), Some("Ola Berg"));
    let (by_source, _) = env.search_json(&["--source", "coastline radio"]);
    assert_eq!(by_source.len(), 1);
}

#[test]
fn show_lists_sentences_with_attributions() {
    let env = archive();
    let out = run(&env, &["show", "a/2025-10-02-port.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Port reopens"), "{text}");
    assert!(text.contains("2025-10-02"), "{text}");
    assert!(text.contains("Harbour Wire"), "{text}");
    assert!(text.contains("[direct: Dmitry Volkov"), "{text}");
    assert!(text.contains("   1  ") && text.contains("   2  "), "{text}");
    // By id, as JSON.
    let (hits, _) = env.search_json(&["fees"]);
    let out = run(&env, &["show", &hits[0].article_id, "--json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stdout(&out).lines().count(), 1);
    // Unknown article: a clear error.
    let out = run(&env, &["show", "nope.txt"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no article \"nope.txt\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn stats_reports_what_the_index_holds() {
    let env = archive();
    let out = run(&env, &["stats", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["articles"], 6);
    assert_eq!(v["files"], 6);
    assert_eq!(v["speakers"], 5, "{v}");
    assert_eq!(v["first_date"], "2025-10-02");
    assert_eq!(v["last_date"], "2025-12-01");
    assert_eq!(v["schema_version"], morgue::schema::SCHEMA_VERSION);
    assert!(v["index_bytes"].as_u64().unwrap_or(0) > 0);
    assert!(v["last_indexed"]
        .as_str()
        .is_some_and(|s| s.starts_with("20")));
    let human = stdout(&run(&env, &["stats"]));
    assert!(human.contains("documents:"), "{human}");
}

#[test]
fn search_refuses_an_index_from_another_schema_version() {
    let env = archive();
    let state_path = env.root().join("idx/morgue-meta.json");
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&state_path).expect("state")).expect("json");
    state["schema_version"] = serde_json::json!(0);
    std::fs::write(&state_path, state.to_string()).expect("write");
    let out = run(&env, &["search", "port"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("schema version 0"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--rebuild"), "{}", stderr(&out));
}

/// Sets `key` of the index's state record to 0 (an older morgue's record), then runs
/// `morgue index --json` and returns its summary, asserting it rebuilt for `reason`.
fn reindex_after_zeroing(env: &TestEnv, key: &str, reason: &str) -> serde_json::Value {
    let state_path = env.root().join("idx/morgue-state.json");
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&state_path).expect("state")).expect("json");
    assert!(state[key].as_u64().is_some_and(|v| v > 0), "{state}");
    state[key] = serde_json::json!(0);
    std::fs::write(&state_path, state.to_string()).expect("write");
    let out = run(env, &["index", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary");
    assert_eq!(summary["rebuilt"], true, "{summary}");
    assert!(
        summary["rebuild_reason"]
            .as_str()
            .is_some_and(|r| r.contains(reason)),
        "{summary}"
    );
    summary
}

#[test]
fn index_rebuilds_an_index_from_another_schema_version() {
    let env = archive();
    reindex_after_zeroing(&env, "schema_version", "schema version 0");
    let out = run(&env, &["search", "port"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn index_reattributes_an_index_made_by_other_rules() {
    let env = archive();
    reindex_after_zeroing(&env, "rules_version", "rules version 0");
    // The next run has nothing to do.
    let out = run(&env, &["index", "--json"]);
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary");
    assert_eq!(summary["rebuilt"], false, "{summary}");
}

#[test]
fn completions_and_man_page() {
    let env = TestEnv::new();
    let out = run(&env, &["completions", "bash"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("morgue"));
    assert!(stdout(&out).contains("--quotes-only"));
    let out = run(&env, &["man"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains(".TH"));
}

#[test]
fn show_marks_every_quoted_span_of_a_sentence() {
    let env = archive();
    env.write(
        "d/2025-11-21-plan.txt",
        txt_article(
            "Harbour plan",
            "2025-11-21",
            "Harbour Wire",
            "Dmitry Volkov called the plan \"a bold step\" and \"long overdue\" on Friday.",
        ),
    );
    let out = run(&env, &["index", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&env, &["show", "d/2025-11-21-plan.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("**a bold step**"), "{text}");
    assert!(text.contains("**long overdue**"), "{text}");
}
