//! ## What it flags
//! A suppression comment that silences nothing, names a rule that does not exist, or misspells its directive.
//!
//! Suppressions are `<!-- whosaid-disable-next-line rule-a, rule-b -->` and
//! `<!-- whosaid-disable rule-a -->` … `<!-- whosaid-enable rule-a -->` in
//! Markdown, and the same words after `#` on a line of their own in plain
//! text. A directive that names no rule covers every rule.
//!
//! ## Why it matters
//! A suppression is an editor's note that a finding was read and accepted.
//! Once the sentence it excused is rewritten or cut, the stale comment
//! would silently excuse the next problem written on that line, so it
//! should go too.
//!
//! ## Example
//! ```text
//! <!-- whosaid-disable-next-line anonymous-source -->
//! The harbour authority said the ferry would run on Friday.
//! ```
//! The line names its source, so nothing is suppressed: delete the comment.
//!
//! Suppressions are applied after every other rule has run; this rule's
//! findings come from that step, not from reading the prose. Only a
//! directive that names `unused-suppression` silences them.

use crate::check::suppress::unknown;
use crate::check::{Context, Finding, Rule, RuleSettings, Severity};
use crate::source::{Action, Directive, KEYWORDS};

pub const RULE: Rule = Rule { name: "unused-suppression", severity: Severity::Info, run };

/// Nothing to read in the prose: see [`crate::check::suppress`].
fn run(_: &Context<'_>) -> Vec<Finding> {
    Vec::new()
}

const HELP: &str = "remove the comment, or name the rule that fires on the line it excuses";

/// Findings for directives that silenced nothing; `used` is as in
/// [`crate::check::suppress::apply`].
pub(crate) fn findings(directives: &[Directive], used: &[Vec<bool>], settings: &RuleSettings) -> Vec<Finding> {
    let mut out = Vec::new();
    for (d, used) in directives.iter().zip(used) {
        if let Action::Unknown(word) = &d.action {
            let nearest = KEYWORDS.iter().map(|(k, _)| *k).max_by(|a, b| strsim::jaro_winkler(word, a).total_cmp(&strsim::jaro_winkler(word, b)));
            let hint = nearest.map(|n| format!("; did you mean `{n}`?")).unwrap_or_default();
            out.push(
                Finding::new(d.span, format!("`{word}` is not a whosaid directive{hint}"))
                    .help("the directives are whosaid-disable-next-line, whosaid-disable and whosaid-enable"),
            );
            continue;
        }
        for (name, span) in &d.rules {
            if let Some(hint) = unknown(name) {
                out.push(Finding::new(*span, format!("`{name}` is not a rule{hint}")).help("`whosaid rules` lists every rule"));
            }
        }
        if d.action == Action::Enable {
            continue;
        }
        if d.rules.is_empty() {
            if !used[0] {
                out.push(Finding::new(d.span, "this suppression silences nothing").help(HELP));
            }
            continue;
        }
        for ((name, span), &was_used) in d.rules.iter().zip(used) {
            let Some(rule) = crate::check::rules::find(name) else { continue };
            // Naming this rule silences its own findings, applied afterwards.
            if was_used || rule.name == RULE.name {
                continue;
            }
            let message = if settings.severity(rule).is_none() {
                format!("`{name}` is turned off in the configuration, so there is nothing to suppress")
            } else {
                format!("suppresses `{name}`, which finds nothing here")
            };
            out.push(Finding::new(*span, message).help(HELP));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::flagged;

    #[test]
    fn a_suppression_of_nothing_is_reported() {
        let text = "# whosaid-disable-next-line anonymous-source\nThe harbour authority said the ferry would run on Friday.\n";
        let found = flagged("unused-suppression", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "anonymous-source");
    }

    #[test]
    fn a_suppression_that_silences_is_not_reported() {
        let text = "# whosaid-disable-next-line anonymous-source\nThe ferry will run on Friday, officials said.\n";
        assert!(flagged("unused-suppression", text).is_empty());
        assert!(flagged("anonymous-source", text).is_empty());
    }

    #[test]
    fn naming_this_rule_silences_its_own_findings() {
        let text = "# whosaid-disable unused-suppression\n# whosaid-disable-next-line anonymous-source\nThe harbour authority said so.\n";
        assert!(flagged("unused-suppression", text).is_empty());
        let text = "# whosaid-disable\n# whosaid-disable-next-line anonymous-source\nThe harbour authority said so.\n";
        assert_eq!(flagged("unused-suppression", text).len(), 2, "a directive naming no rule does not silence them");
    }

    #[test]
    fn misspelt_rules_and_directives_are_reported() {
        let text = "# whosaid-disable-next-line anonymus-source\nOfficials said so.\n# whosaid-disabel\n";
        let found = flagged("unused-suppression", text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].1.contains("did you mean `anonymous-source`"), "{found:?}");
        assert!(found[1].1.contains("did you mean `whosaid-disable`"), "{found:?}");
    }

    #[test]
    fn a_name_near_no_rule_gets_no_guess() {
        let found = flagged(
            "unused-suppression",
            "# whosaid-disable-next-line spelling
Officials said so.
",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].1.contains("did you mean"), "{found:?}");
    }
}
