//! Every key of the wizard in one table, the typing layer and Ctrl-C included. The footer and the
//! help overlay are generated from it, so they can never disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{Msg, Tr};
use crate::knowledge::Knowledge;
use crate::knowledge::flow::Answer;
use crate::wizard::{Action, Model, Picker, Screen};

/// A key with the modifiers that change its meaning (Ctrl, Alt); Shift is part of the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    fn of(event: KeyEvent) -> Key {
        Key {
            code: event.code,
            mods: event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT),
        }
    }
}

/// What a row does.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    Do(Action),
    /// A digit picks the option of that number.
    PickDigit,
    /// Any printable character without Ctrl or Alt is typed: the lookup's fallback.
    TypeChar,
}

/// How a row appears in the footer and the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    Label(&'static str),
    /// "1–N", N being the number of options on the screen.
    Range,
    /// The key of this answer in the screen's language ("t" for Tak).
    Answer(Answer),
    /// Written in the label of the row before ("↑↓").
    Merged,
    /// Only in the help overlay, not in the footer, which has no room for it.
    HelpOnly(&'static str),
    Hidden,
}

pub struct Binding {
    keys: &'static [Key],
    act: Act,
    /// What it does, in the footer and the help.
    pub(crate) desc: Msg,
    pub show: Show,
    on: &'static [Screen],
}

use Screen::*;

/// Every screen but the lookup, where keys type.
const COMMANDS: &[Screen] = &[
    Menu, Check, Unsure, Advice, End, Explained, Summary, Recipients, Log,
];
const EVERY: &[Screen] = &[
    Menu, Check, Unsure, Advice, End, Explained, Summary, Recipients, Lookup, Target, Log,
];
/// The screens where keys type: the lookup and the field of what a check looks up.
const FIELDS: &[Screen] = &[Lookup, Target];
const CHECKS: &[Screen] = &[Check, Unsure];

