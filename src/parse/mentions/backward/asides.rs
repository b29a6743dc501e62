//! Asides between a speaker and the verb (`Flynn, the former general,
//! said`), read backwards: where each ends, and the speaker before them.

use nom::branch::alt;
use nom::combinator::opt;
use nom::{Input, Parser};

use crate::parse::lexicon::class::*;
use crate::parse::mentions::words::*;
use crate::parse::mentions::{Ctx, Mention, MentionKind};
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

use super::{np_core_back, pronoun};

/// `Flynn, the former general, said` / `The SCO, which includes Iran, said`
/// / `Jones, 35, a lawyer, said` / `Bell (D-Ore.), chair of the board,
/// said`: the speaker is the phrase before the asides.
pub(super) fn appositive_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let stops = asides_back(c, input);
    // The most asides that leave a speaker before them (`In a statement,
    // Ann Ruiz, a spokeswoman, said` stops at one: `a statement` follows a
    // preposition).
    stops.iter().rev().find_map(|stop| head_before(c, stop).ok()).ok_or(nom::Err::Error(()))
}

/// Where the reading stands after each aside, read back from the verb.
#[derive(Clone, Copy)]
struct Stop<'a> {
    rest: Backward<'a>,
    titled: bool,
    // `the harbour spokesman, Tom Bell, said`: a name as the aside.
    named: Option<Span>,
}

fn asides_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> Vec<Stop<'a>> {
    let mut stops: Vec<Stop<'a>> = Vec::new();
    let mut rest = input;
    while stops.len() < 4 {
        if let Ok((r, ())) = bracketed(rest) {
            rest = r;
            continue;
        }
        let Ok((inside, _)) = tok::<Backward<'a>>(comma).parse(rest) else { break };
        // The aside runs back to the comma that opens it; after the first,
        // a name is not an aside (`In Ohio, Ann Ruiz, a lawyer, said`).
        let first_aside = stops.is_empty();
        let Some(len) = (0..30)
            // A full stop ends the search, unless it closes an abbreviation
            // just before the comma (`Paul, R-Ky., said`).
            .take_while(|&k| inside.get(k).is_some_and(|t| !t.is_mark() && (k == 0 || !t.is_punct('.'))))
            .find(|&k| inside.get(k).is_some_and(comma) && aside_opens(c, inside, k) && (first_aside || !name_only(c, inside, k)))
        else {
            break;
        };
        let previous = stops.last();
        let titled = previous.is_some_and(|p| p.titled) || (0..len).any(|j| inside.get(j).is_some_and(|t| t.is(ROLE | TITLE)));
        let named = match previous {
            Some(p) => p.named,
            None => name_only(c, inside, len).then(|| Span::new(inside.get(len - 1).map_or(0, |t| t.span().start), inside.get(0).map_or(0, |t| t.span().end))),
        };
        // The comma that opens this aside may close the one before it
        // (`Jones, 35, a lawyer, said`).
        rest = inside.take_from(len);
        stops.push(Stop { rest, titled, named });
    }
    stops
}

fn name_only<'a>(c: Ctx<'a>, inside: Backward<'a>, k: usize) -> bool {
    (0..k).all(|j| inside.get(j).is_some_and(|t| name_word(c, t) || particle(t)))
}

/// The speaker before the asides of `stop`.
fn head_before<'a>(c: Ctx<'a>, stop: &Stop<'a>) -> PResult<Backward<'a>, Mention> {
    let (rest, _) = tok(comma).parse(stop.rest)?;
    let (rest, _) = opt(bracketed).parse(rest)?;
    let (rest, mut head) = alt((|i| pronoun(c, i), |i| np_core_back(c, i))).parse(rest)?;
    // A phrase after a preposition is not a speaker: the "aside" was the speaker.
    if rest.first().is_some_and(|t| t.is(PREPOSITION) && !t.is(CONJUNCTION)) {
        return Err(nom::Err::Error(()));
    }
    let first = &c.tokens[head.first_token as usize];
    if head.kind == MentionKind::Pronoun && !c.is_word(first, "he") && !c.is_word(first, "she") {
        return Err(nom::Err::Error(()));
    }
    // `The contractor, Vasstrand Bygg, said`: the aside names the speaker.
    if let Some(name) = stop.named.filter(|_| head.kind != MentionKind::Pronoun && !c.tokens[head.head as usize].cap()) {
        head.name = name;
        if c.tokens[head.head as usize].is(ROLE | TITLE | ANONYMOUS) {
            head.kind = MentionKind::Person;
        }
    }
    head.described = true;
    head.titled |= stop.titled;
    Ok((rest, head))
}

