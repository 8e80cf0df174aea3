//! Live evidence: what the DNS and the mail servers say, instead of asking the user.
//!
//! A [`Target`] (a domain, an address, an IP, a server URL) is checked by [`run`], which reports
//! one [`Finding`] per check as it goes: DNS records (MX, SPF, DMARC, DKIM, PTR), blocklists, and
//! probes of SMTP, IMAP and POP3 servers that never send a message or a password. A finding whose
//! prerequisite failed is `skipped`, as internet.nl reports it. All text from outside is cleaned.

pub mod dkim;
pub mod dmarc;
pub mod dns;
pub mod dnsbl;
mod domain;
mod probe;
pub mod spf;
mod tags;

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use crate::i18n::{Msg, Tr};
use crate::knowledge::Profile;
use crate::sanitize;

pub use dns::Dns;
pub use probe::{Protocol, replay};

/// What is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A domain: its MX, SPF, DMARC and DKIM records.
    Domain(String),
    /// An IP address: its PTR record, forward confirmation, and the blocklists.
    Ip(IpAddr),
    /// A domain's mail server as other servers reach it (`mx://domain`): the first MX host that
    /// has an address, on port 25 unless another is given.
    MailServer { domain: String, port: u16 },
    /// A server: its greeting, TLS, certificate and login methods.
    Server {
        protocol: Protocol,
        host: String,
        port: u16,
    },
}

/// Why a target is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetError {
    /// A URL scheme that is not one of the servers mailwiz probes.
    Scheme(String),
    /// A port that is not a number from 1 to 65535.
    Port(String),
    /// A name that is not a domain name.
    Name(String),
}

impl Target {
    /// Read a target: a domain, an e-mail address (its domain), an IP address, or
    /// `smtp://`, `submission://`, `smtps://`, `imap://`, `imaps://`, `pop3://`, `pop3s://` with a
    /// host and an optional port.
    pub fn parse(input: &str) -> Result<Target, TargetError> {
        let input = input.trim();
        if let Some((scheme, rest)) = input.split_once("://") {
            if scheme.eq_ignore_ascii_case("mx") {
                let (host, port) = split_host_port(rest.trim_end_matches('/'))?;
                let port = match port {
                    None => 25,
                    Some(p) => p
                        .parse::<u16>()
                        .ok()
                        .filter(|p| *p > 0)
                        .ok_or_else(|| TargetError::Port(sanitize::clean(p, false)))?,
                };
                return Ok(Target::MailServer {
                    domain: domain_name(host)?,
                    port,
                });
            }
            let protocol = Protocol::from_scheme(&scheme.to_ascii_lowercase())
                .ok_or_else(|| TargetError::Scheme(sanitize::clean(scheme, false)))?;
            let rest = rest.trim_end_matches('/');
            let (host, port) = split_host_port(rest)?;
            let port = match port {
                None => protocol.default_port(),
                Some(p) => p
                    .parse::<u16>()
                    .ok()
                    .filter(|p| *p > 0)
                    .ok_or_else(|| TargetError::Port(sanitize::clean(p, false)))?,
            };
            if host.parse::<IpAddr>().is_err() {
                domain_name(host)?;
            }
            return Ok(Target::Server {
                protocol,
                host: host.to_ascii_lowercase(),
                port,
            });
        }
        let bare = input.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return Ok(Target::Ip(ip));
        }
        let domain = match input.rsplit_once('@') {
            Some((_, d)) => d,
            None => input,
        };
        Ok(Target::Domain(domain_name(domain)?))
    }

    /// As the findings name it.
    pub fn label(&self) -> String {
        match self {
            Target::Domain(d) => d.clone(),
            Target::Ip(ip) => ip.to_string(),
            Target::MailServer { domain, port } => format!("mx://{domain}:{port}"),
            Target::Server {
                protocol,
                host,
                port,
            } => format!("{}://{}:{port}", protocol.scheme(), bracketed(host)),
        }
    }

    /// The domain the target lies in, for restricted mode's "own domain only".
    pub fn host(&self) -> Option<&str> {
        match self {
            Target::Domain(d) => Some(d),
            Target::MailServer { domain, .. } => Some(domain),
            Target::Server { host, .. } => Some(host),
            Target::Ip(_) => None,
        }
    }
}

fn bracketed(host: &str) -> String {
    if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    }
}

fn split_host_port(rest: &str) -> Result<(&str, Option<&str>), TargetError> {
    if let Some(inner) = rest.strip_prefix('[') {
        let (host, after) = inner
            .split_once(']')
            .ok_or_else(|| TargetError::Name(sanitize::clean(rest, false)))?;
        return Ok(match after.strip_prefix(':') {
            Some(p) => (host, Some(p)),
            None if after.is_empty() => (host, None),
            None => return Err(TargetError::Name(sanitize::clean(rest, false))),
        });
    }
    if rest.matches(':').count() > 1 {
        // A bare IPv6 address without a port.
        return Ok((rest, None));
    }
    Ok(match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    })
}

