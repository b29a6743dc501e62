//! ## What it flags
//! A speaker named only as `a source`, `sources`, `officials`, `an aide` or
//! the like, with nothing to say who they are.
//!
//! ## Why it matters
//! Anonymous sourcing asks readers for trust. House style usually requires
//! saying what the source is in a position to know and why they are not
//! named; a bare `officials said` does neither.
//!
//! ## Example
//! ```text
//! The deal is close, officials said.
//! ```
//! Describe them: `The deal is close, two port officials involved in the talks said.`

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::MentionKind;

pub const RULE: Rule = Rule { name: "anonymous-source", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    cx.parsed
        .clauses
        .iter()
        .filter_map(|clause| clause.source)
        .filter(|m| m.kind == MentionKind::Anonymous && !m.described)
        .map(|m| {
            let who = m.span.of(cx.text);
            Finding::new(m.span, format!("anonymous source: “{who}” says nothing about who they are"))
                .help("say what the source does, what they are in a position to know, and why they are not named")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_bare_officials_and_sources() {
        let text = "The ferry deal is close, officials said.\n\nA source said the vote would slip.";
        assert_eq!(words("anonymous-source", text), ["officials", "A source"]);
    }

    #[test]
    fn passes_described_sources() {
        let text = "The deal is close, port officials familiar with the talks said.\n\nSources at the harbour authority said the vote would slip.";
        assert!(words("anonymous-source", text).is_empty());
    }
}
