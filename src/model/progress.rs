//! The visitor's progress as saved in local storage: one line of text, parsed here only.
//!
//! Format: `1|<where>|<share code>`, where `<where>` is `intro`, `step<N>` (0-based block
//! index) or `results`. Anything else (an older format, garbage, a cut-off value) is refused,
//! and the widget then starts fresh.

use super::quiz::Content;
use super::share::{self, SharedResult};

const FORMAT: &str = "1";

/// Where the visitor was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Intro,
    Step(usize),
    Results,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedProgress {
    pub place: Place,
    pub shared: SharedResult,
}

pub fn save(place: Place, code: &str) -> String {
    let place = match place {
        Place::Intro => "intro".to_owned(),
        Place::Step(index) => format!("step{index}"),
        Place::Results => "results".to_owned(),
    };
    format!("{FORMAT}|{place}|{code}")
}

/// Parses a saved value; a step beyond the content's blocks is refused.
pub fn load(content: &Content, saved: &str) -> Option<SavedProgress> {
    let mut fields = saved.splitn(3, '|');
    if fields.next()? != FORMAT {
        return None;
    }
    let place = match fields.next()? {
        "intro" => Place::Intro,
        "results" => Place::Results,
        step => {
            let index: usize = step.strip_prefix("step")?.parse().ok()?;
            (index < content.blocks.len()).then_some(Place::Step(index))?
        }
    };
    let mut shared = share::decode(fields.next()?).ok()?;
    shared.answers.retain_known(content);
    Some(SavedProgress { place, shared })
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
            let saved = save(place, &code);
            let loaded = load(&CONTENT, &saved).map(|p| (p.place, p.shared.answers));
            assert_eq!(loaded, Some((place, answers.clone())));
        }
    }

    #[test]
    fn garbage_is_refused() {
        let code = share::encode(CONTENT.version, &Answers::new());
        for bad in [
            "".to_owned(),
            "garbage".to_owned(),
            "{\"json\":true}".to_owned(),
            format!("2|intro|{code}"),
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
