//! The result in words: a few plain sentences under the result heading, which the
//! radar also gives as its accessible description. The overall stage, the highest and the
//! lowest block (all of them on a tie), the blocks without a score, and in a comparison the
//! block where the results differ most.

use super::i18n::{fill, Locale};
use super::summary::ResultSummary;

pub fn sentences(locale: Locale, summary: &ResultSummary) -> String {
    let Locale { texts, content } = locale;
    let scores = &summary.main.blocks;
    let (Some(overall), Some(stage)) = (summary.main.overall, summary.stage) else {
        return texts.words_none.to_owned();
    };
    let who = if summary.whose.is_visitors() {
        texts.words_own
    } else {
        texts.words_shared
    };
    let mut out = vec![fill(
        texts.words_stage,
        &[
            ("who", who),
            ("stage", stage.name),
            ("score", &format!("{overall}%")),
        ],
    )];
    // Each block named with its score: "Kies voor een Agile-aanpak (63%)".
    let named = |blocks: &[usize], text: &dyn Fn(usize) -> String| -> String {
        let names: Vec<String> = blocks
            .iter()
            .filter_map(|&index| {
                let block = content.blocks.get(index)?;
                Some(format!("{} ({})", block.title, text(index)))
            })
            .collect();
        join(&names, texts.words_and)
    };
    let score_of = |index: usize| {
        scores
            .get(index)
            .copied()
            .flatten()
            .map_or_else(String::new, |score| format!("{score}%"))
    };
    let known: Vec<(usize, u8)> = scores
        .iter()
        .enumerate()
        .filter_map(|(index, score)| Some((index, (*score)?)))
        .collect();
    let high = known.iter().map(|&(_, score)| score).max().unwrap_or(0);
    let low = known.iter().map(|&(_, score)| score).min().unwrap_or(0);
    let with = |wanted: u8| -> Vec<usize> {
        known
            .iter()
            .filter(|&&(_, score)| score == wanted)
            .map(|&(index, _)| index)
            .collect()
    };
    if known.len() > 1 && high == low {
        out.push(texts.words_all_equal.to_owned());
    } else if known.len() > 1 {
        out.push(fill(
            texts.words_high_low,
            &[
                ("high", &named(&with(high), &score_of)),
                ("low", &named(&with(low), &score_of)),
            ],
        ));
    }
    let unknown: Vec<String> = scores
        .iter()
        .zip(content.blocks)
        .filter(|(score, _)| score.is_none())
        .map(|(_, block)| block.title.to_owned())
        .collect();
    if !unknown.is_empty() {
        out.push(fill(
            texts.words_unknown,
            &[("blocks", &join(&unknown, texts.words_and))],
        ));
    }
    if summary.series.len() > 1 {
        // Per block, the lowest and highest known score across the results.
        let ranges: Vec<Option<(u8, u8)>> = (0..content.blocks.len())
            .map(|index| {
                let known = summary
                    .series
                    .iter()
                    .filter_map(|series| series.scores.get(index).copied().flatten());
                Some((known.clone().min()?, known.max()?))
            })
            .collect();
        let widest = ranges
            .iter()
            .flatten()
            .map(|(low, high)| high - low)
            .max()
            .filter(|&width| width > 0);
        if let Some(widest) = widest {
            let blocks: Vec<usize> = ranges
                .iter()
                .enumerate()
                .filter(|(_, range)| range.is_some_and(|(low, high)| high - low == widest))
                .map(|(index, _)| index)
                .collect();
            let range_of = |index: usize| match ranges.get(index).copied().flatten() {
                Some((low, high)) => format!("{low}\u{2013}{high}%"),
                None => String::new(),
            };
            out.push(fill(
                texts.words_spread,
                &[("blocks", &named(&blocks, &range_of))],
            ));
        }
    }
    let out: Vec<String> = out.into_iter().map(one_full_stop).collect();
    out.join(" ")
}

