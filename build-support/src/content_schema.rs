//! The schema of the files in `content/` and the checks they must pass.
//!
//! The widget's `build.rs` uses it to validate the content and bake it into the crate, so a
//! broken content file fails the build with a message that names the file and the entry. The
//! widget's tests use it too. Nothing here is compiled into the widget.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt;

/// Every statement offers exactly this many maturity levels, lowest first.
pub const LEVELS_PER_STATEMENT: usize = 5;
/// The scan has five named stages over 0..=100.
pub const STAGE_COUNT: usize = 5;
/// The article series has seven building blocks.
pub const BLOCK_COUNT: usize = 7;
/// A block asks at least this many statements (fewer say little), and at most this many
/// (the step must stay short).
pub const MIN_STATEMENTS: usize = 3;
pub const MAX_STATEMENTS: usize = 5;
/// The longest texts, in characters, so that a statement with its five levels and its
/// evidence fits a phone's screen (320 px) without scrolling within it, and advice a card.
pub const MAX_STATEMENT_CHARS: usize = 120;
pub const MAX_LEVEL_CHARS: usize = 90;
pub const MAX_EVIDENCE_CHARS: usize = 110;
pub const MAX_ADVICE_CHARS: usize = 420;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContent {
    pub content_version: u16,
    /// Ids of statements of earlier versions that are no longer asked (or whose meaning
    /// changed): never used again, so an old link never counts an answer to another question.
    #[serde(default)]
    pub retired_ids: Vec<i64>,
    pub stages: Vec<RawStage>,
    pub blocks: Vec<RawBlock>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStage {
    pub name: String,
    pub from: u8,
    pub summary: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBlock {
    pub number: u8,
    pub title: String,
    pub summary: String,
    /// The block's construct in one sentence: what it measures, and only it
    /// (docs/instrument.md).
    pub measures: String,
    pub article: String,
    pub advice: Vec<String>,
    #[serde(default)]
    pub statements: Vec<RawStatement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatement {
    pub id: i64,
    pub text: String,
    pub levels: Vec<String>,
    /// What a visitor could point to as evidence for the level they choose.
    #[serde(default)]
    pub evidence: Option<String>,
}

/// What is wrong with a content file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

impl std::error::Error for ContentError {}

/// Parses and validates one content file.
pub fn parse_content(file: &str, text: &str) -> Result<RawContent, ContentError> {
    let content: RawContent = toml::from_str(text).map_err(|err| ContentError {
        file: file.to_owned(),
        entry: "(parse)".to_owned(),
        problem: err.to_string().trim().replace('\n', " | "),
    })?;
    validate(file, &content)?;
    Ok(content)
}

fn validate(file: &str, content: &RawContent) -> Result<(), ContentError> {
    let fail = |entry: String, problem: String| ContentError {
        file: file.to_owned(),
        entry,
        problem,
    };

    if content.stages.len() != STAGE_COUNT {
        return Err(fail(
            "stages".into(),
            format!(
                "expected {STAGE_COUNT} stages, found {}",
                content.stages.len()
            ),
        ));
    }
    let mut previous_from: Option<u8> = None;
    for (index, stage) in content.stages.iter().enumerate() {
        let entry = format!("stages[{index}] \"{}\"", stage.name);
        require_text(&stage.name, "name").map_err(|p| fail(entry.clone(), p))?;
        require_text(&stage.summary, "summary").map_err(|p| fail(entry.clone(), p))?;
        match previous_from {
            None if stage.from != 0 => {
                return Err(fail(entry, "the first stage must start at 0".into()))
            }
            Some(previous) if stage.from <= previous || stage.from > 100 => {
                return Err(fail(
                    entry,
                    format!(
                        "`from` must rise and stay within 0..=100 (previous {previous}, this {})",
                        stage.from
                    ),
                ))
            }
            _ => {}
        }
        previous_from = Some(stage.from);
    }

    if content.blocks.len() != BLOCK_COUNT {
        return Err(fail(
            "blocks".into(),
            format!(
                "expected {BLOCK_COUNT} blocks, found {}",
                content.blocks.len()
            ),
        ));
    }
    let mut retired = BTreeSet::new();
    for &id in &content.retired_ids {
        if !(1..=255).contains(&id) || !retired.insert(id) {
            return Err(fail(
                "retired_ids".into(),
                format!("{id}: each retired id once, from 1 to 255"),
            ));
        }
    }
    let mut seen_ids = BTreeSet::new();
    let mut advice_sentences: Vec<(String, String)> = Vec::new();
    for (index, block) in content.blocks.iter().enumerate() {
        let entry = format!("blocks[{index}] \"{}\"", block.title);
        if usize::from(block.number) != index + 1 {
            return Err(fail(
                entry,
                format!(
                    "number {} out of order: blocks are numbered 1..={BLOCK_COUNT} in series order",
                    block.number
                ),
            ));
        }
        require_text(&block.title, "title").map_err(|p| fail(entry.clone(), p))?;
        require_text(&block.summary, "summary").map_err(|p| fail(entry.clone(), p))?;
        require_text(&block.measures, "measures").map_err(|p| fail(entry.clone(), p))?;
        check_article_address(&block.article).map_err(|p| fail(format!("{entry} article"), p))?;
        if block.advice.len() != STAGE_COUNT {
            return Err(fail(
                entry,
                format!(
                    "expected one advice per stage ({STAGE_COUNT}), found {}",
                    block.advice.len()
                ),
            ));
        }
        for (stage, advice) in block.advice.iter().enumerate() {
            let place = format!("{entry} advice[{stage}]");
            require_text(advice, "advice").map_err(|p| fail(place.clone(), p))?;
            require_length(advice, "advice", MAX_ADVICE_CHARS)
                .map_err(|p| fail(place.clone(), p))?;
            // Advice that says the same (or nearly) in two places says nothing about the second.
            for sentence in sentences(advice) {
                if let Some((_, first)) = advice_sentences
                    .iter()
                    .find(|(other, _)| near_copies(other, &sentence))
                {
                    return Err(fail(
                        place,
                        format!("the sentence {sentence:?} stands (nearly) in {first} too"),
                    ));
                }
                advice_sentences.push((sentence, place.clone()));
            }
        }
        if !(MIN_STATEMENTS..=MAX_STATEMENTS).contains(&block.statements.len()) {
            return Err(fail(
                entry,
                format!(
                    "{} statements: a block asks {MIN_STATEMENTS} to {MAX_STATEMENTS}",
                    block.statements.len()
                ),
            ));
        }
        for statement in &block.statements {
            let entry = format!("{entry} statement {}", statement.id);
            if !(1..=255).contains(&statement.id) {
                return Err(fail(entry, "id must be a number from 1 to 255".into()));
            }
            if !seen_ids.insert(statement.id) {
                return Err(fail(entry, "duplicate statement id".into()));
            }
            if retired.contains(&statement.id) {
                return Err(fail(
                    entry,
                    "this id is retired (retired_ids): a new or changed statement takes a new id"
                        .into(),
                ));
            }
            require_text(&statement.text, "text").map_err(|p| fail(entry.clone(), p))?;
            require_length(&statement.text, "text", MAX_STATEMENT_CHARS)
                .map_err(|p| fail(entry.clone(), p))?;
            if let Some(evidence) = &statement.evidence {
                require_text(evidence, "evidence").map_err(|p| fail(entry.clone(), p))?;
                require_length(evidence, "evidence", MAX_EVIDENCE_CHARS)
                    .map_err(|p| fail(entry.clone(), p))?;
            }
            if statement.levels.len() != LEVELS_PER_STATEMENT {
                return Err(fail(
                    entry,
                    format!(
                        "expected {LEVELS_PER_STATEMENT} levels, lowest first, found {}",
                        statement.levels.len()
                    ),
                ));
            }
            for level in &statement.levels {
                require_text(level, "level").map_err(|p| fail(entry.clone(), p))?;
                require_length(level, "level", MAX_LEVEL_CHARS)
                    .map_err(|p| fail(entry.clone(), p))?;
            }
        }
    }
    Ok(())
}

fn require_length(value: &str, field: &str, max: usize) -> Result<(), String> {
    let length = value.chars().count();
    if length > max {
        Err(format!("`{field}` is {length} characters; at most {max}"))
    } else {
        Ok(())
    }
}

/// A text's sentences, folded for comparing: lower case, white space single, without the
/// closing mark.
pub fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '!', '?'])
        .map(|sentence| {
            sentence
                .trim_end_matches(['.', '!', '?'])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .filter(|sentence| !sentence.is_empty())
        .collect()
}

/// Two folded sentences that are the same, or of six words or more with four in five of
/// their words in common (the other's words: a near copy with a word changed).
pub fn near_copies(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<BTreeSet<_>>()
    };
    let (a, b) = (words(a), words(b));
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.len() >= 6 && 5 * small.intersection(&large).count() >= 4 * large.len()
}

fn require_text(value: &str, field: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        Err(format!("`{field}` is empty"))
    } else {
        Ok(())
    }
}

