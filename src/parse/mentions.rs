//! Mentions: the noun phrases that can name a speaker — names with their
//! titles (`Kremlin spokesman Dmitry Peskov`), organisations (`the SCO`),
//! pronouns (`he`, `who`), anonymous sources (`officials`) and groups
//! (`critics`).
//!
//! A speaker before a reporting verb is read backwards from the verb
//! ([`before`]); a speaker after it (`said Peskov`, `according to the
//! ministry`) forwards ([`after`]). The productions are those of
//! `grammar/attribution.md`, section "Speakers".

use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::{many0, many_m_n};
use nom::sequence::{preceded, terminated};
use nom::Parser;

use super::lexicon::{class::*, Lexicon};
use nom::Input;

use super::stream::{extent, span_of, tok, Backward, Forward, PResult, Stream};
use super::tokens::{Token, TokenKind};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    Person,
    Organisation,
    Pronoun,
    Anonymous,
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gender {
    Unknown,
    Male,
    Female,
    /// `they`, `officials`
    Plural,
    /// `it`
    Neuter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The whole noun phrase, titles included.
    pub span: Span,
    /// The name, or the head words where there is no name: `Dmitry Peskov`,
    /// `Shanghai Cooperation Organization`, `officials`.
    pub name: Span,
    pub kind: MentionKind,
    pub gender: Gender,
    /// A title or role stands in the phrase (`Kremlin spokesman`).
    pub titled: bool,
    /// For anonymous sources: something says who they are (`at the ministry`).
    pub described: bool,
    /// The relative pronoun `who`, standing for the phrase before its comma.
    pub relative: bool,
    /// The phrase that a relative `who` stands for.
    pub antecedent: Option<Span>,
    pub first_token: u32,
    pub end_token: u32,
    /// The head word: what the verb agrees with (`aides` in `aides to the mayor`).
    pub head: u32,
}

/// Everything a mention parser needs besides the tokens.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lex: &'a Lexicon,
    /// Paragraphs that are headlines.
    pub headlines: &'a [u32],
}

impl<'a> Ctx<'a> {
    pub fn word(&self, t: &Token) -> &'a str {
        t.span.of(self.text)
    }

    /// [`Lexicon::phrases_at`] of one kind for a word token, skipping the
    /// lookup for the many words that start no phrase of that kind.
    pub fn phrases_of(&self, t: &Token, kind: super::lexicon::PhraseKind) -> impl Iterator<Item = &'a super::lexicon::Phrase> {
        // A token's info was looked up without its trailing full stop.
        let ends_with_stop = t.span.end > t.span.start && self.text.as_bytes().get(t.span.end - 1) == Some(&b'.');
        let may_start = t.info.phrase_kinds & kind.bit() != 0 || ends_with_stop;
        may_start.then(|| self.lex.phrases_at(self.word(t))).into_iter().flatten().filter(move |p| p.kind == kind)
    }

    /// The token stands in a headline, where every word is capitalised.
    pub fn is_headline(&self, t: &Token) -> bool {
        self.headlines.contains(&t.para)
    }

    pub fn is_word(&self, t: &Token, w: &str) -> bool {
        t.is_word() && super::lexicon::same_word(self.word(t), w)
    }
}

// ---- token classes -------------------------------------------------------

/// A capitalised word that can be part of a name.
pub fn name_word(c: Ctx<'_>, t: &Token) -> bool {
    if !t.is_word() || t.is(DETERMINER | PRONOUN | FUNCTION | TIME | TITLE_BEFORE_NAME) {
        return false;
    }
    let w = c.word(t);
    t.cap || w.split('-').skip(1).any(|part| part.starts_with(char::is_uppercase)) || w.starts_with('@')
}

fn particle(t: &Token) -> bool {
    t.is(NAME_PARTICLE) && !t.cap
}

fn title(t: &Token) -> bool {
    t.is(TITLE)
}

