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

    /// The indexed speaker names that `wanted` designates: a case-insensitive match of the
    /// full name, of a configured alias, or of the surname (last word). Several results mean
    /// the input is ambiguous (two Smiths); none means the speaker is unknown to the index.
    pub fn resolve<'a>(&self, wanted: &str, indexed: &'a [String]) -> Vec<&'a String> {
        let key = normalize(wanted);
        let canonical = self.canonical.get(&key).map(|c| normalize(c));
        let exact: Vec<&String> = indexed
            .iter()
            .filter(|name| {
                let n = normalize(name);
                n == key || canonical.as_deref() == Some(n.as_str())
            })
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        indexed
            .iter()
            .filter(|name| {
                let n = normalize(name);
                let surname = n.rsplit(' ').next().unwrap_or(&n);
                surname == key || n.ends_with(&format!(" {key}"))
            })
            .collect()
    }
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
        assert_eq!(d.resolve("Smith", &names).len(), 2);
        assert_eq!(d.resolve("mary smith", &names), vec![&names[2]]);
        assert!(d.resolve("Nobody", &names).is_empty());
    }
}
