//! Where the visitor wants each block to be in a year: a stage per block. Kept by
//! block number, as answers are kept by statement id, so that a share link keeps its meaning
//! when blocks are added or removed.

use super::quiz::Content;

/// A stage, as an index into `Content::stages` (0 = the lowest).
pub type StageIndex = u8;
/// The highest stage index (the content has five stages; `build.rs` checks it).
pub const MAX_STAGE: StageIndex = 4;

/// The ambitions set, sorted by block number; a block without one has no entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ambitions(Vec<(u8, StageIndex)>);

impl Ambitions {
    pub fn get(&self, block_number: u8) -> Option<StageIndex> {
        self.position(block_number)
            .ok()
            .map(|index| self.0[index].1)
    }

    /// Sets (or with `None` removes) the ambition for a block; block 0 and a stage above
    /// [`MAX_STAGE`] are ignored.
    pub fn set(&mut self, block_number: u8, stage: Option<StageIndex>) {
        if block_number == 0 || stage.is_some_and(|stage| stage > MAX_STAGE) {
            return;
        }
        match (self.position(block_number), stage) {
            (Ok(index), Some(stage)) => self.0[index].1 = stage,
            (Ok(index), None) => {
                self.0.remove(index);
            }
            (Err(index), Some(stage)) => self.0.insert(index, (block_number, stage)),
            (Err(_), None) => {}
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (u8, StageIndex)> + '_ {
        self.0.iter().copied()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps only ambitions for blocks the content still has (a share link may be older).
    pub fn retain_known(&mut self, content: &Content) {
        self.0
            .retain(|(number, _)| content.blocks.iter().any(|block| block.number == *number));
    }

    /// The ambition per block, in content order, as stage indices.
    pub fn per_block(&self, content: &Content) -> Vec<Option<usize>> {
        content
            .blocks
            .iter()
            .map(|block| self.get(block.number).map(usize::from))
            .collect()
    }

    fn position(&self, block_number: u8) -> Result<usize, usize> {
        self.0
            .binary_search_by_key(&block_number, |(known, _)| *known)
    }
}

impl FromIterator<(u8, StageIndex)> for Ambitions {
    fn from_iter<I: IntoIterator<Item = (u8, StageIndex)>>(iter: I) -> Self {
        let mut ambitions = Self::default();
        for (block_number, stage) in iter {
            ambitions.set(block_number, Some(stage));
        }
        ambitions
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CONTENT_NL as CONTENT;

    #[test]
    fn set_replace_remove_and_bounds() {
        let mut ambitions: Ambitions = [(3, 2), (1, 4)].into_iter().collect();
        assert_eq!(ambitions.iter().collect::<Vec<_>>(), [(1, 4), (3, 2)]);
        ambitions.set(3, Some(3));
        ambitions.set(1, None);
        ambitions.set(0, Some(1));
        ambitions.set(5, Some(MAX_STAGE + 1));
        assert_eq!(ambitions.iter().collect::<Vec<_>>(), [(3, 3)]);
        assert_eq!(ambitions.get(3), Some(3));
        assert_eq!(ambitions.get(1), None);
    }

    #[test]
    fn per_block_follows_the_content_and_unknown_blocks_go() {
        let mut ambitions: Ambitions = [(2, 3), (7, 1), (99, 2)].into_iter().collect();
        ambitions.retain_known(&CONTENT);
        assert_eq!(ambitions.len(), 2);
        assert_eq!(
            ambitions.per_block(&CONTENT),
            [None, Some(3), None, None, None, None, Some(1)]
        );
    }
}
