//! The radar as a file of its own, for "Download radar (SVG)" and the PNG drawn from it: a
//! title, the chart and a legend, with fixed colours instead of the page's theme.

use super::radar_svg::{draw, escape, mean_swatch, overlay_swatch, swatch, Chart, Layout};
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
