//! Scoring: block scores, overall score, stages and the weakest blocks.
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
        score.and_then(|score| block.advice.get(stage_index(self.stages, score)).copied())
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
mod tests {
    use super::*;
    use crate::model::quiz::{Statement, StatementId};
    use crate::CONTENT_NL as NL;

    const LEVELS: [&str; 5] = ["0", "1", "2", "3", "4"];

    static STATEMENTS_A: [Statement; 3] = [
        Statement {
            id: 1,
            text: "a",
            levels: LEVELS,
        },
        Statement {
            id: 2,
            text: "b",
            levels: LEVELS,
        },
        Statement {
            id: 3,
            text: "c",
            levels: LEVELS,
        },
    ];
    static STATEMENTS_B: [Statement; 1] = [Statement {
        id: 9,
        text: "d",
        levels: LEVELS,
    }];
    static BLOCKS: [Block; 2] = [
        Block {
            number: 1,
            title: "A",
            summary: "",
            article: "",
            advice: &[],
            statements: &STATEMENTS_A,
        },
        Block {
            number: 2,
            title: "B",
            summary: "",
            article: "",
            advice: &[],
            statements: &STATEMENTS_B,
        },
    ];
    static STAGES: [Stage; 5] = [
        Stage {
            name: "s0",
            from: 0,
            summary: "",
        },
        Stage {
            name: "s1",
            from: 21,
            summary: "",
        },
        Stage {
            name: "s2",
            from: 41,
            summary: "",
        },
        Stage {
            name: "s3",
            from: 61,
            summary: "",
        },
        Stage {
            name: "s4",
            from: 81,
            summary: "",
        },
    ];
    static CONTENT: Content = Content {
        version: 1,
        stages: &STAGES,
        blocks: &BLOCKS,
    };

    fn answers(pairs: &[(StatementId, Answer)]) -> Answers {
        pairs.iter().copied().collect()
    }

    #[test]
    fn block_score_is_rounded_percentage_of_mean_level() {
        // mean 2/3 of a level: 100 * (2/3) / 4 = 16.67 -> 17
        let a = answers(&[
            (1, Answer::Level(0)),
            (2, Answer::Level(0)),
            (3, Answer::Level(2)),
        ]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(17));
        // mean 1/3: 8.33 -> 8
        let a = answers(&[
            (1, Answer::Level(1)),
            (2, Answer::Level(0)),
            (3, Answer::Level(0)),
        ]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(8));
        let a = answers(&[
            (1, Answer::Level(4)),
            (2, Answer::Level(4)),
            (3, Answer::Level(4)),
        ]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(100));
        let a = answers(&[(1, Answer::Level(0))]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(0));
    }

    #[test]
    fn halves_round_up() {
        // mean 1.5 of 4 -> 37.5 -> 38
        let a = answers(&[(1, Answer::Level(1)), (2, Answer::Level(2))]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(38));
        assert_eq!(overall_score(&[Some(10), Some(11)]), Some(11)); // 10.5 -> 11
        assert_eq!(overall_score(&[Some(0), Some(1), Some(1)]), Some(1)); // 0.67 -> 1
    }

    #[test]
    fn dont_know_is_not_scored_and_not_zero() {
        let a = answers(&[
            (1, Answer::Level(4)),
            (2, Answer::DontKnow),
            (3, Answer::DontKnow),
        ]);
        assert_eq!(block_score(&BLOCKS[0], &a), Some(100));
    }

    #[test]
    fn block_without_scored_answer_is_unknown() {
        assert_eq!(block_score(&BLOCKS[0], &Answers::new()), None);
        let a = answers(&[(1, Answer::DontKnow)]);
        assert_eq!(block_score(&BLOCKS[0], &a), None);
    }

    #[test]
    fn answers_to_other_blocks_do_not_count() {
        let a = answers(&[(9, Answer::Level(4))]);
        assert_eq!(block_score(&BLOCKS[0], &a), None);
        assert_eq!(block_score(&BLOCKS[1], &a), Some(100));
    }

    #[test]
    fn overall_is_mean_of_known_blocks_only() {
        let a = answers(&[(1, Answer::Level(2)), (9, Answer::DontKnow)]);
        let scores = ScanScores::of(&CONTENT, &a);
        assert_eq!(scores.blocks, vec![Some(50), None]);
        assert_eq!(scores.overall, Some(50));
        assert_eq!(ScanScores::of(&CONTENT, &Answers::new()).overall, None);
    }

