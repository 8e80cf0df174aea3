//! End-to-end tests of the real `mailwiz` binary in a pseudo-terminal.
//!
//! Each test starts the wizard in a pty, feeds everything it writes into a `vt100` terminal
//! emulator and drives it with key presses, waiting for text to appear on the emulated screen
//! before the next step (never for a fixed time). Afterwards it checks that the terminal was
//! given back as it was found: the main screen, a visible cursor and cooked mode. Cooked mode is
//! read with `stty -a`, which a wrapping `sh` runs in the same pty once mailwiz has exited.
//!
//! - [`session`]: the pty driver, shared with the benchmark;
//! - [`lookup`]: the lookup in Czech: several words opened with Enter, a recognised text,
//!   Backspace on an empty field, Ctrl-U and F2;
//! - [`scroll`]: nothing hidden: long texts scroll to their end, the selected option stays in view;
//! - [`walks`]: walks through the wizard in every language, while the window is resized, and the
//!   lookup;
//! - [`signals`]: quitting by key, signal or panic, a window too small, the summary on quit;
//! - [`summary`]: `--summary FILE` as JSON and Markdown from a real session, `c` and its
//!   confirmation, `q` asking first;
//! - [`live`]: the live checks in scenario 5, against the loopback name server;
//! - [`hostile`]: text from outside (escape sequences, huge pastes) and restricted mode;
//! - [`hangup`]: the link dropped under the wizard, with and without SIGHUP;
//! - [`clients`]: what a hostile client controls: unfinished escape sequences, endless pastes,
//!   the window size, TERM, the signals, `--summary` naming a file that exists, and memory over
//!   a long session.

#![cfg(unix)]

mod clients;
mod hangup;
mod hostile;
mod live;
mod lookup;
/// The real servers on loopback that the live checks are tested against.
#[path = "../loopback/mod.rs"]
mod loopback;
mod scroll;
mod session;
mod signals;
mod summary;
mod walks;

use session::Launch;

/// The debug binary that cargo built for these tests, started as [`Launch::new`] says.
fn wizard() -> Launch<'static> {
    Launch::new(env!("CARGO_BIN_EXE_mailwiz"))
}
