use super::ViewContext;
use crate::model::disagreement::Disagreement;
use crate::model::i18n::{fill, Locale};
use yew::prelude::*;

pub struct DisagreementBoxProps<'a> {
    pub cx: &'a ViewContext,
    pub disagreements: &'a [Disagreement],
}

/// "Waar verschillen we het meest?": per statement, its block, the lowest and the highest
/// answer, and how many chose each level (a table, with bars beside the numbers).
pub fn disagreement_box(props: &DisagreementBoxProps) -> Html {
    let Locale { texts, content } = props.cx.locale;
    let results_texts = texts.results();
    let items = props.disagreements.iter().filter_map(|disagreement| {
        let block = content.blocks.get(disagreement.block)?;
        let statement = content.statement(disagreement.statement)?;
        let level_text = |level: Option<u8>| {
            level
                .and_then(|level| statement.levels.get(usize::from(level)))
                .copied()
                .unwrap_or_default()
        };
        let most = disagreement.counts.iter().copied().max().unwrap_or(1).max(1);
        let counts_line = disagreement
            .counts
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(" \u{b7} ");
        let rows = statement.levels.iter().zip(disagreement.counts).map(|(level, count)| {
            // A bar as SVG attributes, not a style: a strict CSP forbids style attributes.
            let width = 100 * u32::from(count) / u32::from(most);
            let bar = Html::from_html_unchecked(
                format!(r#"<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="{width}" height="10"/></svg>"#).into(),
            );
            html! {
                <tr>
                    <th scope="row">{ *level }</th>
                    <td class="number">{ count }</td>
                    <td class="bar-cell">{ bar }</td>
                </tr>
            }
        });
        Some(html! {
            <li>
                <p class="disagreement-statement"><strong>{ statement.text }</strong></p>
                <p class="disagreement-block">{ block.number }{ ". " }{ block.title }</p>
                <dl class="disagreement-range">
                    <dt>{ results_texts.disagreement_lowest }</dt><dd>{ level_text(disagreement.lowest()) }</dd>
                    <dt>{ results_texts.disagreement_highest }</dt><dd>{ level_text(disagreement.highest()) }</dd>
                </dl>
                // Paper gets the counts on one line: the report must stay short.
                <p class="print-only">{ fill(results_texts.disagreement_counts_line, &[("counts", &counts_line)]) }</p>
                <table class="disagreement-counts">
                    <caption class="visually-hidden">{ results_texts.disagreement_counts }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ results_texts.disagreement_level }</th>
                            <th scope="col" class="number">{ results_texts.disagreement_people }</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </li>
        })
    });
    html! {
        <div class="disagreements">
            <h3>{ results_texts.disagreement_title }</h3>
            if props.disagreements.is_empty() {
                <p>{ results_texts.disagreement_none }</p>
            } else {
                <p>{ results_texts.disagreement_lead }</p>
                <ol class="disagreement-items">{ for items }</ol>
            }
        </div>
    }
}
