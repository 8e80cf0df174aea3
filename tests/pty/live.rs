//! The wizard's live checks in the real binary, in Polish at 80×24, against the loopback name
//! server: scenario 5 with `--ip`, the PTR step answered by its lookup with Enter, and the
//! blocklist step proposing "Tak" (yes) for a listed address.

use mailwiz::i18n::{Arg, Lang, Localizer, Tr};

use crate::loopback;
use crate::session::{CTRL_C, ENTER, ESC, Launch, Session};
use crate::wizard;

/// From the start into scenario 5, on its first step (the mail log's).
fn to_scenario_5(s: &mut Session, tr: Tr) {
    s.wait_for(&tr.text("ui-language-name"));
    s.send("2");
    s.wait_for(&tr.text("scenario-5-name"));
    s.send("5");
    s.wait_for(&tr.text("scenario-5-log-title"));
}

/// On to scenario 5's PTR step, answering the two steps before it "no".
fn to_the_ptr_step(s: &mut Session, tr: Tr) {
    to_scenario_5(s, tr);
    s.send("n");
    s.wait_for(&tr.text("scenario-5-port25-title"));
    s.send("n");
    s.wait_for(&tr.text("scenario-5-ptr-title"));
}

#[test]
fn scenario_5_looks_up_the_ptr_record_and_the_blocklists_itself() {
    let loc = Localizer::new();
    let pl = loc.tr(Lang::Pl);
    let dns = loopback::dns().addr.to_string();
    let args = [
        "--lang",
        "pl",
        "--ip",
        "192.0.2.99",
        "--resolver",
        dns.as_str(),
    ];
    let mut s = Session::start(Launch {
        args: &args,
        rows: 24,
        cols: 80,
        unset: &["MAILWIZ_OFFLINE"],
        ..wizard()
    });
    let proposal = |answer: &str| {
        pl.format(
            "live-proposal",
            vec![
                ("target", Arg::from("192.0.2.99")),
                ("answer", Arg::from(pl.text(answer))),
            ],
        )
    };
    to_the_ptr_step(&mut s, pl);
    // No PTR record: the lookup proposes "Nie", and Enter takes it.
    s.wait_for(&proposal("ui-answer-no"));
    s.wait_for("PTR 99.2.0.192.in-addr.arpa");
    s.send(ENTER);
    s.wait_for(&pl.text("ui-go-on-or-stop"));
    s.send(ENTER);
    s.wait_for(&pl.text("scenario-5-helo-title"));
    s.send("t");
    s.wait_for(&pl.text("scenario-5-blocklist-title"));
    s.wait_for(&proposal("ui-answer-yes"));
    s.wait_for("zen.spamhaus.org");
    s.send(ENTER);
    s.wait_for(&pl.text("ui-go-on-or-stop"));
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}

#[test]
fn offline_the_same_step_asks_as_before() {
    let loc = Localizer::new();
    let pl = loc.tr(Lang::Pl);
    let mut s = Session::start(Launch {
        args: &["--lang", "pl", "--ip", "192.0.2.99", "--offline"],
        rows: 24,
        cols: 80,
        ..wizard()
    });
    to_the_ptr_step(&mut s, pl);
    let looking = pl.format("live-looking", vec![("target", Arg::from("192.0.2.99"))]);
    assert!(!s.shows(&looking), "{}", s.screen_text());
    assert!(!s.shows("PTR 99"), "{}", s.screen_text());
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}

/// Without --ip, the PTR step offers `d`: the address typed there is looked up at once.
#[test]
fn an_address_typed_on_the_step_is_looked_up() {
    let loc = Localizer::new();
    let pl = loc.tr(Lang::Pl);
    let dns = loopback::dns().addr.to_string();
    let args = ["--lang", "pl", "--resolver", dns.as_str()];
    let mut s = Session::start(Launch {
        args: &args,
        rows: 24,
        cols: 80,
        unset: &["MAILWIZ_OFFLINE"],
        ..wizard()
    });
    to_the_ptr_step(&mut s, pl);
    s.wait_for(&pl.text("live-ask-ip"));
    s.send("d");
    s.wait_for(&pl.text("ui-target-prompt-ip"));
    // The answer keys type here: "t" and "n" are no answers in the field.
    s.send("192.0.2.10");
    s.wait_for("> 192.0.2.10");
    s.send(ENTER);
    let proposal = pl.format(
        "live-proposal",
        vec![
            ("target", Arg::from("192.0.2.10")),
            ("answer", Arg::from(pl.text("ui-answer-yes"))),
        ],
    );
    s.wait_for(&proposal);
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}

/// Scenario 5's log step reads the profile's log: `r`, the groups, `Enter` on one, back, and the
/// check answered from the log.
#[test]
fn the_mail_log_is_read_from_its_step() {
    let loc = Localizer::new();
    let en = loc.tr(Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let log = format!(
        "{}/tests/fixtures/logs/postfix.log",
        env!("CARGO_MANIFEST_DIR")
    );
    let profile = dir.path().join("profile.toml");
    let base = std::fs::read_to_string(format!(
        "{}/assets/profile.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    std::fs::write(
        &profile,
        base.replace(
            "mail-log = \"/var/log/maillog\"",
            &format!("mail-log = \"{log}\""),
        ),
    )
    .unwrap();
    let profile = profile.display().to_string();
    let args = ["--lang", "en", "--profile", profile.as_str()];
    let mut s = Session::start(Launch {
        args: &args,
        rows: 24,
        cols: 80,
        ..wizard()
    });
    to_scenario_5(&mut s, en);
    s.wait_for("Press r to read the mail log");
    s.send("r");
    s.wait_for(&en.text("logs-groups"));
    s.wait_for("› Deferred (retried later): 3 times");
    s.send(ENTER);
    s.wait_for("What to do:");
    s.send(ESC);
    s.wait_for(&en.text("logs-groups"));
    s.send(ESC);
    s.wait_for("From the mail log: Yes");
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}
