//! The live checks against real servers on loopback (tests/loopback): nsd serving the zones of
//! tests/fixtures/zones, Postfix and Dovecot with the certificates of tests/fixtures/tls. The
//! real binary is run with `--resolver` pointed at that name server, so nothing leaves the machine.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;

use serde_json::Value;

use crate::loopback;
use crate::support::{fixture_path, mailwiz, unanswered_listener};

/// `mailwiz check --format json` with the loopback resolver: each finding, and the exit code.
fn check(args: &[&str]) -> (Vec<Value>, Option<i32>) {
    check_env(args, &[])
}

fn check_env(args: &[&str], env: &[(&str, &str)]) -> (Vec<Value>, Option<i32>) {
    let dns = loopback::dns().addr.to_string();
    let mut cmd = mailwiz();
    cmd.args([
        "check",
        "--format",
        "json",
        "--timeout",
        "3",
        "--resolver",
        &dns,
    ]);
    cmd.args(args);
    // The test CA, which a mail program would have among its roots.
    cmd.env("SSL_CERT_FILE", loopback::ca_file());
    cmd.env_remove("SSL_CERT_DIR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let findings = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (findings, out.status.code())
}

/// The findings by `check` (with the subject after a space, `dnsbl zen.spamhaus.org`).
fn by_check(findings: &[Value]) -> HashMap<String, &Value> {
    findings
        .iter()
        .map(|f| {
            let name = match f["subject"].as_str() {
                Some(s) => format!("{} {s}", f["check"].as_str().unwrap()),
                None => f["check"].as_str().unwrap().to_string(),
            };
            (name, f)
        })
        .collect()
}

/// The status of each check, for one assertion that shows them all when it fails.
fn statuses(findings: &[Value]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = by_check(findings)
        .into_iter()
        .map(|(k, f)| (k, f["status"].as_str().unwrap().to_string()))
        .collect();
    v.sort();
    v
}

fn expect(findings: &[Value], expected: &[(&str, &str)]) {
    let mut want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, s)| (c.to_string(), s.to_string()))
        .collect();
    want.sort();
    assert_eq!(statuses(findings), want, "{findings:#?}");
}

fn field<'a>(findings: &'a [Value], check: &str, key: &str) -> &'a str {
    by_check(findings)[check][key].as_str().unwrap()
}

#[test]
fn a_well_kept_domain_passes_every_dns_check_with_its_evidence() {
    let (f, code) = check(&["--dkim-selector", "mail", "good.test"]);
    assert_eq!(code, Some(0));
    expect(
        &f,
        &[
            ("mx", "ok"),
            ("spf", "ok"),
            ("dmarc", "ok"),
            ("dkim mail", "ok"),
        ],
    );
    let mx = field(&f, "mx", "evidence");
    assert!(
        mx.contains("MX good.test → 10 mail.good.test, 20 mx2.good.test"),
        "{mx}"
    );
    assert!(
        mx.contains("A/AAAA mx2.good.test → 192.0.2.2, 2001:db8::2"),
        "{mx}"
    );
    assert!(field(&f, "spf", "summary").contains("-all"));
    assert!(field(&f, "spf", "evidence").contains("TXT _spf.provider.test"));
    assert!(field(&f, "dmarc", "summary").contains("p=reject"));
    assert!(field(&f, "dkim mail", "summary").contains("RSA 2048"));
    // Each finding names the wizard step it answers.
    assert_eq!(field(&f, "mx", "step"), "check-mx");
    assert_eq!(field(&f, "spf", "step"), "scenario-4-spf");
    for finding in &f {
        assert_eq!(finding["target"], "good.test");
        assert_eq!(finding["lang"], "en");
    }
}

#[test]
fn an_address_is_checked_as_its_domain() {
    let (f, _) = check(&["jan@Good.Test"]);
    assert!(f.iter().all(|x| x["target"] == "good.test"));
    assert_eq!(field(&f, "mx", "status"), "ok");
}

