//! The visitor's progress as saved in storage: one line of text, parsed here only.
//!
//! Format: `3|<where>|<language>|<yyyy-mm-dd>|<share code>`, where `<where>` is `intro`,
//! `step<N>` (0-based block index), `edit<N>` (step N of a correction, from "Antwoorden
//! aanpassen") or `results`, `<language>` the tag of the language the visitor last used (`nl`,
//! `en`) and the date the day it was saved: progress older than [`PROGRESS_DAYS`] has expired.
//! Format 2 had no date, format 1 (`1|<where>|<share code>`) no language; both still load.
//! embed.js writes one more, while the visitor answers its first step before the wasm is there
//! (web/first-step.js): `first|<language>|<yyyy-mm-dd>|<head start>`, the head start being
//! the form [`head_start`](super::head_start) reads. The widget replaces it with its own as
//! soon as it saves.
//! Anything else (garbage, a cut-off value) is refused, and the widget then starts fresh.

use super::ambition::Ambitions;
use super::contract::{FIRST_STEP_LINE, LINE_SEPARATOR};
use super::head_start;
use super::history::Day;
use super::i18n::{Language, Locale};
use super::quiz::Content;
use super::share::{self, ScanResult};

const FORMAT: &str = "3";
const FORMAT_WITHOUT_DATE: &str = "2";
const FORMAT_WITHOUT_LANGUAGE: &str = "1";
/// How long answers left unfinished are kept: 30 days (docs/privacy.md).
pub const PROGRESS_DAYS: i64 = 30;

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
    /// `None` in a value saved before the date was kept.
    pub saved_on: Option<Day>,
    pub result: ScanResult,
    /// Saved by embed.js from its first step, not by the widget.
    pub by_first_step: bool,
}

impl SavedProgress {
    /// Saved more than [`PROGRESS_DAYS`] before `today`.
    pub fn expired(&self, today: Option<Day>) -> bool {
        match (self.saved_on, today) {
            (Some(saved_on), Some(today)) => today.days_since(saved_on) > PROGRESS_DAYS,
            _ => false,
        }
    }
}

pub fn save(place: Place, language: Language, today: Option<Day>, code: &str) -> String {
    let place = match place {
        Place::Intro => "intro".to_owned(),
        Place::Step(index) => format!("step{index}"),
        Place::Correcting(index) => format!("edit{index}"),
        Place::Results => "results".to_owned(),
    };
    let language = Locale::of(language).texts.lang;
    let s = LINE_SEPARATOR;
    match today {
        Some(day) => format!("{FORMAT}{s}{place}{s}{language}{s}{}{s}{code}", day.write()),
        None => format!("{FORMAT_WITHOUT_DATE}{s}{place}{s}{language}{s}{code}"),
    }
}

/// Parses a saved value; a step beyond the content's blocks is refused.
pub fn load(content: &Content, saved: &str) -> Option<SavedProgress> {
    if let Some(rest) = saved
        .strip_prefix(FIRST_STEP_LINE)
        .and_then(|rest| rest.strip_prefix(LINE_SEPARATOR))
    {
        return load_first_step(content, rest);
    }
    let (format, rest) = saved.split_once(LINE_SEPARATOR)?;
    let (place, rest) = rest.split_once(LINE_SEPARATOR)?;
    let (language, saved_on, code) = match format {
        FORMAT => {
            let (tag, rest) = rest.split_once(LINE_SEPARATOR)?;
            let (day, code) = rest.split_once(LINE_SEPARATOR)?;
            (Some(Language::from_tag(tag)?), Some(Day::parse(day)?), code)
        }
        FORMAT_WITHOUT_DATE => {
            let (tag, code) = rest.split_once(LINE_SEPARATOR)?;
            (Some(Language::from_tag(tag)?), None, code)
        }
        FORMAT_WITHOUT_LANGUAGE => (None, None, rest),
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
        saved_on,
        result,
        by_first_step: false,
    })
}

