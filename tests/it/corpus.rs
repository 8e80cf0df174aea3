//! The corpus of real-world bounce and rejection lines (tests/corpus/bounces.toml): each gives its
//! expected code, enhanced code and well-known text, and every pattern is recognised somewhere.

use std::collections::HashSet;

use mailwiz::explain;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::present::explanation::Words;
use mailwiz::reply;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    line: Vec<Line>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    text: String,
    code: Option<u16>,
    enhanced: Option<String>,
    pattern: Option<String>,
}

fn corpus() -> Vec<Line> {
    let text = include_str!("../corpus/bounces.toml");
    toml::from_str::<Corpus>(text).unwrap().line
}

#[test]
fn the_corpus_has_at_least_150_lines() {
    assert!(corpus().len() >= 150);
}

#[test]
fn every_line_gives_its_code_enhanced_code_and_pattern() {
    let kb = Knowledge::embedded().unwrap();
    for line in corpus() {
        let r = reply::parse(&line.text).unwrap();
        assert_eq!(r.code.map(u16::from), line.code, "code of {:?}", line.text);
        assert_eq!(
            r.enhanced.map(|e| e.to_string()),
            line.enhanced,
            "enhanced code of {:?}",
            line.text
        );
        match explain::explain(&kb, &line.text) {
            Ok(e) => assert_eq!(e.pattern, line.pattern, "pattern of {:?}", line.text),
            Err(err) => panic!("{:?} is not explained: {err:?}", line.text),
        }
    }
}

#[test]
fn every_pattern_is_recognised_in_the_corpus() {
    let kb = Knowledge::embedded().unwrap();
    let used: HashSet<String> = corpus().into_iter().filter_map(|l| l.pattern).collect();
    for p in &kb.catalogue.patterns {
        assert!(used.contains(&p.id), "no corpus line for {}", p.id);
    }
    assert!(kb.catalogue.patterns.len() >= 25);
}

#[test]
fn a_recognised_text_adds_its_own_explanation_in_every_language() {
    let kb = Knowledge::embedded().unwrap();
    let gmail = "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n550 5.7.26 authenticate with at least one of SPF or DKIM. - gsmtp";
    let e = explain::explain(&kb, gmail).unwrap();
    let id = e
        .pattern
        .clone()
        .expect("the Gmail 5.7.26 text is recognised");
    for lang in Lang::ALL {
        let loc = Localizer::new().with_profile(&kb.profile);
        let tr = loc.tr(*lang);
        let words = Words::of(&e, &kb, tr);
        let (summary, action) = words.note.expect("a note");
        assert_eq!(summary, tr.text(&format!("code-pattern-{id}-summary")));
        assert_eq!(action, tr.text(&format!("code-pattern-{id}-action")));
        // The text carries 5.7.26 itself, so Gmail's words are that number's meaning here and
        // the registry's sentence is not repeated beside them.
        assert_eq!(words.enhanced_meaning, None, "{lang}");
    }
    assert!(e.node.is_some(), "the pattern points to a wizard step");
}

/// A recognised text's own facts reach every explanation of it: its who acts and its step lead,
/// never the basic code's (knowledge review, finding 1), and its reason is the diagnosis.
#[test]
fn a_recognised_text_leads_with_its_own_who_step_and_reason() {
    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    for line in corpus() {
        let Some(id) = &line.pattern else { continue };
        let p = kb.catalogue.patterns.iter().find(|p| &p.id == id).unwrap();
        let e = explain::explain(&kb, &line.text).unwrap();
        let words = Words::of(&e, &kb, tr);
        assert_eq!(words.who_kind, Some(p.who), "who of {:?}", line.text);
        assert_eq!(e.node, p.node, "step of {:?}", line.text);
        assert_eq!(
            mailwiz::diagnose::reason_of(&kb, &e),
            p.reason,
            "reason of {:?}",
            line.text
        );
    }
}

