//! The program between the command line and the work: the one place that picks the language,
//! applies restricted mode, loads the knowledge, dispatches, and prints errors with their exit
//! code.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::access;
use crate::cli::{self, Args, Command, Output};
use crate::error::Error;
use crate::i18n::UnknownLang;
use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::sanitize;
use crate::tui;

/// Run what the command line asks for; print any error on stderr, in the user's language.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    match cli::help::read(&args) {
        Ok(args) => run_args(args),
        // Help, the version, or a mistake, in the user's language.
        Err((said, lang)) => print_said(&said, lang),
    }
}

/// Help and the version go to standard output, mistakes to standard error with exit 2.
fn print_said(said: &cli::help::Said, lang: Lang) -> ExitCode {
    match said {
        cli::help::Said::Mistake(text) => {
            let _ = io::stderr().lock().write_all(text.as_bytes());
            ExitCode::from(2)
        }
        cli::help::Said::Print(text) => print(text, lang),
    }
}

fn print(text: &str, lang: Lang) -> ExitCode {
    match write_stdout(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, lang),
    }
}

fn write_stdout(text: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Error::Output)
}

fn fail(e: &Error, lang: Lang) -> ExitCode {
    report(e, lang);
    ExitCode::from(e.exit_code())
}

fn run_args(args: Args) -> ExitCode {
    let env = |k: &str| std::env::var(k).ok();
    let (lang, result) = match Lang::choose(args.lang.as_deref(), env) {
        Ok(lang) => (lang, run(args, lang)),
        // Report in the environment's language, since the requested one does not exist.
        Err(unknown) => (
            Lang::choose_or_env(None, env),
            Err(Error::UnknownLang(unknown)),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, lang),
    }
}

/// Print an error, a line per problem. A stderr that cannot be written is ignored: there is no
/// one left to tell.
fn report(e: &Error, lang: Lang) {
    let loc = Localizer::new();
    let mut stderr = io::stderr().lock();
    // A mistake on the command line is written as clap writes one, without the prefix.
    if let Error::Usage(lines) = e {
        for line in lines {
            let _ = writeln!(stderr, "{line}");
        }
        return;
    }
    for line in e.messages(loc.tr(lang)) {
        let _ = writeln!(stderr, "mailwiz: {line}");
    }
}

