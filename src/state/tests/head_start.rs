//! The head start: embed.js's first step, answered before the wasm came, taken over.

use super::*;
use crate::model::head_start::HeadStart;
use crate::model::page_event::PageEvent;
use crate::model::progress::{self, Place};
use crate::state::{Changes, Screen};

fn first_block_ids() -> Vec<StatementId> {
    CONTENT.blocks[0].statements.iter().map(|s| s.id).collect()
}

fn head_start(step: Option<usize>, answers: &[(StatementId, Answer)]) -> HeadStart {
    HeadStart {
        step,
        answers: answers.to_vec(),
    }
}

#[test]
fn the_widget_takes_over_on_the_first_step_with_the_answers_given() {
    let ids = first_block_ids();
    let given = [(ids[0], Level(3)), (ids[1], DontKnow)];
    let state = ScanState::new(Language::Dutch).with_head_start(&head_start(Some(0), &given));
    assert_eq!(state.flow.screen, Screen::Step(0));
    assert_eq!(state.own.answers.get(ids[0]), Some(Level(3)));
    assert_eq!(state.own.answers.get(ids[1]), Some(DontKnow));
    assert_eq!(state.own.answers.get(ids[2]), None);
    // The host hears the start the visitor made, and the focus stays where embed.js had it.
    assert_eq!(
        state.page_events(),
        vec![
            PageEvent::Start,
            PageEvent::Step {
                block: 1,
                answered: 2
            }
        ]
    );
    assert_eq!(state.flow.focus_moves, Changes::default());
    // The answers are saved as if given in the widget.
    let saved = state.saved_progress().expect("progress to save");
    let read = progress::load(&CONTENT, &saved).expect("saved progress reads back");
    assert_eq!(read.place, Place::Step(0));
    assert_eq!(read.result.answers, state.own.answers);
}

#[test]
fn a_next_asked_for_while_the_wasm_came_is_made_with_the_focus_on_the_new_step() {
    let ids = first_block_ids();
    let state = ScanState::new(Language::Dutch)
        .with_head_start(&head_start(Some(1), &[(ids[0], Level(1))]));
    assert_eq!(state.flow.screen, Screen::Step(1));
    assert_eq!(state.own.answers.get(ids[0]), Some(Level(1)));
    assert!(
        state.flow.focus_moves.any(),
        "the new step's heading gets the focus"
    );
}

#[test]
fn back_on_the_start_screen_the_answers_are_kept_to_resume() {
    let ids = first_block_ids();
    let state =
        ScanState::new(Language::Dutch).with_head_start(&head_start(None, &[(ids[0], Level(4))]));
    assert_eq!(state.flow.screen, Screen::Intro);
    assert_eq!(state.own.answers.get(ids[0]), Some(Level(4)));
    assert_eq!(state.flow.focus_moves, Changes::default());
}

#[test]
fn nothing_done_before_the_wasm_changes_nothing() {
    let state = ScanState::new(Language::Dutch).with_head_start(&HeadStart::default());
    assert_eq!(state, ScanState::new(Language::Dutch));
}

#[test]
fn progress_already_made_or_results_on_screen_are_never_overwritten() {
    let ids = first_block_ids();
    let given = head_start(Some(0), &[(ids[0], Level(0))]);
    let resumed = run(
        ScanState::new(Language::Dutch),
        &[
            Action::Start,
            Action::Answer(ids[0], Level(2)),
            Action::Previous,
        ],
    );
    assert_eq!(resumed.clone().with_head_start(&given), resumed);
    let results = finished(&[(ids[0], Level(2))]);
    assert_eq!(results.clone().with_head_start(&given), results);
}

#[test]
fn an_answer_to_a_statement_the_content_does_not_have_is_left_out() {
    let state =
        ScanState::new(Language::Dutch).with_head_start(&head_start(Some(0), &[(250, Level(2))]));
    assert_eq!(state.flow.screen, Screen::Step(0));
    assert!(state.own.answers.is_empty());
}

#[test]
fn what_embed_js_saved_gives_way_to_the_head_start_handed_over_with_the_widget() {
    let Some(saved) = progress::load(&CONTENT, "first|en|2026-03-02|step=0&s15=2") else {
        panic!("embed.js's value loads");
    };
    let opened = ScanState::open(Language::Dutch, None, Some(saved))
        .with_storage(crate::model::config::Storage::Session);
    // After a reload, with no head start: the widget opens where embed.js's step was.
    assert_eq!(opened.flow.screen, Screen::Step(0));
    assert_eq!(opened.own.answers.get(15), Some(Level(2)));
    // In the page load that saved it: the head start holds the same, and what came since.
    let taken_over = opened
        .without_saved_progress()
        .with_head_start(&head_start(Some(1), &[(15, Level(2)), (16, DontKnow)]));
    assert_eq!(taken_over.flow.screen, Screen::Step(1));
    assert_eq!(taken_over.own.answers.get(16), Some(DontKnow));
    assert!(
        taken_over.flow.focus_moves.any(),
        "the next step gets the focus"
    );
    assert_eq!(
        taken_over.kept.storage,
        crate::model::config::Storage::Session,
        "the host's settings stay"
    );
}
