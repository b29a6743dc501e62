//! The speaker after a verb or `according to`, read forwards.

use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::backward::{describes, is_describing_preposition, np_core_back, pronoun};
use super::words::*;
use super::{Ctx, Mention, MentionKind};
use crate::parse::lexicon::class::*;
use crate::parse::stream::{extent, tok, Backward, Forward, PResult};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

/// The speaker standing after a verb or `according to`, read forwards, with
/// an appositive after a comma (`said Marco Bellini, a spokesman for …`).
pub fn after<'a>(c: Ctx<'a>) -> impl FnMut(Forward<'a>) -> PResult<Forward<'a>, Mention> {
    move |input: Forward<'a>| {
        let (rest, mut m) = alt((|i| pronoun(c, i), |i| np_core_fwd(c, i))).parse(input)?;
        if matches!(m.kind, MentionKind::Anonymous | MentionKind::Group) && describing_relative(c, rest.toks) {
            m.described = true;
        }
        let (rest, aside) = opt(|i| appositive_fwd(c, i)).parse(rest)?;
        if let Some(role) = aside {
            m.described = true;
            m.titled |= role;
            if m.kind == MentionKind::Anonymous {
                m.described = true;
            }
        }
        Ok((rest, m))
    }
}

/// `according to a person who sat in on the talks`: a relative `who`
/// after the source says who they are, unless its first verb (past an
/// auxiliary or `not`) only says they are unnamed («entity-words»
/// [unnamed-only-verbs]: `who spoke on condition of anonymity`, `who was
/// not permitted to comment`).
fn describing_relative(c: Ctx<'_>, toks: &[Token]) -> bool {
    let Some((first, rest)) = toks.split_first() else { return false };
    if !c.is_word(first, "who") {
        return false;
    }
    let verb = rest.iter().take(3).find(|t| !(t.is(GAP) || c.is_word(t, "not")));
    verb.is_some_and(|t| t.is_word() && !c.lex.in_list("unnamed-only-verbs", c.word(t)))
}

/// A noun phrase read forwards: the run of words that can belong to one,
/// then parsed backwards from the run's end like a speaker before a verb,
/// so titles and roles are read the same way both sides of a verb.
pub(super) fn np_core_fwd<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, Mention> {
    let from = input.at();
    let end = from + input.toks.len();
    let run_end = np_run_end(c, from, end);
    if run_end == from {
        return Err(nom::Err::Error(()));
    }
    let (_, m) = np_core_back(c, Backward::new(c.tokens, from, run_end))?;
    let rest = Forward::new(c.tokens, run_end, end);
    if describes(c, m.first_token as usize..m.end_token as usize) {
        let preposition = tok(|t: &Token| is_describing_preposition(c, t));
        // `according to people briefed on the talks`: a participle before
        // the preposition, for a source named by no name after a cue; after
        // a name, or opening a sentence, a word in -ed is more often the
        // verb (`Okafor backed away from it`).
        let after_cue = from > 0 && {
            let before = &c.tokens[from - 1];
            before.info().verb.is_some() || c.is_word(before, "to")
        };
        let may_describe = after_cue && matches!(m.kind, MentionKind::Anonymous | MentionKind::Group);
        let participle = tok(move |t: &Token| may_describe && unknown_participle(c, t));
        let core = |i: Forward<'a>| np_run(c, i);
        if let Ok((pp_rest, (_, pp_range))) = extent(preceded((opt(participle), preposition), core)).parse(rest) {
            let mut described = m;
            described.span = Span::new(m.span.start, c.tokens[pp_range.end - 1].span().end);
            described.end_token = pp_range.end as u32;
            described.described = true;
            if described.kind == MentionKind::Anonymous || described.kind == MentionKind::Group {
                described.name = Span::new(described.name.start, described.span.end);
            }
            return Ok((pp_rest, described));
        }
    }
    Ok((rest, m))
}

/// `briefed`, `involved`: a lower-case word in -ed that no lexicon knows
/// as a verb (a reporting verb after a source is a clause of its own).
fn unknown_participle(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.cap() && t.info().verb.is_none() && c.word(t).ends_with("ed")
}

/// Just the extent of a noun phrase read forwards.
pub(super) fn np_run<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, ()> {
    let from = input.at();
    let end = from + input.toks.len();
    let run_end = np_run_end(c, from, end);
    if run_end == from {
        return Err(nom::Err::Error(()));
    }
    Ok((Forward::new(c.tokens, run_end, end), ()))
}

/// Where a run of words that can make a noun phrase, starting at `from`, ends.
pub(super) fn np_run_end(c: Ctx<'_>, from: usize, end: usize) -> usize {
    let mut i = from;
    if i < end && det(&c.tokens[i]) {
        i += 1;
        // `a few riders`: `few` after the article counts the noun after it.
        if i < end && c.is_word(&c.tokens[i - 1], "a") && c.is_word(&c.tokens[i], "few") {
            i += 1;
        }
        // `reads a Tuesday editorial` (see [`dated`]).
        if i + 1 < end && dated(c, &c.tokens[i], &c.tokens[i - 1]) && (name_word(c, &c.tokens[i + 1]) || nominal(c, &c.tokens[i + 1])) {
            i += 1;
        }
    }
    while i < end && i - from < 14 {
        let next = c.tokens.get(i + 1).filter(|_| i + 1 < end);
        if !run_part(c, from, i, next) || ends_run(c, from, i, next) {
            break;
        }
        i += 1;
    }
    i
}

