//! The reply parser on real-world reply lines: what servers, mail logs and bounces print.

use mailwiz::reply::{self, ParseError};

/// (input, expected code, expected enhanced code)
const CORPUS: &[(&str, Option<u16>, Option<&str>)] = &[
    ("550", Some(550), None),
    ("  421  ", Some(421), None),
    ("5.1.1", None, Some("5.1.1")),
    ("4.7.0", None, Some("4.7.0")),
    ("5.7.708", None, Some("5.7.708")),
    (
        "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "554 5.7.1 <bob@example.org>: Relay access denied",
        Some(554),
        Some("5.7.1"),
    ),
    (
        "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
        Some(450),
        Some("4.2.0"),
    ),
    (
        "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.7",
        Some(554),
        Some("5.7.1"),
    ),
    (
        "421 4.7.0 Try again later, closing connection. (EHLO) x1si123.27 - gsmtp",
        Some(421),
        Some("4.7.0"),
    ),
    (
        "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\r\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\r\n550 5.7.26 authenticate with at least one of SPF or DKIM. - gsmtp",
        Some(550),
        Some("5.7.26"),
    ),
    (
        "452-4.2.2 The recipient's inbox is out of storage space.\n452 4.2.2 Please direct the recipient to https://support.example.com/mail/?p=OverQuota",
        Some(452),
        Some("4.2.2"),
    ),
    (
        "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/",
        Some(550),
        Some("5.7.606"),
    ),
    (
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
        Some(550),
        Some("5.7.708"),
    ),
    (
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
        Some(421),
        Some("4.7.0"),
    ),
    (
        "553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob@example.com",
        Some(553),
        Some("5.7.1"),
    ),
    (
        "535 5.7.8 Error: authentication failed: authentication failure",
        Some(535),
        Some("5.7.8"),
    ),
    (
        "535 5.7.8 Username and Password not accepted. Learn more at https://support.example.com/mail/?p=BadCredentials x1-2",
        Some(535),
        Some("5.7.8"),
    ),
    (
        "530 5.7.0 Must issue a STARTTLS command first",
        Some(530),
        Some("5.7.0"),
    ),
    (
        "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.example.com]",
        Some(530),
        Some("5.7.57"),
    ),
    (
        "454 4.7.0 TLS not available due to local problem",
        Some(454),
        Some("4.7.0"),
    ),
    ("552 5.2.2 Mailbox full", Some(552), Some("5.2.2")),
    (
        "552 5.3.4 Message size exceeds fixed limit",
        Some(552),
        Some("5.3.4"),
    ),
    (
        "551 User not local; please try <forward@example.net>",
        Some(551),
        None,
    ),
    (
        "503 5.5.1 Error: need RCPT command",
        Some(503),
        Some("5.5.1"),
    ),
    ("503 Bad sequence of commands", Some(503), None),
    ("500 5.5.2 Error: bad syntax", Some(500), Some("5.5.2")),
    (
        "501 5.1.3 Bad recipient address syntax",
        Some(501),
        Some("5.1.3"),
    ),
    (
        "502 5.5.1 Error: command not implemented",
        Some(502),
        Some("5.5.1"),
    ),
    (
        "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
        Some(504),
        Some("5.5.2"),
    ),
    (
        "451 4.3.0 Error: queue file write error",
        Some(451),
        Some("4.3.0"),
    ),
    (
        "451 4.7.1 Please try again later (SPF temperror)",
        Some(451),
        Some("4.7.1"),
    ),
    (
        "521 5.3.2 mail.example.net does not accept mail",
        Some(521),
        Some("5.3.2"),
    ),
    (
        "556 5.1.10 Recipient address has null MX",
        Some(556),
        Some("5.1.10"),
    ),
    ("220 mail.example.com ESMTP Postfix", Some(220), None),
    (
        "250 2.0.0 Ok: queued as 4Bx7Yz1ABCz9sQ",
        Some(250),
        Some("2.0.0"),
    ),
    ("221 2.0.0 Bye", Some(221), Some("2.0.0")),
    ("354 End data with <CR><LF>.<CR><LF>", Some(354), None),
    ("334 VXNlcm5hbWU6", Some(334), None),
    (
        "235 2.7.0 Authentication successful",
        Some(235),
        Some("2.7.0"),
    ),
    // Lines from mail logs and bounces, with the code inside.
    (
        "Nov 24 18:50:01 mx postfix/smtp[12345]: 4Bx7Yz1ABC: to=<bob@example.com>, relay=mx.example.com[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.25] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'",
        Some(554),
        Some("5.4.14"),
    ),
    (
        "#550 5.1.1 smtp;550 5.1.1 User unknown ##",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "host mx.example.org[198.51.100.3] said: 452 4.5.3 Too many recipients (in reply to RCPT TO command)",
        Some(452),
        Some("4.5.3"),
    ),
    (
        "SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    550 No Such User Here",
        Some(550),
        None,
    ),
    (
        "Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filtering.",
        Some(550),
        Some("5.7.1"),
    ),
    ("Status: 5.2.2", None, Some("5.2.2")),
    (
        "    550   5.1.1    odd   spacing   ",
        Some(550),
        Some("5.1.1"),
    ),
    (
        "550-5.7.1 [192.0.2.1] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail.\n550 5.7.1 To reduce the amount of spam sent",
        Some(550),
        Some("5.7.1"),
    ),
    ("550 \"5.7.1\" rejected", Some(550), Some("5.7.1")),
    ("Relay access denied", None, None),
];

#[test]
fn the_corpus_is_large_enough() {
    assert!(CORPUS.len() >= 30);
}

#[test]
fn every_line_of_the_corpus_gives_its_code_and_enhanced_code() {
    for (line, code, enhanced) in CORPUS {
        let r = reply::parse(line).unwrap_or_else(|e| panic!("{line:?}: {e:?}"));
        assert_eq!(r.code, *code, "code of {line:?}");
        assert_eq!(
            r.enhanced.map(|e| e.to_string()).as_deref(),
            *enhanced,
            "enhanced of {line:?}"
        );
    }
}

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
    assert_eq!(r.code, Some(550));
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
