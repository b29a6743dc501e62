//! Binary search that starts from where the last one ended.
//!
//! The stages ask for the token or sentence at a byte offset mostly in
//! text order, so each answer lies near the one before. A search over the
//! whole array touches a new page at nearly every step, and for a long
//! draft, whose tokens fill tens of megabytes, each of those steps misses
//! the cache; a search outward from the last answer touches only what is
//! near it.

/// `slice.partition_point(pred)`, searched outward from `hint`: the same
/// answer for any hint, found in steps that grow from the hint (1, 2, 4,
/// …) and a binary search of the last step. `pred` must be true for a
/// prefix of `slice` and false after it, as for `partition_point`.
pub fn partition_point_near<T>(slice: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(slice.len());
    let (lo, hi) = if slice.get(hint).is_some_and(&pred) { ahead(slice, hint, &pred) } else { behind(slice, hint, &pred) };
    // Mostly the first step finds it (the hint or the next one): no range
    // is left to search, and no binary search is set up for nothing.
    if lo == hi {
        return lo;
    }
    lo + slice[lo..hi].partition_point(pred)
}

/// The answer lies past `from`, where `pred` holds: the range that holds it.
fn ahead<T>(slice: &[T], from: usize, pred: &impl Fn(&T) -> bool) -> (usize, usize) {
    let mut lo = from + 1;
    let mut step = 1;
    loop {
        let probe = lo + step - 1;
        if probe >= slice.len() {
            return (lo, slice.len());
        }
        if !pred(&slice[probe]) {
            return (lo, probe);
        }
        lo = probe + 1;
        step *= 2;
    }
}

/// The answer lies at `to` or before it (`pred` fails at `to`, or `to` is
/// the end): the range that holds it.
fn behind<T>(slice: &[T], to: usize, pred: &impl Fn(&T) -> bool) -> (usize, usize) {
    let mut hi = to;
    let mut step = 1;
    loop {
        if hi == 0 {
            return (0, 0);
        }
        let probe = hi.saturating_sub(step);
        if pred(&slice[probe]) {
            return (probe + 1, hi);
        }
        hi = probe;
        step *= 2;
    }
}

/// `slice.iter().position(pred)`, read two items a turn: for a scan whose
/// test is a load and a compare or two (a word's bytes, a draft's tokens),
/// the loop's own test cost as much as the item's, and now runs once for
/// two.
#[inline(always)]
pub fn position_by_pairs<T>(slice: &[T], pred: impl Fn(&T) -> bool) -> Option<usize> {
    let mut pairs = slice.chunks_exact(2);
    let mut at = 0;
    for pair in &mut pairs {
        if pred(&pair[0]) {
            return Some(at);
        }
        if pred(&pair[1]) {
            return Some(at + 1);
        }
        at += 2;
    }
    match pairs.remainder() {
        [last] if pred(last) => Some(at),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_position_finds_two_at_a_time() {
        for len in 0..9usize {
            let values: Vec<usize> = (0..len).collect();
            for at in 0..len + 2 {
                assert_eq!(position_by_pairs(&values, |&v| v == at), values.iter().position(|&v| v == at), "len {len} at {at}");
            }
        }
    }

    #[test]
    fn finds_what_partition_point_finds_from_any_hint() {
        for len in 0..40usize {
            let values: Vec<usize> = (0..len).map(|i| i * 3).collect();
            for at in 0..len * 3 + 2 {
                let want = values.partition_point(|&v| v < at);
                for hint in 0..len + 3 {
                    assert_eq!(partition_point_near(&values, hint, |&v| v < at), want, "len {len} at {at} hint {hint}");
                }
            }
        }
    }
}
