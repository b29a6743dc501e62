//! Joining a named mention to the entity it names, or making a new one.

use super::names::{initials, is_lower_case_of, last_word, raw_words, trim_to_alphanumeric};
use super::variants::{most_slips, variant_of, SHORTEST_VARIANT};
use super::vocabulary::{Vocabulary, WordId};
use super::{Chain, Entities, Entity, Name, NameIndex, NAME_REACH};
use crate::parse::mentions::{Gender, Mention, MentionKind};
use crate::source::Span;

impl Entities {
    /// The entity a named mention belongs to, made anew if none fits.
    pub fn join(&mut self, text: &str, m: &Mention, headline: bool, para: u32) -> Option<usize> {
        // A name: it starts and ends with a capital (`Finnish leader` is a
        // description). Tested first: it needs no copy of the name.
        // An ASCII first byte (most) is its character: nothing to decode.
        let capital = |w: &str| match w.as_bytes().first() {
            Some(&b) if b.is_ascii() => b.is_ascii_uppercase() || b == b'@',
            _ => w.starts_with(char::is_uppercase),
        };
        let name_text = m.name.of(text);
        if !capital(name_text) {
            return None;
        }
        let last_word = last_word(name_text);
        if !capital(last_word) {
            return None;
        }
        // The cleaned name has the same words; it is only made when kept.
        let mut scratch = std::mem::take(&mut self.scratch);
        let name = scratch.fill_ending(name_text, last_word, &mut self.vocabulary);
        let joined = self.join_words(text, m, name, last_word, headline, para);
        self.scratch = scratch;
        joined
    }

    /// [`Entities::join`] for a name, given its words and its last word as
    /// it stands in the text (split off once, for the capital test).
    fn join_words(&mut self, text: &str, m: &Mention, name: &[WordId], last_word: &str, headline: bool, para: u32) -> Option<usize> {
        let name_text = m.name.of(text);
        if self.vocabulary.len(*name.last()?) < 2 {
            return None;
        }
        self.sync_name_words(text);
        let index = match self.find(text, name, m, para) {
            Some(i) => {
                // The fullest form names the entity; a headline's form only
                // until the copy gives a full name of its own.
                let known = self.name_of(i);
                let fuller = name.len() > known.len() && !headline && (known.len() < 2 || same_name(&self.vocabulary, known, name));
                let from_copy = self.list[i].headline_name && !headline && name.len() >= 2 && known.ends_with(name);
                let shorter = name.len() < known.len();
                self.list[i].called_short |= shorter && !from_copy;
                // The copy's name brings its kind: a headline's capitals
                // run words into a name (`The Long Campaign Of Ana Ruiz`)
                // that read as an organisation's.
                if from_copy || (fuller && m.kind == self.list[i].kind) {
                    self.list[i].name = Name::at(m.name, text);
                    self.list[i].kind = m.kind;
                    self.set_name(i, name);
                }
                self.list[i].headline_name &= headline;
                i
            }
            None => {
                self.list.push(Entity {
                    name: Name::at(m.name, text),
                    kind: m.kind,
                    gender: Gender::Unknown,
                    roles: Chain::default(),
                    spellings: Chain::default(),
                    called_short: false,
                    placed: false,
                    spoke: false,
                    headline_name: headline,
                });
                self.introduced.push(m.name.start);
                self.set_name(self.list.len() - 1, name);
                self.list.len() - 1
            }
        };
        if self.list[index].gender == Gender::Unknown {
            self.list[index].gender = m.gender;
        }
        self.learn_roles(index, Span::new(m.span.start, m.name.start.max(m.span.start)).of(text));
        let last_word = trim_to_alphanumeric(last_word);
        let entity = &mut self.list[index];
        if !self.spellings.iter(entity.spellings).any(|s| s.of(text) == last_word) {
            // Where the trimmed word lies: trimming may have dropped a
            // trailing `@` or `.`, so it need not end where the name ends.
            let start = m.name.start + (last_word.as_ptr() as usize - name_text.as_ptr() as usize);
            self.spellings.push(&mut entity.spellings, Span::new(start, start + last_word.len()));
        }
        Some(index)
    }

    /// Notes the words of `titles` (what stands before a name in its
    /// mention) as roles of entity `index`. Most are known already: compared
    /// in place, lower-cased and numbered only when new.
    fn learn_roles(&mut self, index: usize, titles: &str) {
        // Most mentions are a name alone: no words to split.
        if titles.is_empty() {
            return;
        }
        let entity = &mut self.list[index];
        for w in raw_words(titles) {
            if !self.roles.iter(entity.roles).any(|r| is_lower_case_of(self.vocabulary.text(r), w)) {
                let role = self.vocabulary.intern_lower_case(w);
                self.roles.push(&mut entity.roles, role);
            }
        }
    }

