//! Building and updating the index: walk the corpus, read and analyse articles in parallel,
//! write one document per sentence, commit.
//!
//! Policy:
//! - Incremental: a file whose size and modification time (or content hash) are unchanged
//!   is not re-read; a changed file's documents are deleted by article id and re-added; a
//!   deleted file's documents are removed.
//! - Crash-safe: nothing is visible before tantivy's atomic commit. The record of indexed
//!   files ([`IndexState`]) is tied to a commit by an id stored in the commit payload; when
//!   they disagree (a crash between the two writes) the record is rebuilt from the index.
//! - One bad file never stops the run: it is reported as `path: reason` and skipped.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::indexer::UserOperation;
use tantivy::schema::Facet;
use tantivy::{DateTime, Index, IndexWriter, TantivyDocument, Term};

use crate::article::Article;
use crate::attribution::{AttributionSettings, Attributor, Kind};
use crate::config::Config;
use crate::corpus::{self, Format};
use crate::schema::{self, Fields, SCHEMA_VERSION, SPEAKER_FACET_ROOT};
use crate::speakers::SpeakerDirectory;

/// The file, inside the index directory, that records what was indexed.
pub const STATE_FILE: &str = "morgue-state.json";
/// A small summary of the state record (no per-file records), read by every search: the
/// full record grows with the corpus (16 MB at 1 GB of articles) and a search needs none of it.
pub const META_FILE: &str = "morgue-meta.json";
const PENDING_STATE_FILE: &str = "morgue-state.pending.json";

/// Errors that stop a whole indexing run (per-file problems are [`Skipped`] instead).
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The corpus directory is missing or not a directory.
    #[error("corpus directory {0} does not exist or is not a directory")]
    NoCorpus(PathBuf),
    /// Another process holds the index writer lock.
    #[error("index {0} is locked by another process (is another `morgue index` running?)")]
    Locked(PathBuf),
    /// The index exists but cannot be opened.
    #[error("index {path} is corrupt or unreadable ({reason}); run `morgue index --rebuild`")]
    Corrupt {
        /// The index directory.
        path: PathBuf,
        /// What tantivy reported.
        reason: String,
    },
    /// The index was written by another schema version.
    #[error("index {path} was written by schema version {found}, this morgue reads version {expected}; run `morgue index --rebuild`")]
    SchemaVersion {
        /// The index directory.
        path: PathBuf,
        /// Version found in the index.
        found: u32,
        /// Version this binary writes.
        expected: u32,
    },
    /// There is no index yet.
    #[error("no index at {0}; run `morgue index` first")]
    Missing(PathBuf),
    /// An I/O error on the index directory.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Any other tantivy error.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// A file that was not indexed, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Path relative to the corpus (or as walked, when outside it).
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

/// What one run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Files read and indexed for the first time.
    pub added: usize,
    /// Files re-read because they changed.
    pub updated: usize,
    /// Files whose documents were removed because the file is gone.
    pub removed: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Articles read in this run.
    pub articles: usize,
    /// Sentences written in this run.
    pub sentences: usize,
    /// Quotations (direct and partial) found in this run.
    pub quotes: usize,
    /// Of those, quotations attributed to a speaker.
    pub attributed_quotes: usize,
    /// Reported-speech sentences attributed to a speaker.
    pub reported: usize,
    /// Distinct speakers in the articles read in this run.
    pub speakers: usize,
    /// Articles without a date (in this run).
    pub undated: usize,
    /// Files skipped, with reasons.
    pub skipped: Vec<Skipped>,
    /// Non-fatal problems (`path: message`).
    pub warnings: Vec<Skipped>,
    /// Whether the index was rebuilt from scratch (asked for, or needed).
    pub rebuilt: bool,
    /// Why a rebuild happened, when it was not asked for.
    pub rebuild_reason: Option<String>,
    /// True when the run was interrupted; what was done before is committed.
    pub interrupted: bool,
    /// Documents in the index after the run.
    pub total_documents: u64,
    /// Bytes of article files read.
    pub bytes_read: u64,
    /// Wall time of the run, in seconds.
    pub seconds: f64,
}

/// The record of one indexed file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FileRecord {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: u128,
    /// blake3 of the content.
    pub hash: String,
    /// Ids of the articles the file produced.
    pub articles: Vec<String>,
}

/// What the index directory records beside tantivy's files.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct IndexState {
    /// Schema version the index was written with.
    pub schema_version: u32,
    /// tantivy version that wrote it (stemmers change between versions).
    pub tantivy_version: String,
    /// Fingerprint of the settings that shape documents (language, aliases, attribution).
    pub settings_fingerprint: String,
    /// [`crate::attribution::RULES_VERSION`] of the morgue that attributed the documents
    /// (0 in indexes older than the field).
    #[serde(default)]
    pub rules_version: u32,
    /// Ties this record to the tantivy commit that carries the same id in its payload.
    pub commit_id: String,
    /// Corpus directory indexed, as given.
    pub corpus: String,
    /// When the last run finished (RFC 3339).
    pub last_indexed: String,
    /// Every indexed file by path relative to the corpus.
    pub files: BTreeMap<String, FileRecord>,
}

