//! Build-time support for the widget: used by its `build.rs` (and its tests), never compiled
//! into the wasm.
//!
//! - [`content_schema`]: the schema of `content/*.toml` and the checks the files must pass.
//! - [`css_minify`]: the minifier for the stylesheet that travels inside the wasm.
//! - [`texts_schema`]: the widget's own words (`content/texts.*.toml`) and their checks.

pub mod content_schema;
pub mod css_minify;
pub mod texts_schema;
