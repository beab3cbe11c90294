//! Data attributes and mount() options: every setting, each bad value and its warning.

use super::*;
use crate::CONTENT_NL as CONTENT;
use std::collections::HashMap;

fn parse_with(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<ConfigWarning>) {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    parse(&CONTENT, &|attribute| map.get(attribute).cloned())
}

#[test]
fn a_call_to_action_takes_a_web_address_a_path_mailto_or_tel() {
    for href in [
        "https://www.gemeente.example/contact",
        "/contact?onderwerp=data",
        "mailto:data@gemeente.example",
        "tel:+31201234567",
    ] {
        let (config, warnings) = parse_with(&[
            ("data-cta-href", href),
            ("data-cta-text", " Plan een gesprek "),
            ("data-cta-text-en", "Book a conversation"),
        ]);
        assert!(warnings.is_empty(), "{href}: {warnings:?}");
        let Some(cta) = config.call_to_action else {
            panic!("{href}: no call to action");
        };
        assert_eq!(cta.href, href);
        assert_eq!(cta.text(Language::Dutch), "Plan een gesprek");
        assert_eq!(cta.text(Language::English), "Book a conversation");
    }
    // Without an English text, the English screen shows the one given.
    let (config, _) = parse_with(&[("data-cta-href", "/contact"), ("data-cta-text", "Bel ons")]);
    let english = config
        .call_to_action
        .map(|cta| cta.text(Language::English).to_owned());
    assert_eq!(english.as_deref(), Some("Bel ons"));
}

