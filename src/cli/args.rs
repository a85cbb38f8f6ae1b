//! Command-line arguments (clap derive). The doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::search::SortOrder;

/// Search a news archive by who said what, and when.
///
/// morgue indexes a folder of articles (text, Markdown, JSON, JSON Lines, HTML) into one
/// document per sentence, with every quotation attributed to its speaker, and answers
/// full-text searches filtered by speaker and date, with facet counts.
#[derive(Debug, Parser)]
#[command(name = "morgue", version, about, long_about, after_help = EXAMPLES)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "Examples:
  morgue index                                   index ./corpus as set in index-config.toml
  morgue search talks --speaker Kovalenko --from 2025-11 --to 2025-11 --facets
  morgue search '\"bridge budget\"' --sort newest --json
  morgue speakers bridge
  morgue show corpus/path/to/article.txt";

/// Options shared by every command: where the config and the index are.
#[derive(Debug, Args, Clone, Default)]
pub struct CommonArgs {
    /// Config file [default: ./index-config.toml if present].
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Index directory (overrides `index` in the config).
    #[arg(long, global = true, value_name = "DIR")]
    pub index: Option<PathBuf>,
    /// When to use colour: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the corpus: read new and changed articles, drop deleted ones, print a summary.
    #[command(after_help = "Examples:
  morgue index                      incremental update of the configured corpus
  morgue index --rebuild            start over
  morgue index --corpus ~/clips --index /tmp/clips-index")]
    Index(IndexArgs),
    /// Search sentences: full text, filtered by speaker, date, source; with facets.
    #[command(
        after_help = "Query syntax (tantivy): words (all must match), \"exact phrases\",
AND / OR / NOT, -word, field:value with fields text, title, quote, speaker_name, kind.
title:x matches every sentence of the articles whose title matches; quote:x matches words
and phrases inside a quoted span of the sentence.

Examples:
  morgue search talks --speaker Kovalenko --from 2025-11-01 --to 2025-11-30 --facets
  morgue search 'quote:ceasefire' --sort newest          who said \"ceasefire\", newest first
  morgue search --speaker 'Tomas Brandt'            every quote of one person
  morgue search '\"harbour bridge\" AND budget' --sort newest --limit 5
  morgue search flood --quotes-only --json | jq .speaker
  morgue search --quotes-only --json --limit 1000000   dump every attributed sentence"
    )]
    Search(SearchArgs),
    /// Speakers ranked by number of quoted sentences, optionally for a query and dates.
    #[command(after_help = "Examples:
  morgue speakers
  morgue speakers talks --from 2025-11 --limit 5
  morgue speakers --json")]
    Speakers(SpeakersArgs),
    /// Show an article's sentences with their attributions (by path or article id).
    #[command(after_help = "Examples:
  morgue show wire/2025-11-14-harbour-talks.txt
  morgue show 3f9a1c0d2b7e4a61 --json")]
    Show(ShowArgs),
    /// What the index holds.
    Stats(StatsArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  morgue completions bash > ~/.local/share/bash-completion/completions/morgue"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout.
    #[command(after_help = "Example:\n  morgue man > morgue.1 && man ./morgue.1")]
    Man,
}

/// `morgue index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Corpus directory (overrides `corpus` in the config).
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Discard the index and index everything again.
    #[arg(long)]
    pub rebuild: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// No progress bar even on a terminal.
    #[arg(long, short)]
    pub quiet: bool,
    /// Commit every N megabytes of input (0: only at the end).
    #[arg(long, value_name = "MB", default_value_t = 512)]
    pub commit_every: u64,
}

/// Filters shared by `search` and `speakers`.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Only sentences from this speaker (full name, surname or alias; case-insensitive). Repeatable.
    #[arg(long, short, value_name = "NAME")]
    pub speaker: Vec<String>,
    /// First day included: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day included: YYYY, YYYY-MM (the whole month) or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only articles from this source (outlet), case-insensitive. Repeatable.
    #[arg(long, value_name = "NAME")]
    pub source: Vec<String>,
}

/// `morgue search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// The query; omit it to list everything the filters allow.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Only sentences attributed to a speaker (direct, partial quote or reported speech).
    #[arg(long, short)]
    pub quotes_only: bool,
    /// Order of hits.
    #[arg(long, value_enum, default_value_t = SortOrder::Relevance)]
    pub sort: SortOrder,
    /// Number of hits to print.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Sentences of context before and after each hit.
    #[arg(long, short = 'C', default_value_t = 0, value_name = "N")]
    pub context: usize,
    /// Counts by speaker and hits per month over all matches.
    #[arg(long, short)]
    pub facets: bool,
    /// JSON Lines: one object per hit, then a summary object.
    #[arg(long)]
    pub json: bool,
}

/// `morgue speakers`.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only sentences matching this query.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Number of speakers to list.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// JSON Lines, one speaker per line.
    #[arg(long)]
    pub json: bool,
}

/// `morgue show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Article path (relative to the corpus, or as given on disk) or article id.
    pub article: String,
    /// JSON Lines, one sentence per line.
    #[arg(long)]
    pub json: bool,
}

/// `morgue stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}
