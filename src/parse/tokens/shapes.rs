//! The word shapes the lexer reads: numbers (`1,200.5`, `46-year-old`),
//! words with their joiners (inner apostrophes and hyphens, `&`, the full
//! stop of an initialism or an abbreviation), possessive endings and a
//! pronoun's contracted auxiliary, blanks, and the byte-class tables of
//! the lexer's fast path.
//!
//! Apart from the lexer loop because each says what one token is from
//! where it starts, whatever stands around it.

use super::token::TokenKind;
use crate::parse::lexicon::lexicon;
use crate::parse::paragraphs::is_blank;
use crate::source::{in_range_tops, EACH, TOP};
/// What [`lexeme`] read: the token's kind, the bytes it takes, for a word
/// the length without its possessive ending (else the same length), and
/// whether a hyphen joins its parts (the possessive ending never has one).
pub(super) struct Lexeme {
    pub(super) kind: TokenKind,
    pub(super) taken: usize,
    pub(super) len: usize,
    pub(super) hyphen: bool,
}

/// The text from a token's start up to where it may end (the next mark
/// or hidden span, or the paragraph's end), read as bytes. Slicing the
/// text as a `str` there checked both ends for character boundaries before
/// every token; here only the rare non-ASCII character is sliced, to be
/// decoded, and the bytes up to the limit are sliced once a limit.
#[derive(Clone, Copy)]
pub(super) struct Input<'a> {
    pub(super) text: &'a str,
    /// The text's bytes up to the limit.
    pub(super) bytes: &'a [u8],
    pub(super) start: usize,
}

impl<'a> Input<'a> {
    /// The byte `at` bytes from the start, if before the limit.
    #[inline(always)]
    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes.get(self.start + at).copied()
    }

    /// The bytes from `at` bytes after the start to the limit.
    fn rest(&self, at: usize) -> &'a [u8] {
        self.bytes.get(self.start + at..).unwrap_or(&[])
    }

    /// The character starting `at` bytes from the start (always a
    /// character boundary where this is asked).
    fn char_at(&self, at: usize) -> Option<char> {
        let from = self.start + at;
        if from >= self.bytes.len() {
            return None;
        }
        self.text[from..self.bytes.len()].chars().next()
    }

    /// The first `len` bytes as a `str`.
    fn head(&self, len: usize) -> &'a str {
        &self.text[self.start..self.start + len]
    }
}

/// One token from the start of `input`: a number, a word, or a single
/// punctuation character.
///
/// A plain loop over bytes rather than nom: it runs once per token of every
/// draft, and nom's per-character combinators cost most of the lexing time.
/// Non-ASCII characters are decoded and classed exactly as `char` does.
#[inline]
pub(super) fn lexeme(input: Input<'_>) -> Option<Lexeme> {
    let first = input.byte(0)?;
    if first.is_ascii_digit() {
        return Some(numeral(input));
    }
    let run = word_run(input, 0);
    if run > 0 {
        let (taken, len, hyphen) = word(input, run);
        return Some(Lexeme { kind: TokenKind::Word, taken, len, hyphen });
    }
    // Most punctuation is ASCII: one byte, with nothing to decode.
    let c = if first.is_ascii() { char::from(first) } else { input.char_at(0)? };
    Some(Lexeme { kind: TokenKind::Punct(c), taken: c.len_utf8(), len: c.len_utf8(), hyphen: false })
}

