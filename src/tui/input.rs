//! From a terminal event to the model: a key through the keymap, a paste as it is. What the event
//! loop and the tests both use.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::keymap;
use crate::wizard::{self, Action, Effect, Env, Model};

/// Apply a key or a paste to the model.
pub fn handle(model: &mut Model, env: Env, event: &Event) -> Option<Effect> {
    match event {
        // Esc and the key after it come as one Alt chord when they reach the terminal together,
        // as they often do over a slow SSH link. mailwiz has no Alt bindings: do both keys.
        Event::Key(key)
            if key.kind != KeyEventKind::Release
                && key.modifiers.contains(KeyModifiers::ALT)
                && !key.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            let first = handle(model, env, &Event::Key(esc));
            let plain = KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT);
            handle(model, env, &Event::Key(plain)).or(first)
        }
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let action = keymap::action(model, env.kb, env.tr, *key)?;
            wizard::update(model, env, action)
        }
        Event::Paste(text) => wizard::update(model, env, Action::Paste(text.clone())),
        _ => None,
    }
}
