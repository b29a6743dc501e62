//! The lexicons in `grammar/*.txt`, compiled into the binary and read once
//! into lookup tables. Every word lookup goes through [`Lexicon::word`]; every
//! phrase lookup through [`Lexicon::phrases_at`].
//!
//! This file holds the lexicon and its lookups: a word's key (lower case,
//! the typographic apostrophe folded into the straight one) packed into
//! one integer, the word table and the phrases by their first word, and a
//! word compared with an entry as their keys would compare. What the
//! lexicons say of a word is in `info`, and the reading of the files in
//! `load`. (The lookups are one file with the lexicon: split into files of
//! their own, they cost the train run 0.4% more instructions, as the
//! compiler's code units fell out otherwise; see `grammar/error-causes.md`.)

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::word_lists::WordLists;
use crate::source::le_u64;

mod info;
mod load;

pub use info::{class, Phrase, PhraseKind, Verb, VerbClass, VerbForm, WordInfo};
pub use load::Extras;

#[derive(Clone)]
pub struct Lexicon {
    words: WordTable,
    phrases: Vec<Phrase>,
    phrases_by_first: PhraseStarts,
    loaded: HashMap<&'static str, &'static str>,
    lemmas: Vec<String>,
    /// Small closed word lists a rule reads whole, by section name
    /// (`figures.txt` [months]): too many to each take a flag bit.
    lists: WordLists,
}

/// Built once, on first use, and shared: each configuration holds an
/// `Arc` of it rather than a copy of its tables.
static LEXICON: LazyLock<std::sync::Arc<Lexicon>> = LazyLock::new(|| std::sync::Arc::new(Lexicon::build()));

/// The built-in lexicons.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// The built-in lexicons, shared with the caller.
pub fn shared_lexicon() -> std::sync::Arc<Lexicon> {
    std::sync::Arc::clone(&LEXICON)
}

impl Lexicon {
    /// The word list of section `name` of a list file (`months`, `units`),
    /// lower case. A name no file has is a bug: tests read every list.
    pub fn list(&self, name: &'static str) -> &[&'static str] {
        let list = self.lists.get(name);
        debug_assert!(!list.is_empty(), "no word list [{name}] in grammar/");
        list
    }

    /// Whether `word` is in the word list `name`, in any case: the test the
    /// rules ask of a word as it stands in the text.
    pub fn in_list(&self, name: &'static str, word: &str) -> bool {
        debug_assert!(!self.list(name).is_empty());
        self.lists.holds(name, word)
    }

    /// The neutral verb to suggest for a loaded one (`claimed` → `said`).
    pub fn neutral_for(&self, verb: &str) -> Option<&'static str> {
        Key::of(verb).and_then(|key| self.loaded.get(key.as_str()).copied())
    }

    pub fn lemma(&self, id: u16) -> &str {
        &self.lemmas[id as usize]
    }
}

/// The word lexicon by lookup key. Nearly every key is short, and a short
/// key is packed with its length into one integer: looking up a token then
/// hashes and compares one number instead of a string (this lookup runs for
/// every word of every draft).
#[derive(Clone, Default)]
struct WordTable {
    /// Keys of at most [`PACKED_LEN`] bytes, by [`Key::packed`].
    short: HashMap<u128, WordInfo>,
    long: HashMap<String, WordInfo>,
}

impl WordTable {
    /// The entry for a lexicon word, spelt as [`Key`] would fold it.
    fn entry(&mut self, word: String) -> &mut WordInfo {
        match Key::of(&word).and_then(|key| key.packed()) {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(word).or_default(),
        }
    }

    /// The entry for a lexicon word whose lookup key is `key`, as
    /// [`WordTable::entry`] would find it for the word spelt as the key.
    fn entry_for_key(&mut self, key: &Key) -> &mut WordInfo {
        match key.packed() {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(key.as_str().to_string()).or_default(),
        }
    }

    /// The entry for `word` (any case).
    fn get(&self, word: &[u8]) -> WordInfo {
        let found = match packed_ascii(word) {
            Some(short) => self.short.get(&short),
            None => match Key::of_bytes(word) {
                Some(key) => match key.packed() {
                    Some(short) => self.short.get(&short),
                    None => self.long.get(key.as_str()),
                },
                None => None,
            },
        };
        found.copied().unwrap_or_default()
    }
}

