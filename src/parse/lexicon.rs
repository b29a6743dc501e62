//! The lexicons in `grammar/*.txt`, compiled into the binary and read once
//! into lookup tables. Every word lookup goes through [`Lexicon::word`]; every
//! phrase lookup through [`Lexicon::phrases_at`].

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::source::le_u64;

use super::word_lists::WordLists;

/// Word classes as bit flags, so one lookup answers every question the
/// grammar asks about a word.
pub mod class {
    pub const CUE: u32 = 1 << 0;
    pub const TITLE: u32 = 1 << 1;
    /// A title written capitalised in `titles.txt`: it stands before names.
    pub const TITLE_BEFORE_NAME: u32 = 1 << 2;
    /// A role written in lower case in `titles.txt` (spokesman, official).
    pub const ROLE: u32 = 1 << 3;
    pub const ORG: u32 = 1 << 4;
    pub const ANONYMOUS: u32 = 1 << 5;
    pub const ABBREVIATION: u32 = 1 << 6;
    pub const HE: u32 = 1 << 7;
    pub const SHE: u32 = 1 << 8;
    pub const THEY: u32 = 1 << 9;
    pub const IT: u32 = 1 << 10;
    pub const FIRST_PERSON: u32 = 1 << 11;
    pub const SECOND_PERSON: u32 = 1 << 12;
    pub const RELATIVE: u32 = 1 << 13;
    pub const DETERMINER: u32 = 1 << 14;
    pub const POSSESSIVE: u32 = 1 << 15;
    pub const GAP: u32 = 1 << 16;
    pub const PREPOSITION: u32 = 1 << 17;
    pub const CONJUNCTION: u32 = 1 << 18;
    pub const TIME: u32 = 1 << 19;
    pub const LOADED: u32 = 1 << 20;
    pub const NAME_PARTICLE: u32 = 1 << 21;
    /// "familiar", "close": they let a phrase describe a source ("people familiar with").
    pub const SOURCE_ADJECTIVE: u32 = 1 << 22;
    /// A reporting verb that takes its listener or object straight after it
    /// (`told Reuters`, `called him`): never inverted (`said Peskov`).
    pub const TRANSITIVE: u32 = 1 << 23;
    /// From `gendered-titles.txt`.
    pub const MALE_TITLE: u32 = 1 << 24;
    pub const FEMALE_TITLE: u32 = 1 << 25;
    /// From `groups.txt`: critics, experts, residents.
    pub const GROUP: u32 = 1 << 26;
    /// From `claim-sources.txt` [data] and [plan]: poll, census, plan — a figure's source.
    pub const DATA_SOURCE: u32 = 1 << 27;
    /// From `claim-sources.txt` [legal]: lawsuit, indictment, alleged — an allegation's frame.
    pub const LEGAL_SOURCE: u32 = 1 << 28;
    /// A word of a name in `places.txt`: Mexico, South Korea, Calif.
    pub const PLACE: u32 = 1 << 29;
    /// Says nothing about who a source is: `senior`, `former` («function-words»).
    pub const VAGUE_MODIFIER: u32 = 1 << 30;
    pub const PRONOUN: u32 = HE | SHE | THEY | IT | FIRST_PERSON | SECOND_PERSON;
    /// Words that cannot sit inside a speaker's noun phrase.
    pub const FUNCTION: u32 = PREPOSITION | CONJUNCTION | GAP | RELATIVE;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    Speech,
    Thought,
    Evidence,
    Stance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    Third,
    Past,
    Ing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub class: VerbClass,
    pub form: VerbForm,
    /// Index of the verb's line in `reporting-verbs.txt`: equal lemmas, equal ids.
    pub lemma: u16,
}

/// What the lexicons say about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    pub flags: u32,
    pub verb: Option<Verb>,
    /// The kinds of phrase ([`PhraseKind::bit`]) of [`Lexicon::phrases_at`]
    /// that may start with this word: a kind not here has none to find.
    /// (A token ending in a full stop has those of the word with and
    /// without it.)
    pub phrase_kinds: u8,
}

