//! What the results screen shows, decided in one place: the results in view, each with its
//! name and block scores, the main result's overall score and stage, where to start, how many
//! statements it rests on, the team's spread and disagreements, the plan, then and the
//! reference. The app takes it from the state once per render, so once per state change
//! (`ScanState::summary`); the views only render it.

use super::config::Reference;
use super::disagreement::{widest, Disagreement};
use super::history::{change, Entry};
use super::i18n::{fill, Locale};
use super::plan::{plan, PlanItem};
use super::quiz::Stage;
use super::radar_svg::{Overlay, OverlayKind, Series};
use super::score::{team_spread, BlockSpread, Coverage, ScanScores, StartHere};
use super::share::ScanResult;

/// From this many results on, they are a team: its spread per block and its disagreements
/// per statement are shown.
pub const TEAM_SIZE: usize = 3;

/// Whose result the results screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The visitor's own, now (with anything they compare it with).
    Own,
    /// Someone else's, opened from a share link (one, or several for a comparison).
    Shared,
    /// One of the visitor's own earlier results: an index into their history.
    Earlier(usize),
}

impl Whose {
    /// The visitor's own result, now or earlier: "Uw organisatie", "Uw uitslag".
    pub fn is_visitors(self) -> bool {
        self != Whose::Shared
    }
}

// PartialEq for the tests only: the widget never compares summaries.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct ResultSummary {
    pub whose: Whose,
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
    /// The main result's ambition per block (stage indices), in content order.
    pub ambitions: Vec<Option<usize>>,
    /// "Uw actieplan": the blocks to work on, in order.
    pub plan: Vec<PlanItem>,
    /// The visitor's result before this one, when it is shown.
    pub previous: Option<Previous>,
    /// The organisation's reference profile: its name and block scores.
    pub reference: Option<Series>,
    /// With [`TEAM_SIZE`] results or more: the statements on which they differ most.
    pub disagreements: Option<Vec<Disagreement>>,
    /// What on screen was made with an earlier version of the content: only the answers to
    /// statements it still asks count there (docs/share-format.md, "Versions").
    pub older: OlderVersions,
}

/// The results on screen made with an earlier content version than the one shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OlderVersions {
    /// How many of the results shown (the main one and those compared with it).
    pub shown: usize,
    /// "Vorige keer".
    pub previous: bool,
    /// The organisation's reference profile.
    pub reference: bool,
}

/// "Then": the visitor's previous result, next to the one on screen.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Previous {
    /// "Vorige keer, 3 maart 2026".
    pub label: String,
    pub scores: ScanScores,
    /// The change per block since then; `None` where either score is unknown.
    pub change: Vec<Option<i16>>,
}

