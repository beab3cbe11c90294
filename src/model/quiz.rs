//! The scan's content as static data, and a visitor's answers.

/// Stable number of a statement. Share links store answers by this id, so an id stays with its
/// statement for good and is never reused.
pub type StatementId = u8;

/// The whole scan in one language, baked in from `content/*.toml` by `build.rs`.
#[derive(Debug, PartialEq)]
pub struct Content {
    pub version: u16,
    pub stages: &'static [Stage],
    pub blocks: &'static [Block],
}

/// A named band of scores: a score belongs to the last stage whose `from` it reaches.
#[derive(Debug, PartialEq)]
pub struct Stage {
    pub name: &'static str,
    pub from: u8,
    pub summary: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Block {
    pub number: u8,
    pub title: &'static str,
    pub summary: &'static str,
    pub article: &'static str,
    // The advice per stage is apart from the block: `Content::advice_of`.
    pub statements: &'static [Statement],
}

#[derive(Debug, PartialEq)]
pub struct Statement {
    pub id: StatementId,
    pub text: &'static str,
    /// Five maturity levels worded for this statement, lowest first.
    pub levels: [&'static str; 5],
    /// What the visitor could point to as evidence ("waaraan ziet u dat"), shown with it.
    pub evidence: Option<&'static str>,
}

/// Reading a statement, what would show it, and its five levels, then choosing (content
/// version 2's levels are longer than version 1's 25 seconds allowed for).
const SECONDS_PER_STATEMENT: usize = 30;

/// The highest level value; levels are valued `0..=MAX_LEVEL`.
pub const MAX_LEVEL: u8 = 4;

/// One answer to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A maturity level, `0..=MAX_LEVEL`.
    Level(u8),
    /// "Weet ik niet": answered, but not scored.
    DontKnow,
}

/// A visitor's answers, sorted by statement id. A statement without an entry is unanswered.
/// A sorted vector rather than a map: at most a few dozen entries, and far less code in the wasm.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<(StatementId, Answer)>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: StatementId) -> Option<Answer> {
        self.position(id).ok().map(|index| self.0[index].1)
    }

    /// Sets an answer; a level above [`MAX_LEVEL`] is ignored.
    pub fn set(&mut self, id: StatementId, answer: Answer) {
        if let Answer::Level(level) = answer {
            if level > MAX_LEVEL {
                return;
            }
        }
        match self.position(id) {
            Ok(index) => self.0[index].1 = answer,
            Err(index) => self.0.insert(index, (id, answer)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (StatementId, Answer)> + '_ {
        self.0.iter().copied()
    }

    fn position(&self, id: StatementId) -> Result<usize, usize> {
        self.0.binary_search_by_key(&id, |(known, _)| *known)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps only answers to statements the content still has (a share link may be older).
    pub fn retain_known(&mut self, content: &Content) {
        self.0.retain(|(id, _)| content.statement(*id).is_some());
    }

    /// How many of the block's statements have an answer (don't-know included).
    pub fn answered_in(&self, block: &Block) -> usize {
        block
            .statements
            .iter()
            .filter(|statement| self.position(statement.id).is_ok())
            .count()
    }
}

impl FromIterator<(StatementId, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (StatementId, Answer)>>(iter: I) -> Self {
        let mut answers = Answers::new();
        for (id, answer) in iter {
            answers.set(id, answer);
        }
        answers
    }
}

impl Content {
    pub fn statement(&self, id: StatementId) -> Option<&'static Statement> {
        self.blocks
            .iter()
            .flat_map(|block| block.statements.iter())
            .find(|statement| statement.id == id)
    }

    /// Answers for a preview of the results: every level, varied from block to block, so that
    /// the radar, "Begin hier" and the plan all have something to show.
    pub fn example_answers(&self) -> Answers {
        self.blocks
            .iter()
            .enumerate()
            .flat_map(|(block, item)| {
                item.statements
                    .iter()
                    .enumerate()
                    .map(move |(n, statement)| {
                        let level = u8::try_from((block * 3 + n) % 5).unwrap_or(0);
                        (statement.id, Answer::Level(level))
                    })
            })
            .collect()
    }

    pub fn statement_count(&self) -> usize {
        self.blocks.iter().map(|block| block.statements.len()).sum()
    }

    /// An honest estimate of the time the scan takes, in whole minutes, for the intro:
    /// [`SECONDS_PER_STATEMENT`] per statement, rounded to the nearest five minutes, and never
    /// under five.
    pub fn minutes_to_answer(&self) -> usize {
        let seconds = SECONDS_PER_STATEMENT * self.statement_count();
        let minutes = (seconds + 30) / 60;
        (5 * ((minutes + 2) / 5)).max(5)
    }
}

#[cfg(test)]
mod tests {
    use crate::CONTENT_NL as CONTENT;

    #[test]
    fn the_intro_time_follows_the_number_of_statements() {
        let exact = super::SECONDS_PER_STATEMENT as f64 * CONTENT.statement_count() as f64 / 60.0;
        let minutes = CONTENT.minutes_to_answer();
        assert_eq!(minutes % 5, 0);
        assert!(
            (minutes as f64 - exact).abs() <= 2.5,
            "{minutes} for {exact:.1}"
        );
        assert!(
            minutes > 5,
            "more than the five minutes the intro used to promise"
        );
    }
}