impl IndexState {
    /// Reads the state record of an index directory, if one exists.
    pub fn load(index_dir: &Path) -> Option<IndexState> {
        load_state_file(&index_dir.join(STATE_FILE))
    }
}

/// What searches and `stats` need to know about an index, without the per-file records.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct IndexMetaSummary {
    /// Schema version the index was written with.
    pub schema_version: u32,
    /// tantivy version that wrote it.
    pub tantivy_version: String,
    /// Corpus directory indexed, as given.
    pub corpus: String,
    /// When the last run finished (RFC 3339).
    pub last_indexed: String,
    /// Files indexed.
    pub files: usize,
    /// Articles indexed.
    pub articles: usize,
}

impl IndexMetaSummary {
    fn of(state: &IndexState) -> Self {
        IndexMetaSummary {
            schema_version: state.schema_version,
            tantivy_version: state.tantivy_version.clone(),
            corpus: state.corpus.clone(),
            last_indexed: state.last_indexed.clone(),
            files: state.files.len(),
            articles: state.files.values().map(|f| f.articles.len()).sum(),
        }
    }

    /// Reads the summary of an index directory; falls back to the full state record for an
    /// index written before the summary existed.
    pub fn load(index_dir: &Path) -> Option<IndexMetaSummary> {
        std::fs::read(index_dir.join(META_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .or_else(|| IndexState::load(index_dir).map(|s| IndexMetaSummary::of(&s)))
    }
}

fn load_state_file(path: &Path) -> Option<IndexState> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A fingerprint of every setting that changes what documents contain.
pub fn settings_fingerprint(config: &Config) -> String {
    let relevant = serde_json::json!({
        "language": config.language,
        "aliases": config.aliases,
        "attribution": config.attribution,
        "fields": config.fields,
    });
    blake3::hash(relevant.to_string().as_bytes()).to_hex()[..16].to_string()
}

/// Options of one indexing run.
#[derive(Debug, Clone, Default)]
pub struct IndexOptions {
    /// Start from an empty index.
    pub rebuild: bool,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Commit after about this many bytes of input (0: only at the end).
    pub commit_every_bytes: u64,
}

/// Opens an existing index for reading, checking its schema version.
pub fn open_for_search(index_dir: &Path) -> Result<(Index, Fields, IndexMetaSummary), IndexError> {
    if !index_dir.join("meta.json").exists() {
        return Err(IndexError::Missing(index_dir.to_path_buf()));
    }
    let state = IndexMetaSummary::load(index_dir).unwrap_or_default();
    if state.schema_version != SCHEMA_VERSION {
        return Err(IndexError::SchemaVersion {
            path: index_dir.to_path_buf(),
            found: state.schema_version,
            expected: SCHEMA_VERSION,
        });
    }
    let index = Index::open_in_dir(index_dir).map_err(|e| IndexError::Corrupt {
        path: index_dir.to_path_buf(),
        reason: one_line(&e.to_string()),
    })?;
    schema::register_tokenizers(&index);
    let corrupt = |e: tantivy::TantivyError| IndexError::Corrupt {
        path: index_dir.to_path_buf(),
        reason: one_line(&e.to_string()),
    };
    let fields = Fields::from_schema(&index.schema()).map_err(corrupt)?;
    // Opening a reader opens every segment: a missing or truncated file shows up here
    // rather than in the middle of a search.
    manual_reader(&index).map_err(corrupt)?;
    Ok((index, fields, state))
}

/// A reader that reloads only when asked. tantivy's default policy starts a file watcher
/// whose thread is joined on drop, which added half a second to every short command.
pub fn manual_reader(index: &Index) -> tantivy::Result<tantivy::IndexReader> {
    index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file found by the walk.
struct Candidate {
    abs: PathBuf,
    rel: String,
    format: Format,
    size: u64,
    mtime_ns: u128,
}

/// What processing one file produced.
enum FileOutcome {
    Unchanged {
        rel: String,
        record: FileRecord,
    },
    Indexed {
        rel: String,
        record: FileRecord,
        stats: FileStats,
        warnings: Vec<String>,
        was_known: bool,
    },
    Skipped {
        rel: String,
        reason: String,
        was_known: bool,
    },
}

#[derive(Default)]
struct FileStats {
    articles: usize,
    sentences: usize,
    quotes: usize,
    attributed_quotes: usize,
    reported: usize,
    undated: usize,
    speakers: BTreeSet<String>,
}

/// Everything the per-file workers share.
struct Pipeline<'a> {
    writer: &'a IndexWriter,
    fields: &'a Fields,
    config: &'a Config,
    attributor: &'a Attributor,
    speakers: &'a SpeakerDirectory,
    old_files: &'a BTreeMap<String, FileRecord>,
    force_reread: bool,
}

/// Runs `morgue index`: brings the index at `config.index` up to date with `config.corpus`.
/// `interrupted` is polled between files; when it becomes true the run stops early and
/// commits what it finished.
pub fn run(
    config: &Config,
    options: &IndexOptions,
    interrupted: &AtomicBool,
) -> Result<Summary, IndexError> {
    let started = Instant::now();
    let corpus_dir = &config.corpus;
    if !corpus_dir.is_dir() {
        return Err(IndexError::NoCorpus(corpus_dir.clone()));
    }
    let index_dir = &config.index;
    let mut summary = Summary::default();
    let fingerprint = settings_fingerprint(config);

    let old_version = index_dir
        .join("meta.json")
        .exists()
        .then(|| IndexState::load(index_dir).map_or(0, |s| s.schema_version))
        .filter(|&v| v != SCHEMA_VERSION);
    let (index, mut state, mut rebuild) = open_or_create(index_dir, config, options.rebuild)?;
    if let (Some(v), false) = (old_version, options.rebuild) {
        summary.rebuild_reason = Some(format!(
            "the index was written by schema version {v}; this morgue writes version {SCHEMA_VERSION}"
        ));
    }
    if !rebuild && state.settings_fingerprint != fingerprint && !state.files.is_empty() {
        rebuild = true;
        summary.rebuild_reason = Some(
            "the settings that shape documents (language, aliases, attribution, fields) changed"
                .to_string(),
        );
    }
    if !rebuild
        && state.rules_version != crate::attribution::RULES_VERSION
        && !state.files.is_empty()
    {
        // Unchanged files would keep the attributions of the older rules.
        rebuild = true;
        summary.rebuild_reason = Some(format!(
            "the index was attributed by rules version {}; this morgue attributes with version {}",
            state.rules_version,
            crate::attribution::RULES_VERSION
        ));
    }
    if !rebuild && state.tantivy_version != tantivy_version() && !state.files.is_empty() {
        rebuild = true;
        summary.rebuild_reason = Some("the index was written by another tantivy version".into());
    }
    summary.rebuilt = rebuild;
    let fields = Fields::from_schema(&index.schema())?;

    let threads = effective_threads(config);
    let budget = (config.writer_memory_mb.max(20) * 1_000_000).max(threads * 16_000_000);
    let mut writer: IndexWriter = index
        .writer_with_num_threads(threads, budget)
        .map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => IndexError::Locked(index_dir.clone()),
            other => IndexError::Tantivy(other),
        })?;