#[test]
fn broken_records_are_each_found() {
    let (f, code) = check(&["nomx.test"]);
    assert_eq!(
        code,
        Some(0),
        "problems found are not errors of the program"
    );
    expect(
        &f,
        &[
            ("mx", "warn"),
            ("spf", "fail"),
            ("dmarc", "fail"),
            ("dkim", "skipped"),
        ],
    );
    assert!(field(&f, "mx", "summary").contains("192.0.2.50"));

    let (f, _) = check(&["nullmx.test"]);
    assert_eq!(field(&f, "mx", "status"), "fail");
    assert!(field(&f, "mx", "summary").contains("RFC 7505"));

    let (f, _) = check(&["twospf.test"]);
    assert_eq!(field(&f, "spf", "status"), "fail");
    assert!(field(&f, "spf", "summary").contains("2 SPF records"));
    assert_eq!(field(&f, "dmarc", "status"), "fail");
    assert!(field(&f, "dmarc", "summary").contains("p="));

    let (f, _) = check(&["--dkim-selector", "broken", "loops.test"]);
    assert_eq!(field(&f, "spf", "status"), "fail");
    assert!(
        field(&f, "spf", "summary").contains("more than the 10"),
        "{f:#?}"
    );
    assert!(field(&f, "dmarc", "summary").contains("no policy"));
    assert_eq!(field(&f, "dkim broken", "status"), "fail");
    assert!(field(&f, "dkim broken", "summary").contains("revoked"));

    let (f, _) = check(&["dangling.test"]);
    assert_eq!(field(&f, "mx", "status"), "fail");
    assert!(field(&f, "mx", "summary").contains("gone.dangling.test"));
}

#[test]
fn a_domain_that_does_not_exist_skips_what_depends_on_it() {
    let (f, code) = check(&["missing.good.test"]);
    assert_eq!(code, Some(0));
    expect(
        &f,
        &[
            ("mx", "fail"),
            ("spf", "skipped"),
            ("dmarc", "skipped"),
            ("dkim", "skipped"),
        ],
    );
    assert!(field(&f, "mx", "evidence").contains("NXDOMAIN"));
}

#[test]
fn the_profile_compares_mx_and_spf_with_the_providers() {
    let profile = fixture_path("profiles/provider.toml");
    let (f, _) = check(&["--profile", &profile, "customer.test", "good.test"]);
    let customer: Vec<Value> = f
        .iter()
        .filter(|x| x["target"] == "customer.test")
        .cloned()
        .collect();
    let good: Vec<Value> = f
        .iter()
        .filter(|x| x["target"] == "good.test")
        .cloned()
        .collect();
    assert_eq!(field(&customer, "mx-provider", "status"), "ok");
    assert_eq!(field(&customer, "spf-provider", "status"), "ok");
    // The profile's selector is looked up without --dkim-selector.
    assert_eq!(field(&customer, "dkim default", "status"), "ok");
    assert_eq!(
        field(&customer, "dmarc", "status"),
        "warn",
        "p=none only reports"
    );
    assert_eq!(field(&good, "mx-provider", "status"), "fail");
    assert!(field(&good, "mx-provider", "summary").contains("mail.good.test"));
    assert!(field(&good, "mx-provider", "summary").contains("Provider Test"));
}

#[test]
fn ptr_records_and_their_forward_confirmation() {
    let (f, _) = check(&["--dnsbl", "dnsbl.test", "192.0.2.10"]);
    expect(
        &f,
        &[("ptr", "ok"), ("fcrdns", "ok"), ("dnsbl dnsbl.test", "ok")],
    );
    assert_eq!(field(&f, "ptr", "step"), "scenario-5-ptr");
    assert!(field(&f, "ptr", "evidence").contains("PTR 10.2.0.192.in-addr.arpa → out.good.test"));

    let (f, _) = check(&["--dnsbl", "dnsbl.test", "192.0.2.20"]);
    assert_eq!(field(&f, "fcrdns", "status"), "fail");
    assert!(field(&f, "fcrdns", "summary").contains("nofwd.good.test has no address"));

    let (f, _) = check(&["--dnsbl", "dnsbl.test", "192.0.2.21"]);
    assert!(field(&f, "fcrdns", "summary").contains("192.0.2.99"));

    let (f, _) = check(&["--dnsbl", "dnsbl.test", "192.0.2.30"]);
    expect(
        &f,
        &[
            ("ptr", "fail"),
            ("fcrdns", "skipped"),
            ("dnsbl dnsbl.test", "ok"),
        ],
    );

    let (f, _) = check(&["--dnsbl", "dnsbl.test", "2001:db8::10"]);
    expect(
        &f,
        &[("ptr", "ok"), ("fcrdns", "ok"), ("dnsbl dnsbl.test", "ok")],
    );
}

