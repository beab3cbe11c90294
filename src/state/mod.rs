//! The widget's one state machine: Intro -> Step(i) -> Results(own), or straight to a shared
//! result; from the own results to an earlier one and back.
//!
//! The state is in slices, one file each: [`flow`] (screen, question, focus), [`own`] (the
//! visitor's answers, name and ambitions), [`kept`] (the history) and [`team`] (compared and
//! shared results, pasted links, the copy status). [`ScanState::apply`] routes each action
//! to its slice and holds the rules that cross slices; [`selectors`] derive what the views and
//! the page need. Local storage, the URL fragment and the radar are views of this state: the
//! reducer decides, the embed layer writes them out. No DOM code here.

mod action;
mod changes;
mod flow;
mod kept;
mod own;
mod selectors;
mod team;
#[cfg(test)]
mod tests;

pub use action::Action;
pub use changes::Changes;
pub use flow::{Confirm, Flow, Focus, Notice, OtherTab, Screen};
pub use kept::Kept;
pub use own::Own;
pub use selectors::{FragmentCode, HistoryItem, ProgressView};
pub use team::{CopyStatus, Skipped, Team};

use crate::model::config::{Reference, Storage};
use crate::model::head_start::HeadStart;
use crate::model::history::{Day, History};
use crate::model::i18n::{Language, Locale};
use crate::model::progress::{self, Place, SavedProgress};
use crate::model::quiz::Content;
use crate::model::share::ScanResult;
use crate::model::summary::Whose;
use crate::model::{compare, pasted};
use std::rc::Rc;
use yew::Reducible;

// PartialEq for the tests only: the widget never compares whole states.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct ScanState {
    /// The language the widget speaks now; the visitor can switch it. The content (blocks,
    /// statements, advice) follows from it: see [`ScanState::content`].
    pub language: Language,
    /// The visitor chose the language (the switch, here or on an earlier visit): a choice kept
    /// in storage with the progress, also before the first answer, until "Opnieuw beginnen".
    pub language_chosen: bool,
    /// Today, from the visitor's browser; `None` where it gave no date (nothing is recorded).
    pub today: Option<Day>,
    /// The organisation's reference profile, drawn beside every result (from the snippet).
    pub reference: Option<Rc<Reference>>,
    pub flow: Flow,
    pub own: Own,
    pub kept: Kept,
    pub team: Team,
}

