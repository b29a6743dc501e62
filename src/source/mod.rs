//! The first stage: a file's bytes become checked text, and byte offsets
//! become lines and columns.
//!
//! Byte offsets into the original file are the truth everywhere; this module
//! is the only place that turns them into lines and columns.

mod bytes;
pub mod directives;
mod files;
mod lines;
mod markdown;

use std::fmt;
use std::io::Read;
use std::path::Path;

pub use bytes::{in_range_tops, le_u64, EACH, TOP};
pub use directives::{Action, Directive, KEYWORDS};
pub use files::{collect, io_message, Input, InputError};
pub use lines::LineIndex;

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

/// The longest draft that can be checked. Every stage keeps byte offsets
/// as `u32` (half the memory of `usize`), so a draft must be shorter than
/// 4 GiB; a longer file is refused with a message, never half-read.
pub const MAX_DRAFT_BYTES: u64 = u32::MAX as u64;

/// How many records to make room for at once in a list with about one a
/// `bytes_each` bytes of a draft `len` bytes long: enough that a news
/// article's list is never grown from nothing (the longest of the corpora,
/// 35 KB, has about 360 lines or sentences), and at most 1,024, so a
/// pathological draft (a 50 MB line, one sentence) reserves a few dozen
/// kilobytes it will not use; a longer draft's list grows from there.
pub fn room_for(len: usize, bytes_each: usize) -> usize {
    (len / bytes_each + 1).min(1 << 10)
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
        check_size(bytes.len() as u64)?;
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

    /// Reads the draft at `path`, refusing one too long to check before
    /// any of it is read. The open file's status, asked once, both refuses
    /// it and sizes the buffer (`fs::read` asks for it again after a
    /// status call by path: two system calls a file where one does).
    pub fn read(path: &Path, shown_as: impl Into<String>) -> Result<Source, Unreadable> {
        let io = |e: std::io::Error| Unreadable::Io(files::io_message(&e));
        let file = std::fs::File::open(path).map_err(io)?;
        let len = match file.metadata() {
            Ok(meta) if meta.is_file() => {
                check_size(meta.len())?;
                meta.len() as usize
            }
            _ => 0, // reading will say what is wrong
        };
        Source::from_bytes(shown_as, read_sized(file, len).map_err(io)?)
    }
}

/// The whole of `file`, `len` bytes long when its status was read. Not
/// `File::read_to_end`, which asks for the status again (and the position)
/// to size its buffer: through `take`, into a buffer of that size.
fn read_sized(file: std::fs::File, len: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(len);
    file.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn check_size(bytes: u64) -> Result<(), Unreadable> {
    if bytes > MAX_DRAFT_BYTES {
        return Err(Unreadable::TooLarge { bytes });
    }
    Ok(())
}

/// Why a file could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not text at all; skipped with a note rather than an error.
    Binary,
    InvalidUtf8 {
        offset: usize,
        line: usize,
    },
    /// Longer than [`MAX_DRAFT_BYTES`].
    TooLarge {
        bytes: u64,
    },
    Io(String),
    /// whosaid itself failed on the draft (a panic, caught): a bug.
    Bug(String),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Binary => write!(f, "binary file, skipped"),
            Unreadable::InvalidUtf8 { offset, line } => {
                write!(f, "not valid UTF-8: the first bad byte is at byte offset {offset} (line {line}); save the draft as UTF-8")
            }
            Unreadable::TooLarge { bytes } => {
                write!(f, "too large to check: {bytes} bytes, and whosaid checks drafts of up to {MAX_DRAFT_BYTES} bytes (4 GiB); split the file")
            }
            Unreadable::Io(msg) => write!(f, "{msg}"),
            Unreadable::Bug(msg) => write!(f, "whosaid failed on this draft ({msg}), so it was not checked; this is a bug: please report it with the draft"),
        }
    }
}

