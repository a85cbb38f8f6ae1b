//! `morgue index`: incremental updates, rebuilds, bad input reported and skipped.

use crate::util::*;

fn total_docs(env: &TestEnv) -> u64 {
    let out = env
        .cmd(&["stats", "--index", "idx", "--json"])
        .output()
        .expect("stats");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats json");
    v["documents"].as_u64().expect("documents")
}

fn summary(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} / {}", stdout(out), stderr(out)))
}

#[test]
fn incremental_add_update_remove_unchanged() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        txt_article(
            "Alpha",
            "2025-11-01",
            "Wire",
            "The ferry left at dawn. It was late.",
        ),
    );
    env.write(
        "b.txt",
        txt_article("Beta", "2025-11-02", "Wire", "The bridge opened."),
    );
    env.write(
        "c.txt",
        txt_article("Gamma", "2025-11-03", "Wire", "The market closed early."),
    );
    let first = summary(&env.index(&["--json"]));
    assert_eq!(first["added"], 3);
    let docs_before = total_docs(&env);
    assert_eq!(docs_before, 4);

    std::fs::remove_file(env.corpus().join("c.txt")).expect("rm");
    env.write(
        "b.txt",
        txt_article(
            "Beta",
            "2025-11-02",
            "Wire",
            "The bridge opened. Crowds cheered. Boats sounded horns.",
        ),
    );
    env.write(
        "d.txt",
        txt_article("Delta", "2025-11-04", "Wire", "A new ferry arrived."),
    );
    let second = summary(&env.index(&["--json"]));
    assert_eq!(second["added"], 1, "{second}");
    assert_eq!(second["updated"], 1, "{second}");
    assert_eq!(second["removed"], 1, "{second}");
    assert_eq!(second["unchanged"], 1, "{second}");
    assert_eq!(total_docs(&env), 2 + 3 + 1);
    assert_eq!(
        code(&env.search(&["market"])),
        1,
        "removed file still searchable"
    );
    let (crowds, _) = env.search_json(&["crowds"]);
    assert_eq!(crowds.len(), 1);

    // Nothing changed: nothing re-read, same documents.
    let third = summary(&env.index(&["--json"]));
    assert_eq!(third["unchanged"], 3, "{third}");
    assert_eq!(third["articles"], 0);
    assert_eq!(total_docs(&env), 6);

    // Touching a file without changing it is not an update.
    let path = env.corpus().join("a.txt");
    let content = std::fs::read(&path).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, content).expect("rewrite");
    let fourth = summary(&env.index(&["--json"]));
    assert_eq!(fourth["unchanged"], 3, "{fourth}");
    assert_eq!(fourth["updated"], 0, "{fourth}");
}

#[test]
fn rebuild_gives_the_same_documents() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        txt_article("Alpha", "2025-11-01", "Wire", "One. Two. Three."),
    );
    env.index(&[]);
    let before = total_docs(&env);
    let rebuilt = summary(&env.index(&["--rebuild", "--json"]));
    assert_eq!(rebuilt["rebuilt"], true);
    assert_eq!(rebuilt["added"], 1);
    assert_eq!(total_docs(&env), before);
}

#[test]
fn missing_corpus_is_an_error_and_leaves_the_index_alone() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        txt_article("Alpha", "2025-11-01", "Wire", "The ferry left."),
    );
    env.index(&[]);
    let out = env
        .cmd(&["index", "--corpus", "no-such-dir", "--index", "idx"])
        .output()
        .expect("run");
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no-such-dir"), "{}", stderr(&out));
    assert_eq!(total_docs(&env), 1);
}

#[test]
fn changed_settings_trigger_a_rebuild() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        txt_article("Alpha", "2025-11-01", "Wire", "\"Yes,\" said Ada Lind."),
    );
    std::fs::write(
        env.root().join("index-config.toml"),
        "corpus = \"corpus\"\nindex = \"idx\"\n",
    )
    .expect("cfg");
    assert_eq!(code(&env.cmd(&["index"]).output().expect("run")), 0);
    std::fs::write(
        env.root().join("index-config.toml"),
        "corpus = \"corpus\"\nindex = \"idx\"\n[aliases]\n\"Ada Lind\" = [\"A. Lind\"]\n",
    )
    .expect("cfg");
    let out = env.cmd(&["index"]).output().expect("run");
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).contains("Rebuilt the index because"),
        "{}",
        stdout(&out)
    );
}

fn title_total(env: &TestEnv, query: &str) -> usize {
    let (_, summary) = env.search_json(&["--limit", "0", "--", query]);
    summary.total
}

