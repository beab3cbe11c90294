//! The widget's own words (everything that is not content), per language.
//!
//! Templates mark their blanks with `{name}`; [`fill`] puts the values in.

use super::quiz::Block;

/// Every UI string of the widget in one language.
#[derive(Debug, PartialEq)]
pub struct Texts {
    pub lang: &'static str,
    pub scan_title: &'static str,
    pub intro_lead: &'static str,
    /// `{count}` statements, `{minutes}`
    pub intro_how: &'static str,
    pub intro_privacy: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub restart: &'static str,
    pub bad_link: &'static str,
    /// `{number}`, `{count}`
    pub step_of: &'static str,
    /// `{answered}`, `{count}`
    pub answered_of: &'static str,
    pub may_skip: &'static str,
    pub dont_know: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub to_results: &'static str,
    pub results_title: &'static str,
    pub shared_results_title: &'static str,
    pub shared_notice: &'static str,
    pub take_scan_yourself: &'static str,
    pub overall: &'static str,
    pub stage: &'static str,
    pub score: &'static str,
    pub block: &'static str,
    pub unknown: &'static str,
    pub unknown_advice: &'static str,
    pub start_here: &'static str,
    pub start_here_lead: &'static str,
    pub start_here_rule: &'static str,
    pub start_here_all_top: &'static str,
    pub start_here_all_equal: &'static str,
    /// `{answered}`, `{count}`
    pub coverage: &'static str,
    /// Next to the overall score when fewer than half of the statements were answered.
    pub thin_result: &'static str,
    /// `{open}`, `{count}`
    pub open_statements: &'static str,
    pub back_to_open: &'static str,
    pub results_anyway: &'static str,
    pub restart_question: &'static str,
    pub restart_confirm: &'static str,
    pub restart_cancel: &'static str,
    /// `{count}`: the heading (and announcement) of a comparison
    pub compared_count: &'static str,
    pub table_caption: &'static str,
    /// `{scores}`: the blocks and their scores, in words
    pub radar_name: &'static str,
    /// `{title}`, `{score}`
    pub radar_item: &'static str,
    /// `{number}`, `{title}`
    pub read_article: &'static str,
    pub advice_heading: &'static str,
    pub share_title: &'static str,
    /// Above the share link of someone else's results (or a comparison made from them)
    pub share_title_shared: &'static str,
    pub share_help: &'static str,
    pub share_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub edit_answers: &'static str,
    pub own_result: &'static str,
    /// `{n}`
    pub result_n: &'static str,
    pub label_field: &'static str,
    pub label_hint: &'static str,
    pub compare_title: &'static str,
    pub compare_field: &'static str,
    pub compare_help: &'static str,
    pub compare_button: &'static str,
    /// `{lines}`
    pub compare_problem: &'static str,
    /// `{label}`
    pub remove_compared: &'static str,
    pub team_mean: &'static str,
    pub team_spread: &'static str,
    /// Above a comparison's table on a narrow screen, where it is wider than its box.
    pub table_scroll_hint: &'static str,
    pub legend: &'static str,
    pub export_title: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub print: &'static str,
    pub share_native: &'static str,
    pub share_linkedin: &'static str,
    pub export_file_title: &'static str,
    /// `{date}`: the previous result's name on the radar and in the table
    pub previous_label: &'static str,
    pub change: &'static str,
    /// The ambition's series and column
    pub ambition: &'static str,
    pub ambitions_title: &'static str,
    pub ambitions_help: &'static str,
    /// `{title}`
    pub ambition_for: &'static str,
    pub no_ambition: &'static str,
    /// After the stage a block is in now, in the ambition's list
    pub stage_now: &'static str,
    pub plan_title: &'static str,
    pub plan_lead_gaps: &'static str,
    pub plan_lead_start_here: &'static str,
    pub plan_none: &'static str,
    /// `{stage}`, `{score}`
    pub plan_now: &'static str,
    /// `{stage}`, `{summary}`
    pub plan_next: &'static str,
    /// The blank lines for the team's own actions, in the downloaded plan
    pub plan_actions: &'static str,
    pub download_plan: &'static str,
    pub download_plan_help: &'static str,
    pub plan_file_title: &'static str,
    /// Without the date and extension
    pub plan_file_name: &'static str,
    pub history_title: &'static str,
    pub history_help: &'static str,
    pub history_empty: &'static str,
    pub history_current: &'static str,
    pub history_open: &'static str,
    pub history_remove: &'static str,
    /// `{date}`: hidden after the list's buttons, so each has a name of its own
    pub history_of: &'static str,
    pub clear_history: &'static str,
    pub clear_history_question: &'static str,
    pub clear_history_confirm: &'static str,
    /// `{date}`
    pub earlier_title: &'static str,
    pub earlier_notice: &'static str,
    pub back_to_own: &'static str,
    pub words_none: &'static str,
    pub words_own: &'static str,
    pub words_shared: &'static str,
    /// `{who}`, `{stage}`, `{score}`
    pub words_stage: &'static str,
    /// `{high}`, `{low}`: blocks with their scores
    pub words_high_low: &'static str,
    pub words_all_equal: &'static str,
    /// `{blocks}`
    pub words_unknown: &'static str,
    /// `{blocks}`: blocks with their range
    pub words_spread: &'static str,
    /// Before the last item of a list
    pub words_and: &'static str,
    pub disagreement_title: &'static str,
    pub disagreement_lead: &'static str,
    pub disagreement_none: &'static str,
    pub disagreement_lowest: &'static str,
    pub disagreement_highest: &'static str,
    /// Caption of a statement's table of levels
    pub disagreement_counts: &'static str,
    /// `{counts}`: how many chose each level, on paper
    pub disagreement_counts_line: &'static str,
    pub disagreement_level: &'static str,
    pub disagreement_people: &'static str,
    /// The reference profile's name when the organisation gave none
    pub reference_default: &'static str,
    /// Month names, January first, for dates ("3 maart 2026").
    pub months: [&'static str; 12],
    /// The other language's name, in that language, on the language switch.
    pub other_language: &'static str,
    pub other_language_tag: &'static str,
}

pub static NL: Texts = Texts {
    lang: "nl",
    scan_title: "Hoe datagedreven is uw organisatie?",
    intro_lead: "Deze scan laat zien hoe ver uw organisatie is met werken met data. U kijkt naar de zeven bouwstenen uit de serie ‘Zeven bouwstenen voor een datagedreven organisatie’.",
    intro_how: "U leest {count} stellingen, drie of vier per bouwsteen. Kies steeds wat het beste past bij uw organisatie. Weet u het niet, dan kiest u ‘Weet ik niet’ of slaat u de stelling over. Reken op ongeveer {minutes} minuten.",
    intro_privacy: "Uw antwoorden gaan nergens naartoe. Ze blijven alleen in uw eigen browser.",
    start: "Start de scan",
    resume: "Ga verder waar u was",
    restart: "Opnieuw beginnen",
    bad_link: "Deze deellink werkt niet. Misschien is hij niet helemaal gekopieerd. U kunt de scan hieronder zelf doen.",
    step_of: "Bouwsteen {number} van {count}",
    answered_of: "{answered} van {count} stellingen beantwoord",
    may_skip: "U mag een stelling overslaan.",
    dont_know: "Weet ik niet",
    previous: "Vorige",
    next: "Volgende",
    to_results: "Naar de uitslag",
    results_title: "Uw uitslag",
    shared_results_title: "Gedeelde uitslag",
    shared_notice: "U bekijkt de uitslag van iemand anders. Wilt u weten hoe uw eigen organisatie ervoor staat?",
    take_scan_yourself: "Doe de scan zelf",
    overall: "Totaalscore",
    stage: "Fase",
    score: "Score",
    block: "Bouwsteen",
    unknown: "onbekend",
    unknown_advice: "Voor deze bouwsteen is geen stelling met een niveau beantwoord, dus er is geen score. Lees het artikel om te zien waar deze bouwsteen over gaat.",
    start_here: "Begin hier",
    start_here_lead: "Hier valt het meeste te winnen:",
    start_here_rule: "Dit zijn de bouwstenen met de laagste score. Is de score gelijk, dan gaat de bouwsteen met het laagste nummer voor.",
    start_here_all_top: "Al uw bouwstenen zitten in de hoogste fase. Geen bouwsteen blijft achter. De adviezen hieronder helpen u om dat zo te houden.",
    start_here_all_equal: "Al uw bouwstenen hebben dezelfde score. Geen bouwsteen blijft dus achter: kies zelf waar u begint. De adviezen hieronder helpen daarbij.",
    coverage: "Gebaseerd op {answered} van de {count} stellingen.",
    thin_result: "Let op: minder dan de helft van de stellingen is beantwoord. Deze uitslag zegt daarom nog weinig.",
    open_statements: "U heeft {open} van de {count} stellingen nog niet beantwoord. Hoe meer stellingen u beantwoordt, hoe betrouwbaarder uw uitslag.",
    back_to_open: "Naar de open stellingen",
    results_anyway: "Toch naar de uitslag",
    restart_question: "Uw antwoorden worden gewist, en ook de naam, de ambities en de vergelijking. Uw eerdere uitslagen blijven bewaard. Wilt u opnieuw beginnen?",
    restart_confirm: "Ja, wis mijn antwoorden",
    restart_cancel: "Nee, bewaar ze",
    compared_count: "{count} uitslagen vergeleken",
    table_caption: "Score per bouwsteen",
    radar_name: "Radargrafiek van de scores per bouwsteen. {scores}",
    radar_item: "{title}: {score}.",
    read_article: "Lees bouwsteen {number}: {title}",
    advice_heading: "Advies",
    share_title: "Deel uw uitslag",
    share_title_shared: "Deel deze uitslagen",
    share_help: "Met deze link ziet een ander dezelfde uitslag. De antwoorden staan in de link zelf en worden nergens opgeslagen.",
    share_label: "Link naar deze uitslag",
    copy_link: "Kopieer link",
    copied: "De link is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.",
    edit_answers: "Antwoorden aanpassen",
    own_result: "Uw uitslag",
    result_n: "Uitslag {n}",
    label_field: "Naam bij deze uitslag (niet verplicht)",
    label_hint: "Bijvoorbeeld: Team Sociaal Domein, nov 2026. De naam staat in de link.",
    compare_title: "Vergelijk met collega's",
    compare_field: "Vergelijk met…",
    compare_help: "Plak een of meer deellinks van collega's, één per regel. Alles blijft in uw browser.",
    compare_button: "Vergelijk",
    compare_problem: "Deze regels zijn geen werkende deellink: {lines}.",
    remove_compared: "Haal {label} uit de vergelijking",
    team_mean: "Gemiddelde",
    team_spread: "Spreiding (laagste–hoogste)",
    table_scroll_hint: "Schuif de tabel opzij om alle kolommen te zien.",
    legend: "Legenda",
    export_title: "Bewaar of deel de grafiek",
    download_svg: "Download radar (SVG)",
    download_png: "Download radar (PNG)",
    print: "Uitslag afdrukken",
    share_native: "Delen…",
    share_linkedin: "Deel op LinkedIn",
    export_file_title: "Bouwstenen-scan: hoe datagedreven is uw organisatie?",
    previous_label: "Vorige keer, {date}",
    change: "Verschil sinds vorige keer",
    ambition: "Ambitie",
    ambitions_title: "Waar wilt u over een jaar staan?",
    ambitions_help: "Kies per bouwsteen de fase die u over een jaar wilt bereiken. Uw actieplan hieronder volgt uw keuze. Uw ambities staan ook in de deellink.",
    ambition_for: "Ambitie voor {title}",
    no_ambition: "Geen ambitie gekozen",
    stage_now: "nu",
    plan_title: "Uw actieplan",
    plan_lead_gaps: "Bij deze bouwstenen ligt uw ambitie hoger dan uw score. De grootste afstand staat bovenaan.",
    plan_lead_start_here: "U heeft nog geen ambitie gekozen. Daarom staan hier de bouwstenen met de laagste score. Kies hierboven een ambitie om uw eigen plan te maken.",
    plan_none: "Alle bouwstenen halen uw ambitie al. Wilt u verder? Kies dan een hogere ambitie.",
    plan_now: "Nu: {stage} ({score})",
    plan_next: "Volgende fase, {stage}: {summary}",
    plan_actions: "Wat gaan wij doen? Wie doet het? Wanneer is het klaar?",
    download_plan: "Download actieplan",
    download_plan_help: "U krijgt een RTF-bestand. Dat opent en bewerkt u in Word, LibreOffice of Google Docs.",
    plan_file_title: "Actieplan datagedreven werken",
    plan_file_name: "actieplan-bouwstenen-scan",
    history_title: "Eerdere uitslagen",
    history_help: "Elke keer dat u de scan afrondt, bewaart deze browser uw uitslag met de datum. Zo ziet u later hoe ver u bent gekomen. De uitslagen gaan nergens naartoe.",
    history_empty: "Er zijn geen eerdere uitslagen bewaard.",
    history_current: "dit is de uitslag hierboven",
    history_open: "Bekijk",
    history_remove: "Verwijder",
    history_of: "uitslag van {date}",
    clear_history: "Wis mijn geschiedenis",
    clear_history_question: "Alle bewaarde uitslagen in deze browser worden gewist. Uw antwoorden van nu blijven staan. Wilt u de geschiedenis wissen?",
    clear_history_confirm: "Ja, wis de geschiedenis",
    earlier_title: "Uw uitslag van {date}",
    earlier_notice: "Dit is een eerdere uitslag van u. Uw uitslag van nu blijft bewaard.",
    back_to_own: "Terug naar mijn uitslag",
    words_none: "Er is nog geen score, omdat geen stelling met een niveau is beantwoord.",
    words_own: "Uw organisatie",
    words_shared: "Deze organisatie",
    words_stage: "{who} zit in de fase ‘{stage}’, met een totaalscore van {score}.",
    words_high_low: "Hoogste score: {high}. Laagste score: {low}.",
    words_all_equal: "Alle bouwstenen hebben dezelfde score.",
    words_unknown: "Geen score: {blocks}.",
    words_spread: "De uitslagen verschillen het meest bij {blocks}.",
    words_and: " en ",
    disagreement_title: "Waar verschillen we het meest?",
    disagreement_lead: "Bij deze stellingen liggen de antwoorden het verst uit elkaar. Een goed begin voor het gesprek. ‘Weet ik niet’ telt niet mee.",
    disagreement_none: "Bij geen enkele stelling liggen de antwoorden uit elkaar.",
    disagreement_lowest: "Laagste antwoord",
    disagreement_highest: "Hoogste antwoord",
    disagreement_counts: "Hoeveel mensen kozen elk niveau",
    disagreement_counts_line: "Aantal per niveau, van laag naar hoog: {counts}",
    disagreement_level: "Niveau",
    disagreement_people: "Aantal",
    reference_default: "Referentie",
    months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    other_language: "English",
    other_language_tag: "en",
};

pub static EN: Texts = Texts {
    lang: "en",
    scan_title: "How data-driven is your organisation?",
    intro_lead: "This scan shows how far your organisation has come in working with data. You look at the seven building blocks from the Dutch series ‘Zeven bouwstenen voor een datagedreven organisatie’ (seven building blocks for a data-driven organisation).",
    intro_how: "You read {count} statements, three or four per building block. Each time, choose what fits your organisation best. If you do not know, choose ‘I don’t know’ or skip the statement. It takes about {minutes} minutes.",
    intro_privacy: "Your answers go nowhere. They stay in your own browser only.",
    start: "Start the scan",
    resume: "Continue where you were",
    restart: "Start again",
    bad_link: "This share link does not work. Perhaps it was not copied completely. You can take the scan yourself below.",
    step_of: "Building block {number} of {count}",
    answered_of: "{answered} of {count} statements answered",
    may_skip: "You may skip a statement.",
    dont_know: "I don’t know",
    previous: "Previous",
    next: "Next",
    to_results: "To the results",
    results_title: "Your results",
    shared_results_title: "Shared results",
    shared_notice: "You are looking at someone else’s results. Do you want to know where your own organisation stands?",
    take_scan_yourself: "Take the scan yourself",
    overall: "Overall score",
    stage: "Stage",
    score: "Score",
    block: "Building block",
    unknown: "unknown",
    unknown_advice: "No statement with a level was answered for this building block, so there is no score. Read the article to see what this building block is about.",
    start_here: "Start here",
    start_here_lead: "This is where you can gain the most:",
    start_here_rule: "These are the building blocks with the lowest score. Where scores are equal, the block with the lower number comes first.",
    start_here_all_top: "All your building blocks are at the highest stage. None lags behind. The advice below helps you keep it that way.",
    start_here_all_equal: "All your building blocks have the same score, so none lags behind: choose where to start yourself. The advice below helps with that.",
    coverage: "Based on {answered} of the {count} statements.",
    thin_result: "Note: fewer than half of the statements were answered, so this result says little yet.",
    open_statements: "You have not answered {open} of the {count} statements yet. The more statements you answer, the more reliable your result.",
    back_to_open: "To the open statements",
    results_anyway: "To the results anyway",
    restart_question: "Your answers will be erased, and so will the name, the targets and the comparison. Your earlier results are kept. Do you want to start again?",
    restart_confirm: "Yes, erase my answers",
    restart_cancel: "No, keep them",
    compared_count: "{count} results compared",
    table_caption: "Score per building block",
    radar_name: "Radar chart of the scores per building block. {scores}",
    radar_item: "{title}: {score}.",
    read_article: "Read building block {number}: {title} (in Dutch)",
    advice_heading: "Advice",
    share_title: "Share your results",
    share_title_shared: "Share these results",
    share_help: "With this link, someone else sees the same results. The answers are in the link itself and are not stored anywhere.",
    share_label: "Link to these results",
    copy_link: "Copy link",
    copied: "The link has been copied.",
    copy_failed: "Copying did not work. Select the link and copy it yourself.",
    edit_answers: "Change answers",
    own_result: "Your results",
    result_n: "Result {n}",
    label_field: "Name for these results (optional)",
    label_hint: "For example: Social Domain team, Nov 2026. The name is part of the link.",
    compare_title: "Compare with colleagues",
    compare_field: "Compare with…",
    compare_help: "Paste one or more share links from colleagues, one per line. Everything stays in your browser.",
    compare_button: "Compare",
    compare_problem: "These lines are not a working share link: {lines}.",
    remove_compared: "Remove {label} from the comparison",
    team_mean: "Mean",
    team_spread: "Spread (lowest–highest)",
    table_scroll_hint: "Scroll the table sideways to see every column.",
    legend: "Legend",
    export_title: "Save or share the chart",
    download_svg: "Download radar (SVG)",
    download_png: "Download radar (PNG)",
    print: "Print the results",
    share_native: "Share…",
    share_linkedin: "Share on LinkedIn",
    export_file_title: "Bouwstenen-scan: how data-driven is your organisation?",
    previous_label: "Previous, {date}",
    change: "Change since previous",
    ambition: "Target",
    ambitions_title: "Where do you want to be in a year?",
    ambitions_help: "For each building block, choose the stage you want to reach in a year. Your action plan below follows your choice. Your targets are part of the share link too.",
    ambition_for: "Target for {title}",
    no_ambition: "No target chosen",
    stage_now: "now",
    plan_title: "Your action plan",
    plan_lead_gaps: "For these building blocks your target is above your score. The largest gap comes first.",
    plan_lead_start_here: "You have not chosen a target yet, so these are the building blocks with the lowest score. Choose a target above to make your own plan.",
    plan_none: "Every building block already reaches your target. Want to go further? Then choose a higher target.",
    plan_now: "Now: {stage} ({score})",
    plan_next: "Next stage, {stage}: {summary}",
    plan_actions: "What will we do? Who does it? When is it done?",
    download_plan: "Download action plan",
    download_plan_help: "You get an RTF file. You can open and edit it in Word, LibreOffice or Google Docs.",
    plan_file_title: "Action plan for working data-driven",
    plan_file_name: "action-plan-bouwstenen-scan",
    history_title: "Earlier results",
    history_help: "Each time you complete the scan, this browser keeps your results with the date. Later you can see how far you have come. The results go nowhere else.",
    history_empty: "No earlier results are kept.",
    history_current: "these are the results above",
    history_open: "View",
    history_remove: "Remove",
    history_of: "results of {date}",
    clear_history: "Clear my history",
    clear_history_question: "All results kept in this browser will be erased. Your current answers stay. Do you want to clear the history?",
    clear_history_confirm: "Yes, clear the history",
    earlier_title: "Your results of {date}",
    earlier_notice: "These are earlier results of yours. Your current results are kept.",
    back_to_own: "Back to my results",
    words_none: "There is no score yet, because no statement was answered with a level.",
    words_own: "Your organisation",
    words_shared: "This organisation",
    words_stage: "{who} is at the stage ‘{stage}’, with an overall score of {score}.",
    words_high_low: "Highest score: {high}. Lowest score: {low}.",
    words_all_equal: "All building blocks have the same score.",
    words_unknown: "No score: {blocks}.",
    words_spread: "The results differ most on {blocks}.",
    words_and: " and ",
    disagreement_title: "Where do we differ most?",
    disagreement_lead: "On these statements the answers are furthest apart: a good start for the conversation. ‘I don’t know’ does not count.",
    disagreement_none: "On no statement are the answers apart.",
    disagreement_lowest: "Lowest answer",
    disagreement_highest: "Highest answer",
    disagreement_counts: "How many people chose each level",
    disagreement_counts_line: "Number per level, lowest first: {counts}",
    disagreement_level: "Level",
    disagreement_people: "Number",
    reference_default: "Reference",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    other_language: "Nederlands",
    other_language_tag: "nl",
};

/// The languages the scan is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Dutch,
    English,
}

