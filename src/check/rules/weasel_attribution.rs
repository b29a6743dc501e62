//! ## What it flags
//! Vague attribution that stands in for a source: `critics say`, `some
//! say`, `experts say`, `it is believed`, `many feel`.
//!
//! ## Why it matters
//! A claim put in the mouth of unnamed "critics" or "experts" reads as
//! sourced but is not; it is the writer's view in borrowed clothes.
//!
//! ## Example
//! ```text
//! Critics say the toll is too high.
//! ```
//! Name them: `The toll is too high, said Rosa Lind, who chairs the drivers' association.`
//!
//! After `the`, `these` or `those` (`these people said`) the words point
//! back at sources described before, and are not flagged; nor are they
//! inside what a named person or organisation reports (`Ruiz noted that
//! experts say …`): that is the speaker's claim, attributed.
//!
//! Not flagged either:
//! - a phrase whose next sentence quotes a named person (`Experts say the
//!   pier is unsafe. "It shakes," said Rosa Lind, an engineer.`): one of
//!   them is quoted, which is what the help asks for;
//! - a bare `some` or `many` standing for a group the sentence or the one
//!   before it names (`Many residents have doubts, and many say …`):
//!   some of those people, described there;
//! - the same phrase again in a paragraph already flagged for it
//!   (`experts said` twice): one problem, told once.

use crate::attribute::{QuoteKind, Status};
use crate::check::phrases;
use crate::check::reports::reports_holding;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::{class, PhraseKind};
use crate::parse::MentionKind;
use crate::source::Span;

pub const RULE: Rule = Rule { name: "weasel-attribution", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    // The paragraph and words of the last phrase flagged.
    let mut flagged: Option<(u32, &str)> = None;
    super::super::phrases::found(cx, PhraseKind::Weasel)
        .into_iter()
        .filter(|span| !phrases::points_back(cx.text, span.start) && !reported_by_named(cx, *span))
        .filter(|span| !named_quote_next(cx, *span) && !some_of_a_group(cx, *span))
        .filter(|span| {
            let Some(para) = cx.parsed.sentence_at(span.start).map(|s| cx.parsed.sentences[s].para) else { return true };
            let words = span.of(cx.text);
            let again = flagged.is_some_and(|(p, w)| p == para && w.eq_ignore_ascii_case(words));
            flagged = Some((para, words));
            !again
        })
        .map(|span| {
            let words = span.of(cx.text);
            Finding::new(span, format!("“{words}” stands in for a source")).help("name who says so, or quote one of them")
        })
        .collect()
}

/// `Ruiz noted that experts say the pier is safe`: a phrase inside what a
/// named speaker reports is that speaker's way of putting it, quoted, not
/// the writer's. Only a report whose speaker stands before its verb and
/// whose words follow it holds the phrase (`as described by Ruiz, many
/// believe …` is the writer's).
fn reported_by_named(cx: &Context<'_>, span: Span) -> bool {
    let Some(sentence) = cx.parsed.sentence_at(span.start) else { return false };
    reports_holding(cx, sentence, span).any(|outer| {
        // The speaker before the verb: a passive's agent after it (`as
        // described by Ruiz`) reports nothing that follows.
        let named = outer.source.is_some_and(|s| matches!(s.kind, MentionKind::Person | MentionKind::Organisation) && s.span.end <= outer.cue.start);
        named && !outer.content_before && outer.content.is_some_and(|content| content.start <= span.start)
    })
}

/// `Experts say the pier is unsafe. "It shakes," said Rosa Lind, an
/// engineer.`: the sentence after the phrase's, in its paragraph, holds a
/// speech quote given to a person named with a capital: one of those the
/// phrase stands for, quoted by name.
fn named_quote_next(cx: &Context<'_>, span: Span) -> bool {
    let Some(s) = cx.parsed.sentence_at(span.start) else { return false };
    let Some(next) = cx.parsed.sentences.get(s + 1).filter(|n| n.para == cx.parsed.sentences[s].para) else { return false };
    cx.attributed.quotes.iter().any(|link| {
        let quote = &cx.parsed.quotes.quotes[link.quote];
        let named = link.speaker.as_ref().is_some_and(|sp| sp.kind == MentionKind::Person && sp.mention.of(cx.text).starts_with(char::is_uppercase));
        link.kind == QuoteKind::Speech && link.status == Status::Attributed && named && next.span.start <= quote.span.start && quote.span.start < next.span.end
    })
}

