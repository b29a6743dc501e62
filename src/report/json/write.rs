//! The JSON report written by hand: the same bytes `serde_json::to_string`
//! makes of a [`File`], for a fraction of the work. serde_json escapes
//! every key and string byte by byte (a tenth of a whole run's
//! instructions went there); here the keys are literals and a string is
//! checked for bytes that need escaping a block at a time.
//!
//! The serde derives stay the definition of the format: the tests compare
//! this writer with them.

use super::{diagnostic, AttributionOut, DiagnosticOut, Items, Position, QuoteOut, SpeakerOut, Words};
use crate::Checked;

/// `serde_json::to_string(&json::file(checked))`, byte for byte: its
/// UTF-8 bytes, which go to the output as they are (a `String` would have
/// them checked again).
pub fn render_checked(checked: &Checked) -> Vec<u8> {
    let mut out = Json::new(None, first_capacity(checked.source.text.len()));
    out.checked(checked);
    out.buf
}

/// Where a streamed report goes: each block as it is made, handed over
/// whole (so it need not be copied); an error stops the report.
pub type Sink<'w> = dyn FnMut(Vec<u8>) -> std::io::Result<()> + 'w;

/// [`render_checked`] given to `sink` as it is made: the items of the
/// report are made one at a time and go out in blocks, so a draft of
/// millions of quotes never has its report (a hundred times the draft) in
/// memory. The sink's first error, if any.
pub fn stream(checked: &Checked, sink: &mut Sink<'_>) -> std::io::Result<()> {
    let mut out = Json::new(Some(sink), first_capacity(checked.source.text.len()));
    out.checked(checked);
    out.finish()
}

/// How much of the report is kept before it goes to the sink.
const BLOCK: usize = 1 << 16;

/// The report's buffer to begin with, for a draft of `text_len` bytes: a
/// report runs to about twice its draft over the train corpus, but a
/// short draft's to more (more than twice for three drafts in four, four
/// times for one in ten), so at four times nearly all are made without
/// the buffer growing (from 1 KiB it grew four times a draft, a fifth of
/// the writer's instructions in `realloc` and its copies), and never more
/// than a block and a bit, which is all a streamed report keeps.
fn first_capacity(text_len: usize) -> usize {
    text_len.saturating_mul(4).clamp(1024, BLOCK + 4096)
}

/// The report is made as bytes rather than a `String`: digits and escapes
/// are pushed as bytes (a `String` pushes a `char` at a time, working out
/// its length each time), and the text copied in comes from `&str`s, so the
/// whole is UTF-8 without being checked.
struct Json<'w> {
    buf: Vec<u8>,
    sink: Option<&'w mut Sink<'w>>,
    /// The sink failed: the rest is not written (nor made).
    failed: Option<std::io::Error>,
}

