use super::flag;
use super::ViewContext;
use crate::host::Host;
use crate::model::history::Day;
use crate::model::i18n::Locale;
use crate::model::page_event::{PageEvent, ShareWay};
use crate::model::plan_document::{self, entries, lead, Read};
use crate::model::summary::{AdvicePlace, ResultSummary};
use yew::prelude::*;

pub struct ActionPlanProps<'a> {
    pub cx: &'a ViewContext,
    pub summary: &'a ResultSummary,
    /// For the download's date and file name.
    pub today: Option<Day>,
}

/// "Uw actieplan": per block, where it is and where it should go, its advice (unless "Begin
/// hier" gives it) and its article; and the plan as a file to edit. Without ambitions the
/// entries are the "Begin hier" blocks: the lead says so and the file holds them.
pub fn action_plan(props: &ActionPlanProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let summary = props.summary;
    let Some(lead) = lead(props.cx.locale, summary, Read::OnScreen) else {
        return html! {};
    };
    let shown = if summary.plan_follows_ambitions() {
        entries(props.cx.locale, summary)
    } else {
        Vec::new()
    };
    let items: Vec<Html> = shown
        .into_iter()
        .map(|entry| {
            let address = props.cx.article(entry.block);
            let link_name = content
                .blocks
                .get(entry.block)
                .map(|block| props.cx.locale.read_article(block))
                .unwrap_or_default();
            html! {
                <li>
                    <h4>{ entry.heading }</h4>
                    <p class="plan-status">
                        <strong>{ entry.now }</strong>
                        if let Some(target) = entry.target { { " · " }<strong>{ target }</strong> }
                    </p>
                    if summary.advice_place(entry.block) == AdvicePlace::Plan {
                        <p>{ entry.advice }</p>
                    } else {
                        <p class="advice-elsewhere">{ results_texts.advice_at_start_here }</p>
                    }
                    <p class="article-link"><a href={address.clone()}>{ link_name }</a></p>
                    <p class="article-address print-only">{ address }</p>
                </li>
            }
        })
        .collect();
    let download = {
        let (locale, summary, articles, host, today) = (
            props.cx.locale,
            props.summary.clone(),
            props.cx.articles.clone(),
            props.cx.host.clone(),
            props.today,
        );
        Callback::from(move |_: MouseEvent| {
            let document = plan_document::rtf(locale, &summary, &articles, today);
            let name = plan_document::file_name(locale, today);
            host.0.download(&name, "application/rtf", &document);
            host.0.notify(PageEvent::Share(ShareWay::Plan));
        })
    };
    let start_here_only = !summary.plan_follows_ambitions();
    html! {
        <div class="action-plan" data-start-here-only={flag(start_here_only)}>
            <h3>{ if props.summary.whose.is_visitors() { texts.plan_title } else { results_texts.plan_title_theirs } }</h3>
            <p>{ lead }</p>
            if !items.is_empty() { <ol class="plan-items">{ for items.into_iter() }</ol> }
            <div class="plan-download">
                <button type="button" class="button secondary" aria-describedby="plan-download-help" onclick={download}>{ results_texts.download_plan }</button>
                <p class="hint" id="plan-download-help">{ results_texts.download_plan_help }</p>
            </div>
        </div>
    }
}