/// A short ASCII word (most words) packed as [`Key::packed`] packs its
/// key, straight from the text: no buffer, and lower-cased eight bytes at
/// a time. `None` for any other word. (Inlined: it is the first half of
/// every lookup, and as a call it cost a word lookup a third more.)
#[inline(always)]
pub(crate) fn packed_ascii(word: &[u8]) -> Option<u128> {
    if word.len() > PACKED_LEN {
        return None;
    }
    // Most words fit in the low half: the high one is zero, and neither
    // loaded nor lower-cased.
    if word.len() <= 8 {
        let low = le_u64(word);
        return (low & 0x8080_8080_8080_8080 == 0).then(|| lower_ascii(low) as u128 | (word.len() as u128) << 120);
    }
    let (low, high) = word.split_at(8);
    let (low, high) = (le_u64(low), le_u64(high));
    // The ASCII test on the packed bytes (a byte with its top bit set is
    // not ASCII; the zero fill never is), not a pass of its own over the word.
    if (low | high) & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    Some(lower_ascii(low) as u128 | (lower_ascii(high) as u128) << 64 | (word.len() as u128) << 120)
}

/// [`packed_ascii`] of the word of `len` bytes at the start of `tail`, in
/// a text that goes on after it (the lexer's fast path, for every plain
/// word): where eight bytes (sixteen for a longer word) follow the word's
/// start, they are loaded whole and those past the word masked off, with
/// no branch on the word's length, where [`le_u64`] loads a short word in
/// one of four ways by its length. The same key as `packed_ascii(&tail[..len])`.
#[inline(always)]
pub(crate) fn packed_ascii_in(tail: &[u8], len: usize) -> Option<u128> {
    // The low `n` bytes of a word of eight (`n` at most 8; none for 0).
    let keep = |word: u64, n: usize| word & u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
    match (tail.first_chunk::<16>(), tail.first_chunk::<8>()) {
        (_, Some(eight)) if len <= 8 => {
            let low = keep(u64::from_le_bytes(*eight), len);
            (low & 0x8080_8080_8080_8080 == 0).then(|| lower_ascii(low) as u128 | (len as u128) << 120)
        }
        (Some(sixteen), _) if len <= PACKED_LEN => {
            let (low, high) = sixteen.split_at(8);
            let low = u64::from_le_bytes(low.try_into().expect("eight bytes"));
            let high = keep(u64::from_le_bytes(high.try_into().expect("eight bytes")), len - 8);
            ((low | high) & 0x8080_8080_8080_8080 == 0).then(|| lower_ascii(low) as u128 | (lower_ascii(high) as u128) << 64 | (len as u128) << 120)
        }
        _ => packed_ascii(&tail[..len]),
    }
}

/// [`packed_ascii`] of the word of `len` ASCII bytes (at most
/// [`PACKED_LEN`]) at the start of `bytes`, the sixteen bytes read from the
/// text at the word's start (little-endian; the second eight only for a
/// word of eight bytes or more, else anything): the bytes past the word
/// masked off, no load and no ASCII test (the lexer's fast path has found
/// them letters).
#[inline(always)]
pub(crate) fn packed_letters(bytes: [u64; 2], len: usize) -> u128 {
    debug_assert!(len <= PACKED_LEN);
    let keep = |word: u64, n: usize| word & ((1u64 << (8 * n)) - 1);
    let [low, high] = if len < 8 { [keep(bytes[0], len), 0] } else { [bytes[0], keep(bytes[1], len - 8)] };
    debug_assert!((low | high) & 0x8080_8080_8080_8080 == 0, "an ASCII word");
    let high = if len < 8 { 0 } else { lower_ascii(high) };
    lower_ascii(low) as u128 | (high as u128) << 64 | (len as u128) << 120
}

/// Lower-cases eight ASCII bytes at once: each byte from `A` to `Z` gains
/// 0x20. (Adding to a byte below 0x80 sets its top bit at a threshold and
/// never carries into the next byte.)
#[inline]
fn lower_ascii(x: u64) -> u64 {
    use crate::source::{EACH, TOP};
    let from_a = x + EACH * (0x80 - b'A' as u64);
    let past_z = x + EACH * (0x80 - b'Z' as u64 - 1);
    x | (((from_a ^ past_z) & TOP) >> 2)
}

/// The longest key that [`Key::packed`] takes: its length goes in the last byte.
const PACKED_LEN: usize = 15;

/// A word lower-cased for lookup, with the typographic apostrophe folded
/// into the straight one, in a buffer on the stack.
struct Key {
    /// The key's bytes, then zeros.
    buf: [u8; 48],
    len: usize,
}