    writer.set_merge_policy(Box::new(CappedMergePolicy::default()));

    // Whether the state record matches the last commit; if not, every file is re-read and
    // stale documents are found from the index itself.
    let payload = index.load_metas().ok().and_then(|m| m.payload);
    let mut force_reread = false;
    if rebuild {
        writer.delete_all_documents()?;
        state.files.clear();
    } else if payload.as_deref() != Some(state.commit_id.as_str()) {
        match load_state_file(&index_dir.join(PENDING_STATE_FILE)) {
            Some(pending) if payload.as_deref() == Some(pending.commit_id.as_str()) => {
                state = pending;
            }
            _ => {
                force_reread = true;
                state.files = indexed_paths(&index, &fields)?
                    .into_iter()
                    .map(|p| {
                        (
                            p,
                            FileRecord {
                                size: u64::MAX,
                                mtime_ns: 0,
                                hash: String::new(),
                                articles: Vec::new(),
                            },
                        )
                    })
                    .collect();
            }
        }
    }

    let (candidates, walk_skipped) = walk(config);
    summary.skipped.extend(walk_skipped);

    // Removed files: known to the state, no longer on disk.
    let present: BTreeSet<&str> = candidates.iter().map(|c| c.rel.as_str()).collect();
    let removed: Vec<String> = state
        .files
        .keys()
        .filter(|k| !present.contains(k.as_str()))
        .cloned()
        .collect();
    for rel in &removed {
        if let Some(record) = state.files.get(rel) {
            delete_file_documents(&writer, &fields, rel, record);
        }
    }
    summary.removed = removed.len();

    let progress = make_progress(options.progress, &candidates);
    let old_files = state.files.clone();
    let mut speakers_seen: BTreeSet<String> = BTreeSet::new();
    let attributor = Attributor::new(AttributionSettings {
        extra_speech_verbs: config.attribution.speech_verbs.clone(),
    });
    let speaker_directory = SpeakerDirectory::new(&config.aliases);

    // Process in batches so a long run commits as it goes; a batch is bounded in bytes.
    let batch_bytes = if options.commit_every_bytes == 0 {
        u64::MAX
    } else {
        options.commit_every_bytes
    };
    let mut batches: Vec<&[Candidate]> = Vec::new();
    {
        let mut start = 0;
        let mut acc = 0u64;
        for (i, c) in candidates.iter().enumerate() {
            acc += c.size;
            if acc >= batch_bytes {
                batches.push(&candidates[start..=i]);
                start = i + 1;
                acc = 0;
            }
        }
        if start < candidates.len() {
            batches.push(&candidates[start..]);
        }
    }

