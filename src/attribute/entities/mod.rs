//! Who is who: the people and organisations a draft names, each mention
//! joined to one entity — `Peskov` to `Dmitry Peskov`, `the SCO` to the
//! `Shanghai Cooperation Organization`, a misspelt `Peskow` to `Peskov`
//! (strsim) — and pronouns resolved to the most salient fitting entity.

mod chains;
mod index;
mod join;
mod names;
mod resolve;
mod scan;
mod variants;
mod vocabulary;

pub(super) use names::clean;
pub use variants::{variant_spelling, VARIANT_SIMILARITY};

use crate::parse::mentions::{Ctx, Gender, Mention, MentionKind};
use std::cell::Cell;

use crate::parse::{search, Lexicon, Parsed};
use crate::source::Span;
use chains::{Chain, Chains};
use index::NameIndex;
use names::NameWords;
use scan::{name_mentions, title_alone};
use vocabulary::{Vocabulary, WordId};

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The fullest form of the name the draft uses (see [`Entity::name`]).
    name: Name,
    pub kind: MentionKind,
    pub gender: Gender,
    /// Lower-case words of the titles and roles the draft gives this
    /// entity, in [`Entities::roles`].
    roles: Chain,
    /// Where each distinct spelling of the name's last word first appears,
    /// in [`Entities::spellings`].
    spellings: Chain,
    /// The draft has called this entity by a shorter form of its name
    /// (`Sanders` after `Bernie Sanders`).
    pub called_short: bool,
    /// Named after a preposition of place (`in Tripoli`) somewhere.
    pub placed: bool,
    /// Named as the speaker of a reporting clause somewhere.
    pub spoke: bool,
    /// Named so far only in headlines, whose capitals run names into the
    /// words around them (`Harbour Star Ann Holm Returns`).
    pub headline_name: bool,
}

/// An entity's name: as the draft writes it, read from the draft, unless
/// its white space needs cleaning or the configuration renames it. Most
/// names need neither, and so no string of their own.
#[derive(Debug, Clone, PartialEq)]
enum Name {
    InText(Span),
    Owned(String),
}

impl Name {
    /// The name written at `span`, its white space cleaned (see [`clean`]).
    fn at(span: Span, text: &str) -> Name {
        let written = span.of(text);
        if names::is_clean(written) {
            Name::InText(span)
        } else {
            Name::Owned(clean(written))
        }
    }
}

impl Entity {
    /// The fullest form of the name the draft uses, `text` being the draft.
    pub fn name<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.name {
            Name::InText(span) => span.of(text),
            Name::Owned(name) => name,
        }
    }

    /// A name the draft treats as a place: named after `in` and never
    /// speaking, with no title, role or gender to make it a person.
    fn place(&self) -> bool {
        self.placed && !self.spoke && self.gender == Gender::Unknown && !self.has_roles()
    }

    /// The draft gives this entity a title or role.
    pub fn has_roles(&self) -> bool {
        !self.roles.is_empty()
    }
}

/// One mention of an entity in the narration, in text order.
#[derive(Debug, Clone, Copy)]
pub struct Sighting {
    pub token: usize,
    /// The name's words in the mention.
    pub name: Span,
    pub para: u32,
    pub sentence: usize,
    pub entity: usize,
    /// The entity is the speaker of a reporting clause here.
    pub speaking: bool,
}

#[derive(Debug, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    pub sightings: Vec<Sighting>,
    /// The lower-case words of the draft's names, by number.
    vocabulary: Vocabulary,
    /// `words(&list[i].name)` for each entity, by number: where they lie
    /// in `name_word_ids`. Kept in step with `list` so joining a mention
    /// does not re-split every earlier name.
    name_words: Vec<(u32, u32)>,
    name_word_ids: Vec<WordId>,
    /// The initials of each entity's name, by number (see [`names::initials`]).
    initials: Vec<Option<WordId>>,
    /// Every entity's roles (see [`Entity::roles`]) and spellings.
    roles: Chains<WordId>,
    spellings: Chains<Span>,
    /// Which entities a name could match, so joining a mention looks at a
    /// few entities rather than all of them.
    index: NameIndex,
    /// Where each entity of `list` was first named (byte offset): mentions
    /// are joined in text order, so this never decreases.
    introduced: Vec<usize>,
    /// Speakers found by resolving a pronoun or description, noted in text
    /// order as the clauses are read (kept apart from `sightings` so noting
    /// one never shifts the others).
    spoken: Vec<Sighting>,
    /// Where the last searches of `sightings` and `spoken` ended, where the
    /// next start: clauses are read in text order (see [`search`]).
    sightings_hint: Cell<usize>,
    spoken_hint: Cell<usize>,
    /// The words of the name being joined (see [`NameWords`]).
    scratch: NameWords,
    /// Initials being spelt, in a buffer kept from one name to the next.
    spelling: String,
    /// The entities that name may be (see [`Entities::find`]), in a buffer
    /// kept from one name to the next.
    candidates: std::cell::RefCell<Vec<usize>>,
}

