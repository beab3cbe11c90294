use crate::model::ambition::StageIndex;
use crate::model::i18n::Language;
use crate::model::quiz::{Answer, StatementId};
use crate::model::share::ScanResult;

/// Everything the visitor (or the page) can do; the views send these, `ScanState::apply`
/// takes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start (or resume) the scan at its first step.
    Start,
    /// Clear every answer and start at the first step; asks first when there is something to
    /// lose.
    Restart,
    /// The visitor confirmed the restart.
    ConfirmRestart,
    /// From the question about open statements: on to the results.
    ShowResultsAnyway,
    /// From the question about open statements: to the first step with an open statement.
    GoToOpenStatement,
    /// Leave the question without doing anything.
    CancelConfirm,
    Answer(StatementId, Answer),
    Next,
    Previous,
    /// From the results back to the first step, answers kept: a correction.
    EditAnswers,
    /// "Terug naar de uitslag", from any step of a correction.
    BackToResults,
    /// Leave a shared result for the visitor's own scan.
    TakeScanYourself,
    /// The page's fragment changed without a reload (a link pasted into the address bar, or
    /// the back button); this widget's share code in the new fragment, if it has one.
    FragmentChanged(Option<String>),
    /// The visitor typed in the name field: the link follows at once, the field keeps the text.
    TypeLabel(String),
    /// The visitor left the name field: the cleaned name is written back (empty removes it).
    SetLabel(String),
    /// Put these results next to the ones shown (at most `compare::MAX_RESULTS` in all).
    Compare(Vec<ScanResult>),
    /// The visitor typed in the field for colleagues' links.
    TypeCompareLinks(String),
    /// "Vergelijk": read the pasted links, compare with those that work, and name the lines
    /// that do not; the field is emptied when every line worked.
    ComparePasted,
    /// Take the compared result at this index (0 is the first after the main one) out.
    RemoveCompared(usize),
    /// The clipboard took the share link (`true`) or refused it.
    CopyFinished(bool),
    /// The visitor sent the share link on with the device's share sheet, or to LinkedIn.
    LinkPassedOn,
    /// Speak this language (the language button, once the language is there). A language, not
    /// "the other one": a second click while English is on its way must not switch back.
    ChooseLanguage(Language),
    /// The visitor chose an ambition (or none) for the block with this number.
    SetAmbition(u8, Option<StageIndex>),
    /// Open the earlier result at this index of the history.
    OpenEarlier(usize),
    /// From an earlier result back where the visitor opened it: their current results, or the
    /// start screen.
    BackFromEarlier,
    /// Remove the earlier result at this index of the history.
    RemoveEarlier(usize),
    /// "Bewaar deze uitslag op dit apparaat": the visitor keeps this result and later ones.
    KeepResults,
    /// "Stop met bewaren": no new results are kept.
    StopKeeping,
    /// "Wis mijn geschiedenis": asks first.
    ClearHistory,
    /// The visitor confirmed clearing the history.
    ConfirmClearHistory,
    /// What the storage of the history holds now (after a change here, or written by another
    /// tab): the text as stored, read by the page.
    HistoryInStorage(String),
    /// Storage refused to keep the history (blocked or full).
    HistoryNotStored,
    /// Another tab wrote the progress of this scan (`None`: it removed it), as the storage
    /// event tells.
    ProgressInStorage(Option<String>),
    /// Of the answers of two tabs, the visitor keeps this tab's: written again.
    KeepThisTabsAnswers,
    /// Of the answers of two tabs, the visitor takes the other tab's.
    TakeOtherTabsAnswers,
    /// The results' first drawing, to just below the radar, is painted: now the rest.
    ResultsPainted,
}
