//! End-to-end tests of the real `mailwiz` binary in a pseudo-terminal.
//!
//! Each test starts the wizard in a pty, feeds everything it writes into a `vt100` terminal
//! emulator and drives it with key presses, waiting for text to appear on the emulated screen
//! before the next step (never for a fixed time). Afterwards it checks that the terminal was
//! given back as it was found: the main screen, a visible cursor and cooked mode. Cooked mode is
//! read with `stty -a`, which a wrapping `sh` runs in the same pty once mailwiz has exited.

#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use mailwiz::i18n::{Lang, Localizer};
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any one wait for the screen may take.
const DEADLINE: Duration = Duration::from_secs(10);

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

const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";
const F12: &str = "\x1b[24~";

/// How to start the wizard.
struct Launch<'a> {
    rows: u16,
    cols: u16,
    env: &'a [(&'a str, &'a str)],
    /// Arguments for mailwiz.
    args: &'a [&'a str],
    /// Run mailwiz inside `sh` so that `stty -a` reports the pty's modes after it exits.
    stty_after: bool,
}

impl Default for Launch<'_> {
    fn default() -> Self {
        Launch {
            rows: 24,
            cols: 80,
            env: &[],
            args: &[],
            stty_after: true,
        }
    }
}

/// The wizard running in a pty, and the emulated screen it draws on.
struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Every byte the wizard wrote, to check what reached the terminal.
    raw: Vec<u8>,
    /// The pty was closed: nothing more will come.
    eof: bool,
}

impl Session {
    fn start(launch: Launch) -> Session {
        let size = PtySize {
            rows: launch.rows,
            cols: launch.cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let bin = env!("CARGO_BIN_EXE_mailwiz");
        let mut cmd = if launch.stty_after {
            let mut cmd = CommandBuilder::new("sh");
            cmd.args(["-c", WRAPPER, bin]);
            cmd.args(launch.args);
            cmd
        } else {
            let mut cmd = CommandBuilder::new(bin);
            cmd.args(launch.args);
            cmd
        };
        for key in CLEARED_ENV {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        for (key, value) in launch.env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn mailwiz");
        // Only the child may hold the slave side, so that the master reads EOF when it exits.
        drop(pair.slave);

        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let (tx, output) = mpsc::channel();
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Session {
            master: pair.master,
            writer,
            child,
            output,
            parser: vt100::Parser::new(launch.rows, launch.cols, 0),
            raw: Vec::new(),
            eof: false,
        }
    }

    /// What the screen shows now.
    fn screen_text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Whether the screen shows `needle`, wherever the text was wrapped.
    fn shows(&self, needle: &str) -> bool {
        flat(&self.screen_text()).contains(&flat(needle))
    }

    /// The rows of the screen, each as wide as the screen.
    fn rows(&self) -> Vec<String> {
        let screen = self.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols).collect()
    }

    /// Read from the pty until the screen shows `needle`; panic with the screen after the
    /// deadline or when the program has gone without showing it.
    #[track_caller]
    fn wait_for(&mut self, needle: &str) {
        self.wait_until(&format!("{needle:?}"), |s| s.shows(needle));
    }

    /// Read from the pty until `done` holds for what the screen shows; panic with the screen
    /// after the deadline or when the program has gone first.
    #[track_caller]
    fn wait_until(&mut self, what: &str, done: impl Fn(&Session) -> bool) {
        let needle = what;
        let deadline = Instant::now() + DEADLINE;
        loop {
            if done(self) {
                return;
            }
            if self.eof {
                panic!(
                    "the program ended without showing {needle}; the screen:\n{}",
                    self.screen_text()
                );
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => {
                    self.raw.extend_from_slice(&bytes);
                    self.parser.process(&bytes);
                }
                Err(RecvTimeoutError::Disconnected) => self.eof = true,
                Err(RecvTimeoutError::Timeout) => panic!(
                    "{needle} did not appear within {DEADLINE:?}; the last bytes written: {:?}; the screen:\n{}",
                    String::from_utf8_lossy(&self.raw[self.raw.len().saturating_sub(300)..]),
                    self.screen_text()
                ),
            }
        }
    }

    /// Type keys.
    fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .expect("write to the pty");
    }

    /// Change the window size, as a terminal emulator does when its window is resized.
    fn resize(&mut self, rows: u16, cols: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
        self.parser.screen_mut().set_size(rows, cols);
    }

