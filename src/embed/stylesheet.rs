//! Puts the widget's CSS into its shadow root.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/widget.css`, minified by `build.rs`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// A constructed stylesheet where the browser has them: a strict Content-Security-Policy
/// (`style-src 'self'`) allows it, where it would block a `<style>` element. Older browsers
/// get a `<style>` element instead.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let constructed = CssStyleSheet::new().and_then(|sheet| {
        sheet.replace_sync(WIDGET_CSS)?;
        let sheets = js_sys::Array::of1(&sheet);
        js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &sheets)?;
        Ok(())
    });
    if constructed.is_ok() {
        return Ok(());
    }
    let document = shadow.owner_document().ok_or("no document")?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(WIDGET_CSS));
    shadow.append_child(style.unchecked_ref())?;
    Ok(())
}
