//! The plain-code readers of noun phrases read every phrase as the nom
//! combinators they replaced.

use nom::combinator::opt;
use nom::multi::fold_many_m_n;
use nom::sequence::{pair, terminated};

use super::common::{capital_title, common_back, proportion_back, Modifiers};
use super::noun_phrase::{partitive_back, COMMON_BACK_LONGEST};
use super::proper::{premodifiers_back, proper_back};
use super::*;
use crate::parse::lexicon::class::*;
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
    let (rest, count) = premodifiers_back(c, rest)?;
    let (rest, d) = opt(tok(det)).parse(rest)?;
    let (rest, _) = if d.is_none() && count == 0 { opt(pair(tok(plain_adjective), tok(move |t: &Token| indefinite(c, t)))).parse(rest)? } else { (rest, None) };
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
fn a_common_noun_phrase_is_at_most_ten_tokens() {
    // A determiner, a share (`six in`), six modifiers (the first a
    // number) and a head: the most `common_back` reads.
    let text = "They met many of the six in 10 harbour fire service board press spokesmen";
    let lex = crate::parse::lexicon::lexicon();
    let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
    let c = parsed.ctx(text, lex);
    let end = parsed.tokens.len();
    let (rest, _) = common_back(c, Backward::new(&parsed.tokens, 0, end)).unwrap();
    assert_eq!(end - rest.at(), COMMON_BACK_LONGEST);
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
        months since, fares rose by 10 in harbour towns, and two in five senior aides and no one else quit. \
        An angry Holm and a way Harbour Chief Ruiz left.";
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
