//! `mailwiz --generate KIND`: the man page and the shell completions, made from the same clap
//! definition and texts as `--help`, in ripgrep's manner.
//!
//! The man page is in the language asked for (`--lang`, else the environment's), like the help:
//! clap_mangen renders the title, the name, the description and the options, and this module
//! the rest: the synopsis of every command, a subsection per command with its own arguments and
//! options, the wizard's keys (from the keymap, as the help overlay lists them), the profile,
//! restricted mode, the environment and the exit codes, from `cli.ftl`. Every character outside
//! ASCII is written as groff's `\[uXXXX]`, so the page reads the same whatever the reader's
//! encoding.

use std::io::{self, Write};

use clap::Command;
use clap_complete::Shell;

use super::args::Generate;
use crate::i18n::{Lang, Localizer, Msg, Tr};

/// The ids of `cli.ftl` the man page uses besides the help's.
pub const MAN_IDS: &[&str] = &[
    "cli-man-manual",
    "cli-man-name",
    "cli-man-synopsis",
    "cli-man-description",
    "cli-man-keys",
    "cli-man-keys-text",
    "cli-man-profile",
    "cli-man-profile-text",
    "cli-man-restricted",
    "cli-man-restricted-text",
    "cli-man-environment",
    "cli-man-env-lang",
    "cli-man-env-no-color",
    "cli-man-env-config",
    "cli-man-env-restricted",
    "cli-man-env-domain",
    "cli-man-env-offline",
    "cli-man-exit-status",
    "cli-man-exit-0",
    "cli-man-exit-1",
    "cli-man-exit-2",
    "cli-man-version",
];

pub fn run(kind: Generate, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let loc = Localizer::new();
    let tr = loc.tr(lang);
    let mut cmd = super::help::command(tr);
    match kind {
        Generate::Man => out.write_all(man(tr, cmd)?.as_bytes())?,
        Generate::CompleteBash => clap_complete::generate(Shell::Bash, &mut cmd, "mailwiz", out),
        Generate::CompleteZsh => clap_complete::generate(Shell::Zsh, &mut cmd, "mailwiz", out),
        Generate::CompleteFish => clap_complete::generate(Shell::Fish, &mut cmd, "mailwiz", out),
    }
    out.flush()
}

fn text(tr: Tr, id: &str) -> String {
    tr.cli(id).unwrap_or_default()
}

/// Text as roff reads it: backslashes and hyphens escaped, no line taken for a request.
fn roff(s: &str) -> String {
    let escaped = s.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn heading(title: &str) -> String {
    format!(".SH \"{}\"\n", title.to_uppercase().replace('"', ""))
}

/// The keys with the same text on one row ("L, F2"), then the texts of one key on one row
/// ("Enter": choose; go on; explain).
fn merged(rows: Vec<(String, String)>) -> Vec<(String, String)> {
    joined(joined(rows, Side::Text, ", "), Side::Key, "; ")
}

/// Which side of a row two rows must share to become one.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Key,
    Text,
}

/// The rows that share `side` as one row, the other sides joined with `sep`, in first order.
fn joined(rows: Vec<(String, String)>, side: Side, sep: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (key, text) in rows {
        let same = out.iter_mut().find(|(k, t)| match side {
            Side::Key => *k == key,
            Side::Text => *t == text,
        });
        match (same, side) {
            (Some((_, t)), Side::Key) => {
                t.push_str(sep);
                t.push_str(&text);
            }
            (Some((k, _)), Side::Text) => {
                k.push_str(sep);
                k.push_str(&key);
            }
            (None, _) => out.push((key, text)),
        }
    }
    out
}

/// A definition list: each term in bold, its text below.
fn items(rows: &[(String, String)]) -> String {
    rows.iter()
        .map(|(term, desc)| format!(".TP\n\\fB{}\\fR\n{}\n", roff(term), roff(desc)))
        .collect()
}

/// clap_mangen's rendering of one part, without its `.SH` headings: the page writes its own, in
/// the user's language.
fn rendered(
    render: impl Fn(&clap_mangen::Man, &mut dyn Write) -> io::Result<()>,
    man: &clap_mangen::Man,
) -> io::Result<String> {
    let mut buf = Vec::new();
    render(man, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf)
        .lines()
        .filter(|l| !l.starts_with(".SH "))
        .map(|l| format!("{l}\n"))
        .collect())
}

/// The usage line of a command, as its help shows it, with the command's name in bold.
fn synopsis(cmd: &Command, name: &str) -> String {
    let usage = cmd
        .get_overridden_usage()
        .map(|u| u.to_string())
        .unwrap_or_default();
    let rest = usage.strip_prefix(name).unwrap_or(&usage).trim_start();
    format!("\\fB{}\\fR {}\n", roff(name), roff(rest))
}

