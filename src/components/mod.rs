//! Thin Yew function components, one per file. They render state and send actions; scoring,
//! parsing and geometry live in `model`.

pub mod action_plan;
pub mod ambitions_box;
pub mod app;
pub mod block_card;
pub mod compare_box;
pub mod confirm_box;
pub mod differ_box;
pub mod export_box;
pub mod history_box;
pub mod intro;
pub mod progress;
pub mod radar_chart;
pub mod results;
pub mod score_table;
pub mod share_box;
pub mod statement;
pub mod step;

/// A state the stylesheet styles, as a present-or-absent `data-*` attribute:
/// `<tr data-weak={flag(is_weak)}>`, styled with `tr[data-weak]`.
/// Why not a second class: any class that is not a literal goes through Yew's `Classes`, a set
/// type that costs the wasm about 2 KB (gzip).
pub fn flag(on: bool) -> Option<&'static str> {
    on.then_some("")
}

/// "57%" or the word for unknown.
pub fn score_text(score: Option<u8>, unknown: &str) -> String {
    score.map_or_else(|| unknown.to_owned(), |score| format!("{score}%"))
}
