use super::action_plan::{action_plan, ActionPlanProps};
use super::ambitions_box::{ambitions_box, AmbitionsBoxProps};
use super::block_card::{block_card, BlockCardProps};
use super::compare_box::{compare_box, CompareBoxProps};
use super::confirm_box::restart_question;
use super::differ_box::{differ_box, DifferBoxProps};
use super::export_box::{export_box, ExportBoxProps};
use super::history_box::{history_box, HistoryBoxProps};
use super::radar_chart::{radar_chart, RadarChartProps};
use super::score_table::{score_table, ScoreTableProps};
use super::share_box::{share_box, ShareBoxProps};
use super::{flag, score_text};
use crate::host::HostHandle;
use crate::model::history::Day;
use crate::model::i18n::{fill, Locale};
use crate::model::in_words;
use crate::model::page_event::PageEvent;
use crate::model::radar_svg::DESCRIPTION_ID;
use crate::model::score::StartHere;
use crate::model::summary::ResultSummary;
use crate::state::{Action, Confirm, CopyStatus, HistoryItem};
use std::rc::Rc;
use yew::prelude::*;

/// The organisation's call to action, in the screen's language.
pub struct CtaLink<'a> {
    pub href: &'a str,
    pub text: &'a str,
}

/// Whose results these are.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The visitor's own, now (with anything they compare them with).
    Own,
    /// Someone else's, opened from a share link.
    Shared,
    /// The visitor's own from this day, opened from the list of earlier results.
    Earlier(Day),
}

pub struct ResultsProps<'a> {
    pub locale: Locale,
    pub heading: NodeRef,
    /// What to show, decided by the model.
    pub summary: &'a ResultSummary,
    pub whose: Whose,
    /// The visitor's earlier results, newest first.
    pub history: &'a [HistoryItem],
    /// Focus goes here when the history list changed.
    pub history_heading: NodeRef,
    pub today: Option<Day>,
    /// The link that reproduces these results.
    pub share_link: String,
    pub call_to_action: Option<CtaLink<'a>>,
    pub host: HostHandle,
    pub articles: Rc<Vec<String>>,
    pub copy_status: CopyStatus,
    pub confirm: Option<Confirm>,
    /// The name field's text as the visitor types it.
    pub label_text: String,
    /// The comparison's heading: focus moves there after "Vergelijk".
    pub compare_heading: NodeRef,
    /// Focus comes back here when the visitor declines the restart.
    pub restart_button: NodeRef,
    pub compare_problem_lines: &'a [usize],
    /// The colleagues' links as typed.
    pub compare_text: String,
    /// The share link field, selected when copying fails.
    pub share_field: NodeRef,
    pub on_action: Callback<Action>,
}

