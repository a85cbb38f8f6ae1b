//! Within-article coreference: surnames and "Mr X" to the fullest name, he/she/they to the
//! most recent compatible person or organisation, "the minister" to the person with that role.
//! When two candidates fit equally, nothing is returned (precision over recall).

use std::collections::HashMap;

use super::lexicon::{
    CLUB_NAME_HEADS, COMPANY_NAME_HEADS, FEM, MASC, ORG, PERSON_NOUN, ROLE, TITLE,
};
use super::names::{kin_gender, parse_back, parse_name_run, tokens_text, Gender, MKind, Mention};
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
    /// A place or agency read as a name ("in Kestria", "at Gull Point", "(Narrow Sea Wire)"):
    /// never a pronoun's antecedent.
    pub place: bool,
    /// An unnamed person ("one crane driver"): a he/she that refers to them stays unresolved.
    pub anonymous: bool,
}

/// A mention of an entity outside quotations.
#[derive(Debug, Clone, Copy)]
struct Occ {
    pos: usize,
    para: usize,
    entity: usize,
    /// The mention opens its paragraph: the paragraph's subject.
    para_initial: bool,
}

/// Prepositions before a capitalised run that make it a place, not a person.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
    "around",
    "into",
];

/// Whether an organisation description head ("the club", "the agency") can denote an
/// organisation whose name ends in `last` ("Saltreach Athletic", "National Relief Corps").
fn org_kind_fits(head: &str, last: &str) -> bool {
    if head == last {
        return true;
    }
    let heads: &[&str] = match head {
        "club" | "team" => CLUB_NAME_HEADS,
        "agency" | "service" | "body" => &[
            "agency",
            "corps",
            "office",
            "service",
            "authority",
            "administration",
            "bureau",
            "commission",
            "directorate",
            "board",
            "institute",
            "department",
            "inspectorate",
        ],
        "regulator" | "watchdog" => &[
            "commission",
            "authority",
            "office",
            "regulator",
            "agency",
            "commissioner",
            "board",
            "inspectorate",
        ],
        "company" | "firm" | "group" | "operator" | "manufacturer" | "carrier" => {
            COMPANY_NAME_HEADS
        }
        "ministry" | "department" => &["ministry", "department", "office"],
        "government" | "administration" => &["government", "administration", "cabinet"],
        "council" => &["council", "assembly"],
        "bank" => &["bank", "reserve"],
        "court" => &["court", "tribunal"],
        "union" => &["union", "federation", "confederation"],
        "office" => &["office", "bureau"],
        "police" | "force" => &["police", "constabulary", "force"],
        _ => &[],
    };
    heads.contains(&last)
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
        // Same result as `to_lowercase` for ASCII, without its Unicode machinery.
        .map(|w| {
            if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.to_lowercase()
            }
        })
        .collect()
}

/// The person entity whose name is exactly `parts` (last word `last`), if any.
fn self_named(c: &Coref, last: &str, parts: &[String]) -> Option<usize> {
    c.by_last
        .get(last)?
        .iter()
        .copied()
        .find(|&id| !c.entities[id].is_org && c.entities[id].parts == parts)
}