    /// Read everything up to the end of the output, then collect the exit status.
    #[track_caller]
    fn finish(&mut self) -> ExitStatus {
        let deadline = Instant::now() + DEADLINE;
        while !self.eof {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => {
                    self.raw.extend_from_slice(&bytes);
                    self.parser.process(&bytes);
                }
                Err(RecvTimeoutError::Disconnected) => self.eof = true,
                Err(RecvTimeoutError::Timeout) => panic!(
                    "the program did not end within {DEADLINE:?}; the screen:\n{}",
                    self.screen_text()
                ),
            }
        }
        self.child.wait().expect("wait for the program")
    }

    /// The main screen is back and the cursor is visible.
    #[track_caller]
    fn assert_screen_restored(&self) {
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

    /// `stty -a`, run after mailwiz, reports canonical mode and echo as on.
    #[track_caller]
    fn assert_cooked_mode(&self) {
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
    fn assert_exit_and_restored(&mut self, expect_success: bool) -> ExitStatus {
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

    fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's process id")
    }
}

impl Drop for Session {
    /// A failed test must not leave the wizard running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// Words separated by single spaces, so that text matches however it was wrapped.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `n` words of a text, to find it on the screen however it was wrapped or cut.
fn words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The wizard has redrawn itself for a `cols`×`rows` window: the header reaches its last column
/// (the language's name is right-aligned there) and the footer is on its last row.
fn fills(s: &Session, rows: u16, cols: u16, language: &str) -> bool {
    let screen = s.rows();
    let header = screen[0].trim_end();
    screen.len() == usize::from(rows)
        && header.ends_with(language)
        && header.chars().count() == usize::from(cols) - 1
        && !screen[usize::from(rows) - 1].trim().is_empty()
}

/// For each language: start → pre-checks → scenario 7 → a bounce code → a lookup → summary →
/// quit, reading the screen back in that language, while the window grows to 120×40, shrinks to
/// 40×12, goes back to 80×24 and, on the summary, to 20×5 and back.
#[test]
fn walk_in_every_language_with_resizes() {
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        let t = |id: &str| loc.text(id);
        let name = t("ui-language-name");
        let mut s = Session::start(Launch {
            args: &["--lang", lang.code()],
            ..Launch::default()
        });
        s.wait_for(&t("ui-start-prechecks"));
        assert!(fills(&s, 24, 80, &name), "{lang:?}:\n{}", s.screen_text());

        s.send("1");
        s.wait_for(&t("check-service-title"));
        s.send("y");
        s.wait_for(&t("check-webmail-title"));
        s.send("y");
        s.wait_for(&t("ui-advice-heading"));
        s.send(ENTER);
        s.wait_for(&t("check-maintenance-title"));

        s.resize(40, 120);
        s.wait_until("the wizard at 120×40", |s| fills(s, 40, 120, &name));
        s.wait_for(&t("check-maintenance-title"));
        s.send("y");
        s.wait_for(&t("check-mx-title"));

        s.resize(12, 40);
        s.wait_until("the wizard at 40×12", |s| {
            let rows = s.rows();
            rows.len() == 12 && !rows[11].trim().is_empty() && rows[0].contains(&name)
        });
        s.wait_for(&t("check-mx-title"));
        s.send("y");
        s.wait_for(&t("ui-pick-title"));
        s.send("7");
        s.wait_for(&t("scenario-7-bounce-title"));
        s.send("y");
        s.wait_for(&words(&t("scenario-7-code-text"), 3));
        s.send("550");
        s.wait_for("> 550");
        s.send(ENTER);
        s.wait_for("550 ·");

        s.resize(24, 80);
        s.wait_until("the wizard at 80×24", |s| fills(s, 24, 80, &name));
        s.wait_for(&t("code-550-summary"));

        s.send("/554");
        s.wait_for("> 554");
        s.send(ENTER);
        s.wait_for("554 ·");
        s.wait_for(&t("code-554-summary"));

        s.send("s");
        s.wait_for(&t("ui-summary-heading"));
        s.send("jjjjj");
        s.wait_for(&t("ui-summary-codes"));
        s.wait_for(&format!("550: {}", t("code-550-summary")));
        s.wait_for(&format!("554: {}", t("code-554-summary")));

        s.resize(5, 20);
        let too_small = words(&t("ui-too-small"), 2);
        s.wait_for(&too_small);
        s.resize(24, 80);
        s.wait_until("the summary at 80×24 again", |s| {
            fills(s, 24, 80, &name) && !s.shows(&too_small)
        });
        s.wait_for(&t("ui-summary-codes"));

        s.send("q");
        s.assert_exit_and_restored(true);
    }
}

#[test]
fn walk_in_polish_via_environment() {
    let mut s = Session::start(Launch {
        env: &[("LANG", "pl_PL.UTF-8")],
        ..Launch::default()
    });
    s.wait_for("Uruchom kontrolę wstępną");
    s.send("2");
    s.wait_for("Który z opisów najlepiej pasuje do problemu?");
    s.send("1");
    s.wait_for("Wysłana, ale nie dotarła?");
    s.send("L");
    s.wait_for("Išsiųstas, bet negautas?");
    assert!(
        !s.shows("Wysłana, ale nie dotarła?"),
        "the Polish title is still shown after switching to Lithuanian; the screen:\n{}",
        s.screen_text()
    );
    s.send("q");
    s.assert_exit_and_restored(true);
}

#[test]
fn ctrl_c_sigterm_and_sighup_restore_the_terminal() {
    // Ctrl-C arrives as a key in raw mode and quits.
    let mut s = Session::start(Launch::default());
    s.wait_for("Run the pre-checks");
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);

    // SIGTERM, and SIGHUP (a dropped SSH link), are sent to mailwiz itself, so it runs without
    // the `sh` around it.
    for signal in ["-TERM", "-HUP"] {
        let mut s = Session::start(Launch {
            stty_after: false,
            ..Launch::default()
        });
        s.wait_for("Run the pre-checks");
        let pid = s.pid().to_string();
        let kill = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("run kill");
        assert!(kill.success(), "kill {signal} {pid} failed: {kill:?}");
        let status = s.finish();
        assert!(
            status.success(),
            "mailwiz did not exit cleanly on {signal}: {status:?}; the screen:\n{}",
            s.screen_text()
        );
        s.assert_screen_restored();
    }
}

