//! `--help`, `-h`, `help COMMAND`, `--version` and usage mistakes on the real binary, in each of
//! the five languages: the texts are the Fluent files', in clap's structure.

use mailwiz::i18n::Lang;

use crate::support::{mailwiz, text};

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = mailwiz().env("COLUMNS", "80").args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A message's text before its first variable: what every use of it starts with.
fn lead(lang: Lang, id: &str) -> String {
    let t = text(lang, id);
    t.split('{').next().unwrap().to_string()
}

/// Help texts are compared by their first words, since clap wraps them to the width.
fn first_words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn help_is_in_each_language_with_the_structure_of_clap() {
    for &lang in Lang::ALL {
        let (code, out, err) = run(&["--lang", lang.code(), "--help"]);
        assert_eq!(code, Some(0), "{lang}: {err}");
        assert!(err.is_empty());
        let heading = text(lang, "ui-usage-heading");
        let options = text(lang, "ui-usage-options");
        assert!(
            out.contains(&format!("\n{heading} mailwiz {options} [")),
            "{lang}:\n{out}"
        );
        for id in ["ui-help-heading-commands", "ui-help-heading-options"] {
            assert!(
                out.contains(&format!("\n{}:\n", text(lang, id))),
                "{lang} {id}"
            );
        }
        let flat_out = flat(&out);
        for id in [
            "cli-explain-about",
            "cli-check-about",
            "cli-mailwiz-arg-lang",
        ] {
            let words = first_words(&text(lang, id), 4);
            assert!(
                flat_out.contains(&words),
                "{lang}: {id} ({words}) in\n{out}"
            );
        }
        // The literal values and the option names stay as typed.
        assert!(out.contains("--summary-format"));
        assert!(flat_out.contains("text, markdown, json]"));
        assert!(
            out.lines().all(|l| l.chars().count() <= 80),
            "{lang}:\n{out}"
        );
        if lang != Lang::En {
            for english in ["Usage:", "Options:", "Commands:", "[default:", "Print help"] {
                assert!(!out.contains(english), "{lang}: {english:?} in\n{out}");
            }
        }
    }
}

