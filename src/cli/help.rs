//! The command line in the user's language: the clap definition of [`Args`] with every text
//! (about, option, value name, heading, usage, version) taken from `cli.ftl` and `ui.ftl`, and
//! clap's errors written again from their kind and context with the same structure as clap's
//! ("error: ...", tips, the usage line, where to read more).
//!
//! The command line is parsed first by the bare definition, which is fast; only when that fails
//! (or asks for help or the version) is it parsed again by the localized one, whose error then
//! speaks the user's language. The man page and the completions are made from the English one.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::args::{self, Args};
use crate::i18n::{Lang, Msg, Tr};
use crate::sanitize;

/// The revision of the knowledge this binary embeds (see [`crate::revision`]).
pub const KNOWLEDGE_REVISION: &str = env!("MAILWIZ_KNOWLEDGE");

/// The name of the command before any subcommand, in the ids of `cli.ftl`.
const ROOT: &str = "mailwiz";

/// The widest the help is wrapped to, however wide the terminal.
const MAX_WIDTH: usize = 100;

/// How clap writes a tip's indent and a list's.
const TAB: &str = "  ";

/// The texts every command's help shares.
struct Frame {
    template: String,
    commands: String,
    arguments: String,
    options: String,
    default: String,
    possible: String,
}

/// The definition of the command line with its texts in `tr`'s language.
pub fn command(tr: Tr) -> Command {
    let frame = Frame {
        // clap's own template, with the heading of the usage line in the user's language.
        template: format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr.say(Msg::UsageHeading).replace(['{', '}'], "")
        ),
        commands: tr.say(Msg::HelpHeadingCommands),
        arguments: tr.say(Msg::HelpHeadingArguments),
        options: tr.say(Msg::HelpHeadingOptions),
        default: tr.say(Msg::UsageDefault),
        possible: tr.say(Msg::UsagePossible),
    };
    let mut cmd = localize(Args::command(), ROOT, &tr, &frame)
        .version(tr.say(Msg::Version {
            version: env!("CARGO_PKG_VERSION").to_string(),
            revision: KNOWLEDGE_REVISION.to_string(),
        }))
        .max_term_width(MAX_WIDTH);
    // The usage lines as clap makes them, with "[OPTIONS]" in the user's language.
    let options = tr.say(Msg::UsageOptions);
    let usage = |c: &mut Command| {
        let u = c.render_usage().to_string();
        let u = u.split_once(' ').map_or(u.as_str(), |(_, rest)| rest);
        u.replace("[OPTIONS]", &options)
    };
    let mut built = cmd.clone();
    built.build();
    let root = usage(&mut built);
    let subs: Vec<(String, String)> = built
        .get_subcommands_mut()
        .map(|s| (s.get_name().to_string(), usage(s)))
        .collect();
    cmd = cmd.override_usage(root);
    for (name, u) in subs {
        cmd = cmd.mut_subcommand(name, |s| s.override_usage(u));
    }
    cmd
}

fn localize(mut cmd: Command, name: &str, tr: &Tr, frame: &Frame) -> Command {
    cmd = cmd
        .about(tr.cli(&format!("cli-{name}-about")).unwrap_or_default())
        .help_template(&frame.template)
        .subcommand_help_heading(frame.commands.clone())
        .subcommand_value_name(value_name(tr, "COMMAND"));
    cmd = match tr.cli(&format!("cli-{name}-long")) {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&'static str>),
    };
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| localize_arg(a, name, tr, frame));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let id = sub.clone();
        cmd = cmd.mut_subcommand(sub, |c| localize(c, &id, tr, frame));
    }
    cmd
}

fn localize_arg(a: Arg, cmd: &str, tr: &Tr, frame: &Frame) -> Arg {
    let mut help = tr.cli(&arg_id(cmd, &a)).unwrap_or_default();
    if a.get_action().takes_values() && a.get_value_names().is_some() {
        // The default and the possible values, as clap adds them, in the user's words.
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            help.push_str(&format!(" [{}: {}]", frame.default, defaults.join(", ")));
        }
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() {
            help.push_str(&format!(" [{}: {}]", frame.possible, values.join(", ")));
        }
    }
    let names: Option<Vec<String>> = a
        .get_value_names()
        .map(|names| names.iter().map(|n| value_name(tr, n.as_str())).collect());
    let heading = if a.is_positional() {
        &frame.arguments
    } else {
        &frame.options
    };
    let takes_values = a.get_action().takes_values();
    // The text --help shows instead, where there is one (the help option's own).
    let long = tr.cli(&format!("{}-long", arg_id(cmd, &a)));
    let a = a.help(help).help_heading(heading.clone());
    let a = match long {
        Some(long) => a.long_help(long),
        None => a.long_help(None::<&'static str>),
    };
    match names {
        Some(names) if takes_values => a
            .value_names(names)
            .hide_default_value(true)
            .hide_possible_values(true),
        _ => a,
    }
}

