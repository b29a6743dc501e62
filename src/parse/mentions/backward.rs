//! The speaker before a reporting verb, read backwards from the verb.

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::fold_many_m_n;
use nom::sequence::preceded;
use nom::{Input, Parser};

use super::classify::{build, Shape};
use super::words::*;
use super::{Ctx, Gender, Mention, MentionKind};
use crate::parse::lexicon::class::*;
use crate::parse::stream::{tok, Backward, PResult, Stream};
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

/// The speaker standing just before a reporting verb, read backwards.
pub fn before<'a>(c: Ctx<'a>) -> impl FnMut(Backward<'a>) -> PResult<Backward<'a>, Mention> {
    move |input: Backward<'a>| {
        let (rest, m) =
            alt((|i| partitive_relative(c, i), |i| relative_back(c, i), |i| appositive_back(c, i), |i| pronoun(c, i), |i| np_core_back(c, i))).parse(input)?;
        if m.relative {
            return Ok((rest, m));
        }
        // `Ana Ruiz and Tom Bell say`: two speakers joined by `and`.
        let and = tok(|t: &Token| c.is_word(t, "and"));
        match preceded(and, alt((|i| pronoun(c, i), |i| np_core_back(c, i)))).parse(rest) {
            Ok((rest2, first)) if first.kind != MentionKind::Pronoun || m.kind == MentionKind::Pronoun => Ok((rest2, coordinated(first, m))),
            _ => Ok((rest, m)),
        }
    }
}

/// Two mentions joined by `and`: a group of speakers.
pub(super) fn coordinated(first: Mention, second: Mention) -> Mention {
    Mention {
        span: first.span.cover(second.span),
        name: first.name.cover(second.name),
        kind: MentionKind::Group,
        gender: Gender::Plural,
        titled: first.titled || second.titled,
        described: true,
        relative: false,
        antecedent: None,
        first_token: first.first_token,
        end_token: second.end_token,
        head: second.head,
    }
}

/// The noun phrase (a name with its titles, or a common noun phrase) that
/// ends just before token `end`, not reaching back past token `from`.
pub fn phrase_ending_at<'a>(c: Ctx<'a>, from: usize, end: usize) -> Option<Mention> {
    np_core_back(c, Backward::new(c.tokens, from, end)).ok().map(|(_, m)| m)
}

pub(super) fn pronoun<'a, S: Stream<'a>>(c: Ctx<'a>, input: S) -> PResult<S, Mention> {
    let (rest, _) = tok(|t: &Token| subject_pronoun(c, t)).parse(input)?;
    let index = rest.at().min(input.at());
    Ok((rest, build(c, index, index + 1, Shape::Pronoun)))
}

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
fn partitive_relative<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
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

/// The most tokens [`common_back`] reads: a head, its modifiers, a share
/// (`in 10`) and a determiner.
const COMMON_BACK_LONGEST: usize = 1 + MOST_MODIFIERS + 2 + 1;

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

/// `Kremlin spokesman Dmitry Peskov`, `Trump’s campaign manager Kellyanne
/// Conway`, `Secretary of State John Kerry`, `the Shanghai Cooperation Organization`.
///
/// Plain code, not nom combinators: read for every run of names in the
/// narration (see [`np_core_back`]). The grammar, read backwards:
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
fn fraction(c: Ctx<'_>, t: &Token) -> bool {
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
struct Modifiers {
    count: usize,
    /// The last word read, the first in the text, is a number (`10 residents`).
    last_is_number: bool,
    /// No word is capitalised or possessive (none at all included).
    all_plain: bool,
}

impl Modifiers {
    fn none() -> Modifiers {
        Modifiers { count: 0, last_is_number: false, all_plain: true }
    }

    fn add(self, t: Token) -> Modifiers {
        let plain = !t.cap() && !possessive(&t);
        Modifiers { count: self.count + 1, last_is_number: t.kind == TokenKind::Number, all_plain: self.all_plain && plain }
    }
}

/// A title or role written with a capital, standing where a noun would.
fn capital_title(t: &Token) -> bool {
    t.cap() && t.is_word() && t.is(TITLE | ROLE) && !t.is(DETERMINER | PRONOUN | FUNCTION)
}

/// `the ministry`, `White House officials`, `two senior aides`, `the company’s spokesman`.
/// `data`, `research`: see `[evidence-mass-nouns]` in `clause-words.txt`.
pub fn evidence_mass_noun(c: Ctx<'_>, t: &Token) -> bool {
    t.is(DATA_SOURCE) && c.lex.in_list("evidence-mass-nouns", c.word(t))
}

/// Plain code over the tokens rather than nom combinators, as
/// [`proper_back`] is: read by every reading of a speaker before a verb
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
    use crate::parse::stream::extent;
    use nom::sequence::{pair, terminated};

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
        let (rest, _) =
            if d.is_none() && count == 0 { opt(pair(tok(plain_adjective), tok(move |t: &Token| indefinite(c, t)))).parse(rest)? } else { (rest, None) };
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
}
