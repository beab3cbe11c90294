//! The share codec: round trips, every format version, and each way a text can be broken.

use super::*;

fn sample() -> Answers {
    [
        (11, Answer::Level(0)),
        (12, Answer::Level(4)),
        (13, Answer::DontKnow),
        (74, Answer::Level(2)),
    ]
    .into_iter()
    .collect()
}

fn raw(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.push(crc8(body));
    base64url::encode(&bytes)
}

#[test]
fn round_trip_keeps_answers_and_content_version() {
    let text = encode(3, &sample());
    assert_eq!(
        decode(&text),
        Ok(ScanResult {
            content_version: 3,
            answers: sample(),
            ..ScanResult::default()
        })
    );
}

#[test]
fn round_trip_of_no_answers_and_all_ids() {
    assert_eq!(
        decode(&encode(1, &Answers::new())).map(|r| r.answers),
        Ok(Answers::new())
    );
    let all: Answers = (1..=255).map(|id| (id, Answer::Level(id % 5))).collect();
    let text = encode(1, &all);
    assert!(
        text.len() <= MAX_TEXT_LEN,
        "{} > {MAX_TEXT_LEN}",
        text.len()
    );
    assert_eq!(decode(&text).map(|r| r.answers), Ok(all));
}

#[test]
fn text_is_fragment_safe_and_short() {
    let text = encode(1, &sample());
    assert!(text
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    assert!(text.len() <= 20, "{text}");
}

#[test]
fn truncated_text_is_rejected() {
    let text = encode(1, &sample());
    for cut in 1..text.len() {
        let result = decode(&text[..cut]);
        assert!(
            matches!(result, Err(ShareError::Truncated | ShareError::NotBase64)),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn any_changed_character_is_rejected() {
    let text = encode(1, &sample());
    for position in 0..text.len() {
        for replacement in ['A', 'z', '0', '_'] {
            let mut tampered: Vec<char> = text.chars().collect();
            if tampered[position] == replacement {
                continue;
            }
            tampered[position] = replacement;
            let tampered: String = tampered.into_iter().collect();
            assert!(decode(&tampered).is_err(), "{tampered} decoded");
        }
    }
}

#[test]
fn foreign_and_future_formats_are_rejected() {
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode("hallo wereld"), Err(ShareError::NotBase64));
    assert_eq!(
        decode(&raw(&[4, 0, 1, 0, 0, 0])),
        Err(ShareError::UnsupportedVersion(4))
    );
    assert_eq!(decode("AAAA"), Err(ShareError::UnsupportedVersion(0)));
}

#[test]
fn oversized_input_is_rejected_before_decoding() {
    let huge = "A".repeat(1_000_000);
    assert_eq!(
        decode(&huge),
        Err(ShareError::TooLong { length: 1_000_000 })
    );
}

#[test]
fn every_error_has_its_own_reason_for_the_console() {
    let errors = [
        ShareError::Empty,
        ShareError::TooLong { length: 9 },
        ShareError::NotBase64,
        ShareError::Truncated,
        ShareError::UnsupportedVersion(7),
        ShareError::ChecksumMismatch,
        ShareError::TrailingBytes,
        ShareError::InvalidStatementId,
        ShareError::InvalidAnswer {
            statement: 1,
            code: 9,
        },
        ShareError::DuplicateStatement(3),
        ShareError::InvalidLabel,
        ShareError::InvalidAmbition,
    ];
    let reasons: std::collections::BTreeSet<&str> =
        errors.iter().map(|error| error.reason()).collect();
    assert_eq!(reasons.len(), errors.len(), "{reasons:?}");
    assert_eq!(
        decode("").map_err(ShareError::reason),
        Err("empty share code")
    );
}

#[test]
fn structural_errors_are_typed() {
    assert_eq!(
        decode(&raw(&[1, 0, 1, 1, 11, 9])),
        Err(ShareError::InvalidAnswer {
            statement: 11,
            code: 9
        })
    );
    assert_eq!(
        decode(&raw(&[1, 0, 1, 1, 0, 2])),
        Err(ShareError::InvalidStatementId)
    );
    assert_eq!(
        decode(&raw(&[1, 0, 1, 2, 11, 2, 11, 3])),
        Err(ShareError::DuplicateStatement(11))
    );
    assert_eq!(
        decode(&raw(&[1, 0, 1, 0, 11, 2])),
        Err(ShareError::TrailingBytes)
    );
    assert_eq!(
        decode(&raw(&[1, 0, 1, 2, 11, 2])),
        Err(ShareError::Truncated)
    );
    let mut bad_sum = vec![1, 0, 1, 0];
    bad_sum.push(crc8(&bad_sum) ^ 1);
    assert_eq!(
        decode(&base64url::encode(&bad_sum)),
        Err(ShareError::ChecksumMismatch)
    );
}

#[test]
fn a_label_travels_with_the_result() {
    let result = ScanResult {
        content_version: 1,
        answers: sample(),
        label: Some("Team Sociaal Domein, nov 2026".into()),
        ..ScanResult::default()
    };
    assert_eq!(decode(&encode_result(&result)), Ok(result));
}

#[test]
fn labels_are_cleaned_and_bounded() {
    assert_eq!(clean_label("  Team\tA \n\u{7}B  "), Some("Team A B".into()));
    assert_eq!(clean_label(" \u{0} "), None);
    let long = "é".repeat(100);
    let cleaned = clean_label(&long).unwrap_or_default();
    assert!(cleaned.len() <= MAX_LABEL_BYTES && cleaned.chars().all(|c| c == 'é'));
    assert_eq!(cleaned.chars().count(), MAX_LABEL_CHARS);
    // 80 characters as the name field counts them, whatever their bytes: a Frisian name of 80
    // is kept whole (it was cut at 76, mid-word, when the limit was 80 bytes).
    let frisian =
        "Gemeente Súdwest-Fryslân — Team Sosjaal Domein en Wurk, evaluaasje novimber 2026";
    assert_eq!(frisian.encode_utf16().count(), 80);
    assert_eq!(clean_label(frisian).as_deref(), Some(frisian));
    let over = format!("{frisian}!");
    assert_eq!(clean_label(&over).as_deref(), Some(frisian));
    // A character beyond the basic plane counts 2, as in the field.
    let emoji = "😀".repeat(41);
    assert_eq!(clean_label(&emoji).map(|l| l.chars().count()), Some(40));
    let markup = "<b>Team</b> & \"co\"";
    assert_eq!(
        clean_label(markup).as_deref(),
        Some(markup),
        "kept as text, escaped when shown"
    );
}

#[test]
fn format_1_links_still_open() {
    // [1][version 1][2 answers] 11=level 3, 12=don't know, CRC: a link from before labels.
    let old = raw(&[1, 0, 1, 2, 11, 3, 12, 5]);
    let result = decode(&old).map(|r| (r.answers, r.label));
    let expected: Answers = [(11, Answer::Level(3)), (12, Answer::DontKnow)]
        .into_iter()
        .collect();
    assert_eq!(result, Ok((expected, None)));
}

#[test]
fn ambitions_travel_with_the_result_and_the_label() {
    let result = ScanResult {
        content_version: 1,
        answers: sample(),
        label: Some("Team".into()),
        ambitions: [(1, 3), (4, 4), (7, 0)].into_iter().collect(),
    };
    let text = encode_result(&result);
    assert_eq!(decode(&text), Ok(result));
    // Without ambitions the code is one byte longer than format 2's, which still opens.
    let plain = encode(1, &sample());
    let format_2 = raw(&[2, 0, 1, 4, 11, 0, 12, 4, 13, 5, 74, 2, 0]);
    assert_eq!(
        decode(&format_2).map(|r| r.answers),
        decode(&plain).map(|r| r.answers)
    );
    assert_eq!(decode(&format_2).map(|r| r.ambitions.is_empty()), Ok(true));
}

#[test]
fn a_full_scan_with_a_name_and_seven_ambitions_stays_short() {
    let result = ScanResult {
        content_version: 1,
        answers: (1..=26).map(|id| (id, Answer::Level(2))).collect(),
        label: Some("Team Sociaal Domein, nov 2026".into()),
        ambitions: (1..=7).map(|block| (block, 3)).collect(),
    };
    assert_eq!(encode_result(&result).len(), 136, "docs/share-format.md");
}

#[test]
fn broken_ambitions_are_refused() {
    // [3][version 1][no answers][no label][ambitions…]
    let with = |ambitions: &[u8]| {
        let mut body = vec![3, 0, 1, 0, 0];
        body.extend_from_slice(ambitions);
        decode(&raw(&body))
    };
    assert_eq!(with(&[1, 2, 4]).map(|r| r.ambitions.get(2)), Ok(Some(4)));
    assert_eq!(
        with(&[1, 2, 5]),
        Err(ShareError::InvalidAmbition),
        "stage 5"
    );
    assert_eq!(
        with(&[1, 0, 1]),
        Err(ShareError::InvalidAmbition),
        "block 0"
    );
    assert_eq!(
        with(&[2, 3, 1, 3, 2]),
        Err(ShareError::InvalidAmbition),
        "a block twice"
    );
    let many: Vec<u8> = std::iter::once(17)
        .chain((1..=17).flat_map(|block| [block, 1]))
        .collect();
    assert_eq!(with(&many), Err(ShareError::InvalidAmbition), "17 of them");
    assert_eq!(with(&[2, 1, 1]), Err(ShareError::Truncated));
    assert_eq!(with(&[]), Err(ShareError::Truncated), "no ambition count");
    assert_eq!(with(&[0, 9]), Err(ShareError::TrailingBytes));
}

#[test]
fn a_name_never_shows_reversed_and_an_older_link_with_such_a_name_still_opens() {
    // "Team" then a right-to-left override: shown as "Team" followed by a reversed text.
    assert_eq!(
        clean_label("Team \u{202E}tfel\u{202C} Noord").as_deref(),
        Some("Team tfel Noord")
    );
    for control in [
        '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202D}', '\u{2066}',
        '\u{2067}', '\u{2068}', '\u{2069}',
    ] {
        assert_eq!(clean_label(&format!("A{control}B")).as_deref(), Some("AB"));
    }
    assert_eq!(clean_label("\u{202E}"), None);
    // A link made before: its label held the override; it opens, with the name cleaned.
    let label = "Team \u{202E}tfel".as_bytes();
    let mut body = vec![3, 0, 1, 0, u8::try_from(label.len()).unwrap_or(0)];
    body.extend_from_slice(label);
    body.push(0);
    assert_eq!(
        decode(&raw(&body)).map(|result| result.label),
        Ok(Some("Team tfel".into()))
    );
}

#[test]
fn unclean_or_broken_labels_are_refused() {
    // label "a\u{1}" (control character) and invalid UTF-8
    assert_eq!(
        decode(&raw(&[2, 0, 1, 0, 2, b'a', 1])),
        Err(ShareError::InvalidLabel)
    );
    assert_eq!(
        decode(&raw(&[2, 0, 1, 0, 2, 0xff, 0xfe])),
        Err(ShareError::InvalidLabel)
    );
    assert_eq!(
        decode(&raw(&[2, 0, 1, 0, 3, b'a'])),
        Err(ShareError::Truncated)
    );
}

#[test]
fn the_longest_code_is_the_bound() {
    let result = ScanResult {
        content_version: 2,
        answers: (1..=255).map(|id| (id, Answer::DontKnow)).collect(),
        // 80 code units of 3 bytes each: the most bytes a label can take.
        label: Some("€".repeat(MAX_LABEL_CHARS)),
        ambitions: (1..=16).map(|block| (block, 4)).collect(),
    };
    let text = encode_result(&result);
    assert_eq!(text.len(), MAX_TEXT_LEN);
    assert_eq!(decode(&text), Ok(result));
}
