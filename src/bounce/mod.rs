//! Whole messages: a non-delivery report read as MIME (charsets, transfer encodings, multipart),
//! its `message/delivery-status` part (RFC 3464), and the human-readable text of the MTAs and
//! providers, into what happened to each recipient. The returned message is never read: its
//! headers (DKIM-Signature, Received-SPF, spam reports) say nothing about why delivery failed.
//!
//! What each recipient's words mean is `explain`'s work ([`diagnose`]); this module only finds
//! them.

mod dsn;
mod text;

use mail_parser::{MessageParser, MimeHeaders, PartType};

use crate::explain::{self, Explanation};
use crate::knowledge::Knowledge;
use crate::smtp::Enhanced;

/// The largest message read; the rest of a bigger one is not looked at.
pub const MAX_MESSAGE: usize = 1 << 20;

/// The most recipients read from one report: more than any real one names.
pub const MAX_RECIPIENTS: usize = 1000;

/// What the message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// At least one recipient failed.
    Failure,
    /// Delivery is delayed and will be retried: a warning, not a failure.
    Delay,
    /// A delivery report: the message arrived.
    Delivered,
    /// An automatic reply (out of office).
    AutoReply,
    /// An abuse or feedback report (ARF).
    Feedback,
}

/// What happened to one recipient (RFC 3464 `Action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Failed,
    Delayed,
    Delivered,
    Relayed,
    Expanded,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Failed => "failed",
            Delivery::Delayed => "delayed",
            Delivery::Delivered => "delivered",
            Delivery::Relayed => "relayed",
            Delivery::Expanded => "expanded",
        }
    }
}

/// One recipient of a report, with the evidence about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub address: String,
    pub delivery: Delivery,
    /// The delivery-status `Status`.
    pub status: Option<Enhanced>,
    pub remote_mta: Option<String>,
    /// The server's own words about this recipient, wrapped lines joined.
    pub diagnostic: Option<String>,
    /// When delivery was last tried (`Last-Attempt-Date`), as the report writes it.
    pub last_attempt: Option<String>,
}

/// A report and its recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounce {
    pub kind: Kind,
    pub recipients: Vec<Recipient>,
    /// The address the report was sent back to (its `To`): the sender's mailbox.
    pub mailbox: Option<String>,
}

/// Whether pasted text is a whole message (headers, then a body) rather than a reply line.
pub fn is_message(text: &str) -> bool {
    let mut headers = 0;
    for line in text.lines().take(40) {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        match line.split_once(':') {
            Some((name, _))
                if !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                headers += 1
            }
            _ => return false,
        }
    }
    headers >= 2
}

