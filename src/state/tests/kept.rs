//! The kept slice: the history, then and now, earlier results.

use super::*;
use crate::model::config::Storage;
use crate::model::history::History;
use crate::model::i18n::{Language, Locale};
use crate::model::progress;
use crate::model::share;
use crate::model::summary::Whose;
use crate::state::{Confirm, Focus, FragmentCode, Screen};

#[test]
fn a_completed_scan_enters_the_history_and_the_next_shows_then_and_the_change() {
    let first = complete_on(keeper(), on(3), 1);
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
        History::load(&second.saved_history(), None),
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
    let mine = complete_on(keeper(), on(3), 1);
    let theirs = share::encode(CONTENT.version, &[(15, Level(4))].into_iter().collect());
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
    let state = complete_on(keeper(), on(3), 1);
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
    let back = earlier.apply(Action::BackFromEarlier);
    assert_eq!(back.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(
        back.flow.focus,
        Focus::History,
        "back where the visitor was: the list they opened it from"
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
    let state = complete_on(keeper(), on(3), 1);
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
    let state = complete_on(keeper(), on(3), 1);
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

/// What the app does after a change here: merges with what storage holds now, writes it,
/// and tells the reducer what storage holds.
fn sync(state: ScanState, storage: &mut String) -> ScanState {
    *storage = state.kept.merged_with(storage, state.today);
    state.apply(Action::HistoryInStorage(storage.clone()))
}

fn tab(storage: &str) -> ScanState {
    keeper().with_history(History::load(storage, None), on(1))
}

fn days(state: &ScanState) -> Vec<Option<Day>> {
    state
        .kept
        .history
        .entries
        .iter()
        .map(|entry| Some(entry.day))
        .collect()
}

#[test]
fn two_tabs_never_lose_a_result() {
    let mut storage = complete_on(keeper(), on(1), 1).saved_history();
    let (a, b, idle) = (tab(&storage), tab(&storage), tab(&storage));

    // A completes a scan, then B completes one: both are kept.
    let a = sync(complete_on(a, on(3), 2), &mut storage);
    let b = sync(complete_on(b, on(4), 3), &mut storage);
    assert_eq!(days(&b), [on(1), on(3), on(4)]);
    assert_eq!(History::load(&storage, None), b.kept.history);

    // A hears B's write (the storage event): its list follows, and there is nothing to write.
    let changes = a.kept.changes;
    let a = a.apply(Action::HistoryInStorage(storage.clone()));
    assert_eq!(days(&a), [on(1), on(3), on(4)]);
    assert_eq!(a.kept.changes, changes);

    // A tab idle since before both removes the oldest: that one goes, the new ones stay.
    let idle = complete_on(idle, on(1), 1).apply(Action::RemoveEarlier(0));
    let idle = sync(idle, &mut storage);
    assert_eq!(days(&idle), [on(3), on(4)]);
    assert_eq!(History::load(&storage, None).entries.len(), 2);
}

#[test]
fn a_visitors_own_result_opened_from_a_link_is_their_own() {
    let mut storage = String::from("keep");
    let a = sync(complete_on(tab("keep"), on(3), 2), &mut storage);
    let link = share::encode_result(&a.own_result());
    let b = sync(complete_on(tab(&storage), on(3), 3), &mut storage);
    // Tab A is reloaded: its address holds A's result, storage B's progress.
    let saved = progress::load(&CONTENT, &b.saved_progress().unwrap_or_default());
    let reloaded = ScanState::open(Language::Dutch, Some(&link), saved)
        .with_history(History::load(&storage, None), on(3));
    assert_eq!(reloaded.flow.screen, Screen::Results(Whose::Earlier(0)));
    assert!(reloaded.team.shared.is_empty());
    assert_eq!(
        reloaded.flow.navigations.count(),
        0,
        "opening the page is no move"
    );
    // Someone else's result is still someone else's.
    let theirs = share::encode_result(&colleague(4, "Anna"));
    let other = ScanState::open(Language::Dutch, Some(&theirs), None)
        .with_history(History::load(&storage, None), on(3));
    assert_eq!(other.flow.screen, Screen::Results(Whose::Shared));
}

#[test]
fn an_earlier_result_on_screen_follows_another_tabs_change() {
    let mut storage = String::from("keep");
    let state = sync(complete_on(tab("keep"), on(2), 1), &mut storage);
    let state = sync(complete_on(state, on(3), 2), &mut storage);
    let open = state.apply(Action::OpenEarlier(1));
    // Another tab removes the first entry: the one on screen moves to index 0.
    let mut history = History::load(&storage, None);
    history.entries.remove(0);
    let moved = open.clone().apply(Action::HistoryInStorage(history.save()));
    assert_eq!(moved.flow.screen, Screen::Results(Whose::Earlier(0)));
    // Another tab removes the one on screen: back to the visitor's own results.
    let gone = open.apply(Action::HistoryInStorage(String::new()));
    assert_eq!(gone.flow.screen, Screen::Results(Whose::Own));
    assert!(gone.kept.history.entries.is_empty());
}

#[test]
fn storage_that_refuses_keeps_the_history_for_the_visit() {
    let state = complete_on(tab("keep"), on(3), 2);
    let refused = state.apply(Action::HistoryNotStored);
    // Blocked storage reads as nothing: the result stays all the same.
    let later = refused.apply(Action::HistoryInStorage(String::new()));
    assert_eq!(days(&later), [on(3)]);
}

#[test]
fn a_correction_is_not_a_new_result() {
    let first = complete_on(keeper(), on(2), 1);
    let state = complete_on(first, on(3), 2);
    assert_eq!(days(&state), [on(2), on(3)]);
    let changed_statement = CONTENT.blocks[3].statements[0].id;
    // "Antwoorden aanpassen", one answer changed, back to the results from the fourth step.
    let corrected = run(
        state.apply(Action::EditAnswers),
        &[
            Action::Next,
            Action::Next,
            Action::Next,
            Action::Answer(changed_statement, Level(4)),
            Action::BackToResults,
        ],
    );
    assert_eq!(corrected.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(
        days(&corrected),
        [on(2), on(3)],
        "one entry for the corrected result"
    );
    assert_eq!(
        corrected.kept.history.entries[1].result.answers, corrected.own.answers,
        "the entry holds the correction"
    );
    assert!(corrected.flow.corrected && !corrected.completed_scan());
    assert_eq!(
        corrected.previous_entry().map(|entry| entry.day),
        on(2),
        "then is still the earlier scan, not the version before the correction"
    );
    // Corrected again, with "Vorige" on the first step: still one entry.
    let again = corrected
        .apply(Action::EditAnswers)
        .apply(Action::Answer(15, Level(0)))
        .apply(Action::Previous);
    assert_eq!(again.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(days(&again), [on(2), on(3)]);
}

#[test]
fn a_correction_of_a_result_from_an_earlier_day_is_the_scan_done_again() {
    let state = complete_on(keeper(), on(2), 1);
    // A week later the results are still there; the visitor changes their answers.
    let later = ScanState {
        today: on(9),
        ..state
    };
    let again = later
        .apply(Action::EditAnswers)
        .apply(Action::Answer(15, Level(4)))
        .apply(Action::BackToResults);
    assert_eq!(
        days(&again),
        [on(2), on(9)],
        "the earlier result stays, as then"
    );
}

#[test]
fn a_correction_resumed_after_a_reload_still_replaces_todays_result() {
    let state = complete_on(keeper(), on(3), 2)
        .apply(Action::EditAnswers)
        .apply(Action::Next)
        .apply(Action::Answer(25, Level(0)));
    let line = state.saved_progress().unwrap_or_default();
    assert!(line.starts_with("3|edit1|nl|2026-03-03|"), "{line}");
    let reloaded = ScanState::open(Language::Dutch, None, progress::load(&CONTENT, &line))
        .with_history(state.kept.history.clone(), on(3));
    assert_eq!(reloaded.flow.screen, Screen::Step(1));
    assert!(reloaded.flow.editing);
    let back = reloaded.apply(Action::BackToResults);
    assert_eq!(days(&back), [on(3)]);
    assert_eq!(
        back.kept.history.entries[0].result.answers,
        back.own.answers
    );
}

#[test]
fn results_of_one_day_can_be_told_apart_on_screen_and_in_their_names() {
    let state = complete_on(keeper(), on(3), 1);
    let state = complete_on(state, on(3), 3);
    let items = state.history_items();
    assert_eq!(
        items.iter().map(|item| item.number).collect::<Vec<_>>(),
        [Some(2), Some(1)],
        "newest first"
    );
    let Some(previous) = state.summary().and_then(|summary| summary.previous) else {
        panic!("the first of the day is then")
    };
    assert_eq!(previous.label, "Vorige keer, 3 maart 2026 (1)");
    let earlier = state.apply(Action::OpenEarlier(0));
    assert_eq!(
        earlier.results_heading().as_deref(),
        Some("Uw uitslag van 3 maart 2026 (1)")
    );
}

#[test]
fn results_are_kept_only_after_the_visitor_chooses_it_and_until_they_stop() {
    let first = complete_on(ScanState::new(Language::Dutch), on(2), 1);
    assert!(first.kept.history.entries.is_empty(), "not without asking");
    assert_eq!(first.kept.changes.count(), 0, "nothing to write");
    // "Bewaar deze uitslag op dit apparaat": this result, and the next.
    let keeping = first.apply(Action::KeepResults);
    assert_eq!(days(&keeping), [on(2)]);
    assert_eq!(keeping.flow.focus, Focus::History);
    let second = complete_on(keeping, on(3), 2);
    assert_eq!(days(&second), [on(2), on(3)]);
    // "Stop met bewaren": the kept ones stay, no new one comes.
    let stopped = second.apply(Action::StopKeeping);
    let third = complete_on(stopped, on(4), 3);
    assert_eq!(days(&third), [on(2), on(3)]);
    assert!(third.kept.history.save().starts_with("stop\n"));
    // "Wis mijn geschiedenis": nothing is left to store, not even the choice.
    let cleared = third
        .apply(Action::ClearHistory)
        .apply(Action::ConfirmClearHistory);
    assert_eq!(cleared.kept.history.save(), "");
    assert!(!cleared.kept.history.keeping);
}

#[test]
fn where_the_host_stores_nothing_no_result_is_kept() {
    let state = complete_on(
        ScanState::new(Language::Dutch).with_storage(Storage::Nothing),
        on(2),
        1,
    );
    assert!(!state.kept.offers_keeping());
    let asked = state.apply(Action::KeepResults);
    assert!(asked.kept.history.entries.is_empty());
    assert!(!asked.kept.history.keeping);
}

#[test]
fn kept_results_expire_after_twelve_months_and_never_come_back() {
    let (Some(kept), Some(later)) = (Day::new(2025, 3, 2), Day::new(2025, 9, 1)) else {
        panic!("days")
    };
    let mut storage = History::default()
        .keep(true)
        .add(kept, colleague(1, "Toen"))
        .add(later, colleague(2, "Later"))
        .save();
    let open = |storage: &str, today: Option<Day>| {
        keeper().with_history(History::load(storage, today), today)
    };
    // On 2 March 2026 the first is 365 days old: still kept; a day later it has expired.
    assert_eq!(
        open(&storage, Day::new(2026, 3, 2))
            .kept
            .history
            .entries
            .len(),
        2
    );
    let today = Day::new(2026, 3, 3);
    let state = open(&storage, today);
    assert_eq!(days(&state), [Some(later)]);
    assert!(state.kept.history.keeping);

    // Typing a name on a completed scan writes the history: without the expired one.
    let named = sync(
        complete_on(state, today, 2).apply(Action::TypeLabel("Team".into())),
        &mut storage,
    );
    assert_eq!(days(&named), [Some(later), today]);
    assert_eq!(History::load(&storage, None).entries.len(), 2, "{storage}");
    assert!(named
        .history_items()
        .iter()
        .all(|item| Some(item.day) != Some(kept)));

    // Another tab that still has it in storage (it wrote before this tab loaded): its write
    // brings nothing back.
    let mut old_tab = History::default()
        .keep(true)
        .add(kept, colleague(1, "Toen"))
        .save();
    let heard = named
        .clone()
        .apply(Action::HistoryInStorage(old_tab.clone()));
    assert!(!days(&heard).contains(&Some(kept)));
    let finished_again = sync(complete_on(heard, today, 3), &mut old_tab);
    assert!(!days(&finished_again).contains(&Some(kept)));
    assert!(!History::load(&old_tab, None)
        .entries
        .iter()
        .any(|entry| entry.day == kept));
}

#[test]
fn with_the_clock_a_year_ahead_last_years_result_is_not_vorige_keer() {
    let Some(last_year) = Day::new(2025, 3, 2) else {
        panic!("a day")
    };
    let storage = History::default()
        .keep(true)
        .add(last_year, colleague(1, "Toen"))
        .save();
    let ahead = Day::new(2026, 4, 1);
    let state = complete_on(
        keeper().with_history(History::load(&storage, ahead), ahead),
        ahead,
        2,
    );
    assert_eq!(state.previous_entry(), None);
    assert!(state
        .summary()
        .is_some_and(|summary| summary.previous.is_none()));
    assert_eq!(days(&state), [ahead], "only today's result is kept");
}

#[test]
fn results_kept_before_the_visitor_was_asked_stay_kept_as_their_choice() {
    let Some(day) = on(2) else { panic!("a day") };
    let mut old = History::default()
        .keep(true)
        .add(day, colleague(1, "Oud"))
        .save();
    // Stored before the first line existed: entries only.
    old = old.lines().skip(1).collect::<Vec<_>>().join("\n");
    let history = History::load(&old, None);
    assert!(history.keeping);
    assert_eq!(history.entries.len(), 1);
}

#[test]
fn another_tabs_choice_to_stop_is_followed() {
    let mut storage = String::from("keep");
    let a = sync(complete_on(tab(&storage), on(2), 1), &mut storage);
    let b = sync(
        complete_on(tab(&storage), on(2), 1).apply(Action::StopKeeping),
        &mut storage,
    );
    assert!(!b.kept.history.keeping);
    let a = a.apply(Action::HistoryInStorage(storage.clone()));
    assert!(!a.kept.history.keeping, "tab A follows");
    assert_eq!(days(&a), [on(2)]);
}

#[test]
fn kept_results_open_from_the_start_screen_when_the_progress_has_expired() {
    let mut storage = String::from("keep");
    let first = sync(complete_on(tab("keep"), on(2), 1), &mut storage);
    let _second = sync(complete_on(first, on(3), 3), &mut storage);
    // Weeks later the progress has expired: the start screen, and two kept results.
    let opened = keeper().with_history(History::load(&storage, None), Day::new(2026, 5, 1));
    assert_eq!(opened.flow.screen, Screen::Intro);
    assert!(opened.own.answers.is_empty());
    let newest = opened.kept.history.entries.len() - 1;
    let earlier = opened.apply(Action::OpenEarlier(newest));
    assert_eq!(earlier.flow.screen, Screen::Results(Whose::Earlier(1)));
    assert!(earlier.earlier_from_start());
    assert_eq!(
        earlier.saved_progress(),
        None,
        "opening it stores no progress"
    );
    // From there to the other kept result, and back to the start.
    let other = earlier.apply(Action::OpenEarlier(0));
    assert_eq!(other.flow.screen, Screen::Results(Whose::Earlier(0)));
    let back = other.apply(Action::BackFromEarlier);
    assert_eq!(back.flow.screen, Screen::Intro);
    assert_eq!(back.flow.focus, Focus::ScreenHeading);
    // From the own results, back leads to them, as before.
    let own = complete_on(keeper(), on(2), 2)
        .apply(Action::OpenEarlier(0))
        .apply(Action::BackFromEarlier);
    assert_eq!(own.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(own.flow.focus, Focus::History);
}