/// A file is binary when it holds a NUL byte and is not valid UTF-8 text,
/// the same test `git diff` and ripgrep use in spirit. Valid UTF-8 with a
/// stray NUL is still text and is checked.
fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some() && std::str::from_utf8(bytes).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_read_whole_with_one_status_call() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("draft.txt");
        let text = "Marta Okafor said the harbour would open.\n".repeat(400);
        std::fs::write(&path, &text).expect("the draft is written");
        let file = std::fs::File::open(&path).expect("the draft opens");
        // A size that is stale (the file grew or shrank since) still reads it whole.
        for len in [text.len(), 10, text.len() + 5] {
            let file = file.try_clone().expect("a second handle");
            std::io::Seek::rewind(&mut &file).expect("back to the start");
            assert_eq!(read_sized(file, len).expect("the draft is read"), text.as_bytes());
        }
        assert_eq!(Source::read(&path, "draft.txt").expect("a source").text, text);
    }

    #[test]
    fn room_is_made_for_an_article_and_capped_for_a_huge_draft() {
        // The longest corpus article's sentences at about 96 bytes each.
        assert!(room_for(35_000, 96) >= 360);
        assert_eq!(room_for(0, 96), 1);
        assert_eq!(room_for(50_000_000, 96), 1024);
    }

    #[test]
    fn markup_and_addresses_are_not_prose() {
        let text = "<tweet id=\"7\">He said so</tweet> see https://example.org/a. Done";
        let hidden: Vec<&str> = Prose::plain(text).hidden.iter().map(|s| s.of(text)).collect();
        assert_eq!(hidden, ["<tweet id=\"7\">", "</tweet>", "https://example.org/a"]);
        assert!(Prose::plain("a < b and c > d").hidden.is_empty());
    }

    #[test]
    fn an_address_ends_at_a_no_break_space_or_a_curly_mark() {
        let hidden = |text: &'static str| -> Vec<&'static str> { Prose::plain(text).hidden.iter().map(|s| s.of(text)).collect() };
        assert_eq!(hidden("\u{201c}See http://x.ly/a\u{a0}.\u{201d} she said"), ["http://x.ly/a"]);
        assert_eq!(hidden("\u{201c}See http://x.ly/b\u{201d} she said"), ["http://x.ly/b"]);
        assert_eq!(hidden("\u{ab}Voir www.x.fr/c\u{bb} dit-elle"), ["www.x.fr/c"]);
        // Letters outside ASCII are part of an address.
        assert_eq!(hidden("see https://x.org/caf\u{e9}/menu now"), ["https://x.org/caf\u{e9}/menu"]);
    }

    /// `markup` as it was: every `<`, `h` and `w` tried in turn.
    #[test]
    fn a_tag_whose_attribute_value_breaks_across_a_line_is_markup() {
        let text = "<tweet date=\"May 9,\n\">Ferries run.</tweet> a <b and\nc> d <i x=\"1\n\n\">";
        let hidden: Vec<&str> = markup(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(hidden, ["<tweet date=\"May 9,\n\">", "</tweet>"]);
    }

    fn markup_every_candidate_byte(text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(found) = memchr::memchr3(b'<', b'h', b'w', &bytes[i..]) {
            i = take_markup(bytes, i + found, &mut out);
        }
        out
    }

    #[test]
    fn markup_finds_what_trying_every_candidate_byte_finds() {
        let texts = [
            "",
            "<tweet id=\"7\">He said so</tweet> see https://example.org/a. Done",
            "wwww.x.org hhttp://a http://b<i>c</i> www.d.org, <a href=\"http://e.org\">f</a>",
            "ahttp://no xwww.no http:/ https:// www. <1 <!-- c --> <b\n> https://x.org/é.",
            "<<a>> <a <b> http://a<b>c www.x<y>",
        ];
        for text in texts {
            assert_eq!(markup(text), markup_every_candidate_byte(text), "{text:?}");
        }
        let long: String = texts.concat().repeat(50);
        assert_eq!(markup(&long), markup_every_candidate_byte(&long));
    }

    #[test]
    fn suppression_lines_in_plain_text_are_not_prose() {
        let text = "One said so.\n# whosaid-disable-next-line anonymous-source\nTwo said so.\n";
        let prose = Prose::plain(text);
        let blocks: Vec<&str> = prose.blocks.iter().map(|s| s.of(text)).collect();
        assert_eq!(blocks, ["One said so.\n", "\nTwo said so.\n"]);
        assert_eq!(prose.directives.len(), 1);
        assert!(!prose.whole_blocks);
        assert_eq!(Prose::plain("# A heading-like line\nText.").blocks.len(), 1);
    }

    #[test]
    fn the_extension_says_markdown() {
        assert_eq!(Format::of_path("desk/a.MD"), Format::Markdown);
        assert_eq!(Format::of_path("a.markdown"), Format::Markdown);
        assert_eq!(Format::of_path("a.txt"), Format::Plain);
        assert_eq!(Format::of_path("<stdin>"), Format::Plain);
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
    /// Sorted, non-overlapping spans inside the blocks that are not prose.
    pub hidden: Vec<Span>,
    /// Each block is one paragraph (Markdown's own paragraphs), rather than
    /// text to split into paragraphs at line breaks (plain text).
    pub whole_blocks: bool,
    /// Suppression comments (`<!-- whosaid-disable … -->`), in order.
    pub directives: Vec<Directive>,
}

/// How a draft is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    /// Markdown for `.md` and `.markdown`, plain text otherwise.
    pub fn of_path(path: &str) -> Format {
        let ext = Path::new(path).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            _ => Format::Plain,
        }
    }
}

