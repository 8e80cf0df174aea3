//! Every key of the wizard in one table. The footer and the help overlay are generated from it,
//! so they can never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::knowledge::flow::Answer;
use crate::knowledge::{Knowledge, NodeKind};
use crate::wizard::{Action, Model, View};

/// What the screen is showing, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Menu,
    Check,
    Advice,
    End,
    Typing,
    Explained,
    Summary,
}

impl Ctx {
    pub fn of(model: &Model, kb: &Knowledge) -> Ctx {
        match &model.pos.view {
            View::Lookup { .. } => Ctx::Typing,
            View::Explained { .. } => Ctx::Explained,
            View::Summary => Ctx::Summary,
            View::Advice(_) => Ctx::Advice,
            View::Node | View::Unsure => match kb.flow.node(&model.pos.node).map(|n| &n.kind) {
                Some(NodeKind::Check { .. }) => Ctx::Check,
                Some(NodeKind::Contact { .. } | NodeKind::Resolution) => Ctx::End,
                _ => Ctx::Menu,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Does {
    Up,
    Down,
    Choose,
    Pick,
    Yes,
    No,
    Unsure,
    Back,
    Stop,
    Lookup,
    Lang,
    Summary,
    Copy,
    Help,
    Quit,
}

pub struct Binding {
    /// How the key is written in the footer and the help.
    pub label: &'static str,
    keys: &'static [KeyCode],
    does: Does,
    /// The Fluent id of what it does.
    pub desc: &'static str,
    when: &'static [Ctx],
}

use Ctx::*;

const ALL: &[Ctx] = &[Menu, Check, Advice, End, Explained, Summary];
const NOT_SUMMARY: &[Ctx] = &[Menu, Check, Advice, End, Explained];

const DIGITS: &[KeyCode] = &[
    KeyCode::Char('1'),
    KeyCode::Char('2'),
    KeyCode::Char('3'),
    KeyCode::Char('4'),
    KeyCode::Char('5'),
    KeyCode::Char('6'),
    KeyCode::Char('7'),
    KeyCode::Char('8'),
    KeyCode::Char('9'),
];

pub const BINDINGS: &[Binding] = &[
    Binding {
        label: "↑↓",
        keys: &[KeyCode::Up, KeyCode::Char('k')],
        does: Does::Up,
        desc: "help-move",
        when: &[Menu, Explained, Summary],
    },
    Binding {
        label: "",
        keys: &[KeyCode::Down, KeyCode::Char('j')],
        does: Does::Down,
        desc: "help-move",
        when: &[Menu, Explained, Summary],
    },
    Binding {
        label: "Enter",
        keys: &[KeyCode::Enter],
        does: Does::Choose,
        desc: "help-choose",
        when: &[Menu, Explained],
    },
    Binding {
        label: "1–9",
        keys: DIGITS,
        does: Does::Pick,
        desc: "help-pick",
        when: &[Menu],
    },
    Binding {
        label: "y",
        keys: &[KeyCode::Char('y')],
        does: Does::Yes,
        desc: "help-yes",
        when: &[Check],
    },
    Binding {
        label: "n",
        keys: &[KeyCode::Char('n')],
        does: Does::No,
        desc: "help-no",
        when: &[Check],
    },
    Binding {
        label: "u",
        keys: &[KeyCode::Char('u')],
        does: Does::Unsure,
        desc: "help-unsure",
        when: &[Check],
    },
    Binding {
        label: "Enter",
        keys: &[KeyCode::Enter],
        does: Does::Choose,
        desc: "help-go-on",
        when: &[Advice, End],
    },
    Binding {
        label: "x",
        keys: &[KeyCode::Char('x')],
        does: Does::Stop,
        desc: "help-stop",
        when: &[Advice],
    },
    Binding {
        label: "↑↓",
        keys: &[],
        does: Does::Up,
        desc: "help-move",
        when: &[Typing],
    },
    Binding {
        label: "Enter",
        keys: &[KeyCode::Enter],
        does: Does::Choose,
        desc: "help-explain",
        when: &[Typing],
    },
    Binding {
        label: "c",
        keys: &[KeyCode::Char('c')],
        does: Does::Copy,
        desc: "help-copy",
        when: &[Summary],
    },
    Binding {
        label: "Esc",
        keys: &[KeyCode::Esc, KeyCode::Backspace],
        does: Does::Back,
        desc: "help-back",
        when: &[Menu, Check, Advice, End, Explained, Summary, Typing],
    },
    Binding {
        label: "/",
        keys: &[KeyCode::Char('/')],
        does: Does::Lookup,
        desc: "help-lookup",
        when: ALL,
    },
    Binding {
        label: "s",
        keys: &[KeyCode::Char('s')],
        does: Does::Summary,
        desc: "help-summary",
        when: NOT_SUMMARY,
    },
    Binding {
        label: "L",
        keys: &[KeyCode::Char('L')],
        does: Does::Lang,
        desc: "help-language",
        when: ALL,
    },
    Binding {
        label: "?",
        keys: &[KeyCode::Char('?')],
        does: Does::Help,
        desc: "help-help",
        when: ALL,
    },
    Binding {
        label: "q",
        keys: &[KeyCode::Char('q')],
        does: Does::Quit,
        desc: "help-quit",
        when: ALL,
    },
    Binding {
        label: "Ctrl-C",
        keys: &[],
        does: Does::Quit,
        desc: "help-quit",
        when: &[Typing],
    },
];

/// The bindings shown on this screen, in table order.
pub fn shown(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| !b.label.is_empty() && b.when.contains(&ctx))
}

/// The action a key press means on this screen, if any.
pub fn action(model: &Model, kb: &Knowledge, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('C'))
    {
        return Some(Action::Quit);
    }
    if model.help {
        // Any key closes the help overlay.
        return Some(Action::Help);
    }
    let ctx = Ctx::of(model, kb);
    if ctx == Ctx::Typing {
        return match key.code {
            KeyCode::Enter => Some(Action::Choose),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Backspace => Some(Action::DeleteChar),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::Type(c))
            }
            _ => None,
        };
    }
    // Ctrl and Alt chords are not the plain key: Ctrl-S must not open the summary, nor Ctrl-Z,
    // which suspends programs elsewhere, do anything at all.
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    let b = BINDINGS
        .iter()
        .find(|b| b.when.contains(&ctx) && b.keys.contains(&key.code))?;
    Some(match b.does {
        Does::Up => Action::Up,
        Does::Down => Action::Down,
        Does::Choose => Action::Choose,
        Does::Pick => match key.code {
            KeyCode::Char(c) => Action::Pick(c.to_digit(10)? as usize),
            _ => return None,
        },
        Does::Yes => Action::Answer(Answer::Yes),
        Does::No => Action::Answer(Answer::No),
        Does::Unsure => Action::Answer(Answer::Unsure),
        Does::Back => Action::Back,
        Does::Stop => Action::Stop,
        Does::Lookup => Action::Lookup,
        Does::Lang => Action::NextLang,
        Does::Summary => Action::Summary,
        Does::Copy => Action::Copy,
        Does::Help => Action::Help,
        Does::Quit => Action::Quit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn ctrl_and_alt_chords_do_nothing_but_ctrl_c_quits() {
        let kb = Knowledge::embedded().unwrap();
        let model = Model::new(&kb, Lang::En);
        let press = |code, modifiers| action(&model, &kb, KeyEvent::new(code, modifiers));
        assert_eq!(
            press(KeyCode::Char('s'), KeyModifiers::NONE),
            Some(Action::Summary)
        );
        assert_eq!(
            press(KeyCode::Char('L'), KeyModifiers::SHIFT),
            Some(Action::NextLang)
        );
        for c in ['s', 'z', 'q', '1', '\\', 'l'] {
            assert_eq!(
                press(KeyCode::Char(c), KeyModifiers::CONTROL),
                None,
                "Ctrl-{c}"
            );
            assert_eq!(press(KeyCode::Char(c), KeyModifiers::ALT), None, "Alt-{c}");
        }
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
    }
}
