use super::intro::{intro, IntroProps};
use super::results::{results, ResultsProps};
use super::step::{step, StepProps};
use crate::host::HostHandle;
use crate::model::i18n::{fill, Locale};
use crate::model::score::ScanScores;
use crate::state::{Action, FragmentCode, ScanState, Screen};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub host: HostHandle,
    pub initial: ScanState,
    /// Article address per block, in content order (configurable by the host).
    pub articles: Rc<Vec<String>>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let locale = Locale::of(state.language);
    let heading = use_node_ref();
    let share_field = use_node_ref();
    let compare_field = use_node_ref();
    let compare_heading = use_node_ref();
    let restart_button = use_node_ref();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };

    // Local storage and the address bar are views of the state.
    {
        let host = props.host.clone();
        let views = (state.saved_progress(), state.fragment_code());
        use_effect_with(views, move |(saved, fragment)| {
            if let Some(saved) = saved {
                host.0.save_progress(saved);
            }
            match fragment {
                FragmentCode::Set(code) => host.0.set_share_code(Some(code)),
                FragmentCode::Remove => host.0.set_share_code(None),
                FragmentCode::Keep => {}
            }
        });
    }
    // A share link pasted into the address bar of an open page changes only the fragment.
    {
        let (host, dispatch) = (props.host.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let watch = host
                .0
                .watch_fragment(dispatch.reform(Action::FragmentChanged));
            move || drop(watch)
        });
    }
    // Tell the host page when the visitor reaches their results (not on a reload of them).
    {
        let host = props.host.clone();
        let completed =
            (state.screen == Screen::Results && state.navigations > 0).then_some(state.navigations);
        let (content, answers) = (locale.content, state.answers.clone());
        use_effect_with(completed, move |completed| {
            if completed.is_some() {
                host.0
                    .completed(content, &ScanScores::of(content, &answers));
            }
        });
    }
    // After the visitor moves to another screen, focus its heading so that the next Tab lands
    // on its first control. Not on the first render: that would pull focus from the host page.
    {
        let heading = heading.clone();
        use_effect_with(state.navigations, move |navigations| {
            if *navigations > 0 {
                if let Some(heading) = heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    // After "Vergelijk" added results, focus the comparison's heading: the chart and table
    // that changed are far above the button.
    {
        let compare_heading = compare_heading.clone();
        use_effect_with(state.comparisons, move |comparisons| {
            if *comparisons > 0 {
                if let Some(heading) = compare_heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    // After "Nee, bewaar ze" the question's buttons are gone: focus goes back to the button
    // that asked it, not to the page's body.
    {
        let restart_button = restart_button.clone();
        use_effect_with(state.declined, move |declined| {
            if *declined > 0 {
                if let Some(button) = restart_button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }

    let texts = locale.texts;
    let announcement = match state.screen {
        Screen::Step(index) => {
            let number = (index + 1).to_string();
            let count = state.block_count().to_string();
            let step = fill(texts.step_of, &[("number", &number), ("count", &count)]);
            let block = locale.content.blocks.get(index);
            let answered = block.map_or(0, |block| state.answers.answered_in(block));
            let statements = block.map_or(0, |block| block.statements.len());
            let progress = fill(
                texts.answered_of,
                &[
                    ("answered", &answered.to_string()),
                    ("count", &statements.to_string()),
                ],
            );
            let title = block.map_or("", |block| block.title);
            format!("{step}: {title}. {progress}.")
        }
        Screen::Results if !state.compared.is_empty() => fill(
            texts.compared_count,
            &[("count", &(state.compared.len() + 1).to_string())],
        ),
        Screen::Results => texts.results_title.to_owned(),
        Screen::Shared => texts.shared_results_title.to_owned(),
        Screen::Intro => String::new(),
    };
    let switch_language = dispatch.reform(|_: MouseEvent| Action::SwitchLanguage);
    let screen = match state.screen {
        Screen::Intro => intro(&IntroProps {
            locale,
            heading: heading.clone(),
            has_answers: !state.answers.is_empty(),
            notice: state.notice,
            confirm: state.confirm,
            restart_button: restart_button.clone(),
            on_action: dispatch,
        }),
        Screen::Step(index) => step(&StepProps {
            locale,
            heading: heading.clone(),
            index,
            answers: &state.answers,
            coverage: state.coverage(),
            confirm: state.confirm,
            on_action: dispatch,
        }),
        Screen::Results | Screen::Shared => results(&ResultsProps {
            locale,
            heading: heading.clone(),
            results: state.shown_results(),
            shared: state.screen == Screen::Shared,
            results_code: state.results_code(),
            host: props.host.clone(),
            articles: props.articles.clone(),
            copy_status: state.copy_status,
            confirm: state.confirm,
            label_text: state.label_text.clone(),
            compare_heading,
            restart_button,
            compare_problem_lines: &state.compare_problem_lines,
            share_field,
            compare_field,
            on_action: dispatch,
        }),
    };
    html! {
        <div class="scan" lang={texts.lang}>
            <div class="topbar">
                <button type="button" class="language-switch" lang={texts.other_language_tag}
                    onclick={switch_language}>{ texts.other_language }</button>
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { screen }
        </div>
    }
}
