//! The pure state machine of the wizard: the model, the actions, and [`update`].
//!
//! No terminal and no text here: the model says where the user is and what happened so far; the
//! views in `tui` turn it into words. Back always returns to exactly where the user was, with the
//! selection as it was, and what was answered after that point is forgotten, so the summary
//! always tells the path as it finally went. [`Model::screen`] is the one place that decides
//! which screen is showing; the keymap and the views follow it.

pub mod live;
mod update;

pub use live::Live;
pub use update::update;

use crate::explain::Explanation;
use crate::i18n::{Lang, Tr};
use crate::knowledge::flow::Answer;
use crate::knowledge::{Knowledge, NodeKind};
use crate::search::SearchIndex;
use crate::smtp::Reason;

/// Where the user is on a flow node, or which screen outside the flow is open there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// A flow node, asking its question or showing its menu.
    Node,
    /// A check answered with yes or no, showing what to do before going on.
    Advice(Answer),
    /// A check answered with "not sure", showing how to find out; it can then be answered.
    Unsure,
    /// Typing or pasting a code. `next` is the flow node to go on to afterwards, if any.
    Lookup {
        input: String,
        error: bool,
        next: Option<String>,
    },
    /// The explanation of a code, with a menu: open the related step, or go on.
    Explained {
        explanation: Box<Explanation>,
        next: Option<String>,
    },
    /// The summary of the session.
    Summary,
    /// The recipients of a pasted bounce, each with its reason; Enter opens one.
    Recipients {
        entries: Vec<RecipientEntry>,
        next: Option<String>,
    },
    /// The mail log read for a check: a progress bar while it reads, then the failures grouped
    /// by cause; Enter opens a group's explanation.
    Log,
    /// Typing what a check's live lookup looks at (a domain, an IP address), which nothing
    /// given so far named. `error`: what was typed is none.
    Target {
        field: live::Field,
        input: String,
        error: bool,
    },
}

/// One recipient of a pasted bounce, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientEntry {
    /// The address, cleaned and shortened for showing.
    pub address: String,
    pub reason: Reason,
    /// Delivery to it failed (rather than being delayed, or done).
    pub failed: bool,
    pub hard: bool,
    /// What its own words mean; none when they hold no code at all.
    pub explanation: Option<Box<Explanation>>,
}

/// Which screen is showing: what the keys mean and which view draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// A menu of options (or an instruction that Enter goes on from).
    Menu,
    /// A yes / no / not sure question.
    Check,
    /// How to find out the answer to a check; it can still be answered.
    Unsure,
    /// What to do after an answer, before going on or stopping.
    Advice,
    /// The end of a scenario: what to gather, or solved.
    End,
    /// The code lookup, where keys type.
    Lookup,
    /// A code's explanation and its menu.
    Explained,
    /// The summary of the session.
    Summary,
    /// The recipients of a pasted bounce.
    Recipients,
    /// Typing the domain or IP address a check's lookup looks at.
    Target,
    /// The mail log, read.
    Log,
}

/// One place in the wizard: the node, the stage on it and the selection in its menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub node: String,
    pub stage: Stage,
    /// The highlighted option of a menu or result of the lookup.
    pub selected: usize,
    /// How many rows the screen's text is scrolled; the view keeps it within the text.
    pub scroll: u16,
}

/// A check that got an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    pub node: String,
    pub answer: Answer,
    /// The language the caller was helped in when it was given: the content's.
    pub lang: Lang,
    /// The history depth when it was given; Back below it forgets it.
    depth: usize,
}

/// One step of the path: its node and the answers given there, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord<'a> {
    pub node: &'a str,
    pub answers: Vec<Answer>,
}

/// A code that was looked up, or a recipient of a pasted bounce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupRecord {
    pub explanation: Option<Explanation>,
    /// The recipient and its reason, for a bounce's recipient.
    pub recipient: Option<(String, Reason)>,
    /// The mailbox the bounce was sent back to (its `To`), for a pasted bounce message.
    pub mailbox: Option<String>,
    /// The language the caller was helped in when it was explained: the content's.
    pub lang: Lang,
    depth: usize,
}

/// A moment in the machine's local time, as the terminal side read the clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Minutes east of UTC.
    pub offset_minutes: i32,
    /// The zone's abbreviation ("CET"), empty when the system names none.
    pub zone: String,
}

/// Where the summary goes when the wizard ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SummaryTarget {
    /// Nowhere: only the screen and the clipboard have it.
    #[default]
    Nowhere,
    Stdout,
    /// The file named on the command line, as given.
    File(String),
}

