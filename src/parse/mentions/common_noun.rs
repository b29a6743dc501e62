//! A common noun phrase read backwards: `the ministry`, `White House
//! officials`, `two senior aides`, a quantifier standing alone (`Several
//! said`), a proportion (`Six in 10`, `64 percent`), or `the` and a count
//! (`the two said`). A bare singular noun is no speaker unless it is
//! strong (a role, an organisation) or a headline's.

use nom::combinator::opt;
use nom::sequence::preceded;
use nom::{Input, Parser};

use super::classify::Shape;
use super::words::*;
use super::Ctx;
use crate::parse::lexicon::class::*;
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::{Token, TokenKind};

/// The most tokens [`common_back`] reads: a head, its modifiers, a share
/// (`in 10`) and a determiner.
pub(super) const COMMON_BACK_LONGEST: usize = 1 + MOST_MODIFIERS + 2 + 1;

/// `Six in 10`, `64 percent`, `40%`: a share of the people asked.
pub(super) fn proportion_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    let number = |t: &Token| t.kind == TokenKind::Number || number_word(c, t);
    let (rest, last) = tok(|t: &Token| number(t) || c.is_word(t, "percent") || fraction(c, t)).parse(input)?;
    let rest = if fraction(c, &last) {
        // `half`, `a third`, `two-thirds`; not `his third term`.
        let (r, share) = opt(tok(|t: &Token| c.is_word(t, "a") || number_word(c, t))).parse(rest)?;
        if share.is_none() && !c.is_word(&last, "half") && !c.word(&last).contains('-') {
            return Err(nom::Err::Error(()));
        }
        r
    } else if c.is_word(&last, "percent") {
        tok(number).parse(rest)?.0
    } else if let Ok((r, _)) = preceded(tok(|t: &Token| c.is_word(t, "in")), tok(number)).parse(rest) {
        r
    } else if c.word(&last).ends_with('%') {
        rest
    } else {
        return Err(nom::Err::Error(()));
    };
    let (rest, _) =
        opt(tok(|t: &Token| ["about", "nearly", "almost", "roughly", "some", "only", "just", "over", "under"].iter().any(|w| c.is_word(t, w)))).parse(rest)?;
    Ok((rest, Shape::Proportion))
}

/// `half`, `third`, `two-thirds`, `quarter`: a share of those asked.
pub(super) fn fraction(c: Ctx<'_>, t: &Token) -> bool {
    let w = c.word(t).as_bytes();
    ["half", "third", "thirds", "quarter", "quarters"].iter().any(|f| {
        let f = f.as_bytes();
        let ends = w.len() >= f.len() && w[w.len() - f.len()..].eq_ignore_ascii_case(f);
        ends && (w.len() == f.len() || (w.len() > f.len() + 1 && w[w.len() - f.len() - 1] == b'-'))
    })
}

/// What `common_back` needs to know of the words before a head noun,
/// gathered as they are read (rather than kept in a vector at each try).
pub(super) struct Modifiers {
    pub(super) count: usize,
    /// The last word read, the first in the text, is a number (`10 residents`).
    pub(super) last_is_number: bool,
    /// No word is capitalised or possessive (none at all included).
    pub(super) all_plain: bool,
}

impl Modifiers {
    pub(super) fn none() -> Modifiers {
        Modifiers { count: 0, last_is_number: false, all_plain: true }
    }

    pub(super) fn add(self, t: Token) -> Modifiers {
        let plain = !t.cap() && !possessive(&t);
        Modifiers { count: self.count + 1, last_is_number: t.kind == TokenKind::Number, all_plain: self.all_plain && plain }
    }
}

/// A title or role written with a capital, standing where a noun would.
pub(super) fn capital_title(t: &Token) -> bool {
    t.cap() && t.is_word() && t.is(TITLE | ROLE) && !t.is(DETERMINER | PRONOUN | FUNCTION)
}

/// `the ministry`, `White House officials`, `two senior aides`, `the company’s spokesman`.
/// `data`, `research`: see `[evidence-mass-nouns]` in `clause-words.txt`.
pub fn evidence_mass_noun(c: Ctx<'_>, t: &Token) -> bool {
    t.is(DATA_SOURCE) && c.lex.in_list("evidence-mass-nouns", c.word(t))
}

