//! What the components may ask of the page they live in. The embed layer implements it with
//! the browser's APIs; the components never touch the page themselves.
//!
//! The handle holds the one implementation itself, not a `dyn Host`: a trait object's vtable
//! is data in the first part of the wasm, so every method, and all it calls, would stay in that
//! part. Called directly, the methods only the results use (the clipboard, the share sheet,
//! print, the downloads) go into the results' part with them (docs/performance.md).

pub use crate::embed::BrowserHost;
use crate::model::page_event::PageEvent;
use crate::model::quiz::Content;
use crate::model::score::ScanScores;
use std::any::Any;
use std::rc::Rc;
use yew::Callback;

pub trait Host {
    /// Keep the visitor's progress; failures (storage blocked or full) are silently dropped.
    fn save_progress(&self, value: &str);
    /// Removes the saved progress, if there is any.
    fn clear_progress(&self);
    /// What storage holds of the visitor's earlier results, if it can be read.
    fn load_history(&self) -> Option<String>;
    /// Keep the visitor's earlier results (`History::save`'s text); `false` when storage
    /// refused (blocked or full).
    fn save_history(&self, value: &str) -> bool;
    /// Call `on_change` whenever another tab changes this widget's progress or history in
    /// storage. Watching stops when the returned value is dropped.
    fn watch_storage(&self, on_change: Callback<StorageChange>) -> Box<dyn Any>;
    /// Put this widget's `code` in the address bar's fragment (or take it out) without a
    /// history entry, leaving the rest of the fragment alone.
    fn set_share_code(&self, code: Option<&str>);
    /// Copy `text` to the clipboard; `done` hears whether it worked.
    fn copy_text(&self, text: String, done: Callback<bool>);
    /// Call `on_change` with this widget's share code whenever the fragment changes without a
    /// reload. Watching stops when the returned value is dropped.
    fn watch_fragment(&self, on_change: Callback<Option<String>>) -> Box<dyn Any>;
    /// Tell the host page that the visitor completed the scan with these scores.
    fn completed(&self, content: &Content, scores: &ScanScores);
    /// Tell the host page what the visitor did (`bouwstenen:start`, `:step`, `:share`, `:cta`).
    fn notify(&self, event: PageEvent);
    /// Give the widget the results' stylesheet (the first time the results are drawn; it
    /// comes with their part of the wasm).
    fn style_results(&self);
    /// Open the browser's print dialog (the results print as a report).
    fn print(&self);
    /// Offer `content` as a file to download.
    fn download(&self, file_name: &str, mime: &str, content: &str);
    /// Draw `svg` (`width` × `height` pixels) into a PNG at twice that size and offer it as a
    /// file to download.
    fn download_png(&self, file_name: &str, svg: &str, width: u32, height: u32);
    /// Say in the browser's console why something from outside was ignored; the visitor sees
    /// a plain message in the widget, the web team the reason here.
    fn warn(&self, message: &str);
    /// Open the device's share sheet where the browser has one; `done` hears `false` where it
    /// has none (the caller then copies the link instead).
    fn share_natively(&self, title: &str, link: &str, done: Callback<bool>);
    /// Call `then` once the next frame is painted: in a hidden tab once it is shown again,
    /// which paints it; without animation frames, in the next task. Dropping the returned
    /// value before then cancels it.
    fn after_next_paint(&self, then: Box<dyn FnOnce()>) -> Box<dyn Any>;
}

/// What another tab wrote to this widget's storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageChange {
    /// The progress line as stored now (`None`: removed).
    Progress(Option<String>),
    /// The history as stored now (empty: removed).
    History(String),
}

/// A shared handle to the host, comparable so it can be a component property.
#[derive(Clone)]
pub struct HostHandle(pub Rc<BrowserHost>);

impl PartialEq for HostHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
