//! The team slice: comparing (own and shared results), pasted links, the copy, the reference.

use super::*;
use crate::model::compare::MAX_RESULTS;
use crate::model::config::Reference;
use crate::model::i18n::{Language, Locale};
use crate::model::progress;
use crate::model::share;
use crate::model::summary::Whose;
use crate::state::{CopyStatus, Focus, FragmentCode, Screen};

#[test]
fn compared_results_join_the_own_in_the_fragment_and_reopen_as_one_comparison() {
    let state = finished(&[(15, Level(4))]).apply(Action::SetLabel("  Ik \n ".into()));
    assert_eq!(state.own.label.as_deref(), Some("Ik"));
    let state = state.apply(Action::Compare(vec![
        colleague(1, "Anna"),
        colleague(2, "Bram"),
    ]));
    assert_eq!(state.team.compared.len(), 2);
    assert_eq!(
        state.team.compared[0].answers.get(200),
        None,
        "unknown ids are dropped"
    );
    let labels: Vec<_> = state
        .shown_results()
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(
        labels,
        [Some("Ik".into()), Some("Anna".into()), Some("Bram".into())]
    );
    let value = state.results_code();
    assert_eq!(value.matches('~').count(), 2);

    // A colleague opens that link: the same three results, as a shared comparison.
    let opened = ScanState::open(Language::Dutch, Some(&value), None);
    assert_eq!(opened.flow.screen, Screen::Results(Whose::Shared));
    assert_eq!(opened.shown_results(), state.shown_results());

    // The visitor reloads: their own results, still compared with the other two.
    let saved = progress::load(&CONTENT, &state.saved_progress().unwrap_or_default());
    let reloaded = ScanState::open(Language::Dutch, Some(&value), saved);
    assert_eq!(reloaded.flow.screen, Screen::Results(Whose::Own));
    assert_eq!(reloaded.team.compared.len(), 2);
    assert_eq!(reloaded.own.label.as_deref(), Some("Ik"));
}

#[test]
fn comparing_skips_duplicates_and_stops_at_the_maximum() {
    let state = finished(&[(15, Level(4))]);
    let own = state.own_result();
    let many: Vec<ScanResult> = (0..20)
        .map(|n| colleague((n % 4) as u8, &format!("P{n}")))
        .collect();
    let state = state
        .apply(Action::Compare(vec![own]))
        .apply(Action::Compare(many));
    assert_eq!(state.team.compared.len(), MAX_RESULTS - 1);
    let state = state
        .apply(Action::RemoveCompared(0))
        .apply(Action::RemoveCompared(99));
    assert_eq!(state.team.compared.len(), MAX_RESULTS - 2);
    assert_eq!(state.team.compared[0].label.as_deref(), Some("P1"));
    let restarted = state.apply(Action::Restart).apply(Action::ConfirmRestart);
    assert!(restarted.team.compared.is_empty() && restarted.own.label.is_none());
}

#[test]
fn pasted_links_are_compared_in_one_action_and_the_field_empties_when_all_worked() {
    let code = |level: u8, label: &str| share::encode_result(&colleague(level, label));
    let text = format!(
        "https://x.example/#bouwstenen={}\nhttps://x.example/#bouwstenen=kapot\n{}",
        code(1, "Anna"),
        code(2, "Bram")
    );
    let state = finished(&[(15, Level(4))])
        .apply(Action::TypeCompareLinks(text.clone()))
        .apply(Action::ComparePasted);
    assert_eq!(state.team.compared.len(), 2);
    assert_eq!(state.team.problem_lines, [2]);
    assert_eq!(
        state.team.compare_text, text,
        "a line failed: the text stays to be fixed"
    );
    assert_eq!(state.flow.focus, Focus::Comparison);
    let summary = state.summary().map(|s| s.series.len());
    assert_eq!(summary, Some(3), "the summary follows at once");
    let fixed = state
        .apply(Action::TypeCompareLinks(format!(
            "#bouwstenen={}",
            code(3, "Chris")
        )))
        .apply(Action::ComparePasted);
    assert_eq!(
        (fixed.team.compared.len(), fixed.team.compare_text.as_str()),
        (3, "")
    );
    assert!(fixed.team.problem_lines.is_empty());
}

