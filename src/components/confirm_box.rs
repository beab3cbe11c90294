use super::ViewContext;
use crate::state::{Action, OtherTab};
use yew::prelude::*;

pub struct ConfirmBoxProps<'a> {
    pub cx: &'a ViewContext,
    pub question: String,
    pub confirm: &'static str,
    pub confirm_action: Action,
    pub cancel: &'static str,
    pub cancel_action: Action,
}

/// A question before something the visitor may not mean. It is placed right after the button
/// that raised it, so the next Tab reaches its answers, and it is announced as an alert.
pub fn confirm_box(props: &ConfirmBoxProps) -> Html {
    html! {
        <div class="notice confirm" role="alert">
            <p>{ props.question.clone() }</p>
            <div class="actions">
                <button type="button" class="button secondary" onclick={props.cx.send(props.cancel_action.clone())}>{ props.cancel }</button>
                <button type="button" class="button primary" onclick={props.cx.send(props.confirm_action.clone())}>{ props.confirm }</button>
            </div>
        </div>
    }
}

/// "Opnieuw beginnen" asks first when there is something to lose (intro and results).
pub fn restart_question(cx: &ViewContext) -> Html {
    let texts = cx.locale.texts;
    confirm_box(&ConfirmBoxProps {
        cx,
        question: texts.restart_question.to_owned(),
        confirm: texts.restart_confirm,
        confirm_action: Action::ConfirmRestart,
        cancel: texts.restart_cancel,
        cancel_action: Action::CancelConfirm,
    })
}

/// Another tab saved other answers (or started again): a reload here would lose this tab's.
/// Shown above the screen, wherever the visitor is; it takes no focus (an alert is read out).
pub fn other_tab_question(cx: &ViewContext, other: &OtherTab) -> Html {
    let texts = cx.locale.texts;
    let (question, take) = match other {
        OtherTab::Saved(_) => (texts.other_tab_saved, texts.take_other_tab),
        OtherTab::Removed => (texts.other_tab_removed, texts.start_again_too),
    };
    confirm_box(&ConfirmBoxProps {
        cx,
        question: question.to_owned(),
        confirm: texts.keep_this_tab,
        confirm_action: Action::KeepThisTabsAnswers,
        cancel: take,
        cancel_action: Action::TakeOtherTabsAnswers,
    })
}
