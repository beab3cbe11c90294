use super::score_text;
use crate::model::i18n::{fill, Locale};
use crate::model::quiz::Block;
use crate::model::radar::{points_attribute, Point, Radar, RING_SCORES};
use yew::prelude::*;

/// Titles longer than this wrap onto a second line.
const LINE_LENGTH: usize = 18;
const LINE_HEIGHT: f64 = 19.0;

/// The two drawings of the chart. The stylesheet shows one, by the width of the widget:
/// labels with the block titles where there is room, numbers only on a phone (the table right
/// below the chart names the numbers).
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Wide,
    Compact,
}

impl Layout {
    fn class(self) -> &'static str {
        match self {
            Self::Wide => "radar-wide",
            Self::Compact => "radar-compact",
        }
    }

    fn view_box(self) -> (f64, f64) {
        match self {
            Self::Wide => (660.0, 520.0),
            Self::Compact => (360.0, 340.0),
        }
    }

    fn radius(self) -> f64 {
        match self {
            Self::Wide => 170.0,
            Self::Compact => 135.0,
        }
    }
}

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
    let spoken: Vec<String> = content
        .blocks
        .iter()
        .zip(&props.scores)
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
    let name = fill(texts.radar_name, &[("scores", &spoken.join(" "))]);
    html! {
        <figure class="radar">
            { draw(Layout::Wide, content.blocks, &props.scores, &name, texts.unknown) }
            { draw(Layout::Compact, content.blocks, &props.scores, &name, texts.unknown) }
        </figure>
    }
}

fn number(value: f64) -> String {
    format!("{value:.1}")
}

fn draw(
    layout: Layout,
    blocks: &'static [Block],
    scores: &[Option<u8>],
    name: &str,
    unknown: &str,
) -> Html {
    let (width, height) = layout.view_box();
    let radar = Radar {
        axes: blocks.len(),
        center: Point {
            x: width / 2.0,
            y: height / 2.0 + 4.0,
        },
        radius: layout.radius(),
    };
    let rings = RING_SCORES.iter().skip(1).map(|score| {
        html! { <polygon class="ring" points={points_attribute(&radar.ring(f64::from(*score)))} /> }
    });
    let ring_values = RING_SCORES.iter().skip(1).map(|score| {
        let at = radar.point(0, f64::from(*score));
        html! { <text class="ring-value" x={number(at.x + 4.0)} y={number(at.y - 3.0)}>{ score }</text> }
    });
    let axes = (0..radar.axes).map(|index| {
        let end = radar.point(index, 100.0);
        html! {
            <line class="axis" x1={number(radar.center.x)} y1={number(radar.center.y)}
                x2={number(end.x)} y2={number(end.y)} />
        }
    });
    let labels = blocks.iter().zip(scores).enumerate().map(|(index, (block, score))| {
        let (at, anchor) = radar.label(index, 14.0);
        let lines = match layout {
            Layout::Wide => {
                let mut lines = wrap(block.title, LINE_LENGTH);
                lines.insert(0, format!("{}. {}", block.number, score_text(*score, unknown)));
                lines
            }
            Layout::Compact => vec![block.number.to_string()],
        };
        // Labels above the centre grow upwards, so they never run into the chart.
        let above = at.y < radar.center.y - 1.0;
        let first_y = if above {
            at.y - LINE_HEIGHT * (lines.len() as f64 - 1.0)
        } else {
            at.y + 14.0
        };
        let tspans = lines.iter().enumerate().map(|(line, text)| {
            let class = if line == 0 { "label-first" } else { "label-title" };
            html! {
                <tspan {class} x={number(at.x)} y={number(first_y + LINE_HEIGHT * line as f64)}>{ text.clone() }</tspan>
            }
        });
        html! { <text class="label" text-anchor={anchor.as_svg()}>{ for tspans }</text> }
    });
    let polygon = radar.polygon(scores);
    let dots = polygon
        .iter()
        .zip(scores)
        .filter(|(_, score)| score.is_some())
        .map(|(point, _)| {
            html! { <circle class="dot" cx={number(point.x)} cy={number(point.y)} r="5" /> }
        });
    html! {
        <svg class={layout.class()} role="img" aria-label={name.to_owned()}
            viewBox={format!("0 0 {width} {height}")} xmlns="http://www.w3.org/2000/svg" focusable="false">
            <g aria-hidden="true">
                { for rings }
                { for axes }
                { for ring_values }
                <polygon class="result" points={points_attribute(&polygon)} />
                { for dots }
                { for labels }
            </g>
        </svg>
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
        assert_eq!(
            wrap("Creëer een data-architectuur", 18),
            vec!["Creëer een", "data-architectuur"]
        );
        assert_eq!(wrap("Start vandaag!", 18), vec!["Start vandaag!"]);
    }
}
