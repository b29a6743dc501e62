//! Quotation marks: which marks are quotes (and which are apostrophes), how
//! they pair, how quotes nest, and which marks are left unbalanced.
//!
//! One scan over each paragraph with a small stack: linear in the input
//! whatever the marks, with the nesting depth capped.

use super::paragraphs::{Paragraph, ParagraphKind};
use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkStyle {
    /// `"…"`
    Straight,
    /// `“…”`
    Curly,
    /// `„…“`
    LowNine,
    /// `«…»`
    Guillemet,
    /// `‘…’`
    SingleCurly,
    /// `'…'`
    SingleStraight,
    /// `''…''`: two apostrophes for a double mark, as some wire copy is typed.
    DoubleApostrophe,
}

impl MarkStyle {
    pub fn is_double(self) -> bool {
        !matches!(self, MarkStyle::SingleCurly | MarkStyle::SingleStraight)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included (to the end
    /// of the last paragraph when the quote is never closed).
    pub span: Span,
    /// The words between the marks.
    pub inner: Span,
    pub style: MarkStyle,
    pub closed: bool,
    /// 0 for a quote in the narration, 1 for a quote inside a quote, …
    pub depth: u8,
    /// The length of the closing mark, which ends `span` (0 while open).
    close_len: u8,
    /// The quote this one stands inside.
    pub parent: Option<u32>,
    /// Openings that continue this quote in later paragraphs (the
    /// multi-paragraph convention): each paragraph's opening mark. Few
    /// quotes have one, so an empty list costs 16 bytes rather than 24.
    pub continued_at: Box<[Span]>,
}

impl Quote {
    /// Whether the quoted words open in capitals (`"We are ready,"`): a
    /// sentence of the speaker's, not a phrase worked into the writer's
    /// sentence (`called it "a disgrace"`).
    pub fn opens_capitalised(&self, text: &str) -> bool {
        self.inner.of(text).chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
    }

    /// The closing mark, when there is one. Not stored as a span: a draft
    /// of nothing but quotation marks has millions of quotes, and at 64
    /// bytes a quote is 40 bytes smaller than it was with it.
    pub fn close_mark(&self) -> Option<Span> {
        self.closed.then(|| Span::new(self.span.end - usize::from(self.close_len), self.span.end))
    }

    /// The opening mark: one character, or two apostrophes.
    pub fn open_mark(&self) -> Span {
        Span::new(self.span.start, self.inner.start)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkProblem {
    /// An opening mark that nothing closes.
    Unclosed,
    /// A closing mark with nothing open.
    Stray,
    /// A curly mark that faces the wrong way for what it does: `”` opening
    /// a quote, `“` closing one. The quote is read as the writer meant it.
    Reversed,
    /// A quote inside a quote in double marks, as the quote around it is
    /// (`“He told me “never” and left,”`, or a curly pair inside straight
    /// marks), read as nested.
    NestedDouble,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkIssue {
    pub at: Span,
    pub problem: MarkProblem,
}

#[derive(Debug, Default)]
pub struct QuoteScan {
    pub quotes: Vec<Quote>,
    pub issues: Vec<MarkIssue>,
    /// Every quotation mark (a character, or two apostrophes), sorted, until
    /// the tokens are made: each mark is a token then, and `parse` lets
    /// this list go (16 bytes a mark, kept to the end of a check before).
    pub marks: Vec<Span>,
}

/// Deeper nesting than this is not news copy; further openings are ignored.
const MAX_DEPTH: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(MarkStyle),
    /// `“He told me “never” and left,”`: a curly opening inside a double
    /// quote (curly, or straight with its curly pair inside), nested rather
    /// than ending the quote around it, and reported (a quote inside a
    /// quote takes single marks).
    Nest,
    /// A mark that closes a quote of one of these styles.
    Close(MarkStyle),
    /// `"` or `'` whose role depends on what is open.
    Toggle(MarkStyle),
    Apostrophe,
}

#[derive(Debug)]
struct Open {
    quote: usize,
    style: MarkStyle,
}

/// Pairs the quotation marks of every paragraph that is copy, skipping the
/// `hidden` spans (markup, code).
pub fn scan(text: &str, paragraphs: &[Paragraph], hidden: &[Span]) -> QuoteScan {
    // Room for an opening every 128 bytes and a mark every 64: news copy
    // runs to about one in 200 and one in 120, so the lists seldom grow.
    let out = QuoteScan { quotes: Vec::with_capacity(text.len() / 128), issues: Vec::new(), marks: Vec::with_capacity(text.len() / 64) };
    let provisional = Vec::with_capacity(text.len() / 128);
    let mut scanner = Scanner { text, out, stack: Vec::with_capacity(MAX_DEPTH), provisional, hidden, next_hidden: 0 };
    let copy: Vec<&Paragraph> = paragraphs.iter().filter(|p| p.kind != ParagraphKind::Boilerplate).collect();
    for (i, para) in copy.iter().enumerate() {
        scanner.paragraph(para.span);
        let next = copy.get(i + 1).map(|p| p.span);
        scanner.end_paragraph(para.span, next);
    }
    scanner.finish()
}

/// The first byte in `from..end` that may start a quotation mark (`"`,
/// `'`, 0xE2 for the curly marks, 0xC2 for guillemets), or `end`. memchr
/// finds three bytes at once; the rare fourth is looked for apart, and
/// where it lies is kept in `next_c2` until passed.
fn next_mark_byte(bytes: &[u8], from: usize, end: usize, next_c2: &mut Option<usize>) -> usize {
    if from >= end {
        return end;
    }
    let c2 = match *next_c2 {
        Some(at) if at >= from => at,
        _ => {
            let at = memchr::memchr(0xC2, &bytes[from..end]).map_or(end, |k| from + k);
            *next_c2 = Some(at);
            at
        }
    };
    let others = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..c2]).map_or(c2, |k| from + k);
    others.min(c2)
}

struct Scanner<'t> {
    text: &'t str,
    out: QuoteScan,
    stack: Vec<Open>,
    /// Quotes dropped because their opening turned out to be an apostrophe.
    provisional: Vec<bool>,
    hidden: &'t [Span],
    next_hidden: usize,
}

impl<'t> Scanner<'t> {
    fn paragraph(&mut self, para: Span) {
        let bytes = self.text.as_bytes();
        let mut i = para.start;
        // A paragraph continuing a quote starts with its continuation mark, already handled.
        if let Some(last) = self.out.marks.last() {
            if last.start >= para.start {
                i = last.end;
            }
        }
        let mut next_c2 = None;
        while i < para.end {
            let b = bytes[i];
            if !(b == b'"' || b == b'\'' || b == 0xE2 || b == 0xC2) {
                i = next_mark_byte(bytes, i + 1, para.end, &mut next_c2);
                continue;
            }
            if let Some(end) = self.hidden_at(i) {
                i = end;
                continue;
            }
            if b == b'\'' && i + 1 < para.end && bytes[i + 1] == b'\'' {
                i = self.apostrophe_pair(i, para);
                continue;
            }
            let c = self.text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if let Some(role) = self.role(c, i, len, para) {
                if faces_wrong_way(c, role) {
                    self.out.issues.push(MarkIssue { at: Span::new(i, i + len), problem: MarkProblem::Reversed });
                }
                self.apply(role, Span::new(i, i + len));
            }
            i += len;
        }
    }

