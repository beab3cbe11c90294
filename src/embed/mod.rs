//! The only code that touches the host page: it finds the mount points, reads their
//! configuration, attaches a shadow root with the widget's stylesheet, and mounts the app.
//! Exported to JavaScript as `mount`, `unmount` and `mountAll` (see `web/embed.js`).

mod browser_host;
mod complete_event;
mod double_click_guard;
mod stylesheet;

use crate::components::app::{App, AppProps};
use crate::host::{Host, HostHandle};
use crate::model::config::{self, ARTICLE_ATTRIBUTE_PREFIX, ARTICLE_OPTION_PREFIX, ATTRIBUTES};
use crate::model::i18n::Locale;
use crate::model::progress;
use crate::state::ScanState;
use browser_host::BrowserHost;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// Attribute that marks an element as a place for the widget.
pub const MOUNT_ATTRIBUTE: &str = "data-bouwstenen";

struct Mounted {
    element: Element,
    app: AppHandle<App>,
    key: String,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Mounts a widget in every element with [`MOUNT_ATTRIBUTE`] that has none yet.
#[wasm_bindgen(js_name = mountAll)]
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
            if let Err(error) = mount(&element, &JsValue::UNDEFINED) {
                web_sys::console::warn_2(&"bouwstenen-scan: could not mount".into(), &error);
            }
        }
    }
}

/// `mount(element, options)` for JavaScript: options override the element's data attributes.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: JsValue, options: JsValue) -> Result<(), JsValue> {
    let element: Element = element
        .dyn_into()
        .map_err(|_| JsValue::from_str("bouwstenen-scan: mount() needs an element"))?;
    mount(&element, &options)
}

/// `unmount(element)` for JavaScript: removes the widget; the element can be mounted again.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_js(element: JsValue) {
    if let Ok(element) = element.dyn_into::<Element>() {
        unmount(&element);
    }
}

/// Mounts one widget in `host_element`'s open shadow root. An element that already holds a
/// widget is left alone.
pub fn mount(host_element: &Element, options: &JsValue) -> Result<(), JsValue> {
    if is_mounted(host_element) {
        return Ok(());
    }
    let read = |attribute: &str| read_setting(host_element, options, attribute);
    let (config, warnings) = config::parse(Locale::dutch().content, read);
    let key = unique_key(&config.key);
    let page_lang = host_element
        .owner_document()
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let language = config::language(&config, page_lang.as_deref());
    let content = Locale::of(language).content;

    let shadow = match host_element.shadow_root() {
        Some(shadow) => shadow,
        None => {
            let shadow = host_element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
            double_click_guard::install(&shadow)?;
            shadow
        }
    };
    shadow.set_inner_html("");
    stylesheet::adopt(&shadow)?;
    let document = host_element.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("bouwstenen-root");
    shadow.append_child(&root)?;

    let host = BrowserHost::new(host_element.clone(), key.clone());
    for warning in warnings {
        host.warn(&warning.to_string());
    }
    let saved = host
        .load_progress()
        .and_then(|saved| progress::load(content, &saved));
    // The language the visitor last used here wins over the page's.
    let language = saved
        .as_ref()
        .and_then(|saved| saved.language)
        .unwrap_or(language);
    let initial = ScanState::open(language, host.share_code().as_deref(), saved);
    let props = AppProps {
        share_target: Rc::new(host.share_target(config.share_base)),
        host: HostHandle(Rc::new(host)),
        initial,
        articles: Rc::new(config.articles),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|mounted| {
        mounted.borrow_mut().push(Mounted {
            element: host_element.clone(),
            app,
            key,
        });
    });
    Ok(())
}

/// Removes the widget from `host_element`, if it holds one.
pub fn unmount(host_element: &Element) {
    let removed = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let index = mounted.iter().position(|m| &m.element == host_element)?;
        Some(mounted.remove(index))
    });
    if let Some(removed) = removed {
        removed.app.destroy();
        if let Some(shadow) = host_element.shadow_root() {
            shadow.set_inner_html("");
        }
    }
}

fn is_mounted(element: &Element) -> bool {
    MOUNTED.with(|mounted| mounted.borrow().iter().any(|m| &m.element == element))
}

/// `key`, or `key-2`, `key-3`, … when a widget on the page already uses it.
fn unique_key(key: &str) -> String {
    MOUNTED.with(|mounted| {
        let mounted = mounted.borrow();
        let taken = |candidate: &str| mounted.iter().any(|m| m.key == candidate);
        if !taken(key) {
            return key.to_owned();
        }
        (2..)
            .map(|n| format!("{key}-{n}"))
            .find(|candidate| !taken(candidate))
            .unwrap_or_default()
    })
}

/// A setting from the `mount()` options object (camelCase name) or else the data attribute.
fn read_setting(element: &Element, options: &JsValue, attribute: &str) -> Option<String> {
    let option_name = ATTRIBUTES
        .iter()
        .find(|(name, _)| *name == attribute)
        .map(|(_, option)| (*option).to_owned())
        .or_else(|| {
            let number = attribute.strip_prefix(ARTICLE_ATTRIBUTE_PREFIX)?;
            Some(format!("{ARTICLE_OPTION_PREFIX}{number}"))
        });
    let from_options = option_name.and_then(|name| {
        if !options.is_object() {
            return None;
        }
        js_sys::Reflect::get(options, &name.into())
            .ok()?
            .as_string()
    });
    from_options.or_else(|| element.get_attribute(attribute))
}