/// How many paragraphs back a description (`the senator`) looks for the
/// person it describes.
const DESCRIPTION_REACH: u32 = 30;

/// How many bytes back a name looks for an earlier name it may be (the
/// same, shortened or misspelt): the names first met that far back. More
/// than the longest article of the corpora (about 35 KB), so a draft is
/// searched whole; it keeps the search from growing with a long
/// document's thousands of names.
const NAME_REACH: usize = 50_000;

/// A pronoun or description resolved to an entity, or to several that fit equally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub entity: Option<usize>,
    /// The people a reader could take the pronoun for, when more than one.
    pub candidates: Vec<usize>,
    /// Another entity fitted too, however unlikely: too uncertain a
    /// resolution to learn the entity's gender from.
    pub contested: bool,
    /// Rivals fitted too, set aside for the subject of the sentence before
    /// (or of this one): right less often than a pronoun with no rival.
    pub settled: bool,
}

impl Resolution {
    /// Nobody the pronoun could stand for.
    pub fn none() -> Resolution {
        Resolution { entity: None, candidates: Vec::new(), contested: false, settled: false }
    }

    /// One entity, with no rival.
    pub fn sure(entity: usize) -> Resolution {
        Resolution { entity: Some(entity), ..Resolution::none() }
    }

    pub fn ambiguous(&self) -> bool {
        self.candidates.len() > 1
    }
}

/// Entities a draft's lists have room for from the start: an article's few
/// dozen, sparing the four or five reallocations (and copies of every
/// entity) of growing from nothing in every draft, for a few kilobytes.
const ENTITIES_AT_FIRST: usize = 32;

/// How many sightings of each kind a pronoun looks back over: far more
/// than three news paragraphs hold, and a bound on a draft that is one
/// endless paragraph, which would otherwise make every pronoun read all
/// the names before it.
const SIGHTINGS_REACH: usize = 96;
/// A longer draft's room: an entity for every this many bytes.
const ENTITY_BYTES: usize = 100;

impl Entities {
    /// No entities, with room for `n` (and for their names' words) in the
    /// lists every new entity adds to.
    fn with_room(n: usize) -> Entities {
        let mut entities = Entities::default();
        entities.list.reserve(n);
        entities.introduced.reserve(n);
        entities.name_words.reserve(n);
        entities.initials.reserve(n);
        entities.name_word_ids.reserve(2 * n);
        // Each entity's spellings (mostly one) and roles (fewer).
        entities.spellings = Chains::with_room(n);
        entities.roles = Chains::with_room(n);
        entities
    }

    /// Finds every named mention in the narration and joins them into entities.
    pub fn build(text: &str, parsed: &Parsed, lex: &Lexicon) -> Entities {
        let mut entities = Entities::with_room(ENTITIES_AT_FIRST.max(text.len() / ENTITY_BYTES));
        let c = parsed.ctx(text, lex);
        // The clauses' named speakers, and the names of the narration, are
        // joined in the order of their names in the text, a speaker before
        // a name at the same place, and a name met twice in a row once.
        let mut speakers: Vec<Mention> = parsed
            .clauses
            .iter()
            .filter_map(|clause| clause.source)
            .filter(|m| matches!(m.kind, MentionKind::Person | MentionKind::Organisation) && !title_alone(parsed, m))
            .collect();
        speakers.sort_by_key(|m| m.name.start);
        // Mostly one sighting a sentence or fewer: room for that many at
        // once rather than a dozen reallocations a draft.
        entities.sightings.reserve(speakers.len() + parsed.sentences.len());
        let mut speakers = speakers.into_iter().peekable();
        let mut last = None;
        name_mentions(c, parsed, |sentence, found| {
            found.sort_by_key(|m| m.name.start);
            for m in found.drain(..) {
                while let Some(speaker) = speakers.next_if(|s| s.name.start <= m.name.start) {
                    entities.sight(c, parsed, &speaker, true, None, &mut last);
                }
                entities.sight(c, parsed, &m, false, Some(sentence), &mut last);
            }
        });
        for speaker in speakers {
            entities.sight(c, parsed, &speaker, true, None, &mut last);
        }
        entities.sightings.sort_by_key(|s| s.token);
        entities
    }

