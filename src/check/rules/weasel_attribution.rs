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

use crate::check::reports::reports_holding;
use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::PhraseKind;
use crate::parse::MentionKind;
use crate::source::Span;

pub const RULE: Rule = Rule { name: "weasel-attribution", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    super::super::phrases::found(cx, PhraseKind::Weasel)
        .into_iter()
        .filter(|span| !points_back(cx.text, span.start) && !reported_by_named(cx, *span))
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

/// The phrase starting at `start` follows `the`, `these` or `those`.
fn points_back(text: &str, start: usize) -> bool {
    let word = text[..start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    ["the", "these", "those"].iter().any(|w| word.eq_ignore_ascii_case(w))
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
    fn passes_named_critics_and_words_inside_quotes() {
        let text = "Rosa Lind said the toll was too high.\n\n\"Critics say many things,\" Lind said.\n\nTwo pilots spoke to the Post. The plan will fail, these people said.";
        assert!(words("weasel-attribution", text).is_empty());
    }
}
