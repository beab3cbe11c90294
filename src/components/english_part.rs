//! English as a part of the wasm of its own. A release build (scripts/build/wasm.mjs) puts
//! English's texts and content (model::i18n::english) in a file that a widget fetches only
//! when it is to speak English: when it opens in English (the page's language, its settings
//! or the visitor's last choice) or when the visitor switches. A Dutch page's first question
//! does not wait for them. In other builds (debug, the tests) English is simply there.
use super::results_part::PartMissing;
use crate::model::i18n::{english, Language, Locale};

/// The split point: English's statics are reachable only from here.
#[cfg_attr(bouwstenen_split, wasm_split_helpers::wasm_split(english, fallible))]
fn english_part() -> Result<english::Statics, PartMissing> {
    Ok(english::statics())
}

/// Makes `language` available; `false` when its part did not load (the network, or a file
/// that is not the one built). Then the widget keeps speaking Dutch.
pub async fn make_available(language: Language) -> bool {
    if Locale::is_there(language) {
        return true;
    }
    #[cfg(bouwstenen_split)]
    return match english_part().await {
        Ok(statics) => {
            english::arrived(statics);
            true
        }
        Err(PartMissing) => false,
    };
    #[cfg(not(bouwstenen_split))]
    return english_part().is_ok();
}
