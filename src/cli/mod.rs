//! The command-line interface: arguments, settings resolution, output and exit codes.
//! The only module that writes to stdout and stderr.
//!
//! Exit codes follow ripgrep: 0 success / hits found, 1 no hits, 2 error (including any
//! file skipped during indexing, reported after the work is done).

pub mod args;
mod output;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{CommandFactory, Parser};

use crate::config::{Config, DEFAULT_CONFIG_FILE};
use crate::dates::parse_day_range;
use crate::index::{self, IndexOptions};
use crate::search::{self, SearchRequest};
use crate::speakers::SpeakerDirectory;
use args::{Cli, ColorChoice, Command, CommonArgs, FilterArgs};
use output::{Out, Painter};

/// Outcome of a command, mapped to the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// 0: success, hits found.
    Success,
    /// 1: the search found nothing.
    NoHits,
    /// 2: the work was done but some input was bad (or an error was reported).
    Error,
}

/// Runs the binary: parses arguments, runs the command, prints errors as one line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::NoHits) => ExitCode::from(1),
        Ok(Status::Error) => ExitCode::from(2),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("morgue: {}", one_line(&format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn one_line(s: &str) -> String {
    s.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

fn run(cli: Cli) -> Result<Status> {
    match cli.command {
        Command::Index(a) => cmd_index(a),
        Command::Search(a) => cmd_search(a),
        Command::Speakers(a) => cmd_speakers(a),
        Command::Show(a) => cmd_show(a),
        Command::Stats(a) => cmd_stats(a),
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "morgue", &mut std::io::stdout());
            Ok(Status::Success)
        }
        Command::Man => {
            let man = clap_mangen::Man::new(Cli::command());
            man.render(&mut std::io::stdout())?;
            Ok(Status::Success)
        }
    }
}

/// Loads the config named by `--config`, else `./index-config.toml` if present, else the
/// defaults; then applies `--index`.
fn load_config(common: &CommonArgs) -> Result<Config> {
    let mut config = match &common.config {
        Some(path) => Config::load(path)?,
        None => {
            let default = Path::new(DEFAULT_CONFIG_FILE);
            if default.exists() {
                Config::load(default)?
            } else {
                Config::default()
            }
        }
    };
    if let Some(index) = &common.index {
        config.index = index.clone();
    }
    Ok(config)
}

fn painter(choice: ColorChoice) -> Painter {
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    Painter { enabled }
}

fn cmd_index(a: args::IndexArgs) -> Result<Status> {
    let mut config = load_config(&a.common)?;
    if let Some(corpus) = &a.corpus {
        config.corpus = corpus.clone();
    }
    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let flag = interrupted.clone();
        // A first Ctrl-C asks the run to stop and commit what it finished; a second one
        // exits at once (the last commit stays intact either way).
        let _ = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
            eprintln!("morgue: interrupted; finishing the files in progress and committing…");
        });
    }
    let options = IndexOptions {
        rebuild: a.rebuild,
        progress: !a.quiet && !a.json && std::io::stderr().is_terminal(),
        commit_every_bytes: a.commit_every.saturating_mul(1_000_000),
    };
    let summary = index::run(&config, &options, &interrupted)?;
    for s in &summary.skipped {
        eprintln!("morgue: {}: {}", s.path, s.reason);
    }
    for w in &summary.warnings {
        eprintln!("morgue: warning: {}: {}", w.path, w.reason);
    }
    let mut out = Out::stdout();
    if a.json {
        serde_json::to_writer(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        output::print_index_summary(&mut out, &summary, &config)?;
    }
    out.flush()?;
    if summary.interrupted {
        return Ok(Status::Error);
    }
    Ok(if summary.skipped.is_empty() {
        Status::Success
    } else {
        Status::Error
    })
}

