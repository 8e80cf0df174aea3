//! Making text that came from outside safe to show on a terminal or write to a file.
//!
//! Everything a user pastes, passes on the command line or puts in a profile goes through [`clean`]
//! before it is stored, shown or written: terminal escape sequences (CSI, OSC, DCS, SOS, PM, APC)
//! are removed whole, other control characters are dropped (tabs become spaces, line breaks are
//! kept only where asked) and bidirectional overrides, which can make text read differently from
//! what it is, are removed.

/// Remove escape sequences, control characters and bidi controls. Line feeds are kept when
/// `keep_newlines` is true (a multi-line reply), otherwise they become spaces.
pub fn clean(input: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers that some terminals honour even without ESC.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' => out.push(if keep_newlines { '\n' } else { ' ' }),
            '\r' => {
                // CRLF counts as one line break; a lone CR as one too.
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                out.push(if keep_newlines { '\n' } else { ' ' });
            }
            '\t' => out.push(' '),
            // A line or paragraph separator is a line break too.
            '\u{2028}' | '\u{2029}' => out.push(if keep_newlines { '\n' } else { ' ' }),
            // Any other control separates words, as the break or space it stood for did.
            c if c.is_control() => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Characters that never reach the terminal: C0 and C1 controls, DEL, bidi embeddings, overrides
/// and isolates, the directional marks, and the characters that are invisible or that terminals
/// and ratatui measure differently, so that they break the layout or hide text in a ticket:
/// zero-width characters and joiners, variation selectors, line and paragraph separators,
/// format characters (Arabic, Egyptian, musical and shorthand), fillers, tags and private use.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{061c}'
                | '\u{0600}'..='\u{0605}'
                | '\u{06dd}'
                | '\u{070f}'
                | '\u{08e2}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{110bd}'
                | '\u{110cd}'
                | '\u{13430}'..='\u{1343f}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
                | '\u{e000}'..='\u{f8ff}'
                | '\u{f0000}'..='\u{10ffff}'
        )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        // Two-character sequences such as ESC c (reset) or ESC 7; intermediates (0x20-0x2F) first.
        Some(_) => {
            while let Some(&c) = chars.peek() {
                chars.next();
                if !('\u{20}'..='\u{2f}').contains(&c) {
                    break;
                }
            }
        }
        None => {}
    }
}

/// CSI: parameter and intermediate bytes, then one final byte in 0x40-0x7E.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            // Not a valid CSI byte: the sequence is broken, stop here.
            break;
        }
    }
}

/// OSC, DCS, SOS, PM, APC: everything up to BEL, ST (ESC \) or the C1 ST.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{07}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Shorten `s` to at most `max` characters, marking the cut with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_kept() {
        assert_eq!(
            clean("550 5.1.1 Użytkownik nieznany", false),
            "550 5.1.1 Użytkownik nieznany"
        );
    }

    #[test]
    fn csi_sequences_are_removed_whole() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m b", false), "ared b");
        assert_eq!(clean("x\u{1b}[2J\u{1b}[H", false), "x");
        assert_eq!(clean("x\u{9b}31my", false), "xy");
    }

    #[test]
    fn osc_title_and_clipboard_writes_are_removed() {
        assert_eq!(clean("a\u{1b}]0;pwned\u{07}b", false), "ab");
        assert_eq!(clean("a\u{1b}]52;c;ZXZpbA==\u{1b}\\b", false), "ab");
    }

    #[test]
    fn dcs_and_other_strings_are_removed() {
        assert_eq!(clean("a\u{1b}Pq#0;2;0;0;0\u{1b}\\b", false), "ab");
        assert_eq!(clean("a\u{1b}_app\u{1b}\\b", false), "ab");
    }

    #[test]
    fn bidi_overrides_and_controls_are_removed() {
        assert_eq!(
            clean("a\u{202e}cba\u{202c}d\u{2066}e\u{2069}", false),
            "acbade"
        );
        assert_eq!(
            clean("a\u{0}b\u{7f}c\u{8}d\u{c}e\u{b}f", false),
            "a b c d e f"
        );
    }

    #[test]
    fn invisible_and_layout_breaking_characters_are_removed() {
        let hidden =
            "a\u{200b}b\u{200d}c\u{2060}d\u{feff}e\u{fe0f}f\u{e0041}g\u{e000}h\u{600}i\u{3164}j";
        assert_eq!(clean(hidden, false), "abcdefghij");
        assert_eq!(clean("a\u{2028}b\u{2029}c", true), "a\nb\nc");
        assert_eq!(clean("a\u{2028}b", false), "a b");
        assert_eq!(clean("株式会社 ❤ Zürich", false), "株式会社 ❤ Zürich");
    }

    #[test]
    fn line_breaks_are_kept_or_flattened() {
        assert_eq!(clean("a\r\nb\rc\nd", true), "a\nb\nc\nd");
        assert_eq!(clean("a\r\nb\tc", false), "a b c");
    }

    #[test]
    fn an_escape_at_the_end_does_not_panic() {
        assert_eq!(clean("abc\u{1b}", false), "abc");
        assert_eq!(clean("abc\u{1b}[", false), "abc");
        assert_eq!(clean("abc\u{1b}]0;unterminated", false), "abc");
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