/// embed.js's value: `<language>|<yyyy-mm-dd>|<head start>`, with at least one answer
/// (embed.js saves nothing before the first).
fn load_first_step(content: &Content, saved: &str) -> Option<SavedProgress> {
    let (tag, rest) = saved.split_once(LINE_SEPARATOR)?;
    let (day, form) = rest.split_once(LINE_SEPARATOR)?;
    let head_start = head_start::parse(form);
    let place = match head_start.step {
        None => Place::Intro,
        Some(index) => (index < content.blocks.len()).then_some(Place::Step(index))?,
    };
    let mut result = ScanResult {
        content_version: content.version,
        answers: head_start.answers.into_iter().collect(),
        label: None,
        ambitions: Ambitions::default(),
    };
    result.retain_known(content);
    if result.answers.is_empty() {
        return None;
    }
    Some(SavedProgress {
        place,
        language: Some(Language::from_tag(tag)?),
        saved_on: Some(Day::parse(day)?),
        result,
        by_first_step: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quiz::{Answer, Answers};
    use crate::CONTENT_NL as CONTENT;

    #[test]
    fn round_trip() {
        let answers: Answers = [(15, Answer::Level(3)), (25, Answer::DontKnow)]
            .into_iter()
            .collect();
        let code = share::encode(CONTENT.version, &answers);
        for place in [Place::Intro, Place::Step(0), Place::Step(6), Place::Results] {
            for language in [Language::Dutch, Language::English] {
                let saved = save(place, language, Day::new(2026, 3, 2), &code);
                let loaded =
                    load(&CONTENT, &saved).map(|p| (p.place, p.language, p.result.answers));
                assert_eq!(loaded, Some((place, Some(language), answers.clone())));
            }
        }
    }

    #[test]
    fn a_value_saved_before_the_language_was_kept_still_loads() {
        let answers: Answers = [(15, Answer::Level(3))].into_iter().collect();
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
            format!("3|intro|nl|2026-13-01|{code}"),
            format!("4|intro|nl|2026-03-01|{code}"),
            format!("1|step7|{code}"),
            format!("1|step-1|{code}"),
            format!("1|nowhere|{code}"),
            "1|intro|###".to_owned(),
            "1|intro".to_owned(),
        ] {
            assert_eq!(load(&CONTENT, &bad), None, "{bad:?}");
        }
    }

    #[test]
    fn what_embed_js_saved_of_its_first_step_loads() {
        let loaded = load(&CONTENT, "first|nl|2026-03-02|step=0&s15=2&s17=x");
        let expected: Answers = [(15, Answer::Level(2)), (17, Answer::DontKnow)]
            .into_iter()
            .collect();
        let Some(loaded) = loaded else {
            panic!("loads")
        };
        assert_eq!(loaded.place, Place::Step(0));
        assert_eq!(loaded.language, Some(Language::Dutch));
        assert_eq!(loaded.saved_on, Day::new(2026, 3, 2));
        assert_eq!(loaded.result.answers, expected);
        assert!(loaded.by_first_step);
        // "Volgende" asked for, and back on the start screen.
        let place = |form: &str| {
            load(&CONTENT, &format!("first|en|2026-03-02|{form}")).map(|p| (p.place, p.language))
        };
        assert_eq!(
            place("step=1&s15=0"),
            Some((Place::Step(1), Some(Language::English)))
        );
        assert_eq!(
            place("s15=0"),
            Some((Place::Intro, Some(Language::English)))
        );
        // The widget's own values are not embed.js's.
        let code = share::encode(CONTENT.version, &expected);
        let own = load(
            &CONTENT,
            &save(Place::Step(0), Language::Dutch, None, &code),
        );
        assert_eq!(own.map(|p| p.by_first_step), Some(false));
    }

    #[test]
    fn a_first_step_value_that_does_not_fit_is_refused() {
        for bad in [
            "first|",
            "first|nl",
            "first|nl|2026-03-02",
            "first|fr|2026-03-02|step=0&s15=2",
            "first|nl|2026-13-02|step=0&s15=2",
            "first|nl|2026-03-02|step=0",
            "first|nl|2026-03-02|step=0&s250=2",
            "first|nl|2026-03-02|",
            "firstnl|2026-03-02|step=0&s15=2",
        ] {
            assert_eq!(load(&CONTENT, bad), None, "{bad:?}");
        }
        // A step it does not know is left out, as in the head start: the start screen then.
        assert_eq!(
            load(&CONTENT, "first|nl|2026-03-02|step=5&s15=2").map(|p| p.place),
            Some(Place::Intro)
        );
    }

    #[test]
    fn progress_expires_after_thirty_days() {
        let code = share::encode(CONTENT.version, &Answers::new());
        let day = |d| Day::new(2026, 3, d);
        let saved = save(Place::Step(2), Language::Dutch, day(1), &code);
        let Some(loaded) = load(&CONTENT, &saved) else {
            panic!("loads")
        };
        assert_eq!(loaded.saved_on, day(1));
        assert!(!loaded.expired(day(31)), "30 days later it is still there");
        assert!(
            loaded.expired(day(1).and_then(|_| Day::new(2026, 4, 1))),
            "31 days later it has expired"
        );
        // Without a date (saved before it was kept) it does not expire on load.
        let undated = save(Place::Step(2), Language::Dutch, None, &code);
        assert_eq!(
            load(&CONTENT, &undated).map(|p| p.expired(day(31))),
            Some(false)
        );
    }
}
