use super::ViewContext;
use super::{flag, score_text};
use crate::model::i18n::Locale;
use crate::model::radar_svg::Series;
use crate::model::score::BlockSpread;
use crate::model::summary::Previous;
use yew::prelude::*;

pub struct ScoreTableProps<'a> {
    pub cx: &'a ViewContext,
    /// The results, the main one first.
    pub series: &'a [Series],
    pub weakest: &'a [usize],
    /// The team's mean and range, with three or more results.
    pub spread: Option<&'a [BlockSpread]>,
    /// Then, beside a single result: its scores and the change since.
    pub previous: Option<&'a Previous>,
    /// The ambition per block (stage indices), beside a single result with any ambition.
    pub ambitions: Option<&'a [Option<usize>]>,
    /// The organisation's reference profile.
    pub reference: Option<&'a Series>,
}

/// "+12", "−5" (a real minus sign), "0"; blank when either score is unknown.
pub fn change_text(change: Option<i16>) -> String {
    match change {
        Some(change) if change > 0 => format!("+{change}"),
        Some(change) if change < 0 => format!("\u{2212}{}", change.unsigned_abs()),
        Some(_) => "0".to_owned(),
        None => String::new(),
    }
}

/// The radar's full text alternative: one row per block; for one result its score and stage,
/// for several a score column each, and with three or more the mean and the spread.
pub fn score_table(props: &ScoreTableProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let single = props.series.len() == 1;
    let stage_name =
        |score: Option<u8>| score.map_or(texts.unknown, |score| content.stage_of(score).name);
    let previous_label = props.previous.map(|previous| previous.label.as_str());
    let reference_label = props.reference.map(|reference| reference.label.as_str());
    let rows = content.blocks.iter().enumerate().map(|(index, block)| {
        let weak = flag(props.weakest.contains(&index));
        let scores = props.series.iter().map(|series| {
            let label = if single { texts.score } else { series.label.as_str() };
            html! { <td role="cell" class="number" data-label={label.to_owned()}>{ score_text(series.scores.get(index).copied().flatten(), texts.unknown) }</td> }
        });
        let stage = single.then(|| {
            let score = props.series.first().and_then(|series| series.scores.get(index).copied().flatten());
            html! { <td role="cell" data-label={texts.stage}>{ stage_name(score) }</td> }
        });
        let spread = props.spread.and_then(|spread| spread.get(index)).map(|spread| {
            let range = match (spread.min, spread.max) {
                (Some(min), Some(max)) => format!("{min}–{max}%"),
                _ => texts.unknown.to_owned(),
            };
            html! {
                <>
                    <td role="cell" class="number" data-label={results_texts.team_mean}>{ score_text(spread.mean, texts.unknown) }</td>
                    <td role="cell" class="number" data-label={texts.team_spread}>{ range }</td>
                </>
            }
        });
        let previous = props.previous.map(|previous| {
            let then = previous.scores.blocks.get(index).copied().flatten();
            let change = previous.change.get(index).copied().flatten();
            html! {
                <>
                    <td role="cell" class="number" data-label={previous_label.unwrap_or_default().to_owned()}>{ score_text(then, texts.unknown) }</td>
                    <td role="cell" class="number" data-label={texts.change}>{ change_text(change) }</td>
                </>
            }
        });
        let ambition = props.ambitions.map(|ambitions| {
            let stage = ambitions
                .get(index)
                .copied()
                .flatten()
                .and_then(|stage| content.stages.get(stage));
            html! { <td role="cell" data-label={texts.ambition}>{ stage.map_or("", |stage| stage.name) }</td> }
        });
        let reference = props.reference.map(|reference| {
            let score = reference.scores.get(index).copied().flatten();
            html! { <td role="cell" class="number" data-label={reference_label.unwrap_or_default().to_owned()}>{ score_text(score, texts.unknown) }</td> }
        });
        html! {
            <tr role="row" data-weak={weak}>
                <th role="rowheader" scope="row">{ block.number }{ ". " }{ block.title }</th>
                { for scores }
                { for stage }
                { for previous }
                { for ambition }
                { for spread }
                { for reference }
            </tr>
        }
    });
    let score_headers = props.series.iter().map(|series| {
        let name = if single {
            texts.score.to_owned()
        } else {
            series.label.clone()
        };
        html! { <th role="columnheader" scope="col" class="number">{ name }</th> }
    });
    // A single result's extra columns stack on a narrow screen (results.css), so it is never
    // cut off; a comparison's columns, one per result, scroll inside their box instead.
    let extra_columns = 2 * usize::from(props.previous.is_some())
        + usize::from(props.ambitions.is_some())
        + usize::from(props.reference.is_some());
    let stacks =
        (single && extra_columns > 0).then_some(if extra_columns > 1 { "wide" } else { "narrow" });
    let scrolls = stacks.is_none()
        && (props.spread.is_some() || props.previous.is_some() || props.reference.is_some());
    // Focusable, named region: a keyboard user can scroll it when a comparison makes it wide.
    // The roles are the table's own, said again: a table displayed as blocks keeps them.
    html! {
        <>
        if scrolls { <p class="scroll-hint">{ results_texts.table_scroll_hint }</p> }
        <div class="table-scroll" tabindex="0" role="region" aria-label={texts.table_caption}>
        <table class="score-table" role="table" data-stacks={stacks}>
            <caption>{ texts.table_caption }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th role="columnheader" scope="col">{ texts.block }</th>
                    { for score_headers }
                    if single { <th role="columnheader" scope="col">{ texts.stage }</th> }
                    if let Some(previous) = props.previous {
                        <th role="columnheader" scope="col" class="number">{ previous.label.clone() }</th>
                        <th role="columnheader" scope="col" class="number">{ texts.change }</th>
                    }
                    if props.ambitions.is_some() { <th role="columnheader" scope="col">{ texts.ambition }</th> }
                    if props.spread.is_some() {
                        <th role="columnheader" scope="col" class="number">{ results_texts.team_mean }</th>
                        <th role="columnheader" scope="col" class="number">{ texts.team_spread }</th>
                    }
                    if let Some(reference) = props.reference {
                        <th role="columnheader" scope="col" class="number">{ reference.label.clone() }</th>
                    }
                </tr>
            </thead>
            <tbody role="rowgroup">{ for rows }</tbody>
        </table>
        </div>
        </>
    }
}
