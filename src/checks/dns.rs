//! DNS queries for the checks, through hickory's resolver: the system's resolvers, or one given
//! with `--resolver`. Each answer comes back with its evidence: the query and what it returned.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::TokioResolver;
use hickory_resolver::config::{NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts};
use hickory_resolver::net::NetError;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{Name, RData, RecordType};

use crate::sanitize;

/// Why a query gave no records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The name does not exist (NXDOMAIN).
    NoName,
    /// The name exists, but has no records of this type.
    NoRecords,
    /// No answer in time.
    Timeout,
    /// The server answered with an error code (SERVFAIL, REFUSED, ...).
    Server(String),
    /// The query could not be made: no resolver, a broken name, a network error.
    Other(String),
}

impl Failure {
    /// Whether the DNS answered: the name or its records are absent. Otherwise the check could
    /// not run.
    pub fn is_answer(&self) -> bool {
        matches!(self, Failure::NoName | Failure::NoRecords)
    }

    /// As the evidence shows it.
    pub fn as_text(&self) -> String {
        match self {
            Failure::NoName => "NXDOMAIN".into(),
            Failure::NoRecords => "NOERROR, no records".into(),
            Failure::Timeout => "timeout".into(),
            Failure::Server(code) => code.clone(),
            Failure::Other(e) => e.clone(),
        }
    }
}

/// One query's outcome, with the lines of evidence it adds.
pub type Answer<T> = Result<Vec<T>, Failure>;

pub struct Dns {
    runtime: tokio::runtime::Runtime,
    resolver: TokioResolver,
    /// The server asked, for the evidence: an address, or "system".
    pub server: String,
}

impl Dns {
    /// A resolver asking `server`, or the system's resolvers (`/etc/resolv.conf`). The hosts file
    /// is never read: the checks are about what the DNS says.
    pub fn new(server: Option<SocketAddr>, timeout: Duration) -> Result<Dns, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let provider = TokioRuntimeProvider::default();
        let mut builder = match server {
            Some(addr) => {
                let mut ns = NameServerConfig::udp_and_tcp(addr.ip());
                for c in &mut ns.connections {
                    c.port = addr.port();
                }
                TokioResolver::builder_with_config(
                    ResolverConfig::from_name_servers(vec![ns]),
                    provider,
                )
            }
            None => TokioResolver::builder(provider).map_err(|e| e.to_string())?,
        };
        let opts: &mut ResolverOpts = builder.options_mut();
        opts.timeout = timeout;
        opts.attempts = 1;
        opts.use_hosts_file = ResolveHosts::Never;
        opts.ndots = 0;
        opts.try_tcp_on_error = true;
        let resolver = {
            let _guard = runtime.enter();
            builder.build().map_err(|e| e.to_string())?
        };
        Ok(Dns {
            runtime,
            resolver,
            server: server.map_or_else(|| "system".to_string(), |a| a.to_string()),
        })
    }

    fn query(&self, name: &str, kind: RecordType) -> Result<Vec<RData>, Failure> {
        let fqdn = if name.ends_with('.') {
            name.to_string()
        } else {
            format!("{name}.")
        };
        let name = Name::from_utf8(&fqdn).map_err(|e| Failure::Other(e.to_string()))?;
        let lookup = self
            .runtime
            .block_on(self.resolver.lookup(name, kind))
            .map_err(failure)?;
        let records: Vec<RData> = lookup
            .answers()
            .iter()
            .filter(|r| r.record_type() == kind)
            .map(|r| r.data.clone())
            .collect();
        if records.is_empty() {
            return Err(Failure::NoRecords);
        }
        Ok(records)
    }

    /// The MX records of a name: preference and exchange, sorted by preference.
    pub fn mx(&self, name: &str) -> Answer<(u16, String)> {
        let mut mx: Vec<(u16, String)> = self
            .query(name, RecordType::MX)?
            .into_iter()
            .filter_map(|d| match d {
                RData::MX(mx) => Some((mx.preference, text_of_name(&mx.exchange))),
                _ => None,
            })
            .collect();
        mx.sort();
        Ok(mx)
    }

    /// The TXT records of a name, each one's strings joined (RFC 7208 §3.3), cleaned of control
    /// characters.
    pub fn txt(&self, name: &str) -> Answer<String> {
        Ok(self
            .query(name, RecordType::TXT)?
            .into_iter()
            .filter_map(|d| match d {
                RData::TXT(txt) => {
                    let bytes: Vec<u8> = txt
                        .txt_data
                        .iter()
                        .flat_map(|s| s.iter().copied())
                        .collect();
                    Some(sanitize::clean(&String::from_utf8_lossy(&bytes), false))
                }
                _ => None,
            })
            .collect())
    }

    /// The IPv4 addresses of a name.
    pub fn a(&self, name: &str) -> Answer<IpAddr> {
        Ok(self
            .query(name, RecordType::A)?
            .into_iter()
            .filter_map(|d| match d {
                RData::A(a) => Some(IpAddr::V4(a.0)),
                _ => None,
            })
            .collect())
    }

    /// The IPv6 addresses of a name.
    pub fn aaaa(&self, name: &str) -> Answer<IpAddr> {
        Ok(self
            .query(name, RecordType::AAAA)?
            .into_iter()
            .filter_map(|d| match d {
                RData::AAAA(a) => Some(IpAddr::V6(a.0)),
                _ => None,
            })
            .collect())
    }

    /// The addresses of a name, IPv4 and IPv6: a name with either has addresses.
    pub fn addresses(&self, name: &str) -> Answer<IpAddr> {
        match (self.a(name), self.aaaa(name)) {
            (Ok(mut v4), Ok(v6)) => {
                v4.extend(v6);
                Ok(v4)
            }
            (Ok(v), Err(f)) | (Err(f), Ok(v)) if f.is_answer() => Ok(v),
            (Ok(v), Err(_)) | (Err(_), Ok(v)) => Ok(v),
            (Err(a), Err(b)) => Err(if a.is_answer() { b } else { a }),
        }
    }

    /// The PTR names of an address.
    pub fn ptr(&self, ip: IpAddr) -> Answer<String> {
        Ok(self
            .query(&reverse_name(ip), RecordType::PTR)?
            .into_iter()
            .filter_map(|d| match d {
                RData::PTR(p) => Some(text_of_name(&p.0)),
                _ => None,
            })
            .collect())
    }
}

