//! The reply parser's rules: multi-line replies joined, control characters gone, nothing to
//! explain is an error. Real-world lines, with the codes each must give, are the corpus
//! (`tests/corpus/bounces.toml`, `corpus.rs`).

use mailwiz::reply::{self, ParseError};

#[test]
fn multi_line_replies_are_joined_into_one_text() {
    let r =
        reply::parse("550-5.7.26 This mail is unauthenticated,\r\n550 5.7.26 which poses a risk.")
            .unwrap();
    assert_eq!(r.text, "This mail is unauthenticated, which poses a risk.");
}

#[test]
fn the_text_never_holds_control_characters() {
    let r = reply::parse("550 5.1.1 \u{1b}]0;title\u{7}User\u{1b}[31m unknown\u{202e}").unwrap();
    assert_eq!(r.code.map(u16::from), Some(550));
    assert_eq!(r.text, "User unknown");
}

#[test]
fn nothing_to_explain_is_an_error_and_garbage_is_bare_text() {
    assert_eq!(reply::parse(""), Err(ParseError::Empty));
    for garbage in [
        "999",
        "199",
        "hello",
        "12.34.56.78",
        "port 25",
        "version 2.4",
    ] {
        let r = reply::parse(garbage).unwrap();
        assert!(r.is_bare_text(), "{garbage}: {r:?}");
    }
}
