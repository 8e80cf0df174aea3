//! The real binary: `explain`, `search` and `codes` in text and JSON, in every language, and the
//! exit-2 cases.

use mailwiz::i18n::Lang;
use serde_json::Value;

use crate::support::{
    fails_with_2 as fails, flat as unwrapped, json_lines, kb, line_of, mailwiz, raw_mailwiz,
    succeeds as stdout, text,
};

#[test]
fn the_bounce_from_the_readme_is_explained_in_polish() {
    let out = stdout(mailwiz().args([
        "explain",
        "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
        "--lang",
        "pl",
    ]));
    let pl = |id: &str| text(Lang::Pl, id);
    assert!(out.starts_with("550 5.1.1 · "), "{out}");
    let flat = unwrapped(&out);
    // The provider's words ("User unknown") lead; the code's generic meaning follows.
    assert!(out.starts_with(&format!(
        "550 5.1.1 · {}",
        pl("code-pattern-user-unknown-summary")
            .split_whitespace()
            .next()
            .unwrap()
    )));
    for id in [
        "code-pattern-user-unknown-summary",
        "code-pattern-user-unknown-action",
        "code-550-summary",
        "class-permanent",
    ] {
        assert!(
            flat.contains(&unwrapped(&pl(id))),
            "{id} missing from:\n{out}"
        );
    }
    assert_ne!(
        pl("code-pattern-user-unknown-action"),
        text(Lang::En, "code-pattern-user-unknown-action")
    );
}

#[test]
fn text_output_in_every_language() {
    for lang in Lang::ALL {
        for code in ["550", "421", "535", "250"] {
            let out = stdout(mailwiz().args(["explain", code, "--lang", lang.code()]));
            let flat = unwrapped(&out);
            let summary = text(*lang, &format!("code-{code}-summary"));
            assert!(flat.contains(&unwrapped(&summary)), "{lang} {code}:\n{out}");
            assert!(
                out.lines().all(|line| line.chars().count() <= 80),
                "{lang} {code} is wider than 80:\n{out}"
            );
            assert!(!out.contains('\u{1b}'), "colour in a pipe");
        }
    }
}

#[test]
fn json_output_in_every_language() {
    for lang in Lang::ALL {
        let out = stdout(mailwiz().args([
            "explain",
            "--format",
            "json",
            "--lang",
            lang.code(),
            "550 5.1.1 User unknown",
            "5.7.1",
            "452",
        ]));
        let v = json_lines(&out);
        assert_eq!(v.len(), 3);
        assert_eq!(v[0]["input"], "550 5.1.1 User unknown");
        assert_eq!(v[0]["code"], 550);
        assert_eq!(v[0]["enhanced"], "5.1.1");
        assert_eq!(v[0]["class"], "permanent");
        assert_eq!(v[0]["retry"], false);
        assert_eq!(v[0]["known"], true);
        assert_eq!(v[0]["who"], "sender");
        assert_eq!(v[0]["scenario"], 7);
        assert_eq!(v[0]["lang"], lang.code());
        // The most specific evidence leads: the recognised text, not the code's generic words.
        assert_eq!(v[0]["pattern"], "user-unknown");
        assert_eq!(
            v[0]["summary"],
            text(*lang, "code-pattern-user-unknown-summary")
        );
        assert_eq!(
            v[0]["action"],
            text(*lang, "code-pattern-user-unknown-action")
        );
        assert_eq!(v[1]["code"], Value::Null);
        assert_eq!(v[1]["enhanced"], "5.7.1");
        assert_eq!(v[1]["class"], "permanent");
        assert_eq!(v[1]["known"], false);
        assert_eq!(v[1]["who"], Value::Null);
        assert_eq!(v[2]["class"], "transient");
        assert_eq!(v[2]["retry"], true);
        // A bare 452: the answering server is short of storage (RFC 5321), not the sender's fault.
        assert_eq!(v[2]["who"], "recipient-side");
    }
}

#[test]
fn who_acts_is_in_the_json() {
    let out = stdout(mailwiz().args(["explain", "--format", "json", "250", "554", "552"]));
    let v = json_lines(&out);
    assert_eq!(v[0]["who"], "nobody");
    assert_eq!(v[1]["who"], "sender-provider");
    assert_eq!(v[1]["scenario"], 5);
    assert_eq!(v[2]["who"], "recipient-side");
}

#[test]
fn authentication_codes_lead_to_scenario_one() {
    let out = stdout(mailwiz().args(["explain", "--format", "json", "535", "530", "454"]));
    for v in json_lines(&out) {
        assert_eq!(v["scenario"], 1);
        assert_eq!(v["step"], "scenario-1-auth");
    }
}

#[test]
fn a_code_missing_from_the_catalogue_is_explained_from_its_digits() {
    let v = json_lines(&stdout(
        mailwiz().args(["explain", "--format", "json", "422"]),
    ));
    assert_eq!(v[0]["known"], false);
    assert_eq!(v[0]["class"], "transient");
    assert_eq!(v[0]["retry"], true);
    let summary = v[0]["summary"].as_str().unwrap();
    assert!(
        summary.contains("422") && summary.contains(&text(Lang::En, "class-category-2")),
        "{summary}"
    );
}