    /// The end of the hidden span holding `at`, if one does.
    fn hidden_at(&mut self, at: usize) -> Option<usize> {
        while self.next_hidden < self.hidden.len() && self.hidden[self.next_hidden].end <= at {
            self.next_hidden += 1;
        }
        self.hidden.get(self.next_hidden).filter(|h| h.start <= at).map(|h| h.end)
    }

    /// Two apostrophes stand for a double mark; of three, the first closes a
    /// single quote when one is open.
    fn apostrophe_pair(&mut self, mut i: usize, para: Span) -> usize {
        let bytes = self.text.as_bytes();
        if i + 2 < para.end && bytes[i + 2] == b'\'' && self.single_open() {
            self.apply(Role::Close(MarkStyle::SingleStraight), Span::new(i, i + 1));
            i += 1;
        }
        let (before, after) = self.neighbours(i, 2, para);
        let (opening, closing) = sides(before, after);
        let role = if self.closes_nothing(Span::new(i, i + 2), opening, closing, para) {
            Role::Close(MarkStyle::DoubleApostrophe)
        } else {
            Role::Toggle(MarkStyle::DoubleApostrophe)
        };
        self.apply(role, Span::new(i, i + 2));
        i + 2
    }

    /// The characters just before and just after the mark of `len` bytes
    /// at `at`, within its paragraph.
    fn neighbours(&self, at: usize, len: usize, para: Span) -> (Option<char>, Option<char>) {
        (self.text[para.start..at].chars().next_back(), self.text[at + len..para.end].chars().next())
    }

