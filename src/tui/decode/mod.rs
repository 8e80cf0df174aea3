//! Bytes from the terminal to keys and pastes. A pure decoder with a bounded state: the reader
//! feeds it what `read` returned and tells it when the input has gone quiet, so that an escape
//! sequence left unfinished (ESC [ from Alt-[) becomes Esc and the keys it held, and a paste
//! whose end never comes is ended. Nothing the client sends can make it hold more than
//! [`MAX_PASTE`] bytes or block.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The most of a bracketed paste that is kept; the rest, up to its end, is dropped. The parser
/// looks at no more ([`crate::reply::MAX_INPUT`]).
pub const MAX_PASTE: usize = crate::reply::MAX_INPUT;

/// The longest escape sequence looked at; a longer one is dropped whole.
const MAX_SEQUENCE: usize = 32;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// What the decoder is in the middle of.
#[derive(Debug, Default)]
enum State {
    #[default]
    Ground,
    /// Bytes of an escape sequence or a multi-byte character not yet complete.
    Pending(Vec<u8>),
    /// Inside a bracketed paste: what was kept, and how much of the end marker has been seen.
    Paste { kept: Vec<u8>, matched: usize },
    /// A paste from a terminal without bracketed paste: text with line breaks arriving as one
    /// burst of reads; it ends when the input goes quiet.
    Burst(Vec<u8>),
}

/// A read of at least this many bytes, holding words (a space) and a line break and no escape or
/// other control, is pasted text: no one types that much between two reads. (Keys sent by a
/// program, such as `/550` Enter over and over, have no spaces and stay keys.)
pub const PASTE_BURST: usize = 32;

/// Whether one read is a paste that came without bracketed-paste markers.
fn is_burst(bytes: &[u8]) -> bool {
    bytes.len() >= PASTE_BURST
        && bytes.iter().any(|b| matches!(b, b'\n' | b'\r'))
        && bytes.contains(&b' ')
        && !bytes.contains(&0x1b)
        && bytes
            .iter()
            .filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t'))
            .count()
            == 0
}

/// Decodes terminal input. `feed` what was read; `idle` when nothing more came for a while.
#[derive(Debug, Default)]
pub struct Decoder {
    state: State,
}

impl Decoder {
    /// Whether an unfinished sequence or paste waits for more bytes, so the reader should call
    /// [`Decoder::idle`] if none come soon.
    pub fn waiting(&self) -> bool {
        !matches!(self.state, State::Ground)
    }

    /// Whether it is inside a paste (which may be slow to arrive over a slow link).
    pub fn in_paste(&self) -> bool {
        matches!(self.state, State::Paste { .. })
    }

    /// Decode `bytes`, appending the events to `out`. `bytes` is one read: a read that is pasted
    /// text (see [`PASTE_BURST`]) starts a paste, so that a `q` in it is text, not quit.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        match &mut self.state {
            State::Burst(kept) => {
                let room = MAX_PASTE.saturating_sub(kept.len());
                kept.extend(bytes.iter().take(room));
                return;
            }
            State::Ground if is_burst(bytes) => {
                self.state = State::Burst(bytes[..bytes.len().min(MAX_PASTE)].to_vec());
                return;
            }
            _ => {}
        }
        for &b in bytes {
            self.byte(b, out);
        }
    }

    /// Nothing more came: an unfinished sequence is its keys one by one (ESC [ is Esc, then [),
    /// an unfinished character is dropped, and a paste without its end is what was kept.
    pub fn idle(&mut self, out: &mut Vec<Event>) {
        match std::mem::take(&mut self.state) {
            State::Ground => {}
            // An unfinished character: dropped.
            State::Pending(p) if p[0] != 0x1b => {}
            State::Pending(p) => {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                self.feed(&p[1..], out);
                // What is left unfinished now is a character cut short: dropped.
                if matches!(self.state, State::Pending(_)) {
                    self.state = State::Ground;
                }
            }
            State::Paste { kept, .. } | State::Burst(kept) => out.push(paste(&kept)),
        }
    }

    fn byte(&mut self, b: u8, out: &mut Vec<Event>) {
        match &mut self.state {
            // Fed whole in `feed`.
            State::Burst(kept) => {
                if kept.len() < MAX_PASTE {
                    kept.push(b);
                }
            }
            State::Paste { kept, matched } => {
                if b == PASTE_END[*matched] {
                    *matched += 1;
                    if *matched == PASTE_END.len() {
                        let text = paste(kept);
                        self.state = State::Ground;
                        out.push(text);
                    }
                    return;
                }
                // What looked like the end marker was text after all.
                let partial = *matched;
                *matched = usize::from(b == PASTE_END[0]);
                let room = MAX_PASTE.saturating_sub(kept.len());
                kept.extend(PASTE_END[..partial].iter().take(room));
                if *matched == 0 && kept.len() < MAX_PASTE {
                    kept.push(b);
                }
            }
            State::Ground => {
                if b == 0x1b || b >= 0x80 {
                    self.state = State::Pending(vec![b]);
                } else {
                    out.extend(control_or_char(b));
                }
            }
            State::Pending(p) => {
                // A new ESC ends an unfinished sequence: it was keys after all.
                if b == 0x1b && p.len() > 1 {
                    self.idle(out);
                    self.state = State::Pending(vec![b]);
                    return;
                }
                p.push(b);
                if p.as_slice() == PASTE_START {
                    self.state = State::Paste {
                        kept: Vec::new(),
                        matched: 0,
                    };
                    return;
                }
                match parse(p) {
                    Some((event, used)) => {
                        let rest = p.split_off(used);
                        out.extend(event);
                        self.state = State::Ground;
                        for b in rest {
                            self.byte(b, out);
                        }
                    }
                    None if p.len() >= MAX_SEQUENCE => self.state = State::Ground,
                    None => {}
                }
            }
        }
    }
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