#[test]
fn relay_access_denied_is_understood_without_a_code() {
    let v =
        json_lines(&stdout(mailwiz().args([
            "explain", "--format", "json", "Relay", "access", "denied",
        ])));
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["pattern"], "relay-access-denied");
    assert_eq!(v[0]["code"], 554);
    // Most often a mail program sending without logging in (knowledge review, finding 37).
    assert_eq!(v[0]["step"], "scenario-1-auth");
    assert_eq!(v[0]["who"], "sender");
}

#[test]
fn a_mail_programs_own_error_leads_into_its_scenario_without_a_code() {
    for (text, pattern, step, class) in [
        (
            "Sending reported error (0x800CCC0E): Cannot connect to the server.",
            "outlook-connect",
            "scenario-1-connect",
            "transient",
        ),
        (
            "Receiving reported error (0x800CCC92): Your e-mail server rejected your login.",
            "outlook-receive-login",
            "scenario-2-password",
            "permanent",
        ),
    ] {
        let v = json_lines(&stdout(
            mailwiz().args(["explain", "--format", "json", text]),
        ));
        assert_eq!(v[0]["pattern"], pattern, "{text}");
        assert_eq!(v[0]["code"], serde_json::Value::Null, "{text}");
        assert_eq!(v[0]["step"], step, "{text}");
        assert_eq!(v[0]["class"], class, "{text}");
    }
    // The text form leads with the meaning: there is no code to show.
    let out = stdout(mailwiz().args(["explain", "0x800CCC0E"]));
    assert!(out.starts_with("Outlook"), "{out}");
    assert!(!out.contains("Class:"), "{out}");
}

#[test]
fn a_temporary_code_that_says_retrying_will_not_succeed_is_not_retried() {
    let v = json_lines(&stdout(mailwiz().args([
        "explain",
        "--format",
        "json",
        "421 4.7.0 [TS03] All messages from 198.51.100.20 will be permanently deferred; Retrying will NOT succeed.",
    ])));
    assert_eq!(v[0]["class"], "transient");
    assert_eq!(v[0]["retry"], false);
    assert_eq!(v[0]["who"], "sender-provider");
}

#[test]
fn multi_line_replies_from_standard_input() {
    let v = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "-"])
            .write_stdin("550-5.7.1 first line\r\n550 5.7.1 second line\r\n"),
    ));
    assert_eq!(v[0]["code"], 550);
    assert_eq!(v[0]["enhanced"], "5.7.1");
}

#[test]
fn anything_else_exits_2_with_a_message() {
    for bad in ["999", "199", "hello", "600"] {
        let err = fails(mailwiz().args(["explain", bad]));
        assert!(err.contains(bad), "{err}");
    }
    let err = fails(mailwiz().args(["explain", ""]));
    assert_eq!(
        err.trim_end(),
        format!("mailwiz: {}", text(Lang::En, "ui-error-empty-input"))
    );
    // One bad input among good ones: still nothing on stdout.
    fails(mailwiz().args(["explain", "550", "999"]));
    // The error is in the chosen language.
    let err = fails(mailwiz().args(["explain", "hello", "--lang", "cs"]));
    assert!(
        err.contains(
            &text(Lang::Cs, "ui-error-not-a-code")
                .replace("\"hello\"", "")
                .split_whitespace()
                .last()
                .unwrap()
                .to_string()
        )
    );
}

#[test]
fn control_characters_are_never_echoed() {
    let hostile = "550 5.1.1 \u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}User unknown\u{9b}31m";
    let out = stdout(mailwiz().args(["explain", hostile]));
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    assert!(!out.contains('\u{202e}'));
    let err = fails(mailwiz().args(["explain", "\u{1b}]52;c;ZXZpbA==\u{7}hello\u{1b}[31m"]));
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
    let out = stdout(mailwiz().args(["explain", "--format", "json", hostile]));
    assert!(!out.contains("\\u001b") && !out.contains('\u{1b}'), "{out}");
}

#[test]
fn an_unsupported_language_is_refused_with_every_language_listed() {
    let err = fails(mailwiz().args(["explain", "550", "--lang", "xx"]));
    assert!(
        err.contains("\"xx\"") && err.contains(&Lang::supported_list()),
        "{err}"
    );
    fails(mailwiz().args(["codes", "--lang", "de"]));
}

#[test]
fn the_language_comes_from_the_environment() {
    let pl = text(Lang::Pl, "code-550-summary");
    let out = stdout(
        mailwiz()
            .env("LANG", "pl_PL.UTF-8")
            .args(["explain", "--format", "json", "550"]),
    );
    assert_eq!(json_lines(&out)[0]["summary"], pl.as_str());
    let out = stdout(
        mailwiz()
            .env("LANG", "pl_PL.UTF-8")
            .env("LC_ALL", "fi_FI.UTF-8")
            .args(["explain", "--format", "json", "550"]),
    );
    assert_eq!(json_lines(&out)[0]["lang"], "fi");
    let out = stdout(
        mailwiz()
            .env("LANG", "de_DE.UTF-8")
            .args(["explain", "--format", "json", "550"]),
    );
    assert_eq!(json_lines(&out)[0]["lang"], "en");
    let out = stdout(
        mailwiz()
            .env("LANG", "pl_PL.UTF-8")
            .args(["explain", "--format", "json", "--lang", "cs", "550"]),
    );
    assert_eq!(json_lines(&out)[0]["lang"], "cs");
}

