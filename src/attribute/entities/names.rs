//! A name's words: split on white space, trimmed to letters and digits,
//! lower-cased; and the name itself with its white space made single spaces.

use super::vocabulary::{Vocabulary, WordId};
use crate::source::{le_u64, EACH, TOP};

/// The words of one name ([`words`]) by their numbers in the draft's
/// [`Vocabulary`], in buffers kept from one name to the next: most named
/// mentions join an entity already known, and their words are needed only
/// to find it.
#[derive(Debug, Default)]
pub(super) struct NameWords {
    ids: Vec<WordId>,
}

impl NameWords {
    /// `words(text)`, by number.
    pub(super) fn fill(&mut self, text: &str, vocabulary: &mut Vocabulary) -> &[WordId] {
        self.ids.clear();
        if !text.is_ascii() {
            for w in raw_words(text) {
                self.ids.push(vocabulary.intern_lower_case(w));
            }
            return &self.ids;
        }
        // An ASCII name (most) is split at its white-space bytes, which are
        // all the white space it can hold, without decoding characters.
        let white = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
        for piece in text.as_bytes().split(white) {
            let start = piece.as_ptr() as usize - text.as_ptr() as usize;
            let w = trim_to_alphanumeric(&text[start..start + piece.len()]);
            if !w.is_empty() {
                self.ids.push(vocabulary.intern_ascii_lower_case(w));
            }
        }
        &self.ids
    }

    /// [`NameWords::fill`] of `text`, given its last word (`last_word(text)`,
    /// read already): a name that is that word alone (two names in three)
    /// is that word's number, with no pass to split the name.
    pub(super) fn fill_ending(&mut self, text: &str, last: &str, vocabulary: &mut Vocabulary) -> &[WordId] {
        // The last word starts the name: there is nothing before it.
        if last.as_ptr() != text.as_ptr() {
            return self.fill(text, vocabulary);
        }
        self.ids.clear();
        let w = trim_to_alphanumeric(last);
        if !w.is_empty() {
            self.ids.push(vocabulary.intern_lower_case(w));
        }
        &self.ids
    }
}

/// The lower-case words of a name or phrase, each trimmed of what is not
/// a letter or digit at its ends.
pub(super) fn words(text: &str) -> Vec<String> {
    raw_words(text).map(lower_case).collect()
}

/// The words of [`words`] before lower-casing, as they stand in `text`.
pub(super) fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(trim_to_alphanumeric).filter(|w| !w.is_empty())
}

/// `text.split_whitespace().last()`, or `""`: read from the end eight
/// bytes at a time, for the last byte at or below the space or not ASCII.
/// None (a name of one ASCII word) is the whole text; an ASCII blank with
/// a word after it starts the word after it. Anything else (white space at
/// the end, a control byte, a byte of another character) is read the long
/// way.
pub(super) fn last_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while end > 0 {
        let start = end.saturating_sub(8);
        // The zeros `le_u64` fills a short piece with are no bytes of it.
        let piece = u64::MAX.checked_shr(64 - 8 * (end - start) as u32).unwrap_or(0);
        let found = blank_or_wide(le_u64(&bytes[start..end])) & piece;
        if found != 0 {
            let at = start + (63 - found.leading_zeros() as usize) / 8;
            if at + 1 < bytes.len() && is_ascii_blank(bytes[at]) {
                return &text[at + 1..];
            }
            return last_word_the_long_way(text);
        }
        end = start;
    }
    text
}

/// ASCII white space, as `split_whitespace` knows it.
fn is_ascii_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The top bit of each of the eight bytes that is at or below the space
/// (white space, or a control byte) or not ASCII; the others' clear. No
/// sum carries into the next byte.
fn blank_or_wide(bytes: u64) -> u64 {
    let above_space = (bytes & !TOP) + (0x80 - 0x21) * EACH;
    (!above_space | bytes) & TOP
}