impl WordInfo {
    pub fn is(&self, flags: u32) -> bool {
        self.flags & flags != 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    Cue,
    Weasel,
    Reportedly,
    Boilerplate,
    /// Wrongdoing stated as fact: `accused of`, `took bribes` (`allegations.txt`).
    Allegation,
    /// Research or polling that is not named: `studies show` (`vague-studies.txt`).
    VagueStudy,
    /// A verb whose subject makes the report of the infinitive after it:
    /// `continues to criticize` (`catenatives.txt`).
    Catenative,
}

impl PhraseKind {
    /// This kind's bit in [`WordInfo::phrase_kinds`].
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A fixed sequence of words from one of the phrase lexicons.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub words: Vec<&'static str>,
    pub kind: PhraseKind,
    /// Where a noun phrase naming the source stands (`according to NP`).
    pub source_slot: Option<usize>,
}

/// Words a newsroom adds to the built-in lexicons in its configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extras {
    /// Reporting verbs, each with its forms: `"aver avers averred averring"`.
    pub verbs: Vec<String>,
    /// Titles and roles; capitalised ones stand before names.
    pub titles: Vec<String>,
    /// Words that make a phrase an organisation (`"syndicate"`).
    pub organisations: Vec<String>,
}

#[derive(Clone)]
pub struct Lexicon {
    words: WordTable,
    phrases: Vec<Phrase>,
    phrases_by_first: PhraseStarts,
    loaded: HashMap<&'static str, &'static str>,
    lemmas: Vec<String>,
    /// Small closed word lists a rule reads whole, by section name
    /// (`figures.txt` [months]): too many to each take a flag bit.
    lists: WordLists,
}

/// Built once, on first use, and shared: each configuration holds an
/// `Arc` of it rather than a copy of its tables.
static LEXICON: LazyLock<std::sync::Arc<Lexicon>> = LazyLock::new(|| std::sync::Arc::new(Lexicon::build()));

/// The built-in lexicons.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// The built-in lexicons, shared with the caller.
pub fn shared_lexicon() -> std::sync::Arc<Lexicon> {
    std::sync::Arc::clone(&LEXICON)
}

/// Non-blank, non-comment lines of a lexicon file.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty())
}

/// Entries grouped under `[section]` headers.
fn sections(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    entries(text).filter_map(move |line| {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            None
        } else {
            Some((section, line))
        }
    })
}

fn verb_class(section: &str) -> VerbClass {
    match section {
        "speech" => VerbClass::Speech,
        "thought" => VerbClass::Thought,
        "evidence" => VerbClass::Evidence,
        "stance" => VerbClass::Stance,
        other => panic!("grammar/reporting-verbs.txt: unknown section [{other}]"),
    }
}

fn form_of(base: &str, form: &str) -> VerbForm {
    if form == base {
        VerbForm::Base
    } else if form.ends_with("ing") {
        VerbForm::Ing
    } else if form.ends_with('s') && (form.len() <= base.len() + 2) && !form.ends_with("ss") {
        VerbForm::Third
    } else {
        VerbForm::Past
    }
}

fn function_class(section: &str) -> u32 {
    use class::*;
    match section {
        "pronoun-male" => HE,
        "pronoun-female" => SHE,
        "pronoun-plural" => THEY,
        "pronoun-neuter" => IT,
        "pronoun-first" => FIRST_PERSON,
        "pronoun-second" => SECOND_PERSON,
        "relative" => RELATIVE,
        "determiner" => DETERMINER,
        "possessive" => POSSESSIVE,
        "gap" => GAP,
        "preposition" => PREPOSITION,
        "conjunction" => CONJUNCTION,
        "time" => TIME,
        "name-particle" => NAME_PARTICLE,
        "adjective-of-source" => SOURCE_ADJECTIVE,
        "vague-source-modifier" => VAGUE_MODIFIER,
        other => panic!("grammar/function-words.txt: unknown section [{other}]"),
    }
}