    #[test]
    fn stage_boundaries() {
        assert_eq!(stage_index(&STAGES, 0), 0);
        assert_eq!(stage_index(&STAGES, 20), 0);
        assert_eq!(stage_index(&STAGES, 21), 1);
        assert_eq!(stage_index(&STAGES, 60), 2);
        assert_eq!(stage_index(&STAGES, 61), 3);
        assert_eq!(stage_index(&STAGES, 100), 4);
    }

    #[test]
    fn weakest_blocks_skip_unknown_and_break_ties_by_order() {
        let scores = ScanScores {
            blocks: vec![Some(40), None, Some(10), Some(40), Some(90)],
            overall: None,
        };
        assert_eq!(scores.weakest(2), vec![2, 0]);
        let scores = ScanScores {
            blocks: vec![None, Some(5)],
            overall: None,
        };
        assert_eq!(scores.weakest(2), vec![1]);
    }

    fn scores(blocks: &[Option<Score>]) -> ScanScores {
        ScanScores {
            blocks: blocks.to_vec(),
            overall: overall_score(blocks),
        }
    }

    #[test]
    fn start_here_names_the_two_lowest_and_breaks_ties_by_block_number() {
        let stages = NL.stages;
        assert_eq!(
            scores(&[Some(50), Some(20), Some(20), None, Some(20)]).start_here(stages),
            StartHere::Blocks(vec![1, 2])
        );
        assert_eq!(
            scores(&[Some(60), Some(10), Some(30), Some(30)]).start_here(stages),
            StartHere::Blocks(vec![1, 2])
        );
        assert_eq!(
            scores(&[None, Some(40), None]).start_here(stages),
            StartHere::Blocks(vec![1])
        );
    }

    #[test]
    fn start_here_says_so_when_no_block_stands_out() {
        let stages = NL.stages;
        assert_eq!(
            scores(&[Some(100), Some(100), None]).start_here(stages),
            StartHere::AllAtTop
        );
        // Different scores, but all in the highest stage (81–100).
        assert_eq!(
            scores(&[Some(100), Some(88), Some(81)]).start_here(stages),
            StartHere::AllAtTop
        );
        assert_eq!(
            scores(&[Some(50), None, Some(50), Some(50)]).start_here(stages),
            StartHere::AllEqual
        );
        assert_eq!(
            scores(&[None, None]).start_here(stages),
            StartHere::NoScores
        );
        assert_eq!(StartHere::AllEqual.blocks(), &[] as &[usize]);
    }

    #[test]
    fn coverage_counts_answers_and_is_thin_below_half() {
        let total = NL.statement_count();
        let mut answers = Answers::new();
        let ids: Vec<_> = NL
            .blocks
            .iter()
            .flat_map(|block| block.statements.iter().map(|s| s.id))
            .collect();
        answers.set(ids[0], Answer::Level(0));
        let one = Coverage::of(&NL, &answers);
        assert_eq!(
            (one.answered, one.statements, one.open()),
            (1, total, total - 1)
        );
        assert!(one.is_thin());
        for (n, id) in ids.iter().enumerate().take(total / 2) {
            let answer = if n % 2 == 0 {
                Answer::DontKnow
            } else {
                Answer::Level(2)
            };
            answers.set(*id, answer);
        }
        let half = Coverage::of(&NL, &answers);
        assert_eq!(half.answered, total / 2);
        assert_eq!(half.is_thin(), 2 * (total / 2) < total);
        answers.set(ids[total - 1], Answer::Level(1));
        assert!(!Coverage::of(&NL, &answers).is_thin());
    }

    #[test]
    fn level_above_max_is_ignored() {
        let mut a = Answers::new();
        a.set(1, Answer::Level(5));
        assert!(a.is_empty());
    }

    #[test]
    fn team_spread_takes_mean_and_range_of_known_scores() {
        let results = [
            ScanScores {
                blocks: vec![Some(10), None, Some(50)],
                overall: None,
            },
            ScanScores {
                blocks: vec![Some(20), None, None],
                overall: None,
            },
            ScanScores {
                blocks: vec![Some(31), None, Some(100)],
                overall: None,
            },
        ];
        let spread = team_spread(&results);
        assert_eq!(
            spread[0],
            BlockSpread {
                mean: Some(20),
                min: Some(10),
                max: Some(31)
            }
        );
        assert_eq!(
            spread[1],
            BlockSpread {
                mean: None,
                min: None,
                max: None
            }
        );
        assert_eq!(
            spread[2],
            BlockSpread {
                mean: Some(75),
                min: Some(50),
                max: Some(100)
            }
        );
        assert!(team_spread(&[]).is_empty());
    }
}
