//! Probes of mail servers: SMTP (25, 587 with STARTTLS, 465 with TLS), IMAP (143, 993) and POP3
//! (110, 995). A probe greets, asks for the capabilities, starts TLS, reads the certificate and
//! the login methods offered, and says goodbye. It never sends a message or a password.
//!
//! The conversation is kept as a transcript in the manner of swaks: `<-` the server, `->` the
//! probe, `<~` and `~>` the same inside TLS, `===` what happened on the connection.

use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore, SignatureScheme,
    StreamOwned,
};

use super::dns::Dns;
use super::{Check, Out, Settings, Status};
use crate::i18n::Msg;
use crate::sanitize;

/// The servers a probe speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// SMTP between servers (port 25): STARTTLS expected, login not.
    Smtp,
    /// Message submission (port 587, RFC 6409): STARTTLS, then login.
    Submission,
    /// Submission over TLS from the first byte (port 465, RFC 8314).
    Smtps,
    Imap,
    Imaps,
    Pop3,
    Pop3s,
}

impl Protocol {
    pub fn from_scheme(s: &str) -> Option<Protocol> {
        Some(match s {
            "smtp" => Protocol::Smtp,
            "submission" => Protocol::Submission,
            "smtps" => Protocol::Smtps,
            "imap" => Protocol::Imap,
            "imaps" => Protocol::Imaps,
            "pop3" => Protocol::Pop3,
            "pop3s" => Protocol::Pop3s,
            _ => return None,
        })
    }

