//! Adds the widget's CSS to its shadow root, after the shell stylesheet that embed.js put
//! there (`styles/shell.css`: the palette, the type and the start screen).

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/widget.css`, minified by `build.rs`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    /// One constructed stylesheet, shared by every widget on the page (parsed once), or
    /// `None` where the browser cannot construct one.
    static WIDGET_SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .and_then(|sheet| sheet.replace_sync(WIDGET_CSS).map(|()| sheet))
        .ok();
}

/// A constructed stylesheet where the browser has them: a strict Content-Security-Policy
/// (`style-src 'self'`) allows it, where it would block a `<style>` element. Older browsers
/// get a `<style>` element instead. Either way once per shadow root, so a remount adds none.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let adopted = WIDGET_SHEET.with(|sheet| {
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
    if adopted.is_some() || shadow.query_selector("style[data-widget]")?.is_some() {
        return Ok(());
    }
    let document = shadow.owner_document().ok_or("no document")?;
    let style = document.create_element("style")?;
    style.set_attribute("data-widget", "")?;
    style.set_text_content(Some(WIDGET_CSS));
    shadow.append_child(style.unchecked_ref())?;
    Ok(())
}
