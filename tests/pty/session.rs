//! A pseudo-terminal driver for the real `mailwiz` binary, shared by the end-to-end tests
//! (`tests/pty/`) and the benchmark (`benches/speed.rs`, which includes this file by path).
//!
//! [`Session::start`] runs the binary named in its [`Launch`] in a pty and feeds everything it
//! writes into a `vt100` terminal emulator. Every wait reads the pty until the emulated screen (or
//! the byte stream) shows what is awaited, and panics with the screen after [`DEADLINE`]: nothing
//! here waits for a fixed time. The `assert_*` checks tell whether the terminal was given back as
//! it was found; [`peak_memory_kib`] reads a process's peak resident memory.
//!
//! [`Session::hang_up`] drops the link as a dropped SSH connection does: the kernel hangs up the
//! slave side when the last file descriptor of the master side closes, so the session holds
//! only descriptors it can close: its own duplicates of the master for writing and reading (not
//! `portable_pty`'s writer, which types a newline and Ctrl-D when it is dropped), and a reader
//! thread that stops on request instead of sitting in `read`.

#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::BorrowedFd;
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use rustix::event::{PollFd, PollFlags};
use rustix::termios::Termios;

/// How long any one wait for the screen may take.
pub const DEADLINE: Duration = Duration::from_secs(10);

/// Runs mailwiz (`$0`) with its arguments, then prints the pty's modes, and exits with mailwiz's
/// status.
const WRAPPER: &str = r#""$0" "$@"; status=$?; stty -a; exit $status"#;

/// Variables that would change the language, the colours or the panic output of the wizard.
const CLEARED_ENV: &[&str] = &[
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "NO_COLOR",
    "MAILWIZ_TEST_PANIC",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
];

/// ratatui ends every frame by hiding the cursor.
const FRAME_END: &[u8] = b"\x1b[?25l";

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const F12: &str = "\x1b[24~";
pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
/// `q`, and `y` to the question it asks in a session with answers or looked-up codes (`y` is yes
/// in every language). Without the question the wizard has ended at `q`; the `y`, sent in the
/// same write, is then never read.
pub const QUIT: &str = "qy";

/// How to start the wizard.
pub struct Launch<'a> {
    /// The mailwiz binary to run.
    pub bin: &'a str,
    pub rows: u16,
    pub cols: u16,
    pub env: &'a [(&'a str, &'a str)],
    /// Arguments for mailwiz.
    pub args: &'a [&'a str],
    /// Run mailwiz inside `sh` so that `stty -a` reports the pty's modes after it exits.
    pub stty_after: bool,
    /// Run mailwiz inside this `sh` script instead (`sh -c SCRIPT BIN ARGS...`, so `"$0" "$@"`
    /// is mailwiz with its arguments); `stty_after` is then not used.
    pub script: Option<&'a str>,
    /// The working directory (else `portable_pty`'s default, the home directory).
    pub cwd: Option<&'a Path>,
    /// Variables removed from the environment after `env` is applied (TERM included).
    pub unset: &'a [&'a str],
}

