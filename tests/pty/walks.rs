//! Walks through the wizard: every language, the window resized on the way, the language chosen
//! by the environment or switched, and the lookup opened from any screen.

use mailwiz::i18n::{Lang, Localizer};

use crate::session::{ENTER, ESC, Launch, QUIT, Session};
use crate::wizard;

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
    let loc = Localizer::new();
    for &lang in Lang::ALL {
        let tr = loc.tr(lang);
        let t = |id: &str| tr.text(id);
        let name = t("ui-language-name");
        let mut s = Session::start(Launch {
            args: &["--lang", lang.code()],
            ..wizard()
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
        s.send("n");
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
        // The problems come first, each code's diagnosis wrapped under its start; the summary
        // scrolls row by row past the second one to its end, the checklist.
        s.wait_for(&t("ui-summary-problems"));
        s.wait_for(&words(&format!("550: {}", t("code-550-summary")), 3));
        let second = words(&format!("554: {}", t("code-554-summary")), 3);
        let mut seen = s.shows(&second);
        for _ in 0..30 {
            s.frame_after("j");
            seen |= s.shows(&second);
        }
        assert!(seen, "{lang:?}: 554 never scrolled into view");
        s.wait_for(&t("ui-summary-gather"));

        s.resize(5, 20);
        let too_small = words(&t("ui-too-small"), 2);
        s.wait_for(&too_small);
        s.resize(24, 80);
        s.wait_until("the summary at 80×24 again", |s| {
            fills(s, 24, 80, &name) && !s.shows(&too_small)
        });
        s.wait_for(&t("ui-summary-gather"));

        s.send(QUIT);
        s.assert_exit_and_restored(true);
    }
}

#[test]
fn walk_in_polish_via_environment() {
    let mut s = Session::start(Launch {
        env: &[("LANG", "pl_PL.UTF-8")],
        ..wizard()
    });
    let loc = Localizer::new();
    let (pl, lt) = (loc.tr(Lang::Pl), loc.tr(Lang::Lt));
    let title = pl.text("scenario-1-left-title");
    s.wait_for(&pl.text("ui-start-prechecks"));
    s.send("2");
    s.wait_for(&pl.text("ui-pick-text"));
    s.send("1");
    s.wait_for(&title);
    s.send("L3");
    s.wait_for(&lt.text("scenario-1-left-title"));
    assert!(
        !s.shows(&title),
        "the Polish title is still shown after switching to Lithuanian; the screen:\n{}",
        s.screen_text()
    );
    s.send(QUIT);
    s.assert_exit_and_restored(true);
}

#[test]
fn lookup_from_any_screen_and_a_pasted_bounce() {
    let mut s = Session::start(Launch {
        env: &[("LANG", "fi_FI.UTF-8")],
        ..wizard()
    });
    let loc = Localizer::new();
    let fi = loc.tr(Lang::Fi);
    let log = fi.text("scenario-5-log-title");
    s.wait_for(&fi.text("ui-start-prechecks"));
    s.send("2");
    s.send("5");
    s.wait_for(&log);
    // `/ 5 5 4`: 554 first, Enter explains it.
    s.send("/554");
    s.wait_for("> 554");
    s.send(ENTER);
    s.wait_for("554 ·");
    s.send(ESC);
    s.wait_for("> 554");
    s.send(ESC);
    s.wait_for(&log);
    // A pasted Gmail 5.7.26 bounce is explained at once, in Finnish, headed by Gmail's own words.
    s.send("\x1b[200~550-5.7.26 This mail is unauthenticated, which poses a security risk to the\r\n550 5.7.26 sender and Gmail users, and has been blocked. - gsmtp\x1b[201~");
    s.wait_for("550 5.7.26 ·");
    let headline = Localizer::new()
        .tr(Lang::Fi)
        .text("code-pattern-gmail-unauthenticated-summary");
    s.wait_for(&headline);
    s.send(QUIT);
    s.assert_exit_and_restored(true);
}

/// A whole bounce with two recipients, pasted: the list of both with their reasons, one opened
/// and left, and the summary with both.
#[test]
fn a_pasted_bounce_lists_its_recipients_and_the_summary_keeps_them() {
    let bounce = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/messages/02-postfix-two-recipients.eml"
    ))
    .unwrap()
    // As a terminal pastes it: each line break a CR.
    .replace('\n', "\r");
    let mut s = Session::start(wizard());
    s.wait_for("Run the pre-checks");
    s.send(&format!("\x1b[200~{bounce}\x1b[201~"));
    s.wait_for("2 recipients failed.");
    s.wait_for("grace@example.net");
    s.wait_for("heidi@example.org");
    s.send(ENTER);
    s.wait_for("550 5.1.1 ·");
    s.send(ESC);
    s.wait_for("2 recipients failed.");
    s.send("s");
    s.wait_for("Recipient: grace@example.net");
    s.wait_for("Recipient: heidi@example.org");
    s.send(QUIT);
    s.assert_exit_and_restored(true);
}

