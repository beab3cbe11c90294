use super::{control_value, ViewContext};
use crate::model::compare::MAX_RESULTS;
use crate::model::i18n::fill;
use crate::state::{Action, Skipped};
use yew::prelude::*;

pub struct CompareBoxProps<'a> {
    pub cx: &'a ViewContext,
    /// Names of the results compared now (not the visitor's own).
    pub compared: &'a [String],
    /// Lines of the last paste without a readable link.
    pub problem_lines: &'a [usize],
    /// The links as typed.
    pub text: String,
    /// What the last "Vergelijk" left out.
    pub skipped: Skipped,
}

/// "Vergelijk met…": paste colleagues' share links, one per line.
pub fn compare_box(props: &CompareBoxProps) -> Html {
    let texts = props.cx.locale.texts;
    let results_texts = texts.results();
    let on_type = props
        .cx
        .on_action
        .reform(|event: InputEvent| Action::TypeCompareLinks(control_value(&event)));
    let on_compare = props.cx.send(Action::ComparePasted);
    let mut status: Vec<String> = Vec::new();
    if !props.problem_lines.is_empty() {
        let lines: Vec<String> = props.problem_lines.iter().map(usize::to_string).collect();
        status.push(fill(
            results_texts.compare_problem,
            &[("lines", &lines.join(", "))],
        ));
    }
    let skipped = props.skipped;
    if skipped.own {
        status.push(results_texts.compare_skipped_own.to_owned());
    }
    if skipped.already > 0 {
        let count = skipped.already.to_string();
        status.push(fill(
            results_texts.compare_skipped_already,
            &[("count", &count)],
        ));
    }
    if skipped.over > 0 {
        let (count, max) = (skipped.over.to_string(), MAX_RESULTS.to_string());
        status.push(fill(
            results_texts.compare_skipped_over,
            &[("count", &count), ("max", &max)],
        ));
    }
    let compared = props.compared.iter().enumerate().map(|(index, name)| {
        let remove = props.cx.send(Action::RemoveCompared(index));
        let label = fill(results_texts.remove_compared, &[("label", name)]);
        html! {
            <li>
                <span>{ name.clone() }</span>
                <button type="button" class="link-button" aria-label={label} onclick={remove}>{ "×" }</button>
            </li>
        }
    });
    html! {
        <div class="compare">
            <h3>{ results_texts.compare_title }</h3>
            if !props.compared.is_empty() {
                <ul class="compared">{ for compared }</ul>
            }
            <label for="compare-links">{ results_texts.compare_field }</label>
            <p class="hint" id="compare-help">{ results_texts.compare_help }</p>
            <textarea id="compare-links" rows="3" aria-describedby="compare-help" value={props.text.clone()}
                oninput={on_type} spellcheck="false" autocomplete="off" />
            <p class="status" role="status">{ status.join(" ") }</p>
            <button type="button" class="button secondary" onclick={on_compare}>{ results_texts.compare_button }</button>
        </div>
    }
}
