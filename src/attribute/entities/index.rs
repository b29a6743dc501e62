//! Which entities a name may be, by the words it must share with them.

use super::vocabulary::{Vocabulary, WordId};

/// Entities by the words that `same_name`, the acronym test and
/// `variant_of` need to agree on. Every entity a test can accept is
/// listed under the key looked up (entries for names an entity no longer
/// has are harmless: each candidate is tested again). Each list is sorted,
/// so the entities first named within reach are its tail. Words are keyed
/// by their number in the draft's [`Vocabulary`], so the index by word is
/// a vector that grows with the vocabulary, not a hash table.
#[derive(Debug)]
pub(super) struct NameIndex {
    by_word: Vec<Keyed>,
    /// By the first character and the length in characters of the last
    /// word: a variant spelling shares the first and differs in length by
    /// two at most. A word from `a` to `z` of fewer than [`SHORT_CHARS`]
    /// characters (nearly every one) is listed in `by_short_shape`, a
    /// table read with no hashing; any other in `by_first_char`.
    by_short_shape: Vec<Listed>,
    by_first_char: rustc_hash::FxHashMap<(char, u32), Listed>,
    /// The lists of keys that list more than one entity.
    lists: Vec<Vec<u32>>,
}

/// The entities listed under one word, by the part of a name it is.
#[derive(Debug, Clone, Copy, Default)]
struct Keyed {
    /// Names ending in the word.
    last: Listed,
    /// Names of two or more words with the word after the first.
    tail: Listed,
    /// Names that are the word alone.
    single: Listed,
    /// Names whose initials the word is.
    initials: Listed,
}

/// The entities listed under one key, sorted: most keys list one entity,
/// which then needs no vector of its own.
#[derive(Debug, Clone, Copy, Default)]
enum Listed {
    #[default]
    None,
    One(u32),
    /// A list in [`NameIndex::lists`].
    Many(u32),
}

/// The last words [`NameIndex::by_short_shape`] lists are shorter than
/// this (in characters): a variant of one is looked up at most two longer.
const SHORT_CHARS: usize = 32;

/// The place in [`NameIndex::by_short_shape`] of a last word beginning
/// with `first` and `chars` characters long, if it is listed there.
fn short_shape(first: char, chars: usize) -> Option<usize> {
    let letter = (first as usize).wrapping_sub('a' as usize);
    // `then`, not `then_some`: the place is worked out only for a letter
    // from `a` to `z` (before `a`, `letter` has wrapped round, and its
    // product overflows where overflow is checked).
    (letter < 26 && chars < SHORT_CHARS).then(|| letter * SHORT_CHARS + chars)
}

/// Words the index by word first has room for (see [`NameIndex::add`]).
const WORDS_AT_FIRST: usize = 128;

impl Default for NameIndex {
    fn default() -> NameIndex {
        NameIndex { by_word: Vec::new(), by_short_shape: vec![Listed::None; 26 * SHORT_CHARS], by_first_char: Default::default(), lists: Vec::new() }
    }
}

impl NameIndex {
    /// Lists `entity` under the words of `name` and its `initials`.
    pub(super) fn add(&mut self, entity: usize, name: &[WordId], initials: Option<WordId>, vocabulary: &Vocabulary) {
        let Some(&last) = name.last() else { return };
        let entity = entity as u32;
        if self.by_word.len() < vocabulary.count() {
            // Room for more words than now, as the vocabulary grows, and at
            // first for an article's names' words at once (4 KB), rather
            // than the half-dozen regrowths from one word up in every draft.
            let room = vocabulary.count().next_power_of_two().max(WORDS_AT_FIRST);
            self.by_word.resize(room, Keyed::default());
        }
        let lists = &mut self.lists;
        insert(&mut self.by_word[last as usize].last, entity, lists);
        if name.len() == 1 {
            insert(&mut self.by_word[last as usize].single, entity, lists);
        } else {
            for &w in &name[1..] {
                insert(&mut self.by_word[w as usize].tail, entity, lists);
            }
        }
        if let Some(initials) = initials {
            insert(&mut self.by_word[initials as usize].initials, entity, lists);
        }
        let (first, chars) = (vocabulary.first_char(last), vocabulary.char_count(last));
        let shape = match short_shape(first, chars) {
            Some(at) => &mut self.by_short_shape[at],
            None => self.by_first_char.entry((first, chars as u32)).or_default(),
        };
        insert(shape, entity, lists);
    }

