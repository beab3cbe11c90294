//! What the page's own scripts (`web/`, the build scripts and the release's tooling) and the
//! widget must agree on, defined here once: the settings with their three spellings and what
//! they take, the storage keys, the line embed.js keeps of its first step and its form, the
//! events, the frame's messages and the files of a release. `tests/contract.rs` writes it out as
//! `web/contract.js` for the scripts, and fails when that file is stale.

/// A setting of a scan: its data attribute, its `mount()` option, its parameter in the scan
/// page's address (`None`: not from the address), the values it takes (empty: text or an
/// address, checked by its parser), its default, and the most characters it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub attribute: &'static str,
    pub option: &'static str,
    pub query: Option<&'static str>,
    pub values: &'static [&'static str],
    pub default: Option<&'static str>,
    pub max_chars: Option<usize>,
}

/// Every data attribute of a setting starts with this.
pub const ATTRIBUTE_PREFIX: &str = "data-";
/// The widget's name: `data-bouwstenen`, option `name`.
const NAME_SETTING: &str = "bouwstenen";
const NAME_OPTION: &str = "name";

const fn setting(attribute: &'static str, option: &'static str) -> Setting {
    Setting {
        attribute,
        option,
        query: None,
        values: &[],
        default: None,
        max_chars: None,
    }
}

impl Setting {
    const fn in_address(self, query: &'static str) -> Self {
        Self {
            query: Some(query),
            ..self
        }
    }
    const fn one_of(self, values: &'static [&'static str], default: &'static str) -> Self {
        Self {
            values,
            default: Some(default),
            ..self
        }
    }
    /// Values without a default of their own: not set, the widget decides.
    const fn any_of(self, values: &'static [&'static str]) -> Self {
        Self { values, ..self }
    }
    const fn at_most(self, max_chars: usize) -> Self {
        Self {
            max_chars: Some(max_chars),
            ..self
        }
    }
}

/// The longest name of a widget (`data-bouwstenen="team"`): a-z, 0-9 and -.
pub const MAX_NAME_CHARS: usize = 32;
/// The longest text of the dialog mode's button and of the call to action's link.
pub const MAX_BUTTON_TEXT_CHARS: usize = 80;
pub const MAX_CTA_TEXT_CHARS: usize = 80;
/// The longest name of a reference profile.
pub const MAX_REFERENCE_LABEL_CHARS: usize = 60;
/// The languages a widget speaks, by tag; the first is the default.
pub const LANGUAGES: &[&str] = &["nl", "en"];
/// Where a widget may store (`data-storage`); the first is the default.
pub const STORAGE_CHOICES: &[&str] = &["local", "session", "none"];
/// The preview's values (`data-preview`): the start screen (empty or `true`), none (`false`, as
/// without the attribute) or the results with example answers.
pub const PREVIEW_CHOICES: &[&str] = &["", "true", "false", "results"];

/// Every setting, in the order of the README's table. The per-block article addresses are
/// `data-article-1` … `data-article-7` (`ARTICLE_*` below).
pub const SETTINGS: &[Setting] = &[
    setting("data-bouwstenen", NAME_OPTION).at_most(MAX_NAME_CHARS),
    setting("data-lang", "lang")
        .in_address("lang")
        .one_of(LANGUAGES, "nl"),
    setting("data-article-base", "articleBase").in_address("article-base"),
    setting("data-share-base", "shareBase").in_address("share-base"),
    setting("data-load", "load").one_of(&["lazy", "eager"], "lazy"),
    setting("data-mode", "mode")
        .in_address("mode")
        .one_of(&["inline", "dialog"], "inline"),
    setting("data-button-text", "buttonText")
        .in_address("button-text")
        .at_most(MAX_BUTTON_TEXT_CHARS),
    setting("data-cta-href", "ctaHref").in_address("cta-href"),
    setting("data-cta-text", "ctaText")
        .in_address("cta-text")
        .at_most(MAX_CTA_TEXT_CHARS),
    setting("data-cta-text-en", "ctaTextEn")
        .in_address("cta-text-en")
        .at_most(MAX_CTA_TEXT_CHARS),
    setting("data-reference", "reference").in_address("reference"),
    setting("data-reference-label", "referenceLabel")
        .in_address("reference-label")
        .at_most(MAX_REFERENCE_LABEL_CHARS),
    setting("data-storage", "storage")
        .in_address("storage")
        .one_of(STORAGE_CHOICES, "local"),
    setting("data-theme", "theme")
        .in_address("theme")
        .one_of(&["auto", "none"], "auto"),
    setting("data-color-scheme", "colorScheme")
        .in_address("color-scheme")
        .any_of(&["light", "dark", "light dark"]),
    setting("data-preview", "preview").any_of(PREVIEW_CHOICES),
];

/// One block's article address: `data-article-<n>`, option `article<n>`, address `article-<n>`.
pub const ARTICLE_ATTRIBUTE_PREFIX: &str = "data-article-";
pub const ARTICLE_OPTION_PREFIX: &str = "article";
pub const ARTICLE_QUERY_PREFIX: &str = "article-";