#[test]
fn too_small_window_says_so() {
    let mut s = Session::start(Launch {
        rows: 5,
        cols: 20,
        ..Launch::default()
    });
    s.wait_for("window is too small");
    assert!(
        !s.shows("Run the pre-checks"),
        "the start menu is drawn in a 20×5 window; the screen:\n{}",
        s.screen_text()
    );
    // Resize at once: the wizard must notice it even before any key is pressed.
    s.resize(24, 80);
    s.wait_for("Run the pre-checks");
    assert!(
        !s.shows("too small"),
        "the too-small message is still shown at 80×24; the screen:\n{}",
        s.screen_text()
    );
    s.send("q");
    s.assert_exit_and_restored(true);
}

#[test]
fn panic_restores_the_terminal_and_prints_after() {
    let mut s = Session::start(Launch {
        env: &[("MAILWIZ_TEST_PANIC", "1")],
        ..Launch::default()
    });
    s.wait_for("Run the pre-checks");
    s.send(F12);
    s.assert_exit_and_restored(false);
    // The message is on the main screen, which is all `contents` shows once the alternate
    // screen is off.
    assert!(
        s.shows("panic requested by MAILWIZ_TEST_PANIC"),
        "the panic message is not on the main screen; the screen:\n{}",
        s.screen_text()
    );
}