/// `title:` clauses run from head documents over the sentences that follow them: they must
/// cover every sentence of an article split into 1 MB pieces, and stay right through
/// incremental updates (deleted documents left in segments, re-added articles) and a rebuild.
#[test]
fn title_clauses_cover_huge_articles_and_incremental_updates() {
    let env = TestEnv::new();
    let mut huge = String::new();
    let mut n = 0;
    while huge.len() < 2_600_000 {
        n += 1;
        huge.push_str(&format!(
            "The ferry number {n} left the harbour at dawn. It came back at noon.\n\n"
        ));
    }
    env.write(
        "huge.txt",
        txt_article("Ferry timetable", "2025-11-01", "Wire", &huge),
    );
    let small = |title: &str| {
        txt_article(
            title,
            "2025-11-02",
            "Wire",
            "Ferries ran late. Nobody minded.",
        )
    };
    env.write("a.txt", small("Alpha ferry news"));
    env.write("b.txt", small("Beta bridge news"));
    let out = env.index(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let huge_total = title_total(&env, "text:noon") * 2;
    assert!(huge_total > 40_000, "{huge_total}");
    assert_eq!(title_total(&env, "title:timetable"), huge_total);
    assert_eq!(title_total(&env, "title:ferry"), huge_total + 2);
    assert_eq!(title_total(&env, "title:ferry AND noon"), huge_total / 2);
    assert_eq!(title_total(&env, "minded -title:alpha"), 1);

    // Context and titles are read next to a hit in the index; across the start of the
    // second 1 MB piece they must still be the article's neighbouring sentences.
    let pieces = morgue::attribution::pieces(&huge, morgue::attribution::MAX_PIECE);
    assert!(pieces.len() >= 2);
    let k = pieces[0].1.matches("\n\n").count();
    for (ferry, before, after) in [
        (
            k,
            vec![
                format!("The ferry number {} left", k - 1),
                "noon".to_string(),
            ],
            vec![
                "noon".to_string(),
                format!("The ferry number {} left", k + 1),
            ],
        ),
        (
            k + 1,
            vec![format!("The ferry number {k} left"), "noon".to_string()],
            vec![
                "noon".to_string(),
                format!("The ferry number {} left", k + 2),
            ],
        ),
    ] {
        let query = format!("\"ferry number {ferry} left\"");
        let (hits, _) = env.search_json(&[query.as_str(), "--context", "2"]);
        assert_eq!(hits.len(), 1, "{query}");
        let hit = &hits[0];
        assert_eq!(
            (hit.title.as_str(), hit.source.as_deref()),
            ("Ferry timetable", Some("Wire"))
        );
        assert_eq!(hit.sentence as usize, 2 * ferry - 1);
        assert_eq!(hit.before.len(), 2, "{query}: {:?}", hit.before);
        assert_eq!(hit.after.len(), 2, "{query}: {:?}", hit.after);
        for (got, want) in hit
            .before
            .iter()
            .zip(&before)
            .chain(hit.after.iter().zip(&after))
        {
            assert!(
                got.contains(want.as_str()),
                "{query}: {got:?} should contain {want:?}"
            );
        }
    }
    // The last sentence of a small article: nothing after it, whatever follows in the index.
    let (hits, _) = env.search_json(&["minded", "--context", "2"]);
    assert!(!hits.is_empty());
    for hit in &hits {
        assert_eq!(hit.before, vec!["Ferries ran late.".to_string()]);
        assert!(hit.after.is_empty(), "{:?}", hit.after);
    }

    // Update a in place (its old documents stay in their segment, deleted), remove b.
    env.write("a.txt", small("Gamma ferry news"));
    std::fs::remove_file(env.corpus().join("b.txt")).expect("remove b");
    let out = env.index(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(title_total(&env, "title:alpha"), 0);
    assert_eq!(title_total(&env, "title:gamma"), 2);
    assert_eq!(title_total(&env, "title:beta OR title:bridge"), 0);
    assert_eq!(title_total(&env, "title:ferry"), huge_total + 2);
    // Deleted documents stay in their segment until a merge: neighbours skip them.
    let (hits, _) = env.search_json(&["minded", "--context", "1"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].title, "Gamma ferry news");
    assert_eq!(hits[0].before, vec!["Ferries ran late.".to_string()]);
    let out = env.index(&["--rebuild"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(title_total(&env, "title:ferry"), huge_total + 2);
    assert_eq!(title_total(&env, "title:timetable -noon"), huge_total / 2);
}