/// A sentence whose last blank ends in its own mark ("Start vandaag!") gets no second one
/// from the template: "Geen score: Start vandaag!", not "… vandaag!.".
fn one_full_stop(sentence: String) -> String {
    let mut ending = sentence.chars().rev();
    match (ending.next(), ending.next()) {
        (Some('.'), Some('!' | '?' | '.' | '\u{2026}')) => {
            let mut sentence = sentence;
            sentence.pop();
            sentence
        }
        _ => sentence,
    }
}

/// "A", "A en B", "A, B en C".
fn join(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::Language;
    use crate::model::share::ScanResult;
    use crate::model::summary::Whose;
    use crate::model::test_support::answers_by_block;

    fn result(locale: Locale, levels: [Option<u8>; 7]) -> ScanResult {
        ScanResult {
            content_version: locale.content.version,
            answers: answers_by_block(locale.content, &levels),
            ..ScanResult::default()
        }
    }

    fn words(locale: Locale, results: &[ScanResult], whose: Whose) -> String {
        match ResultSummary::of(locale, results, whose) {
            Some(summary) => sentences(locale, &summary),
            None => panic!("results give a summary"),
        }
    }

    #[test]
    fn the_stage_and_the_highest_and_lowest_block() {
        let dutch = Locale::dutch();
        let one = result(
            dutch,
            [
                Some(1),
                Some(2),
                Some(2),
                Some(3),
                Some(2),
                Some(0),
                Some(2),
            ],
        );
        assert_eq!(
            words(dutch, &[one], Whose::Own),
            "Uw organisatie zit in de fase \u{2018}In ontwikkeling\u{2019}, met een totaalscore van 43%. \
             Hoogste score: Kies voor een Agile-aanpak (75%). \
             Laagste score: Creëer bestuurlijk draagvlak (0%)."
        );
    }

    #[test]
    fn ties_name_every_block_and_unknown_blocks_are_said_apart() {
        let english = Locale::of(Language::English);
        let tied = result(
            english,
            [Some(3), Some(1), None, Some(3), Some(1), Some(3), None],
        );
        assert_eq!(
            words(english, &[tied], Whose::Shared),
            "This organisation is at the stage \u{2018}Developing\u{2019}, with an overall score of 55%. \
             Highest score: Work on a data culture (75%), Choose an agile approach (75%) and Build political support (75%). \
             Lowest score: Recruit data expertise (25%) and Make room for experiments (25%). \
             No score: Create a data architecture and Start today!"
        );
        let dutch = Locale::dutch();
        let one_known = result(dutch, [Some(2), None, None, None, None, None, None]);
        assert!(
            words(dutch, &[one_known], Whose::Own)
                .ends_with(" Creëer bestuurlijk draagvlak en Start vandaag!"),
            "one mark after a title that ends in its own"
        );
        let equal = result(dutch, [Some(2); 7]);
        assert!(
            words(dutch, &[equal], Whose::Own).ends_with(" Alle bouwstenen hebben dezelfde score.")
        );
        let none = result(dutch, [None; 7]);
        assert_eq!(words(dutch, &[none], Whose::Own), dutch.texts.words_none);
    }

    #[test]
    fn a_comparison_names_the_block_where_the_results_differ_most() {
        let dutch = Locale::dutch();
        let a = result(
            dutch,
            [
                Some(2),
                Some(2),
                Some(0),
                Some(2),
                Some(2),
                Some(2),
                Some(2),
            ],
        );
        let b = result(
            dutch,
            [
                Some(2),
                Some(3),
                Some(4),
                Some(2),
                Some(2),
                Some(2),
                Some(1),
            ],
        );
        let c = result(
            dutch,
            [
                Some(2),
                Some(2),
                Some(1),
                Some(2),
                Some(2),
                Some(2),
                Some(2),
            ],
        );
        let text = words(dutch, &[a, b, c], Whose::Own);
        assert!(
            text.ends_with(" De uitslagen verschillen het meest bij Creëer een data-architectuur (0\u{2013}100%)."),
            "{text}"
        );
    }
}
