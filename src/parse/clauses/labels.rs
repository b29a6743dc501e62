//! Speakers named with no reporting verb: a label before a colon that
//! opens a quote (`Here's Okafor in May: "…"`).

use nom::Parser;

use super::tail::{colon_at, colon_before_quote, tail};
use super::{Clause, ClauseShape};
use crate::parse::lexicon::class::*;
use crate::parse::mentions::{self, Ctx, MentionKind};
use crate::parse::sentences::Sentence;
use crate::parse::stream::Forward;
use crate::parse::tokens::{Token, TokenKind};
use crate::source::Span;

/// A speaker named before a colon with no reporting verb, where the
/// other colon readings (`colon_clause`) found none.
pub(super) fn label_clause(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
    presented_speaker(c, sentence, si).or_else(|| signed_pair(c, sentence, si))
}

/// Words of a time or place phrase after the name (`in December 1992`,
/// `on the radio last May`) that `tail` does not read whole.
const CIRCUMSTANCE_WORDS: usize = 6;

/// `Here's Okafor in 2012: "…"`, `Here is the harbour chair on the tolls:
/// "…"`: a sentence that presents a person or organisation, with at most a
/// time, place or topic after the name, before a colon that opens a quote.
/// The name is the quote's speaker.
fn presented_speaker(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
    let first = sentence.first as usize;
    let end = sentence.end as usize;
    let after_here = presenting_words(c, first, end)?;
    let (rest, source) = mentions::after(c).parse(Forward::new(c.tokens, after_here, end)).ok()?;
    // A common noun names someone only as a role or a body (`the harbour
    // chair`, `the council`); `Here's a hunch:` presents a thing.
    let head = &c.tokens[source.head as usize];
    let someone = head.cap() || head.is(ROLE | ORG);
    if !someone || !matches!(source.kind, MentionKind::Person | MentionKind::Organisation) {
        return None;
    }
    let colon = circumstance_end(c, rest, end)?;
    let opens_quote = c.tokens.get(colon + 1).is_some_and(|t| matches!(t.kind, TokenKind::OpenQuote));
    (opens_quote && colon + 1 < end).then(|| colon_at(source, first, colon, c.tokens[colon].span(), si))
}

/// The token after `Here's`, `Here is` or `Here was` opening the sentence.
fn presenting_words(c: Ctx<'_>, first: usize, end: usize) -> Option<usize> {
    let here = c.tokens.get(first).filter(|t| c.is_word(t, "here"))?;
    let verb = c.tokens.get(first + 1).filter(|_| first + 1 < end)?;
    let contracted = c.word(verb).chars().skip(1).eq("s".chars()) && c.word(verb).starts_with(['\'', '\u{2019}']);
    let is = contracted || c.is_word(verb, "is") || c.is_word(verb, "was");
    (here.is_word() && is && verb.span().start == here.span().end + usize::from(!contracted)).then_some(first + 2)
}

/// The colon ending the words after the name: nothing but a time, place or
/// topic (`in May`, `on the tolls`, `last year`), read by `tail`, and the
/// numbers and names it leaves (`in December 1992`). No verb may stand
/// between: `Here's Okafor, who said:` is another reading's.
fn circumstance_end(c: Ctx<'_>, rest: Forward<'_>, end: usize) -> Option<usize> {
    let (after, ()) = tail(c, rest, false).unwrap_or((rest, ()));
    let leftover = |t: &Token| t.kind == TokenKind::Number || t.is(TIME) || (t.is_word() && t.cap() && t.info().verb.is_none());
    let colon = (after.at()..end.min(after.at() + CIRCUMSTANCE_WORDS + 1)).find(|&k| !leftover(&c.tokens[k]))?;
    c.tokens[colon].is_punct(':').then_some(colon)
}

/// Words of two names joined by `and` after a dash or `from`.
const PAIR_WORDS: usize = 8;

/// `ROUNDUP - Ana Ruiz and Carl Holm: "…"`, `More from Ruiz and Holm:
/// "…"`: two names joined by `and`, set off by a dash or `from` before a
/// colon that opens a quote, speak it together (`signed_colon` reads one
/// name, and its reading of two as a group of no name fails).
fn signed_pair(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
    let first = sentence.first as usize;
    let colon = colon_before_quote(c, sentence.range())?;
    let name_word = |t: &Token| t.is_word() && (t.cap() || c.is_word(t, "and"));
    let sign = (colon.saturating_sub(PAIR_WORDS + 1).max(first)..colon).rev().find(|&k| !name_word(&c.tokens[k]))?;
    let set_off = c.tokens[sign].is_dash() || c.is_word(&c.tokens[sign], "from");
    let mut joins = (sign + 1..colon).filter(|&k| c.is_word(&c.tokens[k], "and"));
    let two_names = matches!((joins.next(), joins.next()), (Some(and), None) if and > sign + 1 && and + 1 < colon);
    if !(set_off && two_names) {
        return None;
    }
    let pair = mentions::phrase(c, sign + 1, colon);
    let source = mentions::Mention { kind: MentionKind::Person, gender: mentions::Gender::Plural, name: pair.span, ..pair };
    Some(colon_at(source, sign + 1, colon, c.tokens[colon].span(), si))
}

