//! The speaker before a reporting verb, read backwards from the verb: a
//! relative pronoun, a phrase before asides, a pronoun or a noun phrase,
//! and two of them joined by `and`.

mod asides;
mod common;
mod noun_phrase;
mod proper;
mod relative;
#[cfg(test)]
mod tests;

use nom::branch::alt;
use nom::sequence::preceded;
use nom::Parser;

use super::classify::{build, Shape};
use super::words::*;
use super::{Ctx, Gender, Mention, MentionKind};
use crate::parse::stream::{tok, Backward, PResult, Stream};
use crate::parse::tokens::Token;

use asides::appositive_back;
use relative::{partitive_relative, relative_back};

pub use asides::bracketed;
pub use common::evidence_mass_noun;
pub(super) use noun_phrase::{describes, is_describing_preposition, np_core_back};

/// The speaker standing just before a reporting verb, read backwards.
pub fn before<'a>(c: Ctx<'a>) -> impl FnMut(Backward<'a>) -> PResult<Backward<'a>, Mention> {
    move |input: Backward<'a>| {
        let (rest, m) =
            alt((|i| partitive_relative(c, i), |i| relative_back(c, i), |i| appositive_back(c, i), |i| pronoun(c, i), |i| np_core_back(c, i))).parse(input)?;
        if m.relative {
            return Ok((rest, m));
        }
        // `Ana Ruiz and Tom Bell say`: two speakers joined by `and`.
        let and = tok(|t: &Token| c.is_word(t, "and"));
        match preceded(and, alt((|i| pronoun(c, i), |i| np_core_back(c, i)))).parse(rest) {
            Ok((rest2, first)) if first.kind != MentionKind::Pronoun || m.kind == MentionKind::Pronoun => Ok((rest2, coordinated(first, m))),
            _ => Ok((rest, m)),
        }
    }
}

/// Two mentions joined by `and`: a group of speakers.
pub(super) fn coordinated(first: Mention, second: Mention) -> Mention {
    Mention {
        span: first.span.cover(second.span),
        name: first.name.cover(second.name),
        kind: MentionKind::Group,
        gender: Gender::Plural,
        titled: first.titled || second.titled,
        described: true,
        relative: false,
        antecedent: None,
        first_token: first.first_token,
        end_token: second.end_token,
        head: second.head,
    }
}

/// The noun phrase (a name with its titles, or a common noun phrase) that
/// ends just before token `end`, not reaching back past token `from`.
pub fn phrase_ending_at<'a>(c: Ctx<'a>, from: usize, end: usize) -> Option<Mention> {
    np_core_back(c, Backward::new(c.tokens, from, end)).ok().map(|(_, m)| m)
}

pub(super) fn pronoun<'a, S: Stream<'a>>(c: Ctx<'a>, input: S) -> PResult<S, Mention> {
    let (rest, _) = tok(|t: &Token| subject_pronoun(c, t)).parse(input)?;
    let index = rest.at().min(input.at());
    Ok((rest, build(c, index, index + 1, Shape::Pronoun)))
}
