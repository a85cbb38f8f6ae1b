//! Within-article coreference: surnames and "Mr X" to the fullest name, he/she/they to the
//! most recent compatible person or organisation, "the minister" to the person with that role.
//! When two candidates fit equally, nothing is returned (precision over recall).

use std::collections::HashMap;

use super::names::{parse_back, tokens_text, Gender, MKind, Mention};
use super::tokens::Tok;

/// A person or organisation of the article.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Fullest form of the name in the article.
    pub name: String,
    /// Lower-cased name tokens.
    pub parts: Vec<String>,
    /// First role seen with the name.
    pub role: Option<String>,
    /// Gender from honorifics, titles and first names.
    pub gender: Gender,
    /// Organisation.
    pub is_org: bool,
}

/// A mention of an entity outside quotations.
#[derive(Debug, Clone, Copy)]
struct Occ {
    pos: usize,
    para: usize,
    entity: usize,
}

/// The entities of one article and where they are mentioned.
#[derive(Debug, Default)]
pub struct Coref {
    /// All entities.
    pub entities: Vec<Entity>,
    by_last: HashMap<String, Vec<usize>, super::lexicon::FxBuild>,
    occs: Vec<Occ>,
}

fn lower_parts(s: &str) -> Vec<String> {
    s.split([' ', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

impl Coref {
    /// Collects the names and organisations mentioned outside quotations.
    pub fn build(
        text: &str,
        toks: &[Tok],
        para_of: &dyn Fn(usize) -> usize,
    ) -> (Coref, Vec<(usize, Mention)>) {
        let mut found: Vec<(usize, Mention)> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if !t.word || t.in_quote || !(t.cap || t.all_caps) {
                i += 1;
                continue;
            }
            // The end of this capitalised run.
            let mut e = i;
            while e + 1 < toks.len() && !toks[e + 1].in_quote {
                let n = &toks[e + 1];
                let cont = (n.word && (n.cap || n.all_caps) && !toks[e].poss)
                    || (n.is('.')
                        && toks[e].word
                        && toks[e].cap
                        && toks[e].end - toks[e].start <= 4
                        && e + 2 < toks.len()
                        && toks[e + 2].cap);
                if !cont {
                    break;
                }
                e += 1;
            }
            if let Some(m) = parse_back(text, toks, i, e) {
                if matches!(m.kind, MKind::Name | MKind::Org) {
                    found.push((e, m));
                }
            }
            i = e + 1;
        }
        let mut c = Coref::default();
        // Full names first, so that surnames seen earlier (a headline) still find them.
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&k| {
            let m = &found[k].1;
            (usize::from(m.name.end - m.name.start < 2 || m.is_org), k)
        });
        let mut ent_of = vec![usize::MAX; found.len()];
        for k in order {
            let m = &found[k].1;
            let name = tokens_text(text, toks, m.name.clone());
            let id = c.add(text, toks, m, name);
            ent_of[k] = id;
        }
        for (k, (e, _)) in found.iter().enumerate() {
            if ent_of[k] != usize::MAX {
                c.occs.push(Occ {
                    pos: toks[*e].start,
                    para: para_of(toks[*e].start),
                    entity: ent_of[k],
                });
            }
        }
        (c, found)
    }

    fn add(&mut self, text: &str, toks: &[Tok], m: &Mention, name: String) -> usize {
        let parts = lower_parts(&name);
        let role = m.role.clone().map(|r| tokens_text(text, toks, r));
        if parts.is_empty() {
            return usize::MAX;
        }
        if m.is_org {
            if let Some(id) = self
                .entities
                .iter()
                .position(|e| e.is_org && e.parts == parts)
            {
                return id;
            }
        } else if let Some(id) = self.lookup(&parts, m.gender) {
            let e = &mut self.entities[id];
            if e.gender == Gender::Unknown {
                e.gender = m.gender;
            }
            if e.role.is_none() {
                e.role = role;
            }
            return id;
        }
        let id = self.entities.len();
        let last = parts.last().cloned().unwrap_or_default();
        self.entities.push(Entity {
            name,
            parts,
            role,
            gender: m.gender,
            is_org: m.is_org,
        });
        self.by_last.entry(last).or_default().push(id);
        id
    }

    /// The person entity a name (possibly just a surname) refers to.
    fn lookup(&self, parts: &[String], gender: Gender) -> Option<usize> {
        let last = parts.last()?;
        let ids = self.by_last.get(last)?;
        let fits = |e: &Entity| {
            !e.is_org
                && (gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == gender)
                && (parts.len() == 1
                    || e.parts.len() == 1
                    || e.parts[0] == parts[0]
                    || e.parts.ends_with(parts))
        };
        // The first entity introduced with that surname is the one a bare surname means.
        ids.iter().copied().find(|&id| fits(&self.entities[id]))
    }

    /// Resolves a name mention to an entity id.
    pub fn resolve_name(&self, text: &str, toks: &[Tok], m: &Mention) -> Option<usize> {
        let name = tokens_text(text, toks, m.name.clone());
        let parts = lower_parts(&name);
        if m.is_org {
            return self
                .entities
                .iter()
                .position(|e| e.is_org && e.parts == parts);
        }
        self.lookup(&parts, m.gender)
    }

    /// Resolves he/she/they at byte `pos` in paragraph `para`. `last_speaker` is the most
    /// recent attributed speaker entity before `pos`, with its paragraph.
    pub fn resolve_pronoun(
        &self,
        m: &Mention,
        pos: usize,
        para: usize,
        last_speaker: Option<(usize, usize)>,
    ) -> Option<(usize, f32)> {
        let end = self.occs.partition_point(|o| o.pos < pos);
        let min_para = para.saturating_sub(2);
        if m.plural {
            // "they": the most recent organisation in reach.
            for o in self.occs[..end].iter().rev() {
                if o.para < min_para {
                    break;
                }
                if self.entities[o.entity].is_org {
                    return Some((o.entity, 0.6));
                }
            }
            return None;
        }
        let compatible = |id: usize| {
            let e = &self.entities[id];
            !e.is_org && (e.gender == m.gender || e.gender == Gender::Unknown)
        };
        let known = |id: usize| self.entities[id].gender == m.gender;
        // Distinct compatible people mentioned earlier in this paragraph, most recent first.
        let mut here: Vec<usize> = Vec::new();
        for o in self.occs[..end].iter().rev() {
            if o.para != para {
                break;
            }
            if compatible(o.entity) && !here.contains(&o.entity) {
                here.push(o.entity);
            }
        }
        let ls_ok = last_speaker.filter(|&(ls, lp)| lp + 2 >= para && compatible(ls));
        // A recent speaker whose gender is known to fit beats capitalised mentions with no
        // gender evidence (places and teams read as names: "Kestria", "Gull Point").
        let known_speaker = ls_ok.map(|(ls, _)| ls).filter(|&ls| known(ls));
        match here.len() {
            1 => {
                if let Some(ls) = known_speaker.filter(|&ls| ls != here[0] && !known(here[0])) {
                    return Some((ls, 0.65));
                }
                return Some((here[0], 0.8));
            }
            0 => {}
            _ => {
                let k: Vec<usize> = here.iter().copied().filter(|&e| known(e)).collect();
                if k.len() == 1 {
                    return Some((k[0], 0.75));
                }
                if let (true, Some(ls)) = (k.is_empty(), known_speaker) {
                    return Some((ls, 0.65));
                }
                if let Some((ls, _)) = ls_ok {
                    if here.contains(&ls) {
                        return Some((ls, 0.7));
                    }
                }
                // Several people fit: leave the speaker empty.
                return None;
            }
        }
        if let Some((ls, _)) = ls_ok {
            return Some((ls, 0.75));
        }
        // Earlier paragraphs: the most recent person of the right gender.
        let mut first_unknown: Option<usize> = None;
        let mut persons = 0;
        for o in self.occs[..end].iter().rev() {
            if o.para < min_para {
                break;
            }
            if self.entities[o.entity].is_org {
                continue;
            }
            persons += 1;
            if !compatible(o.entity) {
                continue;
            }
            if known(o.entity) {
                return Some((o.entity, 0.65));
            }
            if first_unknown.is_none() {
                first_unknown = Some(o.entity);
            }
        }
        if let (Some(u), 1) = (first_unknown, persons) {
            return Some((u, 0.6));
        }
        None
    }

    /// Resolves a description ("the minister", "the ministry") at byte `pos`.
    pub fn resolve_desc(&self, text: &str, toks: &[Tok], m: &Mention, pos: usize) -> Option<usize> {
        let head = toks
            .get(m.name.end.checked_sub(1)?)
            .map(|t| text[t.start..t.end].to_lowercase())?;
        let end = self.occs.partition_point(|o| o.pos < pos);
        let mut found: Option<usize> = None;
        for o in self.occs[..end].iter().rev() {
            let e = &self.entities[o.entity];
            let fits = if m.is_org {
                e.is_org && e.parts.last() == Some(&head)
            } else {
                !e.is_org
                    && e.role
                        .as_ref()
                        .is_some_and(|r| r.to_lowercase().split(' ').any(|w| w == head))
            };
            if fits {
                match found {
                    None => found = Some(o.entity),
                    Some(f) if f == o.entity => {}
                    // Two different people held that role recently: ambiguous.
                    Some(_) => return None,
                }
                break;
            }
        }
        found
    }

    /// Gender-compatible entity test used by callers.
    pub fn entity(&self, id: usize) -> &Entity {
        &self.entities[id]
    }
}
