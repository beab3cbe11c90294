//! The visitor's earlier results, kept in their own browser, when they chose to, so that a scan
//! done again later shows how far they have come. Parsed here only.
//!
//! Storage format: a first line `keep` while the visitor keeps their results (`stop` once they
//! stopped, with the entries kept so far), then one line per entry: `1|<yyyy-mm-dd>|<share
//! code>`, oldest first, at most [`MAX_ENTRIES`]. Entries without a first line were kept before
//! the visitor was asked: keeping them was their choice then, and it holds (they see it, with
//! "Stop met bewaren"). A line that does not parse (garbage, a cut-off value, a code the share
//! codec refuses) is dropped on its own; the others are kept. An entry older than
//! [`KEEP_DAYS`] is dropped whenever storage is read ([`History::load`]), and the widget
//! writes storage again without it when it loads.

use super::quiz::Answers;
use super::share::{self, ScanResult};

/// How many results are kept; the oldest goes first.
pub const MAX_ENTRIES: usize = 12;
/// How long a kept result stays: 12 months (docs/privacy.md).
pub const KEEP_DAYS: i64 = 365;
const FORMAT: &str = "1";
const KEEPING: &str = "keep";
const STOPPED: &str = "stop";

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

    /// The days from `earlier` to this day (negative when `earlier` is later).
    pub fn days_since(self, earlier: Day) -> i64 {
        self.ordinal() - earlier.ordinal()
    }

    /// Days since a fixed start, in the proleptic Gregorian calendar ("days from civil").
    fn ordinal(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        era * 146_097 + year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year
    }

    pub(super) fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Self::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    pub(super) fn write(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One completed scan: when, and what (answers and name, as a share link carries them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub day: Day,
    pub result: ScanResult,
}

impl Entry {
    /// Kept longer than [`KEEP_DAYS`] on `today` (docs/privacy.md: 12 months). A day in the
    /// future (a clock set back since) has not expired.
    pub fn expired_on(&self, today: Day) -> bool {
        today.days_since(self.day) > KEEP_DAYS
    }
}

/// The visitor's completed scans, oldest first, and whether they keep new ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub entries: Vec<Entry>,
    /// The visitor chose to keep their results on this device (and has not stopped).
    pub keeping: bool,
}

impl History {
    /// Reads the stored text on `today` (the browser's date; `None` where it gave none, and
    /// then nothing can expire): every line that does not parse is left out, and so is every
    /// entry older than [`KEEP_DAYS`]. This is the one way storage is read, so an expired entry
    /// is never shown, never "Vorige keer", and never merged back into what is written.
    pub fn load(text: &str, today: Option<Day>) -> Self {
        Self::read(text, today).0
    }

    /// Like [`History::load`], and whether the text held an entry that has expired since it
    /// was written: storage should then be written again without it ([`History::save`]).
    pub fn load_expiring(text: &str, today: Option<Day>) -> (Self, bool) {
        Self::read(text, today)
    }

    fn read(text: &str, today: Option<Day>) -> (Self, bool) {
        let first = text.lines().next().unwrap_or_default();
        let parsed = text.lines().filter_map(|line| {
            let mut fields = line.splitn(3, '|');
            if fields.next()? != FORMAT {
                return None;
            }
            let day = Day::parse(fields.next()?)?;
            let result = share::decode(fields.next()?).ok()?;
            Some(Entry { day, result })
        });
        let mut expired = false;
        let entries: Vec<Entry> = parsed
            .filter(|entry| {
                let current = today.is_none_or(|today| !entry.expired_on(today));
                expired |= !current;
                current
            })
            .collect();
        let keeping = match first {
            KEEPING => true,
            STOPPED => false,
            // Kept before the visitor was asked: their choice holds as long as one is still
            // kept, and lapses with the last one.
            _ => !entries.is_empty(),
        };
        let mut history = Self { entries, keeping };
        history.keep_newest();
        (history, expired)
    }

    /// From now on, completed scans are kept (or, with `false`, no longer; the entries kept
    /// so far stay until they expire or are removed).
    pub fn keep(mut self, keeping: bool) -> Self {
        self.keeping = keeping;
        self
    }

    /// The text to store; empty (the key goes) when nothing is kept and nothing is to be.
    pub fn save(&self) -> String {
        if !self.keeping && self.entries.is_empty() {
            return String::new();
        }
        let first = if self.keeping { KEEPING } else { STOPPED };
        std::iter::once(first.to_owned())
            .chain(self.entries.iter().map(|entry| {
                format!(
                    "{FORMAT}|{}|{}",
                    entry.day.write(),
                    share::encode_result(&entry.result)
                )
            }))
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

    /// A corrected result takes the place of the entry it corrects (if it is still kept),
    /// as the newest.
    pub fn replace(mut self, corrected: &Entry, day: Day, result: ScanResult) -> Self {
        if let Some(index) = self.position(corrected) {
            self.entries.remove(index);
        }
        self.add(day, result)
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

    /// This tab's history (`ours`) joined with what storage holds now (`stored`), which
    /// another tab may have changed since this tab last read or wrote it (`base`). An entry
    /// this tab removed since `base` goes, one it added comes in, and everything else stays as
    /// stored, another tab's new results included. A changed entry (a name or ambitions given
    /// later) is one removal and one addition. The newest [`MAX_ENTRIES`] are kept.
    pub fn merged(base: &History, ours: &History, stored: &History) -> History {
        let removed_here =
            |entry: &Entry| base.entries.contains(entry) && !ours.entries.contains(entry);
        let mut entries: Vec<Entry> = stored
            .entries
            .iter()
            .filter(|entry| !removed_here(entry))
            .cloned()
            .collect();
        for entry in &ours.entries {
            if !base.entries.contains(entry) && !entries.contains(entry) {
                entries.push(entry.clone());
            }
        }
        // The choice made here since `base` wins; otherwise the one stored (another tab's).
        let keeping = if ours.keeping != base.keeping {
            ours.keeping
        } else {
            stored.keeping
        };
        let mut merged = History { entries, keeping };
        merged.keep_newest();
        merged
    }

    /// Where the date alone does not tell an entry apart: its number among the entries of its
    /// day (1 for the first of that day), when that day has more than one.
    pub fn same_day_number(&self, index: usize) -> Option<usize> {
        let day = self.entries.get(index)?.day;
        let of_day = |entry: &Entry| entry.day == day;
        let count = self.entries.iter().filter(|entry| of_day(entry)).count();
        (count > 1).then(|| {
            self.entries[..index]
                .iter()
                .filter(|entry| of_day(entry))
                .count()
                + 1
        })
    }

    /// The index of this entry, if the history holds it.
    pub fn position(&self, entry: &Entry) -> Option<usize> {
        self.entries.iter().position(|kept| kept == entry)
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
mod tests;
