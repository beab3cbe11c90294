use super::score_text;
use crate::model::i18n::Locale;
use crate::model::score::stage_index;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub locale: Locale,
    pub scores: Vec<Option<u8>>,
    pub weakest: Vec<usize>,
}

/// The radar's full text alternative: one row per block.
#[function_component(ScoreTable)]
pub fn score_table(props: &ScoreTableProps) -> Html {
    let Locale { texts, content } = props.locale;
    let rows =
        content
            .blocks
            .iter()
            .zip(&props.scores)
            .enumerate()
            .map(|(index, (block, score))| {
                let stage = score.map_or(texts.unknown, |score| {
                    content.stages[stage_index(content.stages, score)].name
                });
                let class = if props.weakest.contains(&index) {
                    "weak"
                } else {
                    ""
                };
                html! {
                    <tr {class}>
                        <th scope="row">{ block.number }{ ". " }{ block.title }</th>
                        <td class="number">{ score_text(*score, texts.unknown) }</td>
                        <td>{ stage }</td>
                    </tr>
                }
            });
    html! {
        <table class="score-table">
            <caption>{ texts.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.block }</th>
                    <th scope="col" class="number">{ texts.score }</th>
                    <th scope="col">{ texts.stage }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