/// `Riders agree - Okafor: "…"`: a digest's line hands the quote to the
/// name a dash sets off before the colon (`signed-colon`). A report of the
/// sentence before the dash ends there, and reports nothing when its words
/// were all the label's. (A sentence's clauses are few: the double loop
/// stays within it.)
pub(super) fn end_reports_at_signed_labels(c: Ctx<'_>, clauses: &mut [Clause]) {
    for k in 0..clauses.len() {
        let Some(dash) = signed_label_dash(c, &clauses[k]) else { continue };
        let dash_start = c.tokens[dash].span().start;
        let words_end = c.tokens[dash - 1].span().end;
        for (j, other) in clauses.iter_mut().enumerate() {
            let Some(content) = other.content.filter(|s| j != k && other.cue_tokens.1 as usize <= dash && s.end > dash_start) else { continue };
            other.content = (content.start < dash_start).then(|| Span::new(content.start, words_end));
        }
    }
}

/// The dash before the name of a colon clause set off by one.
fn signed_label_dash(c: Ctx<'_>, clause: &Clause) -> Option<usize> {
    let first = clause.tokens.0 as usize;
    let dash = first.checked_sub(1).filter(|&d| d > 0 && c.tokens[d].is_dash())?;
    (clause.shape == ClauseShape::Colon && clause.cue_tokens.0 as usize > first).then_some(dash)
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;
    use super::super::ClauseShape;

    const LEDE: &str = "The ferry resumed service on Monday.\n\n";

    fn colon_speaker(text: &str) -> Option<String> {
        let got = parse(&format!("{LEDE}{text}"));
        got.into_iter().find(|c| c.0 == ":" && c.2 == ClauseShape::Colon).and_then(|c| c.1)
    }

    #[test]
    fn a_name_presented_before_a_colon_speaks_the_quote() {
        assert_eq!(colon_speaker("Here’s Marta Okafor in December 1992: “The tolls must go.”").as_deref(), Some("Marta Okafor"));
        assert_eq!(colon_speaker("Here is Okafor on the tolls: “Nobody should pay twice.”").as_deref(), Some("Okafor"));
        assert_eq!(colon_speaker("Here's the harbour authority: \"We will act.\"").as_deref(), Some("the harbour authority"));
    }

    #[test]
    fn a_report_before_a_dash_and_a_signed_label_ends_at_the_dash() {
        let got = parse(&format!("{LEDE}Riders agree - Carl Holm: “The pier was the biggest delay.”"));
        let agree = got.iter().find(|c| c.0 == "agree").expect("agree is a cue");
        assert_eq!(agree.3, None, "{got:?}");
        let got = parse(&format!("{LEDE}The counts did predict the ferry vote - FerryWatch: “The count held.”"));
        let predict = got.iter().find(|c| c.0 == "predict").expect("predict is a cue");
        assert_eq!(predict.3.as_deref(), Some("the ferry vote"), "{got:?}");
        let label = got.iter().find(|c| c.0 == ":").expect("the label is a clause");
        assert_eq!((label.1.as_deref(), label.3.as_deref()), (Some("FerryWatch"), Some("“The count held.”")));
    }

    #[test]
    fn two_names_set_off_before_a_colon_speak_the_quote_together() {
        assert_eq!(colon_speaker("The pier counts ran late again -More from Holm and Okafor: “The pier data show it.”").as_deref(), Some("Holm and Okafor"));
        assert_eq!(colon_speaker("FERRY NOTES - Marta Holm and Ines Okafor: “The pier data show it.”").as_deref(), Some("Marta Holm and Ines Okafor"));
        // A list of places after `from` is no pair of speakers unless set off
        // just before the colon.
        assert_eq!(colon_speaker("Boats from Dover and Calais were late, the notice said: “Sorry.”"), None);
    }

    #[test]
    fn a_presented_thing_or_a_clause_before_the_colon_names_no_speaker() {
        assert_eq!(colon_speaker("Here’s a blunt hunch: “The tolls will stay.”"), None);
        assert_eq!(colon_speaker("Here are three reasons: the tolls, the pier and the boats."), None);
        assert_eq!(colon_speaker("Here is where they stand: “Yes” or “No.”"), None);
    }
}