    /// Joins named mention `m` to its entity and notes where it was seen,
    /// unless it names the same words as the mention before it (`last`).
    /// `sentence` is the number of the sentence `m` starts in when the
    /// caller knows it (a name of the narration, found sentence by
    /// sentence), else it is looked up.
    fn sight(&mut self, c: Ctx<'_>, parsed: &Parsed, m: &Mention, speaking: bool, sentence: Option<usize>, last: &mut Option<Span>) {
        if last.replace(m.name) == Some(m.name) {
            return;
        }
        let text = c.text;
        let token = &parsed.tokens[m.first_token as usize];
        if let Some(entity) = self.join(text, m, c.is_headline(token), token.para) {
            let token = m.first_token as usize;
            let sentence = sentence.unwrap_or_else(|| parsed.sentence_at(parsed.tokens[token].span().start).unwrap_or(0));
            let e = &mut self.list[entity];
            e.spoke |= speaking;
            // Once placed, an entity stays so: the word before is not read.
            e.placed = e.placed || after_place_preposition(text, parsed, token);
            self.sightings.push(Sighting { token, name: m.name, para: parsed.tokens[token].para, sentence, entity, speaking });
        }
    }

    /// Lets go of the lists only joining mentions and resolving speakers
    /// read (the sightings, above all, and each name's words): the checks
    /// and reports that follow read only the entities and their spellings.
    /// For a long draft the sightings are a megabyte or two, and the
    /// checks' peak was on top of them. (The vocabulary and the name index
    /// are kept: small, and made anew they would each allocate.)
    pub fn finish(&mut self) {
        self.sightings = Vec::new();
        self.spoken = Vec::new();
        self.name_words = Vec::new();
        self.name_word_ids = Vec::new();
        self.initials = Vec::new();
        self.introduced = Vec::new();
    }

