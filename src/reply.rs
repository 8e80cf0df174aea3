//! Parsing what a user pastes: a bare code (`550`), a reply line (`550 5.1.1 <a@b>: User unknown`),
//! a multi-line reply (`550-5.7.1 ...` / `550 5.7.1 ...`), an enhanced status code (`5.1.1`), or a
//! line from a bounce or a mail log that carries one of these somewhere inside.
//!
//! The parser only finds the numbers; deciding what they mean is `explain`'s work.

use crate::sanitize;
use crate::smtp::{Enhanced, ReplyCode};

/// What was found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: Option<ReplyCode>,
    pub enhanced: Option<Enhanced>,
    /// The human-readable part, cleaned of control characters, lines joined by spaces.
    pub text: String,
}

impl Reply {
    /// Neither a code nor an enhanced code was found.
    pub fn is_bare_text(&self) -> bool {
        self.code.is_none() && self.enhanced.is_none()
    }
}

/// Input that holds nothing to explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    Empty,
}

/// The longest input looked at; the rest of a huge paste is ignored.
pub const MAX_INPUT: usize = 64 * 1024;

/// Find the reply code and enhanced code in `input`.
pub fn parse(input: &str) -> Result<Reply, ParseError> {
    let mut cut = input.len().min(MAX_INPUT);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    let cleaned = sanitize::clean(&input[..cut], true);
    if cleaned.trim().is_empty() {
        return Err(ParseError::Empty);
    }

    let lines: Vec<Vec<&str>> = cleaned.lines().map(tokens).collect();
    let mut best: Option<(u8, ReplyCode, Option<Enhanced>)> = None;
    for line in &lines {
        for (i, tok) in line.iter().enumerate() {
            let Some((code, inline)) = code_token(tok) else {
                continue;
            };
            let enhanced = inline.or_else(|| line.get(i + 1).and_then(|t| Enhanced::parse(t)));
            let score = match (enhanced, i) {
                (Some(e), _) if e.class() == code.class() => 4,
                (Some(_), _) => 3,
                (None, 0) => 2,
                (None, _) => 1,
            };
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, code, enhanced));
            }
        }
    }
    let (code, enhanced) = match best {
        Some((_, code, enhanced)) => (Some(code), enhanced),
        None => (None, find_enhanced(&lines)),
    };

    let text = cleaned
        .lines()
        .map(strip_reply_prefix)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Reply {
        code,
        enhanced,
        text,
    })
}

/// Split a line into words, dropping the punctuation that wraps codes in bounces and logs:
/// quotes, brackets, `#`, `:` and `,`; `;` and `=` also separate (`smtp;550`, `dsn=5.1.1`).
fn tokens(line: &str) -> Vec<&str> {
    line.split(|c: char| c.is_whitespace() || c == ';' || c == '=')
        .map(|t| {
            t.trim_matches(|c: char| {
                matches!(
                    c,
                    '\'' | '"'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '<'
                        | '>'
                        | '#'
                        | ':'
                        | ','
                        | '“'
                        | '”'
                        | '«'
                        | '»'
                )
            })
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// `550`, `550-`, `550-5.7.1`: a basic code from 200 to 599, with an enhanced code glued on.
fn code_token(tok: &str) -> Option<(ReplyCode, Option<Enhanced>)> {
    let bytes = tok.as_bytes();
    if bytes.len() < 3 || !bytes[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = ReplyCode::new(tok[..3].parse().ok()?)?;
    match &tok[3..] {
        "" | "-" => Some((code, None)),
        rest => {
            let glued = rest.strip_prefix('-')?;
            Some((code, Some(Enhanced::parse(glued)?)))
        }
    }
}

/// An enhanced code on its own: the first failure code (4 or 5), else the first success code.
fn find_enhanced(lines: &[Vec<&str>]) -> Option<Enhanced> {
    let all: Vec<Enhanced> = lines
        .iter()
        .flatten()
        .filter_map(|t| Enhanced::parse(t))
        .collect();
    all.iter()
        .find(|e| e.class != 2)
        .or_else(|| all.first())
        .copied()
}

/// `550-5.7.1 text` → `text`; lines without a leading code are kept whole.
fn strip_reply_prefix(line: &str) -> &str {
    let line = line.trim();
    let b = line.as_bytes();
    if b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && matches!(b.get(3), None | Some(b' ') | Some(b'-'))
    {
        let rest = line[3..].trim_start_matches(['-', ' ']);
        let first = rest.split_whitespace().next().unwrap_or("");
        if Enhanced::parse(first).is_some() {
            return rest[first.len()..].trim();
        }
        return rest.trim();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_an_error() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse("  \n\t "), Err(ParseError::Empty));
        assert_eq!(parse("\u{1b}[31m"), Err(ParseError::Empty));
    }

    #[test]
    fn out_of_range_numbers_are_not_codes() {
        for s in ["999", "199", "600", "1234", "hello", "55"] {
            assert!(parse(s).unwrap().is_bare_text(), "{s}");
        }
    }

    #[test]
    fn a_huge_input_is_cut_on_a_character_boundary() {
        let big = format!("550 5.1.1 {}", "ż".repeat(MAX_INPUT));
        let r = parse(&big).unwrap();
        assert_eq!(r.code.map(u16::from), Some(550));
        assert!(r.text.len() <= MAX_INPUT);
    }
}
