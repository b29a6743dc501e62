//! The lower-case words of one draft's names, each stored once and known
//! by a number. Names are compared word by word many times (every named
//! mention against the entities it may be): as numbers two words compare
//! in one instruction, an index can be a plain vector, and no entity needs
//! strings of its own.

use crate::parse::lexicon::packed_ascii;
use crate::source::{in_range_tops, le_u64};

/// A word's number in its draft's [`Vocabulary`].
pub(super) type WordId = u32;

#[derive(Debug)]
pub(super) struct Vocabulary {
    /// Every word's text, one after another.
    text: String,
    words: Vec<Word>,
    /// The words by hash, open-addressed: each slot holds a word's number
    /// plus one, or 0 when empty, and the table is kept at most half full.
    /// (A general-purpose map cost more than the rest of a lookup.)
    slots: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    /// What variant spellings are first filtered by.
    first: char,
    chars: u32,
    /// `of`, `the`, `for`, `and`: no initial of a name's (`bsc` for
    /// `Baltic Shipping Council`).
    uninitialled: bool,
    hash: u64,
    /// The word packed as the lexicon packs a short ASCII word (see
    /// [`packed_ascii`]), or 0 for a longer word or one of other
    /// characters: two packed words are the same word when their keys are
    /// equal, with no text to compare.
    key: u128,
}

/// Words a new [`Vocabulary`] has room for, and their bytes: about what an
/// article's names have, sparing the rehashes and copies of growing from
/// nothing in every draft.
const WORDS_AT_FIRST: usize = 128;
const BYTES_AT_FIRST: usize = 1024;

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary { text: String::with_capacity(BYTES_AT_FIRST), words: Vec::with_capacity(WORDS_AT_FIRST), slots: vec![0; 2 * WORDS_AT_FIRST] }
    }
}

impl Vocabulary {
    /// The number of `word` lower-cased, given one if it is new. An ASCII
    /// word is hashed and compared as it stands in the text, lower-cased
    /// byte by byte, and copied only when new.
    pub(super) fn intern_lower_case(&mut self, word: &str) -> WordId {
        if !word.is_ascii() {
            return self.intern(&word.to_lowercase());
        }
        self.intern_ascii_lower_case(word)
    }

    /// [`Vocabulary::intern_lower_case`] of a word the caller knows is
    /// ASCII (a word of an ASCII name: most), which is not asked again.
    ///
    /// A name's word is mostly short: packed as the lexicon packs it, its
    /// key is its hash's source and all there is to compare.
    pub(super) fn intern_ascii_lower_case(&mut self, word: &str) -> WordId {
        debug_assert!(word.is_ascii());
        let key = packed_ascii(word.as_bytes());
        let hash = key.map_or_else(|| hash_of_text(word), hash_of_key);
        match self.slot(hash, key, |known| is_ascii_lower_case_of(known, word)) {
            Ok(id) => id,
            Err(slot) => {
                let start = self.text.len();
                self.text.push_str(word);
                self.text[start..].make_ascii_lowercase();
                self.add_ascii(start, hash, key, slot)
            }
        }
    }

    /// The number of `word` (lower case), given one if it is new.
    pub(super) fn intern(&mut self, word: &str) -> WordId {
        let key = packed_ascii(word.as_bytes());
        let hash = key.map_or_else(|| hash_of_text(word), hash_of_key);
        match self.slot(hash, key, |known| known == word) {
            Ok(id) => id,
            Err(slot) => {
                let start = self.text.len();
                self.text.push_str(word);
                self.add(start, hash, key, slot)
            }
        }
    }

    /// Numbers the word just written at `start` of the text, whose hash
    /// is `hash` and whose place in the table is the empty `slot`.
    fn add(&mut self, start: usize, hash: u64, key: Option<u128>, slot: usize) -> WordId {
        let word = &self.text[start..];
        let chars = if word.is_ascii() { word.len() } else { word.chars().count() };
        let first = word.chars().next().unwrap_or('\0');
        self.push_word(start, chars, first, hash, key, slot)
    }

    /// [`Vocabulary::add`] of an ASCII word: its length is its count of
    /// characters and its first byte its first character, with no pass to
    /// learn that it is ASCII.
    fn add_ascii(&mut self, start: usize, hash: u64, key: Option<u128>, slot: usize) -> WordId {
        let word = &self.text.as_bytes()[start..];
        let first = word.first().map_or('\0', |&b| char::from(b));
        self.push_word(start, word.len(), first, hash, key, slot)
    }

