//! Starting the wizard on the terminal and ending it: the checks before the screen changes, the
//! threads that feed the loop, restoring the terminal however the session ended, and the summary.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

use ratatui::backend::CrosstermBackend;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::{Host, Incoming, Outbox, Theme, Tty, channel, event_loop, term};
use crate::error::Error;
use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::present::summary::{self, Format};
use crate::wizard::{Model, Report, Session, SummaryTarget};

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

/// The terminal with the live checks beside it: each run in a thread of its own, which reports
/// through the outbox and stops between checks once its result is no longer wanted.
struct Live<'a> {
    tty: &'a mut Tty,
    outbox: Outbox,
    settings: crate::checks::Settings,
    runs: Vec<(u64, Arc<AtomicBool>)>,
    /// The knowledge, for the thread that reads the mail log.
    kb: Arc<Knowledge>,
    log: Option<(u64, Arc<AtomicBool>)>,
}

/// A reader that fails once `stop` is set: the mail log's thread ends at its next block.
struct Stoppable<R> {
    inner: R,
    stop: Arc<AtomicBool>,
}

impl<R: io::Read> io::Read for Stoppable<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(io::Error::other("stopped"));
        }
        self.inner.read(buf)
    }
}

impl Host for Live<'_> {
    fn size(&self) -> io::Result<(u16, u16)> {
        Tty::size(self.tty)
    }
    fn copy(&mut self, text: &str) -> io::Result<()> {
        Tty::copy(self.tty, text)
    }
    fn suspend(&mut self) -> io::Result<()> {
        Host::suspend(self.tty)
    }
    fn probe(&mut self, request: crate::wizard::live::Request) {
        let Ok(target) = crate::checks::Target::parse(&request.target) else {
            self.outbox.report(Report::Done { id: request.id });
            return;
        };
        let stop = Arc::new(AtomicBool::new(false));
        self.runs.push((request.id, stop.clone()));
        let outbox = self.outbox.clone();
        let mut settings = self.settings.clone();
        settings.dkim_selectors = request.dkim_selectors.clone();
        let id = request.id;
        // The spinner's clock: a tick every tenth of a second until the run ends or is stopped.
        let done = Arc::new(AtomicBool::new(false));
        {
            let (outbox, stop, done) = (outbox.clone(), stop.clone(), done.clone());
            thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) && !done.load(Ordering::Relaxed) {
                    thread::sleep(std::time::Duration::from_millis(100));
                    if !outbox.report(Report::Tick) {
                        return;
                    }
                }
            });
        }
        thread::spawn(move || {
            let stopped = || stop.load(Ordering::Relaxed);
            crate::checks::run(
                &target,
                &settings,
                &mut |finding| {
                    if !stopped() {
                        outbox.report(Report::Found { id, finding });
                    }
                },
                &stopped,
            );
            done.store(true, Ordering::Relaxed);
            outbox.report(Report::Done { id });
        });
    }
    fn read_log(&mut self, id: u64, path: String) {
        let stop = Arc::new(AtomicBool::new(false));
        if let Some((_, old)) = self.log.replace((id, stop.clone())) {
            old.store(true, Ordering::Relaxed);
        }
        let (outbox, kb) = (self.outbox.clone(), self.kb.clone());
        thread::spawn(move || {
            let result = (|| {
                let source = crate::maillog::source::open(std::path::Path::new(&path))?;
                let total = source.size.max(1);
                let mut scan = crate::maillog::Scan::new(
                    &kb,
                    crate::maillog::Filter::default(),
                    source.year,
                    source.month,
                );
                let reader = Stoppable {
                    inner: source.reader,
                    stop: stop.clone(),
                };
                // A report at each hundredth of the file, so that the bar moves and the queue
                // stays short.
                let mut next = 0;
                scan.read(reader, &mut |read| {
                    if read >= next {
                        next = read + total / 100 + 1;
                        outbox.report(Report::LogProgress {
                            id,
                            read: read.min(total),
                            total,
                        });
                    }
                })
                .map_err(|e| e.to_string())?;
                Ok(scan.summary(5))
            })();
            if !stop.load(Ordering::Relaxed) {
                outbox.report(Report::LogDone { id, result });
            }
        });
    }
    fn keep_log(&mut self, id: Option<u64>) {
        if self.log.as_ref().is_some_and(|(i, _)| Some(*i) != id)
            && let Some((_, stop)) = self.log.take()
        {
            stop.store(true, Ordering::Relaxed);
        }
    }
    fn keep_running(&mut self, ids: &[u64]) {
        self.runs.retain(|(id, stop)| {
            let keep = ids.contains(id);
            if !keep {
                stop.store(true, Ordering::Relaxed);
            }
            keep
        });
    }
}

/// What the wizard's live checks look at and ask, from the command line and the profile.
#[derive(Debug, Clone, Default)]
pub struct LiveOptions {
    pub enabled: bool,
    pub domain: Option<String>,
    pub ip: Option<String>,
    pub only: Option<String>,
    pub resolver: Option<std::net::SocketAddr>,
    /// The mail log the log steps may read.
    pub log_path: Option<String>,
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
/// then write the summary where `summary` says (`-`: standard output), as `format` says.
pub fn run(
    kb: &Knowledge,
    loc: &Localizer,
    lang: Lang,
    caller: Option<Lang>,
    summary: Option<&str>,
    format: Format,
    live: LiveOptions,
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
    model.session = Session {
        started: super::clock::now(),
        summary_to: match &target {
            None => SummaryTarget::Nowhere,
            Some(SummaryTo::Stdout) => SummaryTarget::Stdout,
            Some(SummaryTo::File(path, _)) => SummaryTarget::File(path.clone()),
        },
    };
    model.caller = caller.filter(|c| *c != lang);
    model.live.enabled = live.enabled;
    model.live.domain = live.domain;
    model.live.ip = live.ip;
    model.live.only = live.only;
    model.live.smtp_server = Some(kb.profile.addresses.smtp_server.clone());
    model.log_path = live.log_path;
    model.live.imap_server = Some(kb.profile.addresses.imap_server.clone());
    let mut settings = crate::checks::Settings::from_profile(&kb.profile);
    settings.resolver = live.resolver;
    model.live.dkim_selectors = settings.dkim_selectors.clone();
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
            let mut host = Live {
                tty: &mut tty,
                outbox: outbox.clone(),
                settings,
                runs: Vec::new(),
                kb: Arc::new(kb.clone()),
                log: None,
            };
            event_loop(
                &mut terminal,
                &mut host,
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
            let text = summary::render(&model, kb, loc.tr(model.lang), format);
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
