//! The shared table of setting cases (`tests/settings-cases.json`) against the widget's parser,
//! `config::parse`: each case as a data attribute and as a `mount()` option, on a Dutch and an
//! English page. `tests/build/settings-cases.test.mjs` runs the same table against embed.js's
//! parser (web/settings.js), and the scan page's address spelling, which only embed.js reads.

use bouwstenen_scan::model::config::{self, Preview, Storage, WidgetConfig};
use bouwstenen_scan::model::contract::{self, ARTICLE_ATTRIBUTE_PREFIX, SETTINGS};
use bouwstenen_scan::model::i18n::{Language, Locale};
use bouwstenen_scan::CONTENT_NL;
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

const PAGES: [&str; 2] = ["nl", "en"];

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Table {
    read_by: BTreeMap<String, Vec<String>>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    attribute: String,
    value: Option<Value>,
    #[serde(default)]
    with: BTreeMap<String, String>,
    expect: Expect,
    #[serde(default)]
    warns: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    Text(String),
    Repeat { repeat: String, times: usize },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Expect {
    Same(String),
    ByPage(BTreeMap<String, String>),
}

impl Case {
    fn value(&self) -> Option<String> {
        self.value.as_ref().map(|value| match value {
            Value::Text(text) => text.clone(),
            Value::Repeat { repeat, times } => repeat.repeat(*times),
        })
    }

    fn expected(&self, page: &str) -> String {
        let expected = match &self.expect {
            Expect::Same(value) => value,
            Expect::ByPage(by_page) => by_page
                .get(page)
                .unwrap_or_else(|| panic!("{}: no expect for a page in {page}", self.attribute)),
        };
        match (self.attribute.as_str(), expected.as_str()) {
            ("data-article-base", "") => CONTENT_NL.blocks[0].article.to_owned(),
            ("data-article-base", base) => base.replace("{n}", "1"),
            _ => expected.clone(),
        }
    }
}

fn table() -> Table {
    serde_json::from_str(include_str!("settings-cases.json"))
        .unwrap_or_else(|error| panic!("tests/settings-cases.json: {error}"))
}

/// What the widget made of `attribute`, in the table's words.
fn taken(config: &WidgetConfig, attribute: &str, page: &str) -> String {
    match attribute {
        "data-bouwstenen" => config.key.clone(),
        "data-lang" => {
            let language = config::language(config, Some(page));
            Locale::of(language).texts.lang.to_owned()
        }
        "data-storage" => match config.storage {
            Storage::Local => "local",
            Storage::Session => "session",
            Storage::Nothing => "none",
        }
        .to_owned(),
        "data-preview" => match config.preview {
            Preview::Off => "off",
            Preview::Start => "start",
            Preview::Results => "results",
        }
        .to_owned(),
        // The base shows in the first block's address (the table's {n} filled in below).
        "data-article-base" => config.articles[0].clone(),
        "data-share-base" => config.share_base.clone().unwrap_or_default(),
        "data-cta-href" => config
            .call_to_action
            .as_ref()
            .map(|cta| cta.href.clone())
            .unwrap_or_default(),
        "data-cta-text" => config
            .call_to_action
            .as_ref()
            .map(|cta| cta.text.clone())
            .unwrap_or_default(),
        "data-cta-text-en" => config
            .call_to_action
            .as_ref()
            .map(|cta| cta.text(Language::English).to_owned())
            .unwrap_or_default(),
        "data-reference" => match config.reference {
            Some(_) => "kept".to_owned(),
            None => String::new(),
        },
        "data-reference-label" => config
            .reference
            .as_ref()
            .and_then(|reference| reference.label.clone())
            .unwrap_or_default(),
        other => panic!("{other}: the widget does not read it; see readBy"),
    }
}

/// Runs `config::parse` with `options` as mount()'s options and `attributes` as the element's,
/// through the contract's reading of both; returns its result and every attribute it read.
fn parse(
    options: &HashMap<String, String>,
    attributes: &HashMap<String, String>,
) -> (WidgetConfig, Vec<config::ConfigWarning>, BTreeSet<String>) {
    let read_names = RefCell::new(BTreeSet::new());
    let read = |name: &str| {
        read_names.borrow_mut().insert(name.to_owned());
        contract::read_setting(name, &|option| options.get(option).cloned(), &|attribute| {
            attributes.get(attribute).cloned()
        })
    };
    let (config, warnings) = config::parse(&CONTENT_NL, &read);
    (config, warnings, read_names.into_inner())
}

fn widget_reads(table: &Table, attribute: &str) -> bool {
    table
        .read_by
        .get(attribute)
        .is_some_and(|parsers| parsers.iter().any(|parser| parser == "widget"))
}

#[test]
fn the_widget_parses_every_case_of_the_shared_table_in_every_spelling() {
    let table = table();
    let mut ran = 0;
    for case in table
        .cases
        .iter()
        .filter(|case| widget_reads(&table, &case.attribute))
    {
        let option = contract::option_of(&case.attribute)
            .unwrap_or_else(|| panic!("{}: not a setting of the contract", case.attribute));
        let others: HashMap<String, String> = case.with.clone().into_iter().collect();
        let value = case.value();
        let spellings = [("attribute", &case.attribute), ("mount() option", &option)];
        for (spelling, name) in spellings {
            let mut given = HashMap::new();
            if let Some(value) = &value {
                given.insert(name.clone(), value.clone());
            }
            let (options, attributes) = match spelling {
                "attribute" => (
                    HashMap::new(),
                    given.into_iter().chain(others.clone()).collect(),
                ),
                _ => (given, others.clone()),
            };
            for page in PAGES {
                let (config, warnings, _) = parse(&options, &attributes);
                let what = format!("{}={value:?} as {spelling}, page {page}", case.attribute);
                assert_eq!(
                    taken(&config, &case.attribute, page),
                    case.expected(page),
                    "{what}"
                );
                let about_it = warnings
                    .iter()
                    .filter(|warning| warning.attribute == case.attribute)
                    .count();
                assert_eq!(about_it, usize::from(case.warns), "{what}: {warnings:?}");
                assert_eq!(warnings.len(), about_it, "{what}: only its own warning");
                ran += 1;
            }
        }
    }
    assert!(ran > 100, "the table was read: {ran} runs");
}

#[test]
fn the_table_says_which_settings_the_widget_reads_and_they_are_the_contracts() {
    let table = table();
    // With a call to action, which its English text is read for.
    let attributes = HashMap::from([
        ("data-cta-href".to_owned(), "/gesprek".to_owned()),
        ("data-cta-text".to_owned(), "Gesprek".to_owned()),
    ]);
    let (_, _, read) = parse(&HashMap::new(), &attributes);
    let settings: BTreeSet<String> = read
        .into_iter()
        .filter(|name| !name.starts_with(ARTICLE_ATTRIBUTE_PREFIX) || name == "data-article-base")
        .collect();
    let said: BTreeSet<String> = table
        .read_by
        .keys()
        .filter(|attribute| widget_reads(&table, attribute))
        .cloned()
        .collect();
    assert_eq!(settings, said, "the attributes config::parse reads");
    for attribute in &settings {
        assert!(
            contract::setting_of(attribute).is_some(),
            "{attribute}: the widget reads it, the contract does not name it"
        );
    }
    let contract: BTreeSet<&str> = SETTINGS.iter().map(|setting| setting.attribute).collect();
    let tabled: BTreeSet<&str> = table.read_by.keys().map(String::as_str).collect();
    assert_eq!(
        contract, tabled,
        "every setting of the contract is in the table"
    );
    for attribute in &tabled {
        assert!(
            table.cases.iter().any(|case| &case.attribute == attribute),
            "{attribute}: no case"
        );
    }
}

#[test]
fn an_option_given_as_text_wins_over_the_attribute() {
    let options = HashMap::from([("storage".to_owned(), "session".to_owned())]);
    let attributes = HashMap::from([("data-storage".to_owned(), "none".to_owned())]);
    let (config, warnings, _) = parse(&options, &attributes);
    assert_eq!(config.storage, Storage::Session);
    assert!(warnings.is_empty());
    let numbered = contract::option_of("data-article-3");
    assert_eq!(numbered.as_deref(), Some("article3"));
}

#[test]
fn the_contracts_languages_are_the_widgets() {
    let tags: Vec<&str> = [Language::Dutch, Language::English]
        .into_iter()
        .map(|language| Locale::of(language).texts.lang)
        .collect();
    assert_eq!(tags, contract::LANGUAGES);
}