impl Language {
    /// The language of a tag such as `nl`, `nl-NL`, `en-GB`; `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("nl") {
            Some(Self::Dutch)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Self::English)
        } else {
            None
        }
    }

    pub fn other(self) -> Self {
        match self {
            Self::Dutch => Self::English,
            Self::English => Self::Dutch,
        }
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value is never searched
/// for blanks itself (a result's name may contain braces). Unknown blanks stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let blank = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(known, _)| *known == name)?;
            Some((value, tail))
        });
        match blank {
            Some((value, tail)) => {
                filled.push_str(value);
                rest = tail;
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// One language's UI strings and content, compared by address: they are static, so two
/// locales are the same exactly when they point at the same data.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    pub texts: &'static Texts,
    pub content: &'static super::quiz::Content,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.texts, other.texts) && std::ptr::eq(self.content, other.content)
    }
}

impl Locale {
    pub fn of(language: Language) -> Self {
        match language {
            Language::Dutch => Self::dutch(),
            Language::English => Self {
                texts: &EN,
                content: &super::content::CONTENT_EN,
            },
        }
    }

    pub fn dutch() -> Self {
        Self {
            texts: &NL,
            content: &super::content::CONTENT_NL,
        }
    }

    /// How the scan goes, on the start screen: how many statements, how long it takes.
    pub fn intro_how(self) -> String {
        fill(
            self.texts.intro_how,
            &[
                ("count", &self.content.statement_count().to_string()),
                ("minutes", &self.content.minutes_to_answer().to_string()),
            ],
        )
    }

