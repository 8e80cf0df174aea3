//! Whole bounce messages (tests/corpus/messages/, written for the project): each gives its kind
//! and its recipients, each recipient its own code, enhanced code, remote server and diagnostic,
//! and nothing from the returned message's headers changes a diagnosis.

use mailwiz::bounce::{self, Kind};
use mailwiz::diagnose;
use mailwiz::explain::Explanation;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::present::explanation::Words;
use serde::Deserialize;

use crate::support::kb;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    message: Vec<Message>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    file: String,
    kind: String,
    reason: Option<String>,
    #[serde(default)]
    recipient: Vec<Recipient>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Recipient {
    address: String,
    action: String,
    reason: String,
    code: Option<u16>,
    enhanced: Option<String>,
    remote_mta: Option<String>,
    diagnostic_contains: Option<String>,
}

fn folder() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/messages")
}

fn expected() -> Vec<Message> {
    let text = std::fs::read_to_string(folder().join("expected.toml")).unwrap();
    toml::from_str::<Expected>(&text).unwrap().message
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Failure => "failure",
        Kind::Delay => "delay",
        Kind::Delivered => "delivered",
        Kind::AutoReply => "auto-reply",
        Kind::Feedback => "feedback",
    }
}

#[test]
fn every_message_of_the_corpus_gives_its_recipients_and_their_evidence() {
    let kb = kb();
    let mut failures = Vec::new();
    let all = expected();
    assert!(all.len() >= 12, "only {} messages", all.len());
    for m in &all {
        let bytes = std::fs::read(folder().join(&m.file)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            bounce::is_message(&text),
            "{}: not taken for a message",
            m.file
        );
        let Some(b) = bounce::read(&bytes) else {
            failures.push(format!("{}: not read", m.file));
            continue;
        };
        if kind_name(b.kind) != m.kind {
            failures.push(format!(
                "{}: kind {:?}, expected {}",
                m.file, b.kind, m.kind
            ));
        }
        let message_reason = diagnose::kind_reason(b.kind).map(|r| r.as_str().to_string());
        if m.recipient.is_empty() && m.reason != message_reason {
            failures.push(format!(
                "{}: reason {message_reason:?}, expected {:?}",
                m.file, m.reason
            ));
        }
        let diagnoses = diagnose::diagnose(&kb, &b);
        for (d, want) in diagnoses.iter().zip(&m.recipient) {
            if d.reason.as_str() != want.reason {
                failures.push(format!(
                    "{} {}: reason {}, expected {} ({:?})",
                    m.file,
                    want.address,
                    d.reason.as_str(),
                    want.reason,
                    d.recipient.diagnostic
                ));
            }
        }
        if b.recipients.len() != m.recipient.len() {
            failures.push(format!(
                "{}: {} recipients {:?}, expected {}",
                m.file,
                b.recipients.len(),
                b.recipients.iter().map(|r| &r.address).collect::<Vec<_>>(),
                m.recipient.len()
            ));
            continue;
        }
        for (got, want) in b.recipients.iter().zip(&m.recipient) {
            let at = format!("{} {}", m.file, want.address);
            if got.address != want.address {
                failures.push(format!("{at}: address {}", got.address));
            }
            if got.delivery.as_str() != want.action {
                failures.push(format!("{at}: action {:?}", got.delivery));
            }
            if want.remote_mta.is_some() && got.remote_mta != want.remote_mta {
                failures.push(format!("{at}: remote MTA {:?}", got.remote_mta));
            }
            if let Some(phrase) = &want.diagnostic_contains
                && !got
                    .diagnostic
                    .as_deref()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains(&phrase.to_lowercase())
            {
                failures.push(format!("{at}: diagnostic {:?}", got.diagnostic));
            }
            let e = bounce::diagnose(&kb, got);
            let code = e.as_ref().and_then(|e| e.code).map(u16::from);
            let enhanced = e.as_ref().and_then(|e| e.enhanced).map(|x| x.to_string());
            if want.code.is_some() && code != want.code {
                failures.push(format!("{at}: code {code:?}, expected {:?}", want.code));
            }
            if want.enhanced.is_some() && enhanced != want.enhanced {
                failures.push(format!(
                    "{at}: enhanced {enhanced:?}, expected {:?}",
                    want.enhanced
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The returned message of nearly every bounce carries a DKIM-Signature and authentication
/// results; none of it may turn "user unknown" into "DKIM check failed".
#[test]
fn the_returned_messages_headers_never_change_a_diagnosis() {
    let kb = kb();
    for m in expected() {
        let bytes = std::fs::read(folder().join(&m.file)).unwrap();
        let Some(b) = bounce::read(&bytes) else {
            continue;
        };
        for r in &b.recipients {
            let Some(e) = bounce::diagnose(&kb, r) else {
                continue;
            };
            if let Some(p) = &e.pattern {
                let diagnostic = r.diagnostic.as_deref().unwrap_or("").to_lowercase();
                let pattern = kb.catalogue.patterns.iter().find(|x| &x.id == p).unwrap();
                assert!(
                    pattern.matches(&diagnostic),
                    "{}: pattern {p} came from outside {:?}",
                    m.file,
                    r.diagnostic
                );
            }
        }
    }
}

#[test]
fn a_reply_line_or_garbage_is_not_a_message() {
    for text in [
        "550 5.1.1 User unknown",
        "",
        "\u{0}\u{1}\u{2}",
        "Relay access denied",
    ] {
        assert!(!bounce::is_message(text), "{text:?}");
    }
    // Garbage never panics, nor does the multipart message that trips a debug assertion of the
    // MIME parser (found by fuzzing; release builds do not have the assertion).
    let tripping = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/malformed-multipart.bin"
    ))
    .unwrap();
    let _ = bounce::read(&tripping);
    for bytes in [
        &b""[..],
        b"\xff\xfe",
        b"From: x\n\n",
        b"Content-Type: multipart/report; boundary=\"\"\n\n--\n",
    ] {
        let _ = bounce::read(bytes);
    }
}

/// The most specific evidence decides the reason: a recognised provider text before the reply's
/// words, before a specific enhanced code, before the basic code.
#[test]
fn the_most_specific_evidence_gives_the_reason() {
    use mailwiz::bounce::{Delivery, Recipient};
    let kb = kb();
    let reason = |diagnostic: &str| {
        let r = Recipient {
            address: "bob@example.net".into(),
            delivery: Delivery::Failed,
            status: None,
            remote_mta: None,
            diagnostic: Some(diagnostic.into()),
            last_attempt: None,
        };
        let e = bounce::diagnose(&kb, &r);
        diagnose::reason(&kb, &r, e.as_ref()).as_str()
    };
    // A provider's own text: Gmail's "no PTR record" is not "check the recipient's address".
    assert_eq!(
        reason("550-5.7.25 The IP address sending this message does not have a PTR record setup"),
        "requireptr"
    );
    assert_eq!(
        reason(
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"
        ),
        "blocked"
    );
    // The reply's words, before its generic code.
    assert_eq!(reason("550 5.7.1 Message rejected as spam"), "spamdetected");
    assert_eq!(
        reason("421 4.7.0 Temporarily rate limited due to IP reputation"),
        "badreputation"
    );
    // A specific enhanced code, when the words say nothing more.
    assert_eq!(
        reason("550 5.1.1 Requested action not taken"),
        "userunknown"
    );
    assert_eq!(
        reason("452 4.5.3 Requested action not taken"),
        "toomanyconn"
    );
    // The basic code alone, and nothing at all.
    assert_eq!(reason("552 Requested action not taken"), "mailboxfull");
    assert_eq!(reason("554 Transaction failed"), "undefined");
    // A reused registry number: Gmail's 5.7.27 is SPF, the registry's is the sender's null MX.
    assert_eq!(
        reason("550-5.7.27 The sender does not pass checks. x1si - gsmtp"),
        "authfailure"
    );
    assert_eq!(reason("550 5.7.27 Sender address has null MX"), "rejected");
}

/// Providers give registry numbers their own meanings: a Gmail reply (it ends in "gsmtp") with
/// 5.7.27 is about SPF, whatever its words; the same code from elsewhere keeps the registry's.
#[test]
fn a_providers_own_meaning_of_a_registry_number_leads() {
    let kb = kb();
    let gmail = mailwiz::explain::explain(
        &kb,
        "550-5.7.27 The sender does not pass checks. x1si - gsmtp",
    )
    .unwrap();
    assert_eq!(gmail.pattern.as_deref(), Some("gmail-spf"));
    let other = mailwiz::explain::explain(&kb, "550 5.7.27 Sender address has null MX").unwrap();
    assert_eq!(other.pattern, None);

    // The words shown and the JSON: Gmail's meaning, and never the registry's "null MX" beside it.
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let null_mx = tr.enhanced_meaning(kb.catalogue.enhanced(other.enhanced.unwrap()).unwrap());
    let shown = |e: &Explanation| {
        let words = Words::of(e, &kb, tr);
        let fields = words.fields(e, tr);
        (words, fields)
    };
    let (words, fields) = shown(&gmail);
    assert_eq!(words.summary, tr.text("code-pattern-gmail-spf-summary"));
    assert_eq!(words.enhanced_meaning, None);
    assert!(
        fields.iter().all(|f| !f.value.contains(&null_mx)),
        "{fields:?}"
    );
    let (words, _) = shown(&other);
    assert_eq!(words.summary, null_mx);
    assert_eq!(words.enhanced_meaning.as_deref(), Some(null_mx.as_str()));
}

/// A report that comes only as HTML (as Microsoft 365 can send it) is read from its text.
#[test]
fn an_html_only_report_is_read() {
    let kb = kb();
    let message = "From: postmaster@example.com\r\nTo: alice@example.com\r\nSubject: Undeliverable: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p><b>Delivery has failed to these recipients or groups:</b></p><p><a href=\"mailto:uma@example.net\">uma@example.net</a><br></p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\r\n";
    let b = bounce::read(message.as_bytes()).expect("a message");
    assert_eq!(b.recipients.len(), 1, "{b:?}");
    assert_eq!(b.recipients[0].address, "uma@example.net");
    let d = diagnose::diagnose(&kb, &b);
    let e = d[0].explanation.as_ref().unwrap();
    assert_eq!(e.code.map(u16::from), Some(550));
    assert_eq!(e.enhanced.map(|x| x.to_string()).as_deref(), Some("5.1.10"));
    assert_eq!(d[0].reason.as_str(), "userunknown");
}
