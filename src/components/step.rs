use super::confirm_box::{confirm_box, ConfirmBoxProps};
use super::progress::{progress, ProgressProps};
use super::statement::{statement_field, StatementProps};
use super::ViewContext;
use crate::model::i18n::fill;
use crate::model::quiz::Answers;
use crate::model::score::Coverage;
use crate::state::{Action, Confirm};
use yew::prelude::*;

pub struct StepProps<'a> {
    pub cx: &'a ViewContext,
    pub heading: NodeRef,
    /// 0-based index of the block.
    pub index: usize,
    pub answers: &'a Answers,
    pub coverage: Coverage,
    pub confirm: Option<Confirm>,
    /// A correction from the results: the way back to them is on every step.
    pub editing: bool,
}

/// One building block: its title, what it is about, and its statements.
pub fn step(props: &StepProps) -> Html {
    let texts = props.cx.locale.texts;
    let blocks = props.cx.locale.content.blocks;
    let Some(block) = blocks.get(props.index) else {
        return html! {};
    };
    let is_last = props.index + 1 == blocks.len();
    let on_answer = props
        .cx
        .on_action
        .reform(|(id, answer)| Action::Answer(id, answer));
    let statements = block.statements.iter().map(|statement| {
        statement_field(&StatementProps {
            statement,
            answer: props.answers.get(statement.id),
            dont_know: texts.dont_know,
            evidence_label: texts.evidence_label,
            on_answer: on_answer.clone(),
        })
    });
    let on_previous = props.cx.send(Action::Previous);
    let on_next = props.cx.send(Action::Next);
    html! {
        <section class="step" key="step">
            { progress(&ProgressProps {
                cx: props.cx,
                index: props.index,
                answered: props.answers.answered_in(block),
                statements: block.statements.len(),
            }) }
            <h2 class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ block.title }</h2>
            <p class="lead">{ block.summary }</p>
            <p class="hint">{ texts.may_skip }</p>
            { for statements }
            <div class="actions step-actions">
                <button type="button" class="button secondary" onclick={on_previous}>{ texts.previous }</button>
                <button type="button" class="button primary" onclick={on_next}>
                    { if is_last { texts.to_results } else { texts.next } }
                </button>
            </div>
            // A correction of one answer needs no walk through the other steps.
            if props.editing && !is_last {
                <p class="back-to-results">
                    <button type="button" class="button secondary" onclick={props.cx.send(Action::BackToResults)}>
                        { texts.back_to_results }
                    </button>
                </p>
            }
            if props.confirm == Some(Confirm::OpenStatements) {
                { confirm_box(&ConfirmBoxProps {
                    cx: props.cx,
                    question: fill(texts.open_statements, &[
                        ("open", &props.coverage.open().to_string()),
                        ("count", &props.coverage.statements.to_string()),
                    ]),
                    confirm: texts.results_anyway,
                    confirm_action: Action::ShowResultsAnyway,
                    cancel: texts.back_to_open,
                    cancel_action: Action::GoToOpenStatement,
                }) }
            }
        </section>
    }
}
