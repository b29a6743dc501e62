//! The first stage: a file's bytes become checked text, and byte offsets
//! become lines and columns.
//!
//! Byte offsets into the original file are the truth everywhere; this module
//! is the only place that turns them into lines and columns.

use std::fmt;
use std::path::Path;

/// A half-open byte range `start..end` into the original file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// One draft to check: its name as shown to the user and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

impl Source {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Source {
        Source { path: path.into(), text: text.into() }
    }

    /// Turns raw bytes into a source, or says why they cannot be checked.
    /// Invalid UTF-8 is refused rather than repaired: a lossy repair would
    /// shift every byte offset after the bad byte, and offsets are the truth.
    pub fn from_bytes(path: impl Into<String>, bytes: Vec<u8>) -> Result<Source, Unreadable> {
        if looks_binary(&bytes) {
            return Err(Unreadable::Binary);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source::new(path, text)),
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let line = err.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(Unreadable::InvalidUtf8 { offset, line })
            }
        }
    }

    pub fn read(path: &Path, shown_as: impl Into<String>) -> Result<Source, Unreadable> {
        let bytes = std::fs::read(path).map_err(|e| Unreadable::Io(e.to_string()))?;
        Source::from_bytes(shown_as, bytes)
    }
}

/// Why a file could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not text at all; skipped with a note rather than an error.
    Binary,
    InvalidUtf8 { offset: usize, line: usize },
    Io(String),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Binary => write!(f, "binary file, skipped"),
            Unreadable::InvalidUtf8 { offset, line } => write!(
                f,
                "not valid UTF-8: the first bad byte is at byte offset {offset} (line {line}); save the draft as UTF-8"
            ),
            Unreadable::Io(msg) => write!(f, "{msg}"),
        }
    }
}

/// A file is binary when it holds a NUL byte and is not valid UTF-8 text,
/// the same test `git diff` and ripgrep use in spirit. Valid UTF-8 with a
/// stray NUL is still text and is checked.
fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some() && std::str::from_utf8(bytes).is_err()
}

/// Byte offset → 1-based line and column. Columns count characters, not
/// bytes, so carets line up under multi-byte letters. A line ends at `\n`,
/// `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + found;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
            starts.push(next);
            i = next;
        }
        LineIndex { starts }
    }

    /// The 0-based line holding `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// 1-based line and column of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = text[start..offset].chars().filter(|&c| c != '\u{feff}').count() + 1;
        (line + 1, column)
    }

    /// The text of the 1-based line, without its line break.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text[start..end].trim_end_matches(['\n', '\r']).trim_start_matches('\u{feff}')
    }

    /// Byte offset where the 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line - 1]
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_follow_every_line_ending() {
        let text = "ab\r\ncd\ref\ngh";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 4), (2, 1));
        assert_eq!(index.position(text, 7), (3, 1));
        assert_eq!(index.position(text, 11), (4, 2));
        assert_eq!(index.line_text(text, 1), "ab");
        assert_eq!(index.line_text(text, 2), "cd");
    }

    #[test]
    fn columns_count_characters_and_skip_the_bom() {
        let text = "\u{feff}“Yes,” said Ana";
        let index = LineIndex::new(text);
        let said = text.find("said").unwrap();
        assert_eq!(index.position(text, said), (1, 8));
    }

    #[test]
    fn invalid_utf8_names_the_first_bad_byte() {
        let err = Source::from_bytes("x.txt", b"ok\nbad \xff here".to_vec()).unwrap_err();
        assert_eq!(err, Unreadable::InvalidUtf8 { offset: 7, line: 2 });
    }

    #[test]
    fn nul_in_valid_text_is_still_text_but_nul_in_bytes_is_binary() {
        assert!(Source::from_bytes("a", b"a\0b".to_vec()).is_ok());
        assert_eq!(Source::from_bytes("b", b"\x89PNG\0\xff".to_vec()).unwrap_err(), Unreadable::Binary);
    }
}

/// Where the prose of a file lies: the blocks to check, and spans inside
/// them to skip (code, URLs, HTML comments in Markdown).
#[derive(Debug, Clone, Default)]
pub struct Prose {
    pub blocks: Vec<Span>,
    pub hidden: Vec<Span>,
}

impl Prose {
    /// All of a plain-text file is prose.
    pub fn plain(text: &str) -> Prose {
        Prose { blocks: vec![Span::new(0, text.len())], hidden: Vec::new() }
    }
}
