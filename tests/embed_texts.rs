//! `web/start-screen.json` holds the start screen's texts for embed.js, which shows the start
//! screen as a placeholder before the wasm is loaded (so nothing on the host page moves when
//! the widget appears). The file must say exactly what the widget's start screen says.
//!
//! After changing those texts or the content: `UPDATE_START_SCREEN=1 cargo test --test
//! start_screen_texts` rewrites the file.

use bouwstenen_scan::model::i18n::{Language, Locale};
use serde::Serialize;
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

/// The texts embed.js needs for one language.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StartScreen {
    title: &'static str,
    lead: &'static str,
    how: String,
    privacy: &'static str,
    other_language: &'static str,
    other_language_tag: &'static str,
}

/// Both languages, by language tag.
#[derive(Serialize)]
struct StartScreens {
    nl: StartScreen,
    en: StartScreen,
}

fn start_screen(language: Language) -> StartScreen {
    let locale = Locale::of(language);
    let texts = locale.texts;
    StartScreen {
        title: texts.scan_title,
        lead: texts.intro_lead,
        how: locale.intro_how(),
        privacy: texts.intro_privacy,
        other_language: texts.other_language,
        other_language_tag: texts.other_language_tag,
    }
}

/// The texts embed.js needs, per language tag, as pretty-printed JSON.
fn start_screen_json() -> String {
    let screens = StartScreens {
        nl: start_screen(Language::Dutch),
        en: start_screen(Language::English),
    };
    let json = serde_json::to_string_pretty(&screens)
        .unwrap_or_else(|error| panic!("the start screen as JSON: {error}"));
    json + "\n"
}