    /// Entities from `oldest` on that `same_name` or the acronym test may
    /// accept for `name`, into `out` (emptied first), each once and in
    /// order.
    pub(super) fn same_candidates(&self, name: &[WordId], acronym: bool, oldest: usize, out: &mut Vec<usize>) {
        out.clear();
        let Some(&last) = name.last() else { return };
        // A word no name had when it was added keys nothing.
        let keyed = |w: WordId| self.by_word.get(w as usize).copied().unwrap_or_default();
        let mut take = |listed: Listed| out.extend(self.within(listed, oldest));
        let by_last = keyed(last);
        if name.len() == 1 {
            // Every name ending in the word has it alone or after its
            // first: the names by last word are among these two lists.
            take(by_last.tail);
            take(by_last.single);
            if acronym {
                take(by_last.initials);
            }
        } else {
            take(by_last.last);
            for &w in &name[1..] {
                take(keyed(w).single);
            }
        }
        // An entity is listed under several of its words (and under the
        // words of a name it had before a fuller one): on train half the
        // entities found were found again, each to be tested and ranked
        // again by the caller.
        if out.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
    }

    /// Entities from `oldest` on whose last word, when added, began with
    /// `first` and was `chars` characters long.
    pub(super) fn by_first_char(&self, first: char, chars: usize, oldest: usize) -> impl Iterator<Item = usize> + '_ {
        let listed = match short_shape(first, chars) {
            Some(at) => self.by_short_shape[at],
            None => self.by_first_char.get(&(first, chars as u32)).copied().unwrap_or_default(),
        };
        self.within(listed, oldest)
    }

    /// The entities of a list from `oldest` on.
    fn within(&self, listed: Listed, oldest: usize) -> impl Iterator<Item = usize> + '_ {
        let (one, list): (Option<u32>, &[u32]) = match listed {
            Listed::None => (None, &[]),
            Listed::One(entity) => (Some(entity), &[]),
            Listed::Many(at) => (None, &self.lists[at as usize]),
        };
        let one = one.filter(|&entity| entity as usize >= oldest);
        one.into_iter().chain(list[list.partition_point(|&i| (i as usize) < oldest)..].iter().copied()).map(|i| i as usize)
    }
}

/// Adds `entity` to a sorted list.
fn insert(listed: &mut Listed, entity: u32, lists: &mut Vec<Vec<u32>>) {
    match *listed {
        Listed::None => *listed = Listed::One(entity),
        Listed::One(only) if only == entity => {}
        Listed::One(only) => {
            lists.push(if only < entity { vec![only, entity] } else { vec![entity, only] });
            *listed = Listed::Many(lists.len() as u32 - 1);
        }
        Listed::Many(at) => {
            let list = &mut lists[at as usize];
            if let Err(at) = list.binary_search(&entity) {
                list.insert(at, entity);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_by_its_words_from_the_oldest_in_reach() {
        let mut v = Vocabulary::default();
        let [ann, holm, ivo, ah] = ["ann", "holm", "ivo", "ah"].map(|w| v.intern(w));
        let mut index = NameIndex::default();
        index.add(0, &[ann, holm], Some(ah), &v);
        index.add(1, &[holm], None, &v);
        index.add(2, &[ivo, holm], Some(ah), &v);
        let mut out = Vec::new();
        index.same_candidates(&[holm], false, 0, &mut out);
        assert_eq!(out, [0, 1, 2], "by last word, as a later word and alone, each once");
        index.same_candidates(&[holm], false, 1, &mut out);
        assert_eq!(out, [1, 2]);
        index.same_candidates(&[ah], true, 0, &mut out);
        assert_eq!(out, [0, 2], "by initials");
        index.same_candidates(&[ann, ah], false, 0, &mut out);
        assert!(out.is_empty());
        let new = v.intern("new");
        index.same_candidates(&[ann, holm, new], false, 0, &mut out);
        assert_eq!(out, [1], "a last word the index has never seen, and a word that is a name alone");
        index.same_candidates(&[new, holm], false, 0, &mut out);
        assert_eq!(out, [0, 1, 2], "and one word of the name alone");
        assert_eq!(index.by_first_char('h', 4, 0).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(index.by_first_char('h', 4, 2).collect::<Vec<_>>(), [2]);
        assert_eq!(index.by_first_char('h', 5, 0).count(), 0);
    }

    /// A last word that begins before `a` (a digit, `@`) or past `z`, or
    /// runs long, is kept in the map: no place in the table, and no
    /// overflow working one out (the fuzzer's `@2g`).
    #[test]
    fn a_last_word_off_the_table_has_no_place_in_it() {
        assert_eq!(short_shape('b', 3), Some(SHORT_CHARS + 3));
        for first in ['2', '@', 'A', '{', 'é'] {
            assert_eq!(short_shape(first, 3), None, "{first}");
        }
        assert_eq!(short_shape('b', SHORT_CHARS), None);
        let mut v = Vocabulary::default();
        let word = v.intern("2g");
        let mut index = NameIndex::default();
        index.add(0, &[word], None, &v);
        assert_eq!(index.by_first_char('2', 2, 0).collect::<Vec<_>>(), [0]);
    }
}