    /// `the review of its systems" included …`, the paragraph's first mark
    /// and placed only to close: a closing mark that closes nothing, not an
    /// opening that would turn every later quote of the paragraph inside
    /// out. After other marks it more often ends a quote whose inner quote
    /// took its opening (`"… says, "I'd like ten," you know …"`), and
    /// toggles, unless it ends the paragraph, where it could open nothing.
    fn closes_nothing(&self, mark: Span, opening: bool, closing: bool, para: Span) -> bool {
        let first_in_paragraph = self.out.marks.last().is_none_or(|m| m.start < para.start);
        closing && !opening && !self.double_open() && (first_in_paragraph || self.ends_paragraph(mark, para))
    }

    /// Nothing but blanks after `mark` in its paragraph: it can open nothing.
    fn ends_paragraph(&self, mark: Span, para: Span) -> bool {
        self.text[mark.end..para.end].trim_end().is_empty()
    }

    /// What the mark at `at` does, judged by its neighbours.
    fn role(&self, c: char, at: usize, len: usize, para: Span) -> Option<Role> {
        let (before, after) = self.neighbours(at, len, para);
        let after2 = self.text[at + len..para.end].chars().nth(1);
        let (opening, closing) = sides(before, after);
        let word_inside = before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
        if (c == '"' || c == '\u{201d}') && self.double_open() && self.inch_mark_inside_quote(at, len, para) {
            return None;
        }
        Some(match c {
            '"' => {
                // 5'10" and the like: an inch mark, unless it closes an open quote.
                if before.is_some_and(|b| b.is_ascii_digit()) && !self.double_open() && !opening {
                    return None;
                }
                if self.closes_nothing(Span::new(at, at + len), opening, closing, para) {
                    return Some(Role::Close(MarkStyle::Straight));
                }
                Role::Toggle(MarkStyle::Straight)
            }
            '\u{201c}' if self.open_style() == Some(MarkStyle::LowNine) => Role::Close(MarkStyle::LowNine),
            // `“We see that. “` ending the paragraph: reversed, it can only close.
            '\u{201c}' if self.open_style() == Some(MarkStyle::Curly) && (closing && !opening || self.ends_paragraph(Span::new(at, at + len), para)) => {
                Role::Close(MarkStyle::Curly)
            }
            '\u{201c}' if self.open_style() == Some(MarkStyle::Curly) && two_closings_first(&self.text[at + len..para.end]) => Role::Nest,
            '\u{201c}' if self.straight_open_inside(para) && curly_pair_then_straight_close(&self.text[at + len..para.end]) => Role::Nest,
            '\u{201c}' => Role::Open(MarkStyle::Curly),
            '\u{201d}' if opening && !closing && !self.double_open() => Role::Open(MarkStyle::Curly),
            '\u{201d}' if before.is_none() && !self.double_open() && ellipsis_after_space(self.rest(at + len, para)) => Role::Open(MarkStyle::Curly),
            '\u{201d}' => Role::Close(MarkStyle::Curly),
            '\u{201e}' => Role::Open(MarkStyle::LowNine),
            '\u{ab}' => Role::Open(MarkStyle::Guillemet),
            '\u{bb}' => Role::Close(MarkStyle::Guillemet),
            '\u{2018}' if elision(after, after2, self.rest(at + len, para)) => Role::Apostrophe,
            '\u{2018}' => Role::Open(MarkStyle::SingleCurly),
            '\u{2019}' | '\'' if word_inside || elision(after, after2, self.rest(at + len, para)) => Role::Apostrophe,
            '\u{2019}' if closing && self.single_open() => Role::Close(MarkStyle::SingleCurly),
            '\'' if closing && self.single_open() => Role::Close(MarkStyle::SingleStraight),
            '\'' if opening && before.is_none_or(|b| !b.is_alphanumeric()) => Role::Toggle(MarkStyle::SingleStraight),
            _ => Role::Apostrophe,
        })
    }

