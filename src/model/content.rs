//! The content baked in from `content/*.toml` by `build.rs`: `CONTENT_NL`, `CONTENT_EN`, and
//! each block's advice per stage, `ADVICE_NL` and `ADVICE_EN`, apart from the blocks: the
//! first screens point to the content, so all it points to is in the first part of the wasm;
//! Dutch's advice, which only the results use, goes into the results' part, English's into
//! English's part (`i18n::english`; docs/performance.md).

use super::quiz::{Block, Content, Stage, Statement};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Content {
    /// A block's advice, one per stage in the order of [`Content::stages`]; none for content
    /// that is not baked in (the tests' own).
    pub fn advice_of(&self, block: &Block) -> &'static [&'static str] {
        // English's statics come from its part: naming them here would put them in this
        // one (i18n::english).
        let english = super::i18n::english::statics_if_there()
            .filter(|english| std::ptr::eq(self, english.locale.content));
        let advice = if let Some(english) = english {
            english.advice
        } else if std::ptr::eq(self, &CONTENT_NL) {
            ADVICE_NL
        } else {
            &[]
        };
        self.blocks
            .iter()
            .position(|known| std::ptr::eq(known, block))
            .and_then(|index| advice.get(index).copied())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_block_has_its_own_advice_per_stage_in_its_language() {
        for (content, advice) in [(&CONTENT_NL, ADVICE_NL), (&CONTENT_EN, ADVICE_EN)] {
            assert_eq!(advice.len(), content.blocks.len());
            for (block, expected) in content.blocks.iter().zip(advice) {
                assert_eq!(content.advice_of(block), *expected);
                assert_eq!(content.advice_of(block).len(), content.stages.len());
            }
        }
        assert_ne!(
            CONTENT_NL.advice_of(&CONTENT_NL.blocks[0]),
            CONTENT_EN.advice_of(&CONTENT_EN.blocks[0])
        );
        // Another language's block is not one of this content's.
        assert!(CONTENT_NL.advice_of(&CONTENT_EN.blocks[0]).is_empty());
    }
}
