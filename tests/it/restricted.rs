//! Restricted mode (`--restricted` or `MAILWIZ_RESTRICTED`) on the real binary: each refusal,
//! the administrator's profile, and that the language can still be chosen.
//!
//! Debug builds let `MAILWIZ_TEST_SYSTEM_PROFILE` stand in for /etc/mailwiz/profile.toml, so the
//! tests never touch the machine's own /etc.

use mailwiz::i18n::{Arg, Lang, Localizer};

use assert_cmd::Command;

use crate::support::mailwiz;

/// A fresh directory for one test's files, removed when it is dropped.
fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Exit code 2, nothing on stdout, one line on stderr, which is returned.
fn refused(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

fn message(lang: Lang, id: &str, path: &str) -> String {
    Localizer::new()
        .tr(lang)
        .format(id, vec![("path", Arg::from(path))])
}

/// The two ways to turn restricted mode on, as arguments and environment.
fn restricted_ways() -> [(Vec<&'static str>, Option<&'static str>); 3] {
    [
        (vec!["--restricted"], None),
        (vec![], Some("1")),
        (vec!["--restricted"], Some("0")),
    ]
}

#[test]
fn a_profile_option_is_refused() {
    let tmp = scratch();
    let dir = tmp.path();
    let path = dir.join("profile.toml");
    // A valid profile that would change the facts if it were read.
    std::fs::write(
        &path,
        mailwiz::knowledge::PROFILE_TOML.replace("daily-limit = 500", "daily-limit = 4321"),
    )
    .unwrap();
    for (args, env) in restricted_ways() {
        let mut cmd = mailwiz();
        cmd.args(&args)
            .args(["explain", "550", "--profile"])
            .arg(&path);
        if let Some(value) = env {
            cmd.env("MAILWIZ_RESTRICTED", value);
        }
        let err = refused(&mut cmd);
        assert_eq!(
            err.trim_end(),
            format!(
                "mailwiz: {}",
                message(
                    Lang::En,
                    "ui-error-restricted-profile",
                    "/nonexistent/mailwiz/profile.toml"
                )
            )
        );
    }
    // Without restricted mode the same command reads it, and MAILWIZ_RESTRICTED=0 or empty does
    // not turn the mode on.
    for value in ["0", ""] {
        let out = mailwiz()
            .env("MAILWIZ_RESTRICTED", value)
            .args(["explain", "--format", "json", "550", "--profile"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
}

#[test]
fn a_summary_file_is_refused_before_anything_is_written() {
    let tmp = scratch();
    let dir = tmp.path();
    let path = dir.join("summary.txt");
    for (args, env) in restricted_ways() {
        let mut cmd = mailwiz();
        cmd.args(&args).arg("--summary").arg(&path);
        if let Some(value) = env {
            cmd.env("MAILWIZ_RESTRICTED", value);
        }
        let err = refused(&mut cmd);
        assert!(
            err.contains(&message(Lang::En, "ui-error-restricted-summary", "")),
            "{err}"
        );
        assert!(!path.exists(), "the summary file was created");
    }
}

#[test]
fn the_refusals_are_in_the_chosen_language() {
    for lang in Lang::ALL {
        let err = refused(mailwiz().args([
            "--restricted",
            "--lang",
            lang.code(),
            "--summary",
            "/tmp/mailwiz-never.txt",
        ]));
        assert!(
            err.contains(&message(*lang, "ui-error-restricted-summary", "")),
            "{lang:?}: {err}"
        );
    }
}

#[test]
fn explain_codes_and_search_work_in_every_language() {
    for lang in Lang::ALL {
        let out = mailwiz()
            .env("MAILWIZ_RESTRICTED", "1")
            .args(["--lang", lang.code(), "explain", "550 5.1.1 User unknown"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{lang:?}: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let summary = Localizer::new().tr(*lang).text("code-550-summary");
        let words: Vec<&str> = summary.split_whitespace().take(2).collect();
        assert!(text.contains(&words.join(" ")), "{lang:?}: {text}");
    }
    let out = mailwiz().args(["--restricted", "codes"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    for lang in Lang::ALL {
        let out = mailwiz()
            .env("MAILWIZ_RESTRICTED", "1")
            .args(["--lang", lang.code(), "search", "greylisting"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{lang:?}: {out:?}");
        let summary = Localizer::new()
            .tr(*lang)
            .text("code-pattern-greylisting-summary");
        let words: Vec<&str> = summary.split_whitespace().take(2).collect();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(&words.join(" ")), "{lang:?}: {text}");
    }
}

#[test]
fn the_administrators_profile_is_used_and_checked() {
    let tmp = scratch();
    let dir = tmp.path();
    let system = dir.join("profile.toml");
    std::fs::write(
        &system,
        mailwiz::knowledge::PROFILE_TOML
            .replace("hourly-account-limit = 200", "hourly-account-limit = 77")
            .replace("hourly-ip-limit = 300", "hourly-ip-limit = 88"),
    )
    .unwrap();
    let out = mailwiz()
        .env("MAILWIZ_TEST_SYSTEM_PROFILE", &system)
        .args(["--restricted", "explain", "--format", "json", "555"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let action = json["action"].as_str().unwrap();
    assert!(action.contains("77") && action.contains("88"), "{action}");

    // A broken administrator's profile stops the program with the file, the line and the reason;
    // it is never silently replaced by the built-in one.
    std::fs::write(&system, "provider = 5\n").unwrap();
    let err = refused(mailwiz().env("MAILWIZ_TEST_SYSTEM_PROFILE", &system).args([
        "--restricted",
        "explain",
        "555",
    ]));
    assert!(err.contains("profile.toml") && err.contains(" 1"), "{err}");

    // One that exists but cannot be read (here, a directory) is an error too.
    let err = refused(mailwiz().env("MAILWIZ_TEST_SYSTEM_PROFILE", dir).args([
        "--restricted",
        "explain",
        "555",
    ]));
    assert!(err.contains(dir.to_str().unwrap()), "{err}");
}

/// In restricted mode the administrator's profile must be a regular file: a dangling symlink is
/// an error (never the built-in profile in silence), and a FIFO is refused at once.
#[test]
fn the_administrators_profile_must_be_a_regular_file() {
    let tmp = scratch();
    let link = tmp.path().join("profile.toml");
    std::os::unix::fs::symlink(tmp.path().join("nowhere.toml"), &link).unwrap();
    let err = refused(
        mailwiz()
            .env("MAILWIZ_TEST_SYSTEM_PROFILE", &link)
            .args(["--restricted", "codes"]),
    );
    assert!(err.contains("profile.toml"), "{err}");
    let fifo = tmp.path().join("fifo.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = refused(
        mailwiz()
            .env("MAILWIZ_TEST_SYSTEM_PROFILE", &fifo)
            .args(["--restricted", "codes"]),
    );
    assert!(err.contains("regular file"), "{err}");
}

/// `mailwiz --restricted` as a ForceCommand, with the client's command in SSH_ORIGINAL_COMMAND.
fn over_ssh(command: &str) -> std::process::Output {
    mailwiz()
        .args(["--restricted"])
        .env("SSH_ORIGINAL_COMMAND", command)
        .output()
        .unwrap()
}

#[test]
fn a_lookup_sent_over_ssh_runs_in_restricted_mode() {
    let out = over_ssh("explain --format json 550");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(v["code"], 550);
    let out = over_ssh("mailwiz --lang pl explain '550 5.1.1 <a@b.example>: User unknown'");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Co zrobić"));
    let out = over_ssh("codes --enhanced");
    assert_eq!(out.status.code(), Some(0));
    let out = over_ssh("check --offline example.com");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn anything_else_sent_over_ssh_is_refused_with_exit_2() {
    for command in [
        "bash -i",
        "logs",
        "explain 550; id",
        "explain $(id)",
        "explain \"$(id)\"",
        "explain `id`",
        "explain 550 | sh",
        "explain 550 > /tmp/x",
        "explain 'unclosed",
        "explain --file /etc/shadow",
        "explain --profile /tmp/p.toml 550",
        "--profile /tmp/p.toml explain 550",
        "explain 550 --summary /tmp/x",
        "check --resolver 192.0.2.53 example.com",
        "explain\n550",
    ] {
        let out = over_ssh(command);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {out:?}");
        assert!(out.stdout.is_empty(), "{command:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("mailwiz: "), "{command:?}: {err}");
        assert!(!err.contains('\u{1b}'));
    }
    // A usage mistake inside an allowed command is clap's, also exit 2.
    let out = over_ssh("explain --format xml 550");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn without_restricted_mode_the_ssh_command_is_not_read() {
    let out = mailwiz()
        .args(["codes"])
        .env("SSH_ORIGINAL_COMMAND", "bash -i")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}