    /// `“… he’s 6’2”, and …”`: a height in feet and inches inside a quote,
    /// whose inch mark would otherwise close the quote early. Read so only
    /// when a closing double mark follows later in the paragraph, before any
    /// opening one: otherwise the mark may be the quote's own close
    /// (`“He stands 6’2”`). The search stops at the next double mark, so
    /// each byte is read by one search at most.
    fn inch_mark_inside_quote(&self, at: usize, len: usize, para: Span) -> bool {
        feet_and_inches_before(&self.text[para.start..at]) && closing_double_follows(&self.text[at + len..para.end])
    }

    fn rest(&self, from: usize, para: Span) -> &'t str {
        let end = (from + 8).min(para.end);
        let end = (end..=para.end).find(|&e| self.text.is_char_boundary(e)).unwrap_or(para.end);
        &self.text[from..end]
    }

    fn open_style(&self) -> Option<MarkStyle> {
        self.stack.last().map(|o| o.style)
    }

    fn double_open(&self) -> bool {
        self.stack.iter().any(|o| o.style.is_double())
    }

    /// The innermost double quote open is typed in straight marks or two
    /// apostrophes, and opened after the start of `para`. One that opens
    /// its paragraph may wrap a block quote with curly quotes of its own,
    /// which `check::rules::block_quotes` reads as a block.
    fn straight_open_inside(&self, para: Span) -> bool {
        let open = self.stack.iter().rev().find(|o| o.style.is_double());
        open.is_some_and(|o| {
            let straight = matches!(o.style, MarkStyle::Straight | MarkStyle::DoubleApostrophe);
            // A quote carried on from an earlier paragraph opened this one.
            let start = self.out.quotes[o.quote].span.start;
            straight && start > para.start && !self.text[para.start..start].trim().is_empty()
        })
    }

    fn single_open(&self) -> bool {
        self.stack.iter().any(|o| !o.style.is_double())
    }

    fn apply(&mut self, role: Role, mark: Span) {
        match role {
            Role::Apostrophe => {}
            Role::Open(style) => self.open(style, mark),
            Role::Nest => {
                self.out.issues.push(MarkIssue { at: mark, problem: MarkProblem::NestedDouble });
                self.push_open(MarkStyle::Curly, mark);
            }
            Role::Close(style) => self.close(style, mark),
            Role::Toggle(style) => {
                if self.stack.iter().any(|o| pairs(o.style, style)) {
                    self.close(style, mark)
                } else {
                    self.open(style, mark)
                }
            }
        }
    }

    fn open(&mut self, style: MarkStyle, mark: Span) {
        if style.is_double() {
            // A second double opening inside a double quote: the first was never closed.
            if let Some(pos) = self.stack.iter().position(|o| o.style.is_double()) {
                let unclosed = self.stack[pos].quote;
                self.drop_from(pos + 1);
                self.stack.pop();
                self.out.issues.push(MarkIssue { at: self.out.quotes[unclosed].open_mark(), problem: MarkProblem::Unclosed });
                self.provisional[unclosed] = true;
            }
        } else if let Some(pos) = self.stack.iter().position(|o| !o.style.is_double()) {
            // A second single opening: the first was an apostrophe after all.
            self.drop_from(pos);
        }
        self.push_open(style, mark);
    }

