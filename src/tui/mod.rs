//! The terminal user interface: setting the terminal up and always restoring it, the event loop,
//! and the `--summary` output.
//!
//! The event loop waits on one channel. A thread reads the terminal and sends its events, another
//! sends the signals that stop the wizard, and outside work (a DNS lookup, a log scan) sends its
//! reports through an [`Outbox`]; the loop handles whatever comes, a batch at a time, then draws.
//! Nothing polls.

pub mod input;
pub mod keymap;
pub mod theme;
pub mod view;

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::error::Error;
use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::present::summary;
use crate::search::SearchIndex;
use crate::wizard::{self, Action, Effect, Env, Model, Report};
pub use theme::Theme;
pub use view::Ui;

/// What reaches the event loop.
#[derive(Debug)]
pub enum Incoming {
    Terminal(Event),
    /// A result of outside work.
    Report(Report),
    /// A signal asks the wizard to end (SIGTERM, SIGHUP, SIGINT).
    Stop,
    /// The terminal cannot be read any more.
    Failed(io::Error),
}

/// Where outside work sends what it found; it may be cloned into any thread.
#[derive(Clone)]
pub struct Outbox(SyncSender<Incoming>);

impl Outbox {
    /// Send a report, waiting while the loop has a full queue; false when the wizard has ended
    /// and nobody listens.
    pub fn report(&self, report: Report) -> bool {
        self.0.send(Incoming::Report(report)).is_ok()
    }
}

/// The channel the event loop reads, and the outbox that feeds it. It holds at most one batch:
/// a sender that gets ahead of the loop (a flood of keys) waits, so memory stays bounded.
pub fn channel() -> (Outbox, Receiver<Incoming>) {
    let (tx, rx) = mpsc::sync_channel(MAX_BATCH);
    (Outbox(tx), rx)
}

/// The search index of the current language, rebuilt when the language changes.
#[derive(Default)]
pub struct Searcher {
    built: Option<(Lang, SearchIndex)>,
}

impl Searcher {
    pub fn get(&mut self, kb: &Knowledge, loc: &Localizer, lang: Lang) -> &SearchIndex {
        if self.built.as_ref().is_some_and(|(l, _)| *l != lang) {
            self.built = None;
        }
        &self
            .built
            .get_or_insert_with(|| (lang, SearchIndex::of(kb, loc, lang)))
            .1
    }
}

/// Run the wizard in `lang` until the user quits or a signal ends it; then write the summary
/// where `summary` says (`-`: standard output).
pub fn run(
    kb: &Knowledge,
    loc: &Localizer,
    lang: Lang,
    summary: Option<&str>,
) -> Result<(), Error> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(Error::NotATerminal);
    }
    // Check the summary file before the screen changes, so a mistake costs nothing.
    if let Some(path) = summary.filter(|p| *p != "-")
        && let Err(source) = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
    {
        return Err(Error::SummaryFile {
            path: path.to_string(),
            source,
        });
    }
    let (outbox, inbox) = channel();
    stop_on_signals(&outbox)?;
    // Runs after ratatui's own hook has restored the terminal: turn off bracketed paste, then
    // print the panic message on the main screen.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        default_hook(info);
    }));
    let mut terminal = ratatui::init();
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let mut model = Model::new(kb, lang);
    let result = read_terminal(&outbox).and_then(|()| {
        event_loop(
            &mut terminal,
            &mut model,
            kb,
            loc,
            Theme::from_env(),
            &inbox,
        )
    });
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result.map_err(Error::Terminal)?;
    if let Some(path) = summary {
        let text = summary::text(&model, kb, loc.tr(model.lang));
        let written = if path == "-" {
            io::stdout().write_all(text.as_bytes())
        } else {
            std::fs::write(path, text.as_bytes())
        };
        written.map_err(|source| Error::SummaryFile {
            path: path.to_string(),
            source,
        })?;
    }
    Ok(())
}