impl<'a> Launch<'a> {
    /// `bin` in an 80×24 window, with no arguments, the language and colour variables cleared,
    /// and `stty -a` after it.
    pub fn new(bin: &'a str) -> Launch<'a> {
        Launch {
            bin,
            rows: 24,
            cols: 80,
            env: &[],
            args: &[],
            stty_after: true,
            script: None,
            cwd: None,
            unset: &[],
        }
    }
}

/// The wizard running in a pty, and the emulated screen it draws on.
pub struct Session {
    /// The master side and the session's duplicates of it; all `None` once the link is dropped.
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<File>,
    /// Closing this stops the reader thread, which then closes its duplicate of the master.
    stop_reader: Option<UnixStream>,
    reader: Option<JoinHandle<()>>,
    child: Box<dyn Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    /// The pty's modes before the program started.
    modes_before: Termios,
    parser: vt100::Parser,
    /// Every byte the wizard wrote, to check what reached the terminal.
    raw: Vec<u8>,
    /// The pty was closed: nothing more will come.
    eof: bool,
}

impl Session {
    pub fn start(launch: Launch) -> Session {
        let size = PtySize {
            rows: launch.rows,
            cols: launch.cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let master_fd = pair
            .master
            .as_raw_fd()
            .expect("the pty master's descriptor");
        // SAFETY: `pair.master` owns this descriptor and is alive for the whole borrow.
        let master = unsafe { BorrowedFd::borrow_raw(master_fd) };
        let duplicate = || {
            File::from(
                master
                    .try_clone_to_owned()
                    .expect("duplicate the pty master"),
            )
        };
        let (writer, reader) = (duplicate(), duplicate());
        let modes_before = rustix::termios::tcgetattr(&writer).expect("the pty's modes");

        let mut cmd = match (launch.script, launch.stty_after) {
            (Some(script), _) => shell(script, launch.bin, launch.args),
            (None, true) => shell(WRAPPER, launch.bin, launch.args),
            (None, false) => {
                let mut cmd = CommandBuilder::new(launch.bin);
                cmd.args(launch.args);
                cmd
            }
        };
        for key in CLEARED_ENV {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        // No test asks anything outside the machine: the wizard's live checks stay off unless a
        // test turns them on (unsetting this) with --resolver pointed at the loopback server.
        cmd.env("MAILWIZ_OFFLINE", "1");
        // Nor reads the profile of the user running the tests.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/config");
        for (key, value) in launch.env {
            cmd.env(key, value);
        }
        for key in launch.unset {
            cmd.env_remove(key);
        }
        if let Some(dir) = launch.cwd {
            cmd.cwd(dir);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("spawn {}: {e}", launch.bin));
        // Only the child may hold the slave side, so that the master reads EOF when it exits.
        drop(pair.slave);

        let (tx, output) = mpsc::channel();
        let (stop_reader, stop) = UnixStream::pair().expect("a socket pair to stop the reader");
        // A thread reads the pty into a channel, so the program never waits on a full buffer.
        let reader = thread::spawn(move || read_pty(reader, stop, tx));
        Session {
            master: Some(pair.master),
            writer: Some(writer),
            stop_reader: Some(stop_reader),
            reader: Some(reader),
            child,
            output,
            modes_before,
            parser: vt100::Parser::new(launch.rows, launch.cols, 0),
            raw: Vec::new(),
            eof: false,
        }
    }

    /// What the screen shows now.
    pub fn screen_text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Whether the screen shows `needle`, wherever the text was wrapped.
    pub fn shows(&self, needle: &str) -> bool {
        flat(&self.screen_text()).contains(&flat(needle))
    }

    /// The rows of the screen, each as wide as the screen.
    pub fn rows(&self) -> Vec<String> {
        let screen = self.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols).collect()
    }

    /// Every byte the program has written so far (as far as it has been read).
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// Read one chunk of output into the screen, or note that the pty was closed; panic with
    /// the screen when nothing comes before `deadline`, saying that `what` was awaited.
    #[track_caller]
    fn read_chunk(&mut self, deadline: Instant, what: &str) {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.output.recv_timeout(left) {
            Ok(bytes) => {
                self.raw.extend_from_slice(&bytes);
                self.parser.process(&bytes);
            }
            Err(RecvTimeoutError::Disconnected) => self.eof = true,
            Err(RecvTimeoutError::Timeout) => panic!(
                "{what} did not come within {DEADLINE:?}; the last bytes written: {:?}; the screen:\n{}",
                String::from_utf8_lossy(&self.raw[self.raw.len().saturating_sub(300)..]),
                self.screen_text()
            ),
        }
    }

    /// Read from the pty until the screen shows `needle`; panic with the screen after the
    /// deadline or when the program has gone without showing it.
    #[track_caller]
    pub fn wait_for(&mut self, needle: &str) {
        self.wait_until(&format!("{needle:?}"), |s| s.shows(needle));
    }

    /// Read from the pty until `done` holds for what the screen shows; panic with the screen
    /// after the deadline or when the program has gone first.
    #[track_caller]
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&Session) -> bool) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            if done(self) {
                return;
            }
            if self.eof {
                panic!(
                    "the program ended without showing {what}; the screen:\n{}",
                    self.screen_text()
                );
            }
            self.read_chunk(deadline, what);
        }
    }

    /// Type keys.
    pub fn send(&mut self, keys: &str) {
        self.send_bytes(keys.as_bytes());
    }

    /// Write bytes to the pty as a terminal would send them.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("the link was dropped");
        writer
            .write_all(bytes)
            .and_then(|()| writer.flush())
            .expect("write to the pty");
    }

    /// Type keys and return the number of bytes the program writes until the frame they cause
    /// has ended (ratatui ends every frame by hiding the cursor).
    #[track_caller]
    pub fn frame_after(&mut self, keys: &str) -> usize {
        self.send(keys);
        let start = self.raw.len();
        let deadline = Instant::now() + DEADLINE;
        while !self.raw[start..]
            .windows(FRAME_END.len())
            .any(|w| w == FRAME_END)
        {
            if self.eof {
                panic!(
                    "the program ended before the frame after {keys:?} did; the screen:\n{}",
                    self.screen_text()
                );
            }
            self.read_chunk(deadline, &format!("the end of the frame after {keys:?}"));
        }
        self.raw.len() - start
    }

    /// Change the window size, as a terminal emulator does when its window is resized.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.resize_pty(rows, cols);
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Change the size the pty reports (and signal it), not the size of the emulated screen:
    /// what a client claims, whatever its window really is.
    pub fn resize_pty(&mut self, rows: u16, cols: u16) {
        self.master
            .as_ref()
            .expect("the link was dropped")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Change the size of the emulated screen only.
    pub fn resize_screen(&mut self, rows: u16, cols: u16) {
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Drop the link, as a dropped SSH connection does: stop the reader, close every descriptor
    /// of the master side (the kernel then hangs up the slave side), and wait for the child to
    /// exit. Panics, with the screen as last read, when it has not exited within [`DEADLINE`].
    #[track_caller]
    pub fn hang_up(&mut self) -> ExitStatus {
        drop(self.stop_reader.take());
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the pty reader thread");
        }
        // What the reader read before it stopped.
        while let Ok(bytes) = self.output.try_recv() {
            self.raw.extend_from_slice(&bytes);
            self.parser.process(&bytes);
        }
        drop(self.writer.take());
        drop(self.master.take());
        self.eof = true;

        let pid = self.pid();
        let child = &mut self.child;
        let status = thread::scope(|scope| {
            let (tx, exited) = mpsc::channel();
            scope.spawn(move || {
                let _ = tx.send(child.wait());
            });
            match exited.recv_timeout(DEADLINE) {
                Ok(status) => Some(status.expect("wait for the program")),
                Err(_) => {
                    // Let the waiting thread end, so that the panic below is reported.
                    kill_group(pid);
                    None
                }
            }
        });
        status.unwrap_or_else(|| {
            panic!(
                "the program did not exit within {DEADLINE:?} after the link was dropped; the screen:\n{}",
                self.screen_text()
            )
        })
    }

    /// Read everything up to the end of the output, then collect the exit status.
    #[track_caller]
    pub fn finish(&mut self) -> ExitStatus {
        let deadline = Instant::now() + DEADLINE;
        while !self.eof {
            self.read_chunk(deadline, "the end of the program");
        }
        self.child.wait().expect("wait for the program")
    }

    /// Press `q` (and yes to its question) and wait for the program to end.
    #[track_caller]
    pub fn quit(&mut self) -> ExitStatus {
        self.send(QUIT);
        self.finish()
    }

    /// The main screen is back and the cursor is visible.
    #[track_caller]
    pub fn assert_screen_restored(&self) {
        let screen = self.parser.screen();
        assert!(
            !screen.alternate_screen(),
            "the alternate screen is still on after exit; the screen:\n{}",
            self.screen_text()
        );
        assert!(
            !screen.hide_cursor(),
            "the cursor is still hidden after exit; the screen:\n{}",
            self.screen_text()
        );
    }

    /// The pty's modes (read on the master side, which needs no program on the slave side) are
    /// those it had before the program started.
    #[track_caller]
    pub fn assert_modes_restored(&self) {
        let master = self.writer.as_ref().expect("the link was dropped");
        let now = rustix::termios::tcgetattr(master).expect("the pty's modes");
        let before = &self.modes_before;
        let modes = |t: &Termios| {
            format!(
                "{:?} {:?} {:?} {:?} {:?}",
                t.input_modes, t.output_modes, t.control_modes, t.local_modes, t.special_codes
            )
        };
        assert_eq!(
            modes(&now),
            modes(before),
            "the pty's modes after exit differ from those before; the screen:\n{}",
            self.screen_text()
        );
    }

    /// `stty -a`, run after mailwiz, reports canonical mode and echo as on.
    #[track_caller]
    pub fn assert_cooked_mode(&self) {
        let text = self.screen_text();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ';')
            .collect();
        for mode in ["icanon", "echo"] {
            assert!(
                words.contains(&mode),
                "stty does not report {mode:?} as on after exit; the screen:\n{text}"
            );
            assert!(
                !words.contains(&format!("-{mode}").as_str()),
                "stty reports {mode:?} as off after exit; the screen:\n{text}"
            );
        }
    }

    /// Wait for the end of the wrapped run (the `stty -a` output) and check that the program
    /// exited as `expect_success` says and left the terminal as it found it.
    #[track_caller]
    pub fn assert_exit_and_restored(&mut self, expect_success: bool) -> ExitStatus {
        self.wait_for("icanon");
        let status = self.finish();
        assert_eq!(
            status.success(),
            expect_success,
            "unexpected exit status {status:?}; the screen:\n{}",
            self.screen_text()
        );
        self.assert_screen_restored();
        self.assert_cooked_mode();
        status
    }

    /// The process id of what was started: mailwiz itself without `stty_after`, else its `sh`.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's process id")
    }
}

