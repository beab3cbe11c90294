//! The radar chart as SVG text. Drawn once, here: the page shows it (styled by the widget's
//! stylesheet through classes) and the export writes it as a file (with a stylesheet of fixed
//! colours, a title and a legend). Every text that goes in is XML-escaped.

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
/// Fixed colours for exported files (the page uses its theme's).
const EXPORT_COLOURS: [&str; 6] = [
    "#00689e", "#b3261e", "#2e7d32", "#6a1b9a", "#8a5300", "#00796b",
];
const LINE_LENGTH: usize = 18;
const LINE_HEIGHT: f64 = 19.0;

impl Layout {
    fn size(self) -> (f64, f64, f64) {
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

/// A standalone SVG file and its size in pixels.
pub struct Export {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// A standalone SVG file: title, chart and legend, with fixed colours.
pub fn export_svg(chart: &Chart, title: &str) -> Export {
    let (width, chart_height, _) = Layout::Wide.size();
    let legend_rows =
        chart.series.len() + chart.overlays.len() + if chart.spread.is_some() { 2 } else { 0 };
    let title_height = 56.0;
    let height = title_height + chart_height + 28.0 * legend_rows as f64 + 16.0;
    let (width, height) = (width as u32, height as u32);
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{}</title><style>{}</style><rect width="100%" height="100%" fill="#ffffff"/><text class="title" x="24" y="36">{}</text>"##,
        escape(title),
        export_style(),
        escape(title),
    );
    draw(&mut out, chart, Layout::Wide, title_height);
    let mut y = (title_height + chart_height + 8.0) as u32;
    for (index, series) in chart.series.iter().enumerate() {
        let _ = write!(
            out,
            r#"<g transform="translate(24 {y})">{}<text class="legend" x="52" y="14">{}</text></g>"#,
            swatch(index),
            escape(&series.label)
        );
        y += 28;
    }
    for overlay in chart.overlays {
        let _ = write!(
            out,
            r#"<g transform="translate(24 {y})">{}<text class="legend" x="52" y="14">{}</text></g>"#,
            overlay_swatch(overlay.kind),
            escape(&overlay.label)
        );
        y += 28;
    }
    if chart.spread.is_some() {
        let _ = write!(
            out,
            r#"<g transform="translate(24 {y})">{}<text class="legend" x="52" y="14">{}</text></g>"#,
            mean_swatch(),
            escape(chart.mean_label)
        );
        y += 28;
        let _ = write!(
            out,
            r#"<g transform="translate(24 {y})"><rect class="team-spread" x="0" y="2" width="40" height="14"/><text class="legend" x="52" y="14">{}</text></g>"#,
            escape(chart.spread_label)
        );
    }
    out.push_str("</svg>");
    Export {
        svg: out,
        width,
        height,
    }
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

fn draw(out: &mut String, chart: &Chart, layout: Layout, top: f64) {
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
    for score in RING_SCORES.iter().skip(1) {
        let at = radar.point(0, f64::from(*score));
        let _ = write!(
            out,
            r#"<text class="ring-value" x="{}" y="{}">{score}</text>"#,
            number(at.x + 4.0),
            number(at.y - 3.0)
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

fn export_style() -> String {
    let mut style = String::from(
        "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1d21}\
         .title{font-size:22px;font-weight:700}.legend{font-size:15px}\
         .ring{fill:none;stroke:#8a919b;stroke-width:1}.axis{stroke:#6c737d;stroke-width:1}\
         .ring-value{font-size:13px;fill:#4a4f57}.label{font-size:16px}.label-first{font-weight:700}\
         .result{fill-opacity:0.12;stroke-width:3;stroke-linejoin:round}\
         .marker{stroke:#ffffff;stroke-width:1.5}\
         .team-mean{fill:none;stroke:#1b1d21;stroke-width:4;stroke-dasharray:14 6}\
         .team-spread{fill:#1b1d21;fill-opacity:0.12;stroke:none}\
         .previous,.ambition,.reference{fill:none;stroke:#4a4f57;stroke-width:2.5}.ambition{stroke:#1b1d21}.reference{stroke:#8a5300}\
         .overlay-marker{fill:#ffffff;stroke-width:2}",
    );
    for (index, colour) in EXPORT_COLOURS.iter().enumerate() {
        let _ = write!(
            style,
            ".series-{index}{{stroke:{colour};fill:{colour};color:{colour}}}"
        );
    }
    style
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
    use super::*;

    const AXES: [(u8, &str); 3] = [(1, "Werk aan een data-cultuur"), (2, "Werf"), (3, "Start")];

    fn chart<'a>(series: &'a [Series], spread: Option<&'a [BlockSpread]>) -> Chart<'a> {
        Chart {
            axes: AXES.to_vec(),
            series,
            overlays: &[],
            spread,
            unknown: "onbekend",
            mean_label: "Gemiddelde",
            spread_label: "Spreiding",
        }
    }

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn then_and_the_ambition_have_their_own_line_and_marker_and_a_legend_row() {
        let series = [Series {
            label: "Uw uitslag".into(),
            scores: vec![Some(50), Some(40), Some(30)],
        }];
        let overlays = [
            Overlay {
                kind: OverlayKind::Previous,
                label: "Vorige keer, 3 maart 2026".into(),
                scores: vec![Some(20), None, Some(30)],
            },
            Overlay {
                kind: OverlayKind::Ambition,
                label: "Ambitie".into(),
                scores: vec![Some(61), Some(81), None],
            },
        ];
        let chart = Chart {
            overlays: &overlays,
            ..chart(&series, None)
        };
        let svg = page_svg(&chart, Layout::Wide, "naam");
        assert_eq!(count(&svg, r#"<polygon class="previous""#), 1);
        assert_eq!(count(&svg, r#"stroke-dasharray="2 5""#), 1);
        assert_eq!(
            count(&svg, "overlay-marker previous"),
            2,
            "no marker for unknown"
        );
        // Ambitions for blocks 1 and 2 only: one segment between them, never to the centre.
        assert_eq!(count(&svg, r#"<path class="ambition""#), 1);
        assert_eq!(count(&svg, " L"), 1);
        assert_eq!(count(&svg, "overlay-marker ambition"), 2);
        let export = export_svg(&chart, "Titel");
        assert!(export.svg.contains("Vorige keer, 3 maart 2026</text>"));
        assert!(export.svg.contains("Ambitie</text>"));
    }

    #[test]
    fn page_chart_has_rings_axes_polygon_and_a_named_image() {
        let scores = [Some(50), None, Some(100)];
        let svg = page_svg(
            &chart(
                &[Series {
                    label: "Uw uitslag".into(),
                    scores: scores.to_vec(),
                }],
                None,
            ),
            Layout::Wide,
            "Radar: 50%",
        );
        assert!(svg.starts_with(r#"<svg class="radar-wide" role="img" aria-label="Radar: 50%""#));
        assert_eq!(count(&svg, r#"class="ring""#), 4);
        assert_eq!(count(&svg, r#"class="axis""#), 3);
        assert_eq!(count(&svg, r#"class="result series-0""#), 1);
        assert_eq!(count(&svg, "<circle"), 2, "no marker for the unknown block");
        assert!(svg.contains(">1. 50%</tspan>") && svg.contains(">2. onbekend</tspan>"));
        assert!(svg.contains(">data-cultuur</tspan>"));
    }

    #[test]
    fn several_series_differ_in_colour_class_dash_and_marker() {
        let (a, b, c) = ([Some(10); 3], [Some(20); 3], [Some(30); 3]);
        let spread = [BlockSpread {
            mean: Some(20),
            min: Some(10),
            max: Some(30),
        }; 3];
        let series = vec![
            Series {
                label: "A".into(),
                scores: a.to_vec(),
            },
            Series {
                label: "B".into(),
                scores: b.to_vec(),
            },
            Series {
                label: "C".into(),
                scores: c.to_vec(),
            },
        ];
        let svg = page_svg(&chart(&series, Some(&spread)), Layout::Compact, "x");
        for (index, dash) in DASHES.iter().take(3).enumerate() {
            assert!(svg.contains(&format!(r#"class="result series-{index}""#)));
            assert!(svg.contains(&format!(r#"stroke-dasharray="{dash}""#)));
        }
        assert_eq!(
            (
                count(&svg, "<circle"),
                count(&svg, "<rect"),
                count(&svg, "<path class=\"marker")
            ),
            (3, 3, 3)
        );
        assert_eq!(count(&svg, r#"class="team-mean""#), 1);
        assert_eq!(count(&svg, r#"class="team-spread""#), 1);
        assert!(
            !svg.contains("10%"),
            "with several results the labels carry no score"
        );
    }

    #[test]
    fn export_is_a_standalone_file_with_title_legend_and_escaped_text() {
        let scores = [Some(50), Some(60), None];
        let series = vec![Series {
            label: "<b>Team</b> & co".into(),
            scores: scores.to_vec(),
        }];
        let export = export_svg(&chart(&series, None), "Bouwstenen-scan \"nov\"");
        assert_eq!((export.width, export.height), (660, 56 + 520 + 28 + 16));
        let svg = export.svg;
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg" width="660""#));
        assert!(svg.contains("<title>Bouwstenen-scan &quot;nov&quot;</title>"));
        assert!(svg.contains("&lt;b&gt;Team&lt;/b&gt; &amp; co"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains(".series-0{stroke:#00689e"));
        assert_eq!(count(&svg, "<svg"), 1);
        assert_eq!(count(&svg, "</svg>"), 1);
    }

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("Creëer een data-architectuur", 18),
            vec!["Creëer een", "data-architectuur"]
        );
        assert_eq!(wrap("Start vandaag!", 18), vec!["Start vandaag!"]);
    }
}
