//! The summary of a real session: `--summary FILE` in JSON and Markdown, parsed back; `c` and its
//! confirmation on the screen; `q` asking first in a session with answers.

use mailwiz::i18n::{Lang, Localizer};
use serde_json::Value;

use crate::session::{ENTER, ESC, Launch, Session};
use crate::wizard;

fn text(lang: Lang, id: &str) -> String {
    Localizer::new().tr(lang).text(id)
}

/// The file's text, once the wizard has ended.
fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).expect("the summary file")
}

/// Scenario 1 to its code step, a line typed and explained; q asks, n and Esc stay, y quits;
/// the JSON file has the fields, the time in the zone TZ names.
#[test]
fn a_session_writes_its_summary_as_json_after_q_is_confirmed() {
    let dir = tempfile::TempDir::new().expect("a scratch directory");
    let path = dir.path().join("ticket.json");
    let path_arg = path.to_str().expect("a UTF-8 scratch path");
    let mut s = Session::start(Launch {
        args: &["--summary", path_arg, "--summary-format", "json"],
        // A zone of POSIX's own form, so no zone database is needed: 5:30 east of UTC.
        env: &[("TZ", "MWZ-5:30")],
        ..wizard()
    });
    let en = |id: &str| text(Lang::En, id);
    s.wait_for(&en("ui-start-prechecks"));
    s.send("2");
    s.wait_for(&en("ui-pick-text"));
    s.send("1");
    s.wait_for(&en("scenario-1-left-title"));
    s.send("n");
    s.wait_for(&en("scenario-1-error-title"));
    s.send("y");
    s.wait_for(&en("scenario-1-code-title"));
    let line = "535 5.7.8 Error: authentication failed for alice@example.com";
    s.send(line);
    s.wait_for(&format!("> {line}"));
    s.send(ENTER);
    s.wait_for("535 5.7.8 ·");

    let question = en("ui-quit-question");
    s.send("q");
    s.wait_for(&question);
    let file_line = en("ui-quit-summary-file");
    s.wait_for(file_line.split('{').next().unwrap_or_default().trim());
    // No: the question closes and the explanation is there as it was.
    s.send("n");
    s.wait_until("the question closed by n", |s| !s.shows(&question));
    assert!(s.shows("535 5.7.8 ·"), "{}", s.screen_text());
    // Esc too; other keys do nothing while it is open.
    s.send("q");
    s.wait_for(&question);
    s.send("s/");
    s.send(ESC);
    s.wait_until("the question closed by Esc", |s| !s.shows(&question));
    // The keys before Esc were read first, and neither opened the summary nor the lookup.
    assert!(s.shows("535 5.7.8 ·"), "{}", s.screen_text());
    assert!(!s.shows(&en("ui-summary-heading")), "{}", s.screen_text());
    assert!(!path.metadata().is_ok_and(|m| m.len() > 0), "written early");
    s.send("q");
    s.wait_for(&question);
    s.send("y");
    s.assert_exit_and_restored(true);

    let v: Value = serde_json::from_str(&read(&path)).expect("one JSON object");
    assert_eq!(v["mailwiz_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["language"], "en");
    let started = v["started"].as_str().expect("the start time");
    assert!(
        started.len() == 25 && started.as_bytes()[10] == b'T' && started.ends_with("+05:30"),
        "{started}"
    );
    assert_eq!(v["time_zone"], "MWZ");
    assert_eq!(v["profile"]["source"], "embedded");
    assert_eq!(v["caller_languages"], serde_json::json!(["en"]));
    assert_eq!(v["outcome"]["status"], "unfinished");
    assert_eq!(v["outcome"]["step"], "scenario-1-contact");
    let problem = &v["problems"][0];
    assert_eq!(problem["input"], line);
    assert_eq!(problem["code"], 535);
    assert_eq!(problem["enhanced"], "5.7.8");
    assert!(problem["advice"].as_str().is_some_and(|a| !a.is_empty()));
    let steps: Vec<(&str, &str)> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap(),
                s["answer"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("scenario-1-left", "no"),
            ("scenario-1-error", "yes"),
            ("scenario-1-code", "")
        ]
    );
    let error = v["gather"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["item"] == "error")
        .expect("the error to gather");
    assert_eq!(error["known"], serde_json::json!([line]));
}

/// In Polish, the pre-checks only; q asks in Polish and t (tak) quits; the Markdown file reads
/// as a ticket.
#[test]
fn a_session_writes_its_summary_as_markdown() {
    let dir = tempfile::TempDir::new().expect("a scratch directory");
    let path = dir.path().join("ticket.md");
    let path_arg = path.to_str().expect("a UTF-8 scratch path");
    let mut s = Session::start(Launch {
        args: &[
            "--lang",
            "pl",
            "--summary",
            path_arg,
            "--summary-format",
            "markdown",
        ],
        env: &[("TZ", "UTC0")],
        ..wizard()
    });
    let pl = |id: &str| text(Lang::Pl, id);
    s.wait_for(&pl("ui-start-prechecks"));
    s.send("1");
    s.wait_for(&pl("check-service-title"));
    s.send("n");
    s.wait_for(&pl("ui-advice-heading"));
    s.send("q");
    s.wait_for(&pl("ui-quit-question"));
    s.send("t");
    s.assert_exit_and_restored(true);

    let md = read(&path);
    assert!(
        md.starts_with(&format!("## {}\n\n", pl("ui-summary-heading"))),
        "{md}"
    );
    assert!(md.contains(" UTC (UTC+00:00)\n"), "{md}");
    assert!(
        md.contains(&format!("- **{}:** Polski (pl)\n", pl("ui-summary-caller"))),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "- **{}:** {}\n",
            pl("ui-summary-outcome"),
            pl("ui-summary-outcome-open")
        )),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "**{}**\n\n1. {}: {}\n",
            pl("check-name"),
            pl("check-service-title"),
            pl("ui-answer-no")
        )),
        "{md}"
    );
}

/// `c` on the summary sends it with OSC 52 and says so on the screen, with what to do when the
/// terminal ignores it; q in a session without answers quits at once.
#[test]
fn c_on_the_summary_says_that_it_copied_and_what_to_do_otherwise() {
    let mut s = Session::start(wizard());
    let en = |id: &str| text(Lang::En, id);
    s.wait_for(&en("ui-start-prechecks"));
    s.send("s");
    s.wait_for(&en("ui-summary-heading"));
    assert!(!s.shows(&en("ui-summary-copied")), "{}", s.screen_text());
    s.send("c");
    s.wait_for(&en("ui-summary-copied"));
    s.wait_for("tmux set -g set-clipboard on");
    s.wait_for("--summary FILE");
    assert!(
        String::from_utf8_lossy(s.raw()).contains("\x1b]52;c;"),
        "no OSC 52 was written"
    );
    // Leaving the summary forgets it.
    s.send(ESC);
    s.wait_for(&en("ui-start-prechecks"));
    s.send("s");
    s.wait_for(&en("ui-summary-heading"));
    assert!(!s.shows(&en("ui-summary-copied")), "{}", s.screen_text());
    s.send("q");
    s.assert_exit_and_restored(true);
}