#[test]
fn copy_and_compare_messages_last_until_the_screen_changes() {
    let paste = |text: &str| {
        vec![
            Action::TypeCompareLinks(text.to_owned()),
            Action::ComparePasted,
        ]
    };
    let state = run(
        finished(&[(15, Level(4))]).apply(Action::CopyFinished(false)),
        &paste("\nhttps://x.nl/#bouwstenen=kapot\n\nAnna, 10:42\nhttps://x.nl/niet-een-deellink"),
    );
    assert_eq!(state.team.copy_status, CopyStatus::Failed);
    assert_eq!(state.team.problem_lines, [2, 5]);
    let state = run(state.apply(Action::CopyFinished(true)), &paste(""));
    assert_eq!(state.team.copy_status, CopyStatus::Copied);
    assert!(state.team.problem_lines.is_empty());

    let state = run(state, &paste("https://x.nl/#bouwstenen=kapot")).apply(Action::EditAnswers);
    assert_eq!(state.team.copy_status, CopyStatus::Idle);
    assert!(state.team.problem_lines.is_empty());
    // Not on a step: a late clipboard answer changes nothing there.
    assert_eq!(
        state.apply(Action::CopyFinished(true)).team.copy_status,
        CopyStatus::Idle
    );
}

#[test]
fn a_shared_result_is_compared_too_and_the_address_follows_the_comparison() {
    let code = share::encode_result(&colleague(1, "Anna"));
    let opened = ScanState::open(Language::Dutch, Some(&code), None);
    assert_eq!(opened.fragment_code(), FragmentCode::Keep);
    let compared = opened.apply(Action::Compare(vec![
        colleague(2, "Bram"),
        colleague(3, "Chris"),
        colleague(1, "Anna"),
    ]));
    let labels = |state: &ScanState| -> Vec<Option<String>> {
        state
            .shown_results()
            .iter()
            .map(|r| r.label.clone())
            .collect()
    };
    assert_eq!(
        labels(&compared),
        [
            Some("Anna".into()),
            Some("Bram".into()),
            Some("Chris".into())
        ],
        "Anna is there already"
    );
    assert_eq!(compared.flow.focus, Focus::Comparison);
    assert!(
        compared.own.answers.is_empty(),
        "the visitor's own answers stay as they were"
    );
    assert!(compared
        .summary()
        .is_some_and(|s| s.disagreements.is_some()));
    let FragmentCode::Set(value) = compared.fragment_code() else {
        panic!("a changed comparison is written to the address")
    };
    let reopened = ScanState::open(Language::Dutch, Some(&value), None);
    assert_eq!(reopened.shown_results(), compared.shown_results());

    // The first result is the one the link was for: only the others can be removed.
    let removed = compared
        .apply(Action::RemoveCompared(0))
        .apply(Action::RemoveCompared(5));
    assert_eq!(
        labels(&removed),
        [Some("Anna".into()), Some("Chris".into())]
    );
}

#[test]
fn the_reference_is_beside_every_result() {
    let reference = Reference {
        result: colleague(2, "ignored"),
        label: None,
    };
    let state = finished(&[(15, Level(4))]).with_reference(Some(reference.clone()));
    let Some(summary) = state.summary() else {
        panic!("results")
    };
    let Some(line) = summary.reference.as_ref() else {
        panic!("the reference is in the summary")
    };
    assert_eq!(
        (line.label.as_str(), line.scores[0]),
        ("Referentie", Some(50))
    );
    let compared = state.apply(Action::Compare(vec![colleague(1, "Anna")]));
    let kinds: Vec<_> = compared
        .summary()
        .map(|s| s.overlays(Locale::dutch()).iter().map(|o| o.kind).collect())
        .unwrap_or_default();
    assert_eq!(kinds, [crate::model::radar_svg::OverlayKind::Reference]);
    let code = share::encode_result(&colleague(3, "Chris"));
    let shared =
        ScanState::open(Language::Dutch, Some(&code), None).with_reference(Some(reference));
    assert!(shared.summary().is_some_and(|s| s.reference.is_some()));
}

