//! Several results side by side: more than one share code in one fragment value (links pasted
//! by a visitor are read in `pasted.rs`).

use super::share::{self, ScanResult, ShareError, MAX_TEXT_LEN};

/// At most this many results in one comparison (and so in one link).
pub const MAX_RESULTS: usize = 12;
/// Separates share codes in one fragment value; never part of a code (base64url).
pub const SEPARATOR: char = '~';

/// The codes in a fragment value: `CODE` or `CODE~CODE~…`.
pub fn split_codes(value: &str) -> impl Iterator<Item = &str> {
    value.split(SEPARATOR)
}

pub fn join_codes<S: AsRef<str>>(codes: &[S]) -> String {
    let codes: Vec<&str> = codes.iter().map(AsRef::as_ref).collect();
    codes.join(&SEPARATOR.to_string())
}

/// Decodes a fragment value with one or more codes; any bad code makes the whole value bad.
pub fn decode_all(value: &str) -> Result<Vec<ScanResult>, ShareError> {
    if value.len() > MAX_RESULTS * (MAX_TEXT_LEN + 1) {
        return Err(ShareError::TooLong {
            length: value.len(),
        });
    }
    let results = split_codes(value)
        .map(share::decode)
        .collect::<Result<Vec<_>, _>>()?;
    if results.len() > MAX_RESULTS {
        return Err(ShareError::TooLong {
            length: value.len(),
        });
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::{Answer, Answers};

    fn result(level: u8, label: &str) -> ScanResult {
        ScanResult {
            content_version: 1,
            answers: [(11, Answer::Level(level))]
                .into_iter()
                .collect::<Answers>(),
            label: Some(label.into()),
            ..ScanResult::default()
        }
    }

    #[test]
    fn several_codes_travel_in_one_value() {
        let results = [result(1, "A"), result(2, "B"), result(3, "C")];
        let codes: Vec<String> = results.iter().map(share::encode_result).collect();
        let value = join_codes(&codes);
        assert_eq!(decode_all(&value), Ok(results.to_vec()));
        assert!(decode_all(&format!("{value}~kapot")).is_err());
        let too_many = join_codes(&vec![codes[0].clone(); MAX_RESULTS + 1]);
        assert!(matches!(
            decode_all(&too_many),
            Err(ShareError::TooLong { .. })
        ));
    }
}
