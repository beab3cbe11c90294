//! The radar chart as SVG text. Drawn once, here: the page shows it (styled by the widget's
//! stylesheet through classes) and the export writes it as a file (`radar_export.rs`: a
//! stylesheet of fixed colours, a title and a legend). Every text that goes in is XML-escaped.

use super::radar::{points_attribute, Point, Radar, Tenths, RING_SCORES};
use super::score::BlockSpread;
use std::fmt::Write as _;

/// One result on the chart, the table and the export: its name and a score (or unknown) per
/// block, in content order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub label: String,
    pub scores: Vec<Option<u8>>,
}

/// A line drawn with the main result that is not a result of its own: the visitor's previous
/// result ("then") or their ambition. Each has its own line style and marker, so that neither
/// depends on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayKind {
    /// Dotted, with open squares.
    Previous,
    /// Dashed, with open diamonds; only where an ambition is set (no line to the centre).
    Ambition,
    /// The organisation's reference profile: dash-dotted, with open triangles.
    Reference,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlay {
    pub kind: OverlayKind,
    pub label: String,
    /// A score per block, in content order; `None` where there is none.
    pub scores: Vec<Option<u8>>,
}

/// Everything the chart shows.
pub struct Chart<'a> {
    /// (block number, block title) per axis.
    pub axes: Vec<(u8, &'a str)>,
    pub series: &'a [Series],
    /// Then and the ambition, beside a single result.
    pub overlays: &'a [Overlay],
    /// The team's mean and range per block, drawn with three or more results.
    pub spread: Option<&'a [BlockSpread]>,
    pub unknown: &'a str,
    pub mean_label: &'a str,
    pub spread_label: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Block titles at the axes.
    Wide,
    /// Numbers at the axes, for narrow widgets.
    Compact,
}

/// Line styles per series, so that results differ by more than colour.
const DASHES: [&str; 6] = ["", "10 5", "3 4", "12 4 3 4", "6 3", "1 5"];
const LINE_LENGTH: usize = 18;
const LINE_HEIGHT: f64 = 19.0;

impl Layout {
    pub(super) fn size(self) -> (f64, f64, f64) {
        match self {
            Self::Wide => (660.0, 520.0, 170.0),
            Self::Compact => (360.0, 340.0, 135.0),
        }
    }
}

fn radar(layout: Layout, axes: usize, top: f64) -> Radar {
    let (width, height, radius) = layout.size();
    Radar {
        axes,
        center: Point {
            x: width / 2.0,
            y: top + height / 2.0 + 4.0,
        },
        radius,
    }
}

/// The id of the element whose text describes the radar on the page: the result in words.
pub const DESCRIPTION_ID: &str = "result-in-words";

/// The chart for the page: `<svg role="img">` with `name` as its accessible name, described
/// by the element with [`DESCRIPTION_ID`].
pub fn page_svg(chart: &Chart, layout: Layout, name: &str) -> String {
    let (width, height, _) = layout.size();
    let (width, height) = (width as u32, height as u32);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="radar-{}" role="img" aria-label="{}" aria-describedby="{DESCRIPTION_ID}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" focusable="false"><g aria-hidden="true">"#,
        if layout == Layout::Wide {
            "wide"
        } else {
            "compact"
        },
        escape(name),
    );
    draw(&mut out, chart, layout, 0.0);
    out.push_str("</g></svg>");
    out
}

/// A small sample of series `index`'s line and marker, for a legend (40 × 18).
pub fn swatch(index: usize) -> String {
    format!(
        r#"<line class="result series-{}" x1="2" y1="9" x2="38" y2="9" stroke-dasharray="{}" fill="none"/>{}"#,
        index % DASHES.len(),
        DASHES[index % DASHES.len()],
        marker(index, Point { x: 20.0, y: 9.0 }),
    )
}

/// The legend sample of an overlay's line and marker (40 × 18).
pub fn overlay_swatch(kind: OverlayKind) -> String {
    let (class, dashes) = overlay_style(kind);
    format!(
        r#"<line class="{class}" x1="2" y1="9" x2="38" y2="9" stroke-dasharray="{dashes}"/>{}"#,
        overlay_marker(kind, Point { x: 20.0, y: 9.0 })
    )
}

fn overlay_style(kind: OverlayKind) -> (&'static str, &'static str) {
    match kind {
        OverlayKind::Previous => ("previous", "2 5"),
        OverlayKind::Ambition => ("ambition", "10 6"),
        OverlayKind::Reference => ("reference", "7 3 1.5 3"),
    }
}