/// A lower-case word that can sit in a noun phrase: not a function word,
/// pronoun, adverb in -ly, or a verb in the past.
pub fn nominal(c: Ctx<'_>, t: &Token) -> bool {
    if !t.is_word() || t.cap || t.is(DETERMINER | PRONOUN | FUNCTION | TIME | NAME_PARTICLE) {
        return t.is_word() && !t.cap && t.is(TITLE | ORG | ANONYMOUS) && !t.is(DETERMINER | PRONOUN);
    }
    let w = c.word(t);
    if w.ends_with("ly") && !t.is(ORG | ANONYMOUS | TITLE) {
        return false;
    }
    match t.info.verb {
        Some(v) => v.form != super::lexicon::VerbForm::Past || t.is(TITLE | ORG | ANONYMOUS),
        None => !w.starts_with(|ch: char| ch.is_ascii_digit()) || w.contains('-'),
    }
}

/// A determiner or possessive opening a noun phrase. `that` is left out:
/// after a verb it opens a clause (`said that Taylor …`), not a phrase.
/// A word that heads a verb phrase rather than a noun phrase: a past form
/// (`spoke`, `traveled`), unless a lexicon knows it as a noun of speakers.
fn verb_like(c: Ctx<'_>, t: &Token) -> bool {
    let past = t.info.verb.is_some_and(|v| v.form == super::lexicon::VerbForm::Past);
    let ed = c.word(t).ends_with("ed") && c.word(t).len() > 4;
    (past || ed) && !t.is(ORG | ANONYMOUS | ROLE | GROUP)
}

/// `The council met on Friday`, `Okafor went further`: an unknown lower-case
/// word after a noun and before a preposition, an article or an adverb is a
/// verb, even one whose past tense does not end in -ed.
fn unknown_verb(c: Ctx<'_>, t: &Token, after_noun: bool, next: Option<&Token>) -> bool {
    let unknown = t.is_word() && !t.cap && t.info.flags == 0 && t.info.verb.is_none() && !plural_noun(c.word(t));
    let verb_follows = next.is_some_and(|n| {
        (n.is(PREPOSITION) && !["of", "for", "from", "in", "at", "with"].iter().any(|w| c.is_word(n, w)))
            || n.is(GAP)
            || (n.is(DETERMINER) && !n.is(CONJUNCTION))
    });
    unknown && after_noun && verb_follows
}

fn det(t: &Token) -> bool {
    (t.is(DETERMINER | POSSESSIVE) && !t.is(THEY | HE | SHE) || t.is(POSSESSIVE) && t.is(HE | SHE | THEY | IT)) && !t.is(CONJUNCTION)
}

fn possessive(t: &Token) -> bool {
    t.kind == TokenKind::Possessive
}

fn comma(t: &Token) -> bool {
    t.is_punct(',')
}

fn subject_pronoun(c: Ctx<'_>, t: &Token) -> bool {
    t.is(PRONOUN) && ["he", "she", "they", "we", "i", "you", "it"].iter().any(|w| c.is_word(t, w))
}

// ---- backwards: the speaker before a verb --------------------------------

/// The speaker standing just before a reporting verb, read backwards.
pub fn before<'a>(c: Ctx<'a>) -> impl FnMut(Backward<'a>) -> PResult<Backward<'a>, Mention> {
    move |input: Backward<'a>| {
        let (rest, m) = alt((
            |i| relative_back(c, i),
            |i| appositive_back(c, i),
            |i| pronoun(c, i),
            |i| np_core_back(c, i),
        ))
        .parse(input)?;
        if m.relative {
            return Ok((rest, m));
        }
        // `Jeb Bush and Chris Christie say`: two speakers joined by `and`.
        let and = tok(|t: &Token| c.is_word(t, "and"));
        match preceded(and, alt((|i| pronoun(c, i), |i| np_core_back(c, i)))).parse(rest) {
            Ok((rest2, first)) if first.kind != MentionKind::Pronoun || m.kind == MentionKind::Pronoun => {
                Ok((rest2, coordinated(c, first, m)))
            }
            _ => Ok((rest, m)),
        }
    }
}