#[test]
fn a_reference_is_a_share_code_or_link_with_an_optional_plain_label() {
    use crate::model::quiz::Answer;
    use crate::model::share;
    let result = ScanResult {
        content_version: CONTENT.version,
        answers: [(15, Answer::Level(3))].into_iter().collect(),
        label: Some("Uit de link".into()),
        ..ScanResult::default()
    };
    let code = share::encode_result(&result);
    let link = format!("https://www.example.nl/scan#top&bouwstenen={code}");
    for value in [code.as_str(), link.as_str()] {
        let (config, warnings) = parse_with(&[
            ("data-reference", value),
            (
                "data-reference-label",
                " Gemiddelde van 40 gemeenten, 2026 ",
            ),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        let reference = config.reference.unwrap_or_else(|| panic!("{value}"));
        assert_eq!(reference.result.answers, result.answers);
        assert_eq!(
            reference.label.as_deref(),
            Some("Gemiddelde van 40 gemeenten, 2026")
        );
    }
    // Without a label of its own, the name in the code; a bad label is ignored.
    let long = "x".repeat(61);
    for label in [None, Some(long.as_str()), Some("<b>Gemiddelde</b>")] {
        let mut pairs = vec![("data-reference", code.as_str())];
        pairs.extend(label.map(|label| ("data-reference-label", label)));
        let (config, warnings) = parse_with(&pairs);
        assert_eq!(
            config.reference.and_then(|r| r.label).as_deref(),
            Some("Uit de link")
        );
        assert_eq!(
            warnings
                .iter()
                .map(|w| w.attribute.as_str())
                .collect::<Vec<_>>(),
            label.map_or(vec![], |_| vec!["data-reference-label"])
        );
    }
}

#[test]
fn a_reference_of_an_earlier_version_counts_what_it_still_can_or_is_refused_with_a_warning() {
    use crate::model::quiz::Answer;
    use crate::model::share;
    let of_version_1 =
        |ids: &[u8]| share::encode(1, &ids.iter().map(|&id| (id, Answer::Level(2))).collect());
    // Only statements of version 1, which version 2 no longer asks: nothing would be drawn.
    let old = of_version_1(&[11, 12, 21]);
    let (config, warnings) = parse_with(&[("data-reference", &old)]);
    assert_eq!(config.reference, None);
    assert_eq!(
        warnings.iter().map(|w| w.problem).collect::<Vec<_>>(),
        ["made with an earlier version of the scan: none of its answers count now"]
    );
    // One answer to a statement still asked: it is drawn, with what it can.
    let (config, warnings) = parse_with(&[("data-reference", &of_version_1(&[11, 15]))]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(config.reference.is_some());
}

#[test]
fn a_bad_reference_is_ignored_with_a_warning() {
    let code = crate::model::share::encode(CONTENT.version, &Default::default());
    let comparison = format!("{code}~{code}");
    for value in [
        "kapot",
        "",
        "https://x.nl/#bouwstenen=AAAA",
        comparison.as_str(),
    ] {
        let (config, warnings) = parse_with(&[("data-reference", value)]);
        assert_eq!(config.reference, None, "{value}");
        assert_eq!(
            warnings
                .iter()
                .map(|w| w.attribute.as_str())
                .collect::<Vec<_>>(),
            ["data-reference"],
            "{value}"
        );
        // Its name goes with it, and says so.
        let (_, warnings) = parse_with(&[
            ("data-reference", value),
            ("data-reference-label", "Gemiddelde"),
        ]);
        assert_eq!(
            warnings
                .iter()
                .map(|w| (w.attribute.as_str(), w.problem))
                .collect::<Vec<_>>(),
            [
                ("data-reference", warnings[0].problem),
                (
                    "data-reference-label",
                    "needs a valid data-reference as well"
                )
            ],
            "{value}"
        );
    }
    let (_, warnings) = parse_with(&[("data-reference-label", "Zonder profiel")]);
    assert_eq!(
        warnings.iter().map(|w| w.problem).collect::<Vec<_>>(),
        ["needs a valid data-reference as well"]
    );
}

#[test]
fn a_bad_call_to_action_is_left_out_with_a_warning_that_names_it() {
    let long = "x".repeat(81);
    let cases: [(&[(&str, &str)], &str); 9] = [
        (
            &[
                ("data-cta-href", "javascript:alert(1)"),
                ("data-cta-text", "Klik"),
            ],
            "data-cta-href",
        ),
        (
            &[
                ("data-cta-href", "ftp://files.example/x"),
                ("data-cta-text", "Klik"),
            ],
            "data-cta-href",
        ),
        (
            &[("data-cta-href", "mailto:"), ("data-cta-text", "Mail")],
            "data-cta-href",
        ),
        (
            &[("data-cta-href", "/contact"), ("data-cta-text", "  ")],
            "data-cta-text",
        ),
        (
            &[("data-cta-href", "/contact"), ("data-cta-text", &long)],
            "data-cta-text",
        ),
        (
            &[
                ("data-cta-href", "/contact"),
                ("data-cta-text", "<b>Klik</b>"),
            ],
            "data-cta-text",
        ),
        (
            &[
                ("data-cta-href", "/contact"),
                ("data-cta-text", "Klik"),
                ("data-cta-text-en", "<img src=x>"),
            ],
            "data-cta-text-en",
        ),
        (&[("data-cta-href", "/contact")], "data-cta-href"),
        (&[("data-cta-text", "Klik")], "data-cta-text"),
    ];
    for (pairs, attribute) in cases {
        let (config, warnings) = parse_with(pairs);
        assert_eq!(config.call_to_action, None, "{pairs:?}");
        assert_eq!(warnings.len(), 1, "{pairs:?}");
        assert_eq!(warnings[0].attribute, attribute, "{pairs:?}");
    }
    // 80 characters is still fine, counted as characters, not bytes.
    let eighty = "é".repeat(80);
    let (config, warnings) =
        parse_with(&[("data-cta-href", "/contact"), ("data-cta-text", &eighty)]);
    assert!(warnings.is_empty());
    assert!(config.call_to_action.is_some());
}

#[test]
fn defaults_come_from_the_content() {
    let (config, warnings) = parse_with(&[("data-bouwstenen", "")]);
    assert!(warnings.is_empty());
    assert_eq!(config.key, "bouwstenen");
    assert_eq!(config.share_base, None);
    assert_eq!(config.articles[5], CONTENT.blocks[5].article);
}

#[test]
fn a_name_gives_the_widget_its_own_key() {
    assert_eq!(
        parse_with(&[("data-bouwstenen", "team-2")]).0.key,
        "bouwstenen-team-2"
    );
    let (config, warnings) = parse_with(&[("data-bouwstenen", "Team A!")]);
    assert_eq!(config.key, "bouwstenen");
    assert_eq!(warnings.len(), 1);
}

#[test]
fn article_addresses_per_block_override_the_base() {
    let (config, warnings) = parse_with(&[
        (
            "data-article-base",
            "https://intranet.example.nl/bouwsteen-{n}",
        ),
        ("data-article-3", "/artikelen/architectuur"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.articles[0],
        "https://intranet.example.nl/bouwsteen-1"
    );
    assert_eq!(config.articles[2], "/artikelen/architectuur");
    assert_eq!(
        config.articles[6],
        "https://intranet.example.nl/bouwsteen-7"
    );
}

#[test]
fn invalid_values_fall_back_with_a_warning() {
    let (config, warnings) = parse_with(&[
        ("data-article-base", "https://example.nl/zonder-nummer"),
        ("data-article-2", "javascript:alert(1)"),
        ("data-share-base", "/relatief"),
        ("data-lang", "fr"),
    ]);
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert_eq!(config.articles[1], CONTENT.blocks[1].article);
    assert_eq!(config.share_base, None);
    assert!(warnings.iter().any(|w| w.attribute == "data-article-2"));
}

#[test]
fn share_base_must_be_absolute() {
    let (config, warnings) = parse_with(&[("data-share-base", "https://www.example.nl/scan")]);
    assert!(warnings.is_empty());
    assert_eq!(
        config.share_base.as_deref(),
        Some("https://www.example.nl/scan")
    );
}

#[test]
fn address_rules() {
    for good in [
        "https://a.nl/",
        "http://localhost:8080/x",
        "/pad/naar?x=1#y",
    ] {
        assert_eq!(parse_address(good), Ok(()), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "//evil.example/",
        "https://",
        "data:text/html,x",
        "https://a.nl/\"x",
        "a b",
        "",
    ] {
        assert!(parse_address(bad).is_err(), "{bad}");
    }
    assert!(parse_address(&format!("https://a.nl/{}", "x".repeat(3000))).is_err());
}

#[test]
fn language_comes_from_data_lang_then_the_page_then_dutch() {
    let (config, _) = parse_with(&[("data-lang", "en-GB")]);
    assert_eq!(language(&config, Some("nl")), Language::English);
    let (config, warnings) = parse_with(&[("data-lang", "klingon")]);
    assert_eq!(warnings.len(), 1);
    assert_eq!(language(&config, Some("en")), Language::English);
    assert_eq!(language(&config, Some("de")), Language::Dutch);
    assert_eq!(language(&config, None), Language::Dutch);
}

#[test]
fn a_preview_is_asked_for_with_data_preview() {
    assert_eq!(
        parse_with(&[]).0.preview,
        Preview::Off,
        "off unless asked for"
    );
    for (value, preview) in [
        ("", Preview::Start),
        (" true ", Preview::Start),
        ("results", Preview::Results),
        ("false", Preview::Off),
    ] {
        let (config, warnings) = parse_with(&[("data-preview", value)]);
        assert_eq!((config.preview, warnings.len()), (preview, 0), "{value:?}");
    }
    let (config, warnings) = parse_with(&[("data-preview", "ja")]);
    assert_eq!(config.preview, Preview::Off);
    assert_eq!(
        warnings[0].to_string(),
        "data-preview=\"ja\" ignored: not true, false or results"
    );
}

#[test]
fn a_call_to_action_without_a_scheme_is_told_every_kind_it_may_be() {
    let (config, warnings) = parse_with(&[
        ("data-cta-href", "www.gemeente.nl/contact"),
        ("data-cta-text", "Neem contact op"),
    ]);
    assert_eq!(config.call_to_action, None);
    assert_eq!(
        warnings[0].to_string(),
        "data-cta-href=\"www.gemeente.nl/contact\" ignored: address must start with https://, \
         http://, /, mailto: or tel:"
    );
    // Every problem of a call to action is told at once.
    let long = "x".repeat(81);
    let (_, warnings) = parse_with(&[
        ("data-cta-href", "javascript:alert(1)"),
        ("data-cta-text", &long),
    ]);
    let attributes: Vec<&str> = warnings.iter().map(|w| w.attribute.as_str()).collect();
    assert_eq!(attributes, ["data-cta-href", "data-cta-text"]);
}

#[test]
fn storage_is_local_session_or_none_and_anything_else_is_local_with_a_warning() {
    assert_eq!(parse_with(&[]).0.storage, Storage::Local);
    assert_eq!(
        parse_with(&[("data-storage", "session")]).0.storage,
        Storage::Session
    );
    assert_eq!(
        parse_with(&[("data-storage", " none ")]).0.storage,
        Storage::Nothing
    );
    let (config, warnings) = parse_with(&[("data-storage", "cookies")]);
    assert_eq!(config.storage, Storage::Local);
    assert_eq!(
        warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["data-storage=\"cookies\" ignored: not local, session or none"]
    );
}
