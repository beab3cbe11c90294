use super::confirm_box::{confirm_box, ConfirmBoxProps};
use super::score_text;
use super::ViewContext;
use crate::model::config::Storage;
use crate::model::i18n::fill;
use crate::state::{Action, Confirm, HistoryItem, Kept};
use yew::prelude::*;

pub struct HistoryBoxProps<'a> {
    pub cx: &'a ViewContext,
    pub items: &'a [HistoryItem],
    /// Whether the visitor keeps their results, and where the host lets them be kept.
    pub kept: &'a Kept,
    /// Focus comes here when the list changed under the visitor's hands.
    pub heading: NodeRef,
    pub confirm: Option<Confirm>,
    /// Only the list, to open another result: on an earlier result opened from the start
    /// screen, where the choices and removing belong to the visitor's own results.
    pub browse: bool,
}

/// "Eerdere uitslagen": the choice to keep results on this device (nothing is kept without
/// it), "Stop met bewaren"; each result kept, with its date and overall score, to view or
/// remove; and "Wis mijn geschiedenis".
pub fn history_box(props: &HistoryBoxProps) -> Html {
    let texts = props.cx.locale.texts;
    let results_texts = texts.results();
    let items = props.items.iter().map(|item| {
        let index = item.index;
        let date = props.cx.locale.entry_date(item.day, item.number);
        let of = fill(results_texts.history_of, &[("date", &date)]);
        let open = props.cx.send(Action::OpenEarlier(index));
        let remove = props.cx.send(Action::RemoveEarlier(index));
        html! {
            <li>
                <span class="history-date">{ date }</span>
                <span>{ texts.overall }{ ": " }<strong>{ score_text(item.overall, texts.unknown) }</strong></span>
                if let Some(label) = item.label.clone() { <span>{ label }</span> }
                if item.current { <span class="history-current">{ "(" }{ results_texts.history_current }{ ")" }</span> }
                <span class="history-actions">
                    if !item.current {
                        <button type="button" class="text-button" onclick={open}>
                            { results_texts.history_open }<span class="visually-hidden">{ " " }{ of.clone() }</span>
                        </button>
                    }
                    if !props.browse {
                        <button type="button" class="text-button" onclick={remove}>
                            { results_texts.history_remove }<span class="visually-hidden">{ " " }{ of }</span>
                        </button>
                    }
                </span>
            </li>
        }
    });
    let clear = props.cx.send(Action::ClearHistory);
    let kept = props.kept;
    let session = kept.storage() == Storage::Session;
    let choice = if !kept.offers_keeping() {
        html! { <p class="hint">{ results_texts.history_none_here }</p> }
    } else if !kept.history().keeping {
        html! {
            <>
                <p>{ results_texts.keep_lead }</p>
                <button type="button" class="button secondary" aria-describedby="keep-help" onclick={props.cx.send(Action::KeepResults)}>{ results_texts.keep_results }</button>
                <p class="hint" id="keep-help">{ if session { results_texts.keep_help_session } else { results_texts.keep_help } }</p>
                if !props.items.is_empty() { <p>{ results_texts.history_stopped }</p> }
            </>
        }
    } else {
        html! {
            <>
                <p class="hint">{ if session { results_texts.history_help_session } else { results_texts.history_help } }</p>
                <button type="button" class="button secondary" onclick={props.cx.send(Action::StopKeeping)}>{ texts.stop_keeping }</button>
            </>
        }
    };
    if props.browse {
        return html! {
            <div class="history">
                <h3 tabindex="-1" ref={props.heading.clone()}>{ results_texts.history_title }</h3>
                <ul class="history-list">{ for items }</ul>
            </div>
        };
    }
    html! {
        <div class="history">
            <h3 tabindex="-1" ref={props.heading.clone()}>{ results_texts.history_title }</h3>
            { choice }
            if !kept.in_storage() { <p class="hint">{ results_texts.history_not_stored }</p> }
            if props.items.is_empty() {
                if kept.history().keeping { <p>{ results_texts.history_empty }</p> }
            } else {
                <ul class="history-list">{ for items }</ul>
                <button type="button" class="button secondary" onclick={clear}>{ results_texts.clear_history }</button>
                if props.confirm == Some(Confirm::ClearHistory) {
                    { confirm_box(&ConfirmBoxProps {
                        cx: props.cx,
                        question: results_texts.clear_history_question.to_owned(),
                        confirm: results_texts.clear_history_confirm,
                        confirm_action: Action::ConfirmClearHistory,
                        cancel: texts.restart_cancel,
                        cancel_action: Action::CancelConfirm,
                    }) }
                }
            }
        </div>
    }
}