#[test]
fn the_summary_is_written_on_quit_after_the_terminal_is_restored() {
    let path = std::env::temp_dir().join(format!("mailwiz-summary-{}.txt", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let path_arg = path.to_str().unwrap();
    let mut s = Session::start(Launch {
        args: &["--summary", path_arg, "--lang", "fi"],
        ..Launch::default()
    });
    s.wait_for("Tee alkutarkistukset");
    s.send("1");
    s.send("n");
    s.wait_for("Mitä tehdä");
    s.send("q");
    s.assert_exit_and_restored(true);
    let summary = std::fs::read_to_string(&path).expect("the summary file");
    assert!(
        summary.starts_with("mailwiz-istunnon yhteenveto"),
        "{summary}"
    );
    assert!(
        summary.contains("Palvelu ja verkkotunnus voimassa: Ei"),
        "{summary}"
    );
    assert!(
        !summary.contains('\u{1b}'),
        "escape sequences in the summary file"
    );
    let _ = std::fs::remove_file(&path);
}

#[test]
fn lookup_from_any_screen_and_a_pasted_bounce() {
    let mut s = Session::start(Launch {
        env: &[("LANG", "fi_FI.UTF-8")],
        ..Launch::default()
    });
    s.wait_for("Tee alkutarkistukset");
    s.send("2");
    s.send("5");
    s.wait_for("Postiloki");
    // `/ 5 5 4`: 554 first, Enter explains it.
    s.send("/554");
    s.wait_for("> 554");
    s.send(ENTER);
    s.wait_for("554 ·");
    s.send("\x1b");
    s.wait_for("> 554");
    s.send("\x1b");
    s.wait_for("Postiloki");
    // A pasted Gmail 5.7.26 bounce is explained at once, in Finnish, with its own advice.
    s.send("\x1b[200~550-5.7.26 This mail is unauthenticated, which poses a security risk to the\r\n550 5.7.26 sender and Gmail users, and has been blocked. - gsmtp\x1b[201~");
    s.wait_for("550 5.7.26 ·");
    s.wait_for("Erityisesti");
    s.send("q");
    s.assert_exit_and_restored(true);
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let mut s = Session::start(Launch::default());
    s.wait_for("Run the pre-checks");
    // A bounce carrying a clipboard write (OSC 52), a title change (OSC 0), a DCS string, a
    // screen clear and a bidi override, pasted, then the same typed into the lookup.
    let hostile =
        "550 5.1.1 \x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x07\x1bPqevil\x1b\\\u{202e}User unknown";
    s.send(&format!("\x1b[200~{hostile}\x1b[201~"));
    s.wait_for("550 5.1.1 ·");
    s.send("s");
    s.wait_for("User unknown");
    s.send("q");
    s.assert_exit_and_restored(true);
    let raw = String::from_utf8_lossy(&s.raw);
    for bad in ["52;c;cm0gLXJmIH4=", "]0;pwned", "Pqevil", "\u{202e}"] {
        assert!(!raw.contains(bad), "{bad:?} reached the terminal");
    }
}

/// Restricted mode, as under `ForceCommand`: the keys that would suspend the program or make the
/// terminal send a signal are plain keys that do nothing, the language can be switched, and the
/// summary goes to standard output once the terminal is restored.
#[test]
fn restricted_mode_has_no_way_out_but_quit() {
    let mut s = Session::start(Launch {
        args: &["--summary", "-"],
        env: &[("MAILWIZ_RESTRICTED", "1")],
        ..Launch::default()
    });
    s.wait_for("Run the pre-checks");
    // Ctrl-Z (suspend), Ctrl-\ (quit with a core dump), Ctrl-S (stop output), `!` and `:`.
    s.send("\x1a\x1c\x13!:");
    s.send("1");
    s.wait_for("Service and domain active");
    s.send("n");
    s.wait_for("What to do");
    s.send("L");
    s.wait_for("Aktywna usługa i domena");
    s.send("q");
    s.assert_exit_and_restored(true);
    // The summary was printed on the main screen, in the language the session ended in.
    s.wait_for("Podsumowanie sesji mailwiz");
    s.wait_for("Aktywna usługa i domena: Nie");
}

/// The peak resident memory of a running process, in KiB.
fn peak_memory_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc status")
}

/// A 1 MiB paste and a 100,000-character line typed into the lookup: each is explained or
/// shown without stalling the wizard (the next key is answered) and without the memory growing
/// with the input beyond a small bound.
#[test]
fn a_huge_paste_and_a_huge_typed_line_stay_bounded() {
    let mut s = Session::start(Launch {
        stty_after: false,
        ..Launch::default()
    });
    s.wait_for("Run the pre-checks");
    let before = peak_memory_kib(s.pid());

    let paste = format!(
        "550 5.1.1 <bob@example.com>: User unknown {}",
        "x".repeat(1 << 20)
    );
    s.send(&format!("\x1b[200~{paste}\x1b[201~"));
    s.wait_for("550 5.1.1 ·");
    s.send("s");
    s.wait_for("mailwiz session summary");
    s.send("\x1b");
    s.wait_for("550 5.1.1 ·");

    s.send("/");
    s.wait_for("Code lookup");
    s.send(&"mailbox ".repeat(12_500));
    s.send("\x7f");
    s.wait_for("mailbox mailbox mailbox");
    s.send("\x1b");
    s.wait_for("550 5.1.1 ·");

    let grown = peak_memory_kib(s.pid()).saturating_sub(before);
    assert!(
        grown < 32 * 1024,
        "the peak memory grew by {grown} KiB for 1 MiB of paste and 100 kB of typing"
    );
    s.send("q");
    let status = s.finish();
    assert!(status.success(), "{status:?}");
    s.assert_screen_restored();
}