#[test]
fn codes_lists_the_whole_catalogue_in_every_language() {
    for lang in Lang::ALL {
        let out = stdout(mailwiz().args(["codes", "--lang", lang.code()]));
        let flat = unwrapped(&out);
        let kb = kb();
        for c in &kb.catalogue.codes {
            assert!(
                flat.contains(&format!("{} ", c.code)),
                "{lang}: {} missing",
                c.code
            );
            assert!(
                flat.contains(&unwrapped(&text(
                    *lang,
                    &format!("code-{}-summary", c.code)
                ))),
                "{lang}: {} summary missing",
                c.code
            );
        }
        assert!(
            out.lines().all(|line| line.chars().count() <= 80),
            "{lang} is wider than 80"
        );
        let json = json_lines(&stdout(mailwiz().args([
            "codes",
            "--format",
            "json",
            "--lang",
            lang.code(),
        ])));
        assert_eq!(json.len(), kb.catalogue.codes.len());
        assert!(
            json.iter()
                .all(|v| v["known"] == true && v["lang"] == lang.code())
        );
    }
}

#[test]
fn a_profile_replaces_the_provider_facts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.toml");
    let text = mailwiz::knowledge::PROFILE_TOML
        .replace("hourly-account-limit = 200", "hourly-account-limit = 77")
        .replace("hourly-ip-limit = 300", "hourly-ip-limit = 88");
    std::fs::write(&path, text).unwrap();
    let out = stdout(
        mailwiz()
            .args(["explain", "--format", "json", "555", "--profile"])
            .arg(&path),
    );
    let action = json_lines(&out)[0]["action"].as_str().unwrap().to_string();
    assert!(action.contains("77") && action.contains("88"), "{action}");
}