/// `cli-explain-arg-format`: the id of an option's text in `cli.ftl`.
fn arg_id(cmd: &str, a: &Arg) -> String {
    format!("cli-{cmd}-arg-{}", a.get_id().as_str().replace('_', "-"))
}

/// `cli-value-ip-port` for `IP[:PORT]`: the id of a value's name.
fn value_id(name: &str) -> String {
    let slug: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    format!("cli-value-{}", slug.join("-"))
}

fn value_name(tr: &Tr, name: &str) -> String {
    tr.cli(&value_id(name)).unwrap_or_else(|| name.to_string())
}

/// Every id of `cli.ftl` the program uses: each command's about (and long text, where the
/// English file has one), each argument's text and each value's name, and the man page's.
pub fn message_ids() -> Vec<String> {
    let loc = crate::i18n::Localizer::new();
    let tr = loc.tr(Lang::FALLBACK);
    let mut ids = vec![value_id("COMMAND")];
    fn walk(cmd: &Command, name: &str, tr: &Tr, ids: &mut Vec<String>) {
        ids.push(format!("cli-{name}-about"));
        let long = format!("cli-{name}-long");
        if tr.cli(&long).is_some() {
            ids.push(long);
        }
        for a in cmd.get_arguments() {
            ids.push(arg_id(name, a));
            let long = format!("{}-long", arg_id(name, a));
            if tr.cli(&long).is_some() {
                ids.push(long);
            }
            if a.get_action().takes_values() {
                for v in a.get_value_names().unwrap_or_default() {
                    ids.push(value_id(v.as_str()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, sub.get_name(), tr, ids);
        }
    }
    walk(&Args::command(), ROOT, &tr, &mut ids);
    ids.extend(super::generate::MAN_IDS.iter().map(|id| id.to_string()));
    ids.sort();
    ids.dedup();
    ids
}

/// What the command line said instead of a command to run: help or the version for standard
/// output, or a mistake for standard error (exit 2). Anything the user typed is cleaned of
/// control characters and escape sequences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Print(String),
    Mistake(String),
}

/// Parse a command line: by the bare definition, which is fast, and only when that fails (or
/// asks for help or the version) again by the definition in the language the line asks for,
/// which then says why, in that language.
pub fn read(args: &[OsString]) -> Result<Args, (Said, Lang)> {
    args::parse(args.iter().cloned()).or_else(|_| {
        let lang = language(args);
        parse(crate::i18n::Localizer::new().tr(lang), args).map_err(|said| (said, lang))
    })
}

/// Parse `args` by the localized definition, which gives the same result as [`args::parse`],
/// with its help and its mistakes in `tr`'s language.
pub fn parse(tr: Tr, args: &[OsString]) -> Result<Args, Said> {
    let cmd = command(tr);
    match args::parse_with(cmd.clone(), args.iter().cloned()) {
        Ok(parsed) => Ok(parsed),
        Err(e) if e.use_stderr() => {
            let width = super::text::width_of(std::io::stderr());
            Err(Said::Mistake(clean(&error_text(tr, &cmd, &e, width))))
        }
        Err(e) => Err(Said::Print(clean(&e.render().to_string()))),
    }
}

/// The help of one command (`mailwiz help explain`), or of mailwiz.
pub fn help_of(tr: Tr, command: Option<&str>) -> String {
    let argv: Vec<OsString> = std::iter::once(ROOT)
        .chain(command)
        .chain(["--help"])
        .map(OsString::from)
        .collect();
    match parse(tr, &argv) {
        Err(Said::Print(text) | Said::Mistake(text)) => text,
        Ok(_) => String::new(),
    }
}

fn clean(text: &str) -> String {
    text.lines()
        .map(|l| sanitize::truncate(&sanitize::clean(l, false), 300) + "\n")
        .collect()
}

/// The language of the help and the mistakes: `--lang` where the command line has one that
/// exists, else the environment's.
pub fn language(args: &[OsString]) -> Lang {
    let mut requested = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(w) = words.next() {
        if w == "--" {
            break;
        }
        if w == "--lang" {
            requested = words.next().map(|v| v.into_owned());
            break;
        }
        if let Some(v) = w.strip_prefix("--lang=") {
            requested = Some(v.to_string());
            break;
        }
    }
    Lang::choose_or_env(requested.as_deref(), |k| std::env::var(k).ok())
}

/// A clap error in `tr`'s language, in clap's structure, its tips wrapped to `width`.
pub fn error_text(tr: Tr, cmd: &Command, e: &clap::Error, width: usize) -> String {
    let mut out = tr.say(Msg::UsageError {
        message: message(tr, e),
    });
    let tips = tips(tr, cmd, e);
    if !tips.is_empty() {
        out.push('\n');
        let options = textwrap::Options::new(width)
            .initial_indent(TAB)
            .subsequent_indent("    ");
        for tip in tips {
            for line in textwrap::wrap(&tr.say(Msg::UsageTip { tip }), &options) {
                out.push('\n');
                out.push_str(&line);
            }
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap puts its English heading before the line; the line itself is ours.
        let line = usage
            .split_once(' ')
            .map_or(usage.as_str(), |(_, rest)| rest);
        out.push_str("\n\n");
        out.push_str(&tr.say(Msg::UsageHeading));
        out.push(' ');
        out.push_str(line);
    }
    out.push_str("\n\n");
    out.push_str(&tr.say(Msg::UsageMore {
        flag: "--help".to_string(),
    }));
    out.push('\n');
    out
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<usize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => usize::try_from(*n).ok(),
        _ => None,
    }
}

fn list(items: &[String]) -> String {
    items.iter().map(|i| format!("\n{TAB}{i}")).collect()
}

/// The first line of the mistake (and the lines that belong to it), by its kind.
fn message(tr: Tr, e: &clap::Error) -> String {
    use ContextKind as K;
    let arg = string(e, K::InvalidArg);
    let value = string(e, K::InvalidValue);
    let said = match e.kind() {
        ErrorKind::UnknownArgument => arg.map(|arg| tr.say(Msg::UsageUnknownArgument { arg })),
        ErrorKind::InvalidSubcommand => string(e, K::InvalidSubcommand)
            .map(|command| tr.say(Msg::UsageUnknownCommand { command })),
        ErrorKind::InvalidValue => arg.zip(value).map(|(arg, value)| {
            let mut m = if value.is_empty() {
                tr.say(Msg::UsageMissingValue { arg })
            } else {
                tr.say(Msg::UsageInvalidValue { value, arg })
            };
            let valid = strings(e, K::ValidValue);
            if !valid.is_empty() {
                m.push('\n');
                m.push_str(TAB);
                m.push_str(&tr.say(Msg::UsagePossibleValues {
                    values: valid.join(", "),
                }));
            }
            m
        }),
        ErrorKind::ValueValidation => arg
            .zip(value)
            .map(|(arg, value)| tr.say(Msg::UsageInvalidValue { value, arg })),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, K::InvalidArg);
            (!missing.is_empty()).then(|| tr.say(Msg::UsageMissingRequired) + &list(&missing))
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg.or_else(|| string(e, K::InvalidSubcommand));
            match (arg, e.get(K::PriorArg)) {
                (Some(arg), Some(ContextValue::String(other))) if *other == arg => {
                    Some(tr.say(Msg::UsageRepeated { arg }))
                }
                (Some(arg), Some(ContextValue::String(other))) => {
                    Some(tr.say(Msg::UsageConflict {
                        arg,
                        other: other.clone(),
                    }))
                }
                (Some(arg), Some(ContextValue::Strings(others))) if !others.is_empty() => {
                    Some(tr.say(Msg::UsageConflictList { arg }) + &list(others))
                }
                _ => None,
            }
        }
        ErrorKind::TooManyValues => arg
            .zip(value)
            .map(|(arg, value)| tr.say(Msg::UsageTooManyValues { value, arg })),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = number(e, K::ExpectedNumValues).or_else(|| number(e, K::MinValues));
            match (arg, expected, number(e, K::ActualNumValues)) {
                (Some(arg), Some(expected), Some(given)) => Some(tr.say(Msg::UsageValueCount {
                    arg,
                    expected,
                    given,
                })),
                _ => None,
            }
        }
        ErrorKind::NoEquals => arg.map(|arg| tr.say(Msg::UsageNoEquals { arg })),
        ErrorKind::InvalidUtf8 => Some(tr.say(Msg::UsageInvalidUtf8)),
        _ => None,
    };
    said.unwrap_or_else(|| tr.say(Msg::UsageUnreadable))
}

