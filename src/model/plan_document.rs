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
/// Without ambitions the screen lists no entries: they are the "Begin hier" blocks above.
pub fn lead(locale: Locale, summary: &ResultSummary, read: Read) -> Option<&'static str> {
    let texts = locale.texts;
    let chosen = summary.ambitions.iter().any(Option::is_some);
    let visitors = summary.whose.is_visitors();
    match (chosen, summary.plan.is_empty()) {
        (true, false) if visitors => Some(texts.plan_lead_gaps),
        (true, false) => Some(texts.plan_lead_gaps_theirs),
        (true, true) if visitors => Some(texts.plan_none),
        (true, true) => Some(texts.plan_none_theirs),
        (false, false) if read == Read::InTheFile => Some(texts.plan_lead_start_here_plain),
        (false, false) if summary.whose == Whose::Own => Some(texts.plan_lead_start_here),
        (false, false) => Some(texts.plan_lead_start_here_theirs),
        (false, true) => None,
    }
}

/// "Start vandaag!: 25%" has a mark too many: a title that ends in its own gets none.
fn with_colon(title: &str) -> String {
    match title.chars().last() {
        Some('!' | '?' | ':') => title.to_owned(),
        _ => [title, ":"].concat(),
    }
}

pub fn entries(locale: Locale, summary: &ResultSummary) -> Vec<PlanEntry> {
    let Locale { texts, content } = locale;
    summary
        .plan
        .iter()
        .filter_map(|item| {
            let block = content.blocks.get(item.block)?;
            let score = summary.main.blocks.get(item.block).copied().flatten()?;
            let stage = stage_index(content.stages, score);
            let target = match item.reason {
                PlanReason::Gap(_) => summary
                    .ambitions
                    .get(item.block)
                    .copied()
                    .flatten()
                    .and_then(|ambition| content.stages.get(ambition))
                    .map(|ambition| format!("{}: {}", texts.ambition, ambition.name)),
                PlanReason::StartHere => None,
            };
            Some(PlanEntry {
                block: item.block,
                heading: format!("{}. {}", block.number, block.title),
                now: fill(
                    texts.plan_now,
                    &[
                        ("stage", content.stages.get(stage)?.name),
                        ("score", &format!("{score}%")),
                    ],
                ),
                target,
                advice: content
                    .advice_of(block)
                    .get(stage)
                    .copied()
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// The file name of the download: `actieplan-bouwstenen-scan-2026-11-29.rtf`.
pub fn file_name(locale: Locale, day: Option<Day>) -> String {
    match day {
        Some(day) => format!(
            "{}-{:04}-{:02}-{:02}.rtf",
            locale.texts.plan_file_name, day.year, day.month, day.day
        ),
        None => format!("{}.rtf", locale.texts.plan_file_name),
    }
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
    for (index, block) in content.blocks.iter().enumerate() {
        let score = summary.main.blocks.get(index).copied().flatten();
        let mut line = match score {
            Some(score) => format!(
                "{}. {} {score}% ({})",
                block.number,
                with_colon(block.title),
                content.stage_of(score).name
            ),
            None => format!(
                "{}. {} {}",
                block.number,
                with_colon(block.title),
                texts.unknown
            ),
        };
        let ambition = summary.ambitions.get(index).copied().flatten();
        if let Some(stage) = ambition.and_then(|ambition| content.stages.get(ambition)) {
            let _ = write!(line, ". {}: {}", texts.ambition, stage.name);
        }
        paragraph(&mut out, r"\sa60", &line);
    }
    paragraph(&mut out, r"\sb240\sa120\b\fs28", texts.plan_title);
    if let Some(lead) = lead(locale, summary, Read::InTheFile) {
        paragraph(&mut out, r"\sa120", lead);
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
            lead(locale, &summary, Read::OnScreen),
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
            lead(locale, &summary, Read::OnScreen),
            Some(locale.texts.plan_lead_start_here)
        );
        let reached = self::summary(locale, [4; 7], &[(1, 4)]);
        assert!(self::entries(locale, &reached).is_empty());
        assert_eq!(
            lead(locale, &reached, Read::OnScreen),
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
        assert_eq!(read(&own, Read::OnScreen), Some(texts.plan_lead_start_here));
        assert_eq!(
            read(&own, Read::InTheFile),
            Some(texts.plan_lead_start_here_plain)
        );
        for whose in [Whose::Shared, Whose::Earlier(0)] {
            let other = with(whose, &[]);
            assert_eq!(
                read(&other, Read::OnScreen),
                Some(texts.plan_lead_start_here_theirs)
            );
        }
        assert!(!texts.plan_lead_start_here_plain.contains("hierboven"));
        assert!(!texts.plan_lead_start_here_theirs.contains("hierboven"));
        // With ambitions in a colleague's link: "de ambitie", not "uw ambitie".
        let theirs = with(Whose::Shared, &[(2, 4)]);
        assert_eq!(
            read(&theirs, Read::OnScreen),
            Some(texts.plan_lead_gaps_theirs)
        );
        assert!(!texts.plan_lead_gaps_theirs.contains("uw "));
        let document = rtf(locale, &own, &[], None);
        assert!(!document.contains("hierboven"), "nothing is above on paper");
        assert!(document.contains("7. Start vandaag! 50%"), "{document}");
        assert!(document.contains("1. Werk aan een data-cultuur: 50%"));
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