#[test]
fn a_malformed_profile_is_reported_with_file_line_and_reason() {
    let fixture = format!(
        "{}/tests/fixtures/profiles/wrong_type.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let err = fails(mailwiz().args(["explain", "550", "--profile", &fixture]));
    assert!(
        err.contains("wrong_type.toml") && err.contains(" 6"),
        "{err}"
    );
    let err = fails(mailwiz().args(["codes", "--profile", "/nonexistent/profile.toml"]));
    assert!(err.contains("/nonexistent/profile.toml"), "{err}");
}

#[test]
fn bad_options_exit_2() {
    let out = mailwiz()
        .args(["explain", "550", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = mailwiz().args(["explain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn enhanced_codes_are_listed_and_explained() {
    for lang in Lang::ALL {
        let json = json_lines(&stdout(mailwiz().args([
            "codes",
            "--enhanced",
            "--format",
            "json",
            "--lang",
            lang.code(),
        ])));
        assert_eq!(json.len(), 81);
        assert_eq!(json[0]["enhanced"], "X.0.0");
        assert_eq!(json[80]["enhanced"], "X.7.30");
        assert_eq!(json[80]["enhanced_summary"], text(*lang, "enhanced-7-30"));
        let text = stdout(mailwiz().args(["codes", "--enhanced", "--lang", lang.code()]));
        assert!(
            text.lines().all(|l| l.chars().count() <= 80),
            "{lang} is wider than 80"
        );
    }
    let v = json_lines(&stdout(mailwiz().args([
        "explain",
        "--format",
        "json",
        "--lang",
        "pl",
        "550 5.7.26 unauthenticated",
    ])));
    assert_eq!(v[0]["enhanced_summary"], text(Lang::Pl, "enhanced-7-26"));
    let v = json_lines(&stdout(
        mailwiz().args(["explain", "--format", "json", "550"]),
    ));
    assert_eq!(v[0]["enhanced_summary"], Value::Null);
    assert_eq!(v[0]["pattern"], Value::Null);
}

#[test]
fn a_gmail_bounce_is_recognised() {
    let bounce = "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550 5.7.26 sender and Gmail users, and has been blocked. - gsmtp";
    let v = json_lines(&stdout(
        mailwiz().args(["explain", "--format", "json", "--lang", "cs", bounce]),
    ));
    assert_eq!(v[0]["pattern"], "gmail-unauthenticated");
    assert_eq!(
        v[0]["pattern_summary"],
        text(Lang::Cs, "code-pattern-gmail-unauthenticated-summary")
    );
    assert_eq!(v[0]["enhanced"], "5.7.26");
}

#[test]
fn a_100000_character_line_and_a_megabyte_on_stdin_give_a_short_answer() {
    let line = format!("550 5.1.1 User unknown {}", "x".repeat(100_000));
    let out = stdout(mailwiz().args(["explain", &line]));
    assert!(out.contains("550 5.1.1"), "{}", &out[..out.len().min(400)]);
    assert!(out.len() < 8_000, "{} bytes of output", out.len());

    let mut input = "550 5.7.1 Relay access denied\n".to_string();
    input.push_str(&"y".repeat(1 << 20));
    let out = stdout(
        mailwiz()
            .args(["explain", "--format", "json", "-"])
            .write_stdin(input),
    );
    let json = json_lines(&out);
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["code"], 550);
    assert!(out.len() < 8_000, "{} bytes of output", out.len());
}

/// Each broken profile gives exit 2 and one line on standard error naming the file, the line
/// (where there is one) and the reason, without any control character from the file.
#[test]
fn every_kind_of_broken_profile_gets_one_clear_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let good = mailwiz::knowledge::PROFILE_TOML;
    let cut = &good[..good.find("[addresses]").unwrap() + 20];
    let cases: Vec<(&str, Vec<u8>, Option<usize>, &str)> = vec![
        ("partial.toml", cut.as_bytes().to_vec(), Some(0), ""),
        (
            "unknown.toml",
            good.replacen("[limits]", "[limits]\nweekly-limit = 5", 1)
                .into_bytes(),
            Some(line_of(good, "[limits]") + 1),
            "weekly-limit",
        ),
        (
            "type.toml",
            good.replace("daily-limit = 500", "daily-limit = \"many\"")
                .into_bytes(),
            Some(line_of(good, "daily-limit = ")),
            "",
        ),
        (
            "huge-number.toml",
            good.replace("daily-limit = 500", "daily-limit = 99999999999")
                .into_bytes(),
            Some(line_of(good, "daily-limit = ")),
            "",
        ),
        (
            "huge-text.toml",
            good.replacen(
                "provider = \"Example Hosting\"",
                &format!("provider = \"{}\"", "P".repeat(100_000)),
                1,
            )
            .into_bytes(),
            Some(line_of(good, "provider =")),
            "200",
        ),
        (
            "bom-and-error.toml",
            format!(
                "\u{feff}{}",
                good.replace("daily-limit = 500", "daily-limit = 0")
            )
            .into_bytes(),
            Some(line_of(good, "daily-limit = ")),
            "daily-limit",
        ),
        (
            "hostile-key.toml",
            format!("\"\\u001b]0;pwned\\u0007\" = 1\n{good}").into_bytes(),
            Some(1),
            "",
        ),
        (
            "not-utf8.toml",
            b"provider = \"\xff\xfe\"\n".to_vec(),
            None,
            "UTF-8",
        ),
    ];
    for (name, bytes, line, reason) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let err = fails(mailwiz().args(["explain", "550", "--profile"]).arg(&path));
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
        assert!(!err.contains(['\u{1b}', '\u{7}']), "{name}: {err:?}");
        assert!(err.contains(reason), "{name}: {err}");
        assert!(
            err.chars().count() < 600,
            "{name}: {} characters",
            err.len()
        );
        match line {
            Some(0) => assert!(err.contains(": line "), "{name}: {err}"),
            Some(n) => assert!(err.contains(&format!("line {n}:")), "{name}: {err}"),
            None => assert!(!err.contains(": line "), "{name}: {err}"),
        }
    }
    // A directory where a file should be, and a file that does not exist.
    let err = fails(mailwiz().args(["codes", "--profile"]).arg(dir));
    assert!(err.contains(dir.to_str().unwrap()), "{err}");
    let err = fails(
        mailwiz()
            .args(["codes", "--profile"])
            .arg(dir.join("missing.toml")),
    );
    assert!(err.contains("missing.toml"), "{err}");
    // A byte-order mark alone is accepted.
    let path = dir.join("bom.toml");
    std::fs::write(&path, format!("\u{feff}{good}")).unwrap();
    stdout(mailwiz().args(["explain", "550", "--profile"]).arg(&path));
}

/// The text output as reviewed: the heading, then the fields in the one order the code screen
/// shows them too. Review every diff of these snapshots.
#[test]
fn explain_and_codes_print_what_was_reviewed() {
    let bounce = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown";
    for lang in ["en", "pl"] {
        let out = stdout(mailwiz().args(["explain", "--lang", lang, bounce]));
        insta::assert_snapshot!(format!("explain_550_5_1_1_{lang}"), out);
    }
    let out = stdout(mailwiz().args(["explain", "Relay access denied", "5.7.26", "422"]));
    insta::assert_snapshot!("explain_pattern_enhanced_unknown_en", out);
    insta::assert_snapshot!("codes_en", stdout(mailwiz().args(["codes"])));
    insta::assert_snapshot!(
        "codes_enhanced_cs",
        stdout(mailwiz().args(["codes", "--enhanced", "--lang", "cs"]))
    );
}

// --- Broken plumbing and hostile arguments (the reliability report) ------------------------------

#[test]
fn a_reply_word_that_starts_with_a_hyphen_is_an_input() {
    let v = json_lines(&stdout(mailwiz().args([
        "explain", "--format", "json", "550", "5.1.1", "-ERR", "user", "unknown",
    ])));
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["input"], "550 5.1.1 -ERR user unknown");
    // Options after it still work.
    let v = json_lines(&stdout(mailwiz().args([
        "explain", "550", "-ERR", "x", "--lang", "pl", "--format", "json",
    ])));
    assert_eq!(v[0]["input"], "550 -ERR x");
    assert_eq!(v[0]["lang"], "pl");
}

#[test]
fn escape_sequences_in_a_mistyped_command_line_never_reach_the_terminal() {
    for args in [
        vec!["--x\u{1b}]0;PWNED\u{7}\u{1b}[2J"],
        vec!["explain", "--format", "\u{1b}]0;T\u{7}json", "550"],
        vec!["expl\u{1b}]8;;http://evil/\u{1b}\\click\u{1b}]8;;\u{1b}\\"],
        vec!["--\u{9b}31mX\u{202e}"],
    ] {
        // clap's own words ("error: unexpected argument ..."), cleaned.
        let out = mailwiz().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("error: "), "{err}");
        assert!(
            !err.chars()
                .any(|c| c != '\n' && mailwiz::sanitize::is_unsafe(c)),
            "{args:?}: {err:?}"
        );
    }
}

