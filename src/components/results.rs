use super::radar_chart::{radar_chart, RadarChartProps};
use super::results_below::results_below;
use super::score_table::{score_table, ScoreTableProps};
use super::score_text;
use super::ViewContext;
use crate::host::Host;
use crate::model::history::Day;
use crate::model::i18n::{fill, Locale};
use crate::model::in_words;
use crate::model::page_event::PageEvent;
use crate::model::radar_svg::DESCRIPTION_ID;
use crate::model::score::StartHere;
use crate::model::summary::ResultSummary;
use crate::model::summary::Whose;
use crate::state::{Action, Confirm, HistoryItem, Kept, Team};
use yew::prelude::*;

/// The organisation's call to action, in the screen's language.
pub struct CtaLink<'a> {
    pub href: &'a str,
    pub text: &'a str,
}

/// The nodes focus moves to after the visitor's actions (see `state::Focus`), and the share
/// field that is selected when copying fails.
pub struct FocusTargets {
    pub heading: NodeRef,
    pub compare_heading: NodeRef,
    pub restart_button: NodeRef,
    pub history_heading: NodeRef,
    pub share_field: NodeRef,
}

pub struct ResultsProps<'a> {
    pub cx: &'a ViewContext,
    pub targets: &'a FocusTargets,
    /// The heading, as the live announcement says it too (`ScanState::results_heading`).
    pub title: String,
    /// What to show, decided by the model; it says whose results these are.
    pub summary: &'a ResultSummary,
    /// The visitor's earlier results, newest first.
    pub history: &'a [HistoryItem],
    /// Whether the visitor keeps their results, and where they may be kept.
    pub kept: &'a Kept,
    pub today: Option<Day>,
    /// The link that reproduces these results.
    pub share_link: String,
    pub call_to_action: Option<CtaLink<'a>>,
    pub confirm: Option<Confirm>,
    /// The name field's text as the visitor types it.
    pub label_text: String,
    /// The comparison, the pasted links and how copying went.
    pub team: &'a Team,
    /// The boxes below the radar and its table too; without them, the screen is drawn to just
    /// below the radar (`Flow::results_in_full`).
    pub in_full: bool,
    /// An earlier result opened from the start screen: the way back leads there, and the list
    /// of kept results is shown to open the others.
    pub from_start: bool,
}

pub fn results(props: &ResultsProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let summary = props.summary;
    let main = &summary.main;
    let series = &summary.series;
    let spread = summary.spread.as_deref();
    let weakest = summary.weakest();
    let coverage = summary.coverage;
    let send = |action: Action| props.cx.send(action);

    let overall_stage = summary.stage;
    let start_here_blocks = weakest.iter().filter_map(|index| {
        let block = content.blocks.get(*index)?;
        let score = main.blocks.get(*index).copied().flatten();
        let name = props.cx.locale.read_article(block);
        Some(html! {
            <li>
                <p class="start-here-block"><strong>{ block.number }{ ". " }{ block.title }</strong>{ " (" }{ score_text(score, texts.unknown) }{ ")" }</p>
                <p>{ content.advice_for(block, score).unwrap_or(results_texts.unknown_advice) }</p>
                <p class="article-link"><a href={props.cx.article(*index)}>{ name }</a></p>
            </li>
        })
    });
    let start_here_box = match summary.start_here {
        StartHere::NoScores => html! {},
        StartHere::AllAtTop | StartHere::AllEqual => html! {
            <div class="start-here">
                <h3>{ texts.start_here }</h3>
                <p>{ if summary.start_here == StartHere::AllAtTop { results_texts.start_here_all_top } else { results_texts.start_here_all_equal } }</p>
            </div>
        },
        StartHere::Blocks(_) => html! {
            <div class="start-here">
                <h3>{ texts.start_here }</h3>
                <p>{ results_texts.start_here_lead }</p>
                <ul>{ for start_here_blocks }</ul>
                <p class="start-here-rule">{ results_texts.start_here_rule }</p>
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
    let whose = summary.whose;
    let words = in_words::sentences(props.cx.locale, summary);
    let overlays = summary.overlays(props.cx.locale);
    let single = series.len() == 1;
    let chosen_ambitions = summary.ambitions.iter().any(Option::is_some);
    // More than a score and a stage per row: the table goes below the radar, full width.

    let on_cta = {
        let host = props.cx.host.clone();
        Callback::from(move |_: MouseEvent| host.0.notify(PageEvent::CallToAction))
    };
    html! {
        <section class="results" key="results">
            <h2 class="screen-title" tabindex="-1" ref={props.targets.heading.clone()}>{ props.title.clone() }</h2>
            <p class="in-words" id={DESCRIPTION_ID}>{ words }</p>
            if whose == Whose::Shared {
                <div class="notice info">
                    <p>{ results_texts.shared_notice }</p>
                    <button type="button" class="button primary" onclick={send(Action::TakeScanYourself)}>
                        { results_texts.take_scan_yourself }
                    </button>
                </div>
            }
            if let Some(notice) = summary.version_notice(props.cx.locale) {
                <p class="notice info version-notice">{ notice }</p>
            }
            if let Whose::Earlier(_) = whose {
                <div class="notice info">
                    <p>{ if props.from_start { results_texts.earlier_notice_from_start } else { results_texts.earlier_notice } }</p>
                    <button type="button" class="button primary" onclick={send(Action::BackFromEarlier)}>
                        { if props.from_start { results_texts.back_to_start } else { results_texts.back_to_own } }
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
                    <p class="caveat">{ results_texts.thin_result }</p>
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
                <h3 class="compare-heading" tabindex="-1" ref={props.targets.compare_heading.clone()}>
                    { fill(texts.compared_count, &[("count", &series.len().to_string())]) }
                </h3>
            }
            <div class="chart-and-table">
                { radar_chart(&RadarChartProps { cx: props.cx, series, overlays: &overlays, spread }) }
                { score_table(&ScoreTableProps {
                    cx: props.cx,
                    series,
                    weakest,
                    spread,
                    previous: summary.previous.as_ref().filter(|_| single),
                    ambitions: (single && chosen_ambitions).then_some(summary.ambitions.as_slice()),
                    reference: summary.reference.as_ref(),
                }) }
            </div>
            if props.in_full {
                { results_below(props, &overlays) }
            }
        </section>
    }
}
