//! Any words as a command line, in every language, and any text as the command an SSH client
//! sends: parsing never panics; help goes to standard output and a mistake to standard error,
//! both without control characters; a mistake starts with the language's "error:"; the SSH parser
//! refuses shell syntax or gives words the command line then parses.

#![no_main]

use std::ffi::OsString;

use libfuzzer_sys::fuzz_target;
use mailwiz::access;
use mailwiz::cli::help::{self, Said};
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::sanitize::is_unsafe;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loc = Localizer::new();
    // The words of a command line, split at NUL (which no argument can hold).
    let argv: Vec<OsString> = std::iter::once("mailwiz")
        .chain(text.split('\0'))
        .map(OsString::from)
        .collect();
    let lang = Lang::ALL[data.first().map_or(0, |b| *b as usize) % Lang::ALL.len()];
    let tr = loc.tr(lang);
    let bare = mailwiz::cli::args::parse(argv.iter().cloned());
    match help::parse(tr, &argv) {
        Ok(_) => assert!(
            bare.is_ok(),
            "the localized definition accepts what the bare refuses"
        ),
        Err(said) => {
            assert!(
                bare.is_err(),
                "the localized definition refuses what the bare accepts"
            );
            let (Said::Print(shown) | Said::Mistake(shown)) = &said;
            assert!(
                !shown.chars().any(|c| c != '\n' && is_unsafe(c)),
                "{shown:?}"
            );
            if let Said::Mistake(shown) = &said {
                let error = tr.text("ui-usage-error");
                let lead = error.split('{').next().unwrap_or_default();
                assert!(shown.starts_with(lead), "{shown}");
            }
        }
    }
    // The same text as SSH_ORIGINAL_COMMAND.
    if let Ok(Some(words)) = access::ssh_command(text) {
        for w in &words {
            assert!(!w.contains('\n'), "{w:?}");
        }
    }
});