/// The name of an address under in-addr.arpa or ip6.arpa.
pub fn reverse_name(ip: IpAddr) -> String {
    format!(
        "{}.{}",
        reversed(ip),
        match ip {
            IpAddr::V4(_) => "in-addr.arpa",
            IpAddr::V6(_) => "ip6.arpa",
        }
    )
}

/// An address in the reversed form of PTR names and blocklists: octets, or nibbles for IPv6.
pub fn reversed(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            format!("{}.{}.{}.{}", o[3], o[2], o[1], o[0])
        }
        IpAddr::V6(v6) => {
            let mut parts = Vec::with_capacity(32);
            for b in v6.octets().iter().rev() {
                parts.push(format!("{:x}", b & 0xf));
                parts.push(format!("{:x}", b >> 4));
            }
            parts.join(".")
        }
    }
}

/// A name as text, without the root's dot, lowercased, cleaned.
fn text_of_name(name: &Name) -> String {
    let s = name.to_utf8();
    let s = s.strip_suffix('.').unwrap_or(&s);
    sanitize::clean(&s.to_ascii_lowercase(), false)
}

fn failure(e: NetError) -> Failure {
    if e.is_nx_domain() {
        return Failure::NoName;
    }
    if e.is_no_records_found() {
        return Failure::NoRecords;
    }
    match e {
        NetError::Timeout => Failure::Timeout,
        NetError::Dns(hickory_resolver::net::DnsError::ResponseCode(code)) => {
            Failure::Server(response_code(code))
        }
        other => {
            let text = other.to_string();
            if text.contains("timed out") {
                Failure::Timeout
            } else {
                Failure::Other(sanitize::clean(&text, false))
            }
        }
    }
}

/// A response code by its mnemonic (RFC 1035 §4.1.1, RFC 6895), as dig shows it.
fn response_code(code: ResponseCode) -> String {
    match code {
        ResponseCode::FormErr => "FORMERR".into(),
        ResponseCode::ServFail => "SERVFAIL".into(),
        ResponseCode::NXDomain => "NXDOMAIN".into(),
        ResponseCode::NotImp => "NOTIMP".into(),
        ResponseCode::Refused => "REFUSED".into(),
        other => format!("{other:?}").to_ascii_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_names_of_both_families() {
        assert_eq!(
            reverse_name("192.0.2.10".parse().unwrap()),
            "10.2.0.192.in-addr.arpa"
        );
        assert_eq!(
            reverse_name("2001:db8::10".parse().unwrap()),
            "0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
        );
    }
}