impl<'w> Json<'w> {
    fn new(sink: Option<&'w mut Sink<'w>>, capacity: usize) -> Json<'w> {
        Json { buf: Vec::with_capacity(capacity), sink, failed: None }
    }

    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Hands what has been made to the sink, once there is a block of it.
    fn pass_on(&mut self) {
        if self.buf.len() >= BLOCK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let Some(sink) = self.sink.as_deref_mut() else { return };
        let capacity = self.buf.capacity();
        let block = std::mem::replace(&mut self.buf, Vec::with_capacity(capacity));
        if self.failed.is_none() {
            if let Err(e) = sink(block) {
                self.failed = Some(e);
            }
        }
    }

    fn finish(mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            self.flush();
        }
        self.failed.map_or(Ok(()), Err)
    }

    /// A draft's report straight from its analysis, item by item.
    fn checked(&mut self, c: &Checked) {
        let items = Items::of(c);
        self.raw("{\"path\":");
        self.str(&c.source.path);
        self.raw(",\"quotes\":");
        self.each(c.attributed.quotes.iter(), |out, link| out.quote(&items.quote(link)));
        self.raw(",\"attributions\":");
        self.each(0..c.parsed.clauses.len(), |out, i| out.attribution(&items.attribution(i)));
        self.raw(",\"diagnostics\":");
        self.each(c.diagnostics.iter(), |out, d| out.diagnostic(&diagnostic(c, d)));
        self.raw("}");
    }

    fn quote(&mut self, q: &QuoteOut) {
        self.raw("{");
        self.position(&q.position);
        self.raw(",\"text\":");
        self.str(q.text);
        self.raw(",\"kind\":");
        self.name(q.kind);
        self.raw(",\"status\":");
        self.name(q.status);
        self.raw(",\"confidence\":");
        self.f32(q.confidence);
        self.raw(",\"speaker\":");
        self.option(q.speaker.as_ref(), Json::speaker);
        self.raw(",\"cue\":");
        self.option(q.cue.as_ref(), Json::words);
        self.raw(",\"candidates\":");
        self.list(&q.candidates, |out, s| out.str(s));
        self.raw(",\"pass\":");
        self.name(q.pass);
        self.raw(",\"inner_quotes\":");
        self.list(&q.inner_quotes, Json::words);
        self.raw("}");
    }

    fn attribution(&mut self, a: &AttributionOut) {
        self.raw("{\"cue\":");
        self.words(&a.cue);
        self.raw(",\"shape\":");
        self.name(a.shape);
        self.raw(",\"source\":");
        self.option(a.source.as_ref(), Json::speaker);
        self.raw(",\"content\":");
        self.option(a.content.as_ref(), Json::words);
        self.raw(if a.direct { ",\"direct\":true}" } else { ",\"direct\":false}" });
    }

    fn diagnostic(&mut self, d: &DiagnosticOut) {
        self.raw("{\"rule\":");
        self.name(d.rule);
        self.raw(",\"severity\":");
        self.name(d.severity);
        self.raw(",\"message\":");
        self.str(d.message);
        self.raw(",\"help\":");
        self.option(d.help.as_ref(), |out, s| out.str(s));
        self.raw(",");
        self.position(&d.position);
        self.raw("}");
    }

    fn speaker(&mut self, s: &SpeakerOut) {
        self.raw("{\"name\":");
        self.str(s.name);
        self.raw(",\"kind\":");
        self.name(s.kind);
        self.raw(",\"mention\":");
        self.words(&s.mention);
        self.raw("}");
    }

    fn words(&mut self, w: &Words) {
        self.raw("{\"start\":");
        self.usize(w.start);
        self.raw(",\"end\":");
        self.usize(w.end);
        self.raw(",\"text\":");
        self.str(w.text);
        self.raw("}");
    }

    /// A position's fields, flattened into the object around them.
    fn position(&mut self, p: &Position) {
        self.raw("\"start\":");
        self.usize(p.start);
        self.raw(",\"end\":");
        self.usize(p.end);
        self.raw(",\"line\":");
        self.usize(p.line);
        self.raw(",\"column\":");
        self.usize(p.column);
        self.raw(",\"end_line\":");
        self.usize(p.end_line);
        self.raw(",\"end_column\":");
        self.usize(p.end_column);
    }

    fn list<T>(&mut self, items: &[T], item: impl FnMut(&mut Json<'w>, &T)) {
        self.each(items.iter(), item);
    }

    /// A JSON array of `items`, passed on to the sink as it grows; once the
    /// sink has failed, the items left are not made.
    fn each<T>(&mut self, items: impl Iterator<Item = T>, mut item: impl FnMut(&mut Json<'w>, T)) {
        self.raw("[");
        for (i, x) in items.enumerate() {
            if self.failed.is_some() {
                break;
            }
            if i > 0 {
                self.raw(",");
            }
            item(self, x);
            self.pass_on();
        }
        self.raw("]");
    }

    fn option<T>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Json<'w>, &T)) {
        match value {
            Some(v) => some(self, v),
            None => self.raw("null"),
        }
    }

    fn usize(&mut self, n: usize) {
        // Lines and columns are mostly one or two digits: pushed directly.
        if n < 100 {
            if n >= 10 {
                self.buf.push(b'0' + (n / 10) as u8);
            }
            self.buf.push(b'0' + (n % 10) as u8);
            return;
        }
        // Byte offsets, mostly three to six digits: two digits a step from
        // a table, as itoa does, and written as an array of their number
        // (a copy of a length known only at run time is a call to `memcpy`,
        // one for every offset of the report).
        let digit = |d: usize| b'0' + d as u8;
        match n {
            100..=999 => {
                let [c, d] = pair(n % 100);
                self.buf.extend_from_slice(&[digit(n / 100), c, d]);
            }
            1_000..=9_999 => {
                let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
                self.buf.extend_from_slice(&[a, b, c, d]);
            }
            10_000..=99_999 => {
                let ([a, b], [c, d]) = (pair(n / 100 % 100), pair(n % 100));
                self.buf.extend_from_slice(&[digit(n / 10_000), a, b, c, d]);
            }
            100_000..=999_999 => {
                let ([a, b], [c, d], [e, f]) = (pair(n / 10_000), pair(n / 100 % 100), pair(n % 100));
                self.buf.extend_from_slice(&[a, b, c, d, e, f]);
            }
            _ => self.long_usize(n),
        }
    }

    /// [`Json::usize`] of any size, two digits a step from the right.
    fn long_usize(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        while n >= 100 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(&pair(n % 100));
            n /= 100;
        }
        if n >= 10 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(&pair(n));
        } else {
            at -= 1;
            digits[at] = b'0' + n as u8;
        }
        self.buf.extend_from_slice(&digits[at..]);
    }

    /// Through serde_json itself: its float formatting is the contract's.
    fn f32(&mut self, x: f32) {
        let mut buf = [0u8; 32];
        let mut rest = &mut buf[..];
        serde_json::to_writer(&mut rest, &x).expect("a float fits in 32 bytes");
        let len = 32 - rest.len();
        self.buf.extend_from_slice(&buf[..len]);
    }

    /// One of the report's own names (a kind, a status, a rule), written
    /// with no escape scan: none has a byte to escape, and they are a third
    /// of the strings written.
    fn name(&mut self, s: &'static str) {
        debug_assert!(first_escape(s.as_bytes()).is_none(), "{s} needs no escaping");
        self.raw("\"");
        self.raw(s);
        self.raw("\"");
    }

    /// A JSON string, escaped as serde_json escapes it: `"`, `\` and the
    /// control characters, nothing else.
    fn str(&mut self, s: &str) {
        self.raw("\"");
        let mut rest = s;
        while let Some(at) = first_escape(rest.as_bytes()) {
            // Every byte that needs escaping is ASCII, so `at` is a char boundary.
            self.raw(&rest[..at]);
            self.escape(rest.as_bytes()[at]);
            rest = &rest[at + 1..];
        }
        self.raw(rest);
        self.raw("\"");
    }

    fn escape(&mut self, b: u8) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        match b {
            b'"' => self.raw("\\\""),
            b'\\' => self.raw("\\\\"),
            b'\x08' => self.raw("\\b"),
            b'\x0c' => self.raw("\\f"),
            b'\n' => self.raw("\\n"),
            b'\r' => self.raw("\\r"),
            b'\t' => self.raw("\\t"),
            _ => {
                self.raw("\\u00");
                self.buf.push(HEX[(b >> 4) as usize]);
                self.buf.push(HEX[(b & 0xf) as usize]);
            }
        }
    }
}

