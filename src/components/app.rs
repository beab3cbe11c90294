use super::confirm_box::other_tab_question;
use super::english_part;
use super::intro::{intro, IntroProps};
use super::results::FocusTargets;
use super::results_part::{results_pending, use_results_part, ResultsPart, ResultsScreen};
use super::step::{step, StepProps};
use super::ViewContext;
use crate::host::{Host, HostHandle, StorageChange};
use crate::model::config::CallToAction;
use crate::model::fragment::ShareTarget;
use crate::model::i18n::{fill, Locale};
use crate::model::score::ScanScores;
use crate::model::summary::Whose;
use crate::state::{Action, Focus, FragmentCode, Notice, ProgressView, ScanState, Screen};
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
    let locale = Locale::of(state.language());
    // The results' part of the wasm, in the background from the first step on.
    let (results_part, retry_part) = use_results_part(state.flow().screen() != Screen::Intro);
    let targets = FocusTargets {
        heading: use_node_ref(),
        compare_heading: use_node_ref(),
        restart_button: use_node_ref(),
        history_heading: use_node_ref(),
        share_field: use_node_ref(),
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };

    // Local storage and the address bar are views of the state (written again when the
    // visitor keeps this tab's answers over another tab's).
    {
        let host = props.host.clone();
        let views = (
            state.progress_view(),
            state.fragment_code(),
            state.own().rewrites(),
        );
        use_effect_with(views, move |(progress, fragment, _)| {
            match progress {
                ProgressView::Save(line) => host.0.save_progress(line),
                ProgressView::Clear => host.0.clear_progress(),
                ProgressView::Keep => {}
            }
            match fragment {
                FragmentCode::Set(code) => host.0.set_share_code(Some(code)),
                FragmentCode::Remove => host.0.set_share_code(None),
                FragmentCode::Keep => {}
            }
        });
    }
    // The history, after each change here (never on the first render): merged with what
    // storage holds now, since another tab may have written, and written back. When another
    // tab changes it, this tab's list follows.
    {
        let (host, state, dispatch) = (props.host.clone(), state.clone(), dispatch.clone());
        use_effect_with(state.kept().changes(), move |changes| {
            if changes.any() {
                let stored = host.0.load_history().unwrap_or_default();
                let merged = state.kept().merged_with(&stored, state.today());
                dispatch.emit(if host.0.save_history(&merged) {
                    Action::HistoryInStorage(merged)
                } else {
                    Action::HistoryNotStored
                });
            }
        });
    }
    // Another tab's writes: its history joins this tab's list; its progress, where it differs
    // from this tab's answers, brings the question which to keep.
    {
        let (host, dispatch) = (props.host.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let watch = host.0.watch_storage(dispatch.reform(|change| match change {
                StorageChange::Progress(line) => Action::ProgressInStorage(line),
                StorageChange::History(text) => Action::HistoryInStorage(text),
            }));
            move || drop(watch)
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
        use_effect_with(state.flow().notice(), move |notice| {
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
        let moved = state.flow().navigations();
        let events = state.page_events();
        let content = locale.content;
        let completed = state
            .completed_scan()
            .then(|| ScanScores::of(content, state.own().answers()));
        use_effect_with(moved, move |moved| {
            if moved.any() {
                for event in events {
                    host.0.notify(event);
                }
                if let Some(scores) = completed {
                    host.0.completed(content, &scores);
                }
            }
        });
    }
    // The results' first drawing stops just below the radar; once it is painted, the rest.
    {
        let (host, dispatch) = (props.host.clone(), dispatch.clone());
        let drawn_in_part = matches!(state.flow().screen(), Screen::Results(_))
            && matches!(results_part, ResultsPart::Ready(_))
            && !state.flow().results_in_full();
        use_effect_with(drawn_in_part, move |drawn_in_part| {
            let waiting = drawn_in_part.then(|| {
                host.0
                    .after_next_paint(Box::new(move || dispatch.emit(Action::ResultsPainted)))
            });
            move || drop(waiting)
        });
    }
    // Focus follows the visitor's actions (never the first render, which must not pull focus
    // from the host page): a new screen's heading, the comparison, the restart button or the
    // list of earlier results.
    {
        let target = match state.flow().focus().0 {
            Focus::ScreenHeading => targets.heading.clone(),
            Focus::Comparison => targets.compare_heading.clone(),
            Focus::RestartButton => targets.restart_button.clone(),
            Focus::History => targets.history_heading.clone(),
        };
        use_effect_with(state.flow().focus().1, move |moves| {
            if moves.any() {
                if let Some(element) = target.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }

    let texts = locale.texts;
    let announcement = match state.flow().screen() {
        Screen::Step(index) => {
            let block = locale.content.blocks.get(index);
            let answered = block.map_or(0, |block| state.own().answers().answered_in(block));
            locale.step_announcement(index, answered)
        }
        // A comparison, on the visitor's own results or a shared one they add to: how many.
        Screen::Results(Whose::Own | Whose::Shared) if state.compared_count() > 1 => fill(
            texts.compared_count,
            &[("count", &state.compared_count().to_string())],
        ),
        Screen::Results(_) | Screen::Intro => state.results_heading().unwrap_or_default(),
    };
    // The other language may be a part of its own still to come (english_part.rs): the
    // switch waits for it, and if it does not come the visitor stays in this language and
    // can click again.
    let switch_language = {
        let (host, dispatch) = (props.host.clone(), dispatch.clone());
        let language = state.language().other();
        Callback::from(move |_: MouseEvent| {
            let (host, dispatch) = (host.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if english_part::make_available(language).await {
                    dispatch.emit(Action::ChooseLanguage(language));
                } else {
                    host.0.warn("the other language did not load");
                }
            });
        })
    };
    let cx = ViewContext {
        locale,
        on_action: dispatch,
        host: props.host.clone(),
        articles: props.articles.clone(),
    };
    let screen = match state.flow().screen() {
        Screen::Intro => intro(&IntroProps {
            cx: &cx,
            heading: targets.heading.clone(),
            has_answers: !state.own().answers().is_empty(),
            notice: state.flow().notice(),
            confirm: state.flow().confirm(),
            restart_button: targets.restart_button.clone(),
            kept_results: state.kept().history().entries.len(),
        }),
        Screen::Step(index) => step(&StepProps {
            cx: &cx,
            heading: targets.heading.clone(),
            index,
            answers: state.own().answers(),
            coverage: state.coverage(),
            confirm: state.flow().confirm(),
            editing: state.flow().editing(),
        }),
        Screen::Results(_) => match results_part {
            ResultsPart::Ready(results_screen) => results_screen(&ResultsScreen {
                cx: &cx,
                targets: &targets,
                state: &state,
                share_target: &props.share_target,
                call_to_action: props.call_to_action.as_ref().as_ref(),
            }),
            ResultsPart::NotAsked | ResultsPart::Loading | ResultsPart::Failed => results_pending(
                &cx,
                targets.heading.clone(),
                state.results_heading().unwrap_or_default(),
                matches!(results_part, ResultsPart::Failed),
                retry_part,
            ),
        },
    };
    html! {
        <div class="scan" lang={texts.lang}>
            <div class="topbar">
                <button type="button" class="language-switch" lang={texts.other_language_tag}
                    onclick={switch_language}>{ texts.other_language }</button>
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            if let Some(other) = state.flow().other_tab() {
                { other_tab_question(&cx, other) }
            }
            { screen }
        </div>
    }
}