fn overlay_marker(kind: OverlayKind, at: Point) -> String {
    let t = Tenths;
    let (x, y) = (at.x, at.y);
    match kind {
        OverlayKind::Previous => format!(
            r#"<rect class="overlay-marker previous" x="{}" y="{}" width="8" height="8"/>"#,
            t(x - 4.0),
            t(y - 4.0)
        ),
        OverlayKind::Reference => format!(
            r#"<path class="overlay-marker reference" d="M{} {}L{} {}L{} {}Z"/>"#,
            t(x),
            t(y - 5.5),
            t(x + 5.0),
            t(y + 3.5),
            t(x - 5.0),
            t(y + 3.5)
        ),
        OverlayKind::Ambition => diamond("overlay-marker ambition", at),
    }
}

/// An overlay's line: the previous result as a closed polygon (unknown at the centre, as for
/// results); the ambition only between neighbouring blocks that both have one.
fn draw_overlay(out: &mut String, radar: &Radar, overlay: &Overlay) {
    let (class, dashes) = overlay_style(overlay.kind);
    let points = radar.polygon(&overlay.scores);
    match overlay.kind {
        OverlayKind::Previous | OverlayKind::Reference => {
            let _ = write!(
                out,
                r#"<polygon class="{class}" points="{}" stroke-dasharray="{dashes}"/>"#,
                points_attribute(&points)
            );
        }
        OverlayKind::Ambition => {
            let mut path = String::new();
            let count = points.len();
            for index in 0..count {
                let next = (index + 1) % count;
                let both = overlay.scores[index].is_some() && overlay.scores[next].is_some();
                if both && count > 1 {
                    let _ = write!(
                        path,
                        "M{} L{}",
                        points_attribute(&points[index..=index]),
                        points_attribute(&points[next..=next])
                    );
                }
            }
            if !path.is_empty() {
                let _ = write!(
                    out,
                    r#"<path class="{class}" d="{path}" stroke-dasharray="{dashes}"/>"#
                );
            }
        }
    }
    for (point, score) in points.iter().zip(&overlay.scores) {
        if score.is_some() {
            out.push_str(&overlay_marker(overlay.kind, *point));
        }
    }
}

/// The legend sample of the team mean.
pub fn mean_swatch() -> String {
    r#"<line class="team-mean" x1="2" y1="9" x2="38" y2="9"/>"#.to_owned()
}

