//! The words that may stand between a speaker and the verb, read
//! backwards (`Okafor has also said`, `the board, in a statement, said`,
//! `Holm — after a long pause — said`): auxiliaries and adverbs, a time,
//! a floating quantifier, and asides in commas, dashes or brackets.

use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::{pair, terminated};
use nom::{Input, Parser};

use super::*;
use crate::parse::stream::{skip_m_n, tok, PResult};

/// Words between a speaker and the verb, read backwards: auxiliaries and
/// adverbs (`has also`), a time (`on Friday`), an aside in commas or brackets.
pub(super) fn gap<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    // Most gaps are empty (`Okafor said`): a word that opens none of the
    // alternatives is answered at once rather than by trying all seven
    // (about 250 instructions a subject read).
    if input.first().is_some_and(|t| opens_no_gap(c, t)) {
        return Ok((input, ()));
    }
    gap_parse(c, input)
}

/// A word that no alternative of [`gap_parse`] starts with (reading
/// backwards): no auxiliary, adverb in -ly, determiner or time. Marks and
/// numbers are left to the parse.
fn opens_no_gap(c: Ctx<'_>, t: &Token) -> bool {
    t.is_word() && !t.is(GAP | DETERMINER | TIME) && !mentions::ly_adverb(c, t)
}

fn gap_parse<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
    // A capitalised auxiliary between a quote and the verb is a name (`"…,"
    // Will wrote`).
    let auxiliary = |t: &Token| t.is(GAP) && (!t.cap() || c.is_headline(t));
    let word = tok(|t: &Token| auxiliary(t) || (mentions::ly_adverb(c, t) && !t.is(ORG | ANONYMOUS | TITLE)));
    // The word lists are looked up only when a word could be in them: most
    // gaps are read many times over and hold neither.
    let time_opener = |t: &Token| c.lex.list("time-openers").iter().any(|w| c.is_word(t, w));
    let time = |input: Backward<'a>| {
        let (rest, (_, before)) = pair(tok(|t: &Token| t.is(TIME) || t.kind == TokenKind::Number), opt(tok(time_opener))).parse(input)?;
        // `3 in 10 said`, `three in 10 said`: a proportion, the speaker, not a time.
        let proportion =
            before.is_some_and(|b| c.is_word(&b, "in")) && rest.first().is_some_and(|n| n.kind == TokenKind::Number || mentions::number_word(c, n));
        if proportion {
            return Err(nom::Err::Error(()));
        }
        Ok((rest, ()))
    };
    // `Holm and Ruiz both condemned`, `who has both endorsed`: a quantifier
    // floating after its subject (a word before it) is no speaker.
    // Each floating quantifier is a determiner («function-words»).
    let floating = terminated(
        tok(|t: &Token| t.is(DETERMINER) && c.lex.list("floating-quantifiers").iter().any(|w| c.is_word(t, w))),
        nom::combinator::peek(tok(|t: &Token| (t.is_word() || t.is_punct(')')) && !t.is(DETERMINER | PREPOSITION))),
    );
    // `Kasich (R-Ohio), said`: a stray comma after a bracketed label.
    let comma_after_label = terminated(tok(|t: &Token| t.is_punct(',')), nom::combinator::peek(tok(|t: &Token| t.is_punct(')'))));
    let (rest, _) = skip_m_n(
        0,
        6,
        alt((word.map(|_| ()), floating.map(|_| ()), time.map(|_| ()), mentions::bracketed, comma_after_label.map(|_| ()), comma_aside, dash_aside)),
    )
    .parse(input)?;
    Ok((rest, ()))
}

/// `— after a long pause —` or `-- who chairs the council --` read
/// backwards: an aside set off by dashes, up to 30 tokens with no
/// quotation in it (the input is the sentence's).
pub(super) fn dash_aside(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let dash = |t: &Token| t.is_dash();
    let (inside, _) = skip_m_n(1, 2, tok(dash)).parse(input)?;
    let len = (1..30).take_while(|&k| inside.get(k - 1).is_some_and(|t| !t.is_mark())).find(|&k| inside.get(k).is_some_and(dash)).ok_or(nom::Err::Error(()))?;
    let (rest, _) = skip_m_n(1, 2, tok(dash)).parse(inside.take_from(len))?;
    Ok((rest, ()))
}

/// `, in a statement,` or `, on Friday,` read backwards: an aside that opens
/// with a preposition or a time.
pub(super) fn comma_aside(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let (inside, _) = tok(|t: &Token| t.is_punct(',')).parse(input)?;
    let len = (1..10).find(|&k| inside.get(k).is_some_and(|t| t.is_punct(','))).ok_or(nom::Err::Error(()))?;
    let opener = inside.get(len - 1).ok_or(nom::Err::Error(()))?;
    let all_words = (0..len).all(|k| inside.get(k).is_some_and(|t| t.is_word() || t.kind == TokenKind::Number || t.kind == TokenKind::Possessive));
    if !(all_words && (opener.is(PREPOSITION | TIME) || opener.is(GAP))) {
        return Err(nom::Err::Error(()));
    }
    Ok((inside.take_from(len + 1), ()))
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_gap_skipped_by_its_first_word_is_the_gap_the_parse_reads() {
        use super::{gap, gap_parse, opens_no_gap, Backward, PResult};
        let text = "Harbour Chief Quits\n\n\
            Marta Okafor has also repeatedly said the fares, in a statement, rose. The two both agreed on Friday that \
            three in 10 riders (R-Lindholm), as the mayor Will wrote, had Sunday sided - after a pause - with the \
            harbour authority, which 64 percent of voters backed, and the board just then quietly denied it.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        let read = |found: PResult<Backward<'_>, ()>| found.ok().map(|(rest, ())| rest.at());
        let mut skipped = 0;
        for from in [0, parsed.tokens.len() / 2] {
            for end in from..=parsed.tokens.len() {
                let input = Backward::new(&parsed.tokens, from, end);
                assert_eq!(read(gap(c, input)), read(gap_parse(c, input)), "{from}..{end}");
                skipped += usize::from(input.first().is_some_and(|t| opens_no_gap(c, t)));
            }
        }
        assert!(skipped > 20, "{skipped}");
    }
}
