//! "Uw actieplan" in words, once: the results screen shows these entries, and the download
//! writes them (with the scores and room for the team's own actions) as an RTF file.
//!
//! Why RTF: Word, LibreOffice, Google Docs and Pages open and edit it, and it is plain text, so
//! the widget writes it without a zip library (a .docx or .odt is a zip archive).

use super::history::Day;
use super::i18n::{fill, Locale};
use super::plan::PlanReason;
use super::score::stage_index;
use super::summary::{ResultSummary, Whose};
use std::fmt::Write as _;

/// One block in the plan, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEntry {
    /// Block index, in content order.
    pub block: usize,
    /// "3. Creëer een data-architectuur"
    pub heading: String,
    /// "Nu: Verkennend (38%)"
    pub now: String,
    /// "Ambitie: Gevorderd", when the block is in the plan for its ambition.
    pub target: Option<String>,
    /// The block's advice for its current stage.
    pub advice: &'static str,
}

/// Where the plan is read: on the results screen, below "Begin hier" (and, on the visitor's own
/// result, below the ambition selects), or in the RTF file, where nothing is above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    OnScreen,
    InTheFile,
}

/// What the plan says above its entries: why these blocks (or why none). It speaks of "uw
/// ambitie" only on the visitor's own result, and points up to the selects only where they are.
/// Without ambitions the screen lists no entries: they are the "Begin hier" blocks above. A
/// plan with blocks whose score is unknown says what to do about those, below the gaps.
pub fn lead(locale: Locale, summary: &ResultSummary, read: Read) -> Option<String> {
    let texts = locale.texts;
    let results_texts = texts.results();
    let chosen = summary.ambitions.iter().any(Option::is_some);
    let visitors = summary.whose.is_visitors();
    let unknown = summary
        .plan
        .iter()
        .any(|item| item.reason == PlanReason::Unknown);
    let gaps = summary
        .plan
        .iter()
        .any(|item| matches!(item.reason, PlanReason::Gap(_)));
    let lead = match (chosen, summary.plan.is_empty()) {
        (true, false) if !gaps => results_texts.plan_lead_unknown,
        (true, false) if visitors => texts.plan_lead_gaps,
        (true, false) => texts.plan_lead_gaps_theirs,
        (true, true) if visitors => texts.plan_none,
        (true, true) => texts.plan_none_theirs,
        (false, false) if read == Read::InTheFile => texts.plan_lead_start_here_plain,
        (false, false) if summary.whose == Whose::Own => texts.plan_lead_start_here,
        (false, false) => texts.plan_lead_start_here_theirs,
        (false, true) => return None,
    };
    Some(if gaps && unknown {
        [lead, " ", results_texts.plan_lead_unknown_below].concat()
    } else {
        lead.to_owned()
    })
}

pub fn entries(locale: Locale, summary: &ResultSummary) -> Vec<PlanEntry> {
    let Locale { texts, content } = locale;
    summary
        .plan
        .iter()
        .filter_map(|item| {
            let block = content.blocks.get(item.block)?;
            let score = summary.main.blocks.get(item.block).copied().flatten();
            let ambition = summary
                .ambitions
                .get(item.block)
                .copied()
                .flatten()
                .and_then(|ambition| content.stages.get(ambition))
                .map(|ambition| format!("{}: {}", texts.ambition, ambition.name));
            let heading = format!("{}. {}", block.number, block.title);
            let (now, target, advice) = match (item.reason, score) {
                (PlanReason::Unknown, _) | (_, None) => {
                    let results_texts = texts.results();
                    (
                        results_texts.plan_now_unknown.to_owned(),
                        ambition,
                        results_texts.plan_find_out,
                    )
                }
                (reason, Some(score)) => {
                    let stage = stage_index(content.stages, score);
                    let now = fill(
                        texts.plan_now,
                        &[
                            ("stage", content.stages.get(stage)?.name),
                            ("score", &format!("{score}%")),
                        ],
                    );
                    let advice = content
                        .advice_of(block)
                        .get(stage)
                        .copied()
                        .unwrap_or_default();
                    let target = match reason {
                        PlanReason::StartHere => None,
                        PlanReason::Gap(_) | PlanReason::Unknown => ambition,
                    };
                    (now, target, advice)
                }
            };
            Some(PlanEntry {
                block: item.block,
                heading,
                now,
                target,
                advice,
            })
        })
        .collect()
}

/// The file name of the download: `actieplan-bouwstenen-scan-2026-11-29.rtf`.
pub fn file_name(locale: Locale, day: Option<Day>) -> String {
    super::file_name::dated(locale.texts.plan_file_name, day, "rtf")
}

