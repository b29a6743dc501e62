//! Speakers named with no reporting verb: a label before a colon that
//! opens a quote (`Here's Okafor in May: "…"`).

use nom::Parser;

use super::tail::tail;
use super::{Clause, ClauseShape};
use crate::parse::lexicon::class::*;
use crate::parse::mentions::{self, Ctx, MentionKind};
use crate::parse::sentences::Sentence;
use crate::parse::stream::Forward;
use crate::parse::tokens::{Token, TokenKind};

/// Words of a time or place phrase after the name (`in December 1992`,
/// `on the radio last May`) that `tail` does not read whole.
const CIRCUMSTANCE_WORDS: usize = 6;

/// `Here's Okafor in 2012: "…"`, `Here is the harbour chair on the tolls:
/// "…"`: a sentence that presents a person or organisation, with at most a
/// time, place or topic after the name, before a colon that opens a quote.
/// The name is the quote's speaker.
pub(super) fn presented_speaker(c: Ctx<'_>, sentence: &Sentence, si: usize) -> Option<Clause> {
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
    (opens_quote && colon + 1 < end).then(|| Clause {
        cue: c.tokens[colon].span(),
        cue_tokens: (colon as u32, colon as u32 + 1),
        verb: None,
        source: Some(source),
        subject: None,
        shape: ClauseShape::Colon,
        sentence: si as u32,
        tokens: (first as u32, colon as u32 + 1),
        colon: true,
        content: None,
        content_before: false,
    })
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
    fn a_presented_thing_or_a_clause_before_the_colon_names_no_speaker() {
        assert_eq!(colon_speaker("Here’s a blunt hunch: “The tolls will stay.”"), None);
        assert_eq!(colon_speaker("Here are three reasons: the tolls, the pier and the boats."), None);
        assert_eq!(colon_speaker("Here is where they stand: “Yes” or “No.”"), None);
    }
}
