//! Radar chart geometry for N axes: pure numbers, no drawing.
//!
//! The first axis points straight up and the others follow clockwise, in SVG coordinates
//! (y grows downwards). A score of 0 sits at the centre, 100 on the outer ring.

use std::f64::consts::{PI, TAU};
use std::fmt::Write as _;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Which side of its anchor point a label's text extends to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    pub fn as_svg(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// Rings drawn behind the polygon, as scores.
pub const RING_SCORES: [u8; 5] = [0, 25, 50, 75, 100];

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Radar {
    pub axes: usize,
    pub center: Point,
    pub radius: f64,
}

impl Radar {
    /// Angle of axis `index`, in radians from the positive x axis, clockwise on screen.
    pub fn axis_angle(&self, index: usize) -> f64 {
        let axes = self.axes.max(1) as f64;
        -TAU / 4.0 + TAU * index as f64 / axes
    }

    /// The point for `score` (clamped to 0..=100) on axis `index`.
    pub fn point(&self, index: usize, score: f64) -> Point {
        let distance = self.radius * score.clamp(0.0, 100.0) / 100.0;
        let (cos, sin) = cos_sin(self.axis_angle(index));
        Point {
            x: self.center.x + distance * cos,
            y: self.center.y + distance * sin,
        }
    }

    /// A ring at `score` through every axis.
    pub fn ring(&self, score: f64) -> Vec<Point> {
        (0..self.axes)
            .map(|index| self.point(index, score))
            .collect()
    }

    /// The polygon of a result; an unknown score sits at the centre.
    pub fn polygon(&self, scores: &[Option<u8>]) -> Vec<Point> {
        scores
            .iter()
            .enumerate()
            .map(|(index, score)| self.point(index, score.map_or(0.0, f64::from)))
            .collect()
    }

    /// Where axis `index`'s label goes (`gap` beyond the outer ring) and how it is anchored,
    /// so that labels on the left grow leftwards and never cross the chart.
    pub fn label(&self, index: usize, gap: f64) -> (Point, TextAnchor) {
        let (cos, sin) = cos_sin(self.axis_angle(index));
        let distance = self.radius + gap;
        let point = Point {
            x: self.center.x + distance * cos,
            y: self.center.y + distance * sin,
        };
        let horizontal = cos;
        let anchor = if horizontal.abs() < 0.2 {
            TextAnchor::Middle
        } else if horizontal > 0.0 {
            TextAnchor::Start
        } else {
            TextAnchor::End
        };
        (point, anchor)
    }
}

/// Cosine and sine of `angle`, by their Taylor series after bringing the angle into [-π, π).
/// Accurate to about 1e-10, far finer than the tenths the chart is drawn in, and a few
/// kilobytes smaller in the wasm than the `sin`/`cos` of Rust's maths library.
pub fn cos_sin(angle: f64) -> (f64, f64) {
    let x = angle - TAU * ((angle + PI) / TAU).floor();
    let (mut cos, mut sin) = (0.0, 0.0);
    // `term` is x^n / n!; the series alternate +cos, +sin, -cos, -sin.
    let mut term = 1.0;
    for n in 0..26u32 {
        match n % 4 {
            0 => cos += term,
            1 => sin += term,
            2 => cos -= term,
            _ => sin -= term,
        }
        term *= x / f64::from(n + 1);
    }
    (cos, sin)
}

/// A coordinate written with one decimal, in integer arithmetic: Rust's float formatting would
/// add kilobytes of code to the wasm for this one use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tenths(pub f64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `as` saturates; chart coordinates are far inside i64's range.
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let magnitude = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", magnitude / 10, magnitude % 10)
    }
}

/// SVG `points` attribute text, one decimal per coordinate.
pub fn points_attribute(points: &[Point]) -> String {
    let mut out = String::with_capacity(points.len() * 12);
    for (index, point) in points.iter().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", Tenths(point.x), Tenths(point.y));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RADAR: Radar = Radar {
        axes: 7,
        center: Point { x: 200.0, y: 150.0 },
        radius: 100.0,
    };

    #[test]
    fn cos_sin_match_the_maths_library_over_several_turns() {
        for step in -400..=400 {
            let angle = f64::from(step) * 0.05;
            let (cos, sin) = cos_sin(angle);
            assert!((cos - angle.cos()).abs() < 1e-9, "cos({angle}) = {cos}");
            assert!((sin - angle.sin()).abs() < 1e-9, "sin({angle}) = {sin}");
        }
    }

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn first_axis_points_up_and_full_score_reaches_the_radius() {
        assert!(close(RADAR.point(0, 100.0), Point { x: 200.0, y: 50.0 }));
        assert!(close(RADAR.point(0, 50.0), Point { x: 200.0, y: 100.0 }));
        assert!(close(RADAR.point(3, 0.0), RADAR.center));
    }

    #[test]
    fn axes_go_clockwise_and_are_evenly_spaced() {
        let square = Radar { axes: 4, ..RADAR };
        assert!(close(square.point(1, 100.0), Point { x: 300.0, y: 150.0 }));
        assert!(close(square.point(2, 100.0), Point { x: 200.0, y: 250.0 }));
        assert!(close(square.point(3, 100.0), Point { x: 100.0, y: 150.0 }));
        for index in 0..7 {
            let p = RADAR.point(index, 100.0);
            let distance = ((p.x - 200.0).powi(2) + (p.y - 150.0).powi(2)).sqrt();
            assert!((distance - 100.0).abs() < 1e-9);
        }
    }

    #[test]
    fn scores_are_clamped_and_unknown_sits_at_centre() {
        assert!(close(RADAR.point(0, 150.0), RADAR.point(0, 100.0)));
        assert!(close(RADAR.point(0, -5.0), RADAR.center));
        let polygon = RADAR.polygon(&[Some(100), None]);
        assert!(close(polygon[1], RADAR.center));
    }

    #[test]
    fn ring_has_a_point_per_axis() {
        assert_eq!(RADAR.ring(75.0).len(), 7);
    }

    #[test]
    fn labels_anchor_away_from_the_chart() {
        assert_eq!(RADAR.label(0, 10.0).1, TextAnchor::Middle);
        assert_eq!(RADAR.label(1, 10.0).1, TextAnchor::Start);
        assert_eq!(RADAR.label(6, 10.0).1, TextAnchor::End);
        assert!(close(RADAR.label(0, 10.0).0, Point { x: 200.0, y: 40.0 }));
    }

    #[test]
    fn points_attribute_format() {
        let points = [Point { x: 1.0, y: 2.26 }, Point { x: 3.0, y: 4.0 }];
        assert_eq!(points_attribute(&points), "1.0,2.3 3.0,4.0");
    }

    #[test]
    fn tenths_round_to_one_decimal_with_sign() {
        let shown: Vec<String> = [0.0, 1.04, 1.05, 2.26, -0.04, -3.35, 165.0]
            .iter()
            .map(|v| Tenths(*v).to_string())
            .collect();
        assert_eq!(shown, ["0.0", "1.0", "1.1", "2.3", "0.0", "-3.4", "165.0"]);
    }
}
