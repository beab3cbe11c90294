//! Choosing the first few items of a short list by a key, without sorting: a sort adds
//! kilobytes to the wasm, and these lists hold seven blocks or a few dozen statements.

use std::cmp::Reverse;

/// Up to `count` items with the largest `key`, largest first; of items with equal keys the
/// earlier one comes first, so a list in content order keeps that order on ties.
pub fn largest_first<T, K: Ord>(mut items: Vec<T>, count: usize, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut chosen = Vec::with_capacity(count.min(items.len()));
    while chosen.len() < count {
        let next = items
            .iter()
            .enumerate()
            .max_by_key(|(position, item)| (key(item), Reverse(*position)))
            .map(|(position, _)| position);
        match next {
            Some(position) => chosen.push(items.remove(position)),
            None => break,
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_first_and_equal_keys_in_list_order() {
        let items = vec![("a", 2), ("b", 5), ("c", 2), ("d", 5), ("e", 1)];
        let chosen = largest_first(items.clone(), 4, |&(_, key)| key);
        assert_eq!(chosen, [("b", 5), ("d", 5), ("a", 2), ("c", 2)]);
        let smallest = largest_first(items.clone(), 2, |&(_, key)| Reverse(key));
        assert_eq!(smallest, [("e", 1), ("a", 2)]);
        assert_eq!(largest_first(items, 9, |&(_, key)| key).len(), 5);
        assert!(largest_first(Vec::<u8>::new(), 3, |&key| key).is_empty());
    }
}