    /// Where each distinct spelling of `entity`'s last word first appears,
    /// the first spelling first.
    pub fn spellings(&self, entity: &Entity) -> impl Iterator<Item = Span> + '_ {
        self.spellings.iter(entity.spellings)
    }

    /// The lower-case words of entity `i`'s name, by number.
    fn name_of(&self, i: usize) -> &[WordId] {
        let (start, end) = self.name_words[i];
        &self.name_word_ids[start as usize..end as usize]
    }

    /// The sightings before token `at`, nearest first, back to `paragraphs`
    /// paragraphs before it and at most [`SIGHTINGS_REACH`] of each kind:
    /// named ones and noted speakers together.
    fn earlier(&self, parsed: &Parsed, at: usize, paragraphs: u32) -> Vec<&Sighting> {
        let (named, spoken) = self.windows(parsed, at, paragraphs);
        // Counted first, so the list is made once at its size.
        let mut all = Vec::with_capacity(named.clone().count() + spoken.clone().count());
        all.extend(nearest_first(named, spoken));
        all
    }

    /// [`Entities::earlier`] read as it goes, for a reader that may stop
    /// at its first fit: neither counted nor copied into a list.
    fn earlier_lazily(&self, parsed: &Parsed, at: usize, paragraphs: u32) -> impl Iterator<Item = &Sighting> {
        let (named, spoken) = self.windows(parsed, at, paragraphs);
        nearest_first(named, spoken)
    }

    /// The named sightings and the noted speakers before token `at`, each
    /// nearest first, back to `paragraphs` paragraphs before it and at most
    /// [`SIGHTINGS_REACH`] of each.
    fn windows(&self, parsed: &Parsed, at: usize, paragraphs: u32) -> (impl Iterator<Item = &Sighting> + Clone, impl Iterator<Item = &Sighting> + Clone) {
        let para = parsed.tokens[at].para;
        fn window(before: &[Sighting], para: u32, paragraphs: u32) -> impl Iterator<Item = &Sighting> + Clone {
            before.iter().rev().take_while(move |s| para.saturating_sub(s.para) <= paragraphs).take(SIGHTINGS_REACH)
        }
        let named = &self.sightings[..self.named_before(at, false)];
        let spoken = &self.spoken[..self.spoken_before(at, false)];
        (window(named, para, paragraphs), window(spoken, para, paragraphs))
    }

    /// How many named sightings stand before token `at` (or at it too, when `with_at`).
    fn named_before(&self, at: usize, with_at: bool) -> usize {
        before_token(&self.sightings, &self.sightings_hint, at, with_at)
    }

    /// How many noted speakers stand before token `at` (or at it too, when `with_at`).
    fn spoken_before(&self, at: usize, with_at: bool) -> usize {
        before_token(&self.spoken, &self.spoken_hint, at, with_at)
    }

    /// The named sighting whose name is `name`, among those of tokens `from..to`.
    pub fn named(&self, from: usize, to: usize, name: Span) -> Option<usize> {
        let start = self.named_before(from, false);
        self.sightings[start..].iter().take_while(|s| s.token < to).find(|s| s.name == name).map(|s| s.entity)
    }

    /// The first named sighting among tokens `from..to` whose name ends by `end`.
    pub fn named_within(&self, parsed: &Parsed, from: usize, to: usize, end: usize) -> Option<usize> {
        let start = self.named_before(from, false);
        self.sightings[start..].iter().take_while(|s| s.token < to).find(|s| parsed.tokens[s.token].span().end <= end).map(|s| s.entity)
    }

    /// The copy calls this entity an organisation (`the company`).
    pub fn learn_organisation(&mut self, entity: usize) {
        let e = &mut self.list[entity];
        if e.kind == MentionKind::Person && !e.has_roles() && e.gender == Gender::Unknown {
            e.kind = MentionKind::Organisation;
        }
    }

    /// Renames entities the configuration gives a fuller name: an alias
    /// matches the whole name or its last word.
    pub fn apply_aliases(&mut self, text: &str, aliases: &[(String, String)]) {
        // Most configurations give none: nothing to read every name for.
        if aliases.is_empty() {
            return;
        }
        let mut renamed = false;
        for entity in &mut self.list {
            let name = entity.name(text);
            let last = name.split_whitespace().last().unwrap_or("");
            let alias = aliases.iter().find(|(from, _)| from.eq_ignore_ascii_case(name) || from.eq_ignore_ascii_case(last));
            if let Some((_, to)) = alias {
                entity.name = Name::Owned(to.clone());
                renamed = true;
            }
        }
        // `join` keeps the split names and the index in step with `list`;
        // only a rename makes them stale.
        if renamed {
            self.name_words.clear();
            self.sync_name_words(text);
        }
    }

    /// Records a pronoun's resolution as evidence of the entity's gender.
    pub fn learn_gender(&mut self, entity: usize, gender: Gender) {
        if matches!(gender, Gender::Male | Gender::Female) && self.list[entity].gender == Gender::Unknown {
            self.list[entity].gender = gender;
        }
    }

    /// Notes that `entity` speaks at token `at` (for salience). Clauses are
    /// read in text order, so `spoken` stays in token order.
    pub fn note_speaker(&mut self, parsed: &Parsed, entity: usize, at: usize) {
        let sentence = parsed.sentence_at(parsed.tokens[at].span().start).unwrap_or(0);
        let name = parsed.tokens[at].span();
        let sighting = Sighting { token: at, name, para: parsed.tokens[at].para, sentence, entity, speaking: true };
        let pos = self.named_before(at, true);
        let named = self.sightings[..pos].iter().rev().take_while(|s| s.token == at).any(|s| s.entity == entity && s.speaking);
        let noted = self.spoken.iter().rev().take_while(|s| s.token >= at).any(|s| s.token == at && s.entity == entity);
        if !named && !noted {
            let at_end = self.spoken_before(at, true);
            self.spoken.insert(at_end, sighting);
        }
    }
}

/// Two windows of sightings, each nearest first, merged nearest first; at
/// one token, a noted speaker before a name. Both lists are in token
/// order, so the two are merged, not sorted.
fn nearest_first<'a>(named: impl Iterator<Item = &'a Sighting>, spoken: impl Iterator<Item = &'a Sighting>) -> impl Iterator<Item = &'a Sighting> {
    let (mut named, mut spoken) = (named.peekable(), spoken.peekable());
    std::iter::from_fn(move || {
        let noted_first = match (named.peek(), spoken.peek()) {
            (None, None) => return None,
            (Some(n), Some(s)) => s.token >= n.token,
            (None, Some(_)) => true,
            (Some(_), None) => false,
        };
        if noted_first {
            spoken.next()
        } else {
            named.next()
        }
    })
}