/// The word lexicon by lookup key. Nearly every key is short, and a short
/// key is packed with its length into one integer: looking up a token then
/// hashes and compares one number instead of a string (this lookup runs for
/// every word of every draft).
#[derive(Clone, Default)]
struct WordTable {
    /// Keys of at most [`PACKED_LEN`] bytes, by [`Key::packed`].
    short: HashMap<u128, WordInfo>,
    long: HashMap<String, WordInfo>,
}

impl WordTable {
    /// The entry for a lexicon word, spelt as [`Key`] would fold it.
    fn entry(&mut self, word: String) -> &mut WordInfo {
        match Key::of(&word).and_then(|key| key.packed()) {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(word).or_default(),
        }
    }

    /// The entry for a lexicon word whose lookup key is `key`, as
    /// [`WordTable::entry`] would find it for the word spelt as the key.
    fn entry_for_key(&mut self, key: &Key) -> &mut WordInfo {
        match key.packed() {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(key.as_str().to_string()).or_default(),
        }
    }

    /// The entry for `word` (any case).
    fn get(&self, word: &[u8]) -> WordInfo {
        let found = match packed_ascii(word) {
            Some(short) => self.short.get(&short),
            None => match Key::of_bytes(word) {
                Some(key) => match key.packed() {
                    Some(short) => self.short.get(&short),
                    None => self.long.get(key.as_str()),
                },
                None => None,
            },
        };
        found.copied().unwrap_or_default()
    }
}

/// Phrases by their first word, keyed as [`WordTable`] keys words: a
/// short word's key packed into one integer, so a word that may start a
/// phrase is looked up without a buffer or a string hash (the clause finder
/// and the phrase rules look up every such word).
#[derive(Clone, Default)]
struct PhraseStarts {
    /// Keys of at most [`PACKED_LEN`] bytes, by [`Key::packed`].
    short: HashMap<u128, Vec<usize>>,
    long: HashMap<String, Vec<usize>>,
}

impl PhraseStarts {
    /// Lists phrase `index` under its first word, spelt as its key. The
    /// phrase files must write that word as its key is spelt (lower case,
    /// straight apostrophe): a token found under it then is that word, and
    /// `cue_at` does not compare it again. A line that breaks this stops
    /// the lexicon's build.
    fn add(&mut self, first: &str, index: usize) {
        let key = Key::of(first).expect("a phrase's first word is ASCII or `’`, and short");
        assert_eq!(key.as_str(), first, "a phrase's first word is written in lower case with a straight apostrophe");
        let list = match key.packed() {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(key.as_str().to_string()).or_default(),
        };
        list.push(index);
    }

    /// The phrases whose first word is `word` (any case), longest first.
    fn get(&self, word: &[u8]) -> Option<&Vec<usize>> {
        match packed_ascii(word) {
            Some(short) => self.short.get(&short),
            None => {
                let key = Key::of_bytes(word)?;
                match key.packed() {
                    Some(short) => self.short.get(&short),
                    None => self.long.get(key.as_str()),
                }
            }
        }
    }
}

/// A short ASCII word (most words) packed as [`Key::packed`] packs its
/// key, straight from the text: no buffer, and lower-cased eight bytes at
/// a time. `None` for any other word. (Inlined: it is the first half of
/// every lookup, and as a call it cost a word lookup a third more.)
#[inline(always)]
pub(crate) fn packed_ascii(word: &[u8]) -> Option<u128> {
    if word.len() > PACKED_LEN {
        return None;
    }
    // Most words fit in the low half: the high one is zero, and neither
    // loaded nor lower-cased.
    if word.len() <= 8 {
        let low = le_u64(word);
        return (low & 0x8080_8080_8080_8080 == 0).then(|| lower_ascii(low) as u128 | (word.len() as u128) << 120);
    }
    let (low, high) = word.split_at(8);
    let (low, high) = (le_u64(low), le_u64(high));
    // The ASCII test on the packed bytes (a byte with its top bit set is
    // not ASCII; the zero fill never is), not a pass of its own over the word.
    if (low | high) & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    Some(lower_ascii(low) as u128 | (lower_ascii(high) as u128) << 64 | (word.len() as u128) << 120)
}

