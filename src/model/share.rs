//! The share codec: answers <-> the compact text that travels in a share link.
//!
//! Before base64url (see `docs/share-format.md`):
//!
//! ```text
//! format 3: [3] [content version: u16 BE] [answer count n] n × [statement id] [answer code]
//!           [label length L: 0..=240] [L bytes of UTF-8 label]
//!           [ambition count m: 0..=16] m × [block number] [stage 0..=4]
//!           [CRC-8 of everything before]
//! format 2: the same without the ambitions (links made before ambitions; still opened)
//! format 1: the same without label and ambitions (links made before labels; still opened)
//! answer code: 0..=4 level, 5 = don't know
//! ```
//!
//! Answers are stored by statement id, not by position, so a link keeps its meaning when
//! statements are added or removed. Decoding never panics: any text gives a result or a
//! [`ShareError`].

use super::ambition::{Ambitions, MAX_STAGE};
use super::base64url;
use super::quiz::{Answer, Answers, Content, StatementId, MAX_LEVEL};

/// The format `encode` writes.
pub const FORMAT_VERSION: u8 = 3;
const FORMAT_WITHOUT_AMBITIONS: u8 = 2;
const FORMAT_WITHOUT_LABEL: u8 = 1;
/// At most this many ambitions travel (the content has seven blocks).
pub const MAX_AMBITIONS: usize = 16;
const DONT_KNOW_CODE: u8 = MAX_LEVEL + 1;
const HEADER_LEN: usize = 4;
const CHECKSUM_LEN: usize = 1;
/// A label holds at most this many characters ("Team Sociaal Domein, nov 2026" is 29),
/// counted as a browser counts a text field's `maxlength` (UTF-16 code units), so that the name
/// field and the link agree on where a name ends.
pub const MAX_LABEL_CHARS: usize = 80;
/// The most bytes of UTF-8 such a label takes: a code unit is at most 3 bytes (a character
/// beyond the basic plane is 2 units and 4 bytes). It fits the format's length byte.
pub const MAX_LABEL_BYTES: usize = 3 * MAX_LABEL_CHARS;
/// Longest text the formats can produce (255 answers, the longest label and
/// [`MAX_AMBITIONS`] ambitions: 789 bytes, 1 052 characters). Longer input is refused before
/// any work is done on it.
pub const MAX_TEXT_LEN: usize = 1_052;

/// A decoded share link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanResult {
    /// The content version the link was made with.
    pub content_version: u16,
    pub answers: Answers,
    /// A name for the result ("Team Sociaal Domein, nov 2026"); plain text, never markup.
    pub label: Option<String>,
    /// Where the visitor wants each block to be in a year.
    pub ambitions: Ambitions,
}

impl ScanResult {
    /// Keeps only what this content still has: answers to its statements and ambitions for
    /// its blocks (a link or a saved line may be older than the content).
    pub fn retain_known(&mut self, content: &Content) {
        self.answers.retain_known(content);
        self.ambitions.retain_known(content);
    }
}

/// Why a text is not a share link this version can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong {
        length: usize,
    },
    NotBase64,
    Truncated,
    UnsupportedVersion(u8),
    ChecksumMismatch,
    TrailingBytes,
    InvalidStatementId,
    InvalidAnswer {
        statement: StatementId,
        code: u8,
    },
    DuplicateStatement(StatementId),
    InvalidLabel,
    /// Block 0, a stage above the highest, a block named twice, or too many ambitions.
    InvalidAmbition,
}

impl ShareError {
    /// Why a share code was refused, for the console (`share link ignored: …`). Plain text
    /// without the numbers, so no formatting code goes into the wasm for it.
    pub fn reason(self) -> &'static str {
        match self {
            Self::Empty => "empty share code",
            Self::TooLong { .. } => "share code too long",
            Self::NotBase64 => "share code has characters a share link never has",
            Self::Truncated => "share code is incomplete",
            Self::UnsupportedVersion(_) => "unknown share format",
            Self::ChecksumMismatch => "share code was changed or damaged",
            Self::TrailingBytes => "share code has extra data at the end",
            Self::InvalidStatementId => "share code names statement 0",
            Self::InvalidAnswer { .. } => "share code holds an invalid answer",
            Self::DuplicateStatement(_) => "share code answers a statement twice",
            Self::InvalidLabel => "share code has an invalid label",
            Self::InvalidAmbition => "share code holds an invalid ambition",
        }
    }
}

/// A label as it may travel: control characters and the controls of text direction dropped
/// (which would show a name reversed: a spoofed name), white space folded, at most
/// [`MAX_LABEL_CHARS`] (cut at a character boundary); `None` when nothing is left. The one
/// place a name is cleaned: the name field, share links, kept results and the reference's name.
pub fn clean_label(raw: &str) -> Option<String> {
    let folded = raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .map(|word| {
            word.chars()
                .filter(|&c| !is_direction_control(c))
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut units = 0;
    let end = folded
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > MAX_LABEL_CHARS
        })
        .map_or(folded.len(), |(at, _)| at);
    let label = folded[..end].trim_end();
    (!label.is_empty()).then(|| label.to_owned())
}

