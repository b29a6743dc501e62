//! Who is who: the people and organisations a draft names, each mention
//! joined to one entity — `Peskov` to `Dmitry Peskov`, `the SCO` to the
//! `Shanghai Cooperation Organization`, a misspelt `Peskow` to `Peskov`
//! (strsim) — and pronouns resolved to the most salient fitting entity.

use crate::parse::mentions::{self, name_word, Ctx, Gender, Mention, MentionKind};
use std::cell::Cell;

use crate::parse::{search, Lexicon, Parsed};
use crate::source::Span;

/// Two spellings of a surname at least this similar (Jaro-Winkler) are one
/// person spelt two ways.
pub const VARIANT_SIMILARITY: f64 = 0.9;

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The fullest form of the name the draft uses.
    pub name: String,
    pub kind: MentionKind,
    pub gender: Gender,
    /// Lower-case words of the titles and roles the draft gives this entity.
    pub roles: Vec<String>,
    /// Each distinct spelling of the name's last word, with where it first appears.
    pub spellings: Vec<(String, Span)>,
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

impl Entity {
    /// A name the draft treats as a place: named after `in` and never
    /// speaking, with no title, role or gender to make it a person.
    fn place(&self) -> bool {
        self.placed && !self.spoke && self.gender == Gender::Unknown && self.roles.is_empty()
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
    /// `words(&list[i].name)` for each entity, kept in step with `list` so
    /// joining a mention does not re-split every earlier name.
    name_words: Vec<Vec<String>>,
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
    /// The words of the name being joined (see [`WordBuffer`]).
    scratch: WordBuffer,
    /// The entities that name may be (see [`Entities::find`]), in a buffer
    /// kept from one name to the next.
    candidates: std::cell::RefCell<Vec<usize>>,
}

/// The lower-case words of one name ([`words`]), in buffers kept from one
/// name to the next. Most named mentions join an entity already known, and
/// their words are needed only to find it: splitting each into new strings
/// cost a fifth of joining.
#[derive(Debug, Default)]
struct WordBuffer {
    words: Vec<String>,
    len: usize,
}

impl WordBuffer {
    /// `words(text)`, in the buffers.
    fn fill(&mut self, text: &str) -> &[String] {
        self.len = 0;
        for w in raw_words(text) {
            if self.len == self.words.len() {
                self.words.push(String::new());
            }
            let word = &mut self.words[self.len];
            word.clear();
            if w.is_ascii() {
                word.push_str(w);
                word.make_ascii_lowercase();
            } else {
                word.push_str(&w.to_lowercase());
            }
            self.len += 1;
        }
        &self.words[..self.len]
    }
}

/// Entities by the words that `same_name`, the acronym test and
/// `variant_of` need to agree on. Every entity a test can accept is
/// listed under the key looked up (entries for names an entity no longer
/// has are harmless: each candidate is tested again, so keys are the
/// words' hashes, and two words sharing one only add a candidate). Each
/// list is sorted, so the entities first named within reach are its tail.
/// The maps grow as entities come: sized beforehand for every named
/// mention they were far too large, as most mentions join an entity (11 MB
/// for a 3.7 MB draft, where grown they take 0.5 MB), and so thinly filled
/// that each lookup missed the cache. Each starts with room for an
/// article's few dozen names (a few kilobytes in all), which spares the
/// four or five rehashes of growing from nothing in every draft.
#[derive(Debug)]
struct NameIndex {
    /// By last word.
    last: rustc_hash::FxHashMap<u64, Listed>,
    /// Names of two or more words, by each word after the first.
    tail: rustc_hash::FxHashMap<u64, Listed>,
    /// One-word names, by that word.
    single: rustc_hash::FxHashMap<u64, Listed>,
    /// By initials.
    initials: rustc_hash::FxHashMap<u64, Listed>,
    /// By the first character and the length of the last word: a variant
    /// spelling shares the first and differs in length by two at most.
    first_char: rustc_hash::FxHashMap<(char, usize), Listed>,
    /// The initials of the name being added, in a buffer kept from one
    /// name to the next.
    initials_buffer: String,
}

/// Entries each map of a new [`NameIndex`] has room for.
const NAMES_AT_FIRST: usize = 32;

impl Default for NameIndex {
    fn default() -> NameIndex {
        let map = || rustc_hash::FxHashMap::with_capacity_and_hasher(NAMES_AT_FIRST, Default::default());
        NameIndex {
            last: map(),
            tail: map(),
            single: map(),
            initials: map(),
            first_char: rustc_hash::FxHashMap::with_capacity_and_hasher(NAMES_AT_FIRST, Default::default()),
            initials_buffer: String::new(),
        }
    }
}

impl NameIndex {
    fn add(&mut self, entity: usize, name: &[String]) {
        fn put(map: &mut rustc_hash::FxHashMap<u64, Listed>, key: &str, entity: usize) {
            map.entry(key_of(key)).and_modify(|list| list.insert(entity)).or_insert(Listed::One(entity));
        }
        let Some(last) = name.last() else { return };
        put(&mut self.last, last, entity);
        if name.len() == 1 {
            put(&mut self.single, last, entity);
        } else {
            for w in &name[1..] {
                put(&mut self.tail, w, entity);
            }
        }
        let mut initials = std::mem::take(&mut self.initials_buffer);
        initials.clear();
        initials.extend(initial_letters(name));
        put(&mut self.initials, &initials, entity);
        self.initials_buffer = initials;
        if let Some(c) = last.chars().next() {
            self.first_char.entry((c, last.chars().count())).and_modify(|list| list.insert(entity)).or_insert(Listed::One(entity));
        }
    }