const DIGITS: &[Key] = &[
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
];

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[ctrl('c'), ctrl('C')],
        act: Act::Do(Action::QuitNow),
        desc: Msg::HelpQuit,
        show: Show::Hidden,
        on: COMMANDS,
    },
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        act: Act::Do(Action::Up),
        desc: Msg::HelpMove,
        show: Show::Label("↑↓"),
        on: &[Menu, Explained, Recipients, Log],
    },
    Binding {
        keys: &[key(KeyCode::Down), ch('j')],
        act: Act::Do(Action::Down),
        desc: Msg::HelpMove,
        show: Show::Merged,
        on: &[Menu, Explained, Recipients, Log],
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        act: Act::Do(Action::Choose),
        desc: Msg::HelpChoose,
        show: Show::Label("Enter"),
        on: &[Menu, Explained, Recipients, Log],
    },
    Binding {
        keys: DIGITS,
        act: Act::PickDigit,
        desc: Msg::HelpPick,
        show: Show::Range,
        on: &[Menu],
    },
    Binding {
        keys: &[ch('y')],
        act: Act::Do(Action::Answer(Answer::Yes)),
        desc: Msg::HelpYes,
        show: Show::Answer(Answer::Yes),
        on: CHECKS,
    },
    Binding {
        keys: &[ch('n')],
        act: Act::Do(Action::Answer(Answer::No)),
        desc: Msg::HelpNo,
        show: Show::Answer(Answer::No),
        on: CHECKS,
    },
    Binding {
        keys: &[ch('u')],
        act: Act::Do(Action::Answer(Answer::Unsure)),
        desc: Msg::HelpUnsure,
        show: Show::Answer(Answer::Unsure),
        on: CHECKS,
    },
    // A check the mail log answers: read it.
    Binding {
        keys: &[ch('r')],
        act: Act::Do(Action::ReadLog),
        desc: Msg::HelpReadLog,
        show: Show::HelpOnly("r"),
        on: CHECKS,
    },
    // A check that could look something up, when nothing named it: type it.
    Binding {
        keys: &[ch('d')],
        act: Act::Do(Action::AskTarget),
        desc: Msg::HelpTarget,
        show: Show::HelpOnly("d"),
        on: CHECKS,
    },
    // Enter on a check takes the answer that a pasted reply gave, when there is one.
    Binding {
        keys: &[key(KeyCode::Enter)],
        act: Act::Do(Action::Choose),
        desc: Msg::HelpChoose,
        show: Show::Hidden,
        on: CHECKS,
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        act: Act::Do(Action::Choose),
        desc: Msg::HelpGoOn,
        show: Show::Label("Enter"),
        on: &[Advice, End],
    },
    Binding {
        keys: &[ch('x')],
        act: Act::Do(Action::Stop),
        desc: Msg::HelpStop,
        show: Show::Label("x"),
        on: &[Advice],
    },
    // Screens with nothing to move in scroll their text. On a check, j and k stay letters:
    // Finnish answers "kyllä" with k.
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        act: Act::Do(Action::ScrollRows(-1)),
        desc: Msg::HelpScroll,
        show: Show::HelpOnly("↑↓"),
        on: &[Advice, End],
    },
    Binding {
        keys: &[key(KeyCode::Down), ch('j')],
        act: Act::Do(Action::ScrollRows(1)),
        desc: Msg::HelpScroll,
        show: Show::Hidden,
        on: &[Advice, End, Summary],
    },
    // The summary has nothing to select: ↑↓ scroll it, and the footer says so.
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        act: Act::Do(Action::ScrollRows(-1)),
        desc: Msg::HelpScroll,
        show: Show::Label("↑↓"),
        on: &[Summary],
    },
    Binding {
        keys: &[key(KeyCode::Up)],
        act: Act::Do(Action::ScrollRows(-1)),
        desc: Msg::HelpScroll,
        show: Show::HelpOnly("↑↓"),
        on: CHECKS,
    },
    Binding {
        keys: &[key(KeyCode::Down)],
        act: Act::Do(Action::ScrollRows(1)),
        desc: Msg::HelpScroll,
        show: Show::Hidden,
        on: CHECKS,
    },
    Binding {
        keys: &[key(KeyCode::PageUp)],
        act: Act::Do(Action::ScrollPages(-1)),
        desc: Msg::HelpPage,
        show: Show::HelpOnly("PgUp PgDn"),
        on: &[Check, Unsure, Advice, End, Explained, Summary, Log],
    },
    Binding {
        keys: &[key(KeyCode::PageDown), ch(' ')],
        act: Act::Do(Action::ScrollPages(1)),
        desc: Msg::HelpPage,
        show: Show::Hidden,
        on: &[Check, Unsure, Advice, End, Explained, Summary, Log],
    },
    // The lookup: keys type, and only these do something else.
    Binding {
        keys: &[key(KeyCode::Up)],
        act: Act::Do(Action::Up),
        desc: Msg::HelpMove,
        show: Show::Label("↑↓"),
        on: &[Lookup],
    },
    Binding {
        keys: &[key(KeyCode::Down)],
        act: Act::Do(Action::Down),
        desc: Msg::HelpMove,
        show: Show::Merged,
        on: &[Lookup],
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        act: Act::Do(Action::Choose),
        desc: Msg::HelpExplain,
        show: Show::Label("Enter"),
        on: &[Lookup],
    },
    Binding {
        keys: &[key(KeyCode::Backspace)],
        act: Act::Do(Action::DeleteChar),
        desc: Msg::HelpBack,
        show: Show::Hidden,
        on: FIELDS,
    },
    Binding {
        keys: &[ctrl('u'), ctrl('U')],
        act: Act::Do(Action::ClearInput),
        desc: Msg::HelpClear,
        show: Show::Label("Ctrl-U"),
        on: FIELDS,
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        act: Act::Do(Action::Choose),
        desc: Msg::HelpTargetTake,
        show: Show::Label("Enter"),
        on: &[Target],
    },
    Binding {
        keys: &[key(KeyCode::Char('c'))],
        act: Act::Do(Action::Copy),
        desc: Msg::HelpCopy,
        show: Show::Label("c"),
        on: &[Summary],
    },
    Binding {
        keys: &[key(KeyCode::Esc), key(KeyCode::Backspace)],
        act: Act::Do(Action::Back),
        desc: Msg::HelpBack,
        show: Show::Label("Esc"),
        on: EVERY,
    },
    Binding {
        keys: &[],
        act: Act::TypeChar,
        desc: Msg::HelpExplain,
        show: Show::Hidden,
        on: FIELDS,
    },
    Binding {
        keys: &[ch('/')],
        act: Act::Do(Action::Lookup),
        desc: Msg::HelpLookup,
        show: Show::Label("/"),
        on: COMMANDS,
    },
    Binding {
        keys: &[ch('s')],
        act: Act::Do(Action::Summary),
        desc: Msg::HelpSummary,
        show: Show::Label("s"),
        on: &[Menu, Check, Unsure, Advice, End, Explained, Recipients],
    },
    // L is a letter in the lookup; F2, which types nothing, opens the language picker everywhere.
    Binding {
        keys: &[ch('L'), key(KeyCode::F(2))],
        act: Act::Do(Action::OpenPicker(Picker::Screen)),
        desc: Msg::HelpLanguage,
        show: Show::Label("L"),
        on: COMMANDS,
    },
    Binding {
        keys: &[key(KeyCode::F(2))],
        act: Act::Do(Action::OpenPicker(Picker::Screen)),
        desc: Msg::HelpLanguage,
        show: Show::Label("F2"),
        on: &[Lookup],
    },
    Binding {
        keys: &[ch('C')],
        act: Act::Do(Action::OpenPicker(Picker::Caller)),
        desc: Msg::HelpCallerLanguage,
        show: Show::Label("C"),
        on: COMMANDS,
    },
    Binding {
        keys: &[ch('?')],
        act: Act::Do(Action::Help),
        desc: Msg::HelpHelp,
        show: Show::Label("?"),
        on: COMMANDS,
    },
    Binding {
        keys: &[ch('q')],
        act: Act::Do(Action::Quit),
        desc: Msg::HelpQuit,
        show: Show::Label("q"),
        on: COMMANDS,
    },
    Binding {
        keys: &[ctrl('c'), ctrl('C')],
        act: Act::Do(Action::QuitNow),
        desc: Msg::HelpQuit,
        show: Show::Label("Ctrl-C"),
        on: &[Lookup],
    },
];