#[test]
fn a_full_disk_gives_one_message_and_exit_1() {
    for args in [vec!["codes"], vec!["explain", "550"], vec!["--help"]] {
        let out = raw_mailwiz()
            .args(&args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(&text(Lang::En, "ui-error-output").replace("{ $reason }", "")[..20]));
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = raw_mailwiz()
        .args(["codes"])
        .stdout(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_unwritable_stderr_never_panics() {
    let full = || std::fs::File::create("/dev/full").unwrap();
    for args in [
        vec!["--lang", "xx", "codes"],
        vec!["--profile", "/nonexistent", "codes"],
        vec!["explain", "hello"],
    ] {
        let out = raw_mailwiz().args(&args).stderr(full()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_standard_input_that_cannot_be_read_says_so() {
    let out = raw_mailwiz()
        .args(["explain", "-"])
        .stdin(std::fs::File::open("/").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let expected = text(Lang::En, "ui-error-stdin");
    assert!(err.contains(expected.split(':').next().unwrap()), "{err}");
}

#[test]
fn control_characters_separate_words_instead_of_joining_them() {
    let v = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "-"])
            .write_stdin("550\u{0}5.1.1\u{c}user unknown"),
    ));
    assert_eq!(v[0]["code"], 550);
    assert_eq!(v[0]["enhanced"], "5.1.1");
    assert_eq!(v[0]["input"], "550 5.1.1 user unknown");
}

#[test]
fn a_private_use_language_tag_still_names_its_language() {
    let v = json_lines(&stdout(mailwiz().args([
        "explain",
        "--format",
        "json",
        "--lang",
        "fi-FI-x-private",
        "550",
    ])));
    assert_eq!(v[0]["lang"], "fi");
}

/// A profile that is not a regular file is refused at once, without reading or waiting on it;
/// one too large is refused too, and a value that is empty once cleaned is an empty value.
#[test]
fn a_profile_that_is_not_a_file_or_too_large_is_refused_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("fifo.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let big = tmp.path().join("big.toml");
    std::fs::write(
        &big,
        format!(
            "{}\n# {}\n",
            mailwiz::knowledge::PROFILE_TOML,
            "x".repeat(300_000)
        ),
    )
    .unwrap();
    for path in [
        std::path::PathBuf::from("/dev/zero"),
        fifo,
        tmp.path().to_path_buf(),
        big,
    ] {
        let err = fails(mailwiz().args(["codes", "--profile"]).arg(&path));
        assert_eq!(err.lines().count(), 1, "{path:?}: {err}");
        assert!(err.contains(&*path.to_string_lossy()), "{err}");
    }
    for (key, value) in [
        ("provider", "\\u001b[31m"),
        ("provider", "\\u200e\\u202e"),
        ("mail-log", "\\u0007\\u0008"),
    ] {
        let path = tmp.path().join("empty.toml");
        let good = mailwiz::knowledge::PROFILE_TOML;
        let line = good
            .lines()
            .find(|l| l.starts_with(&format!("{key} =")))
            .unwrap();
        std::fs::write(&path, good.replace(line, &format!("{key} = \"{value}\""))).unwrap();
        let err = fails(mailwiz().args(["codes", "--profile"]).arg(&path));
        assert!(err.contains("must not be empty"), "{key} = {value}: {err}");
    }
}

#[test]
fn a_profile_nested_too_deep_is_invalid_not_unreadable() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("deep.toml");
    std::fs::write(
        &path,
        format!("x = {}1{}\n", "[".repeat(5000), "]".repeat(5000)),
    )
    .unwrap();
    let err = fails(mailwiz().args(["codes", "--profile"]).arg(&path));
    let unreadable = text(Lang::En, "ui-error-profile-unreadable");
    let cannot_be_read = &unreadable[unreadable.find("cannot").unwrap()..][..14];
    assert!(!err.contains(cannot_be_read), "{err}");
}

// --- Whole bounce messages ---------------------------------------------------------------------

fn message(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/messages")
        .join(name)
}

/// A whole bounce, from a file or standard input: one JSON object per recipient, with the
/// recipient's own evidence and reason.
#[test]
fn a_bounce_message_is_explained_recipient_by_recipient() {
    let file = message("02-postfix-two-recipients.eml");
    let v = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "--file"])
            .arg(&file),
    ));
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["recipient"], "grace@example.net");
    assert_eq!(v[0]["delivery"], "failed");
    assert_eq!(v[0]["reason"], "userunknown");
    assert_eq!(v[0]["hard"], true);
    assert_eq!(v[0]["code"], 550);
    assert_eq!(v[1]["recipient"], "heidi@example.org");
    assert_eq!(v[1]["reason"], "mailboxfull");
    assert_eq!(v[1]["enhanced"], "5.2.2");
    // The same from standard input, and in text: a count, then a block per recipient.
    let bytes = std::fs::read(&file).unwrap();
    let v2 = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "-"])
            .write_stdin(bytes.clone()),
    ));
    assert_eq!(v, v2);
    let out = stdout(mailwiz().args(["explain", "-"]).write_stdin(bytes));
    assert!(out.starts_with("2 recipients failed."), "{out}");
    assert_eq!(out.matches("Recipient: ").count(), 2, "{out}");
    // No header of the returned message leaks in: neither DKIM nor SPF is the reason.
    assert!(!unwrapped(&out).to_lowercase().contains("dkim"), "{out}");
}