fn run(args: Args, lang: Lang) -> Result<(), Error> {
    let restricted =
        args.restricted || access::restricted_by_env(std::env::var_os(access::ENV).as_deref());
    // Over SSH with a ForceCommand, the command the client asked for arrives here: restricted
    // mode runs it when it is one of the lookups or checks, with allowed options only.
    if restricted
        && args.command.is_none()
        && let Some(sent) = std::env::var_os(access::SSH_COMMAND_ENV)
    {
        let sent = sent.to_string_lossy();
        if let Some(words) = access::ssh_command(&sent).map_err(Error::SshRefused)? {
            let argv = ["mailwiz".to_string(), "--restricted".to_string()]
                .into_iter()
                .chain(
                    args.lang
                        .iter()
                        .flat_map(|l| ["--lang".to_string(), l.clone()]),
                )
                .chain(words)
                .map(OsString::from);
            let argv: Vec<OsString> = argv.collect();
            let inner = match cli::help::read(&argv) {
                Ok(inner) => inner,
                Err((cli::help::Said::Print(text), _)) => return write_stdout(&text),
                Err((cli::help::Said::Mistake(text), _)) => {
                    return Err(Error::Usage(text.lines().map(String::from).collect()));
                }
            };
            let env = |k: &str| std::env::var(k).ok();
            let lang = Lang::choose(inner.lang.as_deref(), env).map_err(Error::UnknownLang)?;
            return run(inner, lang);
        }
    }
    // `mailwiz help COMMAND`: what `COMMAND --help` prints, before anything is loaded.
    if let Some(Command::Help { command }) = &args.command {
        return write_stdout(&cli::help::help_of(
            Localizer::new().tr(lang),
            command.as_deref(),
        ));
    }
    // The man page and the completions, in the language asked for: made from the definition
    // alone, before any profile is read.
    if let Some(kind) = args.generate {
        return cli::generate::run(kind, lang, &mut io::stdout().lock()).map_err(Error::Output);
    }
    let system_profile = access::system_profile_path();
    let source = access::check(
        restricted,
        args.profile.as_deref(),
        args.summary.as_deref(),
        &system_profile,
    )
    .map_err(|refusal| Error::Refused {
        refusal,
        system_profile: system_profile.display().to_string(),
    })?;
    // Loaded once per process and never dropped: freeing their thousands of small allocations
    // at exit cost a thirteenth of `explain 550`'s instructions, and the system takes the
    // memory back anyway.
    let kb: &'static Knowledge = Box::leak(Box::new(Knowledge::load(source.load()?)?));
    let loc: &'static Localizer = Box::leak(Box::new(Localizer::new().with_profile(&kb.profile)));
    let tr = loc.tr(lang);
    let stdout = io::stdout();
    match args.command {
        Some(Command::Explain {
            format,
            file,
            input,
        }) => {
            access::check_files(restricted, &file).map_err(|refusal| Error::Refused {
                refusal,
                system_profile: String::new(),
            })?;
            let out = Output::for_stdout();
            // Whole messages: standard input that is one, and every file.
            let mut messages: Vec<Vec<u8>> = Vec::new();
            let mut words = input;
            if words == ["-"] {
                let bytes = cli::args::read_stdin(io::stdin().lock()).map_err(Error::Stdin)?;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                if crate::bounce::is_message(&text) {
                    messages.push(bytes);
                    words.clear();
                } else {
                    words = vec![text];
                }
            }
            for path in &file {
                let bytes = access::read_regular(path, crate::bounce::MAX_MESSAGE as u64).map_err(
                    |reason| Error::MessageFile {
                        path: path.display().to_string(),
                        reason,
                    },
                )?;
                messages.extend(
                    cli::args::split_mbox(&bytes)
                        .into_iter()
                        .map(<[u8]>::to_vec),
                );
            }
            cli::explain::run_all(kb, tr, &words, &messages, format, &mut stdout.lock(), out)
        }
        Some(Command::Search { format, words }) => {
            let index = crate::search::SearchIndex::of(kb, loc, lang);
            let out = Output::for_stdout();
            cli::search::run(kb, tr, &index, &words, format, &mut stdout.lock(), out)
        }
        Some(Command::Check {
            format,
            resolver,
            dnsbl,
            dkim_selector,
            timeout,
            offline,
            targets,
        }) => {
            let targets = targets
                .iter()
                .map(|t| crate::checks::Target::parse(t))
                .collect::<Result<Vec<_>, _>>()
                .map_err(Error::BadTarget)?;
            let own = std::env::var(access::DOMAIN_ENV).ok();
            access::check_checks(
                restricted,
                kb.profile.checks.restricted,
                own.as_deref(),
                resolver.is_some(),
                targets.iter().map(|t| (t.label(), t.host())),
            )
            .map_err(Error::ChecksRefused)?;
            let mut settings = crate::checks::Settings::from_profile(&kb.profile);
            if let Some(r) = &resolver {
                settings.resolver = Some(
                    crate::checks::parse_resolver(r)
                        .ok_or_else(|| Error::BadResolver(r.clone()))?,
                );
            }
            if !dnsbl.is_empty() {
                settings.dnsbl = dnsbl
                    .iter()
                    .map(|z| crate::checks::domain_name(z).map_err(Error::BadTarget))
                    .collect::<Result<_, _>>()?;
            }
            for s in &dkim_selector {
                let s = crate::checks::domain_name(s).map_err(Error::BadTarget)?;
                if !settings.dkim_selectors.contains(&s) {
                    settings.dkim_selectors.push(s);
                }
            }
            settings.timeout = std::time::Duration::from_secs(timeout);
            settings.offline = offline
                || access::restricted_by_env(std::env::var_os(access::OFFLINE_ENV).as_deref());
            cli::check::run(
                kb,
                tr,
                &targets,
                &settings,
                format,
                &mut stdout.lock(),
                Output::for_stdout(),
            )
        }
        Some(Command::Logs {
            format,
            since,
            until,
            address,
            files,
        }) => {
            let now = crate::tui::clock::now().map(|t| {
                crate::maillog::time::stamp(
                    i64::from(t.year),
                    u32::from(t.month),
                    u32::from(t.day),
                    u32::from(t.hour),
                    u32::from(t.minute),
                    u32::from(t.second),
                )
            });
            let time = |s: &Option<String>| -> Result<Option<i64>, Error> {
                match s {
                    None => Ok(None),
                    Some(s) => crate::maillog::time::parse_filter(s, now.unwrap_or(0))
                        .map(Some)
                        .ok_or_else(|| Error::BadTime(s.clone())),
                }
            };
            let filter = crate::maillog::Filter {
                since: time(&since)?,
                until: time(&until)?,
                address: address.map(|a| a.trim().trim_start_matches('@').to_ascii_lowercase()),
            };
            // In restricted mode: only the profile's log, and only when the profile allows it.
            if restricted
                && (!kb.profile.server.log_in_restricted
                    || files.iter().any(|f| f.as_os_str() != "-"))
            {
                return Err(Error::LogRefused);
            }
            let files = if files.is_empty() {
                vec![
                    crate::maillog::source::default_path(&kb.profile.server.mail_log)
                        .map_err(Error::NoLog)?,
                ]
            } else {
                files
            };
            let (year, month) = crate::maillog::source::now();
            let mut scan = crate::maillog::Scan::new(kb, filter, year, month);
            let mut names = Vec::new();
            for path in &files {
                let name = path.display().to_string();
                if path.as_os_str() == "-" {
                    let (year, month) = crate::maillog::source::now();
                    scan.next_source(year, month);
                    scan.read(io::stdin().lock(), &mut |_| {})
                        .map_err(|e| Error::LogFile {
                            path: "-".into(),
                            reason: e.to_string(),
                        })?;
                } else {
                    let source =
                        crate::maillog::source::open(path).map_err(|reason| Error::LogFile {
                            path: name.clone(),
                            reason,
                        })?;
                    scan.next_source(source.year, source.month);
                    scan.read(source.reader, &mut |_| {})
                        .map_err(|e| Error::LogFile {
                            path: name.clone(),
                            reason: e.to_string(),
                        })?;
                }
                names.push(name);
            }
            cli::logs::print(
                kb,
                tr,
                &scan,
                &names,
                format,
                &mut stdout.lock(),
                Output::for_stdout(),
            )
        }
        Some(Command::Profile { check }) => {
            let mut out = stdout.lock();
            let text = match check {
                Some(path) => {
                    access::check_files(restricted, std::slice::from_ref(&path)).map_err(
                        |refusal| Error::Refused {
                            refusal,
                            system_profile: String::new(),
                        },
                    )?;
                    let name = sanitize::clean(&path.display().to_string(), false);
                    let bytes =
                        access::read_regular(&path, access::MAX_PROFILE).map_err(|reason| {
                            Error::Data(crate::knowledge::DataError::unreadable(&name, reason))
                        })?;
                    let text = String::from_utf8(bytes).map_err(|_| {
                        Error::Data(crate::knowledge::DataError::unreadable(
                            &name,
                            "the file is not UTF-8 text",
                        ))
                    })?;
                    let problems = crate::knowledge::Profile::problems(&text, &name);
                    if !problems.is_empty() {
                        return Err(Error::ProfileProblems(problems));
                    }
                    tr.say(crate::i18n::Msg::ProfileCheckOk { file: name }) + "\n"
                }
                None => {
                    use crate::i18n::Msg;
                    let file = kb.profile.file.clone();
                    let head = match (&source, file) {
                        (_, None) => tr.say(Msg::ProfileEmbedded),
                        (access::ProfileSource::File(_), Some(f)) => {
                            tr.say(Msg::ProfileGiven { file: f })
                        }
                        (access::ProfileSource::User(_), Some(f)) => {
                            tr.say(Msg::ProfileUser { file: f })
                        }
                        (_, Some(f)) => tr.say(Msg::ProfileSystem { file: f }),
                    };
                    let body = match &source {
                        access::ProfileSource::File(p)
                        | access::ProfileSource::User(p)
                        | access::ProfileSource::System(p)
                            if kb.profile.file.is_some() =>
                        {
                            access::read_regular(p, access::MAX_PROFILE)
                                .map(|b| String::from_utf8_lossy(&b).into_owned())
                                .unwrap_or_default()
                        }
                        _ => crate::knowledge::PROFILE_TOML.to_string(),
                    };
                    let body: String = body
                        .lines()
                        .map(|l| sanitize::clean(l, false) + "\n")
                        .collect();
                    format!("# {head}\n{body}")
                }
            };
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(Error::Output)
        }
        // Answered before anything is loaded, above.
        Some(Command::Help { .. }) => Ok(()),
        Some(Command::Codes { format, enhanced }) => {
            let run = if enhanced {
                cli::codes::run_enhanced
            } else {
                cli::codes::run_codes
            };
            run(kb, tr, format, &mut stdout.lock(), Output::for_stdout())
        }
        None => {
            let caller = match args.caller_lang.as_deref() {
                Some(c) => Some(
                    Lang::negotiate(c).ok_or_else(|| Error::UnknownLang(UnknownLang(c.into())))?,
                ),
                None => None,
            };
            let policy = kb.profile.checks.restricted;
            let own = std::env::var(access::DOMAIN_ENV).ok();
            let domain = match &args.domain {
                Some(d) => Some(crate::checks::domain_name(d).map_err(Error::BadTarget)?),
                None => None,
            };
            let ip = match &args.ip {
                Some(ip) => match crate::checks::Target::parse(ip) {
                    Ok(crate::checks::Target::Ip(ip)) => Some(ip.to_string()),
                    _ => {
                        return Err(Error::BadTarget(crate::checks::TargetError::Name(
                            ip.clone(),
                        )));
                    }
                },
                None => None,
            };
            let resolver = match &args.resolver {
                Some(r) => Some(
                    crate::checks::parse_resolver(r)
                        .ok_or_else(|| Error::BadResolver(r.clone()))?,
                ),
                None => None,
            };
            if restricted && resolver.is_some() {
                return Err(Error::ChecksRefused(access::CheckRefusal::Resolver));
            }
            use crate::knowledge::profile::RestrictedChecks;
            let own_only = restricted && policy == RestrictedChecks::OwnDomain;
            // Limited to the account's own domain, that domain is the one looked at.
            let own = own_only
                .then(|| own.and_then(|d| crate::checks::domain_name(&d).ok()))
                .flatten();
            let live = tui::LiveOptions {
                enabled: !(args.offline
                    || access::restricted_by_env(std::env::var_os(access::OFFLINE_ENV).as_deref())
                    || restricted && policy == RestrictedChecks::Off),
                domain: domain.or_else(|| own.clone()),
                // In restricted mode with own-domain, addresses are never looked up.
                ip: ip.filter(|_| !own_only),
                only: own_only.then(|| own.unwrap_or_default()),
                resolver,
                // The profile's log (or the usual places), unless restricted mode keeps it shut.
                log_path: (!restricted || kb.profile.server.log_in_restricted)
                    .then(|| crate::maillog::source::default_path(&kb.profile.server.mail_log).ok())
                    .flatten()
                    .map(|p| p.display().to_string()),
            };
            tui::run(
                kb,
                loc,
                lang,
                caller,
                args.summary.as_deref(),
                args.summary_format.into(),
                live,
            )
        }
    }
}
