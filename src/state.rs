//! The widget's one state machine: Intro -> Step(i) -> Results, or straight to a shared result.
//!
//! Local storage, the URL fragment and the radar are views of this state: the reducer decides,
//! the embed layer writes them out. No DOM code here.

use crate::model::ambition::{Ambitions, StageIndex};
use crate::model::compare::{self, MAX_RESULTS};
use crate::model::config::Reference;
use crate::model::history::{Day, Entry, History};
use crate::model::i18n::{Language, Locale};
use crate::model::page_event::PageEvent;
use crate::model::progress::{self, Place, SavedProgress};
use crate::model::quiz::{Answer, Answers, Content, StatementId};
use crate::model::score::{Coverage, ScanScores};
use crate::model::share::{self, clean_label, ScanResult, ShareError};
use crate::model::summary::ResultSummary;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The step for block `index` (0-based).
    Step(usize),
    /// The visitor's own results (with any results they compare them with).
    Results,
    /// Results from a share link; the visitor's own answers stay untouched.
    Shared,
    /// One of the visitor's earlier results (an index into the history), opened from the list.
    Earlier(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    InvalidShareLink(ShareError),
}

/// A question the widget asks before it does something the visitor may not mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// "Naar de uitslag" with statements still open: back to them, or on to the results?
    OpenStatements,
    /// "Opnieuw beginnen" would clear the answers, the name and the comparison.
    Restart,
    /// "Wis mijn geschiedenis" would remove every earlier result.
    ClearHistory,
}

// PartialEq for the tests only: the widget never compares whole states.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct ScanState {
    /// The language the widget speaks now; the visitor can switch it. The content (blocks,
    /// statements, advice) follows from it: see [`ScanState::content`].
    pub language: Language,
    pub screen: Screen,
    /// The visitor's own answers.
    pub answers: Answers,
    /// The visitor's own name for their result, if they gave one (cleaned).
    pub label: Option<String>,
    /// Where the visitor wants each block to be in a year (set on the results).
    pub ambitions: Ambitions,
    /// The visitor's completed scans, kept in their browser.
    pub history: History,
    /// Counts the changes to the history since the widget opened: storage is written on a
    /// change only, never on the first render (a write there would lengthen the mount's task).
    pub history_changes: u32,
    /// Today, from the visitor's browser; `None` where it gave no date (nothing is recorded).
    pub today: Option<Day>,
    /// The organisation's reference profile, drawn beside every result (from the snippet).
    pub reference: Option<Rc<Reference>>,
    /// The visitor changed a shared comparison (added or removed results): the address then
    /// follows it, so that its link can be passed on.
    pub shared_edited: bool,
    /// The name field's text as typed, so that cleaning the name never fights the typing.
    pub label_text: String,
    /// Results the visitor put next to their own (from pasted share links).
    pub compared: Vec<ScanResult>,
    /// Results from an opened share link (one, or several for a comparison), shown on
    /// [`Screen::Shared`].
    pub shared: Vec<ScanResult>,
    pub notice: Option<Notice>,
    /// Counts screen changes made by the visitor (not the screen the page opens on), so the
    /// host hears `bouwstenen:complete` when the visitor reaches the results, not on a reload.
    pub navigations: u32,
    /// The screen the visitor's last screen change came from (for [`ScanState::page_events`]).
    pub moved_from: Screen,
    /// How the last "Kopieer link" went, on this visit to the results.
    pub copy_status: CopyStatus,
    /// Lines of the last pasted comparison that held no readable share link (1-based).
    pub compare_problem_lines: Vec<usize>,
    /// The text in the field for colleagues' links, as typed.
    pub compare_text: String,
    /// The question shown, if any; every screen change takes it away.
    pub confirm: Option<Confirm>,
    /// Where the visitor's last focus-moving action sends focus.
    pub focus: Focus,
    /// Counts the visitor's actions that move focus, so the view moves it on those and never
    /// on the first render (which must not pull focus away from the host page).
    pub focus_moves: u32,
}

/// Where focus goes after an action of the visitor's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A new screen: its heading, so the next Tab lands on its first control.
    ScreenHeading,
    /// Results were compared: the comparison's heading (the chart and table that changed are
    /// far above the button).
    Comparison,
    /// A question was declined: its buttons are gone, so back to the button that raised it.
    RestartButton,
    /// The history list changed under the visitor's hands: its heading.
    History,
}

/// The outcome of copying the share link, shown next to the button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start (or resume) the scan at its first step.
    Start,
    /// Clear every answer and start at the first step; asks first when there is something to
    /// lose.
    Restart,
    /// The visitor confirmed the restart.
    ConfirmRestart,
    /// From the question about open statements: on to the results.
    ShowResultsAnyway,
    /// From the question about open statements: to the first step with an open statement.
    GoToOpenStatement,
    /// Leave the question without doing anything.
    CancelConfirm,
    Answer(StatementId, Answer),
    Next,
    Previous,
    /// From the results back to the first step, answers kept.
    EditAnswers,
    /// Leave a shared result for the visitor's own scan.
    TakeScanYourself,
    /// The page's fragment changed without a reload (a link pasted into the address bar, or
    /// the back button); this widget's share code in the new fragment, if it has one.
    FragmentChanged(Option<String>),
    /// The visitor typed in the name field: the link follows at once, the field keeps the text.
    TypeLabel(String),
    /// The visitor left the name field: the cleaned name is written back (empty removes it).
    SetLabel(String),
    /// Put these results next to the visitor's own (at most [`MAX_RESULTS`] in all).
    Compare(Vec<ScanResult>),
    /// The visitor typed in the field for colleagues' links.
    TypeCompareLinks(String),
    /// "Vergelijk": read the pasted links, compare with those that work, and name the lines
    /// that do not; the field is emptied when every line worked.
    RemoveCompared(usize),
    ComparePasted,
    /// The clipboard took the share link (`true`) or refused it.
    CopyFinished(bool),
    /// Switch to the other language.
    SwitchLanguage,
    /// The visitor chose an ambition (or none) for the block with this number.
    SetAmbition(u8, Option<StageIndex>),
    /// Open the earlier result at this index of the history.
    OpenEarlier(usize),
    /// From an earlier result back to the visitor's current one.
    BackToOwnResults,
    /// Remove the earlier result at this index of the history.
    RemoveEarlier(usize),
    /// "Wis mijn geschiedenis": asks first.
    ClearHistory,
    /// The visitor confirmed clearing the history.
    ConfirmClearHistory,
}

/// One earlier result in the list on the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryItem {
    /// Its index in the history (oldest first), for opening and removing it.
    pub index: usize,
    pub day: Day,
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

