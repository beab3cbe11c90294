//! What the views and the page need from the state, derived and never stored: the results'
//! summary and heading, the history list, the storage line, the address's fragment and the
//! page events.

use super::{ScanState, Screen};
use crate::model::compare;
use crate::model::config::Storage;
use crate::model::history::{Day, Entry};
use crate::model::i18n::{fill, Locale};
use crate::model::page_event::PageEvent;
use crate::model::progress::{self, Place};
use crate::model::score::{Coverage, ScanScores};
use crate::model::share::{self, ScanResult};
use crate::model::summary::{ResultSummary, Whose};

/// One earlier result in the list on the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryItem {
    /// Its index in the history (oldest first), for opening and removing it.
    pub index: usize,
    pub day: Day,
    /// Its number among the results of its day, when that day has more than one.
    pub number: Option<usize>,
    pub overall: Option<u8>,
    pub label: Option<String>,
    /// It is the result on screen.
    pub current: bool,
}

/// What the address bar's fragment should hold for this state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentCode {
    Set(String),
    Remove,
    /// Leave the address as it is (a shared result keeps the link it was opened with).
    Keep,
}

/// What the app does with the stored progress after a change (`ScanState::progress_view`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressView {
    /// Leave it: someone else's or an earlier result is on screen.
    Keep,
    /// Store this line.
    Save(String),
    /// Remove it: there is nothing to keep (no answer yet, or a fresh start).
    Clear,
}

impl ScanState {
    /// What the results screen shows, or `None` on the other screens: the views render it and
    /// never score.
    pub fn summary(&self) -> Option<ResultSummary> {
        let locale = Locale::of(self.language);
        let whose = self.flow.whose()?;
        let summary = ResultSummary::of(locale, &self.shown_results(), whose)?;
        // "Then and now" for the visitor's own result alone; in a comparison it would be one
        // line too many.
        let then = self
            .previous_entry()
            .filter(|_| whose == Whose::Own && self.team.compared.is_empty());
        let summary = match then {
            Some(then) => {
                let number = self
                    .kept
                    .history
                    .position(then)
                    .and_then(|index| self.kept.history.same_day_number(index));
                summary.with_previous(locale, then, number)
            }
            None => summary,
        };
        Some(match &self.reference {
            Some(reference) => summary.with_reference(locale, reference),
            None => summary,
        })
    }

    /// The results screen's heading ("Uw uitslag", "Gedeelde uitslag", "Uw uitslag van
    /// 3 maart 2026"), for its title and the live announcement; `None` on the other screens.
    pub fn results_heading(&self) -> Option<String> {
        let locale = Locale::of(self.language);
        let texts = locale.texts;
        Some(match self.flow.whose()? {
            Whose::Own => texts.results_title.to_owned(),
            Whose::Shared => texts.shared_results_title.to_owned(),
            Whose::Earlier(index) => {
                let entry = self.kept.entry(index)?;
                let number = self.kept.history.same_day_number(index);
                fill(
                    texts.earlier_title,
                    &[("date", &locale.entry_date(entry.day, number))],
                )
            }
        })
    }

    /// The newest earlier result that is not the one on screen: what "Vorige keer" is.
    pub fn previous_entry(&self) -> Option<&Entry> {
        self.kept.history.previous(&self.own.answers)
    }

    /// An earlier result on screen, opened from the start screen (not from the visitor's own
    /// results): the way back leads there.
    pub fn earlier_from_start(&self) -> bool {
        matches!(self.flow.screen, Screen::Results(Whose::Earlier(_)))
            && self.flow.back_from_earlier == Screen::Intro
    }

    /// The history for the list on the results, newest first.
    pub fn history_items(&self) -> Vec<HistoryItem> {
        let current = self.kept.history.current(&self.own.answers);
        self.kept
            .history
            .entries
            .iter()
            .enumerate()
            .rev()
            .map(|(index, entry)| HistoryItem {
                index,
                day: entry.day,
                number: self.kept.history.same_day_number(index),
                overall: ScanScores::of(self.content(), &entry.result.answers).overall,
                label: entry.result.label.clone(),
                current: current == Some(index),
            })
            .collect()
    }

    /// The text to keep in local storage for the history.
    pub fn saved_history(&self) -> String {
        self.kept.history.save()
    }

    /// The visitor's own result, as it travels in a link.
    pub fn own_result(&self) -> ScanResult {
        self.own.result(self.content())
    }

