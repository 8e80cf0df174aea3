//! The terminal user interface: setting the terminal up and always giving it back, the event
//! loop, and the `--summary` output.
//!
//! The event loop waits on one channel. A thread reads the terminal ([`term::read_keys`]) and
//! sends its keys, pastes and hang-up; another sends the signals (ending, resizing, suspending);
//! outside work (a DNS lookup, a log scan) sends its reports through an [`Outbox`]. The loop
//! handles whatever comes, a batch at a time, then draws. Nothing polls, and nothing a client
//! sends can block it.

pub mod clock;
pub mod decode;
pub mod input;
pub mod keymap;
mod run;
pub mod term;
pub mod theme;
pub mod view;

use std::io;
use std::sync::mpsc::{self, Receiver, SyncSender};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::present::summary;
use crate::search::SearchIndex;
use crate::wizard::{self, Action, Effect, Env, Model, Report};
pub use run::{LiveOptions, run};
pub use term::Tty;
pub use theme::Theme;
pub use view::Ui;

/// What reaches the event loop.
#[derive(Debug)]
pub enum Incoming {
    Terminal(Event),
    /// A result of outside work.
    Report(Report),
    /// The window changed size (SIGWINCH).
    Resize,
    /// A signal asks the wizard to end (SIGTERM, SIGHUP, SIGINT, SIGQUIT, ...).
    Stop,
    /// SIGTSTP: give the terminal back and stop until continued.
    Suspend,
    /// The terminal hung up (EOF, EIO or POLLHUP): the link is gone.
    HangUp,
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

/// What the loop needs of the terminal besides drawing on it.
pub trait Host {
    /// The window's size, (columns, rows); an error means the terminal is gone.
    fn size(&self) -> io::Result<(u16, u16)>;
    /// Put text on the clipboard.
    fn copy(&mut self, text: &str) -> io::Result<()>;
    /// Give the terminal back, stop until continued (SIGTSTP), then take it again.
    fn suspend(&mut self) -> io::Result<()>;
    /// Run a target's live checks in the background, reporting through the outbox.
    fn probe(&mut self, _request: wizard::live::Request) {}
    /// Stop the runs that are not among these; their results are no longer wanted.
    fn keep_running(&mut self, _ids: &[u64]) {}
    /// Read the mail log at `path` in the background, reporting its progress and its end.
    fn read_log(&mut self, _id: u64, _path: String) {}
    /// Stop reading the mail log unless it is the read `id`.
    fn keep_log(&mut self, _id: Option<u64>) {}
}

/// The most events handled between two frames, so that the screen still moves during a flood.
const MAX_BATCH: usize = 4096;

/// Draw, wait for what comes in, handle it and everything already waiting, draw again; until
/// the user quits, a signal stops it, the terminal hangs up or every sender is gone. Drawing
/// on a terminal that is gone is an error.
pub fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    host: &mut dyn Host,
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
        let ui = Ui::of(model, kb, loc, index, theme);
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
                Incoming::Stop | Incoming::HangUp => return Ok(()),
                Incoming::Resize => {
                    // A terminal that cannot say its size any more is gone.
                    let Ok(size) = host.size() else {
                        return Ok(());
                    };
                    terminal
                        .resize(term::drawable(size))
                        .map_err(|e| io::Error::other(e.to_string()))?;
                    None
                }
                Incoming::Suspend => {
                    host.suspend()?;
                    terminal
                        .clear()
                        .map_err(|e| io::Error::other(e.to_string()))?;
                    None
                }
                Incoming::Report(report) => wizard::update(model, kb, Action::Report(report)),
                Incoming::Terminal(event) => {
                    #[cfg(debug_assertions)]
                    if panic_trigger
                        && let Event::Key(k) = &event
                        && k.code == ratatui::crossterm::event::KeyCode::F(12)
                    {
                        panic!("panic requested by MAILWIZ_TEST_PANIC");
                    }
                    let index = model.typing().then(|| searcher.get(kb, loc, model.lang));
                    // How far the text on the screen scrolls, as it is drawn in this window.
                    let room =
                        terminal
                            .size()
                            .ok()
                            .filter(|_| scrolls(&event) && !model.typing())
                            .map(|size| {
                                Ui::of(model, kb, loc, index, theme)
                                    .room(ratatui::layout::Rect::new(0, 0, size.width, size.height))
                            });
                    input::handle(
                        model,
                        Env {
                            kb,
                            index,
                            tr: Some(loc.tr(model.lang)),
                            room,
                        },
                        &event,
                    )
                }
            };
            match effect {
                Some(Effect::CopySummary) => {
                    host.copy(&summary::text(model, kb, loc.tr(model.lang)))?;
                }
                Some(Effect::Probe(request)) => host.probe(request),
                Some(Effect::ReadLog { id, path }) => host.read_log(id, path),
                None => {}
            }
            host.keep_running(&model.live.running().collect::<Vec<_>>());
            host.keep_log(
                model
                    .log
                    .as_ref()
                    .filter(|l| l.result.is_none())
                    .map(|l| l.id),
            );
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

/// Whether a terminal event is a key that can scroll the screen's text: only then is the text
/// laid out to find how far it scrolls, which costs as much as a frame.
fn scrolls(event: &Event) -> bool {
    use ratatui::crossterm::event::KeyCode;
    matches!(
        event,
        Event::Key(k) if matches!(
            k.code,
            KeyCode::Up
                | KeyCode::Down
                | KeyCode::PageUp
                | KeyCode::PageDown
                | KeyCode::Char('j' | 'k' | ' ')
        )
    )
}

#[cfg(test)]
mod tests;
