//! The terminal the wizard draws on: `/dev/tty`, opened by the wizard itself, so that standard
//! output stays free for `--summary -`. Its size is read with an ioctl on that file (never
//! through a program such as `tput`), its keys are read by a thread that knows a hang-up when it
//! sees one, and leaving it is best-effort: a terminal that has gone away cannot fail the exit.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::sync::mpsc::SyncSender;
use std::time::Duration;

use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::termios::{self, OptionalActions, Termios};

use super::Incoming;
use super::decode::Decoder;

/// The largest window drawn, in columns and rows: beyond it the wizard draws in the top left
/// corner, so a client that claims 65535x65535 cannot make it allocate by the window's area.
pub const MAX_COLUMNS: u16 = 400;
pub const MAX_ROWS: u16 = 150;

/// How long an unfinished escape sequence waits for the rest before it counts as its keys
/// (Alt-[ sends ESC [ and nothing more).
const ESC_WAIT: Duration = Duration::from_millis(100);
/// How long a paste may pause before it counts as ended without its end marker.
const PASTE_WAIT: Duration = Duration::from_secs(1);

/// The controlling terminal, opened for reading and writing.
pub struct Tty {
    file: File,
    /// The modes found when the wizard started, put back when it leaves.
    saved: Option<Termios>,
}

impl Tty {
    /// Open the controlling terminal; there is none under `ssh -T` or from cron.
    pub fn open() -> io::Result<Tty> {
        let file = OpenOptions::new().read(true).write(true).open("/dev/tty")?;
        Ok(Tty { file, saved: None })
    }

    /// The window's size as (columns, rows), as the terminal reports it.
    pub fn size(&self) -> io::Result<(u16, u16)> {
        let ws = termios::tcgetwinsize(&self.file)?;
        Ok((ws.ws_col, ws.ws_row))
    }

    /// Another handle on the same terminal (for the backend, the reader, the clipboard).
    pub fn handle(&self) -> io::Result<File> {
        self.file.try_clone()
    }

    /// Raw mode, the alternate screen, no cursor, bracketed paste.
    pub fn enter(&mut self) -> io::Result<()> {
        let saved = termios::tcgetattr(&self.file)?;
        let mut raw = saved.clone();
        raw.make_raw();
        termios::tcsetattr(&self.file, OptionalActions::Now, &raw)?;
        self.saved = Some(saved);
        let mut out = io::BufWriter::new(&self.file);
        queue!(
            out,
            EnterAlternateScreen,
            Hide,
            EnableBracketedPaste,
            Clear(ClearType::All)
        )?;
        out.flush()
    }

    /// Put the terminal back as it was found, as far as it still can be; never fails.
    pub fn leave(&mut self) {
        if let Some(saved) = self.saved.take() {
            restore(&self.file, &saved);
        }
    }

    /// What the panic hook needs to put the terminal back from anywhere.
    pub fn restorer(&self) -> Option<(File, Termios)> {
        Some((self.file.try_clone().ok()?, self.saved.clone()?))
    }

    /// OSC 52: the terminal puts the text on the clipboard, which works over SSH too.
    pub fn copy(&self, text: &str) -> io::Result<()> {
        let mut out = io::BufWriter::new(&self.file);
        queue!(out, CopyToClipboard::to_clipboard_from(text))?;
        out.flush()
    }
}

/// Leave the alternate screen with the cursor shown and bracketed paste off, and put the modes
/// back; every step is tried whatever the one before did.
pub fn restore(file: &File, saved: &Termios) {
    let mut out = io::BufWriter::new(file);
    let _ = queue!(out, DisableBracketedPaste, Show, LeaveAlternateScreen);
    let _ = out.flush();
    let _ = termios::tcsetattr(file, OptionalActions::Now, saved);
}

/// The size to draw at: the window's, at most [`MAX_COLUMNS`] x [`MAX_ROWS`].
pub fn drawable((columns, rows): (u16, u16)) -> ratatui::layout::Rect {
    ratatui::layout::Rect::new(0, 0, columns.min(MAX_COLUMNS), rows.min(MAX_ROWS))
}

/// Read the terminal until it hangs up or the loop has gone, sending what it decodes. A read of
/// nothing (EOF), an error such as EIO, or poll's hang-up flag is the end of the session; a
/// sequence left unfinished becomes its keys after [`ESC_WAIT`]. Whatever ends this, the loop
/// hears of it.
pub fn read_keys(mut file: File, tx: SyncSender<Incoming>) {
    /// Tells the loop the terminal is gone, also if this thread panics.
    struct Gone(SyncSender<Incoming>);
    impl Drop for Gone {
        fn drop(&mut self) {
            let _ = self.0.send(Incoming::HangUp);
        }
    }
    let gone = Gone(tx.clone());
    let mut decoder = Decoder::default();
    let mut buf = [0u8; 4096];
    let mut events = Vec::new();
    loop {
        let wait = if decoder.in_paste() {
            Some(PASTE_WAIT)
        } else if decoder.waiting() {
            Some(ESC_WAIT)
        } else {
            None
        };
        let timeout = wait.map(|d| Timespec {
            tv_sec: d.as_secs() as _,
            tv_nsec: d.subsec_nanos().into(),
        });
        let mut fds = [PollFd::new(&file, PollFlags::IN)];
        match rustix::event::poll(&mut fds, timeout.as_ref()) {
            Ok(0) => decoder.idle(&mut events),
            Ok(_) => {
                let flags = fds[0].revents();
                if !flags.contains(PollFlags::IN)
                    && flags.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
                {
                    break;
                }
                match file.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => decoder.feed(&buf[..n], &mut events),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => break,
        }
        for event in events.drain(..) {
            if tx.send(Incoming::Terminal(event)).is_err() {
                return;
            }
        }
    }
    drop(gone);
}