    /// How many results a comparison on screen holds: the own with those compared, or a
    /// shared comparison; 1 (or 0) where there is none.
    pub fn compared_count(&self) -> usize {
        match self.flow.whose() {
            Some(Whose::Own) => 1 + self.team.compared.len(),
            Some(Whose::Shared) => self.team.shared.len(),
            Some(Whose::Earlier(_)) | None => 0,
        }
    }

    /// The results the current screen shows, the main one first.
    pub fn shown_results(&self) -> Vec<ScanResult> {
        match self.flow.whose() {
            Some(Whose::Shared) => self.team.shared.clone(),
            Some(Whose::Earlier(index)) => self
                .kept
                .history
                .entries
                .get(index)
                .map(|entry| entry.result.clone())
                .into_iter()
                .collect(),
            Some(Whose::Own) | None => std::iter::once(self.own_result())
                .chain(self.team.compared.iter().cloned())
                .collect(),
        }
    }

    /// The line to keep in local storage, or `None` while a shared or earlier result is shown
    /// (opening someone else's link must not overwrite one's own progress).
    pub fn saved_progress(&self) -> Option<String> {
        let place = match self.flow.screen {
            Screen::Intro => Place::Intro,
            Screen::Step(index) if self.flow.editing => Place::Correcting(index),
            Screen::Step(index) => Place::Step(index),
            Screen::Results(Whose::Own) => Place::Results,
            Screen::Results(Whose::Shared | Whose::Earlier(_)) => return None,
        };
        let code = share::encode_result(&self.own_result());
        Some(progress::save(place, self.language, self.today, &code))
    }

    /// What storage should hold of the progress: nothing until the visitor answered a
    /// statement or chose a language (opening the page or starting stores nothing), and
    /// nothing again after "Opnieuw beginnen".
    pub fn progress_view(&self) -> ProgressView {
        match self.saved_progress() {
            None => ProgressView::Keep,
            Some(_) if self.own.answers.is_empty() && !self.language_chosen => ProgressView::Clear,
            Some(line) => ProgressView::Save(line),
        }
    }

    /// The fragment value that reproduces what the results screen shows: the main result and
    /// any compared ones.
    pub fn results_code(&self) -> String {
        let codes: Vec<String> = self
            .shown_results()
            .iter()
            .map(share::encode_result)
            .collect();
        compare::join_codes(&codes)
    }

    pub fn fragment_code(&self) -> FragmentCode {
        // Where the host stores nothing, the address (and so the browser's history) gets no
        // answers either; the share box still gives the link.
        if self.kept.storage == Storage::Nothing {
            return match self.flow.screen {
                Screen::Results(Whose::Shared | Whose::Earlier(_)) => FragmentCode::Keep,
                _ => FragmentCode::Remove,
            };
        }
        match self.flow.screen {
            // The visitor's own answers go into the address (and so into the browser's
            // history, maybe synced) only once they passed their link on themselves.
            Screen::Results(Whose::Own) if self.team.link_passed_on => {
                FragmentCode::Set(self.results_code())
            }
            Screen::Results(Whose::Own) => FragmentCode::Remove,
            Screen::Results(Whose::Shared) if self.team.shared_edited => {
                FragmentCode::Set(self.results_code())
            }
            Screen::Results(Whose::Shared | Whose::Earlier(_)) => FragmentCode::Keep,
            Screen::Intro | Screen::Step(_) => FragmentCode::Remove,
        }
    }

    /// The visitor's last move completed a scan: their own results, reached from the
    /// statements, and not the end of a correction (the host hears `complete` once per result).
    pub fn completed_scan(&self) -> bool {
        self.flow.screen == Screen::Results(Whose::Own)
            && matches!(self.flow.moved_from, Screen::Step(_))
            && !self.flow.corrected
    }

    /// What the host page hears about the visitor's last screen change: a start when the
    /// statements begin (from the start screen, or a restart from the results; not a
    /// correction), and the step shown. Nothing before the visitor's first move.
    pub fn page_events(&self) -> Vec<PageEvent> {
        let Screen::Step(index) = self.flow.screen else {
            return Vec::new();
        };
        if !self.flow.navigations.any() {
            return Vec::new();
        }
        let step = PageEvent::Step {
            block: self
                .content()
                .blocks
                .get(index)
                .map_or(0, |block| block.number),
            answered: self.coverage().answered,
        };
        match self.flow.moved_from {
            Screen::Step(_) => vec![step],
            _ if self.flow.editing => vec![step],
            _ => vec![PageEvent::Start, step],
        }
    }

    /// How many of the statements the visitor's own answers cover.
    pub fn coverage(&self) -> Coverage {
        Coverage::of(self.content(), &self.own.answers)
    }
}
