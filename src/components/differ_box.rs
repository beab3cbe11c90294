use crate::model::disagreement::StatementSpread;
use crate::model::i18n::{fill, Locale};
use yew::prelude::*;

pub struct DifferBoxProps<'a> {
    pub locale: Locale,
    pub spreads: &'a [StatementSpread],
}

/// "Waar verschillen we het meest?": per statement, its block, the lowest and the highest
/// answer, and how many chose each level (a table, with bars beside the numbers).
pub fn differ_box(props: &DifferBoxProps) -> Html {
    let Locale { texts, content } = props.locale;
    let items = props.spreads.iter().filter_map(|spread| {
        let block = content.blocks.get(spread.block)?;
        let statement = content.statement(spread.statement)?;
        let level_text = |level: Option<u8>| {
            level
                .and_then(|level| statement.levels.get(usize::from(level)))
                .copied()
                .unwrap_or_default()
        };
        let most = spread.counts.iter().copied().max().unwrap_or(1).max(1);
        let counts_line = spread
            .counts
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(" \u{b7} ");
        let rows = statement.levels.iter().zip(spread.counts).map(|(level, count)| {
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
                <p class="differ-statement"><strong>{ statement.text }</strong></p>
                <p class="differ-block">{ block.number }{ ". " }{ block.title }</p>
                <dl class="differ-range">
                    <dt>{ texts.differ_lowest }</dt><dd>{ level_text(spread.lowest()) }</dd>
                    <dt>{ texts.differ_highest }</dt><dd>{ level_text(spread.highest()) }</dd>
                </dl>
                // Paper gets the counts on one line: the report must stay short.
                <p class="print-only">{ fill(texts.differ_counts_line, &[("counts", &counts_line)]) }</p>
                <table class="differ-counts">
                    <caption class="visually-hidden">{ texts.differ_counts }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ texts.differ_level }</th>
                            <th scope="col" class="number">{ texts.differ_people }</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </li>
        })
    });
    html! {
        <div class="differ">
            <h3>{ texts.differ_title }</h3>
            if props.spreads.is_empty() {
                <p>{ texts.differ_none }</p>
            } else {
                <p>{ texts.differ_lead }</p>
                <ol class="differ-items">{ for items }</ol>
            }
        </div>
    }
}