/// The two digits of `n` (under 100), from a table as itoa has it.
fn pair(n: usize) -> [u8; 2] {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    [PAIRS[n * 2], PAIRS[n * 2 + 1]]
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Where the first byte that needs escaping is. Blocks of 16 bytes are
/// tested whole first (a loop without an early exit, which the compiler
/// turns into vector compares); most strings have no such byte at all.
/// The bytes left over, all of most strings (a name, a kind, a status),
/// are tested eight at a time ([`tail_escape`]).
fn first_escape(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 16;
    let mut start = 0;
    // Whole blocks as arrays (a length known at compile time is what lets
    // the test become vector compares), then the few bytes left over.
    let mut blocks = bytes.chunks_exact(BLOCK);
    for block in &mut blocks {
        let block: &[u8; BLOCK] = block.try_into().expect("chunks_exact gives whole blocks");
        if block.iter().fold(false, |any, &b| any | needs_escape(b)) {
            return block.iter().position(|&b| needs_escape(b)).map(|i| start + i);
        }
        start += BLOCK;
    }
    tail_escape(bytes, start)
}

/// [`first_escape`] from `start`, where fewer than 16 bytes are left and
/// none before needs escaping: a word of eight bytes at a time. The last
/// word is the string's last eight bytes, overlapping bytes already found
/// clean; a string shorter than eight is read in one word, zero-filled,
/// and the fill (zero is a control byte) masked off.
fn tail_escape(bytes: &[u8], mut start: usize) -> Option<usize> {
    let len = bytes.len();
    if len < 8 {
        let word = crate::source::le_u64(bytes);
        let real = if len == 0 { 0 } else { u64::MAX >> (8 * (8 - len)) };
        return first_escape_in_word(word, real).map(|i| start + i);
    }
    while start < len {
        let from = start.min(len - 8);
        let word = u64::from_le_bytes(bytes[from..from + 8].try_into().expect("eight bytes"));
        if let Some(i) = first_escape_in_word(word, u64::MAX) {
            return Some(from + i);
        }
        start = from + 8;
    }
    None
}

/// The first of the eight bytes of `word` (little-endian, so in string
/// order) that needs escaping, among those whose bits `real` keeps. A
/// byte's top bit is set in the mask for a control byte, `"` or `\`; the
/// subtractions' borrows can set it wrongly only in a byte after one set
/// rightly, so the lowest is always right.
fn first_escape_in_word(word: u64, real: u64) -> Option<usize> {
    use crate::source::{EACH, TOP};
    let below = |x: u64, n: u8| x.wrapping_sub(EACH * n as u64) & !x;
    let quote = word ^ (EACH * b'"' as u64);
    let backslash = word ^ (EACH * b'\\' as u64);
    let found = (below(word, 0x20) | below(quote, 1) | below(backslash, 1)) & TOP & real;
    (found != 0).then(|| found.trailing_zeros() as usize / 8)
}

#[cfg(test)]
mod tests {
    use super::super::{AttributionOut, DiagnosticOut, File, Position, QuoteOut, SpeakerOut, Words};
    use super::*;

    /// `serde_json::to_string(file)`, byte for byte, by the writer the
    /// report is made with: every field's writing tested against serde's
    /// on values no draft makes (the report itself goes straight from the
    /// analysis, [`render_checked`] and [`stream`]).
    fn render(file: &File) -> String {
        let mut out = Json::new(None, 1024);
        out.file(file);
        String::from_utf8(out.buf).expect("JSON made of strings is UTF-8")
    }

    impl Json<'_> {
        fn file(&mut self, f: &File) {
            self.raw("{\"path\":");
            self.str(f.path);
            self.raw(",\"quotes\":");
            self.list(&f.quotes, Json::quote);
            self.raw(",\"attributions\":");
            self.list(&f.attributions, Json::attribution);
            self.raw(",\"diagnostics\":");
            self.list(&f.diagnostics, Json::diagnostic);
            self.raw("}");
        }
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        let edges =
            [0, 1, 9, 10, 99, 100, 101, 999, 1000, 4096, 9999, 10_000, 65_535, 99_999, 100_000, 999_999, 1_000_000, 123_456_789, u32::MAX as usize, usize::MAX];
        for n in edges.into_iter().chain((0..20_000).map(|k| k * 7 + 3)) {
            let mut out = Json::new(None, 1024);
            out.usize(n);
            assert_eq!(String::from_utf8(out.buf).unwrap(), n.to_string());
        }
    }

    fn position(n: usize) -> Position {
        Position { start: n, end: n + 10, line: 1, column: n + 1, end_line: 12345678901, end_column: 0 }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let texts = [
            "",
            "plain",
            "“curly” ‘quotes’ é",
            "a \"straight\" \\ quote",
            "\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f}\u{7f}",
            "0123456789abcdef\"0123456789abcdef\\",
            &"x".repeat(40),
        ];
        for (i, &text) in texts.iter().enumerate() {
            let words = Words { start: i, end: usize::MAX, text };
            let speaker = SpeakerOut { name: text, kind: "person", mention: Words { start: 0, end: 1, text: "Holm" } };
            let file = File {
                path: text,
                quotes: vec![
                    QuoteOut {
                        position: position(i),
                        text,
                        kind: "speech",
                        status: "attributed",
                        confidence: 0.79,
                        speaker: Some(speaker),
                        cue: Some(Words { start: 3, end: 4, text }),
                        candidates: vec![text, "Lee"],
                        pass: "pass",
                        inner_quotes: vec![Words { start: 5, end: 6, text }],
                    },
                    QuoteOut {
                        position: position(0),
                        text,
                        kind: "scare",
                        status: "unattributed",
                        confidence: 0.0,
                        speaker: None,
                        cue: None,
                        candidates: vec![],
                        pass: "none",
                        inner_quotes: vec![],
                    },
                    QuoteOut {
                        position: position(1),
                        text,
                        kind: "title",
                        status: "ambiguous",
                        confidence: f32::NAN,
                        speaker: None,
                        cue: None,
                        candidates: vec![],
                        pass: "none",
                        inner_quotes: vec![],
                    },
                    QuoteOut {
                        position: position(2),
                        text,
                        kind: "title",
                        status: "ambiguous",
                        confidence: 1.0e-7,
                        speaker: None,
                        cue: None,
                        candidates: vec![],
                        pass: "none",
                        inner_quotes: vec![],
                    },
                ],
                attributions: vec![
                    AttributionOut {
                        cue: Words { start: 1, end: 2, text },
                        shape: "inverted",
                        source: None,
                        content: Some(Words { start: 7, end: 8, text }),
                        direct: true,
                    },
                    AttributionOut {
                        cue: Words { start: 1, end: 2, text },
                        shape: "colon",
                        source: Some(SpeakerOut { name: "Lee", kind: "group", mention: words }),
                        content: None,
                        direct: false,
                    },
                ],
                diagnostics: vec![
                    DiagnosticOut { rule: "r", severity: "warning", message: text, help: Some(text), position: position(i) },
                    DiagnosticOut { rule: "r", severity: "error", message: text, help: None, position: position(0) },
                ],
            };
            assert_eq!(render(&file), serde_json::to_string(&file).unwrap(), "{text:?}");
            let empty = File { path: text, quotes: vec![], attributions: vec![], diagnostics: vec![] };
            assert_eq!(render(&empty), serde_json::to_string(&empty).unwrap());
        }
    }

    /// A draft with a bit of everything the report holds, `n` times over.
    fn checked(n: usize) -> Checked {
        let para = "\"We will \u{2018}never\u{2019} close the quay,\" Mayor Ana Lind said. He said \"it stays\". Officials said the \"plan\" was late.\n\n";
        crate::check_source(crate::source::Source::new("a \"draft\".txt", para.repeat(n)), &crate::config::Config::default())
    }

    #[test]
    fn a_streamed_report_is_the_report_serde_json_makes() {
        for n in [0, 1, 3, 2000] {
            let c = checked(n);
            let whole = serde_json::to_string(&super::super::file(&c)).unwrap();
            assert_eq!(String::from_utf8(render_checked(&c)).unwrap(), whole, "made whole, {n} paragraphs");
            let mut blocks = Vec::new();
            stream(&c, &mut |block| {
                blocks.push(block);
                Ok(())
            })
            .unwrap();
            assert_eq!(String::from_utf8(blocks.concat()).unwrap(), whole, "streamed, {n} paragraphs");
            let (last, full) = blocks.split_last().expect("a report is never empty");
            assert!(!last.is_empty() && full.iter().all(|b| (BLOCK..BLOCK + 4096).contains(&b.len())), "blocks of about {BLOCK} bytes");
        }
        assert!(serde_json::to_string(&super::super::file(&checked(2000))).unwrap().len() > 4 * BLOCK, "the long draft is written in several blocks");
    }

    #[test]
    fn a_sink_that_fails_stops_the_report() {
        let mut tries = 0;
        let err = stream(&checked(2000), &mut |_| {
            tries += 1;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(tries, 1, "nothing more was tried after the first failure");
    }

    #[test]
    fn the_first_buffer_is_four_times_the_draft_within_bounds() {
        assert_eq!(first_capacity(0), 1024);
        assert_eq!(first_capacity(10_000), 40_000);
        assert_eq!(first_capacity(usize::MAX), BLOCK + 4096);
    }

    #[test]
    fn finds_the_first_byte_of_every_kind_to_escape_at_every_place() {
        let escaped = (0u8..0x20).chain([b'"', b'\\']);
        for b in escaped.chain([0x20, b'!', b'#', b'[', b']', 0x7f, 0x80, 0xff]) {
            for len in 0..40 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    // A second one after the first, and bytes that borrow.
                    if at + 2 < len {
                        bytes[at + 2] = b'"';
                        bytes[at + 1] = 0x00;
                    }
                    let expected = bytes.iter().position(|&b| needs_escape(b));
                    assert_eq!(first_escape(&bytes), expected, "{b:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn finds_the_first_byte_to_escape() {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if at < len {
                    bytes[at] = b'"';
                }
                assert_eq!(first_escape(&bytes), (at < len).then_some(at));
            }
        }
    }
}
