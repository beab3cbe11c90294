//! The texts embed.js shows itself before the wasm is loaded, written from the Rust texts and
//! content, so they say exactly what the widget says:
//! - `web/start-screen.json`: the start screen, shown as a placeholder (so nothing on the host
//!   page moves when the widget appears);
//! - `web/first-step.json`: the first step, which a visitor can answer before the wasm is
//!   there (web/first-step.js; scripts/build/bundle.mjs adds the steps' stylesheet).
//!
//! After changing those texts or the content: `UPDATE_EMBED_TEXTS=1 cargo test --test
//! embed_texts` rewrites the files.

use bouwstenen_scan::model::i18n::{Language, Locale};
use serde::Serialize;
use std::{env, fs};

#[test]
fn the_placeholder_says_what_the_start_screen_says() {
    up_to_date("web/start-screen.json", &json_of(start_screen));
}

#[test]
fn the_first_step_says_what_the_widget_s_first_step_says() {
    up_to_date("web/first-step.json", &json_of(first_step));
}

#[test]
fn the_start_screen_has_both_languages_with_the_filled_in_numbers() {
    let json = json_of(start_screen);
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

#[test]
fn the_first_step_has_every_count_of_answers_in_both_languages() {
    for language in [Language::Dutch, Language::English] {
        let step = first_step(language);
        let statements = step.statements.len();
        assert!(statements >= 3, "{statements} statements");
        // Filled in as first-step.js fills them in, the templates say what the widget says.
        let locale = Locale::of(language);
        for answered in 0..=statements {
            let fill = |template: &str| template.replace("{answered}", &answered.to_string());
            assert_eq!(
                fill(&step.answered),
                locale.step_progress(0, answered, statements).1
            );
            assert_eq!(
                fill(&step.announcement),
                locale.step_announcement(0, answered)
            );
        }
        assert!(step.announcement.contains(step.title));
        for statement in &step.statements {
            assert!(statement.levels.iter().all(|level| !level.is_empty()));
        }
    }
    let json = json_of(first_step);
    assert!(!json.contains("{number}") && !json.contains("{count}"));
}

/// Writes `file` with `UPDATE_EMBED_TEXTS`, and checks that it holds `expected`.
fn up_to_date(file: &str, expected: &str) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    if env::var_os("UPDATE_EMBED_TEXTS").is_some() {
        fs::write(&path, expected).unwrap_or_else(|error| panic!("{file}: {error}"));
    }
    let actual = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{file}: {error}"));
    assert!(
        actual == expected,
        "{file} is out of date; run `UPDATE_EMBED_TEXTS=1 cargo test --test embed_texts`.\n\
         Expected:\n{expected}"
    );
}

/// Both languages, by language tag.
#[derive(Serialize)]
struct ByLanguage<T> {
    nl: T,
    en: T,
}

/// What `of` gives in each language, as pretty-printed JSON.
fn json_of<T: Serialize>(of: fn(Language) -> T) -> String {
    let both = ByLanguage {
        nl: of(Language::Dutch),
        en: of(Language::English),
    };
    let json = serde_json::to_string_pretty(&both)
        .unwrap_or_else(|error| panic!("the texts as JSON: {error}"));
    json + "\n"
}

/// The start screen's texts in one language.
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

/// A number of answers no step has, so that it stands for `{answered}` in the templates.
const ANSWERED: usize = 987;
const ANSWERED_TEXT: &str = "987";

/// The first step in one language, with its progress line and announcement as templates.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FirstStep {
    start: &'static str,
    blocks: usize,
    step: String,
    title: &'static str,
    summary: &'static str,
    hint: &'static str,
    /// "{answered} van 5 stellingen beantwoord": web/first-step.js puts the number answered in
    /// (one template, not a line per number: the first question waits for fewer bytes).
    answered: String,
    /// What the live region says, with `{answered}` to fill in as above.
    announcement: String,
    statements: Vec<Statement>,
    dont_know: &'static str,
    evidence_label: &'static str,
    previous: &'static str,
    next: &'static str,
}

#[derive(Serialize)]
struct Statement {
    id: u8,
    text: &'static str,
    levels: [&'static str; 5],
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
}

fn first_step(language: Language) -> FirstStep {
    let locale = Locale::of(language);
    let texts = locale.texts;
    let block = &locale.content.blocks[0];
    let count = block.statements.len();
    FirstStep {
        start: texts.start,
        blocks: locale.content.blocks.len(),
        step: locale.step_progress(0, 0, count).0,
        title: block.title,
        summary: block.summary,
        hint: texts.may_skip,
        answered: locale
            .step_progress(0, ANSWERED, count)
            .1
            .replace(ANSWERED_TEXT, "{answered}"),
        announcement: locale
            .step_announcement(0, ANSWERED)
            .replace(ANSWERED_TEXT, "{answered}"),
        statements: block
            .statements
            .iter()
            .map(|statement| Statement {
                id: statement.id,
                text: statement.text,
                levels: statement.levels,
                evidence: statement.evidence,
            })
            .collect(),
        dont_know: texts.dont_know,
        evidence_label: texts.evidence_label,
        previous: texts.previous,
        next: texts.next,
    }
}
