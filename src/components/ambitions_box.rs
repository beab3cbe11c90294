use super::{control_value, ViewContext};
use crate::model::i18n::{fill, Locale};
use crate::model::score::stage_index;
use crate::state::Action;
use yew::prelude::*;

pub struct AmbitionsBoxProps<'a> {
    pub cx: &'a ViewContext,
    /// The ambition per block (stage indices), in content order.
    pub ambitions: &'a [Option<usize>],
    /// The score per block, to mark the stage a block is in now.
    pub scores: &'a [Option<u8>],
}

/// "Waar wilt u over een jaar staan?": a native select per block with the five stages.
pub fn ambitions_box(props: &AmbitionsBoxProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let fields = content.blocks.iter().enumerate().map(|(index, block)| {
        let chosen = props.ambitions.get(index).copied().flatten();
        let now = props
            .scores
            .get(index)
            .copied()
            .flatten()
            .map(|score| stage_index(content.stages, score));
        let id = format!("ambition-{}", block.number);
        let number = block.number;
        let on_change = props.cx.on_action.reform(move |event: Event| {
            Action::SetAmbition(number, control_value(&event).parse().ok())
        });
        // A stage below where the block is now is no ambition: it is not offered (one chosen
        // before, in an older link, stays visible).
        let offered = move |stage: usize| now.is_none_or(|now| stage >= now) || chosen == Some(stage);
        let options = content.stages.iter().enumerate().filter(move |(stage, _)| offered(*stage));
        let options = options.map(|(stage_index, stage)| {
            let text = if now == Some(stage_index) {
                format!("{} ({})", stage.name, results_texts.stage_now)
            } else {
                stage.name.to_owned()
            };
            html! {
                <option value={stage_index.to_string()} selected={chosen == Some(stage_index)}>{ text }</option>
            }
        });
        html! {
            <div class="ambition-field">
                <label for={id.clone()}>{ fill(results_texts.ambition_for, &[("title", block.title)]) }</label>
                <select id={id} onchange={on_change}>
                    <option value="" selected={chosen.is_none()}>{ results_texts.no_ambition }</option>
                    { for options }
                </select>
            </div>
        }
    });
    html! {
        <div class="ambitions">
            <h3>{ results_texts.ambitions_title }</h3>
            <p class="hint">{ results_texts.ambitions_help }</p>
            <div class="ambition-fields">{ for fields }</div>
        </div>
    }
}