    /// The progress of step `index` (0-based) in words: "Bouwsteen 2 van 7" and "3 van 4
    /// stellingen beantwoord", for the progress bar and the live region alike.
    pub fn step_progress(
        self,
        index: usize,
        answered: usize,
        statements: usize,
    ) -> (String, String) {
        let step = fill(
            self.texts.step_of,
            &[
                ("number", &(index + 1).to_string()),
                ("count", &self.content.blocks.len().to_string()),
            ],
        );
        let answered = fill(
            self.texts.answered_of,
            &[
                ("answered", &answered.to_string()),
                ("count", &statements.to_string()),
            ],
        );
        (step, answered)
    }

    /// A day in words: "3 maart 2026", "3 March 2026".
    pub fn date(self, day: super::history::Day) -> String {
        let month = self
            .texts
            .months
            .get(usize::from(day.month).saturating_sub(1))
            .copied()
            .unwrap_or_default();
        format!("{} {month} {}", day.day, day.year)
    }

    /// "Uw uitslag van 3 maart 2026": the heading of an earlier result, and its announcement.
    pub fn earlier_title(self, day: super::history::Day) -> String {
        fill(self.texts.earlier_title, &[("date", &self.date(day))])
    }

    /// The name of a block's article link, which makes sense out of context: "Lees bouwsteen
    /// 3: Creëer een data-architectuur".
    pub fn read_article(self, block: &Block) -> String {
        fill(
            self.texts.read_article,
            &[
                ("number", &block.number.to_string()),
                ("title", block.title),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_blank() {
        assert_eq!(
            fill(NL.step_of, &[("number", "3"), ("count", "7")]),
            "Bouwsteen 3 van 7"
        );
        assert_eq!(
            fill(NL.read_article, &[("number", "1"), ("title", "X")]),
            "Lees bouwsteen 1: X"
        );
    }

    #[test]
    fn fill_leaves_braces_in_values_and_unknown_blanks_alone() {
        assert_eq!(
            fill("{a} and {b} {c} {", &[("a", "{b}"), ("b", "B")]),
            "{b} and B {c} {"
        );
    }

    #[test]
    fn language_tags() {
        assert_eq!(Language::from_tag("nl-NL"), Some(Language::Dutch));
        assert_eq!(Language::from_tag("EN_gb"), Some(Language::English));
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Locale::of(Language::English).texts.lang, "en");
        assert_eq!(Language::Dutch.other(), Language::English);
    }

    #[test]
    fn both_languages_have_every_template_blank() {
        for texts in [&NL, &EN] {
            assert!(texts.step_of.contains("{number}") && texts.step_of.contains("{count}"));
            assert!(
                texts.answered_of.contains("{answered}") && texts.answered_of.contains("{count}")
            );
            assert!(texts.radar_name.contains("{scores}"));
            assert!(texts.intro_how.contains("{count}") && texts.intro_how.contains("{minutes}"));
            assert!(texts.coverage.contains("{answered}") && texts.coverage.contains("{count}"));
            assert!(
                texts.open_statements.contains("{open}")
                    && texts.open_statements.contains("{count}")
            );
            assert!(texts.compared_count.contains("{count}"));
            assert!(texts.radar_item.contains("{title}") && texts.radar_item.contains("{score}"));
            assert!(
                texts.read_article.contains("{number}") && texts.read_article.contains("{title}")
            );
        }
    }
}