    /// Makes `name` the words of entity `i`'s name: kept, listed in the
    /// index, and its initials worked out.
    fn set_name(&mut self, i: usize, name: &[WordId]) {
        let start = self.name_word_ids.len() as u32;
        self.name_word_ids.extend_from_slice(name);
        let words = (start, self.name_word_ids.len() as u32);
        let initials = initials(name, &mut self.vocabulary, &mut self.spelling);
        if i == self.name_words.len() {
            self.name_words.push(words);
            self.initials.push(initials);
        } else {
            self.name_words[i] = words;
            self.initials[i] = initials;
        }
        self.index.add(i, name, initials, &self.vocabulary);
    }

    /// The entity that mention `m` in paragraph `para`, whose words are
    /// `name`, names, if there is one.
    fn find(&self, text: &str, name: &[WordId], m: &Mention, para: u32) -> Option<usize> {
        let (kind, gender, at) = (m.kind, m.gender, m.name.start);
        let &last = name.last()?;
        // Mostly the first entity is within reach: no search.
        let within = |&start: &usize| start + NAME_REACH >= at;
        let oldest = if self.introduced.first().is_none_or(within) { 0 } else { self.introduced.partition_point(|s| !within(s)) };
        let acronym = name.len() == 1 && self.vocabulary.len(last) >= 2 && kind == MentionKind::Organisation;
        // The candidates go in a buffer kept from one name to the next.
        let mut candidates = self.candidates.take();
        // Each entity once: every test below reads the candidates in any
        // order alike (the ranking ends in the entity's number, so no two
        // rank the same).
        self.index.same_candidates(name, acronym, oldest, &mut candidates);
        let namesake = self.namesake_in(&candidates, name);
        // The candidates that may be the same: kept in the buffer, which is
        // then read twice (counted, then ranked), not filtered each time.
        // `Ana Okafor` after `Tom Okafor` and a bare `Okafor` the draft
        // gave a gender of its own: the bare surname may be either, and
        // is left to itself rather than renamed after her.
        candidates.retain(|&i| {
            let known = self.name_of(i);
            (same_name(&self.vocabulary, name, known) || (acronym && self.initials[i] == Some(last))) && !(namesake && known.len() == 1)
        });
        // The full names of the paragraph settle between namesakes only:
        // read for a bare surname that may be two entities or more.
        let namesakes = name.len() == 1 && candidates.len() > 1;
        let named_here = if namesakes { self.full_names_in_paragraph(text, para) } else { Vec::new() };
        // Mostly one is left, which needs no ranking.
        let best = match candidates[..] {
            [only] => Some(only),
            _ => candidates.iter().copied().max_by_key(|&i| self.likeliest(i, name, gender, &named_here)),
        };
        self.candidates.replace(candidates);
        // `Ms. Khan` when the only Khan is a `Mr.`: someone else.
        if best.is_some_and(|i| gender_clash(gender, self.list[i].gender)) {
            return None;
        }
        best.or_else(|| if kind == MentionKind::Organisation { None } else { self.misspelt(name, oldest) })
    }

    /// Among `candidates`, another person named in full with `name`'s
    /// surname but another first name (`Tom Okafor` for `Ana Okafor`).
    fn namesake_in(&self, candidates: &[usize], name: &[WordId]) -> bool {
        name.len() >= 2
            && candidates.iter().any(|&i| {
                let known = self.name_of(i);
                known.len() >= 2 && known.last() == name.last() && !same_name(&self.vocabulary, name, known)
            })
    }

    /// The people named in full (two words or more) in paragraph `para`
    /// so far, the latest first: a bare surname right after `Ana Okafor`
    /// in her paragraph is hers, though the draft calls `Tom Okafor` by it
    /// elsewhere. Only names the draft shows to be someone's count (a
    /// speaker, a title, a gender): a word opening a sentence may run into
    /// a name (`Absent Okafor's plan, …`). Read back at most
    /// [`PARAGRAPH_NAMES_REACH`] sightings, and the latest
    /// [`PARAGRAPH_NAMES_KEPT`] people: a paragraph of thousands of names
    /// costs no more per name than a news paragraph.
    fn full_names_in_paragraph(&self, text: &str, para: u32) -> Vec<usize> {
        let here = self.sightings.iter().rev().take_while(|s| s.para == para).take(PARAGRAPH_NAMES_REACH);
        let someone = |e: &Entity| e.spoke || e.has_roles() || e.gender != Gender::Unknown;
        let mut found: Vec<usize> = Vec::new();
        for s in here.filter(|s| s.name.of(text).trim().contains(' ') && someone(&self.list[s.entity])) {
            if !found.contains(&s.entity) {
                found.push(s.entity);
                if found.len() == PARAGRAPH_NAMES_KEPT {
                    break;
                }
            }
        }
        found
    }