/// The session besides its path, as the terminal side set it up: when it started and where the
/// summary goes. The summary and the quit question say them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub started: Option<LocalTime>,
    pub summary_to: SummaryTarget,
}

/// What work outside the wizard found out (a DNS lookup, a log scan), reported while the user
/// keeps working. It reaches [`update`] as [`Action::Report`], like a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// A live check of run `id` found this.
    Found {
        id: u64,
        finding: crate::checks::Finding,
    },
    /// Run `id` has finished.
    Done { id: u64 },
    /// Time passes while a run goes on: the spinner moves.
    Tick,
    /// Reading the mail log `id` has got this far (bytes of the file).
    LogProgress { id: u64, read: u64, total: u64 },
    /// Reading the mail log `id` has ended: what it found, or why it could not be read.
    LogDone {
        id: u64,
        result: Result<crate::maillog::Summary, String>,
    },
    /// The evidence answers a check: what it found, in the words of the evidence (a record, a
    /// log line), and the answer that follows.
    Observed {
        node: String,
        answer: Answer,
        detail: String,
    },
}

/// A check answered by evidence. Facts stay true whatever the user does, so Back keeps them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub node: String,
    pub answer: Answer,
    pub detail: String,
    /// Where the evidence comes from.
    pub source: Evidence,
}

/// Where an observation's evidence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Evidence {
    /// A reply or bounce the user pasted.
    #[default]
    Reply,
    /// The mail log.
    Log,
}

/// The mail log being read, or read, for a check.
#[derive(Debug, Clone, PartialEq)]
pub struct LogRead {
    pub id: u64,
    pub path: String,
    /// The check that asked for it, which its findings answer.
    pub node: String,
    pub read: u64,
    pub total: u64,
    pub result: Option<Result<crate::maillog::Summary, String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Where the user is.
    pub pos: Position,
    /// The places before, most recent last; Back returns to the last.
    pub history: Vec<Position>,
    /// The checks answered on the way to here.
    pub answers: Vec<AnswerRecord>,
    /// The codes explained on the way to here.
    pub lookups: Vec<LookupRecord>,
    /// The checks that outside work answered, one per node, the latest kept.
    pub observations: Vec<Observation>,
    /// The live checks: what they look at, and what they found.
    pub live: Live,
    /// The mail log to read (the profile's, when it exists and may be read), and the last read.
    pub log_path: Option<String>,
    pub log: Option<LogRead>,
    /// The language of the screen: the agent's, or the user's own.
    pub lang: Lang,
    /// The language of the caller the agent helps, when it is another: the content of the
    /// screens (questions, hints, explanations, the checklist) is in it, the frame in `lang`.
    pub caller: Option<Lang>,
    /// The language picker is open, for the screen's language or the caller's.
    pub picker: Option<Picker>,
    /// The help overlay is open.
    pub help: bool,
    /// The user asked to quit.
    pub quit: bool,
    /// `q` in a session with answers: the wizard asks first.
    pub quitting: bool,
    /// The summary on screen was sent to the clipboard; leaving it forgets.
    pub copied: bool,
    pub session: Session,
}

/// Which language the picker sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picker {
    /// The screen's language (the agent's own).
    Screen,
    /// The caller's language, for the content.
    Caller,
}

/// What an event means: a key once the keymap has read it on its screen, a paste, or a report
/// of outside work.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the selection up.
    Up,
    Down,
    /// Scroll the screen's text by rows (negative: up), or by pages.
    ScrollRows(i16),
    ScrollPages(i16),
    /// Enter: choose the selection, go on, or explain what was typed.
    Choose,
    /// Choose an option by its number, from 1.
    Pick(usize),
    Answer(Answer),
    /// One step back, to exactly where the user was.
    Back,
    /// Stop after advice and show the summary.
    Stop,
    /// Open the code lookup.
    Lookup,
    /// `d` on a check that could look something up: type what it looks at.
    AskTarget,
    /// `r` on a check the mail log answers: read it.
    ReadLog,
    NextLang,
    /// Open the language picker; with it open, `Pick(n)` chooses the n-th language (for the
    /// caller, one more: the screen's language again).
    OpenPicker(Picker),
    Summary,
    Help,
    Copy,
    /// `q`: quit, asking first when the session has answers or looked-up codes.
    Quit,
    /// Ctrl-C: quit at once.
    QuitNow,
    /// A character typed into the lookup.
    Type(char),
    /// Backspace in the lookup: delete the last character (an empty field stays).
    DeleteChar,
    /// Ctrl-U in the lookup: empty the field.
    ClearInput,
    Paste(String),
    /// Explain this text instead of what was typed: a result chosen from the lookup's list.
    Explain(String),
    /// Outside work reports a result.
    Report(Report),
}