    /// Entities from `oldest` on that `same_name` or the acronym test may
    /// accept for `name`, into `out` (emptied first).
    fn same_candidates(&self, name: &[String], acronym: bool, oldest: usize, out: &mut Vec<usize>) {
        out.clear();
        let mut take = |map: &rustc_hash::FxHashMap<u64, Listed>, key: &str| out.extend(map.get(&key_of(key)).into_iter().flat_map(|list| within(list.entities(), oldest)));
        let Some(last) = name.last() else { return };
        take(&self.last, last);
        if name.len() == 1 {
            take(&self.tail, last);
            take(&self.single, last);
            if acronym {
                take(&self.initials, last);
            }
        } else {
            for w in &name[1..] {
                take(&self.single, w);
            }
        }
    }
}

/// The entities listed under one key of the name index, sorted. Most keys
/// list one entity, which then needs no vector of its own.
#[derive(Debug)]
enum Listed {
    One(usize),
    Many(Vec<usize>),
}

impl Listed {
    fn entities(&self) -> &[usize] {
        match self {
            Listed::One(entity) => std::slice::from_ref(entity),
            Listed::Many(list) => list,
        }
    }

    fn insert(&mut self, entity: usize) {
        match self {
            Listed::One(only) if *only == entity => {}
            Listed::One(only) => *self = Listed::Many(if *only < entity { vec![*only, entity] } else { vec![entity, *only] }),
            Listed::Many(list) => {
                if let Err(at) = list.binary_search(&entity) {
                    list.insert(at, entity);
                }
            }
        }
    }
}

/// A word's key in the name index.
fn key_of(word: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// The entities of a sorted list from `oldest` on.
fn within(list: &[usize], oldest: usize) -> impl Iterator<Item = usize> + '_ {
    list[list.partition_point(|&i| i < oldest)..].iter().copied()
}

/// Words that refer back to whichever organisation the copy named last.
const GENERIC_ORGANISATIONS: [&str; 10] = ["company", "firm", "group", "organisation", "organization", "agency", "business", "carrier", "operator", "contractor"];

/// Words that mark an organisation's name as a company's (`Acme Corp.`).
const CORPORATE: [&str; 14] = ["inc", "corp", "co", "ltd", "llc", "plc", "group", "holdings", "company", "bank", "airlines", "motors", "industries", "partners"];

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
}

impl Resolution {
    pub fn ambiguous(&self) -> bool {
        self.candidates.len() > 1
    }
}

/// The lower-case words of a name or phrase, each trimmed of what is not
/// a letter or digit at its ends.
fn words(text: &str) -> Vec<String> {
    raw_words(text).map(lower_case).collect()
}

/// The words of [`words`] before lower-casing, as they stand in `text`.
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(trim_to_alphanumeric).filter(|w| !w.is_empty())
}

/// The word without what is not a letter or digit at its ends.
fn trim_to_alphanumeric(word: &str) -> &str {
    // Most words start and end with an ASCII letter or digit: nothing to
    // trim, and no characters to decode to find that out.
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric) && bytes.last().is_some_and(u8::is_ascii_alphanumeric) {
        return word;
    }
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// `lower == lower_case(word)`, without making the copy.
fn is_lower_case_of(lower: &str, word: &str) -> bool {
    if word.is_ascii() {
        lower.len() == word.len() && lower.bytes().zip(word.bytes()).all(|(l, w)| l == w.to_ascii_lowercase())
    } else {
        lower == word.to_lowercase()
    }
}