    /// Numbers the word written from `start` to the end of the text, of
    /// `chars` characters from `first`, and places it in `slot`. Inlined in
    /// its two callers: most words of a draft's names are new, and the call
    /// cost a first insert a fifth more.
    #[inline(always)]
    fn push_word(&mut self, start: usize, chars: usize, first: char, hash: u64, key: Option<u128>, slot: usize) -> WordId {
        let id = self.words.len() as WordId;
        let uninitialled = matches!(&self.text[start..], "of" | "the" | "for" | "and");
        let key = key.unwrap_or(0);
        self.words.push(Word { start: start as u32, end: self.text.len() as u32, first, chars: chars as u32, uninitialled, hash, key });
        self.slots[slot] = id + 1;
        if 2 * self.words.len() > self.slots.len() {
            self.grow();
        }
        id
    }

    /// Twice the slots, every word placed again.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.slots = vec![0; 2 * self.slots.len()];
        let mask = self.slots.len() - 1;
        for (id, word) in self.words.iter().enumerate() {
            let mut at = home(word.hash, mask);
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = id as u32 + 1;
        }
    }

    /// The number of `word` (lower case), if any name of the draft has it.
    pub(super) fn get(&self, word: &str) -> Option<WordId> {
        let key = packed_ascii(word.as_bytes());
        let hash = key.map_or_else(|| hash_of_text(word), hash_of_key);
        self.slot(hash, key, |known| known == word).ok()
    }

    /// The word of this hash whose key is `key` (a packed word), or which
    /// `is` accepts (a word with no key), or else the empty slot where such
    /// a word would go.
    fn slot(&self, hash: u64, key: Option<u128>, is: impl Fn(&str) -> bool) -> Result<WordId, usize> {
        let mask = self.slots.len() - 1;
        let mut at = home(hash, mask);
        loop {
            let id = match self.slots[at] {
                0 => return Err(at),
                n => n - 1,
            };
            let word = &self.words[id as usize];
            // A packed word is only ever the same as a word of the same key;
            // a word with none (key 0, which no packed word has) is compared.
            let same = match key {
                Some(key) => word.key == key,
                None => word.key == 0 && word.hash == hash && is(self.text(id)),
            };
            if same {
                return Ok(id);
            }
            at = (at + 1) & mask;
        }
    }

    pub(super) fn text(&self, id: WordId) -> &str {
        let w = &self.words[id as usize];
        &self.text[w.start as usize..w.end as usize]
    }

    /// The word's length in bytes.
    pub(super) fn len(&self, id: WordId) -> usize {
        let w = &self.words[id as usize];
        (w.end - w.start) as usize
    }

    pub(super) fn first_char(&self, id: WordId) -> char {
        self.words[id as usize].first
    }

    /// The word gives a name no initial (`of` in `Council of Europe`).
    pub(super) fn uninitialled(&self, id: WordId) -> bool {
        self.words[id as usize].uninitialled
    }

    pub(super) fn char_count(&self, id: WordId) -> usize {
        self.words[id as usize].chars as usize
    }

    /// How many words there are: every id is below it.
    pub(super) fn count(&self) -> usize {
        self.words.len()
    }
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A hash of the word lower-cased (its ASCII letters; other words are
/// lower-cased before they are hashed), so a word hashes alike as it
/// stands in the text and as the vocabulary keeps it: of its packed key
/// when it has one, else of its bytes.
#[cfg(test)]
fn hash_of(word: &str) -> u64 {
    packed_ascii(word.as_bytes()).map_or_else(|| hash_of_text(word), hash_of_key)
}

/// [`hash_of`] for a word with no packed key.
fn hash_of_text(word: &str) -> u64 {
    word.as_bytes().chunks(8).fold(word.len() as u64, |hash, chunk| (hash.rotate_left(5) ^ ascii_lower_case(le_u64(chunk))).wrapping_mul(SEED))
}

/// [`hash_of`] for a packed word: its two halves mixed.
fn hash_of_key(key: u128) -> u64 {
    ((key as u64).wrapping_mul(SEED) ^ (key >> 64) as u64).wrapping_mul(SEED)
}

/// The eight bytes with each ASCII capital made lower case, all at once.
fn ascii_lower_case(bytes: u64) -> u64 {
    bytes | in_range_tops(bytes, b'A', b'Z') >> 2
}

/// Where a word of this hash is first looked for in a table of `mask + 1`
/// slots: the hash's top bits, the best mixed.
fn home(hash: u64, mask: usize) -> usize {
    hash.rotate_left(24) as usize & mask
}

/// `known == word.to_ascii_lowercase()`, for an ASCII `word`, without the copy.
/// Compared eight bytes at a time, lower-cased as [`hash_of`] does (the
/// same answer: `ascii_lower_case` changes exactly the bytes `A` to `Z`).
fn is_ascii_lower_case_of(known: &str, word: &str) -> bool {
    known.len() == word.len() && known.as_bytes().chunks(8).zip(word.as_bytes().chunks(8)).all(|(k, w)| le_u64(k) == ascii_lower_case(le_u64(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_are_lower_cased_as_each_would_be() {
        for text in ["AZaz@[`{", "Ines OKA", "\u{c9}\u{e9}Z\u{80}\u{7f}", "09 -_'.\u{0}\u{ff}"] {
            let mut bytes = [0u8; 8];
            let raw = text.as_bytes();
            bytes[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
            let one_by_one = bytes.map(|b| b.to_ascii_lowercase());
            assert_eq!(ascii_lower_case(u64::from_le_bytes(bytes)).to_le_bytes(), one_by_one, "{text:?}");
        }
        assert_eq!(hash_of("Brekke-Holm Jr"), hash_of("brekke-holm jr"));
        assert_ne!(hash_of("holm"), hash_of("holm\0"));
    }

    #[test]
    fn a_word_keeps_its_number_and_its_facts() {
        let mut v = Vocabulary::default();
        let okafor = v.intern("okafor");
        let zoe = v.intern("zoë");
        assert_ne!(okafor, zoe);
        assert_eq!(v.intern("okafor"), okafor);
        assert_eq!(v.get("zoë"), Some(zoe));
        assert_eq!(v.get("okafur"), None);
        assert_eq!((v.text(zoe), v.len(zoe), v.char_count(zoe), v.first_char(zoe)), ("zoë", 4, 3, 'z'));
        assert_eq!(v.count(), 2);
        assert_eq!(v.intern_lower_case("OKAFOR"), okafor);
        assert_eq!(v.intern_lower_case("Zoë"), zoe);
        let ruiz = v.intern_lower_case("RuiZ");
        assert_eq!((v.text(ruiz), v.get("ruiz")), ("ruiz", Some(ruiz)));
        assert_eq!(v.count(), 3);
        let long = v.intern_ascii_lower_case("Harbourmaster-General");
        assert_eq!(v.intern_lower_case("HARBOURMASTER-GENERAL"), long);
        assert_ne!(v.intern_ascii_lower_case("Harbourmaster-Generals"), long);
        assert_ne!(v.intern_ascii_lower_case("Harbourmaster-Generax"), long);
        assert_eq!((v.text(long), v.char_count(long), v.first_char(long)), ("harbourmaster-general", 21, 'h'));
        let (the, they) = (v.intern_ascii_lower_case("The"), v.intern_ascii_lower_case("They"));
        assert!(v.uninitialled(the) && !v.uninitialled(they));
    }

    /// Words of fifteen bytes or fewer are found by their packed key, longer
    /// ones and those of other characters by their text: each way finds
    /// the word in any case, and never a word kept the other way.
    #[test]
    fn packed_and_unpacked_words_keep_apart() {
        let mut v = Vocabulary::default();
        let fifteen = v.intern_ascii_lower_case("Harbourmasters-");
        let sixteen = v.intern_ascii_lower_case("Harbourmasters-X");
        let accented = v.intern_lower_case("Brekkë");
        assert!(v.words[fifteen as usize].key != 0 && v.words[sixteen as usize].key == 0 && v.words[accented as usize].key == 0);
        assert_eq!(v.intern("harbourmasters-"), fifteen);
        assert_eq!(v.intern_lower_case("HARBOURMASTERS-x"), sixteen);
        assert_eq!(v.get("brekkë"), Some(accented));
        assert_eq!((v.get("harbourmasters-x"), v.get("harbourmasters")), (Some(sixteen), None));
        assert_eq!(hash_of("HOLM"), hash_of("holm"));
        assert_eq!(hash_of("Harbourmasters-X"), hash_of("harbourmasters-x"));
        assert_eq!(v.count(), 3);
    }

    #[test]
    fn the_table_grows_and_keeps_every_word() {
        let mut v = Vocabulary::default();
        let names: Vec<String> = (0..1000).map(|i| format!("name{i}")).collect();
        let ids: Vec<WordId> = names.iter().map(|n| v.intern(n)).collect();
        assert!(v.slots.len() >= 2 * names.len());
        for (name, &id) in names.iter().zip(&ids) {
            assert_eq!(v.get(name), Some(id));
            assert_eq!(v.intern_lower_case(&name.to_uppercase()), id);
        }
        assert_eq!(v.count(), 1000);
    }

    #[test]
    fn words_sharing_a_hash_stay_apart() {
        let mut v = Vocabulary::default();
        let holm = v.intern("holm");
        // Another word filed under holm's hash, as if the hashes had collided.
        let Err(slot) = v.slot(hash_of("holm"), Some(1), |_| false) else { panic!("one holm") };
        v.text.push_str("brekke");
        let brekke_key = packed_ascii(b"brekke");
        let brekke = v.add(v.text.len() - "brekke".len(), hash_of("holm"), brekke_key, slot);
        assert_eq!(v.slot(hash_of("holm"), brekke_key, |_| false), Ok(brekke));
        assert_eq!(v.get("holm"), Some(holm));
        assert_eq!(v.intern("holm"), holm);
    }
}
