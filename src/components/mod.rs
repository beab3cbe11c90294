//! Thin Yew function components, one per file. They render state and send actions; scoring,
//! parsing and geometry live in `model`.

pub mod action_plan;
pub mod ambitions_box;
pub mod app;
pub mod block_card;
pub mod compare_box;
pub mod confirm_box;
pub mod disagreement_box;
pub mod english_part;
pub mod export_box;
pub mod history_box;
pub mod intro;
pub mod progress;
pub mod radar_chart;
pub mod results;
pub mod results_below;
pub mod results_part;
pub mod score_table;
pub mod share_box;
pub mod statement;
pub mod step;

use crate::host::HostHandle;
use crate::model::i18n::Locale;
use crate::state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MouseEvent};
use yew::Callback;

/// What most views need, made once per render by the app and passed by reference: the
/// language's texts and content, the way to send an action, the page (downloads, clipboard,
/// events) and the article addresses. A plain struct rather than a Yew context: contexts add
/// a component and its generic code to the wasm, for nothing props cannot carry.
pub struct ViewContext {
    pub locale: Locale,
    pub on_action: Callback<Action>,
    pub host: HostHandle,
    /// Article address per block, in content order (configurable by the host).
    pub articles: Rc<Vec<String>>,
}

impl ViewContext {
    /// A click that sends `action`.
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        self.on_action.reform(move |_: MouseEvent| action.clone())
    }

    /// The article address of the block at this index.
    pub fn article(&self, index: usize) -> String {
        self.articles.get(index).cloned().unwrap_or_default()
    }
}

/// The text of the form control an event came from: an input, a text area or a select.
pub fn control_value(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        target
            .dyn_ref::<HtmlSelectElement>()
            .map(HtmlSelectElement::value)
            .unwrap_or_default()
    }
}

/// A state the stylesheet styles, as a present-or-absent `data-*` attribute:
/// `<tr data-weak={flag(is_weak)}>`, styled with `tr[data-weak]`.
/// Why not a second class: any class that is not a literal goes through Yew's `Classes`, a set
/// type that costs the wasm about 2 KB (gzip).
pub fn flag(on: bool) -> Option<&'static str> {
    on.then_some("")
}

/// "57%" or the word for unknown.
pub fn score_text(score: Option<u8>, unknown: &str) -> String {
    score.map_or_else(|| unknown.to_owned(), |score| format!("{score}%"))
}
