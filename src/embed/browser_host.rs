//! [`Host`] for a real browser page: local storage, the address bar, the clipboard and the
//! host element's events. Every call tolerates a browser that refuses (storage blocked or
//! full, no clipboard).

use super::page_events;
use crate::host::{Host, StorageChange};
use crate::model::config::Storage as StorageMode;
use crate::model::contract::{HISTORY, PROGRESS, STORAGE_PREFIX};
use crate::model::fragment::{self, ShareTarget};
use crate::model::history::Day;
use crate::model::page_event::PageEvent;
use crate::model::quiz::Content;
use crate::model::score::ScanScores;
use gloo_timers::callback::Timeout;
use js_sys::Array;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Clipboard, Element, HashChangeEvent,
    HtmlCanvasElement, HtmlElement, HtmlImageElement, ShareData, Storage, StorageEvent, Url,
    Window,
};
use yew::Callback;

#[derive(Clone)]
pub struct BrowserHost {
    window: Option<Window>,
    element: Element,
    /// This widget's fragment key.
    key: String,
    /// The configurator's preview: no storage, and the address is the page's own.
    preview: bool,
    /// Where the host lets the widget store (`data-storage`).
    storage: StorageMode,
}

impl BrowserHost {
    pub fn new(element: Element, key: String, preview: bool, storage: StorageMode) -> Self {
        Self {
            window: web_sys::window(),
            element,
            key,
            preview,
            storage,
        }
    }

    /// Where share links point: `share_base` if configured, else this page as it is now, with
    /// the rest of its fragment. Read once, when the widget mounts.
    pub fn share_target(&self, share_base: Option<String>) -> ShareTarget {
        let (address, fragment) = match share_base {
            Some(base) => (base, String::new()),
            None => (
                self.address_without_fragment().unwrap_or_default(),
                self.fragment(),
            ),
        };
        ShareTarget {
            address,
            fragment,
            key: self.key.clone(),
        }
    }

    /// The page's fragment, with its `#`, or empty.
    fn fragment(&self) -> String {
        self.window
            .as_ref()
            .filter(|_| !self.preview)
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }

    /// This widget's share code in the page's fragment.
    pub fn share_code(&self) -> Option<String> {
        fragment::share_code(&self.fragment(), &self.key).map(str::to_owned)
    }

    /// `bouwstenen-scan:<widget key>:progress` or `…:history` (`model::contract`).
    fn storage_key(&self, what: &str) -> String {
        [STORAGE_PREFIX, &self.key, ":", what].concat()
    }

    pub fn load_progress(&self) -> Option<String> {
        self.load(PROGRESS)
    }

    fn load(&self, what: &str) -> Option<String> {
        self.storage()?
            .get_item(&self.storage_key(what))
            .ok()
            .flatten()
    }

    fn storage(&self) -> Option<Storage> {
        // Throws where storage is disabled (some privacy settings, sandboxed frames).
        let window = self.window.as_ref().filter(|_| !self.preview)?;
        match self.storage {
            StorageMode::Local => window.local_storage().ok().flatten(),
            StorageMode::Session => window.session_storage().ok().flatten(),
            StorageMode::Nothing => None,
        }
    }

    /// The page address without its fragment.
    fn address_without_fragment(&self) -> Option<String> {
        let href = self.window.as_ref()?.location().href().ok()?;
        Some(href.split('#').next().unwrap_or_default().to_owned())
    }
}

/// Today in the visitor's time zone, from the browser's clock.
pub fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Day::new(year, month, day)
}

impl Host for BrowserHost {
    fn warn(&self, message: &str) {
        web_sys::console::warn_1(&format!("bouwstenen-scan: {message}").into());
    }

    fn save_progress(&self, value: &str) {
        if let Some(storage) = self.storage() {
            let _ = storage.set_item(&self.storage_key(PROGRESS), value);
        }
    }

    fn clear_progress(&self) {
        let key = self.storage_key(PROGRESS);
        // Reading first: removing a key that is not there would still be a write.
        if let Some(storage) = self
            .storage()
            .filter(|s| matches!(s.get_item(&key), Ok(Some(_))))
        {
            let _ = storage.remove_item(&key);
        }
    }