/// The invisible characters that change the direction of the text after them (Unicode's
/// embeddings, overrides and isolates, and the direction marks).
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Encodes answers without a label.
pub fn encode(content_version: u16, answers: &Answers) -> String {
    encode_result(&ScanResult {
        content_version,
        answers: answers.clone(),
        ..ScanResult::default()
    })
}

pub fn encode_result(result: &ScanResult) -> String {
    // At most 255 answers fit; ids are u8, so a map keyed by id never holds more.
    let count = u8::try_from(result.answers.len()).unwrap_or(u8::MAX);
    let label = result
        .label
        .as_deref()
        .and_then(clean_label)
        .unwrap_or_default();
    let mut bytes = Vec::with_capacity(HEADER_LEN + 2 * usize::from(count) + 2 + label.len());
    bytes.push(FORMAT_VERSION);
    bytes.extend_from_slice(&result.content_version.to_be_bytes());
    bytes.push(count);
    for (id, answer) in result.answers.iter().take(usize::from(count)) {
        bytes.push(id);
        bytes.push(match answer {
            Answer::Level(level) => level,
            Answer::DontKnow => DONT_KNOW_CODE,
        });
    }
    // clean_label keeps it within MAX_LABEL_BYTES, which fits a byte.
    bytes.push(u8::try_from(label.len()).unwrap_or(0));
    bytes.extend_from_slice(label.as_bytes());
    let count = result.ambitions.len().min(MAX_AMBITIONS);
    bytes.push(u8::try_from(count).unwrap_or(0));
    for (block_number, stage) in result.ambitions.iter().take(count) {
        bytes.extend_from_slice(&[block_number, stage]);
    }
    bytes.push(crc8(&bytes));
    base64url::encode(&bytes)
}

pub fn decode(text: &str) -> Result<ScanResult, ShareError> {
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    if text.len() > MAX_TEXT_LEN {
        return Err(ShareError::TooLong { length: text.len() });
    }
    let bytes = base64url::decode(text).map_err(|_| ShareError::NotBase64)?;
    let (&version, _) = bytes.split_first().ok_or(ShareError::Truncated)?;
    let (has_label, has_ambitions) = match version {
        FORMAT_WITHOUT_LABEL => (false, false),
        FORMAT_WITHOUT_AMBITIONS => (true, false),
        FORMAT_VERSION => (true, true),
        other => return Err(ShareError::UnsupportedVersion(other)),
    };
    if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
        return Err(ShareError::Truncated);
    }
    let answers_end = HEADER_LEN + 2 * usize::from(bytes[3]);
    let label_len = if has_label {
        usize::from(*bytes.get(answers_end).ok_or(ShareError::Truncated)?)
    } else {
        0
    };
    let label_start = answers_end + usize::from(has_label);
    let ambitions_at = label_start + label_len;
    let ambition_count = if has_ambitions {
        usize::from(*bytes.get(ambitions_at).ok_or(ShareError::Truncated)?)
    } else {
        0
    };
    let ambitions_start = ambitions_at + usize::from(has_ambitions);
    let expected_len = ambitions_start + 2 * ambition_count + CHECKSUM_LEN;
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
    for pair in body[HEADER_LEN..answers_end].chunks_exact(2) {
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
    let label = decode_label(&body[label_start..ambitions_at])?;
    if ambition_count > MAX_AMBITIONS {
        return Err(ShareError::InvalidAmbition);
    }
    let mut ambitions = Ambitions::default();
    for pair in body[ambitions_start..].chunks_exact(2) {
        let (block_number, stage) = (pair[0], pair[1]);
        if block_number == 0 || stage > MAX_STAGE || ambitions.get(block_number).is_some() {
            return Err(ShareError::InvalidAmbition);
        }
        ambitions.set(block_number, Some(stage));
    }
    Ok(ScanResult {
        content_version,
        answers,
        label,
        ambitions,
    })
}

/// Seals raw format bytes into a code (adds the CRC, then base64url), valid or not: for tools
/// and tests that build codes by hand, such as the fuzz target.
pub fn seal(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.push(crc8(body));
    base64url::encode(&bytes)
}

/// A label must be what `clean_label` writes: valid UTF-8, already clean, within the limit.
/// Links made before the controls of text direction were cleaned out may hold them: they
/// still open, with the name cleaned.
fn decode_label(bytes: &[u8]) -> Result<Option<String>, ShareError> {
    if bytes.is_empty() {
        return Ok(None);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ShareError::InvalidLabel)?;
    let from_before = text.chars().any(is_direction_control);
    match clean_label(text) {
        Some(clean) if clean == text || from_before => Ok(Some(clean)),
        _ => Err(ShareError::InvalidLabel),
    }
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
mod tests;
