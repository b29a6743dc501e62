//! Two spellings of one name: `Peskow` for `Peskov` (strsim).

use super::join::compatible_first;

/// Two spellings of a surname at least this similar (Jaro-Winkler) are one
/// person spelt two ways.
pub const VARIANT_SIMILARITY: f64 = 0.9;

/// `Peskow` for `Peskov`: the same name misspelt.
pub fn variant_of(a: &[String], b: &[String]) -> bool {
    let (Some(x), Some(y)) = (a.last(), b.last()) else { return false };
    if x == y || x.len() < 4 || y.len() < 4 {
        return false;
    }
    let firsts_agree = a.len() == 1 || b.len() == 1 || compatible_first(&a[0], &b[0]);
    // Short names differ by one slip at most; longer ones by two.
    let slips = if x.len().min(y.len()) >= 8 { 2 } else { 1 };
    firsts_agree
        && x.chars().next() == y.chars().next()
        && x.chars().count().abs_diff(y.chars().count()) <= slips
        && bag_distance(x, y) <= slips
        && strsim::jaro_winkler(x, y) >= VARIANT_SIMILARITY
        && strsim::damerau_levenshtein(x, y) <= slips
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
    let surplus: i32 = counts.iter().filter(|&&c| c > 0).sum();
    let deficit: i32 = -counts.iter().filter(|&&c| c < 0).sum::<i32>();
    surplus.max(deficit) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::entities::names::words;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn a_misspelt_surname_is_a_variant() {
        assert!(variant_of(&w("Okafor"), &w("Ines Okafur")));
        assert!(!variant_of(&w("Okafor"), &w("Ines Okafor")));
        assert!(!variant_of(&w("Marsh"), &w("Lena Maris")));
    }
}
