//! Scoring: block and overall scores, rounding, the weakest blocks, start here, coverage and
//! the team's spread.

use super::*;
use crate::model::quiz::{Statement, StatementId};
use crate::CONTENT_NL as NL;

const LEVELS: [&str; 5] = ["0", "1", "2", "3", "4"];

static STATEMENTS_A: [Statement; 3] = [
    Statement {
        id: 1,
        text: "a",
        levels: LEVELS,
        evidence: None,
    },
    Statement {
        id: 2,
        text: "b",
        levels: LEVELS,
        evidence: None,
    },
    Statement {
        id: 3,
        text: "c",
        levels: LEVELS,
        evidence: None,
    },
];
static STATEMENTS_B: [Statement; 1] = [Statement {
    id: 9,
    text: "d",
    levels: LEVELS,
    evidence: None,
}];
static BLOCKS: [Block; 2] = [
    Block {
        number: 1,
        title: "A",
        summary: "",
        article: "",
        statements: &STATEMENTS_A,
    },
    Block {
        number: 2,
        title: "B",
        summary: "",
        article: "",
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