impl ScanState {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            screen: Screen::Intro,
            answers: Answers::new(),
            label: None,
            ambitions: Ambitions::default(),
            history: History::default(),
            history_changes: 0,
            today: None,
            reference: None,
            shared_edited: false,
            label_text: String::new(),
            compared: Vec::new(),
            shared: Vec::new(),
            notice: None,
            navigations: 0,
            moved_from: Screen::Intro,
            copy_status: CopyStatus::Idle,
            compare_problem_lines: Vec::new(),
            compare_text: String::new(),
            confirm: None,
            focus: Focus::ScreenHeading,
            focus_moves: 0,
        }
    }

    /// The state a visitor lands in, from this widget's share code in the page's fragment
    /// (if any) and their saved progress.
    pub fn open(
        language: Language,
        share_code: Option<&str>,
        saved: Option<SavedProgress>,
    ) -> Self {
        let mut state = Self::new(language);
        if let Some(saved) = saved {
            state.answers = saved.result.answers;
            state.label_text = saved.result.label.clone().unwrap_or_default();
            state.label = saved.result.label;
            state.ambitions = saved.result.ambitions;
            state.screen = match saved.place {
                Place::Intro => Screen::Intro,
                Place::Step(index) => Screen::Step(index),
                Place::Results => Screen::Results,
            };
        }
        let state = match share_code {
            Some(code) => state.open_share_code(code),
            None => state,
        };
        // The screen the page opens on is not a move the visitor made: the heading must not
        // take focus from the host page (nor scroll it) on load.
        Self {
            navigations: 0,
            focus_moves: 0,
            ..state
        }
    }

    /// The visitor's earlier results and today's date (from their browser), as the embed
    /// layer read them when the widget mounted.
    pub fn with_history(self, history: History, today: Option<Day>) -> Self {
        Self {
            history,
            today,
            ..self
        }
    }

    /// The organisation's reference profile, as configured on the page.
    pub fn with_reference(self, reference: Option<Reference>) -> Self {
        Self {
            reference: reference.map(Rc::new),
            ..self
        }
    }

    /// What the results screen shows, or `None` on the other screens: the views render it and
    /// never score.
    pub fn summary(&self) -> Option<ResultSummary> {
        let locale = Locale::of(self.language);
        let summary = match self.screen {
            Screen::Results | Screen::Shared | Screen::Earlier(_) => ResultSummary::of(
                locale,
                &self.shown_results(),
                self.screen != Screen::Results,
            ),
            Screen::Intro | Screen::Step(_) => None,
        }?;
        // "Then and now" for the visitor's own result alone; in a comparison it would be one
        // line too many.
        let then = self
            .previous_entry()
            .filter(|_| self.screen == Screen::Results && self.compared.is_empty());
        let summary = match then {
            Some(then) => summary.with_previous(locale, then),
            None => summary,
        };
        Some(match &self.reference {
            Some(reference) => summary.with_reference(locale, reference),
            None => summary,
        })
    }

    /// The newest earlier result that is not the one on screen: what "Vorige keer" is.
    pub fn previous_entry(&self) -> Option<&Entry> {
        let entries = &self.history.entries;
        let current = entries
            .last()
            .is_some_and(|newest| newest.result.answers == self.answers);
        entries.iter().rev().nth(usize::from(current))
    }

    /// The day of the earlier result on screen, on [`Screen::Earlier`].
    pub fn earlier_day(&self) -> Option<Day> {
        match self.screen {
            Screen::Earlier(index) => self.history.entries.get(index).map(|entry| entry.day),
            _ => None,
        }
    }

    /// The index in the history of the result on screen, if it is there.
    pub fn current_entry(&self) -> Option<usize> {
        let last = self.history.entries.len().checked_sub(1)?;
        (self.history.entries[last].result.answers == self.answers).then_some(last)
    }

    /// The history for the list on the results, newest first.
    pub fn history_items(&self) -> Vec<HistoryItem> {
        let current = self.current_entry();
        self.history
            .entries
            .iter()
            .enumerate()
            .rev()
            .map(|(index, entry)| HistoryItem {
                index,
                day: entry.day,
                overall: ScanScores::of(self.content(), &entry.result.answers).overall,
                label: entry.result.label.clone(),
                current: current == Some(index),
            })
            .collect()
    }

    /// The text to keep in local storage for the history.
    pub fn saved_history(&self) -> String {
        self.history.save()
    }

    /// A completed scan goes into the history (not an empty one: there is nothing to compare).
    fn record(mut self) -> Self {
        if let Some(today) = self.today.filter(|_| !self.answers.is_empty()) {
            let own = self.own_result();
            self.change_history(|history| history.add(today, own));
        }
        self
    }

    /// Applies `change` to the history and counts it when something changed.
    fn change_history(&mut self, change: impl FnOnce(History) -> History) {
        let before = self.history.clone();
        self.history = change(std::mem::take(&mut self.history));
        if self.history != before {
            self.history_changes = self.history_changes.wrapping_add(1);
        }
    }

    /// The name and ambitions given on the results belong to the scan in the history too.
    fn keep_history_current(mut self) -> Self {
        if self.screen == Screen::Results {
            let own = self.own_result();
            self.change_history(|history| history.update_newest(&own));
        }
        self
    }

    /// Shows the results in a fragment value, or the start screen with a notice when it is
    /// broken.
    fn open_share_code(mut self, value: &str) -> Self {
        match compare::decode_all(value) {
            Ok(mut results) => {
                for result in &mut results {
                    result.answers.retain_known(self.content());
                    result.ambitions.retain_known(self.content());
                }
                // A reload of one's own results page opens as one's own, not as a shared one.
                let is_own = self.screen == Screen::Results
                    && results
                        .first()
                        .is_some_and(|first| first.answers == self.answers);
                if is_own {
                    self.compared = results.split_off(1);
                    return self;
                }
                self.notice = None;
                self.shared = results;
                self.shared_edited = false;
                self.go(Screen::Shared)
            }
            Err(error) => {
                self.notice = Some(Notice::InvalidShareLink(error));
                self.shared = Vec::new();
                self.go(Screen::Intro)
            }
        }
    }

    /// The content in the language the widget speaks now.
    pub fn content(&self) -> &'static Content {
        Locale::of(self.language).content
    }

    pub fn block_count(&self) -> usize {
        self.content().blocks.len()
    }

    /// The visitor's own result, as it travels in a link.
    pub fn own_result(&self) -> ScanResult {
        ScanResult {
            content_version: self.content().version,
            answers: self.answers.clone(),
            label: self.label.clone(),
            ambitions: self.ambitions.clone(),
        }
    }

    /// The results the current screen shows, the main one first.
    pub fn shown_results(&self) -> Vec<ScanResult> {
        match self.screen {
            Screen::Shared => self.shared.clone(),
            Screen::Earlier(index) => self
                .history
                .entries
                .get(index)
                .map(|entry| entry.result.clone())
                .into_iter()
                .collect(),
            _ => std::iter::once(self.own_result())
                .chain(self.compared.iter().cloned())
                .collect(),
        }
    }

    /// The answers of the main result the current screen shows.
    pub fn shown_answers(&self) -> &Answers {
        match (self.screen, self.shared.first()) {
            (Screen::Shared, Some(shared)) => &shared.answers,
            _ => &self.answers,
        }
    }

    /// The line to keep in local storage, or `None` while a shared result is shown (opening
    /// someone else's link must not overwrite one's own progress).
    pub fn saved_progress(&self) -> Option<String> {
        let place = match self.screen {
            Screen::Intro => Place::Intro,
            Screen::Step(index) => Place::Step(index),
            Screen::Results => Place::Results,
            Screen::Shared | Screen::Earlier(_) => return None,
        };
        Some(progress::save(place, self.language, &self.share_code()))
    }

    /// The share code of the visitor's own result.
    pub fn share_code(&self) -> String {
        share::encode_result(&self.own_result())
    }

    /// The fragment value that reproduces what the results screen shows: the own result and
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
        match self.screen {
            Screen::Results => FragmentCode::Set(self.results_code()),
            Screen::Shared if self.shared_edited => FragmentCode::Set(self.results_code()),
            Screen::Shared | Screen::Earlier(_) => FragmentCode::Keep,
            Screen::Intro | Screen::Step(_) => FragmentCode::Remove,
        }
    }

    fn go(mut self, screen: Screen) -> Self {
        if self.screen != screen {
            self.moved_from = self.screen;
            self.screen = screen;
            self.navigations = self.navigations.wrapping_add(1);
            self.move_focus(Focus::ScreenHeading);
            // Messages about the copy and the comparison belong to the screen they were given on.
            self.copy_status = CopyStatus::Idle;
            self.compare_problem_lines = Vec::new();
            self.confirm = None;
        }
        self
    }

    fn move_focus(&mut self, to: Focus) {
        self.focus = to;
        self.focus_moves = self.focus_moves.wrapping_add(1);
    }

    /// What the host page hears about the visitor's last screen change: a start when the
    /// statements begin (from the start screen, or a restart from the results), and the step
    /// shown. Nothing before the visitor's first move.
    pub fn page_events(&self) -> Vec<PageEvent> {
        let Screen::Step(index) = self.screen else {
            return Vec::new();
        };
        if self.navigations == 0 {
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
        match self.moved_from {
            Screen::Step(_) => vec![step],
            _ => vec![PageEvent::Start, step],
        }
    }

    /// How many of the statements the visitor's own answers cover.
    pub fn coverage(&self) -> Coverage {
        Coverage::of(self.content(), &self.answers)
    }

    fn has_something_to_lose(&self) -> bool {
        !self.answers.is_empty() || self.label.is_some() || !self.compared.is_empty()
    }

    fn restart(mut self) -> Self {
        self.notice = None;
        self.answers = Answers::new();
        self.label = None;
        self.label_text = String::new();
        self.ambitions = Ambitions::default();
        self.compared = Vec::new();
        self.confirm = None;
        self.go(Screen::Step(0))
    }

    pub fn apply(mut self, action: Action) -> Self {
        let last_step = self.block_count().saturating_sub(1);
        match (action, self.screen) {
            (Action::Start, _) => {
                self.notice = None;
                self.go(Screen::Step(0))
            }
            (Action::Restart, Screen::Intro | Screen::Results) if self.has_something_to_lose() => {
                self.confirm = Some(Confirm::Restart);
                self
            }
            (Action::Restart, _) => self.restart(),
            (Action::ConfirmRestart, _) if self.confirm == Some(Confirm::Restart) => self.restart(),
            (Action::CancelConfirm, _) if self.confirm.is_some() => {
                let to = match self.confirm {
                    Some(Confirm::ClearHistory) => Focus::History,
                    _ => Focus::RestartButton,
                };
                self.confirm = None;
                self.move_focus(to);
                self
            }
            (Action::Answer(id, answer), Screen::Step(_)) => {
                if self.content().statement(id).is_some() {
                    self.answers.set(id, answer);
                    self.confirm = None;
                }
                self
            }
            (Action::Next, Screen::Step(index))
                if index >= last_step
                    && self.coverage().open() > 0
                    && self.confirm != Some(Confirm::OpenStatements) =>
            {
                self.confirm = Some(Confirm::OpenStatements);
                self
            }
            (Action::Next | Action::ShowResultsAnyway, Screen::Step(index))
                if index >= last_step =>
            {
                self.go(Screen::Results).record()
            }
            (Action::GoToOpenStatement, Screen::Step(_)) => {
                let open = self
                    .content()
                    .blocks
                    .iter()
                    .position(|block| self.answers.answered_in(block) < block.statements.len());
                self.confirm = None;
                self.go(Screen::Step(open.unwrap_or(0)))
            }
            (Action::Next, Screen::Step(index)) => self.go(Screen::Step(index + 1)),
            (Action::Previous, Screen::Step(0)) => self.go(Screen::Intro),
            (Action::Previous, Screen::Step(index)) => self.go(Screen::Step(index - 1)),
            (Action::Previous, Screen::Results) => self.go(Screen::Step(last_step)),
            (Action::EditAnswers, Screen::Results) => self.go(Screen::Step(0)),
            (Action::TakeScanYourself, Screen::Shared) => {
                self.shared = Vec::new();
                self.go(Screen::Intro)
            }
            (Action::FragmentChanged(code), screen) => match code {
                Some(code) if screen == Screen::Results && code == self.results_code() => self,
                Some(code) => self.open_share_code(&code),
                None if screen == Screen::Shared => {
                    self.shared = Vec::new();
                    self.go(Screen::Intro)
                }
                None => self,
            },
            (Action::TypeLabel(text), _) => {
                self.label = clean_label(&text);
                self.label_text = text;
                self.keep_history_current()
            }
            (Action::SetLabel(text), _) => {
                self.label = clean_label(&text);
                self.label_text = self.label.clone().unwrap_or_default();
                self.keep_history_current()
            }
            (Action::SetAmbition(block_number, stage), Screen::Results) => {
                if self
                    .content()
                    .blocks
                    .iter()
                    .any(|block| block.number == block_number)
                {
                    self.ambitions.set(block_number, stage);
                }
                self.keep_history_current()
            }
            (Action::OpenEarlier(index), Screen::Results) if index < self.history.entries.len() => {
                self.go(Screen::Earlier(index))
            }
            (Action::BackToOwnResults, Screen::Earlier(_)) => self.go(Screen::Results),
            (Action::RemoveEarlier(index), Screen::Results) => {
                self.change_history(|history| history.remove(index));
                self.move_focus(Focus::History);
                self
            }
            (Action::ClearHistory, Screen::Results) if !self.history.entries.is_empty() => {
                self.confirm = Some(Confirm::ClearHistory);
                self
            }
            (Action::ConfirmClearHistory, Screen::Results)
                if self.confirm == Some(Confirm::ClearHistory) =>
            {
                self.change_history(History::clear);
                self.confirm = None;
                self.move_focus(Focus::History);
                self
            }
            (Action::Compare(results), Screen::Results) => {
                let mut added = false;
                for mut result in results {
                    result.answers.retain_known(self.content());
                    let already = result.answers == self.answers
                        || self
                            .compared
                            .iter()
                            .any(|c| c.answers == result.answers && c.label == result.label);
                    if !already && self.compared.len() + 1 < MAX_RESULTS {
                        self.compared.push(result);
                        added = true;
                    }
                }
                if added {
                    self.move_focus(Focus::Comparison);
                }
                self
            }
            (Action::Compare(results), Screen::Shared) => {
                let mut added = false;
                for mut result in results {
                    result.answers.retain_known(self.content());
                    result.ambitions.retain_known(self.content());
                    let already = self
                        .shared
                        .iter()
                        .any(|s| s.answers == result.answers && s.label == result.label);
                    if !already && self.shared.len() < MAX_RESULTS {
                        self.shared.push(result);
                        added = true;
                    }
                }
                if added {
                    self.shared_edited = true;
                    self.move_focus(Focus::Comparison);
                }
                self
            }
            (Action::RemoveCompared(index), Screen::Results) => {
                if index < self.compared.len() {
                    self.compared.remove(index);
                }
                self
            }
            // On a shared comparison the first result is the one the link was for: it stays.
            (Action::RemoveCompared(index), Screen::Shared) => {
                if index + 1 < self.shared.len() {
                    self.shared.remove(index + 1);
                    self.shared_edited = true;
                }
                self
            }
            (Action::SwitchLanguage, _) => {
                self.language = self.language.other();
                self
            }
            (Action::TypeCompareLinks(text), _) => {
                self.compare_text = text;
                self
            }
            (Action::ComparePasted, Screen::Results | Screen::Shared) => {
                let (results, problems) = compare::parse_pasted(&self.compare_text);
                self.compare_problem_lines = problems.iter().map(|problem| problem.line).collect();
                if problems.is_empty() {
                    self.compare_text = String::new();
                }
                self.apply(Action::Compare(results))
            }
            (Action::CopyFinished(copied), Screen::Results | Screen::Shared) => {
                self.copy_status = if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                };
                self
            }
            // Any other pair is a stale click (say, a double click on the last "Volgende").
            (_, _) => self,
        }
    }
}

