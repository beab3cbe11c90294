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
    language: Language,
    /// The visitor chose the language (the switch, here or on an earlier visit): a choice kept
    /// in storage with the progress, also before the first answer, until "Opnieuw beginnen".
    language_chosen: bool,
    /// Today, from the visitor's browser; `None` where it gave no date (nothing is recorded).
    today: Option<Day>,
    /// The organisation's reference profile, drawn beside every result (from the snippet).
    reference: Option<Rc<Reference>>,
    flow: Flow,
    own: Own,
    kept: Kept,
    team: Team,
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

    /// The language the widget speaks now.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The widget speaks `language` from the start: English's part did not load (embed.rs),
    /// so it opens in Dutch, and the visitor can still switch.
    pub fn speak(&mut self, language: Language) {
        self.language = language;
    }

    /// Today, from the visitor's browser.
    pub fn today(&self) -> Option<Day> {
        self.today
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    pub fn own(&self) -> &Own {
        &self.own
    }

    pub fn kept(&self) -> &Kept {
        &self.kept
    }

    pub fn team(&self) -> &Team {
        &self.team
    }

    /// The content in the language the widget speaks now.
    pub fn content(&self) -> &'static Content {
        Locale::of(self.language).content
    }

    pub fn apply(mut self, action: Action) -> Self {
        self.update(action);
        self
    }

    /// Every action has its own arm, and says in it where it does nothing: a new action does
    /// not compile until it is given one. What does nothing is a stale click (a double click
    /// on the last "Volgende", a late answer from the clipboard after the screen changed) or a
    /// message about a screen that is no longer shown.
    fn update(&mut self, action: Action) {
        let content = self.content();
        let last_step = content.blocks.len().saturating_sub(1);
        let screen = self.flow.screen;
        let on_own = screen == Screen::Results(Whose::Own);
        let on_shared = screen == Screen::Results(Whose::Shared);
        match action {
            // Flow: from screen to screen, and the questions on the way.
            Action::Start => {
                self.flow.notice = None;
                self.go(Screen::Step(0));
            }
            Action::Restart => {
                let asks = matches!(screen, Screen::Intro) || on_own;
                if asks && self.has_something_to_lose() {
                    self.flow.confirm = Some(Confirm::Restart);
                } else {
                    self.restart();
                }
            }
            Action::ConfirmRestart => {
                // Only as the answer to the question; else a stale click.
                if self.flow.confirm == Some(Confirm::Restart) {
                    self.restart();
                }
            }
            Action::CancelConfirm => self.flow.cancel(),
            Action::Next => match screen {
                Screen::Step(index)
                    if index >= last_step
                        && self.coverage().open() > 0
                        && self.flow.confirm != Some(Confirm::OpenStatements) =>
                {
                    self.flow.confirm = Some(Confirm::OpenStatements);
                }
                Screen::Step(index) if index >= last_step => self.reach_own_results(),
                Screen::Step(index) => self.go(Screen::Step(index + 1)),
                // No "Volgende" there: a stale click.
                Screen::Intro | Screen::Results(_) => {}
            },
            Action::ShowResultsAnyway => {
                if matches!(screen, Screen::Step(index) if index >= last_step) {
                    self.reach_own_results();
                }
            }
            // A correction leads back to the results, also from its first step.
            Action::BackToResults => {
                if matches!(screen, Screen::Step(_)) && self.flow.editing {
                    self.reach_own_results();
                }
            }
            Action::Previous => match screen {
                Screen::Step(0) if self.flow.editing => self.reach_own_results(),
                Screen::Step(0) => self.go(Screen::Intro),
                Screen::Step(index) => self.go(Screen::Step(index - 1)),
                Screen::Results(Whose::Own) => self.go(Screen::Step(last_step)),
                // No "Vorige" there.
                Screen::Intro | Screen::Results(Whose::Shared | Whose::Earlier(_)) => {}
            },
            Action::GoToOpenStatement => {
                if matches!(screen, Screen::Step(_)) {
                    let open = content.blocks.iter().position(|block| {
                        self.own.answers.answered_in(block) < block.statements.len()
                    });
                    self.flow.confirm = None;
                    self.go(Screen::Step(open.unwrap_or(0)));
                }
            }
            Action::EditAnswers => {
                if on_own {
                    self.kept.start_correction(&self.own.answers);
                    self.go(Screen::Step(0));
                    self.flow.editing = true;
                }
            }
            Action::FragmentChanged(Some(code)) => {
                // The widget's own write of the own results comes back: nothing new.
                if !(on_own && code == self.results_code()) {
                    self.open_share_code(&code);
                }
            }
            Action::FragmentChanged(None) | Action::TakeScanYourself => {
                if on_shared {
                    self.team.shared = Vec::new();
                    self.go(Screen::Intro);
                }
            }
            Action::ChooseLanguage(language) => {
                self.language = language;
                self.language_chosen = true;
            }

            // Own: the answers, the name and the ambitions.
            Action::Answer(id, answer) => {
                // Only on a step: an answer from a step already left is a stale click.
                if matches!(screen, Screen::Step(_)) && self.own.answer(content, id, answer) {
                    self.flow.confirm = None;
                    // Answering on here keeps this tab's answers: they are written now.
                    self.flow.other_tab = None;
                }
            }
            Action::ProgressInStorage(line) => self.other_tab_saved(line.as_deref()),
            Action::KeepThisTabsAnswers => {
                if self.flow.other_tab.take().is_some() {
                    self.own.rewrites.note();
                }
            }
            Action::TakeOtherTabsAnswers => match self.flow.other_tab.take() {
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
            Action::TypeLabel(text) => {
                self.own.type_label(text);
                self.keep_history_current();
            }
            Action::SetLabel(text) => {
                self.own.set_label(&text);
                self.keep_history_current();
            }
            Action::SetAmbition(block_number, stage) => {
                if on_own {
                    self.own.set_ambition(content, block_number, stage);
                    self.keep_history_current();
                }
            }

            // Kept: the earlier results, from the own results' list, from the start screen
            // (where the progress may have expired), and from one earlier result to another.
            Action::OpenEarlier(index) => {
                let from = matches!(
                    screen,
                    Screen::Intro | Screen::Results(Whose::Own | Whose::Earlier(_))
                );
                if from && index < self.kept.history.entries.len() {
                    if !matches!(screen, Screen::Results(Whose::Earlier(_))) {
                        self.flow.back_from_earlier = screen;
                    }
                    self.go(Screen::Results(Whose::Earlier(index)));
                }
            }
            // Back where the visitor was: the list of earlier results they opened it from, or
            // the start screen.
            Action::BackFromEarlier => {
                if matches!(screen, Screen::Results(Whose::Earlier(_))) {
                    let back = self.flow.back_from_earlier;
                    self.go(back);
                    if back == Screen::Results(Whose::Own) {
                        self.flow.move_focus(Focus::History);
                    }
                }
            }
            // The history's choices and removals belong to the own results, where its box is.
            Action::RemoveEarlier(index) => {
                if on_own {
                    self.kept.remove(index);
                    self.flow.move_focus(Focus::History);
                }
            }
            Action::KeepResults => {
                if on_own {
                    let result = self.own.result(content);
                    self.kept.start_keeping(self.today, result);
                    self.flow.move_focus(Focus::History);
                }
            }
            Action::StopKeeping => {
                if on_own {
                    self.kept.stop_keeping();
                    self.flow.move_focus(Focus::History);
                }
            }
            Action::ClearHistory => {
                if on_own && !self.kept.history.entries.is_empty() {
                    self.flow.confirm = Some(Confirm::ClearHistory);
                }
            }
            Action::ConfirmClearHistory => {
                if on_own && self.flow.confirm == Some(Confirm::ClearHistory) {
                    self.kept.clear();
                    self.flow.confirm = None;
                    self.flow.move_focus(Focus::History);
                }
            }
            Action::HistoryInStorage(text) => {
                let shown = match screen {
                    Screen::Results(Whose::Earlier(index)) => self.kept.entry(index).cloned(),
                    _ => None,
                };
                self.kept.stored(&text, self.today);
                // An earlier result on screen stays on screen where it moved to, or, when
                // another tab removed it, the visitor is back where they opened it from.
                if let Some(shown) = shown {
                    match self.kept.history.position(&shown) {
                        Some(index) => self.flow.screen = Screen::Results(Whose::Earlier(index)),
                        None => self.go(self.flow.back_from_earlier),
                    }
                }
            }
            Action::HistoryNotStored => self.kept.not_stored(),

            // Team: comparing, the pasted links and the copy.
            Action::Compare(results) => self.compare(screen, results),
            Action::RemoveCompared(index) => {
                if on_own {
                    self.team.remove_from_own(index);
                } else if on_shared {
                    self.team.remove_from_shared(index);
                }
            }
            Action::TypeCompareLinks(text) => self.team.compare_text = text,
            Action::ComparePasted => {
                if on_own || on_shared {
                    let (results, problems) = pasted::parse(&self.team.compare_text);
                    self.team.problem_lines = problems.iter().map(|problem| problem.line).collect();
                    if problems.is_empty() {
                        self.team.compare_text = String::new();
                    }
                    self.compare(screen, results);
                }
            }
            Action::CopyFinished(copied) => {
                // A late answer from the clipboard after the results were left: nothing.
                if on_own || on_shared {
                    self.team.copy_status = if copied {
                        CopyStatus::Copied
                    } else {
                        CopyStatus::Failed
                    };
                    self.team.link_passed_on |= copied && on_own;
                }
            }
            Action::LinkPassedOn => {
                if on_own {
                    self.team.link_passed_on = true;
                }
            }
            Action::ResultsPainted => {
                // A late paint after the results were left: nothing to draw.
                if matches!(screen, Screen::Results(_)) {
                    self.flow.results_in_full = true;
                }
            }
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
