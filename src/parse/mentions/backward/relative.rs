//! A relative pronoun as the speaker (`Flynn, who said`), read backwards:
//! the pronoun stands for the phrase before it.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::parse::lexicon::class::*;
use crate::parse::mentions::classify::{build, Shape};
use crate::parse::mentions::words::*;
use crate::parse::mentions::{Ctx, Gender, Mention, MentionKind};
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::{Token, TokenKind};

use super::np_core_back;

/// `Flynn, who said` / `bottles that said`: the mention is the relative
/// pronoun; its antecedent the phrase before it.
pub(super) fn relative_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let (after_relative, _) = tok(|t: &Token| ["who", "that", "which"].iter().any(|w| c.is_word(t, w))).parse(input)?;
    let (rest, _) = opt(tok(comma)).parse(after_relative)?;
    let index = input.at() - 1;
    // `a letter from his doctor on Friday that says`: a time is never what
    // the relative stands for.
    let antecedent = alt((|i| np_core_back(c, i), |i| word_antecedent(c, i))).parse(rest).and_then(|(rest, m)| {
        if c.tokens[m.head as usize].is(TIME) {
            Err(nom::Err::Error(()))
        } else {
            Ok((rest, m))
        }
    });
    let (rest, antecedent) = match antecedent {
        Ok(found) => found,
        // `"some people" who feel`, `and who said`: `who` still names the
        // speaker, though not whom it stands for; `that` and `which` may
        // stand for things.
        Err(_) if c.is_word(&c.tokens[index], "who") => {
            let mut m = build(c, index, index + 1, Shape::Common { has_det: true });
            m.kind = MentionKind::Group;
            return Ok((after_relative, m));
        }
        Err(e) => return Err(e),
    };
    let mut m = build(c, index, index + 1, Shape::Pronoun);
    m.relative = true;
    m.antecedent = Some(antecedent.span);
    m.gender = antecedent.gender;
    Ok((rest, m))
}

/// `five delegates, two of whom have pledged`, `the skippers, each of whom
/// repeated`: a share of the antecedent speaks, and the mention is the share
/// (`two of whom`), standing for the phrase before it.
pub(super) fn partitive_relative<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let end = input.at();
    let (rest, _) = tok(|t: &Token| c.is_word(t, "whom") || c.is_word(t, "which")).parse(input)?;
    let (rest, _) = tok(|t: &Token| c.is_word(t, "of")).parse(rest)?;
    let share = |t: &Token| t.kind == TokenKind::Number || (t.is_word() && !t.cap() && !t.is(FUNCTION | PRONOUN));
    let (rest, _) = tok(share).parse(rest)?;
    let start = rest.at();
    let (rest, _) = tok(comma).parse(rest)?;
    let (rest, antecedent) = np_core_back(c, rest)?;
    if c.tokens[antecedent.head as usize].is(TIME) {
        return Err(nom::Err::Error(()));
    }
    let mut m = build(c, start, end, Shape::Common { has_det: true });
    m.relative = true;
    m.name = antecedent.name;
    m.antecedent = Some(antecedent.span);
    m.gender = antecedent.gender;
    m.kind = antecedent.kind;
    Ok((rest, m))
}

/// `those who said`, `a bully who pledged`: a word the noun-phrase grammar
/// does not read (a pronoun, a noun in -ly) still stands for the people the
/// relative clause describes.
fn word_antecedent<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    const INDEFINITE: [&str; 8] = ["those", "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "others"];
    let indefinite = |t: &Token| INDEFINITE.iter().any(|w| c.is_word(t, w));
    let noun = |t: &Token| t.is_word() && !t.is(FUNCTION | DETERMINER | PRONOUN) && t.info().verb.is_none();
    let (rest, word) = tok(|t: &Token| indefinite(t) || noun(t)).parse(input)?;
    let index = rest.at().min(input.at());
    let mut m = build(c, index, index + 1, Shape::Common { has_det: true });
    if indefinite(&word) {
        m.kind = MentionKind::Group;
        m.gender = Gender::Plural;
    }
    Ok((rest, m))
}
