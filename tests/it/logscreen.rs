//! The wizard's mail log screen: `r` on scenario 5's log step asks for a read, the progress and
//! the result come back as reports (the result made by the real reader from a fixture log), the
//! groups are listed and Enter explains one, the check is answered with the evidence, and Esc
//! while it reads stops it.

use mailwiz::knowledge::flow::Answer;
use mailwiz::maillog::{Filter, Scan, source};
use mailwiz::wizard::{Action, Effect, Evidence, Model, Report, Stage, update};

use crate::support::{at, draw, fixture_path, kb};

fn with_log(m: &mut Model) -> String {
    let path = fixture_path("logs/postfix.log");
    m.log_path = Some(path.clone());
    path
}

/// What the reading thread reports at its end: the real reader over the file.
fn read(kb: &mailwiz::knowledge::Knowledge, path: &str) -> mailwiz::maillog::Summary {
    let s = source::open(std::path::Path::new(path)).unwrap();
    let mut scan = Scan::new(kb, Filter::default(), s.year, s.month);
    scan.read(s.reader, &mut |_| {}).unwrap();
    scan.summary(5)
}

#[test]
fn r_reads_the_log_and_its_groups_answer_scenario_5() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-log");
    let path = with_log(&mut m);
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("Press r to read the mail log"), "{screen}");
    let Some(Effect::ReadLog { id, path: asked }) = update(&mut m, &kb, Action::ReadLog) else {
        panic!("no read asked for");
    };
    assert_eq!(asked, path);
    assert_eq!(m.pos.stage, Stage::Log);
    update(
        &mut m,
        &kb,
        Action::Report(Report::LogProgress {
            id,
            read: 40,
            total: 100,
        }),
    );
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("40 %"), "{screen}");
    let summary = read(&kb, &path);
    assert!(summary.totals.bounced > 0);
    update(
        &mut m,
        &kb,
        Action::Report(Report::LogDone {
            id,
            result: Ok(summary),
        }),
    );
    let screen = draw(&m, &kb, 80, 40, false);
    assert!(screen.contains("Failures by cause"), "{screen}");
    assert!(
        screen.contains("› Deferred (retried later): 3 times"),
        "{screen}"
    );
    // Enter explains the selected cause; Esc returns to the list, and again to the check.
    update(&mut m, &kb, Action::Choose);
    assert!(
        matches!(m.pos.stage, Stage::Explained { .. }),
        "{:?}",
        m.pos.stage
    );
    update(&mut m, &kb, Action::Back);
    assert_eq!(m.pos.stage, Stage::Log);
    update(&mut m, &kb, Action::Back);
    assert_eq!(m.pos.stage, Stage::Node);
    let o = m.observation("scenario-5-log").unwrap();
    assert_eq!((o.answer, o.source), (Answer::Yes, Evidence::Log));
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("From the mail log: Yes"), "{screen}");
    update(&mut m, &kb, Action::Choose);
    assert_eq!(m.answers.last().map(|a| a.answer), Some(Answer::Yes));
}

#[test]
fn the_log_is_read_once_a_session() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-log");
    let path = with_log(&mut m);
    let Some(Effect::ReadLog { id, .. }) = update(&mut m, &kb, Action::ReadLog) else {
        panic!();
    };
    update(
        &mut m,
        &kb,
        Action::Report(Report::LogDone {
            id,
            result: Ok(read(&kb, &path)),
        }),
    );
    update(&mut m, &kb, Action::Back);
    assert_eq!(
        update(&mut m, &kb, Action::ReadLog),
        None,
        "shown again, not read again"
    );
    assert_eq!(m.pos.stage, Stage::Log);
}

#[test]
fn esc_while_reading_stops_it_and_late_reports_are_dropped() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-log");
    let path = with_log(&mut m);
    let Some(Effect::ReadLog { id, .. }) = update(&mut m, &kb, Action::ReadLog) else {
        panic!();
    };
    update(&mut m, &kb, Action::Back);
    assert!(m.log.is_none(), "leaving the screen stops the reading");
    update(
        &mut m,
        &kb,
        Action::Report(Report::LogDone {
            id,
            result: Ok(read(&kb, &path)),
        }),
    );
    assert!(m.log.is_none());
    assert!(m.observation("scenario-5-log").is_none());
}

#[test]
fn a_log_that_cannot_be_read_says_why_and_answers_nothing() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-log");
    m.log_path = Some("/nonexistent/mail.log".into());
    let Some(Effect::ReadLog { id, .. }) = update(&mut m, &kb, Action::ReadLog) else {
        panic!();
    };
    let reason = source::open(std::path::Path::new("/nonexistent/mail.log"))
        .err()
        .unwrap();
    update(
        &mut m,
        &kb,
        Action::Report(Report::LogDone {
            id,
            result: Err(reason),
        }),
    );
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(
        screen.contains("Cannot read the mail log /nonexistent/mail.log"),
        "{screen}"
    );
    assert!(m.observation("scenario-5-log").is_none());
}

#[test]
fn without_a_log_or_on_another_step_r_does_nothing() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-log");
    assert!(update(&mut m, &kb, Action::ReadLog).is_none(), "no log");
    assert_eq!(m.pos.stage, Stage::Node);
    let mut m = at(&kb, "scenario-5-ptr");
    with_log(&mut m);
    assert!(
        update(&mut m, &kb, Action::ReadLog).is_none(),
        "not a log step"
    );
}

/// The help overlay lists `r` and `d` only where they do something: `r` on a step the mail log
/// answers when there is a log, `d` on a step that looks something up that nothing has named.
#[test]
fn the_help_lists_r_and_d_only_where_they_do_something() {
    let kb = kb();
    let help = |m: &mut Model| {
        update(m, &kb, Action::Help);
        draw(m, &kb, 80, 24, false)
    };
    let read = "read the mail log";
    let target = "type the domain";
    let mut m = at(&kb, "scenario-5-log");
    with_log(&mut m);
    assert!(help(&mut m).contains(read));
    let mut m = at(&kb, "scenario-5-log");
    assert!(!help(&mut m).contains(read), "no log");
    // A step no probe answers: neither key.
    let mut m = at(&kb, "check-service");
    with_log(&mut m);
    let screen = help(&mut m);
    assert!(
        !screen.contains(read) && !screen.contains(target),
        "{screen}"
    );
    // The blocklist step looks up an IP address nothing has named yet.
    let mut m = at(&kb, "scenario-5-ptr");
    m.live.enabled = true;
    assert!(help(&mut m).contains(target));
}
