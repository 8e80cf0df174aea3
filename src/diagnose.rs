//! From evidence to a diagnosis: what a recipient's words, codes and report mean, in one word (a
//! [`Reason`]), hard or not, and the explanation led by the most specific evidence: a provider's
//! own text (a recognised pattern) before the words of the reply, before a specific enhanced code,
//! before the basic code.

use crate::bounce::{self, Bounce, Delivery, Kind, Recipient};
use crate::explain::Explanation;
use crate::knowledge::{Knowledge, Who};
use crate::smtp::{Class, Enhanced, Reason, ReplyCode};

/// What one recipient's evidence means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub recipient: Recipient,
    pub explanation: Option<Explanation>,
    pub reason: Reason,
    /// A permanent failure: sending again as it is will fail again.
    pub hard: bool,
}

/// Words of replies and reports, and what they mean, tried in this order: the more specific
/// first (a blocklist's name before "spam", "rate limited due to reputation" before "rate
/// limited").
const PHRASES: &[(Reason, &[&str])] = &[
    (Reason::VirusDetected, &["virus", "malware", "infected"]),
    (
        Reason::Blocked,
        &[
            "blocklist",
            "blacklist",
            "block list",
            "blocked using",
            "spamhaus",
            "spamcop",
            "dnsbl",
            "listed at",
            "listed on",
            "banned",
        ],
    ),
    (
        Reason::RequirePtr,
        &[
            "ptr record",
            "reverse dns",
            "rdns",
            "cannot find your hostname",
            "reverse lookup",
        ],
    ),
    (
        Reason::AuthFailure,
        &["spf", "dkim", "dmarc", "unauthenticated"],
    ),
    (Reason::BadReputation, &["reputation"]),
    (
        Reason::Speeding,
        &[
            "rate limit",
            "rate-limit",
            "too many messages",
            "sending limit",
            "unexpected volume",
        ],
    ),
    (
        Reason::TooManyConn,
        &[
            "too many connections",
            "too many recipients",
            "too many concurrent",
        ],
    ),
    (
        Reason::NoRelaying,
        &[
            "relay access denied",
            "relaying denied",
            "relay not permitted",
            "not permitted to relay",
            "unable to relay",
            "relaying not allowed",
        ],
    ),
    (
        Reason::FailedStartTls,
        &[
            "starttls",
            "tls required",
            "must issue a starttls",
            "encryption required",
        ],
    ),
    (
        Reason::SecurityError,
        &[
            "authentication failed",
            "authentication required",
            "credentials invalid",
            "must authenticate",
            "authentication unsuccessful",
        ],
    ),
    (
        Reason::Suspend,
        &[
            "account disabled",
            "mailbox disabled",
            "account is disabled",
            "inactive",
            "suspended",
        ],
    ),
    (Reason::HasMoved, &["has moved", "user has moved"]),
    (
        Reason::MailboxFull,
        &[
            "mailbox full",
            "mailbox is full",
            "over quota",
            "quota exceeded",
            "out of storage",
            "mailbox size limit",
        ],
    ),
    (
        Reason::MesgTooBig,
        &[
            "message size exceeds",
            "message too large",
            "message is too large",
            "too big",
            "size limit",
        ],
    ),
    (
        Reason::UserUnknown,
        &[
            "user unknown",
            "no such user",
            "unknown user",
            "mailbox not found",
            "does not exist",
            "recipient not found",
            "address not found",
            "no mailbox",
            "unknown recipient",
            "invalid recipient",
            "no such recipient",
            "recipientnotfound",
            "mailbox unavailable",
            "not listed in",
            "no such address",
        ],
    ),
    (
        Reason::HostUnknown,
        &[
            "host not found",
            "domain not found",
            "unrouteable address",
            "no mx",
            "name or service not known",
            "domain does not exist",
            "host unknown",
        ],
    ),
    (
        Reason::Rejected,
        &[
            "sender address rejected",
            "sender rejected",
            "sender blacklisted",
            "not owned by user",
            "sender domain",
        ],
    ),
    (Reason::SpamDetected, &["spam", "unsolicited"]),
    (
        Reason::NotCompliantRfc,
        &[
            "rfc 5322",
            "rfc5322",
            "rfc 2822",
            "rfc2822",
            "not compliant",
        ],
    ),
    (
        Reason::ContentError,
        &["attachment", "content rejected", "message content"],
    ),
    (
        Reason::Expired,
        &[
            "retry timeout exceeded",
            "delivery time expired",
            "message expired",
            "retry time not reached for any host",
        ],
    ),
    (
        Reason::NetworkError,
        &[
            "connection timed out",
            "connection refused",
            "no route to host",
            "timed out",
            "network is unreachable",
            "connection reset",
        ],
    ),
    (
        Reason::SystemFull,
        &["insufficient system storage", "disk full", "out of disk"],
    ),
    (
        Reason::SystemError,
        &[
            "internal error",
            "local error",
            "loop detected",
            "mail loop",
            "too many hops",
        ],
    ),
    (
        Reason::MailerError,
        &["mailer error", "command output", "procmail", "pipe to"],
    ),
    (
        Reason::PolicyViolation,
        &["policy", "prohibited", "not allowed"],
    ),
];

