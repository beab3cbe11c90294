//! The widget's own words, `content/texts.<language>.toml`: one text (or one list of texts)
//! per key, and the checks a translation must pass before `build.rs` makes `Texts` of them.

use crate::content_schema::ContentError;
use std::collections::{BTreeMap, BTreeSet};

/// One key's value: a text, or a list of texts (the month names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextValue {
    One(String),
    List(Vec<String>),
}

/// The texts of one language, by key (in key order, so the generated code is stable). The
/// keys of the `[results]` table, the texts only the results screen uses, start with
/// `results.`: `build.rs` makes them a struct of their own, so that they can go into the
/// results' part of the wasm.
pub type RawTexts = BTreeMap<String, TextValue>;

/// The table of the texts only the results use.
pub const RESULTS_TABLE: &str = "results";
/// How their keys start in [`RawTexts`].
pub const RESULTS_PREFIX: &str = "results.";
/// The table of the texts embed.js shows itself, before (or instead of) the widget: never in
/// the wasm; written out for the scripts (web/contract.js, tests/contract.rs).
pub const EMBED_TABLE: &str = "embed";
pub const EMBED_PREFIX: &str = "embed.";

/// Parses one texts file; a value that is neither a text nor a list of texts is an error.
pub fn parse_texts(file: &str, text: &str) -> Result<RawTexts, ContentError> {
    let fail = |entry: &str, problem: String| ContentError {
        file: file.to_owned(),
        entry: entry.to_owned(),
        problem,
    };
    let table: toml::Table = toml::from_str(text)
        .map_err(|err| fail("(parse)", err.to_string().trim().replace('\n', " | ")))?;
    let mut texts = RawTexts::new();
    let mut entries: Vec<(String, toml::Value)> = Vec::new();
    for (key, value) in table {
        match value {
            toml::Value::Table(inner) if key == RESULTS_TABLE || key == EMBED_TABLE => entries
                .extend(
                    inner
                        .into_iter()
                        .map(|(inner_key, value)| (format!("{key}.{inner_key}"), value)),
                ),
            value => entries.push((key, value)),
        }
    }
    for (key, value) in entries {
        let name = key
            .strip_prefix(RESULTS_PREFIX)
            .or_else(|| key.strip_prefix(EMBED_PREFIX))
            .unwrap_or(&key);
        if !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(fail(&key, "a key is lower case letters and _ only".into()));
        }
        let value = match value {
            toml::Value::String(text) => TextValue::One(text),
            toml::Value::Array(items) => TextValue::List(
                items
                    .into_iter()
                    .map(|item| match item {
                        toml::Value::String(text) => Ok(text),
                        _ => Err(fail(&key, "a list holds texts only".into())),
                    })
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(fail(&key, "a value is a text or a list of texts".into())),
        };
        texts.insert(key, value);
    }
    Ok(texts)
}

/// The `{blanks}` of a template: the names between braces.
pub fn blanks(template: &str) -> BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(name, _)| name)
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

/// A translation has every key of the original and no other, each of the same kind (a list
/// as long), and each template with the same blanks.
pub fn check_texts_translation(
    original_file: &str,
    original: &RawTexts,
    file: &str,
    translation: &RawTexts,
) -> Result<(), ContentError> {
    let fail = |entry: &str, problem: String| ContentError {
        file: file.to_owned(),
        entry: entry.to_owned(),
        problem: format!("{problem} (must match {original_file})"),
    };
    if let Some(key) = original.keys().find(|key| !translation.contains_key(*key)) {
        return Err(fail(key, "missing".into()));
    }
    if let Some(key) = translation.keys().find(|key| !original.contains_key(*key)) {
        return Err(fail(key, "not a key of the original".into()));
    }
    for (key, theirs) in original {
        match (theirs, &translation[key]) {
            (TextValue::One(theirs), TextValue::One(ours)) => {
                if blanks(ours) != blanks(theirs) {
                    return Err(fail(
                        key,
                        format!("blanks {:?} differ from {:?}", blanks(ours), blanks(theirs)),
                    ));
                }
            }
            (TextValue::List(theirs), TextValue::List(ours)) if ours.len() == theirs.len() => {}
            _ => return Err(fail(key, "not of the same kind or length".into())),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> RawTexts {
        match parse_texts("t.toml", text) {
            Ok(texts) => texts,
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn blanks_are_the_names_in_braces() {
        let found: Vec<&str> = blanks("{count} van {answered}, {count} {Niet} {} {")
            .into_iter()
            .collect();
        assert_eq!(found, ["answered", "count"]);
    }

    #[test]
    fn a_translation_needs_every_key_and_the_same_blanks() {
        let original = texts("a = \"{n} van {count}\"\nmonths = [\"jan\", \"feb\"]\n");
        let good = texts("a = \"{count}: {n}\"\nmonths = [\"Jan\", \"Feb\"]\n");
        assert_eq!(
            check_texts_translation("nl", &original, "en", &good),
            Ok(())
        );
        let cases = [
            ("months = [\"Jan\", \"Feb\"]\n", "a", "missing"),
            (
                "a = \"{n} of {total}\"\nmonths = [\"Jan\", \"Feb\"]\n",
                "a",
                "blanks",
            ),
            (
                "a = \"{n} {count}\"\nmonths = [\"Jan\"]\n",
                "months",
                "same kind or length",
            ),
            (
                "a = \"{n} {count}\"\nmonths = [\"J\", \"F\"]\nb = \"x\"\n",
                "b",
                "not a key",
            ),
        ];
        for (text, entry, problem) in cases {
            let Err(error) = check_texts_translation("nl", &original, "en", &texts(text)) else {
                panic!("{text} passed")
            };
            assert_eq!(error.entry, entry, "{text}");
            assert!(error.problem.contains(problem), "{text}: {error}");
        }
    }

    #[test]
    fn the_results_table_keeps_its_texts_apart() {
        let parsed = texts("a = \"x\"\n[results]\nb = \"y\"\n");
        let keys: Vec<&str> = parsed.keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "results.b"]);
        // A key moved into the table in one language only is a missing key in the other.
        let moved = texts("[results]\na = \"x\"\nb = \"y\"\n");
        assert!(check_texts_translation("nl", &parsed, "en", &moved).is_err());
    }

    #[test]
    fn values_other_than_texts_are_refused() {
        for text in [
            "a = 3\n",
            "a = [1]\n",
            "Aa = \"x\"\n",
            "[other]\na = \"x\"\n",
            "[results]\nB = \"x\"\n",
        ] {
            assert!(parse_texts("t.toml", text).is_err(), "{text}");
        }
    }
}