/// The tips under the mistake: similar names, and clap's own suggestions, said again.
fn tips(tr: Tr, cmd: &Command, e: &clap::Error) -> Vec<String> {
    use ContextKind as K;
    let quoted = |names: Vec<String>| {
        let count = names.len();
        let names = names
            .into_iter()
            .map(|n| tr.say(Msg::UsageQuoted { text: n }))
            .collect::<Vec<_>>()
            .join(", ");
        (names, count)
    };
    let mut tips = Vec::new();
    for (kind, similar) in [
        (K::SuggestedSubcommand, 0),
        (K::SuggestedArg, 1),
        (K::SuggestedValue, 2),
    ] {
        let names = strings(e, kind);
        if names.is_empty() {
            continue;
        }
        let (names, count) = quoted(names);
        tips.push(tr.say(match similar {
            0 => Msg::UsageSimilarCommand { names, count },
            1 => Msg::UsageSimilarOption { names, count },
            _ => Msg::UsageSimilarValue { names, count },
        }));
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = e.get(K::Suggested) {
        for s in suggestions {
            if let Some(tip) = suggestion(tr, &s.to_string()) {
                tips.push(tip);
            }
        }
    }
    // A value the option refuses: what the option takes, from its help.
    if e.kind() == ErrorKind::ValueValidation
        && let Some(arg) = string(e, K::InvalidArg)
        && let Some(help) = option_help(cmd, &arg)
    {
        tips.push(format!("{arg}: {help}"));
    }
    tips
}

/// One of clap's English suggestions, recognised by its shape and said in `tr`'s language; one
/// of another shape is left out rather than shown in English.
fn suggestion(tr: Tr, english: &str) -> Option<String> {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    if english.starts_with("to pass '") && quoted.len() == 2 {
        return Some(tr.say(Msg::UsageAsValue {
            arg: quoted[0].to_string(),
            usage: quoted[1].to_string(),
        }));
    }
    if english.starts_with("subcommand '") && english.contains("remove the '--'") {
        return Some(tr.say(Msg::UsageRemoveDashes {
            command: quoted.first()?.to_string(),
        }));
    }
    if english.starts_with('\'') && english.ends_with("' exists") && quoted.len() == 1 {
        return Some(tr.say(Msg::UsageInCommand {
            usage: quoted[0].to_string(),
        }));
    }
    None
}

/// The help text of the option that `shown` ("--timeout <SECONDS>") names, in any command.
fn option_help(cmd: &Command, shown: &str) -> Option<String> {
    let long = shown.split(' ').next()?.strip_prefix("--")?;
    let found = cmd
        .get_arguments()
        .find(|a| a.get_long() == Some(long))
        .and_then(|a| a.get_help().map(|h| h.to_string()));
    found.or_else(|| cmd.get_subcommands().find_map(|s| option_help(s, shown)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;

    fn argv(words: &[&str]) -> Vec<OsString> {
        std::iter::once("mailwiz")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn every_command_and_option_has_its_text_in_english() {
        let loc = Localizer::new();
        let tr = loc.tr(Lang::En);
        for id in message_ids() {
            assert!(tr.cli(&id).is_some(), "cli.ftl lacks {id}");
        }
        assert!(message_ids().len() > 50);
    }

    #[test]
    fn the_localized_definition_parses_as_the_bare_one() {
        let loc = Localizer::new();
        for &lang in Lang::ALL {
            let tr = loc.tr(lang);
            command(tr).debug_assert();
            let parsed = parse(tr, &argv(&["explain", "550", "--format", "json"])).unwrap();
            assert!(matches!(
                parsed.command,
                Some(args::Command::Explain {
                    format: args::Format::Json,
                    ..
                })
            ));
        }
    }

    #[test]
    fn help_lists_arguments_before_options_and_no_english_heading_is_left() {
        let loc = Localizer::new();
        let tr = loc.tr(Lang::Pl);
        let help = help_of(tr, Some("explain"));
        let arguments = help.find(&tr.say(Msg::HelpHeadingArguments)).unwrap();
        let options = help.find(&tr.say(Msg::HelpHeadingOptions)).unwrap();
        assert!(arguments < options, "{help}");
        for english in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Commands:",
            "[default:",
            "[possible values",
            "Print help",
            "[OPTIONS]",
        ] {
            assert!(!help.contains(english), "{english} in {help}");
            assert!(!help_of(tr, None).contains(english), "{english}");
        }
    }

    #[test]
    fn the_help_command_takes_the_name_of_every_command() {
        let cmd = Args::command();
        let names: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
        let help = cmd.find_subcommand("help").unwrap();
        let arg = help.get_arguments().find(|a| a.is_positional()).unwrap();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(values, names);
    }

    #[test]
    fn the_language_comes_from_the_command_line_else_the_environment() {
        assert_eq!(language(&argv(&["--lang", "cs", "--help"])), Lang::Cs);
        assert_eq!(language(&argv(&["explain", "--lang=fi", "x"])), Lang::Fi);
        // After `--`, a word is input, not an option.
        let after = language(&argv(&["explain", "--", "--lang", "pl"]));
        assert_eq!(after, language(&argv(&[])));
    }

    #[test]
    fn clap_suggestions_are_recognised_by_their_shape() {
        let loc = Localizer::new();
        let tr = loc.tr(Lang::En);
        assert_eq!(
            suggestion(tr, "to pass '-x' as a value, use '-- -x'").as_deref(),
            Some("to pass '-x' as a value, use '-- -x'")
        );
        assert_eq!(
            suggestion(tr, "'explain --format' exists").as_deref(),
            Some("'explain --format' exists")
        );
        assert!(suggestion(tr, "something clap says one day").is_none());
    }
}
