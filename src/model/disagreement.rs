//! "Waar verschillen we het meest?": the disagreements, the statements on which compared
//! results are furthest apart. Share links carry every answer, so this needs no server.
//! (The team's spread is another thing: the lowest, mean and highest score per block, in
//! `score.rs`.)

use super::pick::largest_first;
use super::quiz::{Answer, Content, StatementId, MAX_LEVEL};
use super::share::ScanResult;

/// How many statements the list shows at most.
pub const MAX_STATEMENTS: usize = 5;

/// How the compared results answered one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub statement: StatementId,
    /// Block index, in content order.
    pub block: usize,
    /// How many chose each level, lowest level first. "Weet ik niet" and no answer are not
    /// counted.
    pub counts: [u8; MAX_LEVEL as usize + 1],
}

impl Disagreement {
    /// How many results gave this statement a level.
    pub fn answering(&self) -> usize {
        self.counts.iter().map(|&count| usize::from(count)).sum()
    }

    pub fn lowest(&self) -> Option<u8> {
        (0..=MAX_LEVEL).find(|&level| self.counts[usize::from(level)] > 0)
    }

    pub fn highest(&self) -> Option<u8> {
        (0..=MAX_LEVEL)
            .rev()
            .find(|&level| self.counts[usize::from(level)] > 0)
    }

    /// The distance between the lowest and the highest level chosen.
    pub fn range(&self) -> u8 {
        match (self.lowest(), self.highest()) {
            (Some(lowest), Some(highest)) => highest - lowest,
            _ => 0,
        }
    }
}

/// Up to [`MAX_STATEMENTS`] statements with the widest range of levels, widest first; on a
/// tie, the statement more people answered goes first, then content order. Statements all
/// answered alike (or by one person) are left out: there is nothing to talk about. Answers to
/// statements the content no longer has are ignored.
pub fn widest(content: &Content, results: &[ScanResult]) -> Vec<Disagreement> {
    let disagreements: Vec<Disagreement> = content
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(block, item)| {
            item.statements
                .iter()
                .map(move |statement| (block, statement.id))
        })
        .map(|(block, statement)| {
            let mut counts = [0u8; MAX_LEVEL as usize + 1];
            for result in results {
                if let Some(Answer::Level(level)) = result.answers.get(statement) {
                    let count = &mut counts[usize::from(level.min(MAX_LEVEL))];
                    *count = count.saturating_add(1);
                }
            }
            Disagreement {
                statement,
                block,
                counts,
            }
        })
        .filter(|disagreement| disagreement.range() > 0)
        .collect();
    largest_first(disagreements, MAX_STATEMENTS, |disagreement| {
        (disagreement.range(), disagreement.answering())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::Answers;
    use crate::CONTENT_NL as CONTENT;

    fn result(answers: &[(StatementId, Answer)]) -> ScanResult {
        ScanResult {
            content_version: CONTENT.version,
            answers: answers.iter().copied().collect::<Answers>(),
            ..ScanResult::default()
        }
    }

    use Answer::{DontKnow, Level};

    #[test]
    fn the_widest_range_first_then_more_people_then_content_order() {
        let results = [
            result(&[
                (15, Level(0)),
                (16, Level(1)),
                (25, Level(2)),
                (35, Level(0)),
            ]),
            result(&[
                (15, Level(4)),
                (16, Level(3)),
                (25, Level(0)),
                (35, Level(2)),
            ]),
            result(&[(15, Level(2)), (16, DontKnow), (25, Level(2))]),
        ];
        let widest = widest(&CONTENT, &results);
        let order: Vec<(StatementId, u8, usize)> = widest
            .iter()
            .map(|s| (s.statement, s.range(), s.answering()))
            .collect();
        // 15: 0..4 by three. 25: 0..2 by three, before 16 and 35: 1..3 and 0..2 by two each
        // (16 before 35 in content order).
        assert_eq!(order, [(15, 4, 3), (25, 2, 3), (16, 2, 2), (35, 2, 2)]);
        assert_eq!(widest[0].counts, [1, 0, 1, 0, 1]);
        assert_eq!(
            (widest[0].lowest(), widest[0].highest()),
            (Some(0), Some(4))
        );
        assert_eq!(widest[0].block, 0);
        assert_eq!(widest[3].block, 2);
    }

    #[test]
    fn dont_know_agreement_and_unknown_statements_are_left_out() {
        let results = [
            result(&[(15, DontKnow), (16, Level(2)), (200, Level(0))]),
            result(&[(15, Level(4)), (16, Level(2)), (200, Level(4))]),
            result(&[(15, DontKnow), (17, Level(1))]),
        ];
        assert_eq!(
            widest(&CONTENT, &results),
            vec![],
            "one level each, all alike, or a statement the content no longer has"
        );
    }

    #[test]
    fn at_most_five() {
        let ids: Vec<StatementId> = CONTENT
            .blocks
            .iter()
            .flat_map(|block| block.statements.iter().map(|s| s.id))
            .collect();
        let low = result(&ids.iter().map(|&id| (id, Level(0))).collect::<Vec<_>>());
        let high = result(&ids.iter().map(|&id| (id, Level(3))).collect::<Vec<_>>());
        let widest = widest(&CONTENT, &[low.clone(), high, low]);
        assert_eq!(widest.len(), MAX_STATEMENTS);
        assert_eq!(
            widest.iter().map(|s| s.statement).collect::<Vec<_>>(),
            ids[..MAX_STATEMENTS],
            "all equal: content order"
        );
    }
}