    let bytes_read = AtomicU64::new(0);
    let files_done = std::sync::atomic::AtomicUsize::new(0);
    let mut done_files: BTreeMap<String, FileRecord> = BTreeMap::new();
    let batch_count = batches.len();
    for (batch_no, batch) in batches.into_iter().enumerate() {
        if interrupted.load(Ordering::Relaxed) {
            summary.interrupted = true;
            break;
        }
        let pipeline = Pipeline {
            writer: &writer,
            fields: &fields,
            config,
            attributor: &attributor,
            speakers: &speaker_directory,
            old_files: &old_files,
            force_reread: force_reread || rebuild,
        };
        let outcomes: Vec<FileOutcome> = batch
            .par_iter()
            .filter_map(|c| {
                if interrupted.load(Ordering::Relaxed) {
                    return None;
                }
                let outcome = pipeline.process(c, &bytes_read);
                if let Some(pb) = &progress {
                    let done = files_done.fetch_add(1, Ordering::Relaxed) + 1;
                    pb.set_message(format!("{done}/{} files", candidates.len()));
                    pb.inc(c.size);
                }
                Some(outcome)
            })
            .collect();
        if outcomes.len() < batch.len() {
            summary.interrupted = true;
        }
        for outcome in outcomes {
            match outcome {
                FileOutcome::Unchanged { rel, record } => {
                    summary.unchanged += 1;
                    done_files.insert(rel, record);
                }
                FileOutcome::Indexed {
                    rel,
                    record,
                    stats,
                    warnings,
                    was_known,
                } => {
                    if was_known {
                        summary.updated += 1;
                    } else {
                        summary.added += 1;
                    }
                    summary.articles += stats.articles;
                    summary.sentences += stats.sentences;
                    summary.quotes += stats.quotes;
                    summary.attributed_quotes += stats.attributed_quotes;
                    summary.reported += stats.reported;
                    summary.undated += stats.undated;
                    speakers_seen.extend(stats.speakers);
                    for w in warnings {
                        summary.warnings.push(Skipped {
                            path: rel.clone(),
                            reason: w,
                        });
                    }
                    done_files.insert(rel, record);
                }
                FileOutcome::Skipped {
                    rel,
                    reason,
                    was_known,
                } => {
                    if was_known {
                        summary.updated += 1;
                    }
                    summary.skipped.push(Skipped { path: rel, reason });
                }
            }
        }
        // Commit after each batch (and at the end); the last batch commits below with
        // the final state.
        if batch_no + 1 < batch_count && !summary.interrupted {
            let files = merged_files(&old_files, &done_files, &removed, false);
            commit(
                &mut writer,
                index_dir,
                &mut state,
                &files,
                config,
                &fingerprint,
            )?;
        }
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    // Files not reached (interrupt) keep their old record: their old documents are intact.
    let complete = !summary.interrupted;
    let files = merged_files(&old_files, &done_files, &removed, complete);
    commit(
        &mut writer,
        index_dir,
        &mut state,
        &files,
        config,
        &fingerprint,
    )?;
    writer.wait_merging_threads().ok();

    summary.speakers = speakers_seen.len();
    summary.bytes_read = bytes_read.load(Ordering::Relaxed);
    summary.total_documents = match manual_reader(&index) {
        Ok(reader) => {
            reader.reload().ok();
            reader.searcher().num_docs()
        }
        Err(_) => 0,
    };
    summary.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    summary.warnings.sort_by(|a, b| a.path.cmp(&b.path));
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// The file records after a run: old records, minus removed files, plus what was done.
/// When the run is incomplete, files not reached keep their old record.
fn merged_files(
    old: &BTreeMap<String, FileRecord>,
    done: &BTreeMap<String, FileRecord>,
    removed: &[String],
    complete: bool,
) -> BTreeMap<String, FileRecord> {
    let removed: BTreeSet<&String> = removed.iter().collect();
    let mut files: BTreeMap<String, FileRecord> = if complete {
        BTreeMap::new()
    } else {
        old.iter()
            .filter(|(k, _)| !removed.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    for (k, v) in done {
        files.insert(k.clone(), v.clone());
    }
    files
}

/// Commits the writer with a new commit id and writes the matching state record.
/// The record is written as "pending" before the commit and renamed after it, so that a
/// crash in between leaves a record that matches whichever commit survived.
fn commit(
    writer: &mut IndexWriter,
    index_dir: &Path,
    state: &mut IndexState,
    files: &BTreeMap<String, FileRecord>,
    config: &Config,
    fingerprint: &str,
) -> Result<(), IndexError> {
    let commit_id = new_commit_id();
    let next = IndexState {
        schema_version: SCHEMA_VERSION,
        tantivy_version: tantivy_version(),
        settings_fingerprint: fingerprint.to_string(),
        rules_version: crate::attribution::RULES_VERSION,
        commit_id: commit_id.clone(),
        corpus: config.corpus.display().to_string(),
        last_indexed: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        files: files.clone(),
    };
    let pending = index_dir.join(PENDING_STATE_FILE);
    write_json_atomically(&pending, &next)?;
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&commit_id);
    prepared.commit()?;
    let final_path = index_dir.join(STATE_FILE);
    std::fs::rename(&pending, &final_path).map_err(|source| IndexError::Io {
        what: "cannot write",
        path: final_path.clone(),
        source,
    })?;
    let summary = serde_json::to_vec(&IndexMetaSummary::of(&next)).map_err(|e| IndexError::Io {
        what: "cannot write",
        path: index_dir.join(META_FILE),
        source: std::io::Error::other(e),
    })?;
    write_atomically(&index_dir.join(META_FILE), &summary)?;
    *state = next;
    Ok(())
}

fn write_json_atomically(path: &Path, value: &IndexState) -> Result<(), IndexError> {
    let bytes = serde_json::to_vec(value).map_err(|e| IndexError::Io {
        what: "cannot write",
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    })?;
    write_atomically(path, &bytes)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), IndexError> {
    let tmp = path.with_extension("tmp");
    let io = |source| IndexError::Io {
        what: "cannot write",
        path: path.to_path_buf(),
        source,
    };
    let mut f = std::fs::File::create(&tmp).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.sync_all().map_err(io)?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(io)?;
    Ok(())
}

fn new_commit_id() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let seed = format!("{now}-{}", std::process::id());
    blake3::hash(seed.as_bytes()).to_hex()[..16].to_string()
}

fn tantivy_version() -> String {
    tantivy::version_string().to_string()
}

fn effective_threads(config: &Config) -> usize {
    let n = if config.threads == 0 {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    } else {
        config.threads
    };
    n.clamp(1, 8)
}

/// Opens the index at `dir`, or creates it. Returns the index, its state record and
/// whether the run must start from scratch.
fn open_or_create(
    dir: &Path,
    config: &Config,
    rebuild: bool,
) -> Result<(Index, IndexState, bool), IndexError> {
    let io = |what, source| IndexError::Io {
        what,
        path: dir.to_path_buf(),
        source,
    };
    let (schema, _) = schema::build(&config.language);
    if dir.join("meta.json").exists() {
        let state = IndexState::load(dir).unwrap_or_default();
        let compatible = state.schema_version == SCHEMA_VERSION;
        match Index::open_in_dir(dir) {
            Ok(index) if compatible && !rebuild => {
                // The language decides the tokenizer, which lives in the schema.
                if index.schema() == schema {
                    schema::register_tokenizers(&index);
                    return Ok((index, state, false));
                }
                if rebuild {
                    return Ok((index, state, true));
                }
            }
            // Another schema version: the index is derived data, so `index` starts over
            // (the summary says why); `search` refuses it instead (`open_for_reading`).
            Err(e) if !rebuild => {
                return Err(IndexError::Corrupt {
                    path: dir.to_path_buf(),
                    reason: one_line(&e.to_string()),
                });
            }
            _ => {}
        }
        // Starting over with another schema: the old files go. Only files that belong to
        // an index are removed, never anything else a user keeps in the directory.
        clear_index_dir(dir).map_err(|e| io("cannot clear", e))?;
    } else {
        std::fs::create_dir_all(dir).map_err(|e| io("cannot create", e))?;
    }
    let index = Index::create_in_dir(dir, schema).map_err(|e| IndexError::Corrupt {
        path: dir.to_path_buf(),
        reason: one_line(&e.to_string()),
    })?;
    schema::register_tokenizers(&index);
    Ok((index, IndexState::default(), true))
}

fn clear_index_dir(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name == "meta.json"
            || name == ".managed.json"
            || name == ".tantivy-writer.lock"
            || name == ".tantivy-meta.lock"
            || name.starts_with("morgue-state")
            || name.starts_with("morgue-meta")
            || is_segment_file(&name);
        if ours && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// tantivy segment files are named `<32 hex digits>.<ext>`.
fn is_segment_file(name: &str) -> bool {
    let (stem, _) = name.split_once('.').unwrap_or((name, ""));
    stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Paths of all articles in the index, read from the term dictionary of the path field.
fn indexed_paths(index: &Index, fields: &Fields) -> Result<BTreeSet<String>, IndexError> {
    let reader = manual_reader(index)?;
    let searcher = reader.searcher();
    let mut paths = BTreeSet::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(fields.path)?;
        let mut stream = inverted.terms().stream().map_err(|source| IndexError::Io {
            what: "cannot read",
            path: PathBuf::from("index term dictionary"),
            source,
        })?;
        while stream.advance() {
            paths.insert(String::from_utf8_lossy(stream.key()).into_owned());
        }
    }
    Ok(paths)
}

fn delete_file_documents(writer: &IndexWriter, fields: &Fields, rel: &str, record: &FileRecord) {
    writer.delete_term(Term::from_field_text(fields.path, rel));
    for id in &record.articles {
        writer.delete_term(Term::from_field_text(fields.article_id, id));
    }
}

/// Walks the corpus and returns the files to consider, plus what could not be walked.
fn walk(config: &Config) -> (Vec<Candidate>, Vec<Skipped>) {
    let root = &config.corpus;
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| root.display().to_string());
                let reason = if e.loop_ancestor().is_some() {
                    "symlink loop, skipped".to_string()
                } else {
                    one_line(&e.to_string())
                };
                skipped.push(Skipped { path, reason });
                continue;
            }
        };
        let path = entry.path();
        let Some(format) = Format::from_path(path) else {
            continue;
        };
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| config.wants_extension(e));
        if !wanted {
            continue;
        }
        let rel = relative(root, path);
        if entry.file_type().is_dir() {
            skipped.push(Skipped {
                path: rel,
                reason: "is a directory, not an article".into(),
            });
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let meta = match entry.metadata() {
            Ok(m) => m,
            Err(e) => {
                skipped.push(Skipped {
                    path: rel,
                    reason: one_line(&e.to_string()),
                });
                continue;
            }
        };
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        out.push(Candidate {
            abs: path.to_path_buf(),
            rel,
            format,
            size: meta.len(),
            mtime_ns,
        });
    }
    (out, skipped)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn make_progress(enabled: bool, candidates: &[Candidate]) -> Option<indicatif::ProgressBar> {
    if !enabled {
        return None;
    }
    let total: u64 = candidates.iter().map(|c| c.size).sum();
    let pb = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {msg} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    pb.set_style(style);
    Some(pb)
}