/// The replies of the providers the project's users meet, each with what an administrator says
/// it means: the reason, who acts and the step that fixes it (written from the providers' pages,
/// not from the data).
#[test]
fn the_providers_replies_mean_what_their_pages_say() {
    use mailwiz::knowledge::Who::*;
    use mailwiz::smtp::Reason::*;
    let kb = Knowledge::embedded().unwrap();
    let cases: &[(
        &str,
        mailwiz::smtp::Reason,
        mailwiz::knowledge::Who,
        Option<&str>,
    )] = &[
        (
            "452-4.2.2 The recipient's inbox is out of storage space. - gsmtp",
            MailboxFull,
            RecipientSide,
            Some("scenario-7-full"),
        ),
        (
            "552-5.7.0 This message was blocked because its content presents a potential security issue. - gsmtp",
            ContentError,
            Sender,
            None,
        ),
        (
            "550 5.1.1 <anna@example.com> sender is blacklisted",
            Rejected,
            RecipientSide,
            Some("scenario-7-rules"),
        ),
        (
            "451-4.7.23 The sending IP address for this message doesn't have a PTR record. You've been temporarily rate limited - gsmtp",
            RequirePtr,
            SenderProvider,
            Some("scenario-5-ptr"),
        ),
        (
            "550-5.7.40 The sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. - gsmtp",
            AuthFailure,
            SenderProvider,
            Some("scenario-7-dmarc"),
        ),
        (
            "550-5.7.32 The address in the From: header isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp",
            AuthFailure,
            Sender,
            Some("scenario-7-align"),
        ),
        (
            "550-5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. - gsmtp",
            Blocked,
            Sender,
            Some("scenario-1-config"),
        ),
        (
            "421-4.7.0 TLS required for RCPT domain, closing connection. - gsmtp",
            FailedStartTls,
            SenderProvider,
            Some("scenario-5-helo"),
        ),
        (
            "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
            AuthFailure,
            SenderProvider,
            Some("scenario-7-spf"),
        ),
        (
            "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
            Speeding,
            RecipientSide,
            Some("scenario-7-delayed"),
        ),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
            SecurityError,
            SenderProvider,
            Some("scenario-1-auth"),
        ),
        (
            "451 4.7.650 The mail server [198.51.100.20] has been temporarily rate limited due to IP reputation. (S775)",
            BadReputation,
            SenderProvider,
            Some("scenario-5-blocklist"),
        ),
        (
            "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.",
            AuthFailure,
            SenderProvider,
            Some("scenario-7-spf"),
        ),
        (
            "550 5.7.520 Access denied, Your organization does not allow external forwarding.",
            PolicyViolation,
            SenderProvider,
            Some("scenario-2-rules"),
        ),
        (
            "550 5.1.8 Access denied, bad outbound sender.",
            SecurityError,
            Sender,
            Some("scenario-1-blocked"),
        ),
        (
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/",
            SystemError,
            RecipientSide,
            None,
        ),
        (
            "554 5.7.1 Service unavailable; Sender address [x@example.com] blocked using dbl.spamhaus.org; domain present in the Spamhaus DBL",
            Rejected,
            SenderProvider,
            Some("scenario-5-blocklist"),
        ),
        (
            "550 [SPF] 192.0.2.1 is not allowed to send mail from example.com.",
            AuthFailure,
            SenderProvider,
            Some("scenario-7-spf"),
        ),
        (
            "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
            Blocked,
            SenderProvider,
            Some("scenario-5-ptr"),
        ),
        (
            "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
            PolicyViolation,
            SenderProvider,
            Some("scenario-7-spf"),
        ),
        (
            "550 5.1.1 <x@seznam.cz>: Recipient address rejected: szn; User hasn't got the service mapped",
            UserUnknown,
            Sender,
            Some("scenario-7-address"),
        ),
        (
            "554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer",
            BadReputation,
            SenderProvider,
            Some("scenario-7-spf"),
        ),
        (
            "550 5.7.1 Recipient doesn't want your mail",
            Rejected,
            RecipientSide,
            Some("scenario-7-rules"),
        ),
        (
            "450 4.2.0 <a@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
            OnHold,
            Nobody,
            Some("scenario-7-delayed"),
        ),
        (
            "connect to mx.example.net[198.51.100.2]:25: Connection timed out",
            NetworkError,
            SenderProvider,
            Some("scenario-5-port25"),
        ),
        (
            "Your outgoing (SMTP) e-mail server has reported an internal error. Error Number: 0x800CCC0E",
            NetworkError,
            Sender,
            Some("scenario-1-connect"),
        ),
    ];
    for (text, reason, who, step) in cases {
        let e = explain::explain(&kb, text).unwrap_or_else(|err| panic!("{text}: {err:?}"));
        let loc = Localizer::new();
        let words = Words::of(&e, &kb, loc.tr(Lang::En));
        assert_eq!(mailwiz::diagnose::reason_of(&kb, &e), *reason, "{text}");
        assert_eq!(words.who_kind, Some(*who), "{text}");
        assert_eq!(e.node.as_deref(), *step, "{text}");
    }
}