#[test]
fn a_compared_result_with_an_ambition_for_an_unknown_block_comes_out_clean_on_both_screens() {
    let with_unknown = ScanResult {
        ambitions: [(2, 3), (99, 4)].into_iter().collect(),
        ..colleague(2, "Bram")
    };
    let clean = |result: &ScanResult| {
        (
            result.answers.get(200),
            result.ambitions.iter().collect::<Vec<_>>(),
        )
    };
    let own = finished(&[(15, Level(4))]).apply(Action::Compare(vec![with_unknown.clone()]));
    let shared = ScanState::open(
        Language::Dutch,
        Some(&share::encode_result(&colleague(1, "Anna"))),
        None,
    )
    .apply(Action::Compare(vec![with_unknown]));
    for state in [own, shared] {
        let shown = state.shown_results();
        assert_eq!(shown.len(), 2, "{:?}", state.flow.screen);
        assert_eq!(
            clean(&shown[1]),
            (None, vec![(2, 3)]),
            "the unknown statement and block are gone on {:?}",
            state.flow.screen
        );
    }
}

#[test]
fn both_screens_skip_the_same_duplicates_and_stop_at_the_same_maximum() {
    let many: Vec<ScanResult> = (0..20)
        .map(|n| colleague((n % 4) as u8, &format!("P{n}")))
        .collect();
    let own = finished(&[(15, Level(4))]);
    let own_result = own.own_result();
    let own = own.apply(Action::Compare(
        std::iter::once(own_result.clone())
            .chain(many.iter().cloned())
            .chain(many.iter().cloned())
            .collect(),
    ));
    let shared = ScanState::open(
        Language::Dutch,
        Some(&share::encode_result(&own_result)),
        None,
    )
    .apply(Action::Compare(
        std::iter::once(own_result)
            .chain(many.iter().cloned())
            .chain(many.iter().cloned())
            .collect(),
    ));
    assert_eq!(own.shown_results().len(), MAX_RESULTS);
    assert_eq!(own.shown_results(), shared.shown_results());
}

#[test]
fn comparing_says_what_it_left_out() {
    let state = finished(&[(15, Level(4))]);
    let own = state.own_result();
    let anna = colleague(1, "Anna");
    let compared = state.apply(Action::Compare(vec![own, anna.clone(), anna.clone()]));
    assert_eq!(compared.team.compared.len(), 1);
    assert_eq!(
        compared.team.skipped,
        crate::state::Skipped {
            own: true,
            already: 1,
            over: 0
        }
    );
    let many: Vec<ScanResult> = (0..20)
        .map(|n| colleague((n % 4) as u8, &format!("P{n}")))
        .collect();
    let full = compared.apply(Action::Compare(many));
    assert_eq!(full.team.compared.len(), MAX_RESULTS - 1);
    assert_eq!(
        (full.team.skipped.own, full.team.skipped.already),
        (false, 0)
    );
    assert_eq!(full.team.skipped.over, 20 - (MAX_RESULTS - 2));
    // The message belongs to the screen it was given on.
    let moved = full.apply(Action::EditAnswers);
    assert_eq!(moved.team.skipped, crate::state::Skipped::default());
    // On someone else's results, the result the link was for is "already there", not "own".
    let shared = ScanState::open(Language::Dutch, Some(&share::encode_result(&anna)), None)
        .apply(Action::Compare(vec![anna]));
    assert_eq!(
        (shared.team.skipped.own, shared.team.skipped.already),
        (false, 1)
    );
}
