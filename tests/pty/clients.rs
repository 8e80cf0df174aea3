//! What a hostile (or merely unlucky) client controls, over SSH as on a local terminal: the bytes
//! it sends (escape sequences it never finishes, a paste without its end), the window size it
//! claims, TERM, the signals, the name given to `--summary`, and how long the session goes on.
//! None of it may freeze the wizard, grow its memory without bound, or replace a file; every
//! ending gives the terminal back.

use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Command;

use mailwiz::i18n::{Lang, Localizer};
use tempfile::TempDir;

use crate::session::{ESC, Launch, QUIT, Session, peak_memory_kib};
use crate::wizard;

/// The peak memory the wizard may reach, whatever a client sends.
const MEMORY_CAP_KIB: u64 = 32 * 1024;

/// The prefixes of escape sequences a terminal sends and may never finish: Alt-[ (ESC [),
/// Alt-O (ESC O), and a modified key cut short (ESC [ 1 ;).
const UNFINISHED: &[&str] = &["\x1b[", "\x1bO", "\x1b[1;"];

fn english(id: &str) -> String {
    Localizer::new().tr(Lang::En).text(id)
}

/// Send `signal` (a name such as `TERM`) to `pid` with kill(1).
#[track_caller]
fn kill(signal: &str, pid: u32) {
    let pid = pid.to_string();
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid} failed: {status:?}");
}

/// mailwiz itself in the pty, without the `sh` that runs `stty -a` after it, so that its pid is
/// the session's: for signals and for its peak memory.
fn bare_wizard() -> Launch<'static> {
    Launch {
        stty_after: false,
        ..wizard()
    }
}

/// Wait for the end, check the exit status, the main screen, the cursor and the pty's modes.
#[track_caller]
fn assert_ended_restored(s: &mut Session, what: &str) {
    let status = s.finish();
    assert!(
        status.success(),
        "mailwiz did not exit cleanly after {what}: {status:?}; the screen:\n{}",
        s.screen_text()
    );
    s.assert_screen_restored();
    s.assert_modes_restored();
}

#[track_caller]
fn assert_memory_bounded(s: &Session, what: &str) {
    let peak = peak_memory_kib(s.pid());
    assert!(
        peak < MEMORY_CAP_KIB,
        "the peak memory (VmHWM) is {peak} KiB after {what}, over {MEMORY_CAP_KIB} KiB"
    );
}

/// The program exited with status 2 having written one line, `mailwiz: ...`, and not a single
/// escape sequence: the screen was never touched. Returns that line.
#[track_caller]
fn assert_refused_untouched(s: &mut Session, what: &str) -> String {
    let status = s.finish();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (2, None),
        "the exit status for {what}; the screen:\n{}",
        s.screen_text()
    );
    assert!(
        !s.raw().contains(&0x1b),
        "an escape sequence was written for {what}: {:?}",
        String::from_utf8_lossy(s.raw())
    );
    let text = String::from_utf8_lossy(s.raw()).into_owned();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        lines.len() == 1 && lines[0].starts_with("mailwiz: "),
        "not one message line for {what}: {lines:?}"
    );
    let rows: Vec<String> = s
        .rows()
        .into_iter()
        .filter(|r| !r.trim().is_empty())
        .collect();
    assert!(
        rows.len() == 1 && rows[0].starts_with("mailwiz: "),
        "the screen does not show one message line for {what}:\n{}",
        s.screen_text()
    );
    lines[0].trim_end().to_string()
}

/// Alt-[ and the like leave the decoder waiting for the rest of a sequence; SIGTERM, sent at
/// once, still ends the wizard, on the lookup screen where every key types.
#[test]
fn sigterm_after_an_unfinished_escape_sequence_ends_the_wizard_restored() {
    for prefix in UNFINISHED {
        let mut s = Session::start(bare_wizard());
        s.wait_for("Run the pre-checks");
        s.send("/");
        s.wait_for("Code lookup");
        s.send(prefix);
        kill("TERM", s.pid());
        assert_ended_restored(&mut s, &format!("{prefix:?} and SIGTERM"));
    }
}