    fn load_history(&self) -> Option<String> {
        self.load(HISTORY)
    }

    fn save_history(&self, value: &str) -> bool {
        let Some(storage) = self.storage() else {
            return false;
        };
        let key = self.storage_key(HISTORY);
        let written = if value.is_empty() {
            storage.remove_item(&key)
        } else {
            storage.set_item(&key, value)
        };
        written.is_ok()
    }

    fn watch_storage(&self, on_change: Callback<StorageChange>) -> Box<dyn Any> {
        let Some(window) = self.window.clone().filter(|_| !self.preview) else {
            return Box::new(());
        };
        let (progress, history) = (self.storage_key(PROGRESS), self.storage_key(HISTORY));
        // Fired in the other tabs of this site only, never in the tab that wrote; without a
        // key when the other tab cleared all of the site's storage.
        let listener = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
            let key = event.key();
            if key.is_none() || key.as_deref() == Some(progress.as_str()) {
                on_change.emit(StorageChange::Progress(event.new_value()));
            }
            if key.is_none() || key.as_deref() == Some(history.as_str()) {
                on_change.emit(StorageChange::History(
                    event.new_value().unwrap_or_default(),
                ));
            }
        });
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        Box::new(StorageListener { window, listener })
    }

    fn set_share_code(&self, code: Option<&str>) {
        let Some(window) = self.window.as_ref().filter(|_| !self.preview) else {
            return;
        };
        let current = self.fragment();
        let updated = fragment::with_share_code(&current, &self.key, code);
        if updated == current.trim_start_matches('#') {
            return;
        }
        let Some(base) = self.address_without_fragment() else {
            return;
        };
        let address = if updated.is_empty() {
            base
        } else {
            format!("{base}#{updated}")
        };
        if let Ok(history) = window.history() {
            // Keep the host's history state (a router may keep its own data there).
            let state = history.state().unwrap_or(JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&address));
        }
    }

    fn copy_text(&self, text: String, done: Callback<bool>) {
        let clipboard = self.window.as_ref().and_then(|window| {
            // `navigator.clipboard` is undefined outside secure contexts.
            let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok()?;
            clipboard.dyn_into::<Clipboard>().ok()
        });
        let Some(clipboard) = clipboard else {
            done.emit(false);
            return;
        };
        let promise = clipboard.write_text(&text);
        spawn_local(async move {
            done.emit(JsFuture::from(promise).await.is_ok());
        });
    }

    fn watch_fragment(&self, on_change: Callback<Option<String>>) -> Box<dyn Any> {
        let Some(window) = self.window.clone().filter(|_| !self.preview) else {
            return Box::new(());
        };
        let listener = {
            let key = self.key.clone();
            // The event's new address, not the current one: an effect may have rewritten the
            // fragment between the change and this event.
            Closure::<dyn Fn(HashChangeEvent)>::new(move |event: HashChangeEvent| {
                let address = event.new_url();
                let fragment = address.split_once('#').map_or("", |(_, fragment)| fragment);
                on_change.emit(fragment::share_code(fragment, &key).map(str::to_owned));
            })
        };
        let _ = window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        Box::new(HashChangeListener { window, listener })
    }

    fn completed(&self, content: &Content, scores: &ScanScores) {
        if let Ok(event) = page_events::complete(content, scores) {
            let _ = self.element.dispatch_event(&event);
        }
    }

    fn notify(&self, event: PageEvent) {
        if let Ok(event) = page_events::of(event) {
            let _ = self.element.dispatch_event(&event);
        }
    }

    fn style_results(&self) {
        if let Some(shadow) = self.element.shadow_root() {
            if super::stylesheet::adopt_results(&shadow).is_err() {
                self.warn("the results' stylesheet could not be added");
            }
        }
    }

    fn print(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    }

    fn download(&self, file_name: &str, mime: &str, content: &str) {
        if let Some(blob) = blob_of(content, mime) {
            self.offer_download(file_name, &blob);
        }
    }

    fn download_png(&self, file_name: &str, svg: &str, width: u32, height: u32) {
        let (Some(document), Ok(image)) = (self.element.owner_document(), HtmlImageElement::new())
        else {
            return;
        };
        let host = self.clone();
        let file_name = file_name.to_owned();
        let loaded = image.clone();
        let on_load = Closure::once_into_js(move || {
            let Ok(canvas) = document.create_element("canvas") else {
                return;
            };
            let canvas: HtmlCanvasElement = canvas.unchecked_into();
            canvas.set_width(width * 2);
            canvas.set_height(height * 2);
            let Some(context) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            let _ = context.scale(2.0, 2.0);
            let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
            let on_blob = Closure::once_into_js(move |blob: JsValue| {
                if let Ok(blob) = blob.dyn_into::<Blob>() {
                    host.offer_download(&file_name, &blob);
                }
            });
            let _ = canvas.to_blob(on_blob.unchecked_ref());
        });
        image.set_onload(Some(on_load.unchecked_ref()));
        // A data: address, which a strict CSP allows for images (`img-src data:`).
        let source = format!(
            "data:image/svg+xml;charset=utf-8,{}",
            js_sys::encode_uri_component(svg)
        );
        image.set_src(&source);
    }

    fn share_natively(&self, title: &str, link: &str, done: Callback<bool>) {
        let Some(window) = &self.window else {
            done.emit(false);
            return;
        };
        let navigator = window.navigator();
        let has_share = js_sys::Reflect::get(&navigator, &"share".into())
            .is_ok_and(|share| share.is_function());
        if !has_share {
            done.emit(false);
            return;
        }
        let data = ShareData::new();
        data.set_title(title);
        data.set_url(link);
        let promise = navigator.share_with_data(&data);
        spawn_local(async move {
            // A visitor who closes the share sheet has chosen; no fallback then either.
            let _ = JsFuture::from(promise).await;
            done.emit(true);
        });
    }

    fn after_next_paint(&self, then: Box<dyn FnOnce()>) -> Box<dyn Any> {
        let waiting = Waiting(Rc::new(Cell::new(Some(then))));
        // Animation-frame callbacks run just before the frame is painted; a timeout set in one
        // runs after the paint.
        let in_frame = {
            let waiting = waiting.0.clone();
            Closure::once_into_js(move || run_in_next_task(waiting))
        };
        let asked = self
            .window
            .as_ref()
            .map(|window| window.request_animation_frame(in_frame.unchecked_ref()));
        if !matches!(asked, Some(Ok(_))) {
            run_in_next_task(waiting.0.clone());
        }
        Box::new(waiting)
    }
}

