//! The loopback servers of `tests/loopback` are real servers that speak their protocols: nsd
//! answers a DNS query built here byte by byte, Postfix and Dovecot greet and offer what the
//! ports they stand for offer, and AUTH with the fixture account works once TLS is up.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::sync::Arc;
use std::time::Duration;

use crate::loopback;

const TIMEOUT: Duration = Duration::from_secs(5);

fn connect(port: u16) -> TcpStream {
    let stream = TcpStream::connect_timeout(&SocketAddr::from(([127, 0, 0, 1], port)), TIMEOUT)
        .unwrap_or_else(|e| panic!("connect to 127.0.0.1:{port}: {e}"));
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    stream
}

/// Reads one line, CRLF included.
fn line(reader: &mut impl BufRead) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).expect("a line from the server");
    assert!(line.ends_with("\r\n"), "an unfinished line: {line:?}");
    line
}

/// Reads an SMTP reply (all its lines) and gives its lines.
fn smtp_reply(reader: &mut impl BufRead) -> Vec<String> {
    let mut lines = vec![line(reader)];
    while lines.last().unwrap().as_bytes().get(3) == Some(&b'-') {
        lines.push(line(reader));
    }
    lines
}

/// Connects to an SMTP port, says EHLO, and gives the greeting and the EHLO reply's keywords.
fn ehlo(port: u16) -> (String, Vec<String>) {
    let stream = connect(port);
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let greeting = smtp_reply(&mut reader).join("");
    (&stream).write_all(b"EHLO client.test\r\n").unwrap();
    let reply = smtp_reply(&mut reader);
    assert!(
        reply.iter().all(|l| l.starts_with("250")),
        "EHLO refused: {reply:?}"
    );
    (&stream).write_all(b"QUIT\r\n").unwrap();
    let keywords = reply[1..]
        .iter()
        .map(|l| l[4..].trim_end().to_owned())
        .collect();
    (greeting, keywords)
}

#[test]
fn nsd_answers_a_hand_made_query_for_the_mx_of_good_test() {
    let dns = loopback::dns();
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    socket.set_read_timeout(Some(TIMEOUT)).unwrap();
    #[rustfmt::skip]
    let query = [
        0x6d, 0x77, // ID
        0x00, 0x00, // a standard query, recursion not desired
        0, 1, 0, 0, 0, 0, 0, 0, // one question, no other records
        4, b'g', b'o', b'o', b'd', 4, b't', b'e', b's', b't', 0, // good.test
        0, 15, // type MX
        0, 1, // class IN
    ];
    socket.send_to(&query, dns.addr).unwrap();
    let mut reply = [0; 512];
    let n = socket.recv(&mut reply).expect("an answer from nsd");
    let reply = &reply[..n];
    assert_eq!(reply[..2], [0x6d, 0x77], "the answer's ID");
    assert_eq!(reply[2] & 0x80, 0x80, "QR: a response");
    assert_eq!(reply[2] & 0x04, 0x04, "AA: an authoritative answer");
    assert_eq!(reply[3] & 0x0f, 0, "RCODE: NOERROR");
    assert_eq!(
        u16::from_be_bytes([reply[6], reply[7]]),
        2,
        "ANCOUNT: the two MX records"
    );
    // The question comes back as it was asked.
    assert_eq!(reply[12..query.len()], query[12..]);
}

#[test]
fn smtp_offers_starttls_and_no_auth() {
    let mail = loopback::mail();
    let (greeting, keywords) = ehlo(mail.smtp);
    assert!(
        greeting.starts_with("220 mail.good.test ESMTP"),
        "{greeting:?}"
    );
    assert!(keywords.iter().any(|k| k == "STARTTLS"), "{keywords:?}");
    assert!(
        !keywords.iter().any(|k| k.starts_with("AUTH")),
        "{keywords:?}"
    );
}

#[test]
fn submission_offers_starttls_and_auth_only_after_it() {
    let mail = loopback::mail();
    let (greeting, keywords) = ehlo(mail.submission);
    assert!(
        greeting.starts_with("220 mail.good.test ESMTP"),
        "{greeting:?}"
    );
    assert!(keywords.iter().any(|k| k == "STARTTLS"), "{keywords:?}");
    assert!(
        !keywords.iter().any(|k| k.starts_with("AUTH")),
        "{keywords:?}"
    );
}

#[test]
fn smtp_accepts_no_mail() {
    let mail = loopback::mail();
    // BDAT as well as DATA: Postfix offers CHUNKING. (The BDAT chunk is "hello\r\n".)
    for data in ["DATA", "BDAT 7 LAST\r\nhello"] {
        let stream = connect(mail.smtp);
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        smtp_reply(&mut reader);
        let mut say = |command: &str| {
            (&stream)
                .write_all(format!("{command}\r\n").as_bytes())
                .unwrap();
            smtp_reply(&mut reader).join("")
        };
        assert!(say("EHLO client.test").starts_with("250"));
        assert!(say("MAIL FROM:<sender@client.test>").starts_with("250"));
        for rcpt in [
            "someone@example.test",
            "postmaster@good.test",
            "someone@mail.good.test",
        ] {
            let reply = say(&format!("RCPT TO:<{rcpt}>"));
            assert!(
                reply.starts_with("554 5.7.1"),
                "RCPT TO:<{rcpt}>: {reply:?}"
            );
        }
        // A bare postmaster is accepted whatever the restrictions (RFC 5321 4.5.1) ...
        assert!(say("RCPT TO:<postmaster>").starts_with("250"));
        // ... but the message is not.
        let reply = say(data);
        assert!(reply.starts_with("554 5.7.1"), "{data:?}: {reply:?}");
        assert!(say("QUIT").starts_with("221"));
    }
}

