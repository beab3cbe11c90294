//! The kept history: parsing line by line, adding, the cap, removing, then and now, and the
//! merge of two tabs' changes.

use super::*;
use crate::model::quiz::Answer;
use crate::CONTENT_NL as CONTENT;

fn result(level: u8) -> ScanResult {
    let mut answers = Answers::new();
    for block in CONTENT.blocks {
        for statement in block.statements {
            answers.set(statement.id, Answer::Level(level));
        }
    }
    ScanResult {
        content_version: CONTENT.version,
        answers,
        ..ScanResult::default()
    }
}

fn day(day: u8) -> Day {
    let Some(day) = Day::new(2026, 3, day) else {
        panic!("a valid day");
    };
    day
}

#[test]
fn adding_keeps_the_newest_twelve_and_saving_round_trips() {
    let history = (1..=14).fold(History::default(), |history, n| {
        history.add(day(n), result(n % 5))
    });
    assert_eq!(history.entries.len(), MAX_ENTRIES);
    assert_eq!(history.entries[0].day, day(3), "the two oldest went");
    assert_eq!(history.entries[11].day, day(14));
    assert_eq!(History::load(&history.save(), None), history);
    let newest = &history.entries[11].result.answers;
    assert_eq!(history.current(newest), Some(11));
    assert_eq!(
        history.previous(newest).map(|entry| entry.day),
        Some(day(13))
    );
    let other = &history.entries[10].result.answers;
    assert_eq!(
        history.current(other),
        None,
        "only the newest is the current one"
    );
    assert_eq!(
        history.previous(other).map(|entry| entry.day),
        Some(day(14))
    );
}

#[test]
fn the_same_result_on_the_same_day_is_one_entry() {
    let history = History::default()
        .add(day(1), result(2))
        .add(day(1), result(2))
        .add(day(2), result(2));
    assert_eq!(history.entries.len(), 2);
}

#[test]
fn the_newest_entry_follows_its_name_and_ambitions_only() {
    let history = History::default()
        .add(day(1), result(1))
        .add(day(2), result(2));
    let named = ScanResult {
        label: Some("Team".into()),
        ambitions: [(1, 4)].into_iter().collect(),
        ..result(2)
    };
    let updated = history.clone().update_newest(&named);
    assert_eq!(updated.entries[1].result, named);
    assert_eq!(updated.entries[1].day, day(2));
    assert_eq!(updated.entries[0], history.entries[0]);
    // Other answers are another scan: nothing changes.
    assert_eq!(history.clone().update_newest(&result(3)), history);
}

#[test]
fn remove_and_clear() {
    let history = History::default()
        .add(day(1), result(1))
        .add(day(2), result(2))
        .add(day(3), result(3));
    let removed = history.clone().remove(1);
    assert_eq!(
        removed
            .entries
            .iter()
            .map(|entry| entry.day)
            .collect::<Vec<_>>(),
        vec![day(1), day(3)]
    );
    assert_eq!(history.clone().remove(7), history);
    assert_eq!(history.clear(), History::default());
}

#[test]
fn garbage_in_storage_drops_only_the_bad_lines() {
    let good = History::default().add(day(5), result(3)).save();
    let stored = [
        "kapot",
        "1|2026-13-01|AAAA",
        "2|2026-03-01|whatever",
        &good,
        "1|2026-03-06|niet-een-code",
        "1|26-3-6|AAAA",
        "",
    ]
    .join("\n");
    let history = History::load(&stored, None);
    assert_eq!(history.entries.len(), 1);
    assert_eq!(history.entries[0].day, day(5));
    assert_eq!(History::load("", None), History::default());
}

#[test]
fn the_change_per_block_is_blank_where_a_score_is_unknown() {
    let then = [Some(40), None, Some(75), Some(10)];
    let now = [Some(52), Some(30), Some(70), Some(10)];
    assert_eq!(change(&then, &now), vec![Some(12), None, Some(-5), Some(0)]);
    assert_eq!(
        change(&[], &[Some(1)]),
        vec![None],
        "a block without a then"
    );
}

fn entry(n: u8, level: u8) -> Entry {
    Entry {
        day: day(n),
        result: result(level),
    }
}

fn of(entries: Vec<Entry>) -> History {
    History {
        entries,
        keeping: true,
    }
}

#[test]
fn two_tabs_that_each_complete_a_scan_keep_both_results() {
    let (old, a, b) = (entry(1, 0), entry(2, 1), entry(2, 2));
    // Both tabs opened with the old result; A stored its new one, then B completes.
    let stored = of(vec![old.clone(), a.clone()]);
    let merged = History::merged(
        &of(vec![old.clone()]),
        &of(vec![old.clone(), b.clone()]),
        &stored,
    );
    assert_eq!(merged, of(vec![old, a, b]));
}

#[test]
fn a_removal_removes_that_entry_only_also_from_a_tab_that_missed_the_newest() {
    let (old, a) = (entry(1, 0), entry(2, 1));
    let merged = History::merged(
        &of(vec![old.clone()]),
        &of(vec![]),
        &of(vec![old, a.clone()]),
    );
    assert_eq!(
        merged,
        of(vec![a.clone()]),
        "the other tab's new result stays"
    );
    // Another tab removed one: this tab, which still shows it, does not bring it back.
    let kept = History::merged(
        &of(vec![entry(1, 0), a.clone()]),
        &of(vec![entry(1, 0), a.clone()]),
        &of(vec![a.clone()]),
    );
    assert_eq!(kept, of(vec![a]));
}