/// A token that starts with a digit. `46-year-old`, `12-day`: a number
/// joined to words by hyphens is a word. Otherwise a number: `40%`,
/// `1,200`, `3.5`, `1990s`, `10:30`, `21st`.
#[inline]
fn numeral(input: Input<'_>) -> Lexeme {
    let digits = digit_run(input, 0);
    let mut end = digits;
    while input.byte(end) == Some(b'-') {
        let letters = alphabetic_run(input, end + 1);
        if letters == end + 1 {
            break;
        }
        end = letters;
    }
    if end > digits {
        return Lexeme { kind: TokenKind::Word, taken: end, len: end, hyphen: true };
    }
    while matches!(input.byte(end), Some(b',' | b'.' | b':' | b'/')) && input.byte(end + 1).is_some_and(|b| b.is_ascii_digit()) {
        end = digit_run(input, end + 1);
    }
    if input.byte(end) == Some(b'%') {
        end += 1;
    }
    end = alphabetic_run(input, end);
    Lexeme { kind: TokenKind::Number, taken: end, len: end, hyphen: false }
}

/// End of the ASCII digits from `from`.
fn digit_run(input: Input<'_>, from: usize) -> usize {
    from + input.rest(from).iter().take_while(|b| b.is_ascii_digit()).count()
}

