//! The results below the radar and its table: where a team differs, the ambitions, the plan,
//! the advice, compare, share, export, the kept results and the buttons. Drawn a frame after
//! the radar (`Flow::results_in_full`, docs/performance.md): nothing above moves when they come.

use super::action_plan::{action_plan, ActionPlanProps};
use super::ambitions_box::{ambitions_box, AmbitionsBoxProps};
use super::block_card::{block_card, BlockCardProps};
use super::compare_box::{compare_box, CompareBoxProps};
use super::confirm_box::restart_question;
use super::disagreement_box::{disagreement_box, DisagreementBoxProps};
use super::export_box::{export_box, ExportBoxProps};
use super::history_box::{history_box, HistoryBoxProps};
use super::results::ResultsProps;
use super::share_box::{share_box, ShareBoxProps};
use crate::model::radar_svg::Overlay;
use crate::model::summary::Whose;
use crate::state::{Action, Confirm};
use yew::prelude::*;

/// `overlays`: what the radar draws beside the results, worked out once for the radar above.
pub fn results_below(props: &ResultsProps, overlays: &[Overlay]) -> Html {
    let summary = props.summary;
    let (main, series) = (&summary.main, &summary.series);
    let results_texts = props.cx.locale.texts.results();
    let weakest = summary.weakest();
    let send = |action: Action| props.cx.send(action);
    let single = series.len() == 1;
    let own = summary.whose == Whose::Own;
    // A comparison can be made from the visitor's own results and from shared ones.
    let can_compare = !matches!(summary.whose, Whose::Earlier(_));
    let compared_names: Vec<String> = series.iter().skip(1).map(|s| s.label.clone()).collect();
    let cards = props
        .cx
        .locale
        .content
        .blocks
        .iter()
        .zip(&main.blocks)
        .enumerate()
        .map(|(index, (block, score))| {
            block_card(&BlockCardProps {
                cx: props.cx,
                block,
                score: *score,
                article: props.cx.article(index),
                start_here: weakest.contains(&index),
                advice_place: summary.advice_place(index),
            })
        });
    html! {
        <>
        if let Some(disagreements) = summary.disagreements.as_deref() {
            { disagreement_box(&DisagreementBoxProps { cx: props.cx, disagreements }) }
        }
        if own {
            { ambitions_box(&AmbitionsBoxProps {
                cx: props.cx,
                ambitions: &summary.ambitions,
                scores: &main.blocks,
            }) }
        }
        { action_plan(&ActionPlanProps {
            cx: props.cx,
            summary,
            today: props.today,
        }) }
        <h3 class="advice-heading">{ results_texts.advice_heading }</h3>
        <p class="hint">{ results_texts.advice_for_councillors }</p>
        <div class="cards">{ for cards }</div>
        if can_compare {
            { compare_box(&CompareBoxProps {
                cx: props.cx,
                compared: &compared_names,
                problem_lines: props.team.problem_lines(),
                text: props.team.compare_text().to_owned(),
                skipped: props.team.skipped(),
            }) }
            { share_box(&ShareBoxProps {
                cx: props.cx,
                link: props.share_link.clone(),
                label_text: own.then(|| props.label_text.clone()),
                copy_status: props.team.copy_status(),
                several: !single,
                field: props.targets.share_field.clone(),
            }) }
        }
        { export_box(&ExportBoxProps {
            cx: props.cx,
            series,
            overlays,
            spread: summary.spread.as_deref(),
            today: props.today,
        }) }
        // The visitor's own results keep their history here; an earlier result opened from the
        // start screen shows it to browse (the two never come together).
        if own || props.from_start {
            { history_box(&HistoryBoxProps {
                cx: props.cx,
                items: props.history,
                kept: props.kept,
                heading: props.targets.history_heading.clone(),
                confirm: props.confirm,
                browse: props.from_start,
            }) }
        }
        if own {
            <div class="actions">
                <button type="button" class="button secondary" onclick={send(Action::EditAnswers)}>{ results_texts.edit_answers }</button>
                <button type="button" class="button secondary" ref={props.targets.restart_button.clone()} onclick={send(Action::Restart)}>{ props.cx.locale.texts.restart }</button>
            </div>
            if props.confirm == Some(Confirm::Restart) {
                { restart_question(props.cx) }
            }
        }
        </>
    }
}
