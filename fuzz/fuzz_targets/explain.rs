//! Any bytes, as a pasted reply or as `explain` arguments (split at NUL), in any language: the
//! parser, the explanation, the text and JSON output and the lookup never panic, and nothing they
//! print carries a control character, an escape sequence or a bidi control.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mailwiz::cli::{self, Format, Style};
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::sanitize::is_unsafe;
use mailwiz::search::SearchIndex;

static KB: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::embedded().expect("the embedded data loads"));

thread_local! {
    static LANGS: Vec<(Localizer, SearchIndex)> = Lang::ALL
        .iter()
        .map(|&lang| {
            let loc = Localizer::new(lang).with_facts(KB.profile.facts());
            let index = SearchIndex::new(&KB, &loc, &Localizer::new(Lang::En));
            (loc, index)
        })
        .collect();
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
    LANGS.with(|langs| {
        let (loc, index) = &langs[usize::from(pick) % langs.len()];
        let words: Vec<String> = text.split('\0').map(String::from).collect();
        let style = Style {
            width: 20 + usize::from(pick) % 61,
            color: false,
        };
        for format in [Format::Text, Format::Json] {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let _ = cli::run_explain(&KB, loc, &words, format, &mut out, &mut err, style);
            assert_clean("stdout", &out);
            assert_clean("stderr", &err);
        }
        for hit in index.search(&text) {
            let _ = hit.input();
        }
    });
});
