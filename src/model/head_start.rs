//! The head start: what a visitor did on embed.js's first step (web/first-step.js), which
//! they can answer before the wasm is there. embed.js hands it over as the placeholder's form,
//! `step=0&s1=3&s2=x`: the step they are on (`0` the first, `1` when they asked for the next
//! one; none: back on the start screen) and the radios they checked, named and valued as the
//! widget's own (`s<id>`, a level or `x` for "Weet ik niet"). Parsed here, once, into a
//! typed value; whatever does not fit is left out, so a widget never fails on it.

use super::contract::{FORM_DONT_KNOW, FORM_STATEMENT_PREFIX, FORM_STEP};
use super::quiz::{Answer, StatementId, MAX_LEVEL};

/// The steps embed.js draws or asks for: its first, and the next one it waits on the wasm for.
const STEPS_BEFORE_THE_WASM: usize = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeadStart {
    /// The step (0-based) the visitor is on; `None`: the start screen.
    pub step: Option<usize>,
    pub answers: Vec<(StatementId, Answer)>,
}

impl HeadStart {
    /// Whether the visitor did anything at all before the wasm came.
    pub fn is_empty(&self) -> bool {
        self.step.is_none() && self.answers.is_empty()
    }
}

/// Reads embed.js's form; see the module's comment.
pub fn parse(form: &str) -> HeadStart {
    let mut head_start = HeadStart::default();
    for (name, value) in form.split('&').filter_map(|pair| pair.split_once('=')) {
        if name == FORM_STEP {
            head_start.step = value
                .parse()
                .ok()
                .filter(|step| *step < STEPS_BEFORE_THE_WASM);
        } else if let Some(answer) = parse_answer(name, value) {
            head_start.answers.retain(|(id, _)| *id != answer.0);
            head_start.answers.push(answer);
        }
    }
    head_start
}

fn parse_answer(name: &str, value: &str) -> Option<(StatementId, Answer)> {
    let id = name.strip_prefix(FORM_STATEMENT_PREFIX)?.parse().ok()?;
    let answer = match value {
        FORM_DONT_KNOW => Answer::DontKnow,
        level => Answer::Level(level.parse().ok().filter(|level| *level <= MAX_LEVEL)?),
    };
    Some((id, answer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_step_and_the_checked_radios() {
        assert_eq!(
            parse("step=0&s1=3&s2=x&s4=0"),
            HeadStart {
                step: Some(0),
                answers: vec![
                    (1, Answer::Level(3)),
                    (2, Answer::DontKnow),
                    (4, Answer::Level(0))
                ],
            }
        );
        assert_eq!(parse("step=1").step, Some(1));
    }

    #[test]
    fn without_a_step_the_visitor_is_back_on_the_start_screen() {
        let head_start = parse("s3=2");
        assert_eq!(head_start.step, None);
        assert!(!head_start.is_empty());
        assert!(parse("").is_empty());
    }

    #[test]
    fn leaves_out_what_does_not_fit() {
        for form in [
            "step=2",
            "step=-1",
            "step=zero",
            "s1=5",
            "s1=-1",
            "s1=",
            "s=3",
            "sx=3",
            "t1=3",
            "s300=1",
            "step",
            "&&=&",
            "s1=3=4",
        ] {
            assert!(parse(form).is_empty(), "{form}");
        }
    }

    #[test]
    fn the_last_value_of_a_statement_wins() {
        assert_eq!(parse("s1=3&s1=1").answers, vec![(1, Answer::Level(1))]);
    }
}
