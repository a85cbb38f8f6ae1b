//! Speaker identity across the archive: canonical names from configured aliases, and
//! matching what a user types (`--speaker peskov`) against the names an index holds.

use std::collections::{BTreeMap, HashMap};

/// Canonical names for configured aliases.
#[derive(Debug, Clone, Default)]
pub struct SpeakerDirectory {
    /// Lowercased variant (or canonical) name → canonical name.
    canonical: HashMap<String, String>,
}

impl SpeakerDirectory {
    /// Builds the directory from the config's `[aliases]` table (canonical → variants).
    pub fn new(aliases: &BTreeMap<String, Vec<String>>) -> Self {
        let mut canonical = HashMap::new();
        for (name, variants) in aliases {
            canonical.insert(normalize(name), name.clone());
            for v in variants {
                canonical.insert(normalize(v), name.clone());
            }
        }
        SpeakerDirectory { canonical }
    }

    /// The canonical form of a speaker name: its configured canonical name, else the name
    /// itself with whitespace normalised.
    pub fn canonicalize(&self, name: &str) -> String {
        let key = normalize(name);
        match self.canonical.get(&key) {
            Some(c) => c.clone(),
            None => name.split_whitespace().collect::<Vec<_>>().join(" "),
        }
    }

    /// A matcher for the indexed speaker names that `wanted` designates: a case-insensitive
    /// match of the full name or of a configured alias; a single word (a surname) also
    /// matches every name ending in it. A longer name that matches nothing exactly falls back
    /// to the names that end with it ("J. Penrose" → "A. J. Penrose").
    pub fn matcher(&self, wanted: &str) -> SpeakerMatcher {
        let key = normalize(wanted);
        let canonical = self.canonical.get(&key).map(|c| normalize(c));
        let single_word = !key.contains(' ');
        SpeakerMatcher {
            suffix: format!(" {key}"),
            key,
            canonical,
            single_word,
        }
    }

    /// The names among `indexed` that `wanted` designates (see [`SpeakerDirectory::matcher`]).
    /// Several results mean the input is ambiguous (two Smiths); none means the speaker is
    /// unknown to the index.
    pub fn resolve<'a>(&self, wanted: &str, indexed: &'a [String]) -> Vec<&'a String> {
        let m = self.matcher(wanted);
        let mut exact = Vec::new();
        let mut by_suffix = Vec::new();
        for name in indexed {
            match m.classify(name) {
                Some(Match::Exact) => exact.push(name),
                Some(Match::Suffix) => by_suffix.push(name),
                None => {}
            }
        }
        m.choose(exact, by_suffix)
    }
}

/// How a name matched a wanted speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The full name or an alias of it.
    Exact,
    /// The name ends with the wanted words.
    Suffix,
}

/// Compares indexed names against one `--speaker` argument.
#[derive(Debug, Clone)]
pub struct SpeakerMatcher {
    key: String,
    suffix: String,
    canonical: Option<String>,
    single_word: bool,
}

impl SpeakerMatcher {
    /// How `name` matches, if it does.
    pub fn classify(&self, name: &str) -> Option<Match> {
        // Called for every speaker name in the index (tens of thousands per search): ASCII
        // names, nearly all of them, are compared word by word without allocating.
        if name.is_ascii() {
            let exact = |key: &str| words_eq_ascii(name, key);
            if exact(&self.key) || self.canonical.as_deref().is_some_and(exact) {
                return Some(Match::Exact);
            }
            return ends_with_words_ascii(name, &self.key).then_some(Match::Suffix);
        }
        let n = normalize(name);
        if n == self.key || self.canonical.as_deref() == Some(n.as_str()) {
            Some(Match::Exact)
        } else if n.ends_with(&self.suffix) {
            Some(Match::Suffix)
        } else {
            None
        }
    }

    /// The lowercased last words that every designated name ends with (the wanted name's,
    /// and its alias's canonical name's): the speaker lookup key of the index starts with one.
    pub fn last_words(&self) -> Vec<&str> {
        let mut words = vec![self.key.rsplit(' ').next().unwrap_or("")];
        if let Some(canonical) = &self.canonical {
            let last = canonical.rsplit(' ').next().unwrap_or("");
            if !words.contains(&last) {
                words.push(last);
            }
        }
        words
    }

