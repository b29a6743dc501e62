//! Words after a cue that belong to it, and the colon productions.

use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::{pair, preceded};
use nom::{Input, Parser};

use super::subject::sentence_subject;
use super::{Clause, ClauseShape};
use crate::parse::lexicon::class::*;
use crate::parse::mentions::{self, Ctx};
use crate::parse::paragraphs::ParagraphKind;
use crate::parse::sentences::Sentence;
use crate::parse::stream::{skip_m_n, tok, Backward, Forward, PResult};
use crate::parse::tokens::{Token, TokenKind};

/// Extends a clause over the words that belong to its cue, and notes a colon.
pub(super) fn finish(c: Ctx<'_>, sentence: &Sentence, mut clause: Clause, from: usize) -> Option<Clause> {
    let input = Forward::new(c.tokens, from, sentence.end as usize);
    let transitive = clause.cue_tokens.1 as usize == from && c.tokens[from - 1].is(TRANSITIVE);
    let (rest, ()) = tail(c, input, transitive && clause.shape != ClauseShape::Inverted).unwrap_or((input, ()));
    let end = rest.at().max(clause.tokens.1 as usize);
    clause.tokens.1 = end as u32;
    clause.colon = c.tokens.get(end).is_some_and(|t| t.is_punct(':')) && end < sentence.end as usize;
    Some(clause)
}

/// Words after a cue that still belong to it: a listener (`told reporters`),
/// a time (`on Friday`), a setting (`in a statement`, `on Twitter`).
pub(super) fn tail<'a>(c: Ctx<'a>, input: Forward<'a>, takes_object: bool) -> PResult<Forward<'a>, ()> {
    let mut input = input;
    if takes_object {
        let listener = |i: Forward<'a>| mentions::after(c).parse(i).map(|(r, _)| (r, ()));
        if let Ok((rest, _)) = alt((listener, |i| object_pronoun(c, i))).parse(input) {
            input = rest;
        }
    }
    // A time and a setting both open with a word: after a mark (`said.`,
    // `said,`) the lists are not looked up.
    if !input.first().is_some_and(|t| t.is_word()) {
        return Ok((input, ()));
    }
    // Each list is looked up only where a word may be in it: most tails
    // open with neither a time nor a preposition.
    let time_opener = |t: &Token| c.lex.list("time-openers").iter().any(|w| c.is_word(t, w));
    // Each setting word is a preposition («function-words»), so other words
    // are not compared with the list.
    let mut time = pair(opt(tok(time_opener)), tok(|t: &Token| t.is(TIME)));
    // A time has a time word first or second (`Monday`, `on Monday`): where
    // neither is one, the openers are not compared with the first word.
    let time = |i: Forward<'a>| {
        if !(i.first().is_some_and(|t| t.is(TIME)) || i.get(1).is_some_and(|t| t.is(TIME))) {
            return Err(nom::Err::Error(()));
        }
        time.parse(i)
    };
    let setting_word = |t: &Token| t.is(PREPOSITION) && c.lex.list("setting-prepositions").iter().any(|w| c.is_word(t, w));
    let setting = preceded(tok(setting_word), |i| mentions::after(c).parse(i));
    let (rest, _) = skip_m_n(0, 3, alt((time.map(|_| ()), setting.map(|_| ())))).parse(input)?;
    Ok((rest, ()))
}

pub(super) fn object_pronoun<'a>(c: Ctx<'a>, input: Forward<'a>) -> PResult<Forward<'a>, ()> {
    // Each is a pronoun («function-words»): other words are not compared.
    let (rest, _) = tok(|t: &Token| t.is(PRONOUN) && c.lex.list("object-pronouns").iter().any(|w| c.is_word(t, w))).parse(input)?;
    Ok((rest, ()))
}

/// Whether the subject found before a colon can be the quote's speaker.
/// A person, an organisation or a pronoun can. So can a group (`The
/// pilots' union leaders were blunt: "…"`), unless an article or a
/// preposition follows it: then its last word was the verb (`Ruiz lobbies
/// for …`, `Holm's letter makes a case`), misread as a plural noun.
fn speaks_before_colon(c: Ctx<'_>, subject: &mentions::Mention) -> bool {
    use mentions::MentionKind::*;
    match subject.kind {
        Organisation => organisation_may_speak(c, subject),
        Person | Pronoun => true,
        Group | Anonymous => !c.tokens.get(subject.end_token as usize).is_some_and(|t| t.is(DETERMINER | PREPOSITION)),
    }
}