fn man(tr: Tr, cmd: Command) -> io::Result<String> {
    let version = cmd.get_version().unwrap_or_default().to_string();
    let man = clap_mangen::Man::new(cmd.clone());
    // The title, the section, no date, the source and the manual's name.
    let mut page = format!(
        ".TH MAILWIZ 1 \"\" \"mailwiz {}\" \"{}\"\n",
        env!("CARGO_PKG_VERSION"),
        roff(&text(tr, "cli-man-manual")).replace('"', "")
    );
    // No word is broken at a line's end: groff's hyphenation is English, and it would break
    // paths and variables (/etc/mail-wiz, MAIL-WIZ_RESTRICTED) in every language.
    page.push_str(".nh\n");

    page.push_str(&heading(&text(tr, "cli-man-name")));
    page.push_str(&rendered(clap_mangen::Man::render_name_section, &man)?);

    page.push_str(&heading(&text(tr, "cli-man-synopsis")));
    page.push_str(&synopsis(&cmd, "mailwiz"));
    for sub in cmd.get_subcommands() {
        page.push_str(".br\n");
        page.push_str(&synopsis(sub, &format!("mailwiz {}", sub.get_name())));
    }

    page.push_str(&heading(&text(tr, "cli-man-description")));
    page.push_str(&rendered(
        clap_mangen::Man::render_description_section,
        &man,
    )?);

    page.push_str(&heading(&tr.say(Msg::HelpHeadingOptions)));
    page.push_str(&rendered(clap_mangen::Man::render_options_section, &man)?);

    // Each command with its description and its own arguments and options; the options of
    // mailwiz itself (--lang, --profile, --restricted) are above.
    page.push_str(&heading(&tr.say(Msg::HelpHeadingCommands)));
    for sub in cmd.get_subcommands() {
        let name = format!("mailwiz {}", sub.get_name());
        page.push_str(&format!(".SS \"{}\"\n", roff(&name)));
        page.push_str(&synopsis(sub, &name));
        page.push_str(".PP\n");
        // Built alone, with no help option of clap's own: -h is among mailwiz's options.
        let sub_man = clap_mangen::Man::new(sub.clone().disable_help_flag(true));
        page.push_str(&rendered(
            clap_mangen::Man::render_description_section,
            &sub_man,
        )?);
        page.push_str(&rendered(
            clap_mangen::Man::render_options_section,
            &sub_man,
        )?);
    }

    page.push_str(&heading(&text(tr, "cli-man-keys")));
    page.push_str(&roff(&text(tr, "cli-man-keys-text")));
    page.push('\n');
    page.push_str(&items(&merged(crate::tui::keymap::manual(tr))));

    for (title, body) in [
        ("cli-man-profile", "cli-man-profile-text"),
        ("cli-man-restricted", "cli-man-restricted-text"),
    ] {
        page.push_str(&heading(&text(tr, title)));
        page.push_str(&roff(&text(tr, body)));
        page.push('\n');
    }

    page.push_str(&heading(&text(tr, "cli-man-environment")));
    let env = |vars: &str, id: &str| (vars.to_string(), text(tr, id));
    page.push_str(&items(&[
        env("LC_ALL, LC_MESSAGES, LANG", "cli-man-env-lang"),
        env("NO_COLOR", "cli-man-env-no-color"),
        env("XDG_CONFIG_HOME", "cli-man-env-config"),
        env("MAILWIZ_RESTRICTED", "cli-man-env-restricted"),
        env("MAILWIZ_DOMAIN", "cli-man-env-domain"),
        env("MAILWIZ_OFFLINE", "cli-man-env-offline"),
    ]));

    page.push_str(&heading(&text(tr, "cli-man-exit-status")));
    page.push_str(&items(&[
        ("0".to_string(), text(tr, "cli-man-exit-0")),
        ("1".to_string(), text(tr, "cli-man-exit-1")),
        ("2".to_string(), text(tr, "cli-man-exit-2")),
    ]));

    page.push_str(&heading(&text(tr, "cli-man-version")));
    page.push_str(&roff(&version));
    page.push('\n');
    Ok(ascii(&page))
}

/// Every character outside ASCII as groff's `\[uXXXX]`.
fn ascii(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", c as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_text_cannot_become_a_request() {
        assert_eq!(roff(".SH x\n'br"), "\\&.SH x\n\\&'br");
        assert_eq!(roff("a\\b --lang"), "a\\eb \\-\\-lang");
        assert_eq!(ascii("Użycie ↑"), "U\\[u017C]ycie \\[u2191]");
    }

    #[test]
    fn keys_with_one_text_share_a_row_and_a_key_lists_its_texts() {
        let rows = |r: &[(&str, &str)]| -> Vec<(String, String)> {
            r.iter()
                .map(|(k, d)| (k.to_string(), d.to_string()))
                .collect()
        };
        assert_eq!(
            merged(rows(&[
                ("Enter", "choose"),
                ("L", "language"),
                ("Enter", "go on"),
                ("F2", "language"),
            ])),
            rows(&[("Enter", "choose; go on"), ("L, F2", "language")])
        );
    }
}
