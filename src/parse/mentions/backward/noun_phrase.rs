//! The noun-phrase core read backwards: a name or a common noun phrase,
//! with a describing prepositional phrase or a share (`one of`) before it.

use nom::multi::fold_many_m_n;
use nom::sequence::preceded;
use nom::{Input, Parser};

use crate::parse::lexicon::class::*;
use crate::parse::mentions::classify::{build, Shape};
use crate::parse::mentions::words::*;
use crate::parse::mentions::{Ctx, Mention};
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::Token;

use super::common::{common_back, fraction, MOST_MODIFIERS};
use super::proper::proper_back;

/// A name or a common noun phrase, with a describing prepositional phrase
/// when the words before it are a role or a source (`a spokesman for the
/// fire service`, `people familiar with the talks`).
///
/// Read as `core (preposition core)?` in plain code rather than nom's
/// `extent`, `alt` and `preceded`: it is read for every run of names in
/// the narration (`entities::scan`), where the combinators cost more than
/// the words they test. The same grammar, and the same readings.
pub fn np_core_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    if let Ok(found) = described_by_pronoun(c, input) {
        return Ok(found);
    }
    let (rest, shape) = core_back(c, input)?;
    let range = rest.at()..input.at();
    // `… for the fire service`: a preposition, and before it a role or a source.
    if rest.first().is_some_and(|t| is_describing_preposition(c, t)) {
        let after_preposition = rest.take_from(1);
        if let Ok((outer_rest, outer)) = outer_core_back(c, after_preposition) {
            let outer_range = outer_rest.at()..after_preposition.at();
            if describes(c, outer_range.clone()) {
                return Ok((outer_rest, build(c, outer_range.start, range.end, Shape::Described(Box::new(outer)))));
            }
        }
    }
    if let (Shape::Common { .. }, Ok((share_rest, _))) = (&shape, partitive_back(c, rest)) {
        let mut m = build(c, share_rest.at(), range.end, shape);
        m.kind = build(c, range.start, range.end, Shape::Common { has_det: true }).kind;
        m.name = m.span;
        return Ok((share_rest, m));
    }
    Ok((rest, build(c, range.start, range.end, shape)))
}

/// A name, or else a common noun phrase (nom's `alt` of the two).
#[inline]
fn core_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    match proper_back(c, input) {
        Err(nom::Err::Error(())) => common_back(c, input),
        found => found,
    }
}

/// [`core_back`] before a describing preposition, whose phrase counts only
/// when a word of it [`describes`]: a common noun phrase is not read when
/// none of the words it could span does (`… met them in Lindholm`), which
/// spares reading one before nearly every `in`, `at` or `of` that comes
/// before a name. Its reading is the same wherever it counts.
fn outer_core_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    match proper_back(c, input) {
        Err(nom::Err::Error(())) if !(0..COMMON_BACK_LONGEST).any(|k| input.get(k).is_some_and(describing_word)) => Err(nom::Err::Error(())),
        Err(nom::Err::Error(())) => common_back(c, input),
        found => found,
    }
}

/// The most tokens [`common_back`] reads: a head, its modifiers, a share
/// (`in 10`) and a determiner.
pub(super) const COMMON_BACK_LONGEST: usize = 1 + MOST_MODIFIERS + 2 + 1;

/// `an aide close to him`, `people familiar with them`: a describing
/// phrase whose object is a pronoun, when the words before the preposition
/// are a role or a source (`describes`); the object alone names no speaker.
///
/// Plain code, as [`np_core_back`] is, which asks it first of every phrase.
fn described_by_pronoun<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let object = |t: &Token| t.is(PRONOUN) && !t.cap() && c.lex.in_list("object-pronouns", c.word(t));
    let preposition = |t: &Token| is_describing_preposition(c, t);
    if !input.first().is_some_and(object) || !input.get(1).is_some_and(preposition) {
        return Err(nom::Err::Error(()));
    }
    let after_preposition = input.take_from(2);
    let (outer_rest, outer) = core_back(c, after_preposition)?;
    let outer_range = outer_rest.at()..after_preposition.at();
    if !describes(c, outer_range.clone()) {
        return Err(nom::Err::Error(()));
    }
    Ok((outer_rest, build(c, outer_range.start, input.at(), Shape::Described(Box::new(outer)))))
}

/// `one of`, `two of`, `some of`, `all but two of` read backwards: a share
/// of the group named after it, which speaks as part of that group (`One
/// of her aides, Tom Reyes, said`).
#[inline]
pub(super) fn partitive_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    let share = |t: &Token| {
        number_word(c, t)
            || fraction(c, t)
            || QUANTIFIERS.iter().chain(&["all", "none", "any", "either"]).chain(&MULTITUDES).any(|w| c.is_word(t, w))
            || c.lex.in_list("counts-after-an-article", c.word(t))
    };
    let (rest, _) = preceded(tok(|t: &Token| c.is_word(t, "of")), tok(share)).parse(input)?;
    // `at least half of`, `more than a third of`, `only two of`.
    const HEDGES: [&str; 12] = ["only", "just", "at", "least", "about", "nearly", "almost", "roughly", "more", "less", "than", "a"];
    let hedge = tok(|t: &Token| HEDGES.iter().any(|w| c.is_word(t, w)));
    let (rest, _) = fold_many_m_n(0, 3, hedge, || (), |_, _| ()).parse(rest)?;
    Ok((rest, ()))
}

#[inline]
pub fn is_describing_preposition(c: Ctx<'_>, t: &Token) -> bool {
    t.is(PREPOSITION) && ["for", "of", "at", "with", "from", "in", "to", "on", "inside", "within"].iter().any(|w| c.is_word(t, w))
}

/// A phrase whose words make a following prepositional phrase part of it.
#[inline]
pub fn describes(c: Ctx<'_>, range: std::ops::Range<usize>) -> bool {
    c.tokens[range].iter().any(describing_word)
}

/// A word that makes a phrase [`describes`] what follows it.
#[inline]
fn describing_word(t: &Token) -> bool {
    t.is(ROLE | ANONYMOUS | ORG | SOURCE_ADJECTIVE | TITLE)
}