/// A phrase the mention grammar calls an organisation for want of a better
/// reading (`The timing`, `His final assessment`) speaks before a colon
/// only when it names one (a capitalised or organisation head) or a text
/// that tells (`the report`, `Hoff's letter`, `a footnote`).
fn organisation_may_speak(c: Ctx<'_>, source: &mentions::Mention) -> bool {
    let head = &c.tokens[source.head as usize];
    head.cap() || head.is(ORG | GROUP | ANONYMOUS) || super::head_names_text(c, source)
}

/// `Okafor: …` — a name and a colon opening a headline, or a quote.
pub(super) fn colon_clause(c: Ctx<'_>, sentence: &Sentence, si: usize, kind: ParagraphKind) -> Option<Clause> {
    // Most sentences have no colon that could qualify: spare them the parse.
    // The first paragraph heads the draft even when it does not read as a
    // headline (`Lynch: No outside influence on the probe.`).
    let headline = kind == ParagraphKind::Headline || in_first_paragraph(c, sentence);
    let may_qualify = |i: usize| c.tokens[i].is_punct(':') && (headline || c.tokens.get(i + 1).is_some_and(|n| matches!(n.kind, TokenKind::OpenQuote)));
    if !sentence.range().any(may_qualify) {
        return None;
    }
    leading_colon(c, sentence, si, kind).or_else(|| signed_colon(c, sentence, si))
}

fn leading_colon(c: Ctx<'_>, sentence: &Sentence, si: usize, kind: ParagraphKind) -> Option<Clause> {
    let input = Forward::new(c.tokens, sentence.first as usize, sentence.end as usize);
    let (rest, source) = mentions::after(c).parse(input).ok()?;
    // `Rep. Ann Gold (R-Ore.): "…"`: a label in brackets after the name.
    let rest = skip_bracketed(rest);
    let colon = rest.first().filter(|t| t.is_punct(':'))?;
    let next = rest.get(1)?;
    let opens_quote = matches!(next.kind, TokenKind::OpenQuote);
    // `Lynch: No outside influence on the probe.`: a name and a colon
    // opening the first paragraph head it, even with a full stop.
    // A headline drops its articles: `The Latest: …` names a column.
    let first_line = in_first_paragraph(c, sentence) && !c.tokens[source.first_token as usize].is(DETERMINER);
    let may_speak = match source.kind {
        mentions::MentionKind::Pronoun => false,
        mentions::MentionKind::Organisation => kind == ParagraphKind::Headline || in_first_paragraph(c, sentence) || organisation_may_speak(c, &source),
        _ => true,
    };
    if !(kind == ParagraphKind::Headline || opens_quote || first_line) || !may_speak {
        return None;
    }
    // `BREAKING: …`, `Wow: …`, `EXCLUSIVE – Stone: …`: a kicker over a
    // headline names no speaker.
    let one_word = source.end_token == source.first_token + 1;
    if one_word && c.lex.list("headline-kickers").iter().any(|k| c.is_word(&c.tokens[source.first_token as usize], k)) {
        return None;
    }
    Some(colon_at(source, sentence.first as usize, rest.at(), colon.span(), si))
}

fn in_first_paragraph(c: Ctx<'_>, sentence: &Sentence) -> bool {
    c.tokens[sentence.first as usize].para == c.tokens[0].para
}

