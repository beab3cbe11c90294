//! The visitor's progress as saved in local storage: one line of text, parsed here only.
//!
//! Format: `2|<where>|<language>|<share code>`, where `<where>` is `intro`, `step<N>` (0-based
//! block index), `edit<N>` (step N of a correction, from "Antwoorden aanpassen") or `results`, and `<language>` the tag of the language the visitor last used
//! (`nl`, `en`). Format 1, `1|<where>|<share code>`, had no language and still loads. Anything
//! else (garbage, a cut-off value) is refused, and the widget then starts fresh.

use super::i18n::{Language, Locale};
use super::quiz::Content;
use super::share::{self, ScanResult};

const FORMAT: &str = "2";
const FORMAT_WITHOUT_LANGUAGE: &str = "1";

/// Where the visitor was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Intro,
    Step(usize),
    /// A step of a correction: the visitor came from their results to change answers.
    Correcting(usize),
    Results,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedProgress {
    pub place: Place,
    /// `None` in a value saved before the language was kept.
    pub language: Option<Language>,
    pub result: ScanResult,
}

pub fn save(place: Place, language: Language, code: &str) -> String {
    let place = match place {
        Place::Intro => "intro".to_owned(),
        Place::Step(index) => format!("step{index}"),
        Place::Correcting(index) => format!("edit{index}"),
        Place::Results => "results".to_owned(),
    };
    let language = Locale::of(language).texts.lang;
    format!("{FORMAT}|{place}|{language}|{code}")
}

/// Parses a saved value; a step beyond the content's blocks is refused.
pub fn load(content: &Content, saved: &str) -> Option<SavedProgress> {
    let (format, rest) = saved.split_once('|')?;
    let (place, rest) = rest.split_once('|')?;
    let (language, code) = match format {
        FORMAT => {
            let (tag, code) = rest.split_once('|')?;
            (Some(Language::from_tag(tag)?), code)
        }
        FORMAT_WITHOUT_LANGUAGE => (None, rest),
        _ => return None,
    };
    let place = match place {
        "intro" => Place::Intro,
        "results" => Place::Results,
        step => {
            let (index, place): (&str, fn(usize) -> Place) = match step.strip_prefix("step") {
                Some(index) => (index, Place::Step),
                None => (step.strip_prefix("edit")?, Place::Correcting),
            };
            let index: usize = index.parse().ok()?;
            (index < content.blocks.len()).then_some(place(index))?
        }
    };
    let mut result = share::decode(code).ok()?;
    result.retain_known(content);
    Some(SavedProgress {
        place,
        language,
        result,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::{Answer, Answers};
    use crate::CONTENT_NL as CONTENT;

    #[test]
    fn round_trip() {
        let answers: Answers = [(11, Answer::Level(3)), (21, Answer::DontKnow)]
            .into_iter()
            .collect();
        let code = share::encode(CONTENT.version, &answers);
        for place in [Place::Intro, Place::Step(0), Place::Step(6), Place::Results] {
            for language in [Language::Dutch, Language::English] {
                let saved = save(place, language, &code);
                let loaded =
                    load(&CONTENT, &saved).map(|p| (p.place, p.language, p.result.answers));
                assert_eq!(loaded, Some((place, Some(language), answers.clone())));
            }
        }
    }

    #[test]
    fn a_value_saved_before_the_language_was_kept_still_loads() {
        let answers: Answers = [(11, Answer::Level(3))].into_iter().collect();
        let code = share::encode(CONTENT.version, &answers);
        let loaded = load(&CONTENT, &format!("1|step2|{code}"));
        assert_eq!(
            loaded.map(|p| (p.place, p.language, p.result.answers)),
            Some((Place::Step(2), None, answers))
        );
    }

    #[test]
    fn garbage_is_refused() {
        let code = share::encode(CONTENT.version, &Answers::new());
        for bad in [
            "".to_owned(),
            "garbage".to_owned(),
            "{\"json\":true}".to_owned(),
            format!("2|intro|{code}"),
            format!("2|intro|fr|{code}"),
            format!("3|intro|nl|{code}"),
            format!("1|step7|{code}"),
            format!("1|step-1|{code}"),
            format!("1|nowhere|{code}"),
            "1|intro|###".to_owned(),
            "1|intro".to_owned(),
        ] {
            assert_eq!(load(&CONTENT, &bad), None, "{bad:?}");
        }
    }
}
