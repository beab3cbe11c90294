//! The results screen as a part of its own. A release build (scripts/build/wasm.mjs, with
//! `--cfg bouwstenen_split`) puts the results and everything only they use in a second wasm
//! file, fetched in the background once the visitor has started (or at once when the widget
//! opens on results), so the first question waits for less. In other builds (debug, the tests)
//! the part is simply there.
use super::results::{results, CtaLink, FocusTargets, ResultsProps};
use super::ViewContext;
use crate::host::Host;
use crate::model::config::CallToAction;
use crate::model::fragment::ShareTarget;
use crate::state::ScanState;
use yew::prelude::*;

/// What the results screen is drawn from: the state itself, so that what only the results
/// need (the summary, the history list, the share link) is worked out inside the part.
pub struct ResultsScreen<'a> {
    pub cx: &'a ViewContext,
    pub targets: &'a FocusTargets,
    pub state: &'a ScanState,
    pub share_target: &'a ShareTarget,
    pub call_to_action: Option<&'a CallToAction>,
}

/// The results screen, once its part is there.
pub type ResultsView = for<'a, 'b> fn(&'a ResultsScreen<'b>) -> Html;

/// The results screen from the state: the summary is worked out here, once per render (each
/// state change renders once); the views below render it and never score.
fn results_screen(screen: &ResultsScreen) -> Html {
    // Before the results' elements are in the page, so they are never drawn unstyled.
    screen.cx.host.0.style_results();
    let state = screen.state;
    let Some(summary) = state.summary() else {
        return Html::default();
    };
    results(&ResultsProps {
        cx: screen.cx,
        targets: screen.targets,
        title: state.results_heading().unwrap_or_default(),
        summary: &summary,
        history: &state.history_items(),
        kept: state.kept(),
        today: state.today(),
        share_link: screen.share_target.link(&state.results_code()),
        call_to_action: screen.call_to_action.map(|cta| CtaLink {
            href: &cta.href,
            text: cta.text(state.language()),
        }),
        confirm: state.flow().confirm(),
        label_text: state.own().label_text().to_owned(),
        team: state.team(),
        in_full: state.flow().results_in_full(),
        from_start: state.earlier_from_start(),
    })
}

/// The part did not load (the network, or a file that is not the one built).
pub struct PartMissing;

#[cfg(bouwstenen_split)]
impl From<wasm_split_helpers::SplitLoaderError> for PartMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// The split point: everything reachable only from here goes into the part.
#[cfg_attr(bouwstenen_split, wasm_split_helpers::wasm_split(results, fallible))]
fn results_view() -> Result<ResultsView, PartMissing> {
    Ok(results_screen)
}

async fn load() -> Result<ResultsView, PartMissing> {
    #[cfg(bouwstenen_split)]
    return results_view().await;
    #[cfg(not(bouwstenen_split))]
    return results_view();
}

/// Where the part is: asked for, there, or failed (then "Probeer opnieuw" asks again).
#[derive(Clone, Copy)]
pub enum ResultsPart {
    NotAsked,
    Loading,
    Ready(ResultsView),
    Failed,
}

/// The part's state, loading it once `wanted` (and again after a failure, on `retry`).
#[hook]
pub fn use_results_part(wanted: bool) -> (ResultsPart, Callback<MouseEvent>) {
    let part = use_state(|| ResultsPart::NotAsked);
    let ask = matches!(*part, ResultsPart::NotAsked) && wanted;
    {
        let part = part.clone();
        use_effect_with(ask, move |ask| {
            if *ask {
                part.set(ResultsPart::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    part.set(match load().await {
                        Ok(view) => ResultsPart::Ready(view),
                        Err(PartMissing) => ResultsPart::Failed,
                    });
                });
            }
        });
    }
    let retry = {
        let part = part.clone();
        Callback::from(move |_: MouseEvent| part.set(ResultsPart::NotAsked))
    };
    (*part, retry)
}

/// The results' place while their part is on its way, or when it did not come.
pub fn results_pending(
    cx: &ViewContext,
    heading: NodeRef,
    title: String,
    failed: bool,
    retry: Callback<MouseEvent>,
) -> Html {
    let texts = cx.locale.texts;
    html! {
        <section class="results results-pending">
            <h2 class="screen-title" tabindex="-1" ref={heading}>{ title }</h2>
            if failed {
                <div class="notice" role="alert">
                    <p>{ texts.results_part_failed }</p>
                    <button type="button" class="button primary" onclick={retry}>{ texts.retry }</button>
                </div>
            } else {
                <p class="hint" role="status">{ texts.results_loading }</p>
            }
        </section>
    }
}
