use super::block_card::{advice_for, block_card, BlockCardProps};
use super::compare_box::{compare_box, CompareBoxProps};
use super::confirm_box::restart_question;
use super::export_box::{export_box, ExportBoxProps};
use super::radar_chart::{radar_chart, ChartSeries, RadarChartProps};
use super::score_table::{score_table, ScoreTableProps};
use super::share_box::{share_box, ShareBoxProps};
use super::{flag, score_text};
use crate::host::HostHandle;
use crate::model::i18n::{fill, Locale};
use crate::model::score::{stage_index, team_spread, Coverage, ScanScores, StartHere};
use crate::model::share::SharedResult;
use crate::state::{Action, Confirm, CopyStatus};
use std::rc::Rc;
use yew::prelude::*;

/// From this many results on, the team's mean and spread are shown.
const TEAM_SIZE: usize = 3;

pub struct ResultsProps<'a> {
    pub locale: Locale,
    pub heading: NodeRef,
    /// The results shown, the main one first (the visitor's own, or the first shared one).
    pub results: Vec<SharedResult>,
    /// Someone else's results, opened from a share link.
    pub shared: bool,
    /// The fragment value that reproduces these results.
    pub results_code: String,
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
    /// The share link field and the field for colleagues' links.
    pub share_field: NodeRef,
    pub compare_field: NodeRef,
    pub on_action: Callback<Action>,
}

pub fn results(props: &ResultsProps) -> Html {
    let Locale { texts, content } = props.locale;
    let scores: Vec<ScanScores> = props
        .results
        .iter()
        .map(|r| ScanScores::of(content, &r.answers))
        .collect();
    let Some(main) = scores.first() else {
        return html! {};
    };
    let series: Vec<ChartSeries> = props
        .results
        .iter()
        .zip(&scores)
        .enumerate()
        .map(|(index, (result, scores))| ChartSeries {
            label: result
                .label
                .clone()
                .unwrap_or_else(|| default_name(props.locale, index, props.shared)),
            scores: scores.blocks.clone(),
        })
        .collect();
    let spread = (scores.len() >= TEAM_SIZE).then(|| team_spread(&scores));
    let start_here = main.start_here(content.stages);
    let weakest = start_here.blocks().to_vec();
    let coverage = Coverage::of(content, &props.results[0].answers);
    let send = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());

    let overall_stage = main
        .overall
        .map(|score| &content.stages[stage_index(content.stages, score)]);
    let article_address = |index: usize| props.articles.get(index).cloned().unwrap_or_default();
    let start_here_blocks = weakest.iter().filter_map(|index| {
        let block = content.blocks.get(*index)?;
        let score = main.blocks.get(*index).copied().flatten();
        let number = block.number.to_string();
        let name = fill(
            texts.read_article,
            &[("number", &number), ("title", block.title)],
        );
        Some(html! {
            <li>
                <p class="start-here-block"><strong>{ number.clone() }{ ". " }{ block.title }</strong>{ " (" }{ score_text(score, texts.unknown) }{ ")" }</p>
                <p>{ advice_for(content, block, score, texts.unknown_advice) }</p>
                <p class="article-link"><a href={article_address(*index)}>{ name }</a></p>
            </li>
        })
    });
    let start_here_box = match start_here {
        StartHere::NoScores => html! {},
        StartHere::AllAtTop | StartHere::AllEqual => html! {
            <div class="start-here">
                <h3>{ texts.start_here }</h3>
                <p>{ if start_here == StartHere::AllAtTop { texts.start_here_all_top } else { texts.start_here_all_equal } }</p>
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
    let name = props.results[0].label.clone().or_else(|| {
        (series.len() > 1)
            .then(|| series.first().map(|first| first.label.clone()))
            .flatten()
    });
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
    let title = if props.shared {
        texts.shared_results_title
    } else {
        texts.results_title
    };
    let compared_names: Vec<String> = series.iter().skip(1).map(|s| s.label.clone()).collect();
    html! {
        <section class="results" key="results">
            <h2 class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ title }</h2>
            if props.shared {
                <div class="notice info">
                    <p>{ texts.shared_notice }</p>
                    <button type="button" class="button primary" onclick={send(Action::TakeScanYourself)}>
                        { texts.take_scan_yourself }
                    </button>
                </div>
            }
            <div class="overall">
                if let Some(name) = name {
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
            { start_here_box }
            if series.len() > 1 {
                <h3 class="compare-heading" tabindex="-1" ref={props.compare_heading.clone()}>
                    { fill(texts.compared_count, &[("count", &series.len().to_string())]) }
                </h3>
            }
            <div class="chart-and-table" data-comparing={flag(series.len() > 1)}>
                { radar_chart(&RadarChartProps { locale: props.locale, series: &series, spread: spread.as_deref() }) }
                { score_table(&ScoreTableProps { locale: props.locale, series: &series, weakest: &weakest, spread: spread.as_deref() }) }
            </div>
            <h3 class="advice-heading">{ texts.advice_heading }</h3>
            <div class="cards">{ for cards }</div>
            if !props.shared {
                { compare_box(&CompareBoxProps {
                    locale: props.locale,
                    compared: &compared_names,
                    problem_lines: props.compare_problem_lines,
                    field: props.compare_field.clone(),
                    on_action: props.on_action.clone(),
                }) }
                { share_box(&ShareBoxProps {
                    locale: props.locale,
                    host: props.host.clone(),
                    code: props.results_code.clone(),
                    label_text: props.label_text.clone(),
                    copy_status: props.copy_status,
                    field: props.share_field.clone(),
                    on_action: props.on_action.clone(),
                }) }
            }
            { export_box(&ExportBoxProps { locale: props.locale, host: props.host.clone(), series: &series, spread: spread.as_deref() }) }
            if !props.shared {
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

/// "Uw uitslag" for the visitor's own result; "Uitslag 2", … for the others.
fn default_name(locale: Locale, index: usize, shared: bool) -> String {
    if index == 0 && !shared {
        locale.texts.own_result.to_owned()
    } else {
        fill(locale.texts.result_n, &[("n", &(index + 1).to_string())])
    }
}