fn date_bounds(
    filters: &FilterArgs,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> {
    let from = match &filters.from {
        Some(s) => Some(
            parse_day_range(s)
                .map_err(|e| anyhow::anyhow!("--from: {e}"))?
                .0,
        ),
        None => None,
    };
    let to = match &filters.to {
        Some(s) => Some(
            parse_day_range(s)
                .map_err(|e| anyhow::anyhow!("--to: {e}"))?
                .1,
        ),
        None => None,
    };
    Ok((from, to))
}

struct Opened {
    config: Config,
    index: tantivy::Index,
    fields: crate::schema::Fields,
    state: index::IndexMetaSummary,
    directory: SpeakerDirectory,
}

fn open(common: &CommonArgs) -> Result<Opened> {
    let config = load_config(common)?;
    let (index, fields, state) = index::open_for_search(&config.index)?;
    let directory = SpeakerDirectory::new(&config.aliases);
    Ok(Opened {
        config,
        index,
        fields,
        state,
        directory,
    })
}

fn cmd_search(a: args::SearchArgs) -> Result<Status> {
    let (from, to) = date_bounds(&a.filters)?;
    let opened = open(&a.common)?;
    let request = SearchRequest {
        query: a.query.clone(),
        speakers: a.filters.speaker.clone(),
        from,
        to,
        quotes_only: a.quotes_only,
        sources: a.filters.source.clone(),
        sort: a.sort,
        limit: a.limit,
        offset: a.offset,
        context: a.context,
        facets: a.facets,
        exact_speakers: false,
    };
    let results = search::search(&opened.index, &opened.fields, &opened.directory, &request)?;
    for (wanted, matched) in &results.resolved_speakers {
        match matched.len() {
            0 => eprintln!("morgue: no speaker in the index matches {wanted:?}"),
            1 => {}
            _ => eprintln!(
                "morgue: {wanted:?} matches {} speakers: {}",
                matched.len(),
                matched.join(", ")
            ),
        }
    }
    let mut out = Out::stdout();
    if a.json {
        output::print_hits_json(&mut out, &results)?;
    } else {
        output::print_hits(&mut out, &results, &request, painter(a.common.color))?;
    }
    out.flush()?;
    Ok(if results.total > 0 {
        Status::Success
    } else {
        Status::NoHits
    })
}

fn cmd_speakers(a: args::SpeakersArgs) -> Result<Status> {
    let (from, to) = date_bounds(&a.filters)?;
    let opened = open(&a.common)?;
    let request = SearchRequest {
        query: a.query.clone(),
        speakers: a.filters.speaker.clone(),
        from,
        to,
        quotes_only: true,
        sources: a.filters.source.clone(),
        limit: 0,
        facets: true,
        ..SearchRequest::default()
    };
    let rows = search::speaker_table(
        &opened.index,
        &opened.fields,
        &opened.directory,
        &request,
        a.limit,
    )?;
    let mut out = Out::stdout();
    if a.json {
        output::print_json_lines(&mut out, &rows)?;
    } else {
        output::print_speakers(&mut out, &rows, painter(a.common.color))?;
    }
    out.flush()?;
    Ok(if rows.is_empty() {
        Status::NoHits
    } else {
        Status::Success
    })
}

fn cmd_show(a: args::ShowArgs) -> Result<Status> {
    let opened = open(&a.common)?;
    let reader = index::manual_reader(&opened.index)?;
    let searcher = reader.searcher();
    let candidates = article_keys(&a.article, &opened.config.corpus);
    let mut sentences = Vec::new();
    for key in &candidates {
        sentences = search::article_sentences(&searcher, &opened.fields, key, None)?;
        if !sentences.is_empty() {
            break;
        }
        sentences = search::sentences_by_path(&searcher, &opened.fields, key)?;
        if !sentences.is_empty() {
            break;
        }
    }
    if sentences.is_empty() {
        bail!(
            "no article {:?} in the index (give a path relative to the corpus, or an article id from `search --json`)",
            a.article
        );
    }
    let mut out = Out::stdout();
    if a.json {
        output::print_json_lines(&mut out, &sentences)?;
    } else {
        output::print_article(&mut out, &sentences, painter(a.common.color))?;
    }
    out.flush()?;
    Ok(Status::Success)
}

/// What a user may type for an article: an id, a corpus-relative path, or a path on disk.
fn article_keys(given: &str, corpus: &Path) -> Vec<String> {
    let mut keys = vec![given.to_string(), given.replace('\\', "/")];
    let given_path = PathBuf::from(given);
    if let Ok(rel) = given_path.strip_prefix(corpus) {
        keys.push(rel.to_string_lossy().replace('\\', "/"));
    }
    if let (Ok(abs), Ok(root)) = (given_path.canonicalize(), corpus.canonicalize()) {
        if let Ok(rel) = abs.strip_prefix(root) {
            keys.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    keys.dedup();
    keys
}

fn cmd_stats(a: args::StatsArgs) -> Result<Status> {
    let opened = open(&a.common)?;
    let stats = search::index_stats(&opened.index, &opened.fields)
        .with_context(|| format!("cannot read index {}", opened.config.index.display()))?;
    let size = dir_size(&opened.config.index);
    let report = StatsReport {
        documents: stats.documents,
        articles: opened.state.articles,
        files: opened.state.files,
        quotations: stats.quotations,
        attributed_sentences: stats.attributed,
        speakers: stats.speakers,
        first_date: stats.first_date,
        last_date: stats.last_date,
        index_bytes: size,
        schema_version: opened.state.schema_version,
        tantivy_version: opened.state.tantivy_version.clone(),
        corpus: opened.state.corpus.clone(),
        index: opened.config.index.display().to_string(),
        last_indexed: opened.state.last_indexed.clone(),
    };
    let mut out = Out::stdout();
    if a.json {
        serde_json::to_writer(&mut out, &report)?;
        writeln!(out)?;
    } else {
        output::print_stats(&mut out, &serde_json::to_value(&report)?)?;
    }
    out.flush()?;
    Ok(Status::Success)
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// What `morgue stats` prints, in this order.
#[derive(serde::Serialize)]
struct StatsReport {
    documents: u64,
    articles: usize,
    files: usize,
    quotations: usize,
    attributed_sentences: usize,
    speakers: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    index_bytes: u64,
    schema_version: u32,
    tantivy_version: String,
    corpus: String,
    index: String,
    last_indexed: String,
}