#[test]
fn each_command_has_its_help_in_the_language_of_the_environment_too() {
    for (env, lang) in [
        ("pl_PL.UTF-8", Lang::Pl),
        ("cs_CZ.UTF-8", Lang::Cs),
        ("lt_LT.UTF-8", Lang::Lt),
        ("fi_FI.UTF-8", Lang::Fi),
        ("C", Lang::En),
    ] {
        let out = mailwiz()
            .env("LANG", env)
            .env("COLUMNS", "80")
            .args(["check", "-h"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let out = String::from_utf8(out.stdout).unwrap();
        let flat_out = flat(&out);
        assert!(out.starts_with(&first_words(&text(lang, "cli-check-about"), 3)));
        for id in ["cli-check-arg-timeout", "cli-check-arg-targets"] {
            assert!(
                flat_out.contains(&first_words(&text(lang, id), 4)),
                "{lang} {id}:\n{out}"
            );
        }
        // The default, as clap adds it, with the language's word for it.
        assert!(
            flat_out.contains(&format!("[{}: 5]", text(lang, "ui-usage-default"))),
            "{lang}:\n{out}"
        );
        let value = text(lang, "cli-value-secs");
        assert!(
            out.contains(&format!("--timeout <{value}>")),
            "{lang}:\n{out}"
        );
        // Positional arguments first, as clap lists them.
        let arguments = out.find(&text(lang, "ui-help-heading-arguments")).unwrap();
        let options = out.find(&text(lang, "ui-help-heading-options")).unwrap();
        assert!(arguments < options);
    }
}

#[test]
fn dash_h_is_short_and_dash_dash_help_is_in_full() {
    let (_, short, _) = run(&["explain", "-h"]);
    let (_, long, _) = run(&["explain", "--help"]);
    assert!(short.starts_with(&text(Lang::En, "cli-explain-about")));
    assert!(flat(&long).starts_with(&first_words(&text(Lang::En, "cli-explain-long"), 8)));
    assert!(long.len() > short.len());
}

#[test]
fn the_help_command_prints_what_dash_dash_help_does() {
    for lang in ["en", "fi"] {
        for command in ["explain", "check", "logs", "profile", "codes", "search"] {
            let (code, help, _) = run(&["--lang", lang, "help", command]);
            assert_eq!(code, Some(0));
            let (_, flag, _) = run(&["--lang", lang, command, "--help"]);
            assert_eq!(help, flag, "{lang} {command}");
        }
        assert_eq!(
            run(&["--lang", lang, "help"]).1,
            run(&["--lang", lang, "--help"]).1
        );
    }
    let (code, _, err) = run(&["help", "bash"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("[possible values: explain, search, check"),
        "{err}"
    );
}

#[test]
fn a_usage_mistake_is_in_each_language_with_the_structure_of_clap() {
    for &lang in Lang::ALL {
        let (code, out, err) = run(&["--lang", lang.code(), "explain"]);
        assert_eq!(code, Some(2), "{lang}");
        assert!(out.is_empty());
        let lines: Vec<&str> = err.lines().collect();
        // error: …, the missing argument, a blank line, the usage, a blank line, where to read more.
        assert_eq!(
            lines[0],
            text(lang, "ui-usage-error")
                .replace("{$message}", &text(lang, "ui-usage-missing-required")),
            "{lang}:\n{err}"
        );
        let input = text(lang, "cli-value-input");
        assert_eq!(lines[1], format!("  <{input}>..."));
        assert_eq!(lines[2], "");
        assert!(
            lines[3].starts_with(&format!(
                "{} mailwiz explain ",
                text(lang, "ui-usage-heading")
            )),
            "{lang}:\n{err}"
        );
        assert_eq!(lines[4], "");
        assert_eq!(
            lines[5],
            text(lang, "ui-usage-more").replace("{$flag}", "--help")
        );
        assert_eq!(lines.len(), 6);

        // A mistyped command, with the similar one as a tip.
        let (code, _, err) = run(&["--lang", lang.code(), "chek", "example.com"]);
        assert_eq!(code, Some(2));
        assert!(
            err.starts_with(&lead(lang, "ui-usage-error")),
            "{lang}:\n{err}"
        );
        assert!(
            err.contains(&lead(lang, "ui-usage-unknown-command")),
            "{lang}:\n{err}"
        );
        let quoted = text(lang, "ui-usage-quoted").replace("{$text}", "check");
        assert!(err.contains(&quoted), "{lang}:\n{err}");
        assert!(
            err.contains(&format!("\n  {}", lead(lang, "ui-usage-tip"))),
            "{lang}:\n{err}"
        );

        // A value that is not one of the possible ones, with the list.
        let (code, _, err) = run(&["--lang", lang.code(), "codes", "--format", "xml"]);
        assert_eq!(code, Some(2));
        assert!(
            err.contains(&lead(lang, "ui-usage-invalid-value")),
            "{lang}:\n{err}"
        );
        assert!(err.contains("text, json]"), "{lang}:\n{err}");

        // A number out of range: the option's own text says what it takes.
        let (code, _, err) = run(&[
            "--lang",
            lang.code(),
            "check",
            "--timeout",
            "99",
            "x.example",
        ]);
        assert_eq!(code, Some(2));
        let timeout = first_words(&text(lang, "cli-check-arg-timeout"), 3);
        assert!(flat(&err).contains(&timeout), "{lang}:\n{err}");
        assert!(!err.contains("1..=60"), "clap's English reason: {err}");
        // The tip is wrapped to the 80 columns of a pipe, under its own indent.
        assert!(
            err.lines().all(|l| l.chars().count() <= 80),
            "{lang}:\n{err}"
        );
    }
}

#[test]
fn an_unknown_language_asks_in_the_environments() {
    let out = mailwiz()
        .env("LANG", "pl_PL.UTF-8")
        .args(["--lang", "xx", "explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with(&lead(Lang::Pl, "ui-usage-error")), "{err}");
}

#[test]
fn the_version_names_the_knowledge_revision() {
    for &lang in Lang::ALL {
        let (code, out, _) = run(&["--lang", lang.code(), "--version"]);
        assert_eq!(code, Some(0));
        assert!(
            out.starts_with(&format!("mailwiz {} ", env!("CARGO_PKG_VERSION"))),
            "{out}"
        );
        assert!(
            out.contains(mailwiz::cli::help::KNOWLEDGE_REVISION),
            "{out}"
        );
        assert_eq!(out.lines().count(), 1);
    }
    assert_eq!(run(&["-V"]).1, run(&["--version"]).1);
}

#[test]
fn help_and_mistakes_sent_over_ssh_are_localized_too() {
    let ssh = |command: &str| {
        mailwiz()
            .args(["--restricted", "--lang", "cs"])
            .env("SSH_ORIGINAL_COMMAND", command)
            .output()
            .unwrap()
    };
    for command in ["explain --help", "help explain", "help"] {
        let out = ssh(command);
        assert_eq!(out.status.code(), Some(0), "{command}: {out:?}");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(
            help.contains(&text(Lang::Cs, "ui-usage-heading")),
            "{command}:\n{help}"
        );
    }
    let out = ssh("explain --format xml 550");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with(&lead(Lang::Cs, "ui-usage-error")), "{err}");
    assert!(
        err.contains(&lead(Lang::Cs, "ui-usage-invalid-value")),
        "{err}"
    );
}