/// The problems of a setting that the configurator (web/configurator/) words for an editor by
/// what they mean; the others it words by the field.
pub const NEEDS_CTA_TEXT: &str = "needs data-cta-text as well";
pub const NEEDS_CTA_HREF: &str = "needs data-cta-href as well";
pub const NEEDS_REFERENCE: &str = "needs a valid data-reference as well";
pub const EARLIER_VERSION: &str =
    "made with an earlier version of the scan: none of its answers count now";

/// The setting with this data attribute.
pub fn setting_of(attribute: &str) -> Option<&'static Setting> {
    SETTINGS
        .iter()
        .find(|setting| setting.attribute == attribute)
}

/// The `mount()` option that stands for a data attribute, by the rule docs/hosting.md gives:
/// the attribute without `data-`, in camelCase (`data-cta-text-en` → `ctaTextEn`,
/// `data-article-3` → `article3`), and `name` for the widget's name. A rule rather than a look-up
/// in [`SETTINGS`], so the wasm carries no table (the tests hold the two together).
pub fn option_of(attribute: &str) -> Option<String> {
    let name = attribute.strip_prefix(ATTRIBUTE_PREFIX)?;
    if name == NAME_SETTING {
        return Some(NAME_OPTION.to_owned());
    }
    let mut option = String::with_capacity(name.len());
    let mut word_starts = false;
    for c in name.chars() {
        match (c, word_starts) {
            ('-', _) => word_starts = true,
            (c, true) => {
                option.push(c.to_ascii_uppercase());
                word_starts = false;
            }
            (c, false) => option.push(c),
        }
    }
    Some(option)
}

/// A setting's value: its `mount()` option given as text (`option`), which wins, or else its
/// data attribute (`attribute`), as web/settings.js reads it too.
pub fn read_setting(
    name: &str,
    option: &dyn Fn(&str) -> Option<String>,
    attribute: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    option_of(name)
        .and_then(|option_name| option(&option_name))
        .or_else(|| attribute(name))
}

/// A widget's key (its fragment's and storage's): this, or `<this>-<name>` for a named widget.
pub const DEFAULT_KEY: &str = "bouwstenen";
/// Storage keys: `bouwstenen-scan:<widget key>:progress` and `…:history`.
pub const STORAGE_PREFIX: &str = "bouwstenen-scan:";
pub const PROGRESS: &str = "progress";
pub const HISTORY: &str = "history";

/// The line embed.js keeps of its first step: `first|<lang>|<yyyy-mm-dd>|<form>`, the form being
/// `step=0&s15=3&s16=x` (the step; each checked radio by its name, a level or "Weet ik niet").
pub const FIRST_STEP_LINE: &str = "first";
pub const LINE_SEPARATOR: char = '|';
pub const FORM_STEP: &str = "step";
pub const FORM_STATEMENT_PREFIX: &str = "s";
pub const FORM_DONT_KNOW: &str = "x";

/// The page's events: `bouwstenen:<name>` on the host element (docs/hosting.md, "Events").
pub const EVENT_PREFIX: &str = "bouwstenen:";
pub const EVENT_NAMES: &[&str] = &["start", "step", "complete", "share", "cta"];
/// What scan.html in a frame posts to its parent: its height, and each event.
pub const FRAME_HEIGHT: &str = "bouwstenen:height";
pub const FRAME_EVENT: &str = "bouwstenen:event";

/// The files of a release a host page loads, beside each other: `site.js`, the site template's
/// line, all that a page of the site without a scan pays for, which loads `embed.js` where it
/// finds one; `embed.js`, the loader every page with the snippet pays for; once a scan is near,
/// the widget's script (placeholders, the first step, the dialog, the theme) and the first step
/// in the page's language (`first-step.<lang>.json`); then the wasm, the glue that runs it, and
/// its parts.
pub const SITE_FILE: &str = "site.js";
pub const EMBED_FILE: &str = "embed.js";
pub const WIDGET_SCRIPT_FILE: &str = "bouwstenen-scan_widget.js";
pub const FIRST_STEP_FILE_STEM: &str = "first-step";
pub const WASM_FILE: &str = "bouwstenen-scan_bg.wasm";
pub const WASM_GLUE_FILE: &str = "bouwstenen-scan_glue.js";
pub const PART_FILES: &[&str] = &[
    "bouwstenen-scan_results.wasm",
    "bouwstenen-scan_english.wasm",
];
/// The scan on a page of its own, what a link opens and an iframe shows.
pub const SCAN_PAGE: &str = "scan.html";
pub const SCAN_PAGE_FILES: &[&str] = &[SCAN_PAGE, "scan-page.js", "scan-page.css"];

/// The first-step file of a language.
pub fn first_step_file(language: &str) -> String {
    format!("{FIRST_STEP_FILE_STEM}.{language}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_settings_option_follows_the_rule() {
        for setting in SETTINGS {
            assert!(setting.attribute.starts_with(ATTRIBUTE_PREFIX));
            assert_eq!(
                option_of(setting.attribute).as_deref(),
                Some(setting.option),
                "{}",
                setting.attribute
            );
            if let Some(query) = setting.query {
                assert_eq!(
                    Some(query),
                    setting.attribute.strip_prefix(ATTRIBUTE_PREFIX)
                );
            }
        }
        assert_eq!(option_of("data-article-7").as_deref(), Some("article7"));
        assert_eq!(option_of("lang"), None);
    }
}
