//! What the host page hears about, for its own statistics: `bouwstenen:start`, `:step`,
//! `:share` and `:cta` (and `:complete`, which carries the scores). The widget itself sends
//! nothing anywhere; a site forwards these only if it chooses to.

/// The name of the event that carries the scores, sent apart from [`PageEvent`]'s.
pub const COMPLETE: &str = "complete";

/// One thing that happened in the widget, as the host element announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageEvent {
    /// The visitor began the statements, from the start screen or the results (a restart).
    Start,
    /// A step is shown: its block number (1 to 7) and how many statements the visitor has
    /// answered in the whole scan so far.
    Step { block: u8, answered: usize },
    /// The visitor passed the result on.
    Share(ShareWay),
    /// The visitor followed the organisation's call to action.
    CallToAction,
}

/// How a result was passed on (`detail.how` of `bouwstenen:share`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareWay {
    /// "Kopieer link" copied the link.
    Copy,
    /// The device's share sheet was opened.
    Share,
    Linkedin,
    Svg,
    Png,
    Print,
    /// "Download actieplan".
    Plan,
}

impl PageEvent {
    /// The event's name after `bouwstenen:`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Step { .. } => "step",
            Self::Share(_) => "share",
            Self::CallToAction => "cta",
        }
    }
}

impl ShareWay {
    pub fn name(self) -> &'static str {
        match self {
            Self::Copy => "copy",
            Self::Share => "share",
            Self::Linkedin => "linkedin",
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Print => "print",
            Self::Plan => "plan",
        }
    }
}
