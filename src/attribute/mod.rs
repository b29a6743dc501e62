//! The third stage: who said what. Reporting clauses get their speakers
//! (pronouns and surnames resolved to entities), quotes get a kind and,
//! when they are speech, a speaker through the sieve.

pub mod entities;
pub mod kinds;
pub mod sieve;
pub mod speakers;
mod subject;

use crate::parse::{Lexicon, MentionKind, Parsed};
use crate::source::Span;
pub use entities::{Entities, Entity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Someone's words.
    Speech,
    /// A word held at arm's length (`the so-called "peace dividend"`), a term, a nickname.
    Scare,
    /// The title of a work or show.
    Title,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Attributed,
    Unattributed,
    Ambiguous,
}

/// A speaker as the draft names them: the resolved name, and the words
/// nearest the quote that name them (`he`, `Peskov`).
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub kind: MentionKind,
    pub mention: Span,
    pub entity: Option<usize>,
}

/// The speaker of one reporting clause.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseLink {
    /// The speaker the clause names (none for `adding …` or a passive).
    pub speaker: Option<Speaker>,
    /// For a clause that names nobody: the speaker it carries on from
    /// (`the Kremlin said, adding …`).
    pub carried: Option<Speaker>,
    /// Other people the pronoun could equally stand for.
    pub candidates: Vec<usize>,
    /// The pronoun's rivals were set aside for a subject before it.
    pub settled: bool,
}

impl ClauseLink {
    pub fn effective(&self) -> Option<&Speaker> {
        self.speaker.as_ref().or(self.carried.as_ref())
    }
}

/// One quotation and who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteLink {
    /// Index into `Parsed::quotes.quotes`.
    pub quote: usize,
    pub kind: QuoteKind,
    pub status: Status,
    pub confidence: f32,
    /// Boxed, as most quotes of a pathological draft have none: a quote's
    /// link is 72 bytes rather than 136.
    pub speaker: Option<Box<Speaker>>,
    /// The reporting clause that links the quote, when one does.
    pub clause: Option<usize>,
    pub candidates: Box<[usize]>,
    /// The sieve pass that decided: makes error analysis and snapshots readable.
    pub pass: &'static str,
}

#[derive(Debug)]
pub struct Attributed {
    pub entities: Entities,
    pub clauses: Vec<ClauseLink>,
    pub quotes: Vec<QuoteLink>,
}

/// Speaker aliases from the configuration: a name as written, and the
/// name to report (`Putin` → `Vladimir Putin`).
pub type Aliases = [(String, String)];

pub fn attribute(text: &str, parsed: &Parsed, lex: &Lexicon, aliases: &Aliases) -> Attributed {
    let mut entities = Entities::build(text, parsed, lex);
    entities.apply_aliases(text, aliases);
    let clauses = speakers::clause_speakers(text, parsed, lex, &mut entities);
    let (mut quotes, owners) = sieve::link_quotes(text, parsed, lex, &clauses);
    kinds::classify(text, parsed, lex, &mut quotes);
    for link in &mut quotes {
        if link.kind != QuoteKind::Speech {
            link.speaker = None;
            link.clause = None;
            link.candidates = Box::default();
            link.status = Status::Unattributed;
            link.confidence = 0.0;
            link.pass = "none";
        }
    }
    owners.resolve(text, parsed, lex, &mut entities, &mut quotes);
    entities.finish();
    Attributed { entities, clauses, quotes }
}