/// End of the run of characters from `from` that satisfy `class`, with
/// `ascii` answering for ASCII bytes without decoding them.
#[inline(always)]
fn run_of(input: Input<'_>, from: usize, ascii: impl Fn(u8) -> bool, class: impl Fn(char) -> bool) -> usize {
    let mut end = from;
    while let Some(b) = input.byte(end) {
        if b.is_ascii() {
            if !ascii(b) {
                break;
            }
            end += 1;
        } else {
            let c = input.char_at(end).expect("a char starts here");
            if !class(c) {
                break;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// End of the alphabetic characters from `from`.
fn alphabetic_run(input: Input<'_>, from: usize) -> usize {
    run_of(input, from, |b| b.is_ascii_alphabetic(), char::is_alphabetic)
}

/// End of the word characters from `from`. (Inlined: it runs for every
/// word, and as a call it cost more than its loop.) An ASCII word byte is
/// passed on one table lookup, with no test for ASCII first; any other
/// byte ends the word or, not ASCII, is decoded.
#[inline(always)]
fn word_run(input: Input<'_>, from: usize) -> usize {
    let rest = input.rest(0);
    let mut end = from;
    while let Some(&b) = rest.get(end) {
        if WORD_BYTES[b as usize] {
            end += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        let c = input.char_at(end).expect("a char starts here");
        if !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// How many of the bytes at the start of `tail` are [`WORD_BYTES`], read
/// two a turn (a word runs to five bytes or so: see
/// [`position_by_pairs`](crate::parse::search::position_by_pairs)).
#[inline(always)]
pub(super) fn word_bytes_len(tail: &[u8]) -> usize {
    crate::parse::search::position_by_pairs(tail, |&b| !WORD_BYTES[b as usize]).unwrap_or(tail.len())
}

/// The ASCII letters at the start of `tail`, read eight bytes at a time,
/// when a byte that is not one stands among its first sixteen: how many
/// (at least one when the first byte is a letter), and the eight bytes
/// read (little-endian, so in text order), then the next eight when there
/// are eight letters or more (else 0). `None` when fewer bytes are left
/// than are to be read or all sixteen are letters (counted by
/// [`word_bytes_len`]). Most words of news copy are letters alone and
/// shorter than sixteen: a load or two and a few operations count them,
/// where a table lookup a byte did; the byte after them says whether the
/// word goes on (a digit, `@`, `#` or `_` does: see [`AFTER_WORD`]).
#[inline(always)]
pub(super) fn letters_in_sixteen(tail: &[u8]) -> Option<(usize, [u64; 2])> {
    let low = u64::from_le_bytes(*tail.first_chunk::<8>()?);
    let ends = !ascii_letter_tops(low) & TOP;
    if ends != 0 {
        return Some((ends.trailing_zeros() as usize / 8, [low, 0]));
    }
    let high = u64::from_le_bytes(*tail.get(8..)?.first_chunk::<8>()?);
    let ends = !ascii_letter_tops(high) & TOP;
    (ends != 0).then(|| (8 + ends.trailing_zeros() as usize / 8, [low, high]))
}

/// The top bit of each byte of `x` that is an ASCII letter, set; every
/// other bit clear: with the lower-case bit (0x20) set in each byte, the
/// bytes from `a` to `z`.
#[inline(always)]
fn ascii_letter_tops(x: u64) -> u64 {
    in_range_tops(x | (EACH * 0x20), b'a', b'z')
}

/// [`is_word_char`] for ASCII bytes, as a table of all 256 (false for the
/// others): the test runs on every byte of every word.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'@' || c == b'#' || c == b'_';
        b += 1;
    }
    table
};

/// Classes of a token's first byte for `Lexer::plain_token`: an ASCII
/// letter; ASCII punctuation (a byte that is neither blank, nor a digit,
/// nor a word byte: a token of its own); anything else.
const OTHER: u8 = 0;
pub(super) const LETTER: u8 = 1;
pub(super) const PUNCT: u8 = 2;
pub(super) const BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let blank = matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'\0');
        table[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if !blank && !WORD_BYTES[b] {
            PUNCT
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// Classes of the byte after a plain word's word bytes, for
/// `Lexer::plain_token`, read from one table rather than compared with
/// each joiner: a byte that ends the word; a full stop, which may join it
/// to more (see [`plain_before_full_stop`]); a byte that joins it to more
/// or is to be decoded (an apostrophe, a hyphen, `&`, any byte past ASCII),
/// or goes on with it (a word byte after the letters [`letters_in_sixteen`]
/// counted: the word is left to the full lexer).
pub(super) const ENDS_WORD: u8 = 0;
pub(super) const FULL_STOP: u8 = 1;
const JOINS: u8 = 2;
pub(super) const AFTER_WORD: [u8; 256] = {
    let mut table = [JOINS; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\'' | b'-' | b'&' => JOINS,
            b'.' => FULL_STOP,
            _ if WORD_BYTES[b] => JOINS,
            _ => ENDS_WORD,
        };
        b += 1;
    }
    table
};

/// Whether the plain word `word` (ASCII word bytes from a letter), with a
/// full stop after it and then `after`, ends before the stop: the stop
/// joins nothing after it (no word byte, and no character to decode), and
/// the word is neither a single letter (an initialism, `F.`) nor an
/// abbreviation (`Mr.`), which keep it (see [`word`]).
pub(super) fn plain_before_full_stop(word: &[u8], after: Option<u8>) -> bool {
    let joins = after.is_some_and(|b| WORD_BYTES[b as usize] || !b.is_ascii());
    !joins && word.len() > 1 && !lexicon().word_bytes(word).is(crate::parse::lexicon::class::ABBREVIATION)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '@' || c == '#' || c == '_'
}

/// The length of the character joining two parts of a word (`'`, `’`, `-`,
/// `&`, `.`, and the Unicode hyphens) at the start of `rest`, if one is there.
fn joiner_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'\'' | b'-' | b'&' | b'.', ..] => Some(1),
        [0xE2, 0x80, 0x99 | 0x90 | 0x91, ..] => Some(3), // ’ ‐ ‑
        _ => None,
    }
}

/// A word whose first run of word characters ends at `run`, with its
/// inner apostrophes and hyphens (`don’t`, `al-Assad`), initialisms
/// (`U.S.`), abbreviations with their full stop (`Mr.`), and a possessive
/// ending kept apart. Returns the bytes taken, the word's length without
/// the possessive, and whether an ASCII hyphen joins two of its parts.
///
/// Only an apostrophe joining two of its parts can make a possessive
/// (`Brien’s`) or a contraction (`they’re`): word characters include
/// neither apostrophe, so a word with no such joiner is not searched for one.
#[inline]
fn word(input: Input<'_>, run: usize) -> (usize, usize, bool) {
    let mut end = run;
    let mut hyphen = false;
    let mut apostrophe = false;
    while let Some(joiner) = joiner_len(input.rest(end)) {
        let next = word_run(input, end + joiner);
        if next == end + joiner || missing_space_after_stop(input, end) {
            break;
        }
        hyphen |= input.byte(end) == Some(b'-');
        apostrophe |= apostrophe_len(input.rest(end)).is_some();
        end = next;
    }
    // The full stop of an abbreviation or initialism belongs to the word.
    let abbreviation = || is_initialism(input.head(end)) || lexicon().word_bytes(input.head(end).as_bytes()).is(crate::parse::lexicon::class::ABBREVIATION);
    let whole = if input.byte(end) == Some(b'.') && abbreviation() { end + 1 } else { end };
    // A trailing apostrophe after an s (`farmers’`) is a possessive ending.
    if input.byte(end - 1) == Some(b's') {
        if let Some(n) = apostrophe_len(input.rest(whole)) {
            if !input.char_at(whole + n).is_some_and(is_word_char) {
                return (whole + n, whole, hyphen);
            }
        }
    }
    if !apostrophe {
        return (whole, whole, hyphen);
    }
    let taken = input.head(whole);
    let contraction = || may_be_contraction(taken.as_bytes()).then(|| contraction_split(taken)).flatten();
    (whole, possessive_split(taken.as_bytes()).or_else(contraction).unwrap_or(whole), hyphen)
}

/// Whether the full stop at `stop` ends a sentence whose space after it
/// was never typed (`the mayor said.The council met`): two lower-case
/// letters before it and a capitalised word after it. Initialisms
/// (`U.S.`), domains (`harbour.org`) and single letters (`Ph.D.`) keep
/// their stop inside the word.
fn missing_space_after_stop(input: Input<'_>, stop: usize) -> bool {
    let lower = |at: usize| input.byte(at).is_some_and(|b| b.is_ascii_lowercase());
    input.byte(stop) == Some(b'.')
        && stop >= 2
        && lower(stop - 1)
        && lower(stop - 2)
        && input.byte(stop + 1).is_some_and(|b| b.is_ascii_uppercase())
        && lower(stop + 2)
}

/// The length of the apostrophe (`'` or `’`) at the start of `rest`, if one is there.
fn apostrophe_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'\'', ..] => Some(1),
        [0xE2, 0x80, 0x99, ..] => Some(3),
        _ => None,
    }
}

