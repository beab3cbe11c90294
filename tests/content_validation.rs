//! The content files pass validation, and each kind of broken content is refused with a message
//! that names the file and the entry. build.rs runs the same checks, so these are the checks
//! that stop a broken build.

use bouwstenen_build::content_schema::{
    check_article_address, check_translation, near_copies, parse_content, sentences,
    MAX_ADVICE_CHARS, MAX_EVIDENCE_CHARS, MAX_LEVEL_CHARS, MAX_STATEMENTS, MAX_STATEMENT_CHARS,
    MIN_STATEMENTS,
};

const NL: &str = include_str!("../content/nl.toml");
const EN: &str = include_str!("../content/en.toml");

fn broken(find: &str, replace: &str) -> String {
    assert!(
        NL.contains(find),
        "fixture text {find:?} is not in content/nl.toml"
    );
    NL.replacen(find, replace, 1)
}

fn error_of(text: &str) -> String {
    match parse_content("content/nl.toml", text) {
        Ok(_) => panic!("broken content was accepted"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn shipped_content_is_valid() {
    let content = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(content.blocks.len(), 7);
    for block in &content.blocks {
        assert!(
            (MIN_STATEMENTS..=MAX_STATEMENTS).contains(&block.statements.len()),
            "block {} has 3 to 5 statements",
            block.number
        );
        assert!(!block.measures.trim().is_empty());
        assert_eq!(
            block.article,
            format!("https://www.quarant.nl/zeven-bouwstenen-voor-een-datagedreven-organisatie-deel-{}/", block.number)
        );
    }
}

#[test]
fn missing_field_names_the_file_and_field() {
    let error = error_of(&broken("title = \"Werf data-expertise\"\n", ""));
    assert!(error.starts_with("content/nl.toml: "), "{error}");
    assert!(error.contains("missing field `title`"), "{error}");
    let error = error_of(&broken(
        "measures = \"Of de organisatie",
        "summary2 = \"Of de organisatie",
    ));
    assert!(
        error.contains("unknown field `summary2`") || error.contains("missing field `measures`"),
        "{error}"
    );
}

#[test]
fn a_block_asks_three_to_five_statements() {
    // Block 7 without its statements, and block 4 with one of its three left out.
    let start = NL.find("[[blocks.statements]]\nid = 75").unwrap_or(0);
    assert!(start > 0);
    let error = error_of(&NL[..start]);
    assert!(error.contains("blocks[6] \"Start vandaag!\""), "{error}");
    assert!(
        error.contains("0 statements: a block asks 3 to 5"),
        "{error}"
    );
    let at = NL.find("[[blocks.statements]]\nid = 47").unwrap_or(0);
    let next = NL[at..].find("# ---").map_or(0, |end| at + end);
    assert!(at > 0 && next > at);
    let error = error_of(&[&NL[..at], &NL[next..]].concat());
    assert!(
        error.contains("2 statements: a block asks 3 to 5"),
        "{error}"
    );
}

#[test]
fn duplicate_statement_id_is_refused() {
    let error = error_of(&broken("id = 26", "id = 25"));
    assert!(error.contains("statement 25"), "{error}");
    assert!(error.contains("duplicate statement id"), "{error}");
}

#[test]
fn a_retired_id_is_never_used_again() {
    let error = error_of(&broken("id = 26", "id = 22"));
    assert!(error.contains("statement 22"), "{error}");
    assert!(error.contains("this id is retired"), "{error}");
    // Every id of version 1 is either still asked with the same meaning, or retired.
    const VERSION_1: [i64; 26] = [
        11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 51, 52, 53, 61, 62, 63, 71,
        72, 73, 74,
    ];
    let content = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    let asked: Vec<i64> = content
        .blocks
        .iter()
        .flat_map(|block| block.statements.iter().map(|s| s.id))
        .collect();
    for id in VERSION_1 {
        assert!(
            content.retired_ids.contains(&id) || asked.contains(&id),
            "id {id} of version 1 is gone without being retired"
        );
    }
    let error = error_of(&broken(
        "retired_ids = [11, 12,",
        "retired_ids = [11, 11, 12,",
    ));
    assert!(error.contains("each retired id once"), "{error}");
}

#[test]
fn invalid_article_address_is_refused() {
    let error = error_of(&broken(
        "https://www.quarant.nl/zeven-bouwstenen-voor-een-datagedreven-organisatie-deel-5/",
        "javascript:alert(1)",
    ));
    assert!(
        error.contains("blocks[4] \"Bied ruimte voor experimenten\" article"),
        "{error}"
    );
    assert!(error.contains("invalid address"), "{error}");
}

#[test]
fn wrong_number_of_levels_is_refused() {
    let error = error_of(&broken("  \"Vrijwel alle trajecten.\",\n", ""));
    assert!(error.contains("statement 45"), "{error}");
    assert!(error.contains("expected 5 levels"), "{error}");
}

#[test]
fn texts_that_would_not_fit_a_phone_are_refused() {
    let long = |n: usize| "x".repeat(n);
    let error = error_of(&broken(
        "text = \"Datatrajecten, zoals",
        &format!(
            "text = \"{} Datatrajecten, zoals",
            long(MAX_STATEMENT_CHARS)
        ),
    ));
    assert!(error.contains("statement 45: `text` is"), "{error}");
    let error = error_of(&broken(
        "  \"Vrijwel alle trajecten.\",",
        &format!("  \"{}\",", long(MAX_LEVEL_CHARS + 1)),
    ));
    assert!(
        error.contains("`level` is 91 characters; at most 90"),
        "{error}"
    );
    let error = error_of(&broken(
        "evidence = \"versies die gebruikers",
        &format!(
            "evidence = \"{} versies die gebruikers",
            long(MAX_EVIDENCE_CHARS)
        ),
    ));
    assert!(error.contains("`evidence` is"), "{error}");
    let error = error_of(&broken(
        "  \"Schrijf deze week alle ideeën",
        &format!(
            "  \"{} Schrijf deze week alle ideeën",
            long(MAX_ADVICE_CHARS)
        ),
    ));
    assert!(error.contains("advice[0]: `advice` is"), "{error}");
}

#[test]
fn an_advice_sentence_in_two_places_is_refused_also_nearly() {
    // Block 7's first sentence again at the end of its second advice.
    let sentence = "Schrijf deze week alle ideeën voor data die u om u heen hoort op één lijst.";
    assert!(NL.contains(sentence));
    let error = error_of(&broken(
        "wat valt af? Schrijf na elke afgeronde stap kort op wat u leerde.",
        &format!("wat valt af? Schrijf na elke afgeronde stap kort op wat u leerde. {sentence}"),
    ));
    assert!(error.contains("advice[1]"), "{error}");
    assert!(error.contains("stands (nearly) in"), "{error}");
    assert!(error.contains("advice[0]"), "{error}");
    // With one word changed, it is still a copy.
    let near = sentence.replace("deze week", "vandaag");
    let error = error_of(&broken(
        "wat valt af? Schrijf na elke afgeronde stap kort op wat u leerde.",
        &format!("wat valt af? Schrijf na elke afgeronde stap kort op wat u leerde. {near}"),
    ));
    assert!(error.contains("stands (nearly) in"), "{error}");
    assert!(!near_copies(
        &sentences("Stel het via uw leidinggevende voor.")[0],
        &sentences("Kies er met uw leidinggevende één uit.")[0]
    ));
}

#[test]
fn missing_advice_is_refused() {
    let at = NL.find("  \"Schrijf deze week alle ideeën").unwrap_or(0);
    let end = NL[at..].find('\n').map_or(0, |end| at + end + 1);
    assert!(at > 0);
    let error = error_of(&[&NL[..at], &NL[end..]].concat());
    assert!(error.contains("blocks[6]"), "{error}");
    assert!(error.contains("one advice per stage"), "{error}");
}

#[test]
fn out_of_range_id_and_unknown_field_are_refused() {
    assert!(error_of(&broken("id = 15", "id = 0")).contains("id must be a number from 1 to 255"));
    assert!(error_of(&broken("id = 15", "id = 15\ncolour = \"red\""))
        .contains("unknown field `colour`"));
}

#[test]
fn stages_must_rise_from_zero() {
    assert!(error_of(&broken("from = 21", "from = 0")).contains("`from` must rise"));
    assert!(error_of(&broken("from = 0", "from = 5")).contains("first stage must start at 0"));
}

#[test]
fn article_address_rules() {
    assert!(check_article_address("https://www.example.nl/artikel/").is_ok());
    for bad in [
        "http://www.example.nl/",
        "https://",
        "https:///pad",
        "https://localhost/",
        "https://www.example.nl/a b",
        "https://www.example.nl/\"><script>",
        "//www.example.nl/",
        "",
    ] {
        assert!(check_article_address(bad).is_err(), "{bad} accepted");
    }
}

#[test]
fn english_content_is_valid_and_matches_the_dutch() {
    let nl = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    let en = parse_content("content/en.toml", EN).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        check_translation("content/nl.toml", &nl, "content/en.toml", &en),
        Ok(())
    );
    assert_eq!(en.blocks[5].title, "Build political support");
}

#[test]
fn a_translation_with_other_statement_ids_is_refused() {
    let nl = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    let en = parse_content("content/en.toml", &EN.replacen("id = 55", "id = 59", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let error = check_translation("content/nl.toml", &nl, "content/en.toml", &en)
        .map(|_| String::new())
        .unwrap_or_else(|e| e.to_string());
    assert!(error.starts_with("content/en.toml: blocks[4]"), "{error}");
    assert!(error.contains("must match content/nl.toml"), "{error}");
}

/// Wording a reader flagged as not English ("In some departments it lives", "a vision on
/// data"): none of it comes back.
#[test]
fn the_english_avoids_the_phrases_that_read_as_translated_dutch() {
    const TEXTS_EN: &str = include_str!("../content/texts.en.toml");
    for phrase in [
        "it lives",
        "vision on data",
        "standing training offer",
        "standing offer",
        "handy colleagues",
        "are the answers apart",
        "go nowhere",
        "where you were",
        // Dutch words in English dress: boegbeeld, werkvloer, primair proces, meedenken,
        // sociaal domein.
        "figurehead",
        "shop floor",
        "primary process",
        "think along",
        "social domain",
    ] {
        assert!(!EN.contains(phrase), "content/en.toml: {phrase:?}");
        assert!(
            !TEXTS_EN.contains(phrase),
            "content/texts.en.toml: {phrase:?}"
        );
    }
}

/// One word per idea (content version 2): "data" for the whole subject, "gegevens" only in the
/// law's and fixed names; no unexplained jargon of version 1.
#[test]
fn the_dutch_keeps_to_one_word_per_idea_and_explains_its_jargon() {
    const TEXTS_NL: &str = include_str!("../content/texts.nl.toml");
    for (file, text) in [("nl.toml", NL), ("texts.nl.toml", TEXTS_NL)] {
        let lower = text.to_lowercase();
        let allowed = ["functionaris gegevensbescherming", "persoonsgegevens"];
        let mut rest = lower.clone();
        for name in allowed {
            rest = rest.replace(name, "");
        }
        let content: String = rest
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .collect();
        for jargon in [
            "gegevens",
            "i&a",
            "primair proces",
            "primaire proces",
            "waar is dit op gebaseerd",
        ] {
            assert!(!content.contains(jargon), "content/{file}: {jargon:?}");
        }
    }
}
