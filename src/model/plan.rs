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
    /// An ambition for a block without a score ("Weet ik niet" throughout): where it stands is
    /// the first thing to find out.
    Unknown,
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
/// content order), then every block with an ambition and no score, in content order: there
/// is no gap to measure, but an ambition the visitor cannot yet measure against is work to
/// do. With no ambition set at all, the "start here" blocks, in their order.
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
    let unknown = scores
        .iter()
        .zip(ambitions)
        .enumerate()
        .filter(|(_, (score, ambition))| score.is_none() && ambition.is_some())
        .map(|(block, _)| PlanItem {
            block,
            reason: PlanReason::Unknown,
        });
    largest_first(gaps, count, |&(_, gap)| gap)
        .into_iter()
        .map(|(block, gap)| PlanItem {
            block,
            reason: PlanReason::Gap(gap),
        })
        .chain(unknown)
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
                (3, PlanReason::Unknown),
            ],
            "already there (block 3, 5) and no ambition (block 7) are left out; a block \
             without a score (block 4) comes last, to be found out"
        );
    }

    #[test]
    fn blocks_with_an_ambition_and_no_score_are_in_the_plan_even_when_all_others_are_there() {
        let scores = [Some(90), None, Some(90), Some(90), None, Some(90), Some(90)];
        let ambitions = [Some(3), Some(3), None, None, Some(2), None, None];
        let plan = plan(&CONTENT, &scores, &ambitions, &StartHere::NoScores);
        assert_eq!(
            blocks(&plan),
            vec![(1, PlanReason::Unknown), (4, PlanReason::Unknown)]
        );
        let without = [None, None, None, None, None, None, Some(1)];
        assert_eq!(
            super::plan(&CONTENT, &scores, &without, &StartHere::NoScores),
            vec![],
            "no ambition on an unknown block: nothing to do there"
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
