//! ## What it flags
//! One person's name spelt two ways in the same draft (`Okafor` and
//! `Okafur`), found by string similarity.
//!
//! ## Why it matters
//! A misspelt name is the most common correction a paper prints, and two
//! spellings leave the reader unsure whether they are two people.
//!
//! ## Example
//! ```text
//! Ines Okafor chairs the board. … "We are ready," Okafur said.
//! ```
//! Spell it the same way throughout: `Okafor said.`

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::MentionKind;

pub const RULE: Rule = Rule { name: "speaker-name-variant", severity: Severity::Warning, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for entity in &cx.attributed.entities.list {
        if entity.kind != MentionKind::Person {
            continue;
        }
        let Some((first, _)) = entity.spellings.first() else { continue };
        for (spelling, span) in entity.spellings.iter().skip(1) {
            if spelling.eq_ignore_ascii_case(first) {
                continue;
            }
            out.push(
                Finding::new(*span, format!("“{spelling}” looks like a misspelling of “{first}”, used earlier for {}", entity.name))
                    .help(format!("spell the name the same way throughout: {first}")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::flagged;

    #[test]
    fn flags_a_second_spelling() {
        let text = "Ines Okafor chairs the board.\n\n\"We are ready,\" Okafur said.";
        let got = flagged("speaker-name-variant", text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Okafur");
    }

    #[test]
    fn passes_two_different_people() {
        let text = "Ines Okafor chairs the board.\n\n\"We are ready,\" Tom Reyes said.";
        assert!(flagged("speaker-name-variant", text).is_empty());
    }
}