    /// Opens a quote of `style` at `mark`, inside whatever is open.
    fn push_open(&mut self, style: MarkStyle, mark: Span) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let quote = self.out.quotes.len();
        self.out.quotes.push(Quote {
            span: mark,
            inner: Span::new(mark.end, mark.end),
            style,
            closed: false,
            depth: self.stack.len() as u8,
            close_len: 0,
            parent: self.stack.last().map(|o| o.quote as u32),
            continued_at: Box::default(),
        });
        self.provisional.push(!style.is_double());
        self.out.marks.push(mark);
        self.stack.push(Open { quote, style });
    }

    fn close(&mut self, style: MarkStyle, mark: Span) {
        let pos = self.stack.iter().rposition(|o| pairs(o.style, style));
        let Some(pos) = pos else {
            if style.is_double() {
                self.out.issues.push(MarkIssue { at: mark, problem: MarkProblem::Stray });
                self.out.marks.push(mark);
            }
            return;
        };
        // Singles left open inside are apostrophes, not quotes.
        self.drop_from(pos + 1);
        let open = self.stack.pop().expect("position found above");
        let quote = &mut self.out.quotes[open.quote];
        quote.inner = Span::new(quote.inner.start, mark.start);
        quote.span = Span::new(quote.span.start, mark.end);
        quote.closed = true;
        quote.close_len = mark.len() as u8;
        self.provisional[open.quote] = false;
        self.out.marks.push(mark);
    }

    /// Forgets the openings from `pos` up: singles become apostrophes again.
    fn drop_from(&mut self, pos: usize) {
        while self.stack.len() > pos {
            let open = self.stack.pop().expect("len > pos");
            if open.style.is_double() {
                self.out.issues.push(MarkIssue { at: self.out.quotes[open.quote].open_mark(), problem: MarkProblem::Unclosed });
            }
            self.provisional[open.quote] = true;
        }
    }

    fn end_paragraph(&mut self, para: Span, next: Option<Span>) {
        let doubles = self.stack.iter().position(|o| o.style.is_double());
        match doubles {
            Some(pos) => self.drop_from(pos + 1),
            None => self.drop_from(0),
        }
        let Some(open) = self.stack.pop() else { return };
        let continues = next.and_then(|n| self.continuation_mark(open.style, n));
        let quote = &mut self.out.quotes[open.quote];
        quote.span = Span::new(quote.span.start, para.end);
        quote.inner = Span::new(quote.inner.start, para.end);
        match continues {
            Some(mark) => {
                let mut marks = std::mem::take(&mut quote.continued_at).into_vec();
                marks.push(mark);
                quote.continued_at = marks.into_boxed_slice();
                self.out.marks.push(mark);
                self.stack.push(open);
            }
            None => {
                let at = quote.open_mark();
                self.out.issues.push(MarkIssue { at, problem: MarkProblem::Unclosed });
            }
        }
    }

    /// The opening mark that starts `next`, when it continues a quote of `style`.
    fn continuation_mark(&self, style: MarkStyle, next: Span) -> Option<Span> {
        let opener = match style {
            MarkStyle::Straight => "\"",
            MarkStyle::Curly => "\u{201c}",
            MarkStyle::LowNine => "\u{201e}",
            MarkStyle::Guillemet => "\u{ab}",
            MarkStyle::DoubleApostrophe => "''",
            _ => return None,
        };
        next.of(self.text).starts_with(opener).then(|| Span::new(next.start, next.start + opener.len()))
    }

    fn finish(mut self) -> QuoteScan {
        // Renumber the quotes that survived, and their parents, in place: a
        // second list of quotes would double the peak for a draft of them.
        let mut new_index = vec![u32::MAX; self.out.quotes.len()];
        let mut dropped_marks = Vec::new();
        let mut kept = 0;
        for (i, quote) in self.out.quotes.iter().enumerate() {
            if !self.provisional[i] {
                new_index[i] = kept;
                kept += 1;
            } else if !quote.style.is_double() {
                dropped_marks.push(quote.span.start);
            }
        }
        let mut i = 0;
        self.out.quotes.retain(|_| {
            i += 1;
            !self.provisional[i - 1]
        });
        // When most openings were dropped (a file of stray marks), the
        // memory they took goes back rather than staying with the list.
        if self.out.quotes.capacity() - self.out.quotes.len() > (1 << 16).max(self.out.quotes.len()) {
            self.out.quotes.shrink_to_fit();
        }
        for quote in &mut self.out.quotes {
            quote.parent = quote.parent.map(|p| new_index[p as usize]).filter(|&p| p != u32::MAX);
            if quote.parent.is_none() {
                quote.depth = 0;
            }
        }
        self.out.marks.sort_unstable();
        dropped_marks.sort_unstable();
        self.out.marks.retain(|m| dropped_marks.binary_search(&m.start).is_err());
        self.out.marks.dedup();
        self.out.issues.sort_by_key(|i| i.at.start);
        self.out.issues.dedup();
        self.out
    }
}

