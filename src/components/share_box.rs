use super::{control_value, ViewContext};
use crate::host::Host;
use crate::model::page_event::{PageEvent, ShareWay};
use crate::model::share::MAX_LABEL_CHARS;
use crate::model::url::linkedin_share;
use crate::state::{Action, CopyStatus};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct ShareBoxProps<'a> {
    pub cx: &'a ViewContext,
    /// The link that reproduces the results shown.
    pub link: String,
    /// The name field's text, as typed; `None` on someone else's results, which the visitor
    /// does not name.
    pub label_text: Option<String>,
    pub copy_status: CopyStatus,
    /// The link holds several results (a comparison): the words are plural.
    pub several: bool,
    /// The read-only link field, selected when copying fails.
    pub field: NodeRef,
}

/// An optional name for the result, the share link in a read-only field, and ways to pass it
/// on: copy, the device's share sheet, LinkedIn.
pub fn share_box(props: &ShareBoxProps) -> Html {
    let texts = props.cx.locale.texts;
    let results_texts = texts.results();
    let link = props.link.clone();
    let copy = {
        let (host, link, on_action, field) = (
            props.cx.host.clone(),
            link.clone(),
            props.cx.on_action.clone(),
            props.field.clone(),
        );
        Callback::from(move |()| {
            let (on_action, field, notifier) = (on_action.clone(), field.clone(), host.clone());
            host.0.copy_text(
                link.clone(),
                Callback::from(move |copied: bool| {
                    if copied {
                        notifier.0.notify(PageEvent::Share(ShareWay::Copy));
                    } else {
                        // Select the link so that the visitor can copy it with the keyboard.
                        if let Some(field) = field.cast::<HtmlInputElement>() {
                            field.select();
                        }
                    }
                    on_action.emit(Action::CopyFinished(copied));
                }),
            );
        })
    };
    let on_copy = copy.reform(|_: MouseEvent| ());
    let on_share = {
        let (host, link, copy, on_action) = (
            props.cx.host.clone(),
            link.clone(),
            copy.clone(),
            props.cx.on_action.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (copy, notifier, on_action) = (copy.clone(), host.clone(), on_action.clone());
            host.0.share_natively(
                results_texts.export_file_title,
                &link,
                Callback::from(move |shared: bool| {
                    if shared {
                        notifier.0.notify(PageEvent::Share(ShareWay::Share));
                        on_action.emit(Action::LinkPassedOn);
                    } else {
                        copy.emit(());
                    }
                }),
            );
        })
    };
    // The link follows every key; on leaving the field the cleaned name is written back.
    let on_type = props
        .cx
        .on_action
        .reform(|event: InputEvent| Action::TypeLabel(control_value(&event)));
    let on_label = props
        .cx
        .on_action
        .reform(|event: Event| Action::SetLabel(control_value(&event)));
    let on_linkedin = {
        let (host, on_action) = (props.cx.host.clone(), props.cx.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            host.0.notify(PageEvent::Share(ShareWay::Linkedin));
            on_action.emit(Action::LinkPassedOn);
        })
    };
    let message = match props.copy_status {
        CopyStatus::Idle => "",
        CopyStatus::Copied => texts.copied,
        CopyStatus::Failed => results_texts.copy_failed,
    };
    html! {
        <div class="share">
            if let Some(label_text) = props.label_text.clone() {
                <h3>{ results_texts.share_title }</h3>
                <label for="result-label">{ results_texts.label_field }</label>
                <p class="hint" id="result-label-hint">{ results_texts.label_hint }</p>
                <input id="result-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()} autocomplete="off"
                    aria-describedby="result-label-hint" value={label_text}
                    oninput={on_type} onchange={on_label} />
            } else {
                <h3>{ if props.several { results_texts.share_title_shared_many } else { results_texts.share_title_shared } }</h3>
            }
            <p>{ results_texts.share_help }</p>
            <label for="share-link">{ if props.several { results_texts.share_label_many } else { results_texts.share_label } }</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly=true value={link.clone()} ref={props.field.clone()} />
                <button type="button" class="button primary" onclick={on_copy}>{ results_texts.copy_link }</button>
            </div>
            <p class="status" role="status">{ message }</p>
            <div class="share-more">
                <button type="button" class="button secondary" onclick={on_share}>{ results_texts.share_native }</button>
                <a class="linkedin" href={linkedin_share(&link)} rel="noopener noreferrer" onclick={on_linkedin}>{ results_texts.share_linkedin }</a>
            </div>
            <p class="share-address print-only">{ link }</p>
        </div>
    }
}
