//! The lookup in the real binary, in Czech at 80×24: a query of several words opened with Enter,
//! a recognised text listed and explained, Backspace on an empty field, Ctrl-U and F2 (the
//! language picker, where L is a letter).

use mailwiz::i18n::{Lang, Localizer};

use crate::session::{CTRL_C, ENTER, ESC, Launch, Session};
use crate::wizard;

const BACKSPACE: &str = "\x7f";
const CTRL_U: &str = "\x15";
const F2: &str = "\x1bOQ";

fn czech() -> Session {
    Session::start(Launch {
        args: &["--lang", "cs"],
        rows: 24,
        cols: 80,
        ..wizard()
    })
}

/// A query of two words lists its best row highlighted, and Enter opens it (before, it answered
/// "not a reply code"): the explanation of 552, headed by its code and its Czech summary.
#[test]
fn a_query_of_several_words_is_opened_with_enter() {
    let loc = Localizer::new();
    let cs = loc.tr(Lang::Cs);
    let full = cs.text("code-552-summary");
    let mut s = czech();
    s.wait_for(&cs.text("ui-language-name"));
    s.send("/plna schranka");
    s.wait_for("> plna schranka");
    s.wait_until("552 highlighted", |s| {
        s.rows().iter().any(|r| r.trim_start().starts_with("› 552"))
    });
    s.send(ENTER);
    s.wait_for("552 ·");
    let words: Vec<&str> = full.split_whitespace().take(3).collect();
    s.wait_for(&words.join(" "));
    let refused = cs.format(
        "ui-code-not-recognised",
        vec![("input", "plna schranka".into())],
    );
    assert!(!s.shows(&refused), "{}", s.screen_text());
    // Esc returns to the lookup with the words still there.
    s.send(ESC);
    s.wait_for("> plna schranka");
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}

/// "greylisting" is a recognised text: it is listed, never "nothing matches", and Enter explains
/// it as if it had been pasted.
#[test]
fn a_recognised_text_is_listed_and_explained() {
    let loc = Localizer::new();
    let cs = loc.tr(Lang::Cs);
    let summary = cs.text("code-pattern-greylisting-summary");
    let mut s = czech();
    s.wait_for(&cs.text("ui-language-name"));
    s.send("/greylisting");
    s.wait_for("> greylisting");
    s.wait_for("› 450");
    assert!(
        !s.shows(&cs.text("ui-search-no-match")),
        "{}",
        s.screen_text()
    );
    s.send(ENTER);
    s.wait_for("450 4.2.0 ·");
    let words: Vec<&str> = summary.split_whitespace().take(3).collect();
    s.wait_for(&words.join(" "));
    // The session has a looked-up code, so q would ask first: Ctrl-C quits at once.
    s.send(CTRL_C);
    s.assert_exit_and_restored(true);
}

/// Backspace held past the start of the field stays in the lookup, so the next letters are still
/// typed there; Ctrl-U empties the field; F2 opens the language picker there, where L is a letter.
#[test]
fn backspace_ctrl_u_and_f2_in_the_field() {
    let loc = Localizer::new();
    let cs = loc.tr(Lang::Cs);
    let en = loc.tr(Lang::En);
    let lookup_title = cs.text("ui-lookup-title");
    let mut s = czech();
    s.wait_for(&cs.text("ui-language-name"));
    s.send("/55");
    s.wait_for("> 55");
    s.send(&BACKSPACE.repeat(6));
    s.send("L");
    s.wait_for("> L");
    assert!(s.shows(&lookup_title), "{}", s.screen_text());
    s.send(" mailbox full");
    s.wait_for("> L mailbox full");
    s.send(CTRL_U);
    s.wait_until("an empty field", |s| {
        s.rows().iter().any(|r| r.trim() == "> █")
    });
    s.send("spam");
    s.wait_for("> spam");
    // F2 opens the picker; 1 chooses English there, it is not typed.
    s.send(F2);
    s.wait_for(&en.text("ui-language-name"));
    s.send("1");
    s.wait_for(&en.text("ui-lookup-title"));
    s.wait_for("> spam");
    s.wait_for(&en.text("ui-lookup-title"));
    s.send("q");
    s.wait_for("> spamq");
    s.send(ESC);
    s.wait_for("Run the pre-checks");
    s.send("q");
    s.assert_exit_and_restored(true);
}
