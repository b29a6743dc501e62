//! Two spellings of one name: `Peskow` for `Peskov` (strsim).

use super::join::compatible_first;
use super::vocabulary::{Vocabulary, WordId};

/// Two spellings of a surname at least this similar (Jaro-Winkler) are one
/// person spelt two ways.
pub const VARIANT_SIMILARITY: f64 = 0.9;

/// Words shorter than this (in bytes) have no variant spellings: too many
/// short names differ by one letter.
pub(super) const SHORTEST_VARIANT: usize = 4;

/// `Peskow` for `Peskov`: the same name misspelt, for names by number.
/// The tests that need only the vocabulary's facts about the last words
/// (first letter, length) come first; strsim runs on the few pairs left.
pub(super) fn variant_of(vocabulary: &Vocabulary, a: &[WordId], b: &[WordId]) -> bool {
    let (Some(&x), Some(&y)) = (a.last(), b.last()) else { return false };
    let (x_len, y_len) = (vocabulary.len(x), vocabulary.len(y));
    if x == y || x_len < SHORTEST_VARIANT || y_len < SHORTEST_VARIANT {
        return false;
    }
    let slips = slips(x_len, y_len);
    vocabulary.first_char(x) == vocabulary.first_char(y)
        && vocabulary.char_count(x).abs_diff(vocabulary.char_count(y)) <= slips
        && (a.len() == 1 || b.len() == 1 || compatible_first(vocabulary, a[0], b[0]))
        && similar(vocabulary.text(x), vocabulary.text(y), slips)
}

/// `Okafur` for `Okafor`: two spellings of one word, a slip or two apart.
pub fn variant_spelling(x: &str, y: &str) -> bool {
    if x == y || x.len() < SHORTEST_VARIANT || y.len() < SHORTEST_VARIANT {
        return false;
    }
    let slips = slips(x.len(), y.len());
    x.chars().next() == y.chars().next() && x.chars().count().abs_diff(y.chars().count()) <= slips && similar(x, y, slips)
}

/// The most slips a word of this length (in bytes) may differ by from
/// any other spelling of it.
pub(super) fn most_slips(len: usize) -> usize {
    slips(len, usize::MAX)
}

/// How many slips two spellings of these lengths (in bytes) may differ
/// by: short names one at most, longer ones two.
fn slips(x_len: usize, y_len: usize) -> usize {
    if x_len.min(y_len) >= 8 {
        2
    } else {
        1
    }
}

/// The two words are within `slips` edits and similar enough.
fn similar(x: &str, y: &str, slips: usize) -> bool {
    bag_distance(x, y) <= slips && strsim::jaro_winkler(x, y) >= VARIANT_SIMILARITY && strsim::damerau_levenshtein(x, y) <= slips
}

/// How many letters one word has that the other lacks (the larger count):
/// no more than their edit distance, and far cheaper, so most pairs are
/// ruled out before strsim runs. Words not in ASCII are not ruled out.
fn bag_distance(x: &str, y: &str) -> usize {
    if !x.is_ascii() || !y.is_ascii() {
        return 0;
    }
    let mut counts = [0i32; 128];
    for b in x.bytes() {
        counts[b as usize] += 1;
    }
    for b in y.bytes() {
        counts[b as usize] -= 1;
    }
    // Each letter's count read where the words have it, and cleared so it
    // is read once: summing all 128 counts cost more than the rest.
    let (mut surplus, mut deficit) = (0, 0);
    for b in x.bytes().chain(y.bytes()) {
        let count = std::mem::take(&mut counts[b as usize]);
        if count > 0 {
            surplus += count;
        } else {
            deficit -= count;
        }
    }
    surplus.max(deficit) as usize
}

#[cfg(test)]
mod tests {
    use super::super::names::NameWords;
    use super::*;

    #[test]
    fn a_misspelt_surname_is_a_variant() {
        let mut v = Vocabulary::default();
        let mut w = |s: &str| NameWords::default().fill(s, &mut v).to_vec();
        let (okafor, ines_okafur, ines_okafor, marsh, lena_maris, ann_okafur) =
            (w("Okafor"), w("Ines Okafur"), w("Ines Okafor"), w("Marsh"), w("Lena Maris"), w("Ann Okafur"));
        assert!(variant_of(&v, &okafor, &ines_okafur));
        assert!(!variant_of(&v, &okafor, &ines_okafor));
        assert!(!variant_of(&v, &marsh, &lena_maris));
        assert!(!variant_of(&v, &ines_okafor, &ann_okafur), "two first names");
    }

    #[test]
    fn the_bag_distance_counts_the_letters_one_word_lacks() {
        assert_eq!(bag_distance("okafor", "okafur"), 1);
        assert_eq!(bag_distance("holm", "holmes"), 2);
        assert_eq!(bag_distance("aab", "bbbc"), 3);
        assert_eq!(bag_distance("listen", "silent"), 0);
        assert_eq!(bag_distance("", "abc"), 3);
    }

    #[test]
    fn a_misspelt_word_is_a_variant_spelling() {
        assert!(variant_spelling("Okafor", "Okafur"));
        assert!(variant_spelling("Wlezien", "Wlezein"));
        assert!(!variant_spelling("Okafor", "Okafor"));
        assert!(!variant_spelling("Holm", "Helm"), "the first letter agrees, the rest is too far apart");
        assert!(!variant_spelling("Marsh", "Maris"));
        assert!(!variant_spelling("Ruiz", "Luiz"), "another first letter");
    }
}
