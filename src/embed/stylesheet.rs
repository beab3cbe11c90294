//! Adds the results' CSS (`styles/results.css`) to the widget's shadow root when the results
//! are first drawn, after the two stylesheets embed.js put there (`styles/shell.css`: the
//! palette, the type and the start screen; `styles/widget.css`, from first-step.<lang>.json: the
//! steps). It is reached only from the results' part, so its text goes into that part of the
//! wasm and the first question does not wait for it.

use js_sys::{Array, Reflect};
use std::thread::LocalKey;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/results.css`, minified by `build.rs`.
const RESULTS_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/results.min.css"));

/// One constructed stylesheet, shared by every widget on the page (parsed once), or `None`
/// where the browser cannot construct one.
type SharedSheet = Option<CssStyleSheet>;

fn constructed(css: &str) -> SharedSheet {
    CssStyleSheet::new()
        .and_then(|sheet| sheet.replace_sync(css).map(|()| sheet))
        .ok()
}

thread_local! {
    static RESULTS_SHEET: SharedSheet = constructed(RESULTS_CSS);
}

/// The results' stylesheet, after embed.js's: called whenever the results are drawn, it adds
/// the sheet the first time only.
pub fn adopt_results(shadow: &ShadowRoot) -> Result<(), JsValue> {
    adopt_sheet(shadow, &RESULTS_SHEET, RESULTS_CSS, "results")
}

/// A constructed stylesheet where the browser has them: a strict Content-Security-Policy
/// (`style-src 'self'`) allows it, where it would block a `<style>` element. Older browsers
/// get a `<style data-…>` element instead. Either way once per shadow root, so a remount adds
/// none.
fn adopt_sheet(
    shadow: &ShadowRoot,
    shared: &'static LocalKey<SharedSheet>,
    css: &str,
    name: &str,
) -> Result<(), JsValue> {
    let adopted = shared.with(|sheet| {
        let sheet = sheet.as_ref()?;
        let sheets = Reflect::get(shadow, &"adoptedStyleSheets".into())
            .ok()?
            .dyn_into::<Array>()
            .ok()?;
        if !sheets.includes(sheet, 0) {
            // A new array rather than a push: older browsers freeze the adopted one.
            let with_widget = sheets.concat(&Array::of1(sheet));
            Reflect::set(shadow, &"adoptedStyleSheets".into(), &with_widget).ok()?;
        }
        Some(())
    });
    let marker = format!("style[data-{name}]");
    if adopted.is_some() || shadow.query_selector(&marker)?.is_some() {
        return Ok(());
    }
    let document = shadow.owner_document().ok_or("no document")?;
    let style = document.create_element("style")?;
    style.set_attribute(&format!("data-{name}"), "")?;
    style.set_text_content(Some(css));
    shadow.append_child(style.unchecked_ref())?;
    Ok(())
}
