//! The flow slice: the screen shown and the one before it, the question asked, where focus
//! goes, and the notice about a link that did not open.

use super::changes::Changes;
use crate::model::progress::SavedProgress;
use crate::model::share::ShareError;
use crate::model::summary::Whose;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The step for block `index` (0-based).
    Step(usize),
    /// The results: the visitor's own (with any they compare them with), someone else's from
    /// a share link, or one of the visitor's earlier results.
    Results(Whose),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    InvalidShareLink(ShareError),
}

/// What another tab wrote for this scan since this tab last did: a reload here would show
/// it, and this tab's answers would be gone. The visitor chooses which to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherTab {
    /// Other answers.
    Saved(Box<SavedProgress>),
    /// Nothing: the other tab started again.
    Removed,
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

/// Where focus goes after an action of the visitor's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A new screen: its heading, so the next Tab lands on its first control.
    ScreenHeading,
    /// Results were compared: the comparison's heading (the chart and table that changed are
    /// far above the button).
    Comparison,
    /// A question about a restart was declined: its buttons are gone, so back to the button
    /// that raised it.
    RestartButton,
    /// The history list changed under the visitor's hands: its heading.
    History,
}

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Flow {
    pub(super) screen: Screen,
    /// The screen the visitor's last screen change came from (for the page events).
    pub(super) moved_from: Screen,
    /// The visitor's screen changes (not the screen the page opens on), so the host hears
    /// `bouwstenen:complete` when the visitor reaches the results, not on a reload.
    pub(super) navigations: Changes,
    /// The question shown, if any; every screen change takes it away.
    pub(super) confirm: Option<Confirm>,
    /// The visitor is correcting their answers (from "Antwoorden aanpassen" on their results):
    /// the way back leads to the results, and the corrected result is no new one.
    pub(super) editing: bool,
    /// The last move to the results ended a correction: no new result, and the host hears no
    /// second `complete`.
    pub(super) corrected: bool,
    /// Where the visitor's last focus-moving action sends focus.
    pub(super) focus: Focus,
    /// The visitor's actions that move focus: the view moves it on those only.
    pub(super) focus_moves: Changes,
    pub(super) notice: Option<Notice>,
    /// Another tab saved other answers for this scan (see [`OtherTab`]).
    pub(super) other_tab: Option<OtherTab>,
    /// Where the visitor opened the earlier results from, and goes back to: their own results,
    /// or the start screen.
    pub(super) back_from_earlier: Screen,
    /// The results are drawn in full, the boxes below the radar too. A move to the results
    /// from another screen draws them to just below the radar first, and the rest once that
    /// is painted (`Action::ResultsPainted`, docs/performance.md).
    pub(super) results_in_full: bool,
}

impl Default for Flow {
    fn default() -> Self {
        Self {
            screen: Screen::Intro,
            moved_from: Screen::Intro,
            navigations: Changes::default(),
            confirm: None,
            editing: false,
            corrected: false,
            focus: Focus::ScreenHeading,
            focus_moves: Changes::default(),
            notice: None,
            other_tab: None,
            back_from_earlier: Screen::Results(Whose::Own),
            results_in_full: false,
        }
    }
}

impl Flow {
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The question shown, if any.
    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm
    }

    /// A correction ("Antwoorden aanpassen") is under way.
    pub fn editing(&self) -> bool {
        self.editing
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// Where the visitor's last focus-moving action sends focus, and how often they moved it.
    pub fn focus(&self) -> (Focus, Changes) {
        (self.focus, self.focus_moves)
    }

    /// The visitor's screen changes since mount.
    pub fn navigations(&self) -> Changes {
        self.navigations
    }

    pub fn results_in_full(&self) -> bool {
        self.results_in_full
    }

    pub fn other_tab(&self) -> Option<&OtherTab> {
        self.other_tab.as_ref()
    }

    /// Whose results are shown, on the results; `None` on the other screens.
    pub fn whose(&self) -> Option<Whose> {
        match self.screen {
            Screen::Results(whose) => Some(whose),
            Screen::Intro | Screen::Step(_) => None,
        }
    }

    /// Moves to `screen`, focus to its heading; `false` when it is the screen shown already.
    pub(super) fn go(&mut self, screen: Screen) -> bool {
        if self.screen == screen {
            return false;
        }
        self.moved_from = self.screen;
        self.screen = screen;
        self.navigations.note();
        self.move_focus(Focus::ScreenHeading);
        self.confirm = None;
        self.corrected = false;
        self.editing &= matches!(screen, Screen::Step(_));
        self.results_in_full &= matches!(
            (self.moved_from, screen),
            (Screen::Results(_), Screen::Results(_))
        );
        true
    }

    pub(super) fn move_focus(&mut self, to: Focus) {
        self.focus = to;
        self.focus_moves.note();
    }

    /// Leaves the question; focus goes back to where it was raised.
    pub(super) fn cancel(&mut self) {
        let Some(question) = self.confirm.take() else {
            return;
        };
        self.move_focus(match question {
            Confirm::ClearHistory => Focus::History,
            Confirm::Restart | Confirm::OpenStatements => Focus::RestartButton,
        });
    }

    /// The screen the page opens on is not a move the visitor made: nothing may take focus
    /// from the host page (nor scroll it) on load, and the host hears nothing.
    pub(super) fn opened(self) -> Self {
        Self {
            navigations: Changes::default(),
            focus_moves: Changes::default(),
            ..self
        }
    }
}
