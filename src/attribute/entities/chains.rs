//! Short lists that many entities each keep (their roles, their spellings),
//! held in one vector for the whole draft rather than a vector each: an
//! entity starts with none, most keep one or two, and allocating, growing
//! and freeing a vector for each cost more than the lists' contents.

/// One entity's list: where its first and last items lie in the [`Chains`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Chain {
    ends: Option<(u32, u32)>,
}

impl Chain {
    pub fn is_empty(&self) -> bool {
        self.ends.is_none()
    }
}

/// Every list's items, each with the place of the next item of its list.
#[derive(Debug)]
pub(super) struct Chains<T> {
    items: Vec<(T, Option<u32>)>,
}

impl<T> Default for Chains<T> {
    fn default() -> Chains<T> {
        Chains { items: Vec::new() }
    }
}

impl<T: Copy> Chains<T> {
    /// No lists, with room for `n` items in all.
    pub(super) fn with_room(n: usize) -> Chains<T> {
        Chains { items: Vec::with_capacity(n) }
    }

    /// Adds `item` at the end of `chain`.
    pub(super) fn push(&mut self, chain: &mut Chain, item: T) {
        let at = self.items.len() as u32;
        self.items.push((item, None));
        chain.ends = Some(match chain.ends {
            None => (at, at),
            Some((first, last)) => {
                self.items[last as usize].1 = Some(at);
                (first, at)
            }
        });
    }

    /// The items of `chain`, in the order they were pushed.
    pub(super) fn iter(&self, chain: Chain) -> impl Iterator<Item = T> + '_ {
        let mut next = chain.ends.map(|(first, _)| first);
        std::iter::from_fn(move || {
            let (item, after) = self.items[next? as usize];
            next = after;
            Some(item)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_sharing_one_vector_keep_their_own_items_in_order() {
        let mut chains = Chains::default();
        let (mut a, mut b) = (Chain::default(), Chain::default());
        assert!(a.is_empty());
        chains.push(&mut a, 1);
        chains.push(&mut b, 10);
        chains.push(&mut a, 2);
        chains.push(&mut b, 20);
        chains.push(&mut a, 3);
        assert!(!a.is_empty());
        assert_eq!(chains.iter(a).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(chains.iter(b).collect::<Vec<_>>(), [10, 20]);
        assert_eq!(chains.iter(Chain::default()).count(), 0);
    }
}
