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
//! back at sources described before, and are not flagged.

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::PhraseKind;

pub const RULE: Rule = Rule { name: "weasel-attribution", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    super::super::phrases::found(cx, PhraseKind::Weasel)
        .into_iter()
        .filter(|span| !points_back(cx.text, span.start))
        .map(|span| {
            let words = span.of(cx.text);
            Finding::new(span, format!("“{words}” stands in for a source")).help("name who says so, or quote one of them")
        })
        .collect()
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
    fn passes_named_critics_and_words_inside_quotes() {
        let text = "Rosa Lind said the toll was too high.\n\n\"Critics say many things,\" Lind said.\n\nTwo pilots spoke to the Post. The plan will fail, these people said.";
        assert!(words("weasel-attribution", text).is_empty());
    }
}
