//! Faults: SIGKILL and Ctrl-C mid-index, the writer lock, searching during indexing,
//! corrupt indexes, and random query strings.

use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::util::*;

/// Writes `n` articles of a few kilobytes each, named from `start`.
fn write_articles(env: &TestEnv, start: usize, n: usize) {
    for i in start..start + n {
        let mut body = String::new();
        for p in 0..12 {
            body.push_str(&format!(
                "\"Paragraph {p} of report {i} is ready,\" said Ada Lind, the harbour board's chair. \
                 The board met on Tuesday to review cargo figures for berth {p}. \
                 Dockworkers said the figures were late again.\n\n"
            ));
        }
        let day = 1 + i % 28;
        env.write(
            &format!("batch/{:05}.txt", i),
            txt_article(
                &format!("Report {i}"),
                &format!("2025-11-{day:02}"),
                "Wire",
                &body,
            ),
        );
    }
}

fn spawn_index(env: &TestEnv, index: &str, extra: &[&str]) -> Child {
    let bin = assert_cmd::cargo::cargo_bin("morgue");
    StdCommand::new(bin)
        .current_dir(env.root())
        .args(["index", "--corpus", "corpus", "--index", index, "--quiet"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn morgue index")
}

fn docs(env: &TestEnv, index: &str) -> u64 {
    let out = env
        .cmd(&["stats", "--index", index, "--json"])
        .output()
        .expect("stats");
    assert_eq!(code(&out), 0, "stats failed: {}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["documents"].as_u64().expect("documents")
}

fn count(env: &TestEnv, index: &str, query: &str) -> usize {
    let out = env
        .cmd(&["search", "--index", index, query, "--json", "--limit", "1"])
        .output()
        .expect("search");
    assert!(
        matches!(code(&out), 0 | 1),
        "search failed: {}",
        stderr(&out)
    );
    parse_json_output(&out).1.total
}

/// A clean build of the same corpus into `clean/`, for comparison.
fn clean_build(env: &TestEnv) -> u64 {
    let out = env
        .cmd(&["index", "--corpus", "corpus", "--index", "clean"])
        .output()
        .expect("clean");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    docs(env, "clean")
}

#[test]
fn sigkill_at_any_moment_keeps_the_last_commit() {
    let env = TestEnv::new();
    write_articles(&env, 0, 20);
    assert_eq!(code(&env.index(&[])), 0);
    let base = docs(&env, "idx");
    write_articles(&env, 20, 1500);
    let mut seen_partial = false;
    for delay_ms in [50u64, 400, 900, 1600] {
        // Small commits so kills land before, between and after commits.
        let mut child = spawn_index(&env, "idx", &["--commit-every", "2"]);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().expect("wait").is_some();
        child.kill().ok();
        child.wait().ok();
        let now = docs(&env, "idx");
        assert!(now >= base, "lost committed documents: {now} < {base}");
        if !finished && now > base {
            seen_partial = true;
        }
        assert!(count(&env, "idx", "cargo") > 0);
    }
    let out = env.index(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let clean = clean_build(&env);
    assert_eq!(
        docs(&env, "idx"),
        clean,
        "after re-run: same documents as a clean build"
    );
    assert_eq!(
        count(&env, "idx", "\"report 7 is ready\""),
        count(&env, "clean", "\"report 7 is ready\"")
    );
    assert_eq!(
        count(&env, "idx", "dockworkers"),
        count(&env, "clean", "dockworkers")
    );
    println!("a kill landed between commits: {seen_partial}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_commits_the_work_so_far_and_says_so() {
    let env = TestEnv::new();
    write_articles(&env, 0, 1500);
    let child = spawn_index(&env, "idx", &[]);
    std::thread::sleep(Duration::from_millis(700));
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().expect("wait");
    let text = stdout(&out);
    if code(&out) == 0 {
        // It finished before the signal arrived: nothing to check but consistency.
        assert!(!text.contains("Interrupted"));
    } else {
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(text.contains("Interrupted"), "{text}");
        assert!(stderr(&out).contains("interrupted"), "{}", stderr(&out));
    }
    let partial = docs(&env, "idx");
    let out = env.index(&[]);
    assert_eq!(code(&out), 0);
    let clean = clean_build(&env);
    assert!(partial <= clean);
    assert_eq!(docs(&env, "idx"), clean);
}

#[test]
fn second_indexer_is_refused_and_search_sees_the_last_commit() {
    let env = TestEnv::new();
    write_articles(&env, 0, 10);
    assert_eq!(code(&env.index(&[])), 0);
    let base = docs(&env, "idx");
    write_articles(&env, 10, 1500);
    let mut first = spawn_index(&env, "idx", &[]);
    // Wait until the first run holds the lock (it has started reading files).
    std::thread::sleep(Duration::from_millis(400));
    let started = Instant::now();
    let second = env.index(&[]);
    if first.try_wait().expect("wait").is_none() {
        assert_eq!(code(&second), 2, "{}", stdout(&second));
        assert!(
            stderr(&second).contains("locked by another process"),
            "{}",
            stderr(&second)
        );
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the refusal is immediate"
        );
        // Search during indexing: the last committed state, never an error.
        assert_eq!(docs(&env, "idx"), base);
        assert!(count(&env, "idx", "cargo") > 0);
    }
    let out = first.wait_with_output().expect("wait");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(docs(&env, "idx"), clean_build(&env));
}

#[test]
fn corrupt_index_suggests_rebuild() {
    let env = TestEnv::new();
    write_articles(&env, 0, 3);
    assert_eq!(code(&env.index(&[])), 0);
    std::fs::write(env.index_dir().join("meta.json"), "{ not json").expect("corrupt");
    let out = env.search(&["cargo"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--rebuild"), "{}", stderr(&out));
    let out = env.index(&[]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--rebuild"), "{}", stderr(&out));
    let out = env.index(&["--rebuild"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(count(&env, "idx", "cargo") > 0);

    // A segment file removed behind tantivy's back.
    let victim = std::fs::read_dir(env.index_dir())
        .expect("ls")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".idx"))
        .expect("a segment file");
    std::fs::remove_file(victim.path()).expect("rm");
    let out = env.search(&["cargo"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--rebuild"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}

fn query_strategy() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("cargo".to_string()),
        Just("\"".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("AND".to_string()),
        Just("OR".to_string()),
        Just("NOT".to_string()),
        Just("-".to_string()),
        Just("+".to_string()),
        Just("*".to_string()),
        Just(":".to_string()),
        Just("^2".to_string()),
        Just("~1".to_string()),
        Just("text:".to_string()),
        Just("speaker:".to_string()),
        Just("date:".to_string()),
        Just("date:[2025-11-01T00:00:00Z TO *]".to_string()),
        Just("sentence:>3".to_string()),
        Just("kind:direct".to_string()),
        Just("nofield:x".to_string()),
        Just("\\".to_string()),
        Just("'".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        "[a-zA-Z0-9é“”‘’ ]{0,8}",
        any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ];
    prop::collection::vec(atom, 0..6).prop_map(|parts| parts.join(" "))
}

fn date_strategy() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2025".to_string())),
        Just(Some("2025-11".to_string())),
        Just(Some("2025-02-30".to_string())),
        "[0-9-]{0,12}".prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    /// No query string panics: every one ends in hits (0), no hits (1) or a clear error (2).
    #[test]
    fn random_queries_never_panic(query in query_strategy(), from in date_strategy(), speaker in "[A-Za-z ]{0,10}") {
        let env = shared_env();
        let from_arg = from.as_ref().map(|f| format!("--from={f}"));
        let speaker_arg = format!("--speaker={speaker}");
        let mut args = vec!["search", "--index", "idx"];
        if let Some(f) = &from_arg {
            args.push(f);
        }
        if !speaker.is_empty() {
            args.push(&speaker_arg);
        }
        // After `--`, the query is never taken for a flag.
        args.push("--");
        args.push(query.as_str());
        let out = env.cmd(&args).output().expect("run");
        let err = stderr(&out);
        prop_assert!(matches!(code(&out), 0..=2), "exit {:?}: {}", out.status, err);
        prop_assert!(!err.contains("panicked"), "{}", err);
        if code(&out) == 2 {
            prop_assert_eq!(err.trim_end().lines().count(), 1, "{}", err);
        }
    }
}

fn shared_env() -> &'static TestEnv {
    static ENV: std::sync::OnceLock<TestEnv> = std::sync::OnceLock::new();
    ENV.get_or_init(|| {
        let env = TestEnv::new();
        write_articles(&env, 0, 5);
        assert_eq!(code(&env.index(&[])), 0);
        env
    })
}
