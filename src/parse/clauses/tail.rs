//! Words after a cue that belong to it, and the colon productions.

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::many_m_n;
use nom::sequence::{pair, preceded};
use nom::Parser;

use crate::parse::lexicon::class::*;
use crate::parse::mentions::{self, Ctx};
use crate::parse::paragraphs::ParagraphKind;
use crate::parse::sentences::Sentence;
use crate::parse::stream::{tok, Forward, PResult};
use crate::parse::tokens::{Token, TokenKind};
use super::speaker::sentence_subject;
use super::{Clause, ClauseShape};

/// Extends a clause over the words that belong to its cue, and notes a colon.
pub(super) fn finish(c: Ctx<'_>, sentence: &Sentence, mut clause: Clause, from: usize) -> Option<Clause> {
    let input = Forward::new(c.tokens, from, sentence.end as usize);
    let transitive = clause.cue_tokens.1 as usize == from && c.tokens[from - 1].is(TRANSITIVE);
    let (rest, ()) = tail(c, input, transitive && clause.shape != ClauseShape::Inverted).unwrap_or((input, ()));
    let end = rest.at().max(clause.tokens.1 as usize);
    clause.tokens.1 = end as u32;
    clause.colon = c.tokens.get(end).is_some_and(|t| t.is_punct(':')) && end < sentence.end as usize;
    Some(clause)
}

/// Words after a cue that still belong to it: a listener (`told reporters`),
/// a time (`on Friday`), a setting (`in a statement`, `on Twitter`).
pub(super) fn tail<'a>(c: Ctx<'a>, input: Forward<'a>, takes_object: bool) -> PResult<Forward<'a>, ()> {
    let mut input = input;
    if takes_object {
        let listener = |i: Forward<'a>| mentions::after(c).parse(i).map(|(r, _)| (r, ()));
        if let Ok((rest, _)) = alt((listener, |i| object_pronoun(c, i))).parse(input) {
            input = rest;
        }
    }
    let time = pair(
        opt(tok(|t: &Token| ["on", "last", "this", "early", "late", "earlier", "in"].iter().any(|w| c.is_word(t, w)))),
        tok(|t: &Token| t.is(TIME)),
    );
    let setting = preceded(
        tok(|t: &Token| ["in", "on", "at", "during", "via", "to", "of", "about", "through", "with"].iter().any(|w| c.is_word(t, w))),
        |i| mentions::after(c).parse(i),
    );
    let (rest, _) = many_m_n(0, 3, alt((time.map(|_| ()), setting.map(|_| ())))).parse(input)?;
    Ok((rest, ()))
}

pub(super) fn object_pronoun<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, ()> {
    let (rest, _) = tok(|t: &Token| ["him", "her", "them", "me", "us", "you", "it"].iter().any(|w| c.is_word(t, w))).parse(input)?;
    Ok((rest, ()))
}

/// `Okafor: …` — a name and a colon opening a headline, or a quote.
pub(super) fn colon_clause(c: Ctx<'_>, sentence: &Sentence, si: usize, kind: ParagraphKind) -> Option<Clause> {
    let input = Forward::new(c.tokens, sentence.first as usize, sentence.end as usize);
    let (rest, source) = mentions::after(c).parse(input).ok()?;
    let colon = rest.first().filter(|t| t.is_punct(':'))?;
    let next = rest.get(1)?;
    let opens_quote = matches!(next.kind, TokenKind::OpenQuote(_));
    // `Lynch: No outside influence on the probe.`: a name and a colon
    // opening the first paragraph head it, even with a full stop.
    // A headline drops its articles: `The Latest: …` names a column.
    let first_line = c.tokens[sentence.first as usize].para == c.tokens[0].para && !c.tokens[source.first_token as usize].is(DETERMINER);
    if !(kind == ParagraphKind::Headline || opens_quote || first_line) || source.kind == mentions::MentionKind::Pronoun {
        return None;
    }
    let at = rest.at();
    Some(Clause {
        cue: colon.span,
        cue_tokens: (at as u32, at as u32 + 1),
        verb: None,
        source: Some(source),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (sentence.first, at as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    })
}

/// `In a Fox interview, Trump went further: "…"`: a sentence whose subject
/// introduces a quote with a colon, with no reporting verb before it.
pub(super) fn subject_colon(c: Ctx<'_>, sentence: &Sentence, si: usize, found: &[Clause]) -> Option<Clause> {
    let range = sentence.range();
    let colon = range.clone().find(|&i| {
        let t = &c.tokens[i];
        t.is_punct(':') && t.depth == 0 && c.tokens.get(i + 1).is_some_and(|n| matches!(n.kind, TokenKind::OpenQuote(_)) || n.para != t.para)
    })?;
    if found.iter().any(|cl| (cl.cue_tokens.0 as usize) < colon) {
        return None;
    }
    let subject = sentence_subject(c, sentence, colon)?;
    if !matches!(subject.kind, mentions::MentionKind::Person | mentions::MentionKind::Organisation | mentions::MentionKind::Pronoun) {
        return None;
    }
    Some(Clause {
        cue: c.tokens[colon].span,
        cue_tokens: (colon as u32, colon as u32 + 1),
        verb: None,
        source: Some(subject),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (colon as u32, colon as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    })
    .filter(|_| range.contains(&colon))
}
