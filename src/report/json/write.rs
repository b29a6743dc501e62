//! The JSON report written by hand: the same bytes `serde_json::to_string`
//! makes of a [`File`], for a fraction of the work. serde_json escapes
//! every key and string byte by byte (a tenth of a whole run's
//! instructions went there); here the keys are literals and a string is
//! checked for bytes that need escaping a block at a time.
//!
//! The serde derives stay the definition of the format: the tests compare
//! this writer with them.

use super::{AttributionOut, DiagnosticOut, File, Position, QuoteOut, SpeakerOut, Words};

/// `serde_json::to_string(file)`, byte for byte.
pub fn render(file: &File) -> String {
    let mut out = Json(String::with_capacity(1024));
    out.file(file);
    out.0
}

struct Json(String);

impl Json {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

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

    fn quote(&mut self, q: &QuoteOut) {
        self.raw("{");
        self.position(&q.position);
        self.raw(",\"text\":");
        self.str(q.text);
        self.raw(",\"kind\":");
        self.str(q.kind);
        self.raw(",\"status\":");
        self.str(q.status);
        self.raw(",\"confidence\":");
        self.f32(q.confidence);
        self.raw(",\"speaker\":");
        self.option(q.speaker.as_ref(), Json::speaker);
        self.raw(",\"cue\":");
        self.option(q.cue.as_ref(), Json::words);
        self.raw(",\"candidates\":");
        self.list(&q.candidates, |out, s| out.str(s));
        self.raw(",\"pass\":");
        self.str(q.pass);
        self.raw(",\"inner_quotes\":");
        self.list(&q.inner_quotes, Json::words);
        self.raw("}");
    }

    fn attribution(&mut self, a: &AttributionOut) {
        self.raw("{\"cue\":");
        self.words(&a.cue);
        self.raw(",\"shape\":");
        self.str(a.shape);
        self.raw(",\"source\":");
        self.option(a.source.as_ref(), Json::speaker);
        self.raw(",\"content\":");
        self.option(a.content.as_ref(), Json::words);
        self.raw(if a.direct { ",\"direct\":true}" } else { ",\"direct\":false}" });
    }

    fn diagnostic(&mut self, d: &DiagnosticOut) {
        self.raw("{\"rule\":");
        self.str(d.rule);
        self.raw(",\"severity\":");
        self.str(d.severity);
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
        self.str(s.kind);
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

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Json, &T)) {
        self.raw("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            item(self, x);
        }
        self.raw("]");
    }

    fn option<T>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Json, &T)) {
        match value {
            Some(v) => some(self, v),
            None => self.raw("null"),
        }
    }

    fn usize(&mut self, n: usize) {
        // Lines and columns are mostly one or two digits: pushed directly.
        if n < 100 {
            if n >= 10 {
                self.0.push(char::from(b'0' + (n / 10) as u8));
            }
            self.0.push(char::from(b'0' + (n % 10) as u8));
            return;
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        // Pushed as chars: a `str` made of them would be checked for UTF-8
        // first, which cost more than writing them.
        self.0.extend(digits[at..].iter().map(|&d| char::from(d)));
    }

    /// Through serde_json itself: its float formatting is the contract's.
    fn f32(&mut self, x: f32) {
        let mut buf = [0u8; 32];
        let mut rest = &mut buf[..];
        serde_json::to_writer(&mut rest, &x).expect("a float fits in 32 bytes");
        let len = 32 - rest.len();
        self.raw(std::str::from_utf8(&buf[..len]).expect("serde_json writes UTF-8"));
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
                self.0.push(HEX[(b >> 4) as usize] as char);
                self.0.push(HEX[(b & 0xf) as usize] as char);
            }
        }
    }
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Where the first byte that needs escaping is. Blocks of 16 bytes are
/// tested whole first (a loop without an early exit, which the compiler
/// turns into vector compares); most strings have no such byte at all.
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
    blocks.remainder().iter().position(|&b| needs_escape(b)).map(|i| start + i)
}

#[cfg(test)]
mod tests {
    use super::super::{AttributionOut, DiagnosticOut, File, Position, QuoteOut, SpeakerOut, Words};
    use super::*;

    fn position(n: usize) -> Position {
        Position { start: n, end: n + 10, line: 1, column: n + 1, end_line: 12345678901, end_column: 0 }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let texts = ["", "plain", "“curly” ‘quotes’ é", "a \"straight\" \\ quote", "\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f}\u{7f}", "0123456789abcdef\"0123456789abcdef\\", &"x".repeat(40)];
        for (i, &text) in texts.iter().enumerate() {
            let words = Words { start: i, end: usize::MAX, text };
            let speaker = SpeakerOut { name: text, kind: "person", mention: Words { start: 0, end: 1, text: "Holm" } };
            let file = File {
                path: text,
                quotes: vec![
                    QuoteOut { position: position(i), text, kind: "speech", status: "attributed", confidence: 0.79, speaker: Some(speaker), cue: Some(Words { start: 3, end: 4, text }), candidates: vec![text, "Lee"], pass: "pass", inner_quotes: vec![Words { start: 5, end: 6, text }] },
                    QuoteOut { position: position(0), text, kind: "scare", status: "unattributed", confidence: 0.0, speaker: None, cue: None, candidates: vec![], pass: "none", inner_quotes: vec![] },
                    QuoteOut { position: position(1), text, kind: "title", status: "ambiguous", confidence: f32::NAN, speaker: None, cue: None, candidates: vec![], pass: "none", inner_quotes: vec![] },
                    QuoteOut { position: position(2), text, kind: "title", status: "ambiguous", confidence: 1.0e-7, speaker: None, cue: None, candidates: vec![], pass: "none", inner_quotes: vec![] },
                ],
                attributions: vec![
                    AttributionOut { cue: Words { start: 1, end: 2, text }, shape: "inverted", source: None, content: Some(Words { start: 7, end: 8, text }), direct: true },
                    AttributionOut { cue: Words { start: 1, end: 2, text }, shape: "colon", source: Some(SpeakerOut { name: "Lee", kind: "group", mention: words }), content: None, direct: false },
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