impl Drop for Session {
    /// A failed test must not leave the wizard running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            // The whole process group, so that mailwiz behind a shell that ignores SIGHUP goes
            // too; the child is not reaped yet, so its pid names it still.
            if let Some(pid) = self.child.process_id() {
                kill_group(pid);
            }
            let _ = self.child.kill();
        }
        // Closing its end of the socket pair stops the reader thread.
        drop(self.stop_reader.take());
    }
}

/// SIGKILL to the process group of `pid`, a session leader (as `portable_pty` starts every
/// child), with kill(1).
fn kill_group(pid: u32) {
    let _ = std::process::Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .status();
}

/// `sh -c SCRIPT BIN ARGS...`.
fn shell(script: &str, bin: &str, args: &[&str]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", script, bin]);
    cmd.args(args);
    cmd
}

/// Read the pty into `tx` until it is closed (the program and whatever shares its terminal have
/// gone) or `stop` becomes readable (the session closed its end).
fn read_pty(mut pty: File, stop: UnixStream, tx: Sender<Vec<u8>>) {
    let mut buf = [0u8; 8192];
    loop {
        let mut fds = [
            PollFd::new(&pty, PollFlags::IN),
            PollFd::new(&stop, PollFlags::IN),
        ];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => break,
        }
        if !fds[1].revents().is_empty() {
            break;
        }
        match pty.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
}

/// Words separated by single spaces, so that text matches however it was wrapped.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The peak resident memory of a running process, in KiB (VmHWM in `/proc/PID/status`, so
/// Linux only).
pub fn peak_memory_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc status")
}
