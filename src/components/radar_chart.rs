use super::score_text;
use crate::model::i18n::{fill, Locale};
use crate::model::radar::{points_attribute, Point, Radar, RING_SCORES};
use yew::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 500.0;
const LABEL_GAP: f64 = 16.0;
/// Titles longer than this wrap onto a second line.
const LINE_LENGTH: usize = 18;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub locale: Locale,
    pub scores: Vec<Option<u8>>,
}

/// The radar as SVG drawn by the widget. Its accessible name says every score in words; the
/// table beside it is the full alternative.
#[function_component(RadarChart)]
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let Locale { texts, content } = props.locale;
    let radar = Radar {
        axes: content.blocks.len(),
        center: Point { x: WIDTH / 2.0, y: HEIGHT / 2.0 + 5.0 },
        radius: 165.0,
    };
    let spoken: Vec<String> = content
        .blocks
        .iter()
        .zip(&props.scores)
        .map(|(block, score)| {
            fill(texts.radar_item, &[("title", block.title), ("score", &score_text(*score, texts.unknown))])
        })
        .collect();
    let name = fill(texts.radar_name, &[("scores", &spoken.join(" "))]);

    let rings = RING_SCORES.iter().skip(1).map(|score| {
        html! { <polygon class="ring" points={points_attribute(&radar.ring(f64::from(*score)))} /> }
    });
    let ring_values = RING_SCORES.iter().skip(1).map(|score| {
        let at = radar.point(0, f64::from(*score));
        html! { <text class="ring-value" x={format!("{:.1}", at.x + 4.0)} y={format!("{:.1}", at.y - 3.0)}>{ score }</text> }
    });
    let axes = (0..radar.axes).map(|index| {
        let end = radar.point(index, 100.0);
        html! {
            <line class="axis" x1={format!("{:.1}", radar.center.x)} y1={format!("{:.1}", radar.center.y)}
                x2={format!("{:.1}", end.x)} y2={format!("{:.1}", end.y)} />
        }
    });
    let labels = content.blocks.iter().zip(&props.scores).enumerate().map(|(index, (block, score))| {
        let (at, anchor) = radar.label(index, LABEL_GAP);
        let mut lines = wrap(block.title, LINE_LENGTH);
        lines.insert(0, format!("{}. {}", block.number, score_text(*score, texts.unknown)));
        // Labels above the centre grow upwards, so they never run into the chart.
        let above = at.y < radar.center.y - 1.0;
        let line_height = 17.0;
        let first_y = if above { at.y - line_height * (lines.len() as f64 - 1.0) } else { at.y + 10.0 };
        let tspans = lines.iter().enumerate().map(|(line, text)| {
            let class = if line == 0 { "label-score" } else { "label-title" };
            html! {
                <tspan {class} x={format!("{:.1}", at.x)} y={format!("{:.1}", first_y + line_height * line as f64)}>
                    { text.clone() }
                </tspan>
            }
        });
        html! {
            <g>
                <text class="label" text-anchor={anchor.as_svg()}>{ for tspans }</text>
                <text class="label-short" text-anchor={anchor.as_svg()} x={format!("{:.1}", at.x)}
                    y={format!("{:.1}", if above { at.y } else { at.y + 20.0 })}>{ block.number }</text>
            </g>
        }
    });
    let polygon = radar.polygon(&props.scores);
    let dots = polygon.iter().zip(&props.scores).filter(|(_, score)| score.is_some()).map(|(point, _)| {
        html! { <circle class="dot" cx={format!("{:.1}", point.x)} cy={format!("{:.1}", point.y)} r="5" /> }
    });
    html! {
        <figure class="radar">
            <svg role="img" aria-label={name} viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                xmlns="http://www.w3.org/2000/svg" focusable="false">
                <g aria-hidden="true">
                    { for rings }
                    { for axes }
                    { for ring_values }
                    <polygon class="result" points={points_attribute(&polygon)} />
                    { for dots }
                    { for labels }
                </g>
            </svg>
        </figure>
    }
}

/// Splits `text` into lines of about `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("Creëer een data-architectuur", 18), vec!["Creëer een", "data-architectuur"]);
        assert_eq!(wrap("Start vandaag!", 18), vec!["Start vandaag!"]);
    }
}
