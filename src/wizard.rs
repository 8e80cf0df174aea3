//! The pure state machine of the wizard: the model, the actions, and `update`.
//!
//! No terminal and no text here: the model says where the user is and what happened so far; the
//! views in `tui` turn it into words. Back always returns to exactly where the user was, with the
//! selection as it was, and what was answered after that point is forgotten, so the summary
//! always tells the path as it finally went.

use crate::explain::{self, Explanation};
use crate::i18n::Lang;
use crate::knowledge::flow::Answer;
use crate::knowledge::{Knowledge, NodeKind};

/// Where the user is inside a flow node, or which screen outside the flow is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
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
}

/// One place in the wizard: the node, the view on it and the selection in its menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub node: String,
    pub view: View,
    pub selected: usize,
}

/// A check that got an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    pub node: String,
    pub answer: Answer,
    /// The history depth when it was given; Back below it forgets it.
    depth: usize,
}

/// A code that was looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupRecord {
    pub explanation: Explanation,
    depth: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub pos: Position,
    pub history: Vec<Position>,
    pub answers: Vec<AnswerRecord>,
    pub lookups: Vec<LookupRecord>,
    pub lang: Lang,
    pub help: bool,
    pub quit: bool,
}

/// What a key means, once the keymap has read it in its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Choose,
    Pick(usize),
    Answer(Answer),
    Back,
    Stop,
    Lookup,
    NextLang,
    Summary,
    Help,
    Copy,
    Quit,
    Type(char),
    DeleteChar,
    Paste(String),
    /// Explain this text instead of what was typed: a result chosen from the lookup's list.
    Explain(String),
}

/// What the terminal has to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    CopySummary,
}

/// The longest input the lookup field keeps.
pub const MAX_LOOKUP_INPUT: usize = 2000;

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
                view: View::Node,
                selected: 0,
            },
            history: Vec::new(),
            answers: Vec::new(),
            lookups: Vec::new(),
            lang,
            help: false,
            quit: false,
        }
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

    /// Whether the user is typing, so that letters are text and not commands.
    pub fn typing(&self) -> bool {
        matches!(self.pos.view, View::Lookup { .. })
    }

    /// The choices of the explanation screen, in order.
    pub fn explained_options(&self) -> Vec<ExplainedOption> {
        match &self.pos.view {
            View::Explained { explanation, next } => {
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

    fn push(&mut self, pos: Position) {
        let old = std::mem::replace(&mut self.pos, pos);
        self.history.push(old);
    }

    /// Go to a flow node. A code node opens its input field at once.
    fn go_to(&mut self, kb: &Knowledge, node: &str) {
        let view = match kb.flow.node(node).map(|n| &n.kind) {
            Some(NodeKind::Code { next }) => View::Lookup {
                input: String::new(),
                error: false,
                next: next.clone(),
            },
            _ => View::Node,
        };
        self.push(Position {
            node: node.to_string(),
            view,
            selected: 0,
        });
    }

    fn back(&mut self) {
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
            depth,
        });
    }

    fn open_lookup(&mut self, next: Option<String>) {
        let node = self.pos.node.clone();
        self.push(Position {
            node,
            view: View::Lookup {
                input: String::new(),
                error: false,
                next,
            },
            selected: 0,
        });
    }
}

/// Apply one action. The only code that changes the model.
pub fn update(model: &mut Model, kb: &Knowledge, action: Action) -> Option<Effect> {
    if model.help {
        // Any key closes the help overlay; quitting still quits.
        model.help = false;
        if action == Action::Quit {
            model.quit = true;
        }
        return None;
    }
    match action {
        Action::Quit => model.quit = true,
        Action::Help if !model.typing() => model.help = true,
        Action::NextLang if !model.typing() => model.lang = model.lang.next(),
        Action::Back => model.back(),
        Action::Lookup if !model.typing() => model.open_lookup(None),
        Action::Summary if !model.typing() && model.pos.view != View::Summary => {
            let node = model.pos.node.clone();
            model.push(Position {
                node,
                view: View::Summary,
                selected: 0,
            });
        }
        Action::Copy if model.pos.view == View::Summary => return Some(Effect::CopySummary),
        Action::Type(c) => type_char(model, c),
        Action::Paste(text) => paste(model, kb, &text),
        Action::DeleteChar => {
            if let View::Lookup { input, error, .. } = &mut model.pos.view {
                if input.pop().is_none() {
                    model.back();
                } else {
                    *error = false;
                    model.pos.selected = 0;
                }
            } else {
                model.back();
            }
        }
        other => on_view(model, kb, other),
    }
    None
}

fn type_char(model: &mut Model, c: char) {
    if let View::Lookup { input, error, .. } = &mut model.pos.view
        && !crate::sanitize::is_unsafe(c)
        && input.chars().count() < MAX_LOOKUP_INPUT
    {
        input.push(c);
        *error = false;
        model.pos.selected = 0;
    }
}

/// A paste: a text that explains on its own (a reply line, a bounce) is explained at once, and the
/// field keeps what was typed before, so Back returns to it unchanged. Anything else is inserted
/// into the field like typing (for example a code to search for). Outside the lookup, a paste
/// opens it first, since a pasted text is almost always a bounce.
fn paste(model: &mut Model, kb: &Knowledge, text: &str) {
    if !model.typing() {
        model.open_lookup(None);
    }
    let clean = crate::sanitize::clean(text, true);
    if explain::explain(kb, &clean).is_ok() {
        submit_lookup(model, kb, Some(&clean));
    } else if let View::Lookup { input, error, .. } = &mut model.pos.view {
        let room = MAX_LOOKUP_INPUT.saturating_sub(input.chars().count());
        input.extend(crate::sanitize::clean(text, false).chars().take(room));
        *error = false;
        model.pos.selected = 0;
    }
}