impl Prose {
    /// All of a plain-text file is prose, except markup tags (`<tweet …>`,
    /// `</a>`), web addresses pasted into it, and suppression lines
    /// (`# whosaid-disable …`), which end the block they stand in.
    pub fn plain(text: &str) -> Prose {
        let directives = directives::in_plain_text(text);
        let mut blocks = Vec::new();
        let mut from = 0;
        for d in &directives {
            blocks.push(Span::new(from, d.span.start));
            from = d.span.end;
        }
        blocks.push(Span::new(from, text.len()));
        blocks.retain(|b| !b.is_empty());
        Prose { blocks, hidden: markup(text), whole_blocks: false, directives }
    }

    /// The prose of a Markdown draft: see [`markdown`](self::markdown).
    pub fn markdown(text: &str) -> Prose {
        markdown::prose(text)
    }

    /// The prose of a draft written in `format`.
    pub fn of(format: Format, text: &str) -> Prose {
        match format {
            Format::Plain => Prose::plain(text),
            Format::Markdown => Prose::markdown(text),
        }
    }
}

/// Web addresses in `text` (`http://…`, `https://…`, `www.…`), as byte ranges of it.
pub(crate) fn addresses(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(found) = memchr::memchr2(b'h', b'w', &bytes[i..]) {
        let at = i + found;
        match url_end(bytes, at) {
            Some(end) => {
                out.push(Span::new(at, end));
                i = end;
            }
            None => i = at + 1,
        }
    }
    out
}

/// Longest tag or address that is hidden; longer runs are left as text.
const MAX_HIDDEN: usize = 600;