/// `str::to_lowercase`, without its Unicode tables for the ASCII words that most names are.
fn lower_case(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// The text with each run of white space made one space.
pub(super) fn clean(text: &str) -> String {
    if is_clean(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `clean(text) == text`, for the ASCII names most are, without splitting
/// them: single spaces between words and no other white space.
fn is_clean(text: &str) -> bool {
    let mut after_space = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // The other ASCII white space, and anything that may be Unicode's.
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | 0x80.. => return false,
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

impl Entities {
    /// Finds every named mention in the narration and joins them into entities.
    pub fn build(text: &str, parsed: &Parsed, lex: &Lexicon) -> Entities {
        let mut entities = Entities::default();
        let c = parsed.ctx(text, lex);
        let mut named = name_mentions(c, parsed);
        for clause in &parsed.clauses {
            if let Some(m) = clause.source {
                if matches!(m.kind, MentionKind::Person | MentionKind::Organisation) && !title_alone(parsed, &m) {
                    named.push((m, true));
                }
            }
        }
        named.sort_by_key(|(m, speaking)| (m.name.start, !speaking));
        named.dedup_by_key(|(m, _)| m.name);
        // At most one sighting a named mention: room for all at once rather
        // than a dozen reallocations a draft.
        entities.sightings.reserve_exact(named.len());
        for (m, speaking) in named {
            let headline = c.is_headline(&parsed.tokens[m.first_token as usize]);
            if let Some(entity) = entities.join(text, &m, headline) {
                let token = m.first_token as usize;
                let sentence = parsed.sentence_at(parsed.tokens[token].span().start).unwrap_or(0);
                let e = &mut entities.list[entity];
                e.spoke |= speaking;
                e.placed |= after_place_preposition(text, parsed, token);
                entities.sightings.push(Sighting { token, name: m.name, para: parsed.tokens[token].para, sentence, entity, speaking });
            }
        }
        entities.sightings.sort_by_key(|s| s.token);
        entities
    }

    /// The sightings before token `at`, nearest first, back to `paragraphs`
    /// paragraphs before it: named ones and noted speakers together.
    fn earlier(&self, parsed: &Parsed, at: usize, paragraphs: u32) -> Vec<&Sighting> {
        let para = parsed.tokens[at].para;
        fn window(before: &[Sighting], para: u32, paragraphs: u32) -> impl Iterator<Item = &Sighting> {
            before.iter().rev().take_while(move |s| para.saturating_sub(s.para) <= paragraphs)
        }
        let named = &self.sightings[..self.named_before(at, false)];
        let spoken = &self.spoken[..self.spoken_before(at, false)];
        // Nearest first; at one token, a noted speaker before a name.
        let mut all: Vec<(bool, &Sighting)> = window(named, para, paragraphs).map(|s| (false, s)).collect();
        all.extend(window(spoken, para, paragraphs).map(|s| (true, s)));
        all.sort_by_key(|&(noted, s)| (std::cmp::Reverse(s.token), !noted));
        all.into_iter().map(|(_, s)| s).collect()
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

    /// The entity a named mention belongs to, made anew if none fits.
    pub fn join(&mut self, text: &str, m: &Mention, headline: bool) -> Option<usize> {
        // A name: it starts and ends with a capital (`Finnish leader` is a
        // description). Tested first: it needs no copy of the name.
        let capital = |w: &str| w.starts_with(|ch: char| ch.is_uppercase() || ch == '@');
        let name_text = m.name.of(text);
        let last_word = name_text.split_whitespace().last().unwrap_or("");
        if !capital(name_text) || !capital(last_word) {
            return None;
        }
        // The cleaned name has the same words; it is only made when kept.
        let mut scratch = std::mem::take(&mut self.scratch);
        let joined = self.join_words(text, m, scratch.fill(name_text), last_word, headline);
        self.scratch = scratch;
        joined
    }

    /// [`Entities::join`] for a name, given its words and its last word as
    /// it stands in the text (split off once, for the capital test).
    fn join_words(&mut self, text: &str, m: &Mention, name_words: &[String], last_word: &str, headline: bool) -> Option<usize> {
        let name_text = m.name.of(text);
        if name_words.last()?.len() < 2 {
            return None;
        }
        self.sync_name_words();
        let index = match self.find(name_words, m.kind, m.gender, m.name.start) {
            Some(i) => {
                // The fullest form names the entity; a headline's form only
                // until the copy gives a full name of its own.
                let known = &self.name_words[i];
                let fuller = name_words.len() > known.len() && !headline && (known.len() < 2 || same_name(known, name_words));
                let from_copy = self.list[i].headline_name && !headline && name_words.len() >= 2 && known.ends_with(name_words);
                self.list[i].called_short |= name_words.len() < self.name_words[i].len() && !from_copy;
                if (fuller || from_copy) && m.kind == self.list[i].kind {
                    self.list[i].name = clean(name_text);
                    self.index.add(i, name_words);
                    self.name_words[i] = name_words.to_vec();
                }
                self.list[i].headline_name &= headline;
                i
            }
            None => {
                self.list.push(Entity { name: clean(name_text), kind: m.kind, gender: Gender::Unknown, roles: Vec::new(), spellings: Vec::new(), called_short: false, placed: false, spoke: false, headline_name: headline });
                self.introduced.push(m.name.start);
                self.index.add(self.list.len() - 1, name_words);
                self.name_words.push(name_words.to_vec());
                self.list.len() - 1
            }
        };
        let entity = &mut self.list[index];
        if entity.gender == Gender::Unknown {
            entity.gender = m.gender;
        }
        // Most roles are known already: compared in place, copied only when new.
        for w in raw_words(Span::new(m.span.start, m.name.start.max(m.span.start)).of(text)) {
            if !entity.roles.iter().any(|r| is_lower_case_of(r, w)) {
                entity.roles.push(lower_case(w));
            }
        }
        let last_word = trim_to_alphanumeric(last_word);
        if !entity.spellings.iter().any(|(s, _)| s == last_word) {
            // Where the trimmed word lies: trimming may have dropped a
            // trailing `@` or `.`, so it need not end where the name ends.
            let start = m.name.start + (last_word.as_ptr() as usize - name_text.as_ptr() as usize);
            entity.spellings.push((last_word.to_string(), Span::new(start, start + last_word.len())));
        }
        Some(index)
    }

    fn find(&self, name: &[String], kind: MentionKind, gender: Gender, at: usize) -> Option<usize> {
        let last = name.last()?;
        let oldest = self.introduced.partition_point(|&start| start + NAME_REACH < at);
        let acronym = name.len() == 1 && last.len() >= 2 && kind == MentionKind::Organisation;
        // The candidates go in a buffer kept from one name to the next.
        let mut candidates = self.candidates.take();
        self.index.same_candidates(name, acronym, oldest, &mut candidates);
        let same = candidates.iter().copied().filter(|&i| {
            let other = &self.name_words[i];
            same_name(name, other) || (acronym && initials(other) == *last)
        });
        let best = same.max_by_key(|&i| self.likeliest(i, name, gender));
        self.candidates.replace(candidates);
        best.or_else(|| {
            if kind == MentionKind::Organisation {
                return None;
            }
            let first = last.chars().next()?;
            let len = last.chars().count();
            (len.saturating_sub(2)..=len + 2)
                .filter_map(|l| self.index.first_char.get(&(first, l)))
                .flat_map(|list| within(list.entities(), oldest))
                .filter(|&i| variant_of(name, &self.name_words[i]))
                .max()
        })
    }

    /// How likely entity `i` is the one a mention of `name` means, among
    /// several it may be (`Sanders` after `Bernie Sanders` and `Jane
    /// Sanders`): one whose known gender fits the mention's (`Mr. Sanders`),
    /// then one the draft already calls by a short name (news copy gives
    /// the surname alone to one of them and names the other in full), then
    /// for a bare surname one the draft has already quoted (`Woods said`
    /// after `Dorothy Woods, whose husband, Ty Woods, …, told`), then the
    /// latest named: the nearest earlier John is the likeliest John.
    /// A name that ends as the mention does comes before one that only
    /// holds it (`Bozell` is `Brent Bozell` before `Brent Bozell III`, and
    /// before a headline read as one long name).
    fn likeliest(&self, i: usize, name: &[String], gender: Gender) -> (bool, bool, bool, bool, bool, usize) {
        let entity = &self.list[i];
        let known = |g: Gender| matches!(g, Gender::Male | Gender::Female);
        let clash = known(gender) && known(entity.gender) && entity.gender != gender;
        let fits = known(gender) && entity.gender == gender;
        let ends = self.name_words[i].ends_with(name);
        let short = name.len() < self.name_words[i].len() && entity.called_short;
        // An honorific's gender outweighs having spoken: `Mrs. Clinton` may
        // be the latest named, whose gender the draft has not yet shown.
        let quoted = entity.spoke && !known(gender);
        (!clash, fits, ends, short, quoted, i)
    }

    /// Re-splits the names when `list` changed other than through `join`
    /// (`apply_aliases` clears the cache when it renames).
    fn sync_name_words(&mut self) {
        if self.name_words.len() != self.list.len() {
            self.name_words = self.list.iter().map(|e| words(&e.name)).collect();
            self.index = NameIndex::default();
            for (i, name) in self.name_words.iter().enumerate() {
                self.index.add(i, name);
            }
        }
    }

    /// The entity a pronoun at token `at` stands for. Two that fit equally
    /// are no puzzle when the one chosen is the subject of the sentence
    /// before (or of this one, before the pronoun): `Glen Kopp said … Clinton
    /// and her aides. "…," he said` goes on about Kopp.
    pub fn resolve_pronoun(&self, text: &str, parsed: &Parsed, lex: &Lexicon, at: usize, gender: Gender) -> Resolution {
        let mut resolution = self.resolve_pronoun_among(text, parsed, at, gender);
        if resolution.ambiguous() {
            let mut earlier = self.earlier(parsed, at, 3);
            earlier.retain(|s| resolution.candidates.contains(&s.entity));
            if subject_sighting(parsed.ctx(text, lex), parsed, at, &earlier).is_some_and(|s| Some(s.entity) == resolution.entity) {
                resolution.candidates.clear();
            }
        }
        resolution
    }

    fn resolve_pronoun_among(&self, text: &str, parsed: &Parsed, at: usize, gender: Gender) -> Resolution {
        let para = parsed.tokens[at].para;
        let fits = |e: &Entity| match gender {
            Gender::Male | Gender::Female => {
                e.kind == MentionKind::Person && (e.gender == gender || e.gender == Gender::Unknown)
            }
            Gender::Neuter => e.kind == MentionKind::Organisation,
            Gender::Plural => matches!(e.kind, MentionKind::Organisation | MentionKind::Group | MentionKind::Anonymous),
            Gender::Unknown => true,
        };
        // `in Miami`, `across Iowa`: a name after a preposition of place is
        // no candidate for `he` or `she` there, nor a name the draft puts
        // only in places.
        let gendered = matches!(gender, Gender::Male | Gender::Female);
        let placed = |s: &Sighting| gendered && (after_place_preposition(text, parsed, s.token) || self.list[s.entity].place());
        let mut earlier = self.earlier(parsed, at, 3);
        earlier.retain(|s| fits(&self.list[s.entity]) && !placed(s));
        let Some(nearest) = earlier.first() else { return Resolution { entity: None, candidates: Vec::new(), contested: false } };

        let current = parsed.sentence_at(parsed.tokens[at].span().start).unwrap_or(0);
        // A speaker in this paragraph or the one before is the likeliest `he`.
        let speaker = earlier.iter().find(|s| s.speaking && para.saturating_sub(s.para) <= 1);
        if let Some(s) = speaker {
            let rival = earlier.iter().take_while(|o| o.token > s.token).find(|o| o.entity != s.entity && o.sentence == nearest.sentence && o.sentence + 1 >= current);
            let same_gender = rival.is_some_and(|r| self.list[r.entity].gender == self.list[s.entity].gender);
            // The rival competes for the reader only when the draft has
            // shown it is a `he` (or `she`) too: news copy keeps `he said`
            // for the last speaker.
            let shown = rival.filter(|r| gendered && self.list[r.entity].gender == gender && self.list[s.entity].gender != Gender::Unknown);
            return Resolution {
                entity: Some(s.entity),
                candidates: shown.map_or(Vec::new(), |r| vec![s.entity, r.entity]),
                contested: same_gender && gender != Gender::Plural && gender != Gender::Neuter,
            };
        }
        // No speaker yet: two people named in the same sentence fit equally,
        // but for the reader only when the draft shows both are people (a
        // title, a role or a gender: a bare capitalised name may be a place
        // or a thing).
        let person = |e: usize| self.list[e].gender != Gender::Unknown || !self.list[e].roles.is_empty();
        let rivals = || earlier.iter().filter(|o| o.sentence == nearest.sentence && o.entity != nearest.entity).map(|o| o.entity);
        let open = gendered && self.list[nearest.entity].gender == Gender::Unknown;
        let contested = open && rivals().next().is_some();
        let mut candidates = Vec::new();
        if open && person(nearest.entity) {
            candidates.push(nearest.entity);
            candidates.extend(rivals().filter(|&e| person(e)).take(2));
            candidates.dedup();
            if candidates.len() < 2 {
                candidates.clear();
            }
        }
        Resolution { entity: Some(nearest.entity), candidates, contested }
    }

    /// `the spokesman`, `the ministry`: the earlier entity this description fits.
    pub fn resolve_description(&self, text: &str, parsed: &Parsed, m: &Mention) -> Option<usize> {
        let head = words(m.name.of(text)).pop()?;
        let at = m.first_token as usize;
        // The abbreviations that expand to the head (`sen` for `senator`),
        // found once here rather than for every role of every candidate.
        let abbreviations = abbreviations_of(&head);
        let has_role = |e: &Entity| e.roles.iter().any(|r| r == &head || abbreviations.contains(&r.as_str()));
        let split = self.name_words.len() == self.list.len();
        let earlier = self.earlier(parsed, at, DESCRIPTION_REACH);
        let organisation = m.kind == MentionKind::Organisation;
        // `the company`, `the group`: the organisation named last.
        let generic = organisation && GENERIC_ORGANISATIONS.contains(&head.as_str());
        // An entity is sighted many times in the window; testing it once is enough.
        let mut tested = Vec::new();
        let mut first_sighting = |e: &usize| {
            let new = !tested.contains(e);
            if new {
                tested.push(*e);
            }
            new
        };
        let found = earlier.iter().map(|s| s.entity).filter(&mut first_sighting).find(|&e| {
            let entity = &self.list[e];
            let in_name = || if split { self.name_words[e].contains(&head) } else { words(&entity.name).contains(&head) };
            let corporate = || if split { self.name_words[e].iter().any(|w| CORPORATE.contains(&w.as_str())) } else { false };
            has_role(entity) || (organisation && entity.kind == MentionKind::Organisation && (in_name() || (generic && corporate())))
        });
        // With no organisation named, a name nothing marks as a person's;
        // a lone capitalised word that only ever opens a sentence or stands
        // in a headline may be no name at all (`Tolls will rise`).
        found.or_else(|| {
            let unmarked = |e: &Entity| e.kind == MentionKind::Person && e.roles.is_empty() && e.gender == Gender::Unknown;
            let headline = |s: &Sighting| parsed.paragraphs.get(s.para as usize).is_some_and(|p| p.kind == crate::parse::ParagraphKind::Headline);
            let opens_sentence = |s: &Sighting| headline(s) || parsed.sentences.get(s.sentence).is_some_and(|sentence| sentence.first as usize == s.token);
            let named = |s: &Sighting| s.name.of(text).contains(' ') || !opens_sentence(s);
            earlier.iter().filter(|s| named(s)).map(|s| s.entity).find(|&e| generic && unmarked(&self.list[e]))
        })
    }

    /// The copy calls this entity an organisation (`the company`).
    pub fn learn_organisation(&mut self, entity: usize) {
        let e = &mut self.list[entity];
        if e.kind == MentionKind::Person && e.roles.is_empty() && e.gender == Gender::Unknown {
            e.kind = MentionKind::Organisation;
        }
    }

    /// Renames entities the configuration gives a fuller name: an alias
    /// matches the whole name or its last word.
    pub fn apply_aliases(&mut self, aliases: &[(String, String)]) {
        let mut renamed = false;
        for entity in &mut self.list {
            let last = entity.name.split_whitespace().last().unwrap_or("");
            let alias = aliases.iter().find(|(from, _)| from.eq_ignore_ascii_case(&entity.name) || from.eq_ignore_ascii_case(last));
            if let Some((_, to)) = alias {
                entity.name = to.clone();
                renamed = true;
            }
        }
        // `join` keeps the split names and the index in step with `list`;
        // only a rename makes them stale.
        if renamed {
            self.name_words.clear();
            self.sync_name_words();
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

/// The role word an abbreviated title stands for (`sen` → `senator`).
fn expand_title(abbreviation: &str) -> Option<&'static str> {
    TITLE_ABBREVIATIONS.iter().find(|(a, _)| *a == abbreviation).map(|(_, b)| *b)
}

/// Every `a` for which `expand_title(a) == Some(title)`.
fn abbreviations_of(title: &str) -> Vec<&'static str> {
    TITLE_ABBREVIATIONS.iter().filter(|(a, b)| *b == title && expand_title(a) == Some(*b)).map(|(a, _)| *a).collect()
}

/// The title abbreviations and what each stands for, in the file's order.
static TITLE_ABBREVIATIONS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> = std::sync::LazyLock::new(|| {
    include_str!("../../grammar/title-abbreviations.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(|l| l.split_once("=>"))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
});

/// How many of `list` (in token order) stand before token `at`, or at it
/// too when `with_at`, searched from where the last search of it ended.
fn before_token(list: &[Sighting], hint: &Cell<usize>, at: usize, with_at: bool) -> usize {
    let i = search::partition_point_near(list, hint.get(), |s| s.token < at || (with_at && s.token == at));
    hint.set(i);
    i
}

/// Whether the word before token `at` is a preposition of place (`in
/// Tripoli`), written in lower case: a headline's `… Qualities In Trump`
/// says nothing.
fn after_place_preposition(text: &str, parsed: &Parsed, at: usize) -> bool {
    let before = at.checked_sub(1).map(|i| &parsed.tokens[i]);
    before.is_some_and(|t| t.is_word() && ["in", "into", "across", "throughout"].contains(&t.span().of(text)))
}

/// The sighting, among `earlier`, that is the subject of the sentence
/// holding token `at` (read up to it), or else of the sentence before.
fn subject_sighting<'s>(c: Ctx<'_>, parsed: &Parsed, at: usize, earlier: &[&'s Sighting]) -> Option<&'s Sighting> {
    let current = parsed.sentence_at(parsed.tokens[at].span().start)?;
    [current, current.checked_sub(1)?].into_iter().find_map(|k| {
        let sentence = &parsed.sentences[k];
        let end = if k == current { at } else { sentence.end as usize };
        let subject = crate::parse::clauses::sentence_subject(c, sentence, end)?;
        // The first name of the sentence, standing in its subject: a
        // subject read past a verb no lexicon knows (`Reyes met Senator
        // Ortiz`) starts after it.
        let first = earlier.iter().filter(|s| s.sentence == k).min_by_key(|s| s.name.start)?;
        (subject.span.start <= first.name.start && first.name.end <= subject.span.end).then_some(*first)
    })
}

/// `Peskov` is `Dmitry Peskov`; `Mr. Guajardo Villarreal` is `Guajardo`.
fn same_name(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match short.len() {
        0 => false,
        1 => long.len() > 1 && long[1..].contains(&short[0]) && short[0].len() >= 3,
        _ => long.ends_with(short) || (short[short.len() - 1] == long[long.len() - 1] && compatible_first(&short[0], &long[0])),
    }
}

fn compatible_first(a: &str, b: &str) -> bool {
    a == b || (a.len() <= 2 && b.starts_with(a.trim_end_matches('.'))) || (b.len() <= 2 && a.starts_with(b.trim_end_matches('.')))
}

/// `Peskow` for `Peskov`: the same name misspelt.
pub fn variant_of(a: &[String], b: &[String]) -> bool {
    let (Some(x), Some(y)) = (a.last(), b.last()) else { return false };
    if x == y || x.len() < 4 || y.len() < 4 {
        return false;
    }
    let firsts_agree = a.len() == 1 || b.len() == 1 || compatible_first(&a[0], &b[0]);
    // Short names differ by one slip at most; longer ones by two.
    let slips = if x.len().min(y.len()) >= 8 { 2 } else { 1 };
    firsts_agree
        && x.chars().next() == y.chars().next()
        && x.chars().count().abs_diff(y.chars().count()) <= slips
        && bag_distance(x, y) <= slips
        && strsim::jaro_winkler(x, y) >= VARIANT_SIMILARITY
        && strsim::damerau_levenshtein(x, y) <= slips
}

/// How many letters one word has that the other lacks (the larger count):
/// no more than their edit distance, and far cheaper, so most pairs are
/// ruled out before strsim runs. Words not in ASCII are not ruled out.
fn bag_distance(x: &str, y: &str) -> usize {
    if !x.is_ascii() || !y.is_ascii() {
        return 0;
    }
    let mut counts = [0i32; 128];
    for b in x.bytes() {
        counts[b as usize] += 1;
    }
    for b in y.bytes() {
        counts[b as usize] -= 1;
    }
    let surplus: i32 = counts.iter().filter(|&&c| c > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&c| c < 0).sum::<i32>();
    surplus.max(deficit) as usize
}

fn initials(name: &[String]) -> String {
    initial_letters(name).collect()
}

fn initial_letters(name: &[String]) -> impl Iterator<Item = char> + '_ {
    name.iter().filter(|w| !["of", "the", "for", "and"].contains(&w.as_str())).filter_map(|w| w.chars().next())
}

/// `the President`, `the company's CEO`: a title in capitals after an
/// article or a possessive is a description of someone named before (or
/// no one), not a name. (`Mr. King`, `King said` are surnames.)
fn title_alone(parsed: &Parsed, m: &Mention) -> bool {
    use crate::parse::lexicon::class::{DETERMINER, ROLE, TITLE};
    use crate::parse::TokenKind;
    let tokens = &parsed.tokens[m.first_token as usize..m.end_token as usize];
    let Some(first) = tokens.iter().position(|t| m.name.contains(t.span())) else { return false };
    let owned = first > 0 && (tokens[first - 1].is(DETERMINER) || tokens[first - 1].kind == TokenKind::Possessive);
    owned && tokens[first..].iter().filter(|t| m.name.contains(t.span())).all(|t| t.is(TITLE | ROLE))
}

/// Names in the narration that no clause made a speaker: the people a
/// pronoun may stand for. Each run of name words is read backwards from its
/// end, so its titles come with it (`Kremlin spokesman Dmitry Peskov`).
fn name_mentions(c: Ctx<'_>, parsed: &Parsed) -> Vec<(Mention, bool)> {
    let tokens = &parsed.tokens;
    let mut found = Vec::new();
    for sentence in &parsed.sentences {
        let (first, end) = (sentence.first as usize, sentence.end as usize);
        // Whether token `i` is a name word, when step `i - 1` worked it out.
        let mut next_is_name: Option<bool> = None;
        for i in first..end {
            let t = &tokens[i];
            let next = tokens.get(i + 1).filter(|_| i + 1 < end);
            let known = next_is_name.take();
            let ends_run = t.depth == 0
                && known.unwrap_or_else(|| name_word(c, t))
                && next.is_none_or(|n| {
                    let is_name = name_word(c, n);
                    next_is_name = Some(is_name);
                    !is_name
                });
            if !ends_run {
                continue;
            }
            // `Finnish leader`, `Republican candidates`: a capital before a noun describes it.
            use crate::parse::lexicon::class::{ANONYMOUS, GROUP, ORG, ROLE};
            let modifier = next.is_some_and(|n| n.is_word() && !n.cap && n.is(ROLE | ANONYMOUS | GROUP | ORG));
            if modifier {
                continue;
            }
            if let Some(m) = mentions::phrase_ending_at(c, first, i + 1) {
                if matches!(m.kind, MentionKind::Person | MentionKind::Organisation) {
                    found.push((m, false));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn the_word_buffer_splits_as_words_does() {
        let mut buffer = WordBuffer::default();
        for text in ["Kremlin spokesman Dmitry Peskov", "Peskov", "  É. Macron, ", "", "Ines  O'Brien-Okafor Jr."] {
            assert_eq!(buffer.fill(text), words(text), "{text}");
        }
    }

    #[test]
    fn the_shortcuts_agree_with_the_long_way() {
        for text in ["", " ", "Dmitry Peskov", "Dmitry  Peskov", " Peskov", "Peskov ", "A\tB", "A\u{b}B", "A\u{a0}B", "Zoë Ball", "x", "(Peskov)", "Peskov.", "’s", "9/11", "@AP"] {
            let long: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(clean(text), long, "{text:?}");
            assert_eq!(trim_to_alphanumeric(text), text.trim_matches(|c: char| !c.is_alphanumeric()), "{text:?}");
        }
    }

    #[test]
    fn lower_case_is_compared_without_a_copy() {
        for (lower, word) in [("senator", "Senator"), ("senator", "senators"), ("", ""), ("é", "É"), ("ministre", "Ministre"), ("spokesman", "spokesMan")] {
            assert_eq!(is_lower_case_of(lower, word), lower == lower_case(word), "{lower} {word}");
        }
    }

    #[test]
    fn a_surname_is_the_full_name() {
        assert!(same_name(&w("Okafor"), &w("Ines Okafor")));
        assert!(same_name(&w("Guajardo"), &w("Luis Guajardo Villarreal")));
        assert!(!same_name(&w("Ines"), &w("Ines Okafor")));
        assert!(same_name(&w("I. Okafor"), &w("Ines Okafor")));
    }

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
    fn a_misspelt_surname_is_a_variant() {
        assert!(variant_of(&w("Okafor"), &w("Ines Okafur")));
        assert!(!variant_of(&w("Okafor"), &w("Ines Okafor")));
        assert!(!variant_of(&w("Marsh"), &w("Lena Maris")));
    }

    #[test]
    fn a_description_refers_back_to_an_abbreviated_title() {
        let text = "Sen. Ines Okafor opened the inquiry on Monday.\n\nThe senator said the bridge was safe.";
        let speaker = first_speaker(text);
        assert_eq!(speaker.name, "Ines Okafor");
        assert_eq!(speaker.mention.of(text), "The senator");
        assert_eq!(expand_title("sen"), Some("senator"));
    }

    #[test]
    fn abbreviations_of_a_title_are_those_that_expand_to_it() {
        assert!(abbreviations_of("senator").contains(&"sen"));
        assert!(abbreviations_of("no such title").is_empty());
        for &(a, _) in TITLE_ABBREVIATIONS.iter() {
            let title = expand_title(a).unwrap();
            assert!(abbreviations_of(title).contains(&a), "{a}");
        }
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

    fn checked(text: &str) -> crate::Checked {
        crate::check_source(crate::source::Source::new("t.txt", text), &crate::config::Config::default())
    }

    /// The speakers of the draft's reporting clauses, in order.
    fn clause_speakers(text: &str) -> Vec<crate::attribute::Speaker> {
        checked(text).attributed.clauses.iter().filter_map(|c| c.speaker.clone()).collect()
    }

    /// The speaker of the draft's first reporting clause that has one.
    fn first_speaker(text: &str) -> crate::attribute::Speaker {
        clause_speakers(text).into_iter().next().expect("a speaker")
    }

    /// The speakers' names of the draft's reporting clauses, in order.
    fn speaker_names(text: &str) -> Vec<String> {
        clause_speakers(text).into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn the_company_and_the_leader_refer_back() {
        let text = "Vasstrand Bygg built the bridge.\n\nPresident Aino Laine visited it.\n\nThe company said the cables were new. The Finnish leader said she was reassured.";
        assert_eq!(speaker_names(text), ["Vasstrand Bygg", "Aino Laine"]);
    }

    #[test]
    fn a_shared_surname_stays_with_whoever_it_already_named() {
        let text = "Mayor Lars Brekke opened the bridge.\n\nBrekke said it was on time.\n\nHis sister, Una Brekke, built it.\n\nBrekke said the tolls would stay.";
        assert_eq!(speaker_names(text), ["Lars Brekke", "Lars Brekke"]);
    }

    #[test]
    fn an_honorific_picks_the_namesake_of_its_gender() {
        let text = "Lars Brekke opened the bridge.\n\nUna Brekke built it.\n\nMs. Brekke said it was on time. Mr. Brekke said the tolls would stay.";
        assert_eq!(speaker_names(text), ["Una Brekke", "Lars Brekke"]);
    }

    #[test]
    fn a_name_after_neither_is_a_person() {
        let text = "Neither Lars Brekke nor his rivals wanted a fight.\n\n\"We agreed,\" Mr. Brekke said.\n\n\"It was late,\" he said.";
        let checked = checked(text);
        let speakers: Vec<(&str, MentionKind)> = checked.attributed.quotes.iter().filter_map(|q| q.speaker.as_ref()).map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(speakers, [("Lars Brekke", MentionKind::Person), ("Lars Brekke", MentionKind::Person)]);
    }

    #[test]
    fn an_acronym_matches_its_initials() {
        assert_eq!(initials(&w("Baltic Shipping Council")), "bsc");
    }
}
