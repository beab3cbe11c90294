//! The content files pass validation, and each kind of broken content is refused with a message
//! that names the file and the entry. build.rs runs the same checks, so these are the checks
//! that stop a broken build.

use bouwstenen_build::content_schema::{check_article_address, check_translation, parse_content};

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
            (3..=4).contains(&block.statements.len()),
            "block {} has 3 or 4 statements",
            block.number
        );
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
}

#[test]
fn block_without_statements_is_refused() {
    let start = NL.find("[[blocks.statements]]\nid = 71").unwrap_or(0);
    assert!(start > 0);
    let error = error_of(&NL[..start]);
    assert!(error.contains("blocks[6] \"Start vandaag!\""), "{error}");
    assert!(error.contains("at least one statement"), "{error}");
}

#[test]
fn duplicate_statement_id_is_refused() {
    let error = error_of(&broken("id = 22", "id = 21"));
    assert!(error.contains("statement 21"), "{error}");
    assert!(error.contains("duplicate statement id"), "{error}");
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
    let error = error_of(&broken("  \"Ja, zo werken we altijd.\",\n", ""));
    assert!(error.contains("statement 41"), "{error}");
    assert!(error.contains("expected 5 levels"), "{error}");
}

#[test]
fn missing_advice_is_refused() {
    let error = error_of(&broken(
        "  \"U zit in een goed ritme. Begin ook bij nieuwe vragen klein en deel wat u leert met anderen.\",\n",
        "",
    ));
    assert!(error.contains("blocks[6]"), "{error}");
    assert!(error.contains("one advice per stage"), "{error}");
}

#[test]
fn out_of_range_id_and_unknown_field_are_refused() {
    assert!(error_of(&broken("id = 11", "id = 0")).contains("id must be a number from 1 to 255"));
    assert!(error_of(&broken("id = 11", "id = 11\ncolour = \"red\""))
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
    assert_eq!(en.blocks[5].title, "Create board-level support");
}

#[test]
fn a_translation_with_other_statement_ids_is_refused() {
    let nl = parse_content("content/nl.toml", NL).unwrap_or_else(|e| panic!("{e}"));
    let en = parse_content("content/en.toml", &EN.replacen("id = 52", "id = 58", 1))
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

/// The scan is for every public body (municipalities, provinces, ministries, water boards): its
/// statements and advice name the board and the organisation, not one kind's college,
/// wethouder or council.
#[test]
fn statements_and_advice_fit_every_public_body() {
    const TEXTS_NL: &str = include_str!("../content/texts.nl.toml");
    const TEXTS_EN: &str = include_str!("../content/texts.en.toml");
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect()
    };
    for (file, text, only_one_kind) in [
        (
            "nl.toml",
            NL,
            &[
                "college",
                "wethouder",
                "wethouders",
                "gemeente",
                "gemeenten",
                "gemeenteraad",
                "raad",
                "burgemeester",
            ][..],
        ),
        (
            "texts.nl.toml",
            TEXTS_NL,
            &["college", "wethouder", "gemeente", "gemeenteraad"][..],
        ),
        (
            "en.toml",
            EN,
            &[
                "municipality",
                "municipalities",
                "alderman",
                "aldermen",
                "council",
                "mayor",
            ][..],
        ),
        (
            "texts.en.toml",
            TEXTS_EN,
            &["municipality", "alderman", "council"][..],
        ),
    ] {
        let found: Vec<String> = words(text)
            .into_iter()
            .filter(|word| only_one_kind.contains(&word.as_str()))
            .collect();
        assert!(found.is_empty(), "content/{file}: {found:?}");
    }
}
