use crate::model::i18n::{fill, Locale};
use yew::prelude::*;

pub struct ProgressProps {
    pub locale: Locale,
    /// 0-based index of the current block.
    pub index: usize,
    pub answered: usize,
    pub statements: usize,
}

/// "Bouwsteen i van 7", the answered count, and a row of seven segments (the stylesheet draws
/// them from `data-state`, not inline styles, so a strict Content-Security-Policy does not
/// block it).
pub fn progress(props: &ProgressProps) -> Html {
    let texts = props.locale.texts;
    let count = props.locale.content.blocks.len();
    let number = (props.index + 1).to_string();
    let step_text = fill(
        texts.step_of,
        &[("number", &number), ("count", &count.to_string())],
    );
    let answered_text = fill(
        texts.answered_of,
        &[
            ("answered", &props.answered.to_string()),
            ("count", &props.statements.to_string()),
        ],
    );
    let segments = (0..count).map(|segment| {
        let state = match segment.cmp(&props.index) {
            std::cmp::Ordering::Less => Some("done"),
            std::cmp::Ordering::Equal => Some("current"),
            std::cmp::Ordering::Greater => None,
        };
        html! { <span class="segment" data-state={state}></span> }
    });
    html! {
        <div class="progress">
            <p class="progress-text"><strong>{ step_text }</strong>{ " · " }{ answered_text }</p>
            <div class="segments" aria-hidden="true">{ for segments }</div>
        </div>
    }
}
