//! What the lexicons say of one word: its classes as bit flags, for a
//! reporting verb its class, form and lemma, and the kinds of phrase the
//! phrase lexicons hold.
//!
//! Apart from the lexicon because every stage of the grammar reads these
//! (through a token or a phrase), and none of it needs to know how they
//! were read from the files or are found.

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
    /// The kinds of phrase ([`PhraseKind::bit`]) of [`Lexicon::phrases_at`](super::Lexicon::phrases_at)
    /// that may start with this word: a kind not here has none to find.
    /// (A token ending in a full stop has those of the word with and
    /// without it.)
    pub phrase_kinds: u8,
}

impl WordInfo {
    #[inline]
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
    #[inline]
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