#[test]
fn an_mbox_of_several_bounces_and_a_report_that_is_no_failure() {
    let tmp = tempfile::tempdir().unwrap();
    let mbox = tmp.path().join("bounces.mbox");
    let mut text = Vec::new();
    for name in ["01-postfix-user-unknown.eml", "12-amazon-ses-bounce.eml"] {
        text.extend_from_slice(b"From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n");
        text.extend(std::fs::read(message(name)).unwrap());
        text.push(b'\n');
    }
    std::fs::write(&mbox, text).unwrap();
    let v = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "--file"])
            .arg(&mbox),
    ));
    let reasons: Vec<_> = v.iter().map(|o| o["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["userunknown", "suspend"]);
    let v = json_lines(&stdout(
        mailwiz()
            .args(["explain", "--format", "json", "--file"])
            .arg(message("13-auto-reply-out-of-office.eml")),
    ));
    assert_eq!(v[0]["reason"], "vacation");
    assert_eq!(v[0]["hard"], false);
}

#[test]
fn a_file_that_cannot_be_read_is_refused_and_restricted_mode_reads_none() {
    let err = fails(mailwiz().args(["explain", "--file", "/nonexistent.eml"]));
    assert!(err.contains("/nonexistent.eml"), "{err}");
    let err = fails(mailwiz().args(["explain", "--file", "/dev/zero"]));
    assert!(err.contains("regular file"), "{err}");
    let err = fails(
        mailwiz()
            .args(["--restricted", "explain", "--file"])
            .arg(message("01-postfix-user-unknown.eml")),
    );
    assert!(
        err.contains(&text(Lang::En, "ui-error-restricted-file")[..20]),
        "{err}"
    );
}

/// --summary-format needs --summary, and knows three formats.
#[test]
fn the_summary_format_needs_a_summary_and_a_known_format() {
    for args in [
        &["--summary-format", "json"][..],
        &["--summary", "-", "--summary-format", "yaml"][..],
        &["explain", "550", "--summary-format", "json"][..],
    ] {
        let out = mailwiz().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("summary"), "{args:?}: {err}");
    }
}