/// [`last_word`] a byte at a time from the end, for the ASCII words that
/// end most names, where the split decodes every character from the end as
/// it goes. A byte of another character (perhaps Unicode's white space)
/// met on the way sends it the long way.
fn last_word_the_long_way(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while end > 0 && is_ascii_blank(bytes[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii() && !is_ascii_blank(bytes[start - 1]) {
        start -= 1;
    }
    // Stopped by a byte of another character: in the word, or (with the
    // word empty) ending the text's white space.
    if start > 0 && !bytes[start - 1].is_ascii() {
        return text.split_whitespace().last().unwrap_or("");
    }
    &text[start..end]
}

/// The word without what is not a letter or digit at its ends.
#[inline]
pub(super) fn trim_to_alphanumeric(word: &str) -> &str {
    // Most words start and end with an ASCII letter or digit: nothing to
    // trim, and no characters to decode to find that out (tested where the
    // word is split, not in a call of its own).
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric) && bytes.last().is_some_and(u8::is_ascii_alphanumeric) {
        return word;
    }
    trim_the_long_way(word)
}

/// [`trim_to_alphanumeric`] of a word that may need trimming.
fn trim_the_long_way(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// `lower == lower_case(word)`, without making the copy.
pub(super) fn is_lower_case_of(lower: &str, word: &str) -> bool {
    if word.is_ascii() {
        lower.len() == word.len() && lower.bytes().zip(word.bytes()).all(|(l, w)| l == w.to_ascii_lowercase())
    } else {
        lower == word.to_lowercase()
    }
}

/// `str::to_lowercase`, without its Unicode tables for the ASCII words that most names are.
pub(super) fn lower_case(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// The text with each run of white space made one space.
pub(crate) fn clean(text: &str) -> String {
    if is_clean(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `clean(text) == text`, for the ASCII names most are, without splitting
/// them: single spaces between words and no other white space. Read
/// eight bytes at a time; a name with a byte below the space or not ASCII
/// (a few) is read a byte at a time.
pub(super) fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Whether the byte before the piece read is a space.
    let mut space_before = false;
    for piece in bytes.chunks(8) {
        let word = le_u64(piece);
        // The zeros `le_u64` fills a short piece with are no bytes of it.
        let within = u64::MAX >> (64 - 8 * piece.len());
        let spaces = zero_bytes(word ^ (u64::from(b' ') * EACH)) & within;
        if blank_or_wide(word) & within & !spaces != 0 {
            return is_clean_the_long_way(text);
        }
        if spaces & (spaces << 8 | u64::from(space_before) << 7) != 0 {
            return false;
        }
        space_before = spaces >> (8 * piece.len() - 1) != 0;
    }
    true
}

/// The top bit of each of the eight bytes that is zero; the others' clear.
/// No sum carries into the next byte.
fn zero_bytes(bytes: u64) -> u64 {
    let low = (bytes & !TOP) + 0x7f * EACH;
    !(low | bytes) & TOP
}

/// [`is_clean`] a byte at a time.
fn is_clean_the_long_way(text: &str) -> bool {
    let mut after_space = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // The other ASCII white space, and anything that may be Unicode's.
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | 0x80.. => return false,
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

/// The number of a name's initials (`bsc` for `Baltic Shipping Council`),
/// spelt in `buffer`; none when they are shorter than an acronym can be
/// (two bytes), as for every one-word name.
pub(super) fn initials(name: &[WordId], vocabulary: &mut Vocabulary, buffer: &mut String) -> Option<WordId> {
    buffer.clear();
    for &w in name {
        if !vocabulary.uninitialled(w) {
            buffer.push(vocabulary.first_char(w));
        }
    }
    (buffer.len() >= SHORTEST_ACRONYM).then(|| vocabulary.intern(buffer))
}

/// An acronym has at least this many bytes.
pub(super) const SHORTEST_ACRONYM: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbered_words_are_those_words_splits() {
        let mut buffer = NameWords::default();
        let mut vocabulary = Vocabulary::default();
        for text in [
            "Kremlin spokesman Dmitry Peskov",
            "Peskov",
            "  É. Macron, ",
            "",
            "Ines  O'Brien-Okafor Jr.",
            "ΟΔΥΣΣΕΥΣ Peskov",
            "\tIva\u{b}Berg\u{c}Lund\r\n",
            " - Berg -",
        ] {
            let ids = buffer.fill(text, &mut vocabulary).to_vec();
            let spelt: Vec<&str> = ids.iter().map(|&id| vocabulary.text(id)).collect();
            assert_eq!(spelt, words(text), "{text}");
        }
        assert_eq!(vocabulary.count(), 13, "each word once");
    }

    /// Eight bytes at a time, a name is clean exactly when the byte-by-byte
    /// reading says so: spaces doubled across or at a piece's edge, at
    /// either end, and other white space or characters in any piece.
    #[test]
    fn a_clean_name_is_read_eight_bytes_at_a_time_as_one_at_a_time() {
        for text in [
            "Ines Okafor",
            "Harbour Board chairman Ivo Berg",
            "Harbour  Board",
            "Harbour Board  chairman",
            "Harbour ",
            " Harbour",
            "Ines Oka",
            "Ines Oka fornes",
            "Ines Oka  fornes",
            "Ines Ok	afor",
            "Zoë Holm",
            "",
            " ",
            "A",
        ] {
            assert_eq!(is_clean(text), is_clean_the_long_way(text), "{text:?}");
            // Not clean is only a guess (`Zoë Holm` is read the long way).
            assert!(!is_clean(text) || clean(text) == text, "{text:?}");
        }
        assert!(is_clean("Harbour Board chairman Ivo Berg") && !is_clean("Harbour Board  chairman") && !is_clean("Ines Oka  fornes"));
    }

    /// A name that is its last word alone is numbered without a split; any
    /// other (words before it, or something trimmed off before it) is split
    /// as [`NameWords::fill`] splits it. Either way the same numbers.
    #[test]
    fn a_one_word_name_is_numbered_as_split() {
        let mut vocabulary = Vocabulary::default();
        let (mut split, mut whole) = (NameWords::default(), NameWords::default());
        for text in ["Okafor", "Okafor ", "OKAFOR", "(Okafor)", "Zoë", "Holm\u{3000}", "Ines Okafor", " Okafor", "Berg -", "- Berg", "-", "", "Ann\u{a0}Holm"]
        {
            let last = last_word(text);
            let one_word = last.as_ptr() == text.as_ptr();
            assert_eq!(one_word, ["Okafor", "Okafor ", "OKAFOR", "(Okafor)", "Zoë", "Holm\u{3000}", "-", ""].contains(&text), "{text:?}");
            let ids = split.fill(text, &mut vocabulary).to_vec();
            assert_eq!(whole.fill_ending(text, last, &mut vocabulary), ids, "{text:?}");
        }
        assert_eq!(vocabulary.count(), 6, "okafor, zoë, holm, ines, berg and ann, each once");
    }

    #[test]
    fn the_shortcuts_agree_with_the_long_way() {
        for text in [
            "", " ", "Dmitry Peskov", "Dmitry  Peskov", " Peskov", "Peskov ", "A\tB", "A\u{b}B", "A\u{a0}B", "Zoë Ball", "x", "(Peskov)", "Peskov.", "’s",
            "9/11", "@AP", "Abcdefgh", " Abcdefgh", "Abcdefgh Ijklmnop", "Ines Okafor-Lindqvist Brekke", "Ann\u{1}Holm", "Ann Holm\t", "Okafor\u{7f}",
            "Ann Zoë Holm", "Zoë Holm Abcdefghij", "Ann Holm\u{a0}", "Ann\u{a0}Holm", "Ann Holm\u{3000}", "Zoë", "Ann Zoë", "É Holm ", "\t\u{b}Holm\u{c}\r",
        ] {
            let long: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(clean(text), long, "{text:?}");
            assert_eq!(trim_to_alphanumeric(text), text.trim_matches(|c: char| !c.is_alphanumeric()), "{text:?}");
            assert_eq!(last_word(text), text.split_whitespace().last().unwrap_or(""), "{text:?}");
        }
    }

    #[test]
    fn lower_case_is_compared_without_a_copy() {
        for (lower, word) in [("senator", "Senator"), ("senator", "senators"), ("", ""), ("é", "É"), ("ministre", "Ministre"), ("spokesman", "spokesMan")] {
            assert_eq!(is_lower_case_of(lower, word), lower == lower_case(word), "{lower} {word}");
        }
    }

    #[test]
    fn an_acronym_matches_its_initials() {
        let mut vocabulary = Vocabulary::default();
        let name = NameWords::default().fill("Baltic Shipping Council of the Isles", &mut vocabulary).to_vec();
        let id = initials(&name, &mut vocabulary, &mut String::new()).unwrap();
        assert_eq!(vocabulary.text(id), "bsci");
        let one_word = NameWords::default().fill("Vasstrand", &mut vocabulary).to_vec();
        assert_eq!(initials(&one_word, &mut vocabulary, &mut String::new()), None);
    }
}