/// The bindings the footer shows on this screen, in table order.
pub fn shown(screen: Screen) -> impl Iterator<Item = &'static Binding> {
    in_help(screen).filter(|b| !matches!(b.show, Show::HelpOnly(_)))
}

impl Binding {
    /// Whether the key does something on the model's step (`r` and `d` only on some checks).
    pub fn offered(&self, model: &Model, kb: &Knowledge) -> bool {
        match &self.act {
            Act::Do(action) => model.offers(action, kb),
            Act::PickDigit | Act::TypeChar => true,
        }
    }
}

/// The bindings the help overlay lists on this screen, in table order.
pub fn in_help(screen: Screen) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| !matches!(b.show, Show::Hidden | Show::Merged) && b.on.contains(&screen))
}

/// Every key the help overlay lists on some screen, with what it does in `tr`'s language, in
/// table order and each pair once: the man page's list of keys.
pub fn manual(tr: Tr) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    for b in BINDINGS {
        let label = match b.show {
            Show::Label(l) | Show::HelpOnly(l) => l.to_string(),
            Show::Answer(a) => tr
                .answer_keys(a)
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Show::Range => "1–9".to_string(),
            Show::Merged | Show::Hidden => continue,
        };
        let row = (label, tr.say(b.desc.clone()));
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    rows
}

/// The first row for this key on this screen; the typing fallback takes any printable key.
fn find(screen: Screen, pressed: Key) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| {
        b.on.contains(&screen)
            && match b.act {
                Act::TypeChar => {
                    matches!(pressed.code, KeyCode::Char(_)) && pressed.mods.is_empty()
                }
                _ => b.keys.contains(&pressed),
            }
    })
}

/// The answer a key gives on a check screen, in the language's own initials (Polish t / n / w) or
/// the y / n / u of every language. A check screen has nothing to move in, so a letter that moves
/// elsewhere (Finnish k for kyllä) is free to answer.
fn answer_key(screen: Screen, tr: Option<Tr>, pressed: Key) -> Option<Answer> {
    let KeyCode::Char(c) = pressed.code else {
        return None;
    };
    if !CHECKS.contains(&screen) || !pressed.mods.is_empty() {
        return None;
    }
    [Answer::Yes, Answer::No, Answer::Unsure]
        .into_iter()
        .find(|&a| match tr {
            Some(tr) => tr.answer_keys(a).contains(&c),
            None => {
                [('y', Answer::Yes), ('n', Answer::No), ('u', Answer::Unsure)].contains(&(c, a))
            }
        })
}

