//! `called` and `named` naming a thing rather than reporting a view: `a
//! harbour charity called Safe Berth`, `another called Tidewatch`, `a
//! pilot named Ines Okafor`, `a ferry named for its builder`. Read by
//! `senses` as a no-report sense of `call` and `name`.

use super::senses::at;
use crate::parse::lexicon::class::*;
use crate::parse::lexicon::VerbForm;
use crate::parse::mentions::{self, Ctx};
use crate::parse::sentences::Sentence;
use crate::parse::tokens::{Token, TokenKind};

/// `a Facebook group called Safe Berth`, `another called Tidewatch`, `one
/// 2015 report called “Low Water”`, `a harbour pilot named Ines Okafor`:
/// `called` or `named` after a noun phrase
/// opened by an article or `one`/`another`, with nothing between but its
/// nouns (capitalised, or numbers), names the thing, when its object is a
/// single name or quoted title and no complement follows it (`one pilot
/// called Okafor "a menace"` reports). The lowercase-only case with `a`
/// is `verbal_reading`'s. On train 8 false cues of `called` and 2 of
/// `named`, 1 annotated (`a super PAC called …`).
pub(super) fn names_a_thing(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    (c.is_word(&c.tokens[i], "called") || c.is_word(&c.tokens[i], "named")) && named_noun_phrase_before(c, sentence, i) && single_name_after(c, sentence, i + 1)
}

/// `a charity named for its founder`, `named after the first ferry`:
/// where a name comes from, not a choice announced.
pub(super) fn named_for(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    c.is_word(&c.tokens[i], "named") && at(c, sentence, i + 1).is_some_and(|n| c.is_word(n, "for") || c.is_word(n, "after"))
}

/// The words before `i` back to an article, `one` or `another` are the
/// nouns of one phrase (at most five).
fn named_noun_phrase_before(c: Ctx<'_>, sentence: &Sentence, i: usize) -> bool {
    const OPENERS: [&str; 5] = ["a", "an", "the", "one", "another"];
    let first = sentence.first as usize;
    for k in (i.saturating_sub(6).max(first)..i).rev() {
        let t = &c.tokens[k];
        if OPENERS.iter().any(|w| c.is_word(t, w)) {
            return true;
        }
        let noun = t.kind == TokenKind::Number || (t.is_word() && t.cap() && k > first) || mentions::nominal(c, t);
        if !noun || t.info().verb.is_some_and(|v| v.form == VerbForm::Past) {
            return false;
        }
    }
    false
}

/// From `k`: one run of capitalised words and numbers, or one quoted
/// title, followed by nothing that could be a complement (a quote, an
/// article, a possessive, an adjective): the end, punctuation, a
/// function word, a time or a verb.
fn single_name_after(c: Ctx<'_>, sentence: &Sentence, k: usize) -> bool {
    let end = sentence.end as usize;
    let Some(first) = at(c, sentence, k) else { return false };
    let after = if first.kind == TokenKind::OpenQuote {
        match (k + 1..end.min(k + 16)).find(|&j| c.tokens[j].kind == TokenKind::CloseQuote) {
            Some(close) => close + 1,
            None => return false,
        }
    } else {
        let name = |t: &Token| (t.is_word() && t.cap()) || t.kind == TokenKind::Number;
        let run = (k..end.min(k + 6)).take_while(|&j| name(&c.tokens[j])).count();
        if run == 0 {
            return false;
        }
        k + run
    };
    let Some(next) = at(c, sentence, after) else { return true };
    match next.kind {
        TokenKind::Punct(_) => true,
        // `named Cleveland as the most dangerous`: `as` opens a complement.
        TokenKind::Word if !next.cap() && !c.is_word(next, "as") => {
            (next.is(FUNCTION | TIME) && !next.is(DETERMINER)) || next.info().verb.is_some() || mentions::ed_form(c, next)
        }
        _ => false,
    }
}
