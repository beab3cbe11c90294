//! The names of the files the visitor downloads: a stem, the date and the extension, so that
//! files from two scans sort and never overwrite each other
//! (`actieplan-bouwstenen-scan-2026-11-29.rtf`, `bouwstenen-scan-2026-11-29.png`).

use super::history::Day;

/// `<stem>-<yyyy-mm-dd>.<extension>`, or `<stem>.<extension>` where the browser gave no date.
pub fn dated(stem: &str, day: Option<Day>, extension: &str) -> String {
    match day {
        Some(day) => format!(
            "{stem}-{:04}-{:02}-{:02}.{extension}",
            day.year, day.month, day.day
        ),
        None => format!("{stem}.{extension}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_carries_the_date_when_there_is_one() {
        assert_eq!(
            dated("bouwstenen-scan", Day::new(2026, 3, 3), "png"),
            "bouwstenen-scan-2026-03-03.png"
        );
        assert_eq!(dated("bouwstenen-scan", None, "svg"), "bouwstenen-scan.svg");
    }
}