/// An unfinished sequence becomes Esc and its keys once the input has gone quiet (Esc closes
/// the lookup; in ESC [ 1 ; the 1 then opens the pre-checks), and the next key is a key again:
/// q quits.
#[test]
fn an_unfinished_escape_sequence_becomes_its_keys_and_q_then_quits() {
    let service = english("check-service-title");
    for prefix in UNFINISHED {
        let mut s = Session::start(wizard());
        s.wait_for("Run the pre-checks");
        s.send("/");
        s.wait_for("Code lookup");
        s.send(prefix);
        if prefix.ends_with(';') {
            s.wait_until(&format!("the pre-checks after {prefix:?}"), |s| {
                s.shows(&service) && !s.shows("Code lookup")
            });
        } else {
            s.wait_until(&format!("the start screen after {prefix:?}"), |s| {
                s.shows("Run the pre-checks") && !s.shows("Code lookup")
            });
        }
        s.send("q");
        s.assert_exit_and_restored(true);
    }
}

/// ESC [200~ and then 20 MiB that never end: the paste is cut at 64 KiB, the memory stays
/// bounded, and SIGTERM ends the wizard in the middle of it.
#[test]
fn sigterm_during_an_endless_paste_ends_the_wizard_restored_with_bounded_memory() {
    let mut s = Session::start(bare_wizard());
    s.wait_for("Run the pre-checks");
    let before = peak_memory_kib(s.pid());
    s.send("\x1b[200~550 5.1.1 ");
    let chunk = vec![b'y'; 1 << 20];
    for _ in 0..20 {
        s.send_bytes(&chunk);
    }
    assert_memory_bounded(&s, "20 MiB of a paste without its end");
    // Of a paste only 64 KiB is kept: the peak does not follow the 20 MiB.
    let grown = peak_memory_kib(s.pid()).saturating_sub(before);
    assert!(
        grown < 4 * 1024,
        "the peak memory grew by {grown} KiB during 20 MiB of a paste without its end"
    );
    kill("TERM", s.pid());
    assert_ended_restored(&mut s, "SIGTERM during an endless paste");
}

