//! The writer's sentence: a partial quote that no clause covers, inside a
//! sentence whose subject is a person or organisation (`Okafor vowed to
//! keep the ferry "running every day of the year"`). The words are the
//! subject's, whatever the main verb: the writer weaves them into a
//! sentence about their speaker.

use super::Speaker;
use crate::parse::lexicon::class::{DETERMINER, HE, SHE, THEY};
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
/// lower-case run of words inside the sentence (not opening it), names
/// something after `as`, or is a capitalised run woven in after a
/// lower-case word, and the sentence's subject is a person, organisation
/// or pronoun.
pub fn sentence_subject(text: &str, parsed: &Parsed, lex: &Lexicon, q: &Quote, open: usize, sentence: usize) -> Option<Speaker> {
    let c = parsed.ctx(text, lex);
    if !partial(q.inner.of(text)) && !named_as(c, open) && !woven_in(c, q.inner.of(text), open) {
        return None;
    }
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

/// `Ruiz hailed the deal as a "turning point"`: the quote names what the
/// subject's verb puts before `as`, an object or the subject itself
/// (`presents herself as "…"`), not a participle (`known as "…"`, `described
/// as`) or a fixed phrase (`such as`).
fn named_as(c: Ctx<'_>, open: usize) -> bool {
    let at = |k: usize| open.checked_sub(k).and_then(|i| c.tokens.get(i));
    let article = at(1).is_some_and(|t| t.is(DETERMINER));
    let as_at = if article { 2 } else { 1 };
    let Some(before) = at(as_at + 1).filter(|_| at(as_at).is_some_and(|t| c.is_word(t, "as"))) else { return false };
    let word = c.word(before).to_lowercase();
    let participle = ["ed", "en", "wn"].iter().any(|e| word.ends_with(e));
    before.is_word() && !participle && !c.lex.in_list("not-naming-before-as", &word)
}

/// `Holm sent a notice saying the port owes "Riders an apology for …"`,
/// `notes like "Ferries will run …"`: a capitalised run of at least
/// [`MIN_WORDS`] words straight after a lower-case word of the writer's
/// sentence, woven into it as a partial quote is.
fn woven_in(c: Ctx<'_>, words: &str, open: usize) -> bool {
    let after_word = open.checked_sub(1).and_then(|i| c.tokens.get(i)).is_some_and(|t| t.is_word() && !t.cap() && t.para == c.tokens[open].para);
    // A title keeps its capitals (`the film "Storm Over The Harbour"`): a
    // lower-case word of five letters or more after the first is a sentence's.
    let sentence_case = words.split_whitespace().skip(1).any(|w| w.len() > 4 && w.chars().next().is_some_and(char::is_lowercase));
    after_word && sentence_case && words.split_whitespace().count() >= MIN_WORDS
}

/// A lower-case run of at least [`MIN_WORDS`] words: part of a sentence
/// quoted, not a whole one.
fn partial(words: &str) -> bool {
    let lower = words.trim_start_matches(|ch: char| !ch.is_alphanumeric()).chars().next().is_some_and(char::is_lowercase);
    lower && words.split_whitespace().count() >= MIN_WORDS
}
