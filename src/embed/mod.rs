//! The only Rust code that touches the host page: it reads a mount point's configuration,
//! adds the widget's stylesheet to its shadow root, and mounts the app in place of the
//! placeholder. Exported to JavaScript as `mount` and `unmount`; `web/embed.js` decides when
//! (lazily, as an element comes near the viewport) and has already given the element its
//! shadow root, the shell stylesheet and the placeholder.

mod browser_host;
mod page_events;
mod stylesheet;

use crate::components::app::{App, AppProps};
use crate::components::english_part;
use crate::host::{Host, HostHandle};
use crate::model::config::{self, Preview};
use crate::model::contract;
use crate::model::head_start::{self, HeadStart};
use crate::model::history::History;
use crate::model::i18n::{Language, Locale};
use crate::model::progress;
use crate::model::summary::Whose;
use crate::state::{ScanState, Screen};
pub use browser_host::BrowserHost;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// The element in the shadow root that the app renders into (embed.js makes it, with the
/// placeholder in it, before the wasm is loaded).
const ROOT_SELECTOR: &str = ".bouwstenen-root";

struct Mounted {
    element: Element,
    phase: Phase,
    key: String,
}

/// A widget is mounted in two steps, which embed.js runs in two tasks: see [`mount`].
enum Phase {
    /// Configured, with its stylesheet; drawn by [`draw`].
    Prepared(Prepared),
    Drawn(AppHandle<App>),
}

struct Prepared {
    /// The element the app draws in.
    root: Element,
    props: Box<AppProps>,
    /// The visitor came for this widget's shared result.
    came_for_the_result: bool,
    /// What storage held was embed.js's, saved from its first step (`model::progress`).
    saved_by_first_step: bool,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// `mount(element, options)` for JavaScript: options override the element's data attributes.
/// Then `draw(element)`, in a later task.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: JsValue, options: JsValue) -> Result<(), JsValue> {
    let element: Element = element
        .dyn_into()
        .map_err(|_| JsValue::from_str("bouwstenen-scan: mount() needs an element"))?;
    mount(&element, &options)
}

/// `draw(element, headStart)` for JavaScript: draws the widget that `mount` prepared there,
/// once the language it opens in is there (English is a part of its own in release builds);
/// resolves to `true` when it opens the shared result the visitor came for (embed.js then
/// brings it into view). `headStart()`, if given, tells what the visitor did on embed.js's
/// first step meanwhile (`model::head_start`); it is asked just before the widget takes
/// its place, in the same task.
#[wasm_bindgen(js_name = draw)]
pub async fn draw_js(element: JsValue, head_start: Option<js_sys::Function>) -> bool {
    let Ok(element) = element.dyn_into::<Element>() else {
        return false;
    };
    if let Some(language) = prepared_language(&element) {
        if !english_part::make_available(language).await {
            open_in_dutch(&element);
        }
    }
    let form = head_start
        .and_then(|ask| ask.call0(&JsValue::NULL).ok())
        .and_then(|form| form.as_string())
        .unwrap_or_default();
    draw(&element, &head_start::parse(&form))
}

/// `check(attributes)` for JavaScript: the settings a widget would ignore, by the rules it
/// mounts with, as `[attribute, problem]` pairs, for an object of data attributes
/// (`{ "data-cta-href": "…" }`). The configurator shows them at its fields and keeps them out
/// of its snippet.
#[wasm_bindgen(js_name = check)]
pub fn check_js(attributes: JsValue) -> js_sys::Array {
    let read = |attribute: &str| {
        js_sys::Reflect::get(&attributes, &attribute.into())
            .ok()?
            .as_string()
    };
    let (_, warnings) = config::parse(Locale::dutch().content, &read);
    warnings
        .iter()
        .map(|warning| {
            js_sys::Array::of2(&warning.attribute.as_str().into(), &warning.problem.into())
        })
        .collect()
}

/// `unmount(element)` for JavaScript: removes the widget; the element can be mounted again.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_js(element: JsValue) {
    if let Ok(element) = element.dyn_into::<Element>() {
        unmount(&element);
    }
}

