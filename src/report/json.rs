//! `--format json`: the contract other tools read. Offsets are UTF-8 byte
//! offsets into the file, end-exclusive; lines and columns are 1-based,
//! columns in characters.

use serde::Serialize;

use crate::attribute::{QuoteKind, Speaker, Status};
use crate::check::Diagnostic;
use crate::parse::{ClauseShape, MentionKind};
use crate::source::Span;
use crate::Checked;

mod write;
pub use write::render;

#[derive(Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub files: Vec<File<'a>>,
}

#[derive(Serialize)]
pub struct File<'a> {
    pub path: &'a str,
    pub quotes: Vec<QuoteOut<'a>>,
    pub attributions: Vec<AttributionOut<'a>>,
    pub diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
pub struct Words<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct SpeakerOut<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub mention: Words<'a>,
}

/// Where something stands: byte offsets, and the lines and columns they fall on.
#[derive(Serialize)]
pub struct Position {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Position {
    pub fn of(checked: &Checked, span: Span) -> Position {
        let text = checked.source.text.as_str();
        let (line, column) = checked.lines.position(text, span.start);
        let (end_line, end_column) = checked.lines.position(text, span.end);
        Position { start: span.start, end: span.end, line, column, end_line, end_column }
    }
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    #[serde(flatten)]
    pub position: Position,
    pub text: &'a str,
    pub kind: &'static str,
    pub status: &'static str,
    pub confidence: f32,
    pub speaker: Option<SpeakerOut<'a>>,
    pub cue: Option<Words<'a>>,
    pub candidates: Vec<&'a str>,
    /// The sieve pass that linked the speaker.
    pub pass: &'static str,
    /// Quotes inside this one (`“He told me ‘never’”`).
    pub inner_quotes: Vec<Words<'a>>,
}

#[derive(Serialize)]
pub struct AttributionOut<'a> {
    pub cue: Words<'a>,
    /// Which production of the grammar found the clause.
    pub shape: &'static str,
    pub source: Option<SpeakerOut<'a>>,
    pub content: Option<Words<'a>>,
    pub direct: bool,
}

#[derive(Serialize)]
pub struct DiagnosticOut<'a> {
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub help: Option<&'a str>,
    #[serde(flatten)]
    pub position: Position,
}

pub fn kind_name(kind: MentionKind) -> &'static str {
    match kind {
        MentionKind::Person => "person",
        MentionKind::Organisation => "organisation",
        MentionKind::Pronoun => "pronoun",
        MentionKind::Anonymous => "anonymous",
        MentionKind::Group => "group",
    }
}

pub fn shape_name(shape: ClauseShape) -> &'static str {
    match shape {
        ClauseShape::SpeakerFirst => "speaker-first",
        ClauseShape::Inverted => "inverted",
        ClauseShape::According => "according-to",
        ClauseShape::Participle => "participle",
        ClauseShape::Passive => "passive",
        ClauseShape::Colon => "colon",
        ClauseShape::Signature => "signature",
        ClauseShape::NoSpeaker => "no-speaker",
    }
}

pub fn quote_kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Speech => "speech",
        QuoteKind::Scare => "scare",
        QuoteKind::Title => "title",
    }
}

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Attributed => "attributed",
        Status::Unattributed => "unattributed",
        Status::Ambiguous => "ambiguous",
    }
}

fn words(text: &str, span: Span) -> Words<'_> {
    Words { start: span.start, end: span.end, text: span.of(text) }
}

fn speaker<'a>(text: &'a str, s: &'a Speaker) -> SpeakerOut<'a> {
    SpeakerOut { name: &s.name, kind: kind_name(s.kind), mention: words(text, s.mention) }
}

pub fn file(checked: &Checked) -> File<'_> {
    let text = checked.source.text.as_str();
    let parsed = &checked.parsed;
    let attributed = &checked.attributed;
    let inner = inner_quotes(parsed);
    let sorted = parsed.quotes.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start);
    let quotes = attributed
        .quotes
        .iter()
        .map(|link| {
            let q = &parsed.quotes.quotes[link.quote];
            let cue = link.clause.map(|c| words(text, parsed.clauses[c].cue));
            QuoteOut {
                position: Position::of(checked, q.span),
                text: q.span.of(text),
                kind: quote_kind_name(link.kind),
                status: status_name(link.status),
                confidence: (link.confidence * 100.0).round() / 100.0,
                speaker: link.speaker.as_ref().map(|s| speaker(text, s)),
                cue,
                candidates: link.candidates.iter().map(|&e| attributed.entities.list[e].name.as_str()).collect(),
                pass: link.pass,
                inner_quotes: inner[link.quote].iter().map(|&i| words(text, parsed.quotes.quotes[i].span)).collect(),
            }
        })
        .collect();
    let attributions = parsed
        .clauses
        .iter()
        .zip(&attributed.clauses)
        .map(|(clause, link)| AttributionOut {
            cue: words(text, clause.cue),
            shape: shape_name(clause.shape),
            source: link.effective().map(|s| speaker(text, s)),
            content: clause.content.map(|s| words(text, s)),
            direct: clause.content.is_some_and(|s| holds_outer_quote(parsed, sorted, s)),
        })
        .collect();
    let diagnostics = checked.diagnostics.iter().map(|d| diagnostic(checked, d)).collect();
    File { path: &checked.source.path, quotes, attributions, diagnostics }
}

/// The quotes directly inside each quote, in text order: one pass, where
/// asking each quote for its children would be quadratic.
fn inner_quotes(parsed: &crate::parse::Parsed) -> Vec<Vec<usize>> {
    let quotes = &parsed.quotes.quotes;
    let mut inner = vec![Vec::new(); quotes.len()];
    for (i, q) in quotes.iter().enumerate() {
        if let Some(p) = q.parent.filter(|&p| p < quotes.len()) {
            inner[p].push(i);
        }
    }
    inner
}

/// Whether `span` holds a whole quote of the narration (depth 0). When
/// the quotes are in text order (`sorted`), only those starting inside
/// `span` are looked at.
fn holds_outer_quote(parsed: &crate::parse::Parsed, sorted: bool, span: Span) -> bool {
    let quotes = &parsed.quotes.quotes;
    let holds = |q: &crate::parse::Quote| q.depth == 0 && span.contains(q.span);
    if !sorted {
        return quotes.iter().any(holds);
    }
    let first = quotes.partition_point(|q| q.span.start < span.start);
    quotes[first..].iter().take_while(|q| q.span.start <= span.end).any(holds)
}

/// One diagnostic as the contract writes it.
pub fn diagnostic<'a>(checked: &'a Checked, d: &'a Diagnostic) -> DiagnosticOut<'a> {
    DiagnosticOut {
        rule: d.rule,
        severity: d.severity.as_str(),
        message: &d.message,
        help: d.help.as_deref(),
        position: Position::of(checked, d.span),
    }
}

pub fn report<'a>(checked: impl IntoIterator<Item = &'a Checked>) -> Report<'a> {
    Report { version: 1, files: checked.into_iter().map(file).collect() }
}
