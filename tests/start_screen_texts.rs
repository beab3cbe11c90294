//! `web/start-screen.json` holds the start screen's texts for embed.js, which shows the start
//! screen as a placeholder before the wasm is loaded (so nothing on the host page moves when
//! the widget appears). The file must say exactly what the widget's start screen says.
//!
//! After changing those texts or the content: `UPDATE_START_SCREEN=1 cargo test --test
//! start_screen_texts` rewrites the file.

use bouwstenen_build::json;
use bouwstenen_scan::model::i18n::{Language, Locale};
use std::{env, fs};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/web/start-screen.json");

#[test]
fn the_placeholder_says_what_the_start_screen_says() {
    let expected = start_screen_json();
    if env::var_os("UPDATE_START_SCREEN").is_some() {
        fs::write(FILE, &expected).unwrap_or_else(|error| panic!("{FILE}: {error}"));
    }
    let actual = fs::read_to_string(FILE).unwrap_or_else(|error| panic!("{FILE}: {error}"));
    assert!(
        actual == expected,
        "web/start-screen.json is out of date; run `UPDATE_START_SCREEN=1 cargo test --test \
         start_screen_texts`.\nExpected:\n{expected}"
    );
}

#[test]
fn the_file_has_both_languages_with_the_filled_in_numbers() {
    let json = start_screen_json();
    for (tag, title) in [
        ("nl", "Hoe datagedreven is uw organisatie?"),
        ("en", "How data-driven is your organisation?"),
    ] {
        assert!(json.contains(&format!("\"{tag}\": {{")), "{tag} is missing");
        assert!(json.contains(title), "{title} is missing");
    }
    assert!(!json.contains("{count}"), "the placeholders are filled in");
    assert!(!json.contains("{minutes}"));
}

/// The texts embed.js needs, per language tag, as pretty-printed JSON.
fn start_screen_json() -> String {
    let languages = [Language::Dutch, Language::English].map(|language| {
        let locale = Locale::of(language);
        let texts = locale.texts;
        let fields = [
            ("title", texts.scan_title.to_owned()),
            ("lead", texts.intro_lead.to_owned()),
            ("how", locale.intro_how()),
            ("privacy", texts.intro_privacy.to_owned()),
            ("otherLanguage", texts.other_language.to_owned()),
            ("otherLanguageTag", texts.other_language_tag.to_owned()),
        ]
        .map(|(name, value)| format!("    \"{name}\": {}", json::string(&value)));
        format!("  \"{}\": {{\n{}\n  }}", texts.lang, fields.join(",\n"))
    });
    format!("{{\n{}\n}}\n", languages.join(",\n"))
}