    /// The final selection: a surname takes every match; a longer name takes its exact
    /// matches, or the suffix matches when there is none.
    pub fn choose<T>(&self, mut exact: Vec<T>, by_suffix: Vec<T>) -> Vec<T> {
        if self.single_word || exact.is_empty() {
            exact.extend(by_suffix);
        }
        exact
    }
}

/// Whether the ASCII `name`, normalised, equals `key` (already normalised).
fn words_eq_ascii(name: &str, key: &str) -> bool {
    let mut words = name.split_whitespace();
    // A normalised key has no empty word, except the empty key, which has none.
    let mut keys = key.split(' ').filter(|k| !k.is_empty());
    loop {
        match (words.next(), keys.next()) {
            (None, None) => return true,
            (Some(w), Some(k)) if w.eq_ignore_ascii_case(k) => {}
            _ => return false,
        }
    }
}

/// Whether the ASCII `name`, normalised, ends with `" " + key` (`key` already normalised).
fn ends_with_words_ascii(name: &str, key: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    for k in key.split(' ').rev() {
        match words.next() {
            Some(w) if w.eq_ignore_ascii_case(k) => {}
            _ => return false,
        }
    }
    words.next().is_some()
}

/// Lowercase, whitespace collapsed, dots after initials/honorifics kept as written.
fn normalize(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> SpeakerDirectory {
        let mut a = BTreeMap::new();
        a.insert(
            "Dmitry Peskov".to_string(),
            vec!["Dmitri Peskov".to_string()],
        );
        SpeakerDirectory::new(&a)
    }

    #[test]
    fn aliases_canonicalize() {
        let d = dir();
        assert_eq!(d.canonicalize("Dmitri  Peskov"), "Dmitry Peskov");
        assert_eq!(d.canonicalize("dmitry peskov"), "Dmitry Peskov");
        assert_eq!(d.canonicalize("Anya Kovalenko"), "Anya Kovalenko");
    }

    #[test]
    fn resolve_full_alias_and_surname() {
        let d = dir();
        let names = vec![
            "Dmitry Peskov".to_string(),
            "John Smith".to_string(),
            "Mary Smith".to_string(),
        ];
        assert_eq!(d.resolve("dmitri peskov", &names), vec![&names[0]]);
        assert_eq!(d.resolve("PESKOV", &names), vec![&names[0]]);
        // A surname finds the bare surname and every full name ending in it.
        let trump = vec!["Trump".to_string(), "Donald Trump".to_string()];
        assert_eq!(d.resolve("trump", &trump).len(), 2);
        assert_eq!(d.resolve("Donald Trump", &trump), vec![&trump[1]]);
        let initials = vec!["A. J. Penrose".to_string()];
        assert_eq!(d.resolve("J. Penrose", &initials), vec![&initials[0]]);
        assert_eq!(d.resolve("Smith", &names).len(), 2);
        assert_eq!(d.resolve("mary smith", &names), vec![&names[2]]);
        assert!(d.resolve("Nobody", &names).is_empty());
    }

    #[test]
    fn ascii_fast_path_agrees_with_normalising() {
        let d = dir();
        let names = [
            "Dmitry Peskov",
            "dmitry  peskov",
            "DMITRI PESKOV",
            "Peskov",
            "A. Peskov",
            "Peskovich",
            "Dmitry\tPeskov",
            "Dmitry Peskov Jr.",
            "",
            " ",
        ];
        for wanted in ["Peskov", "dmitri peskov", "Dmitry Peskov", "y Peskov", ""] {
            let m = d.matcher(wanted);
            for name in names {
                // The slow path, as classify did it for every name before.
                let n = normalize(name);
                let slow = if n == m.key || m.canonical.as_deref() == Some(n.as_str()) {
                    Some(Match::Exact)
                } else if n.ends_with(&m.suffix) {
                    Some(Match::Suffix)
                } else {
                    None
                };
                assert_eq!(m.classify(name), slow, "{wanted:?} vs {name:?}");
            }
        }
    }

    #[test]
    fn last_words_cover_alias_and_canonical() {
        let d = dir();
        assert_eq!(d.matcher("Dmitri  PESKOV").last_words(), vec!["peskov"]);
        assert_eq!(d.matcher("Smith").last_words(), vec!["smith"]);
        let mut a = BTreeMap::new();
        a.insert(
            "Vladimir Putin".to_string(),
            vec!["The President".to_string()],
        );
        let d = SpeakerDirectory::new(&a);
        assert_eq!(
            d.matcher("the president").last_words(),
            vec!["president", "putin"]
        );
    }
}
