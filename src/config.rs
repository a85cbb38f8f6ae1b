//! `index-config.toml`: user settings, validated into typed structs.
//!
//! Unknown keys are an error that names the key, so a typo never silently does nothing.
//! Relative paths in the file are resolved against the directory that holds the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The default name of the configuration file, looked up in the current directory.
pub const DEFAULT_CONFIG_FILE: &str = "index-config.toml";

/// Errors reading or validating the configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config {path}: {source}")]
    Io {
        /// The config file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has an unknown or mistyped key.
    #[error("invalid config {path}: {message}")]
    Invalid {
        /// The config file.
        path: PathBuf,
        /// What is wrong, naming the key.
        message: String,
    },
}

/// The whole configuration file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Directory of articles to index.
    pub corpus: PathBuf,
    /// Directory where the index is written.
    pub index: PathBuf,
    /// File extensions to read (without the dot, case-insensitive).
    pub extensions: Vec<String>,
    /// Language of the articles: `"en"` stems English words; `"none"` disables stemming.
    pub language: String,
    /// Memory budget of the index writer, in megabytes (split across its threads).
    pub writer_memory_mb: usize,
    /// Threads for parsing and indexing; 0 means one per core.
    pub threads: usize,
    /// Field names recognised in `.json` and `.jsonl` articles.
    pub fields: FieldMapping,
    /// Attribution settings.
    pub attribution: AttributionConfig,
    /// Speaker aliases: canonical name → other spellings that mean the same person.
    pub aliases: BTreeMap<String, Vec<String>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            corpus: PathBuf::from("corpus"),
            index: PathBuf::from(".morgue-index"),
            extensions: [
                "txt", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            language: "en".to_string(),
            writer_memory_mb: 256,
            threads: 0,
            fields: FieldMapping::default(),
            attribution: AttributionConfig::default(),
            aliases: BTreeMap::new(),
        }
    }
}

/// JSON field names for each article property; the first name present in a record wins.
/// Dotted names (`"meta.published"`) reach into nested objects.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FieldMapping {
    /// Stable record id (used for the article id of JSON Lines records).
    pub id: Vec<String>,
    /// Headline.
    pub title: Vec<String>,
    /// Publication date.
    pub date: Vec<String>,
    /// Article text.
    pub body: Vec<String>,
    /// Outlet.
    pub source: Vec<String>,
    /// Bylines (a string or an array of strings).
    pub authors: Vec<String>,
    /// Canonical URL.
    pub url: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldMapping {
    fn default() -> Self {
        FieldMapping {
            id: names(&["id", "article_id", "guid"]),
            title: names(&["title", "headline"]),
            date: names(&[
                "date",
                "published",
                "published_at",
                "date_publish",
                "datePublished",
                "pubdate",
            ]),
            body: names(&["text", "body", "maintext", "content", "article"]),
            source: names(&["source", "source_domain", "publisher", "outlet"]),
            authors: names(&["authors", "author", "byline"]),
            url: names(&["url", "link"]),
        }
    }
}

/// Attribution settings in the config file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct AttributionConfig {
    /// Extra speech verbs beyond the built-in lexicon ("quipped", "conceded").
    pub speech_verbs: Vec<String>,
}

impl Config {
    /// Reads and validates a config file; relative paths become relative to its directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Config::parse(&text).map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })?;
        let base = path.parent().unwrap_or(Path::new(""));
        config.corpus = base.join(&config.corpus);
        config.index = base.join(&config.index);
        Ok(config)
    }

    /// Parses config text without touching the file system (paths stay as written).
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        if !matches!(self.language.as_str(), "en" | "none") {
            return Err(format!(
                "language = {:?} is not supported (use \"en\" or \"none\")",
                self.language
            ));
        }
        if self.writer_memory_mb < 20 {
            return Err(format!(
                "writer_memory_mb = {} is too small (at least 20)",
                self.writer_memory_mb
            ));
        }
        Ok(())
    }

    /// Whether a file extension (without the dot) is one the config asks to read.
    pub fn wants_extension(&self, ext: &str) -> bool {
        self.extensions.iter().any(|e| e.eq_ignore_ascii_case(ext))
    }
}

/// toml's errors span several lines with a source excerpt; keep the message on one line.
fn one_line(message: &str) -> String {
    let mut parts = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|') && !l.chars().all(|c| c == '^'))
        .filter(|l| !l.chars().next().is_some_and(|c| c.is_ascii_digit()) || !l.contains(" | "));
    let mut out = parts.next().unwrap_or_default().to_string();
    for p in parts {
        out.push_str(": ");
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_named() {
        let err = Config::parse("corpus = \"x\"\ncorpsu = \"y\"\n").unwrap_err();
        assert!(err.contains("corpsu"), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn unknown_nested_key_is_named() {
        let err = Config::parse("[fields]\ntitel = [\"h\"]\n").unwrap_err();
        assert!(err.contains("titel"), "{err}");
    }

    #[test]
    fn defaults_fill_missing_keys() {
        let c = Config::parse("corpus = \"articles\"\n").unwrap();
        assert_eq!(c.corpus, PathBuf::from("articles"));
        assert_eq!(c.language, "en");
        assert!(c.fields.body.contains(&"maintext".to_string()));
    }

    #[test]
    fn aliases_parse() {
        let c = Config::parse("[aliases]\n\"Dmitry Peskov\" = [\"Dmitri Peskov\"]\n").unwrap();
        assert_eq!(
            c.aliases["Dmitry Peskov"],
            vec!["Dmitri Peskov".to_string()]
        );
    }

    #[test]
    fn bad_language_is_rejected() {
        assert!(Config::parse("language = \"xx\"\n")
            .unwrap_err()
            .contains("xx"));
    }
}
