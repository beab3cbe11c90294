//! The share codec: answers <-> the compact text that travels in a share link.
//!
//! Format 1, before base64url (see `docs/share-format.md`):
//!
//! ```text
//! [format = 1] [content version: u16 big-endian] [answer count n]
//! n × [statement id] [answer code: 0..=4 level, 5 = don't know]
//! [CRC-8 of everything before it]
//! ```
//!
//! Answers are stored by statement id, not by position, so a link keeps its meaning when
//! statements are added or removed. Decoding never panics: any text gives answers or a
//! [`ShareError`].

use super::base64url;
use super::quiz::{Answer, Answers, StatementId, MAX_LEVEL};
use std::fmt;

pub const FORMAT_VERSION: u8 = 1;
const DONT_KNOW_CODE: u8 = MAX_LEVEL + 1;
const HEADER_LEN: usize = 4;
const CHECKSUM_LEN: usize = 1;
/// Longest text format 1 can produce (255 answers), rounded up. Longer input is refused
/// before any work is done on it.
pub const MAX_TEXT_LEN: usize = 700;

/// A decoded share link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    /// The content version the link was made with.
    pub content_version: u16,
    pub answers: Answers,
}

/// Why a text is not a share link this version can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong { length: usize },
    NotBase64,
    Truncated,
    UnsupportedVersion(u8),
    ChecksumMismatch,
    TrailingBytes,
    InvalidStatementId,
    InvalidAnswer { statement: StatementId, code: u8 },
    DuplicateStatement(StatementId),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "empty share code"),
            Self::TooLong { length } => write!(f, "share code too long ({length} characters)"),
            Self::NotBase64 => write!(f, "share code has characters a share link never has"),
            Self::Truncated => write!(f, "share code is incomplete"),
            Self::UnsupportedVersion(version) => write!(f, "unknown share format {version}"),
            Self::ChecksumMismatch => write!(f, "share code was changed or damaged"),
            Self::TrailingBytes => write!(f, "share code has extra data at the end"),
            Self::InvalidStatementId => write!(f, "share code names statement 0"),
            Self::InvalidAnswer { statement, code } => {
                write!(f, "invalid answer {code} for statement {statement}")
            }
            Self::DuplicateStatement(id) => write!(f, "statement {id} answered twice"),
        }
    }
}

pub fn encode(content_version: u16, answers: &Answers) -> String {
    // At most 255 answers fit; ids are u8, so a map keyed by id never holds more.
    let count = u8::try_from(answers.len()).unwrap_or(u8::MAX);
    let mut bytes = Vec::with_capacity(HEADER_LEN + 2 * usize::from(count) + CHECKSUM_LEN);
    bytes.push(FORMAT_VERSION);
    bytes.extend_from_slice(&content_version.to_be_bytes());
    bytes.push(count);
    for (id, answer) in answers.iter().take(usize::from(count)) {
        bytes.push(id);
        bytes.push(match answer {
            Answer::Level(level) => level,
            Answer::DontKnow => DONT_KNOW_CODE,
        });
    }
    bytes.push(crc8(&bytes));
    base64url::encode(&bytes)
}

pub fn decode(text: &str) -> Result<SharedResult, ShareError> {
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    if text.len() > MAX_TEXT_LEN {
        return Err(ShareError::TooLong { length: text.len() });
    }
    let bytes = base64url::decode(text).map_err(|_| ShareError::NotBase64)?;
    let (&version, _) = bytes.split_first().ok_or(ShareError::Truncated)?;
    if version != FORMAT_VERSION {
        return Err(ShareError::UnsupportedVersion(version));
    }
    if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
        return Err(ShareError::Truncated);
    }
    let count = usize::from(bytes[3]);
    let expected_len = HEADER_LEN + 2 * count + CHECKSUM_LEN;
    if bytes.len() < expected_len {
        return Err(ShareError::Truncated);
    }
    if bytes.len() > expected_len {
        return Err(ShareError::TrailingBytes);
    }
    let (body, checksum) = bytes.split_at(expected_len - CHECKSUM_LEN);
    if crc8(body) != checksum[0] {
        return Err(ShareError::ChecksumMismatch);
    }

    let content_version = u16::from_be_bytes([body[1], body[2]]);
    let mut answers = Answers::new();
    for pair in body[HEADER_LEN..].chunks_exact(2) {
        let (statement, code) = (pair[0], pair[1]);
        if statement == 0 {
            return Err(ShareError::InvalidStatementId);
        }
        let answer = match code {
            level @ 0..=MAX_LEVEL => Answer::Level(level),
            DONT_KNOW_CODE => Answer::DontKnow,
            _ => return Err(ShareError::InvalidAnswer { statement, code }),
        };
        if answers.get(statement).is_some() {
            return Err(ShareError::DuplicateStatement(statement));
        }
        answers.set(statement, answer);
    }
    Ok(SharedResult {
        content_version,
        answers,
    })
}

/// CRC-8 (polynomial 0x07): catches any single changed character, which a plain sum misses
/// for swapped bytes.
fn crc8(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0u8, |crc, byte| {
        (0..8).fold(crc ^ byte, |crc, _| {
            if crc & 0x80 != 0 {
                (crc << 1) ^ 0x07
            } else {
                crc << 1
            }
        })
    })
}

#[cfg(test)]
mod tests {
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
            Ok(SharedResult {
                content_version: 3,
                answers: sample()
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
        assert!(text.len() < 20, "{text}");
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
            decode(&raw(&[2, 0, 1, 0])),
            Err(ShareError::UnsupportedVersion(2))
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
}