impl Coref {
    /// Collects the names and organisations mentioned outside quotations.
    pub fn build(
        text: &str,
        toks: &[Tok],
        para_of: &dyn Fn(usize) -> usize,
    ) -> (Coref, Vec<(usize, Mention)>) {
        // About one name per 25 tokens in news text: few regrowths of this large-element vector.
        let mut found: Vec<(usize, Mention)> = Vec::with_capacity(toks.len() / 25 + 4);
        let mut possessed: Vec<(usize, Mention)> = Vec::new();
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
                // "Bank of Aldmere": "of" between an organisation head and a name.
                let of_org = n.word
                    && !n.cap
                    && toks[e].cap
                    && toks[e].has(ORG)
                    && !toks[e].poss
                    && text[n.start..n.end].eq_ignore_ascii_case("of")
                    && toks
                        .get(e + 2)
                        .is_some_and(|x| x.word && x.cap && !x.in_quote);
                let cont = (n.word && (n.cap || n.all_caps) && !toks[e].poss)
                    || of_org
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
            let org_head = toks.get(e + 1).filter(|h| {
                h.word && !h.cap && !h.in_quote && h.has(ORG) && !h.has(ROLE) && !toks[e].poss
            });
            let m = if toks[e].poss {
                // "the Narrow Sea Council's envoy" mentions the council.
                let m = parse_name_run(text, toks, i, e);
                // "Tom Brandt's hair …" mentions Tom Brandt: a full name, kept for a later
                // "he" once the person is known by that name elsewhere in the article.
                if let Some(p) = m
                    .as_ref()
                    .filter(|m| m.kind == MKind::Name && m.name.end - m.name.start >= 2)
                {
                    possessed.push((e, p.clone()));
                }
                m.filter(|m| m.kind == MKind::Org)
            } else if org_head.is_some() {
                // "Merrow police", "the Clinton campaign": the name with its head noun.
                e += 1;
                parse_back(text, toks, i, e).filter(|m| m.kind == MKind::Org)
            } else {
                parse_back(text, toks, i, e)
            };
            if let Some(mut m) = m {
                // "9/11 widow Terry Moy", "his wife Terry": a kinship word right before a
                // person's name corrects the gender a first name suggests. It gives none to a
                // name of unknown gender: a relative named in passing ("his son Beau") must
                // not become a likelier antecedent than the speaker.
                if m.kind == MKind::Name && !m.is_org && m.gender != Gender::Unknown && i > 0 {
                    let p = &toks[i - 1];
                    if !p.cap && !p.in_quote {
                        if let Some(g) = kin_gender(text, p) {
                            m.gender = g;
                        }
                    }
                }
                if matches!(m.kind, MKind::Name | MKind::Org) {
                    found.push((e, m));
                }
            }
            i = e + 1;
        }
        let mut c = Coref::default();
        // Sized once: at most one entity and one occurrence per mention.
        c.entities.reserve(found.len());
        c.occs.reserve(found.len());
        c.by_last.reserve(found.len());
        // Full names first, so that surnames seen earlier (a headline) still find them.
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&k| {
            let m = &found[k].1;
            let rank = if m.is_org {
                1
            } else if m.name.end - m.name.start < 2 {
                2
            } else {
                0
            };
            (rank, k)
        });
        let mut ent_of = vec![usize::MAX; found.len()];
        for k in order {
            let m = &found[k].1;
            let name = tokens_text(text, toks, m.name.clone());
            let id = c.add(text, toks, m, name);
            ent_of[k] = id;
        }
        let mut place_votes = vec![0usize; c.entities.len()];
        for (k, (e, m)) in found.iter().enumerate() {
            if ent_of[k] == usize::MAX {
                continue;
            }
            let st = super::tokens::tok_at(toks, m.span.start);
            let para = para_of(toks[*e].start);
            let para_initial = st == 0 || para_of(toks[st - 1].start) != para;
            // A role read into a place name ("United" of "the United States") is no
            // title: only an honorific or rank ("in Gov. Moy's office") says person.
            let titled = m
                .role
                .as_ref()
                .is_some_and(|r| toks[r.clone()].iter().any(|t| t.has(TITLE)));
            if st > 0 && !m.is_org && !titled {
                // "in Kestria", "in the United States".
                let the = st >= 2 && super::names::word(text, &toks[st - 1]) == "the";
                let p = &toks[if the { st - 2 } else { st - 1 }];
                let locative =
                    p.word && !p.cap && LOCATIVE.iter().any(|w| super::names::word(text, p) == *w);
                // "(Narrow Sea Wire)" in a dateline: an agency, not a person.
                let bracketed = p.is('(') && toks.get(*e + 1).is_some_and(|n| n.is(')'));
                // "HEMPSTEAD, N.Y. -": a dateline place in capitals.
                let shouted = toks[st..=*e]
                    .iter()
                    .all(|t| !t.word || (t.all_caps && t.end - t.start > 3));
                if locative || bracketed || shouted {
                    place_votes[ent_of[k]] += 1;
                }
            }
            c.occs.push(Occ {
                pos: toks[*e].start,
                para,
                entity: ent_of[k],
                para_initial,
            });
        }
        // A sentence that opens with the possessive full name of a person named the same way
        // elsewhere ("Tom Brandt's hair was whiter …", with "Tom Brandt said" further on) is
        // about that person: a mention a pronoun can point to. Inside a sentence ("a memory of
        // Tom Brandt's years") the possessor is no subject, and is left out.
        let mut sorted = true;
        for (e, m) in &possessed {
            let st = super::tokens::tok_at(toks, m.span.start);
            let opens_sentence = st == 0
                || text[toks[st - 1].end..m.span.start].contains('\n')
                || (!toks[st - 1].word && matches!(toks[st - 1].first, '.' | '?' | '!'));
            if !opens_sentence {
                continue;
            }
            let parts = lower_parts(&tokens_text(text, toks, m.name.clone()));
            let Some(last) = parts.last() else { continue };
            let same = self_named(&c, last, &parts);
            if let Some(id) = same {
                let pos = toks[*e].start;
                sorted &= c.occs.last().is_none_or(|o| o.pos <= pos);
                let para = para_of(pos);
                c.occs.push(Occ {
                    pos,
                    para,
                    entity: id,
                    para_initial: st == 0 || para_of(toks[st - 1].start) != para,
                });
            }
        }
        if !sorted {
            c.occs.sort_by_key(|o| o.pos);
        }
        // Unnamed people introduced with an indefinite article ("one crane driver ...").
        let mut anonymous: Vec<Occ> = Vec::new();
        let mut j = 0;
        while j < toks.len() {
            let t = &toks[j];
            // Cheap byte test first: this runs on every token.
            let indefinite = t.word
                && !t.in_quote
                && t.end - t.start <= 7
                && matches!(text.as_bytes()[t.start] | 0x20, b'a' | b'o')
                && ["a", "an", "one", "another"]
                    .iter()
                    .any(|w| super::names::word(text, t).eq_ignore_ascii_case(w));
            if indefinite {
                let mut h = j + 1;
                while h < toks.len() && h <= j + 4 && toks[h].word && !toks[h].cap {
                    if toks[h].has(PERSON_NOUN | ROLE) {
                        let gender = if toks[h].has(FEM) {
                            Gender::Female
                        } else if toks[h].has(MASC) {
                            Gender::Male
                        } else {
                            Gender::Unknown
                        };
                        c.entities.push(Entity {
                            name: String::new(),
                            parts: Vec::new(),
                            role: None,
                            gender,
                            is_org: false,
                            place: false,
                            anonymous: true,
                        });
                        let pos = toks[h].start;
                        anonymous.push(Occ {
                            pos,
                            para: para_of(pos),
                            entity: c.entities.len() - 1,
                            para_initial: false,
                        });
                        break;
                    }
                    h += 1;
                }
            }
            j += 1;
        }
        if !anonymous.is_empty() {
            c.occs.extend(anonymous);
            // Stable: mentions stay in text order.
            c.occs.sort_by_key(|o| o.pos);
        }
        for (id, votes) in place_votes.into_iter().enumerate() {
            let e = &mut c.entities[id];
            if votes > 0 && !e.is_org && e.gender == Gender::Unknown {
                e.place = true;
            }
        }
        // "Hours later, she …", "Check the list …": one capitalised word of unknown gender and
        // no role, mentioned once, at a sentence start (a word the text never writes
        // capitalised inside a sentence outside quotations), is a common noun opening a
        // sentence, not a person a pronoun can point to (marked like a place).
        let mut mentions = vec![(0usize, 0usize); c.entities.len()];
        for o in &c.occs {
            if let Some(n) = mentions.get_mut(o.entity) {
                n.0 += 1;
                n.1 = o.pos;
            }
        }
        for (id, &(n, pos)) in mentions.iter().enumerate() {
            let e = &c.entities[id];
            if n != 1
                || e.is_org
                || e.place
                || e.parts.len() != 1
                || e.role.is_some()
                || e.gender != Gender::Unknown
            {
                continue;
            }
            let k = super::tokens::tok_at(toks, pos);
            let opens_sentence = k == 0
                || text[toks[k - 1].end..pos].contains('\n')
                || !toks[k - 1].word
                    && matches!(toks[k - 1].first, '.' | '?' | '!' | ':' | '"' | '“' | '”');
            if opens_sentence {
                c.entities[id].place = true;
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
            if let Some(id) = self.org_by_parts(&parts) {
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
        } else if let Some(id) = self.org_by_first_word(&parts) {
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
            place: false,
            anonymous: false,
        });
        self.by_last.entry(last).or_default().push(id);
        id
    }

    /// The organisation named `parts`, or shortened to its last word ("Athletic" after
    /// "Saltreach Athletic"; not a generic head such as "Ministry").
    fn org_by_parts(&self, parts: &[String]) -> Option<usize> {
        if let Some(id) = self
            .entities
            .iter()
            .position(|e| e.is_org && e.parts == parts)
        {
            return Some(id);
        }
        let [word] = parts else {
            return None;
        };
        // An organisation head ("Ministry", "Council") is too generic to stand for one.
        if super::lexicon::org_head(word) {
            return None;
        }
        let mut fits = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_org && e.parts.len() >= 2 && e.parts.last() == Some(word));
        match (fits.next(), fits.next()) {
            (Some((id, _)), None) => Some(id),
            _ => None,
        }
    }

    /// "Brightline" after "Brightline Systems": a one-word name that starts an organisation's name.
    /// Not one named by a common noun after a name ("the Moy campaign", "Moy supporters"): there
    /// the name is the person the organisation belongs to, and "Moy" is that person.
    fn org_by_first_word(&self, parts: &[String]) -> Option<usize> {
        if parts.len() != 1 {
            return None;
        }
        self.entities.iter().position(|e| {
            e.is_org
                && e.parts.len() >= 2
                && e.parts[0] == parts[0]
                && !e
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        })
    }

    /// Records the gender a resolved he/she reveals ("Ostervald ... she said").
    pub fn learn_gender(&mut self, id: usize, gender: Gender) {
        if let Some(e) = self.entities.get_mut(id) {
            if e.gender == Gender::Unknown && !e.is_org {
                e.gender = gender;
            }
        }
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
            return self.org_by_parts(&parts);
        }
        self.lookup(&parts, m.gender)
            .or_else(|| self.org_by_first_word(&parts))
    }

    /// Resolves he/she/they at byte `pos` in paragraph `para`. `recent_speakers` are the
    /// attributed speaker entities before `pos` with their paragraphs, most recent last.
    pub fn resolve_pronoun(
        &self,
        m: &Mention,
        pos: usize,
        para: usize,
        recent_speakers: &[(usize, usize)],
    ) -> Option<(usize, f32)> {
        // The unnamed person a pronoun points to cannot be a named speaker.
        self.pronoun_antecedent(m, pos, para, recent_speakers)
            .filter(|&(id, _)| !self.entities[id].anonymous)
    }

    fn pronoun_antecedent(
        &self,
        m: &Mention,
        pos: usize,
        para: usize,
        recent_speakers: &[(usize, usize)],
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
            // A word in capitals longer than an acronym is a heading ("BORROWING Back").
            let heading = e
                .name
                .split(' ')
                .any(|w| w.len() > 4 && w.chars().all(|c| !c.is_lowercase()));
            !e.is_org
                && !e.place
                && !heading
                && (e.gender == m.gender || e.gender == Gender::Unknown)
        };
        let known = |id: usize| self.entities[id].gender == m.gender;
        // Evidence that a capitalised mention is a person: a gender or a role.
        let evident = |id: usize| {
            let e = &self.entities[id];
            known(id) || e.role.is_some() || e.anonymous
        };
        // Distinct compatible people mentioned earlier in this paragraph, most recent first,
        // and the one that opens the paragraph (its subject), if any.
        let mut here: Vec<usize> = Vec::new();
        let mut subject: Option<usize> = None;
        for o in self.occs[..end].iter().rev() {
            if o.para != para {
                break;
            }
            if compatible(o.entity) {
                if !here.contains(&o.entity) {
                    here.push(o.entity);
                }
                if o.para_initial {
                    subject = Some(o.entity);
                }
            }
        }
        let ls_ok = recent_speakers
            .last()
            .filter(|&&(ls, lp)| lp + 2 >= para && compatible(ls))
            .copied();
        // A recent speaker whose gender is known to fit beats capitalised mentions with no
        // evidence of being a person (teams and places read as names). When the last speaker
        // cannot be "she" (an organisation, a place, a man), one who spoke earlier in this
        // paragraph may be; a last speaker of unknown gender may be "she" herself.
        let known_speaker = match ls_ok {
            Some((ls, _)) => Some(ls).filter(|&ls| known(ls)),
            None => recent_speakers
                .iter()
                .rev()
                .filter(|&&(ls, lp)| lp == para && compatible(ls))
                .map(|&(ls, _)| ls)
                .find(|&ls| known(ls)),
        };
        match here.len() {
            1 => {
                if let Some(ls) = known_speaker.filter(|&ls| ls != here[0] && !evident(here[0])) {
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
                if k.is_empty() {
                    let ev: Vec<usize> = here.iter().copied().filter(|&e| evident(e)).collect();
                    if ev.len() == 1 {
                        return Some((ev[0], 0.7));
                    }
                    if let (true, Some(ls)) = (ev.is_empty(), known_speaker) {
                        return Some((ls, 0.65));
                    }
                }
                if let Some((ls, _)) = ls_ok {
                    if here.contains(&ls) {
                        return Some((ls, 0.7));
                    }
                }
                // The subject that opens the paragraph ("Haddad of the group X welcomed the
                // fine. '...,' she said"), unless a person of known gender competes with it.
                if let Some(s) = subject.filter(|&s| k.is_empty() || k == [s]) {
                    return Some((s, 0.6));
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
            let e = &self.entities[o.entity];
            if e.is_org || e.place {
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
        if first_unknown.is_some() {
            return None;
        }
        // Beyond reach: the only person of that gender in the article so far (the subject of
        // a profile, "she says" paragraphs after her name).
        let mut only: Option<usize> = None;
        // Bounded, so that a huge article stays linear: the last few hundred mentions.
        for o in &self.occs[end.saturating_sub(400)..end] {
            let e = &self.entities[o.entity];
            if e.is_org || e.place || !known(o.entity) {
                continue;
            }
            match only {
                None => only = Some(o.entity),
                Some(x) if x == o.entity => {}
                Some(_) => return None,
            }
        }
        only.filter(|&id| m.gender != Gender::Unknown && !self.entities[id].anonymous)
            .map(|id| (id, 0.55))
    }

    /// Resolves a description ("the minister", "the ministry", "the club") at byte `pos` in
    /// paragraph `para`, with a confidence.
    pub fn resolve_desc(
        &self,
        text: &str,
        toks: &[Tok],
        m: &Mention,
        pos: usize,
        para: usize,
    ) -> Option<(usize, f32)> {
        let head = toks
            .get(m.name.end.checked_sub(1)?)
            .map(|t| text[t.start..t.end].to_lowercase())?;
        let end = self.occs.partition_point(|o| o.pos < pos);
        // The last couple of thousand mentions: linear even on a huge article.
        for o in self.occs[end.saturating_sub(2000)..end].iter().rev() {
            let e = &self.entities[o.entity];
            let fits = if m.is_org {
                e.is_org && e.parts.last().is_some_and(|l| org_kind_fits(&head, l))
            } else {
                !e.is_org
                    && e.role
                        .as_ref()
                        .is_some_and(|r| r.to_lowercase().split(' ').any(|w| w == head))
            };
            if fits {
                return Some((o.entity, 0.7));
            }
        }
        // Only a definite description ("the coach", not "a resident") refers back.
        let definite = text[m.span.clone()]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if m.is_org || m.plural || !definite {
            return None;
        }
        // "Viktor Lindell faced the press. '...,' the coach said": the one person named
        // earlier in the paragraph, when nothing says that person has another role and the
        // role word does not name someone else there ("X met the president").
        let mut person: Option<usize> = None;
        let mut first_pos = usize::MAX;
        for o in self.occs[..end].iter().rev() {
            if o.para != para {
                break;
            }
            let e = &self.entities[o.entity];
            if e.is_org || e.place {
                continue;
            }
            match person {
                None => person = Some(o.entity),
                Some(p) if p == o.entity => {}
                Some(_) => return None,
            }
            first_pos = o.pos;
        }
        let id = person?;
        let e = &self.entities[id];
        // Only someone named and known to be a person (a gender from a first name or
        // honorific).
        if e.gender == Gender::Unknown || e.anonymous {
            return None;
        }
        if e.role.is_some()
            || (m.gender != Gender::Unknown && e.gender != Gender::Unknown && e.gender != m.gender)
        {
            return None;
        }
        let para_text = &text[first_pos.min(pos)..pos];
        let mentions_head = para_text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(&head));
        (!mentions_head).then_some((id, 0.6))
    }

    /// Gender-compatible entity test used by callers.
    pub fn entity(&self, id: usize) -> &Entity {
        &self.entities[id]
    }
}
