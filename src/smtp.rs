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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// Why a message was not delivered, in one word: the vocabulary bounce-processing tools already
/// use, so scripts can switch to mailwiz without a mapping. The last three are not
/// failures.
macro_rules! reasons {
    ($( $(#[doc = $doc:literal])* $variant:ident = $name:literal, )+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Reason {
            $( $(#[doc = $doc])* #[serde(rename = $name)] $variant, )+
        }

        impl Reason {
            pub const ALL: &'static [Reason] = &[$(Reason::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $( Reason::$variant => $name, )+
                }
            }
        }
    };
}

reasons! {
    /// The recipient's mailbox does not exist at that domain.
    UserUnknown = "userunknown",
    /// The recipient's side refused the message by its own filter, after accepting the address.
    Filtered = "filtered",
    MailboxFull = "mailboxfull",
    /// The message exceeds a limit of the recipient's mailbox.
    ExceedLimit = "exceedlimit",
    /// The message is larger than the receiving system accepts.
    MesgTooBig = "mesgtoobig",
    HasMoved = "hasmoved",
    /// The mailbox exists but is disabled or inactive.
    Suspend = "suspend",
    /// The recipient's domain does not exist or has no mail host.
    HostUnknown = "hostunknown",
    /// The recipient's domain accepts no mail (null MX, 521, 556).
    NotAccept = "notaccept",
    NoRelaying = "norelaying",
    /// The sender's address was refused.
    Rejected = "rejected",
    /// The sending IP or host was refused: a blocklist, a policy on that IP.
    Blocked = "blocked",
    BadReputation = "badreputation",
    /// No or bad reverse DNS for the sending IP.
    RequirePtr = "requireptr",
    /// SPF, DKIM or DMARC failed or is missing.
    AuthFailure = "authfailure",
    /// Authentication to the server failed, or an account or TLS security problem.
    SecurityError = "securityerror",
    FailedStartTls = "failedstarttls",
    SpamDetected = "spamdetected",
    VirusDetected = "virusdetected",
    ContentError = "contenterror",
    NotCompliantRfc = "notcompliantrfc",
    PolicyViolation = "policyviolation",
    /// Too fast or too much: rate limited.
    Speeding = "speeding",
    TooManyConn = "toomanyconn",
    SystemError = "systemerror",
    SystemFull = "systemfull",
    NetworkError = "networkerror",
    /// Delivery gave up after retrying.
    Expired = "expired",
    SyntaxError = "syntaxerror",
    /// A local delivery program failed.
    MailerError = "mailererror",
    /// A failure whose cause cannot be decided yet (a temporary refusal such as greylisting).
    OnHold = "onhold",
    Undefined = "undefined",
    /// Not a failure: a delivery report.
    Delivered = "delivered",
    /// Not a failure: an automatic reply.
    Vacation = "vacation",
    /// Not a failure: an abuse or feedback report.
    Feedback = "feedback",
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