/// Lower-cases eight ASCII bytes at once: each byte from `A` to `Z` gains
/// 0x20. (Adding to a byte below 0x80 sets its top bit at a threshold and
/// never carries into the next byte.)
fn lower_ascii(x: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let from_a = x + EACH * (0x80 - b'A' as u64);
    let past_z = x + EACH * (0x80 - b'Z' as u64 - 1);
    x | (((from_a ^ past_z) & (EACH * 0x80)) >> 2)
}

/// The longest key that [`Key::packed`] takes: its length goes in the last byte.
const PACKED_LEN: usize = 15;

/// A word lower-cased for lookup, with the typographic apostrophe folded
/// into the straight one, in a buffer on the stack.
struct Key {
    /// The key's bytes, then zeros.
    buf: [u8; 48],
    len: usize,
}

impl Key {
    /// Words with non-ASCII letters (other than `’`) are in no lexicon, so
    /// they have no key and cost no allocation; nor do words too long for
    /// the buffer.
    fn of(word: &str) -> Option<Key> {
        Key::of_bytes(word.as_bytes())
    }

    /// [`Key::of`] for a word's bytes (a token's, read without slicing the
    /// text as a `str`).
    fn of_bytes(bytes: &[u8]) -> Option<Key> {
        let mut key = Key { buf: [0; 48], len: 0 };
        // Nearly every word is ASCII: lower-case it in one tight loop.
        if bytes.len() <= key.buf.len() && bytes.is_ascii() {
            for (k, b) in key.buf.iter_mut().zip(bytes) {
                *k = b.to_ascii_lowercase();
            }
            key.len = bytes.len();
            return Some(key);
        }
        for b in folded(bytes) {
            *key.buf.get_mut(key.len)? = b?;
            key.len += 1;
        }
        Some(key)
    }

    fn as_str(&self) -> &str {
        // SAFETY: `of` writes only ASCII bytes, so `buf[..len]` is UTF-8.
        // (Checking it again cost a tenth of the whole pipeline's time.)
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }

    /// The key as an integer: its bytes little-endian and its length in
    /// the top byte (so keys that differ only by trailing zero bytes stay
    /// apart). `None` when it is longer than [`PACKED_LEN`].
    fn packed(&self) -> Option<u128> {
        if self.len > PACKED_LEN {
            return None;
        }
        let mut first = [0u8; 16];
        first.copy_from_slice(&self.buf[..16]);
        Some(u128::from_le_bytes(first) | (self.len as u128) << 120)
    }
}

