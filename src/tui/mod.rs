//! The terminal user interface: setting the terminal up and always restoring it, the event loop,
//! and the `--summary` output.

pub mod keymap;
pub mod view;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers,
};
use ratatui::crossterm::execute;

use crate::i18n::{Arg, Localizer};
use crate::knowledge::Knowledge;
use crate::search::SearchIndex;
use crate::wizard::{self, Effect, Model};

pub use view::Theme;

impl Theme {
    /// Colour unless NO_COLOR is set to something.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// Apply a key or a paste to the model; what the event loop and the tests both use. `Enter` in
/// the lookup explains the chosen result, unless what was typed is a whole reply line; `index`,
/// the current language's search index, is needed only while the lookup is open.
pub fn handle(
    model: &mut Model,
    kb: &Knowledge,
    index: Option<&SearchIndex>,
    event: &Event,
) -> Option<Effect> {
    let mut action = match event {
        // Esc and the key after it come as one Alt chord when they reach the terminal together,
        // as they often do over a slow SSH link. mailwiz has no Alt bindings: do both keys.
        Event::Key(key)
            if key.kind != KeyEventKind::Release
                && key.modifiers.contains(KeyModifiers::ALT)
                && !key.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            let first = handle(model, kb, index, &Event::Key(esc));
            let plain = KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT);
            return handle(model, kb, index, &Event::Key(plain)).or(first);
        }
        Event::Key(key) if key.kind != KeyEventKind::Release => keymap::action(model, kb, *key)?,
        Event::Paste(text) => wizard::Action::Paste(text.clone()),
        _ => return None,
    };
    if let (wizard::Action::Choose, wizard::View::Lookup { input, .. }, Some(index)) =
        (&action, &model.pos.view, index)
        && !input.trim().contains(char::is_whitespace)
    {
        let hits = index.search(input);
        if !hits.is_empty() {
            let chosen = &hits[model.pos.selected.min(hits.len() - 1)];
            action = wizard::Action::Explain(chosen.input());
        }
    }
    wizard::update(model, kb, action)
}

/// The search index of the current language, rebuilt when the language changes.
pub struct Searcher {
    lang: Option<crate::i18n::Lang>,
    index: Option<SearchIndex>,
}

impl Searcher {
    pub fn new() -> Searcher {
        Searcher {
            lang: None,
            index: None,
        }
    }
    pub fn get(&mut self, kb: &Knowledge, loc: &Localizer) -> &SearchIndex {
        if self.lang != Some(loc.lang()) || self.index.is_none() {
            let english = Localizer::new(crate::i18n::Lang::En);
            self.index = Some(SearchIndex::new(kb, loc, &english));
            self.lang = Some(loc.lang());
        }
        self.index
            .get_or_insert_with(|| SearchIndex::new(kb, loc, loc))
    }
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher::new()
    }
}

/// Run the wizard; returns the process's exit code.
pub fn main(kb: Knowledge, mut loc: Localizer, summary: Option<&str>) -> ExitCode {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("mailwiz: {}", loc.text("ui-error-not-a-terminal"));
        return ExitCode::from(2);
    }
    // Check the summary file before the screen changes, so a mistake costs nothing.
    if let Some(path) = summary.filter(|p| *p != "-")
        && let Err(e) = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
    {
        eprintln!("mailwiz: {}", summary_error(&loc, path, &e));
        return ExitCode::from(2);
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
    }
    // Runs after ratatui's own hook has restored the terminal: turn off bracketed paste, then
    // print the panic message on the main screen.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        default_hook(info);
    }));
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let mut model = Model::new(&kb, loc.lang());
    let mut searcher = Searcher::new();
    let theme = Theme::from_env();
    let result = event_loop(
        &mut terminal,
        &mut model,
        &kb,
        &mut loc,
        &mut searcher,
        theme,
        &stop,
    );
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    if let Err(e) = result {
        eprintln!("mailwiz: {e}");
        return ExitCode::from(1);
    }
    if let Some(path) = summary {
        let text = crate::summary::text(&model, &kb, &loc);
        let written = if path == "-" {
            io::stdout().write_all(text.as_bytes())
        } else {
            std::fs::write(path, text.as_bytes())
        };
        if let Err(e) = written {
            eprintln!("mailwiz: {}", summary_error(&loc, path, &e));
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

fn summary_error(loc: &Localizer, path: &str, e: &io::Error) -> String {
    loc.format(
        "ui-error-summary-write",
        vec![
            ("file", Arg::from(crate::sanitize::clean(path, false))),
            ("reason", Arg::from(e.to_string())),
        ],
    )
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    model: &mut Model,
    kb: &Knowledge,
    loc: &mut Localizer,
    searcher: &mut Searcher,
    theme: Theme,
    stop: &AtomicBool,
) -> io::Result<()> {
    #[cfg(debug_assertions)]
    let panic_trigger = std::env::var_os("MAILWIZ_TEST_PANIC").is_some();
    // crossterm starts listening for window-size changes at its first poll: poll once before the
    // first frame, so a resize right after start-up is not missed.
    event::poll(Duration::ZERO)?;
    loop {
        loc.set_lang(model.lang);
        // The search index is built only when the lookup is first opened, not at start-up.
        let index = if model.typing() {
            Some(searcher.get(kb, loc))
        } else {
            None
        };
        let drawn = terminal
            .draw(|frame| view::draw(frame, model, kb, loc, index, theme))?
            .area;
        // Wait for input, waking now and then to notice a signal or a size change that came
        // without an event.
        let event = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if event::poll(Duration::from_millis(250))? {
                break Some(event::read()?);
            }
            let size = terminal.size()?;
            if (size.width, size.height) != (drawn.width, drawn.height) {
                break None;
            }
        };
        let Some(mut event) = event else {
            continue;
        };
        // Handle every event that is already waiting before drawing again, so that a burst of
        // keys (a long line typed or pasted without bracketed paste) costs one frame, not one
        // per key. The batch is bounded so that the screen still moves during a flood.
        let mut handled = 0;
        loop {
            loc.set_lang(model.lang);
            #[cfg(debug_assertions)]
            if panic_trigger
                && let Event::Key(k) = &event
                && k.code == KeyCode::F(12)
            {
                panic!("panic requested by MAILWIZ_TEST_PANIC");
            }
            // The index is built only when the lookup is open, as for drawing.
            let index = model.typing().then(|| searcher.get(kb, loc));
            if let Some(Effect::CopySummary) = handle(model, kb, index, &event) {
                loc.set_lang(model.lang);
                copy_to_clipboard(&crate::summary::text(model, kb, loc))?;
            }
            if model.quit || stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            handled += 1;
            if handled == MAX_BATCH || !event::poll(NO_WAIT)? {
                break;
            }
            event = event::read()?;
        }
    }
}

/// The most events handled between two frames.
const MAX_BATCH: usize = 4096;

/// A poll that does not wait. crossterm's level-triggered source returns at once when given
/// zero, without even looking at what it has already read and parsed; a wait shorter than a
/// millisecond makes it look, then call poll(2) with a timeout of 0 ms, which does not block.
const NO_WAIT: Duration = Duration::from_micros(200);

/// OSC 52: the terminal puts the text on the clipboard, which works over SSH too.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use ratatui::crossterm::clipboard::CopyToClipboard;
    execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))
}
