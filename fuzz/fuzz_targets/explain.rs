//! Any bytes, as a pasted reply or as `explain` arguments (split at NUL), in any language: the
//! parser, the explanation, the text and JSON output, the lookup and `search` never panic, and
//! nothing they print carries a control character, an escape sequence or a bidi control.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mailwiz::cli::{self, Format, Output};
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::sanitize::is_unsafe;
use mailwiz::search::SearchIndex;

static KB: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::embedded().expect("the embedded data loads"));

thread_local! {
    static LOC: Localizer = Localizer::new().with_profile(&KB.profile);
    static INDEXES: Vec<SearchIndex> = LOC.with(|loc| {
        Lang::ALL
            .iter()
            .map(|&lang| SearchIndex::of(&KB, loc, lang))
            .collect()
    });
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("output is UTF-8");
    if let Some(c) = text.chars().find(|&c| c != '\n' && is_unsafe(c)) {
        panic!("{what} carries {c:?}: {text:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = mailwiz::reply::parse(&text);
    let pick = data.first().copied().unwrap_or(0);
    let lang = Lang::ALL[usize::from(pick) % Lang::ALL.len()];
    LOC.with(|loc| {
        let tr = loc.tr(lang);
        let words: Vec<String> = text.split('\0').map(String::from).collect();
        let opts = Output {
            width: 20 + usize::from(pick) % 61,
            color: false,
        };
        for format in [Format::Text, Format::Json] {
            let mut out = Vec::new();
            if let Err(e) = cli::explain::run(&KB, tr, &words, format, &mut out, opts) {
                assert!(out.is_empty(), "nothing on stdout when an input fails");
                let err = e.messages(tr).join("\n");
                assert_clean("stderr", err.as_bytes());
            }
            assert_clean("stdout", &out);
        }
    });
    INDEXES.with(|indexes| {
        let index = &indexes[usize::from(pick) % indexes.len()];
        for hit in index.search(&text) {
            let _ = hit.input();
        }
        // The wizard's rows, the typed line included, and what Enter would explain.
        let listing = mailwiz::search::Listing::new(&KB, index, &text);
        let _ = listing.chosen(usize::from(pick), &text);
        // `mailwiz search`, in the language of the index.
        LOC.with(|loc| {
            let tr = loc.tr(lang);
            let words: Vec<String> = text.split('\0').map(String::from).collect();
            let opts = Output {
                width: 20 + usize::from(pick) % 61,
                color: false,
            };
            for format in [Format::Text, Format::Json] {
                let mut out = Vec::new();
                match cli::search::run(&KB, tr, index, &words, format, &mut out, opts) {
                    Ok(()) => assert_clean("search stdout", &out),
                    Err(e) => {
                        assert!(out.is_empty(), "nothing on stdout when nothing matches");
                        assert_clean("search stderr", e.messages(tr).join("\n").as_bytes());
                    }
                }
            }
        });
    });
});
