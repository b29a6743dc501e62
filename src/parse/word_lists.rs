//! The lexicon's small word lists, found by section name. The rules ask
//! for a list by its name on nearly every clause, so the look-up must cost
//! less than hashing the name: a table indexed by a few of the name's
//! bytes, and for each list a filter of its words' lengths and first
//! letters that turns most words away before any comparison.

/// Slots of the name table: a power of two, well above the number of
/// lists so that a probe seldom goes past its first slot.
const SLOTS: usize = 512;

#[derive(Debug, Clone)]
pub(crate) struct WordLists {
    names: Vec<&'static str>,
    words: Vec<Vec<&'static str>>,
    filters: Vec<Filter>,
    /// Index + 1 of the list whose name hashes to the slot (0: none).
    slots: Box<[u16; SLOTS]>,
}

impl Default for WordLists {
    fn default() -> Self {
        WordLists { names: Vec::new(), words: Vec::new(), filters: Vec::new(), slots: Box::new([0; SLOTS]) }
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
    }

    fn add_list(&mut self, name: &'static str) -> usize {
        let i = self.names.len();
        assert!(i + 1 < SLOTS / 2, "too many word lists for the name table");
        self.names.push(name);
        self.words.push(Vec::new());
        self.filters.push(Filter::default());
        let mut s = slot_of(name);
        while self.slots[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        self.slots[s] = (i + 1) as u16;
        i
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
    pub(crate) fn get(&self, name: &str) -> &[&'static str] {
        self.index(name).map_or(&[][..], |i| &self.words[i])
    }

    /// Whether `word` equals a word of list `name`, ignoring ASCII case.
    #[inline(never)]
    pub(crate) fn holds(&self, name: &str, word: &str) -> bool {
        let Some(i) = self.index(name) else { return false };
        self.filters[i].may_hold(word) && self.words[i].iter().any(|l| word.eq_ignore_ascii_case(l))
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
}