/// The length of the blank character (see [`is_blank`]) at `pos`, if it is one.
#[inline]
pub(super) fn blank_len(text: &str, pos: usize) -> Option<usize> {
    match text.as_bytes()[pos] {
        b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b'\0' => Some(1),
        b if b.is_ascii() => None,
        _ => text[pos..].chars().next().filter(|&c| is_blank(c)).map(char::len_utf8),
    }
}

/// `U.S`, `F`, `D.C`: single letters joined by full stops.
#[inline]
fn is_initialism(body: &str) -> bool {
    // Asked of every word before a full stop, most of them not one letter
    // and its stop: ruled out by their second byte, without the split.
    if let [first, second, ..] = body.as_bytes() {
        if first.is_ascii() && *second != b'.' {
            return false;
        }
    }
    body.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Where a possessive `’s` starts in `word`, if it has one.
#[inline]
fn possessive_split(word: &[u8]) -> Option<usize> {
    // Every ending ends in an s: most words are ruled out at once.
    if !matches!(word.last(), Some(b's' | b'S')) {
        return None;
    }
    for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = word.strip_suffix(ending.as_bytes()) {
            if !stem.is_empty() {
                return Some(stem.len());
            }
        }
    }
    None
}

/// Where the `’re`, `’m`, `’ve`, `’ll` or `’d` of a pronoun (`they’re`,
/// `I'm`, `we’ll`) starts: the ending is an auxiliary, a word of its own.
#[inline]
fn contraction_split(word: &str) -> Option<usize> {
    const PRONOUNS: [&str; 8] = ["i", "you", "we", "they", "he", "she", "it", "who"];
    let apostrophe = word.rfind(['\'', '\u{2019}'])?;
    let ending = word[apostrophe..].trim_start_matches(['\'', '\u{2019}']);
    let contraction = ["re", "m", "ve", "ll", "d"].iter().any(|e| ending.eq_ignore_ascii_case(e));
    let stem = &word[..apostrophe];
    (contraction && PRONOUNS.iter().any(|p| stem.eq_ignore_ascii_case(p))).then_some(apostrophe)
}