    /// The latest entity from `oldest` on whose name `name` misspells
    /// (`Peskow` for `Peskov`). Only entities whose last word begins as
    /// `name`'s and is about as long are looked at, and none when the word
    /// is too short to have variants.
    fn misspelt(&self, name: &[WordId], oldest: usize) -> Option<usize> {
        let &last = name.last()?;
        if self.vocabulary.len(last) < SHORTEST_VARIANT {
            return None;
        }
        let (first, len) = (self.vocabulary.first_char(last), self.vocabulary.char_count(last));
        let slips = most_slips(self.vocabulary.len(last));
        (len.saturating_sub(slips)..=len + slips)
            .flat_map(|l| self.index.by_first_char(first, l, oldest))
            .filter(|&i| variant_of(&self.vocabulary, name, self.name_of(i)) && !full_after_lone(name, self.name_of(i)))
            .max()
    }

    /// How likely entity `i` is the one a mention of `name` means, among
    /// several it may be (`Sanders` after `Bernie Sanders` and `Jane
    /// Sanders`): one whose known gender fits the mention's (`Mr. Sanders`),
    /// then, for a bare surname, the one last named in full in the
    /// mention's paragraph (`Jane Sanders spoke first. Sanders said …`),
    /// then one the draft already calls by a short name (news copy gives
    /// the surname alone to one of them and names the other in full), then
    /// for a bare surname one the draft has already quoted (`Woods said`
    /// after `Dorothy Woods, whose husband, Ty Woods, …, told`), then the
    /// latest named: the nearest earlier John is the likeliest John.
    /// A name that ends as the mention does comes before one that only
    /// holds it (`Bozell` is `Brent Bozell` before `Brent Bozell III`, and
    /// before a headline read as one long name).
    fn likeliest(
        &self,
        i: usize,
        name: &[WordId],
        gender: Gender,
        named_here: &[usize],
    ) -> (bool, bool, bool, Option<std::cmp::Reverse<usize>>, bool, bool, usize) {
        let entity = &self.list[i];
        let known = |g: Gender| matches!(g, Gender::Male | Gender::Female);
        let clash = gender_clash(gender, entity.gender);
        let fits = known(gender) && entity.gender == gender;
        let ends = self.name_of(i).ends_with(name);
        // Named in full in this paragraph: the latest so named first.
        let here = named_here.iter().position(|&e| e == i).map(std::cmp::Reverse);
        let short = name.len() < self.name_of(i).len() && entity.called_short;
        // An honorific's gender outweighs having spoken: `Mrs. Clinton` may
        // be the latest named, whose gender the draft has not yet shown.
        let quoted = entity.spoke && !known(gender);
        (!clash, fits, ends, here, short, quoted, i)
    }

    /// Re-splits the names when `list` changed other than through `join`
    /// (`apply_aliases` clears the cache when it renames). Asked for every
    /// name joined, and mostly in step: tested where it is asked.
    #[inline]
    pub(super) fn sync_name_words(&mut self, text: &str) {
        if self.name_words.len() != self.list.len() {
            self.split_names_again(text);
        }
    }

    /// Every entity's name split and indexed anew.
    fn split_names_again(&mut self, text: &str) {
        self.name_words.clear();
        self.name_word_ids.clear();
        self.initials.clear();
        self.index = NameIndex::default();
        let mut scratch = std::mem::take(&mut self.scratch);
        for i in 0..self.list.len() {
            let name = scratch.fill(self.list[i].name(text), &mut self.vocabulary);
            self.set_name(i, name);
        }
        self.scratch = scratch;
    }
}

/// How many sightings back a bare surname looks in its paragraph for a
/// full name, and how many of the people so named it keeps: more than a
/// news paragraph names.
const PARAGRAPH_NAMES_REACH: usize = 32;
const PARAGRAPH_NAMES_KEPT: usize = 4;

/// A mention's gender (`Ms.`) and an entity's, both known, differ.
fn gender_clash(mention: Gender, entity: Gender) -> bool {
    let known = |g: Gender| matches!(g, Gender::Male | Gender::Female);
    known(mention) && known(entity) && mention != entity
}

