//! Common noun phrases read backwards (`two senior aides`, `the
//! ministry`), quantifiers standing alone and proportions (`Six in 10`).

use nom::combinator::opt;
use nom::sequence::preceded;
use nom::{Input, Parser};

use crate::parse::lexicon::class::*;
use crate::parse::mentions::classify::Shape;
use crate::parse::mentions::words::*;
use crate::parse::mentions::Ctx;
use crate::parse::stream::{tok, Backward, PResult};
use crate::parse::tokens::{Token, TokenKind};

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
const FRACTIONS: [&str; 5] = ["half", "third", "thirds", "quarter", "quarters"];

/// A fraction (see [`FRACTIONS`]): the word, or its part after its last
/// hyphen with a word before it (`two-thirds`). Asked of the head of
/// nearly every common noun phrase read, so the word's last letter is
/// compared first: most words end in a letter no fraction ends in, and
/// are not searched for a hyphen.
#[inline]
pub(super) fn fraction(c: Ctx<'_>, t: &Token) -> bool {
    let w = c.word(t).as_bytes();
    let Some(last) = w.last() else { return false };
    if !FRACTIONS.iter().any(|f| f.as_bytes().last().is_some_and(|e| e.eq_ignore_ascii_case(last))) {
        return false;
    }
    let part = match w.iter().rposition(|&b| b == b'-') {
        Some(0) => return false,
        Some(k) => &w[k + 1..],
        None => w,
    };
    FRACTIONS.iter().any(|f| part.eq_ignore_ascii_case(f.as_bytes()))
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
#[inline]
pub(super) fn capital_title(t: &Token) -> bool {
    t.cap() && t.is_word() && t.is(TITLE | ROLE) && !t.is(DETERMINER | PRONOUN | FUNCTION)
}

/// `the ministry`, `White House officials`, `two senior aides`, `the company’s spokesman`.
/// `data`, `research`: see `[evidence-mass-nouns]` in `clause-words.txt`.
pub fn evidence_mass_noun(c: Ctx<'_>, t: &Token) -> bool {
    t.is(DATA_SOURCE) && c.lex.in_list("evidence-mass-nouns", c.word(t))
}

/// Plain code over the tokens rather than nom combinators, as
/// [`proper_back`](super::proper::proper_back) is: read by every reading of a speaker before a verb
/// that is not a name. The grammar, read backwards: `det? (in number)?
/// modifier{0,6} head`, or a quantifier, a proportion, or `the` and a count.
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
    // `a Tuesday editorial` before a stop or a preposition (see [`dated`]).
    // (Asked last: most modifier runs end at no time word.)
    let closed = || c.tokens.get(input.at()).is_none_or(|t| !t.is_word() || t.is(PREPOSITION));
    let dated = |rest: &Backward<'_>| matches!((rest.first(), rest.get(1)), (Some(t), Some(before)) if dated(c, t, before)) && closed();
    let mut mods = Modifiers::none();
    while mods.count < MOST_MODIFIERS {
        let Some(t) = rest.first().filter(|t| modifier(t) || dated(&rest)) else { break };
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
pub(super) const MOST_MODIFIERS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    /// A fraction is the word, or its part after a hyphen with a word
    /// before it, as the suffix comparison it replaced found it: the
    /// last-letter test first passes over no fraction.
    #[test]
    fn a_fraction_is_found_as_the_suffix_comparison_found_it() {
        let by_suffix = |w: &[u8]| {
            FRACTIONS.iter().any(|f| {
                let f = f.as_bytes();
                let ends = w.len() >= f.len() && w[w.len() - f.len()..].eq_ignore_ascii_case(f);
                ends && (w.len() == f.len() || (w.len() > f.len() + 1 && w[w.len() - f.len() - 1] == b'-'))
            })
        };
        let text = "Tolls\n\nHalf of riders, a THIRD of pilots, two-thirds and Three-Quarters of crews, a quarter, \
            three quarters, one-third-half, behalf, halfway, thirdly, quartered, fourth, self, 40-half and 2-thirds agreed.";
        let lex = crate::parse::lexicon::lexicon();
        let parsed = crate::parse::parse(text, &crate::source::Prose::plain(text), lex);
        let c = parsed.ctx(text, lex);
        let mut found = Vec::new();
        for t in &parsed.tokens {
            assert_eq!(fraction(c, t), by_suffix(c.word(t).as_bytes()), "{}", c.word(t));
            if fraction(c, t) {
                found.push(c.word(t));
            }
        }
        assert_eq!(found, ["Half", "THIRD", "two-thirds", "Three-Quarters", "quarter", "quarters", "one-third-half", "40-half", "2-thirds"]);
        // Words the tokens do not give: a hyphen first or last, or doubled.
        for w in ["-half", "half-", "x--half", "-", "", "Quarters", "a-b-thirds", "third-halves"] {
            let fraction_part = match w.as_bytes().iter().rposition(|&b| b == b'-') {
                Some(0) => None,
                Some(k) => Some(&w.as_bytes()[k + 1..]),
                None => Some(w.as_bytes()),
            };
            let found = fraction_part.is_some_and(|p| FRACTIONS.iter().any(|f| p.eq_ignore_ascii_case(f.as_bytes())));
            assert_eq!(found, by_suffix(w.as_bytes()), "{w}");
        }
    }
}
