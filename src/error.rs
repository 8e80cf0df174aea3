//! The one error type of the program, its exit code, and its message in the user's language.
//! `app` prints it, in one place; nothing below prints an error itself.

use std::io;

use crate::access::{CheckRefusal, Refusal, SshRefusal};
use crate::checks::TargetError;
use crate::explain::ExplainError;
use crate::i18n::{Msg, Tr, UnknownLang};
use crate::knowledge::DataError;
use crate::sanitize;

/// Why the program stops without doing what was asked.
#[derive(Debug)]
pub enum Error {
    /// `--lang` names no language of mailwiz.
    UnknownLang(UnknownLang),
    /// Restricted mode refuses an option; `system_profile` is the only profile it reads.
    Refused {
        refusal: Refusal,
        system_profile: String,
    },
    /// A data file (the profile) cannot be used. Its reason is English text from the parser,
    /// inside a localized sentence: it quotes the file, whose keys are English too.
    Data(DataError),
    /// Some inputs of `explain` are not reply codes; nothing was printed for any.
    Unexplained(Vec<ExplainError>),
    /// The wizard was started without a terminal.
    NotATerminal,
    /// TERM says the terminal cannot draw a full screen (`dumb`, or TERM unset).
    DumbTerminal(String),
    /// `--summary FILE` names something that exists: it is never replaced.
    SummaryExists { path: String },
    /// The summary file cannot be written (checked before the wizard starts, and at the end).
    SummaryFile { path: String, source: io::Error },
    /// The terminal failed while the wizard ran.
    Terminal(io::Error),
    /// Standard output cannot be written.
    Output(io::Error),
    /// Standard input cannot be read (`explain -` from a directory or a closed descriptor).
    Stdin(io::Error),
    /// A file given to `explain --file` cannot be read.
    MessageFile { path: String, reason: String },
    /// `search` found nothing for these words; nothing was printed.
    NoMatch(String),
    /// A target of `check` is none; nothing was checked.
    BadTarget(crate::checks::TargetError),
    /// `--resolver` is not an address.
    BadResolver(String),
    /// Restricted mode refuses these live checks.
    ChecksRefused(crate::access::CheckRefusal),
    /// A mail log that cannot be read.
    LogFile { path: String, reason: String },
    /// No mail log was given and none is where logs usually are.
    NoLog(String),
    /// `--since` or `--until` is not a time.
    BadTime(String),
    /// Restricted mode refuses to read the mail log.
    LogRefused,
    /// `profile --check FILE` found these problems.
    ProfileProblems(Vec<DataError>),
    /// Restricted mode refuses the command a client sent over SSH.
    SshRefused(crate::access::SshRefusal),
    /// The command sent over SSH is not a valid command line: the lines of the mistake, in
    /// clap's structure and the user's language (`cli::help`), cleaned.
    Usage(Vec<String>),
}