fn submit_lookup(model: &mut Model, kb: &Knowledge, chosen: Option<&str>) {
    let View::Lookup { input, next, .. } = &model.pos.view else {
        return;
    };
    match explain::explain(kb, chosen.unwrap_or(input)) {
        Ok(explanation) => {
            let next = next.clone();
            let node = model.pos.node.clone();
            let depth = model.history.len() + 1;
            model.lookups.push(LookupRecord {
                explanation: explanation.clone(),
                depth,
            });
            model.push(Position {
                node,
                view: View::Explained {
                    explanation: Box::new(explanation),
                    next,
                },
                selected: 0,
            });
        }
        Err(_) => {
            if let View::Lookup { error, .. } = &mut model.pos.view {
                *error = true;
            }
        }
    }
}

fn on_view(model: &mut Model, kb: &Knowledge, action: Action) {
    let Some(node) = kb.flow.node(&model.pos.node).cloned() else {
        return;
    };
    match (&model.pos.view, action) {
        (View::Lookup { .. }, Action::Choose) => submit_lookup(model, kb, None),
        (View::Lookup { .. }, Action::Explain(text)) => submit_lookup(model, kb, Some(&text)),
        // In the lookup, the selection is the chosen result; the list clamps it.
        (View::Lookup { .. }, Action::Up) => {
            model.pos.selected = model.pos.selected.saturating_sub(1)
        }
        (View::Lookup { .. }, Action::Down) => {
            model.pos.selected = (model.pos.selected + 1).min(MAX_LOOKUP_INPUT)
        }
        (View::Lookup { .. }, _) => {}
        (View::Explained { .. }, action) => {
            let options = model.explained_options();
            let chosen = match action {
                Action::Up => {
                    model.pos.selected = model.pos.selected.saturating_sub(1);
                    None
                }
                Action::Down => {
                    model.pos.selected =
                        (model.pos.selected + 1).min(options.len().saturating_sub(1));
                    None
                }
                Action::Choose => options.get(model.pos.selected).copied(),
                Action::Pick(n) => options.get(n.wrapping_sub(1)).copied(),
                _ => None,
            };
            if let (Some(option), View::Explained { explanation, next }) = (chosen, &model.pos.view)
            {
                let target = match option {
                    ExplainedOption::OpenStep => explanation.node.clone(),
                    ExplainedOption::GoOn => next.clone(),
                };
                if let Some(target) = target {
                    model.go_to(kb, &target);
                }
            }
        }
        // On the summary, the selection is the scroll offset.
        (View::Summary, Action::Up) => model.pos.selected = model.pos.selected.saturating_sub(1),
        (View::Summary, Action::Down) => model.pos.selected = (model.pos.selected + 1).min(500),
        (View::Summary, _) => {}
        (View::Advice(answer), Action::Choose) => {
            if let NodeKind::Check { yes, no, .. } = &node.kind {
                let target = if *answer == Answer::Yes { yes } else { no };
                model.go_to(kb, &target.clone());
            }
        }
        (View::Advice(_), Action::Stop) => {
            let node = model.pos.node.clone();
            model.push(Position {
                node,
                view: View::Summary,
                selected: 0,
            });
        }
        (View::Advice(_), _) => {}
        (View::Node | View::Unsure, action) => on_node(model, kb, &node, action),
    }
}

fn on_node(model: &mut Model, kb: &Knowledge, node: &crate::knowledge::Node, action: Action) {
    match (&node.kind, action) {
        (NodeKind::Choice { options }, Action::Up) => {
            model.pos.selected = model.pos.selected.saturating_sub(1).min(options.len() - 1);
        }
        (NodeKind::Choice { options }, Action::Down) => {
            model.pos.selected = (model.pos.selected + 1).min(options.len() - 1);
        }
        (NodeKind::Choice { options }, Action::Choose) => {
            if let Some(o) = options.get(model.pos.selected) {
                model.go_to(kb, &o.target);
            }
        }
        (NodeKind::Choice { options }, Action::Pick(n)) => {
            if let Some(o) = n.checked_sub(1).and_then(|i| options.get(i)) {
                model.go_to(kb, &o.target);
            }
        }
        (NodeKind::Check { yes, no, .. }, Action::Answer(answer)) => {
            model.record(answer);
            match answer {
                Answer::Unsure => {
                    if model.pos.view != View::Unsure {
                        let id = model.pos.node.clone();
                        model.push(Position {
                            node: id,
                            view: View::Unsure,
                            selected: 0,
                        });
                    }
                }
                Answer::Yes | Answer::No => {
                    if node.advice_id(answer).is_some() {
                        let id = model.pos.node.clone();
                        model.push(Position {
                            node: id,
                            view: View::Advice(answer),
                            selected: 0,
                        });
                    } else {
                        let target = if answer == Answer::Yes { yes } else { no };
                        model.go_to(kb, target);
                    }
                }
            }
        }
        (NodeKind::Step { next }, Action::Choose) => model.go_to(kb, next),
        (NodeKind::Code { next }, Action::Choose) => model.open_lookup(next.clone()),
        (NodeKind::Contact { .. } | NodeKind::Resolution, Action::Choose) => {
            let id = model.pos.node.clone();
            model.push(Position {
                node: id,
                view: View::Summary,
                selected: 0,
            });
        }
        _ => {}
    }
}