/// HTML-like tags and URLs: `<` + letter, `/` or `!` … `>` on one line (an
/// attribute's quoted value may break across one), and
/// `http://…` / `https://…` / `www.…` up to the next space.
fn markup(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Where a tag or an address may start: a `<`, an `http` or a `www.`.
    // Each is searched for on its own, from where the scan stands, and the
    // nearest taken: searching for every `h` and `w` (as the first byte of
    // either address) stopped at one byte in twelve of English text.
    // The two searchers are built once, not for every draft.
    static FINDERS: std::sync::LazyLock<(memchr::memmem::Finder<'static>, memchr::memmem::Finder<'static>)> =
        std::sync::LazyLock::new(|| (memchr::memmem::Finder::new(b"http"), memchr::memmem::Finder::new(b"www.")));
    let (http, www) = (&FINDERS.0, &FINDERS.1);
    let find = |kind: usize, from: usize| {
        let rest = &bytes[from..];
        let found = match kind {
            0 => memchr::memchr(b'<', rest),
            1 => http.find(rest),
            _ => www.find(rest),
        };
        found.map_or(usize::MAX, |p| from + p)
    };
    let mut next = [find(0, 0), find(1, 0), find(2, 0)];
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        for (kind, at) in next.iter_mut().enumerate() {
            if *at < i {
                *at = find(kind, i);
            }
        }
        let at = next.into_iter().min().expect("three kinds");
        if at == usize::MAX {
            break;
        }
        i = take_markup(bytes, at, &mut out);
    }
    out
}

/// Adds the tag or address that may start at `at` to `out`; where the
/// scan goes on (after it, or after its first byte when there is none).
fn take_markup(bytes: &[u8], at: usize, out: &mut Vec<Span>) -> usize {
    let end = if bytes[at] == b'<' { tag_end(bytes, at) } else { url_end(bytes, at) };
    match end {
        Some(end) => {
            out.push(Span::new(at, end));
            end
        }
        None => at + 1,
    }
}

fn tag_end(bytes: &[u8], at: usize) -> Option<usize> {
    let next = *bytes.get(at + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let limit = (at + MAX_HIDDEN).min(bytes.len());
    let mut k = at + 1;
    while k < limit {
        match bytes[k] {
            b'>' => return Some(k + 1),
            b'<' | b'\n' => return None,
            // `tweet-date="May 9, 2016⏎"`: an attribute's value, which a
            // CMS export may break across a line (never a blank one).
            b'"' if bytes[k - 1] == b'=' => {
                let value = memchr::memchr(b'"', &bytes[k + 1..limit])?;
                let end = k + 1 + value;
                if memchr::memmem::find(&bytes[k + 1..end], b"\n\n").is_some() {
                    return None;
                }
                k = end + 1;
            }
            _ => k += 1,
        }
    }
    None
}

/// Whether an address ends where `rest` starts: at a space, an angle
/// bracket or a quotation mark, typed in ASCII or not. A pasted address
/// is often followed by a no-break space or a curly closing mark, and an
/// address read over one would hide the mark that closes a quote.
fn ends_address(rest: &[u8]) -> bool {
    match rest {
        [b, ..] if b.is_ascii_whitespace() || matches!(b, b'"' | b'<' | b'>') => true,
        // no-break space, « and »
        [0xC2, 0xA0 | 0xAB | 0xBB, ..] => true,
        // the spaces U+2000–U+200B, quotation marks U+2018–U+201F, U+202F, ‹ and ›
        [0xE2, 0x80, 0x80..=0x8B | 0x98..=0x9F | 0xAF | 0xB9 | 0xBA, ..] => true,
        // ideographic space
        [0xE3, 0x80, 0x80, ..] => true,
        _ => false,
    }
}

fn url_end(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = &bytes[at..];
    let starts = rest.starts_with(b"http://") || rest.starts_with(b"https://") || rest.starts_with(b"www.");
    let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
    if !(starts && word_start) {
        return None;
    }
    let window = &rest[..rest.len().min(MAX_HIDDEN)];
    let len = (0..window.len()).find(|&i| ends_address(&window[i..])).unwrap_or(window.len());
    // A full stop or comma ending a sentence is not part of the address.
    let trimmed = rest[..len].iter().rposition(|b| !matches!(b, b'.' | b',' | b')' | b';' | b':')).map_or(0, |p| p + 1);
    let mut end = at + trimmed;
    while end < bytes.len() && (bytes[end] & 0xC0) == 0x80 {
        end += 1;
    }
    (trimmed > 0).then_some(end)
}
