//! The command line: every option and subcommand (clap), so that help, a man page and
//! completions can be made from one definition; how words become inputs; reading standard input.

use std::ffi::OsString;
use std::io::{self, Read};
use std::path::PathBuf;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::smtp::Enhanced;

/// The options before any command, and the command. The texts of `--help` are not here: they
/// come from `i18n/<lang>/cli.ftl` by each command's name and each argument's id
/// (`cli-explain-arg-format`), through [`super::help::command`], so that help, usage errors, the
/// man page and the completions are written in the Fluent files like every other text.
/// Positional arguments come before the options in each command, so that the help lists them
/// first, as clap does.
#[derive(Debug, Parser)]
#[command(
    name = "mailwiz",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Args {
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    #[arg(long, global = true, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[arg(long, value_name = "LANG")]
    pub caller_lang: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub summary: Option<String>,
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        default_value = "text",
        requires = "summary"
    )]
    pub summary_format: SummaryFormat,
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    #[arg(long = "resolver", value_name = "IP[:PORT]", id = "wizard_resolver")]
    pub resolver: Option<String>,
    #[arg(long = "offline", id = "wizard_offline")]
    pub offline: bool,
    #[arg(long, global = true)]
    pub restricted: bool,
    #[arg(long, value_enum, value_name = "KIND")]
    pub generate: Option<Generate>,
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Generate {
    Man,
    CompleteBash,
    CompleteZsh,
    CompleteFish,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    // Explain reply codes, enhanced codes or error lines; `-` reads standard input, which may be
    // a whole bounce message.
    Explain {
        #[arg(required_unless_present = "file", value_name = "INPUT")]
        input: Vec<String>,
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
        format: Format,
        // Bounce messages (.eml) or mboxes, explained recipient by recipient.
        #[arg(long, value_name = "PATH")]
        file: Vec<PathBuf>,
    },
    // Search the catalogue as the wizard's lookup does; exit 0 with results, 2 with none.
    Search {
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
        format: Format,
    },
    // The live checks of each target: DNS, blocklists, servers.
    Check {
        #[arg(required = true, value_name = "TARGET")]
        targets: Vec<String>,
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
        format: Format,
        #[arg(long, value_name = "IP[:PORT]")]
        resolver: Option<String>,
        #[arg(long, value_name = "ZONE")]
        dnsbl: Vec<String>,
        #[arg(long, value_name = "SELECTOR")]
        dkim_selector: Vec<String>,
        #[arg(long, value_name = "SECS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
        timeout: u64,
        #[arg(long)]
        offline: bool,
    },
    // The mail log, counted and grouped.
    Logs {
        #[arg(value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
        format: Format,
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        #[arg(long, value_name = "ADDRESS")]
        address: Option<String>,
    },
    // The profile in effect and where it came from, or `--check FILE`.
    Profile {
        #[arg(long, value_name = "FILE")]
        check: Option<PathBuf>,
    },
    // The catalogue's reply codes, or with `--enhanced` the registry's enhanced codes.
    Codes {
        #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
        format: Format,
        #[arg(long)]
        enhanced: bool,
    },
    // The help of mailwiz, or of one command, as `--help` prints it.
    Help {
        #[arg(value_name = "COMMAND", value_parser = ["explain", "search", "check", "logs", "profile", "codes", "help"])]
        command: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    Text,
    Markdown,
    Json,
}

impl From<SummaryFormat> for crate::present::summary::Format {
    fn from(f: SummaryFormat) -> Self {
        use crate::present::summary::Format;
        match f {
            SummaryFormat::Text => Format::Text,
            SummaryFormat::Markdown => Format::Markdown,
            SummaryFormat::Json => Format::Json,
        }
    }
}

/// Marks a word of `explain` or `search` that starts with `-` but is no option (POP3's `-ERR`),
/// so that the parser takes it as an input; the mark is removed again after parsing.
const HYPHEN_WORD: char = '\u{E000}';

/// Parse the command line. The words after `explain` or `search` that start with `-` and are
/// none of its options are inputs: a reply such as `-ERR authentication failed` is explained (or
/// searched for), not refused.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Args, clap::Error> {
    parse_with(Args::command(), args)
}

