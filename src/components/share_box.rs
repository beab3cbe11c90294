use crate::host::HostHandle;
use crate::model::i18n::Locale;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub locale: Locale,
    pub host: HostHandle,
    pub code: String,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

/// The share link in a read-only field, with a copy button and a polite status message.
#[function_component(ShareBox)]
pub fn share_box(props: &ShareBoxProps) -> Html {
    let texts = props.locale.texts;
    let link = props.host.0.share_link(&props.code);
    let status = use_state(|| CopyStatus::Idle);
    let field = use_node_ref();
    let on_copy = {
        let (host, link, status, field) = (
            props.host.clone(),
            link.clone(),
            status.clone(),
            field.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (status, field) = (status.clone(), field.clone());
            host.0.copy_text(
                link.clone(),
                Callback::from(move |copied: bool| {
                    if !copied {
                        // Select the link so that the visitor can copy it with the keyboard.
                        if let Some(field) = field.cast::<HtmlInputElement>() {
                            field.select();
                        }
                    }
                    status.set(if copied {
                        CopyStatus::Copied
                    } else {
                        CopyStatus::Failed
                    });
                }),
            );
        })
    };
    let message = match *status {
        CopyStatus::Idle => "",
        CopyStatus::Copied => texts.copied,
        CopyStatus::Failed => texts.copy_failed,
    };
    html! {
        <div class="share">
            <h3>{ texts.share_title }</h3>
            <p>{ texts.share_help }</p>
            <label for="share-link">{ texts.share_label }</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly=true value={link.clone()} ref={field} />
                <button type="button" class="button primary" onclick={on_copy}>{ texts.copy_link }</button>
            </div>
            <p class="status" role="status">{ message }</p>
            <p class="share-address print-only">{ link }</p>
        </div>
    }
}