/// A paste whose end never comes counts as ended after a second of quiet: the pasted line is
/// explained, and the next key is a key again.
#[test]
fn a_paste_without_its_end_is_explained_after_a_pause_and_q_then_quits() {
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    s.send("\x1b[200~550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
    s.wait_for("550 5.1.1 ·");
    s.send(QUIT);
    s.assert_exit_and_restored(true);
}

/// A client claims a 65535x65535 window in the middle of a session: the wizard draws in its
/// 400x150 corner (the header reaches column 400, the footer is on row 150), keeps answering,
/// and its memory stays bounded.
#[test]
fn a_window_of_65535_by_65535_is_drawn_within_400_by_150() {
    let language = english("ui-language-name");
    let mut s = Session::start(bare_wizard());
    s.wait_for("Run the pre-checks");
    s.resize_screen(150, 400);
    s.resize_pty(65535, 65535);
    s.send("/");
    s.wait_until("the lookup drawn at 400x150", |s| {
        let rows = s.rows();
        let header = rows[0].trim_end();
        s.shows("Code lookup")
            && header.ends_with(&language)
            && header.chars().count() == 399
            && !rows[149].trim().is_empty()
    });
    assert_memory_bounded(&s, "a 65535x65535 window");
    s.send(ESC);
    s.wait_until("the start screen again", |s| !s.shows("Code lookup"));
    s.send(QUIT);
    assert_ended_restored(&mut s, "q in a 65535x65535 window");
}

/// TERM=dumb, an empty TERM or none: the wizard says it needs a real terminal, in one line, and
/// writes no escape sequence at all.
#[test]
fn a_dumb_or_missing_term_is_refused_without_an_escape_sequence() {
    let dumb: &[(&str, &str)] = &[("TERM", "dumb")];
    let empty: &[(&str, &str)] = &[("TERM", "")];
    let term: &[&str] = &["TERM"];
    let cases = [
        ("TERM=dumb", dumb, &[][..]),
        ("TERM=", empty, &[][..]),
        ("TERM unset", &[][..], term),
    ];
    for (what, env, unset) in cases {
        let mut s = Session::start(Launch {
            cols: 300,
            env,
            unset,
            ..bare_wizard()
        });
        assert_refused_untouched(&mut s, what);
    }
}

/// `--summary` naming something that exists (a file, a symlink to one, a FIFO, the very profile
/// given with `--profile`) is refused before the screen changes, and the file is left as it was.
#[test]
fn a_summary_file_that_exists_is_refused_and_left_untouched() {
    let dir = TempDir::new().expect("a scratch directory");
    let at = |name: &str| dir.path().join(name);
    let precious = b"precious bytes\n".as_slice();

    let file = at("existing.txt");
    std::fs::write(&file, precious).expect("write the existing file");
    let target = at("target.txt");
    std::fs::write(&target, precious).expect("write the link's target");
    let link = at("link.txt");
    std::os::unix::fs::symlink(&target, &link).expect("make the symlink");
    let fifo = at("fifo");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success(), "mkfifo failed: {made:?}");
    let profile = at("profile.toml");
    let profile_bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/profile.toml"))
        .expect("the embedded profile's source");
    std::fs::write(&profile, &profile_bytes).expect("copy the profile");

    let text = |p: &Path| p.to_str().expect("a UTF-8 scratch path").to_string();
    let cases: [(&str, Vec<String>, &Path); 4] = [
        ("an existing file", vec![], &file),
        ("a symlink to a file", vec![], &link),
        ("a FIFO", vec![], &fifo),
        (
            "the file given to --profile",
            vec!["--profile".to_string(), text(&profile)],
            &profile,
        ),
    ];
    for (what, before, path) in cases {
        let mut args: Vec<&str> = before.iter().map(String::as_str).collect();
        let path_text = text(path);
        args.extend(["--summary", &path_text]);
        let mut s = Session::start(Launch {
            cols: 300,
            args: &args,
            ..bare_wizard()
        });
        let line = assert_refused_untouched(&mut s, what);
        assert!(
            line.contains(&path_text),
            "the message for {what} does not name {path_text}: {line}"
        );
    }

    let bytes = |p: &Path| std::fs::read(p).expect("read back");
    assert_eq!(bytes(&file), precious, "the existing file was changed");
    assert_eq!(
        std::fs::read_link(&link).expect("the symlink is still one"),
        target,
        "the symlink was replaced"
    );
    assert_eq!(bytes(&target), precious, "the symlink's target was changed");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("the FIFO is still there")
            .file_type()
            .is_fifo(),
        "the FIFO was replaced"
    );
    assert_eq!(bytes(&profile), profile_bytes, "the profile was changed");
}

/// The signals that would otherwise kill the wizard and leave the terminal raw on the alternate
/// screen end it like quitting.
#[test]
fn sigquit_sigusr1_sigusr2_sigalrm_and_sigint_end_the_wizard_restored() {
    for signal in ["QUIT", "USR1", "USR2", "ALRM", "INT"] {
        let mut s = Session::start(bare_wizard());
        s.wait_for("Run the pre-checks");
        s.send("1");
        s.wait_for(&english("check-service-title"));
        kill(signal, s.pid());
        assert_ended_restored(&mut s, &format!("SIG{signal}"));
    }
}