impl Pipeline<'_> {
    fn process(&self, c: &Candidate, bytes_read: &AtomicU64) -> FileOutcome {
        let old = self.old_files.get(&c.rel);
        let was_known = old.is_some();
        if let Some(old) = old {
            if !self.force_reread && old.size == c.size && old.mtime_ns == c.mtime_ns {
                return FileOutcome::Unchanged {
                    rel: c.rel.clone(),
                    record: old.clone(),
                };
            }
        }
        let bytes = match std::fs::read(&c.abs) {
            Ok(b) => b,
            Err(e) => {
                if let Some(old) = old {
                    delete_file_documents(self.writer, self.fields, &c.rel, old);
                }
                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                    "file disappeared before it could be read".to_string()
                } else {
                    format!("cannot read: {}", one_line(&e.to_string()))
                };
                return FileOutcome::Skipped {
                    rel: c.rel.clone(),
                    reason,
                    was_known,
                };
            }
        };
        bytes_read.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let hash = blake3::hash(&bytes).to_hex().to_string();
        if let Some(old) = old {
            if !self.force_reread && old.hash == hash {
                let mut record = old.clone();
                record.size = c.size;
                record.mtime_ns = c.mtime_ns;
                return FileOutcome::Unchanged {
                    rel: c.rel.clone(),
                    record,
                };
            }
        }
        // Changed or new: the old documents go first (also the path, in case the state
        // record was rebuilt without article ids).
        let empty = FileRecord {
            size: 0,
            mtime_ns: 0,
            hash: String::new(),
            articles: Vec::new(),
        };
        delete_file_documents(self.writer, self.fields, &c.rel, old.unwrap_or(&empty));
        let parsed = match corpus::parse_file(&c.rel, &bytes, c.format, &self.config.fields) {
            Ok(p) => p,
            Err(e) => {
                return FileOutcome::Skipped {
                    rel: c.rel.clone(),
                    reason: e.to_string(),
                    was_known,
                }
            }
        };
        drop(bytes);
        let mut stats = FileStats::default();
        let mut warnings = parsed.warnings;
        let mut ids = Vec::with_capacity(parsed.articles.len());
        for article in &parsed.articles {
            ids.push(article.id.clone());
            if let Err(e) = self.add_article(article, &mut stats) {
                warnings.push(format!("article {:?} not indexed: {e}", article.title));
            }
        }
        FileOutcome::Indexed {
            rel: c.rel.clone(),
            record: FileRecord {
                size: c.size,
                mtime_ns: c.mtime_ns,
                hash,
                articles: ids,
            },
            stats,
            warnings,
            was_known,
        }
    }

    fn add_article(&self, article: &Article, stats: &mut FileStats) -> tantivy::Result<()> {
        stats.articles += 1;
        if article.date.is_none() {
            stats.undated += 1;
        }
        let mut shared = ArticleShared {
            date: article.date.map(|d| (day_start(d), day_facet(d))),
            source_key: article.source.as_deref().map(str::to_lowercase),
            canonical_cache: HashMap::new(),
            number: 0,
        };
        // Piece by piece: memory stays bounded on a huge article (one piece for any normal one).
        for (_, piece) in crate::attribution::pieces(&article.body, crate::attribution::MAX_PIECE) {
            self.add_piece(article, piece, &mut shared, stats)?;
        }
        Ok(())
    }

    /// Adds the sentences of one piece of an article.
    fn add_piece(
        &self,
        article: &Article,
        piece: &str,
        shared: &mut ArticleShared,
        stats: &mut FileStats,
    ) -> tantivy::Result<()> {
        let f = self.fields;
        let ArticleShared {
            date,
            source_key,
            canonical_cache,
            number,
        } = shared;
        let analysis = self.attributor.analyze(piece);
        for q in &analysis.quotes {
            if matches!(q.kind, Kind::Direct | Kind::Partial) {
                stats.quotes += 1;
                if q.speaker.is_some() {
                    stats.attributed_quotes += 1;
                }
            } else if q.kind == Kind::Reported && q.speaker.is_some() {
                stats.reported += 1;
            }
        }
        // The sentences of a piece go to tantivy as one group: one segment, consecutive
        // document ids, the piece's head first (what `title:` clauses rely on, see `schema`).
        let mut docs = Vec::with_capacity(analysis.sentences.len());
        for (range, attribution) in analysis.sentences.iter().zip(analysis.per_sentence.iter()) {
            let Some(text) = piece.get(range.clone()) else {
                continue;
            };
            *number += 1;
            let mut doc = TantivyDocument::default();
            doc.add_text(f.article_id, &article.id);
            doc.add_text(f.path, &article.path);
            if docs.is_empty() {
                // A head document: the title, once per group.
                doc.add_text(f.title, &article.title);
                doc.add_text(f.head_id, &article.id);
            }
            if *number == 1 {
                // The article's first sentence: what is only read once per article.
                if let Some(source) = &article.source {
                    doc.add_text(f.source, source);
                }
                if let Some(url) = &article.url {
                    doc.add_text(f.url, url);
                }
            }
            if let Some(key) = source_key {
                doc.add_text(f.source_key, key);
            }
            if let Some((dt, day)) = date {
                doc.add_date(f.date, *dt);
                doc.add_facet(f.day, day.clone());
            }
            doc.add_u64(f.sentence, *number);
            doc.add_text(f.text, text);
            doc.add_text(f.kind, attribution.kind.as_str());
            if let Some(speaker) = &attribution.speaker {
                if !canonical_cache.contains_key(&speaker.name) {
                    let name = self.speakers.canonicalize(&speaker.name);
                    let facet = Facet::from_path([SPEAKER_FACET_ROOT, &name]);
                    let lookup = schema::speaker_lookup_key(&name);
                    canonical_cache.insert(speaker.name.clone(), (name, facet, lookup));
                }
                let (name, facet, lookup) = &canonical_cache[&speaker.name];
                if !name.is_empty() {
                    doc.add_facet(f.speaker, facet.clone());
                    doc.add_text(f.speaker_name, name);
                    doc.add_text(f.speaker_lookup, lookup);
                    if let Some(role) = &speaker.role {
                        doc.add_text(f.role, role);
                    }
                    doc.add_f64(f.confidence, f64::from(attribution.confidence));
                    if !stats.speakers.contains(name) {
                        stats.speakers.insert(name.clone());
                    }
                }
            }
            // The first value of `quote` is the sentence's main quotation; further values are
            // the speaker's other quotations in the same sentence. `quote_tokens` gives their
            // token ranges in the sentence (`quote:` searches the text postings inside them).
            let mut spans = Vec::new();
            for q in attribution.quote.iter().chain(&attribution.more_quotes) {
                if let Some(quote) = piece.get(q.clone()) {
                    doc.add_text(f.quote, quote);
                    let start = q.start.clamp(range.start, range.end) - range.start;
                    let end = q.end.clamp(range.start, range.end) - range.start;
                    spans.push(start..end);
                }
            }
            for value in schema::quote_token_ranges(text, &spans) {
                doc.add_u64(f.quote_tokens, value);
            }
            stats.sentences += 1;
            docs.push(UserOperation::Add(doc));
        }
        if !docs.is_empty() {
            self.writer.run(docs)?;
        }
        Ok(())
    }
}

