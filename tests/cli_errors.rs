//! Errors: one line, naming the bad argument, exit 2.

use crate::util::*;

fn indexed() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        txt_article("A title", "2025-11-02", "Wire", "\"Yes,\" Ada Lind said."),
    );
    assert_eq!(code(&env.index(&[])), 0);
    env
}

fn assert_one_line_error(out: &std::process::Output, needles: &[&str]) {
    assert_eq!(code(out), 2, "stdout: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in {err}");
    }
}

#[test]
fn bad_dates_name_the_argument() {
    let env = indexed();
    assert_one_line_error(
        &env.search(&["x", "--from", "2025-13"]),
        &["--from", "2025-13"],
    );
    assert_one_line_error(
        &env.search(&["x", "--to", "yesterday"]),
        &["--to", "yesterday"],
    );
    assert_one_line_error(&env.search(&["x", "--from", "2025-02-30"]), &["2025-02-30"]);
    assert_one_line_error(
        &env.search(&["--from", "2025-12", "--to", "2025-11"]),
        &["--from"],
    );
}

#[test]
fn bad_sort_key_and_query_syntax() {
    let env = indexed();
    let out = env.search(&["x", "--sort", "loudest"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("loudest"));
    assert_one_line_error(&env.search(&["talks AND ("]), &["invalid query"]);
    assert_one_line_error(&env.search(&["nofield:talks"]), &["nofield"]);
}

#[test]
fn missing_index_is_a_clear_error() {
    let env = TestEnv::new();
    assert_one_line_error(&env.search(&["x"]), &["no index", "morgue index"]);
}

#[test]
fn config_unknown_key_is_named() {
    let env = TestEnv::new();
    std::fs::write(
        env.root().join("index-config.toml"),
        "corpus = \"corpus\"\ncorpsu = 1\n",
    )
    .expect("write");
    let out = env.cmd(&["index"]).output().expect("run");
    assert_one_line_error(&out, &["corpsu", "index-config.toml"]);
}

#[test]
fn help_has_examples() {
    let env = TestEnv::new();
    for cmd in ["search", "index", "speakers", "show"] {
        let out = env.cmd(&[cmd, "--help"]).output().expect("run");
        assert_eq!(code(&out), 0);
        assert!(stdout(&out).contains("Examples:"), "{cmd}");
    }
}