    pub fn scheme(self) -> &'static str {
        match self {
            Protocol::Smtp => "smtp",
            Protocol::Submission => "submission",
            Protocol::Smtps => "smtps",
            Protocol::Imap => "imap",
            Protocol::Imaps => "imaps",
            Protocol::Pop3 => "pop3",
            Protocol::Pop3s => "pop3s",
        }
    }

    pub fn default_port(self) -> u16 {
        match self {
            Protocol::Smtp => 25,
            Protocol::Submission => 587,
            Protocol::Smtps => 465,
            Protocol::Imap => 143,
            Protocol::Imaps => 993,
            Protocol::Pop3 => 110,
            Protocol::Pop3s => 995,
        }
    }

    /// The check that reports the connection and greeting.
    pub fn check(self) -> Check {
        match self {
            Protocol::Smtp | Protocol::Submission | Protocol::Smtps => Check::Smtp,
            Protocol::Imap | Protocol::Imaps => Check::Imap,
            Protocol::Pop3 | Protocol::Pop3s => Check::Pop3,
        }
    }

    fn implicit_tls(self) -> bool {
        matches!(self, Protocol::Smtps | Protocol::Imaps | Protocol::Pop3s)
    }

    fn family(self) -> Family {
        match self.check() {
            Check::Imap => Family::Imap,
            Check::Pop3 => Family::Pop3,
            _ => Family::Smtp,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Smtp,
    Imap,
    Pop3,
}

/// The longest line read from a server, and the most lines of one reply: a server that sends
/// more is cut off, never waited for.
const MAX_LINE: usize = 2048;
const MAX_LINES: usize = 200;

enum Stream {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
    /// A server's bytes given in advance, for [`replay`]: what the probe writes goes nowhere.
    Replay(io::Cursor<Vec<u8>>),
    Gone,
}

impl Stream {
    fn tcp(&self) -> Option<&TcpStream> {
        match self {
            Stream::Plain(s) => Some(s),
            Stream::Tls(t) => Some(&t.sock),
            Stream::Replay(_) | Stream::Gone => None,
        }
    }
}

/// Why a conversation stopped.
enum Stop {
    /// No reply within the timeout.
    Timeout,
    /// The server closed the connection.
    Closed,
    Io(String),
}

struct Conn {
    stream: Stream,
    buf: Vec<u8>,
    transcript: Vec<String>,
    timeout: Duration,
}

impl Conn {
    fn tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    fn note(&mut self, text: String) {
        self.transcript.push(format!("=== {text}"));
    }

    fn send(&mut self, line: &str) -> Result<(), Stop> {
        let arrow = if self.tls() { " ~> " } else { " -> " };
        self.transcript.push(format!("{arrow}{line}"));
        let data = format!("{line}\r\n");
        let r = match &mut self.stream {
            Stream::Plain(s) => s.write_all(data.as_bytes()).and_then(|_| s.flush()),
            Stream::Tls(t) => t.write_all(data.as_bytes()).and_then(|_| t.flush()),
            Stream::Replay(_) => Ok(()),
            Stream::Gone => return Err(Stop::Closed),
        };
        r.map_err(io_stop)
    }

    /// One line from the server, without its line ending, cleaned.
    fn line(&mut self) -> Result<String, Stop> {
        let deadline = Instant::now() + self.timeout;
        loop {
            if let Some(i) = memchr::memchr(b'\n', &self.buf) {
                let raw: Vec<u8> = self.buf.drain(..=i).collect();
                let text = String::from_utf8_lossy(&raw[..raw.len() - 1]);
                let text =
                    sanitize::truncate(&sanitize::clean(text.trim_end_matches('\r'), false), 300);
                let arrow = if self.tls() { "<~  " } else { "<-  " };
                self.transcript.push(format!("{arrow}{text}"));
                return Ok(text);
            }
            if self.buf.len() > MAX_LINE {
                // A line longer than any server sends: take what came as the line.
                self.buf.push(b'\n');
                continue;
            }
            if Instant::now() >= deadline {
                return Err(Stop::Timeout);
            }
            let mut chunk = [0u8; 4096];
            let n = match &mut self.stream {
                Stream::Plain(s) => s.read(&mut chunk),
                Stream::Tls(t) => t.read(&mut chunk),
                Stream::Replay(c) => c.read(&mut chunk),
                Stream::Gone => return Err(Stop::Closed),
            };
            match n {
                Ok(0) => return Err(Stop::Closed),
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_stop(e)),
            }
        }
    }

    /// An SMTP reply: its code and lines (RFC 5321 §4.2: `250-` continues, `250 ` ends).
    fn smtp_reply(&mut self) -> Result<(u16, Vec<String>), Stop> {
        let mut lines = Vec::new();
        loop {
            let line = self.line()?;
            let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
            let more = line.as_bytes().get(3) == Some(&b'-');
            lines.push(line.get(4..).unwrap_or("").to_string());
            if !more || lines.len() >= MAX_LINES {
                return Ok((code.unwrap_or(0), lines));
            }
        }
    }

    /// Lines up to and including the one that ends a reply.
    fn until(&mut self, end: impl Fn(&str) -> bool) -> Result<Vec<String>, Stop> {
        let mut lines = Vec::new();
        loop {
            let line = self.line()?;
            let done = end(&line);
            lines.push(line);
            if done || lines.len() >= MAX_LINES {
                return Ok(lines);
            }
        }
    }

    /// Start TLS on the connection. Bytes the server sent before the handshake are dropped, as
    /// they must be (a server, or someone between, may have injected them in clear).
    fn start_tls(
        &mut self,
        config: &Arc<ClientConfig>,
        name: &ServerName<'static>,
    ) -> Result<String, String> {
        let tcp = match std::mem::replace(&mut self.stream, Stream::Gone) {
            Stream::Plain(s) => s,
            other => {
                self.stream = other;
                return Err("already in TLS".into());
            }
        };
        if !self.buf.is_empty() {
            self.note(format!("{} bytes sent before TLS ignored", self.buf.len()));
            self.buf.clear();
        }
        let conn =
            ClientConnection::new(config.clone(), name.clone()).map_err(|e| e.to_string())?;
        let mut tls = StreamOwned::new(conn, tcp);
        let deadline = Instant::now() + self.timeout;
        while tls.conn.is_handshaking() {
            if Instant::now() >= deadline {
                return Err("timeout".into());
            }
            match tls.conn.complete_io(&mut tls.sock) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(sanitize::clean(&e.to_string(), false)),
            }
        }
        let version = tls
            .conn
            .protocol_version()
            .map_or_else(|| "TLS".to_string(), |v| format!("{v:?}").replace('_', "."));
        let suite = tls
            .conn
            .negotiated_cipher_suite()
            .map_or_else(String::new, |s| format!("{:?}", s.suite()));
        let version = version.replace("TLSv1.", "TLS 1.");
        self.note(format!("TLS started: {version} {suite}"));
        self.stream = Stream::Tls(Box::new(tls));
        Ok(version)
    }

    fn peer_certificates(&self) -> Vec<CertificateDer<'static>> {
        match &self.stream {
            Stream::Tls(t) => t
                .conn
                .peer_certificates()
                .map(|c| c.iter().map(|c| c.clone().into_owned()).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

fn io_stop(e: io::Error) -> Stop {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => Stop::Timeout,
        io::ErrorKind::UnexpectedEof
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::ConnectionAborted => Stop::Closed,
        _ => Stop::Io(sanitize::clean(&e.to_string(), false)),
    }
}

/// The certificate verifier of a probe: it checks the chain, the name and the dates as a mail
/// program would, records the verdict, and lets the handshake go on whatever it is, so that the
/// probe can report it. Nothing secret is ever sent on the connection.
#[derive(Debug)]
struct Recorder {
    inner: Option<Arc<WebPkiServerVerifier>>,
    verdict: Mutex<Option<Result<(), rustls::Error>>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = match &self.inner {
            Some(v) => v
                .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
                .map(|_| ()),
            None => Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::UnknownIssuer,
            )),
        };
        if let Ok(mut v) = self.verdict.lock() {
            *v = Some(verdict);
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The TLS set-up of a probe: the system's trusted roots (or `SSL_CERT_FILE`/`SSL_CERT_DIR`,
/// as OpenSSL reads them), and the recording verifier.
fn tls_config(system_roots: bool) -> (Arc<ClientConfig>, Arc<Recorder>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    if system_roots {
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
    }
    let inner = if roots.is_empty() {
        None
    } else {
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .ok()
    };
    let recorder = Arc::new(Recorder {
        inner,
        verdict: Mutex::new(None),
        provider: provider.clone(),
    });
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("the ring provider supports the default TLS versions")
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    (Arc::new(config), recorder)
}

/// The name the probe greets with: this machine's, as swaks does.
fn helo_name() -> String {
    let uname = rustix::system::uname();
    let name = uname.nodename().to_string_lossy().to_string();
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    {
        "localhost".to_string()
    } else {
        name
    }
}

pub(super) fn server(
    dns: &Dns,
    protocol: Protocol,
    host: &str,
    port: u16,
    s: &Settings,
    out: &mut Out,
    stop: &dyn Fn() -> bool,
) {
    let main = protocol.check();
    let mut transcript = Vec::new();
    // The address: the host itself, or what the DNS says of its name.
    let ip = match host.parse::<IpAddr>() {
        Ok(ip) => ip,
        Err(_) => {
            let answer = dns.addresses(host);
            match answer {
                Ok(ips) => {
                    transcript.push(format!(
                        "=== {host} → {}",
                        ips.iter()
                            .map(IpAddr::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                    ips[0]
                }
                Err(f) => {
                    let (status, msg) = if f.is_answer() {
                        (
                            Status::Fail,
                            Msg::CheckHostUnknown {
                                host: host.to_string(),
                            },
                        )
                    } else {
                        (Status::Error, Msg::CheckDnsError { error: f.as_text() })
                    };
                    out(
                        main,
                        None,
                        status,
                        vec![format!("=== A/AAAA {host} → {}", f.as_text())],
                        msg,
                    );
                    skip_rest(protocol, out);
                    return;
                }
            }
        }
    };
    let addr = SocketAddr::new(ip, port);
    transcript.push(format!("=== Trying {addr}..."));
    let seconds = s.timeout.as_secs().max(1) as usize;
    let tcp = match TcpStream::connect_timeout(&addr, s.timeout) {
        Ok(t) => t,
        Err(e) => {
            let (status, msg) = match e.kind() {
                io::ErrorKind::ConnectionRefused => (
                    Status::Fail,
                    Msg::CheckPortClosed {
                        host: host.to_string(),
                        port: port as usize,
                    },
                ),
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => (
                    Status::Fail,
                    Msg::CheckPortFiltered {
                        host: host.to_string(),
                        port: port as usize,
                        seconds,
                    },
                ),
                _ => (
                    Status::Error,
                    Msg::CheckUnreachable {
                        host: host.to_string(),
                        error: sanitize::clean(&e.to_string(), false),
                    },
                ),
            };
            transcript.push(format!("=== {}", sanitize::clean(&e.to_string(), false)));
            out(main, None, status, transcript, msg);
            skip_rest(protocol, out);
            return;
        }
    };
    let _ = tcp.set_read_timeout(Some(s.timeout));
    let _ = tcp.set_write_timeout(Some(s.timeout));
    let _ = tcp.set_nodelay(true);
    let mut conn = Conn {
        stream: Stream::Plain(tcp),
        buf: Vec::new(),
        transcript,
        timeout: s.timeout,
    };
    conn.note(format!("Connected to {addr}."));
    let name = match host.parse::<IpAddr>() {
        Ok(ip) => ServerName::IpAddress(ip.into()),
        Err(_) => match ServerName::try_from(host.to_string()) {
            Ok(n) => n,
            Err(_) => ServerName::IpAddress(ip.into()),
        },
    };
    let (config, recorder) = tls_config(true);
    let mut p = Probe {
        conn,
        protocol,
        host: host.to_string(),
        seconds,
        config,
        recorder,
        name,
    };
    p.run(out, stop);
    if let Some(tcp) = p.conn.stream.tcp() {
        let _ = tcp.shutdown(std::net::Shutdown::Both);
    }
}

/// The findings a probe makes of a server that sends `server` and then closes the connection,
/// without a network: for the fuzz target and the tests of what servers may send. TLS cannot
/// start on such a connection, so it is reported as failed.
pub fn replay(protocol: Protocol, server: &[u8]) -> Vec<super::Finding> {
    let mut findings = Vec::new();
    let mut out = |check, subject, status, evidence, summary| {
        findings.push(super::Finding {
            target: "replay".into(),
            check,
            subject,
            status,
            evidence,
            summary,
        })
    };
    let (config, recorder) = tls_config(false);
    let mut p = Probe {
        conn: Conn {
            stream: Stream::Replay(io::Cursor::new(server.to_vec())),
            buf: Vec::new(),
            transcript: Vec::new(),
            timeout: Duration::from_secs(1),
        },
        protocol,
        host: "replay.invalid".into(),
        seconds: 1,
        config,
        recorder,
        name: ServerName::try_from("replay.invalid").expect("a valid name"),
    };
    p.run(&mut out, &|| false);
    findings
}

/// The checks that follow a connection, skipped when there is none.
fn skip_rest(protocol: Protocol, out: &mut Out) {
    if !protocol.implicit_tls() {
        out(
            Check::Starttls,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckSkippedNoConnection,
        );
    }
    out(
        Check::Tls,
        None,
        Status::Skipped,
        Vec::new(),
        Msg::CheckSkippedNoConnection,
    );
    if protocol != Protocol::Smtp {
        out(
            Check::Auth,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckSkippedNoConnection,
        );
    }
}

struct Probe {
    conn: Conn,
    protocol: Protocol,
    host: String,
    seconds: usize,
    config: Arc<ClientConfig>,
    recorder: Arc<Recorder>,
    name: ServerName<'static>,
}

/// What the server offered: the capabilities before and after TLS.
#[derive(Default)]
struct Offer {
    before: Vec<String>,
    after: Vec<String>,
}

impl Probe {
    fn evidence(&self) -> Vec<String> {
        self.conn.transcript.clone()
    }

    fn stopped(&self, why: Stop) -> Msg {
        match why {
            Stop::Timeout => Msg::CheckNoReply {
                seconds: self.seconds,
            },
            Stop::Closed => Msg::CheckServerClosed,
            Stop::Io(error) => Msg::CheckUnreachable {
                host: self.host.clone(),
                error,
            },
        }
    }

    fn run(&mut self, out: &mut Out, stop: &dyn Fn() -> bool) {
        let main = self.protocol.check();
        // Implicit TLS first, then the greeting inside it.
        let mut in_tls = false;
        if self.protocol.implicit_tls() {
            match self
                .conn
                .start_tls(&self.config.clone(), &self.name.clone())
            {
                Ok(_) => in_tls = true,
                Err(e) => {
                    out(
                        main,
                        None,
                        Status::Fail,
                        self.evidence(),
                        Msg::CheckTlsHandshake { error: e },
                    );
                    out(
                        Check::Tls,
                        None,
                        Status::Skipped,
                        Vec::new(),
                        Msg::CheckSkippedNoTls,
                    );
                    out(
                        Check::Auth,
                        None,
                        Status::Skipped,
                        Vec::new(),
                        Msg::CheckSkippedNoTls,
                    );
                    return;
                }
            }
        }
        let greeting = match self.greeting() {
            Ok(g) => g,
            Err((status, msg)) => {
                out(main, None, status, self.evidence(), msg);
                skip_rest_after_greeting(self.protocol, in_tls, out);
                return;
            }
        };
        let mut offer = Offer::default();
        let caps = match self.capabilities(&greeting) {
            Ok(c) => c,
            Err(why) => {
                let msg = self.stopped(why);
                out(main, None, Status::Fail, self.evidence(), msg);
                skip_rest_after_greeting(self.protocol, in_tls, out);
                return;
            }
        };
        out(
            main,
            None,
            Status::Ok,
            self.evidence(),
            Msg::CheckServerOk {
                greeting: greeting.clone(),
            },
        );
        if stop() {
            return;
        }
        if !in_tls {
            offer.before = caps;
            let (status, msg) = self.starttls(&offer.before);
            let started = status == Status::Ok;
            out(Check::Starttls, None, status, self.evidence(), msg);
            if !started {
                out(
                    Check::Tls,
                    None,
                    Status::Skipped,
                    Vec::new(),
                    Msg::CheckSkippedNoTls,
                );
                self.auth_without_tls(&offer, out);
                self.goodbye();
                return;
            }
            match self.capabilities("") {
                Ok(c) => offer.after = c,
                Err(_) => offer.after = Vec::new(),
            }
        } else {
            offer.after = caps;
        }
        self.certificate(out);
        self.auth(&offer, out);
        self.goodbye();
    }

    /// The server's greeting, or why there is none that counts.
    fn greeting(&mut self) -> Result<String, (Status, Msg)> {
        let no_reply = |p: &Self, why: Stop| match why {
            Stop::Timeout => (Status::Fail, Msg::CheckNoGreeting { seconds: p.seconds }),
            other => (Status::Fail, p.stopped(other)),
        };
        match self.protocol.family() {
            Family::Smtp => match self.conn.smtp_reply() {
                Ok((220, lines)) => Ok(lines.first().cloned().unwrap_or_default()),
                Ok((code, lines)) if code >= 400 => Err((
                    Status::Fail,
                    Msg::CheckServerRefuses {
                        reply: format!("{code} {}", lines.join(" ")),
                    },
                )),
                Ok((code, lines)) => Err((
                    Status::Fail,
                    Msg::CheckBadGreeting {
                        line: format!("{code} {}", lines.join(" ")),
                    },
                )),
                Err(why) => Err(no_reply(self, why)),
            },
            Family::Imap => match self.conn.line() {
                Ok(l) if l.starts_with("* OK") || l.starts_with("* PREAUTH") => Ok(l),
                Ok(l) if l.starts_with("* BYE") => {
                    Err((Status::Fail, Msg::CheckServerRefuses { reply: l }))
                }
                Ok(l) => Err((Status::Fail, Msg::CheckBadGreeting { line: l })),
                Err(why) => Err(no_reply(self, why)),
            },
            Family::Pop3 => match self.conn.line() {
                Ok(l) if l.starts_with("+OK") => Ok(l),
                Ok(l) if l.starts_with("-ERR") => {
                    Err((Status::Fail, Msg::CheckServerRefuses { reply: l }))
                }
                Ok(l) => Err((Status::Fail, Msg::CheckBadGreeting { line: l })),
                Err(why) => Err(no_reply(self, why)),
            },
        }
    }

    /// The capabilities: EHLO's keywords, IMAP's CAPABILITY, POP3's CAPA; uppercased.
    fn capabilities(&mut self, _greeting: &str) -> Result<Vec<String>, Stop> {
        match self.protocol.family() {
            Family::Smtp => {
                self.conn.send(&format!("EHLO {}", helo_name()))?;
                let (code, lines) = self.conn.smtp_reply()?;
                if code != 250 {
                    return Ok(Vec::new());
                }
                Ok(lines
                    .iter()
                    .skip(1)
                    .map(|l| l.to_ascii_uppercase())
                    .collect())
            }
            Family::Imap => {
                let tag = if self.conn.tls() { "b1" } else { "a1" };
                self.conn.send(&format!("{tag} CAPABILITY"))?;
                let lines = self.conn.until(|l| l.starts_with(&format!("{tag} ")))?;
                Ok(lines
                    .iter()
                    .filter_map(|l| l.strip_prefix("* CAPABILITY "))
                    .flat_map(|l| l.split_whitespace().map(str::to_ascii_uppercase))
                    .collect())
            }
            Family::Pop3 => {
                self.conn.send("CAPA")?;
                let first = self.conn.line()?;
                if !first.starts_with("+OK") {
                    return Ok(Vec::new());
                }
                let lines = self.conn.until(|l| l == ".")?;
                Ok(lines
                    .iter()
                    .filter(|l| *l != ".")
                    .map(|l| l.to_ascii_uppercase())
                    .collect())
            }
        }
    }

    fn starttls(&mut self, caps: &[String]) -> (Status, Msg) {
        let (keyword, command) = match self.protocol.family() {
            Family::Smtp => ("STARTTLS", "STARTTLS"),
            Family::Imap => ("STARTTLS", "a2 STARTTLS"),
            Family::Pop3 => ("STLS", "STLS"),
        };
        if !caps.iter().any(|c| c == keyword) {
            return (Status::Fail, Msg::CheckStarttlsMissing);
        }
        if let Err(why) = self.conn.send(command) {
            return (Status::Fail, self.stopped(why));
        }
        let ok = match self.protocol.family() {
            Family::Smtp => match self.conn.smtp_reply() {
                Ok((220, _)) => Ok(()),
                Ok((code, lines)) => Err(format!("{code} {}", lines.join(" "))),
                Err(why) => return (Status::Fail, self.stopped(why)),
            },
            Family::Imap => match self.conn.until(|l| l.starts_with("a2 ")) {
                Ok(lines) if lines.last().is_some_and(|l| l.starts_with("a2 OK")) => Ok(()),
                Ok(lines) => Err(lines.last().cloned().unwrap_or_default()),
                Err(why) => return (Status::Fail, self.stopped(why)),
            },
            Family::Pop3 => match self.conn.line() {
                Ok(l) if l.starts_with("+OK") => Ok(()),
                Ok(l) => Err(l),
                Err(why) => return (Status::Fail, self.stopped(why)),
            },
        };
        if let Err(reply) = ok {
            return (Status::Fail, Msg::CheckStarttlsRefused { reply });
        }
        match self
            .conn
            .start_tls(&self.config.clone(), &self.name.clone())
        {
            Ok(version) => (Status::Ok, Msg::CheckStarttlsOk { version }),
            Err(error) => (Status::Fail, Msg::CheckTlsHandshake { error }),
        }
    }

    /// The certificate the server showed: chain, name and dates, as a mail program judges them.
    fn certificate(&mut self, out: &mut Out) {
        let certs = self.conn.peer_certificates();
        let verdict = self.recorder.verdict.lock().ok().and_then(|mut v| v.take());
        let Some(leaf) = certs.first() else {
            out(
                Check::Tls,
                None,
                Status::Error,
                Vec::new(),
                Msg::CheckSkippedNoTls,
            );
            return;
        };
        let parsed = x509_parser::parse_x509_certificate(leaf.as_ref())
            .ok()
            .map(|(_, c)| c);
        let mut names = Vec::new();
        let mut until = String::from("?");
        let mut days: i64 = 0;
        if let Some(c) = &parsed {
            if let Ok(Some(san)) = c.subject_alternative_name() {
                for n in &san.value.general_names {
                    match n {
                        x509_parser::extensions::GeneralName::DNSName(d) => {
                            names.push(d.to_string())
                        }
                        x509_parser::extensions::GeneralName::IPAddress(b) => {
                            if let Ok(a) = <[u8; 4]>::try_from(*b) {
                                names.push(IpAddr::from(a).to_string());
                            } else if let Ok(a) = <[u8; 16]>::try_from(*b) {
                                names.push(IpAddr::from(a).to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            if names.is_empty()
                && let Some(cn) = c
                    .subject()
                    .iter_common_name()
                    .next()
                    .and_then(|cn| cn.as_str().ok())
            {
                names.push(cn.to_string());
            }
            let not_after = c.validity().not_after;
            until = not_after.to_datetime().date().to_string();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            days = (not_after.timestamp() - now).div_euclid(86_400);
        }
        let names_s = sanitize::clean(&names.join(", "), false);
        let mut evidence = vec![format!(
            "certificate: {names_s}; valid until {until}; chain of {}",
            certs.len()
        )];
        if let Some(c) = &parsed {
            evidence.push(format!(
                "issuer: {}",
                sanitize::clean(&c.issuer().to_string(), false)
            ));
        }
        use rustls::CertificateError as E;
        let (status, msg) = match verdict {
            Some(Ok(())) if days < 14 => (
                Status::Warn,
                Msg::CheckTlsExpiring {
                    date: until,
                    days: days.max(0) as usize,
                },
            ),
            Some(Ok(())) => (
                Status::Ok,
                Msg::CheckTlsOk {
                    names: names_s,
                    date: until,
                },
            ),
            Some(Err(rustls::Error::InvalidCertificate(e))) => {
                evidence.push(format!("verification: {e:?}"));
                match e {
                    E::Expired | E::ExpiredContext { .. } => {
                        (Status::Fail, Msg::CheckTlsExpired { date: until })
                    }
                    E::NotValidYet | E::NotValidYetContext { .. } => {
                        (Status::Fail, Msg::CheckTlsNotYet)
                    }
                    E::NotValidForName | E::NotValidForNameContext { .. } => (
                        Status::Fail,
                        Msg::CheckTlsName {
                            host: self.host.clone(),
                            names: names_s,
                        },
                    ),
                    E::UnknownIssuer => (Status::Fail, Msg::CheckTlsUntrusted),
                    other => (
                        Status::Fail,
                        Msg::CheckTlsOther {
                            error: sanitize::clean(&format!("{other:?}"), false),
                        },
                    ),
                }
            }
            Some(Err(other)) => (
                Status::Fail,
                Msg::CheckTlsOther {
                    error: sanitize::clean(&other.to_string(), false),
                },
            ),
            None => (Status::Error, Msg::CheckSkippedNoTls),
        };
        out(Check::Tls, None, status, evidence, msg);
    }

    /// The login methods offered once TLS is on.
    fn auth(&mut self, offer: &Offer, out: &mut Out) {
        if self.protocol == Protocol::Smtp {
            return;
        }
        let after = mechanisms(self.protocol.family(), &offer.after);
        let before = mechanisms(self.protocol.family(), &offer.before);
        let list = |m: &[String]| {
            if m.is_empty() {
                "-".to_string()
            } else {
                m.join(" ")
            }
        };
        let evidence = vec![
            format!("before TLS: {}", list(&before)),
            format!("after TLS: {}", list(&after)),
        ];
        let (status, msg) = if after.is_empty() {
            (Status::Fail, Msg::CheckAuthNone)
        } else if !before.is_empty() && !self.protocol.implicit_tls() {
            (
                Status::Warn,
                Msg::CheckAuthBeforeTls {
                    mechanisms: before.join(", "),
                },
            )
        } else {
            (
                Status::Ok,
                Msg::CheckAuthOk {
                    mechanisms: after.join(", "),
                },
            )
        };
        out(Check::Auth, None, status, evidence, msg);
    }

    fn auth_without_tls(&mut self, offer: &Offer, out: &mut Out) {
        if self.protocol == Protocol::Smtp {
            return;
        }
        let before = mechanisms(self.protocol.family(), &offer.before);
        let (status, msg) = if before.is_empty() {
            (Status::Skipped, Msg::CheckSkippedNoTls)
        } else {
            (
                Status::Fail,
                Msg::CheckAuthBeforeTls {
                    mechanisms: before.join(", "),
                },
            )
        };
        out(
            Check::Auth,
            None,
            status,
            vec![format!("before TLS: {}", before.join(" "))],
            msg,
        );
    }

    fn goodbye(&mut self) {
        let command = match self.protocol.family() {
            Family::Smtp => "QUIT",
            Family::Imap => "z LOGOUT",
            Family::Pop3 => "QUIT",
        };
        if self.conn.send(command).is_ok() {
            let _ = self.conn.line();
        }
    }
}

fn skip_rest_after_greeting(protocol: Protocol, in_tls: bool, out: &mut Out) {
    if !protocol.implicit_tls() {
        out(
            Check::Starttls,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckSkippedNoGreeting,
        );
    }
    if !in_tls {
        out(
            Check::Tls,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckSkippedNoGreeting,
        );
    }
    if protocol != Protocol::Smtp {
        out(
            Check::Auth,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckSkippedNoGreeting,
        );
    }
}

/// The login methods in a list of capabilities: SMTP's `AUTH PLAIN LOGIN`, IMAP's `AUTH=PLAIN`
/// (and `LOGIN` unless `LOGINDISABLED`), POP3's `SASL PLAIN` and `USER`.
fn mechanisms(family: Family, caps: &[String]) -> Vec<String> {
    let mut m: Vec<String> = Vec::new();
    match family {
        Family::Smtp => {
            for c in caps {
                if let Some(rest) = c.strip_prefix("AUTH ").or_else(|| c.strip_prefix("AUTH=")) {
                    m.extend(rest.split_whitespace().map(str::to_string));
                }
            }
        }
        Family::Imap => {
            m.extend(
                caps.iter()
                    .filter_map(|c| c.strip_prefix("AUTH="))
                    .map(str::to_string),
            );
            if !caps.is_empty()
                && !caps.iter().any(|c| c == "LOGINDISABLED")
                && !m.iter().any(|x| x == "LOGIN")
            {
                m.push("LOGIN".into());
            }
        }
        Family::Pop3 => {
            for c in caps {
                if let Some(rest) = c.strip_prefix("SASL") {
                    m.extend(rest.split_whitespace().map(str::to_string));
                } else if c == "USER" {
                    m.push("USER".into());
                }
            }
        }
    }
    m.dedup();
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(findings: &[crate::checks::Finding]) -> Vec<(&'static str, &'static str)> {
        findings
            .iter()
            .map(|f| (f.check.as_str(), f.status.as_str()))
            .collect()
    }

    #[test]
    fn a_multi_line_ehlo_reply_is_read_whole() {
        let f = replay(
            Protocol::Submission,
            b"220-mail.example ESMTP\r\n220 ready\r\n250-mail.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n220 go ahead\r\n",
        );
        assert_eq!(f[0].status, Status::Ok);
        assert!(
            f[0].evidence.iter().any(|l| l == "<-  250 STARTTLS"),
            "{:?}",
            f[0].evidence
        );
        // The handshake cannot happen on a replay: the STARTTLS reply was read, TLS failed.
        assert_eq!(statuses(&f)[1], ("starttls", "fail"));
    }

    #[test]
    fn what_a_server_may_send_instead_of_a_greeting() {
        let cases: [(Protocol, &[u8], &str); 6] = [
            (Protocol::Smtp, b"554 5.7.1 go away\r\n", "fail"),
            (Protocol::Smtp, b"HTTP/1.1 400 Bad Request\r\n", "fail"),
            (Protocol::Imap, b"* BYE too many connections\r\n", "fail"),
            (Protocol::Pop3, b"-ERR busy\r\n", "fail"),
            (Protocol::Smtp, b"", "fail"),
            (
                Protocol::Imap,
                b"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n",
                "fail",
            ),
        ];
        for (protocol, bytes, status) in cases {
            let f = replay(protocol, bytes);
            assert_eq!(
                f[0].status.as_str(),
                status,
                "{protocol:?} {bytes:?}: {f:?}"
            );
        }
    }

    #[test]
    fn a_server_without_starttls_is_a_finding_and_login_in_clear_a_problem() {
        let f = replay(
            Protocol::Submission,
            b"220 x ESMTP\r\n250-x\r\n250 AUTH PLAIN LOGIN\r\n221 bye\r\n",
        );
        assert_eq!(
            statuses(&f),
            [
                ("smtp", "ok"),
                ("starttls", "fail"),
                ("tls", "skipped"),
                ("auth", "fail")
            ]
        );
    }

    #[test]
    fn endless_and_hostile_replies_end_and_are_cleaned() {
        let mut bytes = b"220 \x1b]0;title\x07 x\r\n".to_vec();
        bytes.extend(std::iter::repeat_n(b"250-\xff\x1b[2J junk\r\n".as_slice(), 10_000).flatten());
        let f = replay(Protocol::Submission, &bytes);
        assert!(
            f[0].evidence.len() <= MAX_LINES + 10,
            "{}",
            f[0].evidence.len()
        );
        for line in f.iter().flat_map(|f| &f.evidence) {
            assert!(
                !line.contains('\u{1b}') && !line.contains('\u{7}'),
                "{line:?}"
            );
        }
        let long = [b"220 ".as_slice(), &vec![b'a'; 1_000_000]].concat();
        let f = replay(Protocol::Smtp, &long);
        assert!(f[0].evidence.iter().all(|l| l.chars().count() <= 310));
    }

    #[test]
    fn login_methods_of_each_protocol() {
        let caps = |s: &[&str]| s.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            mechanisms(
                Family::Smtp,
                &caps(&["PIPELINING", "AUTH PLAIN LOGIN", "AUTH=LOGIN"])
            ),
            ["PLAIN", "LOGIN"]
        );
        assert_eq!(
            mechanisms(
                Family::Imap,
                &caps(&["IMAP4REV1", "STARTTLS", "LOGINDISABLED"])
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            mechanisms(Family::Imap, &caps(&["IMAP4REV1", "AUTH=PLAIN"])),
            ["PLAIN", "LOGIN"]
        );
        assert_eq!(
            mechanisms(Family::Pop3, &caps(&["TOP", "SASL PLAIN LOGIN", "USER"])),
            ["PLAIN", "LOGIN", "USER"]
        );
    }
}
