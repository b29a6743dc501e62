//! Byte offsets become lines and columns here, and only here.

/// Byte offset → 1-based line and column. Columns count characters, not
/// bytes, so carets line up under multi-byte letters. A line ends at `\n`,
/// `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, column there) every few hundred bytes inside long lines, so a
    /// column costs the same on a 50 MB line as on a short one.
    checkpoints: Vec<(usize, usize)>,
    /// The text has a byte that may start a byte-order mark: only then are
    /// the marks looked for in each stretch whose columns are counted
    /// (nearly no draft has one, and looking cost more than counting).
    may_have_marks: bool,
}

/// Bytes between checkpoints inside a long line. A news paragraph's line
/// is rarely longer (train: 6,286 of 32,162 lines past 256 bytes, 17 past
/// 1,024): at 256 every such line was counted through once for its
/// checkpoints, whether or not any position on it was asked for, which
/// cost more than counting from the line's start for the few asked.
const STRIDE: usize = 1024;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        /// Fewer bytes than news copy's lines mostly have (train: 118 a line,
        /// 82 at the tenth percentile of articles).
        const LINE_BYTES: usize = 96;
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(crate::source::room_for(text.len(), LINE_BYTES));
        starts.push(0);
        let mut i = 0;
        while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + found;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
            starts.push(next);
            i = next;
        }
        let may_have_marks = memchr::memchr(BOM_LEAD, bytes).is_some();
        let checkpoints = checkpoints(text, &starts, may_have_marks);
        LineIndex { starts, checkpoints, may_have_marks }
    }

    /// The 0-based line holding `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// 1-based line and column of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let mut from = self.starts[line];
        let mut column = 1;
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        if let Some(&(at, col)) = k.checked_sub(1).map(|k| &self.checkpoints[k]) {
            if at >= from {
                from = at;
                column = col;
            }
        }
        column += columns(&text[from..offset], self.may_have_marks);
        (line + 1, column)
    }

    /// 1-based lines and columns of a span's two ends. An end on the line
    /// its start is on is counted on from the start's column (or from a
    /// checkpoint between them) rather than again from the line's start:
    /// characters and byte-order marks add up across any split at a
    /// character boundary.
    pub fn span_position(&self, text: &str, start: usize, end: usize) -> ((usize, usize), (usize, usize)) {
        let (line, column) = self.position(text, start);
        let (start, end) = (start.min(text.len()), end.min(text.len()));
        let next_line = self.starts.get(line).copied().unwrap_or(usize::MAX);
        if start > end || end >= next_line {
            return ((line, column), self.position(text, end));
        }
        let (mut from, mut end_column) = (start, column);
        if end - start > STRIDE {
            let k = self.checkpoints.partition_point(|&(at, _)| at <= end);
            if let Some(&(at, col)) = k.checked_sub(1).map(|k| &self.checkpoints[k]) {
                if at > start {
                    (from, end_column) = (at, col);
                }
            }
        }
        ((line, column), (line, end_column + columns(&text[from..end], self.may_have_marks)))
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

/// Characters in `s`, not counting byte-order marks. (Counting all
/// characters and subtracting the marks keeps `chars().count()`'s fast
/// path; filtering each character does not.)
/// (`may_have_marks`: the text has a byte that starts one; see
/// [`LineIndex`].)
fn columns(s: &str, may_have_marks: bool) -> usize {
    let marks = if may_have_marks { byte_order_marks(s) } else { 0 };
    s.chars().count() - marks
}

/// The first byte of a byte-order mark (`EF BB BF`).
const BOM_LEAD: u8 = 0xEF;

/// How many byte-order marks `s` holds. Nearly every text has none, nor
/// even their first byte: a `memchr` for it rules the text out before a
/// searcher for the whole mark is set up (which, for each 256 bytes of
/// every long line, cost more than counting their characters).
fn byte_order_marks(s: &str) -> usize {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let bytes = s.as_bytes();
    match memchr::memchr(BOM[0], bytes) {
        Some(first) if bytes.len() - first >= BOM.len() => memchr::memmem::find_iter(&bytes[first..], BOM).count(),
        _ => 0,
    }
}

fn checkpoints(text: &str, starts: &[usize], may_have_marks: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (line, &start) in starts.iter().enumerate() {
        let end = starts.get(line + 1).copied().unwrap_or(text.len());
        if end - start <= STRIDE {
            continue;
        }
        let (mut at, mut column) = (start, 1);
        while at + STRIDE < end {
            let mut next = at + STRIDE;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            column += columns(&text[at..next], may_have_marks);
            at = next;
            out.push((at, column));
        }
    }
    out
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
    fn columns_on_a_very_long_line_are_exact() {
        let text = format!("{}é{}x", "a".repeat(10_000), "b".repeat(9_000));
        let index = LineIndex::new(&text);
        let x = text.len() - 1;
        assert_eq!(index.position(&text, x), (1, 19_002));
    }

    #[test]
    fn a_span_has_the_positions_of_its_two_ends() {
        // Long enough for checkpoints on the last line, before the `é` and after it.
        let text = format!("ab\r\nc\u{feff}dé f\rg{}é{}h\n", "x".repeat(2 * STRIDE + 88), "y".repeat(STRIDE + 44));
        let index = LineIndex::new(&text);
        assert!(index.checkpoints.len() >= 2);
        // Every third start (each read with every end: a few million spans).
        for start in (0..text.len()).filter(|s| s % 3 == 0 || *s < 16) {
            for end in start..=text.len() + 2 {
                if text.is_char_boundary(start) && (end > text.len() || text.is_char_boundary(end)) {
                    let both = index.span_position(&text, start, end);
                    assert_eq!(both, (index.position(&text, start), index.position(&text, end)), "{start}..{end}");
                }
            }
        }
    }

    #[test]
    fn byte_order_marks_are_counted_wherever_they_stand() {
        assert_eq!(byte_order_marks(""), 0);
        assert_eq!(byte_order_marks("\u{feff}"), 1);
        assert_eq!(byte_order_marks("a\u{feff}b\u{feff}"), 2);
        // Another character whose first byte is the mark's first byte.
        assert_eq!(byte_order_marks("\u{fefe}x\u{feff}"), 1);
        assert_eq!(byte_order_marks("\u{fefe}"), 0);
        assert_eq!(columns("é\u{feff}x", true), 2);
    }

    #[test]
    fn a_mark_deep_in_a_long_line_counts_for_nothing_and_its_absence_is_known() {
        let deep = STRIDE + 700;
        let plain = format!("{}é said Ana\n{}", "x".repeat(deep), "y".repeat(10));
        let index = LineIndex::new(&plain);
        assert!(!index.may_have_marks);
        assert_eq!(index.position(&plain, plain.find("said").unwrap()), (1, deep + 3));
        let marked = format!("{}\u{feff}é said Ana", "x".repeat(deep));
        let index = LineIndex::new(&marked);
        assert!(index.may_have_marks && !index.checkpoints.is_empty());
        assert_eq!(index.position(&marked, marked.find("said").unwrap()), (1, deep + 3));
    }

    #[test]
    fn columns_count_characters_and_skip_the_bom() {
        let text = "\u{feff}“Yes,” said Ana";
        let index = LineIndex::new(text);
        let said = text.find("said").unwrap();
        assert_eq!(index.position(text, said), (1, 8));
    }
}
