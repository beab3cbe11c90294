use crate::model::i18n::Locale;
use crate::state::Action;
use yew::prelude::*;

pub struct ConfirmBoxProps {
    pub question: String,
    pub confirm: &'static str,
    pub confirm_action: Action,
    pub cancel: &'static str,
    pub cancel_action: Action,
    pub on_action: Callback<Action>,
}

/// A question before something the visitor may not mean. It is placed right after the button
/// that raised it, so the next Tab reaches its answers, and it is announced as an alert.
pub fn confirm_box(props: &ConfirmBoxProps) -> Html {
    let send = |action: &Action| {
        let action = action.clone();
        props.on_action.reform(move |_: MouseEvent| action.clone())
    };
    html! {
        <div class="notice confirm" role="alert">
            <p>{ props.question.clone() }</p>
            <div class="actions">
                <button type="button" class="button secondary" onclick={send(&props.cancel_action)}>{ props.cancel }</button>
                <button type="button" class="button primary" onclick={send(&props.confirm_action)}>{ props.confirm }</button>
            </div>
        </div>
    }
}

/// "Opnieuw beginnen" asks first when there is something to lose (intro and results).
pub fn restart_question(locale: Locale, on_action: &Callback<Action>) -> Html {
    let texts = locale.texts;
    confirm_box(&ConfirmBoxProps {
        question: texts.restart_question.to_owned(),
        confirm: texts.restart_confirm,
        confirm_action: Action::ConfirmRestart,
        cancel: texts.restart_cancel,
        cancel_action: Action::CancelConfirm,
        on_action: on_action.clone(),
    })
}