/// Plain code over the tokens rather than nom combinators, as
/// [`proper_back`](super::proper_name::proper_back) is: read by every
/// reading of a speaker before a verb that is not a name. The grammar,
/// read backwards: `det? (in number)? modifier{0,6} head`, or a
/// quantifier, a proportion, or `the` and a count.
pub(super) fn common_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    // `Another said`, `Several said`: a quantifier standing alone.
    // Two loops, not one over a chain of the lists: each inlines
    // `is_word`'s first-letter test (the chain kept it out of line).
    let quantifier = |t: &Token| QUANTIFIERS.iter().any(|w| c.is_word(t, w)) || EVERYONE.iter().any(|w| c.is_word(t, w));
    if let Some(word) = input.first().filter(|t| quantifier(t)) {
        let rest = input.take_from(1);
        let alone = rest.first().is_none_or(|p| !p.is_word() || p.is(PREPOSITION | CONJUNCTION | GAP));
        if alone {
            return Ok((rest, Shape::Common { has_det: false }));
        }
        // `no one said`: `one` after `no` stands alone as `nobody` does
        // (named by both words).
        if c.is_word(word, "one") && rest.first().is_some_and(|t| c.is_word(t, "no")) {
            return Ok((rest.take_from(1), Shape::Common { has_det: false }));
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
    if !counts_time && input.first().is_some_and(count) && input.get(1).is_some_and(the) {
        return Ok((input.take_from(2), Shape::Common { has_det: true }));
    }
    let Some(head) = input.first().filter(|t| (nominal(c, t) && !verb_like(c, t)) || capital_title(t)) else {
        return Err(nom::Err::Error(()));
    };
    let mut rest = input.take_from(1);
    let modifier = |t: &Token| nominal(c, t) || name_word(c, t) || t.kind == TokenKind::Number || title(t) || possessive(t);
    let mut mods = Modifiers::none();
    while mods.count < MOST_MODIFIERS {
        let Some(t) = rest.first().filter(|t| modifier(t)) else { break };
        mods = mods.add(*t);
        rest = rest.take_from(1);
    }
    // `Six in 10 residents`: the share before the number.
    let number = |t: &Token| t.kind == TokenKind::Number || number_word(c, t);
    if mods.last_is_number && rest.first().is_some_and(|t| c.is_word(t, "in")) && rest.get(1).is_some_and(number) {
        rest = rest.take_from(2);
    }
    let has_det = rest.first().is_some_and(det);
    if has_det {
        rest = rest.take_from(1);
    }
    // `the President`, `the company's CEO`: a title in capitals (house
    // style in much British copy) is a noun after an article or a
    // possessive; without one it opens a name (`President Ruiz`).
    let owned = has_det || c.tokens[rest.at()..input.at()].iter().any(possessive);
    if capital_title(head) && !owned {
        return Err(nom::Err::Error(()));
    }
    let plural = plural_noun(c.word(head));
    // `Data show`, `early ratings data suggests`: a mass noun of evidence
    // stands bare, as a plural does; not after a preposition (`advocates
    // for cell research said` is the advocates').
    let after_preposition = rest.first().is_some_and(|p| p.is(PREPOSITION));
    let evidence = evidence_mass_noun(c, head) && !after_preposition;
    let strong = head.is(ANONYMOUS | ORG | ROLE | GROUP | SOURCE_ADJECTIVE) || evidence;
    let named = mods.count > 0;
    // Headlines drop their articles: `Council Says …`.
    let headline = c.is_headline(head);
    if !has_det && !plural && !strong && !named && !headline {
        return Err(nom::Err::Error(()));
    }
    // A bare singular common noun with only lower-case words before it is a
    // verb phrase more often than a speaker: `economy grew and said`.
    if !has_det && !strong && !plural && !headline && mods.all_plain {
        return Err(nom::Err::Error(()));
    }
    Ok((rest, Shape::Common { has_det }))
}

/// The most words before a common noun that qualify it (`two senior
/// harbour aides`).
const MOST_MODIFIERS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::stream::Backward;

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
}
