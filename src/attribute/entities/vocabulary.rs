//! The lower-case words of one draft's names, each stored once and known
//! by a number. Names are compared word by word many times (every named
//! mention against the entities it may be): as numbers two words compare
//! in one instruction, an index can be a plain vector, and no entity needs
//! strings of its own.

/// A word's number in its draft's [`Vocabulary`].
pub(super) type WordId = u32;

#[derive(Debug)]
pub(super) struct Vocabulary {
    /// Every word's text, one after another.
    text: String,
    words: Vec<Word>,
    /// The newest word of each hash; older words of the same hash are
    /// chained through [`Word::same_hash`].
    by_hash: rustc_hash::FxHashMap<u64, WordId>,
}

#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    /// What variant spellings are first filtered by.
    first: char,
    chars: u32,
    same_hash: Option<WordId>,
}

/// Words a new [`Vocabulary`] has room for, and their bytes: about what an
/// article's names have, sparing the rehashes and copies of growing from
/// nothing in every draft.
const WORDS_AT_FIRST: usize = 128;
const BYTES_AT_FIRST: usize = 1024;

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            text: String::with_capacity(BYTES_AT_FIRST),
            words: Vec::with_capacity(WORDS_AT_FIRST),
            by_hash: rustc_hash::FxHashMap::with_capacity_and_hasher(WORDS_AT_FIRST, Default::default()),
        }
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
        let hash = hash_of(word);
        let newest = self.by_hash.get(&hash).copied();
        if let Some(id) = self.find_from(newest, |known| is_ascii_lower_case_of(known, word)) {
            return id;
        }
        let start = self.text.len();
        self.text.push_str(word);
        self.text[start..].make_ascii_lowercase();
        self.add(start, hash, newest)
    }

    /// The number of `word` (lower case), given one if it is new.
    pub(super) fn intern(&mut self, word: &str) -> WordId {
        let hash = hash_of(word);
        let newest = self.by_hash.get(&hash).copied();
        if let Some(id) = self.find_from(newest, |known| known == word) {
            return id;
        }
        let start = self.text.len();
        self.text.push_str(word);
        self.add(start, hash, newest)
    }

    /// Numbers the word just written at `start` of the text.
    fn add(&mut self, start: usize, hash: u64, newest: Option<WordId>) -> WordId {
        let id = self.words.len() as WordId;
        let word = &self.text[start..];
        let chars = if word.is_ascii() { word.len() } else { word.chars().count() };
        self.words.push(Word { start: start as u32, end: self.text.len() as u32, first: word.chars().next().unwrap_or('\0'), chars: chars as u32, same_hash: newest });
        self.by_hash.insert(hash, id);
        id
    }

    /// The number of `word` (lower case), if any name of the draft has it.
    pub(super) fn get(&self, word: &str) -> Option<WordId> {
        self.find_from(self.by_hash.get(&hash_of(word)).copied(), |known| known == word)
    }

    /// The word `is` accepts among those sharing a hash, newest first from `id`.
    fn find_from(&self, mut id: Option<WordId>, is: impl Fn(&str) -> bool) -> Option<WordId> {
        while let Some(i) = id {
            if is(self.text(i)) {
                return Some(i);
            }
            id = self.words[i as usize].same_hash;
        }
        None
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

    pub(super) fn char_count(&self, id: WordId) -> usize {
        self.words[id as usize].chars as usize
    }

    /// How many words there are: every id is below it.
    pub(super) fn count(&self) -> usize {
        self.words.len()
    }
}

/// A hash of the word lower-cased (its ASCII letters; other words are
/// lower-cased before they are hashed), so a word hashes alike as it
/// stands in the text and as the vocabulary keeps it.
fn hash_of(word: &str) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    word.bytes().fold(word.len() as u64, |hash, b| (hash.rotate_left(5) ^ b.to_ascii_lowercase() as u64).wrapping_mul(SEED))
}

/// `known == word.to_ascii_lowercase()`, for an ASCII `word`, without the copy.
fn is_ascii_lower_case_of(known: &str, word: &str) -> bool {
    known.len() == word.len() && known.bytes().zip(word.bytes()).all(|(k, w)| k == w.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn words_sharing_a_hash_stay_apart() {
        let mut v = Vocabulary::default();
        let (a, b) = (v.intern("holm"), v.intern("brekke"));
        // Chain `brekke` behind `holm` as if their hashes had collided.
        v.words[b as usize].same_hash = Some(a);
        v.by_hash.insert(hash_of("holm"), b);
        assert_eq!(v.get("holm"), Some(a));
        assert_eq!(v.get("brekke"), Some(b));
        assert_eq!(v.intern("holm"), a);
    }
}
