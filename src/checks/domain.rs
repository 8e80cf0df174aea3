//! The DNS checks of a domain (MX, SPF, DMARC, DKIM) and of an address (PTR, forward
//! confirmation, blocklists).

use std::collections::HashSet;
use std::net::IpAddr;

use super::dns::{Answer, Dns, Failure};
use super::dnsbl::{self, Meaning};
use super::{Check, Out, Settings, Status, dkim, dmarc, spf};
use crate::i18n::Msg;

/// The evidence line of one query: `TYPE name → answer`.
fn line<T>(kind: &str, name: &str, answer: &Answer<T>, show: impl Fn(&T) -> String) -> String {
    match answer {
        Ok(items) => format!(
            "{kind} {name} → {}",
            items.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        Err(f) => format!("{kind} {name} → {}", f.as_text()),
    }
}

fn dns_error(f: &Failure) -> Msg {
    Msg::CheckDnsError { error: f.as_text() }
}

pub(super) fn domain(dns: &Dns, d: &str, s: &Settings, out: &mut Out, stop: &dyn Fn() -> bool) {
    let skip = match mx(dns, d, s, out) {
        Domain::Exists => None,
        Domain::Missing => Some(Msg::CheckSkippedNoDomain {
            domain: d.to_string(),
        }),
        // A resolver that did not answer the first question will not answer the next ones.
        Domain::Unknown => Some(Msg::CheckSkippedDnsFailed),
    };
    if let Some(why) = skip {
        for check in [Check::Spf, Check::Dmarc, Check::Dkim] {
            out(check, None, Status::Skipped, Vec::new(), why.clone());
        }
        return;
    }
    if stop() {
        return;
    }
    spf_checks(dns, d, s, out);
    if stop() {
        return;
    }
    dmarc_check(dns, d, out);
    for selector in &s.dkim_selectors {
        if stop() {
            return;
        }
        dkim_check(dns, d, selector, out);
    }
    if s.dkim_selectors.is_empty() {
        out(
            Check::Dkim,
            None,
            Status::Skipped,
            Vec::new(),
            Msg::CheckDkimNoSelector,
        );
    }
}

/// Whether a domain exists, as its MX lookup told.
enum Domain {
    Exists,
    Missing,
    Unknown,
}

/// The MX check, and the comparison with the provider's hosts.
fn mx(dns: &Dns, d: &str, s: &Settings, out: &mut Out) -> Domain {
    let answer = dns.mx(d);
    let mut evidence = vec![line("MX", d, &answer, |(p, h)| {
        format!("{p} {}", if h.is_empty() { "." } else { h })
    })];
    let records = match answer {
        Ok(r) => r,
        Err(Failure::NoName) => {
            out(
                Check::Mx,
                None,
                Status::Fail,
                evidence,
                Msg::CheckMxNoDomain {
                    domain: d.to_string(),
                },
            );
            return Domain::Missing;
        }
        Err(Failure::NoRecords) => {
            let a = dns.addresses(d);
            evidence.push(line("A/AAAA", d, &a, IpAddr::to_string));
            let (status, msg) = match a {
                Ok(ips) => (
                    Status::Warn,
                    Msg::CheckMxImplicit {
                        addresses: join(&ips),
                    },
                ),
                Err(f) if f.is_answer() => (Status::Fail, Msg::CheckMxNoMail),
                Err(f) => (Status::Error, dns_error(&f)),
            };
            out(Check::Mx, None, status, evidence, msg);
            return Domain::Exists;
        }
        Err(f) => {
            out(Check::Mx, None, Status::Error, evidence, dns_error(&f));
            return Domain::Unknown;
        }
    };
    // A null MX (RFC 7505): one record, preference 0, exchange ".".
    if records.len() == 1 && records[0].1.is_empty() {
        out(Check::Mx, None, Status::Fail, evidence, Msg::CheckMxNull);
        return Domain::Exists;
    }
    let mut unresolved = Vec::new();
    let mut shown = Vec::new();
    for (pref, host) in &records {
        let a = dns.addresses(host);
        evidence.push(line("A/AAAA", host, &a, IpAddr::to_string));
        match &a {
            Ok(ips) => shown.push(format!("{host} ({pref}) → {}", join(ips))),
            Err(_) => {
                unresolved.push(host.clone());
                shown.push(format!("{host} ({pref}) → ?"));
            }
        }
    }
    let hosts = shown.join("; ");
    let (status, msg) = if unresolved.is_empty() {
        (Status::Ok, Msg::CheckMxOk { hosts })
    } else if unresolved.len() == records.len() {
        (
            Status::Fail,
            Msg::CheckMxUnresolved {
                hosts: unresolved.join(", "),
            },
        )
    } else {
        (
            Status::Warn,
            Msg::CheckMxSomeUnresolved {
                hosts: unresolved.join(", "),
            },
        )
    };
    out(Check::Mx, None, status, evidence, msg);

    if !s.mail_hosts.is_empty() {
        let ours: HashSet<String> = s
            .mail_hosts
            .iter()
            .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
            .collect();
        let others: Vec<&str> = records
            .iter()
            .map(|(_, h)| h.as_str())
            .filter(|h| !ours.contains(*h))
            .collect();
        let evidence = vec![
            format!(
                "MX {d} → {}",
                records
                    .iter()
                    .map(|(_, h)| h.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!("profile mail-hosts → {}", s.mail_hosts.join(", ")),
        ];
        let (status, msg) = if others.is_empty() {
            (
                Status::Ok,
                Msg::CheckMxProviderOk {
                    provider: s.provider.clone(),
                },
            )
        } else if others.len() < records.len() {
            (
                Status::Warn,
                Msg::CheckMxProviderSome {
                    hosts: others.join(", "),
                    provider: s.provider.clone(),
                },
            )
        } else {
            (
                Status::Fail,
                Msg::CheckMxProviderNone {
                    hosts: others.join(", "),
                    provider: s.provider.clone(),
                },
            )
        };
        out(Check::MxProvider, None, status, evidence, msg);
    }
    Domain::Exists
}

/// The SPF records of a name: those of its TXT records that are SPF records.
fn spf_records(dns: &Dns, name: &str, evidence: &mut Vec<String>) -> Result<Vec<String>, Failure> {
    let answer = dns.txt(name);
    evidence.push(line("TXT", name, &answer, |t| format!("\"{t}\"")));
    match answer {
        Ok(txt) => Ok(txt.into_iter().filter(|t| spf::is_spf(t)).collect()),
        Err(f) if f.is_answer() => Ok(Vec::new()),
        Err(f) => Err(f),
    }
}

/// What following a record's includes and redirect found.
enum Walk {
    /// An included name has no SPF record, or more than one: a permerror (RFC 7208 §5.2).
    Void(String),
    /// An included record is broken.
    Broken(String, String),
    /// A lookup of an included name failed.
    Error(Failure),
}

fn walk(
    dns: &Dns,
    record: &spf::Record,
    seen: &mut HashSet<String>,
    evidence: &mut Vec<String>,
    total: &mut usize,
    included: &mut Vec<String>,
) -> Option<Walk> {
    *total += record.lookups();
    let names: Vec<String> = record
        .includes()
        .map(str::to_string)
        .chain(record.redirect.clone())
        .collect();
    for name in names {
        if *total > 10 {
            return None;
        }
        if spf::has_macro(&name) || !seen.insert(name.clone()) {
            continue;
        }
        included.push(name.clone());
        let records = match spf_records(dns, &name, evidence) {
            Ok(r) => r,
            Err(f) => return Some(Walk::Error(f)),
        };
        if records.len() != 1 {
            return Some(Walk::Void(name));
        }
        match spf::parse(&records[0]) {
            Ok(r) => {
                if let Some(w) = walk(dns, &r, seen, evidence, total, included) {
                    return Some(w);
                }
            }
            Err(e) => return Some(Walk::Broken(name, term_of(&e))),
        }
    }
    None
}

fn term_of(e: &spf::SyntaxError) -> String {
    match e {
        spf::SyntaxError::NotSpf => "v=spf1".into(),
        spf::SyntaxError::BadTerm(t) | spf::SyntaxError::Repeated(t) => t.clone(),
    }
}

fn spf_checks(dns: &Dns, d: &str, s: &Settings, out: &mut Out) {
    let mut evidence = Vec::new();
    let provider = !s.mail_hosts.is_empty();
    let skip_provider = |out: &mut Out| {
        if provider {
            out(
                Check::SpfProvider,
                None,
                Status::Skipped,
                Vec::new(),
                Msg::CheckSkippedNoSpf,
            );
        }
    };
    let records = match spf_records(dns, d, &mut evidence) {
        Ok(r) => r,
        Err(f) => {
            out(Check::Spf, None, Status::Error, evidence, dns_error(&f));
            skip_provider(out);
            return;
        }
    };
    match records.len() {
        0 => {
            out(Check::Spf, None, Status::Fail, evidence, Msg::CheckSpfNone);
            skip_provider(out);
            return;
        }
        1 => {}
        n => {
            out(
                Check::Spf,
                None,
                Status::Fail,
                evidence,
                Msg::CheckSpfMany { count: n },
            );
            skip_provider(out);
            return;
        }
    }
    let record = match spf::parse(&records[0]) {
        Ok(r) => r,
        Err(e) => {
            out(
                Check::Spf,
                None,
                Status::Fail,
                evidence,
                Msg::CheckSpfSyntax { term: term_of(&e) },
            );
            skip_provider(out);
            return;
        }
    };
    let mut total = 0;
    let mut included = Vec::new();
    let mut seen = HashSet::from([d.to_string()]);
    let walked = walk(
        dns,
        &record,
        &mut seen,
        &mut evidence,
        &mut total,
        &mut included,
    );
    let (status, msg) = match walked {
        Some(Walk::Void(name)) => (Status::Fail, Msg::CheckSpfVoid { name }),
        Some(Walk::Broken(name, term)) => {
            (Status::Fail, Msg::CheckSpfIncludedSyntax { name, term })
        }
        Some(Walk::Error(f)) => (Status::Error, dns_error(&f)),
        None if total > 10 => (Status::Fail, Msg::CheckSpfTooManyLookups { lookups: total }),
        _ => match record.all() {
            Some(spf::Qualifier::Pass) => (Status::Fail, Msg::CheckSpfPassAll),
            Some(q @ (spf::Qualifier::Fail | spf::Qualifier::SoftFail)) => (
                Status::Ok,
                Msg::CheckSpfOk {
                    all: format!("{}all", q.symbol()),
                    lookups: total,
                },
            ),
            // Without an all, a redirect= hands the decision to the other record (RFC 7208 §6.1).
            None if record.redirect.is_some() => (
                Status::Ok,
                Msg::CheckSpfRedirect {
                    name: record.redirect.clone().unwrap_or_default(),
                    lookups: total,
                },
            ),
            _ => (Status::Warn, Msg::CheckSpfNeutral),
        },
    };
    out(Check::Spf, None, status, evidence.clone(), msg);

    if provider {
        let include = s.spf_include.trim_end_matches('.').to_ascii_lowercase();
        let found = included.contains(&include);
        let ev = vec![
            format!(
                "SPF {d} → include: {}",
                if included.is_empty() {
                    "-".to_string()
                } else {
                    included.join(", ")
                }
            ),
            format!("profile spf-include → {include}"),
        ];
        let (status, msg) = if found {
            (
                Status::Ok,
                Msg::CheckSpfProviderOk {
                    include,
                    provider: s.provider.clone(),
                },
            )
        } else {
            (
                Status::Fail,
                Msg::CheckSpfProviderMissing {
                    include,
                    provider: s.provider.clone(),
                },
            )
        };
        out(Check::SpfProvider, None, status, ev, msg);
    }
}

fn dmarc_check(dns: &Dns, d: &str, out: &mut Out) {
    let mut evidence = Vec::new();
    let lookup = |name: &str, evidence: &mut Vec<String>| {
        let answer = dns.txt(name);
        evidence.push(line("TXT", name, &answer, |t| format!("\"{t}\"")));
        match answer {
            Ok(txt) => Ok(txt
                .into_iter()
                .filter(|t| dmarc::is_dmarc(t))
                .collect::<Vec<_>>()),
            Err(f) if f.is_answer() => Ok(Vec::new()),
            Err(f) => Err(f),
        }
    };
    let name = format!("_dmarc.{d}");
    let mut records = match lookup(&name, &mut evidence) {
        Ok(r) => r,
        Err(f) => return out(Check::Dmarc, None, Status::Error, evidence, dns_error(&f)),
    };
    // No record of its own: receivers use the organizational domain's (RFC 7489 §6.6.3). Without
    // the public suffix list, one level up is the parent that holds it for a subdomain.
    let mut inherited = None;
    if records.is_empty()
        && let Some((_, parent)) = d.split_once('.')
        && parent.contains('.')
    {
        let up = format!("_dmarc.{parent}");
        match lookup(&up, &mut evidence) {
            Ok(r) if !r.is_empty() => {
                records = r;
                inherited = Some(parent.to_string());
            }
            _ => {}
        }
    }
    let (status, msg) = match records.len() {
        0 => (Status::Fail, Msg::CheckDmarcNone { name }),
        1 => match dmarc::parse(&records[0]) {
            Err(dmarc::SyntaxError::NotDmarc) => (Status::Fail, Msg::CheckDmarcNotFirst),
            Err(dmarc::SyntaxError::NoPolicy) => (Status::Fail, Msg::CheckDmarcNoPolicy),
            Err(dmarc::SyntaxError::BadPolicy(tag)) => {
                (Status::Fail, Msg::CheckDmarcBadPolicy { tag })
            }
            Ok(r) => {
                let alignment = format!("adkim={} aspf={}", r.dkim.as_str(), r.spf.as_str());
                evidence.push(format!(
                    "DMARC p={} sp={} pct={} {alignment} rua={}",
                    r.policy.as_str(),
                    r.subdomains.map_or("-", |p| p.as_str()),
                    r.percent,
                    r.reports.as_deref().unwrap_or("-")
                ));
                let from = inherited.clone().unwrap_or_else(|| d.to_string());
                match r.policy {
                    _ if !r.ignored.is_empty() => (
                        Status::Warn,
                        Msg::CheckDmarcBadTag {
                            tag: r.ignored.join("=, "),
                        },
                    ),
                    dmarc::Policy::None => (Status::Warn, Msg::CheckDmarcMonitor { domain: from }),
                    _ if r.percent < 100 => (
                        Status::Warn,
                        Msg::CheckDmarcPartial {
                            policy: r.policy.as_str().into(),
                            percent: r.percent as usize,
                        },
                    ),
                    p => (
                        Status::Ok,
                        Msg::CheckDmarcOk {
                            policy: p.as_str().into(),
                            domain: from,
                            alignment,
                        },
                    ),
                }
            }
        },
        n => (Status::Fail, Msg::CheckDmarcMany { count: n }),
    };
    out(Check::Dmarc, None, status, evidence, msg);
}

fn dkim_check(dns: &Dns, d: &str, selector: &str, out: &mut Out) {
    let name = format!("{selector}._domainkey.{d}");
    let answer = dns.txt(&name);
    let evidence = vec![line("TXT", &name, &answer, |t| {
        format!("\"{}\"", crate::sanitize::truncate(t, 60))
    })];
    let selector_s = Some(selector.to_string());
    let sel = selector.to_string();
    let records = match answer {
        Ok(r) => r,
        Err(f) if f.is_answer() => {
            return out(
                Check::Dkim,
                selector_s,
                Status::Fail,
                evidence,
                Msg::CheckDkimMissing {
                    selector: sel,
                    name,
                },
            );
        }
        Err(f) => {
            return out(
                Check::Dkim,
                selector_s,
                Status::Error,
                evidence,
                dns_error(&f),
            );
        }
    };
    // A selector may hold other TXT records; the key is the one with p=.
    let key = records
        .iter()
        .find(|t| t.contains("p="))
        .or(records.first());
    let (status, msg) = match key.map(|k| dkim::parse(k)) {
        None | Some(Err(_)) => (Status::Fail, Msg::CheckDkimBroken { selector: sel }),
        Some(Ok(r)) => match r.key {
            dkim::Key::Revoked => (Status::Fail, Msg::CheckDkimRevoked { selector: sel }),
            dkim::Key::Rsa(bits) if bits < 1024 => (
                Status::Fail,
                Msg::CheckDkimShort {
                    selector: sel,
                    bits,
                },
            ),
            _ if r.testing => (Status::Warn, Msg::CheckDkimTesting { selector: sel }),
            dkim::Key::Rsa(bits) => (
                Status::Ok,
                Msg::CheckDkimOk {
                    selector: sel,
                    key: format!("RSA {bits}"),
                },
            ),
            dkim::Key::Ed25519 => (
                Status::Ok,
                Msg::CheckDkimOk {
                    selector: sel,
                    key: "Ed25519".into(),
                },
            ),
        },
    };
    out(Check::Dkim, selector_s, status, evidence, msg);
}

pub(super) fn address(dns: &Dns, ip: IpAddr, s: &Settings, out: &mut Out, stop: &dyn Fn() -> bool) {
    let rname = super::dns::reverse_name(ip);
    let answer = dns.ptr(ip);
    let evidence = vec![line("PTR", &rname, &answer, String::clone)];
    let names = match answer {
        Ok(names) => {
            out(
                Check::Ptr,
                None,
                Status::Ok,
                evidence,
                Msg::CheckPtrOk {
                    names: names.join(", "),
                },
            );
            names
        }
        Err(f) => {
            let (status, msg) = if f.is_answer() {
                (
                    Status::Fail,
                    Msg::CheckPtrNone {
                        address: ip.to_string(),
                    },
                )
            } else {
                (Status::Error, dns_error(&f))
            };
            out(Check::Ptr, None, status, evidence, msg);
            let why = if f.is_answer() {
                Msg::CheckSkippedNoPtr
            } else {
                Msg::CheckSkippedDnsFailed
            };
            out(Check::Fcrdns, None, Status::Skipped, Vec::new(), why);
            Vec::new()
        }
    };
    if !names.is_empty() {
        let mut evidence = Vec::new();
        let mut result = None;
        for name in &names {
            let a = dns.addresses(name);
            evidence.push(line("A/AAAA", name, &a, IpAddr::to_string));
            match a {
                Ok(ips) if ips.contains(&ip) => {
                    result = Some((Status::Ok, Msg::CheckFcrdnsOk { name: name.clone() }));
                    break;
                }
                Ok(ips) => {
                    result.get_or_insert((
                        Status::Fail,
                        Msg::CheckFcrdnsMismatch {
                            name: name.clone(),
                            addresses: join(&ips),
                        },
                    ));
                }
                Err(f) if f.is_answer() => {
                    result.get_or_insert((
                        Status::Fail,
                        Msg::CheckFcrdnsNoAddress { name: name.clone() },
                    ));
                }
                Err(f) => {
                    result.get_or_insert((Status::Error, dns_error(&f)));
                }
            }
        }
        if let Some((status, msg)) = result {
            out(Check::Fcrdns, None, status, evidence, msg);
        }
    }
    for zone in &s.dnsbl {
        if stop() {
            return;
        }
        dnsbl_check(dns, ip, zone, out);
    }
}

fn dnsbl_check(dns: &Dns, ip: IpAddr, zone: &str, out: &mut Out) {
    let name = format!("{}.{zone}", super::dns::reversed(ip));
    let answer = dns.a(&name);
    let mut evidence = vec![line("A", &name, &answer, IpAddr::to_string)];
    let subject = Some(zone.to_string());
    let zone_s = zone.to_string();
    let answers = match answer {
        Ok(a) => a,
        Err(f) if f.is_answer() => {
            return out(
                Check::Dnsbl,
                subject,
                Status::Ok,
                evidence,
                Msg::CheckDnsblClean { zone: zone_s },
            );
        }
        Err(f) => {
            return out(
                Check::Dnsbl,
                subject,
                Status::Error,
                evidence,
                dns_error(&f),
            );
        }
    };
    let mut listed = None;
    let mut refused = None;
    for a in &answers {
        let IpAddr::V4(v4) = a else { continue };
        match dnsbl::meaning(zone, *v4) {
            Meaning::Listed(m) => {
                listed.get_or_insert(m);
            }
            Meaning::Refused(m) => {
                refused.get_or_insert(m);
            }
            Meaning::Odd => {}
        }
    }
    if let Some(m) = listed {
        let txt = dns.txt(&name);
        if txt.is_ok() {
            evidence.push(line("TXT", &name, &txt, |t| format!("\"{t}\"")));
        }
        out(Check::Dnsbl, subject, Status::Fail, evidence, m);
    } else if let Some(m) = refused {
        out(Check::Dnsbl, subject, Status::Error, evidence, m);
    } else {
        out(
            Check::Dnsbl,
            subject,
            Status::Error,
            evidence,
            Msg::CheckDnsblOdd {
                zone: zone_s,
                answer: join(&answers),
            },
        );
    }
}

fn join(ips: &[IpAddr]) -> String {
    ips.iter()
        .map(IpAddr::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The host that another server delivers the domain's mail to: the MX host of the lowest
/// preference that has an address. Reports the MX check when there is none.
pub(super) fn first_mail_server(dns: &Dns, d: &str, out: &mut Out) -> Option<String> {
    let answer = dns.mx(d);
    let mut evidence = vec![line("MX", d, &answer, |(p, h)| {
        format!("{p} {}", if h.is_empty() { "." } else { h })
    })];
    let (status, msg) = match answer {
        Ok(records) if records.len() == 1 && records[0].1.is_empty() => {
            (Status::Fail, Msg::CheckMxNull)
        }
        Ok(records) => {
            for (_, host) in &records {
                let a = dns.addresses(host);
                evidence.push(line("A/AAAA", host, &a, IpAddr::to_string));
                if let Ok(ips) = a {
                    let hosts = format!("{host} → {}", join(&ips));
                    out(
                        Check::Mx,
                        None,
                        Status::Ok,
                        evidence,
                        Msg::CheckMxOk { hosts },
                    );
                    return Some(host.clone());
                }
            }
            let hosts = records.iter().map(|(_, h)| h.as_str()).collect::<Vec<_>>();
            (
                Status::Fail,
                Msg::CheckMxUnresolved {
                    hosts: hosts.join(", "),
                },
            )
        }
        Err(Failure::NoName) => (
            Status::Fail,
            Msg::CheckMxNoDomain {
                domain: d.to_string(),
            },
        ),
        // No MX: other servers deliver to the domain's own address (RFC 5321 §5.1).
        Err(Failure::NoRecords) => {
            let a = dns.addresses(d);
            evidence.push(line("A/AAAA", d, &a, IpAddr::to_string));
            match a {
                Ok(ips) => {
                    let msg = Msg::CheckMxImplicit {
                        addresses: join(&ips),
                    };
                    out(Check::Mx, None, Status::Warn, evidence, msg);
                    return Some(d.to_string());
                }
                Err(f) if f.is_answer() => (Status::Fail, Msg::CheckMxNoMail),
                Err(f) => (Status::Error, dns_error(&f)),
            }
        }
        Err(f) => (Status::Error, dns_error(&f)),
    };
    out(Check::Mx, None, status, evidence, msg);
    None
}
