//! The lexicon's small word lists, found by section name. The rules ask
//! for a list by its name on nearly every clause, so the look-up must cost
//! less than hashing the name: a table indexed by a few of the name's
//! bytes, and for each list a filter of its words' lengths and first
//! letters that turns most words away before any comparison.
//!
//! The names the rules ask by are string literals, each at a fixed
//! address for the whole run: a small memo keyed by that address and
//! length gives the list's index at one load and compare, where hashing
//! and comparing the name cost some 80 instructions a call (about 270,000
//! calls on train).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use rustc_hash::FxHashSet;

use super::lexicon::packed_ascii;

/// Slots of the name table: a power of two, well above the number of
/// lists so that a probe seldom goes past its first slot.
const SLOTS: usize = 512;

#[derive(Debug, Clone)]
pub(crate) struct WordLists {
    names: Vec<&'static str>,
    words: Vec<Vec<&'static str>>,
    filters: Vec<Filter>,
    /// Each list's short ASCII words as the lexicon packs them (lower
    /// case, with their length, in one integer): a word that packs is
    /// looked up here at one hash, where the scan of a list of dozens of
    /// words compared each (see [`WordLists::holds`]).
    packed: Vec<FxHashSet<u128>>,
    /// Index + 1 of the list whose name hashes to the slot (0: none).
    slots: Box<[u16; SLOTS]>,
    /// Indexes of the names asked for, by the names' addresses.
    asked: AskedNames,
}

impl Default for WordLists {
    fn default() -> Self {
        WordLists { names: Vec::new(), words: Vec::new(), filters: Vec::new(), packed: Vec::new(), slots: Box::new([0; SLOTS]), asked: AskedNames::default() }
    }
}

/// Entries of the memo of names asked for: a power of two, well above the
/// number of places in the rules that name a list.
const ASKED: usize = 1024;

/// A memo from a `&'static str` name (its address and length) to its
/// list's index. Each entry is one word, so that threads reading and
/// filling it at once never see half of an entry: the address in the top
/// 48 bits, the length in the next 7, the index in the last 9 (0: empty,
/// as no name is at address 0). A name that does not fit (a long name, an
/// address past 48 bits) is looked up by hashing every time. Only
/// `'static` names are kept: their address never holds another text.
#[derive(Debug)]
struct AskedNames(Box<[AtomicU64]>);

impl Default for AskedNames {
    fn default() -> Self {
        AskedNames((0..ASKED).map(|_| AtomicU64::new(0)).collect())
    }
}

impl Clone for AskedNames {
    /// A copy starts empty: its lists may get other indexes.
    fn clone(&self) -> Self {
        AskedNames::default()
    }
}

impl AskedNames {
    /// The word for `name` without its index, if it fits one.
    #[inline(always)]
    fn key(name: &'static str) -> Option<u64> {
        let (address, len) = (name.as_ptr() as u64, name.len() as u64);
        (address < 1 << 48 && len < 1 << 7).then_some(address << 16 | len << 9)
    }

    #[inline(always)]
    fn entry(&self, key: u64) -> &AtomicU64 {
        // String literals are not aligned: the address's low bits differ.
        &self.0[((key >> 16) ^ (key >> 26)) as usize % ASKED]
    }

    #[inline(always)]
    fn get(&self, name: &'static str) -> Option<usize> {
        let key = Self::key(name)?;
        let word = self.entry(key).load(Relaxed);
        (word & !0x1FF == key).then_some((word & 0x1FF) as usize)
    }

    fn set(&self, name: &'static str, index: usize) {
        if let Some(key) = Self::key(name).filter(|_| index < 1 << 9) {
            self.entry(key).store(key | index as u64, Relaxed);
        }
    }
}

/// What every word of a list has: one of a few lengths (bit 63 stands for
/// 63 bytes and more) and one of a few first bytes, in lower case.
#[derive(Debug, Clone, Copy, Default)]
struct Filter {
    lengths: u64,
    firsts: [u64; 4],
}