/// Parse the command line by `cmd`: [`Args::command`], or the same command with its texts in the
/// user's language ([`super::help::command`]), whose help and errors are then in that language.
pub fn parse_with(
    cmd: clap::Command,
    args: impl IntoIterator<Item = OsString>,
) -> Result<Args, clap::Error> {
    let options = option_names(&cmd);
    let mut in_explain = false;
    let args: Vec<OsString> = args
        .into_iter()
        .enumerate()
        .map(|(i, arg)| {
            let Some(word) = arg.to_str().filter(|_| i > 0) else {
                return arg;
            };
            if !in_explain {
                in_explain = word == "explain" || word == "search";
                return arg;
            }
            let name = word.split('=').next().unwrap_or(word);
            if word.starts_with('-')
                && word != "-"
                && word != "--"
                && !options.iter().any(|o| o == name)
            {
                OsString::from(format!("{HYPHEN_WORD}{word}"))
            } else {
                arg
            }
        })
        .collect();
    let matches = cmd.try_get_matches_from(args)?;
    let mut parsed = Args::from_arg_matches(&matches)?;
    if let Some(Command::Explain { input, .. } | Command::Search { words: input, .. }) =
        &mut parsed.command
    {
        for word in input {
            if let Some(rest) = word.strip_prefix(HYPHEN_WORD) {
                *word = rest.to_string();
            }
        }
    }
    Ok(parsed)
}

/// Every option `explain` and `search` take, as written on the command line (`--lang`, `-h`):
/// those of `cmd` itself and of the two subcommands.
fn option_names(cmd: &clap::Command) -> Vec<String> {
    let subcommands = ["explain", "search"].map(|name| cmd.find_subcommand(name));
    let mut names = Vec::new();
    for arg in cmd.get_arguments().chain(
        subcommands
            .into_iter()
            .flatten()
            .flat_map(|c| c.get_arguments()),
    ) {
        names.extend(arg.get_long().map(|long| format!("--{long}")));
        names.extend(arg.get_short().map(|short| format!("-{short}")));
    }
    names
}

/// The most of standard input `explain -` reads: a whole bounce message.
pub const MAX_STDIN: usize = crate::bounce::MAX_MESSAGE;