impl ResultSummary {
    /// `None` when there is no result to show. The first result is "Uw uitslag" when it is the
    /// visitor's own.
    pub fn of(locale: Locale, results: &[ScanResult], whose: Whose) -> Option<Self> {
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
                    .unwrap_or_else(|| default_name(locale, index, whose)),
                scores: scores.blocks.clone(),
            })
            .collect();
        let spread = (scores.len() >= TEAM_SIZE).then(|| team_spread(&scores));
        let disagreements = (results.len() >= TEAM_SIZE).then(|| widest(content, results));
        let main = scores.into_iter().next()?;
        let start_here = main.start_here(content.stages);
        let ambitions = first.ambitions.per_block(content);
        let name = first.label.clone().or_else(|| {
            (series.len() > 1)
                .then(|| series.first().map(|series| series.label.clone()))
                .flatten()
        });
        let shown = results
            .iter()
            .filter(|result| result.content_version < content.version)
            .count();
        Some(Self {
            whose,
            older: OlderVersions {
                shown,
                ..OlderVersions::default()
            },
            stage: main.overall.map(|score| content.stage_of(score)),
            plan: plan(content, &main.blocks, &ambitions, &start_here),
            start_here,
            coverage: Coverage::of(content, &first.answers),
            series,
            main,
            spread,
            name,
            ambitions,
            previous: None,
            reference: None,
            disagreements,
        })
    }

    /// Adds the organisation's reference profile.
    pub fn with_reference(self, locale: Locale, reference: &Reference) -> Self {
        let mut result = reference.result.clone();
        result.retain_known(locale.content);
        let label = reference
            .label
            .clone()
            .unwrap_or_else(|| locale.texts.reference_default.to_owned());
        Self {
            reference: Some(Series {
                label,
                scores: ScanScores::of(locale.content, &result.answers).blocks,
            }),
            older: OlderVersions {
                reference: result.content_version < locale.content.version,
                ..self.older
            },
            ..self
        }
    }

    /// Adds the visitor's previous result ("then") to their own.
    pub fn with_previous(self, locale: Locale, then: &Entry, number: Option<usize>) -> Self {
        let scores = ScanScores::of(locale.content, &then.result.answers);
        let previous = Previous {
            label: fill(
                locale.texts.previous_label,
                &[("date", &locale.entry_date(then.day, number))],
            ),
            change: change(&scores.blocks, &self.main.blocks),
            scores,
        };
        Self {
            previous: Some(previous),
            older: OlderVersions {
                previous: then.result.content_version < locale.content.version,
                ..self.older
            },
            ..self
        }
    }

    /// What the results screen says of results made with an earlier version of the scan: a
    /// sentence for each kind, then the rule; `None` where everything is of this version.
    pub fn version_notice(&self, locale: Locale) -> Option<String> {
        let texts = locale.texts.results();
        let OlderVersions {
            shown,
            previous,
            reference,
        } = self.older;
        let which = [
            (shown > 0 && self.series.len() == 1).then_some(texts.older_main),
            (shown > 0 && self.series.len() > 1).then_some(texts.older_some),
            previous.then_some(texts.older_previous),
            reference.then_some(texts.older_reference),
        ];
        let sentences: Vec<&str> = which.into_iter().flatten().collect();
        (!sentences.is_empty())
            .then(|| [sentences.join(" "), texts.older_rule.to_owned()].join(" "))
    }

    /// What the radar draws beside the results: the reference always; beside a single result
    /// also then, and the ambition (at the score where its stage begins), which in a
    /// comparison would be one line too many.
    pub fn overlays(&self, locale: Locale) -> Vec<Overlay> {
        let reference = self.reference.as_ref().map(|reference| Overlay {
            kind: OverlayKind::Reference,
            label: reference.label.clone(),
            scores: reference.scores.clone(),
        });
        if self.series.len() > 1 {
            return reference.into_iter().collect();
        }
        let previous = self.previous.as_ref().map(|previous| Overlay {
            kind: OverlayKind::Previous,
            label: previous.label.clone(),
            scores: previous.scores.blocks.clone(),
        });
        let ambition = self.ambitions.iter().any(Option::is_some).then(|| Overlay {
            kind: OverlayKind::Ambition,
            label: locale.texts.ambition.to_owned(),
            scores: self
                .ambitions
                .iter()
                .map(|ambition| Some(locale.content.stages.get((*ambition)?)?.from))
                .collect(),
        });
        previous
            .into_iter()
            .chain(ambition)
            .chain(reference)
            .collect()
    }

    /// The blocks marked as the place to start (none when no block stands out).
    pub fn weakest(&self) -> &[usize] {
        self.start_here.blocks()
    }

    /// Whether the plan follows chosen ambitions; without them it is the "Begin hier" blocks.
    pub fn plan_follows_ambitions(&self) -> bool {
        self.ambitions.iter().any(Option::is_some)
    }

    /// Where the results screen gives a block's advice: once, in the first place that names the
    /// block ("Begin hier", then the plan, then its card); the other places point there.
    pub fn advice_place(&self, block: usize) -> AdvicePlace {
        if self.weakest().contains(&block) {
            AdvicePlace::StartHere
        } else if self.plan_follows_ambitions() && self.plan.iter().any(|item| item.block == block)
        {
            AdvicePlace::Plan
        } else {
            AdvicePlace::Card
        }
    }
}

/// Where a block's advice stands on the results screen (see [`ResultSummary::advice_place`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdvicePlace {
    StartHere,
    Plan,
    Card,
}

