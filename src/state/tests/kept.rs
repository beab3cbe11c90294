//! The kept slice: the history, then and now, earlier results.

use super::*;
use crate::model::history::History;
use crate::model::i18n::{Language, Locale};
use crate::model::progress;
use crate::model::share;
use crate::model::summary::Whose;
use crate::state::{Confirm, Focus, FragmentCode, Screen};

#[test]
fn a_completed_scan_enters_the_history_and_the_next_shows_then_and_the_change() {
    let first = complete_on(ScanState::new(Language::Dutch), on(3), 1);
    assert_eq!(first.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(first.kept.history.entries.len(), 1);
    assert_eq!(first.previous_entry(), None, "the first time has no then");
    assert!(first.summary().is_some_and(|s| s.previous.is_none()));

    let second = complete_on(first, on(28), 3);
    assert_eq!(second.kept.history.entries.len(), 2);
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
    assert_eq!(reloaded.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(
        reloaded
            .summary()
            .and_then(|s| s.previous)
            .map(|p| p.change),
        Some(vec![Some(50); 7])
    );
    assert_eq!(
        reloaded.kept.history, second.kept.history,
        "a reload records nothing"
    );

    // Comparing hides then (one line too many), and without a date nothing is recorded.
    let compared = second
        .clone()
        .apply(Action::Compare(vec![colleague(1, "Anna")]));
    assert!(compared.summary().is_some_and(|s| s.previous.is_none()));
    let undated = complete_on(second.clone(), None, 2);
    assert_eq!(undated.kept.history, second.kept.history);
}

#[test]
fn a_shared_link_never_enters_the_history() {
    let mine = complete_on(ScanState::new(Language::Dutch), on(3), 1);
    let theirs = share::encode(CONTENT.version, &[(11, Level(4))].into_iter().collect());
    let opened = ScanState::open(Language::Dutch, Some(&theirs), None)
        .with_history(mine.kept.history.clone(), on(4));
    assert_eq!(opened.flow.screen, Screen::Results(Whose::Shared));
    let left = opened.apply(Action::TakeScanYourself);
    assert_eq!(left.kept.history, mine.kept.history);
    assert!(left.summary().is_none());
    // Pasted into the address bar of the open page, after the date is known.
    let pasted = mine.clone().apply(Action::FragmentChanged(Some(theirs)));
    assert_eq!(pasted.flow.screen, Screen::Results(Whose::Shared));
    assert_eq!(pasted.kept.history, mine.kept.history);
}

#[test]
fn earlier_results_open_and_are_removed_and_the_history_is_cleared_after_asking() {
    let state = complete_on(ScanState::new(Language::Dutch), on(3), 1);
    let state = complete_on(state, on(10), 2);
    let state = complete_on(state, on(17), 3);
    assert_eq!(state.kept.history.entries.len(), 3);

    let earlier = state.clone().apply(Action::OpenEarlier(0));
    assert_eq!(earlier.flow.screen, Screen::Results(Whose::Earlier(0)));
    assert_eq!(
        earlier.own.answers, state.own.answers,
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
        earlier.apply(Action::BackToOwnResults).flow.screen,
        Screen::Results(Whose::Own)
    );
    assert_eq!(
        state.clone().apply(Action::OpenEarlier(9)).flow.screen,
        Screen::Results(Whose::Own)
    );

    let removed = state.clone().apply(Action::RemoveEarlier(1));
    assert_eq!(removed.kept.history.entries.len(), 2);
    assert_eq!(removed.flow.focus, Focus::History);
    assert_eq!(
        removed.previous_entry().map(|entry| entry.day),
        on(3),
        "then is the one before the removed one"
    );

    let asked = state.clone().apply(Action::ClearHistory);
    assert_eq!(asked.flow.confirm, Some(Confirm::ClearHistory));
    assert_eq!(asked.kept.history, state.kept.history);
    let kept = asked.clone().apply(Action::CancelConfirm);
    assert_eq!(
        (kept.kept.history.entries.len(), kept.flow.focus),
        (3, Focus::History)
    );
    let cleared = asked.apply(Action::ConfirmClearHistory);
    assert!(cleared.kept.history.entries.is_empty());
    assert_eq!(cleared.saved_history(), "");
    assert_eq!(cleared.own.answers, state.own.answers, "the answers stay");
    assert!(cleared.summary().is_some_and(|s| s.previous.is_none()));
}

#[test]
fn every_change_to_the_history_is_counted_for_storage_and_nothing_else() {
    let state = complete_on(ScanState::new(Language::Dutch), on(3), 1);
    assert_eq!(state.kept.changes.count(), 1, "the completed scan");
    let named = state.apply(Action::TypeLabel("Team".into()));
    assert_eq!(named.kept.changes.count(), 2, "its name");
    let same = named.clone().apply(Action::SetLabel("Team".into()));
    assert_eq!(
        same.kept.changes.count(),
        2,
        "the same name again is no change"
    );
    let removed = same.apply(Action::RemoveEarlier(0));
    assert!(removed.kept.history.entries.is_empty());
    assert_eq!(
        removed.kept.changes.count(),
        3,
        "removing the only result is a change"
    );
    let nothing = removed.apply(Action::RemoveEarlier(0));
    assert_eq!(nothing.kept.changes.count(), 3);
}

#[test]
fn an_earlier_result_is_the_visitors_own_in_its_line_and_its_words() {
    let state = complete_on(ScanState::new(Language::Dutch), on(3), 1);
    let state = complete_on(state, on(10), 2).apply(Action::OpenEarlier(0));
    assert_eq!(state.flow.screen, Screen::Results(Whose::Earlier(0)));
    let Some(summary) = state.summary() else {
        panic!("an earlier result has a summary")
    };
    assert_eq!(summary.series[0].label, "Uw uitslag");
    let words = crate::model::in_words::sentences(Locale::dutch(), &summary);
    assert!(words.starts_with("Uw organisatie"), "{words}");
    assert_eq!(
        state.results_heading().as_deref(),
        Some("Uw uitslag van 3 maart 2026")
    );
}
