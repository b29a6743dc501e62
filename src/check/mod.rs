//! The fourth stage: rules read the attributed draft and say what an editor
//! must fix. Each rule is one file in `rules/`, whose module doc comment is
//! its documentation (`whosaid rules`, `whosaid explain`).

mod claims;
mod phrases;
mod public_figures;
mod reports;
pub mod rules;
pub mod suppress;
mod words;

use std::borrow::Cow;

use crate::attribute::Attributed;
use crate::parse::Parsed;
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Most messages and helps are fixed text, kept as borrowed: a file of
/// 800,000 stray marks made two strings for each of its findings.
pub type Text = Cow<'static, str>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    pub message: Text,
    pub help: Option<Text>,
}

/// Paragraph `para` is the copy of the story: not its headline, the deck
/// under a headline (`paragraphs::is_deck`), or page furniture.
pub fn in_copy(cx: &Context<'_>, para: u32) -> bool {
    let paragraphs = &cx.parsed.paragraphs;
    paragraphs[para as usize].kind == crate::parse::ParagraphKind::Copy && !crate::parse::paragraphs::is_deck(cx.text, paragraphs, para as usize)
}

/// What a rule reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub lexicon: &'a crate::parse::Lexicon,
    pub parsed: &'a Parsed,
    pub attributed: &'a Attributed,
    /// Phrases already found, by kind: several rules ask for the same ones.
    pub found: phrases::Found,
    /// Where claims come from, for the claim rules: worked out at most once.
    pub sourcing: std::cell::OnceCell<claims::Facts>,
}

/// A finding before the configured severity is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    pub message: Text,
    pub help: Option<Text>,
}

impl Finding {
    pub fn new(span: Span, message: impl Into<Text>) -> Finding {
        Finding { span, message: message.into(), help: None }
    }

    pub fn help(mut self, help: impl Into<Text>) -> Finding {
        self.help = Some(help.into());
        self
    }
}

/// One rule: a stable kebab-case name, a default severity, and a check.
pub struct Rule {
    pub name: &'static str,
    pub severity: Severity,
    pub run: fn(&Context<'_>) -> Vec<Finding>,
}

impl Rule {
    /// The rule's documentation: its file's module doc comment.
    pub fn doc(&self) -> &'static str {
        rules::doc(self.name)
    }

    /// The first sentence of the "What it flags" section.
    pub fn summary(&self) -> String {
        let doc = self.doc();
        let body = doc.split("## What it flags").nth(1).unwrap_or(doc);
        let paragraph = body.trim().split("\n\n").next().unwrap_or("").replace('\n', " ");
        paragraph.trim().to_string()
    }
}

/// Which rules run, and how severe each is.
#[derive(Debug, Clone, Default)]
pub struct RuleSettings {
    /// Per-rule severity; `None` turns a rule off.
    pub overrides: Vec<(&'static str, Option<Severity>)>,
}

impl RuleSettings {
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        match self.overrides.iter().rev().find(|(name, _)| *name == rule.name) {
            Some((_, severity)) => *severity,
            None => Some(rule.severity),
        }
    }
}

/// Runs every enabled rule; diagnostics come out sorted by position.
pub fn check(context: &Context<'_>, settings: &RuleSettings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in rules::ALL {
        let Some(severity) = settings.severity(rule) else { continue };
        for finding in (rule.run)(context) {
            out.push(Diagnostic { rule: rule.name, severity, span: finding.span, message: finding.message, help: finding.help });
        }
    }
    out.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    out
}
