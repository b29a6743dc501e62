//! Runs the whole pipeline on a snippet and returns one rule's findings.

use crate::config::Config;
use crate::source::Source;

/// The flagged words of every finding of `rule` in `text`, with its message.
pub fn flagged(rule: &str, text: &str) -> Vec<(String, String)> {
    let checked = crate::check_source(Source::new("test.txt", text), &Config::default());
    checked.diagnostics.iter().filter(|d| d.rule == rule).map(|d| (d.span.of(text).to_string(), d.message.to_string())).collect()
}

/// Just the flagged words.
pub fn words(rule: &str, text: &str) -> Vec<String> {
    flagged(rule, text).into_iter().map(|(w, _)| w).collect()
}

/// The help line of every finding of `rule` in `text`.
pub fn helps(rule: &str, text: &str) -> Vec<String> {
    let checked = crate::check_source(Source::new("test.txt", text), &Config::default());
    checked.diagnostics.iter().filter(|d| d.rule == rule).filter_map(|d| d.help.as_ref().map(|h| h.to_string())).collect()
}