pub fn results(props: &ResultsProps) -> Html {
    let Locale { texts, content } = props.locale;
    let summary = props.summary;
    let main = &summary.main;
    let series = &summary.series;
    let spread = summary.spread.as_deref();
    let weakest = summary.weakest();
    let coverage = summary.coverage;
    let send = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());

    let overall_stage = summary.stage;
    let article_address = |index: usize| props.articles.get(index).cloned().unwrap_or_default();
    let start_here_blocks = weakest.iter().filter_map(|index| {
        let block = content.blocks.get(*index)?;
        let score = main.blocks.get(*index).copied().flatten();
        let name = props.locale.read_article(block);
        Some(html! {
            <li>
                <p class="start-here-block"><strong>{ block.number }{ ". " }{ block.title }</strong>{ " (" }{ score_text(score, texts.unknown) }{ ")" }</p>
                <p>{ content.advice_for(block, score).unwrap_or(texts.unknown_advice) }</p>
                <p class="article-link"><a href={article_address(*index)}>{ name }</a></p>
            </li>
        })
    });
    let start_here_box = match summary.start_here {
        StartHere::NoScores => html! {},
        StartHere::AllAtTop | StartHere::AllEqual => html! {
            <div class="start-here">
                <h3>{ texts.start_here }</h3>
                <p>{ if summary.start_here == StartHere::AllAtTop { texts.start_here_all_top } else { texts.start_here_all_equal } }</p>
            </div>
        },
        StartHere::Blocks(_) => html! {
            <div class="start-here">
                <h3>{ texts.start_here }</h3>
                <p>{ texts.start_here_lead }</p>
                <ul>{ for start_here_blocks }</ul>
                <p class="start-here-rule">{ texts.start_here_rule }</p>
            </div>
        },
    };
    let coverage_line = fill(
        texts.coverage,
        &[
            ("answered", &coverage.answered.to_string()),
            ("count", &coverage.statements.to_string()),
        ],
    );
    let cards =
        content
            .blocks
            .iter()
            .zip(&main.blocks)
            .enumerate()
            .map(|(index, (block, score))| {
                block_card(&BlockCardProps {
                    locale: props.locale,
                    block,
                    score: *score,
                    article: article_address(index),
                    start_here: weakest.contains(&index),
                })
            });
    let own = props.whose == Whose::Own;
    // A comparison can be made from the visitor's own results and from shared ones.
    let can_compare = !matches!(props.whose, Whose::Earlier(_));
    // "Deze organisatie" for someone else's results; an earlier result is the visitor's own.
    let words = in_words::sentences(props.locale, summary, props.whose == Whose::Shared);
    let title = match props.whose {
        Whose::Own => texts.results_title.to_owned(),
        Whose::Shared => texts.shared_results_title.to_owned(),
        Whose::Earlier(day) => props.locale.earlier_title(day),
    };
    let overlays = summary.overlays(props.locale);
    let single = series.len() == 1;
    let chosen_ambitions = summary.ambitions.iter().any(Option::is_some);
    // More than a score and a stage per row: the table goes below the radar, full width.
    let wide_table =
        !single || summary.previous.is_some() || chosen_ambitions || summary.reference.is_some();
    let on_cta = {
        let host = props.host.clone();
        Callback::from(move |_: MouseEvent| host.0.notify(PageEvent::CallToAction))
    };
    let compared_names: Vec<String> = series.iter().skip(1).map(|s| s.label.clone()).collect();
    html! {
        <section class="results" key="results">
            <h2 class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ title }</h2>
            <p class="in-words" id={DESCRIPTION_ID}>{ words }</p>
            if props.whose == Whose::Shared {
                <div class="notice info">
                    <p>{ texts.shared_notice }</p>
                    <button type="button" class="button primary" onclick={send(Action::TakeScanYourself)}>
                        { texts.take_scan_yourself }
                    </button>
                </div>
            }
            if let Whose::Earlier(_) = props.whose {
                <div class="notice info">
                    <p>{ texts.earlier_notice }</p>
                    <button type="button" class="button primary" onclick={send(Action::BackToOwnResults)}>
                        { texts.back_to_own }
                    </button>
                </div>
            }
            <div class="overall">
                if let Some(name) = summary.name.clone() {
                    <p class="overall-name">{ name }</p>
                }
                <p class="overall-score">
                    <span class="overall-label">{ texts.overall }</span>
                    <span class="overall-value">{ score_text(main.overall, texts.unknown) }</span>
                    if let Some(stage) = overall_stage {
                        <span class="overall-stage">{ texts.stage }{ ": " }{ stage.name }</span>
                    }
                </p>
                <p class="coverage">{ coverage_line }</p>
                if coverage.is_thin() {
                    <p class="caveat">{ texts.thin_result }</p>
                }
                if let Some(stage) = overall_stage {
                    <p>{ stage.summary }</p>
                }
            </div>
            if let Some(cta) = &props.call_to_action {
                <p class="cta">
                    <a class="cta-link" href={cta.href.to_owned()} onclick={on_cta}>{ cta.text }</a>
                </p>
                <p class="cta-address print-only">{ cta.href }</p>
            }
            { start_here_box }
            if series.len() > 1 {
                <h3 class="compare-heading" tabindex="-1" ref={props.compare_heading.clone()}>
                    { fill(texts.compared_count, &[("count", &series.len().to_string())]) }
                </h3>
            }
            <div class="chart-and-table" data-wide-table={flag(wide_table)}>
                { radar_chart(&RadarChartProps { locale: props.locale, series, overlays: &overlays, spread }) }
                { score_table(&ScoreTableProps {
                    locale: props.locale,
                    series,
                    weakest,
                    spread,
                    previous: summary.previous.as_ref().filter(|_| single),
                    ambitions: (single && chosen_ambitions).then_some(summary.ambitions.as_slice()),
                    reference: summary.reference.as_ref(),
                }) }
            </div>
            if let Some(spreads) = summary.differ.as_deref() {
                { differ_box(&DifferBoxProps { locale: props.locale, spreads }) }
            }
            if own {
                { ambitions_box(&AmbitionsBoxProps {
                    locale: props.locale,
                    ambitions: &summary.ambitions,
                    scores: &main.blocks,
                    on_action: props.on_action.clone(),
                }) }
            }
            { action_plan(&ActionPlanProps {
                locale: props.locale,
                summary,
                articles: props.articles.clone(),
                host: props.host.clone(),
                today: props.today,
            }) }
            <h3 class="advice-heading">{ texts.advice_heading }</h3>
            <div class="cards">{ for cards }</div>
            if can_compare {
                { compare_box(&CompareBoxProps {
                    locale: props.locale,
                    compared: &compared_names,
                    problem_lines: props.compare_problem_lines,
                    text: props.compare_text.clone(),
                    on_action: props.on_action.clone(),
                }) }
                { share_box(&ShareBoxProps {
                    locale: props.locale,
                    host: props.host.clone(),
                    link: props.share_link.clone(),
                    label_text: own.then(|| props.label_text.clone()),
                    copy_status: props.copy_status,
                    field: props.share_field.clone(),
                    on_action: props.on_action.clone(),
                }) }
            }
            { export_box(&ExportBoxProps { locale: props.locale, host: props.host.clone(), series, overlays: &overlays, spread }) }
            if own {
                { history_box(&HistoryBoxProps {
                    locale: props.locale,
                    items: props.history,
                    heading: props.history_heading.clone(),
                    confirm: props.confirm,
                    on_action: props.on_action.clone(),
                }) }
                <div class="actions">
                    <button type="button" class="button secondary" onclick={send(Action::EditAnswers)}>{ texts.edit_answers }</button>
                    <button type="button" class="button secondary" ref={props.restart_button.clone()} onclick={send(Action::Restart)}>{ texts.restart }</button>
                </div>
                if props.confirm == Some(Confirm::Restart) {
                    { restart_question(props.locale, &props.on_action) }
                }
            }
        </section>
    }
}