/// Terminals send a pasted line break as CR (xterm, tmux, GNOME Terminal turn LF into CR), so a
/// pasted bounce would have no lines at all: CR LF and a lone CR become LF here, once, for every
/// reader downstream.
fn paste(bytes: &[u8]) -> Event {
    let text = String::from_utf8_lossy(bytes);
    Event::Paste(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// One byte below 0x80 outside a sequence.
fn control_or_char(b: u8) -> Option<Event> {
    Some(match b {
        b'\r' | b'\n' => key(KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => key(KeyCode::Tab, KeyModifiers::NONE),
        0x7f | 0x08 => key(KeyCode::Backspace, KeyModifiers::NONE),
        0x00 => key(KeyCode::Char(' '), KeyModifiers::CONTROL),
        0x01..=0x1a => key(
            KeyCode::Char(char::from(b - 1 + b'a')),
            KeyModifiers::CONTROL,
        ),
        0x1c..=0x1f => key(
            KeyCode::Char(char::from(b - 0x1c + b'4')),
            KeyModifiers::CONTROL,
        ),
        0x20..=0x7e => key(KeyCode::Char(char::from(b)), KeyModifiers::NONE),
        _ => return None,
    })
}

/// A complete event at the start of `p` (which starts with ESC or a byte from 0x80), and how many
/// bytes it used; `None` while more is needed. An unknown or unwanted sequence (mouse, focus)
/// gives no event.
fn parse(p: &[u8]) -> Option<(Option<Event>, usize)> {
    let first = *p.first()?;
    if first != 0x1b {
        return utf8_char(p);
    }
    let second = *p.get(1)?;
    match second {
        b'[' => csi(p),
        b'O' => {
            let third = *p.get(2)?;
            let code = match third {
                b'P'..=b'S' => KeyCode::F(third - b'P' + 1),
                b'M' => KeyCode::Enter,
                _ => match cursor_key(third) {
                    Some(code) => code,
                    None => return Some((None, 3)),
                },
            };
            Some((Some(key(code, KeyModifiers::NONE)), 3))
        }
        0x1b => Some((Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1)),
        // Alt and a key, as a terminal sends them: ESC, then the key.
        _ => {
            let rest = &p[1..];
            let (event, used) = if rest[0] >= 0x80 {
                utf8_char(rest)?
            } else {
                (control_or_char(rest[0]), 1)
            };
            let event = event.map(|e| match e {
                Event::Key(k) => key(k.code, k.modifiers | KeyModifiers::ALT),
                other => other,
            });
            Some((event, 1 + used))
        }
    }
}

/// ESC [ parameters, intermediates, final byte.
fn csi(p: &[u8]) -> Option<(Option<Event>, usize)> {
    // X10 mouse reports carry three raw bytes after ESC [ M.
    if p.get(2) == Some(&b'M') {
        return (p.len() >= 6).then_some((None, 6));
    }
    let end = p[2..].iter().position(|b| (0x40..=0x7e).contains(b))? + 2;
    let params = &p[2..end];
    let used = end + 1;
    let numbers: Vec<u16> = std::str::from_utf8(params)
        .unwrap_or("")
        .split(';')
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let mods = numbers
        .get(1)
        .map(|m| modifiers(*m))
        .unwrap_or(KeyModifiers::NONE);
    let code = match p[end] {
        b'Z' => KeyCode::BackTab,
        b'~' => match numbers.first().copied().unwrap_or(0) {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F((n - 10) as u8),
            n @ 17..=21 => KeyCode::F((n - 11) as u8),
            n @ 23..=24 => KeyCode::F((n - 12) as u8),
            _ => return Some((None, used)),
        },
        last => match cursor_key(last) {
            Some(code) => code,
            None => return Some((None, used)),
        },
    };
    Some((Some(key(code, mods)), used))
}

/// The final byte of a cursor key, the same after `ESC [` and `ESC O`.
fn cursor_key(b: u8) -> Option<KeyCode> {
    Some(match b {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        _ => return None,
    })
}

/// xterm's modifier parameter: 1 + Shift 1, Alt 2, Ctrl 4.
fn modifiers(m: u16) -> KeyModifiers {
    let bits = m.saturating_sub(1);
    let mut mods = KeyModifiers::NONE;
    if bits & 1 != 0 {
        mods |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        mods |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        mods |= KeyModifiers::CONTROL;
    }
    mods
}

/// One UTF-8 character at the start of `p`, once all its bytes are there; an invalid byte is
/// dropped.
fn utf8_char(p: &[u8]) -> Option<(Option<Event>, usize)> {
    let len = match p[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Some((None, 1)),
    };
    if p[1..].iter().take(len - 1).any(|b| b & 0xc0 != 0x80) {
        return Some((None, 1));
    }
    if p.len() < len {
        return None;
    }
    match std::str::from_utf8(&p[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Some((Some(key(KeyCode::Char(c), KeyModifiers::NONE)), len)),
        None => Some((None, 1)),
    }
}

#[cfg(test)]
mod tests;
