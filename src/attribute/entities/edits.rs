//! Whether two words are within a slip or two of each other, as
//! `strsim::damerau_levenshtein(x, y) <= slips` answers, for less.
//!
//! strsim's Damerau-Levenshtein distance is the unrestricted one: it keeps
//! a map of the last row each character was seen in and a full matrix,
//! about 8,700 instructions for a pair of surnames (train: most of what
//! the variant test costs). The restricted distance (optimal string
//! alignment, no substring edited twice) is a plain matrix of a few dozen
//! cells on the stack. It is never less than the unrestricted one, and
//! the two agree up to one edit (a single insertion, deletion, change or
//! swap of neighbours is the same in both); from two edits on they may
//! differ (`ca` → `abc`: two unrestricted, three restricted). So a
//! restricted distance within `slips` answers yes, one above a single
//! slip answers no, and only a pair two slips allowed but the restricted
//! distance past them is asked of strsim.

/// Words up to this many characters are compared on the stack; longer
/// ones (no surname) go to strsim.
const LONGEST: usize = 24;

/// `strsim::damerau_levenshtein(x, y) <= slips`.
pub(super) fn within_slips(x: &str, y: &str, slips: usize) -> bool {
    match restricted_distance(x, y) {
        Some(d) if d <= slips => true,
        Some(_) if slips <= 1 => false,
        _ => strsim::damerau_levenshtein(x, y) <= slips,
    }
}

/// The optimal-string-alignment distance in characters, or `None` for a
/// word longer than [`LONGEST`].
fn restricted_distance(x: &str, y: &str) -> Option<usize> {
    let (a, n) = chars_of(x)?;
    let (b, m) = chars_of(y)?;
    let mut d = [[0u8; LONGEST + 1]; LONGEST + 1];
    for (i, row) in d.iter_mut().enumerate().take(n + 1) {
        row[0] = i as u8;
    }
    for (j, cell) in d[0].iter_mut().enumerate().take(m + 1) {
        *cell = j as u8;
    }
    for i in 1..=n {
        for j in 1..=m {
            let change = u8::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    Some(d[n][m] as usize)
}

/// The characters of `word` in an array, and how many, if it has no more
/// than [`LONGEST`].
fn chars_of(word: &str) -> Option<([char; LONGEST], usize)> {
    let mut out = ['\0'; LONGEST];
    let mut n = 0;
    for c in word.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    Some((out, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of words of up to four letters from a small alphabet
    /// (and a few longer and non-ASCII ones): the same answer as strsim
    /// for one, two and three slips.
    #[test]
    fn within_slips_answers_as_strsim_does() {
        let mut words = vec![String::new()];
        for len in 1..=4 {
            let mut next = Vec::new();
            for w in words.iter().filter(|w| w.chars().count() == len - 1) {
                for c in ['a', 'b', 'c'] {
                    next.push(format!("{w}{c}"));
                }
            }
            words.extend(next);
        }
        words.extend(["okafor", "okafur", "oakfor", "zoë", "zeö", "xca", "xabc", "brekkeholmstrandvikensson", "brekkeholmstrandvikenson"].map(String::from));
        for x in &words {
            for y in &words {
                for slips in 1..=3 {
                    assert_eq!(within_slips(x, y, slips), strsim::damerau_levenshtein(x, y) <= slips, "{x:?} {y:?} {slips}");
                }
            }
        }
        assert_eq!(restricted_distance("xca", "xabc"), Some(3));
        assert_eq!(strsim::damerau_levenshtein("xca", "xabc"), 2);
        assert!(within_slips("xca", "xabc", 2));
    }
}
