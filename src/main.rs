use std::io::{self, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use mailwiz::access;
use mailwiz::cli::{self, Format, Style};
use mailwiz::i18n::{Arg, Lang, Localizer};
use mailwiz::knowledge::{DataError, Knowledge};

/// A keyboard-driven wizard that finds out why e-mail is not sent or received and explains SMTP
/// reply codes.
#[derive(Parser)]
#[command(name = "mailwiz", version)]
struct Args {
    /// Language: en, pl, lt, fi or cs (default: from LC_ALL, LC_MESSAGES or LANG, else en).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    /// A provider profile (TOML) to use instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Write the session summary to FILE when the wizard ends (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    summary: Option<String>,
    /// Restricted mode, for ForceCommand in sshd_config (also MAILWIZ_RESTRICTED=1): read only the
    /// built-in data and /etc/mailwiz/profile.toml, write the summary only to standard output.
    #[arg(long, global = true)]
    restricted: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Explain reply codes, enhanced status codes or error lines from bounces (`-` reads standard input).
    Explain {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[arg(required = true, value_name = "INPUT")]
        input: Vec<String>,
    },
    /// List every reply code in the catalogue (with --enhanced: the enhanced status codes).
    Codes {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// List the enhanced status codes (X.Y.Z) of the registry instead.
        #[arg(long)]
        enhanced: bool,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    let env = |k: &str| std::env::var(k).ok();
    let lang = match Lang::choose(args.lang.as_deref(), env) {
        Ok(lang) => lang,
        Err(unknown) => {
            // Report in the environment's language, since the requested one does not exist.
            let loc = Localizer::new(Lang::choose(None, env).unwrap_or(Lang::En));
            let lang =
                mailwiz::sanitize::truncate(&mailwiz::sanitize::clean(&unknown.0, false), 40);
            eprintln!(
                "mailwiz: {}",
                loc.format(
                    "ui-error-unknown-language",
                    vec![
                        ("lang", Arg::from(lang)),
                        ("supported", Arg::from(Lang::supported_list()))
                    ],
                )
            );
            return ExitCode::from(2);
        }
    };
    let bare = Localizer::new(lang);
    let restricted =
        args.restricted || access::restricted_by_env(std::env::var_os(access::ENV).as_deref());
    let system_profile = access::system_profile_path();
    let source = match access::check(
        restricted,
        args.profile.as_deref(),
        args.summary.as_deref(),
        &system_profile,
    ) {
        Ok(source) => source,
        Err(refusal) => {
            let path = mailwiz::sanitize::clean(&system_profile.display().to_string(), false);
            eprintln!(
                "mailwiz: {}",
                bare.format(refusal.message_id(), vec![("path", Arg::from(path))])
            );
            return ExitCode::from(2);
        }
    };
    let kb = match source.load().and_then(Knowledge::load) {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("mailwiz: {}", data_error_text(&bare, &e));
            return ExitCode::from(2);
        }
    };
    let loc = Localizer::new(lang).with_facts(kb.profile.facts());

    match args.command {
        Some(Command::Explain { format, input }) => {
            let input = if input == ["-"] {
                let mut text = String::new();
                let mut bytes = Vec::new();
                if io::stdin()
                    .take(mailwiz::reply::MAX_INPUT as u64)
                    .read_to_end(&mut bytes)
                    .is_ok()
                {
                    text = String::from_utf8_lossy(&bytes).into_owned();
                }
                vec![text]
            } else {
                input
            };
            let stdout = io::stdout();
            let stderr = io::stderr();
            match cli::run_explain(
                &kb,
                &loc,
                &input,
                format,
                &mut stdout.lock(),
                &mut stderr.lock(),
                Style::for_stdout(),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(cli::Failed) => ExitCode::from(2),
            }
        }
        Some(Command::Codes { format, enhanced }) => {
            let run = if enhanced {
                cli::run_enhanced
            } else {
                cli::run_codes
            };
            match run(
                &kb,
                &loc,
                format,
                &mut io::stdout().lock(),
                Style::for_stdout(),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(1),
            }
        }
        None => mailwiz::tui::main(kb, loc, args.summary.as_deref()),
    }
}

fn data_error_text(loc: &Localizer, e: &DataError) -> String {
    match e.line {
        Some(line) => loc.format(
            "ui-error-profile",
            vec![
                ("file", Arg::from(e.file.as_str())),
                ("line", Arg::from(line)),
                ("reason", Arg::from(e.reason.as_str())),
            ],
        ),
        None => loc.format(
            "ui-error-profile-unreadable",
            vec![
                ("file", Arg::from(e.file.as_str())),
                ("reason", Arg::from(e.reason.as_str())),
            ],
        ),
    }
}
