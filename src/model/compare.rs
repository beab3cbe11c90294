//! Several results side by side: more than one share code in one fragment value, and share
//! links pasted by a visitor, one per line.

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

/// A pasted line that is not a share link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasteProblem {
    /// 1-based line number.
    pub line: usize,
    pub error: ShareError,
}

/// Reads pasted text: per line a share link (any page address with a `bouwstenen…=` part in
/// its fragment) or a bare code. Empty lines are skipped.
pub fn parse_pasted(text: &str) -> (Vec<ScanResult>, Vec<PasteProblem>) {
    let mut results = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate().take(4 * MAX_RESULTS) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match decode_all(code_in_line(line)) {
            Ok(found) => results.extend(found),
            Err(error) => problems.push(PasteProblem {
                line: index + 1,
                error,
            }),
        }
    }
    (results, problems)
}

/// The code in a pasted line: the value of the first `bouwstenen…=` part of a link's fragment,
/// or a bare code. A link or code pasted inside a sentence ("Hier mijn uitslag: https://…
/// groet", as from mail or chat) is taken out of it: the code ends where its characters do.
fn code_in_line(line: &str) -> &str {
    let code = match line.split_once('#') {
        Some((_, fragment)) => super::fragment::any_share_code(fragment).unwrap_or(fragment),
        // A bare code among words: the longest word.
        None => line.split_whitespace().fold("", |longest, word| {
            if word.len() > longest.len() {
                word
            } else {
                longest
            }
        }),
    };
    let end = code
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | SEPARATOR)))
        .unwrap_or(code.len());
    &code[..end]
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

    #[test]
    fn pasted_links_codes_and_junk_are_told_apart() {
        let a = share::encode_result(&result(1, "A"));
        let b = share::encode_result(&result(2, "B"));
        let c = share::encode_result(&result(3, "C"));
        let text = format!(
            "https://www.example.nl/scan#bouwstenen={a}\n\n  {b}  \nhttps://x.nl/#/route?tab=1&bouwstenen-team={c}\nhallo\nhttps://x.nl/#bouwstenen=kapot\n"
        );
        let (results, problems) = parse_pasted(&text);
        let labels: Vec<_> = results
            .iter()
            .map(|r| r.label.clone().unwrap_or_default())
            .collect();
        assert_eq!(labels, ["A", "B", "C"]);
        assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), [5, 6]);
    }

    #[test]
    fn a_link_or_code_pasted_inside_a_sentence_is_taken_out_of_it() {
        let a = share::encode_result(&result(1, "A"));
        let b = share::encode_result(&result(2, "B"));
        let text = format!(
            "Hier mijn uitslag: https://www.example.nl/scan#bouwstenen={a} groet, Anna\n\
             Code: {b}.\n\
             <https://www.example.nl/scan#bouwstenen={a}>"
        );
        let (results, problems) = parse_pasted(&text);
        let labels: Vec<_> = results.iter().filter_map(|r| r.label.clone()).collect();
        assert_eq!(labels, ["A", "B", "A"]);
        assert!(problems.is_empty(), "{problems:?}");
        let (_, problems) = parse_pasted("Ik stuur hem morgen, groet Bram");
        assert_eq!(
            problems.len(),
            1,
            "a sentence without a link stays a problem"
        );
    }

    #[test]
    fn a_pasted_comparison_link_brings_all_its_results() {
        let codes = [
            share::encode_result(&result(1, "A")),
            share::encode_result(&result(2, "B")),
        ];
        let (results, problems) =
            parse_pasted(&format!("https://x.nl/#bouwstenen={}", join_codes(&codes)));
        assert_eq!(results.len(), 2);
        assert!(problems.is_empty());
    }
}
