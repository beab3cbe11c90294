//! Share links pasted by a visitor, as a chat or mail program gives them: names and times on
//! lines of their own, links in `<…>` or `‹…›`, a link the mail program broke over two lines,
//! Outlook's Safe Links around a link. Every result found is taken; only the lines that look
//! like a link and do not work are named, so the one real problem can be found.

use super::compare::{decode_all, MAX_RESULTS, SEPARATOR};
use super::fragment;
use super::share::{ScanResult, ShareError};

/// A pasted line that looks like a share link and is not one that works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasteProblem {
    /// 1-based line number (of the first line, for a link over several).
    pub line: usize,
    pub error: ShareError,
}

/// How many lines are read: a comparison holds [`MAX_RESULTS`], and a chat adds a name and a
/// time line to each link, and some more.
const MAX_LINES: usize = 8 * MAX_RESULTS;
/// A link broken over lines is joined with at most this many lines after it.
const MAX_CONTINUATION_LINES: usize = 3;
/// A word this long, of a share code's characters, may be a bare code (a code of a completed
/// scan is over 60 characters; shorter words are names and times).
const MIN_BARE_CODE_LEN: usize = 20;

/// Reads pasted text: the results of every share link or bare code in it, and the lines that
/// look like one and do not work.
pub fn parse(text: &str) -> (Vec<ScanResult>, Vec<PasteProblem>) {
    let lines: Vec<&str> = text.lines().take(MAX_LINES).collect();
    let mut results = Vec::new();
    let mut problems = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].trim();
        let Some(Some(error)) = read_line(line, &mut results) else {
            index += 1;
            continue;
        };
        // A link the mail program broke over lines goes on at the start of the next ones.
        let mut joined = line.to_owned();
        let mut mended = None;
        for (next, piece) in lines
            .iter()
            .enumerate()
            .skip(index + 1)
            .take(MAX_CONTINUATION_LINES)
        {
            let Some(piece) = continuation(piece) else {
                break;
            };
            joined.push_str(piece);
            if read_line(&joined, &mut results) == Some(None) {
                mended = Some(next);
                break;
            }
        }
        match mended {
            Some(last) => index = last + 1,
            None => {
                problems.push(PasteProblem {
                    line: index + 1,
                    error,
                });
                index += 1;
            }
        }
    }
    (results, problems)
}

/// Reads one line into `results`: `None` when it does not look like a link (a name, a time,
/// a greeting), `Some(None)` when it gave results, `Some(Some(error))` when it looks like a
/// link and does not work.
fn read_line(line: &str, results: &mut Vec<ScanResult>) -> Option<Option<ShareError>> {
    let line = without_safe_links(line);
    let (code, looks_like_a_link) = code_in_line(&line)?;
    match decode_all(code) {
        Ok(found) => {
            results.extend(found);
            Some(None)
        }
        Err(error) => looks_like_a_link.then_some(Some(error)),
    }
}

/// The code in a line, and whether the line looks like a link whatever the code does: the value
/// of the first `bouwstenen…=` part of a link's fragment; a link without one (it looks like a
/// link: named as not working); or a bare code, a long word of a code's characters (it looks
/// like one if it has a digit; a long word without one is a code only if it decodes). A link or
/// code inside a sentence ("Hier mijn uitslag: https://… groet", or in `<…>`) is taken out of
/// it: the code ends where its characters do.
fn code_in_line(line: &str) -> Option<(&str, bool)> {
    let link = is_link(line);
    let (code, looks_like_a_link) = match line.split_once('#') {
        Some((_, fragment)) if link || fragment.contains('=') => {
            (fragment::any_share_code(fragment).unwrap_or(fragment), true)
        }
        _ if link => ("", true),
        _ => {
            let word = line
                .split(|c: char| !is_code_char(c))
                .find(|word| word.len() >= MIN_BARE_CODE_LEN)?;
            (word, word.contains(|c: char| c.is_ascii_digit()))
        }
    };
    let end = code.find(|c: char| !is_code_char(c)).unwrap_or(code.len());
    Some((&code[..end], looks_like_a_link))
}

/// Whether the text holds a web address (`…://`). A loop over the bytes, not a substring
/// search: that would add its searcher's code to the first part of the wasm
/// (docs/architecture.md, "Size").
fn is_link(text: &str) -> bool {
    text.as_bytes().windows(3).any(|three| three == b"://")
}

/// The start of a line that carries on a code broken at the end of the line before: the line
/// is nothing but a code's characters, maybe with the closing `>` or `›` of the link.
fn continuation(line: &str) -> Option<&str> {
    let line = line.trim();
    let piece = line.trim_end_matches(['>', '›', '.', ',']);
    (!piece.is_empty() && piece.chars().all(is_code_char)).then_some(line)
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | SEPARATOR)
}

/// Outlook's Safe Links (`https://<region>.safelinks.protection.outlook.com/?url=<the link,
/// percent-encoded>&data=…`) replaced by the link they wrap; any other line as it is.
fn without_safe_links(line: &str) -> std::borrow::Cow<'_, str> {
    let wrapped = line
        .split_whitespace()
        .find(|word| {
            let host = word
                .trim_start_matches(['<', '‹'])
                .strip_prefix("https://")
                .and_then(|rest| rest.split('/').next());
            host.is_some_and(|host| host.ends_with(".safelinks.protection.outlook.com"))
        })
        .and_then(|word| {
            let value = word
                .split(['?', '&'])
                .find_map(|part| part.strip_prefix("url="))?;
            let end = value.find(['>', '›']).unwrap_or(value.len());
            percent_decoded(&value[..end])
        });
    match wrapped {
        Some(link) => std::borrow::Cow::Owned(link),
        None => std::borrow::Cow::Borrowed(line),
    }
}

/// `%xx` escapes decoded; `None` when one is malformed or the result is not UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        if byte == b'%' {
            let high = char::from(rest.next()?).to_digit(16)?;
            let low = char::from(rest.next()?).to_digit(16)?;
            bytes.push(u8::try_from(high * 16 + low).ok()?);
        } else {
            bytes.push(byte);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests;