#[test]
fn an_unknown_caller_language_is_refused_with_the_list() {
    let out = mailwiz()
        .args(["--caller-lang", "xx"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("xx") && err.contains("cs"), "{err}");
}

// --- search: the lookup on the command line ------------------------------------------------------

/// The labels of `search`'s text rows, in order.
fn search_labels(out: &str) -> Vec<String> {
    out.lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn search_ranks_as_the_lookup_does_in_every_language() {
    let kb = kb();
    let loc = mailwiz::i18n::Localizer::new().with_profile(&kb.profile);
    for lang in Lang::ALL {
        let index = mailwiz::search::SearchIndex::of(&kb, &loc, *lang);
        for words in [
            &["greylisting"][..],
            &["mailbox", "full"],
            &["autentication"],
            &["55"],
        ] {
            let mut args = vec!["search", "--lang", lang.code()];
            args.extend(words);
            let out = stdout(mailwiz().args(&args));
            let hits = index.search(&words.join(" "));
            assert_eq!(
                search_labels(&out),
                hits.iter().map(|h| h.label.clone()).collect::<Vec<_>>(),
                "{lang}: {words:?}"
            );
            let flat = unwrapped(&out);
            assert!(flat.contains(&unwrapped(&hits[0].text)), "{lang}: {out}");
            assert!(
                out.lines().all(|l| l.chars().count() <= 80),
                "{lang}: {out}"
            );
            // JSON: one object per result, in the same order, in the language asked for.
            args.extend(["--format", "json"]);
            let json = json_lines(&stdout(mailwiz().args(&args)));
            assert_eq!(json.len(), hits.len(), "{lang}: {words:?}");
            for (v, h) in json.iter().zip(&hits) {
                assert_eq!(v["summary"], h.text.as_str());
                assert_eq!(v["input"], h.input().as_str());
                assert_eq!(v["lang"], lang.code());
            }
        }
    }
}

#[test]
fn search_json_names_each_kind_of_result() {
    let first = |args: &[&str]| {
        let mut all = vec!["search", "--format", "json"];
        all.extend(args);
        json_lines(&stdout(mailwiz().args(&all))).remove(0)
    };
    let v = first(&["greylisting"]);
    assert_eq!(v["kind"], "pattern");
    assert_eq!(v["pattern"], "greylisting");
    assert_eq!(v["code"], 450);
    assert_eq!(v["enhanced"], "4.2.0");
    assert_eq!(v["class"], "transient");
    assert_eq!(
        v["summary"],
        text(Lang::En, "code-pattern-greylisting-summary")
    );
    // Its input explains that text.
    let e = json_lines(&stdout(mailwiz().args([
        "explain",
        "--format",
        "json",
        v["input"].as_str().unwrap(),
    ])));
    assert_eq!(e[0]["pattern"], "greylisting");
    let v = first(&["0x800CCC0E"]);
    assert_eq!(
        (v["kind"].as_str(), v["pattern"].as_str()),
        (Some("pattern"), Some("outlook-connect"))
    );
    assert_eq!(
        (v["code"].clone(), v["enhanced"].clone()),
        (Value::Null, Value::Null)
    );
    let v = first(&["550"]);
    assert_eq!(
        (v["kind"].as_str(), v["code"].as_u64()),
        (Some("code"), Some(550))
    );
    assert_eq!(
        (v["enhanced"].clone(), v["pattern"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(v["input"], "550");
    let v = first(&["4.2.2"]);
    assert_eq!(
        (v["kind"].as_str(), v["enhanced"].as_str()),
        (Some("enhanced"), Some("4.2.2"))
    );
    assert_eq!(v["code"], Value::Null);
    // Words rank failures first: 535 before 235.
    let all = json_lines(&stdout(mailwiz().args([
        "search",
        "--format",
        "json",
        "autentication",
    ])));
    let at = |code: u64| {
        all.iter()
            .position(|v| v["kind"] == "code" && v["code"] == code)
            .unwrap()
    };
    assert!(at(535) < at(235));
    assert!(["530", "534", "535"].contains(&all[0]["code"].to_string().as_str()));
}

#[test]
fn search_with_no_result_exits_2_and_prints_nothing() {
    for lang in Lang::ALL {
        let err = fails(mailwiz().args(["search", "--lang", lang.code(), "zzzq", "qqqz"]));
        let expected = mailwiz::i18n::Localizer::new()
            .tr(*lang)
            .format("ui-error-no-match", vec![("query", "zzzq qqqz".into())]);
        assert_eq!(err, format!("mailwiz: {expected}\n"), "{lang}");
        fails(mailwiz().args(["search", "--lang", lang.code(), "--format", "json", "zzzq"]));
    }
    // An escape sequence in the words never reaches the terminal.
    let err = fails(mailwiz().args(["search", "zz\u{1b}]52;c;eA==\u{7}qq"]));
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn search_bad_usage_exits_2() {
    for args in [
        &["search"][..],
        &["search", "--format", "xml", "550"],
        &["search", "--file", "x.eml", "550"],
        &["search", "--enhanced", "550"],
    ] {
        let out = mailwiz().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    // A word that starts with a hyphen is a word; a blank query lists the catalogue, as the
    // empty lookup does.
    let v = json_lines(&stdout(
        mailwiz().args(["search", "--format", "json", "-ERR", "login"]),
    ));
    assert!(!v.is_empty());
    let v = json_lines(&stdout(mailwiz().args(["search", "--format", "json", " "])));
    assert_eq!(v.len(), kb().catalogue.codes.len());
}

#[test]
fn search_prints_what_was_reviewed() {
    insta::assert_snapshot!(
        "search_relay_denied_en",
        stdout(mailwiz().args(["search", "relay", "denied"]))
    );
    insta::assert_snapshot!(
        "search_mailbox_full_cs",
        stdout(mailwiz().args(["search", "--lang", "cs", "plna", "schranka"]))
    );
}

/// `mailwiz profile`: the profile in effect and where it came from, in the order the system
/// expects: --profile, the user's own, the administrator's, the built-in one; restricted mode
/// only the administrator's.
#[test]
fn the_profile_is_found_where_the_system_expects_it() {
    let dir = tempfile::tempdir().unwrap();
    let xdg = dir.path().join("config");
    let user = xdg.join("mailwiz/profile.toml");
    let system = dir.path().join("etc-profile.toml");
    let given = crate::support::fixture_path("profiles/provider.toml");
    let head = |args: &[&str], restricted: bool| {
        let mut cmd = mailwiz();
        cmd.env("XDG_CONFIG_HOME", &xdg)
            .env("MAILWIZ_TEST_SYSTEM_PROFILE", &system)
            .args(args);
        if restricted {
            cmd.env("MAILWIZ_RESTRICTED", "1");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert!(head(&["profile"], false).contains("built-in"));
    std::fs::write(&system, mailwiz::knowledge::PROFILE_TOML).unwrap();
    assert!(head(&["profile"], false).contains("the administrator's"));
    std::fs::create_dir_all(user.parent().unwrap()).unwrap();
    std::fs::write(&user, std::fs::read_to_string(&given).unwrap()).unwrap();
    let line = head(&["profile"], false);
    assert!(
        line.contains("the user's own") && line.contains("config/mailwiz/profile.toml"),
        "{line}"
    );
    assert!(head(&["profile", "--profile", &given], false).contains("given with --profile"));
    // Restricted mode reads only the administrator's, whatever the user put in their own.
    assert!(head(&["profile"], true).contains("the administrator's"));
}

#[test]
fn profile_check_reports_every_problem_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    let text = mailwiz::knowledge::PROFILE_TOML
        .replace("daily-limit = 500", "daily-limit = 0")
        .replace("provider = \"Example Hosting\"", "provider = \"\"")
        .replace("hourly-ip-limit = 300", "hourly-ip-limit = 99999999");
    std::fs::write(&bad, text).unwrap();
    let out = mailwiz()
        .args(["profile", "--check"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 3, "{err}");
    for key in ["daily-limit", "hourly-ip-limit", "provider"] {
        assert!(
            err.lines().any(|l| l.contains(key) && l.contains("line ")),
            "{key}: {err}"
        );
    }
    let out = mailwiz()
        .args([
            "profile",
            "--check",
            &crate::support::fixture_path("profiles/provider.toml"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no problems"));
    // A syntax error stops the reading: it is the one problem reported.
    std::fs::write(&bad, "provider = \n").unwrap();
    let out = mailwiz()
        .args(["profile", "--check"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    // Restricted mode reads no file but the administrator's.
    let out = mailwiz()
        .env("MAILWIZ_RESTRICTED", "1")
        .args(["profile", "--check"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `--generate man`, in each language: roff that groff reads without a warning, ASCII with
/// groff's escapes for the rest, its headings and texts from the Fluent files, every command with
/// its own options, and the keys of the wizard in the language's own answer keys.
#[test]
fn the_man_page_is_read_by_groff_without_warnings_in_each_language() {
    // A language that does not exist is refused, as for every other command.
    let out = mailwiz()
        .args(["--lang", "xx", "--generate", "man"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    for &lang in Lang::ALL {
        let out = mailwiz()
            .args(["--lang", lang.code(), "--generate", "man"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let page = String::from_utf8(out.stdout).unwrap();
        assert!(page.is_ascii(), "{lang}");
        let roff = |s: &str| -> String {
            s.replace('-', "\\-")
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\[u{:04X}]", c as u32)
                    }
                })
                .collect()
        };
        for id in [
            "cli-man-name",
            "cli-man-synopsis",
            "cli-man-keys",
            "cli-man-profile",
            "cli-man-restricted",
            "cli-man-environment",
            "cli-man-exit-status",
        ] {
            let heading = format!(".SH \"{}\"", roff(&text(lang, id).to_uppercase()));
            assert!(page.contains(&heading), "{lang}: {heading}");
        }
        for sub in [
            "explain", "search", "codes", "check", "logs", "profile", "help",
        ] {
            assert!(
                page.contains(&format!(".SS \"mailwiz {sub}\"")),
                "{lang} {sub}"
            );
        }
        // An option of a command, with its text; the key that answers yes in this language.
        assert!(page.contains("\\-\\-dkim\\-selector"), "{lang}");
        let timeout = text(lang, "cli-check-arg-timeout");
        let first = timeout.split_whitespace().next().unwrap();
        assert!(page.contains(&roff(first)), "{lang}: {first}");
        let yes = text(lang, "ui-key-yes");
        let yes = yes.split_whitespace().next().unwrap();
        assert!(
            page.contains(&format!("\\fB{}", roff(yes))),
            "{lang}: key {yes}"
        );

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mailwiz.1");
        std::fs::write(&file, &page).unwrap();
        let groff = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&file)
            .output()
            .expect("groff (Debian: groff-base) is installed");
        assert!(groff.status.success());
        assert!(
            groff.stderr.is_empty(),
            "{lang}: {}",
            String::from_utf8_lossy(&groff.stderr)
        );
    }
}

/// The completions load into bash and complete the subcommands.
#[test]
fn bash_loads_the_completions() {
    let out = mailwiz()
        .args(["--generate", "complete-bash"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mailwiz.bash");
    std::fs::write(&file, &out.stdout).unwrap();
    let script = format!(
        "source {} && COMP_WORDS=(mailwiz ch) && COMP_CWORD=1 && COMP_LINE='mailwiz ch' && COMP_POINT=10 && _mailwiz mailwiz ch mailwiz && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let bash = std::process::Command::new("bash")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        bash.status.success(),
        "{}",
        String::from_utf8_lossy(&bash.stderr)
    );
    assert!(
        String::from_utf8_lossy(&bash.stdout)
            .lines()
            .any(|l| l == "check")
    );
    for shell in ["complete-zsh", "complete-fish"] {
        let out = mailwiz().args(["--generate", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).contains("mailwiz"));
    }
}