impl Reducible for ScanState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::Answer::{DontKnow, Level};
    use crate::CONTENT_NL as CONTENT;

    fn run(state: ScanState, actions: &[Action]) -> ScanState {
        actions
            .iter()
            .fold(state, |state, action| state.apply(action.clone()))
    }

    #[test]
    fn the_host_hears_a_start_and_each_step_the_visitor_moves_to() {
        use crate::model::page_event::PageEvent::{Start, Step};
        let opened = ScanState::new(Language::Dutch);
        assert_eq!(
            opened.page_events(),
            vec![],
            "opening the page is not a move"
        );
        let started = opened.apply(Action::Start);
        assert_eq!(
            started.page_events(),
            vec![
                Start,
                Step {
                    block: 1,
                    answered: 0
                }
            ]
        );
        let first = CONTENT.blocks[0].statements[0].id;
        let second = run(started, &[Action::Answer(first, Level(2)), Action::Next]);
        assert_eq!(
            second.page_events(),
            vec![Step {
                block: 2,
                answered: 1
            }]
        );
        let back = second.apply(Action::Previous);
        assert_eq!(
            back.page_events(),
            vec![Step {
                block: 1,
                answered: 1
            }]
        );

        // To the results: nothing here (`bouwstenen:complete` carries the scores).
        let to_results = |state: ScanState| {
            (0..CONTENT.blocks.len()).fold(state, |state, _| state.apply(Action::Next))
        };
        let results = run(to_results(back), &[Action::ShowResultsAnyway]);
        assert_eq!(results.screen, Screen::Results);
        assert_eq!(results.page_events(), vec![]);
        // "Opnieuw beginnen" on the results starts the statements again.
        let restarted = run(results, &[Action::Restart, Action::ConfirmRestart]);
        assert_eq!(
            restarted.page_events(),
            vec![
                Start,
                Step {
                    block: 1,
                    answered: 0
                }
            ]
        );

        // A reload on step 3 tells nothing until the visitor moves.
        let Some(saved) = restarted
            .saved_progress()
            .and_then(|line| progress::load(&CONTENT, &line))
        else {
            panic!("a restarted scan saves its progress");
        };
        let saved = progress::SavedProgress {
            place: Place::Step(2),
            ..saved
        };
        let reloaded = ScanState::open(Language::Dutch, None, Some(saved));
        assert_eq!(reloaded.screen, Screen::Step(2));
        assert_eq!(reloaded.page_events(), vec![]);
    }

    #[test]
    fn walks_through_every_step_to_the_results() {
        let mut state = run(ScanState::new(Language::Dutch), &[Action::Start]);
        for index in 0..CONTENT.blocks.len() {
            assert_eq!(state.screen, Screen::Step(index));
            state = state.apply(Action::Next);
        }
        // Nothing answered: the last "Naar de uitslag" asks first; a second one goes on.
        assert_eq!(state.screen, Screen::Step(CONTENT.blocks.len() - 1));
        assert_eq!(state.confirm, Some(Confirm::OpenStatements));
        let state = state.apply(Action::Next);
        assert_eq!(state.screen, Screen::Results);
        assert_eq!(state.confirm, None);
        assert_eq!(state.navigations, 8);
    }

    /// Start, then every statement answered (the last one "Weet ik niet") on the first step:
    /// the reducer takes an answer on any step screen.
    fn all_answered() -> Vec<Action> {
        let ids: Vec<StatementId> = CONTENT
            .blocks
            .iter()
            .flat_map(|block| block.statements.iter().map(|s| s.id))
            .collect();
        let last = ids.len() - 1;
        let answers = ids
            .iter()
            .enumerate()
            .map(|(n, id)| Action::Answer(*id, if n == last { DontKnow } else { Level(2) }));
        std::iter::once(Action::Start).chain(answers).collect()
    }

    #[test]
    fn to_the_results_with_open_statements_asks_back_or_on() {
        let state = finished(&[(11, Level(3))]);
        assert_eq!(state.screen, Screen::Results, "the helper goes on anyway");
        let mut asked = run(
            ScanState::new(Language::Dutch),
            &[Action::Start, Action::Answer(11, Level(3))],
        );
        for _ in 0..CONTENT.blocks.len() {
            asked = asked.apply(Action::Next);
        }
        assert_eq!(asked.confirm, Some(Confirm::OpenStatements));
        assert_eq!(asked.coverage().open(), CONTENT.statement_count() - 1);
        // Back: to the first step that has an open statement (block 1: its statement 11 is
        // answered, the others are not).
        let back = asked.clone().apply(Action::GoToOpenStatement);
        assert_eq!((back.screen, back.confirm), (Screen::Step(0), None));
        // On: the results, with the answers given.
        let on = asked.clone().apply(Action::ShowResultsAnyway);
        assert_eq!(on.screen, Screen::Results);
        // Answering takes the question away.
        let answered = asked.apply(Action::Answer(12, Level(1)));
        assert_eq!(answered.confirm, None);

        // With every statement answered ("Weet ik niet" counts) there is no question.
        let mut complete = run(ScanState::new(Language::Dutch), &all_answered());
        assert_eq!(complete.coverage().open(), 0);
        while complete.screen != Screen::Results {
            assert_eq!(complete.confirm, None);
            complete = complete.apply(Action::Next);
        }
    }

    #[test]
    fn restarting_with_answers_asks_once_and_cancel_keeps_everything() {
        let state = finished(&[(11, Level(3))]).apply(Action::SetLabel("Team".into()));
        let asked = state.clone().apply(Action::Restart);
        assert_eq!(asked.confirm, Some(Confirm::Restart));
        assert_eq!((asked.screen, asked.answers.len()), (Screen::Results, 1));
        let kept = asked.clone().apply(Action::CancelConfirm);
        assert_eq!(kept.confirm, None);
        assert_eq!(
            (kept.focus, kept.focus_moves),
            (Focus::RestartButton, asked.focus_moves + 1),
            "focus goes back to the button"
        );
        assert_eq!(kept.answers, state.answers);
        assert_eq!(kept.label.as_deref(), Some("Team"));
        // A stray confirm without the question does nothing.
        assert_eq!(kept.clone().apply(Action::ConfirmRestart), kept);
        let cleared = asked.apply(Action::ConfirmRestart);
        assert!(cleared.answers.is_empty() && cleared.label.is_none());
        assert_eq!((cleared.screen, cleared.confirm), (Screen::Step(0), None));
        // Nothing to lose: no question.
        let fresh = ScanState::new(Language::Dutch).apply(Action::Restart);
        assert_eq!((fresh.screen, fresh.confirm), (Screen::Step(0), None));
    }

    #[test]
    fn previous_goes_back_and_answers_stay() {
        let state = run(
            ScanState::new(Language::Dutch),
            &[
                Action::Start,
                Action::Answer(11, Level(3)),
                Action::Next,
                Action::Previous,
            ],
        );
        assert_eq!(state.screen, Screen::Step(0));
        assert_eq!(state.answers.get(11), Some(Level(3)));
        assert_eq!(state.apply(Action::Previous).screen, Screen::Intro);
    }

    #[test]
    fn answers_only_count_on_a_step_and_for_known_statements() {
        let state = run(
            ScanState::new(Language::Dutch),
            &[Action::Answer(11, Level(1))],
        );
        assert!(state.answers.is_empty());
        let state = run(
            ScanState::new(Language::Dutch),
            &[Action::Start, Action::Answer(200, Level(1))],
        );
        assert!(state.answers.is_empty());
        let state = run(
            state,
            &[Action::Answer(11, Level(1)), Action::Answer(11, DontKnow)],
        );
        assert_eq!(state.answers.get(11), Some(DontKnow));
    }

    #[test]
    fn restart_clears_answers() {
        let state = run(
            ScanState::new(Language::Dutch),
            &[
                Action::Start,
                Action::Answer(11, Level(3)),
                Action::Previous,
                Action::Restart,
                Action::ConfirmRestart,
            ],
        );
        assert!(state.answers.is_empty());
        assert_eq!(state.screen, Screen::Step(0));
    }

    #[test]
    fn valid_share_link_opens_shared_results_without_touching_own_progress() {
        let theirs: Answers = [(11, Level(4))].into_iter().collect();
        let code = share::encode(CONTENT.version, &theirs);
        let state = ScanState::open(Language::Dutch, Some(&code), None);
        assert_eq!(state.screen, Screen::Shared);
        assert_eq!(
            state.navigations, 0,
            "opening the page is not a move of the visitor's"
        );
        assert_eq!(state.shown_answers(), &theirs);
        assert!(state.answers.is_empty());
        assert_eq!(state.saved_progress(), None);
        assert_eq!(state.fragment_code(), FragmentCode::Keep);
        let state = state.apply(Action::TakeScanYourself);
        assert_eq!(state.screen, Screen::Intro);
        assert!(state.shared.is_empty());
        assert_eq!(state.fragment_code(), FragmentCode::Remove);
    }

    #[test]
    fn reloading_own_results_stays_own() {
        let mine: Answers = [(11, Level(2))].into_iter().collect();
        let code = share::encode(CONTENT.version, &mine);
        let saved = progress::load(
            &CONTENT,
            &progress::save(Place::Results, Language::Dutch, &code),
        );
        let state = ScanState::open(Language::Dutch, Some(&code), saved);
        assert_eq!(state.screen, Screen::Results);
        assert_eq!(state.fragment_code(), FragmentCode::Set(code));
    }

    #[test]
    fn invalid_share_link_shows_notice_on_the_start_screen() {
        for code in ["kapot", "", "AQAB"] {
            let state = ScanState::open(Language::Dutch, Some(code), None);
            assert_eq!(state.screen, Screen::Intro, "{code}");
            assert!(
                matches!(state.notice, Some(Notice::InvalidShareLink(_))),
                "{code}"
            );
        }
        let state = ScanState::open(Language::Dutch, Some("kapot"), None).apply(Action::Start);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_link_pasted_into_the_address_bar_opens_without_a_reload() {
        let theirs: Answers = [(31, Level(1))].into_iter().collect();
        let code = share::encode(CONTENT.version, &theirs);
        let state = run(
            ScanState::new(Language::Dutch),
            &[Action::Start, Action::FragmentChanged(Some(code))],
        );
        assert_eq!(state.screen, Screen::Shared);
        assert_eq!(state.shown_answers(), &theirs);
        assert_eq!(state.navigations, 2);

        let broken = state.apply(Action::FragmentChanged(Some("kapot".into())));
        assert_eq!(broken.screen, Screen::Intro);
        assert!(broken.notice.is_some());

        let unrelated = ScanState::new(Language::Dutch).apply(Action::Start);
        let unrelated = unrelated.apply(Action::FragmentChanged(None));
        assert_eq!(unrelated.screen, Screen::Step(0));
    }

    #[test]
    fn own_results_ignore_their_own_fragment_and_shared_view_closes_without_one() {
        let mut state = run(
            ScanState::new(Language::Dutch),
            &[Action::Start, Action::Answer(11, Level(2))],
        );
        for _ in 0..CONTENT.blocks.len() {
            state = state.apply(Action::Next);
        }
        let state = state.apply(Action::ShowResultsAnyway);
        let own = state.share_code();
        let state = state.apply(Action::FragmentChanged(Some(own)));
        assert_eq!(state.screen, Screen::Results);

        let theirs = share::encode(1, &[(11, Level(0))].into_iter().collect());
        let state = state.apply(Action::FragmentChanged(Some(theirs)));
        assert_eq!(state.screen, Screen::Shared);
        let state = state.apply(Action::FragmentChanged(None));
        assert_eq!(state.screen, Screen::Intro);
        assert_eq!(state.answers.get(11), Some(Level(2)));
    }

    #[test]
    fn saved_progress_resumes_where_the_visitor_was() {
        let mine: Answers = [(21, Level(1))].into_iter().collect();
        let code = share::encode(CONTENT.version, &mine);
        let saved = progress::load(
            &CONTENT,
            &progress::save(Place::Step(2), Language::Dutch, &code),
        );
        let state = ScanState::open(Language::Dutch, None, saved);
        assert_eq!(state.screen, Screen::Step(2));
        assert_eq!(state.answers, mine);
        assert_eq!(state.navigations, 0);
    }

    fn finished(answers: &[(StatementId, Answer)]) -> ScanState {
        let mut state = ScanState::new(Language::Dutch).apply(Action::Start);
        for (id, answer) in answers {
            state = state.apply(Action::Answer(*id, *answer));
        }
        for _ in 0..CONTENT.blocks.len() {
            state = state.apply(Action::Next);
        }
        state.apply(Action::ShowResultsAnyway)
    }

    fn colleague(level: u8, label: &str) -> ScanResult {
        ScanResult {
            content_version: CONTENT.version,
            answers: [(11, Level(level)), (200, Level(1))].into_iter().collect(),
            label: Some(label.into()),
            ambitions: Ambitions::default(),
        }
    }

    #[test]
    fn the_link_follows_the_name_as_it_is_typed_and_the_field_keeps_the_typing() {
        let state = finished(&[(11, Level(4))]);
        let typing = state.apply(Action::TypeLabel("Team ".into()));
        assert_eq!(typing.label.as_deref(), Some("Team"));
        assert_eq!(typing.label_text, "Team ", "the space stays while typing");
        let FragmentCode::Set(code) = typing.fragment_code() else {
            panic!("results set the fragment")
        };
        let shared = compare::decode_all(&code).unwrap_or_default();
        assert_eq!(shared[0].label.as_deref(), Some("Team"));
        let left = typing.apply(Action::SetLabel("Team  Zuid ".into()));
        assert_eq!(left.label_text, "Team Zuid");
    }

    #[test]
    fn compared_results_join_the_own_in_the_fragment_and_reopen_as_one_comparison() {
        let state = finished(&[(11, Level(4))]).apply(Action::SetLabel("  Ik \n ".into()));
        assert_eq!(state.label.as_deref(), Some("Ik"));
        let state = state.apply(Action::Compare(vec![
            colleague(1, "Anna"),
            colleague(2, "Bram"),
        ]));
        assert_eq!(state.compared.len(), 2);
        assert_eq!(
            state.compared[0].answers.get(200),
            None,
            "unknown ids are dropped"
        );
        let labels: Vec<_> = state
            .shown_results()
            .iter()
            .map(|r| r.label.clone())
            .collect();
        assert_eq!(
            labels,
            [Some("Ik".into()), Some("Anna".into()), Some("Bram".into())]
        );
        let FragmentCode::Set(value) = state.fragment_code() else {
            panic!("results set the fragment")
        };
        assert_eq!(value.matches('~').count(), 2);

        // A colleague opens that link: the same three results, as a shared comparison.
        let opened = ScanState::open(Language::Dutch, Some(&value), None);
        assert_eq!(opened.screen, Screen::Shared);
        assert_eq!(opened.shown_results(), state.shown_results());

        // The visitor reloads: their own results, still compared with the other two.
        let saved = progress::load(&CONTENT, &state.saved_progress().unwrap_or_default());
        let reloaded = ScanState::open(Language::Dutch, Some(&value), saved);
        assert_eq!(reloaded.screen, Screen::Results);
        assert_eq!(reloaded.compared.len(), 2);
        assert_eq!(reloaded.label.as_deref(), Some("Ik"));
    }

    #[test]
    fn comparing_skips_duplicates_and_stops_at_the_maximum() {
        let state = finished(&[(11, Level(4))]);
        let own = state.own_result();
        let many: Vec<ScanResult> = (0..20)
            .map(|n| colleague((n % 4) as u8, &format!("P{n}")))
            .collect();
        let state = state
            .apply(Action::Compare(vec![own]))
            .apply(Action::Compare(many));
        assert_eq!(state.compared.len(), MAX_RESULTS - 1);
        let state = state
            .apply(Action::RemoveCompared(0))
            .apply(Action::RemoveCompared(99));
        assert_eq!(state.compared.len(), MAX_RESULTS - 2);
        assert_eq!(state.compared[0].label.as_deref(), Some("P1"));
        let restarted = state.apply(Action::Restart).apply(Action::ConfirmRestart);
        assert!(restarted.compared.is_empty() && restarted.label.is_none());
    }

    #[test]
    fn pasted_links_are_compared_in_one_action_and_the_field_empties_when_all_worked() {
        let code = |level: u8, label: &str| share::encode_result(&colleague(level, label));
        let text = format!(
            "https://x.example/#bouwstenen={}\nkapot\n{}",
            code(1, "Anna"),
            code(2, "Bram")
        );
        let state = finished(&[(11, Level(4))])
            .apply(Action::TypeCompareLinks(text.clone()))
            .apply(Action::ComparePasted);
        assert_eq!(state.compared.len(), 2);
        assert_eq!(state.compare_problem_lines, [2]);
        assert_eq!(
            state.compare_text, text,
            "a line failed: the text stays to be fixed"
        );
        assert_eq!(state.focus, Focus::Comparison);
        let summary = state.summary().map(|s| s.series.len());
        assert_eq!(summary, Some(3), "the summary follows at once");
        let fixed = state
            .apply(Action::TypeCompareLinks(format!(
                "#bouwstenen={}",
                code(3, "Chris")
            )))
            .apply(Action::ComparePasted);
        assert_eq!((fixed.compared.len(), fixed.compare_text.as_str()), (3, ""));
        assert!(fixed.compare_problem_lines.is_empty());
    }

    #[test]
    fn copy_and_compare_messages_last_until_the_screen_changes() {
        let paste = |text: &str| {
            vec![
                Action::TypeCompareLinks(text.to_owned()),
                Action::ComparePasted,
            ]
        };
        let state = run(
            finished(&[(11, Level(4))]).apply(Action::CopyFinished(false)),
            &paste("\nniet-een-link\n\n\nook niet"),
        );
        assert_eq!(state.copy_status, CopyStatus::Failed);
        assert_eq!(state.compare_problem_lines, [2, 5]);
        let state = run(state.apply(Action::CopyFinished(true)), &paste(""));
        assert_eq!(state.copy_status, CopyStatus::Copied);
        assert!(state.compare_problem_lines.is_empty());

        let state = run(state, &paste("kapot")).apply(Action::EditAnswers);
        assert_eq!(state.copy_status, CopyStatus::Idle);
        assert!(state.compare_problem_lines.is_empty());
        // Not on a step: a late clipboard answer changes nothing there.
        assert_eq!(
            state.apply(Action::CopyFinished(true)).copy_status,
            CopyStatus::Idle
        );
    }

    fn on(day: u8) -> Option<Day> {
        Day::new(2026, 3, day)
    }

    /// Completes the scan with every statement at `level`, on `today`, from `state`.
    fn complete_on(state: ScanState, today: Option<Day>, level: u8) -> ScanState {
        let mut state = ScanState { today, ..state }
            .apply(Action::Restart)
            .apply(Action::ConfirmRestart);
        for block in CONTENT.blocks {
            for statement in block.statements {
                state = state.apply(Action::Answer(statement.id, Level(level)));
            }
        }
        for _ in 0..CONTENT.blocks.len() {
            state = state.apply(Action::Next);
        }
        state
    }

    #[test]
    fn a_completed_scan_enters_the_history_and_the_next_shows_then_and_the_change() {
        let first = complete_on(ScanState::new(Language::Dutch), on(3), 1);
        assert_eq!(first.screen, Screen::Results);
        assert_eq!(first.history.entries.len(), 1);
        assert_eq!(first.previous_entry(), None, "the first time has no then");
        assert!(first.summary().is_some_and(|s| s.previous.is_none()));

        let second = complete_on(first, on(28), 3);
        assert_eq!(second.history.entries.len(), 2);
        let Some(summary) = second.summary() else {
            panic!("results have a summary")
        };
        let Some(previous) = summary.previous.as_ref() else {
            panic!("the second time shows the first")
        };
        assert_eq!(previous.label, "Vorige keer, 3 maart 2026");
        assert_eq!(previous.change, vec![Some(50); 7]);
        assert_eq!(summary.overlays(Locale::dutch()).len(), 1);
        let items = second.history_items();
        assert_eq!(
            items
                .iter()
                .map(|item| (Some(item.day), item.overall, item.current))
                .collect::<Vec<_>>(),
            [(on(28), Some(75), true), (on(3), Some(25), false)]
        );

        // Reloaded a month later: the same, without doing anything.
        let saved = progress::load(&CONTENT, &second.saved_progress().unwrap_or_default());
        let reloaded = ScanState::open(Language::Dutch, None, saved).with_history(
            History::load(&second.saved_history()),
            Day::new(2026, 4, 28),
        );
        assert_eq!(reloaded.screen, Screen::Results);
        assert_eq!(
            reloaded
                .summary()
                .and_then(|s| s.previous)
                .map(|p| p.change),
            Some(vec![Some(50); 7])
        );
        assert_eq!(reloaded.history, second.history, "a reload records nothing");

        // Comparing hides then (one line too many), and without a date nothing is recorded.
        let compared = second
            .clone()
            .apply(Action::Compare(vec![colleague(1, "Anna")]));
        assert!(compared.summary().is_some_and(|s| s.previous.is_none()));
        let undated = complete_on(second.clone(), None, 2);
        assert_eq!(undated.history, second.history);
    }

    #[test]
    fn a_shared_link_never_enters_the_history() {
        let mine = complete_on(ScanState::new(Language::Dutch), on(3), 1);
        let theirs = share::encode(CONTENT.version, &[(11, Level(4))].into_iter().collect());
        let opened = ScanState::open(Language::Dutch, Some(&theirs), None)
            .with_history(mine.history.clone(), on(4));
        assert_eq!(opened.screen, Screen::Shared);
        let left = opened.apply(Action::TakeScanYourself);
        assert_eq!(left.history, mine.history);
        assert!(left.summary().is_none());
        // Pasted into the address bar of the open page, after the date is known.
        let pasted = mine.clone().apply(Action::FragmentChanged(Some(theirs)));
        assert_eq!(pasted.screen, Screen::Shared);
        assert_eq!(pasted.history, mine.history);
    }

    #[test]
    fn ambitions_are_set_on_the_results_travel_in_the_link_and_make_the_plan() {
        let state = complete_on(ScanState::new(Language::Dutch), on(3), 1)
            .apply(Action::SetAmbition(2, Some(3)))
            .apply(Action::SetAmbition(5, Some(4)))
            .apply(Action::SetAmbition(99, Some(4)))
            .apply(Action::SetAmbition(5, Some(2)))
            .apply(Action::SetAmbition(7, Some(4)))
            .apply(Action::SetAmbition(7, None));
        assert_eq!(state.ambitions.iter().collect::<Vec<_>>(), [(2, 3), (5, 2)]);
        let Some(summary) = state.summary() else {
            panic!("results")
        };
        assert_eq!(
            summary
                .plan
                .iter()
                .map(|item| item.block)
                .collect::<Vec<_>>(),
            [1, 4],
            "Gevorderd (61) before In ontwikkeling (41), from 25 each"
        );
        assert_eq!(
            state.history.entries[0].result.ambitions, state.ambitions,
            "the history keeps them with the result"
        );
        // A colleague opens the link: the same ambitions.
        let FragmentCode::Set(code) = state.fragment_code() else {
            panic!("results set the fragment")
        };
        let opened = ScanState::open(Language::Dutch, Some(&code), None);
        assert_eq!(opened.screen, Screen::Shared);
        assert_eq!(opened.shared[0].ambitions, state.ambitions);
        assert!(opened.history.entries.is_empty());
        // Not on someone else's results; a restart clears them.
        let unchanged = opened.clone().apply(Action::SetAmbition(1, Some(4)));
        assert_eq!(unchanged.shared, opened.shared);
        let restarted = state.apply(Action::Restart).apply(Action::ConfirmRestart);
        assert!(restarted.ambitions.is_empty());
        assert_eq!(restarted.history.entries.len(), 1, "the history stays");
    }

    #[test]
    fn earlier_results_open_and_are_removed_and_the_history_is_cleared_after_asking() {
        let state = complete_on(ScanState::new(Language::Dutch), on(3), 1);
        let state = complete_on(state, on(10), 2);
        let state = complete_on(state, on(17), 3);
        assert_eq!(state.history.entries.len(), 3);

        let earlier = state.clone().apply(Action::OpenEarlier(0));
        assert_eq!(earlier.screen, Screen::Earlier(0));
        assert_eq!(
            earlier.shown_answers(),
            &state.answers,
            "own answers untouched"
        );
        assert_eq!(
            earlier.summary().map(|s| s.main.overall),
            Some(Some(25)),
            "the earlier result is shown"
        );
        assert_eq!(earlier.saved_progress(), None);
        assert_eq!(earlier.fragment_code(), FragmentCode::Keep);
        assert_eq!(
            earlier.apply(Action::BackToOwnResults).screen,
            Screen::Results
        );
        assert_eq!(
            state.clone().apply(Action::OpenEarlier(9)).screen,
            Screen::Results
        );

        let removed = state.clone().apply(Action::RemoveEarlier(1));
        assert_eq!(removed.history.entries.len(), 2);
        assert_eq!(removed.focus, Focus::History);
        assert_eq!(
            removed.previous_entry().map(|entry| entry.day),
            on(3),
            "then is the one before the removed one"
        );

        let asked = state.clone().apply(Action::ClearHistory);
        assert_eq!(asked.confirm, Some(Confirm::ClearHistory));
        assert_eq!(asked.history, state.history);
        let kept = asked.clone().apply(Action::CancelConfirm);
        assert_eq!(
            (kept.history.entries.len(), kept.focus),
            (3, Focus::History)
        );
        let cleared = asked.apply(Action::ConfirmClearHistory);
        assert!(cleared.history.entries.is_empty());
        assert_eq!(cleared.saved_history(), "");
        assert_eq!(cleared.answers, state.answers, "the answers stay");
        assert!(cleared.summary().is_some_and(|s| s.previous.is_none()));
    }

    #[test]
    fn a_shared_result_is_compared_too_and_the_address_follows_the_comparison() {
        let code = share::encode_result(&colleague(1, "Anna"));
        let opened = ScanState::open(Language::Dutch, Some(&code), None);
        assert_eq!(opened.fragment_code(), FragmentCode::Keep);
        let compared = opened.apply(Action::Compare(vec![
            colleague(2, "Bram"),
            colleague(3, "Chris"),
            colleague(1, "Anna"),
        ]));
        let labels = |state: &ScanState| -> Vec<Option<String>> {
            state
                .shown_results()
                .iter()
                .map(|r| r.label.clone())
                .collect()
        };
        assert_eq!(
            labels(&compared),
            [
                Some("Anna".into()),
                Some("Bram".into()),
                Some("Chris".into())
            ],
            "Anna is there already"
        );
        assert_eq!(compared.focus, Focus::Comparison);
        assert!(
            compared.answers.is_empty(),
            "the visitor's own answers stay as they were"
        );
        assert!(compared.summary().is_some_and(|s| s.differ.is_some()));
        let FragmentCode::Set(value) = compared.fragment_code() else {
            panic!("a changed comparison is written to the address")
        };
        let reopened = ScanState::open(Language::Dutch, Some(&value), None);
        assert_eq!(reopened.shown_results(), compared.shown_results());

        // The first result is the one the link was for: only the others can be removed.
        let removed = compared
            .apply(Action::RemoveCompared(0))
            .apply(Action::RemoveCompared(5));
        assert_eq!(
            labels(&removed),
            [Some("Anna".into()), Some("Chris".into())]
        );
    }

    #[test]
    fn the_reference_is_beside_every_result() {
        let reference = Reference {
            result: colleague(2, "ignored"),
            label: None,
        };
        let state = finished(&[(11, Level(4))]).with_reference(Some(reference.clone()));
        let Some(summary) = state.summary() else {
            panic!("results")
        };
        let Some(line) = summary.reference.as_ref() else {
            panic!("the reference is in the summary")
        };
        assert_eq!(
            (line.label.as_str(), line.scores[0]),
            ("Referentie", Some(50))
        );
        let compared = state.apply(Action::Compare(vec![colleague(1, "Anna")]));
        let kinds: Vec<_> = compared
            .summary()
            .map(|s| s.overlays(Locale::dutch()).iter().map(|o| o.kind).collect())
            .unwrap_or_default();
        assert_eq!(kinds, [crate::model::radar_svg::OverlayKind::Reference]);
        let code = share::encode_result(&colleague(3, "Chris"));
        let shared =
            ScanState::open(Language::Dutch, Some(&code), None).with_reference(Some(reference));
        assert!(shared.summary().is_some_and(|s| s.reference.is_some()));
    }

    #[test]
    fn every_change_to_the_history_is_counted_for_storage_and_nothing_else() {
        let state = complete_on(ScanState::new(Language::Dutch), on(3), 1);
        assert_eq!(state.history_changes, 1, "the completed scan");
        let named = state.apply(Action::TypeLabel("Team".into()));
        assert_eq!(named.history_changes, 2, "its name");
        let same = named.clone().apply(Action::SetLabel("Team".into()));
        assert_eq!(same.history_changes, 2, "the same name again is no change");
        let removed = same.apply(Action::RemoveEarlier(0));
        assert!(removed.history.entries.is_empty());
        assert_eq!(
            removed.history_changes, 3,
            "removing the only result is a change"
        );
        let nothing = removed.apply(Action::RemoveEarlier(0));
        assert_eq!(nothing.history_changes, 3);
    }

    #[test]
    fn switching_language_keeps_screen_and_answers() {
        let state = finished(&[(11, Level(4))]).apply(Action::SwitchLanguage);
        assert_eq!(state.language, Language::English);
        assert!(std::ptr::eq(
            state.content(),
            &crate::model::content::CONTENT_EN
        ));
        let switched = state.clone().apply(Action::SwitchLanguage);
        assert_eq!(switched.language, Language::Dutch);
        assert_eq!(
            (switched.screen, &switched.answers, switched.navigations),
            (state.screen, &state.answers, state.navigations)
        );
    }
}