impl Filter {
    fn add(&mut self, word: &str) {
        self.lengths |= length_bit(word);
        if let Some(&b) = word.as_bytes().first() {
            let b = b.to_ascii_lowercase();
            self.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    fn may_hold(&self, word: &str) -> bool {
        let Some(&b) = word.as_bytes().first() else { return false };
        let b = b.to_ascii_lowercase();
        self.lengths & length_bit(word) != 0 && self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// A cheap hash of a list's name from its length and three of its bytes:
/// the names differ in these far more often than not, and the probe sorts
/// out the rest.
fn slot_of(name: &str) -> usize {
    let b = name.as_bytes();
    let Some(&first) = b.first() else { return 0 };
    let (mid, last) = (b[b.len() / 2], b[b.len() - 1]);
    let h = (b.len() as u32).wrapping_mul(0x9E37_79B9) ^ u32::from(first) << 3 ^ u32::from(mid) << 8 ^ u32::from(last) << 13;
    (h.wrapping_mul(0x85EB_CA6B) >> 23) as usize % SLOTS
}

impl WordLists {
    /// Adds `word` to the list `name`, making the list if it is new.
    pub(crate) fn push(&mut self, name: &'static str, word: &'static str) {
        let i = match self.index(name) {
            Some(i) => i,
            None => self.add_list(name),
        };
        self.words[i].push(word);
        self.filters[i].add(word);
        if let Some(key) = packed_ascii(word.as_bytes()) {
            self.packed[i].insert(key);
        }
    }

    fn add_list(&mut self, name: &'static str) -> usize {
        let i = self.names.len();
        assert!(i + 1 < SLOTS / 2, "too many word lists for the name table");
        self.names.push(name);
        self.words.push(Vec::new());
        self.filters.push(Filter::default());
        self.packed.push(FxHashSet::default());
        let mut s = slot_of(name);
        while self.slots[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        self.slots[s] = (i + 1) as u16;
        i
    }

    /// The index of list `name`, from the memo or else by hashing. (Inlined
    /// into `get` and `holds`: the memo's test costs less than a call.)
    #[inline(always)]
    fn index_asked(&self, name: &'static str) -> Option<usize> {
        match self.asked.get(name) {
            Some(i) => Some(i),
            None => self.index_and_remember(name),
        }
    }

    #[cold]
    #[inline(never)]
    fn index_and_remember(&self, name: &'static str) -> Option<usize> {
        let i = self.index(name)?;
        self.asked.set(name, i);
        Some(i)
    }

    fn index(&self, name: &str) -> Option<usize> {
        let mut s = slot_of(name);
        loop {
            let i = usize::from(self.slots[s]).checked_sub(1)?;
            if self.names[i] == name {
                return Some(i);
            }
            s = (s + 1) % SLOTS;
        }
    }

    /// The list `name`, in file order; empty if there is none. (Kept out
    /// of line, as the hash map it replaced was: inlined into the many
    /// rules that ask, it costs them more than the call.)
    #[inline(never)]
    pub(crate) fn get(&self, name: &'static str) -> &[&'static str] {
        self.index_asked(name).map_or(&[][..], |i| &self.words[i])
    }

    /// Whether `word` equals a word of list `name`, ignoring ASCII case. A
    /// word that packs (ASCII, fifteen bytes at most) can equal only a
    /// word of the list that packs alike, so it is looked up by its key;
    /// any other is compared with each word of the list.
    #[inline(never)]
    pub(crate) fn holds(&self, name: &'static str, word: &str) -> bool {
        let Some(i) = self.index_asked(name) else { return false };
        if !self.filters[i].may_hold(word) {
            return false;
        }
        match packed_ascii(word.as_bytes()) {
            Some(key) => self.packed[i].contains(&key),
            None => self.words[i].iter().any(|l| word.eq_ignore_ascii_case(l)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_found_by_name_and_words_in_any_case() {
        let mut lists = WordLists::default();
        for (name, word) in [("tallies", "votes"), ("tallies", "seats"), ("units", "km"), ("unit", "mile")] {
            lists.push(name, word);
        }
        assert_eq!(lists.get("tallies"), ["votes", "seats"]);
        assert_eq!(lists.get("unit"), ["mile"]);
        assert!(lists.get("nothing").is_empty());
        assert!(lists.holds("units", "KM"));
        assert!(!lists.holds("units", "kms"));
        assert!(!lists.holds("units", ""));
        assert!(!lists.holds("tallies", "km"));
    }

    #[test]
    fn a_word_is_held_as_a_scan_of_its_list_would_find_it() {
        let mut lists = WordLists::default();
        let entries = ["km", "Votes", "zoë", "sixteen-letters!", "a-fifteen-bytes", "o'neill"];
        for word in entries {
            lists.push("mixed", word);
        }
        let asked = ["KM", "km", "kms", "votes", "VOTES", "Zoë", "ZOË", "zoë", "Sixteen-Letters!", "A-FIFTEEN-BYTES", "O'Neill", "o\u{2019}neill", "", "k"];
        for word in asked {
            let scan = entries.iter().any(|l| word.eq_ignore_ascii_case(l));
            assert_eq!(lists.holds("mixed", word), scan, "{word:?}");
        }
    }

    #[test]
    fn a_name_asked_again_is_answered_from_the_memo_and_a_copy_remembers_afresh() {
        // One address for every use (a literal repeated may be copied).
        static HILLS: &str = "hills";
        let mut lists = WordLists::default();
        for (name, word) in [("rivers", "tay"), ("hills", "pen"), ("hills", "ben")] {
            lists.push(name, word);
        }
        for _ in 0..3 {
            assert_eq!(lists.get(HILLS), ["pen", "ben"]);
            assert!(lists.holds("rivers", "Tay"));
        }
        assert_eq!(lists.asked.get(HILLS), Some(1));
        // A name of another address (a text made at run time) is found by
        // hashing, whatever the memo holds.
        let made: &'static str = String::from("hills").leak();
        assert_eq!(lists.get(made), ["pen", "ben"]);
        let copy = lists.clone();
        assert_eq!(copy.asked.get(HILLS), None);
        assert_eq!(copy.get(HILLS), ["pen", "ben"]);
    }
}
