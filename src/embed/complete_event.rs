//! The `bouwstenen:complete` event a host page can listen to for its own analytics. The widget
//! itself sends nothing anywhere.

use crate::model::quiz::Content;
use crate::model::score::ScanScores;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit};

pub const EVENT_NAME: &str = "bouwstenen:complete";

/// `detail`: `{ overall, stage, blocks: [{ number, title, score, stage }] }`; an unknown score
/// (and its stage) is `null`.
pub fn build(content: &Content, scores: &ScanScores) -> Result<CustomEvent, JsValue> {
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

    let init = CustomEventInit::new();
    init.set_bubbles(true);
    // Composed: the event crosses the shadow boundary, so the host page hears it.
    init.set_composed(true);
    init.set_detail(&detail);
    CustomEvent::new_with_event_init_dict(EVENT_NAME, &init)
}
