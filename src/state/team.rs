//! The team slice: the results put next to the visitor's own, a shared result (or shared
//! comparison) opened from a link, the field for colleagues' links, and how copying went.

use crate::model::compare::MAX_RESULTS;
use crate::model::quiz::Content;
use crate::model::share::ScanResult;

/// What the last "Vergelijk" left out, said under the button, so that nothing is dropped in
/// silence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Skipped {
    /// The visitor's own result was among the links.
    pub own: bool,
    /// Results already in the comparison.
    pub already: usize,
    /// Results past the most a comparison holds.
    pub over: usize,
}

/// The outcome of copying the share link, shown next to the button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[derive(Debug, Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Team {
    /// Results the visitor put next to their own (from pasted share links).
    pub(super) compared: Vec<ScanResult>,
    /// Results from an opened share link (one, or several for a comparison); the first is the
    /// one the link was for.
    pub(super) shared: Vec<ScanResult>,
    /// The visitor changed a shared comparison (added or removed results): the address then
    /// follows it, so that its link can be passed on.
    pub(super) shared_edited: bool,
    /// The text in the field for colleagues' links, as typed.
    pub(super) compare_text: String,
    /// Lines of the last pasted comparison that held no readable share link (1-based).
    pub(super) problem_lines: Vec<usize>,
    /// How the last "Kopieer link" went, on this visit to the results.
    pub(super) copy_status: CopyStatus,
    /// The visitor passed the link of their own result on (copied it, or sent it with the
    /// share sheet or to LinkedIn): from then on the address holds it too, so a reload keeps a
    /// comparison. Before, the address holds nothing of theirs (docs/privacy.md).
    pub(super) link_passed_on: bool,
    /// What the last comparison left out.
    pub(super) skipped: Skipped,
}

impl Default for Team {
    fn default() -> Self {
        Self {
            compared: Vec::new(),
            shared: Vec::new(),
            shared_edited: false,
            compare_text: String::new(),
            problem_lines: Vec::new(),
            copy_status: CopyStatus::Idle,
            link_passed_on: false,
            skipped: Skipped::default(),
        }
    }
}

impl Team {
    pub fn copy_status(&self) -> CopyStatus {
        self.copy_status
    }

    pub fn skipped(&self) -> Skipped {
        self.skipped
    }

    /// The text in the field for colleagues' links, as typed.
    pub fn compare_text(&self) -> &str {
        &self.compare_text
    }

    /// Lines of the last pasted comparison that held no working share link (1-based).
    pub fn problem_lines(&self) -> &[usize] {
        &self.problem_lines
    }

    /// Messages about the copy and the comparison belong to the screen they were given on.
    pub(super) fn forget_messages(&mut self) {
        self.copy_status = CopyStatus::Idle;
        self.problem_lines = Vec::new();
        self.skipped = Skipped::default();
    }

    pub(super) fn open_shared(&mut self, results: Vec<ScanResult>) {
        self.shared = results;
        self.shared_edited = false;
    }

    /// Adds colleagues' results to the shared comparison; `true` when one was added.
    pub(super) fn add_to_shared(&mut self, results: Vec<ScanResult>, content: &Content) -> bool {
        let (added, skipped) = add_to_comparison(&mut self.shared, None, results, content);
        self.shared_edited |= added;
        self.skipped = skipped;
        added
    }

    /// Adds colleagues' results next to the visitor's own; `true` when one was added.
    pub(super) fn add_to_own(
        &mut self,
        own: &ScanResult,
        results: Vec<ScanResult>,
        content: &Content,
    ) -> bool {
        let (added, skipped) = add_to_comparison(&mut self.compared, Some(own), results, content);
        self.skipped = skipped;
        added
    }

    /// Takes a compared result out of the visitor's own comparison.
    pub(super) fn remove_from_own(&mut self, index: usize) {
        if index < self.compared.len() {
            self.compared.remove(index);
        }
    }

    /// Takes a result out of a shared comparison: index 0 is the first after the one the link
    /// was for, which stays.
    pub(super) fn remove_from_shared(&mut self, index: usize) {
        if index + 1 < self.shared.len() {
            self.shared.remove(index + 1);
            self.shared_edited = true;
        }
    }
}

/// Adds `results`, cleaned for `content`, to a comparison: `main` (the visitor's own result,
/// when it is not in `list` itself) and then `list`. Skipped: a result with the same answers
/// and name as one already there, one with the main result's answers (its name may have been
/// typed after its link went round), and any past [`MAX_RESULTS`] in all. Returns whether
/// one was added, and what was skipped.
fn add_to_comparison(
    list: &mut Vec<ScanResult>,
    main: Option<&ScanResult>,
    results: Vec<ScanResult>,
    content: &Content,
) -> (bool, Skipped) {
    let mut added = false;
    let mut skipped = Skipped::default();
    for mut result in results {
        result.retain_known(content);
        let mut shown = main.into_iter().chain(list.iter());
        let main_answers = shown.clone().next().map(|first| &first.answers);
        let is_main = main_answers == Some(&result.answers);
        if is_main && main.is_some() {
            skipped.own = true;
        } else if is_main || shown.any(|r| r.answers == result.answers && r.label == result.label) {
            skipped.already += 1;
        } else if usize::from(main.is_some()) + list.len() >= MAX_RESULTS {
            skipped.over += 1;
        } else {
            list.push(result);
            added = true;
        }
    }
    (added, skipped)
}
