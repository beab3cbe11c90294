use super::score_text;
use super::ViewContext;
use crate::model::i18n::{fill, Locale};
use crate::model::radar_svg::{
    mean_swatch, overlay_swatch, page_svg, swatch, Chart, Layout, Overlay, OverlayKind, Series,
};
use crate::model::score::BlockSpread;
use yew::prelude::*;

pub struct RadarChartProps<'a> {
    pub cx: &'a ViewContext,
    pub series: &'a [Series],
    /// The reference always; then and the ambition beside a single result.
    pub overlays: &'a [Overlay],
    /// The team's spread (mean, lowest and highest per block), with three or more results.
    pub spread: Option<&'a [BlockSpread]>,
}

/// The radar, drawn by `model::radar_svg` in two sizes (the stylesheet shows the one that fits
/// the widget's width), with a legend when it shows more than one result. Its accessible name
/// says every score in words; the table beside it is the full alternative.
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let texts = props.cx.locale.texts;
    let results_texts = texts.results();
    let chart = chart_of(props.cx.locale, props.series, props.overlays, props.spread);
    let name = accessible_name(props.cx.locale, props.series, props.overlays);
    let wide = Html::from_html_unchecked(page_svg(&chart, Layout::Wide, &name).into());
    let compact = Html::from_html_unchecked(page_svg(&chart, Layout::Compact, &name).into());
    let legend = (props.series.len() > 1 || !props.overlays.is_empty()).then(|| {
        let items = props.series.iter().enumerate().map(|(index, series)| {
            let sample = Html::from_html_unchecked(
                format!(r#"<svg class="swatch" viewBox="0 0 40 18" aria-hidden="true">{}</svg>"#, swatch(index)).into(),
            );
            html! { <li>{ sample }<span>{ series.label.clone() }</span></li> }
        });
        let overlays = props.overlays.iter().map(|overlay| {
            let sample = Html::from_html_unchecked(
                format!(r#"<svg class="swatch" viewBox="0 0 40 18" aria-hidden="true">{}</svg>"#, overlay_swatch(overlay.kind)).into(),
            );
            html! { <li>{ sample }<span>{ overlay.label.clone() }</span></li> }
        });
        let mean = props.spread.map(|_| {
            let sample = Html::from_html_unchecked(
                format!(r#"<svg class="swatch" viewBox="0 0 40 18" aria-hidden="true">{}</svg>"#, mean_swatch()).into(),
            );
            html! {
                <>
                    <li>{ sample }<span>{ results_texts.team_mean }</span></li>
                    <li><span class="spread-swatch" aria-hidden="true"></span><span>{ texts.team_spread }</span></li>
                </>
            }
        });
        html! {
            <figcaption>
                <span class="visually-hidden">{ texts.legend }</span>
                <ul class="legend">{ for items }{ for overlays }{ for mean }</ul>
            </figcaption>
        }
    });
    html! {
        <figure class="radar">
            { wide }
            { compact }
            { for legend }
        </figure>
    }
}

/// What `model::radar_svg` draws, for these results in this language.
pub fn chart_of<'a>(
    locale: Locale,
    series: &'a [Series],
    overlays: &'a [Overlay],
    spread: Option<&'a [BlockSpread]>,
) -> Chart<'a> {
    let Locale { texts, content } = locale;
    Chart {
        axes: content
            .blocks
            .iter()
            .map(|block| (block.number, block.title))
            .collect(),
        series,
        overlays,
        spread,
        unknown: texts.unknown,
        mean_label: texts.results().team_mean,
        spread_label: texts.team_spread,
    }
}

/// "Radargrafiek …: Werk aan een data-cultuur: 38%. …", per named result when there are several
/// or when then and the ambition are drawn too (the ambition as stage names).
fn accessible_name(locale: Locale, series: &[Series], overlays: &[Overlay]) -> String {
    let Locale { texts, content } = locale;
    let named = series.len() > 1 || !overlays.is_empty();
    let spoken: Vec<String> = series
        .iter()
        .map(|series| {
            let items: Vec<String> = content
                .blocks
                .iter()
                .zip(&series.scores)
                .map(|(block, score)| {
                    fill(
                        texts.radar_item,
                        &[
                            ("title", block.title),
                            ("score", &score_text(*score, texts.unknown)),
                        ],
                    )
                })
                .collect();
            if named {
                format!("{}: {}", series.label, items.join(" "))
            } else {
                items.join(" ")
            }
        })
        .chain(overlays.iter().map(|overlay| {
            let items: Vec<String> = content
                .blocks
                .iter()
                .zip(&overlay.scores)
                .filter_map(|(block, score)| {
                    let score = (*score)?;
                    let value = match overlay.kind {
                        OverlayKind::Previous | OverlayKind::Reference => {
                            score_text(Some(score), texts.unknown)
                        }
                        OverlayKind::Ambition => content.stage_of(score).name.to_owned(),
                    };
                    Some(fill(
                        texts.radar_item,
                        &[("title", block.title), ("score", &value)],
                    ))
                })
                .collect();
            format!("{}: {}", overlay.label, items.join(" "))
        }))
        .collect();
    fill(texts.radar_name, &[("scores", &spoken.join(" "))])
}