/// Prepares a widget in `host_element`'s open shadow root: reads its configuration, storage
/// and share link, and adds its stylesheet. [`draw`] then puts it in place of what the root
/// holds (embed.js's placeholder). An element that already holds a widget is left alone.
///
/// Two steps, because embed.js runs them in two tasks: together they (and the wasm's first
/// run of each function, which the browser compiles then) block a slow phone's main thread
/// for over 50 ms; apart, a tap can come in between. Measured with the Long Tasks API in
/// headless Chromium at 4x CPU slowdown, the demo page loaded 5 times: as one step, a task
/// of 68-102 ms each time; as two, none over 50 ms (and the bench's 9 runs since agree).
pub fn mount(host_element: &Element, options: &JsValue) -> Result<(), JsValue> {
    if is_mounted(host_element) {
        return Ok(());
    }
    let read = |attribute: &str| read_setting(host_element, options, attribute);
    let (config, warnings) = config::parse(Locale::dutch().content, &read);
    let key = unique_key(&config.key);
    let page_lang = host_element
        .owner_document()
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let language = config::language(&config, page_lang.as_deref());
    // Dutch's content reads the saved answers in either language: both have the same blocks
    // and statements (build.rs checks), and English may not be there yet (see `draw`).
    let content = Locale::dutch().content;

    // embed.js attaches it, with the shell stylesheet and the placeholder.
    let shadow = host_element
        .shadow_root()
        .ok_or("bouwstenen-scan: the element has no shadow root")?;
    // The root keeps its place (and the stylesheets theirs): only the placeholder goes.
    let root = match shadow.query_selector(ROOT_SELECTOR)? {
        Some(root) => root,
        None => {
            let document = host_element.owner_document().ok_or("no document")?;
            let root = document.create_element("div")?;
            root.set_class_name(&ROOT_SELECTOR[1..]);
            shadow.append_child(&root)?;
            root
        }
    };

    let host = BrowserHost::new(
        host_element.clone(),
        key.clone(),
        config.preview.is_on(),
        config.storage,
    );
    let today = browser_host::today();
    for warning in warnings {
        host.warn(&warning.to_string());
    }
    let saved = host
        .load_progress()
        .and_then(|saved| progress::load(content, &saved))
        .filter(|saved| !saved.expired(today));
    let saved_by_first_step = saved.as_ref().is_some_and(|saved| saved.by_first_step);
    // Kept results expire (docs/privacy.md): what has expired since the last visit is gone
    // from storage now, not only from the screen.
    let (history, expired) =
        History::load_expiring(&host.load_history().unwrap_or_default(), today);
    if expired {
        host.save_history(&history.save());
    }
    let initial = ScanState::open(language, host.share_code().as_deref(), saved)
        .with_history(history, today)
        .with_storage(config.storage)
        .with_reference(config.reference.clone());
    let initial = match config.preview {
        Preview::Results => initial.with_example_answers(),
        Preview::Off | Preview::Start => initial,
    };
    // The visitor followed a share link to this widget: embed.js shows it, wherever it is.
    let came_for_the_result = matches!(
        initial.flow().screen(),
        Screen::Results(Whose::Shared | Whose::Earlier(_))
    );
    let props = AppProps {
        share_target: Rc::new(host.share_target(config.share_base)),
        host: HostHandle(Rc::new(host)),
        initial,
        articles: Rc::new(config.articles),
        call_to_action: Rc::new(config.call_to_action),
    };
    MOUNTED.with(|mounted| {
        mounted.borrow_mut().push(Mounted {
            element: host_element.clone(),
            phase: Phase::Prepared(Prepared {
                root,
                props: Box::new(props),
                came_for_the_result,
                saved_by_first_step,
            }),
            key,
        });
    });
    Ok(())
}

/// Draws the widget that [`mount`] prepared in `host_element`, if it is still there, taking
/// over from embed.js's first step where the visitor is on it. `true` when it opens the
/// shared result the visitor followed a link for.
pub fn draw(host_element: &Element, head_start: &HeadStart) -> bool {
    let came_for_the_result = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let index = mounted
            .iter()
            .position(|m| &m.element == host_element && matches!(m.phase, Phase::Prepared(..)))?;
        let Mounted {
            element,
            phase,
            key,
        } = mounted.remove(index);
        let Phase::Prepared(Prepared {
            root,
            mut props,
            came_for_the_result,
            saved_by_first_step,
        }) = phase
        else {
            return None;
        };
        let mut opening = std::mem::replace(&mut props.initial, ScanState::new(Language::Dutch));
        if saved_by_first_step && !head_start.is_empty() {
            opening = opening.without_saved_progress();
        }
        props.initial = opening.with_head_start(head_start);
        // The placeholder goes in the same task as the widget comes: no frame without either.
        root.set_inner_html("");
        let app = yew::Renderer::<App>::with_root_and_props(root, *props).render();
        mounted.push(Mounted {
            element,
            phase: Phase::Drawn(app),
            key,
        });
        Some(came_for_the_result)
    });
    came_for_the_result == Some(true)
}

/// The language the widget prepared in `host_element` opens in, if it is still to be drawn.
fn prepared_language(host_element: &Element) -> Option<Language> {
    MOUNTED.with(|mounted| {
        mounted.borrow().iter().find_map(|m| match &m.phase {
            Phase::Prepared(Prepared { props, .. }) if &m.element == host_element => {
                Some(props.initial.language())
            }
            _ => None,
        })
    })
}

/// English's part did not load: the widget opens in Dutch rather than not at all, and the
/// visitor can still switch (which tries again).
fn open_in_dutch(host_element: &Element) {
    MOUNTED.with(|mounted| {
        for m in mounted.borrow_mut().iter_mut() {
            if let Phase::Prepared(Prepared { props, .. }) = &mut m.phase {
                if &m.element == host_element {
                    props
                        .host
                        .0
                        .warn("English did not load; the scan opens in Dutch");
                    props.initial.speak(Language::Dutch);
                }
            }
        }
    });
}

/// Removes the widget from `host_element`, if it holds one.
pub fn unmount(host_element: &Element) {
    let removed = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let index = mounted.iter().position(|m| &m.element == host_element)?;
        Some(mounted.remove(index))
    });
    if let Some(removed) = removed {
        if let Phase::Drawn(app) = removed.phase {
            app.destroy();
        }
        if let Some(Ok(Some(root))) = host_element
            .shadow_root()
            .map(|shadow| shadow.query_selector(ROOT_SELECTOR))
        {
            root.remove();
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
    let option = |name: &str| {
        if !options.is_object() {
            return None;
        }
        js_sys::Reflect::get(options, &name.into())
            .ok()?
            .as_string()
    };
    contract::read_setting(attribute, &option, &|name| element.get_attribute(name))
}