#[test]
fn blocklist_answers_are_read_for_what_each_list_means() {
    let zones = [
        "--dnsbl",
        "zen.spamhaus.org",
        "--dnsbl",
        "bl.spamcop.net",
        "--dnsbl",
        "b.barracudacentral.org",
    ];
    let (f, _) = check(&[&zones[..], &["192.0.2.99"]].concat());
    assert_eq!(field(&f, "dnsbl zen.spamhaus.org", "status"), "fail");
    assert!(field(&f, "dnsbl zen.spamhaus.org", "summary").contains("SBL"));
    assert!(field(&f, "dnsbl zen.spamhaus.org", "evidence").contains("127.0.0.2"));
    assert_eq!(field(&f, "dnsbl bl.spamcop.net", "status"), "fail");
    assert_eq!(field(&f, "dnsbl b.barracudacentral.org", "status"), "ok");
    assert_eq!(
        field(&f, "dnsbl zen.spamhaus.org", "step"),
        "scenario-5-blocklist"
    );

    let (f, _) = check(&[&zones[..2], &["192.0.2.98"]].concat());
    assert!(field(&f, "dnsbl zen.spamhaus.org", "summary").contains("PBL"));
    let (f, _) = check(&[&zones[..2], &["192.0.2.97"]].concat());
    assert!(field(&f, "dnsbl zen.spamhaus.org", "summary").contains("XBL"));

    // Spamhaus refusing a query through a public resolver is no listing.
    let (f, _) = check(&[&zones[..2], &["192.0.2.96"]].concat());
    assert_eq!(field(&f, "dnsbl zen.spamhaus.org", "status"), "error");
    assert!(field(&f, "dnsbl zen.spamhaus.org", "summary").contains("not a listing"));

    // The test entry every list has (RFC 5782 §5).
    let (f, _) = check(&[&zones[..], &["127.0.0.2"]].concat());
    assert_eq!(field(&f, "dnsbl b.barracudacentral.org", "status"), "fail");
}

#[test]
fn the_summaries_are_in_the_language_asked_for() {
    let (en, _) = check(&["nomx.test"]);
    let (pl, _) = check(&["--lang", "pl", "nomx.test"]);
    assert!(pl.iter().all(|f| f["lang"] == "pl"));
    assert_ne!(field(&en, "spf", "summary"), field(&pl, "spf", "summary"));
    // Evidence is the DNS's own words, in no language.
    assert_eq!(field(&en, "spf", "evidence"), field(&pl, "spf", "evidence"));
}

