//! The widget's own words (everything that is not content), per language, and the locale that
//! joins them with the content.
//!
//! The words live in `content/texts.*.toml`. Templates mark their blanks with `{name}`;
//! [`fill`] puts the values in.

use super::quiz::Block;

// `Texts` and the statics `NL` and `EN`, made by build.rs from `content/texts.*.toml`: a
// translator edits those files, and the build stops when a key or a template's blank is
// missing in one language.
include!(concat!(env!("OUT_DIR"), "/texts.rs"));

impl Texts {
    /// The texts only the results use, in this language. Called only from the results' part,
    /// so Dutch's static goes into that part of the wasm with them; English's comes with
    /// English's part (`english::Statics`).
    pub fn results(&self) -> &'static ResultsTexts {
        english::statics_if_there()
            .filter(|english| std::ptr::eq(self, english.locale.texts))
            .map_or(&RESULTS_NL, |english| english.results)
    }
}

/// The languages the scan is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Dutch,
    English,
}

impl Language {
    /// The language of a tag such as `nl`, `nl-NL`, `en-GB`; `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("nl") {
            Some(Self::Dutch)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Self::English)
        } else {
            None
        }
    }

    pub fn other(self) -> Self {
        match self {
            Self::Dutch => Self::English,
            Self::English => Self::Dutch,
        }
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value is never searched
/// for blanks itself (a result's name may contain braces). Unknown blanks stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let blank = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(known, _)| *known == name)?;
            Some((value, tail))
        });
        match blank {
            Some((value, tail)) => {
                filled.push_str(value);
                rest = tail;
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// English: its texts and content, and what only its results use (their texts and each
/// block's advice). In release builds (`--cfg bouwstenen_split`) they are a part of the wasm of
/// their own, which components/english_part.rs loads when a widget is to speak English, so a
/// Dutch page's first question does not wait for them, and a Dutch visitor's results' part
/// does not carry them; elsewhere they are simply there. Nothing but [`english::statics`] may
/// name `EN`, `CONTENT_EN`, `RESULTS_EN` or `ADVICE_EN`: a static that another part's code
/// points to goes into that part (docs/performance.md, "English's part").
pub mod english {
    use super::{Locale, ResultsTexts, EN, RESULTS_EN};

    /// English's statics, as its part hands them over.
    #[derive(Debug, Clone, Copy)]
    pub struct Statics {
        pub locale: Locale,
        pub results: &'static ResultsTexts,
        /// Each block's advice, one per stage (`Content::advice_of`).
        pub advice: &'static [&'static [&'static str]],
    }

    /// English's statics. Called only from English's split point, so they go into its part.
    pub fn statics() -> Statics {
        Statics {
            locale: Locale {
                texts: &EN,
                content: &super::super::content::CONTENT_EN,
            },
            results: &RESULTS_EN,
            advice: super::super::content::ADVICE_EN,
        }
    }

    /// English, if it is there.
    pub fn locale() -> Option<Locale> {
        statics_if_there().map(|english| english.locale)
    }

    /// English's statics, if they are there.
    #[cfg(not(bouwstenen_split))]
    pub fn statics_if_there() -> Option<Statics> {
        Some(statics())
    }

    #[cfg(bouwstenen_split)]
    thread_local! {
        static ARRIVED: std::cell::Cell<Option<Statics>> = const { std::cell::Cell::new(None) };
    }

    /// English's statics, if its part has arrived.
    #[cfg(bouwstenen_split)]
    pub fn statics_if_there() -> Option<Statics> {
        ARRIVED.with(std::cell::Cell::get)
    }

    /// English's part has arrived with these statics.
    #[cfg(bouwstenen_split)]
    pub fn arrived(statics: Statics) {
        ARRIVED.with(|arrived| arrived.set(Some(statics)));
    }
}

/// One language's UI strings and content, compared by address: they are static, so two
/// locales are the same exactly when they point at the same data.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    pub texts: &'static Texts,
    pub content: &'static super::quiz::Content,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.texts, other.texts) && std::ptr::eq(self.content, other.content)
    }
}

impl Locale {
    pub fn of(language: Language) -> Self {
        match language {
            Language::Dutch => Self::dutch(),
            // Dutch until English is there: the widget waits for English's part before it
            // speaks English (components/english_part.rs), so this is never seen.
            Language::English => english::locale().unwrap_or_else(Self::dutch),
        }
    }

    /// Whether the widget can speak `language` now (English is a part of its own in release
    /// builds, there once loaded).
    pub fn is_there(language: Language) -> bool {
        language == Language::Dutch || english::locale().is_some()
    }

    pub fn dutch() -> Self {
        Self {
            texts: &NL,
            content: &super::content::CONTENT_NL,
        }
    }

    /// How the scan goes, on the start screen: how many statements, how long it takes.
    pub fn intro_how(self) -> String {
        fill(
            self.texts.intro_how,
            &[
                ("count", &self.content.statement_count().to_string()),
                ("minutes", &self.content.minutes_to_answer().to_string()),
            ],
        )
    }

    /// The progress of step `index` (0-based) in words: "Bouwsteen 2 van 7" and "3 van 4
    /// stellingen beantwoord", for the progress bar and the live region alike.
    pub fn step_progress(
        self,
        index: usize,
        answered: usize,
        statements: usize,
    ) -> (String, String) {
        let step = fill(
            self.texts.step_of,
            &[
                ("number", &(index + 1).to_string()),
                ("count", &self.content.blocks.len().to_string()),
            ],
        );
        let answered = fill(
            self.texts.answered_of,
            &[
                ("answered", &answered.to_string()),
                ("count", &statements.to_string()),
            ],
        );
        (step, answered)
    }

    /// What the live region says on step `index` (0-based), with `answered` of its
    /// statements answered: "Bouwsteen 1 van 7: Datacultuur. 2 van 4 stellingen beantwoord."
    pub fn step_announcement(self, index: usize, answered: usize) -> String {
        let Some(block) = self.content.blocks.get(index) else {
            return String::new();
        };
        let (step, progress) = self.step_progress(index, answered, block.statements.len());
        format!("{step}: {}. {progress}.", block.title)
    }

    /// A day in words: "3 maart 2026", "3 March 2026".
    pub fn date(self, day: super::history::Day) -> String {
        let month = self
            .texts
            .months
            .get(usize::from(day.month).saturating_sub(1))
            .copied()
            .unwrap_or_default();
        format!("{} {month} {}", day.day, day.year)
    }

    /// The day of a kept result in words, with its number where one day holds more:
    /// "3 maart 2026", "3 maart 2026 (2)".
    pub fn entry_date(self, day: super::history::Day, number: Option<usize>) -> String {
        match number {
            Some(number) => fill(
                self.texts.same_day,
                &[("date", &self.date(day)), ("n", &number.to_string())],
            ),
            None => self.date(day),
        }
    }

    /// The name of a block's article link, which makes sense out of context: "Lees bouwsteen
    /// 3: Creëer een data-architectuur".
    pub fn read_article(self, block: &Block) -> String {
        fill(
            self.texts.read_article,
            &[
                ("number", &block.number.to_string()),
                ("title", block.title),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_blank() {
        assert_eq!(
            fill(NL.step_of, &[("number", "3"), ("count", "7")]),
            "Bouwsteen 3 van 7"
        );
        assert_eq!(
            fill(NL.read_article, &[("number", "1"), ("title", "X")]),
            "Lees bouwsteen 1: X"
        );
    }

    #[test]
    fn fill_leaves_braces_in_values_and_unknown_blanks_alone() {
        assert_eq!(
            fill("{a} and {b} {c} {", &[("a", "{b}"), ("b", "B")]),
            "{b} and B {c} {"
        );
    }

    #[test]
    fn the_results_texts_are_in_the_language_of_the_texts() {
        assert!(std::ptr::eq(NL.results(), &RESULTS_NL));
        assert!(std::ptr::eq(EN.results(), &RESULTS_EN));
        assert_eq!(NL.results().edit_answers, "Antwoorden aanpassen");
        assert_ne!(NL.results().edit_answers, EN.results().edit_answers);
    }

    #[test]
    fn language_tags() {
        assert_eq!(Language::from_tag("nl-NL"), Some(Language::Dutch));
        assert_eq!(Language::from_tag("EN_gb"), Some(Language::English));
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Locale::of(Language::English).texts.lang, "en");
        assert_eq!(Language::Dutch.other(), Language::English);
    }

    #[test]
    fn the_templates_the_widget_fills_have_their_blanks() {
        // The build checks that both languages have the same blanks; this checks that they are
        // the ones the code fills in.
        for texts in [&NL, &EN] {
            assert!(texts.step_of.contains("{number}") && texts.step_of.contains("{count}"));
            assert!(
                texts.answered_of.contains("{answered}") && texts.answered_of.contains("{count}")
            );
            assert!(texts.radar_name.contains("{scores}"));
            assert!(texts.intro_how.contains("{count}") && texts.intro_how.contains("{minutes}"));
            assert!(
                texts.read_article.contains("{number}") && texts.read_article.contains("{title}")
            );
        }
    }
}