/// What the terminal has to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    CopySummary,
    /// Run the live checks of a target, reporting with this run's id.
    Probe(live::Request),
    /// Read the mail log at `path`, reporting with this id.
    ReadLog {
        id: u64,
        path: String,
    },
}

/// How far the screen's text can scroll, as the terminal last drew it: a page, and the largest
/// offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub page: u16,
    pub max: u16,
}

/// What `update` reads besides the model: the knowledge, and the search index of the current
/// language while the lookup is open (Enter explains its highlighted result).
#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub kb: &'a Knowledge,
    pub index: Option<&'a SearchIndex>,
    /// The texts of the model's language, whose answer keys answer a check (y / n / u without).
    pub tr: Option<Tr<'a>>,
    /// How far the text on the screen scrolls (without it: rows up to a bound, pages of 10).
    pub room: Option<Room>,
}

impl<'a> From<&'a Knowledge> for Env<'a> {
    fn from(kb: &'a Knowledge) -> Env<'a> {
        Env {
            kb,
            index: None,
            tr: None,
            room: None,
        }
    }
}

/// The longest input the lookup field keeps.
pub const MAX_LOOKUP_INPUT: usize = 2000;

/// The farthest the summary scrolls, in lines: more than any summary has.
pub const MAX_SUMMARY_SCROLL: u16 = 500;

/// The most places kept for Back, answers and looked-up codes: a session as long as anyone's, and
/// a bound on what a client can make the wizard hold. Beyond it the oldest goes.
pub const MAX_KEPT: usize = 1000;

/// The choices offered on an explanation: open the related step, go on with the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExplainedOption {
    OpenStep,
    GoOn,
}

impl Model {
    pub fn new(kb: &Knowledge, lang: Lang) -> Model {
        Model {
            pos: Position {
                node: kb.flow.start.clone(),
                stage: Stage::Node,
                selected: 0,
                scroll: 0,
            },
            history: Vec::new(),
            answers: Vec::new(),
            lookups: Vec::new(),
            observations: Vec::new(),
            live: Live::default(),
            log_path: None,
            log: None,
            lang,
            caller: None,
            picker: None,
            help: false,
            quit: false,
            quitting: false,
            copied: false,
            session: Session::default(),
        }
    }

    /// Whether the session has something the summary would lose: an answer or a looked-up code.
    pub fn has_answers(&self) -> bool {
        !self.answers.is_empty() || !self.lookups.is_empty()
    }

    /// Which screen is showing.
    /// The language of the screens' content: the caller's when set, else the screen's.
    pub fn content_lang(&self) -> Lang {
        self.caller.unwrap_or(self.lang)
    }

    pub fn screen(&self, kb: &Knowledge) -> Screen {
        match &self.pos.stage {
            Stage::Lookup { .. } => Screen::Lookup,
            Stage::Explained { .. } => Screen::Explained,
            Stage::Summary => Screen::Summary,
            Stage::Recipients { .. } => Screen::Recipients,
            Stage::Target { .. } => Screen::Target,
            Stage::Log => Screen::Log,
            Stage::Advice(_) => Screen::Advice,
            Stage::Unsure => Screen::Unsure,
            Stage::Node => match kb.flow.node(&self.pos.node).map(|n| &n.kind) {
                Some(NodeKind::Check { .. }) => Screen::Check,
                Some(NodeKind::Contact { .. } | NodeKind::Resolution) => Screen::End,
                _ => Screen::Menu,
            },
        }
    }

    /// How many options the screen's menu has, for the keys that pick by number.
    pub fn option_count(&self, kb: &Knowledge) -> usize {
        match (
            &self.pos.stage,
            kb.flow.node(&self.pos.node).map(|n| &n.kind),
        ) {
            (Stage::Node, Some(NodeKind::Choice { options })) => options.len(),
            _ => self.explained_options().len(),
        }
    }

