//! Every rule, one file each. A rule's documentation is its file's module
//! doc comment, collected at build time by `build.rs`.

mod ambiguous_speaker;
mod anonymous_source;
mod block_quotes;
mod late_attribution;
mod layout;
mod loaded_attribution_verb;
mod mixed_speakers_paragraph;
mod plain_speakers;
mod reportedly_unsourced;
mod speaker_name_variant;
mod unattributed_allegation;
mod unattributed_quote;
mod unbalanced_quote;
mod unsourced_statistic;
pub(crate) mod unused_suppression;
mod vague_study;
mod weasel_attribution;

#[cfg(test)]
pub(crate) mod testing;

use super::Rule;

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// All rules, in the order `whosaid rules` lists them.
pub const ALL: &[Rule] = &[
    unattributed_quote::RULE,
    ambiguous_speaker::RULE,
    anonymous_source::RULE,
    weasel_attribution::RULE,
    reportedly_unsourced::RULE,
    unbalanced_quote::RULE,
    speaker_name_variant::RULE,
    loaded_attribution_verb::RULE,
    unsourced_statistic::RULE,
    unattributed_allegation::RULE,
    vague_study::RULE,
    late_attribution::RULE,
    mixed_speakers_paragraph::RULE,
    unused_suppression::RULE,
];

/// A rule's documentation, from its file's doc comment.
pub fn doc(name: &str) -> &'static str {
    DOCS.iter().find(|(n, _)| *n == name).map_or("", |(_, d)| d)
}

pub fn find(name: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.name == name)
}

/// The first words of a span, for messages: at most `max` characters.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).to_string();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_file_with_three_part_docs() {
        for rule in ALL {
            let doc = rule.doc();
            for part in ["## What it flags", "## Why it matters", "## Example"] {
                assert!(doc.contains(part), "{} lacks {part}", rule.name);
            }
        }
        assert_eq!(DOCS.len(), ALL.len(), "a rule file is missing from ALL or ALL names a rule without a file");
    }
}
