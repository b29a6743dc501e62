//! Proper names read backwards, with the titles, roles and possessives
//! before them (`Kremlin spokesman Dmitry Peskov`).

use nom::Input;

use crate::parse::lexicon::class::*;
use crate::parse::mentions::classify::Shape;
use crate::parse::mentions::words::*;
use crate::parse::mentions::Ctx;
use crate::parse::stream::{Backward, PResult};
use crate::parse::tokens::Token;

/// `Kremlin spokesman Dmitry Peskov`, `Trump’s campaign manager Kellyanne
/// Conway`, `Secretary of State John Kerry`, `the Shanghai Cooperation Organization`.
///
/// Plain code, not nom combinators: read for every run of names in the
/// narration (see [`np_core_back`](super::np_core_back)). The grammar, read backwards:
/// `det? premodifier* (name | particle-before-name)* last`, where `last`
/// is a name word, or a title word that is a surname (see [`surname_back`]).
pub(super) fn proper_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    let Some(last) = input.first() else { return Err(nom::Err::Error(())) };
    if !name_word(c, last) && !surname_back(c, last, input.get(1)) {
        return Err(nom::Err::Error(()));
    }
    let mut rest = input.take_from(1);
    // The name's other words; a particle only with a name before it (`Ludwig van Beethoven`).
    while let Some(t) = rest.first() {
        let takes = name_word(c, t) || (particle(t) && rest.get(1).is_some_and(|n| name_word(c, n)));
        if !takes {
            break;
        }
        rest = rest.take_from(1);
    }
    let name_start = rest.at();
    let (rest, premodifiers) = premodifiers_back(c, rest)?;
    let has_det = rest.first().is_some_and(det);
    let rest = if has_det {
        rest.take_from(1)
    } else if premodifiers == 0 {
        adjective_after_indefinite(c, rest)
    } else {
        rest
    };
    Ok((rest, Shape::Proper { name_start, has_det }))
}

/// `an angry Okafor`, `a beaming Holm`: `a` or `an` and one lower-case
/// word straight before a name (no title or role between: `a way Harbour
/// Chief Ann Holm` is no phrase) describe the person named; both join the phrase,
/// which stays a person's (no article makes it an organisation's, as
/// `the` does). Otherwise `rest` is returned as it is.
fn adjective_after_indefinite<'a>(c: Ctx<'a>, rest: Backward<'a>) -> Backward<'a> {
    if rest.first().is_some_and(plain_adjective) && rest.get(1).is_some_and(|t| indefinite(c, t)) {
        rest.take_from(2)
    } else {
        rest
    }
}

/// A title word ending a name is a surname after an honorific or a first
/// name (`Mr. King`, `Peter King`), or alone, with no article, name,
/// possessive or title before it (`King says`), except in a headline.
/// `before` is the token before it, if any.
fn surname_back(c: Ctx<'_>, t: &Token, before: Option<&Token>) -> bool {
    let title_word = t.cap() && t.is(TITLE_BEFORE_NAME) && !t.is(DETERMINER | PRONOUN | FUNCTION) && !c.word(t).ends_with('.');
    if !title_word {
        return false;
    }
    let honorific = |t: &Token| ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss"].iter().any(|w| c.is_word(t, w));
    let after_first_name = before.is_some_and(|p| honorific(p) || (name_word(c, p) && !p.is(TITLE)));
    let alone = !c.is_headline(t) && !before.is_some_and(|p| det(p) || p.cap() || possessive(p) || p.is(TITLE));
    after_first_name || alone
}

/// What stands before a name, read backwards: titles and roles, other
/// names, possessives, `of` inside a title (`Secretary of State`), and plain
/// nouns that qualify a role (`fire service spokesman`).
pub(super) fn premodifiers_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, usize> {
    let mut rest = input;
    let mut count = 0;
    let mut after_role = false;
    // `Ruiz hired spokesman Tom Bell`: a past form after a name is the
    // name's verb (`retired neurosurgeon Ann Holm` keeps its word).
    let verb_after_name = |t: &Token, rest: Backward<'a>| verb_like(c, t) && rest.get(1).is_some_and(|p| p.cap() && p.is_word());
    while count < 8 {
        let Some(t) = rest.first() else { break };
        // `Secretary of State`, `Bank of America`: `of` after a title or an
        // organisation word. (Asked only of a word the cheaper tests leave.)
        let of_inside_title = || count > 0 && c.is_word(t, "of") && rest.get(1).is_some_and(|n| n.cap() && n.is_word() && n.is(TITLE | ORG));
        let takes = title(t)
            || name_word(c, t)
            || possessive(t)
            || of_inside_title()
            || (t.is(ORG) && !t.cap() && !t.is(DETERMINER))
            || (after_role && nominal(c, t) && !verb_after_name(t, rest));
        if !takes {
            break;
        }
        after_role = t.is(ROLE | TITLE | ORG) && !t.cap() || (after_role && nominal(c, t));
        rest = rest.take_from(1);
        count += 1;
    }
    Ok((rest, count))
}
