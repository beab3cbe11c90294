//! Browser tests: the real widget, mounted the way a page mounts it, driven through its DOM in
//! headless Chromium (`cargo test --target wasm32-unknown-unknown`, see scripts/test).
#![cfg(target_arch = "wasm32")]

use bouwstenen_scan::embed;
use bouwstenen_scan::model::head_start::HeadStart;
use bouwstenen_scan::model::quiz::{Answer, Answers};
use bouwstenen_scan::model::score::ScanScores;
use bouwstenen_scan::model::share;
use bouwstenen_scan::CONTENT_NL as CONTENT;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, MutationObserver, MutationObserverInit, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};

wasm_bindgen_test_configure!(run_in_browser);

const STORAGE_KEY: &str = "bouwstenen-scan:bouwstenen:progress";
const HISTORY_KEY: &str = "bouwstenen-scan:bouwstenen:history";
/// Waits poll every 10 ms for up to 10 s: generous, so a busy CI machine does not fail a test.
const WAIT_ROUNDS: usize = 1000;

/// A widget mounted in a fresh element, removed again when dropped.
struct Widget {
    host: Element,
}

impl Widget {
    async fn mount(fragment: &str) -> Widget {
        Widget::mount_with(fragment, &[]).await
    }

    /// Mounts with data attributes on the host element, as a page would write them.
    async fn mount_with(fragment: &str, attributes: &[(&str, &str)]) -> Widget {
        remove_leftover_widgets();
        set_fragment(fragment);
        let document = document();
        let host = document.create_element("div").unwrap();
        host.set_attribute("data-bouwstenen", "").unwrap();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        // As embed.js does before the wasm is loaded.
        host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        embed::mount(&host, &JsValue::UNDEFINED).unwrap();
        embed::draw(&host, &HeadStart::default());
        let widget = Widget { host };
        widget.wait_for(".scan h2").await;
        widget
    }

    fn shadow(&self) -> ShadowRoot {
        self.host.shadow_root().expect("widget has a shadow root")
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.shadow().query_selector(selector).unwrap()
    }

    fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow().query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    /// Waits (up to ten seconds) until `selector` matches, as a person waits for a screen.
    async fn wait_for(&self, selector: &str) -> Element {
        for _ in 0..WAIT_ROUNDS {
            if let Some(element) = self.find(selector) {
                return element;
            }
            sleep(10).await;
        }
        panic!("{selector} did not appear; screen: {}", self.text("h2"));
    }

    async fn wait_for_text(&self, selector: &str, expected: &str) {
        for _ in 0..WAIT_ROUNDS {
            if self
                .find(selector)
                .and_then(|e| e.text_content())
                .is_some_and(|t| t.contains(expected))
            {
                return;
            }
            sleep(10).await;
        }
        panic!(
            "{selector} never said {expected:?}; it says {:?}",
            self.text(selector)
        );
    }

