//! The visitor's earlier results, kept in their own browser so that a scan done again later
//! shows how far they have come. Parsed here only.
//!
//! Storage format, one line per entry: `1|<yyyy-mm-dd>|<share code>`, oldest first, at most
//! [`MAX_ENTRIES`]. A line that does not parse (garbage, a cut-off value, a code the share
//! codec refuses) is dropped on its own; the others are kept.

use super::quiz::Answers;
use super::share::{self, ScanResult};

/// How many results are kept; the oldest goes first.
pub const MAX_ENTRIES: usize = 12;
const FORMAT: &str = "1";

/// A calendar day, as the visitor's browser gave it when the scan was completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// A day from its parts, if it can be one (months of up to 31 days; the browser's clock
    /// gives real dates, so no calendar is needed here).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        ((2000..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
            .then_some(Self { year, month, day })
    }

    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Self::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    fn write(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One completed scan: when, and what (answers and name, as a share link carries them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub day: Day,
    pub result: ScanResult,
}

/// The visitor's completed scans, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub entries: Vec<Entry>,
}

impl History {
    /// Reads the stored text; every line that does not parse is left out.
    pub fn load(text: &str) -> Self {
        let entries = text
            .lines()
            .filter_map(|line| {
                let mut fields = line.splitn(3, '|');
                if fields.next()? != FORMAT {
                    return None;
                }
                let day = Day::parse(fields.next()?)?;
                let result = share::decode(fields.next()?).ok()?;
                Some(Entry { day, result })
            })
            .collect::<Vec<_>>();
        let mut history = Self { entries };
        history.keep_newest();
        history
    }

