//! "Uw actieplan": which blocks to work on, in which order. An ambition is the stage
//! the visitor wants a block to reach in a year (an index into `Content::stages`).

use super::pick::largest_first;
use super::quiz::Content;
use super::score::{Score, StartHere};

/// Why a block is in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanReason {
    /// The ambition's stage starts this many points above the block's score.
    Gap(u8),
    /// No ambitions were set: one of the "start here" blocks.
    StartHere,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanItem {
    /// Block index, in content order.
    pub block: usize,
    pub reason: PlanReason,
}

/// The plan: every block whose ambition lies above its score, largest gap first (ties in
/// content order). A block without a score is left out: there is nothing to measure a gap
/// from. With no ambition set at all, the "start here" blocks, in their order.
pub fn plan(
    content: &Content,
    scores: &[Option<Score>],
    ambitions: &[Option<usize>],
    start_here: &StartHere,
) -> Vec<PlanItem> {
    if ambitions.iter().all(Option::is_none) {
        let blocks = match start_here {
            StartHere::Blocks(blocks) => blocks.as_slice(),
            _ => &[],
        };
        return blocks
            .iter()
            .map(|&block| PlanItem {
                block,
                reason: PlanReason::StartHere,
            })
            .collect();
    }
    let gaps: Vec<(usize, u8)> = scores
        .iter()
        .zip(ambitions)
        .enumerate()
        .filter_map(|(block, (score, ambition))| {
            let target = content.stages.get((*ambition)?)?.from;
            let gap = target.checked_sub((*score)?).filter(|gap| *gap > 0)?;
            Some((block, gap))
        })
        .collect();
    let count = gaps.len();
    largest_first(gaps, count, |&(_, gap)| gap)
        .into_iter()
        .map(|(block, gap)| PlanItem {
            block,
            reason: PlanReason::Gap(gap),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CONTENT_NL as CONTENT;

    fn blocks(items: &[PlanItem]) -> Vec<(usize, PlanReason)> {
        items.iter().map(|item| (item.block, item.reason)).collect()
    }

    #[test]
    fn blocks_below_their_ambition_come_largest_gap_first() {
        let from = |stage: usize| CONTENT.stages[stage].from;
        // Stage 3 ("Gevorderd") starts at 61, stage 4 at 81.
        let scores = [
            Some(50),
            Some(20),
            Some(70),
            None,
            Some(61),
            Some(20),
            Some(90),
        ];
        let ambitions = [Some(3), Some(3), Some(3), Some(4), Some(3), Some(2), None];
        let plan = plan(&CONTENT, &scores, &ambitions, &StartHere::NoScores);
        assert_eq!(
            blocks(&plan),
            vec![
                (1, PlanReason::Gap(from(3) - 20)),
                (5, PlanReason::Gap(from(2) - 20)),
                (0, PlanReason::Gap(from(3) - 50)),
            ],
            "already there (block 3, 5), no score (block 4) and no ambition (block 7) are left out"
        );
    }

    #[test]
    fn equal_gaps_keep_the_content_order() {
        let scores = [
            Some(40),
            Some(40),
            Some(40),
            Some(40),
            Some(40),
            Some(40),
            Some(40),
        ];
        let ambitions = [None, Some(3), None, Some(3), None, None, Some(3)];
        let plan = plan(&CONTENT, &scores, &ambitions, &StartHere::NoScores);
        assert_eq!(
            plan.iter().map(|item| item.block).collect::<Vec<_>>(),
            vec![1, 3, 6]
        );
    }

    #[test]
    fn without_ambitions_the_plan_is_the_start_here_blocks() {
        let scores = [Some(10); 7];
        let none = [None; 7];
        let plan = plan(&CONTENT, &scores, &none, &StartHere::Blocks(vec![5, 0]));
        assert_eq!(
            blocks(&plan),
            vec![(5, PlanReason::StartHere), (0, PlanReason::StartHere)]
        );
        assert_eq!(
            super::plan(&CONTENT, &scores, &none, &StartHere::AllEqual),
            vec![]
        );
    }
}