/// Two mentions joined by `and`: a group of speakers.
fn coordinated(c: Ctx<'_>, first: Mention, second: Mention) -> Mention {
    let _ = c;
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

fn pronoun<'a, S: Stream<'a>>(c: Ctx<'a>, input: S) -> PResult<S, Mention> {
    let (rest, _) = tok(|t: &Token| subject_pronoun(c, t)).parse(input)?;
    let index = rest.at().min(input.at());
    Ok((rest, build(c, index, index + 1, Shape::Pronoun)))
}

/// `Flynn, who said` / `bottles that said`: the mention is the relative
/// pronoun; its antecedent the phrase before it.
fn relative_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let (rest, _) = tok(|t: &Token| ["who", "that", "which"].iter().any(|w| c.is_word(t, w))).parse(input)?;
    let (rest, _) = opt(tok(comma)).parse(rest)?;
    let (rest, antecedent) = np_core_back(c, rest)?;
    let index = input.at() - 1;
    let mut m = build(c, index, index + 1, Shape::Pronoun);
    m.relative = true;
    m.antecedent = Some(antecedent.span);
    m.gender = antecedent.gender;
    Ok((rest, m))
}

/// `Flynn, the former general, said` / `The SCO, which includes Iran, said`
/// / `Jones, 35, a lawyer, said` / `Cummings (D-Md.), chair of the panel,
/// said`: the speaker is the phrase before the asides.
fn appositive_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let mut rest = input;
    let mut asides = 0;
    let mut titled = false;
    // `the White House spokesman, Josh Earnest, said`: a name as the aside.
    let mut named: Option<Span> = None;
    while asides < 4 {
        if let Ok((r, ())) = bracketed(rest) {
            rest = r;
            continue;
        }
        let Ok((inside, _)) = tok::<Backward<'a>>(comma).parse(rest) else { break };
        // The aside runs back to the comma that opens it.
        let Some(len) = (0..30)
            .take_while(|&k| inside.get(k).is_some_and(|t| !t.is_punct('.') && !t.is_mark()))
            .find(|&k| inside.get(k).is_some_and(comma) && aside_opens(c, inside, k))
        else {
            break;
        };
        titled |= (0..len).any(|j| inside.get(j).is_some_and(|t| t.is(ROLE | TITLE)));
        if asides == 0 && (0..len).all(|j| inside.get(j).is_some_and(|t| name_word(c, t) || particle(t))) {
            named = Some(Span::new(inside.get(len - 1).map_or(0, |t| t.span.start), inside.get(0).map_or(0, |t| t.span.end)));
        }
        rest = inside.take_from(len + 1);
        asides += 1;
    }
    if asides == 0 {
        return Err(nom::Err::Error(()));
    }
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
    if let Some(name) = named.filter(|_| head.kind != MentionKind::Pronoun && !c.tokens[head.head as usize].cap) {
        head.name = name;
        if c.tokens[head.head as usize].is(ROLE | TITLE) {
            head.kind = MentionKind::Person;
        }
    }
    head.described = true;
    head.titled |= titled;
    Ok((rest, head))
}

/// `(R-Ohio)` read backwards.
pub fn bracketed(input: Backward<'_>) -> PResult<Backward<'_>, ()> {
    let (inside, _) = tok(|t: &Token| t.is_punct(')')).parse(input)?;
    let len = (0..12).find(|&k| inside.get(k).is_some_and(|t| t.is_punct('('))).ok_or(nom::Err::Error(()))?;
    Ok((inside.take_from(len + 1), ()))
}

/// True when the words after the comma at `k` (reading backwards) open an
/// aside: a relative clause, a description, an age, a role
/// (`Sanders' campaign manager`).
fn aside_opens<'a>(c: Ctx<'a>, inside: Backward<'a>, k: usize) -> bool {
    let Some(first) = k.checked_sub(1).and_then(|j| inside.get(j)) else { return false };
    let words = (0..k).filter_map(|j| inside.get(j));
    let relative = first.is(RELATIVE);
    let role = words.clone().any(|t| t.is(ROLE | TITLE));
    // `, meanwhile,` and `, speaking to reporters,` are asides too.
    let adverb = k == 1 && (first.is(GAP) || c.word(first).ends_with("ly"));
    let participle = first.info.verb.is_some_and(|v| matches!(v.form, super::lexicon::VerbForm::Ing | super::lexicon::VerbForm::Past));
    // `, during a town hall in Columbus, Ohio,`
    let circumstance = first.is(PREPOSITION) && !first.is(CONJUNCTION);
    let name_only = k <= 4 && (0..k).all(|j| inside.get(j).is_some_and(|t| name_word(c, t) || particle(t)));
    let description = first.is(DETERMINER | TITLE) || first.kind == TokenKind::Number || role || adverb || participle || circumstance || name_only;
    let inner_ok = |t: &Token| {
        t.is_word()
            || t.kind == TokenKind::Number
            || possessive(t)
            || t.is_punct('-')
            || t.is_punct('(')
            || t.is_punct(')')
            || ((relative || circumstance || participle) && comma(t))
    };
    (relative || description) && words.clone().count() == k && words.into_iter().all(inner_ok)
}