/// What an enhanced code's subject and detail mean, where they are specific.
fn by_enhanced(e: Enhanced) -> Option<Reason> {
    Some(match (e.subject, e.detail) {
        (1, 1) | (1, 3) => Reason::UserUnknown,
        (1, 2) => Reason::HostUnknown,
        (1, 6) => Reason::HasMoved,
        (1, 7) | (1, 8) => Reason::Rejected,
        (1, 10) => Reason::NotAccept,
        (2, 0) => Reason::Filtered,
        (2, 1) => Reason::Suspend,
        (2, 2) => Reason::MailboxFull,
        (2, 3) => Reason::ExceedLimit,
        (3, 1) => Reason::SystemFull,
        (3, 4) => Reason::MesgTooBig,
        (3, _) => Reason::SystemError,
        (4, 7) => Reason::Expired,
        (4, _) => Reason::NetworkError,
        (5, 3) => Reason::TooManyConn,
        (5, _) => Reason::SyntaxError,
        (6, _) => Reason::ContentError,
        (7, 8) | (7, 9) | (7, 12) | (7, 14) => Reason::SecurityError,
        (7, 10) | (7, 11) | (7, 29) => Reason::FailedStartTls,
        (7, 13) => Reason::Suspend,
        (7, 25) => Reason::RequirePtr,
        // The registry's 5.7.27: the sender's domain has a null MX, so its address is refused
        // (Gmail's own 5.7.27, SPF, is its pattern's).
        (7, 27) => Reason::Rejected,
        (7, 20..=27) => Reason::AuthFailure,
        (7, 28) => Reason::Speeding,
        _ => return None,
    })
}

/// What a basic code alone says, where it says something.
fn by_code(c: ReplyCode) -> Option<Reason> {
    Some(match c.get() {
        450 => Reason::OnHold,
        451 => Reason::SystemError,
        452 => Reason::SystemFull,
        500..=504 => Reason::SyntaxError,
        521 | 556 => Reason::NotAccept,
        530 | 535 | 538 => Reason::SecurityError,
        551 => Reason::HasMoved,
        552 => Reason::MailboxFull,
        _ => return None,
    })
}

/// The reason of one recipient, from the most specific evidence.
pub fn reason(kb: &Knowledge, r: &Recipient, e: Option<&Explanation>) -> Reason {
    match r.delivery {
        Delivery::Delivered | Delivery::Relayed | Delivery::Expanded => return Reason::Delivered,
        Delivery::Failed | Delivery::Delayed => {}
    }
    if let Some(p) = e
        .and_then(|e| e.pattern.as_deref())
        .and_then(|id| kb.catalogue.patterns.iter().find(|p| p.id == id))
    {
        return p.reason;
    }
    let words = r.diagnostic.as_deref().unwrap_or("").to_lowercase();
    if let Some((reason, _)) = PHRASES
        .iter()
        .find(|(_, phrases)| phrases.iter().any(|p| words.contains(p)))
    {
        return *reason;
    }
    let enhanced = e.and_then(|e| e.enhanced).or(r.status);
    enhanced
        .and_then(by_enhanced)
        .or_else(|| e.and_then(|e| e.code).and_then(by_code))
        .unwrap_or(Reason::Undefined)
}

/// Every recipient of a report, diagnosed; a report with none (an auto-reply, a feedback report)
/// gives nothing here, and its [`kind_reason`] says what it is.
pub fn diagnose(kb: &Knowledge, b: &Bounce) -> Vec<Diagnosis> {
    b.recipients
        .iter()
        .map(|r| {
            let explanation = bounce::diagnose(kb, r);
            let reason = reason(kb, r, explanation.as_ref());
            let permanent = explanation.as_ref().map(|e| e.class) == Some(Class::Permanent)
                || (explanation.is_none() && r.status.is_some_and(|s| s.class == 5));
            Diagnosis {
                recipient: r.clone(),
                hard: r.delivery == Delivery::Failed
                    && permanent
                    && !matches!(reason, Reason::OnHold | Reason::Delivered),
                explanation,
                reason,
            }
        })
        .collect()
}

/// The reason of a whole report that is not a failure.
pub fn kind_reason(kind: Kind) -> Option<Reason> {
    match kind {
        Kind::AutoReply => Some(Reason::Vacation),
        Kind::Feedback => Some(Reason::Feedback),
        Kind::Delivered => Some(Reason::Delivered),
        Kind::Failure | Kind::Delay => None,
    }
}

/// Who has to act on a failure of this reason, where the reason says it: the sender fixes what
/// they sent or how, the sender's provider fixes the sending server and its domain's DNS, the
/// recipient's side fixes its mailbox or server.
pub fn who_of(reason: Reason) -> Option<Who> {
    use Reason::*;
    Some(match reason {
        UserUnknown | HostUnknown | HasMoved | MesgTooBig | NoRelaying | Rejected
        | SecurityError | FailedStartTls | SpamDetected | VirusDetected | ContentError
        | NotCompliantRfc | PolicyViolation | TooManyConn | SyntaxError => Who::Sender,
        Blocked | BadReputation | RequirePtr | AuthFailure | Speeding => Who::SenderProvider,
        Filtered | MailboxFull | ExceedLimit | Suspend | NotAccept | SystemError | SystemFull
        | NetworkError | Expired | MailerError => Who::RecipientSide,
        OnHold | Delivered | Vacation | Feedback => Who::Nobody,
        Undefined => return None,
    })
}

/// The reason of a single explained reply, from its own words.
pub fn reason_of(kb: &Knowledge, e: &Explanation) -> Reason {
    let r = Recipient {
        address: String::new(),
        delivery: if e.class == Class::Transient {
            Delivery::Delayed
        } else {
            Delivery::Failed
        },
        status: None,
        remote_mta: None,
        diagnostic: Some(e.input.clone()),
        last_attempt: None,
    };
    reason(kb, &r, Some(e))
}
