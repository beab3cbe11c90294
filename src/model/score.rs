//! Scoring: block scores, overall score, stages, the weakest blocks and "Begin hier", coverage,
//! and the team's spread per block.
//!
//! Levels are valued 0..=4 and "Weet ik niet" is not scored. A block's score is
//! round(100 × mean / 4) over its scored answers; a block without one has no score (unknown,
//! not 0). The overall score is the rounded mean of the known block scores. Rounding is half
//! up, done in integers so that no float edge case can move a score.

use super::pick::largest_first;
use super::quiz::{Answer, Answers, Block, Content, Stage, MAX_LEVEL};
use std::cmp::Reverse;

/// A score from 0 to 100.
pub type Score = u8;

/// Scores of one completed (or partly completed) scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanScores {
    /// One entry per block, in content order; `None` means unknown.
    pub blocks: Vec<Option<Score>>,
    /// `None` when no block has a score.
    pub overall: Option<Score>,
}

impl ScanScores {
    pub fn of(content: &Content, answers: &Answers) -> Self {
        let blocks: Vec<Option<Score>> = content
            .blocks
            .iter()
            .map(|block| block_score(block, answers))
            .collect();
        let overall = overall_score(&blocks);
        Self { blocks, overall }
    }

    /// Indices of the (at most) `count` lowest-scoring known blocks, lowest first; ties go to
    /// the earlier block, because the series builds up in that order.
    pub fn weakest(&self, count: usize) -> Vec<usize> {
        let known: Vec<(usize, Score)> = self
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(index, score)| Some((index, (*score)?)))
            .collect();
        largest_first(known, count, |&(_, score)| Reverse(score))
            .into_iter()
            .map(|(index, _)| index)
            .collect()
    }
}

pub fn block_score(block: &Block, answers: &Answers) -> Option<Score> {
    let levels = block
        .statements
        .iter()
        .filter_map(|statement| match answers.get(statement.id) {
            Some(Answer::Level(level)) => Some(u32::from(level)),
            Some(Answer::DontKnow) | None => None,
        });
    let (sum, count) = levels.fold((0u32, 0u32), |(sum, count), level| (sum + level, count + 1));
    (count > 0).then(|| rounded_ratio(100 * sum, u32::from(MAX_LEVEL) * count))
}

pub fn overall_score(block_scores: &[Option<Score>]) -> Option<Score> {
    let (sum, count) = block_scores
        .iter()
        .flatten()
        .fold((0u32, 0u32), |(sum, count), score| {
            (sum + u32::from(*score), count + 1)
        });
    (count > 0).then(|| rounded_ratio(sum, count))
}

/// round(numerator / denominator), half up, for a result known to lie in 0..=100.
fn rounded_ratio(numerator: u32, denominator: u32) -> Score {
    let rounded = (2 * numerator + denominator) / (2 * denominator);
    Score::try_from(rounded.min(100)).unwrap_or(100)
}

/// What the results advise to start with.
///
/// The rule, as the results state it: the (at most) two known blocks with the lowest score; of
/// blocks with equal scores the one with the lower number comes first. When no block stands
/// out, because every known block is in the highest stage or all known blocks score the same,
/// the results say that instead of naming blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartHere {
    /// No block has a score yet.
    NoScores,
    /// Every known block is in the highest stage.
    AllAtTop,
    /// Two or more known blocks, all with the same score.
    AllEqual,
    /// Block indices, lowest score first.
    Blocks(Vec<usize>),
}

impl StartHere {
    /// The blocks named, if any.
    pub fn blocks(&self) -> &[usize] {
        match self {
            StartHere::Blocks(blocks) => blocks,
            _ => &[],
        }
    }
}

/// How many blocks "Begin hier" names.
pub const START_HERE_COUNT: usize = 2;

impl ScanScores {
    pub fn start_here(&self, stages: &[Stage]) -> StartHere {
        let mut known = self.blocks.iter().flatten();
        let Some(&first) = known.clone().next() else {
            return StartHere::NoScores;
        };
        let top = stages.len().saturating_sub(1);
        if known
            .clone()
            .all(|&score| stage_index(stages, score) == top)
        {
            return StartHere::AllAtTop;
        }
        if known.clone().count() > 1 && known.all(|&score| score == first) {
            return StartHere::AllEqual;
        }
        StartHere::Blocks(self.weakest(START_HERE_COUNT))
    }
}

/// How many of the content's statements a result answers ("Weet ik niet" counts as an answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub answered: usize,
    pub statements: usize,
}

impl Coverage {
    pub fn of(content: &Content, answers: &Answers) -> Self {
        Self {
            answered: content
                .blocks
                .iter()
                .map(|block| answers.answered_in(block))
                .sum(),
            statements: content.statement_count(),
        }
    }

    /// Fewer than half of the statements answered: the result says little yet.
    pub fn is_thin(&self) -> bool {
        2 * self.answered < self.statements
    }

    pub fn open(&self) -> usize {
        self.statements.saturating_sub(self.answered)
    }
}

impl Content {
    /// The stage a score falls in: the one place that looks it up.
    pub fn stage_of(&self, score: Score) -> &'static Stage {
        &self.stages[stage_index(self.stages, score)]
    }

    /// A block's advice for the stage its score falls in; `None` for an unknown score.
    pub fn advice_for(&self, block: &Block, score: Option<Score>) -> Option<&'static str> {
        score.and_then(|score| {
            self.advice_of(block)
                .get(stage_index(self.stages, score))
                .copied()
        })
    }
}

/// Index of the stage a score falls in.
pub fn stage_index(stages: &[Stage], score: Score) -> usize {
    stages
        .iter()
        .rposition(|stage| score >= stage.from)
        .unwrap_or(0)
}

/// One block across several results: the mean and the range of the known scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockSpread {
    pub mean: Option<Score>,
    pub min: Option<Score>,
    pub max: Option<Score>,
}

/// Per block, over the results that have a score for it.
pub fn team_spread(results: &[ScanScores]) -> Vec<BlockSpread> {
    let blocks = results.first().map_or(0, |first| first.blocks.len());
    (0..blocks)
        .map(|block| {
            let known: Vec<Score> = results
                .iter()
                .filter_map(|result| result.blocks.get(block).copied().flatten())
                .collect();
            let known_as_options: Vec<Option<Score>> = known.iter().copied().map(Some).collect();
            BlockSpread {
                mean: overall_score(&known_as_options),
                min: known.iter().copied().min(),
                max: known.iter().copied().max(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
