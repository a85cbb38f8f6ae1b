//! Bad input is reported as `path: reason`, skipped, and nothing else is lost.

use crate::util::*;

fn summary(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} / {}", stdout(out), stderr(out)))
}

fn reasons(list: &serde_json::Value) -> Vec<(String, String)> {
    list.as_array()
        .map(|a| {
            a.iter()
                .map(|v| {
                    (
                        v["path"].as_str().unwrap_or_default().to_string(),
                        v["reason"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn has(list: &[(String, String)], path: &str, needle: &str) -> bool {
    list.iter().any(|(p, r)| p == path && r.contains(needle))
}

#[test]
fn every_bad_file_is_reported_and_the_rest_is_indexed() {
    let env = TestEnv::new();
    // Good articles, one per format.
    env.write(
        "good/a.txt",
        txt_article(
            "Ferry resumes",
            "2025-11-01",
            "Wire",
            "\"We sail at dawn,\" said Ada Lind.",
        ),
    );
    env.write(
        "good/b.md",
        "---\ntitle: Bridge opens\ndate: 2025-11-02\n---\n\nThe bridge opened on time.\n",
    );
    env.write(
        "good/c.json",
        r#"{"title": "Rates held", "date": "2025-11-03", "text": "The bank held rates."}"#,
    );
    // Bad ones.
    let mut binary = b"Title: x\n\n".to_vec();
    binary.extend_from_slice(&[0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0]);
    env.write("bad/binary.txt", binary);
    let mut latin1 =
        b"Title: Pound falls\nDate: 2025-11-04\n\nThe pound fell to \xa31.20 on Tuesday.\n"
            .to_vec();
    latin1.push(b'\n');
    env.write("bad/latin1.txt", latin1);
    env.write("bad/empty.txt", "");
    env.write(
        "bad/front.md",
        "---\ntitle: [unclosed\ndate: 2025-11-05\n---\n\nBody text here.\n",
    );
    env.write(
        "bad/front-toml.md",
        "+++\ntitle = \n+++\n\nBody text here.\n",
    );
    env.write("bad/notjson.json", "{\"title\": \"x\", ");
    env.write(
        "bad/mixed.jsonl",
        "{\"title\": \"One\", \"date\": \"2025-11-06\", \"text\": \"First good line.\"}\n\
         {\"title\": \"Two\", \"text\": \n\
         {\"title\": \"Three\", \"date\": \"2025-11-07\", \"text\": \"Third good line.\"}\n",
    );
    env.write(
        "bad/baddate.txt",
        "Title: Undated\nDate: the day after tomorrow\n\nSomething happened at the port.\n",
    );
    std::fs::create_dir_all(env.corpus().join("bad/folder.txt")).expect("dir");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(env.corpus().join("bad"), env.corpus().join("bad/loop"))
            .expect("symlink loop");
        // A file that is gone by the time it is read: a dangling link stands in for the race.
        std::os::unix::fs::symlink(
            env.corpus().join("bad/removed.txt"),
            env.corpus().join("bad/gone.txt"),
        )
        .expect("dangling");
    }

    let out = env.index(&["--json"]);
    assert_eq!(code(&out), 2, "any skipped file makes the exit status 2");
    let s = summary(&out);
    let skipped = reasons(&s["skipped"]);
    let warnings = reasons(&s["warnings"]);
    assert!(has(&skipped, "bad/binary.txt", "binary"), "{skipped:?}");
    assert!(has(&skipped, "bad/empty.txt", "empty"), "{skipped:?}");
    assert!(has(&skipped, "bad/front.md", "YAML"), "{skipped:?}");
    assert!(has(&skipped, "bad/front-toml.md", "TOML"), "{skipped:?}");
    assert!(has(&skipped, "bad/notjson.json", "JSON"), "{skipped:?}");
    assert!(has(&skipped, "bad/folder.txt", "directory"), "{skipped:?}");
    #[cfg(unix)]
    {
        assert!(
            skipped
                .iter()
                .any(|(p, r)| p.starts_with("bad/loop") && r.contains("loop")),
            "{skipped:?}"
        );
        assert!(
            skipped.iter().any(|(p, _)| p == "bad/gone.txt"),
            "{skipped:?}"
        );
    }
    assert!(has(&warnings, "bad/latin1.txt", "UTF-8"), "{warnings:?}");
    assert!(has(&warnings, "bad/mixed.jsonl", "line 2"), "{warnings:?}");
    assert!(has(&warnings, "bad/baddate.txt", "date"), "{warnings:?}");

    // stderr carries the same lines as `path: reason`.
    let err = stderr(&out);
    assert!(err.contains("bad/binary.txt: binary"), "{err}");
    assert!(err.contains("bad/notjson.json: not valid JSON"), "{err}");

    // Everything else is searchable.
    for (query, expected) in [
        ("dawn", 1),
        ("bridge", 1),
        ("bank", 1),
        ("pound", 1),
        ("\"good line\"", 2),
        ("port", 1),
    ] {
        let (hits, _) = env.search_json(&[query]);
        assert_eq!(hits.len(), expected, "{query}");
    }
    let (undated, _) = env.search_json(&["port"]);
    assert_eq!(undated[0].date, None);
    assert_eq!(s["undated"], 1, "{s}");
}

/// A 100 MB article is indexed, and the process's memory stays far below the input size
/// times the number of copies a careless reader would make.
#[test]
fn a_100_mb_file_is_indexed_with_bounded_memory() {
    let env = TestEnv::new();
    let paragraph = "The harbour board met again on Tuesday. \"We will publish the figures,\" said Ada Lind, the board's chair. Nobody else spoke.\n\n";
    let mut body = String::with_capacity(101 * 1024 * 1024);
    body.push_str("Title: The longest article\nDate: 2025-11-09\n\n");
    while body.len() < 100 * 1024 * 1024 {
        body.push_str(paragraph);
    }
    body.push_str("The final sentence mentions a zeppelin.\n");
    env.write("huge.txt", &body);
    let sentences = 3 * (body.len() / paragraph.len()) + 1;
    drop(body);
    let out = env.index(&["--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = summary(&out);
    assert!(
        s["sentences"].as_u64().unwrap_or(0) as usize >= sentences - 10,
        "{s}"
    );
    let (hits, _) = env.search_json(&["zeppelin"]);
    assert_eq!(hits.len(), 1);
    let peak_kib = peak_child_rss_kib();
    println!("peak RSS of child processes: {} MiB", peak_kib / 1024);
    // Attribution works piece by piece (1 MB), so memory does not follow the article's size
    // (measured: about 420 MiB, the writer's budget included).
    assert!(peak_kib < 800 * 1024, "peak RSS {peak_kib} KiB");
}

#[cfg(unix)]
fn peak_child_rss_kib() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a rusage struct into the pointer we own.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    assert_eq!(rc, 0);
    // SAFETY: initialised by the successful call above.
    let usage = unsafe { usage.assume_init() };
    usage.ru_maxrss.max(0) as u64
}

#[cfg(not(unix))]
fn peak_child_rss_kib() -> u64 {
    0
}