/// `explain -`: standard input, at most [`MAX_STDIN`] bytes.
pub fn read_stdin(input: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(MAX_STDIN as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The messages of a file: an mbox holds several, each after a line that starts with "From ";
/// anything else is one.
pub fn split_mbox(bytes: &[u8]) -> Vec<&[u8]> {
    if !bytes.starts_with(b"From ") {
        return vec![bytes];
    }
    let mut starts = vec![0];
    let mut at = 0;
    while let Some(p) = memchr_newline_from(bytes, at) {
        if bytes[p + 1..].starts_with(b"From ") {
            starts.push(p + 1);
        }
        at = p + 1;
    }
    starts.push(bytes.len());
    starts
        .windows(2)
        .map(|w| {
            let message = &bytes[w[0]..w[1]];
            // The "From " line is mbox's, not the message's.
            message
                .iter()
                .position(|b| *b == b'\n')
                .map_or(message, |nl| &message[nl + 1..])
        })
        .collect()
}

fn memchr_newline_from(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|b| *b == b'\n')
        .map(|p| from + p)
}

/// Group command-line words into inputs. A word starts a new input when it is a bare basic code
/// (`550`) or holds a space (a quoted line), and a bare enhanced code (`5.7.1`) does too unless it
/// follows a bare basic code; other words continue the current input. So `550 5.1.1 User unknown`
/// is one input, `550 421` two, and `Relay access denied` one.
pub fn group_inputs(words: &[String]) -> Vec<String> {
    let is_bare_code = |w: &str| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit());
    let mut inputs: Vec<String> = Vec::new();
    for word in words {
        let quoted_line = word.trim().contains(char::is_whitespace) || word.trim().is_empty();
        let bare_enhanced = Enhanced::parse(word).is_some();
        let after_bare_code = inputs.last().is_some_and(|l| is_bare_code(l));
        let starts_new = inputs.is_empty()
            || is_bare_code(word)
            || quoted_line
            || (bare_enhanced && !after_bare_code);
        match inputs.last_mut() {
            Some(last) if !starts_new => {
                last.push(' ');
                last.push_str(word);
            }
            _ => inputs.push(word.clone()),
        }
    }
    inputs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn unquoted_words_of_one_reply_stay_together() {
        assert_eq!(
            group_inputs(&words(&["550", "5.1.1", "User", "unknown"])),
            ["550 5.1.1 User unknown"]
        );
        assert_eq!(
            group_inputs(&words(&["Relay", "access", "denied"])),
            ["Relay access denied"]
        );
    }

    #[test]
    fn codes_and_quoted_lines_start_new_inputs() {
        assert_eq!(
            group_inputs(&words(&["550", "421", "554"])),
            ["550", "421", "554"]
        );
        assert_eq!(
            group_inputs(&words(&["5.1.1", "5.7.1"])),
            ["5.1.1", "5.7.1"]
        );
        assert_eq!(
            group_inputs(&words(&[
                "550 5.1.1 User unknown",
                "452 4.5.3 Too many recipients"
            ])),
            ["550 5.1.1 User unknown", "452 4.5.3 Too many recipients"]
        );
        assert_eq!(group_inputs(&words(&["hello", "999"])), ["hello", "999"]);
    }

    #[test]
    fn standard_input_is_read_up_to_the_bound() {
        let big = vec![b'5'; MAX_STDIN * 2];
        assert_eq!(read_stdin(&big[..]).unwrap().len(), MAX_STDIN);
        assert_eq!(read_stdin(&b"550 \xff"[..]).unwrap(), b"550 \xff");
    }

    #[test]
    fn an_mbox_is_split_into_its_messages() {
        let mbox = b"From a@example.com Mon Jan  1 00:00:00 2026\nSubject: one\n\nx\nFrom b@example.com Tue Jan  2 00:00:00 2026\nSubject: two\n\ny\n";
        let parts = split_mbox(mbox);
        assert_eq!(parts.len(), 2);
        assert!(parts[0].starts_with(b"Subject: one"));
        assert!(parts[1].starts_with(b"Subject: two"));
        assert_eq!(split_mbox(b"Subject: x\n\nFrom here on\n").len(), 1);
    }

    fn explain_words(args: &[&str]) -> Vec<String> {
        let args = std::iter::once("mailwiz")
            .chain(args.iter().copied())
            .map(OsString::from);
        match parse(args).unwrap().command {
            Some(Command::Explain { input, .. }) => input,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn words_that_start_with_a_hyphen_are_inputs_and_options_still_work() {
        assert_eq!(
            explain_words(&["explain", "550", "5.1.1", "-ERR", "user", "unknown"]),
            ["550", "5.1.1", "-ERR", "user", "unknown"]
        );
        assert_eq!(
            explain_words(&["explain", "-ERR", "--lang", "pl", "x"]),
            ["-ERR", "x"]
        );
        let args = [
            "mailwiz",
            "explain",
            "-ERR",
            "--lang=cs",
            "--format",
            "json",
        ];
        let parsed = parse(args.map(OsString::from)).unwrap();
        assert_eq!(parsed.lang.as_deref(), Some("cs"));
        assert!(matches!(
            parsed.command,
            Some(Command::Explain {
                format: Format::Json,
                ..
            })
        ));
        assert_eq!(explain_words(&["explain", "-"]), ["-"]);
        // Outside explain, an unknown option is still an error.
        assert!(parse(["mailwiz", "-ERR"].map(OsString::from)).is_err());
    }
}
