//! The noun phrase that ends where a reading starts, read backwards: a
//! name (`proper_name`) or a common noun phrase (`common_noun`), with a
//! describing prepositional phrase when the words before it are a role or
//! a source (`a spokesman for the fire service`), or a share of a group
//! (`one of her aides`).
//!
//! Plain loops rather than nom combinators, for speed: it is read for
//! every run of names in the narration. The tests here read an invented
//! draft with both and require the same readings.

use nom::multi::fold_many_m_n;
use nom::sequence::preceded;
use nom::{Input, Parser};

use super::classify::{build, Shape};
use super::common_noun::{common_back, fraction, COMMON_BACK_LONGEST};
use super::proper_name::proper_back;
use super::words::*;
use super::{Ctx, Mention};
use crate::parse::lexicon::class::*;
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::Token;

/// A name or a common noun phrase, with a describing prepositional phrase
/// when the words before it are a role or a source (`a spokesman for the
/// fire service`, `people familiar with the talks`).
///
/// Read as `core (preposition core)?` in plain code rather than nom's
/// `extent`, `alt` and `preceded`: it is read for every run of names in
/// the narration (`entities::scan`), where the combinators cost more than
/// the words they test. The same grammar, and the same readings.
pub(super) fn np_core_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
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
fn partitive_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, ()> {
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

pub(super) fn is_describing_preposition(c: Ctx<'_>, t: &Token) -> bool {
    t.is(PREPOSITION) && ["for", "of", "at", "with", "from", "in", "to", "on", "inside", "within"].iter().any(|w| c.is_word(t, w))
}

/// A phrase whose words make a following prepositional phrase part of it.
pub(super) fn describes(c: Ctx<'_>, range: std::ops::Range<usize>) -> bool {
    c.tokens[range].iter().any(describing_word)
}

/// A word that makes a phrase [`describes`] what follows it.
fn describing_word(t: &Token) -> bool {
    t.is(ROLE | ANONYMOUS | ORG | SOURCE_ADJECTIVE | TITLE)
}

#[cfg(test)]
mod tests {
    use nom::branch::alt;
    use nom::combinator::opt;
    use nom::sequence::{pair, terminated};

    use super::super::common_noun::{capital_title, evidence_mass_noun, proportion_back, Modifiers};
    use super::super::proper_name::premodifiers_back;
    use super::super::MentionKind;
    use super::*;
    use crate::parse::stream::extent;
    use crate::parse::tokens::TokenKind;

    /// `proper_back` as nom combinators, as it was written before the
    /// plain loop: the two must read every phrase alike.
    fn proper_back_nom<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
        let name = |t: &Token| name_word(c, t);
        let honorific = |t: &Token| ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss"].iter().any(|w| c.is_word(t, w));
        let title_word = move |t: &Token| t.cap() && t.is(TITLE_BEFORE_NAME) && !t.is(DETERMINER | PRONOUN | FUNCTION) && !c.word(t).ends_with('.');
        let surname = terminated(tok(title_word), nom::combinator::peek(tok(move |t: &Token| honorific(t) || (name_word(c, t) && !t.is(TITLE)))));
        let lone_surname = terminated(
            tok(move |t: &Token| title_word(t) && !c.is_headline(t)),
            nom::combinator::not(tok(move |t: &Token| det(t) || t.cap() || possessive(t) || t.is(TITLE))),
        );
        let (rest, _) = alt((tok(name), surname, lone_surname)).parse(input)?;
        let (rest, _) = crate::parse::stream::skip0(alt((tok(name), terminated(tok(particle), nom::combinator::peek(tok(name)))))).parse(rest)?;
        let name_start = rest.at();
        let (rest, _) = premodifiers_back(c, rest)?;
        let (rest, d) = opt(tok(det)).parse(rest)?;
        Ok((rest, Shape::Proper { name_start, has_det: d.is_some() }))
    }

    /// `common_back` as nom combinators, as it was written before the plain loop.
    fn common_back_nom<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
        // `Another said`, `Several said`: a quantifier standing alone.
        // Two loops, not one over a chain of the lists: each inlines
        // `is_word`'s first-letter test (the chain kept it out of line).
        let quantifier = |t: &Token| QUANTIFIERS.iter().any(|w| c.is_word(t, w)) || EVERYONE.iter().any(|w| c.is_word(t, w));
        if let Ok((rest, word)) = tok::<Backward<'a>>(quantifier).parse(input) {
            let alone = rest.first().is_none_or(|p| !p.is_word() || p.is(PREPOSITION | CONJUNCTION | GAP));
            if alone {
                return Ok((rest, Shape::Common { has_det: false }));
            }
            // `no one said`: `one` after `no` stands alone as `nobody` does
            // (named by both words).
            if c.is_word(&word, "one") {
                if let Ok((rest, _)) = tok::<Backward<'a>>(|t: &Token| c.is_word(t, "no")).parse(rest) {
                    return Ok((rest, Shape::Common { has_det: false }));
                }
            }
        }
        if let Ok(found) = proportion_back(c, input) {
            return Ok(found);
        }
        // `the two write`, `the three said`: a number standing for the people
        // just named.
        let count = |t: &Token| number_word(c, t) && !c.is_word(t, "one");
        let the = |t: &Token| c.is_word(t, "the");
        // Not a number of days or months (`in the six months since …`).
        let counts_time = c.tokens.get(input.at()).is_some_and(|t| t.is(TIME));
        if !counts_time {
            if let Ok((rest, _)) = pair(tok(count), tok(the)).parse(input) {
                return Ok((rest, Shape::Common { has_det: true }));
            }
        }
        let (rest, head) = tok(|t: &Token| (nominal(c, t) && !verb_like(c, t)) || capital_title(t)).parse(input)?;
        let modifier = alt((tok(|t: &Token| nominal(c, t) || name_word(c, t) || t.kind == TokenKind::Number || title(t)), tok(possessive)));
        let (rest, mods) = fold_many_m_n(0, 6, modifier, Modifiers::none, Modifiers::add).parse(rest)?;
        // `Six in 10 residents`: the share before the number.
        let number = |t: &Token| t.kind == TokenKind::Number || number_word(c, t);
        let share = preceded(tok(|t: &Token| c.is_word(t, "in")), tok(number));
        let (rest, _) = if mods.last_is_number { opt(share).parse(rest)? } else { (rest, None) };
        let (rest, d) = opt(tok(det)).parse(rest)?;
        // `the President`, `the company's CEO`: a title in capitals (house
        // style in much British copy) is a noun after an article or a
        // possessive; without one it opens a name (`President Ruiz`).
        let owned = d.is_some() || c.tokens[rest.at()..input.at()].iter().any(possessive);
        if capital_title(&head) && !owned {
            return Err(nom::Err::Error(()));
        }
        let plural = plural_noun(c.word(&head));
        // `Data show`, `early ratings data suggests`: a mass noun of evidence
        // stands bare, as a plural does; not after a preposition (`advocates
        // for cell research said` is the advocates').
        let after_preposition = rest.first().is_some_and(|p| p.is(PREPOSITION));
        let evidence = evidence_mass_noun(c, &head) && !after_preposition;
        let strong = head.is(ANONYMOUS | ORG | ROLE | GROUP | SOURCE_ADJECTIVE) || evidence;
        let named = mods.count > 0;
        // Headlines drop their articles: `Council Says …`.
        let headline = c.is_headline(&head);
        if d.is_none() && !plural && !strong && !named && !headline {
            return Err(nom::Err::Error(()));
        }
        // A bare singular common noun with only lower-case words before it is a
        // verb phrase more often than a speaker: `economy grew and said`.
        if d.is_none() && !strong && !plural && !headline && mods.all_plain {
            return Err(nom::Err::Error(()));
        }
        Ok((rest, Shape::Common { has_det: d.is_some() }))
    }

    /// `described_by_pronoun` as nom combinators, as it was written before the plain code.
    fn described_by_pronoun_nom<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
        let core = |i: Backward<'a>| alt((|i| proper_back_nom(c, i), |i| common_back_nom(c, i))).parse(i);
        let object = tok(|t: &Token| t.is(PRONOUN) && !t.cap() && c.lex.in_list("object-pronouns", c.word(t)));
        let preposition = tok(|t: &Token| is_describing_preposition(c, t));
        let (rest, (_, object_range)) = extent(object).parse(input)?;
        let (outer_rest, (outer, outer_range)) = preceded(preposition, extent(core)).parse(rest)?;
        if !describes(c, outer_range.clone()) {
            return Err(nom::Err::Error(()));
        }
        Ok((outer_rest, build(c, outer_range.start, object_range.end, Shape::Described(Box::new(outer)))))
    }

    /// `np_core_back` as nom combinators, over `proper_back_nom`.
    fn np_core_back_nom<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
        let core = |i: Backward<'a>| alt((|i| proper_back_nom(c, i), |i| common_back_nom(c, i))).parse(i);
        if let Ok(found) = described_by_pronoun_nom(c, input) {
            return Ok(found);
        }
        let (rest, (shape, range)) = extent(core).parse(input)?;
        let preposition = tok(|t: &Token| is_describing_preposition(c, t));
        if let Ok((outer_rest, (outer, outer_range))) = preceded(preposition, extent(core)).parse(rest) {
            if describes(c, outer_range.clone()) {
                return Ok((outer_rest, build(c, outer_range.start, range.end, Shape::Described(Box::new(outer)))));
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

    #[test]
    fn the_plain_readings_of_names_are_the_combinators_readings() {
        let text = "Senator Quits As Harbour Chief King Digs In\n\n\
            Mr. King said Peter King and King says the Senator agreed. Ludwig van Holm met Secretary of State Ana Ruiz \
            and the mayor of Lindholm, while a spokesman for the Harbour Authority, Dr. Bell, spoke. People familiar with \
            them and an aide close to him said one of her aides, Tom Reyes, was told. Ms. Holm, the Kremlin and President \
            Ruiz said the President's plan won. Six in 10 residents and 64 percent of voters backed the company's CEO \
            Ines Okafor, @harbourbot and Okafor-Brekke. Neither Lars Brekke nor Bank of Lindholm chief Una Brekke knew. \
            The two said Professor Ivo Lund of the Nordic Institute for Tides, King, and Judge agreed. In the six \
            months since, fares rose by 10 in harbour towns, and two in five senior aides and no one else quit.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        assert!(c.is_headline(&parsed.tokens[0]), "a headline's lone title is no surname");
        let read = |found: PResult<Backward<'_>, Mention>| found.ok().map(|(rest, m)| (rest.at(), m));
        let read_shape = |found: PResult<Backward<'_>, Shape>| found.ok().map(|(rest, shape)| (rest.at(), shape));
        let mut names = 0;
        for from in [0, parsed.tokens.len() / 2] {
            for end in from..=parsed.tokens.len() {
                let input = Backward::new(&parsed.tokens, from, end);
                assert_eq!(read_shape(proper_back(c, input)), read_shape(proper_back_nom(c, input)), "{from}..{end}");
                assert_eq!(read_shape(common_back(c, input)), read_shape(common_back_nom(c, input)), "{from}..{end}");
                let plain = read(np_core_back(c, input));
                assert_eq!(plain, read(np_core_back_nom(c, input)), "{from}..{end}");
                names += usize::from(plain.is_some_and(|(_, m)| m.kind == MentionKind::Person));
            }
        }
        assert!(names > 20, "{names}");
    }
}