/// A name or a common noun phrase, with a describing prepositional phrase
/// when the words before it are a role or a source (`a spokesman for the
/// fire service`, `people familiar with the talks`).
fn np_core_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Mention> {
    let core = |i: Backward<'a>| alt((|i| proper_back(c, i), |i| common_back(c, i))).parse(i);
    let (rest, (shape, range)) = extent(core).parse(input)?;
    // `… for the fire service`: a preposition, and before it a role or a source.
    let preposition = tok(|t: &Token| is_describing_preposition(c, t));
    if let Ok((outer_rest, (outer, outer_range))) = preceded(preposition, extent(core)).parse(rest) {
        if describes(c, outer_range.clone()) {
            return Ok((outer_rest, build(c, outer_range.start, range.end, Shape::Described(Box::new(outer)))));
        }
    }
    Ok((rest, build(c, range.start, range.end, shape)))
}

fn is_describing_preposition(c: Ctx<'_>, t: &Token) -> bool {
    t.is(PREPOSITION) && ["for", "of", "at", "with", "from", "in", "to", "on", "inside", "within"].iter().any(|w| c.is_word(t, w))
}

/// A phrase whose words make a following prepositional phrase part of it.
fn describes(c: Ctx<'_>, range: std::ops::Range<usize>) -> bool {
    c.tokens[range].iter().any(|t| t.is(ROLE | ANONYMOUS | ORG | SOURCE_ADJECTIVE | TITLE))
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    Pronoun,
    /// A name, with the index where its last run of name words starts.
    Proper { name_start: usize, has_det: bool },
    Common { has_det: bool },
    /// A phrase with a describing prepositional phrase after its head.
    Described(Box<Shape>),
    /// `Six in 10`, `64 percent`.
    Proportion,
}

/// `Kremlin spokesman Dmitry Peskov`, `Trump’s campaign manager Kellyanne
/// Conway`, `Secretary of State John Kerry`, `the Shanghai Cooperation Organization`.
fn proper_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    let name = |t: &Token| name_word(c, t);
    let (rest, _) = tok(name).parse(input)?;
    let (rest, _) = many0(alt((tok(name), terminated(tok(particle), nom::combinator::peek(tok(name)))))).parse(rest)?;
    let name_start = rest.at();
    let (rest, _) = premodifiers_back(c, rest)?;
    let (rest, d) = opt(tok(det)).parse(rest)?;
    Ok((rest, Shape::Proper { name_start, has_det: d.is_some() }))
}

/// What stands before a name, read backwards: titles and roles, other
/// names, possessives, `of` inside a title (`Secretary of State`), and plain
/// nouns that qualify a role (`fire service spokesman`).
fn premodifiers_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, usize> {
    let mut rest = input;
    let mut count = 0;
    let mut after_role = false;
    while count < 8 {
        let Some(t) = rest.first() else { break };
        // `Secretary of State`, `Bank of America`: `of` after a title or an organisation word.
        let of_inside_title = c.is_word(t, "of") && rest.get(1).is_some_and(|n| n.cap && n.is_word() && n.is(TITLE | ORG)) && count > 0;
        let takes = title(t)
            || name_word(c, t)
            || possessive(t)
            || of_inside_title
            || (t.is(ORG) && !t.cap && !t.is(DETERMINER))
            || (after_role && nominal(c, t));
        if !takes {
            break;
        }
        after_role = t.is(ROLE | TITLE | ORG) && !t.cap || (after_role && nominal(c, t));
        rest = rest.take_from(1);
        count += 1;
    }
    Ok((rest, count))
}