/// A word's bytes as lexicon keys spell them: ASCII lower-cased, the
/// typographic apostrophe (U+2019) as `'`, and `None` for any other
/// non-ASCII character, which no lexicon entry has.
fn folded(word: &[u8]) -> impl Iterator<Item = Option<u8>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *word.get(i)?;
        i += 1;
        Some(match b {
            b if b.is_ascii() => Some(b.to_ascii_lowercase()),
            0xE2 if word[i..].starts_with(&[0x80, 0x99]) => {
                i += 2;
                Some(b'\'')
            }
            _ => None,
        })
    })
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            words: WordTable::default(),
            phrases: Vec::new(),
            phrases_by_first: PhraseStarts::default(),
            loaded: HashMap::default(),
            lemmas: Vec::new(),
            lists: WordLists::default(),
        };
        lex.add_verbs(include_str!("../../grammar/reporting-verbs.txt"));
        lex.add_titles(include_str!("../../grammar/titles.txt"));
        lex.add_words(include_str!("../../grammar/organisations.txt"), class::ORG);
        lex.add_words(include_str!("../../grammar/anonymous.txt"), class::ANONYMOUS);
        lex.add_words(include_str!("../../grammar/groups.txt"), class::GROUP);
        for place in entries(include_str!("../../grammar/places.txt")) {
            lex.flag_every_word(place, class::PLACE);
        }
        lex.add_words(include_str!("../../grammar/abbreviations.txt"), class::ABBREVIATION);
        for (section, word) in sections(include_str!("../../grammar/function-words.txt")) {
            lex.flag(word, function_class(section));
        }
        for (section, word) in sections(include_str!("../../grammar/gendered-titles.txt")) {
            lex.flag(word, if section == "male" { class::MALE_TITLE } else { class::FEMALE_TITLE });
        }
        for (section, word) in sections(include_str!("../../grammar/claim-sources.txt")) {
            lex.flag(word, if section == "legal" { class::LEGAL_SOURCE } else { class::DATA_SOURCE });
        }
        for line in entries(include_str!("../../grammar/loaded-verbs.txt")) {
            let (verb, suggestion) = line.split_once("=>").expect("loaded-verbs.txt: verb => suggestion");
            lex.loaded.insert(verb.trim(), suggestion.trim());
            lex.flag(verb.trim(), class::LOADED);
        }
        lex.add_lists(include_str!("../../grammar/figures.txt"));
        lex.add_lists(include_str!("../../grammar/clause-words.txt"));
        lex.add_lists(include_str!("../../grammar/cue-words.txt"));
        lex.add_lists(include_str!("../../grammar/entity-words.txt"));
        lex.add_phrases(include_str!("../../grammar/multiword-cues.txt"), PhraseKind::Cue);
        lex.add_phrases(include_str!("../../grammar/weasel.txt"), PhraseKind::Weasel);
        lex.add_phrases(include_str!("../../grammar/reportedly.txt"), PhraseKind::Reportedly);
        lex.add_phrases(include_str!("../../grammar/boilerplate.txt"), PhraseKind::Boilerplate);
        lex.add_phrases(include_str!("../../grammar/allegations.txt"), PhraseKind::Allegation);
        lex.add_phrases(include_str!("../../grammar/vague-studies.txt"), PhraseKind::VagueStudy);
        lex.add_phrases(include_str!("../../grammar/catenatives.txt"), PhraseKind::Catenative);
        lex
    }

    fn add_lists(&mut self, text: &'static str) {
        for (section, word) in sections(text) {
            self.lists.push(section, word);
        }
    }

    /// The word list of section `name` of a list file (`months`, `units`),
    /// lower case. A name no file has is a bug: tests read every list.
    pub fn list(&self, name: &'static str) -> &[&'static str] {
        let list = self.lists.get(name);
        debug_assert!(!list.is_empty(), "no word list [{name}] in grammar/");
        list
    }

    /// Whether `word` is in the word list `name`, in any case: the test the
    /// rules ask of a word as it stands in the text.
    pub fn in_list(&self, name: &'static str, word: &str) -> bool {
        debug_assert!(!self.list(name).is_empty());
        self.lists.holds(name, word)
    }

    /// The built-in lexicons with a newsroom's own words added.
    pub fn with_extras(extras: &Extras) -> Lexicon {
        let mut lex = lexicon().clone();
        for line in &extras.verbs {
            let forms: Vec<&str> = line.split_whitespace().collect();
            let Some(base) = forms.first() else { continue };
            let lemma = lex.lemmas.len() as u16;
            lex.lemmas.push(base.to_string());
            for form in &forms {
                let info = lex.entry(form);
                info.flags |= class::CUE;
                info.verb.get_or_insert(Verb { class: VerbClass::Speech, form: form_of(base, form), lemma });
            }
        }
        for title in &extras.titles {
            let kind = if title.starts_with(char::is_uppercase) { class::TITLE_BEFORE_NAME } else { class::ROLE };
            for word in title.split_whitespace() {
                lex.flag(word.trim_end_matches('.'), class::TITLE | kind);
            }
        }
        for org in &extras.organisations {
            if let Some(last) = org.split_whitespace().last() {
                lex.flag(last, class::ORG);
            }
        }
        lex
    }

    fn entry(&mut self, word: &str) -> &mut WordInfo {
        // A word of ASCII letters and `’` (nearly every lexicon word) is
        // spelt as its key: lower case, `’` as `'`. Its key is made on the
        // stack, as a lookup makes it, rather than in two new strings; this
        // runs for every word of every lexicon, at every start.
        match Key::of(word) {
            Some(key) => self.words.entry_for_key(&key),
            None => self.words.entry(word.to_lowercase().replace('\u{2019}', "'")),
        }
    }

    fn flag(&mut self, word: &str, flags: u32) {
        self.entry(word).flags |= flags;
    }

    /// Flags each word of a lexicon entry (`South Korea`, `Lt. Gen.`),
    /// without the full stop of an abbreviation.
    fn flag_every_word(&mut self, entry: &str, flags: u32) {
        for word in entry.split(' ') {
            self.flag(word.trim_end_matches('.'), flags);
        }
    }

    fn add_words(&mut self, text: &'static str, flags: u32) {
        for word in entries(text) {
            if word.contains(' ') {
                // A multi-word organisation ("white house") is known by its last word.
                let last = word.rsplit(' ').next().unwrap_or(word);
                self.flag(last, flags);
            } else {
                self.flag(word.trim_end_matches('.'), flags);
            }
        }
    }

    fn add_titles(&mut self, text: &'static str) {
        for title in entries(text) {
            let before_name = title.starts_with(|c: char| c.is_uppercase());
            let kind = if before_name { class::TITLE_BEFORE_NAME } else { class::ROLE };
            self.flag_every_word(title, class::TITLE | kind);
        }
    }

    fn add_verbs(&mut self, text: &'static str) {
        for (section, line) in sections(text) {
            let class = verb_class(section);
            let transitive = line.ends_with('!');
            let forms: Vec<&str> = line.split_whitespace().filter(|f| *f != "!").collect();
            let base = forms[0].trim_start_matches('-');
            let lemma = self.lemmas.len() as u16;
            self.lemmas.push(base.to_string());
            // A form written `-form` is a known verb form but not a cue.
            for form in &forms {
                let (form, cue) = match form.strip_prefix('-') {
                    Some(f) => (f, false),
                    None => (*form, true),
                };
                let info = self.entry(form);
                if cue {
                    info.flags |= class::CUE;
                }
                if transitive {
                    info.flags |= class::TRANSITIVE;
                }
                if info.verb.is_none() || (cue && !info.is(class::CUE)) {
                    info.verb = Some(Verb { class, form: form_of(base, form), lemma });
                }
            }
        }
    }

    fn add_phrases(&mut self, text: &'static str, kind: PhraseKind) {
        for line in entries(text) {
            let mut words: Vec<&'static str> = line.split(' ').filter(|w| !w.is_empty()).collect();
            let source_slot = words.iter().position(|w| *w == "NP");
            if let Some(slot) = source_slot {
                words.truncate(slot);
            }
            let index = self.phrases.len();
            self.phrases_by_first.add(words[0], index);
            self.entry(words[0]).phrase_kinds |= kind.bit();
            self.phrases.push(Phrase { words, kind, source_slot });
        }
        // Longest phrase first, so the longer cue wins at a position.
        let phrases = &self.phrases;
        for list in self.phrases_by_first.short.values_mut().chain(self.phrases_by_first.long.values_mut()) {
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i].words.len()));
        }
    }

    /// What the lexicons know of `word` (any case).
    pub fn word(&self, word: &str) -> WordInfo {
        self.words.get(word.as_bytes())
    }

    /// [`Lexicon::word`] for a word's bytes (a token's, read without
    /// slicing the text as a `str`).
    pub fn word_bytes(&self, word: &[u8]) -> WordInfo {
        self.words.get(word)
    }

    /// [`Lexicon::word_bytes`] for the lexer, which asks it of every word:
    /// a short ASCII word's lookup inlined there, the rest a call. (Only
    /// there: inlined into every caller it would change what the compiler
    /// inlines across the grammar.)
    #[inline(always)]
    pub(super) fn word_bytes_in_lexer(&self, word: &[u8]) -> WordInfo {
        match packed_ascii(word) {
            Some(short) => self.words.short.get(&short).copied().unwrap_or_default(),
            None => self.words.get(word),
        }
    }

    /// Phrases whose first word is `word`, longest first.
    pub fn phrases_at(&self, word: &str) -> impl Iterator<Item = &Phrase> + Clone {
        self.phrase_list(word).iter().map(|&i| &self.phrases[i])
    }

    /// [`Lexicon::phrases_at`] as indices for [`Lexicon::phrase`]: a slice,
    /// for a caller that walks it several times.
    pub fn phrase_list(&self, word: &str) -> &[usize] {
        self.phrases_by_first.get(word.as_bytes()).map_or(&[], Vec::as_slice)
    }

    /// The phrase at index `i` of a [`Lexicon::phrase_list`].
    pub fn phrase(&self, i: usize) -> &Phrase {
        &self.phrases[i]
    }

    /// The neutral verb to suggest for a loaded one (`claimed` → `said`).
    pub fn neutral_for(&self, verb: &str) -> Option<&'static str> {
        Key::of(verb).and_then(|key| self.loaded.get(key.as_str()).copied())
    }

    pub fn lemma(&self, id: u16) -> &str {
        &self.lemmas[id as usize]
    }
}

