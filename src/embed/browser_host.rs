//! [`Host`] for a real browser page: local storage, the address bar and the clipboard. Every
//! call tolerates a browser that refuses (storage blocked or full, no clipboard).

use crate::host::Host;
use crate::model::fragment;
use std::any::Any;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Clipboard, Storage, Window};
use yew::Callback;

const STORAGE_KEY: &str = "bouwstenen-scan:progress";

pub struct BrowserHost {
    window: Option<Window>,
}

impl BrowserHost {
    pub fn new() -> Self {
        Self {
            window: web_sys::window(),
        }
    }

    /// The page's fragment, with its `#`, or empty.
    pub fn fragment(&self) -> String {
        self.window
            .as_ref()
            .and_then(|window| window.location().hash().ok())
            .unwrap_or_default()
    }

    pub fn load_progress(&self) -> Option<String> {
        self.storage()?.get_item(STORAGE_KEY).ok().flatten()
    }

    fn storage(&self) -> Option<Storage> {
        // Throws where storage is disabled (some privacy settings, sandboxed frames).
        self.window.as_ref()?.local_storage().ok().flatten()
    }

    /// The page address without its fragment.
    fn address_without_fragment(&self) -> Option<String> {
        let location = self.window.as_ref()?.location();
        let href = location.href().ok()?;
        Some(href.split('#').next().unwrap_or_default().to_owned())
    }
}

impl Host for BrowserHost {
    fn save_progress(&self, value: &str) {
        if let Some(storage) = self.storage() {
            let _ = storage.set_item(STORAGE_KEY, value);
        }
    }

    fn set_share_code(&self, code: Option<&str>) {
        let Some(window) = &self.window else { return };
        let current = self.fragment();
        let updated = fragment::with_share_code(&current, code);
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
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
        }
    }

    fn share_link(&self, code: &str) -> String {
        let base = self.address_without_fragment().unwrap_or_default();
        let fragment = fragment::with_share_code(&self.fragment(), Some(code));
        format!("{base}#{fragment}")
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

    fn watch_fragment(&self, on_change: Callback<String>) -> Box<dyn Any> {
        let Some(window) = self.window.clone() else {
            return Box::new(());
        };
        let listener = {
            let window = window.clone();
            Closure::<dyn Fn()>::new(move || {
                on_change.emit(window.location().hash().unwrap_or_default());
            })
        };
        let _ = window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        Box::new(HashChangeListener { window, listener })
    }
}

/// Removes its `hashchange` listener when dropped.
struct HashChangeListener {
    window: Window,
    listener: Closure<dyn Fn()>,
}

impl Drop for HashChangeListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.listener.as_ref().unchecked_ref(),
        );
    }
}