/// Whether `word` is short enough for a pronoun, an apostrophe and an
/// ending (`they’re`: at most 4 + 3 + 2 bytes) and ends as an ending does:
/// [`contraction_split`] finds none in any other. Nearly every word fails
/// one test, and so is spared the backward search for an apostrophe, which
/// decoded the whole word character by character (a sixth of the lexer's
/// time).
fn may_be_contraction(word: &[u8]) -> bool {
    word.len() <= 9 && matches!(word.last(), Some(b'e' | b'E' | b'm' | b'M' | b'l' | b'L' | b'd' | b'D'))
}

#[cfg(test)]
mod tests {
    use super::super::{tokens_of, words};
    use super::*;

    #[test]
    fn letters_are_found_eight_bytes_at_a_time_as_one_at_a_time() {
        // Every byte at every place, among neighbours that are letters,
        // the bytes around them, and bytes past ASCII.
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b'Z', b'@', b'[', b'`', b'{', 0x00, 0x7f, 0x80, 0xc3, 0xff] {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let tops = ascii_letter_tops(u64::from_le_bytes(eight));
                    for (i, &e) in eight.iter().enumerate() {
                        assert_eq!(tops >> (8 * i) & 0xff, if e.is_ascii_alphabetic() { 0x80 } else { 0 }, "{eight:?} byte {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_of_letters_are_counted_eight_bytes_at_a_time() {
        let eight = |b: &[u8; 8]| u64::from_le_bytes(*b);
        assert_eq!(letters_in_sixteen(b"said the"), Some((4, [eight(b"said the"), 0])));
        assert_eq!(letters_in_sixteen(b"Q3 plans"), Some((1, [eight(b"Q3 plans"), 0])));
        assert_eq!(letters_in_sixteen(b"x\xc3\xa9t\xc3\xa9 de"), Some((1, [eight(b"x\xc3\xa9t\xc3\xa9 d"), 0])));
        assert_eq!(letters_in_sixteen(b"ministers said"), None, "fewer than sixteen bytes to read");
        assert_eq!(letters_in_sixteen(b"ministers said it"), Some((9, [eight(b"minister"), eight(b"s said i")])));
        assert_eq!(letters_in_sixteen(b"abcdefgh, then"), None);
        assert_eq!(letters_in_sixteen(b"abcdefgh, then more"), Some((8, [eight(b"abcdefgh"), eight(b", then m")])));
        // Sixteen letters or more, or fewer than eight bytes: counted the long way.
        assert_eq!(letters_in_sixteen(b"internationalisation"), None);
        assert_eq!(letters_in_sixteen(b"said"), None);
        // A word byte after the letters: the word goes on, and is the full lexer's.
        for after in [b'9', b'@', b'#', b'_'] {
            let text = [b"abc".as_slice(), &[after], b"defgh"].concat();
            assert_eq!(letters_in_sixteen(&text).map(|(len, _)| len), Some(3));
            assert_eq!(AFTER_WORD[after as usize], JOINS);
        }
    }

    #[test]
    fn word_bytes_are_counted_two_at_a_time_as_one_at_a_time() {
        let bytes = b"ab9Z -.'\xc3\xa9_";
        // Every string of up to five of these bytes.
        let mut strings: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = strings.clone();
        for _ in 0..5 {
            last = last.iter().flat_map(|s| bytes.iter().map(move |&b| [s.as_slice(), &[b]].concat())).collect();
            strings.extend(last.iter().cloned());
        }
        for s in &strings {
            let one_at_a_time = s.iter().position(|&b| !WORD_BYTES[b as usize]).unwrap_or(s.len());
            assert_eq!(word_bytes_len(s), one_at_a_time, "{s:?}");
        }
    }

    #[test]
    fn a_stop_typed_without_its_space_ends_the_word() {
        assert_eq!(words("the mayor said.The council"), ["the", "mayor", "said", ".", "The", "council"]);
        // Initialisms, single letters and lower-case domains keep their stops.
        assert_eq!(words("the U.S.Navy"), ["the", "U.S.Navy"]);
        assert_eq!(words("a Ph.Dr"), ["a", "Ph.Dr"]);
        assert_eq!(words("harbour.org"), ["harbour.org"]);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_possessives() {
        assert_eq!(words("Don’t ask O'Brien’s aide."), ["Don’t", "ask", "O'Brien", "’s", "aide", "."]);
        assert_eq!(words("the farmers’ union"), ["the", "farmers", "’", "union"]);
    }

    #[test]
    fn a_pronoun_and_its_auxiliary_are_two_words() {
        assert_eq!(words("They’re sure I'm late; we'll see."), ["They", "’re", "sure", "I", "'m", "late", ";", "we", "'ll", "see", "."]);
        assert_eq!(words("Holm're O'Malley'd"), ["Holm're", "O'Malley'd"]);
    }

    #[test]
    fn every_contraction_passes_the_quick_test() {
        for pronoun in ["i", "you", "we", "they", "he", "she", "it", "who", "THEY", "Who"] {
            for apostrophe in ["'", "\u{2019}"] {
                for ending in ["re", "m", "ve", "ll", "d", "RE", "M", "VE", "LL", "D"] {
                    let word = format!("{pronoun}{apostrophe}{ending}");
                    assert!(may_be_contraction(word.as_bytes()), "{word}");
                    assert_eq!(contraction_split(&word), Some(pronoun.len()), "{word}");
                }
            }
        }
        assert_eq!(contraction_split("they\u{2019}ve-been"), None);
    }

    #[test]
    fn abbreviations_and_initialisms_keep_their_full_stop() {
        assert_eq!(words("Mr. Lee met U.S. Lt. Gen. Ray."), ["Mr.", "Lee", "met", "U.S.", "Lt.", "Gen.", "Ray", "."]);
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    }

    #[test]
    fn blank_bytes_are_the_blank_characters() {
        let others = ['\u{85}', '\u{a0}', '\u{2003}', '\u{feff}', '\u{2019}', 'é'];
        for c in (0u8..0x80).map(char::from).chain(others) {
            let text = format!("{c}x");
            assert_eq!(blank_len(&text, 0), is_blank(c).then(|| c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn the_lexer_notes_each_word_with_a_hyphen_in_it() {
        let text = "A well-known pro-Kremlin 46-year-old said - an e-mail’s tone isn't all‐caps, nor 12 - 3.";
        let tokens = tokens_of(text);
        let hyphenated: Vec<&str> = tokens.iter().filter(|t| t.has_hyphen()).map(|t| t.span().of(text)).collect();
        assert_eq!(hyphenated, ["well-known", "pro-Kremlin", "46-year-old", "e-mail"]);
        // Exactly the words whose text has an ASCII hyphen, as `name_word` read it before.
        for t in &tokens {
            assert_eq!(t.has_hyphen(), t.is_word() && t.span().of(text).contains('-'), "{}", t.span().of(text));
        }
    }

    #[test]
    fn numbers_are_one_token() {
        assert_eq!(words("Up 40% to 1,200.5 in the 1990s"), ["Up", "40%", "to", "1,200.5", "in", "the", "1990s"]);
    }
}