impl ScanState {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            language_chosen: false,
            today: None,
            reference: None,
            flow: Flow::default(),
            own: Own::default(),
            kept: Kept::default(),
            team: Team::default(),
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
            // The language the visitor last used here wins over the page's.
            if let Some(saved_language) = saved.language {
                state.language = saved_language;
                state.language_chosen = true;
            }
            (state.flow.screen, state.flow.editing) = state.resume(saved);
        }
        if let Some(code) = share_code {
            state.open_share_code(code);
        }
        Self {
            flow: state.flow.opened(),
            ..state
        }
    }

    /// The visitor's earlier results and today's date (from their browser), as the embed
    /// layer read them when the widget mounted. A link to one of those results is the
    /// visitor's own, not someone else's: it opens as that earlier result (say, the results
    /// of a second tab, reloaded after the first tab completed another scan).
    /// `history` is what storage holds, read on `today` ([`History::load`]), so it holds no
    /// expired entry.
    pub fn with_history(self, history: History, today: Option<Day>) -> Self {
        let mut state = Self {
            kept: Kept::new(history),
            today,
            ..self
        };
        if state.flow.editing {
            state.kept.resume_correction();
        }
        if let (Screen::Results(Whose::Shared), [shared]) =
            (state.flow.screen, state.team.shared.as_slice())
        {
            let entries = &state.kept.history.entries;
            if let Some(index) = entries
                .iter()
                .rposition(|entry| entry.result.answers == shared.answers)
            {
                state.team.shared = Vec::new();
                state.flow.screen = Screen::Results(Whose::Earlier(index));
            }
        }
        state
    }

    /// Where the host lets the widget store (`data-storage`): with nothing, no result is kept.
    pub fn with_storage(mut self, storage: Storage) -> Self {
        self.kept.storage = storage;
        self
    }

    /// A preview of the results (the configurator's): the visitor's own, with example answers.
    pub fn with_example_answers(mut self) -> Self {
        self.own.answers = self.content().example_answers();
        self.flow.screen = Screen::Results(Whose::Own);
        self
    }

    /// The organisation's reference profile, as configured on the page.
    pub fn with_reference(self, reference: Option<Reference>) -> Self {
        Self {
            reference: reference.map(Rc::new),
            ..self
        }
    }

    /// What the visitor did on embed.js's first step before the wasm came, done again here,
    /// so the widget takes over where they are. Only on a fresh start screen: embed.js offers
    /// its step only then, and saved progress or a shared result is never overwritten.
    pub fn with_head_start(self, head_start: &HeadStart) -> Self {
        if head_start.is_empty()
            || self.flow.screen != Screen::Intro
            || !self.own.answers.is_empty()
        {
            return self;
        }
        let mut state = self.apply(Action::Start);
        for &(id, answer) in &head_start.answers {
            state = state.apply(Action::Answer(id, answer));
        }
        match head_start.step {
            // Still where embed.js had them: focus stays where it was (embed.js puts it back).
            Some(0) => state.flow.focus_moves = Changes::default(),
            // The next step, which they asked for while the wasm was on its way.
            Some(_) => state = state.apply(Action::Next),
            None => {
                state = state.apply(Action::Previous);
                state.flow.focus_moves = Changes::default();
            }
        }
        state
    }

    /// The state as if storage had held no progress: for what embed.js saved of its first
    /// step, which the head start handed over with the widget replaces (it holds the same, and
    /// any answer given since).
    pub fn without_saved_progress(self) -> Self {
        Self {
            own: Own::default(),
            flow: Flow::default(),
            ..self
        }
    }

    /// The content in the language the widget speaks now.
    pub fn content(&self) -> &'static Content {
        Locale::of(self.language).content
    }

    pub fn apply(mut self, action: Action) -> Self {
        self.update(action);
        self
    }

    fn update(&mut self, action: Action) {
        let content = self.content();
        let last_step = content.blocks.len().saturating_sub(1);
        let own_results = Screen::Results(Whose::Own);
        let shared_results = Screen::Results(Whose::Shared);
        match (action, self.flow.screen) {
            // Flow: from screen to screen, and the questions on the way.
            (Action::Start, _) => {
                self.flow.notice = None;
                self.go(Screen::Step(0));
            }
            (Action::Restart, Screen::Intro) | (Action::Restart, Screen::Results(Whose::Own))
                if self.has_something_to_lose() =>
            {
                self.flow.confirm = Some(Confirm::Restart);
            }
            (Action::Restart, _) => self.restart(),
            (Action::ConfirmRestart, _) if self.flow.confirm == Some(Confirm::Restart) => {
                self.restart();
            }
            (Action::CancelConfirm, _) => self.flow.cancel(),
            (Action::Next, Screen::Step(index))
                if index >= last_step
                    && self.coverage().open() > 0
                    && self.flow.confirm != Some(Confirm::OpenStatements) =>
            {
                self.flow.confirm = Some(Confirm::OpenStatements);
            }
            (Action::Next | Action::ShowResultsAnyway, Screen::Step(index))
                if index >= last_step =>
            {
                self.reach_own_results();
            }
            // A correction leads back to the results, also from its first step.
            (Action::BackToResults, Screen::Step(_)) | (Action::Previous, Screen::Step(0))
                if self.flow.editing =>
            {
                self.reach_own_results();
            }
            (Action::GoToOpenStatement, Screen::Step(_)) => {
                let open = content
                    .blocks
                    .iter()
                    .position(|block| self.own.answers.answered_in(block) < block.statements.len());
                self.flow.confirm = None;
                self.go(Screen::Step(open.unwrap_or(0)));
            }
            (Action::Next, Screen::Step(index)) => self.go(Screen::Step(index + 1)),
            (Action::Previous, Screen::Step(0)) => self.go(Screen::Intro),
            (Action::Previous, Screen::Step(index)) => self.go(Screen::Step(index - 1)),
            (Action::Previous, screen) if screen == own_results => {
                self.go(Screen::Step(last_step));
            }
            (Action::EditAnswers, screen) if screen == own_results => {
                self.kept.start_correction(&self.own.answers);
                self.go(Screen::Step(0));
                self.flow.editing = true;
            }
            (Action::FragmentChanged(Some(code)), screen)
                if screen == own_results && code == self.results_code() => {}
            (Action::FragmentChanged(Some(code)), _) => self.open_share_code(&code),
            (Action::FragmentChanged(None) | Action::TakeScanYourself, screen)
                if screen == shared_results =>
            {
                self.team.shared = Vec::new();
                self.go(Screen::Intro);
            }
            (Action::ChooseLanguage(language), _) => {
                self.language = language;
                self.language_chosen = true;
            }

            // Own: the answers, the name and the ambitions.
            (Action::Answer(id, answer), Screen::Step(_)) => {
                if self.own.answer(content, id, answer) {
                    self.flow.confirm = None;
                    // Answering on here keeps this tab's answers: they are written now.
                    self.flow.other_tab = None;
                }
            }
            (Action::ProgressInStorage(line), _) => self.other_tab_saved(line.as_deref()),
            (Action::KeepThisTabsAnswers, _) if self.flow.other_tab.is_some() => {
                self.flow.other_tab = None;
                self.own.rewrites.note();
            }
            (Action::TakeOtherTabsAnswers, _) => match self.flow.other_tab.take() {
                Some(OtherTab::Saved(saved)) => {
                    let (screen, editing) = self.resume(*saved);
                    self.go(screen);
                    self.flow.editing = editing;
                }
                Some(OtherTab::Removed) => {
                    self.own = Own::default();
                    self.go(Screen::Intro);
                }
                None => {}
            },
            (Action::TypeLabel(text), _) => {
                self.own.type_label(text);
                self.keep_history_current();
            }
            (Action::SetLabel(text), _) => {
                self.own.set_label(&text);
                self.keep_history_current();
            }
            (Action::SetAmbition(block_number, stage), screen) if screen == own_results => {
                self.own.set_ambition(content, block_number, stage);
                self.keep_history_current();
            }

            // Kept: the earlier results, from the own results' list, from the start screen
            // (where the progress may have expired), and from one earlier result to another.
            (Action::OpenEarlier(index), screen)
                if index < self.kept.history.entries.len()
                    && matches!(
                        screen,
                        Screen::Intro | Screen::Results(Whose::Own | Whose::Earlier(_))
                    ) =>
            {
                if !matches!(screen, Screen::Results(Whose::Earlier(_))) {
                    self.flow.back_from_earlier = screen;
                }
                self.go(Screen::Results(Whose::Earlier(index)));
            }
            // Back where the visitor was: the list of earlier results they opened it from, or
            // the start screen.
            (Action::BackFromEarlier, Screen::Results(Whose::Earlier(_))) => {
                let back = self.flow.back_from_earlier;
                self.go(back);
                if back == own_results {
                    self.flow.move_focus(Focus::History);
                }
            }
            (Action::RemoveEarlier(index), screen) if screen == own_results => {
                self.kept.remove(index);
                self.flow.move_focus(Focus::History);
            }
            (Action::KeepResults, screen) if screen == own_results => {
                let result = self.own.result(content);
                self.kept.start_keeping(self.today, result);
                self.flow.move_focus(Focus::History);
            }
            (Action::StopKeeping, screen) if screen == own_results => {
                self.kept.stop_keeping();
                self.flow.move_focus(Focus::History);
            }
            (Action::ClearHistory, screen)
                if screen == own_results && !self.kept.history.entries.is_empty() =>
            {
                self.flow.confirm = Some(Confirm::ClearHistory);
            }
            (Action::ConfirmClearHistory, screen)
                if screen == own_results && self.flow.confirm == Some(Confirm::ClearHistory) =>
            {
                self.kept.clear();
                self.flow.confirm = None;
                self.flow.move_focus(Focus::History);
            }

            (Action::HistoryInStorage(text), screen) => {
                let shown = match screen {
                    Screen::Results(Whose::Earlier(index)) => self.kept.entry(index).cloned(),
                    _ => None,
                };
                self.kept.stored(&text, self.today);
                // An earlier result on screen stays on screen where it moved to, or, when
                // another tab removed it, the visitor is back on their own results.
                if let Some(shown) = shown {
                    match self.kept.history.position(&shown) {
                        Some(index) => self.flow.screen = Screen::Results(Whose::Earlier(index)),
                        None => self.go(self.flow.back_from_earlier),
                    }
                }
            }
            (Action::HistoryNotStored, _) => self.kept.not_stored(),

            // Team: comparing, the pasted links and the copy.
            (Action::Compare(results), screen) => self.compare(screen, results),
            (Action::RemoveCompared(index), screen) if screen == own_results => {
                self.team.remove_from_own(index);
            }
            (Action::RemoveCompared(index), screen) if screen == shared_results => {
                self.team.remove_from_shared(index);
            }
            (Action::TypeCompareLinks(text), _) => self.team.compare_text = text,
            (Action::ComparePasted, screen)
                if screen == own_results || screen == shared_results =>
            {
                let (results, problems) = pasted::parse(&self.team.compare_text);
                self.team.problem_lines = problems.iter().map(|problem| problem.line).collect();
                if problems.is_empty() {
                    self.team.compare_text = String::new();
                }
                self.compare(screen, results);
            }
            (Action::CopyFinished(copied), screen)
                if screen == own_results || screen == shared_results =>
            {
                self.team.copy_status = if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                };
                self.team.link_passed_on |= copied && screen == own_results;
            }
            (Action::LinkPassedOn, screen) if screen == own_results => {
                self.team.link_passed_on = true;
            }
            (Action::ResultsPainted, Screen::Results(_)) => self.flow.results_in_full = true,
            // Any other pair is a stale click (say, a double click on the last "Volgende").
            (_, _) => {}
        }
    }

    // The rules that cross slices.

    /// Goes on with saved progress's answers, name and ambitions; the screen it was saved on,
    /// and whether that was a correction, for the caller to go to.
    fn resume(&mut self, saved: SavedProgress) -> (Screen, bool) {
        self.own = Own::resumed(saved.result);
        let screen = match saved.place {
            Place::Intro => Screen::Intro,
            Place::Step(index) | Place::Correcting(index) => Screen::Step(index),
            Place::Results => Screen::Results(Whose::Own),
        };
        (screen, matches!(saved.place, Place::Correcting(_)))
    }

    /// Another tab wrote the progress (`None`: removed it). Where this tab's answers differ,
    /// a reload would lose them in silence: the visitor is asked which to keep. Where this tab
    /// has none, there is nothing to lose.
    fn other_tab_saved(&mut self, line: Option<&str>) {
        let theirs = line
            .and_then(|line| progress::load(self.content(), line))
            .filter(|saved| !saved.expired(self.today));
        let ours = &self.own.answers;
        let same = theirs
            .as_ref()
            .map_or(ours.is_empty(), |theirs| theirs.result.answers == *ours);
        self.flow.other_tab = (!same && !ours.is_empty()).then(|| match theirs {
            Some(theirs) => OtherTab::Saved(Box::new(theirs)),
            None => OtherTab::Removed,
        });
    }

    /// A screen change takes the messages of the screen left with it.
    fn go(&mut self, screen: Screen) {
        if self.flow.go(screen) {
            self.team.forget_messages();
        }
    }

    fn has_something_to_lose(&self) -> bool {
        !self.own.answers.is_empty() || self.own.label.is_some() || !self.team.compared.is_empty()
    }

    /// Clears the answers, the name, the ambitions and the comparison; the history stays.
    fn restart(&mut self) {
        self.flow.notice = None;
        // Nothing stays in storage after a restart (docs/privacy.md), the choice of language
        // neither; the widget keeps speaking it.
        self.language_chosen = false;
        self.own = Own::default();
        self.team.compared = Vec::new();
        self.team.link_passed_on = false;
        self.flow.confirm = None;
        self.go(Screen::Step(0));
    }

    /// To the own results from the statements. A scan completed by the visitor goes into the
    /// history, when the browser gave a date; a correction takes the place of the result it
    /// corrects.
    fn reach_own_results(&mut self) {
        let correction = self.flow.editing;
        self.go(Screen::Results(Whose::Own));
        self.flow.corrected = correction;
        let Some(today) = self.today else {
            return;
        };
        let result = self.own.result(self.content());
        if correction {
            self.kept.correct(today, result);
        } else {
            self.kept.record(today, result);
        }
    }

    /// The name and ambitions given on the own results belong to its history entry too.
    fn keep_history_current(&mut self) {
        if self.flow.screen == Screen::Results(Whose::Own) {
            let own = self.own.result(self.content());
            self.kept.update_newest(&own);
        }
    }

    /// Puts results next to the ones shown, on the own results or a shared one; focus goes to
    /// the comparison when one was added.
    fn compare(&mut self, screen: Screen, results: Vec<ScanResult>) {
        let content = self.content();
        let added = match screen {
            Screen::Results(Whose::Own) => {
                let own = self.own.result(content);
                self.team.add_to_own(&own, results, content)
            }
            Screen::Results(Whose::Shared) => self.team.add_to_shared(results, content),
            _ => false,
        };
        if added {
            self.flow.move_focus(Focus::Comparison);
        }
    }

    /// Shows the results in a fragment value, or the start screen with a notice when it is
    /// broken. A reload of one's own results page opens as one's own, not as a shared one.
    fn open_share_code(&mut self, value: &str) {
        match compare::decode_all(value) {
            Ok(mut results) => {
                for result in &mut results {
                    result.retain_known(self.content());
                }
                let is_own = self.flow.screen == Screen::Results(Whose::Own)
                    && results
                        .first()
                        .is_some_and(|first| first.answers == self.own.answers);
                if is_own {
                    // The address held the visitor's own link: they had passed it on.
                    self.team.compared = results.split_off(1);
                    self.team.link_passed_on = true;
                    return;
                }
                self.flow.notice = None;
                self.team.open_shared(results);
                self.go(Screen::Results(Whose::Shared));
            }
            Err(error) => {
                self.flow.notice = Some(Notice::InvalidShareLink(error));
                self.team.shared = Vec::new();
                self.go(Screen::Intro);
            }
        }
    }
}

impl Reducible for ScanState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}