/// In each language the checks are answered with that language's initials (Polish t / n / w,
/// Finnish k / e / t), shown on the screen, while y / n / u keep working.
#[test]
fn checks_take_the_answer_keys_of_each_language() {
    use mailwiz::knowledge::flow::Answer;
    let loc = Localizer::new();
    for &lang in Lang::ALL {
        let tr = loc.tr(lang);
        let t = |id: &str| tr.text(id);
        let key = |a| tr.answer_key(a).to_string();
        let mut s = Session::start(Launch {
            args: &["--lang", lang.code()],
            ..wizard()
        });
        s.wait_for(&t("ui-start-prechecks"));
        s.send("1");
        s.wait_for(&t("check-service-title"));
        let shown = format!("[{}] {}", key(Answer::Yes), tr.answer(Answer::Yes));
        s.wait_for(&shown);
        s.wait_for(&format!(
            "[{}] {}",
            key(Answer::Unsure),
            tr.answer(Answer::Unsure)
        ));
        // Not sure, in the language's key: how to find out, and the check can then be answered.
        s.send(&key(Answer::Unsure));
        s.wait_for(&t("ui-unsure-heading"));
        s.send(&key(Answer::Yes));
        s.wait_for(&t("check-webmail-title"));
        // No, in the language's key: webmail does not work, so the login is checked next.
        s.send(&key(Answer::No));
        s.wait_for(&t("check-login-title"));
        // The keys of every language still answer.
        s.send("y");
        s.wait_for(&t("check-maintenance-title"));
        s.send(QUIT);
        s.assert_exit_and_restored(true);
    }
}

/// `--caller-lang`: an English-speaking agent helps a Polish caller. The question is in Polish,
/// the frame (footer, keys) in English; at 120 columns the English text stands beside it; `C`
/// then `5` switches the caller to Czech, and `L` `2` the frame to Polish.
#[test]
fn the_callers_language_with_the_agents_frame() {
    let loc = Localizer::new();
    let (en, pl, cs) = (loc.tr(Lang::En), loc.tr(Lang::Pl), loc.tr(Lang::Cs));
    let mut s = Session::start(Launch {
        args: &["--lang", "en", "--caller-lang", "pl"],
        rows: 24,
        cols: 120,
        ..wizard()
    });
    s.wait_for(&words(&pl.text("ui-start-prechecks"), 3));
    s.send("1");
    s.wait_for(&pl.text("check-service-title"));
    // Beside it, the agent's own text; below, the agent's keys.
    s.wait_for(&en.text("check-service-title"));
    s.wait_for(&format!("q {}", en.text("help-quit")));
    s.send("C");
    s.wait_for(&en.text("ui-picker-caller"));
    s.send("5");
    s.wait_for(&cs.text("check-service-title"));
    assert!(
        !s.shows(&pl.text("check-service-title")),
        "{}",
        s.screen_text()
    );
    s.send("L2");
    s.wait_for(&format!("q {}", pl.text("help-quit")));
    s.wait_for(&cs.text("check-service-title"));
    s.send("q");
    s.assert_exit_and_restored(true);
}
