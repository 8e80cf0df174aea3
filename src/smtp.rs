//! The vocabulary of SMTP replies that every layer shares: the basic reply code, its class, and
//! the enhanced status code. Values only: parsing a whole reply is `reply`'s work, what a code
//! means is `knowledge`'s, and what to do about it `explain`'s.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A basic reply code of RFC 5321: three digits, 200 to 599.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct ReplyCode(u16);

impl ReplyCode {
    /// The code, if `n` is one (200 to 599).
    pub const fn new(n: u16) -> Option<ReplyCode> {
        if n >= 200 && n <= 599 {
            Some(ReplyCode(n))
        } else {
            None
        }
    }

    pub const fn get(self) -> u16 {
        self.0
    }

    /// The class, from the first digit. Every code in range has one.
    pub fn class(self) -> Class {
        Class::from_digit(self.0 / 100).unwrap_or(Class::Permanent)
    }

    /// The category, from the second digit: 0 syntax, 1 information, 2 connections, 5 the mail
    /// system; RFC 5321 leaves 3, 4 and 6 to 9 unassigned.
    pub const fn category(self) -> u16 {
        (self.0 / 10) % 10
    }
}

impl From<ReplyCode> for u16 {
    fn from(c: ReplyCode) -> u16 {
        c.0
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = String;
    fn try_from(n: u16) -> Result<ReplyCode, String> {
        ReplyCode::new(n).ok_or_else(|| format!("{n} is not a reply code (200-599)"))
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The class of a reply, from its first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Positive,
    Intermediate,
    Transient,
    Permanent,
}

impl Class {
    pub const ALL: [Class; 4] = [
        Class::Positive,
        Class::Intermediate,
        Class::Transient,
        Class::Permanent,
    ];

    pub fn from_digit(d: u16) -> Option<Class> {
        match d {
            2 => Some(Class::Positive),
            3 => Some(Class::Intermediate),
            4 => Some(Class::Transient),
            5 => Some(Class::Permanent),
            _ => None,
        }
    }

    pub fn digit(self) -> u16 {
        match self {
            Class::Positive => 2,
            Class::Intermediate => 3,
            Class::Transient => 4,
            Class::Permanent => 5,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Positive => "positive",
            Class::Intermediate => "intermediate",
            Class::Transient => "transient",
            Class::Permanent => "permanent",
        }
    }

    /// Only a temporary failure is worth sending again unchanged.
    pub fn retry(self) -> bool {
        self == Class::Transient
    }
}

/// An enhanced status code, `class.subject.detail` (RFC 3463), such as `5.7.26` or `5.7.708`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Enhanced {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl Enhanced {
    /// `X.Y.Z` with X one of 2, 4, 5 and Y, Z of one to three digits.
    pub fn parse(s: &str) -> Option<Enhanced> {
        let mut parts = s.split('.');
        let (class, subject, detail) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let class = match class {
            "2" => 2,
            "4" => 4,
            "5" => 5,
            _ => return None,
        };
        let number = |p: &str| -> Option<u16> {
            if (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        };
        Some(Enhanced {
            class,
            subject: number(subject)?,
            detail: number(detail)?,
        })
    }

    /// The class of the first number (2, 4 or 5).
    pub fn class(self) -> Class {
        Class::from_digit(u16::from(self.class)).unwrap_or(Class::Permanent)
    }
}

impl fmt::Display for Enhanced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_codes_are_200_to_599_with_a_class_and_a_category() {
        assert_eq!(ReplyCode::new(199), None);
        assert_eq!(ReplyCode::new(600), None);
        let c = ReplyCode::new(554).unwrap();
        assert_eq!(
            (c.class(), c.category(), c.get()),
            (Class::Permanent, 5, 554)
        );
        assert_eq!(ReplyCode::new(421).unwrap().class(), Class::Transient);
        assert_eq!(
            ReplyCode::try_from(99).unwrap_err(),
            "99 is not a reply code (200-599)"
        );
    }

    #[test]
    fn enhanced_codes_parse_and_print() {
        assert_eq!(
            Enhanced::parse("5.1.1").map(|e| e.to_string()),
            Some("5.1.1".into())
        );
        assert_eq!(Enhanced::parse("5.7.708").map(|e| e.detail), Some(708));
        assert_eq!(
            Enhanced::parse("4.7.0").map(Enhanced::class),
            Some(Class::Transient)
        );
        for bad in [
            "3.1.1", "5.1", "5.1.1.1", "5..1", "5.1.1234", "a.b.c", "", "1.2.3",
        ] {
            assert_eq!(Enhanced::parse(bad), None, "{bad}");
        }
    }
}