    /// Waits for the results headed `heading`, with their table: the heading is drawn while
    /// the results' part of the wasm may still be on its way.
    /// Until the results are drawn in full: the advice cards come after the radar's frame.
    async fn wait_for_results(&self, heading: &str) {
        self.wait_for_text("h2", heading).await;
        self.wait_for(".score-table tbody tr").await;
        self.wait_for(".cards .card").await;
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// Clicks the button whose text is `label`.
    fn click_button(&self, label: &str) {
        let button = self
            .find_all("button")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button {label:?}"));
        button.unchecked_into::<HtmlElement>().click();
    }

    /// Starts the scan from the intro and waits for the first step.
    async fn start(&self) {
        self.click_button("Start de scan");
        self.wait_for(".statement").await;
    }

    /// From the first step to the results, answering statement 15 with `level` on the way.
    async fn finish_with(&self, level: u8) {
        self.choose(15, Answer::Level(level));
        for index in 0..CONTENT.blocks.len() {
            self.wait_for_text("h2", CONTENT.blocks[index].title).await;
            let last = index + 1 == CONTENT.blocks.len();
            self.click_button(if last { "Naar de uitslag" } else { "Volgende" });
        }
        self.wait_for(".confirm").await;
        self.click_button("Toch naar de uitslag");
        self.wait_for_results("Uw uitslag").await;
    }

    /// On the first step: answers one statement and moves on to the second step.
    async fn answer_first_step(&self, statement: u8, answer: Answer) {
        self.choose(statement, answer);
        self.click_button("Volgende");
        self.wait_for_text("h2", CONTENT.blocks[1].title).await;
    }

    fn choose(&self, statement: u8, answer: Answer) {
        let value = match answer {
            Answer::Level(level) => level.to_string(),
            Answer::DontKnow => "x".to_owned(),
        };
        let radio = self
            .find(&format!("#s{statement}-{value}"))
            .expect("radio exists");
        radio.unchecked_into::<HtmlElement>().click();
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        embed::unmount(&self.host);
        self.host.remove();
        clear_storage();
        set_fragment("");
    }
}

/// A test that failed skipped its clean-up (a panic in wasm runs no destructors); its widget
/// must not hold the fragment key the next test's widget needs.
fn remove_leftover_widgets() {
    let leftovers = document().query_selector_all("[data-bouwstenen]").unwrap();
    for index in 0..leftovers.length() {
        let element: Element = leftovers.item(index).unwrap().dyn_into().unwrap();
        embed::unmount(&element);
        element.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let href = window.location().href().unwrap();
    let base = href.split('#').next().unwrap().to_owned();
    let address = if fragment.is_empty() {
        base
    } else {
        format!("{base}{fragment}")
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&address))
        .unwrap();
}

fn current_fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    storage().remove_item(STORAGE_KEY).unwrap();
    storage().remove_item(HISTORY_KEY).unwrap();
}

/// Waits (up to ten seconds) until the page's fragment satisfies `check`; effects such as the
/// address-bar update run just after the screen is drawn.
async fn fragment_becomes(check: impl Fn(&str) -> bool) -> String {
    for _ in 0..WAIT_ROUNDS {
        let fragment = current_fragment();
        if check(&fragment) {
            return fragment;
        }
        sleep(10).await;
    }
    panic!("fragment stayed {:?}", current_fragment());
}

/// Waits (up to ten seconds) until the saved progress satisfies `check`.
async fn saved_progress_becomes(check: impl Fn(&str) -> bool) -> String {
    stored_item_becomes(STORAGE_KEY, check).await
}