pub(super) fn draw(out: &mut String, chart: &Chart, layout: Layout, top: f64) {
    let radar = radar(layout, chart.axes.len(), top);
    let number = Tenths;
    for score in RING_SCORES.iter().skip(1) {
        let _ = write!(
            out,
            r#"<polygon class="ring" points="{}"/>"#,
            points_attribute(&radar.ring(f64::from(*score)))
        );
    }
    for index in 0..radar.axes {
        let end = radar.point(index, 100.0);
        let _ = write!(
            out,
            r#"<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            number(radar.center.x),
            number(radar.center.y),
            number(end.x),
            number(end.y)
        );
    }
    // The scale stands between the first two axes, just outside the middle of each ring's
    // edge: no marker is ever there, and the first block's label is above it. A ring closer
    // than 40 px to the centre (25 on the compact chart) leaves no room between the markers.
    for score in RING_SCORES
        .iter()
        .skip(1)
        .filter(|score| radar.radius * f64::from(**score) >= 4000.0)
    {
        let (a, b) = (
            radar.point(0, f64::from(*score) + 5.0),
            radar.point(1, f64::from(*score) + 5.0),
        );
        let _ = write!(
            out,
            r#"<text class="ring-value" text-anchor="middle" x="{}" y="{}">{score}</text>"#,
            number((a.x + b.x) / 2.0),
            number((a.y + b.y) / 2.0 + 4.0)
        );
    }
    if let Some(spread) = chart.spread {
        let max: Vec<Option<u8>> = spread.iter().map(|s| s.max).collect();
        let min: Vec<Option<u8>> = spread.iter().map(|s| s.min).collect();
        let _ = write!(
            out,
            r#"<path class="team-spread" fill-rule="evenodd" d="M{}Z M{}Z"/>"#,
            points_attribute(&radar.polygon(&max)).replace(' ', " L"),
            points_attribute(&radar.polygon(&min)).replace(' ', " L"),
        );
    }
    for overlay in chart.overlays {
        draw_overlay(out, &radar, overlay);
    }
    for (index, series) in chart.series.iter().enumerate() {
        let polygon = radar.polygon(&series.scores);
        let _ = write!(
            out,
            r#"<polygon class="result series-{}" points="{}" stroke-dasharray="{}"/>"#,
            index % DASHES.len(),
            points_attribute(&polygon),
            DASHES[index % DASHES.len()],
        );
        for (point, score) in polygon.iter().zip(&series.scores) {
            if score.is_some() {
                out.push_str(&marker(index, *point));
            }
        }
    }
    if let Some(spread) = chart.spread {
        let mean: Vec<Option<u8>> = spread.iter().map(|s| s.mean).collect();
        let _ = write!(
            out,
            r#"<polygon class="team-mean" points="{}"/>"#,
            points_attribute(&radar.polygon(&mean))
        );
    }
    let single = chart.series.len() == 1;
    for (index, (block_number, title)) in chart.axes.iter().enumerate() {
        let (at, anchor) = radar.label(index, 14.0);
        let lines: Vec<String> = match layout {
            Layout::Compact => vec![block_number.to_string()],
            Layout::Wide => {
                let score = chart
                    .series
                    .first()
                    .and_then(|s| s.scores.get(index).copied().flatten());
                let first = match (single, score) {
                    (true, Some(score)) => format!("{block_number}. {score}%"),
                    (true, None) => format!("{block_number}. {}", chart.unknown),
                    (false, _) => format!("{block_number}."),
                };
                std::iter::once(first)
                    .chain(wrap(title, LINE_LENGTH))
                    .collect()
            }
        };
        // Labels above the centre grow upwards, so they never run into the chart.
        let above = at.y < radar.center.y - 1.0;
        let first_y = if above {
            at.y - LINE_HEIGHT * (lines.len() as f64 - 1.0)
        } else {
            at.y + 14.0
        };
        let _ = write!(
            out,
            r#"<text class="label" text-anchor="{}">"#,
            anchor.as_svg()
        );
        for (line, text) in lines.iter().enumerate() {
            let _ = write!(
                out,
                r#"<tspan class="{}" x="{}" y="{}">{}</tspan>"#,
                if line == 0 {
                    "label-first"
                } else {
                    "label-title"
                },
                number(at.x),
                number(first_y + LINE_HEIGHT * line as f64),
                escape(text),
            );
        }
        out.push_str("</text>");
    }
}

/// A marker whose shape differs per series: circle, square, triangle, diamond.
fn marker(index: usize, at: Point) -> String {
    let class = format!("marker series-{}", index % DASHES.len());
    let (x, y) = (at.x, at.y);
    let t = Tenths;
    match index % 4 {
        0 => format!(
            r#"<circle class="{class}" cx="{}" cy="{}" r="5"/>"#,
            t(x),
            t(y)
        ),
        1 => format!(
            r#"<rect class="{class}" x="{}" y="{}" width="9" height="9"/>"#,
            t(x - 4.5),
            t(y - 4.5)
        ),
        2 => format!(
            r#"<path class="{class}" d="M{} {}L{} {}L{} {}Z"/>"#,
            t(x),
            t(y - 6.0),
            t(x + 5.5),
            t(y + 4.0),
            t(x - 5.5),
            t(y + 4.0)
        ),
        _ => diamond(&class, at),
    }
}

/// A diamond 12 wide around `at`: the fourth series' marker, and the ambition's (open).
fn diamond(class: &str, at: Point) -> String {
    let t = Tenths;
    let (x, y) = (at.x, at.y);
    format!(
        r#"<path class="{class}" d="M{} {}L{} {}L{} {}L{} {}Z"/>"#,
        t(x),
        t(y - 6.0),
        t(x + 6.0),
        t(y),
        t(x),
        t(y + 6.0),
        t(x - 6.0),
        t(y)
    )
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Splits `text` into lines of at most `width` characters at spaces; a word longer than a
/// line (a name written without spaces) is cut into pieces of `width` characters.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let mut rest = word;
        while !rest.is_empty() {
            let cut = rest
                .char_indices()
                .nth(width)
                .map_or(rest.len(), |(at, _)| at);
            let (piece, tail) = rest.split_at(cut);
            rest = tail;
            match lines.last_mut() {
                Some(line) if line.chars().count() + 1 + piece.chars().count() <= width => {
                    line.push(' ');
                    line.push_str(piece);
                }
                _ => lines.push(piece.to_owned()),
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests;