impl Error {
    /// 2 for what the user can fix by asking differently; 1 when the system failed; 0 for a
    /// closed pipe.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::UnknownLang(_)
            | Error::Refused { .. }
            | Error::Data(_)
            | Error::Unexplained(_)
            | Error::NotATerminal
            | Error::DumbTerminal(_)
            | Error::SummaryExists { .. }
            | Error::MessageFile { .. }
            | Error::NoMatch(_)
            | Error::BadTarget(_)
            | Error::BadResolver(_)
            | Error::ChecksRefused(_)
            | Error::LogFile { .. }
            | Error::NoLog(_)
            | Error::BadTime(_)
            | Error::LogRefused
            | Error::SshRefused(_)
            | Error::ProfileProblems(_)
            | Error::Usage(_) => 2,
            // Whoever closed the pipe has read what they wanted: quietly done.
            Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Error::SummaryFile { .. } | Error::Terminal(_) | Error::Output(_) | Error::Stdin(_) => {
                1
            }
        }
    }

    /// The lines to print, one per problem, in `tr`'s language. A closed output pipe says
    /// nothing: whoever closed it is not listening.
    pub fn messages(&self, tr: Tr) -> Vec<String> {
        let reason =
            |e: &io::Error| sanitize::truncate(&sanitize::clean(&e.to_string(), false), 300);
        match self {
            Error::UnknownLang(UnknownLang(lang)) => vec![tr.say(Msg::ErrorUnknownLanguage {
                lang: sanitize::truncate(&sanitize::clean(lang, false), 40),
                supported: crate::i18n::Lang::supported_list(),
            })],
            Error::Refused {
                refusal: Refusal::Profile,
                system_profile,
            } => vec![tr.say(Msg::ErrorRestrictedProfile {
                path: sanitize::clean(system_profile, false),
            })],
            Error::Refused {
                refusal: Refusal::SummaryFile,
                ..
            } => vec![tr.say(Msg::ErrorRestrictedSummary)],
            Error::Refused {
                refusal: Refusal::File,
                ..
            } => vec![tr.say(Msg::ErrorRestrictedFile)],
            Error::MessageFile { path, reason } => vec![tr.say(Msg::ErrorMessageFile {
                file: sanitize::clean(path, false),
                reason: sanitize::truncate(&sanitize::clean(reason, false), 300),
            })],
            Error::Data(e) => vec![data_error(tr, e)],
            Error::ProfileProblems(all) => all.iter().map(|e| data_error(tr, e)).collect(),
            Error::Unexplained(errors) => errors.iter().map(|e| unexplained(tr, e)).collect(),
            Error::NotATerminal => vec![tr.say(Msg::ErrorNotATerminal)],
            Error::BadTarget(e) => vec![tr.say(match e.clone() {
                TargetError::Name(target) => Msg::ErrorBadTarget { target },
                TargetError::Port(target) => Msg::ErrorBadPort { target },
                TargetError::Scheme(scheme) => Msg::ErrorBadScheme { scheme },
            })],
            Error::LogFile { path, reason } => vec![tr.say(Msg::ErrorLogFile {
                file: sanitize::clean(path, false),
                reason: sanitize::truncate(&sanitize::clean(reason, false), 300),
            })],
            Error::NoLog(files) => vec![tr.say(Msg::ErrorNoLog {
                files: sanitize::clean(files, false),
            })],
            Error::BadTime(t) => vec![tr.say(Msg::ErrorBadTime {
                time: sanitize::truncate(&sanitize::clean(t, false), 60),
            })],
            Error::LogRefused => vec![tr.say(Msg::ErrorRestrictedLog)],
            Error::SshRefused(r) => vec![tr.say(match r.clone() {
                SshRefusal::Syntax(c) => Msg::ErrorSshSyntax {
                    character: if c.is_control() {
                        format!("U+{:04X}", c as u32)
                    } else {
                        c.to_string()
                    },
                },
                SshRefusal::Quote => Msg::ErrorSshQuote,
                SshRefusal::Command(command) => Msg::ErrorSshCommand {
                    command: sanitize::clean(&command, false),
                },
                SshRefusal::Option(option) => Msg::ErrorSshOption {
                    option: sanitize::clean(&option, false),
                },
            })],
            Error::Usage(lines) => lines.clone(),
            Error::BadResolver(r) => vec![tr.say(Msg::ErrorBadResolver {
                resolver: sanitize::truncate(&sanitize::clean(r, false), 80),
            })],
            Error::ChecksRefused(r) => vec![tr.say(match r.clone() {
                CheckRefusal::Off => Msg::ErrorRestrictedChecks,
                CheckRefusal::Resolver => Msg::ErrorRestrictedResolver,
                CheckRefusal::NoDomain => Msg::ErrorRestrictedNoDomain,
                CheckRefusal::Target { target, domain } => Msg::ErrorRestrictedTarget {
                    target: sanitize::truncate(&sanitize::clean(&target, false), 80),
                    domain: sanitize::clean(&domain, false),
                },
            })],
            Error::DumbTerminal(term) => vec![tr.say(Msg::ErrorDumbTerminal {
                term: sanitize::truncate(&sanitize::clean(term, false), 40),
            })],
            Error::SummaryExists { path } => vec![tr.say(Msg::ErrorSummaryExists {
                file: sanitize::clean(path, false),
            })],
            Error::SummaryFile { path, source } => vec![tr.say(Msg::ErrorSummaryWrite {
                file: sanitize::clean(path, false),
                reason: reason(source),
            })],
            Error::Terminal(e) => vec![tr.say(Msg::ErrorTerminal { reason: reason(e) })],
            Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => Vec::new(),
            Error::Output(e) => vec![tr.say(Msg::ErrorOutput { reason: reason(e) })],
            Error::Stdin(e) => vec![tr.say(Msg::ErrorStdin { reason: reason(e) })],
            Error::NoMatch(query) => vec![tr.say(Msg::ErrorNoMatch {
                query: sanitize::truncate(&sanitize::clean(query, false), 60),
            })],
        }
    }
}

fn unexplained(tr: Tr, e: &ExplainError) -> String {
    match e {
        ExplainError::Empty => tr.say(Msg::ErrorEmptyInput),
        ExplainError::NotACode(input) => tr.say(Msg::ErrorNotACode {
            input: sanitize::truncate(input, 60),
        }),
    }
}

impl From<DataError> for Error {
    fn from(e: DataError) -> Error {
        Error::Data(e)
    }
}

/// A data file's problem, with its line when known.
fn data_error(tr: Tr, e: &DataError) -> String {
    match (e.line, e.unreadable) {
        (Some(line), _) => tr.say(Msg::ErrorProfile {
            file: e.file.clone(),
            line,
            reason: e.reason.clone(),
        }),
        (None, true) => tr.say(Msg::ErrorProfileUnreadable {
            file: e.file.clone(),
            reason: e.reason.clone(),
        }),
        (None, false) => tr.say(Msg::ErrorProfileInvalid {
            file: e.file.clone(),
            reason: e.reason.clone(),
        }),
    }
}