impl Key {
    /// Words with non-ASCII letters (other than `’`) are in no lexicon, so
    /// they have no key and cost no allocation; nor do words too long for
    /// the buffer.
    fn of(word: &str) -> Option<Key> {
        Key::of_bytes(word.as_bytes())
    }

    /// [`Key::of`] for a word's bytes (a token's, read without slicing the
    /// text as a `str`).
    fn of_bytes(bytes: &[u8]) -> Option<Key> {
        let mut key = Key { buf: [0; 48], len: 0 };
        // Nearly every word is ASCII: lower-case it in one tight loop.
        if bytes.len() <= key.buf.len() && bytes.is_ascii() {
            for (k, b) in key.buf.iter_mut().zip(bytes) {
                *k = b.to_ascii_lowercase();
            }
            key.len = bytes.len();
            return Some(key);
        }
        for b in folded(bytes) {
            *key.buf.get_mut(key.len)? = b?;
            key.len += 1;
        }
        Some(key)
    }

    fn as_str(&self) -> &str {
        // SAFETY: `of` writes only ASCII bytes, so `buf[..len]` is UTF-8.
        // (Checking it again cost a tenth of the whole pipeline's time.)
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }

    /// The key as an integer: its bytes little-endian and its length in
    /// the top byte (so keys that differ only by trailing zero bytes stay
    /// apart). `None` when it is longer than [`PACKED_LEN`].
    fn packed(&self) -> Option<u128> {
        if self.len > PACKED_LEN {
            return None;
        }
        let mut first = [0u8; 16];
        first.copy_from_slice(&self.buf[..16]);
        Some(u128::from_le_bytes(first) | (self.len as u128) << 120)
    }
}

/// A word's bytes as lexicon keys spell them: ASCII lower-cased, the
/// typographic apostrophe (U+2019) as `'`, and `None` for any other
/// non-ASCII character, which no lexicon entry has.
fn folded(word: &[u8]) -> impl Iterator<Item = Option<u8>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *word.get(i)?;
        i += 1;
        Some(match b {
            b if b.is_ascii() => Some(b.to_ascii_lowercase()),
            0xE2 if word[i..].starts_with(&[0x80, 0x99]) => {
                i += 2;
                Some(b'\'')
            }
            _ => None,
        })
    })
}

impl Lexicon {
    /// What the lexicons know of `word` (any case).
    pub fn word(&self, word: &str) -> WordInfo {
        self.words.get(word.as_bytes())
    }

    /// [`Lexicon::word`] for a word's bytes (a token's, read without
    /// slicing the text as a `str`).
    pub fn word_bytes(&self, word: &[u8]) -> WordInfo {
        self.words.get(word)
    }

    /// [`Lexicon::word_bytes`] for the lexer, which asks it of every word:
    /// a short ASCII word's lookup inlined there, the rest a call. (Only
    /// there: inlined into every caller it would change what the compiler
    /// inlines across the grammar.)
    #[inline(always)]
    pub(super) fn word_bytes_in_lexer(&self, word: &[u8]) -> WordInfo {
        match packed_ascii(word) {
            Some(short) => self.words.short.get(&short).copied().unwrap_or_default(),
            None => self.words.get(word),
        }
    }

    /// [`Lexicon::word_bytes_in_lexer`] for a word of letters whose key
    /// [`packed_letters`] made.
    #[inline(always)]
    pub(super) fn short_word_in_lexer(&self, key: u128) -> WordInfo {
        self.words.short.get(&key).copied().unwrap_or_default()
    }

    /// [`Lexicon::word_bytes_in_lexer`] for the word of `len` bytes at the
    /// start of `tail`, read by [`packed_ascii_in`].
    #[inline(always)]
    pub(super) fn word_at_in_lexer(&self, tail: &[u8], len: usize) -> WordInfo {
        match packed_ascii_in(tail, len) {
            Some(short) => self.words.short.get(&short).copied().unwrap_or_default(),
            None => self.words.get(&tail[..len]),
        }
    }
}

/// True when `word` equals the lexicon entry `entry`, ignoring case and the
/// apostrophe style.
pub fn same_word(word: &str, entry: &str) -> bool {
    same_word_bytes(word.as_bytes(), entry)
}