/// An article address must be an absolute https address with a plain host name.
pub fn check_article_address(address: &str) -> Result<(), String> {
    let rest = address
        .strip_prefix("https://")
        .ok_or_else(|| format!("invalid address {address:?}: must start with https://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_is_plain = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !host_is_plain {
        return Err(format!("invalid address {address:?}: no valid host name"));
    }
    if address
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`' | '\\'))
    {
        return Err(format!(
            "invalid address {address:?}: contains a character not allowed in an address"
        ));
    }
    Ok(())
}

/// A translation must have the same shape as the original: the same stages (by `from`), the
/// same blocks in the same order, and the same statement ids in each block. Texts differ.
pub fn check_translation(
    original_file: &str,
    original: &RawContent,
    file: &str,
    translation: &RawContent,
) -> Result<(), ContentError> {
    let fail = |entry: String, problem: String| ContentError {
        file: file.to_owned(),
        entry,
        problem: format!("{problem} (must match {original_file})"),
    };
    if translation.content_version != original.content_version {
        return Err(fail("content_version".into(), "differs".into()));
    }
    if translation.retired_ids != original.retired_ids {
        return Err(fail("retired_ids".into(), "differ".into()));
    }
    let froms = |content: &RawContent| content.stages.iter().map(|s| s.from).collect::<Vec<_>>();
    if froms(translation) != froms(original) {
        return Err(fail("stages".into(), "stage boundaries differ".into()));
    }
    for (index, (ours, theirs)) in translation.blocks.iter().zip(&original.blocks).enumerate() {
        let entry = format!("blocks[{index}] \"{}\"", ours.title);
        let ids = |block: &RawBlock| block.statements.iter().map(|s| s.id).collect::<Vec<_>>();
        if ids(ours) != ids(theirs) {
            return Err(fail(
                entry,
                format!(
                    "statement ids {:?} differ from {:?}",
                    ids(ours),
                    ids(theirs)
                ),
            ));
        }
    }
    Ok(())
}
