//! The program between the command line and the work: the one place that picks the language,
//! applies restricted mode, loads the knowledge, dispatches, and prints errors with their exit
//! code.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::access;
use crate::cli::{self, Args, Command, Output};
use crate::error::Error;
use crate::i18n::{Lang, Localizer};
use crate::knowledge::Knowledge;
use crate::tui;

/// Run what the arguments ask for; print any error on stderr, in the user's language.
pub fn main(args: Args) -> ExitCode {
    let env = |k: &str| std::env::var(k).ok();
    let (lang, result) = match Lang::choose(args.lang.as_deref(), env) {
        Ok(lang) => (lang, run(args, lang)),
        // Report in the environment's language, since the requested one does not exist.
        Err(unknown) => (
            Lang::choose(None, env).unwrap_or(Lang::FALLBACK),
            Err(Error::UnknownLang(unknown)),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, lang);
            ExitCode::from(e.exit_code())
        }
    }
}

/// Print an error, a line per problem. A stderr that cannot be written is ignored: there is no
/// one left to tell.
fn report(e: &Error, lang: Lang) {
    let loc = Localizer::new();
    let mut stderr = io::stderr().lock();
    for line in e.messages(loc.tr(lang)) {
        let _ = writeln!(stderr, "mailwiz: {line}");
    }
}

fn run(args: Args, lang: Lang) -> Result<(), Error> {
    let restricted =
        args.restricted || access::restricted_by_env(std::env::var_os(access::ENV).as_deref());
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
    let kb = Knowledge::load(source.load()?)?;
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(lang);
    let stdout = io::stdout();
    match args.command {
        Some(Command::Explain { format, input }) => {
            let input = if input == ["-"] {
                vec![cli::args::read_stdin(io::stdin().lock())]
            } else {
                input
            };
            let out = Output::for_stdout();
            cli::explain::run(&kb, tr, &input, format, &mut stdout.lock(), out)
        }
        Some(Command::Codes { format, enhanced }) => {
            let run = if enhanced {
                cli::codes::run_enhanced
            } else {
                cli::codes::run_codes
            };
            run(&kb, tr, format, &mut stdout.lock(), Output::for_stdout())
        }
        None => tui::run(&kb, &loc, lang, args.summary.as_deref()),
    }
}
