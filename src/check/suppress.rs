//! Suppression comments at work: after every rule has run, the findings an
//! editor silenced in the draft are dropped, and the comments that silenced
//! nothing are reported (`unused-suppression`).

use super::rules::{self, unused_suppression};
use super::{Diagnostic, RuleSettings};
use crate::source::{Action, Directive, LineIndex};

/// Drops the diagnostics the draft's directives silence and adds an
/// `unused-suppression` finding for each directive (or rule named in one)
/// that silenced nothing. The result is sorted by position.
pub fn apply(mut diagnostics: Vec<Diagnostic>, directives: &[Directive], text: &str, lines: &LineIndex, settings: &RuleSettings) -> Vec<Diagnostic> {
    if directives.is_empty() {
        return diagnostics;
    }
    // used[i][j]: the j-th rule named by directive i (or, when it names none, slot 0) silenced something.
    let mut used: Vec<Vec<bool>> = directives.iter().map(|d| vec![false; d.rules.len().max(1)]).collect();
    let targets: Vec<Option<usize>> =
        directives.iter().map(|d| (d.action == Action::DisableNextLine).then(|| next_text_line(text, lines, d.span.end)).flatten()).collect();
    diagnostics.retain(|diag| match silencer(diag, directives, &targets, text, lines) {
        Some((i, j)) => {
            used[i][j] = true;
            false
        }
        None => true,
    });
    if let Some(severity) = settings.severity(&unused_suppression::RULE) {
        let name = unused_suppression::RULE.name;
        // Only a directive that names `unused-suppression` itself silences
        // these findings; one that names no rule does not.
        let own: Vec<Directive> = directives.iter().filter(|d| d.rules.iter().any(|(n, _)| n == name)).cloned().collect();
        let own_targets: Vec<Option<usize>> =
            own.iter().map(|d| (d.action == Action::DisableNextLine).then(|| next_text_line(text, lines, d.span.end)).flatten()).collect();
        for finding in unused_suppression::findings(directives, &used, settings) {
            let diag = Diagnostic { rule: name, severity, span: finding.span, message: finding.message, help: finding.help };
            if silencer(&diag, &own, &own_targets, text, lines).is_none() {
                diagnostics.push(diag);
            }
        }
        diagnostics.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    }
    diagnostics
}

/// Which directive (and which of its rule names) silences `diag`, if any.
fn silencer(diag: &Diagnostic, directives: &[Directive], targets: &[Option<usize>], text: &str, lines: &LineIndex) -> Option<(usize, usize)> {
    let line = lines.position(text, diag.span.start).0;
    for (i, d) in directives.iter().enumerate() {
        if targets[i] == Some(line) {
            if let Some(j) = names(d, diag.rule) {
                return Some((i, j));
            }
        }
    }
    let mut by = None;
    for (i, d) in directives.iter().enumerate().take_while(|(_, d)| d.span.end <= diag.span.start) {
        match d.action {
            Action::Disable => {
                if let Some(j) = names(d, diag.rule) {
                    by = Some((i, j));
                }
            }
            Action::Enable => {
                if names(d, diag.rule).is_some() {
                    by = None;
                }
            }
            Action::DisableNextLine | Action::Unknown(_) => {}
        }
    }
    by
}

/// The slot of `rule` in the directive's list: 0 for a directive naming no
/// rule (it covers all), `None` when the directive does not cover the rule.
fn names(d: &Directive, rule: &str) -> Option<usize> {
    if d.rules.is_empty() {
        return Some(0);
    }
    d.rules.iter().position(|(name, _)| name == rule)
}

/// The 1-based number of the first line after the one holding `offset`
/// that has any text on it.
fn next_text_line(text: &str, lines: &LineIndex, offset: usize) -> Option<usize> {
    let (line, _) = lines.position(text, offset);
    (line + 1..=lines.line_count()).find(|&l| !lines.line_text(text, l).trim().is_empty())
}

/// Rule names a suppression may name that are no rule: `None` when `name` is one.
pub fn unknown(name: &str) -> Option<String> {
    if rules::find(name).is_some() {
        return None;
    }
    Some(crate::config::file::nearest_rule(name).map(|n| format!("; did you mean `{n}`?")).unwrap_or_default())
}
