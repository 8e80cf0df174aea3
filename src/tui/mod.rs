//! The terminal user interface: setting the terminal up and always giving it back, the event
//! loop, and the `--summary` output.
//!
//! The event loop waits on one channel. A thread reads the terminal ([`term::read_keys`]) and
//! sends its keys, pastes and hang-up; another sends the signals (ending, resizing, suspending);
//! outside work (a DNS lookup, a log scan) sends its reports through an [`Outbox`]. The loop
//! handles whatever comes, a batch at a time, then draws. Nothing polls, and nothing a client
//! sends can block it.

pub mod decode;
pub mod input;
pub mod keymap;
pub mod term;
pub mod theme;
pub mod view;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::crossterm::event::{self, Event};
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::error::Error;
use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::present::summary;
use crate::search::SearchIndex;
use crate::wizard::{self, Action, Effect, Env, Model, Report};
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
}

impl Host for Tty {
    fn size(&self) -> io::Result<(u16, u16)> {
        Tty::size(self)
    }
    fn copy(&mut self, text: &str) -> io::Result<()> {
        Tty::copy(self, text)
    }
    fn suspend(&mut self) -> io::Result<()> {
        self.leave();
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
        self.enter()
    }
}

/// Where the summary goes when the wizard ends.
enum SummaryTo {
    Stdout,
    /// A new file, created before the wizard starts so that nothing else is ever overwritten.
    File(String, File),
}

/// Open `--summary FILE` as a new file: an existing one, a symlink, a FIFO or a device is
/// refused before the screen changes, so a mistake costs nothing and nothing is replaced.
fn summary_target(summary: Option<&str>) -> Result<Option<SummaryTo>, Error> {
    match summary {
        None => Ok(None),
        Some("-") => Ok(Some(SummaryTo::Stdout)),
        Some(path) => match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
        {
            Ok(file) => Ok(Some(SummaryTo::File(path.to_string(), file))),
            Err(source) if source.kind() == io::ErrorKind::AlreadyExists => {
                Err(Error::SummaryExists {
                    path: path.to_string(),
                })
            }
            Err(source) => Err(Error::SummaryFile {
                path: path.to_string(),
                source,
            }),
        },
    }
}

/// Whether TERM names a terminal that can draw a full screen.
fn capable_terminal() -> Result<(), Error> {
    match std::env::var("TERM") {
        Ok(term) if !term.is_empty() && term != "dumb" => Ok(()),
        Ok(term) => Err(Error::DumbTerminal(term)),
        Err(_) => Err(Error::DumbTerminal(String::new())),
    }
}

/// Run the wizard in `lang` until the user quits, a signal ends it or the terminal hangs up;
/// then write the summary where `summary` says (`-`: standard output).
pub fn run(
    kb: &Knowledge,
    loc: &Localizer,
    lang: Lang,
    summary: Option<&str>,
) -> Result<(), Error> {
    if !io::stdin().is_terminal() {
        return Err(Error::NotATerminal);
    }
    let mut tty = Tty::open().map_err(|_| Error::NotATerminal)?;
    capable_terminal()?;
    let target = summary_target(summary)?;
    let (outbox, inbox) = channel();
    forward_signals(&outbox)?;
    let size = tty.size().map_err(|_| Error::NotATerminal)?;
    let writer = tty.handle().map_err(Error::Terminal)?;
    let reader = tty.handle().map_err(Error::Terminal)?;
    tty.enter().map_err(Error::Terminal)?;
    // A panic puts the terminal back, then prints its message on the main screen; it never
    // aborts, so it leaves no core file.
    if let Some((file, saved)) = tty.restorer() {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            term::restore(&file, &saved);
            default_hook(info);
        }));
    }
    let tx = outbox.0.clone();
    thread::spawn(move || term::read_keys(reader, tx));
    let mut model = Model::new(kb, lang);
    let backend = CrosstermBackend::new(BufWriter::new(writer));
    let options = TerminalOptions {
        viewport: Viewport::Fixed(term::drawable(size)),
    };
    let result = match Terminal::with_options(backend, options) {
        Ok(terminal) => {
            // ratatui's Terminal shows the cursor when dropped, and reports a failure with
            // eprintln!, which panics when the link (and so stderr) is gone. Restoring is
            // `tty.leave`'s work; the terminal is never dropped.
            let mut terminal = std::mem::ManuallyDrop::new(terminal);
            event_loop(
                &mut terminal,
                &mut tty,
                &mut model,
                kb,
                loc,
                Theme::from_env(),
                &inbox,
            )
        }
        Err(e) => Err(io::Error::other(e.to_string())),
    };
    tty.leave();
    // The summary is written however the session ended, a hang-up included.
    let written = match target {
        None => Ok(()),
        Some(to) => {
            let text = summary::text(&model, kb, loc.tr(model.lang));
            match to {
                SummaryTo::Stdout => io::stdout()
                    .write_all(text.as_bytes())
                    .and_then(|()| io::stdout().flush())
                    .map_err(Error::Output),
                SummaryTo::File(path, mut file) => file
                    .write_all(text.as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(|source| Error::SummaryFile { path, source }),
            }
        }
    };
    result.map_err(Error::Terminal)?;
    written
}

