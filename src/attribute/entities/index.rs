//! Which entities a name may be, by the words it must share with them.

use super::names::initial_letters;

/// Entities by the words that `same_name`, the acronym test and
/// `variant_of` need to agree on. Every entity a test can accept is
/// listed under the key looked up (entries for names an entity no longer
/// has are harmless: each candidate is tested again, so keys are the
/// words' hashes, and two words sharing one only add a candidate). Each
/// list is sorted, so the entities first named within reach are its tail.
/// The maps grow as entities come: sized beforehand for every named
/// mention they were far too large, as most mentions join an entity (11 MB
/// for a 3.7 MB draft, where grown they take 0.5 MB), and so thinly filled
/// that each lookup missed the cache. Each starts with room for an
/// article's few dozen names (a few kilobytes in all), which spares the
/// four or five rehashes of growing from nothing in every draft.
#[derive(Debug)]
pub(super) struct NameIndex {
    /// By last word.
    last: rustc_hash::FxHashMap<u64, Listed>,
    /// Names of two or more words, by each word after the first.
    tail: rustc_hash::FxHashMap<u64, Listed>,
    /// One-word names, by that word.
    single: rustc_hash::FxHashMap<u64, Listed>,
    /// By initials.
    initials: rustc_hash::FxHashMap<u64, Listed>,
    /// By the first character and the length of the last word: a variant
    /// spelling shares the first and differs in length by two at most.
    pub(super) first_char: rustc_hash::FxHashMap<(char, usize), Listed>,
    /// The initials of the name being added, in a buffer kept from one
    /// name to the next.
    initials_buffer: String,
}

/// Entries each map of a new [`NameIndex`] has room for.
const NAMES_AT_FIRST: usize = 32;

impl Default for NameIndex {
    fn default() -> NameIndex {
        let map = || rustc_hash::FxHashMap::with_capacity_and_hasher(NAMES_AT_FIRST, Default::default());
        NameIndex {
            last: map(),
            tail: map(),
            single: map(),
            initials: map(),
            first_char: rustc_hash::FxHashMap::with_capacity_and_hasher(NAMES_AT_FIRST, Default::default()),
            initials_buffer: String::new(),
        }
    }
}

impl NameIndex {
    pub(super) fn add(&mut self, entity: usize, name: &[String]) {
        fn put(map: &mut rustc_hash::FxHashMap<u64, Listed>, key: &str, entity: usize) {
            map.entry(key_of(key)).and_modify(|list| list.insert(entity)).or_insert(Listed::One(entity));
        }
        let Some(last) = name.last() else { return };
        put(&mut self.last, last, entity);
        if name.len() == 1 {
            put(&mut self.single, last, entity);
        } else {
            for w in &name[1..] {
                put(&mut self.tail, w, entity);
            }
        }
        let mut initials = std::mem::take(&mut self.initials_buffer);
        initials.clear();
        initials.extend(initial_letters(name));
        put(&mut self.initials, &initials, entity);
        self.initials_buffer = initials;
        if let Some(c) = last.chars().next() {
            self.first_char.entry((c, last.chars().count())).and_modify(|list| list.insert(entity)).or_insert(Listed::One(entity));
        }
    }

    /// Entities from `oldest` on that `same_name` or the acronym test may
    /// accept for `name`, into `out` (emptied first).
    pub(super) fn same_candidates(&self, name: &[String], acronym: bool, oldest: usize, out: &mut Vec<usize>) {
        out.clear();
        let mut take = |map: &rustc_hash::FxHashMap<u64, Listed>, key: &str| out.extend(map.get(&key_of(key)).into_iter().flat_map(|list| within(list.entities(), oldest)));
        let Some(last) = name.last() else { return };
        take(&self.last, last);
        if name.len() == 1 {
            take(&self.tail, last);
            take(&self.single, last);
            if acronym {
                take(&self.initials, last);
            }
        } else {
            for w in &name[1..] {
                take(&self.single, w);
            }
        }
    }
}

/// The entities listed under one key of the name index, sorted. Most keys
/// list one entity, which then needs no vector of its own.
#[derive(Debug)]
pub(super) enum Listed {
    One(usize),
    Many(Vec<usize>),
}

impl Listed {
    pub(super) fn entities(&self) -> &[usize] {
        match self {
            Listed::One(entity) => std::slice::from_ref(entity),
            Listed::Many(list) => list,
        }
    }

    fn insert(&mut self, entity: usize) {
        match self {
            Listed::One(only) if *only == entity => {}
            Listed::One(only) => *self = Listed::Many(if *only < entity { vec![*only, entity] } else { vec![entity, *only] }),
            Listed::Many(list) => {
                if let Err(at) = list.binary_search(&entity) {
                    list.insert(at, entity);
                }
            }
        }
    }
}

/// A word's key in the name index.
fn key_of(word: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(word)
}

/// The entities of a sorted list from `oldest` on.
pub(super) fn within(list: &[usize], oldest: usize) -> impl Iterator<Item = usize> + '_ {
    list[list.partition_point(|&i| i < oldest)..].iter().copied()
}