#[test]
fn bad_targets_and_resolvers_exit_2_before_anything_is_checked() {
    for args in [
        vec!["check", "not a domain"],
        vec!["check", "http://example.test"],
        vec!["check", "smtp://h.test:0"],
        vec!["check", "good.test", "smtp://h.test:99999"],
        vec!["check", "--resolver", "dns.example", "good.test"],
        vec!["check", "--timeout", "0", "good.test"],
        vec!["check"],
    ] {
        let out = mailwiz().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn offline_looks_nothing_up() {
    // A resolver where nothing answers: offline, it is never asked.
    let out = mailwiz()
        .args([
            "check",
            "--offline",
            "--resolver",
            "127.0.0.1:9",
            "--format",
            "json",
        ])
        .args(["good.test", "192.0.2.1", "imaps://mail.good.test"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l["status"] == "skipped"));
}

#[test]
fn text_output_names_each_target_and_finding() {
    let dns = loopback::dns().addr.to_string();
    let out = mailwiz()
        .args([
            "check",
            "--resolver",
            &dns,
            "nomx.test",
            "192.0.2.30",
            "--dnsbl",
            "dnsbl.test",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("nomx.test\n"), "{text}");
    assert!(text.contains("\n192.0.2.30\n"), "{text}");
    assert!(text.contains("  warning: mx: "), "{text}");
    assert!(
        text.contains("      MX nomx.test → NOERROR, no records"),
        "{text}"
    );
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

// --- Servers -------------------------------------------------------------------------------

/// The first finding of `mailwiz check` with a timeout of a second, for a target that does not
/// need the loopback name server.
fn first_finding(target: &str) -> Value {
    let out = mailwiz()
        .args(["check", "--format", "json", "--timeout", "1", target])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    serde_json::from_str(text.lines().next().unwrap()).unwrap()
}

fn server(scheme: &str, port: u16) -> String {
    format!("{scheme}://mail.good.test:{port}")
}

#[test]
fn submission_with_starttls_offers_login_only_over_tls() {
    let m = loopback::mail();
    let (f, code) = check(&[&server("submission", m.submission)]);
    assert_eq!(code, Some(0));
    expect(
        &f,
        &[
            ("smtp", "ok"),
            ("starttls", "ok"),
            ("tls", "ok"),
            ("auth", "ok"),
        ],
    );
    let transcript = field(&f, "smtp", "evidence");
    assert!(
        transcript.contains("<-  220 mail.good.test ESMTP"),
        "{transcript}"
    );
    assert!(transcript.contains(" -> EHLO "), "{transcript}");
    assert!(field(&f, "starttls", "evidence").contains("=== TLS started: TLS 1."));
    assert!(field(&f, "tls", "summary").contains("mail.good.test"));
    assert!(field(&f, "auth", "summary").contains("PLAIN"));
    assert!(field(&f, "auth", "evidence").contains("before TLS: -"));
    // The probe never logs in and never sends mail.
    let all: String = f.iter().map(|x| x["evidence"].as_str().unwrap()).collect();
    for never in [
        "AUTH PLAIN",
        "AUTH LOGIN",
        "MAIL FROM",
        "RCPT TO",
        m.password,
    ] {
        assert!(!all.contains(never), "{never}: {all}");
    }
}

#[test]
fn port_25_and_465_are_probed_as_what_they_are() {
    let m = loopback::mail();
    let (f, _) = check(&[&server("smtp", m.smtp)]);
    // Between servers no login is expected, so none is reported.
    expect(&f, &[("smtp", "ok"), ("starttls", "ok"), ("tls", "ok")]);
    let (f, _) = check(&[&server("smtps", m.smtps)]);
    expect(&f, &[("smtp", "ok"), ("tls", "ok"), ("auth", "ok")]);
    assert!(
        field(&f, "smtp", "evidence").contains("<~  220 "),
        "inside TLS from the start"
    );
}

#[test]
fn imap_and_pop3_with_and_without_starttls() {
    let m = loopback::mail();
    let (f, _) = check(&[&server("imap", m.imap)]);
    expect(
        &f,
        &[
            ("imap", "ok"),
            ("starttls", "ok"),
            ("tls", "ok"),
            ("auth", "ok"),
        ],
    );
    assert!(
        field(&f, "auth", "evidence").contains("before TLS: -"),
        "LOGINDISABLED before TLS"
    );
    let (f, _) = check(&[&server("imaps", m.imaps)]);
    expect(&f, &[("imap", "ok"), ("tls", "ok"), ("auth", "ok")]);
    let (f, _) = check(&[&server("pop3", m.pop3)]);
    expect(
        &f,
        &[
            ("pop3", "ok"),
            ("starttls", "ok"),
            ("tls", "ok"),
            ("auth", "ok"),
        ],
    );
    let (f, _) = check(&[&server("pop3s", m.pop3s)]);
    expect(&f, &[("pop3", "ok"), ("tls", "ok"), ("auth", "ok")]);
}

#[test]
fn certificates_are_judged_as_a_mail_program_judges_them() {
    let m = loopback::mail();
    // By address, the name the certificate gives is not the one asked for.
    let (f, _) = check(&[&format!("imaps://127.0.0.1:{}", m.imaps)]);
    assert_eq!(field(&f, "tls", "status"), "fail");
    assert!(
        field(&f, "tls", "summary").contains("not for 127.0.0.1"),
        "{f:#?}"
    );
    // An expired certificate.
    let (f, _) = check(&[&format!("imaps://expired.good.test:{}", m.imaps)]);
    assert_eq!(field(&f, "tls", "status"), "fail");
    assert!(field(&f, "tls", "summary").contains("expired"), "{f:#?}");
    // Without the test CA among the roots, the chain is not trusted.
    let (f, _) = check_env(
        &[&server("imaps", m.imaps)],
        &[("SSL_CERT_FILE", "/nonexistent/ca.pem")],
    );
    assert_eq!(field(&f, "tls", "status"), "fail");
    assert!(field(&f, "tls", "summary").contains("not signed"), "{f:#?}");
}

#[test]
fn a_closed_port_a_filtered_port_and_a_silent_server_are_told_apart() {
    // Closed: nothing listens.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let (f, _) = check(&[&format!("submission://127.0.0.1:{port}")]);
    expect(
        &f,
        &[
            ("smtp", "fail"),
            ("starttls", "skipped"),
            ("tls", "skipped"),
            ("auth", "skipped"),
        ],
    );
    assert!(field(&f, "smtp", "summary").contains("closed"));

    // Filtered: a listener whose queue is full drops new connections unanswered, as a firewall
    // that drops packets does.
    let (full, _queued) = unanswered_listener();
    let addr = full.local_addr().unwrap();
    let first = first_finding(&format!("smtp://{addr}"));
    assert_eq!(first["status"], "fail");
    assert!(
        first["summary"]
            .as_str()
            .unwrap()
            .contains("firewall drops"),
        "{first}"
    );

    // Silent: the connection is accepted, and nothing is said.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = silent.local_addr().unwrap();
    let hold = std::thread::spawn(move || {
        let (mut s, _) = silent.accept().unwrap();
        let mut buf = [0u8; 64];
        let _ = s.read(&mut buf);
    });
    let first = first_finding(&format!("smtp://{addr}"));
    assert!(
        first["summary"].as_str().unwrap().contains("says nothing"),
        "{first}"
    );
    hold.join().unwrap();
}

#[test]
fn a_hostile_server_cannot_reach_the_terminal_or_stall_the_probe() {
    let hostile = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = hostile.local_addr().unwrap();
    let serve = std::thread::spawn(move || {
        let (mut s, _) = hostile.accept().unwrap();
        let mut greeting = b"220 evil \x1b]0;owned\x07\x1b[2J ESMTP ".to_vec();
        greeting.extend(std::iter::repeat_n(b'A', 100_000));
        greeting.extend(b"\r\n");
        let _ = s.write_all(&greeting);
        let mut buf = [0u8; 512];
        let _ = s.read(&mut buf);
        // An endless EHLO reply.
        for _ in 0..5000 {
            if s.write_all(b"250-\xff\xfe invalid UTF-8 \x1b[31m\r\n")
                .is_err()
            {
                break;
            }
        }
    });
    let out = mailwiz()
        .args(["check", "--timeout", "2", &format!("submission://{addr}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(!text.contains('\u{7}'), "{text}");
    assert!(text.contains("evil"), "{text}");
    serve.join().unwrap();
}

#[test]
fn restricted_mode_limits_the_checks_as_the_profile_says() {
    let dns = loopback::dns().addr.to_string();
    // No --resolver: restricted mode asks only the system's resolvers.
    let out = mailwiz()
        .env("MAILWIZ_RESTRICTED", "1")
        .args(["check", "--resolver", &dns, "good.test"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--resolver"));

    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile.toml");
    let base = std::fs::read_to_string(fixture_path("profiles/provider.toml")).unwrap();
    for (policy, env, target, allowed) in [
        ("off", None, "good.test", false),
        ("own-domain", None, "good.test", false),
        ("own-domain", Some("good.test"), "good.test", true),
        ("own-domain", Some("good.test"), "jan@mail.good.test", true),
        (
            "own-domain",
            Some("good.test"),
            "imaps://mail.good.test",
            true,
        ),
        ("own-domain", Some("good.test"), "notgood.test", false),
        ("own-domain", Some("good.test"), "192.0.2.10", false),
        ("on", None, "192.0.2.10", true),
    ] {
        std::fs::write(
            &profile,
            base.replace("restricted = \"on\"", &format!("restricted = \"{policy}\"")),
        )
        .unwrap();
        let mut cmd = mailwiz();
        cmd.env("MAILWIZ_RESTRICTED", "1")
            .env("MAILWIZ_TEST_SYSTEM_PROFILE", &profile)
            .args(["check", "--offline", target]);
        match env {
            Some(d) => cmd.env("MAILWIZ_DOMAIN", d),
            None => cmd.env_remove("MAILWIZ_DOMAIN"),
        };
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.success(),
            allowed,
            "{policy} {env:?} {target}: {out:?}"
        );
        if !allowed {
            assert_eq!(out.status.code(), Some(2));
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn a_domains_mail_server_is_probed_as_other_servers_reach_it() {
    let m = loopback::mail();
    let (f, code) = check(&[&format!("mx://good.test:{}", m.smtp)]);
    assert_eq!(code, Some(0));
    expect(
        &f,
        &[
            ("mx", "ok"),
            ("smtp", "ok"),
            ("starttls", "ok"),
            ("tls", "ok"),
        ],
    );
    assert!(
        f.iter()
            .all(|x| x["target"] == format!("mx://good.test:{}", m.smtp))
    );
    // The first host of the lowest preference, not mx2 (192.0.2.2, never contacted).
    assert!(
        field(&f, "smtp", "evidence").contains("Trying 127.0.0.1:"),
        "{f:#?}"
    );
    assert!(!field(&f, "smtp", "evidence").contains("192.0.2.2"));
    assert_eq!(field(&f, "smtp", "step"), "scenario-5-port25");

    let (f, _) = check(&["mx://nullmx.test"]);
    expect(&f, &[("mx", "fail")]);
    let (f, _) = check(&["mx://dangling.test"]);
    expect(&f, &[("mx", "fail")]);
}