/// 120 pasted bounces of 64 kB each, kept on the way (each pasted on the explanation of the one
/// before, so each is a new place in the history and a new code looked up), then 2,000 lookups
/// of 550: the wizard still answers, the pastes after the first ten do not raise its peak
/// memory (only the shown part of a pasted reply is stored), the peak stays under the cap, and
/// the summary holds at most the 1,000 codes the model keeps.
#[test]
fn a_long_session_of_huge_pastes_and_lookups_keeps_memory_bounded() {
    // 500 pastes would take about 50 s in a debug build (the program reads each 64 kB through
    // every pattern); 120 keep the test near 15 s, and the growth check below would see the
    // 110 x 64 kB (at least) that keeping whole replies would cost.
    const PASTES: usize = 120;
    const WARM_UP: usize = 10;
    const LOOKUPS: usize = 2000;
    const BOUNCE_BYTES: usize = 64_000;
    const KEPT: usize = 1000;
    let bounce = |line: &str| {
        let mut text = line.to_string();
        let mut n = 0;
        while text.len() < BOUNCE_BYTES - 16 {
            text.push_str(&format!(" filler{n}"));
            n += 1;
        }
        format!("\x1b[200~{text}\x1b[201~")
    };
    // Two bounces taken in turn, so that each paste shows a screen the one before did not.
    let bounces = [
        (
            bounce("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"),
            "550 5.1.1 ·",
        ),
        (
            bounce("552 5.2.2 <bob@example.com>: Mailbox full"),
            "552 5.2.2 ·",
        ),
    ];
    let dir = TempDir::new().expect("a scratch directory");
    let summary = dir.path().join("summary.txt");

    let mut s = Session::start(Launch {
        args: &["--summary", summary.to_str().expect("a UTF-8 scratch path")],
        ..bare_wizard()
    });
    s.wait_for("Run the pre-checks");
    let mut warm = 0;
    for i in 0..PASTES {
        if i == WARM_UP {
            warm = peak_memory_kib(s.pid());
        }
        let (paste, shown) = &bounces[i % 2];
        let (_, other) = &bounces[(i + 1) % 2];
        s.send(paste);
        s.wait_until(&format!("the explanation of paste {i}"), |s| {
            s.shows(shown) && !s.shows(other)
        });
    }
    let grown = peak_memory_kib(s.pid()).saturating_sub(warm);
    assert!(
        grown < 4 * 1024,
        "the peak memory grew by {grown} KiB over {} pastes of {BOUNCE_BYTES} bytes",
        PASTES - WARM_UP
    );

    s.send(&"/550\r".repeat(LOOKUPS));
    s.send("s");
    s.wait_for(&english("ui-summary-heading"));
    assert_memory_bounded(
        &s,
        &format!("{PASTES} pastes of {BOUNCE_BYTES} bytes and {LOOKUPS} lookups"),
    );
    s.send(QUIT);
    assert_ended_restored(&mut s, "q after a long session");

    let text = std::fs::read_to_string(&summary).expect("the summary file");
    let codes = english("ui-summary-problems");
    let looked_up = text
        .lines()
        .skip_while(|l| *l != codes)
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  - "))
        .count();
    assert!(
        (1..=KEPT).contains(&looked_up),
        "the summary lists {looked_up} codes looked up after {} lookups, not 1 to {KEPT}",
        PASTES + LOOKUPS
    );
}

/// `?` opens the help; `q` there quits, as the help says, rather than only closing it.
#[test]
fn q_on_the_help_overlay_quits() {
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    s.send("?");
    s.wait_for(&format!("┌ {}", english("help-title")));
    s.send("q");
    s.assert_exit_and_restored(true);
}

/// A terminal without bracketed paste sends a pasted bounce as plain keys in one burst: it is
/// taken as a paste, so the `q` and `s` in its words neither quit nor open the summary.
#[test]
fn a_paste_without_bracketed_paste_is_a_paste_not_commands() {
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    s.send("550 5.1.1 <bob@example.net>: User unknown\r\nquestions? see the summary\r\n");
    s.wait_for("550 5.1.1 ·");
    assert!(
        !s.shows(&english("ui-summary-heading")),
        "{}",
        s.screen_text()
    );
    s.send(QUIT);
    s.assert_exit_and_restored(true);
}