/// What the documents of one article share across its pieces.
struct ArticleShared {
    /// The article's date and its `day` facet (built once, not per sentence).
    date: Option<(DateTime, Facet)>,
    source_key: Option<String>,
    /// Speaker name as attributed → canonical name, its `speaker` facet and lookup key.
    canonical_cache: HashMap<String, (String, Facet, String)>,
    /// Sentences numbered so far (numbering runs on across pieces).
    number: u64,
}

/// Merges small segments into segments of at most [`CappedMergePolicy::max_docs`] documents,
/// and never merges bigger ones.
///
/// Why not tantivy's `LogMergePolicy`: it merges eight segments of a level into one, level
/// after level, with no bound on the result. At 1 GB of input that meant merges of 3.7M
/// sentences that mapped ~900 MB of segment files (peak RSS 1.5 GiB), ran single-threaded
/// for a minute after the last commit, and merged every document twice. Here a document is
/// merged about once, and the memory a merge maps is bounded whatever the corpus size.
#[derive(Debug, Clone)]
pub struct CappedMergePolicy {
    /// Largest merged segment, in documents (sentences).
    pub max_docs: u32,
    /// Fewest small segments worth merging together (two are enough when together they
    /// make at least half of `max_docs`).
    pub min_segments: usize,
}

impl Default for CappedMergePolicy {
    fn default() -> Self {
        // A 256 MB writer flushes segments of ~620k sentences (schema 5): two make one of
        // ~1.25M that stays, ~8 segments per GB of articles. Measured at 1.1 GB (bench/README,
        // session 5): pairs cost 15% more indexing CPU than no merges (13 segments) and make
        // the bench queries 20-30% faster (each segment adds ~0.5 ms to a search); merging
        // on to 5 segments (a 2.5M cap) cost 23% more CPU and 880 MiB of peak RSS (557
        // without merges) for queries another 5-15% faster.
        CappedMergePolicy {
            max_docs: 1_500_000,
            min_segments: 4,
        }
    }
}

