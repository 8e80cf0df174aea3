//! Text from outside: escape sequences in a pasted bounce never reach the terminal, restricted
//! mode (as under `ForceCommand`) has no way out but quitting, and a huge paste or typed line
//! keeps the wizard responsive and its memory bounded.

use crate::session::{ESC, Launch, QUIT, Session, peak_memory_kib};
use crate::wizard;

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    // A bounce carrying a clipboard write (OSC 52), a title change (OSC 0), a DCS string, a
    // screen clear and a bidi override, pasted, then the same typed into the lookup.
    let hostile =
        "550 5.1.1 \x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;pwned\x07\x1bPqevil\x1b\\\u{202e}User unknown";
    s.send(&format!("\x1b[200~{hostile}\x1b[201~"));
    s.wait_for("550 5.1.1 ·");
    s.send("s");
    s.wait_for("User unknown");
    s.send(QUIT);
    s.assert_exit_and_restored(true);
    let raw = String::from_utf8_lossy(s.raw());
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
        ..wizard()
    });
    s.wait_for("Run the pre-checks");
    // Ctrl-Z (suspend), Ctrl-\ (quit with a core dump), Ctrl-S (stop output), `!` and `:`.
    s.send("\x1a\x1c\x13!:");
    s.send("1");
    s.wait_for("Service and domain active");
    s.send("n");
    s.wait_for("What to do");
    s.send("L2");
    let loc = mailwiz::i18n::Localizer::new();
    let pl = loc.tr(mailwiz::i18n::Lang::Pl);
    s.wait_for(&pl.text("check-service-title"));
    s.send(QUIT);
    s.assert_exit_and_restored(true);
    // The summary was printed on the main screen, in the language the session ended in.
    s.wait_for("Podsumowanie sesji mailwiz");
    s.wait_for(&format!("{}: Nie", pl.text("check-service-title")));
}

/// A 1 MiB paste and a 100,000-character line typed into the lookup: each is explained or
/// shown without stalling the wizard (the next key is answered) and without the memory growing
/// with the input beyond a small bound.
#[test]
fn a_huge_paste_and_a_huge_typed_line_stay_bounded() {
    let mut s = Session::start(Launch {
        stty_after: false,
        ..wizard()
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
    s.send(ESC);
    s.wait_for("550 5.1.1 ·");

    s.send("/");
    s.wait_for("Code lookup");
    s.send(&"mailbox ".repeat(12_500));
    s.send("\x7f");
    s.wait_for("mailbox mailbox mailbox");
    s.send(ESC);
    s.wait_for("550 5.1.1 ·");

    let grown = peak_memory_kib(s.pid()).saturating_sub(before);
    assert!(
        grown < 32 * 1024,
        "the peak memory grew by {grown} KiB for 1 MiB of paste and 100 kB of typing"
    );
    s.send(QUIT);
    let status = s.finish();
    assert!(status.success(), "{status:?}");
    s.assert_screen_restored();
}
