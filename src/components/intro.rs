use super::confirm_box::restart_question;
use super::ViewContext;
use crate::state::{Action, Confirm, Notice};
use yew::prelude::*;

pub struct IntroProps<'a> {
    pub cx: &'a ViewContext,
    pub heading: NodeRef,
    pub has_answers: bool,
    pub notice: Option<Notice>,
    pub confirm: Option<Confirm>,
    /// Focus comes back here when the visitor declines the restart.
    pub restart_button: NodeRef,
    /// How many results the visitor keeps in this browser: offered here, also when the
    /// answers of their last scan have expired.
    pub kept_results: usize,
}

pub fn intro(props: &IntroProps) -> Html {
    let texts = props.cx.locale.texts;
    let how = props.cx.locale.intro_how();
    let notice = props.notice.map(|Notice::InvalidShareLink(_)| {
        html! { <p class="notice" role="alert">{ texts.bad_link }</p> }
    });
    let buttons = if props.has_answers {
        html! {
            <>
                <button type="button" class="button primary" onclick={props.cx.send(Action::Start)}>{ texts.resume }</button>
                <button type="button" class="button secondary" ref={props.restart_button.clone()} onclick={props.cx.send(Action::Restart)}>{ texts.restart }</button>
            </>
        }
    } else {
        html! { <button type="button" class="button primary" onclick={props.cx.send(Action::Start)}>{ texts.start }</button> }
    };
    html! {
        // Keyed, so that changing screens replaces the elements: a reused button would keep
        // the hover and focus state of the button it was on the screen before.
        <section class="intro" key="intro">
            { for notice }
            <h2 class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.scan_title }</h2>
            <p class="lead">{ texts.intro_lead }</p>
            <p>{ how }</p>
            <p class="privacy">{ texts.intro_privacy }</p>
            <div class="actions">{ buttons }</div>
            if let Some(newest) = props.kept_results.checked_sub(1) {
                <div class="kept-offer">
                    <p>{ texts.intro_kept }</p>
                    <button type="button" class="button secondary" onclick={props.cx.send(Action::OpenEarlier(newest))}>{ texts.open_kept }</button>
                </div>
            }
            if props.confirm == Some(Confirm::Restart) {
                { restart_question(props.cx) }
            }
        </section>
    }
}