/// `Peskov` is `Dmitry Peskov`; `Mr. Guajardo Villarreal` is `Guajardo`.
fn same_name(vocabulary: &Vocabulary, a: &[WordId], b: &[WordId]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match short.len() {
        0 => false,
        1 => long.len() > 1 && long[1..].contains(&short[0]) && vocabulary.len(short[0]) >= 3,
        _ => long.ends_with(short) || (short[short.len() - 1] == long[long.len() - 1] && compatible_first(vocabulary, short[0], long[0])),
    }
}

/// First words that may name one person: the same, or one the other's
/// initial (`I.` and `Ines`).
pub(super) fn compatible_first(vocabulary: &Vocabulary, a: WordId, b: WordId) -> bool {
    let initial_of = |a: &str, b: &str| a.len() <= 2 && b.starts_with(a.trim_end_matches('.'));
    let (a_text, b_text) = (vocabulary.text(a), vocabulary.text(b));
    a == b || initial_of(a_text, b_text) || initial_of(b_text, a_text)
}

/// `M. Thomas Davis` after `David and Jeanne Holm`: a full name introduces
/// someone, and a lone word named before it that it only nearly matches
/// is someone else's given name or another person, not the same surname
/// misspelt ahead of the full name.
fn full_after_lone(name: &[WordId], earlier: &[WordId]) -> bool {
    name.len() >= 2 && earlier.len() == 1
}

#[cfg(test)]
mod tests {
    use super::super::names::NameWords;
    use super::*;

    /// A rename by alias (outside `join`) has the names split again when
    /// they are next asked for; names in step with the entities are not.
    #[test]
    fn names_out_of_step_are_split_again() {
        let text = "Okafor met the pilots at the pier.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let mut entities = Entities::build(text, &parsed, lex);
        let words = |e: &Entities| e.name_of(0).iter().map(|&w| e.vocabulary.text(w).to_string()).collect::<Vec<_>>();
        assert_eq!(words(&entities), ["okafor"]);
        // In step (one entity, one split name): a name changed in place is not read.
        entities.list[0].name = Name::Owned("Tom Okafor".into());
        entities.sync_name_words(text);
        assert_eq!(words(&entities), ["okafor"]);
        entities.apply_aliases(text, &[("Okafor".into(), "Ines Okafor".into())]);
        assert_eq!(words(&entities), ["ines", "okafor"]);
    }

    fn entity_names(text: &str) -> Vec<String> {
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        Entities::build(text, &parsed, lex).list.iter().map(|e| e.name(text).to_string()).collect()
    }

    /// The capital test reads an ASCII first byte as it stands, and
    /// decodes any other: a name may open with a capital of another
    /// alphabet, never with a small letter of any.
    #[test]
    fn a_name_starts_with_a_capital_of_any_alphabet() {
        assert_eq!(entity_names("Élodie Brekke met the pilots at the pier. Later Brekke left."), ["Élodie Brekke"]);
        assert_eq!(entity_names("The pilots met Ana Ruiz at the pier."), ["Ana Ruiz"]);
        assert!(entity_names("The pilots met élodie brekke at the pier.").is_empty());
    }

    /// A name looks back [`NAME_REACH`] bytes for the entity it may be: a
    /// surname within reach is the full name before it, one past it a new
    /// entity, though the first entity is then out of reach.
    #[test]
    fn a_name_joins_only_entities_within_reach() {
        let filler = "The pilots waited at the pier. ".repeat(NAME_REACH / 31 + 1);
        assert_eq!(entity_names(&format!("Tom Okafor spoke.\n\n{}\n\nOkafor left.", "The pilots waited at the pier. ")), ["Tom Okafor"]);
        assert_eq!(entity_names(&format!("Tom Okafor spoke.\n\n{filler}\n\nOkafor left.")), ["Tom Okafor", "Okafor"]);
    }

    #[test]
    fn a_surname_is_the_full_name() {
        let mut v = Vocabulary::default();
        let mut w = |s: &str| NameWords::default().fill(s, &mut v).to_vec();
        let (okafor, ines_okafor, guajardo, luis, ines, i_okafor) =
            (w("Okafor"), w("Ines Okafor"), w("Guajardo"), w("Luis Guajardo Villarreal"), w("Ines"), w("I. Okafor"));
        assert!(same_name(&v, &okafor, &ines_okafor));
        assert!(same_name(&v, &guajardo, &luis));
        assert!(!same_name(&v, &ines, &ines_okafor));
        assert!(same_name(&v, &i_okafor, &ines_okafor));
    }
}
