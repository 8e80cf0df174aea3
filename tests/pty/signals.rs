//! Every way the wizard ends (a key, Ctrl-C, SIGTERM, SIGHUP, a panic) gives the terminal back,
//! a window too small says so until it is resized, and the summary is written on quit.

use crate::session::{CTRL_C, F12, Launch, Session};
use crate::wizard;

#[test]
fn ctrl_c_sigterm_and_sighup_restore_the_terminal() {
    // Ctrl-C arrives as a key in raw mode and quits.
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);

    // SIGTERM, and SIGHUP (a dropped SSH link), are sent to mailwiz itself, so it runs without
    // the `sh` around it.
    for signal in ["-TERM", "-HUP"] {
        let mut s = Session::start(Launch {
            stty_after: false,
            ..wizard()
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
        ..wizard()
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
        ..wizard()
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
    let dir = tempfile::TempDir::new().expect("a scratch directory");
    let path = dir.path().join("summary.txt");
    let path_arg = path.to_str().expect("a UTF-8 scratch path");
    let mut s = Session::start(Launch {
        args: &["--summary", path_arg, "--lang", "fi"],
        ..wizard()
    });
    s.wait_for("Tee alkutarkistukset");
    s.send("1");
    s.send("n");
    s.wait_for("Mitä tehdä");
    // The session has an answer: q asks first, naming where the summary goes; k is Finnish yes.
    s.send("q");
    s.wait_for("Haluatko lopettaa mailwizin?");
    s.wait_for("Yhteenveto kirjoitetaan tiedostoon");
    s.send("k");
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
}