/// Read a whole message. `None` when it is not a message at all.
pub fn read(bytes: &[u8]) -> Option<Bounce> {
    let bytes = &bytes[..bytes.len().min(MAX_MESSAGE)];
    // mail-parser has a debug assertion that some malformed multipart input trips (it is not in
    // release builds, which ship): a debug build treats that input as no message.
    let message = std::panic::catch_unwind(|| MessageParser::default().parse(bytes)).ok()??;
    let ctype = |p: &mail_parser::MessagePart| {
        p.content_type()
            .map(|c| {
                format!(
                    "{}/{}",
                    c.ctype().to_ascii_lowercase(),
                    c.subtype().unwrap_or("").to_ascii_lowercase()
                )
            })
            .unwrap_or_default()
    };
    let report_type = message
        .content_type()
        .and_then(|c| c.attribute("report-type"))
        .map(str::to_ascii_lowercase);
    if report_type.as_deref() == Some("feedback-report")
        || message
            .parts
            .iter()
            .any(|p| ctype(p) == "message/feedback-report")
    {
        return Some(Bounce {
            kind: Kind::Feedback,
            recipients: Vec::new(),
            mailbox: None,
        });
    }
    // The delivery-status part, when there is one, names every recipient.
    let mut recipients: Vec<Recipient> = message
        .parts
        .iter()
        .filter(|p| {
            matches!(
                ctype(p).as_str(),
                "message/delivery-status" | "message/global-delivery-status"
            )
        })
        .flat_map(|p| dsn::recipients(&String::from_utf8_lossy(p.contents())))
        .take(MAX_RECIPIENTS)
        .collect();
    // The human-readable text: the first text part of the report itself (not of the returned
    // message, which mail-parser keeps apart as a nested message).
    let human: String = message
        .parts
        .iter()
        .find_map(|p| match &p.body {
            PartType::Text(t) if ctype(p) != "text/rfc822-headers" => Some(t.to_string()),
            _ => None,
        })
        .or_else(|| {
            message.parts.iter().find_map(|p| match &p.body {
                PartType::Html(h) => Some(html_to_text(h)),
                _ => None,
            })
        })
        .unwrap_or_default();
    let from_text = text::recipients(&human);
    if recipients.is_empty() {
        recipients = from_text;
    } else {
        // The human text may say more than a delivery-status part without a Diagnostic-Code.
        for r in &mut recipients {
            if r.diagnostic.is_none()
                && let Some(t) = from_text.iter().find(|t| t.address == r.address)
            {
                r.diagnostic = t.diagnostic.clone();
                r.remote_mta = r.remote_mta.take().or_else(|| t.remote_mta.clone());
            }
        }
    }
    let auto_reply = message
        .header_raw("Auto-Submitted")
        .is_some_and(|v| v.trim().to_ascii_lowercase().starts_with("auto-replied"))
        || message.header_raw("X-Autoreply").is_some();
    let kind = if recipients.iter().any(|r| r.delivery == Delivery::Failed) {
        Kind::Failure
    } else if recipients.iter().any(|r| r.delivery == Delivery::Delayed)
        || human
            .to_ascii_lowercase()
            .contains("this is a warning only")
    {
        Kind::Delay
    } else if !recipients.is_empty() {
        Kind::Delivered
    } else if auto_reply {
        Kind::AutoReply
    } else {
        Kind::Failure
    };
    let mailbox = message
        .to()
        .and_then(|to| to.first())
        .and_then(|a| a.address())
        .filter(|a| a.contains('@'))
        .map(str::to_string);
    Some(Bounce {
        kind,
        recipients,
        mailbox,
    })
}

/// The text of an HTML report: tags dropped, block ends as line breaks, entities decoded.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let Some(end) = rest[at..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[at + 1..at + end].to_ascii_lowercase();
        if [
            "br", "/p", "/div", "/tr", "/li", "/h1", "/h2", "/h3", "p ", "p",
        ]
        .iter()
        .any(|t| {
            tag == *t || tag.starts_with(&format!("{t} ")) || tag.starts_with(&format!("{t}/"))
        }) {
            out.push('\n');
        }
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// What one recipient's evidence means: its own diagnostic (so a pattern is matched only in its
/// words), with the delivery-status code where the words carry none.
pub fn diagnose(kb: &Knowledge, r: &Recipient) -> Option<Explanation> {
    let text = match (&r.diagnostic, r.status) {
        (Some(d), Some(status)) if crate::reply::parse(d).is_ok_and(|p| p.enhanced.is_none()) => {
            format!("{d} {status}")
        }
        (Some(d), _) => d.clone(),
        (None, Some(status)) => status.to_string(),
        (None, None) => return None,
    };
    explain::explain(kb, &text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_told_from_a_reply_line() {
        assert!(is_message("From: a@example.com\nSubject: x\n\nbody"));
        assert!(!is_message("550 5.1.1 <bob@example.net>: User unknown"));
        assert!(!is_message("Relay access denied"));
        assert!(!is_message("550-5.7.1 first\n550 5.7.1 second"));
    }

    #[test]
    fn the_mailbox_is_the_address_the_report_came_back_to() {
        let report = read(
            b"From: MAILER-DAEMON@mx.example.com\nTo: Alice <alice@example.com>\n\
              Subject: Undelivered Mail\n\n<bob@example.net>: host mx.example.net[192.0.2.1] \
              said: 550 5.1.1 User unknown\n",
        )
        .unwrap();
        assert_eq!(report.mailbox.as_deref(), Some("alice@example.com"));
        let report = read(b"From: x@example.com\nSubject: y\n\nbody\n").unwrap();
        assert_eq!(report.mailbox, None);
    }

    #[test]
    fn html_becomes_lines() {
        assert_eq!(
            html_to_text("<p>Remote Server returned &#39;550 5.1.10&#39;</p><br>x&amp;y"),
            "\nRemote Server returned '550 5.1.10'\n\nx&y"
        );
    }
}