/// `Many residents have doubts, and many say the pier is unsafe`:
/// a phrase opening on a bare quantifier (`figures.txt` [some-of]) stands
/// for a group its sentence, before it, or the sentence before names with
/// such a word (`many longtime residents`: a word of `groups.txt` within three
/// words after it, not one that itself opens a weasel phrase, as
/// `critics` does).
fn some_of_a_group(cx: &Context<'_>, span: Span) -> bool {
    let tokens = &cx.parsed.tokens;
    let Some(s) = cx.parsed.sentence_at(span.start) else { return false };
    let sentence = &cx.parsed.sentences[s];
    let first = tokens[sentence.range()].iter().position(|t| t.span().start == span.start).map(|i| i + sentence.first as usize);
    let Some(first) = first else { return false };
    let bare = |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && cx.lexicon.in_list("some-of", t.span().of(cx.text)));
    let group = |t: &crate::parse::Token| t.is_word() && t.is(class::GROUP) && t.info().phrase_kinds & PhraseKind::Weasel.bit() == 0;
    if !bare(first) || tokens.get(first + 1).is_some_and(|t| t.is(class::GROUP)) {
        return false;
    }
    let from = if s > 0 { cx.parsed.sentences[s - 1].first as usize } else { sentence.first as usize };
    (from..first).any(|i| bare(i) && tokens[i + 1..first].iter().take(3).any(group))
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_vague_groups_and_impersonal_claims() {
        let text = "Critics say the toll is too high.\n\nIt is believed the council will give way.";
        assert_eq!(words("weasel-attribution", text), ["Critics say", "It is believed"]);
    }

    #[test]
    fn passes_a_phrase_inside_a_named_speakers_report_but_not_the_writers() {
        let text = "Rosa Lind noted that experts say the toll is too high.";
        assert!(words("weasel-attribution", text).is_empty());
        let text = "Rosa Lind spoke on Monday, and experts say the toll is too high.\n\nAs described by Rosa Lind, many believe the toll is too high.";
        assert_eq!(words("weasel-attribution", text), ["experts say", "many believe"]);
    }

    #[test]
    fn passes_a_phrase_whose_next_sentence_quotes_someone_by_name() {
        let text = "Experts say the pier is unsafe. \"It shakes in every storm,\" said Rosa Lind, an engineer.";
        assert!(words("weasel-attribution", text).is_empty());
        // Nobody named: the quote after it is no source.
        let text = "Experts say the pier is unsafe. \"It shakes in every storm,\" one of them said.\n\nCritics say the pier is unsafe. The council met.";
        assert_eq!(words("weasel-attribution", text), ["Experts say", "Critics say"]);
    }

    #[test]
    fn passes_some_of_a_group_the_copy_names() {
        let text = "Many residents have doubts about the pier, and many say it is unsafe.\n\nThe council heard from several union members. Some said the tolls were too high.";
        assert!(words("weasel-attribution", text).is_empty());
        // A group of critics is no source either, and no group at all is named here.
        let text = "Many critics have doubts about the pier. Some say it is unsafe.\n\nThe pier, which many believe is unsafe, will close.";
        assert_eq!(words("weasel-attribution", text), ["Some say", "many believe"]);
    }

    #[test]
    fn flags_a_phrase_once_a_paragraph() {
        let text = "Experts said the pier was unsafe. The council met, and experts said it would close.\n\nCritics say the toll is too high.";
        assert_eq!(words("weasel-attribution", text), ["Experts said", "Critics say"]);
        // Another phrase is another problem.
        let text = "Experts said the pier was unsafe, and it is believed the council will give way.";
        assert_eq!(words("weasel-attribution", text), ["Experts said", "it is believed"]);
    }

    #[test]
    fn passes_named_critics_and_words_inside_quotes() {
        let text = "Rosa Lind said the toll was too high.\n\n\"Critics say many things,\" Lind said.\n\nTwo pilots spoke to the Post. The plan will fail, these people said.";
        assert!(words("weasel-attribution", text).is_empty());
    }
}