/// The callback of `after_next_paint`, until it runs or is cancelled.
type AfterPaint = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// A callback of `after_next_paint` still to run; dropping this cancels it.
struct Waiting(AfterPaint);

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.take();
    }
}

fn run_in_next_task(waiting: AfterPaint) {
    Timeout::new(0, move || {
        if let Some(then) = waiting.take() {
            then();
        }
    })
    .forget();
}

impl BrowserHost {
    fn offer_download(&self, file_name: &str, blob: &Blob) {
        let Some(document) = self.element.owner_document() else {
            return;
        };
        let Ok(url) = Url::create_object_url_with_blob(blob) else {
            return;
        };
        if let Ok(link) = document.create_element("a") {
            let _ = link.set_attribute("href", &url);
            let _ = link.set_attribute("download", file_name);
            link.unchecked_ref::<HtmlElement>().click();
        }
        // Revoke later: revoking at once can cancel the download in some browsers.
        Timeout::new(10_000, move || {
            let _ = Url::revoke_object_url(&url);
        })
        .forget();
    }
}

fn blob_of(content: &str, mime: &str) -> Option<Blob> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&content.into()), &options).ok()
}

/// Removes its `hashchange` listener when dropped. Written by hand: `gloo_events` for this one
/// listener cost 346 B gzipped (measured in the release build).
struct HashChangeListener {
    window: Window,
    listener: Closure<dyn Fn(HashChangeEvent)>,
}

impl Drop for HashChangeListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.listener.as_ref().unchecked_ref(),
        );
    }
}

/// Removes its `storage` listener when dropped.
struct StorageListener {
    window: Window,
    listener: Closure<dyn Fn(StorageEvent)>,
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.listener.as_ref().unchecked_ref());
    }
}