/// The signals that end the wizard, and those that resize and suspend it, reach the loop as
/// messages, so the terminal is always put back and the summary written.
fn forward_signals(outbox: &Outbox) -> Result<(), Error> {
    use signal_hook::consts::*;
    let mut signals = signal_hook::iterator::Signals::new([
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGWINCH, SIGTSTP, SIGCONT,
    ])
    .map_err(Error::Terminal)?;
    let tx = outbox.0.clone();
    thread::spawn(move || {
        for signal in signals.forever() {
            let incoming = match signal {
                SIGWINCH | SIGCONT => Incoming::Resize,
                SIGTSTP => Incoming::Suspend,
                _ => Incoming::Stop,
            };
            if tx.send(incoming).is_err() {
                break;
            }
        }
    });
    Ok(())
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
                        && k.code == event::KeyCode::F(12)
                    {
                        panic!("panic requested by MAILWIZ_TEST_PANIC");
                    }
                    let index = model.typing().then(|| searcher.get(kb, loc, model.lang));
                    input::handle(model, Env { kb, index }, &event)
                }
            };
            if let Some(Effect::CopySummary) = effect {
                host.copy(&summary::text(model, kb, loc.tr(model.lang)))?;
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

    /// A terminal of a given size that records what was copied.
    struct FakeHost {
        size: io::Result<(u16, u16)>,
        copied: Vec<String>,
    }

    impl Host for FakeHost {
        fn size(&self) -> io::Result<(u16, u16)> {
            match &self.size {
                Ok(s) => Ok(*s),
                Err(e) => Err(io::Error::new(e.kind(), e.to_string())),
            }
        }
        fn copy(&mut self, text: &str) -> io::Result<()> {
            self.copied.push(text.to_string());
            Ok(())
        }
        fn suspend(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    struct Ran {
        result: io::Result<()>,
        model: Model,
        screen: String,
        area: ratatui::layout::Rect,
        copied: Vec<String>,
    }

    fn run_with(inbox: &Receiver<Incoming>, size: io::Result<(u16, u16)>) -> Ran {
        let kb = Knowledge::embedded().unwrap();
        let loc = Localizer::new().with_profile(&kb.profile);
        let options = TerminalOptions {
            viewport: Viewport::Fixed(term::drawable((80, 24))),
        };
        // As large as the largest viewport, which starts at 80x24.
        let backend = TestBackend::new(term::MAX_COLUMNS, term::MAX_ROWS);
        let mut terminal = Terminal::with_options(backend, options).unwrap();
        let mut host = FakeHost {
            size,
            copied: Vec::new(),
        };
        let mut model = Model::new(&kb, Lang::FALLBACK);
        let theme = Theme { color: false };
        let result = event_loop(
            &mut terminal,
            &mut host,
            &mut model,
            &kb,
            &loc,
            theme,
            inbox,
        );
        let area = terminal.get_frame().area();
        Ran {
            result,
            model,
            screen: terminal.backend().to_string(),
            area,
            copied: host.copied,
        }
    }

    fn run_loop(inbox: &Receiver<Incoming>) -> (io::Result<()>, Model, String) {
        let ran = run_with(inbox, Ok((80, 24)));
        (ran.result, ran.model, ran.screen)
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
    fn a_signal_a_hang_up_or_a_closed_channel_ends_the_loop() {
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
        outbox.0.send(Incoming::HangUp).unwrap();
        outbox.0.send(key('1')).unwrap();
        let (result, model, _) = run_loop(&inbox);
        assert!(result.is_ok());
        assert_eq!(model.pos.node, "ui-start", "nothing after the hang-up");

        let (outbox, inbox) = channel();
        drop(outbox);
        assert!(run_loop(&inbox).0.is_ok());
    }

    /// A window claimed to be 65535x65535 is drawn within the cap; a terminal that cannot say
    /// its size any more is gone.
    #[test]
    fn a_resize_is_drawn_within_the_cap_and_a_lost_size_ends_the_loop() {
        let (outbox, inbox) = channel();
        outbox.0.send(Incoming::Resize).unwrap();
        outbox.0.send(Incoming::Stop).unwrap();
        let ran = run_with(&inbox, Ok((65535, 65535)));
        assert!(ran.result.is_ok());
        assert_eq!(
            (ran.area.width, ran.area.height),
            (term::MAX_COLUMNS, term::MAX_ROWS)
        );

        let (outbox, inbox) = channel();
        outbox.0.send(Incoming::Resize).unwrap();
        outbox.0.send(key('1')).unwrap();
        let ran = run_with(&inbox, Err(io::Error::other("EIO")));
        assert!(ran.result.is_ok());
        assert_eq!(ran.model.pos.node, "ui-start");
    }

    #[test]
    fn c_on_the_summary_copies_it() {
        let (outbox, inbox) = channel();
        for k in ['s', 'c', 'q'] {
            outbox.0.send(key(k)).unwrap();
        }
        let ran = run_with(&inbox, Ok((80, 24)));
        assert_eq!(ran.copied.len(), 1);
        assert!(ran.copied[0].contains("mailwiz"), "{:?}", ran.copied);
    }
}
