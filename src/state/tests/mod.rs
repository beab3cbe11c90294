//! The reducer's tests, one file per slice, with the fixtures they share.

mod flow;
mod head_start;
mod kept;
mod own;
mod team;

use super::{Action, ScanState};
use crate::model::ambition::Ambitions;
use crate::model::history::Day;
use crate::model::i18n::Language;
use crate::model::quiz::Answer::{self, DontKnow, Level};
use crate::model::quiz::{Answers, StatementId};
use crate::model::share::ScanResult;
use crate::CONTENT_NL as CONTENT;

/// The answers of the main result on screen.
pub(super) fn main_answers(state: &ScanState) -> Answers {
    state
        .shown_results()
        .first()
        .map(|result| result.answers.clone())
        .unwrap_or_default()
}

pub(super) fn run(state: ScanState, actions: &[Action]) -> ScanState {
    actions
        .iter()
        .fold(state, |state, action| state.apply(action.clone()))
}

/// Start, then every statement answered (the last one "Weet ik niet") on the first step:
/// the reducer takes an answer on any step screen.
pub(super) fn all_answered() -> Vec<Action> {
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

pub(super) fn finished(answers: &[(StatementId, Answer)]) -> ScanState {
    let mut state = ScanState::new(Language::Dutch).apply(Action::Start);
    for (id, answer) in answers {
        state = state.apply(Action::Answer(*id, *answer));
    }
    for _ in 0..CONTENT.blocks.len() {
        state = state.apply(Action::Next);
    }
    state.apply(Action::ShowResultsAnyway)
}

pub(super) fn colleague(level: u8, label: &str) -> ScanResult {
    ScanResult {
        content_version: CONTENT.version,
        answers: [(15, Level(level)), (200, Level(1))].into_iter().collect(),
        label: Some(label.into()),
        ambitions: Ambitions::default(),
    }
}

pub(super) fn on(day: u8) -> Option<Day> {
    Day::new(2026, 3, day)
}

/// Completes the scan with every statement at `level`, on `today`, from `state`.
pub(super) fn complete_on(state: ScanState, today: Option<Day>, level: u8) -> ScanState {
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

/// A visitor who keeps their results on this device ("Bewaar deze uitslag").
pub(super) fn keeper() -> ScanState {
    ScanState::new(Language::Dutch)
        .with_history(crate::model::history::History::default().keep(true), None)
}