/// [`same_word`] for a word's bytes (a token's, read without slicing the
/// text as a `str`).
pub fn same_word_bytes(word: &[u8], entry: &str) -> bool {
    let entry = entry.as_bytes();
    // The key is never longer than the word.
    if word.len() < entry.len() {
        return false;
    }
    // Most words differ from the entry in their first letter.
    if let (Some(w), Some(e)) = (word.first(), entry.first()) {
        if w.is_ascii() && w.to_ascii_lowercase() != *e {
            return false;
        }
    }
    // A word as long as the entry can only match if it is ASCII (a `’`
    // folds three bytes into one, and no other non-ASCII byte folds at
    // all): compared whole, with no pass to see whether it is ASCII first.
    // (A non-ASCII byte of the word never equals an ASCII byte of the entry.)
    if word.len() == entry.len() {
        return word.iter().zip(entry).all(|(w, e)| e.is_ascii() && w.to_ascii_lowercase() == *e);
    }
    // A longer word must fold shorter: only one with a `’` can.
    if word.is_ascii() {
        return false;
    }
    // Others byte by byte as `Key::of` would fold them.
    let mut n = 0;
    for b in folded(word) {
        if b.is_none() || entry.get(n) != b.as_ref() {
            return false;
        }
        n += 1;
    }
    n == entry.len()
}

/// Phrases by their first word, keyed as [`WordTable`] keys words: a
/// short word's key packed into one integer, so a word that may start a
/// phrase is looked up without a buffer or a string hash (the clause finder
/// and the phrase rules look up every such word).
#[derive(Clone, Default)]
struct PhraseStarts {
    /// Keys of at most [`PACKED_LEN`] bytes, by [`Key::packed`].
    short: HashMap<u128, Vec<usize>>,
    long: HashMap<String, Vec<usize>>,
}

impl PhraseStarts {
    /// Lists phrase `index` under its first word, spelt as its key. The
    /// phrase files must write that word as its key is spelt (lower case,
    /// straight apostrophe): a token found under it then is that word, and
    /// `cue_at` does not compare it again. A line that breaks this stops
    /// the lexicon's build.
    fn add(&mut self, first: &str, index: usize) {
        let key = Key::of(first).expect("a phrase's first word is ASCII or `’`, and short");
        assert_eq!(key.as_str(), first, "a phrase's first word is written in lower case with a straight apostrophe");
        let list = match key.packed() {
            Some(short) => self.short.entry(short).or_default(),
            None => self.long.entry(key.as_str().to_string()).or_default(),
        };
        list.push(index);
    }

    /// The phrases whose first word is `word` (any case), longest first.
    fn get(&self, word: &[u8]) -> Option<&Vec<usize>> {
        match packed_ascii(word) {
            Some(short) => self.short.get(&short),
            None => {
                let key = Key::of_bytes(word)?;
                match key.packed() {
                    Some(short) => self.short.get(&short),
                    None => self.long.get(key.as_str()),
                }
            }
        }
    }
}

impl Lexicon {
    /// Phrases whose first word is `word`, longest first.
    pub fn phrases_at(&self, word: &str) -> impl Iterator<Item = &Phrase> + Clone {
        self.phrase_list(word).iter().map(|&i| &self.phrases[i])
    }

    /// [`Lexicon::phrases_at`] as indices for [`Lexicon::phrase`]: a slice,
    /// for a caller that walks it several times.
    pub fn phrase_list(&self, word: &str) -> &[usize] {
        self.phrases_by_first.get(word.as_bytes()).map_or(&[], Vec::as_slice)
    }

