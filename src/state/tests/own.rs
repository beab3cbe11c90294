//! The own slice: answers, the name and ambitions.

use super::*;
use crate::model::compare;
use crate::model::i18n::Language;
use crate::model::summary::Whose;
use crate::state::Screen;

#[test]
fn answers_only_count_on_a_step_and_for_known_statements() {
    let state = run(
        ScanState::new(Language::Dutch),
        &[Action::Answer(15, Level(1))],
    );
    assert!(state.own.answers.is_empty());
    let state = run(
        ScanState::new(Language::Dutch),
        &[Action::Start, Action::Answer(200, Level(1))],
    );
    assert!(state.own.answers.is_empty());
    let state = run(
        state,
        &[Action::Answer(15, Level(1)), Action::Answer(15, DontKnow)],
    );
    assert_eq!(state.own.answers.get(15), Some(DontKnow));
}

#[test]
fn the_link_follows_the_name_as_it_is_typed_and_the_field_keeps_the_typing() {
    let state = finished(&[(15, Level(4))]);
    let typing = state.apply(Action::TypeLabel("Team ".into()));
    assert_eq!(typing.own.label.as_deref(), Some("Team"));
    assert_eq!(
        typing.own.label_text, "Team ",
        "the space stays while typing"
    );
    let code = typing.results_code();
    let shared = compare::decode_all(&code).unwrap_or_default();
    assert_eq!(shared[0].label.as_deref(), Some("Team"));
    let left = typing.apply(Action::SetLabel("Team  Zuid ".into()));
    assert_eq!(left.own.label_text, "Team Zuid");
}

#[test]
fn ambitions_are_set_on_the_results_travel_in_the_link_and_make_the_plan() {
    let state = complete_on(keeper(), on(3), 1)
        .apply(Action::SetAmbition(2, Some(3)))
        .apply(Action::SetAmbition(5, Some(4)))
        .apply(Action::SetAmbition(99, Some(4)))
        .apply(Action::SetAmbition(5, Some(2)))
        .apply(Action::SetAmbition(7, Some(4)))
        .apply(Action::SetAmbition(7, None));
    assert_eq!(
        state.own.ambitions.iter().collect::<Vec<_>>(),
        [(2, 3), (5, 2)]
    );
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
        state.kept.history.entries[0].result.ambitions, state.own.ambitions,
        "the history keeps them with the result"
    );
    // A colleague opens the link: the same ambitions.
    let code = state.results_code();
    let opened = ScanState::open(Language::Dutch, Some(&code), None);
    assert_eq!(opened.flow.screen, Screen::Results(Whose::Shared));
    assert_eq!(opened.team.shared[0].ambitions, state.own.ambitions);
    assert!(opened.kept.history.entries.is_empty());
    // Not on someone else's results; a restart clears them.
    let unchanged = opened.clone().apply(Action::SetAmbition(1, Some(4)));
    assert_eq!(unchanged.team.shared, opened.team.shared);
    let restarted = state.apply(Action::Restart).apply(Action::ConfirmRestart);
    assert!(restarted.own.ambitions.is_empty());
    assert_eq!(restarted.kept.history.entries.len(), 1, "the history stays");
}

#[test]
fn a_preview_of_the_results_has_example_answers_to_every_statement() {
    let preview = ScanState::new(Language::Dutch).with_example_answers();
    assert_eq!(preview.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(preview.coverage().open(), 0);
    let Some(summary) = preview.summary() else {
        panic!("the preview shows results")
    };
    let scores: Vec<Option<u8>> = summary.main.blocks.clone();
    assert!(scores.iter().all(Option::is_some));
    assert!(
        scores.windows(2).any(|pair| pair[0] != pair[1]),
        "varied, so that start here names blocks: {scores:?}"
    );
    assert!(
        preview.kept.history.entries.is_empty(),
        "nothing is recorded"
    );
}

#[test]
fn two_tabs_answering_at_once_never_lose_answers_in_silence() {
    use crate::model::progress::{self, Place};
    use crate::state::OtherTab;
    let content = &CONTENT;
    let ids: Vec<_> = content.blocks[0].statements.iter().map(|s| s.id).collect();
    let tab = |level: u8| {
        let state = ScanState::new(crate::model::i18n::Language::Dutch).apply(Action::Start);
        ids.iter().fold(state, |state, &id| {
            state.apply(Action::Answer(id, Level(level)))
        })
    };
    let (a, b) = (tab(1), tab(3).apply(Action::Next));
    let Some(written_by_b) = b.saved_progress() else {
        panic!("b saves its progress")
    };
    // A hears B's write: its own answers would be gone after a reload; it asks.
    let asked = a
        .clone()
        .apply(Action::ProgressInStorage(Some(written_by_b.clone())));
    let Some(OtherTab::Saved(theirs)) = &asked.flow.other_tab else {
        panic!("asks which to keep: {:?}", asked.flow.other_tab)
    };
    assert_eq!(theirs.place, Place::Step(1));
    assert_eq!(
        asked.own.answers, a.own.answers,
        "nothing changes before the choice"
    );

    // Keeping this tab's answers writes them again, even though they did not change here.
    let kept = asked.clone().apply(Action::KeepThisTabsAnswers);
    assert_eq!(kept.flow.other_tab, None);
    assert_ne!(kept.own.rewrites, asked.own.rewrites);
    assert_eq!(kept.saved_progress(), a.saved_progress());

    // Taking the other tab's: its answers, on its step.
    let taken = asked.clone().apply(Action::TakeOtherTabsAnswers);
    assert_eq!(taken.flow.other_tab, None);
    assert_eq!(taken.own.answers, b.own.answers);
    assert_eq!(taken.flow.screen, Screen::Step(1));
    assert!(
        taken.flow.focus_moves.any(),
        "a move of the visitor's: focus to the step"
    );

    // Answering on here keeps this tab's answers (they are written with the answer).
    let answered = asked.apply(Action::Answer(ids[0], Level(4)));
    assert_eq!(answered.flow.other_tab, None);

    // The other tab started again: asked too; starting again here too empties this tab.
    let removed = a.clone().apply(Action::ProgressInStorage(None));
    assert_eq!(removed.flow.other_tab, Some(OtherTab::Removed));
    let again = removed.apply(Action::TakeOtherTabsAnswers);
    assert!(again.own.answers.is_empty());
    assert_eq!(again.flow.screen, Screen::Intro);

    // Nothing to lose: the same answers, or no answers here, ask nothing.
    let same = progress::save(
        Place::Step(2),
        crate::model::i18n::Language::Dutch,
        None,
        &a.results_code(),
    );
    assert_eq!(
        a.clone()
            .apply(Action::ProgressInStorage(Some(same)))
            .flow
            .other_tab,
        None
    );
    let fresh = ScanState::new(crate::model::i18n::Language::Dutch);
    assert_eq!(
        fresh
            .apply(Action::ProgressInStorage(Some(written_by_b)))
            .flow
            .other_tab,
        None
    );
}