/// Waits (up to ten seconds) until local storage's `key` satisfies `check`: the widget writes
/// it in an effect, just after the screen is drawn.
async fn stored_item_becomes(key: &str, check: impl Fn(&str) -> bool) -> String {
    for _ in 0..WAIT_ROUNDS {
        if let Some(saved) = storage()
            .get_item(key)
            .unwrap()
            .filter(|saved| check(saved))
        {
            return saved;
        }
        sleep(10).await;
    }
    panic!("{key} stayed {:?}", storage().get_item(key));
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// A varied set of answers: every level, don't-know, skipped statements, and block 5 with no
/// scored answer at all (so it must show as unknown, not 0%).
fn sample_answers() -> Answers {
    let mut answers = Answers::new();
    for (index, block) in CONTENT.blocks.iter().enumerate() {
        for (position, statement) in block.statements.iter().enumerate() {
            let answer = match (index, position) {
                (4, 0) => Some(Answer::DontKnow),
                (4, _) => None,
                (_, 2) => Some(Answer::DontKnow),
                (_, 3) => None,
                _ => Some(Answer::Level(((index + position * 3) % 5) as u8)),
            };
            if let Some(answer) = answer {
                answers.set(statement.id, answer);
            }
        }
    }
    answers
}

/// The results table, row by row: (title cell, score cell, stage cell).
fn table_rows(widget: &Widget) -> Vec<(String, String, String)> {
    widget
        .find_all(".score-table tbody tr")
        .iter()
        .map(|row| {
            let cell = |selector: &str| {
                row.query_selector(selector)
                    .unwrap()
                    .unwrap()
                    .text_content()
                    .unwrap()
            };
            (
                cell("th"),
                cell("td:nth-of-type(1)"),
                cell("td:nth-of-type(2)"),
            )
        })
        .collect()
}

fn expected_rows(answers: &Answers) -> Vec<(String, String, String)> {
    let scores = ScanScores::of(&CONTENT, answers);
    CONTENT
        .blocks
        .iter()
        .zip(scores.blocks)
        .map(|(block, score)| {
            let (score, stage) = match score {
                Some(score) => (format!("{score}%"), CONTENT.stage_of(score).name.to_owned()),
                None => ("onbekend".to_owned(), "onbekend".to_owned()),
            };
            (format!("{}. {}", block.number, block.title), score, stage)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn completing_all_seven_steps_shows_results_that_follow_the_scoring_rule() {
    clear_storage();
    let widget = Widget::mount("").await;
    assert!(widget.text("h2").contains("Hoe datagedreven"));
    widget.click_button("Start de scan");

    let answers = sample_answers();
    for (index, block) in CONTENT.blocks.iter().enumerate() {
        widget.wait_for_text("h2", block.title).await;
        widget
            .wait_for_text(".progress-text", &format!("Bouwsteen {} van 7", index + 1))
            .await;
        assert_eq!(widget.find_all("fieldset").len(), block.statements.len());
        assert_eq!(
            widget.find_all("fieldset legend").len(),
            block.statements.len()
        );
        // five levels and "Weet ik niet" per statement
        assert_eq!(
            widget.find_all("input[type=radio]").len(),
            block.statements.len() * 6
        );
        for statement in block.statements {
            if let Some(answer) = answers.get(statement.id) {
                widget.choose(statement.id, answer);
            }
        }
        let answered = answers.answered_in(block);
        widget
            .wait_for_text(
                ".progress-text",
                &format!(
                    "{answered} van {} stellingen beantwoord",
                    block.statements.len()
                ),
            )
            .await;
        widget.click_button(if index == 6 {
            "Naar de uitslag"
        } else {
            "Volgende"
        });
    }
    // Some statements are open: the widget asks first, and the visitor goes on.
    let open = CONTENT.statement_count() - answers.len();
    widget
        .wait_for_text(
            ".confirm",
            &format!(
                "U heeft {open} van de {} stellingen nog niet beantwoord.",
                CONTENT.statement_count()
            ),
        )
        .await;
    widget.click_button("Toch naar de uitslag");

    widget.wait_for_results("Uw uitslag").await;
    assert_eq!(table_rows(&widget), expected_rows(&answers));
    let overall = ScanScores::of(&CONTENT, &answers).overall.unwrap();
    assert!(widget
        .text(".overall-value")
        .contains(&format!("{overall}%")));

    let radar = widget.find("svg[role=img]").expect("radar");
    let name = radar.get_attribute("aria-label").unwrap();
    assert!(name.contains("Werk aan een data-cultuur"), "{name}");
    assert!(
        name.contains("Bied ruimte voor experimenten: onbekend"),
        "{name}"
    );
    assert_eq!(widget.find_all("svg.radar-wide .axis").len(), 7);
    assert_eq!(widget.find_all("svg.radar-wide .ring").len(), 4);
    assert_eq!(
        widget.find_all("svg.radar-wide .marker").len(),
        6,
        "no dot for the unknown block"
    );
    let labels = widget.find_all("svg.radar-wide .label");
    assert_eq!(labels.len(), 7);
    assert!(labels[2]
        .text_content()
        .unwrap()
        .contains("data-architectuur"));

    let links: Vec<String> = widget
        .find_all(".card .article-link a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        links,
        CONTENT
            .blocks
            .iter()
            .map(|b| b.article.to_owned())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        widget.find_all(".card .article-link a")[2]
            .text_content()
            .unwrap(),
        "Lees bouwsteen 3: Creëer een data-architectuur"
    );
    assert_eq!(widget.find_all(".start-here li").len(), 2);
    assert_eq!(widget.find_all(".card .badge").len(), 2);

    // The share field holds the whole link; the address holds nothing of it until the visitor
    // passes the link on (tests/e2e/share.test.mjs).
    let code = share::encode(CONTENT.version, &answers);
    assert!(!current_fragment().contains("bouwstenen="));
    let field: HtmlInputElement = widget.find("#share-link").unwrap().dyn_into().unwrap();
    assert!(field.read_only());
    assert!(
        field.value().ends_with(&format!("#bouwstenen={code}")),
        "{}",
        field.value()
    );
}

/// What the widget showed after each change of its elements: (radar, score table, advice
/// cards), recorded by a `MutationObserver` while it lives.
struct Drawings {
    seen: Rc<RefCell<Vec<(bool, bool, bool)>>>,
    observer: MutationObserver,
    _on_change: Closure<dyn FnMut()>,
}

impl Drawings {
    fn watch(widget: &Widget) -> Drawings {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let shadow = widget.shadow();
        let on_change = {
            let (seen, shadow) = (seen.clone(), shadow.clone());
            Closure::<dyn FnMut()>::new(move || {
                let has = |selector: &str| shadow.query_selector(selector).unwrap().is_some();
                seen.borrow_mut().push((
                    has("svg.radar-wide .result"),
                    has(".score-table tbody tr"),
                    has(".cards .card"),
                ));
            })
        };
        let observer = MutationObserver::new(on_change.as_ref().unchecked_ref()).unwrap();
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        observer.observe_with_options(&shadow, &options).unwrap();
        Drawings {
            seen,
            observer,
            _on_change: on_change,
        }
    }

    /// The first drawing with the score table in it, and whether the cards came after it.
    fn results_first_and_then(&self) -> ((bool, bool, bool), bool) {
        let seen = self.seen.borrow();
        let first = seen
            .iter()
            .position(|(_, table, _)| *table)
            .expect("no results drawn");
        (
            seen[first],
            seen[first + 1..].iter().any(|(_, _, cards)| *cards),
        )
    }
}

impl Drop for Drawings {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[wasm_bindgen_test]
async fn the_results_draw_the_radar_first_and_the_boxes_below_it_after_that_frame() {
    clear_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.choose(15, Answer::Level(3));
    for index in 0..CONTENT.blocks.len() - 1 {
        widget
            .wait_for_text("h2", CONTENT.blocks[index].title)
            .await;
        widget.click_button("Volgende");
    }
    widget.wait_for_text("h2", CONTENT.blocks[6].title).await;
    widget.click_button("Naar de uitslag");
    widget.wait_for(".confirm").await;
    let drawings = Drawings::watch(&widget);
    widget.click_button("Toch naar de uitslag");
    radar_first_then_the_rest(&widget, drawings).await;
    // A correction after the results: the way back draws them so again.
    widget.click_button("Antwoorden aanpassen");
    widget.wait_for_text("h2", CONTENT.blocks[0].title).await;
    let drawings = Drawings::watch(&widget);
    widget.click_button("Terug naar de uitslag");
    radar_first_then_the_rest(&widget, drawings).await;
}

/// The results' first drawing has the radar and its table, not the advice cards below them;
/// those come in a later drawing, all of them.
async fn radar_first_then_the_rest(widget: &Widget, drawings: Drawings) {
    widget.wait_for(".cards .card").await;
    let (first, cards_later) = drawings.results_first_and_then();
    assert_eq!(first, (true, true, false), "(radar, table, cards) at first");
    assert!(cards_later);
    assert_eq!(widget.find_all(".cards .card").len(), CONTENT.blocks.len());
    assert!(widget.find(".history").is_some());
}

#[wasm_bindgen_test]
async fn a_share_link_opens_the_same_results_at_once() {
    clear_storage();
    let answers = sample_answers();
    let code = share::encode(CONTENT.version, &answers);
    let widget = Widget::mount(&format!("#bouwstenen={code}")).await;
    widget.wait_for_results("Gedeelde uitslag").await;
    assert_eq!(table_rows(&widget), expected_rows(&answers));
    // Opening someone else's link leaves one's own progress alone.
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap(), None);

    widget.click_button("Doe de scan zelf");
    widget.wait_for_text("h2", "Hoe datagedreven").await;
    fragment_becomes(|fragment| !fragment.contains("bouwstenen=")).await;
}

#[wasm_bindgen_test]
async fn a_bad_fragment_gives_a_message_and_the_start_screen() {
    let huge = format!("#bouwstenen={}", "A".repeat(100_000));
    let valid = share::encode(CONTENT.version, &sample_answers());
    let truncated = format!("#bouwstenen={}", &valid[..valid.len() - 3]);
    for fragment in [
        "#bouwstenen=dit-is-geen-link",
        "#bouwstenen=",
        "#bouwstenen=%F0%9F%98%80",
        huge.as_str(),
        truncated.as_str(),
    ] {
        clear_storage();
        let widget = Widget::mount(fragment).await;
        widget
            .wait_for_text("[role=alert]", "Deze deellink werkt niet")
            .await;
        assert!(widget.text("h2").contains("Hoe datagedreven"));
        assert!(widget
            .find_all("button")
            .iter()
            .any(|b| b.text_content().unwrap() == "Start de scan"));
        // The broken code is taken out of the address bar.
        fragment_becomes(|fragment| !fragment.contains("bouwstenen=")).await;
        widget.start().await;
    }
}

#[wasm_bindgen_test]
async fn progress_survives_a_reload() {
    clear_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.answer_first_step(16, Answer::Level(3)).await;
    let saved = saved_progress_becomes(|saved| saved.starts_with("3|step1|nl|")).await;
    // The "reload": a new widget on the same page, after this one is gone.
    embed::unmount(&widget.host);
    widget.host.remove();
    let reloaded = Widget::mount("").await;
    reloaded.wait_for_text("h2", CONTENT.blocks[1].title).await;
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap().unwrap(), saved);
    reloaded.click_button("Vorige");
    reloaded.wait_for_text("h2", CONTENT.blocks[0].title).await;
    let radio: HtmlInputElement = reloaded.find("#s16-3").unwrap().dyn_into().unwrap();
    assert!(radio.checked());
}

#[wasm_bindgen_test]
async fn garbage_in_storage_gives_a_fresh_start() {
    for garbage in ["{not json", "1|step99|AAAA", "1|results|", "\u{0}\u{1}"] {
        storage().set_item(STORAGE_KEY, garbage).unwrap();
        let widget = Widget::mount("").await;
        assert!(widget.text("h2").contains("Hoe datagedreven"), "{garbage}");
        widget.start().await;
    }
}

#[wasm_bindgen_test]
async fn previous_on_the_first_step_returns_to_the_intro_and_focus_follows_the_heading() {
    clear_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    sleep(20).await;
    let focused = widget
        .shadow()
        .active_element()
        .expect("focus moved into the widget");
    assert_eq!(focused.tag_name(), "H2");
    widget.click_button("Vorige");
    widget.wait_for_text("h2", "Hoe datagedreven").await;
    // With answers already given, the intro offers to resume.
    widget.start().await;
    widget.choose(15, Answer::Level(1));
    widget.click_button("Vorige");
    widget.wait_for_text("h2", "Hoe datagedreven").await;
    assert!(widget
        .find_all("button")
        .iter()
        .any(|b| b.text_content().unwrap() == "Ga verder waar u was"));
}

#[wasm_bindgen_test]
async fn a_new_screen_never_reuses_the_elements_of_the_one_before() {
    clear_storage();
    let widget = Widget::mount("").await;
    let start_button = widget.find("section.intro button").unwrap();
    widget.start().await;
    // A reused button would keep the old one's hover, focus and pressed state.
    assert!(!start_button.is_connected());
    let previous_button = widget.find("section.step button").unwrap();
    widget.click_button("Vorige");
    widget.wait_for("section.intro").await;
    assert!(!previous_button.is_connected());
}

#[wasm_bindgen_test]
async fn a_link_pasted_into_the_address_bar_opens_without_a_reload() {
    clear_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    let answers = sample_answers();
    let code = share::encode(CONTENT.version, &answers);
    // Setting location.hash is what the address bar does: it fires `hashchange`.
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("bouwstenen={code}"))
        .unwrap();
    widget.wait_for_results("Gedeelde uitslag").await;
    assert_eq!(table_rows(&widget), expected_rows(&answers));
}

/// Runs `script` in the page (test set-up only: it stands in for a browser's privacy settings).
fn run_script(script: &str) {
    js_sys::Function::new_no_args(script)
        .call0(&JsValue::NULL)
        .unwrap();
}

/// Storage blocked: reading `window.localStorage` throws, as with some privacy settings.
fn block_storage() {
    run_script(
        "window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', \
         { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
}

fn unblock_storage() {
    run_script("Object.defineProperty(window, 'localStorage', window.__realStorage);");
}

/// Storage full: every write throws QuotaExceededError.
fn fill_storage() {
    run_script(
        "window.__realSetItem = Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
}

fn unfill_storage() {
    run_script("Storage.prototype.setItem = window.__realSetItem;");
}

#[wasm_bindgen_test]
async fn the_scan_works_where_storage_throws_or_is_full() {
    clear_storage();
    block_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.answer_first_step(15, Answer::Level(2)).await;
    unblock_storage();
    drop(widget);

    fill_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.answer_first_step(15, Answer::Level(2)).await;
    unfill_storage();
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn garbage_history_or_full_storage_never_breaks_the_results() {
    clear_storage();
    let then = share::encode(
        CONTENT.version,
        &[(15, Answer::Level(0))].into_iter().collect(),
    );
    storage()
        .set_item(
            HISTORY_KEY,
            &format!("kapot\n1|2026-03-03|{then}\n1|2026-13-01|{then}\n\u{0}|x"),
        )
        .unwrap();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.finish_with(4).await;
    // The one good line is "then": 0% for block 1, 100% now.
    widget
        .wait_for_text(".legend", "Vorige keer, 3 maart 2026")
        .await;
    // Written again with the first line of a kept history, and only the lines that parse.
    let saved = stored_item_becomes(HISTORY_KEY, |saved| saved.starts_with("keep\n")).await;
    assert_eq!(saved.lines().count(), 3, "{saved}");
    assert!(
        saved.starts_with(&format!("keep\n1|2026-03-03|{then}\n1|")),
        "{saved}"
    );
    drop(widget);

    // Storage full: the scan completes and the results show; nothing is kept.
    fill_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.finish_with(2).await;
    widget.click_button("Bewaar deze uitslag op dit apparaat om later te vergelijken");
    widget.wait_for(".history-list").await;
    unfill_storage();
    assert_eq!(storage().get_item(HISTORY_KEY).unwrap(), None);
    drop(widget);

    // Storage blocked: reading `window.localStorage` throws.
    block_storage();
    let widget = Widget::mount("").await;
    widget.start().await;
    widget.finish_with(3).await;
    widget.click_button("Bewaar deze uitslag op dit apparaat om later te vergelijken");
    widget.wait_for(".history-list").await;
    unblock_storage();
}

#[wasm_bindgen_test]
async fn data_lang_picks_english_and_the_switch_changes_language() {
    clear_storage();
    let widget = Widget::mount_with("", &[("data-lang", "en")]).await;
    widget
        .wait_for_text("h2", "How data-driven is your organisation?")
        .await;
    assert_eq!(
        widget
            .find(".scan")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );

    widget.click_button("Nederlands");
    widget
        .wait_for_text("h2", "Hoe datagedreven is uw organisatie?")
        .await;
    assert_eq!(
        widget
            .find(".scan")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    let switch = widget.find(".language-switch").unwrap();
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(switch.text_content().as_deref(), Some("English"));
}

#[wasm_bindgen_test]
async fn a_share_link_opens_in_the_viewers_language() {
    clear_storage();
    let answers = sample_answers();
    let fragment = format!("#bouwstenen={}", share::encode(CONTENT.version, &answers));
    let widget = Widget::mount_with(&fragment, &[("data-lang", "en-GB")]).await;
    widget.wait_for_results("Shared results").await;
    let english = bouwstenen_scan::model::content::CONTENT_EN.blocks;
    let rows = table_rows(&widget);
    let expected = expected_rows(&answers);
    assert_eq!(rows.len(), english.len(), "a row for every block");
    for ((row, expected), block) in rows.iter().zip(&expected).zip(english) {
        assert_eq!(row.0, format!("{}. {}", block.number, block.title));
        assert_eq!(
            row.1.replace("unknown", "onbekend"),
            expected.1,
            "same scores"
        );
    }
    assert!(widget.text(".score-table").contains("unknown"));
}

#[wasm_bindgen_test]
async fn a_year_old_link_still_opens_after_the_content_changed() {
    clear_storage();
    // Made with content version 1 in format 1 (before labels): version 2 retired every
    // statement it answered (content/nl.toml, `retired_ids`), so nothing of it counts now,
    // and the results say why.
    let old_code = share::seal(&[1, 0, 1, 3, 11, 4, 12, 0, 21, 2]);
    let widget = Widget::mount(&format!("#bouwstenen={old_code}")).await;
    widget.wait_for_results("Gedeelde uitslag").await;
    let rows = table_rows(&widget);
    assert_eq!(rows.len(), 7);
    assert!(rows.iter().all(|row| row.1 == "onbekend"), "{rows:?}");
    assert!(widget
        .text(".version-notice")
        .starts_with("Deze uitslag is gemaakt met een eerdere versie van de scan."));
}