/// `Six in 10`, `64 percent`, `40%`: a share of the people asked.
fn proportion_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    let number = |t: &Token| t.kind == TokenKind::Number || (t.is_word() && NUMBER_WORDS.iter().any(|w| c.is_word(t, w)));
    let (rest, last) = tok(|t: &Token| number(t) || c.is_word(t, "percent")).parse(input)?;
    let rest = if c.is_word(&last, "percent") {
        tok(number).parse(rest)?.0
    } else if let Ok((r, _)) = preceded(tok(|t: &Token| c.is_word(t, "in")), tok(number)).parse(rest) {
        r
    } else if c.word(&last).ends_with('%') {
        rest
    } else {
        return Err(nom::Err::Error(()));
    };
    let (rest, _) = opt(tok(|t: &Token| ["about", "nearly", "almost", "roughly", "some", "only", "just", "over", "under"].iter().any(|w| c.is_word(t, w)))).parse(rest)?;
    Ok((rest, Shape::Proportion))
}

const NUMBER_WORDS: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Words that can stand alone for people: `another said`, `several said`.
const QUANTIFIERS: [&str; 10] = ["another", "one", "several", "some", "many", "others", "both", "most", "few", "each"];

/// `the ministry`, `White House officials`, `two senior aides`, `the company’s spokesman`.
fn common_back<'a>(c: Ctx<'a>, input: Backward<'a>) -> PResult<Backward<'a>, Shape> {
    // `Another said`, `Several said`: a quantifier standing alone.
    let quantifier = |t: &Token| QUANTIFIERS.iter().any(|w| c.is_word(t, w));
    if let Ok((rest, _)) = tok::<Backward<'a>>(quantifier).parse(input) {
        let alone = rest.first().is_none_or(|p| !p.is_word() || p.is(PREPOSITION | CONJUNCTION | GAP));
        if alone {
            return Ok((rest, Shape::Common { has_det: false }));
        }
    }
    if let Ok(found) = proportion_back(c, input) {
        return Ok(found);
    }
    let (rest, head) = tok(|t: &Token| nominal(c, t) && !verb_like(c, t)).parse(input)?;
    let modifier = alt((
        tok(|t: &Token| nominal(c, t) || name_word(c, t) || t.kind == TokenKind::Number || title(t)),
        tok(possessive),
    ));
    let (rest, mods) = many_m_n(0, 6, modifier).parse(rest)?;
    // `Six in 10 residents`: the share before the number.
    let number_word = |t: &Token| t.kind == TokenKind::Number || NUMBER_WORDS.iter().any(|w| c.is_word(t, w));
    let share = preceded(tok(|t: &Token| c.is_word(t, "in")), tok(number_word));
    let (rest, _) = if mods.last().is_some_and(|t| t.kind == TokenKind::Number) { opt(share).parse(rest)? } else { (rest, None) };
    let (rest, d) = opt(tok(det)).parse(rest)?;
    let plural = plural_noun(c.word(&head));
    let strong = head.is(ANONYMOUS | ORG | ROLE | GROUP | SOURCE_ADJECTIVE);
    let named = !mods.is_empty();
    // Headlines drop their articles: `Council Says …`.
    let headline = c.is_headline(&head);
    if d.is_none() && !plural && !strong && !named && !headline {
        return Err(nom::Err::Error(()));
    }
    // A bare singular common noun with only lower-case words before it is a
    // verb phrase more often than a speaker: `economy grew and said`.
    if d.is_none() && !strong && !plural && !headline && mods.iter().all(|t| !t.cap && !possessive(t)) {
        return Err(nom::Err::Error(()));
    }
    Ok((rest, Shape::Common { has_det: d.is_some() }))
}