    /// The text to store.
    pub fn save(&self) -> String {
        self.entries
            .iter()
            .map(|entry| {
                format!(
                    "{FORMAT}|{}|{}",
                    entry.day.write(),
                    share::encode_result(&entry.result)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Adds a completed scan. The same answers completed again on the same day replace the
    /// earlier entry (a reload of the results is no new scan); the oldest entries go when
    /// there are more than [`MAX_ENTRIES`].
    pub fn add(mut self, day: Day, result: ScanResult) -> Self {
        self.entries
            .retain(|entry| !(entry.day == day && entry.result.answers == result.answers));
        self.entries.push(Entry { day, result });
        self.keep_newest();
        self
    }

    /// The newest entry takes `result` when it holds the same answers: the name and the
    /// ambitions the visitor gives on the results belong to the scan they just completed.
    pub fn update_newest(mut self, result: &ScanResult) -> Self {
        if let Some(newest) = self.entries.last_mut() {
            if newest.result.answers == result.answers && newest.result != *result {
                newest.result = result.clone();
            }
        }
        self
    }

    /// Removes the entry at `index` (oldest first); an index past the end changes nothing.
    pub fn remove(mut self, index: usize) -> Self {
        if index < self.entries.len() {
            self.entries.remove(index);
        }
        self
    }

    pub fn clear(self) -> Self {
        Self::default()
    }

    /// The index of the newest entry when it holds these answers: the result on screen.
    pub fn current(&self, answers: &Answers) -> Option<usize> {
        let last = self.entries.len().checked_sub(1)?;
        (self.entries[last].result.answers == *answers).then_some(last)
    }

    /// The newest entry that is not the result on screen (these answers): what "Vorige keer"
    /// is on the results.
    pub fn previous(&self, answers: &Answers) -> Option<&Entry> {
        let skip = usize::from(self.current(answers).is_some());
        self.entries.iter().rev().nth(skip)
    }

    fn keep_newest(&mut self) {
        let extra = self.entries.len().saturating_sub(MAX_ENTRIES);
        self.entries.drain(..extra);
    }
}

/// The change per block from `then` to `now` (score points); `None` where either is unknown.
pub fn change(then: &[Option<u8>], now: &[Option<u8>]) -> Vec<Option<i16>> {
    now.iter()
        .zip(then.iter().chain(std::iter::repeat(&None)))
        .map(|(now, then)| Some(i16::from((*now)?) - i16::from((*then)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::Answer;
    use crate::CONTENT_NL as CONTENT;

    fn result(level: u8) -> ScanResult {
        let mut answers = Answers::new();
        for block in CONTENT.blocks {
            for statement in block.statements {
                answers.set(statement.id, Answer::Level(level));
            }
        }
        ScanResult {
            content_version: CONTENT.version,
            answers,
            ..ScanResult::default()
        }
    }

    fn day(day: u8) -> Day {
        let Some(day) = Day::new(2026, 3, day) else {
            panic!("a valid day");
        };
        day
    }

    #[test]
    fn adding_keeps_the_newest_twelve_and_saving_round_trips() {
        let history = (1..=14).fold(History::default(), |history, n| {
            history.add(day(n), result(n % 5))
        });
        assert_eq!(history.entries.len(), MAX_ENTRIES);
        assert_eq!(history.entries[0].day, day(3), "the two oldest went");
        assert_eq!(history.entries[11].day, day(14));
        assert_eq!(History::load(&history.save()), history);
        let newest = &history.entries[11].result.answers;
        assert_eq!(history.current(newest), Some(11));
        assert_eq!(
            history.previous(newest).map(|entry| entry.day),
            Some(day(13))
        );
        let other = &history.entries[10].result.answers;
        assert_eq!(
            history.current(other),
            None,
            "only the newest is the current one"
        );
        assert_eq!(
            history.previous(other).map(|entry| entry.day),
            Some(day(14))
        );
    }

    #[test]
    fn the_same_result_on_the_same_day_is_one_entry() {
        let history = History::default()
            .add(day(1), result(2))
            .add(day(1), result(2))
            .add(day(2), result(2));
        assert_eq!(history.entries.len(), 2);
    }

    #[test]
    fn the_newest_entry_follows_its_name_and_ambitions_only() {
        let history = History::default()
            .add(day(1), result(1))
            .add(day(2), result(2));
        let named = ScanResult {
            label: Some("Team".into()),
            ambitions: [(1, 4)].into_iter().collect(),
            ..result(2)
        };
        let updated = history.clone().update_newest(&named);
        assert_eq!(updated.entries[1].result, named);
        assert_eq!(updated.entries[1].day, day(2));
        assert_eq!(updated.entries[0], history.entries[0]);
        // Other answers are another scan: nothing changes.
        assert_eq!(history.clone().update_newest(&result(3)), history);
    }

    #[test]
    fn remove_and_clear() {
        let history = History::default()
            .add(day(1), result(1))
            .add(day(2), result(2))
            .add(day(3), result(3));
        let removed = history.clone().remove(1);
        assert_eq!(
            removed
                .entries
                .iter()
                .map(|entry| entry.day)
                .collect::<Vec<_>>(),
            vec![day(1), day(3)]
        );
        assert_eq!(history.clone().remove(7), history);
        assert_eq!(history.clear(), History::default());
    }

    #[test]
    fn garbage_in_storage_drops_only_the_bad_lines() {
        let good = History::default().add(day(5), result(3)).save();
        let stored = [
            "kapot",
            "1|2026-13-01|AAAA",
            "2|2026-03-01|whatever",
            &good,
            "1|2026-03-06|niet-een-code",
            "1|26-3-6|AAAA",
            "",
        ]
        .join("\n");
        let history = History::load(&stored);
        assert_eq!(history.entries.len(), 1);
        assert_eq!(history.entries[0].day, day(5));
        assert_eq!(History::load(""), History::default());
    }

    #[test]
    fn the_change_per_block_is_blank_where_a_score_is_unknown() {
        let then = [Some(40), None, Some(75), Some(10)];
        let now = [Some(52), Some(30), Some(70), Some(10)];
        assert_eq!(change(&then, &now), vec![Some(12), None, Some(-5), Some(0)]);
        assert_eq!(
            change(&[], &[Some(1)]),
            vec![None],
            "a block without a then"
        );
    }
}