/// True when a closing mark of style `close` can end a quote opened in `open` style.
fn pairs(open: MarkStyle, close: MarkStyle) -> bool {
    let guillemet = |s| s == MarkStyle::Guillemet;
    open.is_double() == close.is_double() && guillemet(open) == guillemet(close)
}

/// `\u{202a}”Isis …`: an invisible direction or joining mark that web
/// copy leaves before a word opens a quote like a space.
fn opens_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
        || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | '\u{201c}' | '\u{2018}' | '"' | '\'' | '\u{ab}' | '\u{201e}' | ':' | ',')
}

fn closes_after(c: char) -> bool {
    c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'') || matches!(c, '\u{2014}' | '\u{2013}' | '\u{2026}' | '\u{201d}' | '\u{2019}' | '\u{bb}')
}

/// `” … and then`: a paragraph that opens on a quote taken up mid-sentence,
/// its mark typed the wrong way round.
fn ellipsis_after_space(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|r| r.starts_with('\u{2026}') || r.starts_with("..."))
}

/// `”` read as an opening, or `“` as a closing: a typo an editor fixes.
/// Whether a mark between `before` and `after` can open a quote (nothing
/// or an opening neighbour before it, a word after it) and can close one
/// (a word before it, a space or punctuation after it).
fn sides(before: Option<char>, after: Option<char>) -> (bool, bool) {
    let opening = before.is_none_or(opens_before) && after.is_some_and(|a| !a.is_whitespace());
    let closing = before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(closes_after);
    (opening, closing)
}

/// In `rest`, the rest of a paragraph after a curly opening, two closing
/// curly marks come before any opening one: the opening starts a quote
/// inside the quote open, which the second closing mark ends. The search
/// stops at the next opening mark, so each byte is read by one search
/// at most.
fn two_closings_first(rest: &str) -> bool {
    let mut closings = 0;
    for (_, mark) in rest.match_indices(['\u{201c}', '\u{201d}']) {
        if mark == "\u{201c}" {
            return false;
        }
        closings += 1;
        if closings == 2 {
            return true;
        }
    }
    false
}

/// In `rest`, the rest of a paragraph after a curly opening inside a
/// straight quote (`"… opens with “Sea Song,” a ballad."`), a curly closing
/// comes first and a straight mark after it, before any other curly
/// opening: the curly pair is a quote inside the straight one, not a new
/// quote that leaves the straight one unclosed. The search stops at the
/// next curly opening, so each byte is read by one search at most.
fn curly_pair_then_straight_close(rest: &str) -> bool {
    let mut closed = false;
    for (_, mark) in rest.match_indices(['\u{201c}', '\u{201d}', '"']) {
        match mark {
            "\u{201d}" => closed = true,
            "\"" => return closed,
            _ => return false,
        }
    }
    false
}

fn faces_wrong_way(c: char, role: Role) -> bool {
    matches!((c, role), ('\u{201d}', Role::Open(_)) | ('\u{201c}', Role::Close(MarkStyle::Curly)))
}

/// `6’2` or `5'11` just before the mark: a digit, a foot mark, one or two
/// digits, and no word running into the figure.
fn feet_and_inches_before(before: &str) -> bool {
    let inches = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&inches) {
        return false;
    }
    let rest = &before[..before.len() - inches];
    let Some(feet) = rest.strip_suffix('\u{2019}').or_else(|| rest.strip_suffix('\'')) else { return false };
    let mut back = feet.chars().rev();
    back.next().is_some_and(|d| d.is_ascii_digit()) && back.next().is_none_or(|b| !b.is_alphanumeric())
}

