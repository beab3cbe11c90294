use super::flag;
use crate::model::contract::{FORM_DONT_KNOW, FORM_STATEMENT_PREFIX};
use crate::model::quiz::{Answer, Statement, StatementId, MAX_LEVEL};
use yew::prelude::*;

pub struct StatementProps {
    pub statement: &'static Statement,
    pub answer: Option<Answer>,
    pub dont_know: &'static str,
    /// "Waaraan ziet u dat:", before the statement's evidence.
    pub evidence_label: &'static str,
    pub on_answer: Callback<(StatementId, Answer)>,
}

/// One statement as a fieldset of native radios: five levels, lowest first, then "Weet ik niet";
/// under the statement what could show the level, which describes the group.
pub fn statement_field(props: &StatementProps) -> Html {
    let statement = props.statement;
    // The form the first step hands over (head_start.rs) has the same names and values.
    let name = format!("{FORM_STATEMENT_PREFIX}{}", statement.id);
    let choices = statement
        .levels
        .iter()
        .zip(0..=MAX_LEVEL)
        .map(|(label, level)| (Answer::Level(level), *label, level.to_string()))
        .chain(std::iter::once((
            Answer::DontKnow,
            props.dont_know,
            FORM_DONT_KNOW.to_owned(),
        )));
    let radios = choices.map(|(answer, label, value)| {
        let id = format!("{name}-{value}");
        let onchange = {
            let on_answer = props.on_answer.clone();
            let statement_id = statement.id;
            Callback::from(move |_: Event| on_answer.emit((statement_id, answer)))
        };
        html! {
            <div class="choice" data-dont-know={flag(answer == Answer::DontKnow)}>
                <input type="radio" id={id.clone()} name={name.clone()} {value}
                    checked={props.answer == Some(answer)} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    let evidence_id = statement.evidence.map(|_| format!("{name}-evidence"));
    html! {
        <fieldset class="statement" key={statement.id} aria-describedby={evidence_id.clone()}>
            <legend>{ statement.text }</legend>
            if let Some(evidence) = statement.evidence {
                <p class="evidence" id={evidence_id}><span class="evidence-label">{ props.evidence_label }</span>{ " " }{ evidence }</p>
            }
            <div class="choices">{ for radios }</div>
        </fieldset>
    }
}