/// "Uw uitslag" for the visitor's own result; "Uitslag 2", … for the others.
fn default_name(locale: Locale, index: usize, whose: Whose) -> String {
    if index == 0 && whose.is_visitors() {
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
            ..ScanResult::default()
        }
    }

    #[test]
    fn each_blocks_advice_has_one_place_the_first_that_names_the_block() {
        let locale = Locale::dutch();
        // Blocks 2 and 5 lowest ("Begin hier"); ambitions for block 2 and block 1.
        let levels = [2, 0, 3, 3, 0, 3, 3].map(Some);
        let answers = crate::model::test_support::answers_by_block(locale.content, &levels);
        let of = |ambitions: &[(u8, u8)]| {
            let result = ScanResult {
                content_version: locale.content.version,
                answers: answers.clone(),
                ambitions: ambitions.iter().copied().collect(),
                ..ScanResult::default()
            };
            ResultSummary::of(locale, &[result], Whose::Own)
        };
        let places =
            |summary: &ResultSummary| (0..7).map(|b| summary.advice_place(b)).collect::<Vec<_>>();
        use AdvicePlace::{Card, Plan, StartHere as Top};
        let Some(without) = of(&[]) else {
            panic!("a summary")
        };
        assert!(!without.plan_follows_ambitions());
        assert_eq!(places(&without), [Card, Top, Card, Card, Top, Card, Card]);
        let Some(with) = of(&[(2, 4), (1, 4)]) else {
            panic!("a summary")
        };
        assert!(with.plan_follows_ambitions());
        assert_eq!(places(&with), [Plan, Top, Card, Card, Top, Card, Card]);
    }

    #[test]
    fn one_result_is_named_only_when_the_visitor_named_it() {
        let locale = Locale::dutch();
        let Some(summary) = ResultSummary::of(locale, &[result(2, None)], Whose::Own) else {
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

        let named = ResultSummary::of(locale, &[result(2, Some("Team"))], Whose::Shared);
        assert_eq!(named.and_then(|s| s.name), Some("Team".to_owned()));
        assert_eq!(ResultSummary::of(locale, &[], Whose::Own), None);
    }

    #[test]
    fn a_team_of_three_gets_default_names_and_its_spread() {
        let locale = Locale::of(Language::English);
        let results = [result(4, None), result(0, Some("Bram")), result(2, None)];
        let Some(summary) = ResultSummary::of(locale, &results, Whose::Shared) else {
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

    #[test]
    fn results_of_an_earlier_version_are_said_with_what_still_counts() {
        use crate::model::config::Reference;
        use crate::model::history::Day;
        let locale = Locale::dutch();
        let texts = locale.texts.results();
        let older = |level| ScanResult {
            content_version: locale.content.version - 1,
            ..result(level, None)
        };
        let current = ResultSummary::of(locale, &[result(2, None)], Whose::Own);
        assert_eq!(current.and_then(|s| s.version_notice(locale)), None);

        let shared = ResultSummary::of(locale, &[older(2)], Whose::Shared);
        let notice = shared
            .and_then(|s| s.version_notice(locale))
            .unwrap_or_default();
        assert_eq!(notice, format!("{} {}", texts.older_main, texts.older_rule));

        let compared = ResultSummary::of(locale, &[result(2, None), older(3)], Whose::Own);
        let notice = compared
            .and_then(|s| s.version_notice(locale))
            .unwrap_or_default();
        assert!(notice.starts_with(texts.older_some), "{notice}");

        let Some(own) = ResultSummary::of(locale, &[result(2, None)], Whose::Own) else {
            panic!("a summary")
        };
        let Some(day) = Day::new(2025, 3, 3) else {
            panic!("a day")
        };
        let then = Entry {
            day,
            result: older(1),
        };
        let reference = Reference {
            result: older(3),
            label: None,
        };
        let notice = own
            .with_previous(locale, &then, None)
            .with_reference(locale, &reference)
            .version_notice(locale)
            .unwrap_or_default();
        assert_eq!(
            notice,
            [
                texts.older_previous,
                texts.older_reference,
                texts.older_rule
            ]
            .join(" ")
        );
    }
}
