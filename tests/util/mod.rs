//! Test helpers: a temporary corpus, and the real `morgue` binary run against it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde::Deserialize;

/// A temp directory holding `corpus/` and an index directory `idx/`.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("corpus")).expect("corpus dir");
        TestEnv { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn corpus(&self) -> PathBuf {
        self.root().join("corpus")
    }

    pub fn index_dir(&self) -> PathBuf {
        self.root().join("idx")
    }

    /// Writes a corpus file (parents created).
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.corpus().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent dir");
        }
        std::fs::write(&path, content).expect("write corpus file");
        path
    }

    /// `morgue ARGS` run in the env's root, with no config file there unless a test writes one.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("morgue").expect("morgue binary");
        cmd.current_dir(self.root()).env("NO_COLOR", "1").args(args);
        cmd
    }

    /// `morgue index --corpus corpus --index idx ARGS`.
    pub fn index(&self, extra: &[&str]) -> Output {
        let mut args = vec!["index", "--corpus", "corpus", "--index", "idx"];
        args.extend_from_slice(extra);
        self.cmd(&args).output().expect("run morgue index")
    }

    /// `morgue search --index idx ARGS`.
    pub fn search(&self, args: &[&str]) -> Output {
        let mut all = vec!["search", "--index", "idx"];
        all.extend_from_slice(args);
        self.cmd(&all).output().expect("run morgue search")
    }

    /// `morgue search --json --index idx ARGS`, parsed.
    pub fn search_json(&self, args: &[&str]) -> (Vec<JsonHit>, JsonSummary) {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.search(&all);
        parse_json_output(&out)
    }
}

/// A hit as `search --json` prints it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonHit {
    #[serde(rename = "type")]
    pub kind_tag: String,
    pub path: String,
    pub article_id: String,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
    pub sentence: u64,
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub quote: Option<String>,
    pub quotes: Vec<String>,
    pub kind: String,
    pub confidence: Option<f64>,
    pub score: f32,
    #[serde(default)]
    pub before: Vec<String>,
    #[serde(default)]
    pub after: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SpeakerCount {
    pub speaker: String,
    pub count: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MonthCount {
    pub month: String,
    pub count: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct JsonFacets {
    pub speakers: Vec<SpeakerCount>,
    pub unattributed: u64,
    pub months: Vec<MonthCount>,
    pub undated: u64,
}

/// The final line of `search --json`.
#[derive(Debug, Clone, Deserialize)]
pub struct JsonSummary {
    #[serde(rename = "type")]
    pub kind_tag: String,
    pub total: usize,
    pub returned: usize,
    pub facets: Option<JsonFacets>,
}

pub fn parse_json_output(out: &Output) -> (Vec<JsonHit>, JsonSummary) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        !lines.is_empty(),
        "no JSON output; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (last, hits) = lines.split_last().expect("at least the summary line");
    let hits = hits
        .iter()
        .map(|l| serde_json::from_str::<JsonHit>(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect::<Vec<_>>();
    for h in &hits {
        assert_eq!(h.kind_tag, "hit");
    }
    let summary: JsonSummary = serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {last}"));
    assert_eq!(summary.kind_tag, "summary");
    assert_eq!(summary.returned, hits.len());
    (hits, summary)
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// A header-block text article.
pub fn txt_article(title: &str, date: &str, source: &str, body: &str) -> String {
    format!("Title: {title}\nDate: {date}\nSource: {source}\n\n{body}\n")
}