/// How many of `list` (in token order) stand before token `at`, or at it
/// too when `with_at`, searched from where the last search of it ended.
fn before_token(list: &[Sighting], hint: &Cell<usize>, at: usize, with_at: bool) -> usize {
    let i = search::partition_point_near(list, hint.get(), |s| s.token < at || (with_at && s.token == at));
    hint.set(i);
    i
}

/// Whether the word before token `at` is a preposition of place (`in
/// Tripoli`), written in lower case: a headline's `… Qualities In Trump`
/// says nothing. Asked of every sighting a pronoun looks back over: the
/// four are prepositions («function-words» [preposition]), so the text of
/// any other word is not compared with them.
fn after_place_preposition(text: &str, parsed: &Parsed, at: usize) -> bool {
    use crate::parse::lexicon::class::PREPOSITION;
    let before = at.checked_sub(1).map(|i| &parsed.tokens[i]);
    before.is_some_and(|t| t.is(PREPOSITION) && ["in", "into", "across", "throughout"].contains(&t.span().of(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capitalised_title_after_an_article_is_the_one_who_holds_it() {
        let text = "Mayor Ana Ruiz met harbour spokesman Tom Bell on Monday.\n\n\"The port stays ours,\" the Mayor said.\n\n\"We agree,\" Mr. King said.";
        assert_eq!(speaker_names(text), ["Ana Ruiz", "King"]);
    }

    #[test]
    fn a_headline_name_gives_way_to_the_copy_and_a_surname_to_the_one_quoted() {
        let text = "Harbour Widow Ann Holm Defends The Ferry Board.\n\nAnn Holm, whose husband, deckhand Ivo Holm, died at sea, spoke to reporters on Friday.\n\nHolm said the board had done its best.";
        assert_eq!(speaker_names(text), ["Ann Holm", "Ann Holm", "Ann Holm"]);
    }

    #[test]
    fn a_headline_name_read_as_an_organisation_gives_way_to_the_copy_s_person() {
        let text =
            "The Lonely Campaign Of Ana Ruiz.\n\nVIK \u{2015} This spring, Ana Ruiz told friends that the tolls were fair.\n\nRuiz said the pier was safe.";
        let speakers = clause_speakers(text);
        assert_eq!(speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Ana Ruiz", "Ana Ruiz"]);
        assert!(speakers.iter().all(|s| s.kind == crate::parse::MentionKind::Person));
        // A name in the copy that is not the headline's stays apart from it.
        let text = "The Lonely Campaign Of Ana Ruiz.\n\nVIK \u{2015} This spring, Ivo Ruiz told friends that the tolls were fair.";
        assert_eq!(speaker_names(text), ["Ivo Ruiz"]);
    }

    #[test]
    fn a_place_is_not_he() {
        let text = "Tom Reyes spoke at a rally in Lindholm.\n\n\"We will win,\" he said.";
        assert_eq!(first_speaker(text).name, "Tom Reyes");
    }

    #[test]
    fn a_name_the_draft_puts_in_places_is_not_he() {
        let text = "Tom Reyes has worked in Lindholm for years. The rain fell on Lindholm all week.\n\n\"We will build,\" he said.";
        assert_eq!(first_speaker(text).name, "Tom Reyes");
    }

    #[test]
    fn a_place_speaks_as_an_organisation_and_is_never_he() {
        let text = "Tom Reyes flew home from Norway. Norway says the deal is done.\n\n\"We will build,\" he said.";
        let speakers: Vec<(String, MentionKind)> = clause_speakers(text).into_iter().map(|s| (s.name, s.kind)).collect();
        assert_eq!(speakers, [("Norway".into(), MentionKind::Organisation), ("Tom Reyes".into(), MentionKind::Person)]);
    }

    /// Each sighting's sentence is the one its name starts in: for a name
    /// of the narration the one `name_mentions` found it in, for a
    /// speaker's name looked up.
    #[test]
    fn a_sighting_is_in_the_sentence_that_holds_its_name() {
        let text = "Tom Reyes flew home. Ines Okafor met Ivo Holm at the pier.\n\n\"We talked,\" Okafor said. Holm said more.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let entities = Entities::build(text, &parsed, lex);
        for s in &entities.sightings {
            assert_eq!(Some(s.sentence), parsed.sentence_at(parsed.tokens[s.token].span().start), "{}", s.name.of(text));
        }
        let seen: Vec<(&str, usize)> = entities.sightings.iter().map(|s| (s.name.of(text), s.sentence)).collect();
        assert_eq!(seen, [("Tom Reyes", 0), ("Ines Okafor", 1), ("Ivo Holm", 1), ("Okafor", 2), ("Holm", 3)]);
        // Handed no sentence, `sight` looks it up.
        let c = parsed.ctx(text, lex);
        let holm = parsed.clauses.iter().filter_map(|clause| clause.source).find(|m| m.name.of(text) == "Holm").expect("a speaker");
        let mut fresh = Entities::with_room(4);
        fresh.sight(c, &parsed, &holm, true, None, &mut None);
        assert_eq!(fresh.sightings[0].sentence, 3);
        // Named as a speaker and in the narration, a name is seen once.
        assert_eq!(entities.sightings.iter().filter(|s| s.name.of(text) == "Holm").count(), 1);
    }

    #[test]
    fn a_finished_draft_keeps_its_entities_names_and_spellings() {
        let text = "Ines Okafor met Tomas Lindqvist.\n\n\"We talked,\" Okafor said. Okafur said more.";
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), crate::parse::lexicon::lexicon());
        let mut entities = Entities::build(text, &parsed, crate::parse::lexicon::lexicon());
        let seen = |e: &Entities| -> Vec<(String, Vec<Span>)> { e.list.iter().map(|x| (x.name(text).to_string(), e.spellings(x).collect())).collect() };
        let before = seen(&entities);
        assert!(!entities.sightings.is_empty());
        entities.finish();
        assert_eq!(seen(&entities), before);
        assert!(entities.sightings.is_empty() && entities.name_word_ids.is_empty());
    }

    /// `Okafor` alone is listed under its last word and as a name of one
    /// word: found twice by the index, it is still one candidate, no
    /// namesake of itself; two people of the surname stay two.
    #[test]
    fn an_entity_the_index_finds_twice_is_one_candidate() {
        let lex = crate::parse::lexicon::lexicon();
        let entities_of = |text: &str| {
            let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
            let entities = Entities::build(text, &parsed, lex);
            let names: Vec<String> = entities.list.iter().map(|e| e.name(text).to_string()).collect();
            let seen: Vec<usize> = entities.sightings.iter().map(|s| s.entity).collect();
            (names, seen)
        };
        let (names, seen) = entities_of("Okafor met the pilots at the pier.\n\nOkafor waited there. Later Okafor left.");
        assert_eq!((names, seen), (vec!["Okafor".to_string()], vec![0, 0, 0]));
        let (names, seen) = entities_of("Tom Okafor met Ana Okafor at the pier.\n\nThe pilots waited. Ana Okafor left first.");
        assert_eq!(names, ["Tom Okafor", "Ana Okafor"]);
        assert_eq!(seen, [0, 1, 1]);
    }

    /// `after_place_preposition` compares the text only of prepositions:
    /// each of its words must be one.
    #[test]
    fn the_prepositions_of_place_are_prepositions() {
        use crate::parse::lexicon::class::PREPOSITION;
        for w in ["in", "into", "across", "throughout"] {
            assert!(crate::parse::lexicon::lexicon().word(w).is(PREPOSITION), "{w}");
        }
        let text = "The pilots waited in Tromsø and sailed across Lofoten.";
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), crate::parse::lexicon::lexicon());
        let at = |w: &str| parsed.tokens.iter().position(|t| t.span().of(text) == w).unwrap();
        assert!(after_place_preposition(text, &parsed, at("Tromsø")) && after_place_preposition(text, &parsed, at("Lofoten")));
        assert!(!after_place_preposition(text, &parsed, at("waited")) && !after_place_preposition(text, &parsed, 0));
    }

    fn checked(text: &str) -> crate::Checked {
        crate::check_source(crate::source::Source::new("t.txt", text), &crate::config::Config::default())
    }

    fn clause_speakers(text: &str) -> Vec<crate::attribute::Speaker> {
        checked(text).attributed.clauses.iter().filter_map(|c| c.speaker.clone()).collect()
    }

    pub(super) fn first_speaker(text: &str) -> crate::attribute::Speaker {
        clause_speakers(text).into_iter().next().expect("a speaker")
    }

    pub(super) fn speaker_names(text: &str) -> Vec<String> {
        clause_speakers(text).into_iter().map(|s| s.name).collect()
    }

    /// The entities a description has tested are kept as bits, 64 to a
    /// word: with seventy guests named after her, the mayor is entity 0
    /// and the 65th guest entity 64, read before her (nearest first).
    #[test]
    fn a_description_reaches_past_seventy_other_names() {
        let firsts = ["Tom", "Ines", "Luca", "Mira", "Omar", "Sven", "Yuki", "Zofia", "Pavel"];
        let lasts = ["Okafor", "Lindqvist", "Brekke", "Tanaka", "Moreau", "Petrov", "Haddad", "Quispe"];
        let guests: Vec<String> = (0..70).map(|i| format!("{} {}", firsts[i % 9], lasts[i / 9])).collect();
        let text =
            format!("Mayor Ana Ruiz opened the ferry terminal on Monday.\n\nThe guests were {}.\n\n\"We waited years,\" the mayor said.", guests.join(", "));
        assert_eq!(speaker_names(&text), ["Ana Ruiz"]);
    }

    #[test]
    fn the_company_and_the_leader_refer_back() {
        let text = "Vasstrand Bygg built the bridge.\n\nPresident Aino Laine visited it.\n\nThe company said the cables were new. The Finnish leader said she was reassured.";
        assert_eq!(speaker_names(text), ["Vasstrand Bygg", "Aino Laine"]);
    }

    #[test]
    fn a_shared_surname_stays_with_whoever_it_already_named() {
        let text =
            "Mayor Lars Brekke opened the bridge.\n\nBrekke said it was on time.\n\nHis sister, Una Brekke, built it.\n\nBrekke said the tolls would stay.";
        assert_eq!(speaker_names(text), ["Lars Brekke", "Lars Brekke"]);
    }

    #[test]
    fn a_bare_surname_after_a_namesake_named_in_its_paragraph_is_that_one() {
        // The draft calls Tom `Okafor`, but right after Ana is named in
        // full in a paragraph, the surname there is hers.
        let text = "Tom Okafor ran the port.\n\n\"We were late,\" Okafor said.\n\nAna Okafor rebuffed a heckler. \"You're very rude,\" Okafor told him.";
        assert_eq!(speaker_names(text), ["Tom Okafor", "Ana Okafor", "Ana Okafor"]);
    }

    #[test]
    fn an_honorific_that_clashes_with_the_only_namesake_is_someone_else() {
        // `Ms. Holm` is not the `Mr. Holm` before her, and her son named
        // later is neither.
        let text = "Lena Holm spoke first.\n\nMr. Holm said the pier was safe.\n\nMs. Holm said it was not. Her son, Ivo Holm, nodded.\n\nMs. Holm said more.";
        assert_eq!(speaker_names(text), ["Lena Holm", "Holm", "Holm"]);
    }

    #[test]
    fn an_honorific_picks_the_namesake_of_its_gender() {
        let text = "Lars Brekke opened the bridge.\n\nUna Brekke built it.\n\nMs. Brekke said it was on time. Mr. Brekke said the tolls would stay.";
        assert_eq!(speaker_names(text), ["Una Brekke", "Lars Brekke"]);
    }

    #[test]
    fn a_name_shown_to_be_a_she_outranks_nearer_names_not_shown() {
        let text = "Ms. Ana Ruiz chairs the board.\n\nThe vote is on Friday.\n\nRuiz took on Senator Tom Bell over the tolls and over his loyalty to Mayor Ken Ortiz at the meeting.\n\n\"We need this,\" she said.";
        assert_eq!(speaker_names(text), ["Ana Ruiz"]);
    }

    #[test]
    fn the_writer_s_i_outside_quotes_is_nobody_named() {
        let text = "Ferries ran to Norway on Friday.\n\n\"It was late,\" I said.";
        assert_eq!(speaker_names(text), ["I"]);
    }

    #[test]
    fn a_name_after_neither_is_a_person() {
        let text = "Neither Lars Brekke nor his rivals wanted a fight.\n\n\"We agreed,\" Mr. Brekke said.\n\n\"It was late,\" he said.";
        let checked = checked(text);
        let speakers: Vec<(&str, MentionKind)> =
            checked.attributed.quotes.iter().filter_map(|q| q.speaker.as_ref()).map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(speakers, [("Lars Brekke", MentionKind::Person), ("Lars Brekke", MentionKind::Person)]);
    }
}
