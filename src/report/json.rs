//! `--format json`: the contract other tools read. Offsets are UTF-8 byte
//! offsets into the file, end-exclusive; lines and columns are 1-based,
//! columns in characters.

use serde::Serialize;

use crate::attribute::{QuoteKind, QuoteLink, Speaker, Status};
use crate::check::Diagnostic;
use crate::parse::{ClauseShape, MentionKind};
use crate::source::Span;
use crate::Checked;

mod write;
pub use write::{render_checked, stream, Sink};

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
        let ((line, column), (end_line, end_column)) = checked.lines.span_position(text, span.start, span.end);
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
    let items = Items::of(checked);
    File {
        path: &checked.source.path,
        quotes: checked.attributed.quotes.iter().map(|link| items.quote(link)).collect(),
        attributions: (0..checked.parsed.clauses.len()).map(|c| items.attribution(c)).collect(),
        diagnostics: checked.diagnostics.iter().map(|d| diagnostic(checked, d)).collect(),
    }
}

/// What a draft's report items are made from, so that they can be made
/// one at a time: a report of millions of quotes is written as it is
/// made, never held whole ([`write::stream`]).
pub struct Items<'a> {
    checked: &'a Checked,
    inner: InnerQuotes,
    /// The quotes are in text order (they always are, but the report does
    /// not rely on it).
    sorted: bool,
}

impl<'a> Items<'a> {
    pub fn of(checked: &'a Checked) -> Items<'a> {
        let quotes = &checked.parsed.quotes.quotes;
        let sorted = quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start);
        Items { checked, inner: InnerQuotes::of(quotes), sorted }
    }

    pub fn quote(&self, link: &'a QuoteLink) -> QuoteOut<'a> {
        let checked = self.checked;
        let text = checked.source.text.as_str();
        let parsed = &checked.parsed;
        let q = &parsed.quotes.quotes[link.quote];
        QuoteOut {
            position: Position::of(checked, q.span),
            text: q.span.of(text),
            kind: quote_kind_name(link.kind),
            status: status_name(link.status),
            confidence: (link.confidence * 100.0).round() / 100.0,
            speaker: link.speaker.as_ref().map(|s| speaker(text, s)),
            cue: link.clause.map(|c| words(text, parsed.clauses[c].cue)),
            candidates: link.candidates.iter().map(|&e| checked.attributed.entities.list[e].name(text)).collect(),
            pass: link.pass,
            inner_quotes: self.inner.of_quote(link.quote).iter().map(|&i| words(text, parsed.quotes.quotes[i as usize].span)).collect(),
        }
    }

    /// The `c`th reporting clause.
    pub fn attribution(&self, c: usize) -> AttributionOut<'a> {
        let text = self.checked.source.text.as_str();
        let parsed = &self.checked.parsed;
        let clause = &parsed.clauses[c];
        AttributionOut {
            cue: words(text, clause.cue),
            shape: shape_name(clause.shape),
            source: self.checked.attributed.clauses[c].effective().map(|s| SpeakerOut { mention: words(text, source_words(clause, s)), ..speaker(text, s) }),
            content: clause.content.map(|s| words(text, s)),
            direct: clause.content.is_some_and(|s| holds_outer_quote(parsed, self.sorted, s)),
        }
    }
}

/// The words that name a clause's source. A relative pronoun's run from
/// its antecedent (`some critics who`, `a slide show that`): the
/// annotation marks either end as the source, and the phrase says who
/// speaks (10 cues on train gained their annotated source, none lost it).
/// A quote's speaker stays the pronoun, as the speaker grammar reads it.
fn source_words(clause: &crate::parse::Clause, s: &Speaker) -> Span {
    match clause.source.filter(|m| m.relative && m.span == s.mention).and_then(|m| m.antecedent) {
        Some(antecedent) => antecedent.cover(s.mention),
        None => s.mention,
    }
}

/// The quotes directly inside each quote, in text order, made in one pass
/// (asking each quote for its children would be quadratic). Kept as one
/// list of children grouped by parent, with where each group starts: two
/// numbers a quote, where a list for every quote took 24 bytes a quote
/// before any child.
struct InnerQuotes {
    /// Where the children of quote `q` start in `children`; one more entry
    /// than there are quotes.
    starts: Vec<u32>,
    children: Vec<u32>,
}

impl InnerQuotes {
    fn of(quotes: &[crate::parse::Quote]) -> InnerQuotes {
        let parent = |q: &crate::parse::Quote| q.parent.map(|p| p as usize).filter(|&p| p < quotes.len());
        let mut starts = vec![0u32; quotes.len() + 1];
        for p in quotes.iter().filter_map(parent) {
            starts[p + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut filled = starts.clone();
        let mut children = vec![0u32; starts[quotes.len()] as usize];
        for (i, p) in quotes.iter().enumerate().filter_map(|(i, q)| Some((i, parent(q)?))) {
            children[filled[p] as usize] = i as u32;
            filled[p] += 1;
        }
        InnerQuotes { starts, children }
    }

    fn of_quote(&self, q: usize) -> &[u32] {
        &self.children[self.starts[q] as usize..self.starts[q + 1] as usize]
    }
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
    DiagnosticOut { rule: d.rule, severity: d.severity.as_str(), message: &d.message, help: d.help.as_deref(), position: Position::of(checked, d.span) }
}

pub fn report<'a>(checked: impl IntoIterator<Item = &'a Checked>) -> Report<'a> {
    Report { version: 1, files: checked.into_iter().map(file).collect() }
}
