//! What the results screen shows, decided in one place: the results in view, each with its
//! name and block scores, the main result's overall score and stage, where to start, how many
//! statements it rests on, and the team's mean and spread. The app takes it from the state
//! once per render, so once per state change (`ScanState::summary`); the views only render it.

use super::i18n::{fill, Locale};
use super::quiz::Stage;
use super::radar_svg::Series;
use super::score::{team_spread, BlockSpread, Coverage, ScanScores, StartHere};
use super::share::ScanResult;

/// From this many results on, the team's mean and spread are shown.
pub const TEAM_SIZE: usize = 3;

// PartialEq for the tests only: the widget never compares summaries.
#[derive(Debug)]
#[cfg_attr(test, derive(PartialEq))]
pub struct ResultSummary {
    /// Every result shown, the main one first, each with its name.
    pub series: Vec<Series>,
    /// The main result's scores.
    pub main: ScanScores,
    /// The stage of the main result's overall score, if it has one.
    pub stage: Option<&'static Stage>,
    pub start_here: StartHere,
    /// How many statements the main result answers.
    pub coverage: Coverage,
    /// The team's mean and range per block, with [`TEAM_SIZE`] results or more.
    pub spread: Option<Vec<BlockSpread>>,
    /// The name shown above the overall score: the main result's own name, or in a comparison
    /// its default one.
    pub name: Option<String>,
}

impl ResultSummary {
    /// `None` when there is no result to show. `shared`: the results came from a link, so the
    /// first one is not "Uw uitslag".
    pub fn of(locale: Locale, results: &[ScanResult], shared: bool) -> Option<Self> {
        let content = locale.content;
        let first = results.first()?;
        let scores: Vec<ScanScores> = results
            .iter()
            .map(|result| ScanScores::of(content, &result.answers))
            .collect();
        let series: Vec<Series> = results
            .iter()
            .zip(&scores)
            .enumerate()
            .map(|(index, (result, scores))| Series {
                label: result
                    .label
                    .clone()
                    .unwrap_or_else(|| default_name(locale, index, shared)),
                scores: scores.blocks.clone(),
            })
            .collect();
        let spread = (scores.len() >= TEAM_SIZE).then(|| team_spread(&scores));
        let main = scores.into_iter().next()?;
        let name = first.label.clone().or_else(|| {
            (series.len() > 1)
                .then(|| series.first().map(|series| series.label.clone()))
                .flatten()
        });
        Some(Self {
            stage: main.overall.map(|score| content.stage_of(score)),
            start_here: main.start_here(content.stages),
            coverage: Coverage::of(content, &first.answers),
            series,
            main,
            spread,
            name,
        })
    }

    /// The blocks marked as the place to start (none when no block stands out).
    pub fn weakest(&self) -> &[usize] {
        self.start_here.blocks()
    }
}

/// "Uw uitslag" for the visitor's own result; "Uitslag 2", … for the others.
fn default_name(locale: Locale, index: usize, shared: bool) -> String {
    if index == 0 && !shared {
        locale.texts.own_result.to_owned()
    } else {
        fill(locale.texts.result_n, &[("n", &(index + 1).to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::Language;
    use crate::model::quiz::{Answer, Answers};

    fn result(level: u8, label: Option<&str>) -> ScanResult {
        let locale = Locale::dutch();
        let answers: Answers = locale
            .content
            .blocks
            .iter()
            .flat_map(|block| block.statements.iter())
            .map(|statement| (statement.id, Answer::Level(level)))
            .collect();
        ScanResult {
            content_version: locale.content.version,
            answers,
            label: label.map(str::to_owned),
        }
    }

    #[test]
    fn one_result_is_named_only_when_the_visitor_named_it() {
        let locale = Locale::dutch();
        let Some(summary) = ResultSummary::of(locale, &[result(2, None)], false) else {
            panic!("one result gives a summary")
        };
        assert_eq!(summary.series[0].label, "Uw uitslag");
        assert_eq!(summary.name, None);
        assert_eq!(summary.main.overall, Some(50));
        assert_eq!(
            summary.stage.map(|stage| stage.name),
            Some("In ontwikkeling")
        );
        assert_eq!(summary.coverage.open(), 0);
        assert_eq!(summary.spread, None);
        assert_eq!(summary.start_here, StartHere::AllEqual);

        let named = ResultSummary::of(locale, &[result(2, Some("Team"))], true);
        assert_eq!(named.and_then(|s| s.name), Some("Team".to_owned()));
        assert_eq!(ResultSummary::of(locale, &[], false), None);
    }

    #[test]
    fn a_team_of_three_gets_default_names_and_its_spread() {
        let locale = Locale::of(Language::English);
        let results = [result(4, None), result(0, Some("Bram")), result(2, None)];
        let Some(summary) = ResultSummary::of(locale, &results, true) else {
            panic!("results")
        };
        let labels: Vec<&str> = summary.series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Result 1", "Bram", "Result 3"]);
        assert_eq!(summary.name.as_deref(), Some("Result 1"));
        let Some(spread) = summary.spread else {
            panic!("three results have a spread")
        };
        assert_eq!(
            (spread[0].min, spread[0].max, spread[0].mean),
            (Some(0), Some(100), Some(50))
        );
        assert_eq!(summary.start_here, StartHere::AllAtTop);
    }
}