/// SIGTERM, SIGHUP and SIGINT end the wizard through the event loop, so that the terminal is
/// restored and the summary written.
fn stop_on_signals(outbox: &Outbox) -> Result<(), Error> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]).map_err(Error::Terminal)?;
    let tx = outbox.0.clone();
    thread::spawn(move || {
        for _ in signals.forever() {
            if tx.send(Incoming::Stop).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// A thread that reads the terminal and sends every event on, until the terminal fails or the
/// loop has ended. crossterm starts listening for window-size changes at its first poll: poll
/// once here, before the first frame, so a resize right after start-up is not missed.
fn read_terminal(outbox: &Outbox) -> io::Result<()> {
    event::poll(Duration::ZERO)?;
    let tx = outbox.0.clone();
    thread::spawn(move || {
        loop {
            let incoming = match event::read() {
                Ok(ev) => Incoming::Terminal(ev),
                Err(e) => Incoming::Failed(e),
            };
            let failed = matches!(incoming, Incoming::Failed(_));
            if tx.send(incoming).is_err() || failed {
                break;
            }
        }
    });
    Ok(())
}

/// The most events handled between two frames, so that the screen still moves during a flood.
const MAX_BATCH: usize = 4096;

/// Draw, wait for what comes in, handle it and everything already waiting, draw again; until
/// the user quits, a signal stops it, or every sender is gone.
pub fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    model: &mut Model,
    kb: &Knowledge,
    loc: &Localizer,
    theme: Theme,
    inbox: &Receiver<Incoming>,
) -> io::Result<()> {
    #[cfg(debug_assertions)]
    let panic_trigger = std::env::var_os("MAILWIZ_TEST_PANIC").is_some();
    let mut searcher = Searcher::default();
    loop {
        // The search index is built only while the lookup is open, not at start-up.
        let index = model.typing().then(|| searcher.get(kb, loc, model.lang));
        let ui = Ui {
            model,
            kb,
            tr: loc.tr(model.lang),
            index,
            theme,
        };
        terminal
            .draw(|frame| frame.render_widget(ui, frame.area()))
            .map_err(|e| io::Error::other(e.to_string()))?;
        let Ok(mut incoming) = inbox.recv() else {
            return Ok(());
        };
        // Handle everything that is already waiting before drawing again, so that a burst of
        // keys (a long line typed or pasted without bracketed paste) costs one frame.
        for _ in 0..MAX_BATCH {
            let effect = match incoming {
                Incoming::Stop => return Ok(()),
                Incoming::Failed(e) => return Err(e),
                Incoming::Report(report) => wizard::update(model, kb, Action::Report(report)),
                Incoming::Terminal(event) => {
                    #[cfg(debug_assertions)]
                    if panic_trigger
                        && let Event::Key(k) = &event
                        && k.code == event::KeyCode::F(12)
                    {
                        panic!("panic requested by MAILWIZ_TEST_PANIC");
                    }
                    let index = model.typing().then(|| searcher.get(kb, loc, model.lang));
                    input::handle(model, Env { kb, index }, &event)
                }
            };
            if let Some(Effect::CopySummary) = effect {
                copy_to_clipboard(&summary::text(model, kb, loc.tr(model.lang)))?;
            }
            if model.quit {
                return Ok(());
            }
            match inbox.try_recv() {
                Ok(next) => incoming = next,
                Err(_) => break,
            }
        }
    }
}

/// OSC 52: the terminal puts the text on the clipboard, which works over SSH too.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use ratatui::crossterm::clipboard::CopyToClipboard;
    execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text))
}

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::knowledge::flow::Answer;
    use crate::wizard::Stage;

    fn key(c: char) -> Incoming {
        Incoming::Terminal(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )))
    }

    fn run_loop(inbox: &Receiver<Incoming>) -> (io::Result<()>, Model, String) {
        let kb = Knowledge::embedded().unwrap();
        let loc = Localizer::new().with_profile(&kb.profile);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut model = Model::new(&kb, Lang::FALLBACK);
        let theme = Theme { color: false };
        let result = event_loop(&mut terminal, &mut model, &kb, &loc, theme, inbox);
        (result, model, terminal.backend().to_string())
    }

    /// Keys and a report from another thread arrive on one channel; the loop handles both, in
    /// order, and ends on q.
    #[test]
    fn keys_and_outside_reports_come_through_one_channel() {
        let (outbox, inbox) = channel();
        let keys = outbox.0.clone();
        let worker = thread::spawn(move || {
            outbox.report(Report::Observed {
                node: "check-mx".to_string(),
                answer: Answer::Yes,
                detail: "MX 10 mx.example.com.".to_string(),
            })
        });
        assert!(worker.join().unwrap(), "the loop's channel is open");
        for k in ['1', 'u', 'q'] {
            keys.send(key(k)).unwrap();
        }
        // What comes after q is not read.
        keys.send(key('n')).unwrap();
        let (result, model, screen) = run_loop(&inbox);
        assert!(result.is_ok());
        assert!(model.quit);
        assert_eq!(model.pos.stage, Stage::Unsure);
        assert_eq!(
            model.observation("check-mx").map(|o| o.answer),
            Some(Answer::Yes)
        );
        assert!(screen.contains("mailwiz"), "{screen}");
        assert!(inbox.try_recv().is_ok(), "the n after q is left");
    }

    #[test]
    fn a_signal_or_a_closed_channel_ends_the_loop_and_a_failed_terminal_is_an_error() {
        let (outbox, inbox) = channel();
        outbox.0.send(key('1')).unwrap();
        outbox.0.send(Incoming::Stop).unwrap();
        let (result, model, _) = run_loop(&inbox);
        assert!(result.is_ok() && !model.quit);
        assert_ne!(
            model.pos.node, "ui-start",
            "the key before the signal was handled"
        );

        let (outbox, inbox) = channel();
        drop(outbox);
        assert!(run_loop(&inbox).0.is_ok());

        let (outbox, inbox) = channel();
        outbox
            .0
            .send(Incoming::Failed(io::Error::other("EIO")))
            .unwrap();
        assert!(run_loop(&inbox).0.is_err());
    }
}
