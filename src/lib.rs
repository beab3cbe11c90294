//! Bouwstenen-scan: a self-scan of how data-driven an organisation is, in the seven building
//! blocks of the series "Zeven bouwstenen voor een datagedreven organisatie".
//!
//! Layers, from pure to page-facing: [`model`] (no browser), [`state`] (the reducer),
//! [`components`] (Yew views), [`embed`] (the only code that touches the host page).

pub mod components;
pub mod embed;
pub mod host;
pub mod model;
pub mod state;

pub use model::content::CONTENT_NL;

/// Talc instead of Rust's default dlmalloc: a few kilobytes less wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
