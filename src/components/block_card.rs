use super::ViewContext;
use super::{flag, score_text};
use crate::model::i18n::Locale;
use crate::model::quiz::Block;
use crate::model::summary::AdvicePlace;
use yew::prelude::*;

pub struct BlockCardProps<'a> {
    pub cx: &'a ViewContext,
    pub block: &'static Block,
    pub score: Option<u8>,
    pub article: String,
    pub start_here: bool,
    /// Where the screen gives this block's advice; the card gives it only when that is here.
    pub advice_place: AdvicePlace,
}

/// One block's result: score, stage, advice for that stage (or where it stands), and the article.
pub fn block_card(props: &BlockCardProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let block = props.block;
    let advice = match props.advice_place {
        AdvicePlace::StartHere => {
            html! { <p class="advice-elsewhere">{ results_texts.advice_at_start_here }</p> }
        }
        AdvicePlace::Plan => {
            html! { <p class="advice-elsewhere">{ results_texts.advice_in_plan }</p> }
        }
        AdvicePlace::Card => html! {
            <p>{ content.advice_for(block, props.score).unwrap_or(results_texts.unknown_advice) }</p>
        },
    };
    let stage_name = props
        .score
        .map_or(texts.unknown, |score| content.stage_of(score).name);
    let link_name = props.cx.locale.read_article(block);
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
            { advice }
            <p class="article-link"><a href={props.article.clone()}>{ link_name }</a></p>
            <p class="article-address print-only">{ props.article.clone() }</p>
        </article>
    }
}