    /// The steps of the path so far, in order, each once where the user stayed on it, with the
    /// answers given there (a "not sure", then the answer, on one check are one step).
    pub fn steps(&self) -> Vec<StepRecord<'_>> {
        let mut steps: Vec<StepRecord> = Vec::new();
        for (i, place) in self.history.iter().chain([&self.pos]).enumerate() {
            let node = place.node.as_str();
            if steps.last().map(|s| s.node) != Some(node) {
                steps.push(StepRecord {
                    node,
                    answers: Vec::new(),
                });
            }
            if let Some(step) = steps.last_mut() {
                // An answer is recorded at the place where it was given.
                step.answers.extend(
                    self.answers
                        .iter()
                        .filter(|a| a.depth == i)
                        .map(|a| a.answer),
                );
            }
        }
        steps
    }

    /// The node ids of the path so far, in order, each once where the user stayed on it.
    pub fn path(&self) -> Vec<&str> {
        let mut path: Vec<&str> = Vec::new();
        for node in self
            .history
            .iter()
            .chain([&self.pos])
            .map(|p| p.node.as_str())
        {
            if path.last() != Some(&node) {
                path.push(node);
            }
        }
        path
    }

    /// Whether `action` does something on this step, for the keys the help lists: `r` only
    /// where the step reads the mail log and there is one, `d` only where the step looks
    /// something up that nothing has named yet. Every other action is offered where its key is.
    pub fn offers(&self, action: &Action, kb: &Knowledge) -> bool {
        let node = || kb.flow.node(&self.pos.node);
        match action {
            Action::ReadLog => self.log_path.is_some() && node().is_some_and(|n| n.reads_log()),
            Action::AskTarget => node().is_some_and(|n| self.live.field(n).is_some()),
            _ => true,
        }
    }

    /// Whether the user is typing, so that letters are text and not commands.
    pub fn typing(&self) -> bool {
        matches!(self.pos.stage, Stage::Lookup { .. } | Stage::Target { .. })
    }

    /// The choices of the explanation screen, in order.
    pub fn explained_options(&self) -> Vec<ExplainedOption> {
        match &self.pos.stage {
            Stage::Explained { explanation, next } => {
                let mut options = Vec::new();
                if explanation.node.is_some() {
                    options.push(ExplainedOption::OpenStep);
                }
                if next.is_some() {
                    options.push(ExplainedOption::GoOn);
                }
                options
            }
            _ => Vec::new(),
        }
    }

    /// What outside work found for this check, if anything.
    pub fn observation(&self, node: &str) -> Option<&Observation> {
        self.observations.iter().find(|o| o.node == node)
    }

    fn push(&mut self, pos: Position) {
        self.copied = false;
        let old = std::mem::replace(&mut self.pos, pos);
        self.history.push(old);
        if self.history.len() > MAX_KEPT {
            // The oldest place goes; what was recorded there stays, and Back never reaches it.
            self.history.remove(0);
            for a in &mut self.answers {
                a.depth = a.depth.saturating_sub(1);
            }
            for l in &mut self.lookups {
                l.depth = l.depth.saturating_sub(1);
            }
        }
    }

    /// Remember what is about to be shown at the next place: Back from that place forgets it,
    /// coming back to it from further on does not.
    fn record_lookup(
        &mut self,
        explanation: Option<Explanation>,
        recipient: Option<(String, Reason)>,
        mailbox: Option<String>,
    ) {
        let depth = self.history.len();
        self.lookups.push(LookupRecord {
            explanation,
            recipient,
            mailbox,
            lang: self.content_lang(),
            depth,
        });
        if self.lookups.len() > MAX_KEPT {
            self.lookups.remove(0);
        }
    }

    /// Show another stage on the current node.
    fn push_stage(&mut self, stage: Stage) {
        let node = self.pos.node.clone();
        self.push(Position {
            node,
            stage,
            selected: 0,
            scroll: 0,
        });
    }

    /// Go to a flow node. A code node opens its input field at once.
    fn go_to(&mut self, kb: &Knowledge, node: &str) {
        let stage = match kb.flow.node(node).map(|n| &n.kind) {
            Some(NodeKind::Code { next }) => Stage::Lookup {
                input: String::new(),
                error: false,
                next: next.clone(),
            },
            _ => Stage::Node,
        };
        self.push(Position {
            node: node.to_string(),
            stage,
            selected: 0,
            scroll: 0,
        });
    }

    fn back(&mut self) {
        self.copied = false;
        if let Some(prev) = self.history.pop() {
            self.pos = prev;
            let depth = self.history.len();
            self.answers.retain(|a| a.depth < depth);
            self.lookups.retain(|l| l.depth < depth);
        }
    }

    fn record(&mut self, answer: Answer) {
        let depth = self.history.len();
        self.answers.push(AnswerRecord {
            node: self.pos.node.clone(),
            answer,
            lang: self.content_lang(),
            depth,
        });
        if self.answers.len() > MAX_KEPT {
            self.answers.remove(0);
        }
    }

    fn open_lookup(&mut self, next: Option<String>) {
        self.push_stage(Stage::Lookup {
            input: String::new(),
            error: false,
            next,
        });
    }
}