/// The action a key press means on this screen, if any. With the help open, every key closes it
/// but `q` and Ctrl-C, which quit. Ctrl and Alt chords are not the plain key: Ctrl-S must not open
/// the summary, nor Ctrl-Z, which suspends programs elsewhere, do anything at all.
pub fn action(model: &Model, kb: &Knowledge, tr: Option<Tr>, event: KeyEvent) -> Option<Action> {
    let pressed = Key::of(event);
    let screen = model.screen(kb);
    if model.picker.is_some() {
        // The picker: a digit chooses, q quits (asking first) and Ctrl-C quits, any other key
        // closes it.
        return Some(match pressed.code {
            KeyCode::Char(c) if pressed.mods.is_empty() && c.is_ascii_digit() => {
                Action::Pick(c.to_digit(10)? as usize)
            }
            KeyCode::Char('q') if pressed.mods.is_empty() => Action::Quit,
            KeyCode::Char('c' | 'C') if pressed.mods == KeyModifiers::CONTROL => Action::QuitNow,
            _ => Action::Back,
        });
    }
    let found = answer_key(screen, tr, pressed)
        .map(|a| {
            BINDINGS
                .iter()
                .find(|b| b.act == Act::Do(Action::Answer(a)))
                .expect("every answer has a row")
        })
        .or_else(|| find(screen, pressed));
    if model.help {
        return Some(match found.map(|b| &b.act) {
            Some(Act::Do(quit @ (Action::Quit | Action::QuitNow))) => quit.clone(),
            _ => Action::Help,
        });
    }
    if model.quitting {
        // The question "quit?": the language's yes and no (y and n in every one), Esc to stay,
        // Ctrl-C; every other key does nothing.
        if let KeyCode::Char(c) = pressed.code
            && pressed.mods.is_empty()
            && let Some(a) = [Answer::Yes, Answer::No].into_iter().find(|&a| match tr {
                Some(tr) => tr.answer_keys(a).contains(&c),
                None => [('y', Answer::Yes), ('n', Answer::No)].contains(&(c, a)),
            })
        {
            return Some(Action::Answer(a));
        }
        return match found.map(|b| &b.act) {
            Some(Act::Do(a @ (Action::Back | Action::QuitNow))) => Some(a.clone()),
            _ => None,
        };
    }
    match (&found?.act, pressed.code) {
        (Act::Do(action), _) => Some(action.clone()),
        (Act::PickDigit, KeyCode::Char(c)) => Some(Action::Pick(c.to_digit(10)? as usize)),
        (Act::TypeChar, KeyCode::Char(c)) => Some(Action::Type(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn ctrl_and_alt_chords_do_nothing_but_ctrl_c_quits() {
        let kb = Knowledge::embedded().unwrap();
        let model = Model::new(&kb, Lang::En);
        let press = |code, modifiers| action(&model, &kb, None, KeyEvent::new(code, modifiers));
        assert_eq!(
            press(KeyCode::Char('s'), KeyModifiers::NONE),
            Some(Action::Summary)
        );
        assert_eq!(
            press(KeyCode::Char('L'), KeyModifiers::SHIFT),
            Some(Action::OpenPicker(Picker::Screen))
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
            Some(Action::QuitNow)
        );
    }

    #[test]
    fn in_the_lookup_letters_type_and_backspace_deletes() {
        let kb = Knowledge::embedded().unwrap();
        let mut model = Model::new(&kb, Lang::En);
        crate::wizard::update(&mut model, &kb, Action::Lookup);
        let press = |code, modifiers| action(&model, &kb, None, KeyEvent::new(code, modifiers));
        for c in ['q', 's', 'L', '?', '/', '5', 'ż'] {
            assert_eq!(
                press(KeyCode::Char(c), KeyModifiers::NONE),
                Some(Action::Type(c))
            );
        }
        assert_eq!(
            press(KeyCode::Char('L'), KeyModifiers::SHIFT),
            Some(Action::Type('L'))
        );
        assert_eq!(
            press(KeyCode::Backspace, KeyModifiers::NONE),
            Some(Action::DeleteChar)
        );
        assert_eq!(press(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
        assert_eq!(
            press(KeyCode::Enter, KeyModifiers::NONE),
            Some(Action::Choose)
        );
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::QuitNow)
        );
        assert_eq!(press(KeyCode::Char('s'), KeyModifiers::CONTROL), None);
        assert_eq!(press(KeyCode::F(5), KeyModifiers::NONE), None);
        // Ctrl-U clears the field; F2, which types nothing, is the next language.
        assert_eq!(
            press(KeyCode::Char('u'), KeyModifiers::CONTROL),
            Some(Action::ClearInput)
        );
        assert_eq!(
            press(KeyCode::Char('u'), KeyModifiers::NONE),
            Some(Action::Type('u'))
        );
        assert_eq!(
            press(KeyCode::F(2), KeyModifiers::NONE),
            Some(Action::OpenPicker(Picker::Screen))
        );
    }

    #[test]
    fn f2_opens_the_language_picker_everywhere_and_the_lookups_footer_shows_it() {
        let kb = Knowledge::embedded().unwrap();
        let mut model = Model::new(&kb, Lang::En);
        let f2 = KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE);
        assert_eq!(
            action(&model, &kb, None, f2),
            Some(Action::OpenPicker(Picker::Screen))
        );
        let labels = |screen| {
            shown(screen)
                .filter_map(|b| match b.show {
                    Show::Label(l) => Some(l),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert!(labels(Screen::Menu).contains(&"L"));
        assert!(!labels(Screen::Menu).contains(&"F2"));
        crate::wizard::update(&mut model, &kb, Action::Lookup);
        assert_eq!(
            action(&model, &kb, None, f2),
            Some(Action::OpenPicker(Picker::Screen))
        );
        let lookup = labels(Screen::Lookup);
        assert!(
            lookup.contains(&"F2") && lookup.contains(&"Ctrl-U"),
            "{lookup:?}"
        );
        assert!(!lookup.contains(&"L"));
    }

    #[test]
    fn with_the_help_open_every_key_closes_it_but_q_and_ctrl_c_quit() {
        let kb = Knowledge::embedded().unwrap();
        let mut model = Model::new(&kb, Lang::En);
        model.help = true;
        let press = |code, modifiers| action(&model, &kb, None, KeyEvent::new(code, modifiers));
        assert_eq!(
            press(KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        assert_eq!(
            press(KeyCode::Char('s'), KeyModifiers::NONE),
            Some(Action::Help)
        );
        assert_eq!(
            press(KeyCode::Char('z'), KeyModifiers::CONTROL),
            Some(Action::Help)
        );
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::QuitNow)
        );
    }

    #[test]
    fn the_quit_question_takes_the_languages_yes_and_no_esc_and_ctrl_c_only() {
        let kb = Knowledge::embedded().unwrap();
        let loc = crate::i18n::Localizer::new();
        let mut model = Model::new(&kb, Lang::Pl);
        model.quitting = true;
        let pl = Some(loc.tr(Lang::Pl));
        let press = |code, modifiers| action(&model, &kb, pl, KeyEvent::new(code, modifiers));
        let plain = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        // Polish "tak" and "nie", and y / n as in every language.
        for (c, a) in [('t', Answer::Yes), ('y', Answer::Yes), ('n', Answer::No)] {
            assert_eq!(plain(c), Some(Action::Answer(a)), "{c}");
        }
        for c in ['q', 's', 'w', 'u', '1', '/', 'c'] {
            assert_eq!(plain(c), None, "{c}");
        }
        assert_eq!(press(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
        assert_eq!(press(KeyCode::Enter, KeyModifiers::NONE), None);
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::QuitNow)
        );
        assert_eq!(press(KeyCode::Char('t'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn a_check_takes_its_languages_initials_and_a_menu_keeps_its_movement_keys() {
        let kb = Knowledge::embedded().unwrap();
        let loc = crate::i18n::Localizer::new();
        let fi = Some(loc.tr(Lang::Fi));
        let press = |model: &Model, c| {
            action(
                model,
                &kb,
                fi,
                KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            )
        };
        // The start menu: k moves, e and t do nothing.
        let mut model = Model::new(&kb, Lang::Fi);
        assert_eq!(press(&model, 'k'), Some(Action::Up));
        assert_eq!(press(&model, 'e'), None);
        // A check: kyllä, ei, en tiedä, and y / n / u as everywhere.
        crate::wizard::update(&mut model, &kb, Action::Pick(1));
        assert_eq!(model.screen(&kb), Screen::Check);
        for (c, a) in [
            ('k', Answer::Yes),
            ('e', Answer::No),
            ('t', Answer::Unsure),
            ('y', Answer::Yes),
            ('n', Answer::No),
            ('u', Answer::Unsure),
        ] {
            assert_eq!(press(&model, c), Some(Action::Answer(a)), "{c}");
        }
        // Ctrl-K is not k.
        let ctrl_k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::CONTROL);
        assert_eq!(action(&model, &kb, fi, ctrl_k), None);
    }
}
