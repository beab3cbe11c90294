//! The flow slice: screens, questions, focus, share links opening and the page events.

use super::*;
use crate::model::i18n::Language;
use crate::model::progress::{self, Place};
use crate::model::share;
use crate::model::summary::Whose;
use crate::state::{Confirm, Focus, FragmentCode, Notice, Screen};

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
    assert_eq!(results.flow.screen, Screen::Results(Whose::Own));
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
    assert_eq!(reloaded.flow.screen, Screen::Step(2));
    assert_eq!(reloaded.page_events(), vec![]);
}

#[test]
fn walks_through_every_step_to_the_results() {
    let mut state = run(ScanState::new(Language::Dutch), &[Action::Start]);
    for index in 0..CONTENT.blocks.len() {
        assert_eq!(state.flow.screen, Screen::Step(index));
        state = state.apply(Action::Next);
    }
    // Nothing answered: the last "Naar de uitslag" asks first; a second one goes on.
    assert_eq!(state.flow.screen, Screen::Step(CONTENT.blocks.len() - 1));
    assert_eq!(state.flow.confirm, Some(Confirm::OpenStatements));
    let state = state.apply(Action::Next);
    assert_eq!(state.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(state.flow.confirm, None);
    assert_eq!(state.flow.navigations.count(), 8);
}

#[test]
fn to_the_results_with_open_statements_asks_back_or_on() {
    let state = finished(&[(15, Level(3))]);
    assert_eq!(
        state.flow.screen,
        Screen::Results(Whose::Own),
        "the helper goes on anyway"
    );
    let mut asked = run(
        ScanState::new(Language::Dutch),
        &[Action::Start, Action::Answer(15, Level(3))],
    );
    for _ in 0..CONTENT.blocks.len() {
        asked = asked.apply(Action::Next);
    }
    assert_eq!(asked.flow.confirm, Some(Confirm::OpenStatements));
    assert_eq!(asked.coverage().open(), CONTENT.statement_count() - 1);
    // Back: to the first step that has an open statement (block 1: its statement 11 is
    // answered, the others are not).
    let back = asked.clone().apply(Action::GoToOpenStatement);
    assert_eq!(
        (back.flow.screen, back.flow.confirm),
        (Screen::Step(0), None)
    );
    // On: the results, with the answers given.
    let on = asked.clone().apply(Action::ShowResultsAnyway);
    assert_eq!(on.flow.screen, Screen::Results(Whose::Own));
    // Answering takes the question away.
    let answered = asked.apply(Action::Answer(16, Level(1)));
    assert_eq!(answered.flow.confirm, None);

    // With every statement answered ("Weet ik niet" counts) there is no question.
    let mut complete = run(ScanState::new(Language::Dutch), &all_answered());
    assert_eq!(complete.coverage().open(), 0);
    while complete.flow.screen != Screen::Results(Whose::Own) {
        assert_eq!(complete.flow.confirm, None);
        complete = complete.apply(Action::Next);
    }
}

#[test]
fn restarting_with_answers_asks_once_and_cancel_keeps_everything() {
    let state = finished(&[(15, Level(3))]).apply(Action::SetLabel("Team".into()));
    let asked = state.clone().apply(Action::Restart);
    assert_eq!(asked.flow.confirm, Some(Confirm::Restart));
    assert_eq!(
        (asked.flow.screen, asked.own.answers.len()),
        (Screen::Results(Whose::Own), 1)
    );
    let kept = asked.clone().apply(Action::CancelConfirm);
    assert_eq!(kept.flow.confirm, None);
    assert_eq!(
        (kept.flow.focus, kept.flow.focus_moves.count()),
        (Focus::RestartButton, asked.flow.focus_moves.count() + 1),
        "focus goes back to the button"
    );
    assert_eq!(kept.own.answers, state.own.answers);
    assert_eq!(kept.own.label.as_deref(), Some("Team"));
    // A stray confirm without the question does nothing.
    assert_eq!(kept.clone().apply(Action::ConfirmRestart), kept);
    let cleared = asked.apply(Action::ConfirmRestart);
    assert!(cleared.own.answers.is_empty() && cleared.own.label.is_none());
    assert_eq!(
        (cleared.flow.screen, cleared.flow.confirm),
        (Screen::Step(0), None)
    );
    // Nothing to lose: no question.
    let fresh = ScanState::new(Language::Dutch).apply(Action::Restart);
    assert_eq!(
        (fresh.flow.screen, fresh.flow.confirm),
        (Screen::Step(0), None)
    );
}

#[test]
fn previous_goes_back_and_answers_stay() {
    let state = run(
        ScanState::new(Language::Dutch),
        &[
            Action::Start,
            Action::Answer(15, Level(3)),
            Action::Next,
            Action::Previous,
        ],
    );
    assert_eq!(state.flow.screen, Screen::Step(0));
    assert_eq!(state.own.answers.get(15), Some(Level(3)));
    assert_eq!(state.apply(Action::Previous).flow.screen, Screen::Intro);
}

#[test]
fn restart_clears_answers() {
    let state = run(
        ScanState::new(Language::Dutch),
        &[
            Action::Start,
            Action::Answer(15, Level(3)),
            Action::Previous,
            Action::Restart,
            Action::ConfirmRestart,
        ],
    );
    assert!(state.own.answers.is_empty());
    assert_eq!(state.flow.screen, Screen::Step(0));
}

#[test]
fn valid_share_link_opens_shared_results_without_touching_own_progress() {
    let theirs: Answers = [(15, Level(4))].into_iter().collect();
    let code = share::encode(CONTENT.version, &theirs);
    let state = ScanState::open(Language::Dutch, Some(&code), None);
    assert_eq!(state.flow.screen, Screen::Results(Whose::Shared));
    assert_eq!(
        state.flow.navigations.count(),
        0,
        "opening the page is not a move of the visitor's"
    );
    assert_eq!(main_answers(&state), theirs);
    assert!(state.own.answers.is_empty());
    assert_eq!(state.saved_progress(), None);
    assert_eq!(state.fragment_code(), FragmentCode::Keep);
    let state = state.apply(Action::TakeScanYourself);
    assert_eq!(state.flow.screen, Screen::Intro);
    assert!(state.team.shared.is_empty());
    assert_eq!(state.fragment_code(), FragmentCode::Remove);
}

#[test]
fn the_address_holds_the_visitors_own_result_only_once_they_passed_its_link_on() {
    let results = finished(&[(15, Level(4))]);
    assert_eq!(
        results.fragment_code(),
        FragmentCode::Remove,
        "nothing unasked"
    );
    let named = results.clone().apply(Action::TypeLabel("Team".into()));
    assert_eq!(named.fragment_code(), FragmentCode::Remove);
    assert_eq!(
        named
            .clone()
            .apply(Action::CopyFinished(false))
            .fragment_code(),
        FragmentCode::Remove,
        "a copy that failed passed nothing on"
    );
    for passed_on in [Action::CopyFinished(true), Action::LinkPassedOn] {
        let state = named.clone().apply(passed_on);
        assert_eq!(
            state.fragment_code(),
            FragmentCode::Set(state.results_code())
        );
        // A correction keeps the address on the corrected result; a fresh start empties it.
        let corrected = run(
            state.clone(),
            &[
                Action::EditAnswers,
                Action::Answer(15, Level(1)),
                Action::BackToResults,
            ],
        );
        assert_eq!(
            corrected.fragment_code(),
            FragmentCode::Set(corrected.results_code())
        );
        let again = run(
            state,
            &[
                Action::Restart,
                Action::ConfirmRestart,
                Action::Answer(15, Level(3)),
            ],
        );
        let again =
            run(again, &vec![Action::Next; CONTENT.blocks.len()]).apply(Action::ShowResultsAnyway);
        assert_eq!(again.flow.screen, Screen::Results(Whose::Own));
        assert_eq!(again.fragment_code(), FragmentCode::Remove);
    }
    // Passing on someone else's link is not passing on one's own.
    let theirs = share::encode_result(&colleague(3, "Anna"));
    let shared = ScanState::open(Language::Dutch, Some(&theirs), None)
        .apply(Action::CopyFinished(true))
        .apply(Action::TakeScanYourself);
    let own = run(shared, &all_answered());
    let own = run(own, &vec![Action::Next; CONTENT.blocks.len()]);
    assert_eq!(own.fragment_code(), FragmentCode::Remove);
}

#[test]
fn reloading_own_results_stays_own() {
    let mine: Answers = [(15, Level(2))].into_iter().collect();
    let code = share::encode(CONTENT.version, &mine);
    let saved = progress::load(
        &CONTENT,
        &progress::save(Place::Results, Language::Dutch, None, &code),
    );
    let state = ScanState::open(Language::Dutch, Some(&code), saved);
    assert_eq!(state.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(state.fragment_code(), FragmentCode::Set(code));
}

#[test]
fn invalid_share_link_shows_notice_on_the_start_screen() {
    for code in ["kapot", "", "AQAB"] {
        let state = ScanState::open(Language::Dutch, Some(code), None);
        assert_eq!(state.flow.screen, Screen::Intro, "{code}");
        assert!(
            matches!(state.flow.notice, Some(Notice::InvalidShareLink(_))),
            "{code}"
        );
    }
    let state = ScanState::open(Language::Dutch, Some("kapot"), None).apply(Action::Start);
    assert_eq!(state.flow.notice, None);
}

#[test]
fn a_link_pasted_into_the_address_bar_opens_without_a_reload() {
    let theirs: Answers = [(35, Level(1))].into_iter().collect();
    let code = share::encode(CONTENT.version, &theirs);
    let state = run(
        ScanState::new(Language::Dutch),
        &[Action::Start, Action::FragmentChanged(Some(code))],
    );
    assert_eq!(state.flow.screen, Screen::Results(Whose::Shared));
    assert_eq!(main_answers(&state), theirs);
    assert_eq!(state.flow.navigations.count(), 2);

    let broken = state.apply(Action::FragmentChanged(Some("kapot".into())));
    assert_eq!(broken.flow.screen, Screen::Intro);
    assert!(broken.flow.notice.is_some());

    let unrelated = ScanState::new(Language::Dutch).apply(Action::Start);
    let unrelated = unrelated.apply(Action::FragmentChanged(None));
    assert_eq!(unrelated.flow.screen, Screen::Step(0));
}

#[test]
fn own_results_ignore_their_own_fragment_and_shared_view_closes_without_one() {
    let mut state = run(
        ScanState::new(Language::Dutch),
        &[Action::Start, Action::Answer(15, Level(2))],
    );
    for _ in 0..CONTENT.blocks.len() {
        state = state.apply(Action::Next);
    }
    let state = state.apply(Action::ShowResultsAnyway);
    let own = share::encode_result(&state.own_result());
    let state = state.apply(Action::FragmentChanged(Some(own)));
    assert_eq!(state.flow.screen, Screen::Results(Whose::Own));

    let theirs = share::encode(1, &[(15, Level(0))].into_iter().collect());
    let state = state.apply(Action::FragmentChanged(Some(theirs)));
    assert_eq!(state.flow.screen, Screen::Results(Whose::Shared));
    let state = state.apply(Action::FragmentChanged(None));
    assert_eq!(state.flow.screen, Screen::Intro);
    assert_eq!(state.own.answers.get(15), Some(Level(2)));
}

#[test]
fn saved_progress_resumes_where_the_visitor_was() {
    let mine: Answers = [(25, Level(1))].into_iter().collect();
    let code = share::encode(CONTENT.version, &mine);
    let saved = progress::load(
        &CONTENT,
        &progress::save(Place::Step(2), Language::Dutch, None, &code),
    );
    let state = ScanState::open(Language::Dutch, None, saved);
    assert_eq!(state.flow.screen, Screen::Step(2));
    assert_eq!(state.own.answers, mine);
    assert_eq!(state.flow.navigations.count(), 0);
}

#[test]
fn switching_language_keeps_screen_and_answers() {
    let state = finished(&[(15, Level(4))]).apply(Action::ChooseLanguage(Language::English));
    assert_eq!(state.language, Language::English);
    assert!(std::ptr::eq(
        state.content(),
        &crate::model::content::CONTENT_EN
    ));
    // A second click while English was on its way chooses English again: no switch back.
    let twice = state
        .clone()
        .apply(Action::ChooseLanguage(Language::English));
    assert_eq!(twice.language, Language::English);
    let switched = twice.apply(Action::ChooseLanguage(Language::Dutch));
    assert_eq!(switched.language, Language::Dutch);
    assert_eq!(
        (
            switched.flow.screen,
            &switched.own.answers,
            switched.flow.navigations.count()
        ),
        (
            state.flow.screen,
            &state.own.answers,
            state.flow.navigations.count()
        )
    );
}

#[test]
fn a_correction_tells_the_host_no_second_start_and_no_second_completion() {
    use crate::model::page_event::PageEvent::{Start, Step};
    let results = finished(&[(15, Level(2))]);
    assert!(results.completed_scan(), "the first time is a completion");
    let editing = results.apply(Action::EditAnswers);
    assert!(editing.flow.editing);
    assert_eq!(
        editing.page_events(),
        vec![Step {
            block: 1,
            answered: 1
        }],
        "no start: the visitor goes on with the same scan"
    );
    assert!(!editing.page_events().contains(&Start));
    let back = editing.apply(Action::BackToResults);
    assert!(!back.completed_scan());
    // A restart from the results is a new scan: a start, and later a completion.
    let restarted = back.apply(Action::Restart).apply(Action::ConfirmRestart);
    assert!(!restarted.flow.editing);
    assert_eq!(restarted.page_events()[0], Start);
    // Outside a correction, "Vorige" on the first step leads to the start screen, and there
    // is no way back to results that were never reached.
    let fresh = ScanState::new(Language::Dutch).apply(Action::Start);
    assert_eq!(
        fresh.clone().apply(Action::BackToResults).flow.screen,
        Screen::Step(0)
    );
    assert_eq!(fresh.apply(Action::Previous).flow.screen, Screen::Intro);
}

#[test]
fn nothing_is_stored_before_the_first_answer_or_a_language_and_a_fresh_start_removes_it() {
    use crate::state::ProgressView;
    let opened = ScanState::new(Language::Dutch)
        .with_history(crate::model::history::History::default(), on(2));
    assert_eq!(
        opened.progress_view(),
        ProgressView::Clear,
        "opening the page"
    );
    assert_eq!(
        opened.clone().apply(Action::Start).progress_view(),
        ProgressView::Clear,
        "the start"
    );
    // The visitor's choice of language is kept, also before an answer, and comes back.
    let started = opened
        .apply(Action::ChooseLanguage(Language::English))
        .apply(Action::Start);
    let view = started.progress_view();
    let ProgressView::Save(line) = &view else {
        panic!("a language is kept: {view:?}")
    };
    assert!(line.starts_with("3|step0|en|2026-03-02|"), "{line}");
    let reloaded = ScanState::open(Language::Dutch, None, progress::load(&CONTENT, line))
        .with_history(crate::model::history::History::default(), on(2));
    assert_eq!(reloaded.language, Language::English);
    assert!(reloaded.own.answers.is_empty());
    assert_eq!(
        reloaded.progress_view(),
        view,
        "and stays kept after the reload"
    );
    let first = CONTENT.blocks[0].statements[0].id;
    let answered = started.apply(Action::Answer(first, Level(2)));
    let view = answered.progress_view();
    assert!(
        matches!(&view, ProgressView::Save(line) if line.starts_with("3|step0|en|2026-03-02|")),
        "{view:?}"
    );
    let restarted = answered
        .apply(Action::Restart)
        .apply(Action::ConfirmRestart);
    assert_eq!(restarted.progress_view(), ProgressView::Clear);
    let theirs = share::encode_result(&colleague(3, "Anna"));
    let shared = ScanState::open(Language::Dutch, Some(&theirs), None);
    assert_eq!(
        shared.progress_view(),
        ProgressView::Keep,
        "someone else's result leaves it"
    );
}

#[test]
fn where_the_host_stores_nothing_the_address_gets_no_answers() {
    use crate::model::config::Storage;
    let state = complete_on(
        ScanState::new(Language::Dutch).with_storage(Storage::Nothing),
        on(2),
        1,
    );
    assert_eq!(state.fragment_code(), FragmentCode::Remove);
    let theirs = share::encode_result(&colleague(3, "Anna"));
    let shared =
        ScanState::open(Language::Dutch, Some(&theirs), None).with_storage(Storage::Nothing);
    assert_eq!(shared.fragment_code(), FragmentCode::Keep);
}

#[test]
fn the_results_come_in_full_once_painted_and_stay_so_until_the_visitor_leaves_them() {
    let first = CONTENT.blocks[0].statements[0].id;
    let results = finished(&[(first, Level(3))]);
    assert_eq!(results.flow.screen, Screen::Results(Whose::Own));
    assert!(!results.flow.results_in_full, "the radar first");
    let painted = results.apply(Action::ResultsPainted);
    assert!(painted.flow.results_in_full);

    // Moves within the results keep them in full: focus may go to a box below the radar.
    let switched = painted
        .clone()
        .apply(Action::ChooseLanguage(Language::English));
    assert!(switched.flow.results_in_full);
    let shared = share::encode(CONTENT.version, &main_answers(&painted));
    let other = painted.clone().apply(Action::FragmentChanged(Some(shared)));
    assert!(matches!(other.flow.screen, Screen::Results(_)));
    assert!(other.flow.results_in_full);

    // A correction leaves them: the way back draws the radar first again.
    let correcting = painted.apply(Action::EditAnswers);
    assert!(!correcting.flow.results_in_full);
    let stale = correcting.clone().apply(Action::ResultsPainted);
    assert!(!stale.flow.results_in_full, "a late paint off the results");
    let back = correcting.apply(Action::BackToResults);
    assert_eq!(back.flow.screen, Screen::Results(Whose::Own));
    assert!(!back.flow.results_in_full);
}

#[test]
fn earlier_results_and_back_keep_the_history_drawn_for_its_focus() {
    let state = complete_on(keeper(), on(3), 1);
    let state = complete_on(state, on(10), 2).apply(Action::ResultsPainted);
    let earlier = state.apply(Action::OpenEarlier(0));
    assert!(earlier.flow.results_in_full);
    let back = earlier.apply(Action::BackFromEarlier);
    assert_eq!(back.flow.focus, Focus::History);
    assert!(back.flow.results_in_full);
}