/// A domain name as DNS takes it: labels of letters, digits, hyphens and underscores (for
/// `_dmarc` and selectors), at most 63 bytes each and 253 in all; internationalized names in
/// their ASCII (xn--) form. Lowercased, without a final dot.
pub fn domain_name(input: &str) -> Result<String, TargetError> {
    let bad = || TargetError::Name(sanitize::truncate(&sanitize::clean(input, false), 80));
    let name = input.trim().trim_end_matches('.').to_ascii_lowercase();
    if name.is_empty() || name.len() > 253 {
        return Err(bad());
    }
    for label in name.split('.') {
        let ok = !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && !label.starts_with('-')
            && !label.ends_with('-');
        if !ok {
            return Err(bad());
        }
    }
    Ok(name)
}

/// A DNS server's address as `--resolver` takes it: `IP`, `IP:PORT` or `[IPv6]:PORT`.
pub fn parse_resolver(s: &str) -> Option<SocketAddr> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(SocketAddr::new(ip, 53));
    }
    s.parse::<SocketAddr>().ok().filter(|a| a.port() > 0)
}

/// What a check found, as JSON and the text output name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warn,
    Fail,
    /// The check could not run: no answer, a timeout, a refused query.
    Error,
    /// The check was not made, because one it depends on failed.
    Skipped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Error => "error",
            Status::Skipped => "skipped",
        }
    }

    pub(crate) fn label(self) -> Msg {
        match self {
            Status::Ok => Msg::CheckStatusOk,
            Status::Warn => Msg::CheckStatusWarn,
            Status::Fail => Msg::CheckStatusFail,
            Status::Error => Msg::CheckStatusError,
            Status::Skipped => Msg::CheckStatusSkipped,
        }
    }
}

/// The checks, by the names JSON gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    Mx,
    /// The MX records point to the provider's mail hosts (when the profile lists them).
    MxProvider,
    Spf,
    /// The SPF record includes the provider's servers (when the profile lists mail hosts).
    SpfProvider,
    Dmarc,
    Dkim,
    Ptr,
    Fcrdns,
    Dnsbl,
    Smtp,
    Imap,
    Pop3,
    Starttls,
    Tls,
    Auth,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Mx => "mx",
            Check::MxProvider => "mx-provider",
            Check::Spf => "spf",
            Check::SpfProvider => "spf-provider",
            Check::Dmarc => "dmarc",
            Check::Dkim => "dkim",
            Check::Ptr => "ptr",
            Check::Fcrdns => "fcrdns",
            Check::Dnsbl => "dnsbl",
            Check::Smtp => "smtp",
            Check::Imap => "imap",
            Check::Pop3 => "pop3",
            Check::Starttls => "starttls",
            Check::Tls => "tls",
            Check::Auth => "auth",
        }
    }

    pub const ALL: [Check; 15] = [
        Check::Mx,
        Check::MxProvider,
        Check::Spf,
        Check::SpfProvider,
        Check::Dmarc,
        Check::Dkim,
        Check::Ptr,
        Check::Fcrdns,
        Check::Dnsbl,
        Check::Smtp,
        Check::Imap,
        Check::Pop3,
        Check::Starttls,
        Check::Tls,
        Check::Auth,
    ];

    pub fn from_name(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One check's result: what was asked and answered (the evidence, as text), and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The target as the findings name it (`good.test`, `192.0.2.1`, `smtps://host:465`).
    pub target: String,
    pub check: Check,
    /// What this finding is about within the check, when one check has several (a blocklist
    /// zone, a DKIM selector).
    pub subject: Option<String>,
    pub status: Status,
    /// The queries and answers, or the server's conversation, one line each.
    pub evidence: Vec<String>,
    pub(crate) summary: Msg,
}

impl Finding {
    /// Whether a server's connection check reached it: true when it connected (whatever it then
    /// said), false when the connection went unanswered (a firewall drops it, as the outbound
    /// port 25 block of a cloud server does), none otherwise or for another check.
    pub fn reached(&self) -> Option<bool> {
        if !matches!(self.check, Check::Smtp | Check::Imap | Check::Pop3) {
            return None;
        }
        match &self.summary {
            Msg::CheckPortFiltered { .. } => Some(false),
            Msg::CheckServerOk { .. }
            | Msg::CheckNoGreeting { .. }
            | Msg::CheckServerRefuses { .. }
            | Msg::CheckBadGreeting { .. } => Some(true),
            _ => None,
        }
    }

    /// What it means, in the language of `tr`.
    pub fn summary(&self, tr: &Tr) -> String {
        tr.say(self.summary.clone())
    }
}

