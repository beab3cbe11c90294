//! The events a host page can listen to for its own statistics: `bouwstenen:complete` with the
//! scores, and `bouwstenen:start`, `:step`, `:share` and `:cta`. All bubble and are composed
//! (they cross the shadow boundary), from the host element. The widget itself sends nothing
//! anywhere.

use crate::model::contract::EVENT_PREFIX;
use crate::model::page_event::{self, PageEvent};
use crate::model::quiz::Content;
use crate::model::score::ScanScores;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit};

/// `bouwstenen:complete`; `detail`: `{ overall, stage, blocks: [{ number, title, score, stage }] }`;
/// an unknown score (and its stage) is `null`.
pub fn complete(content: &Content, scores: &ScanScores) -> Result<CustomEvent, JsValue> {
    let stage_name = |score: Option<u8>| -> JsValue {
        score.map_or(JsValue::NULL, |score| content.stage_of(score).name.into())
    };
    let score_value =
        |score: Option<u8>| score.map_or(JsValue::NULL, |score| f64::from(score).into());
    let blocks = Array::new();
    for (block, score) in content.blocks.iter().zip(&scores.blocks) {
        let entry = Object::new();
        Reflect::set(&entry, &"number".into(), &f64::from(block.number).into())?;
        Reflect::set(&entry, &"title".into(), &block.title.into())?;
        Reflect::set(&entry, &"score".into(), &score_value(*score))?;
        Reflect::set(&entry, &"stage".into(), &stage_name(*score))?;
        blocks.push(&entry);
    }
    let detail = Object::new();
    Reflect::set(&detail, &"overall".into(), &score_value(scores.overall))?;
    Reflect::set(&detail, &"stage".into(), &stage_name(scores.overall))?;
    Reflect::set(&detail, &"blocks".into(), &blocks)?;
    announce(page_event::COMPLETE, &detail)
}

/// `bouwstenen:<name>`; `detail`: `{ block, answered }` for a step, `{ how }` for a share, and
/// `{}` for the others.
pub fn of(event: PageEvent) -> Result<CustomEvent, JsValue> {
    let detail = Object::new();
    match event {
        PageEvent::Step { block, answered } => {
            Reflect::set(&detail, &"block".into(), &f64::from(block).into())?;
            Reflect::set(&detail, &"answered".into(), &(answered as f64).into())?;
        }
        PageEvent::Share(way) => {
            Reflect::set(&detail, &"how".into(), &way.name().into())?;
        }
        PageEvent::Start | PageEvent::CallToAction => {}
    }
    announce(event.name(), &detail)
}

fn announce(name: &str, detail: &Object) -> Result<CustomEvent, JsValue> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    // Composed: the event crosses the shadow boundary, so the host page hears it.
    init.set_composed(true);
    init.set_detail(detail);
    CustomEvent::new_with_event_init_dict(&[EVENT_PREFIX, name].concat(), &init)
}
