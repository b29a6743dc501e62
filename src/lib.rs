//! whosaid: checks who said what in news copy.
//!
//! The pipeline runs one way: [`source`] → [`parse`] → [`attribute`] →
//! [`check`] → [`report`]. [`check_source`] runs all of it on one draft.

pub mod attribute;
pub mod check;
pub mod config;
pub mod parse;
pub mod report;
pub mod source;

use attribute::Attributed;
use check::Diagnostic;
use config::Config;
use parse::Parsed;
use source::{Format, LineIndex, Prose, Source};

/// One draft, checked: everything each stage found.
#[derive(Debug)]
pub struct Checked {
    pub source: Source,
    pub lines: LineIndex,
    pub parsed: Parsed,
    pub attributed: Attributed,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The most severe finding, if any.
    pub fn worst(&self) -> Option<check::Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }
}

/// Runs the whole pipeline on one draft, read as Markdown when its name
/// ends in `.md` or `.markdown` and as plain text otherwise.
pub fn check_source(source: Source, config: &Config) -> Checked {
    let prose = Prose::of(Format::of_path(&source.path), &source.text);
    check_prose(source, &prose, config)
}

/// Runs the pipeline on the given prose of a draft.
pub fn check_prose(source: Source, prose: &Prose, config: &Config) -> Checked {
    let text = source.text.as_str();
    let parsed = parse::parse(text, prose, &config.lexicon);
    let attributed = attribute::attribute(text, &parsed, &config.lexicon, &config.aliases);
    let context =
        check::Context { text, lexicon: &config.lexicon, parsed: &parsed, attributed: &attributed, found: Default::default(), sourcing: Default::default() };
    let diagnostics = check::check(&context, &config.rules);
    let lines = LineIndex::new(text);
    let diagnostics = check::suppress::apply(diagnostics, &prose.directives, text, &lines, &config.rules);
    Checked { source, lines, parsed, attributed, diagnostics }
}
