//! ## What it flags
//! Attribution verbs that pass judgement — `claimed`, `admitted`,
//! `insisted`, `confessed` — where the neutral `said` would do.
//!
//! ## Why it matters
//! "Claimed" tells the reader not to believe the speaker; "admitted"
//! implies a confession. Unless the copy supports that judgement, `said`
//! keeps the story neutral.
//!
//! ## Example
//! ```text
//! The company claimed the leak was small.
//! ```
//! Prefer `The company said the leak was small.`

use crate::check::{Context, Finding, Rule, Severity};
use crate::parse::lexicon::class;

pub const RULE: Rule = Rule { name: "loaded-attribution-verb", severity: Severity::Info, run };

fn run(cx: &Context<'_>) -> Vec<Finding> {
    cx.parsed
        .clauses
        .iter()
        .filter(|clause| clause.source.is_some())
        .flat_map(|clause| &cx.parsed.tokens[clause.cue_tokens.0 as usize..clause.cue_tokens.1 as usize])
        .filter(|t| t.is(class::LOADED))
        .filter_map(|t| {
            let verb = t.span().of(cx.text);
            let neutral = cx.lexicon.neutral_for(verb)?;
            Some(
                Finding::new(t.span(), format!("“{verb}” judges the speaker where “{neutral}” would not"))
                    .help(format!("use “{neutral}” unless the story supports the doubt “{verb}” implies")),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::words;

    #[test]
    fn flags_claimed_and_admitted() {
        let text = "The company claimed the leak was small.\n\nThe mayor admitted the plan had failed.";
        assert_eq!(words("loaded-attribution-verb", text), ["claimed", "admitted"]);
    }

    #[test]
    fn passes_said() {
        assert!(words("loaded-attribution-verb", "The company said the leak was small.").is_empty());
    }
}