    /// The phrase at index `i` of a [`Lexicon::phrase_list`].
    pub fn phrase(&self, i: usize) -> &Phrase {
        &self.phrases[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ascii_words_pack_as_their_keys_do() {
        for word in ["Said", "a", "", "ABCDEFGHIJKLMNO", "x@Z[`{", "Mr.", "o'brien", "Spokesman", "ABCDEFGH", "abcdefghi"] {
            assert_eq!(packed_ascii(word.as_bytes()), Key::of(word).and_then(|k| k.packed()), "{word}");
        }
        assert_eq!(packed_ascii(b"ABCDEFGHIJKLMNOP"), None);
        assert_eq!(packed_ascii("Don\u{2019}t".as_bytes()), None);
    }

    #[test]
    fn a_word_packs_alike_read_with_the_text_after_it() {
        let text = "Said a ABCDEFGH abcdefghi ABCDEFGHIJKLMNO ABCDEFGHIJKLMNOP Don\u{2019}t caf\u{e9} x@Z[`{ end";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for len in 0..=(bytes.len() - start).min(20) {
                let tail = &bytes[start..];
                assert_eq!(packed_ascii_in(tail, len), packed_ascii(&tail[..len]), "{start} {len}");
            }
        }
        // Bytes past the word never count, whatever they are.
        assert_eq!(packed_ascii_in("said\u{2019}s".as_bytes(), 4), packed_ascii(b"said"));
        assert_ne!(packed_ascii_in(b"saidxxxx", 4), packed_ascii(b"saidxxxx"));
    }

    #[test]
    fn a_word_of_letters_packs_alike_from_its_sixteen_bytes() {
        let text = b"The Harbour board SAID no to a new Quay, Okafor said; x".repeat(2);
        for start in 0..text.len() - 16 {
            let eight = |at: usize| u64::from_le_bytes(text[at..at + 8].try_into().unwrap());
            for len in 0..=PACKED_LEN {
                // The second eight bytes are read only for a word of eight or more.
                let high = if len < 8 { 0x5a5a_5a5a_5a5a_5a5a } else { eight(start + 8) };
                assert_eq!(Some(packed_letters([eight(start), high], len)), packed_ascii(&text[start..start + len]), "{start} {len}");
            }
        }
        // Bytes past the word never count, whatever they are.
        assert_ne!(Some(packed_letters([u64::from_le_bytes(*b"saidxxxx"), 0], 4)), packed_ascii(b"saidx"));
    }

    #[test]
    fn words_match_entries_as_folded_keys_do() {
        let words = ["said", "Said", "SAID", "saids", "sai", "don’t", "Don't", "don’", "dont", "n’t", "é", "’s", "'s", "café", "o’brien’s"];
        let entries = ["said", "don't", "dont", "n't", "'s", "s", "", "o'brien's", "caf\u{e9}"];
        for word in words {
            for entry in entries {
                let folded = Key::of(word).is_some_and(|k| k.as_str() == entry);
                assert_eq!(same_word(word, entry), folded, "{word} {entry}");
            }
        }
    }

    #[test]
    fn a_key_is_the_word_lower_cased_with_straight_apostrophes() {
        for word in ["Said", "O’Brien", "Lt.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "don't"] {
            let key = Key::of(word).unwrap();
            assert_eq!(key.as_str(), word.to_lowercase().replace('\u{2019}', "'"), "{word}");
        }
        assert!(Key::of("café").is_none());
    }

    #[test]
    fn typographic_apostrophes_fold_into_straight_ones() {
        assert!(same_word("Don\u{2019}t", "don't"));
        assert_eq!(lexicon().word("’s"), lexicon().word("'s"));
    }

    #[test]
    fn phrases_start_with_their_key() {
        // Every phrase file's first words are spelt as their keys.
        let lex = lexicon();
        for i in 0..lex.phrases.len() {
            let first = lex.phrase(i).words[0];
            assert_eq!(Key::of(first).map(|k| k.as_str().to_string()).as_deref(), Some(first), "{first}");
        }
        let mut starts = PhraseStarts::default();
        starts.add("chimed", 0);
        starts.add("won't", 1);
        assert_eq!(starts.get("Won’t".as_bytes()).map(Vec::as_slice), Some(&[1][..]));
    }

    #[test]
    #[should_panic(expected = "lower case")]
    fn a_phrase_opening_with_a_capital_stops_the_build() {
        PhraseStarts::default().add("Chimed", 0);
    }

    #[test]
    #[should_panic(expected = "straight apostrophe")]
    fn a_phrase_opening_with_a_curly_apostrophe_stops_the_build() {
        PhraseStarts::default().add("won’t", 0);
    }

    #[test]
    fn phrases_are_found_by_first_word_longest_first() {
        let cues: Vec<_> = lexicon().phrases_at("said").map(|p| p.words.join(" ")).collect();
        assert_eq!(cues.first().map(String::as_str), Some("said in a statement"));
        let according = lexicon().phrases_at("According").find(|p| p.kind == PhraseKind::Cue).unwrap();
        assert_eq!(according.source_slot, Some(2));
    }

    #[test]
    fn every_phrase_is_found_by_its_first_word_in_any_case() {
        // The phrase files spell each word as its key (lower case, straight
        // apostrophes), so a word finds its phrases however it is written.
        let lex = lexicon();
        for phrase in &lex.phrases {
            let first = phrase.words[0];
            assert_eq!(Key::of(first).map(|k| k.as_str().to_string()).as_deref(), Some(first), "{first}");
            for spelt in [first.to_string(), first.to_uppercase(), first.replace('\'', "\u{2019}")] {
                assert!(lex.phrases_at(&spelt).any(|p| std::ptr::eq(p, phrase)), "{spelt}");
            }
        }
        assert_eq!(lex.phrases_at("ferryboat").count(), 0);
        assert_eq!(lex.phrases_at("ferryboat-operators-association").count(), 0);
    }
}