/// The plan as an RTF document: title, name and date, the scores (with ambitions), and each
/// plan entry with its article and empty lines for the team's own actions.
pub fn rtf(
    locale: Locale,
    summary: &ResultSummary,
    articles: &[String],
    day: Option<Day>,
) -> String {
    let Locale { texts, content } = locale;
    let mut out =
        String::from(r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs22 ");
    paragraph(&mut out, r"\sa200\b\fs36", texts.plan_file_title);
    let about: Vec<String> = summary
        .name
        .iter()
        .cloned()
        .chain(day.map(|day| locale.date(day)))
        .collect();
    if !about.is_empty() {
        paragraph(&mut out, r"\sa120", &about.join(" \u{2013} "));
    }
    if let Some(overall) = summary.main.overall {
        let stage = summary.stage.map_or("", |stage| stage.name);
        paragraph(
            &mut out,
            r"\sa120",
            &format!("{}: {overall}% ({}: {stage})", texts.overall, texts.stage),
        );
    }
    paragraph(&mut out, r"\sb240\sa120\b\fs28", texts.table_caption);
    // The scores as a table, as on the screen: a score stands in its own column, under its
    // header, whatever the block's title ends in.
    let with_ambitions = summary.ambitions.iter().any(Option::is_some);
    let mut header = vec![texts.block, texts.score, texts.stage];
    if with_ambitions {
        header.push(texts.ambition);
    }
    table_row(&mut out, &header, true);
    for (index, block) in content.blocks.iter().enumerate() {
        let score = summary.main.blocks.get(index).copied().flatten();
        let title = format!("{}. {}", block.number, block.title);
        let (score_text, stage) = match score {
            Some(score) => (format!("{score}%"), content.stage_of(score).name),
            None => (texts.unknown.to_owned(), ""),
        };
        let mut cells = vec![title.as_str(), score_text.as_str(), stage];
        if with_ambitions {
            let ambition = summary.ambitions.get(index).copied().flatten();
            cells.push(
                ambition
                    .and_then(|ambition| content.stages.get(ambition))
                    .map_or("", |stage| stage.name),
            );
        }
        table_row(&mut out, &cells, false);
    }
    paragraph(&mut out, r"\sb240\sa120\b\fs28", texts.plan_title);
    if let Some(lead) = lead(locale, summary, Read::InTheFile) {
        paragraph(&mut out, r"\sa120", &lead);
    }
    for entry in entries(locale, summary) {
        paragraph(&mut out, r"\sb200\sa60\b\fs24", &entry.heading);
        let status: Vec<&str> = std::iter::once(entry.now.as_str())
            .chain(entry.target.as_deref())
            .collect();
        paragraph(&mut out, r"\sa60", &status.join(". "));
        paragraph(&mut out, r"\sa60", entry.advice);
        if let (Some(block), Some(address)) =
            (content.blocks.get(entry.block), articles.get(entry.block))
        {
            let _ = write!(
                out,
                r#"{{\pard\sa60 {}: {{\field{{\*\fldinst HYPERLINK "{}"}}{{\fldrslt {}}}}}\par}}"#,
                escape(&locale.read_article(block)),
                escape(address),
                escape(address)
            );
        }
        let _ = write!(
            out,
            r"{{\pard\sb120\sa60\i {}\par}}",
            escape(texts.plan_actions)
        );
        for _ in 0..3 {
            out.push_str(r"{\pard\li360\sa60 \bullet \par}");
        }
    }
    out.push('}');
    out
}

/// One row of a table: the block's title wide, the other columns narrow (in twips, on an A4
/// page with Word's default margins); the header row in bold.
fn table_row(out: &mut String, cells: &[&str], header: bool) {
    const FIRST: u32 = 4_400;
    const OTHER: u32 = 1_500;
    out.push_str(r"{\trowd\trgaph108\trleft0");
    if header {
        out.push_str(r"\trhdr");
    }
    for column in 0..cells.len() as u32 {
        let _ = write!(out, r"\cellx{}", FIRST + OTHER * column);
    }
    let weight = if header { r"\b " } else { "" };
    for cell in cells {
        let _ = write!(out, r"\pard\intbl{{{weight}{}}}\cell", escape(cell));
    }
    out.push_str(r"\row}");
}

/// One paragraph with its `format` control words (`\sa120\b`, …).
fn paragraph(out: &mut String, format: &str, text: &str) {
    let _ = write!(out, r"{{\pard{format} {}\par}}", escape(text));
}

/// Text for an RTF document: the control characters `\ { }` escaped, and everything outside
/// ASCII as a Unicode escape (`\u233?`, UTF-16 code units, signed), with `?` for readers
/// without Unicode.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str(r"\line "),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, r"\u{}?", *unit as i16);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::Language;
    use crate::model::share::ScanResult;
    use crate::model::test_support::answers_by_block;

    /// Every statement of block `n` (1-based) at `levels[n - 1]`.
    fn summary(locale: Locale, levels: [u8; 7], ambitions: &[(u8, u8)]) -> ResultSummary {
        let answers = answers_by_block(locale.content, &levels.map(Some));
        let result = ScanResult {
            content_version: locale.content.version,
            answers,
            label: Some("Team {Zuid}".into()),
            ambitions: ambitions.iter().copied().collect(),
        };
        match ResultSummary::of(locale, &[result], Whose::Own) {
            Some(summary) => summary,
            None => panic!("a result gives a summary"),
        }
    }

    #[test]
    fn entries_say_where_a_block_is_where_it_should_go_and_what_to_do() {
        let locale = Locale::dutch();
        // Block 2 at 25% (Verkennend) wants Datagedreven; block 5 at 50% wants Gevorderd.
        let summary = summary(locale, [2, 1, 2, 2, 2, 2, 2], &[(2, 4), (5, 3)]);
        let entries = entries(locale, &summary);
        let headings: Vec<&str> = entries.iter().map(|e| e.heading.as_str()).collect();
        assert_eq!(
            headings,
            ["2. Werf data-expertise", "5. Bied ruimte voor experimenten"]
        );
        assert_eq!(entries[0].now, "Nu: Verkennend (25%)");
        assert_eq!(entries[0].target.as_deref(), Some("Ambitie: Datagedreven"));
        assert_eq!(
            entries[0].advice,
            locale.content.advice_of(&locale.content.blocks[1])[1]
        );
        assert_eq!(
            lead(locale, &summary, Read::OnScreen).as_deref(),
            Some(locale.texts.plan_lead_gaps)
        );
    }

    #[test]
    fn without_ambitions_the_lowest_blocks() {
        let locale = Locale::of(Language::English);
        let summary = summary(locale, [4, 4, 0, 4, 4, 1, 4], &[]);
        let entries = entries(locale, &summary);
        assert_eq!(entries.iter().map(|e| e.block).collect::<Vec<_>>(), [2, 5]);
        assert_eq!(entries[0].target, None);
        assert_eq!(
            lead(locale, &summary, Read::OnScreen).as_deref(),
            Some(locale.texts.plan_lead_start_here)
        );
        let reached = self::summary(locale, [4; 7], &[(1, 4)]);
        assert!(self::entries(locale, &reached).is_empty());
        assert_eq!(
            lead(locale, &reached, Read::OnScreen).as_deref(),
            Some(locale.texts.plan_none)
        );
    }

    #[test]
    fn the_plan_speaks_to_the_person_who_reads_it() {
        let locale = Locale::dutch();
        let texts = locale.texts;
        let with = |whose: Whose, ambitions: &[(u8, u8)]| ResultSummary {
            whose,
            ..summary(locale, [2, 1, 2, 2, 2, 2, 2], ambitions)
        };
        let read = |summary: &ResultSummary, read: Read| lead(locale, summary, read);
        // Without ambitions: "Kies hierboven…" only below the visitor's own selects.
        let own = with(Whose::Own, &[]);
        assert_eq!(
            read(&own, Read::OnScreen).as_deref(),
            Some(texts.plan_lead_start_here)
        );
        assert_eq!(
            read(&own, Read::InTheFile).as_deref(),
            Some(texts.plan_lead_start_here_plain)
        );
        for whose in [Whose::Shared, Whose::Earlier(0)] {
            let other = with(whose, &[]);
            assert_eq!(
                read(&other, Read::OnScreen).as_deref(),
                Some(texts.plan_lead_start_here_theirs)
            );
        }
        assert!(!texts.plan_lead_start_here_plain.contains("hierboven"));
        assert!(!texts.plan_lead_start_here_theirs.contains("hierboven"));
        // With ambitions in a colleague's link: "de ambitie", not "uw ambitie".
        let theirs = with(Whose::Shared, &[(2, 4)]);
        assert_eq!(
            read(&theirs, Read::OnScreen).as_deref(),
            Some(texts.plan_lead_gaps_theirs)
        );
        assert!(!texts.plan_lead_gaps_theirs.contains("uw "));
        let document = rtf(locale, &own, &[], None);
        assert!(!document.contains("hierboven"), "nothing is above on paper");
    }

    #[test]
    fn the_rtf_has_the_scores_as_a_table_with_the_score_in_its_own_column() {
        let locale = Locale::dutch();
        let row = |cells: &[&str]| {
            cells
                .iter()
                .map(|cell| format!(r"\pard\intbl{{{cell}}}\cell"))
                .collect::<String>()
        };
        let plain = rtf(locale, &summary(locale, [2; 7], &[]), &[], None);
        assert!(
            plain.contains(&row(&["7. Start vandaag!", "50%", "In ontwikkeling"])),
            "{plain}"
        );
        assert!(plain.contains(r"\pard\intbl{\b Bouwsteen}\cell\pard\intbl{\b Score}\cell"));
        assert_eq!(
            plain.matches(r"\row}").count(),
            8,
            "a header and seven blocks"
        );
        assert!(
            !plain.contains("Ambitie"),
            "no ambition column without ambitions"
        );
        let with = rtf(locale, &summary(locale, [2; 7], &[(2, 4)]), &[], None);
        assert!(with.contains(&row(&[
            "2. Werf data-expertise",
            "50%",
            "In ontwikkeling",
            "Datagedreven"
        ])));
        assert!(with.contains(&row(&[
            "1. Werk aan een data-cultuur",
            "50%",
            "In ontwikkeling",
            ""
        ])));
    }

    #[test]
    fn a_block_without_a_score_with_an_ambition_is_in_the_plan_to_be_found_out() {
        let locale = Locale::dutch();
        let results_texts = locale.texts.results();
        // Block 3 all "Weet ik niet" (no score) with an ambition; block 2 below its ambition.
        let answers = crate::model::test_support::answers_by_block(
            locale.content,
            &[Some(4), Some(1), None, Some(4), Some(4), Some(4), Some(4)],
        );
        let result = ScanResult {
            content_version: locale.content.version,
            answers,
            label: None,
            ambitions: [(3, 3), (2, 4)].into_iter().collect(),
        };
        let Some(summary) = ResultSummary::of(locale, std::slice::from_ref(&result), Whose::Own)
        else {
            panic!("a summary");
        };
        let entries = entries(locale, &summary);
        assert_eq!(entries.iter().map(|e| e.block).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(entries[1].now, results_texts.plan_now_unknown);
        assert_eq!(entries[1].target.as_deref(), Some("Ambitie: Gevorderd"));
        assert_eq!(entries[1].advice, results_texts.plan_find_out);
        let lead = lead(locale, &summary, Read::OnScreen).unwrap_or_default();
        assert!(lead.starts_with(locale.texts.plan_lead_gaps), "{lead}");
        assert!(
            lead.ends_with(results_texts.plan_lead_unknown_below),
            "{lead}"
        );
        let document = rtf(locale, &summary, &[], None);
        assert!(
            document.contains(r"3. Cre\u235?er een data-architectuur\par"),
            "{document}"
        );

        // Only the unknown block has an ambition: the plan is not "every block is there".
        let only = ScanResult {
            ambitions: [(3, 3)].into_iter().collect(),
            ..result
        };
        let Some(summary) = ResultSummary::of(locale, &[only], Whose::Own) else {
            panic!("a summary");
        };
        assert_eq!(super::entries(locale, &summary).len(), 1);
        assert_eq!(
            super::lead(locale, &summary, Read::OnScreen).as_deref(),
            Some(results_texts.plan_lead_unknown)
        );
    }

    #[test]
    fn the_rtf_holds_the_plan_in_order_with_its_links_escaped() {
        let locale = Locale::dutch();
        let summary = summary(locale, [2, 1, 2, 2, 2, 2, 2], &[(2, 4), (5, 3)]);
        let articles: Vec<String> = (1..=7).map(|n| format!("https://x.nl/{n}")).collect();
        let day = Day::new(2026, 3, 3);
        let document = rtf(locale, &summary, &articles, day);
        assert!(document.starts_with(r"{\rtf1\ansi") && document.ends_with('}'));
        let opened = document.matches('{').count() - document.matches(r"\{").count();
        let closed = document.matches('}').count() - document.matches(r"\}").count();
        assert_eq!(opened, closed, "balanced groups");
        assert!(document.contains(r"Team \{Zuid\} \u8211? 3 maart 2026"));
        let second = document.find("5. Bied ruimte voor experimenten\\par");
        let first = document.find("2. Werf data-expertise\\par");
        assert!(
            first.is_some() && second.is_some() && first < second,
            "{document}"
        );
        assert!(document.contains(r#"HYPERLINK "https://x.nl/2""#));
        assert!(document.contains("Ambitie: Datagedreven"));
        assert!(
            document.contains(r"Cre\u235?er een data-architectuur"),
            "ë escaped"
        );
        assert!(document.is_ascii());
        assert_eq!(
            file_name(locale, day),
            "actieplan-bouwstenen-scan-2026-03-03.rtf"
        );
    }

    #[test]
    fn escape_handles_rtf_syntax_and_characters_beyond_the_basic_plane() {
        assert_eq!(escape(r"a\b{c}"), r"a\\b\{c\}");
        assert_eq!(escape("é😀"), r"\u233?\u-10179?\u-8704?");
    }
}
