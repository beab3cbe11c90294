//! The radar as SVG: series, overlays, the team's spread, escaping and the export file.

use super::*;
use crate::model::radar_export::export_svg;

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
    assert_eq!((export.width, export.height), (760, 56 + 520 + 28 + 16));
    let svg = export.svg;
    assert!(svg.starts_with("<?xml"));
    assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg" width="760""#));
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

#[test]
fn a_word_longer_than_a_line_is_cut_into_pieces() {
    assert_eq!(
        wrap("Team_Sociaal_Domein_Jeugd 2026", 10),
        vec!["Team_Socia", "al_Domein_", "Jeugd 2026"]
    );
    assert_eq!(wrap("", 10), Vec::<String>::new());
}

#[test]
fn the_exports_title_and_long_names_take_as_many_lines_as_they_need() {
    let short = [Series {
        label: "Team".into(),
        scores: vec![Some(50); 7],
    }];
    let long = [Series {
        label: "Team_Sociaal_Domein_Jeugd_en_Gezin_Noord_2026_werkgroep_datagedreven_werken_AB"
            .into(),
        scores: vec![Some(50); 7],
    }];
    let title = "Bouwstenen-scan: hoe datagedreven is uw organisatie?";
    let one = export_svg(&chart(&short, None), "Titel");
    let wrapped = export_svg(&chart(&short, None), title);
    assert_eq!(count(&wrapped.svg, r#"<text class="title""#), 2);
    assert!(wrapped
        .svg
        .contains(">Bouwstenen-scan: hoe datagedreven is</text>"));
    assert_eq!(wrapped.height, one.height + 28, "one title line more");
    let named = export_svg(&chart(&long, None), "Titel");
    assert_eq!(count(&named.svg, r#"<text class="legend""#), 2);
    assert_eq!(named.height, one.height + 20, "one legend line more");
}

/// The `(x, y, anchor, digits)` of each scale label ("25", "50", …) in `svg`.
fn ring_labels(svg: &str) -> Vec<(f64, f64, String, f64)> {
    svg.split(r#"<text class="ring-value""#)
        .skip(1)
        .filter_map(|rest| {
            let rest = &rest[..rest.find("</text>")?];
            let attribute = |name: &str| {
                let start = rest.find(&format!(" {name}=\""))? + name.len() + 3;
                let end = start + rest[start..].find('"')?;
                Some(rest[start..end].to_owned())
            };
            let x = attribute("x")?.parse().ok()?;
            let y = attribute("y")?.parse().ok()?;
            let anchor = attribute("text-anchor").unwrap_or_else(|| "start".into());
            let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            Some((x, y, anchor, digits as f64))
        })
        .collect()
}

#[test]
fn no_marker_at_any_score_covers_a_scale_label() {
    for (layout, axes) in [(Layout::Wide, 7), (Layout::Compact, 7), (Layout::Wide, 5)] {
        let axes: Vec<(u8, &str)> = (1..=axes).map(|n| (n, "Blok")).collect();
        let series = [Series {
            label: "Uw uitslag".into(),
            scores: vec![Some(50); axes.len()],
        }];
        let chart = Chart {
            axes,
            ..chart(&series, None)
        };
        let svg = page_svg(&chart, layout, "Radar");
        let labels = ring_labels(&svg);
        let digits: f64 = labels.iter().map(|label| label.3).sum();
        match layout {
            Layout::Wide => assert_eq!(digits, 9.0, "25, 50, 75 and 100"),
            Layout::Compact => assert_eq!(digits, 7.0, "50, 75 and 100"),
        }
        let radar = radar(layout, chart.axes.len(), 0.0);
        // A digit of 13 px is about 8.5 px wide, a label 12 px high; a marker (or an
        // overlay's open shape) reaches 7 px from its point.
        for (x, y, anchor, digits) in &labels {
            let width = 8.5 * digits;
            let (left, right) = match anchor.as_str() {
                "end" => (x - width, *x),
                "middle" => (x - width / 2.0, x + width / 2.0),
                _ => (*x, x + width),
            };
            let (top, bottom) = (y - 11.0, y + 2.0);
            for axis in 0..chart.axes.len() {
                for score in 0..=100 {
                    let at = radar.point(axis, f64::from(score));
                    let apart = at.x + 7.0 < left
                        || at.x - 7.0 > right
                        || at.y + 7.0 < top
                        || at.y - 7.0 > bottom;
                    assert!(apart, "{layout:?}: a marker on axis {axis} at {score}% covers the label at ({x}, {y})");
                }
            }
        }
    }
}