/// `(R-Ohio)` read backwards.
pub fn bracketed(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let (inside, _) = tok(|t: &Token| t.is_punct(')')).parse(input)?;
    let len = (0..12).find(|&k| inside.get(k).is_some_and(|t| t.is_punct('('))).ok_or(nom::Err::Error(()))?;
    Ok((inside.take_from(len + 1), ()))
}

/// A hyphen with a space on each side is a dash (`VIK, May 2 (Wire) - the
/// mayor, Ann Ruiz, said`): it ends an aside, which a dash cannot hold.
fn spaced(c: Ctx<'_>, t: &Token) -> bool {
    let span = t.span();
    let bytes = c.text.as_bytes();
    let space = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_whitespace);
    span.start > 0 && space(span.start - 1) && space(span.end)
}

/// True when the words after the comma at `k` (reading backwards) open an
/// aside: a relative clause, a description, an age, a role
/// (`Sanders' campaign manager`).
pub(super) fn aside_opens<'a>(c: Ctx<'a>, inside: Backward<'a>, k: usize) -> bool {
    let Some(first) = k.checked_sub(1).and_then(|j| inside.get(j)) else { return false };
    let words = (0..k).filter_map(|j| inside.get(j));
    let relative = first.is(RELATIVE);
    let role = words.clone().any(|t| t.is(ROLE | TITLE));
    // `, meanwhile,` and `, speaking to reporters,` are asides too.
    let adverb = k == 1 && (first.is(GAP) || c.word(first).ends_with("ly"));
    let participle = first.info().verb.is_some_and(|v| matches!(v.form, crate::parse::lexicon::VerbForm::Ing | crate::parse::lexicon::VerbForm::Past))
        || past_participle_phrase(c, inside, k);
    // `, during a town hall in Columbus, Ohio,`
    let circumstance = first.is(PREPOSITION) && !first.is(CONJUNCTION);
    let name_only = k <= 4 && (0..k).all(|j| inside.get(j).is_some_and(|t| name_word(c, t) || particle(t) || t.is_punct('.')));
    let description = first.is(DETERMINER | TITLE) || first.kind == TokenKind::Number || role || adverb || participle || circumstance || name_only;
    let inner_ok = |t: &Token| {
        t.is_word()
            || t.kind == TokenKind::Number
            || possessive(t)
            || (t.is_punct('-') && !spaced(c, t))
            || t.is_punct('&')
            || t.is_punct('.')
            || t.is_punct('(')
            || t.is_punct(')')
            // `, assistant secretary for ports, roads and ferries,`: a role may list.
            || ((relative || circumstance || participle || (role && !first.cap())) && comma(t))
    };
    (relative || description) && words.clone().count() == k && words.into_iter().all(inner_ok)
}

/// `, dressed in a red cape,` / `, clad in black,`: a participle the
/// lexicon does not know, recognised by the preposition after it.
fn past_participle_phrase<'a>(c: Ctx<'a>, inside: Backward<'a>, k: usize) -> bool {
    let word = |j: usize| k.checked_sub(j).and_then(|j| inside.get(j));
    let (Some(first), Some(second)) = (word(1), word(2)) else { return false };
    let w = c.word(first);
    first.is_word() && !first.cap() && (w.ends_with("ed") || w == "clad") && second.is(PREPOSITION)
}
