//! Property tests of the share codec: every result survives a round trip, and any text at all
//! gives a result or a typed error, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use bouwstenen_scan::model::ambition::{Ambitions, MAX_STAGE};
use bouwstenen_scan::model::fragment;
use bouwstenen_scan::model::quiz::{Answer, Answers};
use bouwstenen_scan::model::share::{self, clean_label, ScanResult, MAX_AMBITIONS, MAX_TEXT_LEN};
use proptest::prelude::*;

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![(0u8..=4).prop_map(Answer::Level), Just(Answer::DontKnow)]
}

fn result() -> impl Strategy<Value = ScanResult> {
    (
        any::<u16>(),
        proptest::collection::btree_map(1u8..=255, answer(), 0..=255),
        proptest::option::of(any::<String>()),
        proptest::collection::btree_map(1u8..=255, 0..=MAX_STAGE, 0..=MAX_AMBITIONS),
    )
        .prop_map(|(content_version, answers, label, ambitions)| ScanResult {
            content_version,
            answers: answers.into_iter().collect::<Answers>(),
            label: label.as_deref().and_then(clean_label),
            ambitions: ambitions.into_iter().collect::<Ambitions>(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_result_round_trips_within_the_length_bound(result in result()) {
        let text = share::encode_result(&result);
        prop_assert!(text.len() <= MAX_TEXT_LEN);
        prop_assert_eq!(share::decode(&text), Ok(result));
    }

    #[test]
    fn any_string_gives_a_result_or_a_typed_error(text in any::<String>()) {
        // Decoding must return, whatever the input; a successful decode re-encodes to itself.
        if let Ok(result) = share::decode(&text) {
            prop_assert_eq!(share::decode(&share::encode_result(&result)), Ok(result));
        }
    }

    #[test]
    fn any_fragment_safe_text_gives_a_result_or_a_typed_error(text in "[A-Za-z0-9_-]{0,900}") {
        if let Ok(result) = share::decode(&text) {
            prop_assert_eq!(share::decode(&share::encode_result(&result)), Ok(result));
        }
    }

    #[test]
    fn labels_are_always_clean_and_bounded(raw in any::<String>()) {
        if let Some(label) = clean_label(&raw) {
            prop_assert!(label.len() <= share::MAX_LABEL_BYTES);
            prop_assert!(label.encode_utf16().count() <= share::MAX_LABEL_CHARS);
            prop_assert!(!label.chars().any(|c| c.is_control()));
            prop_assert_eq!(clean_label(&label), Some(label.clone()));
        }
    }

    #[test]
    fn any_fragment_keeps_its_other_parts(host in "[#]?[A-Za-z0-9/?&=._-]{0,40}", code in "[A-Za-z0-9_-]{1,20}") {
        let written = fragment::with_share_code(&host, fragment::DEFAULT_KEY, Some(&code));
        prop_assert_eq!(fragment::share_code(&written, fragment::DEFAULT_KEY), Some(code.as_str()));
    }
}
