//! Prints the Dutch content as JSON, for the benchmark's peer (the same scan built with
//! SurveyJS and Chart.js), so that both ask exactly the same questions.
//!
//! `cargo run --example content_json > bench/peer/build/content.json`

use bouwstenen_build::json;
use bouwstenen_scan::CONTENT_NL as CONTENT;

fn main() {
    let text = json::string;
    let list = |items: Vec<String>| format!("[{}]", items.join(","));
    let stages = list(
        CONTENT
            .stages
            .iter()
            .map(|stage| format!(r#"{{"name":{},"from":{}}}"#, text(stage.name), stage.from))
            .collect(),
    );
    let blocks = list(
        CONTENT
            .blocks
            .iter()
            .map(|block| {
                let statements = list(
                    block
                        .statements
                        .iter()
                        .map(|statement| {
                            let levels = list(statement.levels.iter().map(|level| text(level)).collect());
                            format!(r#"{{"id":{},"text":{},"levels":{levels}}}"#, statement.id, text(statement.text))
                        })
                        .collect(),
                );
                let advice = list(block.advice.iter().map(|advice| text(advice)).collect());
                format!(
                    r#"{{"number":{},"title":{},"summary":{},"article":{},"advice":{advice},"statements":{statements}}}"#,
                    block.number,
                    text(block.title),
                    text(block.summary),
                    text(block.article)
                )
            })
            .collect(),
    );
    println!(r#"{{"stages":{stages},"blocks":{blocks}}}"#);
}
