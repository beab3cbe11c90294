//! docs/instrument.md, the instrument document for an organisation's own data expert, says
//! what the scan asks: per block its construct (`measures`) and each statement with its id and
//! text, in content order, and the retired ids. A change to the content that the document does
//! not follow fails here.

use bouwstenen_build::content_schema::parse_content;

const NL: &str = include_str!("../content/nl.toml");
const DOCUMENT: &str = include_str!("../docs/instrument.md");

/// The document's part for one block: from its heading to the next heading of that level.
fn block_part(number: u8) -> &'static str {
    let heading = format!("\n### Bouwsteen {number}: ");
    let start = DOCUMENT
        .find(&heading)
        .unwrap_or_else(|| panic!("docs/instrument.md has no heading for block {number}"));
    let rest = &DOCUMENT[start + 1..];
    let end = rest[4..].find("\n#").map_or(rest.len(), |end| end + 4);
    &rest[..end]
}

/// The rows of the part's table: (id, statement) as written, `\|` read back as `|`.
fn rows(part: &str) -> Vec<(i64, String)> {
    part.lines()
        .filter_map(|line| {
            let cells: Vec<String> = line
                .strip_prefix("| ")?
                .replace("\\|", "\u{1}")
                .split(" | ")
                .map(|cell| cell.replace('\u{1}', "|").trim().to_owned())
                .collect();
            Some((cells.first()?.parse().ok()?, cells.get(1)?.clone()))
        })
        .collect()
}

#[test]
fn the_document_names_each_blocks_construct_and_statements_as_the_content_has_them() {
    let content = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    for block in &content.blocks {
        let part = block_part(block.number);
        let heading = format!("### Bouwsteen {}: {}\n", block.number, block.title);
        assert!(part.starts_with(&heading), "{heading:?} in {part:.80}");
        let measures = format!("**Wat deze bouwsteen meet:** {}\n", block.measures);
        assert!(
            part.contains(&measures),
            "block {}: the construct as in content/nl.toml:\n{measures}",
            block.number
        );
        let expected: Vec<(i64, String)> = block
            .statements
            .iter()
            .map(|statement| (statement.id, statement.text.clone()))
            .collect();
        assert_eq!(rows(part), expected, "block {}'s statements", block.number);
    }
}

#[test]
fn the_document_lists_the_retired_ids() {
    let content = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    let line = DOCUMENT
        .lines()
        .find_map(|line| line.strip_prefix("**Teruggetrokken ids:** "))
        .unwrap_or_else(|| panic!("docs/instrument.md names no retired ids"));
    let listed: Vec<i64> = line
        .trim_matches(|c: char| c == '`' || c == '.' || c.is_whitespace())
        .split(',')
        .filter_map(|id| id.trim().parse().ok())
        .collect();
    assert_eq!(listed, content.retired_ids);
}
