//! Helpers for the model's tests.

use super::quiz::{Answer, Answers, Content};

/// Every statement of block `n` at `levels[n - 1]`; `None` leaves the block unanswered.
pub fn answers_by_block(content: &Content, levels: &[Option<u8>]) -> Answers {
    content
        .blocks
        .iter()
        .zip(levels)
        .flat_map(|(block, level)| {
            block
                .statements
                .iter()
                .filter_map(move |statement| Some((statement.id, Answer::Level((*level)?))))
        })
        .collect()
}
