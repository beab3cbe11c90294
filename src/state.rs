//! The widget's one state machine: Intro -> Step(i) -> Results, or straight to a shared result.
//!
//! Local storage, the URL fragment and the radar are views of this state: the reducer decides,
//! the embed layer writes them out. No DOM code here.

use crate::model::progress::{self, Place, SavedProgress};
use crate::model::quiz::{Answer, Answers, Content, StatementId};
use crate::model::share::{self, ShareError};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The step for block `index` (0-based).
    Step(usize),
    /// The visitor's own results.
    Results,
    /// Results from a share link; the visitor's own answers stay untouched.
    Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    InvalidShareLink(ShareError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScanState {
    pub content: &'static Content,
    pub screen: Screen,
    /// The visitor's own answers.
    pub answers: Answers,
    /// Answers from an opened share link, shown on [`Screen::Shared`].
    pub shared: Option<Answers>,
    pub notice: Option<Notice>,
    /// Counts screen changes made by the visitor, so the view moves focus on those and not on
    /// the first render (which must not pull focus away from the host page).
    pub navigations: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start (or resume) the scan at its first step.
    Start,
    /// Clear every answer and start at the first step.
    Restart,
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
    pub fn new(content: &'static Content) -> Self {
        Self {
            content,
            screen: Screen::Intro,
            answers: Answers::new(),
            shared: None,
            notice: None,
            navigations: 0,
        }
    }

    /// The state a visitor lands in, from this widget's share code in the page's fragment
    /// (if any) and their saved progress.
    pub fn open(
        content: &'static Content,
        share_code: Option<&str>,
        saved: Option<SavedProgress>,
    ) -> Self {
        let mut state = Self::new(content);
        if let Some(saved) = saved {
            state.answers = saved.shared.answers;
            state.screen = match saved.place {
                Place::Intro => Screen::Intro,
                Place::Step(index) => Screen::Step(index),
                Place::Results => Screen::Results,
            };
        }
        match share_code {
            Some(code) => state.open_share_code(code),
            None => state,
        }
    }

    /// Shows the result in a share code, or the start screen with a notice when it is broken.
    fn open_share_code(mut self, code: &str) -> Self {
        match share::decode(code) {
            Ok(mut shared) => {
                shared.answers.retain_known(self.content);
                // A reload of one's own results page opens as one's own, not as a shared one.
                let is_own = self.screen == Screen::Results && shared.answers == self.answers;
                if is_own {
                    return self;
                }
                self.notice = None;
                self.shared = Some(shared.answers);
                self.go(Screen::Shared)
            }
            Err(error) => {
                self.notice = Some(Notice::InvalidShareLink(error));
                self.shared = None;
                self.go(Screen::Intro)
            }
        }
    }

    pub fn block_count(&self) -> usize {
        self.content.blocks.len()
    }

    /// The answers the current screen shows.
    pub fn shown_answers(&self) -> &Answers {
        match (&self.screen, &self.shared) {
            (Screen::Shared, Some(shared)) => shared,
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
            Screen::Shared => return None,
        };
        Some(progress::save(place, &self.share_code()))
    }

    /// The share code of the visitor's own answers.
    pub fn share_code(&self) -> String {
        share::encode(self.content.version, &self.answers)
    }

    pub fn fragment_code(&self) -> FragmentCode {
        match self.screen {
            Screen::Results => FragmentCode::Set(self.share_code()),
            Screen::Shared => FragmentCode::Keep,
            Screen::Intro | Screen::Step(_) => FragmentCode::Remove,
        }
    }

    fn go(mut self, screen: Screen) -> Self {
        if self.screen != screen {
            self.screen = screen;
            self.navigations = self.navigations.wrapping_add(1);
        }
        self
    }

    pub fn apply(mut self, action: Action) -> Self {
        let last_step = self.block_count().saturating_sub(1);
        match (action, self.screen) {
            (Action::Start, _) => {
                self.notice = None;
                self.go(Screen::Step(0))
            }
            (Action::Restart, _) => {
                self.notice = None;
                self.answers = Answers::new();
                self.go(Screen::Step(0))
            }
            (Action::Answer(id, answer), Screen::Step(_)) => {
                if self.content.statement(id).is_some() {
                    self.answers.set(id, answer);
                }
                self
            }
            (Action::Next, Screen::Step(index)) if index >= last_step => self.go(Screen::Results),
            (Action::Next, Screen::Step(index)) => self.go(Screen::Step(index + 1)),
            (Action::Previous, Screen::Step(0)) => self.go(Screen::Intro),
            (Action::Previous, Screen::Step(index)) => self.go(Screen::Step(index - 1)),
            (Action::Previous, Screen::Results) => self.go(Screen::Step(last_step)),
            (Action::EditAnswers, Screen::Results) => self.go(Screen::Step(0)),
            (Action::TakeScanYourself, Screen::Shared) => {
                self.shared = None;
                self.go(Screen::Intro)
            }
            (Action::FragmentChanged(code), screen) => match code {
                Some(code) if screen == Screen::Results && code == self.share_code() => self,
                Some(code) => self.open_share_code(&code),
                None if screen == Screen::Shared => {
                    self.shared = None;
                    self.go(Screen::Intro)
                }
                None => self,
            },
            // Any other pair is a stale click (say, a double click on the last "Volgende").
            _ => self,
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
    fn walks_through_every_step_to_the_results() {
        let mut state = run(ScanState::new(&CONTENT), &[Action::Start]);
        for index in 0..CONTENT.blocks.len() {
            assert_eq!(state.screen, Screen::Step(index));
            state = state.apply(Action::Next);
        }
        assert_eq!(state.screen, Screen::Results);
        assert_eq!(state.navigations, 8);
    }

    #[test]
    fn previous_goes_back_and_answers_stay() {
        let state = run(
            ScanState::new(&CONTENT),
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
        let state = run(ScanState::new(&CONTENT), &[Action::Answer(11, Level(1))]);
        assert!(state.answers.is_empty());
        let state = run(
            ScanState::new(&CONTENT),
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
            ScanState::new(&CONTENT),
            &[Action::Start, Action::Answer(11, Level(3)), Action::Restart],
        );
        assert!(state.answers.is_empty());
        assert_eq!(state.screen, Screen::Step(0));
    }

    #[test]
    fn valid_share_link_opens_shared_results_without_touching_own_progress() {
        let theirs: Answers = [(11, Level(4))].into_iter().collect();
        let code = share::encode(CONTENT.version, &theirs);
        let state = ScanState::open(&CONTENT, Some(&code), None);
        assert_eq!(state.screen, Screen::Shared);
        assert_eq!(state.shown_answers(), &theirs);
        assert!(state.answers.is_empty());
        assert_eq!(state.saved_progress(), None);
        assert_eq!(state.fragment_code(), FragmentCode::Keep);
        let state = state.apply(Action::TakeScanYourself);
        assert_eq!(state.screen, Screen::Intro);
        assert_eq!(state.shared, None);
        assert_eq!(state.fragment_code(), FragmentCode::Remove);
    }

    #[test]
    fn reloading_own_results_stays_own() {
        let mine: Answers = [(11, Level(2))].into_iter().collect();
        let code = share::encode(CONTENT.version, &mine);
        let saved = progress::load(&CONTENT, &progress::save(Place::Results, &code));
        let state = ScanState::open(&CONTENT, Some(&code), saved);
        assert_eq!(state.screen, Screen::Results);
        assert_eq!(state.fragment_code(), FragmentCode::Set(code));
    }

    #[test]
    fn invalid_share_link_shows_notice_on_the_start_screen() {
        for code in ["kapot", "", "AQAB"] {
            let state = ScanState::open(&CONTENT, Some(code), None);
            assert_eq!(state.screen, Screen::Intro, "{code}");
            assert!(
                matches!(state.notice, Some(Notice::InvalidShareLink(_))),
                "{code}"
            );
        }
        let state = ScanState::open(&CONTENT, Some("kapot"), None).apply(Action::Start);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_link_pasted_into_the_address_bar_opens_without_a_reload() {
        let theirs: Answers = [(31, Level(1))].into_iter().collect();
        let code = share::encode(CONTENT.version, &theirs);
        let state = run(
            ScanState::new(&CONTENT),
            &[Action::Start, Action::FragmentChanged(Some(code))],
        );
        assert_eq!(state.screen, Screen::Shared);
        assert_eq!(state.shown_answers(), &theirs);
        assert_eq!(state.navigations, 2);

        let broken = state.apply(Action::FragmentChanged(Some("kapot".into())));
        assert_eq!(broken.screen, Screen::Intro);
        assert!(broken.notice.is_some());

        let unrelated = ScanState::new(&CONTENT).apply(Action::Start);
        let unrelated = unrelated.apply(Action::FragmentChanged(None));
        assert_eq!(unrelated.screen, Screen::Step(0));
    }

    #[test]
    fn own_results_ignore_their_own_fragment_and_shared_view_closes_without_one() {
        let mut state = run(
            ScanState::new(&CONTENT),
            &[Action::Start, Action::Answer(11, Level(2))],
        );
        for _ in 0..CONTENT.blocks.len() {
            state = state.apply(Action::Next);
        }
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
        let saved = progress::load(&CONTENT, &progress::save(Place::Step(2), &code));
        let state = ScanState::open(&CONTENT, None, saved);
        assert_eq!(state.screen, Screen::Step(2));
        assert_eq!(state.answers, mine);
        assert_eq!(state.navigations, 0);
    }
}
