//! Prints the Dutch content as JSON, for the benchmark's peer (the same scan built with
//! SurveyJS and Chart.js), so that both ask exactly the same questions.
//!
//! `cargo run --example content_json > bench/peer/build/content.json`

use bouwstenen_scan::model::quiz::{Block, Stage, Statement};
use bouwstenen_scan::CONTENT_NL as CONTENT;
use serde::Serialize;

#[derive(Serialize)]
struct PeerContent {
    stages: Vec<PeerStage>,
    blocks: Vec<PeerBlock>,
}

#[derive(Serialize)]
struct PeerStage {
    name: &'static str,
    from: u8,
}

#[derive(Serialize)]
struct PeerBlock {
    number: u8,
    title: &'static str,
    summary: &'static str,
    article: &'static str,
    advice: &'static [&'static str],
    statements: Vec<PeerStatement>,
}

#[derive(Serialize)]
struct PeerStatement {
    id: u8,
    text: &'static str,
    levels: &'static [&'static str],
}

fn main() {
    let stage = |stage: &'static Stage| PeerStage {
        name: stage.name,
        from: stage.from,
    };
    let statement = |statement: &'static Statement| PeerStatement {
        id: statement.id,
        text: statement.text,
        levels: &statement.levels[..],
    };
    let block = |block: &'static Block| PeerBlock {
        number: block.number,
        title: block.title,
        summary: block.summary,
        article: block.article,
        advice: CONTENT.advice_of(block),
        statements: block.statements.iter().map(statement).collect(),
    };
    let content = PeerContent {
        stages: CONTENT.stages.iter().map(stage).collect(),
        blocks: CONTENT.blocks.iter().map(block).collect(),
    };
    match serde_json::to_string(&content) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("content_json: {error}");
            std::process::exit(1);
        }
    }
}
