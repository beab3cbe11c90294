//! The second click of a double click (or double tap) never reaches the widget's controls.
//!
//! Why: a click on "Start" or "Volgende" puts a new screen under the pointer, and the double
//! click's second click would then answer a statement the visitor never read. A click event's
//! `detail` counts the clicks in quick succession at one spot: 1 for a single click, 2 and up
//! for the repeats of a double (or triple) click or tap, 0 for a keyboard activation. No
//! control here needs a repeat: a chosen radio stays chosen and a button has already acted on
//! the first click, so every repeat is dropped before it reaches a control.

use wasm_bindgen::prelude::*;
use web_sys::{ShadowRoot, UiEvent};

/// Listens in the capture phase on the widget's shadow root, so it runs before any control.
pub fn install(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let drop_repeats = Closure::<dyn Fn(UiEvent)>::new(|event: UiEvent| {
        if event.detail() > 1 {
            event.prevent_default();
            event.stop_propagation();
        }
    });
    shadow.add_event_listener_with_callback_and_bool(
        "click",
        drop_repeats.as_ref().unchecked_ref(),
        true,
    )?;
    // The shadow root stays attached to its element for the page's lifetime (a remount reuses
    // it and installs nothing), so the listener is kept for good, once per element.
    drop_repeats.forget();
    Ok(())
}