/// What the checks need besides the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The DNS server to ask; none: the system's resolvers.
    pub resolver: Option<SocketAddr>,
    /// How long one query or one server reply may take.
    pub timeout: Duration,
    /// The blocklist zones an address is looked up in.
    pub dnsbl: Vec<String>,
    /// The DKIM selectors looked up for a domain.
    pub dkim_selectors: Vec<String>,
    /// The provider's incoming mail hosts; none: the MX and SPF are not compared with them.
    pub mail_hosts: Vec<String>,
    /// The name the provider's SPF include uses.
    pub spf_include: String,
    pub provider: String,
    /// Look nothing up: each target gets one finding, skipped.
    pub offline: bool,
}

/// The blocklists asked when neither the profile nor the command line names any.
pub const DEFAULT_DNSBL: [&str; 3] = [
    "zen.spamhaus.org",
    "bl.spamcop.net",
    "b.barracudacentral.org",
];

impl Settings {
    /// The profile's lists, with the command line's additions.
    pub fn from_profile(profile: &Profile) -> Settings {
        Settings {
            resolver: None,
            timeout: Duration::from_secs(5),
            dnsbl: profile.checks.dnsbl.clone(),
            dkim_selectors: profile.checks.dkim_selectors.clone(),
            mail_hosts: profile.checks.mail_hosts.clone(),
            spf_include: profile.addresses.spf_include.clone(),
            provider: profile.provider.clone(),
            offline: false,
        }
    }
}

/// Check one target, reporting each finding as soon as it is known. `stop` is asked between
/// checks: when it says so, the rest is not done.
pub fn run(
    target: &Target,
    settings: &Settings,
    report: &mut dyn FnMut(Finding),
    stop: &dyn Fn() -> bool,
) {
    let label = target.label();
    let main = match target {
        Target::Domain(_) => Check::Mx,
        Target::Ip(_) => Check::Ptr,
        Target::MailServer { .. } => Check::Mx,
        Target::Server { protocol, .. } => protocol.check(),
    };
    if settings.offline {
        report(Finding {
            target: label,
            check: main,
            subject: None,
            status: Status::Skipped,
            evidence: Vec::new(),
            summary: Msg::CheckOffline,
        });
        return;
    }
    let mut out = |check: Check,
                   subject: Option<String>,
                   status: Status,
                   evidence: Vec<String>,
                   summary: Msg| {
        report(Finding {
            target: label.clone(),
            check,
            subject,
            status,
            evidence,
            summary,
        })
    };
    let dns = match Dns::new(settings.resolver, settings.timeout) {
        Ok(dns) => dns,
        Err(e) => {
            out(
                main,
                None,
                Status::Error,
                vec![e.clone()],
                Msg::CheckNoResolver { error: e },
            );
            return;
        }
    };
    match target {
        Target::Domain(d) => domain::domain(&dns, d, settings, &mut out, stop),
        Target::Ip(ip) => domain::address(&dns, *ip, settings, &mut out, stop),
        Target::MailServer { domain, port } => {
            if let Some(host) = domain::first_mail_server(&dns, domain, &mut out) {
                probe::server(&dns, Protocol::Smtp, &host, *port, settings, &mut out, stop);
            }
        }
        Target::Server {
            protocol,
            host,
            port,
        } => probe::server(&dns, *protocol, host, *port, settings, &mut out, stop),
    }
}

/// The sink the check modules write to: check, subject, status, evidence, summary.
type Out<'a> = dyn FnMut(Check, Option<String>, Status, Vec<String>, Msg) + 'a;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_of_every_kind() {
        assert_eq!(
            Target::parse("Example.COM."),
            Ok(Target::Domain("example.com".into()))
        );
        assert_eq!(
            Target::parse("jan@firma.example"),
            Ok(Target::Domain("firma.example".into()))
        );
        assert_eq!(
            Target::parse("192.0.2.1"),
            Ok(Target::Ip("192.0.2.1".parse().unwrap()))
        );
        assert_eq!(
            Target::parse("[2001:db8::1]"),
            Ok(Target::Ip("2001:db8::1".parse().unwrap()))
        );
        assert_eq!(
            Target::parse("submission://smtp.example.com"),
            Ok(Target::Server {
                protocol: Protocol::Submission,
                host: "smtp.example.com".into(),
                port: 587
            })
        );
        assert_eq!(
            Target::parse("imaps://[2001:db8::1]:10993/")
                .unwrap()
                .label(),
            "imaps://[2001:db8::1]:10993"
        );
        assert_eq!(
            Target::parse("pop3://h:0"),
            Err(TargetError::Port("0".into()))
        );
        assert_eq!(
            Target::parse("http://h"),
            Err(TargetError::Scheme("http".into()))
        );
        assert!(matches!(
            Target::parse("exa mple.com"),
            Err(TargetError::Name(_))
        ));
        assert!(matches!(
            Target::parse("-a.example"),
            Err(TargetError::Name(_))
        ));
        assert!(matches!(Target::parse(""), Err(TargetError::Name(_))));
        assert!(matches!(
            Target::parse("smtp://a.example:x"),
            Err(TargetError::Port(_))
        ));
    }
}
