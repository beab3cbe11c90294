use super::{flag, score_text};
use crate::model::i18n::{fill, Locale};
use crate::model::quiz::{Block, Content};
use crate::model::score::stage_index;
use yew::prelude::*;

pub struct BlockCardProps {
    pub locale: Locale,
    pub block: &'static Block,
    pub score: Option<u8>,
    pub article: String,
    pub start_here: bool,
}

/// The block's advice for the stage its score falls in, or the advice for an unknown score.
pub fn advice_for(
    content: &Content,
    block: &'static Block,
    score: Option<u8>,
    unknown: &'static str,
) -> &'static str {
    score
        .map(|score| stage_index(content.stages, score))
        .and_then(|stage| block.advice.get(stage))
        .copied()
        .unwrap_or(unknown)
}

/// One block's result: score, stage, advice for that stage, and the article.
pub fn block_card(props: &BlockCardProps) -> Html {
    let Locale { texts, content } = props.locale;
    let block = props.block;
    let stage = props.score.map(|score| stage_index(content.stages, score));
    let advice = advice_for(content, block, props.score, texts.unknown_advice);
    let stage_name = stage.map_or(texts.unknown, |stage| content.stages[stage].name);
    let link_name = fill(
        texts.read_article,
        &[
            ("number", &block.number.to_string()),
            ("title", block.title),
        ],
    );
    html! {
        <article class="card" data-start-here={flag(props.start_here)} key={block.number}>
            <h4>
                <span class="card-number">{ block.number }{ ". " }</span>{ block.title }
                if props.start_here { <span class="badge">{ texts.start_here }</span> }
            </h4>
            <p class="card-score">
                <span>{ texts.score }{ ": " }<strong>{ score_text(props.score, texts.unknown) }</strong></span>
                <span>{ texts.stage }{ ": " }<strong>{ stage_name }</strong></span>
            </p>
            <p>{ advice }</p>
            <p class="article-link"><a href={props.article.clone()}>{ link_name }</a></p>
            <p class="article-address print-only">{ props.article.clone() }</p>
        </article>
    }
}