/// `HOST: Do you think …`, `ANA RUIZ: This is a plan that …`: a
/// paragraph of a transcript opens with its speaker's name in capitals and
/// a colon. Returns the colon's token where `sentence` opens a paragraph
/// (other than the first) so, with words after the colon.
pub(super) fn transcript_label(c: Ctx<'_>, sentence: &Sentence) -> Option<usize> {
    let first = sentence.first as usize;
    let opens_paragraph = first == 0 || c.tokens[first - 1].para != c.tokens[first].para;
    if !opens_paragraph || in_first_paragraph(c, sentence) {
        return None;
    }
    // The label's colon is one of the three tokens after the first: most
    // paragraphs have none there, and their words are not read.
    let window = first + 1..(first + 4).min(sentence.end as usize);
    if !c.tokens[window].iter().any(|t| t.is_punct(':')) {
        return None;
    }
    let in_capitals = |t: &Token| {
        let w = c.word(t);
        t.is_word() && w.chars().filter(|ch| ch.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let colon = (first..(first + 4).min(sentence.end as usize)).find(|&k| !in_capitals(&c.tokens[k]))?;
    let words_after = colon + 1 < sentence.end as usize;
    (colon > first && c.tokens[colon].is_punct(':') && words_after).then_some(colon)
}

/// The speaker named by a transcript label (see `transcript_label`).
pub(super) fn transcript_clause(c: Ctx<'_>, sentence: &Sentence, si: usize, colon: usize) -> Clause {
    let first = sentence.first as usize;
    let named = mentions::after(c).parse(Forward::new(c.tokens, first, colon)).ok().filter(|(rest, _)| rest.at() == colon);
    let source = named.map_or_else(|| mentions::phrase(c, first, colon), |(_, source)| source);
    colon_at(source, first, colon, c.tokens[colon].span(), si)
}

/// The input after a `( … )` at its start (of at most a dozen tokens).
fn skip_bracketed(input: Forward<'_>) -> Forward<'_> {
    if !input.first().is_some_and(|t| t.is_punct('(')) {
        return input;
    }
    (1..12).find(|&k| input.get(k).is_some_and(|t| t.is_punct(')'))).map_or(input, |k| input.take_from(k + 1))
}

/// `ROUNDUP - Ana Ruiz: "…"`, `More from Ruiz: "…"`: a name set off by a
/// dash or `from` just before a colon that opens a quote, in a sentence
/// that does not begin with the name.
fn signed_colon(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
    let colon = colon_before_quote(c, sentence.range())?;
    let input = Backward::new(c.tokens, sentence.first as usize, colon);
    let (rest, source) = mentions::before(c).parse(input).ok()?;
    let sign = rest.first()?;
    let set_off = sign.is_dash() || c.is_word(sign, "from");
    let named = matches!(source.kind, mentions::MentionKind::Person | mentions::MentionKind::Organisation);
    (set_off && named).then(|| colon_at(source, rest.at(), colon, c.tokens[colon].span(), si))
}

/// `— Okafor, at the rally.`: a paragraph opening with a dash and a name
/// signs the quote that ends the paragraph above it. `“…” ― Ana Ruiz`: a
/// dash and a name ending the sentence straight after a quote sign that
/// quote (reader comments, epigraphs). A dash and a name under a paragraph
/// that ends with no quote is a byline or a credit (`— Tom Bell.` under a
/// roundup's item), which signs nothing: on train 5 such cues, none marked,
/// where all 7 under a quote are.
pub(super) fn signature(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
    let first = sentence.first as usize;
    let opens_paragraph = first > 0 && c.tokens[first - 1].para != c.tokens[first].para;
    let at = if opens_paragraph && c.tokens[first].is_dash() && quote_ends_paragraph_above(c, first) { first } else { dash_after_quote(c, sentence)? };
    let (rest, source) = mentions::after(c).parse(Forward::new(c.tokens, at + 1, sentence.end as usize)).ok()?;
    let named = matches!(source.kind, mentions::MentionKind::Person | mentions::MentionKind::Organisation);
    let ends = rest.first().is_none_or(|t| t.is_punct('.') || (at == first && t.is_punct(',')));
    // The signed quote stands before the dash, so the clause reports
    // nothing after it.
    (named && ends).then(|| Clause {
        shape: ClauseShape::Signature,
        colon: false,
        tokens: (at as u32, sentence.end),
        ..colon_at(source, at, at, c.tokens[at].span(), si)
    })
}

/// The paragraph before token `first` (which opens its own) ends with a
/// closing quote, or with one and then a full stop (`"…".`).
fn quote_ends_paragraph_above(c: Ctx<'_>, first: usize) -> bool {
    let close = |k: usize| matches!(c.tokens[k].kind, TokenKind::CloseQuote);
    close(first - 1) || (first >= 2 && c.tokens[first - 1].is_punct('.') && close(first - 2))
}

/// The last dash of the sentence, when a closing quote stands right before
/// it (in the sentence or ending the one before).
fn dash_after_quote(c: Ctx<'_>, sentence: &Sentence) -> Option<usize> {
    let range = (sentence.first as usize).max(1)..sentence.end as usize;
    let dash = range.rev().find(|&k| c.tokens[k].is_dash())?;
    matches!(c.tokens[dash - 1].kind, TokenKind::CloseQuote).then_some(dash)
}

/// The first colon of `range` outside quotes that a quotation opens after.
pub(super) fn colon_before_quote(c: Ctx<'_>, mut range: std::ops::Range<usize>) -> Option<usize> {
    range.find(|&i| {
        let t = &c.tokens[i];
        t.is_punct(':') && t.depth == 0 && c.tokens.get(i + 1).is_some_and(|n| matches!(n.kind, TokenKind::OpenQuote))
    })
}

/// A colon clause: `source`'s words from token `from` to the colon at
/// `colon`, which is its cue.
pub(super) fn colon_at(source: mentions::Mention, from: usize, colon: usize, cue: crate::source::Span, si: usize) -> Clause {
    Clause {
        cue,
        cue_tokens: (colon as u32, colon as u32 + 1),
        verb: None,
        source: Some(source),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (from as u32, colon as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    }
}

/// `and then Holm continues: "…"`: the phrase before a verb that ends
/// just before the colon.
fn verb_subject(c: Ctx<'_>, sentence: &Sentence, colon: usize) -> Option<mentions::Mention> {
    let verb = c.tokens.get(colon.checked_sub(1)?)?;
    let w = c.word(verb);
    let verbal = verb.is_word() && !verb.cap() && !verb.is(GAP) && (verb.info().verb.is_some() || w.ends_with("ed") || w.ends_with('s'));
    // The verb follows its subject straight (`the notice, quoted in full:`
    // is a participle, and the notice says nothing).
    let after_word = c.tokens.get(colon.checked_sub(2)?).is_some_and(|t| t.is_word());
    if !verbal || !after_word || colon - 1 <= sentence.first as usize {
        return None;
    }
    let (rest, subject) = mentions::before(c).parse(Backward::new(c.tokens, sentence.first as usize, colon - 1)).ok()?;
    // The phrase opens its clause (`Ruiz delivered a retort:` has an
    // object there, not a subject).
    let opens_clause = rest.first().is_none_or(|t| !t.is_word() || t.is(CONJUNCTION | GAP));
    opens_clause.then_some(subject)
}

/// `In a Fox interview, Trump went further: "…"`: a sentence whose subject
/// introduces a quote with a colon, with no reporting verb before it.
pub(super) fn subject_colon(c: Ctx<'_>, sentence: &Sentence, si: usize, found: &[Clause]) -> Option<Clause> {
    let range = sentence.range();
    // What comes after the colon is a quote, in the same paragraph or
    // opening the next; a colon that ends its paragraph before other copy
    // (`(all times local):` over a live blog, `Watch the ad below:`, a
    // list) introduces no speech (on train 14 such cues, none a hit).
    let colon = colon_before_quote(c, range.clone())?;
    // A clause before the colon speaks for it, unless it opens the
    // sentence naming nobody (`Asked about the fares, he demurred: "…"`).
    let opener = |cl: &Clause| cl.source.is_none() && cl.cue_tokens.0 == sentence.first;
    // `Okafor seemed irritated: "…"`: the writer's impression of the
    // subject, a word or two before the colon, names nobody; the subject
    // still speaks for the colon.
    let impression = |cl: &Clause| {
        let near = (cl.cue_tokens.1 as usize..colon).len() <= 2 && !(cl.cue_tokens.1 as usize..colon).any(|k| c.tokens[k].is_punct(','));
        cl.source.is_none() && cl.verb.is_some_and(|v| super::speaker::impersonal(c, v)) && near
    };
    if found.iter().any(|cl| (cl.cue_tokens.0 as usize) < colon && !opener(cl) && !impression(cl)) {
        return None;
    }
    let subject = verb_subject(c, sentence, colon).or_else(|| sentence_subject(c, sentence, colon))?;
    if !speaks_before_colon(c, &subject) {
        return None;
    }
    Some(colon_at(subject, colon, colon, c.tokens[colon].span(), si)).filter(|_| range.contains(&colon))
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;
    use super::super::ClauseShape;

    fn colon_speaker(text: &str) -> Option<String> {
        let got = parse(&format!("The ferry resumed service on Monday.\n\n{text}"));
        // A subject's colon widens its cue over the predicate (`is blunt:`).
        got.into_iter().find(|c| c.0.ends_with(':') && c.2 == ClauseShape::Colon).and_then(|c| c.1)
    }

    #[test]
    fn a_dash_and_a_name_sign_only_a_quote_that_ends_the_paragraph_above() {
        let signer = |text: &str| {
            let got = parse(&format!("The ferry resumed service on Monday.\n\n{text}"));
            got.into_iter().find(|c| c.2 == ClauseShape::Signature).and_then(|c| c.1)
        };
        assert_eq!(signer("\"We will sail at dawn.\"\n\n— Marta Okafor.").as_deref(), Some("Marta Okafor"));
        assert_eq!(signer("\"We will sail at dawn\".\n\n— Marta Okafor.").as_deref(), Some("Marta Okafor"));
        // Under a paragraph of the writer's own words it is a byline.
        assert_eq!(signer("The pier reopens in May.\n\n— Marta Okafor."), None);
    }

    #[test]
    fn a_transcript_label_is_at_most_three_words_before_its_colon() {
        let labels = |text: &str| parse(&format!("The ferry resumed service on Monday.\n\n{text}")).into_iter().filter(|c| c.0 == ":").count();
        assert_eq!(labels("HARBOUR CHIEF HOLM: Why was it late?\n\nOKAFOR: The crossing was rough."), 2);
        // A fourth word in capitals: no label, and the one left makes no transcript.
        assert_eq!(labels("THE HARBOUR CHIEF HOLM: Why was it late?\n\nOKAFOR: The crossing was rough."), 0);
        // No colon among the first words: no label.
        assert_eq!(labels("HOLM ASKED WHY IT WAS LATE.\n\nOKAFOR: The crossing was rough."), 0);
    }

    #[test]
    fn times_and_settings_after_a_cue_are_passed_on_the_way_to_the_words() {
        let content = |text: &str| parse(&format!("The ferry resumed service on Monday.\n\n{text}")).into_iter().next().and_then(|c| c.3);
        // A time word first (`Monday`) or after an opener (`on`, `late`).
        assert_eq!(content("Okafor said on Monday, \"We will sail.\"").as_deref(), Some("\"We will sail.\""));
        assert_eq!(content("Okafor said late Friday in a statement: \"We will sail.\"").as_deref(), Some("\"We will sail.\""));
        assert_eq!(content("Okafor said Monday in a statement that the ferry would sail.").as_deref(), Some("that the ferry would sail"));
        // An opener before no time word opens no time: its words are reported.
        assert_eq!(content("Okafor said last spring the ferry would sail.").as_deref(), Some("last spring the ferry would sail"));
    }

    #[test]
    fn a_lowercase_head_that_is_no_text_speaks_no_colon_quote() {
        assert_eq!(colon_speaker("The timing of the vote did not surprise the pilots: \"We saw it coming.\""), None);
        assert_eq!(colon_speaker("Her final verdict: \"The pier is not safe.\""), None);
        assert_eq!(colon_speaker("The footnote is blunt: \"The pier is not safe.\"").as_deref(), Some("The footnote"));
        assert_eq!(colon_speaker("The harbour authority was blunt: \"The pier is not safe.\"").as_deref(), Some("The harbour authority"));
    }

    #[test]
    fn a_person_who_seemed_so_speaks_for_the_colon() {
        assert_eq!(colon_speaker("Marta Okafor seemed irritated: \"We have waited long enough.\"").as_deref(), Some("Marta Okafor"));
        assert_eq!(colon_speaker("It seemed clear: \"The pier is not safe.\""), None);
    }
}
