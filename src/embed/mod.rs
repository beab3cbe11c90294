//! The only code that touches the host page: it finds the mount points, attaches a shadow root
//! with the widget's stylesheet, reads the fragment and saved progress, and mounts the app.

mod browser_host;
mod stylesheet;

use crate::components::app::{App, AppProps};
use crate::host::HostHandle;
use crate::model::i18n::Locale;
use crate::model::progress;
use crate::state::ScanState;
use browser_host::BrowserHost;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

/// Attribute that marks an element as a place for the widget.
pub const MOUNT_ATTRIBUTE: &str = "data-bouwstenen";

/// Mounts a widget in every element with [`MOUNT_ATTRIBUTE`].
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..elements.length() {
        if let Some(element) = elements
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            if let Err(error) = mount(&element) {
                web_sys::console::warn_2(&"bouwstenen-scan: could not mount".into(), &error);
            }
        }
    }
}

/// Mounts one widget in `host_element`'s (new) open shadow root. An element that already has
/// a shadow root is left alone.
pub fn mount(host_element: &Element) -> Result<(), wasm_bindgen::JsValue> {
    if host_element.shadow_root().is_some() {
        return Ok(());
    }
    let shadow = host_element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    stylesheet::adopt(&shadow)?;
    let document = host_element.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("bouwstenen-root");
    shadow.append_child(&root)?;

    let locale = Locale::dutch();
    let host = BrowserHost::new();
    let saved = host
        .load_progress()
        .and_then(|saved| progress::load(locale.content, &saved));
    let initial = ScanState::open(locale.content, &host.fragment(), saved);
    let props = AppProps {
        locale,
        host: HostHandle(Rc::new(host)),
        initial,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(())
}
