//! The kept slice: the visitor's completed scans, kept in their browser.

use super::changes::Changes;
use crate::model::history::{Day, History};
use crate::model::share::ScanResult;

#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Kept {
    pub history: History,
    /// Storage is written on a change only, never on the first render (a write there would
    /// lengthen the mount's task).
    pub changes: Changes,
}

impl Kept {
    pub fn new(history: History) -> Self {
        Self {
            history,
            changes: Changes::default(),
        }
    }

    /// A completed scan (not an empty one: there is nothing to compare it with).
    pub(super) fn record(&mut self, today: Day, result: ScanResult) {
        if !result.answers.is_empty() {
            self.change(|history| history.add(today, result));
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
