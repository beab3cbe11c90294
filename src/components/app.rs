use super::intro::{intro, IntroProps};
use super::results::{results, CtaLink, ResultsProps, Whose};
use super::step::{step, StepProps};
use crate::host::HostHandle;
use crate::model::config::CallToAction;
use crate::model::fragment::ShareTarget;
use crate::model::i18n::{fill, Locale};
use crate::state::{Action, Focus, FragmentCode, Notice, ScanState, Screen};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties)]
pub struct AppProps {
    pub host: HostHandle,
    /// The state the widget opens in; read once, when it mounts.
    pub initial: ScanState,
    /// Article address per block, in content order (configurable by the host).
    pub articles: Rc<Vec<String>>,
    /// Where share links point, fixed at mount.
    pub share_target: Rc<ShareTarget>,
    /// The organisation's call to action on the results, if it gave a valid one.
    pub call_to_action: Rc<Option<CallToAction>>,
}

/// By the page-facing parts only: `initial` is read once, so comparing it would only add the
/// state's whole comparison code to the wasm.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.host == other.host
            && Rc::ptr_eq(&self.articles, &other.articles)
            && Rc::ptr_eq(&self.share_target, &other.share_target)
            && Rc::ptr_eq(&self.call_to_action, &other.call_to_action)
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let locale = Locale::of(state.language);
    // Once per state change (each change renders once): the views render it, never score.
    let summary = state.summary();
    let heading = use_node_ref();
    let share_field = use_node_ref();
    let compare_heading = use_node_ref();
    let restart_button = use_node_ref();
    let history_heading = use_node_ref();
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
    // The history is written when it changes, not on the first render.
    {
        let (host, state) = (props.host.clone(), state.clone());
        use_effect_with(state.history_changes, move |changes| {
            if *changes > 0 {
                host.0.save_history(&state.saved_history());
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
    // The visitor sees that a share link did not work; the console says why.
    {
        let host = props.host.clone();
        use_effect_with(state.notice, move |notice| {
            if let Some(Notice::InvalidShareLink(error)) = notice {
                host.0
                    .warn(&["share link ignored: ", error.reason()].concat());
            }
        });
    }
    // Tell the host page what the visitor did, on each screen change they make (never on the
    // screen the page opens on, so a reload of the results is no second completion).
    {
        let host = props.host.clone();
        let moved = (state.navigations > 0).then_some(state.navigations);
        let events = state.page_events();
        let content = locale.content;
        let completed = summary
            .as_ref()
            .filter(|_| {
                state.screen == Screen::Results && matches!(state.moved_from, Screen::Step(_))
            })
            .map(|summary| summary.main.clone());
        use_effect_with(moved, move |moved| {
            if moved.is_some() {
                for event in events {
                    host.0.notify(event);
                }
                if let Some(scores) = completed {
                    host.0.completed(content, &scores);
                }
            }
        });
    }
    // Focus follows the visitor's actions (never the first render, which must not pull focus
    // from the host page): a new screen's heading, the comparison, or the restart button.
    {
        let targets = [
            heading.clone(),
            compare_heading.clone(),
            restart_button.clone(),
            history_heading.clone(),
        ];
        let focus = state.focus;
        use_effect_with(state.focus_moves, move |moves| {
            let target = match focus {
                Focus::ScreenHeading => &targets[0],
                Focus::Comparison => &targets[1],
                Focus::RestartButton => &targets[2],
                Focus::History => &targets[3],
            };
            if *moves > 0 {
                if let Some(element) = target.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let texts = locale.texts;
    let announcement = match state.screen {
        Screen::Step(index) => {
            let block = locale.content.blocks.get(index);
            let answered = block.map_or(0, |block| state.answers.answered_in(block));
            let statements = block.map_or(0, |block| block.statements.len());
            let (step, progress) = locale.step_progress(index, answered, statements);
            let title = block.map_or("", |block| block.title);
            format!("{step}: {title}. {progress}.")
        }
        Screen::Results if !state.compared.is_empty() => fill(
            texts.compared_count,
            &[("count", &(state.compared.len() + 1).to_string())],
        ),
        Screen::Results => texts.results_title.to_owned(),
        Screen::Shared => texts.shared_results_title.to_owned(),
        Screen::Earlier(_) => state
            .earlier_day()
            .map(|day| locale.earlier_title(day))
            .unwrap_or_default(),
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
        Screen::Results | Screen::Shared | Screen::Earlier(_) => match &summary {
            Some(summary) => results(&ResultsProps {
                locale,
                heading: heading.clone(),
                summary,
                whose: match state.screen {
                    Screen::Shared => Whose::Shared,
                    Screen::Earlier(_) => state.earlier_day().map_or(Whose::Shared, Whose::Earlier),
                    _ => Whose::Own,
                },
                history: &state.history_items(),
                history_heading,
                today: state.today,
                share_link: props.share_target.link(&state.results_code()),
                call_to_action: props.call_to_action.as_ref().as_ref().map(|cta| CtaLink {
                    href: &cta.href,
                    text: cta.text(state.language),
                }),
                host: props.host.clone(),
                articles: props.articles.clone(),
                copy_status: state.copy_status,
                confirm: state.confirm,
                label_text: state.label_text.clone(),
                compare_heading,
                restart_button,
                compare_problem_lines: &state.compare_problem_lines,
                share_field,
                compare_text: state.compare_text.clone(),
                on_action: dispatch,
            }),
            None => html! {},
        },
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