/// True when `word` equals the lexicon entry `entry`, ignoring case and the
/// apostrophe style.
pub fn same_word(word: &str, entry: &str) -> bool {
    same_word_bytes(word.as_bytes(), entry)
}

/// [`same_word`] for a word's bytes (a token's, read without slicing the
/// text as a `str`).
pub fn same_word_bytes(word: &[u8], entry: &str) -> bool {
    let entry = entry.as_bytes();
    // The key is never longer than the word.
    if word.len() < entry.len() {
        return false;
    }
    // Most words differ from the entry in their first letter.
    if let (Some(w), Some(e)) = (word.first(), entry.first()) {
        if w.is_ascii() && w.to_ascii_lowercase() != *e {
            return false;
        }
    }
    // A word as long as the entry can only match if it is ASCII (a `’`
    // folds three bytes into one, and no other non-ASCII byte folds at
    // all): compared whole, with no pass to see whether it is ASCII first.
    // (A non-ASCII byte of the word never equals an ASCII byte of the entry.)
    if word.len() == entry.len() {
        return word.iter().zip(entry).all(|(w, e)| e.is_ascii() && w.to_ascii_lowercase() == *e);
    }
    // A longer word must fold shorter: only one with a `’` can.
    if word.is_ascii() {
        return false;
    }
    // Others byte by byte as `Key::of` would fold them.
    let mut n = 0;
    for b in folded(word) {
        if b.is_none() || entry.get(n) != b.as_ref() {
            return false;
        }
        n += 1;
    }
    n == entry.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_start_with_their_key() {
        // Every phrase file's first words are spelt as their keys.
        let lex = lexicon();
        for i in 0..lex.phrases.len() {
            let first = lex.phrase(i).words[0];
            assert_eq!(Key::of(first).map(|k| k.as_str().to_string()).as_deref(), Some(first), "{first}");
        }
        let mut starts = PhraseStarts::default();
        starts.add("chimed", 0);
        starts.add("won't", 1);
        assert_eq!(starts.get("Won’t".as_bytes()).map(Vec::as_slice), Some(&[1][..]));
    }

    #[test]
    #[should_panic(expected = "lower case")]
    fn a_phrase_opening_with_a_capital_stops_the_build() {
        PhraseStarts::default().add("Chimed", 0);
    }

    #[test]
    #[should_panic(expected = "straight apostrophe")]
    fn a_phrase_opening_with_a_curly_apostrophe_stops_the_build() {
        PhraseStarts::default().add("won’t", 0);
    }

    #[test]
    fn verbs_know_their_class_and_form() {
        let said = lexicon().word("Said").verb.unwrap();
        assert_eq!(said.class, VerbClass::Speech);
        assert_eq!(said.form, VerbForm::Past);
        assert_eq!(lexicon().word("saying").verb.unwrap().form, VerbForm::Ing);
        assert_eq!(lexicon().word("says").verb.unwrap().form, VerbForm::Third);
        assert_eq!(lexicon().lemma(said.lemma), "say");
        assert!(lexicon().word("table").verb.is_none());
    }

    #[test]
    fn word_lists_are_read_by_section() {
        assert!(lexicon().list("months").contains(&"sept."));
        assert_eq!(lexicon().list("percent"), ["percent", "pct", "percentage"]);
        for name in [
            "units", "magnitudes", "labels", "phase-verbs", "spend-verbs", "take-verbs", "put-out-verbs", "headline-kickers", "belief-participles",
            "irregular-verb-forms", "term-markers", "gloss-markers", "works-in-apposition", "generic-organisations", "corporate-words",
        ] {
            assert!(!lexicon().list(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn titles_roles_and_pronouns_are_flagged() {
        assert!(lexicon().word("President").is(class::TITLE_BEFORE_NAME));
        assert!(lexicon().word("spokesman").is(class::ROLE));
        assert!(lexicon().word("Mr.").is(class::TITLE) || lexicon().word("Mr").is(class::TITLE));
        assert!(lexicon().word("she").is(class::SHE));
        assert!(lexicon().word("Kremlin").is(class::ORG));
    }

    #[test]
    fn phrases_are_found_by_first_word_longest_first() {
        let cues: Vec<_> = lexicon().phrases_at("said").map(|p| p.words.join(" ")).collect();
        assert_eq!(cues.first().map(String::as_str), Some("said in a statement"));
        let according = lexicon().phrases_at("According").find(|p| p.kind == PhraseKind::Cue).unwrap();
        assert_eq!(according.source_slot, Some(2));
    }

    #[test]
    fn every_phrase_is_found_by_its_first_word_in_any_case() {
        // The phrase files spell each word as its key (lower case, straight
        // apostrophes), so a word finds its phrases however it is written.
        let lex = lexicon();
        for phrase in &lex.phrases {
            let first = phrase.words[0];
            assert_eq!(Key::of(first).map(|k| k.as_str().to_string()).as_deref(), Some(first), "{first}");
            for spelt in [first.to_string(), first.to_uppercase(), first.replace('\'', "\u{2019}")] {
                assert!(lex.phrases_at(&spelt).any(|p| std::ptr::eq(p, phrase)), "{spelt}");
            }
        }
        assert_eq!(lex.phrases_at("ferryboat").count(), 0);
        assert_eq!(lex.phrases_at("ferryboat-operators-association").count(), 0);
    }

    #[test]
    fn short_ascii_words_pack_as_their_keys_do() {
        for word in ["Said", "a", "", "ABCDEFGHIJKLMNO", "x@Z[`{", "Mr.", "o'brien", "Spokesman", "ABCDEFGH", "abcdefghi"] {
            assert_eq!(packed_ascii(word.as_bytes()), Key::of(word).and_then(|k| k.packed()), "{word}");
        }
        assert_eq!(packed_ascii(b"ABCDEFGHIJKLMNOP"), None);
        assert_eq!(packed_ascii("Don\u{2019}t".as_bytes()), None);
    }

    #[test]
    fn words_match_entries_as_folded_keys_do() {
        let words = ["said", "Said", "SAID", "saids", "sai", "don’t", "Don't", "don’", "dont", "n’t", "é", "’s", "'s", "café", "o’brien’s"];
        let entries = ["said", "don't", "dont", "n't", "'s", "s", "", "o'brien's", "caf\u{e9}"];
        for word in words {
            for entry in entries {
                let folded = Key::of(word).is_some_and(|k| k.as_str() == entry);
                assert_eq!(same_word(word, entry), folded, "{word} {entry}");
            }
        }
    }

    #[test]
    fn a_key_is_the_word_lower_cased_with_straight_apostrophes() {
        for word in ["Said", "O’Brien", "Lt.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "don't"] {
            let key = Key::of(word).unwrap();
            assert_eq!(key.as_str(), word.to_lowercase().replace('\u{2019}', "'"), "{word}");
        }
        assert!(Key::of("café").is_none());
    }

    #[test]
    fn typographic_apostrophes_fold_into_straight_ones() {
        assert!(same_word("Don\u{2019}t", "don't"));
        assert_eq!(lexicon().word("’s"), lexicon().word("'s"));
    }
}
