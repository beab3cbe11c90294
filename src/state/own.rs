//! The own slice: the visitor's answers, the name of their result and their ambitions.

use super::changes::Changes;
use crate::model::ambition::{Ambitions, StageIndex};
use crate::model::quiz::{Answer, Answers, Content, StatementId};
use crate::model::share::{clean_label, ScanResult};

#[derive(Debug, Clone, Default)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Own {
    pub(super) answers: Answers,
    /// The name for the result, if the visitor gave one (cleaned).
    pub(super) label: Option<String>,
    /// The name field's text as typed, so that cleaning the name never fights the typing.
    pub(super) label_text: String,
    /// Where the visitor wants each block to be in a year (set on the results).
    pub(super) ambitions: Ambitions,
    /// The visitor asked for this tab's answers to be written again (over another tab's):
    /// the progress is written on each, also when it did not change here.
    pub(super) rewrites: Changes,
}

impl Own {
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The name field's text as typed.
    pub fn label_text(&self) -> &str {
        &self.label_text
    }

    /// How often the visitor asked for this tab's answers to be written again.
    pub fn rewrites(&self) -> Changes {
        self.rewrites
    }

    /// The visitor's own result as it was saved, to go on with.
    pub(super) fn resumed(result: ScanResult) -> Self {
        Self {
            answers: result.answers,
            label_text: result.label.clone().unwrap_or_default(),
            label: result.label,
            ambitions: result.ambitions,
            rewrites: Changes::default(),
        }
    }

    /// The visitor's result, as it travels in a link.
    pub fn result(&self, content: &Content) -> ScanResult {
        ScanResult {
            content_version: content.version,
            answers: self.answers.clone(),
            label: self.label.clone(),
            ambitions: self.ambitions.clone(),
        }
    }

    /// Takes an answer to a statement the content has; `false` for any other.
    pub(super) fn answer(&mut self, content: &Content, id: StatementId, answer: Answer) -> bool {
        let known = content.statement(id).is_some();
        if known {
            self.answers.set(id, answer);
        }
        known
    }

    /// While typing: the link follows the cleaned name, the field keeps the text.
    pub(super) fn type_label(&mut self, text: String) {
        self.label = clean_label(&text);
        self.label_text = text;
    }

    /// On leaving the field: the cleaned name is written back.
    pub(super) fn set_label(&mut self, text: &str) {
        self.label = clean_label(text);
        self.label_text = self.label.clone().unwrap_or_default();
    }

    /// An ambition for a block the content has; others are ignored.
    pub(super) fn set_ambition(
        &mut self,
        content: &Content,
        block_number: u8,
        stage: Option<StageIndex>,
    ) {
        if content
            .blocks
            .iter()
            .any(|block| block.number == block_number)
        {
            self.ambitions.set(block_number, stage);
        }
    }
}
