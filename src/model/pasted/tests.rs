//! Pasted links as people paste them: from a chat, a mail, a sentence.

use super::*;
use crate::model::compare::join_codes;
use crate::model::quiz::{Answer, Answers};
use crate::model::share;

fn result(level: u8, label: &str) -> ScanResult {
    ScanResult {
        content_version: 1,
        answers: (11..=40)
            .map(|id| (id, Answer::Level(level)))
            .collect::<Answers>(),
        label: Some(label.into()),
        ..ScanResult::default()
    }
}

fn code(level: u8, label: &str) -> String {
    share::encode_result(&result(level, label))
}

fn labels(results: &[ScanResult]) -> Vec<String> {
    results
        .iter()
        .map(|r| r.label.clone().unwrap_or_default())
        .collect()
}

fn lines(problems: &[PasteProblem]) -> Vec<usize> {
    problems.iter().map(|p| p.line).collect()
}

#[test]
fn pasted_links_codes_and_broken_links_are_told_apart() {
    let (a, b, c) = (code(1, "A"), code(2, "B"), code(3, "C"));
    let text = format!(
        "https://www.example.nl/scan#bouwstenen={a}\n\n  {b}  \nhttps://x.nl/#/route?tab=1&bouwstenen-team={c}\nhallo\nhttps://x.nl/#bouwstenen=kapot\n"
    );
    let (results, problems) = parse(&text);
    assert_eq!(labels(&results), ["A", "B", "C"]);
    assert_eq!(
        lines(&problems),
        [6],
        "'hallo' is no link; the broken link is named"
    );
}

#[test]
fn a_link_or_code_pasted_inside_a_sentence_is_taken_out_of_it() {
    let (a, b) = (code(1, "A"), code(2, "B"));
    let text = format!(
        "Hier mijn uitslag: https://www.example.nl/scan#bouwstenen={a} groet, Anna\n\
         Code: {b}.\n\
         <https://www.example.nl/scan#bouwstenen={a}>\n\
         ‹https://www.example.nl/scan#bouwstenen={b}›"
    );
    let (results, problems) = parse(&text);
    assert_eq!(labels(&results), ["A", "B", "A", "B"]);
    assert!(problems.is_empty(), "{problems:?}");
    let (results, problems) = parse("Ik stuur hem morgen, groet Bram");
    assert!(
        results.is_empty() && problems.is_empty(),
        "a sentence is no link"
    );
}

#[test]
fn a_conversation_from_teams_gives_its_links_and_names_only_the_one_that_does_not_work() {
    let (anna, bram, chris) = (code(1, "Anna"), code(2, "Bram"), code(3, "Chris"));
    let link = |code: &str| format!("https://www.gemeente.nl/datagedreven#bouwstenen={code}");
    // The mail program broke Chris's link after 76 characters.
    let chris_link = link(&chris);
    let (first, rest) = chris_link.split_at(76);
    let safe = format!(
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gemeente.nl%2Fdatagedreven%23bouwstenen%3D{bram}&data=05%7C02%7C%7Cabc&sdata=xyz%3D&reserved=0"
    );
    let text = [
        "Anna de Vries".to_owned(),
        "10:42".to_owned(),
        format!("<{}>", link(&anna)),
        "Bram Jansen 10:45".to_owned(),
        safe,
        "[10:47] Chris Bakker".to_owned(),
        format!("<{first}"),
        format!("{rest}>"),
        "Anna de Vries".to_owned(),
        link(&anna),
        "Dirk: https://www.gemeente.nl/datagedreven#bouwstenen=AwABGgsADAENAg4DFQEW".to_owned(),
        "Groet, Eva".to_owned(),
    ]
    .join("\r\n");
    let (results, problems) = parse(&text);
    assert_eq!(labels(&results), ["Anna", "Bram", "Chris", "Anna"]);
    assert_eq!(
        lines(&problems),
        [11],
        "only Dirk's cut-off link: {problems:?}"
    );
    assert_eq!(problems[0].error, ShareError::Truncated);
}

#[test]
fn a_link_without_our_part_still_looks_like_a_link_and_is_named() {
    let (results, problems) = parse("https://teams.microsoft.com/l/meetup-join/19%3ameeting\n");
    assert!(results.is_empty());
    assert_eq!(lines(&problems), [1]);
    assert_eq!(problems[0].error, ShareError::Empty);
}

#[test]
fn a_pasted_comparison_link_brings_all_its_results() {
    let codes = [code(1, "A"), code(2, "B")];
    let (results, problems) = parse(&format!("https://x.nl/#bouwstenen={}", join_codes(&codes)));
    assert_eq!(results.len(), 2);
    assert!(problems.is_empty());
}

#[test]
fn a_broken_link_whose_next_line_does_not_mend_it_is_named_and_that_line_read_on_its_own() {
    let good = code(2, "Bram");
    let text = format!("https://x.nl/#bouwstenen=AwABGgsADAENAg4D\n{good}\n");
    let (results, problems) = parse(&text);
    assert_eq!(labels(&results), ["Bram"]);
    assert_eq!(lines(&problems), [1]);
}
