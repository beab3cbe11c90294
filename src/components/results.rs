use super::block_card::BlockCard;
use super::radar_chart::RadarChart;
use super::score_table::ScoreTable;
use super::score_text;
use super::share_box::ShareBox;
use crate::host::HostHandle;
use crate::model::i18n::{fill, Locale};
use crate::model::quiz::Answers;
use crate::model::score::{stage_index, ScanScores};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// How many of the weakest blocks are marked as the place to start.
const START_HERE_COUNT: usize = 2;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub locale: Locale,
    pub heading: NodeRef,
    pub answers: Answers,
    /// Someone else's result, opened from a share link.
    pub shared: bool,
    pub share_code: String,
    pub host: HostHandle,
    pub articles: Rc<Vec<String>>,
    pub on_action: Callback<Action>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let Locale { texts, content } = props.locale;
    let scores = ScanScores::of(content, &props.answers);
    let weakest = scores.weakest(START_HERE_COUNT);
    let send = |action: Action| props.on_action.reform(move |_: MouseEvent| action.clone());

    let overall_stage = scores
        .overall
        .map(|score| &content.stages[stage_index(content.stages, score)]);
    let article_address = |index: usize| props.articles.get(index).cloned().unwrap_or_default();
    let start_here_links = weakest.iter().filter_map(|index| {
        let block = content.blocks.get(*index)?;
        let number = block.number.to_string();
        let name = fill(
            texts.read_article,
            &[("number", &number), ("title", block.title)],
        );
        Some(html! { <li><a href={article_address(*index)}>{ name }</a></li> })
    });
    let cards =
        content
            .blocks
            .iter()
            .zip(&scores.blocks)
            .enumerate()
            .map(|(index, (block, score))| {
                html! {
                    <BlockCard key={block.number} locale={props.locale} {block} score={*score} article={article_address(index)}
                        start_here={weakest.contains(&index)} />
                }
            });
    let title = if props.shared {
        texts.shared_results_title
    } else {
        texts.results_title
    };
    html! {
        <section class="results">
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
                <p class="overall-score">
                    <span class="overall-label">{ texts.overall }</span>
                    <span class="overall-value">{ score_text(scores.overall, texts.unknown) }</span>
                    if let Some(stage) = overall_stage {
                        <span class="overall-stage">{ texts.stage }{ ": " }{ stage.name }</span>
                    }
                </p>
                if let Some(stage) = overall_stage {
                    <p>{ stage.summary }</p>
                }
            </div>
            if !weakest.is_empty() {
                <div class="start-here">
                    <h3>{ texts.start_here }</h3>
                    <p>{ texts.start_here_lead }</p>
                    <ul>{ for start_here_links }</ul>
                </div>
            }
            <div class="chart-and-table">
                <RadarChart locale={props.locale} scores={scores.blocks.clone()} />
                <ScoreTable locale={props.locale} scores={scores.blocks.clone()} weakest={weakest.clone()} />
            </div>
            <h3 class="advice-heading">{ texts.advice_heading }</h3>
            <div class="cards">{ for cards }</div>
            if !props.shared {
                <ShareBox locale={props.locale} host={props.host.clone()} code={props.share_code.clone()} />
                <div class="actions">
                    <button type="button" class="button secondary" onclick={send(Action::EditAnswers)}>{ texts.edit_answers }</button>
                    <button type="button" class="button secondary" onclick={send(Action::Restart)}>{ texts.restart }</button>
                </div>
            }
        </section>
    }
}
