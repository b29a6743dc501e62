//! Which words can stand in a speaker's noun phrase.

use super::Ctx;
use crate::parse::lexicon::class::*;
use crate::parse::tokens::{Token, TokenKind};

/// A capitalised word that can be part of a name. (Always inlined: asked
/// of every word of the narration when its names are gathered, where
/// `#[inline]` alone left it a call, 571,025 of them on train.)
#[inline(always)]
pub fn name_word(c: Ctx<'_>, t: &Token) -> bool {
    // A capitalised auxiliary is a name (`said Will Doyle`): sentence starts
    // and headlines have had their capitals settled already.
    let named_auxiliary = t.cap() && t.is(GAP) && !t.is(DETERMINER | PRONOUN | TIME | PREPOSITION | CONJUNCTION | RELATIVE);
    // `Jock A. Finlayson`: an initial, though `A` is also an article.
    let initial = t.cap() && t.span().len() == 2 && c.word(t).ends_with('.');
    if initial {
        return true;
    }
    if !t.is_word() || (t.is(DETERMINER | PRONOUN | FUNCTION | TIME | TITLE_BEFORE_NAME) && !named_auxiliary) {
        return false;
    }
    if t.cap() {
        return true;
    }
    // Most words have no hyphen, as the lexer noted: of those only the
    // first byte is read.
    let handle = c.text.as_bytes().get(t.span().start) == Some(&b'@');
    handle || (t.has_hyphen() && capital_after_hyphen(c.word(t)))
}

/// `pro-Okafor`, `al-Assad`: a capital straight after a hyphen. Read by
/// bytes, a character decoded only after each hyphen (a split into parts
/// searched for each hyphen as a character).
fn capital_after_hyphen(w: &str) -> bool {
    w.bytes().enumerate().any(|(k, b)| b == b'-' && w[k + 1..].chars().next().is_some_and(char::is_uppercase))
}

pub(super) fn particle(t: &Token) -> bool {
    t.is(NAME_PARTICLE) && !t.cap()
}

pub(super) fn title(t: &Token) -> bool {
    t.is(TITLE)
}

/// A lower-case word that can sit in a noun phrase: not a function word,
/// pronoun, adverb in -ly, or a verb in the past.
pub fn nominal(c: Ctx<'_>, t: &Token) -> bool {
    if !t.is_word() || t.cap() || t.is(DETERMINER | PRONOUN | FUNCTION | TIME | NAME_PARTICLE) {
        // `who` is also the WHO, but only in capitals.
        return t.is_word() && !t.cap() && t.is(TITLE | ORG | ANONYMOUS) && !t.is(DETERMINER | PRONOUN | RELATIVE);
    }
    let w = c.word(t);
    // `-ly` adverbs, and `aren't`, `won’t`: not nouns.
    if (w.ends_with("ly") && !t.is(ORG | ANONYMOUS | TITLE)) || w.ends_with("n't") || w.ends_with("n’t") {
        return false;
    }
    match t.info().verb {
        Some(v) => v.form != crate::parse::lexicon::VerbForm::Past || t.is(TITLE | ORG | ANONYMOUS),
        None => !w.starts_with(|ch: char| ch.is_ascii_digit()) || w.contains('-'),
    }
}

/// A word that heads a verb phrase rather than a noun phrase: a past form
/// (`spoke`, `traveled`), unless a lexicon knows it as a noun of speakers.
pub(super) fn verb_like(c: Ctx<'_>, t: &Token) -> bool {
    let past = t.info().verb.is_some_and(|v| v.form == crate::parse::lexicon::VerbForm::Past);
    (past || ed_form(c, t)) && !t.is(ORG | ANONYMOUS | ROLE | GROUP)
}

/// A lower-case word in -ly: an adverb (`strongly`, `repeatedly`), as
/// names (`Kelly`) and capitalised openers are not.
pub fn ly_adverb(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.cap() && c.word(t).ends_with("ly")
}

/// A word in -ed longer than `bed` or `shed`: a past form or participle
/// whether or not a lexicon knows the verb (`traveled`, `released`); a
/// shorter one only when `[short-past-forms]` knows it (`sued`, `led`).
pub fn ed_form(c: Ctx<'_>, t: &Token) -> bool {
    let w = c.word(t);
    w.ends_with("ed") && (w.len() > 4 || c.lex.in_list("short-past-forms", w))
}

/// `The council met on Friday`, `Okafor went further`: an unknown lower-case
/// word after a noun and before a preposition, an article or an adverb is a
/// verb, even one whose past tense does not end in -ed.
pub(super) fn unknown_verb(c: Ctx<'_>, t: &Token, after_noun: bool, next: Option<&Token>) -> bool {
    let verb_follows = next.is_some_and(|n| {
        (n.is(PREPOSITION) && !["of", "for", "from", "in", "at", "with"].iter().any(|w| c.is_word(n, w)))
            || n.is(GAP)
            || (n.is(DETERMINER) && !n.is(CONJUNCTION))
    });
    unknown_lower(t) && !plural_noun(c.word(t)) && after_noun && verb_follows
}