impl tantivy::indexer::MergePolicy for CappedMergePolicy {
    fn compute_merge_candidates(
        &self,
        segments: &[tantivy::index::SegmentMeta],
    ) -> Vec<tantivy::indexer::MergeCandidate> {
        // Smallest first, so that the many small segments of incremental runs go together.
        let mut out = Vec::new();
        // A big segment is only rewritten alone, to drop the documents deleted by
        // incremental runs once they are a good part of it.
        for s in segments {
            if s.num_docs() >= self.max_docs / 2 && s.num_deleted_docs() * 10 > s.max_doc() * 3 {
                out.push(tantivy::indexer::MergeCandidate(vec![s.id()]));
            }
        }
        let mut small: Vec<&tantivy::index::SegmentMeta> = segments
            .iter()
            .filter(|s| s.num_docs() < self.max_docs / 2)
            .collect();
        small.sort_by_key(|s| s.num_docs());
        let mut group = Vec::new();
        let mut docs = 0u64;
        let worth = |group: &Vec<_>, docs: u64| {
            group.len() >= self.min_segments
                || (group.len() >= 2 && docs >= u64::from(self.max_docs / 2))
        };
        for s in small {
            if docs + u64::from(s.num_docs()) > u64::from(self.max_docs) {
                if worth(&group, docs) {
                    out.push(tantivy::indexer::MergeCandidate(std::mem::take(&mut group)));
                }
                group.clear();
                docs = 0;
            }
            group.push(s.id());
            docs += u64::from(s.num_docs());
        }
        if worth(&group, docs) {
            out.push(tantivy::indexer::MergeCandidate(group));
        }
        out
    }
}

