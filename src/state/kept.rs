//! The kept slice: the visitor's completed scans, kept in their browser, and what this tab
//! knows of what storage holds, so that two tabs never lose each other's results.

use super::changes::Changes;
use crate::model::config::Storage;
use crate::model::history::{Day, Entry, History};
use crate::model::quiz::Answers;
use crate::model::share::ScanResult;

#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Kept {
    pub(super) history: History,
    /// What storage held when this tab last read or wrote it: a change here is measured
    /// against it, so that what another tab stored since stays (`History::merged`).
    base: History,
    /// The changes made here that storage may not hold yet. On each, the app reads what
    /// storage holds now, writes [`Kept::merged_with`] it, and sends what it wrote
    /// ([`Action::HistoryInStorage`](super::Action::HistoryInStorage)); never on the first
    /// render, where a read or write would lengthen the mount's task.
    pub(super) changes: Changes,
    /// Storage refused a write (blocked or full): the history lasts the visit, and what
    /// storage holds is no longer asked.
    detached: bool,
    /// The entry a correction under way will replace.
    correcting: Corrects,
    /// Where the host lets the widget store: with `Nothing`, no result is kept.
    pub(super) storage: Storage,
}

/// What a correction under way corrects.
#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
enum Corrects {
    /// No correction, or one of a result that is not kept.
    #[default]
    Nothing,
    /// The entry of the result the visitor came from.
    Entry(Entry),
    /// A correction resumed after a reload: the newest entry, if it is from today.
    Newest,
}

impl Kept {
    /// The history as storage held it when the widget loaded.
    pub fn new(history: History) -> Self {
        Self {
            base: history.clone(),
            history,
            ..Self::default()
        }
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// The changes made here that storage may not hold yet.
    pub fn changes(&self) -> Changes {
        self.changes
    }

    /// Where the host lets the widget store.
    pub fn storage(&self) -> Storage {
        self.storage
    }

    /// Whether the visitor can choose to keep their results: not where the host stores nothing.
    pub fn offers_keeping(&self) -> bool {
        self.storage != Storage::Nothing
    }

    /// A completed scan (not an empty one: there is nothing to compare it with), when the
    /// visitor keeps their results.
    pub(super) fn record(&mut self, today: Day, result: ScanResult) {
        if self.history.keeping && !result.answers.is_empty() {
            self.change(|history| history.add(today, result));
        }
    }

    /// "Bewaar deze uitslag": from now on results are kept, this one first.
    pub(super) fn start_keeping(&mut self, today: Option<Day>, result: ScanResult) {
        if !self.offers_keeping() {
            return;
        }
        self.change(|history| history.keep(true));
        if let Some(today) = today {
            self.record(today, result);
        }
    }

    /// "Stop met bewaren": no new results are kept; the kept ones stay until they expire or
    /// are removed.
    pub(super) fn stop_keeping(&mut self) {
        self.change(|history| history.keep(false));
    }

    /// "Antwoorden aanpassen" on the results: the entry of the result shown will be replaced.
    pub(super) fn start_correction(&mut self, answers: &Answers) {
        self.correcting = match self.history.current(answers).and_then(|i| self.entry(i)) {
            Some(entry) => Corrects::Entry(entry.clone()),
            None => Corrects::Nothing,
        };
    }

    /// A correction resumed after a reload, which does not know the entry it started from.
    pub(super) fn resume_correction(&mut self) {
        self.correcting = Corrects::Newest;
    }

    /// A correction is done. It replaces the entry it corrects when that is from today; a
    /// result from an earlier day stays, and the corrected one is a new result (the visitor
    /// came back to do the scan again). After a reload midway the entry is not known, and the
    /// newest one counts, if it is from today.
    pub(super) fn correct(&mut self, today: Day, result: ScanResult) {
        if !self.history.keeping {
            self.correcting = Corrects::Nothing;
            return;
        }
        let corrected = match std::mem::take(&mut self.correcting) {
            Corrects::Entry(entry) => Some(entry),
            Corrects::Newest => self.history.entries.last().cloned(),
            Corrects::Nothing => None,
        }
        .filter(|entry| entry.day == today);
        match corrected {
            Some(corrected) if !result.answers.is_empty() => {
                self.change(|history| history.replace(&corrected, today, result));
            }
            _ => self.record(today, result),
        }
    }

    /// The name and ambitions given on the results belong to the newest entry too.
    pub(super) fn update_newest(&mut self, result: &ScanResult) {
        self.change(|history| history.update_newest(result));
    }

    pub(super) fn remove(&mut self, index: usize) {
        self.change(|history| history.remove(index));
    }

    pub(super) fn clear(&mut self) {
        self.change(History::clear);
    }

    /// The text to store, given what storage holds now (`stored`, which another tab may have
    /// written since this tab last looked), read on `today`: this tab's changes merged into
    /// it, and nothing that has expired (it is not read back, so it is not written again).
    pub fn merged_with(&self, stored: &str, today: Option<Day>) -> String {
        History::merged(&self.base, &self.history, &History::load(stored, today)).save()
    }

    /// Storage holds `stored` now (written here, or by another tab), read on `today`: this
    /// tab's list follows it. A change made here in between is merged in, and counted to be
    /// written.
    pub(super) fn stored(&mut self, stored: &str, today: Option<Day>) {
        if self.detached {
            return;
        }
        let stored = History::load(stored, today);
        let merged = History::merged(&self.base, &self.history, &stored);
        if merged != stored {
            self.changes.note();
        }
        self.base = stored;
        self.history = merged;
    }

    /// Whether the history is in the browser's storage; not when storage refused a write (a
    /// sandboxed frame, some privacy settings): then it lasts for this visit only.
    pub fn in_storage(&self) -> bool {
        !self.detached
    }

    /// Storage refused the last write: from now on this tab keeps its history to itself.
    pub(super) fn not_stored(&mut self) {
        self.detached = true;
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.history.entries.get(index)
    }

    /// Applies `change` to the history and counts it when something changed. The count is
    /// taken against the history before it: comparing with one already taken out would make
    /// removing the only entry look like no change.
    fn change(&mut self, change: impl FnOnce(History) -> History) {
        let before = self.history.clone();
        self.history = change(std::mem::take(&mut self.history));
        if self.history != before {
            self.changes.note();
        }
    }
}