/// A closing double mark comes before any opening one in `rest`.
fn closing_double_follows(rest: &str) -> bool {
    match rest.char_indices().find(|&(_, c)| matches!(c, '"' | '\u{201c}' | '\u{201d}')) {
        Some((_, '\u{201d}')) => true,
        Some((i, '"')) => rest[i + 1..].chars().next().is_none_or(closes_after),
        _ => false,
    }
}

/// `’90s`, `’em`, `’til`, `’cause`, `’n’`: an apostrophe standing for dropped letters.
fn elision(after: Option<char>, after2: Option<char>, rest: &str) -> bool {
    if after.is_some_and(|a| a.is_ascii_digit()) && after2.is_some_and(|a| a.is_ascii_digit()) {
        return true;
    }
    // The word's length in `rest`, not lower-cased: a lower case may be
    // shorter in bytes (`Ω`, the ohm sign, is three; `ω` two).
    let len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word: String = rest[..len].chars().flat_map(char::to_lowercase).collect();
    let next = rest[len..].chars().next();
    let short_word_end = next.is_none_or(|c| !c.is_alphanumeric());
    short_word_end && matches!(word.as_str(), "em" | "til" | "cause" | "n" | "tis" | "twas" | "bout" | "round" | "nuff")
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs::paragraphs;
    use super::*;

    fn quotes(text: &str) -> (Vec<String>, Vec<MarkProblem>) {
        let scan = scanned(text);
        let q = scan.quotes.iter().map(|q| q.span.of(text).to_string()).collect();
        (q, scan.issues.iter().map(|i| i.problem).collect())
    }

    /// Each problem with the marks it points at.
    fn issues(text: &str) -> Vec<(MarkProblem, &str)> {
        scanned(text).issues.iter().map(|i| (i.problem, i.at.of(text))).collect()
    }

    fn scanned(text: &str) -> QuoteScan {
        let paras = paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon());
        scan(text, &paras, &[])
    }

    #[test]
    fn every_news_style_pairs() {
        let (q, issues) = quotes("He said \"one\", “two”, ‘three’, 'four', «five», „six“ and ''seven''.");
        assert_eq!(q, ["\"one\"", "“two”", "‘three’", "'four'", "«five»", "„six“", "''seven''"]);
        assert!(issues.is_empty());
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        let text = "Don't touch the farmers’ rock ’n’ roll from the ’90s, O'Brien said. It's ‘late’.";
        let (q, issues) = quotes(text);
        assert_eq!(q, ["‘late’"]);
        assert!(issues.is_empty());
    }

    #[test]
    fn a_quote_inside_a_quote_nests() {
        let text = "“He told me ‘never’ twice,” she said.";
        let scan = scan(text, &paragraphs(text, &[Span::new(0, text.len())], crate::parse::lexicon::lexicon()), &[]);
        assert_eq!(scan.quotes.len(), 2);
        assert_eq!(scan.quotes[1].span.of(text), "‘never’");
        assert_eq!(scan.quotes[1].parent, Some(0));
        assert_eq!(scan.quotes[1].depth, 1);
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote_without_error() {
        let text = "“First part of it.\n\n“Second part,” she said.";
        let (q, issues) = quotes(text);
        assert_eq!(q, [text.trim_end_matches(" she said.")]);
        assert!(issues.is_empty());
    }

    #[test]
    fn unclosed_and_stray_marks_are_reported() {
        assert_eq!(quotes("“Never closed.\n\nNext one.").1, [MarkProblem::Unclosed]);
        assert_eq!(quotes("A stray” mark.").1, [MarkProblem::Stray]);
    }

    #[test]
    fn a_straight_closing_mark_with_nothing_open_is_stray() {
        let (quotes, problems) = quotes("They checked the pumps\" before dawn. The \"new pump\" failed.");
        assert_eq!(quotes, ["\"new pump\""]);
        assert_eq!(problems, [MarkProblem::Stray]);
    }

    #[test]
    fn two_apostrophes_with_nothing_open_that_only_close_are_stray() {
        let text = "Ferries were late.'' Then the ''new pump'' failed.";
        assert_eq!(issues(text), [(MarkProblem::Stray, "''")]);
        assert_eq!(quotes(text).0, ["''new pump''"]);
    }

    #[test]
    fn a_closing_mark_that_ends_its_paragraph_with_nothing_open_is_stray() {
        let (quotes, problems) = quotes("The \"new pump\" failed, the crew said.\"\n\nNext one.");
        assert_eq!(quotes, ["\"new pump\""]);
        assert_eq!(problems, [MarkProblem::Stray]);
    }

    #[test]
    fn a_reversed_mark_ending_the_paragraph_closes_the_quote_open() {
        let (quotes, problems) = quotes("He spoke. \u{201c}We see that. \u{201c}\n\nNext.");
        assert_eq!(quotes, ["\u{201c}We see that. \u{201c}"]);
        assert_eq!(problems, [MarkProblem::Reversed]);
    }

    #[test]
    fn a_curly_quote_inside_a_curly_quote_nests_and_is_reported() {
        let text = "“He told me “never” and left,” she said.";
        assert_eq!(quotes(text).0, ["“He told me “never” and left,”", "“never”"]);
        assert_eq!(issues(text), [(MarkProblem::NestedDouble, "“")]);
        // With one closing mark before the next opening, the first quote was left open.
        assert_eq!(issues("“We will go, she said. “Fine,” he said.").first().map(|i| i.0), Some(MarkProblem::Unclosed));
    }

    #[test]
    fn a_curly_quote_inside_a_straight_quote_nests_and_is_reported() {
        let text = "She wrote: \"Berg is leaving the show, which opens with “Sea Song,” a ballad.\" Then more.";
        assert_eq!(quotes(text).0, ["\"Berg is leaving the show, which opens with “Sea Song,” a ballad.\"", "“Sea Song,”"]);
        assert_eq!(issues(text), [(MarkProblem::NestedDouble, "“")]);
        // With no straight mark after the curly pair, the straight quote was left open.
        assert_eq!(issues("He said: \"We will go, she said. “Fine,” he said.").first().map(|i| i.0), Some(MarkProblem::Unclosed));
        // A straight quote that opens its paragraph may wrap a block quote: its curly quotes are read on their own.
        assert_eq!(quotes("\"The board met in the “old” hall, Okafor said.\"").0, ["“old”"]);
        // So may one carried on from the paragraph before.
        assert_eq!(quotes("\"The board met.\n\n\"In the “old” hall, Okafor said.\"").0, ["“old”"]);
    }

    #[test]
    fn an_unclosed_opening_of_two_apostrophes_is_pointed_at_whole() {
        assert_eq!(issues("''Never closed.\n\nNext one."), [(MarkProblem::Unclosed, "''")]);
    }

    #[test]
    fn a_paragraph_opening_on_a_reversed_mark_and_an_ellipsis_is_a_quote() {
        let (quotes, problems) = quotes("Tide.\n\n” … and the boats wait,” she wrote.");
        assert_eq!(quotes, ["” … and the boats wait,”"]);
        assert_eq!(problems, [MarkProblem::Reversed]);
    }

    #[test]
    fn a_closing_mark_before_a_space_is_no_opening_without_an_ellipsis() {
        assert_eq!(quotes("Tide.\n\n” she wrote.").1, [MarkProblem::Stray]);
    }

    #[test]
    fn an_invisible_direction_mark_before_a_mark_is_no_word() {
        assert_eq!(quotes("Tide.\n\n\u{202a}”Boats wait,” she wrote.").0, ["\u{201d}Boats wait,\u{201d}"]);
    }

    #[test]
    fn a_height_inside_a_quote_does_not_close_it() {
        let (q, issues) = quotes("“She is 6’2”, taller than me,” Holm said. \"He is 5'11\" and fast,\" she added.");
        assert_eq!(q, ["“She is 6’2”, taller than me,”", "\"He is 5'11\" and fast,\""]);
        assert!(issues.is_empty());
    }

    #[test]
    fn a_height_that_ends_a_quote_closes_it() {
        let (q, issues) = quotes("“She is 6’2” Holm said. “Yes.”");
        assert_eq!(q, ["“She is 6’2”", "“Yes.”"]);
        assert!(issues.is_empty());
    }

    #[test]
    fn an_inch_mark_is_not_a_quote() {
        assert_eq!(quotes("He is 6'2\" tall.").0, Vec::<String>::new());
    }
}