/// The value of the `date` field for an article of that day: its midnight, UTC.
pub fn day_start(day: chrono::NaiveDate) -> DateTime {
    let secs = day
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    DateTime::from_timestamp_secs(secs)
}

/// The `/YYYY/MM/DD` facet of a day.
pub fn day_facet(day: chrono::NaiveDate) -> Facet {
    use chrono::Datelike;
    Facet::from_path([
        format!("{:04}", day.year()),
        format!("{:02}", day.month()),
        format!("{:02}", day.day()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::index::SegmentId;
    use tantivy::indexer::MergePolicy;

    fn metas(sizes: &[u32]) -> Vec<tantivy::index::SegmentMeta> {
        let index = Index::create_in_ram(schema::build("en").0);
        sizes
            .iter()
            .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
            .collect()
    }

    fn merges(sizes: &[u32]) -> Vec<Vec<u32>> {
        let segments = metas(sizes);
        let size_of = |id: &SegmentId| {
            segments
                .iter()
                .find(|s| s.id() == *id)
                .map_or(0, |s| s.max_doc())
        };
        CappedMergePolicy::default()
            .compute_merge_candidates(&segments)
            .into_iter()
            .map(|c| {
                let mut v: Vec<u32> = c.0.iter().map(size_of).collect();
                v.sort();
                v
            })
            .collect()
    }

    #[test]
    fn capped_merges_pair_flushed_segments_and_leave_big_ones() {
        // Segments flushed by a 256 MB writer: paired, never above the cap.
        assert_eq!(
            merges(&[620_000, 625_000, 610_000]),
            vec![vec![610_000, 620_000]]
        );
        // Merged segments are not merged again.
        assert!(merges(&[1_230_000, 1_250_000, 1_245_000]).is_empty());
        // Many small segments (incremental runs) go together; one alone does not move.
        assert_eq!(merges(&[10, 20, 30, 40]), vec![vec![10, 20, 30, 40]]);
        assert!(merges(&[10, 20, 30]).is_empty());
        assert!(merges(&[700_000]).is_empty());
        assert!(merges(&[800_000, 790_000]).is_empty());
    }
}
