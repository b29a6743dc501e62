//! The writer's sentence: a partial quote that no clause covers, inside a
//! sentence whose subject is a person or organisation (`Okafor vowed to
//! keep the ferry "running every day of the year"`). The words are the
//! subject's, whatever the main verb: the writer weaves them into a
//! sentence about their speaker.

use super::Speaker;
use crate::parse::lexicon::class::{HE, SHE, THEY};
use crate::parse::mentions::Ctx;
use crate::parse::{Lexicon, Mention, MentionKind, Parsed, Quote};

/// Fewer quoted words than this are mostly a term or a name rather than a
/// speaker's phrase (`the "harbour tax"`).
const MIN_WORDS: usize = 4;

/// The share of quotes this rule links that have the annotated speaker:
/// 12 of 18 on PolNeAR train (thirteenth session), whatever the subject's
/// kind, so it is not scaled by kind as the sieve's passes are.
pub const CONFIDENCE: f32 = 0.67;

/// The subject of the quote's sentence as its speaker, when the quote is a
/// lower-case run of words inside the sentence (not opening it) and the
/// sentence's subject is a person, organisation or pronoun.
pub fn sentence_subject(text: &str, parsed: &Parsed, lex: &Lexicon, q: &Quote, open: usize, sentence: usize) -> Option<Speaker> {
    if !partial(q.inner.of(text)) {
        return None;
    }
    let c = parsed.ctx(text, lex);
    // The subject after any opener (`On Friday, …`), with its verb after it.
    let m = crate::parse::clauses::sentence_subject(c, &parsed.sentences[sentence], open)?;
    someone(c, &m).then(|| Speaker { name: m.name.of(text).to_string(), kind: m.kind, mention: m.span, entity: None })
}

/// A named or titled person or organisation, or a personal pronoun: not
/// a thing (`the plan`, `his standing`), whose head is a common noun.
pub(super) fn someone(c: Ctx<'_>, m: &Mention) -> bool {
    let head = &c.tokens[m.head as usize];
    match m.kind {
        MentionKind::Person | MentionKind::Organisation => m.titled || c.word(head).chars().next().is_some_and(char::is_uppercase),
        MentionKind::Pronoun => head.is(HE | SHE | THEY) && !m.relative,
        MentionKind::Anonymous | MentionKind::Group => false,
    }
}

/// A lower-case run of at least [`MIN_WORDS`] words: part of a sentence
/// quoted, not a whole one.
fn partial(words: &str) -> bool {
    let lower = words.trim_start_matches(|ch: char| !ch.is_alphanumeric()).chars().next().is_some_and(char::is_lowercase);
    lower && words.split_whitespace().count() >= MIN_WORDS
}
