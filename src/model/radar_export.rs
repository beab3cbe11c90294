//! The radar as a file of its own, for "Download radar (SVG)" and the PNG drawn from it: a
//! title, the chart and a legend, with fixed colours instead of the page's theme.

use super::radar_svg::{draw, escape, mean_swatch, overlay_swatch, swatch, wrap, Chart, Layout};
use std::fmt::Write as _;

/// Fixed colours for exported files (the page uses its theme's).
const EXPORT_COLOURS: [&str; 6] = [
    "#00689e", "#b3261e", "#2e7d32", "#6a1b9a", "#8a5300", "#00796b",
];

/// A standalone SVG file and its size in pixels.
pub struct Export {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// Characters per line of the title (22 px bold) and of a legend entry (15 px) in the 612 px
/// of the chart's width inside the margins. Counted for wide fallback fonts (Verdana, DejaVu Sans,
/// even a monospace), which a machine without the usual system-ui fonts draws the file in: in
/// those, "Bouwstenen-scan: hoe datagedreven is uw organisatie?" on one line is 694 px wide.
const TITLE_LINE: usize = 36;
const LEGEND_LINE: usize = 50;
/// Room beside the chart for its block labels, which reach past its 660 units in a wide font
/// (a page lets them overflow; an image would cut them off).
const CHART_SIDE: usize = 50;
// Whole pixels, written as integers: formatting an f64 would add kilobytes to the wasm.
const TITLE_LINE_HEIGHT: usize = 28;
const LEGEND_ROW: usize = 28;
const LEGEND_LINE_HEIGHT: usize = 20;

/// A standalone SVG file: title, chart and legend, with fixed colours. The title and the
/// legend's names wrap (a name without spaces too), so nothing is cut off at the image's edge.
pub fn export_svg(chart: &Chart, title: &str) -> Export {
    let (chart_width, chart_height, _) = Layout::Wide.size();
    let (width, chart_height) = (chart_width as usize + 2 * CHART_SIDE, chart_height as usize);
    let title_lines = wrap(title, TITLE_LINE);
    let title_height = TITLE_LINE_HEIGHT * (title_lines.len() + 1);
    // The body first: the image's height is known once the legend is written.
    let mut body = String::new();
    text_lines(
        &mut body,
        ("title", 24, 36),
        TITLE_LINE_HEIGHT,
        &title_lines,
    );
    let _ = write!(body, r#"<g transform="translate({CHART_SIDE} 0)">"#);
    draw(&mut body, chart, Layout::Wide, title_height as f64);
    body.push_str("</g>");
    let mut y = title_height + chart_height + 8;
    let mut entry = |swatch: &str, label: &str| {
        let _ = write!(body, r#"<g transform="translate(24 {y})">{swatch}"#);
        let lines = wrap(label, LEGEND_LINE);
        text_lines(&mut body, ("legend", 52, 14), LEGEND_LINE_HEIGHT, &lines);
        body.push_str("</g>");
        y += LEGEND_ROW + LEGEND_LINE_HEIGHT * lines.len().saturating_sub(1);
    };
    for (index, series) in chart.series.iter().enumerate() {
        entry(&swatch(index), &series.label);
    }
    for overlay in chart.overlays {
        entry(&overlay_swatch(overlay.kind), &overlay.label);
    }
    if chart.spread.is_some() {
        entry(&mean_swatch(), chart.mean_label);
        entry(
            r#"<rect class="team-spread" x="0" y="2" width="40" height="14"/>"#,
            chart.spread_label,
        );
    }
    let height = y + 8;
    let svg = format!(
        r##"<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{}</title><style>{}</style><rect width="100%" height="100%" fill="#ffffff"/>{body}</svg>"##,
        escape(title),
        export_style(),
    );
    Export {
        svg,
        width: width as u32,
        height: height as u32,
    }
}

/// One `<text>` per line, of `class`, the first at (`x`, `y`), the others `line_height` apart.
fn text_lines(
    out: &mut String,
    (class, x, y): (&str, usize, usize),
    line_height: usize,
    lines: &[String],
) {
    for (row, line) in lines.iter().enumerate() {
        let line_y = y + line_height * row;
        let _ = write!(
            out,
            r#"<text class="{class}" x="{x}" y="{line_y}">{}</text>"#,
            escape(line)
        );
    }
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
