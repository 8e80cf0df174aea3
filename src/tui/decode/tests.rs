//! The decoder on keys, sequences cut anywhere, unfinished sequences and pastes.

use super::*;

fn decode(chunks: &[&[u8]]) -> Vec<Event> {
    let mut d = Decoder::default();
    let mut out = Vec::new();
    for c in chunks {
        d.feed(c, &mut out);
    }
    d.idle(&mut out);
    out
}

fn k(code: KeyCode) -> Event {
    key(code, KeyModifiers::NONE)
}

fn c(ch: char) -> Event {
    k(KeyCode::Char(ch))
}

#[test]
fn keys_arrows_functions_and_controls() {
    assert_eq!(decode(&[b"q"]), [c('q')]);
    assert_eq!(decode(&[b"\r"]), [k(KeyCode::Enter)]);
    assert_eq!(
        decode(&[b"\x1b[A\x1b[B\x1bOC\x1b[24~\x7f"]),
        [
            k(KeyCode::Up),
            k(KeyCode::Down),
            k(KeyCode::Right),
            k(KeyCode::F(12)),
            k(KeyCode::Backspace)
        ]
    );
    assert_eq!(
        decode(&[b"\x03\x1a"]),
        [
            key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            key(KeyCode::Char('z'), KeyModifiers::CONTROL)
        ]
    );
    assert_eq!(
        decode(&[b"\x1b[1;5A"]),
        [key(KeyCode::Up, KeyModifiers::CONTROL)]
    );
    assert_eq!(decode(&["ż€😀".as_bytes()]), [c('ż'), c('€'), c('😀')]);
}

#[test]
fn a_character_or_a_sequence_split_across_reads_is_whole() {
    let bytes = "x\x1b[24~ż".as_bytes();
    for cut in 0..bytes.len() {
        let got = decode(&[&bytes[..cut], &bytes[cut..]]);
        assert_eq!(got, [c('x'), k(KeyCode::F(12)), c('ż')], "cut at {cut}");
    }
}

#[test]
fn esc_alone_or_an_unfinished_sequence_becomes_its_keys_when_idle() {
    assert_eq!(decode(&[b"\x1b"]), [k(KeyCode::Esc)]);
    // Alt-[ and Alt-O: Esc, then the key.
    assert_eq!(decode(&[b"\x1b["]), [k(KeyCode::Esc), c('[')]);
    assert_eq!(decode(&[b"\x1bO"]), [k(KeyCode::Esc), c('O')]);
    assert_eq!(
        decode(&[b"\x1b[1;"]),
        [k(KeyCode::Esc), c('['), c('1'), c(';')]
    );
    // Esc then a key in one read: an Alt chord.
    assert_eq!(
        decode(&[b"\x1bq"]),
        [key(KeyCode::Char('q'), KeyModifiers::ALT)]
    );
    // Two Esc presses.
    assert_eq!(decode(&[b"\x1b\x1b"]), [k(KeyCode::Esc), k(KeyCode::Esc)]);
}

#[test]
fn after_an_unfinished_sequence_the_next_keys_still_count() {
    let mut d = Decoder::default();
    let mut out = Vec::new();
    d.feed(b"\x1b[", &mut out);
    assert!(out.is_empty() && d.waiting());
    d.idle(&mut out);
    d.feed(b"q", &mut out);
    assert_eq!(out, [k(KeyCode::Esc), c('['), c('q')]);
}

#[test]
fn mouse_focus_and_unknown_sequences_give_nothing() {
    assert_eq!(decode(&[b"\x1b[<0;10;5M\x1b[I\x1b[M abq"]), [c('q')]);
    assert_eq!(decode(&[b"\x1b[99~x"]), [c('x')]);
}

#[test]
fn a_paste_is_one_event_even_in_pieces() {
    let text = b"\x1b[200~550 5.1.1 \x1b[2J user\r\nunknown\x1b[201~q";
    for cut in 0..text.len() {
        let got = decode(&[&text[..cut], &text[cut..]]);
        assert_eq!(
            got,
            [
                Event::Paste("550 5.1.1 \u{1b}[2J user\nunknown".into()),
                c('q')
            ],
            "cut at {cut}"
        );
    }
}

#[test]
fn a_huge_or_unterminated_paste_is_cut_and_ends_when_idle() {
    let mut d = Decoder::default();
    let mut out = Vec::new();
    d.feed(b"\x1b[200~", &mut out);
    let chunk = vec![b'y'; 1 << 20];
    for _ in 0..20 {
        d.feed(&chunk, &mut out);
    }
    assert!(out.is_empty() && d.in_paste());
    d.idle(&mut out);
    let [Event::Paste(p)] = out.as_slice() else {
        panic!("{out:?}")
    };
    assert_eq!(p.len(), MAX_PASTE);
    // Then keys work again.
    out.clear();
    d.feed(b"q", &mut out);
    assert_eq!(out, [c('q')]);
}

#[test]
fn invalid_bytes_are_dropped() {
    assert_eq!(decode(&[b"\xff\xfeq\xc3"]), [c('q')]);
    assert_eq!(decode(&[b"\xc3(q"]), [c('('), c('q')]);
}

/// A terminal without bracketed paste sends a pasted bounce as one burst of reads: it is one
/// paste, and the `q` and `s` inside it are text, not commands.
#[test]
fn a_burst_of_text_with_line_breaks_is_a_paste() {
    let text = b"550 5.1.1 <bob@example.net>: User unknown\r\nquit and stop\r\n";
    let got = decode(&[&text[..20], &text[20..]]);
    // The first read alone is too short to be a paste: keys; the rest is one paste.
    assert!(got.iter().all(|e| matches!(e, Event::Key(_))) || got.len() > 1);
    let got = decode(&[text]);
    assert_eq!(
        got,
        [Event::Paste(
            "550 5.1.1 <bob@example.net>: User unknown\nquit and stop\n".into()
        )]
    );
    let got = decode(&[text, b"more text of the same paste\n"]);
    assert_eq!(got.len(), 1);
    // Typing, even fast, comes in small reads: keys.
    assert_eq!(decode(&[b"q"]), [c('q')]);
    assert_eq!(decode(&[b"/550\r"]).len(), 5);
    assert_eq!(decode(&[&b"/550\r".repeat(100)]).len(), 500);
}

/// A terminal sends a pasted line break as CR: the paste reaches the wizard with its lines.
#[test]
fn a_pasted_line_break_is_a_line_break() {
    let got = decode(&[b"\x1b[200~From: a@example.com\rSubject: x\r\r\nbody\r\x1b[201~"]);
    assert_eq!(
        got,
        [Event::Paste(
            "From: a@example.com\nSubject: x\n\nbody\n".into()
        )]
    );
}