#[test]
fn imap_offers_starttls_and_refuses_login_before_it() {
    let mail = loopback::mail();
    let stream = connect(mail.imap);
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let greeting = line(&mut reader);
    assert!(
        greeting.starts_with("* OK [CAPABILITY IMAP4rev1"),
        "{greeting:?}"
    );
    assert!(greeting.contains(" STARTTLS"), "{greeting:?}");
    assert!(greeting.contains(" LOGINDISABLED"), "{greeting:?}");
    assert!(!greeting.contains("AUTH="), "{greeting:?}");
    // Not only said: Dovecot refuses the right password in the clear.
    let login = format!("a LOGIN \"{}\" \"{}\"\r\n", mail.user, mail.password);
    (&stream).write_all(login.as_bytes()).unwrap();
    let mut reply = line(&mut reader);
    while reply.starts_with("* ") {
        reply = line(&mut reader);
    }
    assert!(reply.starts_with("a NO [PRIVACYREQUIRED]"), "{reply:?}");
    (&stream).write_all(b"b LOGOUT\r\n").unwrap();
}

#[test]
fn pop3_greets_and_offers_stls_only() {
    let mail = loopback::mail();
    let stream = connect(mail.pop3);
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let greeting = line(&mut reader);
    assert!(greeting.starts_with("+OK"), "{greeting:?}");
    (&stream).write_all(b"CAPA\r\n").unwrap();
    assert!(line(&mut reader).starts_with("+OK"));
    let mut capabilities = Vec::new();
    loop {
        let l = line(&mut reader);
        if l == ".\r\n" {
            break;
        }
        capabilities.push(l.trim_end().to_owned());
    }
    assert!(capabilities.iter().any(|c| c == "STLS"), "{capabilities:?}");
    assert!(
        !capabilities
            .iter()
            .any(|c| c == "USER" || c.starts_with("SASL ")),
        "{capabilities:?}"
    );
    (&stream).write_all(b"QUIT\r\n").unwrap();
}

#[test]
fn tls_ports_accept_connections() {
    let mail = loopback::mail();
    for port in [mail.smtps, mail.imaps, mail.pop3s] {
        connect(port);
    }
}

/// A TLS client that trusts the fixture CA only.
fn tls_client(
    server_name: &'static str,
    stream: TcpStream,
) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::CertificateDer::pem_file_iter(loopback::ca_file()).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connection =
        rustls::ClientConnection::new(Arc::new(config), server_name.try_into().unwrap()).unwrap();
    rustls::StreamOwned::new(connection, stream)
}

#[test]
fn submission_authenticates_the_fixture_account_after_starttls() {
    use base64::Engine as _;
    let mail = loopback::mail();
    let stream = connect(mail.submission);
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    smtp_reply(&mut reader);
    (&stream).write_all(b"EHLO client.test\r\n").unwrap();
    smtp_reply(&mut reader);
    (&stream).write_all(b"STARTTLS\r\n").unwrap();
    assert!(
        smtp_reply(&mut reader)[0].starts_with("220"),
        "STARTTLS refused"
    );
    assert!(
        reader.buffer().is_empty(),
        "nothing may come before the TLS handshake"
    );
    let tls = tls_client("mail.good.test", stream);
    let mut tls = BufReader::new(tls);
    tls.get_mut().write_all(b"EHLO client.test\r\n").unwrap();
    let keywords = smtp_reply(&mut tls);
    assert!(
        keywords
            .iter()
            .any(|k| k[4..].trim_end() == "AUTH PLAIN LOGIN"),
        "{keywords:?}"
    );
    let wrong = base64::engine::general_purpose::STANDARD.encode(format!("\0{}\0wrong", mail.user));
    tls.get_mut()
        .write_all(format!("AUTH PLAIN {wrong}\r\n").as_bytes())
        .unwrap();
    assert!(
        smtp_reply(&mut tls)[0].starts_with("535"),
        "a wrong password accepted"
    );
    let right = base64::engine::general_purpose::STANDARD
        .encode(format!("\0{}\0{}", mail.user, mail.password));
    tls.get_mut()
        .write_all(format!("AUTH PLAIN {right}\r\n").as_bytes())
        .unwrap();
    let reply = smtp_reply(&mut tls).join("");
    assert!(reply.starts_with("235 2.7.0"), "{reply:?}");
    tls.get_mut().write_all(b"QUIT\r\n").unwrap();
}

#[test]
fn imaps_logs_the_fixture_account_in_and_serves_the_expired_name_its_expired_certificate() {
    let mail = loopback::mail();
    let mut tls = BufReader::new(tls_client("mail.good.test", connect(mail.imaps)));
    assert!(line(&mut tls).starts_with("* OK"));
    let login = format!(
        "a LOGIN \"{}\" \"{}\"\r\nb LOGOUT\r\n",
        mail.user, mail.password
    );
    tls.get_mut().write_all(login.as_bytes()).unwrap();
    let reply = line(&mut tls);
    assert!(reply.starts_with("a OK"), "{reply:?}");

    let mut expired = tls_client("expired.good.test", connect(mail.imaps));
    let error = expired
        .read(&mut [0; 64])
        .expect_err("an expired certificate accepted");
    let error = error.to_string();
    assert!(error.contains("certificate expired"), "{error}");
}

#[test]
fn servers_start_once_for_all_threads() {
    let (mail, dns) = (
        loopback::mail() as *const _ as usize,
        loopback::dns() as *const _ as usize,
    );
    let others: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(|| {
                (
                    loopback::mail() as *const _ as usize,
                    loopback::dns() as *const _ as usize,
                )
            })
        })
        .collect();
    for other in others {
        assert_eq!(other.join().unwrap(), (mail, dns));
    }
}