/// Whether token `i` can stand in a noun phrase's run of words from
/// `from`. (The tests are asked in the order that settles most tokens
/// soonest: a word of a name or a noun, before the word comparisons.)
fn run_part(c: Ctx<'_>, from: usize, i: usize, next: Option<&Token>) -> bool {
    let t = &c.tokens[i];
    if t.kind == TokenKind::Possessive || t.kind == TokenKind::Number || (t.is_word() && (name_word(c, t) || particle(t) || title(t) || nominal(c, t))) {
        return true;
    }
    // `Hundreds of pilots marched`: a share of a group, read forwards
    // to the group's noun (`partitive_back` reads the whole).
    // `a handful of riders`: a count after the article
    // («clause-words» [counts-after-an-article]) is read on to it too.
    let counted = || {
        (i == from + 1 && MULTITUDES.iter().any(|w| c.is_word(&c.tokens[from], w)))
            || (i == from + 2 && det(&c.tokens[from]) && c.lex.in_list("counts-after-an-article", c.word(&c.tokens[from + 1])))
    };
    let share_of = || c.is_word(t, "of") && counted() && next.is_some_and(|n| !n.cap());
    let of_inside = || c.is_word(t, "of") && i > from && next.is_some_and(|n| n.cap() && n.is_word()) && c.tokens[i - 1].is(TITLE | ORG);
    // `former Gov. and party Chairman Ed Rendell`: two titles of one person.
    let and_between_titles =
        || c.is_word(t, "and") && i > from && c.tokens[i - 1].cap() && c.tokens[i - 1].is(TITLE) && next.is_some_and(|n| n.cap() && n.is_word());
    share_of() || of_inside() || and_between_titles()
}

/// Whether token `i`, which [`run_part`] accepts, ends the run all the same:
/// a verb, an unknown word read as one, a describing participle, or an
/// adverb.
fn ends_run(c: Ctx<'_>, from: usize, i: usize, next: Option<&Token>) -> bool {
    let t = &c.tokens[i];
    // `Trump doubled down`: a verb ends the phrase, unless it describes
    // the words after it (`retired Army general`, `elected officials`).
    // Only where a modifier can stand: first, after an article,
    // possessive or adverb, or joined to a word (`Boston-based`); `the
    // mayor rallied supporters` is a clause. (Of the tokens a run takes,
    // only words have a hyphen in them, as the lexer noted.)
    let modifier_slot = || {
        i == from || t.has_hyphen() || {
            let p = &c.tokens[i - 1];
            det(p) || p.kind == TokenKind::Possessive || (!p.cap() && c.word(p).ends_with("ly"))
        }
    };
    let verb_then_noun = || modifier_slot() && next.is_some_and(|n| name_word(c, n) || (nominal(c, n) && !verb_like(c, n)));
    // `said Alwaleed`, `told Mohamed`: a capitalised word in -ed that no
    // lexicon knows as a verb is a name after a word; a verb only in a
    // headline or opening the sentence.
    let name_in_ed = || t.cap() && t.info().verb.is_none() && !c.is_headline(t) && i > 0 && c.tokens[i - 1].is_word();
    // `a man calling himself Pat`: an -ing word not followed by a noun
    // opens a phrase describing the one before it (`the ruling party` goes on).
    let describing_participle = || {
        i > from
            && !det(&c.tokens[i - 1])
            && !t.cap()
            && c.word(t).len() > 5
            && c.word(t).ends_with("ing")
            && !next.is_some_and(|n| name_word(c, n) || nominal(c, n))
    };
    // `then Senator Obama` holds a title; `Holm then appeared` an adverb.
    let adverb_then = || c.is_word(t, "then") && !next.is_some_and(|n| n.cap() || title(n));
    // `The column ran: …`: a simple past not in -ed that no lexicon
    // knows as a verb («clause-words» [irregular-past-tenses]).
    let irregular_past = || i > from && !t.cap() && c.lex.in_list("irregular-past-tenses", c.word(t));
    (verb_like(c, t) && !verb_then_noun() && !name_in_ed())
        || irregular_past()
        || unknown_verb(c, t, i > from && !det(&c.tokens[i - 1]), next)
        || (i > from && unknown_present(c, t, &c.tokens[i - 1], next))
        || describing_participle()
        || adverb_then()
}

/// `, a spokesman for the fire service` after a name. True when the aside names a role.
pub(super) fn appositive_fwd<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, bool> {
    let (rest, _) = tok(comma).parse(input)?;
    let first = rest.first().ok_or(nom::Err::Error(()))?;
    if !(first.is(DETERMINER | TITLE | POSSESSIVE) || first.kind == TokenKind::Number || name_word(c, first)) {
        return Err(nom::Err::Error(()));
    }
    let (rest, m) = np_core_fwd(c, rest)?;
    // An aside closes with a comma or the sentence; `, the new bridge will
    // open` goes on as a clause of its own.
    if rest.first().is_some_and(|t| !matches!(t.kind, TokenKind::Punct(_))) {
        return Err(nom::Err::Error(()));
    }
    let role = c.tokens[m.first_token as usize..m.end_token as usize].iter().any(|t| t.is(ROLE | TITLE));
    if !(role || first.kind == TokenKind::Number || first.is(DETERMINER)) {
        return Err(nom::Err::Error(()));
    }
    Ok((rest, role))
}