#[test]
fn a_changed_entry_replaces_itself_and_nothing_changed_gives_what_is_stored() {
    let plain = entry(3, 2);
    let named = Entry {
        result: ScanResult {
            label: Some("Team".into()),
            ..plain.result.clone()
        },
        ..plain.clone()
    };
    let base = of(vec![entry(1, 0), plain.clone()]);
    let ours = of(vec![entry(1, 0), named.clone()]);
    assert_eq!(History::merged(&base, &ours, &base), ours);
    let stored = of(vec![entry(1, 0), plain, entry(4, 4)]);
    assert_eq!(
        History::merged(&base, &base, &stored),
        stored,
        "no change here: storage's as it is"
    );
    assert_eq!(
        History::merged(&base, &ours, &stored),
        of(vec![entry(1, 0), entry(4, 4), named])
    );
}

#[test]
fn a_merge_keeps_the_newest_twelve_and_entries_survive_storage_unchanged() {
    let stored = of((1..=12).map(|n| entry(n, n % 5)).collect());
    let ours = of(vec![entry(20, 3)]);
    let merged = History::merged(&of(vec![]), &ours, &stored);
    assert_eq!(merged.entries.len(), MAX_ENTRIES);
    assert_eq!(merged.entries[0].day, day(2), "the oldest went");
    assert_eq!(merged.entries[11], entry(20, 3));
    // What a tab made in memory is the same entry once stored and read back, so a merge
    // recognises its own entries.
    assert_eq!(History::load(&merged.save(), None), merged);
}

#[test]
fn results_of_one_day_get_a_number_and_a_day_of_its_own_gets_none() {
    let history = of(vec![
        entry(1, 0),
        entry(2, 1),
        entry(2, 2),
        entry(2, 3),
        entry(3, 4),
    ]);
    let numbers: Vec<Option<usize>> = (0..6).map(|index| history.same_day_number(index)).collect();
    assert_eq!(numbers, [None, Some(1), Some(2), Some(3), None, None]);
}

fn date(year: u16, month: u8, day: u8) -> Day {
    let Some(day) = Day::new(year, month, day) else {
        panic!("a valid day");
    };
    day
}

#[test]
fn an_entry_kept_over_twelve_months_is_not_read_and_storage_is_to_be_written_again() {
    let stored = History::default()
        .keep(true)
        .add(date(2025, 3, 2), result(1))
        .add(date(2025, 9, 1), result(2))
        .save();
    // On 2 March 2026 the first is 365 days old: still kept, and nothing to write.
    let (history, expired) = History::load_expiring(&stored, Some(date(2026, 3, 2)));
    assert_eq!((history.entries.len(), expired), (2, false));
    // A day later it has expired: not read, and storage must be written without it.
    let (history, expired) = History::load_expiring(&stored, Some(date(2026, 3, 3)));
    assert_eq!(history.entries.len(), 1);
    assert_eq!(history.entries[0].day, date(2025, 9, 1));
    assert!(expired);
    assert!(history.keeping, "the choice to keep stays");
    assert_eq!(History::load(&stored, Some(date(2026, 3, 3))), history);
    // With a clock years ahead, nothing is left but the choice.
    let far = History::load(&stored, Some(date(2030, 1, 1)));
    assert!(far.entries.is_empty());
    assert_eq!(far.save(), "keep");
    // Without a date from the browser nothing can expire; a day in the future has not.
    assert_eq!(History::load(&stored, None).entries.len(), 2);
    assert_eq!(
        History::load(&stored, Some(date(2024, 1, 1))).entries.len(),
        2
    );
}

#[test]
fn results_kept_before_the_visitor_was_asked_expire_too_and_the_choice_lapses_with_them() {
    let with_first_line = History::default()
        .keep(true)
        .add(date(2025, 1, 10), result(1))
        .save();
    // Stored before the first line existed: entries only.
    let old: String = with_first_line.lines().skip(1).collect();
    assert!(History::load(&old, Some(date(2025, 6, 1))).keeping);
    let (history, expired) = History::load_expiring(&old, Some(date(2026, 2, 1)));
    assert!(expired);
    assert_eq!(history, History::default(), "nothing kept, nothing to keep");
    assert_eq!(history.save(), "", "the key goes");
}

#[test]
fn an_expired_entry_is_never_merged_back() {
    let old = Entry {
        day: date(2025, 1, 10),
        result: result(1),
    };
    let stored = of(vec![old.clone(), entry(5, 2)]).save();
    let today = Some(date(2026, 3, 20));
    // This tab read storage today (without the old one) and completed another scan.
    let base = History::load(&stored, today);
    let ours = base.clone().add(day(20), result(3));
    let merged = History::merged(&base, &ours, &History::load(&stored, today));
    assert!(!merged.entries.contains(&old), "{merged:?}");
    assert_eq!(merged.entries.len(), 2);
}
