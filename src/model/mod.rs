//! Everything that can be decided without a browser: content, scoring, the share codec, radar
//! geometry, UI strings. No web-sys and no yew here, so all of it is tested with `cargo test`.

pub mod ambition;
pub mod base64url;
pub mod compare;
pub mod config;
pub mod content;
pub mod contract;
pub mod disagreement;
pub mod file_name;
pub mod fragment;
pub mod head_start;
pub mod history;
pub mod i18n;
pub mod in_words;
pub mod page_event;
pub mod pasted;
pub mod pick;
pub mod plan;
pub mod plan_document;
pub mod progress;
pub mod quiz;
pub mod radar;
pub mod radar_export;
pub mod radar_svg;
pub mod score;
pub mod share;
pub mod summary;
#[cfg(test)]
pub(crate) mod test_support;
pub mod url;