/// A lower-case word no lexicon knows.
fn unknown_lower(t: &Token) -> bool {
    t.is_word() && !t.cap() && t.info().flags == 0 && t.info().verb.is_none()
}

/// `Ruiz runs the port`, `The ad ends with …`: an unknown word in -s
/// after a name or a singular noun, before what follows a verb, is the
/// verb's present tense, not a plural noun (`Ohio pilots`).
pub(super) fn unknown_present(c: Ctx<'_>, t: &Token, prev: &Token, next: Option<&Token>) -> bool {
    let unknown = unknown_lower(t) && plural_noun(c.word(t));
    let singular = prev.is_word() && prev.info().flags == 0 && !plural_noun(c.word(prev));
    // Not before an auxiliary: `the young ones don't` is a plural's subject.
    let object_follows = next.is_some_and(|n| (n.is(DETERMINER) && !n.is(CONJUNCTION)) || ["with", "on", "to", "into"].iter().any(|w| c.is_word(n, w)));
    unknown && singular && object_follows
}

/// A determiner or possessive opening a noun phrase. `that` is left out:
/// after a verb it opens a clause (`said that Taylor …`), not a phrase.
/// `a` or `an`.
pub fn indefinite(c: Ctx<'_>, t: &Token) -> bool {
    c.is_word(t, "a") || c.is_word(t, "an")
}

/// `a Tuesday editorial`, `the March report`: a capitalised day or month
/// straight after an article (not a possessive: `their February filings`)
/// dates the noun after it, though a time word is no name word. Asked
/// where the phrase ends before a stop or a preposition (`…," reads a
/// Tuesday editorial in …`): before a verb it is the object of a clause
/// (`pilots who saw the Monday hearing said`).
pub fn dated(c: Ctx<'_>, t: &Token, before: &Token) -> bool {
    t.cap() && t.is(TIME) && (indefinite(c, before) || c.is_word(before, "the"))
}

/// A lower-case word that may describe a person named after it (`an
/// angry Okafor`): no function word of any kind.
pub(super) fn plain_adjective(t: &Token) -> bool {
    t.is_word() && !t.cap() && !t.is(DETERMINER | PRONOUN | FUNCTION | PREPOSITION | CONJUNCTION | TIME)
}

pub(super) fn det(t: &Token) -> bool {
    (t.is(DETERMINER | POSSESSIVE) && !t.is(THEY | HE | SHE) || t.is(POSSESSIVE) && t.is(HE | SHE | THEY | IT)) && !t.is(CONJUNCTION)
}

pub(super) fn possessive(t: &Token) -> bool {
    t.kind == TokenKind::Possessive
}

pub(super) fn comma(t: &Token) -> bool {
    t.is_punct(',')
}

pub(super) fn subject_pronoun(c: Ctx<'_>, t: &Token) -> bool {
    t.is(PRONOUN) && ["he", "she", "they", "we", "i", "you", "it"].iter().any(|w| c.is_word(t, w))
}

pub fn plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

pub(super) const NUMBER_WORDS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// `South Korea`, `Oakland, Calif.`: words that are all from «places»
/// (punctuation aside), so a name of them is a place's.
pub fn place_name(tokens: &[Token]) -> bool {
    tokens.iter().all(|t| t.is(PLACE) || !t.is_word())
}

/// `three`, `ten`: a number written as a word.
pub fn number_word(c: Ctx<'_>, t: &Token) -> bool {
    // Spelt as the list spells them, and with no apostrophe to fold, they
    // are three to five bytes long: other words are not compared ten times.
    let len = t.span().len();
    t.is_word() && (3..=5).contains(&len) && NUMBER_WORDS.iter().any(|w| c.is_word(t, w))
}

/// Words that can stand alone for people: `another said`, `several said`.
pub(super) const QUANTIFIERS: [&str; 12] = ["another", "one", "several", "some", "many", "others", "both", "most", "few", "each", "neither", "none"];

/// Pronouns for everybody or nobody, which stand alone for people as the
/// quantifiers do (`everyone agrees`, `Nobody knows`); `someone` is an
/// anonymous source («anonymous»).
pub(super) const EVERYONE: [&str; 5] = ["everyone", "everybody", "anyone", "anybody", "nobody"];

/// Plural numbers that open a share of a group (`Hundreds of pilots`).
pub(super) const MULTITUDES: [&str; 5] = ["dozens", "hundreds", "thousands", "millions", "scores"];

#[cfg(test)]
mod tests {
    use super::{capital_after_hyphen, NUMBER_WORDS};

    #[test]
    fn a_capital_after_any_hyphen_is_read() {
        for w in ["pro-Okafor", "al-Assad", "anti-EU", "ex--Holm", "self-made-Ålund", "-Holm"] {
            assert!(capital_after_hyphen(w), "{w}");
        }
        for w in ["Okafor", "well-known", "Holm-", "Okafor-brekke", "pro-ålund", "x--y"] {
            assert!(!capital_after_hyphen(w), "{w}");
        }
    }

    #[test]
    fn number_words_are_three_to_five_letters() {
        // `number_word` compares only words of these lengths.
        assert!(NUMBER_WORDS.iter().all(|w| (3..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())));
    }
}