pub fn plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

// ---- forwards: the speaker after a verb ----------------------------------

/// The speaker standing after a verb or `according to`, read forwards, with
/// an appositive after a comma (`said Marco Bellini, a spokesman for …`).
pub fn after<'a>(c: Ctx<'a>) -> impl FnMut(Forward<'a>) -> PResult<Forward<'a>, Mention> {
    move |input: Forward<'a>| {
        let (rest, mut m) = alt((|i| pronoun(c, i), |i| np_core_fwd(c, i))).parse(input)?;
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

/// A noun phrase read forwards: the run of words that can belong to one,
/// then parsed backwards from the run's end like a speaker before a verb,
/// so titles and roles are read the same way both sides of a verb.
fn np_core_fwd<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, Mention> {
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
        let core = |i: Forward<'a>| np_run(c, i);
        if let Ok((pp_rest, (_, pp_range))) = extent(preceded(preposition, core)).parse(rest) {
            let mut described = m;
            described.span = Span::new(m.span.start, c.tokens[pp_range.end - 1].span.end);
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

/// Just the extent of a noun phrase read forwards.
fn np_run<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, ()> {
    let from = input.at();
    let end = from + input.toks.len();
    let run_end = np_run_end(c, from, end);
    if run_end == from {
        return Err(nom::Err::Error(()));
    }
    Ok((Forward::new(c.tokens, run_end, end), ()))
}

/// Where a run of words that can make a noun phrase, starting at `from`, ends.
fn np_run_end(c: Ctx<'_>, from: usize, end: usize) -> usize {
    let mut i = from;
    if i < end && det(&c.tokens[i]) {
        i += 1;
    }
    while i < end && i - from < 14 {
        let t = &c.tokens[i];
        let next = c.tokens.get(i + 1).filter(|_| i + 1 < end);
        let of_inside = c.is_word(t, "of") && i > from && next.is_some_and(|n| n.cap && n.is_word()) && c.tokens[i - 1].is(TITLE | ORG);
        let part = t.kind == TokenKind::Possessive
            || t.kind == TokenKind::Number
            || of_inside
            || (t.is_word() && (name_word(c, t) || particle(t) || title(t) || nominal(c, t)));
        // `Trump doubled down`: a verb ends the phrase, unless it describes
        // the words after it (`retired Army general`, `elected officials`).
        let verb_then_noun = verb_like(c, t) && next.is_some_and(|n| name_word(c, n) || (nominal(c, n) && !verb_like(c, n)));
        if !part || (verb_like(c, t) && !verb_then_noun) || unknown_verb(c, t, i > from, next) {
            break;
        }
        i += 1;
    }
    i
}

/// `, a spokesman for the fire service` after a name. True when the aside names a role.
fn appositive_fwd<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, bool> {
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

// ---- what a phrase is -----------------------------------------------------

fn build(c: Ctx<'_>, start: usize, end: usize, shape: Shape) -> Mention {
    let tokens = &c.tokens[start..end];
    let span = span_of(c.tokens, start, end);
    let mut m = Mention {
        span,
        name: span,
        kind: MentionKind::Person,
        gender: gender_of(tokens),
        titled: tokens.iter().any(|t| t.is(TITLE) && !t.is(DETERMINER)),
        described: false,
        relative: false,
        antecedent: None,
        first_token: start as u32,
        end_token: end as u32,
        head: end as u32 - 1,
    };
    let (inner, described) = match shape {
        Shape::Described(inner) => (*inner, true),
        other => (other, false),
    };
    m.described = described;
    match inner {
        Shape::Pronoun => {
            m.kind = MentionKind::Pronoun;
            m.gender = pronoun_gender(&tokens[0]);
        }
        Shape::Proper { name_start, has_det } => classify_proper(c, &mut m, start, end, name_start, has_det, described),
        Shape::Common { has_det } => classify_common(c, &mut m, start, end, has_det, described),
        Shape::Described(_) => {}
        Shape::Proportion => {
            m.kind = MentionKind::Group;
            m.gender = Gender::Plural;
            m.described = true;
        }
    }
    m
}

fn classify_proper(c: Ctx<'_>, m: &mut Mention, start: usize, end: usize, name_start: usize, has_det: bool, described: bool) {
    let tokens = &c.tokens[start..end];
    // The name is the run of name words; with a describing phrase it comes first.
    let name_end = if described {
        (name_start..end).find(|&i| !name_word(c, &c.tokens[i]) && !particle(&c.tokens[i])).unwrap_or(end)
    } else {
        end
    };
    let name_start = name_start.clamp(start, name_end.saturating_sub(1).max(start));
    m.name = span_of(c.tokens, name_start, name_end.max(name_start + 1));
    m.head = (name_end.max(name_start + 1) - 1) as u32;
    let last = &c.tokens[m.head as usize];
    let person_title = c.tokens[start..name_start].iter().any(|t| t.is(TITLE) && !t.is(ORG));
    let acronym = {
        let w = c.word(last);
        w.len() >= 2 && w.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase) && !w.contains('\'')
    };
    let org_word = c.tokens[name_start..name_end.max(name_start + 1)].iter().any(|t| t.is(ORG));
    m.kind = if person_title && !org_word {
        MentionKind::Person
    } else if org_word || acronym || has_det {
        m.name = span_of(c.tokens, first_capital(c, start, end).unwrap_or(name_start), name_end.max(name_start + 1));
        MentionKind::Organisation
    } else {
        MentionKind::Person
    };
    let _ = tokens;
}

fn first_capital(c: Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&i| c.tokens[i].cap && !c.tokens[i].is(DETERMINER))
}

fn classify_common(c: Ctx<'_>, m: &mut Mention, start: usize, end: usize, has_det: bool, described: bool) {
    let tokens = &c.tokens[start..end];
    let head_index = if described {
        let before_pp = tokens.iter().position(|t| t.is(PREPOSITION)).unwrap_or(tokens.len());
        (0..before_pp).rev().find(|&k| !tokens[k].is(SOURCE_ADJECTIVE)).unwrap_or(0)
    } else {
        tokens.len() - 1
    };
    let head = &tokens[head_index];
    m.head = (start + head_index) as u32;
    let body_start = if has_det && tokens.len() > 1 { start + 1 } else { start };
    m.name = span_of(c.tokens, body_start.min(end - 1), end);
    let capital_modifier = tokens[..head_index].iter().any(|t| t.cap && !t.is(DETERMINER));
    let lone_quantifier = tokens.len() == 1 && QUANTIFIERS.iter().any(|w| c.is_word(head, w));
    m.kind = if lone_quantifier {
        if ["another", "one", "each"].iter().any(|w| c.is_word(head, w)) { MentionKind::Anonymous } else { MentionKind::Group }
    } else if head.is(ANONYMOUS) {
        m.described = described || capital_modifier;
        MentionKind::Anonymous
    } else if head.is(ROLE) {
        MentionKind::Person
    } else if head.is(ORG) {
        MentionKind::Organisation
    } else if head.is(GROUP) || plural_noun(c.word(head)) {
        MentionKind::Group
    } else {
        MentionKind::Organisation
    };
    if m.kind == MentionKind::Anonymous || m.kind == MentionKind::Group {
        if plural_noun(c.word(head)) {
            m.gender = Gender::Plural;
        }
    } else if m.kind == MentionKind::Organisation {
        m.gender = Gender::Neuter;
    }
}

fn gender_of(tokens: &[Token]) -> Gender {
    if tokens.iter().any(|t| t.is(MALE_TITLE)) {
        Gender::Male
    } else if tokens.iter().any(|t| t.is(FEMALE_TITLE)) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

pub fn pronoun_gender(t: &Token) -> Gender {
    if t.is(HE) {
        Gender::Male
    } else if t.is(SHE) {
        Gender::Female
    } else if t.is(THEY | FIRST_PERSON) {
        Gender::Plural
    } else if t.is(IT) {
        Gender::Neuter
    } else {
        Gender::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{paragraphs::paragraphs, quotes::scan, tokens::tokenize};

    fn tokens(text: &str) -> Vec<Token> {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        tokenize(text, &paras, &scan(text, &paras, &[]), &[], crate::parse::lexicon::lexicon())
    }

    /// The speaker before the last word of `text`, read backwards.
    fn speaker_before(text: &str) -> Option<(String, String, MentionKind)> {
        let toks = tokens(text);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let input = Backward::new(&toks, 0, toks.len() - 1);
        let found = before(c).parse(input).ok().map(|(_, m)| (m.span.of(text).to_string(), m.name.of(text).to_string(), m.kind));
        found
    }

    fn speaker_after(text: &str) -> Option<(String, String, MentionKind)> {
        let toks = tokens(text);
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let input = Forward::new(&toks, 1, toks.len());
        let found = after(c).parse(input).ok().map(|(_, m)| (m.span.of(text).to_string(), m.name.of(text).to_string(), m.kind));
        found
    }

    #[test]
    fn a_titled_name_before_the_verb() {
        assert_eq!(
            speaker_before("Harbour authority spokeswoman Ines Okafor said"),
            Some(("Harbour authority spokeswoman Ines Okafor".into(), "Ines Okafor".into(), MentionKind::Person))
        );
        assert_eq!(
            speaker_before("the Baltic Shipping Council said"),
            Some(("the Baltic Shipping Council".into(), "Baltic Shipping Council".into(), MentionKind::Organisation))
        );
    }

    #[test]
    fn possessives_and_of_inside_titles() {
        let got = speaker_before("Secretary of State Lena Marsh said").unwrap();
        assert_eq!(got.0, "Secretary of State Lena Marsh");
        assert_eq!(got.1, "Lena Marsh");
        let got = speaker_before("Ortiz’s campaign manager Tom Reyes said").unwrap();
        assert_eq!(got.0, "Ortiz’s campaign manager Tom Reyes");
    }

    #[test]
    fn pronouns_anonymous_sources_and_groups() {
        assert_eq!(speaker_before("he said").unwrap().2, MentionKind::Pronoun);
        assert_eq!(speaker_before("officials said").unwrap().2, MentionKind::Anonymous);
        assert_eq!(speaker_before("critics say").unwrap().2, MentionKind::Group);
        assert_eq!(speaker_before("the ministry said").unwrap().2, MentionKind::Organisation);
    }

    #[test]
    fn a_describing_phrase_joins_a_role() {
        let got = speaker_before("a spokesman for the fire service said").unwrap();
        assert_eq!(got.0, "a spokesman for the fire service");
        assert_eq!(got.2, MentionKind::Person);
        let got = speaker_before("people familiar with the talks said").unwrap();
        assert_eq!(got.2, MentionKind::Anonymous);
    }

    #[test]
    fn an_aside_between_commas_is_skipped() {
        let got = speaker_before("The council, which includes four ports and a dozen towns, said").unwrap();
        assert_eq!(got.0, "The council");
        let got = speaker_before("Okafor, a former pilot, said").unwrap();
        assert_eq!(got.0, "Okafor");
    }

    #[test]
    fn who_stands_for_the_phrase_before_it() {
        let toks = tokens("Okafor, who said");
        let text = "Okafor, who said";
        let c = Ctx { text, tokens: &toks, lex: crate::parse::lexicon::lexicon(), headlines: &[] };
        let (_, m) = before(c).parse(Backward::new(&toks, 0, 3)).unwrap();
        assert!(m.relative);
        assert_eq!(m.span.of(text), "who");
        assert_eq!(m.antecedent.unwrap().of(text), "Okafor");
    }

    #[test]
    fn a_speaker_after_the_verb_with_an_appositive() {
        let got = speaker_after("said Marco Bellini, a spokesman for the fire service.").unwrap();
        assert_eq!(got.1, "Marco Bellini");
        assert_eq!(got.2, MentionKind::Person);
        assert_eq!(speaker_after("to the harbour authority,").unwrap().2, MentionKind::Organisation);
    }
}
