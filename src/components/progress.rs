use super::ViewContext;
use yew::prelude::*;

pub struct ProgressProps<'a> {
    pub cx: &'a ViewContext,
    /// 0-based index of the current block.
    pub index: usize,
    pub answered: usize,
    pub statements: usize,
}

/// "Bouwsteen i van 7", the answered count, and a row of seven segments (the stylesheet draws
/// them from `data-state`, not inline styles, so a strict Content-Security-Policy does not
/// block it).
pub fn progress(props: &ProgressProps) -> Html {
    let count = props.cx.locale.content.blocks.len();
    let (step_text, answered_text) =
        props
            .cx
            .locale
            .step_progress(props.index, props.answered, props.statements);
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
