//! SPF records (RFC 7208): the syntax of one record, and what its terms ask of DNS.
//!
//! Parsing is pure; [`super::dns`] follows the includes to count the DNS lookups that a receiver
//! would make (at most 10, RFC 7208 §4.6.4).

use std::net::{Ipv4Addr, Ipv6Addr};

/// How a mechanism's match counts (RFC 7208 §4.6.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

impl Qualifier {
    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// One mechanism (RFC 7208 §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mechanism {
    All,
    Include(String),
    A(Option<String>),
    Mx(Option<String>),
    Ptr(Option<String>),
    Ip4(Ipv4Addr, u8),
    Ip6(Ipv6Addr, u8),
    Exists(String),
}

impl Mechanism {
    /// Whether evaluating it costs a DNS lookup (RFC 7208 §4.6.4).
    pub fn looks_up(&self) -> bool {
        matches!(
            self,
            Mechanism::Include(_)
                | Mechanism::A(_)
                | Mechanism::Mx(_)
                | Mechanism::Ptr(_)
                | Mechanism::Exists(_)
        )
    }
}

/// A parsed record: its directives in order, and the `redirect=` modifier.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    pub directives: Vec<(Qualifier, Mechanism)>,
    pub redirect: Option<String>,
}

impl Record {
    /// The qualifier of the `all` mechanism, if the record has one.
    pub fn all(&self) -> Option<Qualifier> {
        self.directives
            .iter()
            .find(|(_, m)| *m == Mechanism::All)
            .map(|(q, _)| *q)
    }

    /// The names the record includes, in order.
    pub fn includes(&self) -> impl Iterator<Item = &str> {
        self.directives.iter().filter_map(|(_, m)| match m {
            Mechanism::Include(d) => Some(d.as_str()),
            _ => None,
        })
    }

    /// The DNS lookups of this record alone, without those of the records it includes.
    pub fn lookups(&self) -> usize {
        self.directives.iter().filter(|(_, m)| m.looks_up()).count()
            + usize::from(self.redirect.is_some())
    }
}

/// Why a record is not valid: the receiver's "permerror" (RFC 7208 §4.6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// It does not start with `v=spf1`.
    NotSpf,
    /// A term that is no mechanism or modifier, or one with a missing or broken argument.
    BadTerm(String),
    /// `redirect=` or `exp=` twice (RFC 7208 §6).
    Repeated(String),
}

/// Whether a TXT record's text is an SPF record: `v=spf1` alone or followed by a space
/// (RFC 7208 §4.5).
pub fn is_spf(text: &str) -> bool {
    let t = text.trim_start();
    t.len() >= 6
        && t.as_bytes()[..6].eq_ignore_ascii_case(b"v=spf1")
        && t[6..].chars().next().is_none_or(|c| c == ' ')
}

/// Parse one SPF record.
pub fn parse(text: &str) -> Result<Record, SyntaxError> {
    if !is_spf(text) {
        return Err(SyntaxError::NotSpf);
    }
    let mut record = Record::default();
    let mut exp = false;
    for term in text.trim_start()[6..].split(' ').filter(|t| !t.is_empty()) {
        let bad = || SyntaxError::BadTerm(term.to_string());
        // A modifier: name=value, where the name starts with a letter (RFC 7208 §12).
        if let Some((name, value)) = term.split_once('=')
            && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            match name.to_ascii_lowercase().as_str() {
                "redirect" => {
                    if record.redirect.is_some() {
                        return Err(SyntaxError::Repeated(name.to_string()));
                    }
                    record.redirect = Some(domain_spec(value).ok_or_else(bad)?);
                }
                "exp" => {
                    if exp {
                        return Err(SyntaxError::Repeated(name.to_string()));
                    }
                    domain_spec(value).ok_or_else(bad)?;
                    exp = true;
                }
                // Unknown modifiers are ignored (RFC 7208 §6).
                _ => {}
            }
            continue;
        }
        let (qualifier, rest) = match term.as_bytes()[0] {
            b'+' => (Qualifier::Pass, &term[1..]),
            b'-' => (Qualifier::Fail, &term[1..]),
            b'~' => (Qualifier::SoftFail, &term[1..]),
            b'?' => (Qualifier::Neutral, &term[1..]),
            _ => (Qualifier::Pass, term),
        };
        let (name, arg) = match rest.find([':', '/']) {
            Some(i) => (&rest[..i], Some(&rest[i..])),
            None => (rest, None),
        };
        let mechanism = match (name.to_ascii_lowercase().as_str(), arg) {
            ("all", None) => Mechanism::All,
            ("include", Some(a)) => Mechanism::Include(colon_domain(a).ok_or_else(bad)?),
            ("exists", Some(a)) => Mechanism::Exists(colon_domain(a).ok_or_else(bad)?),
            ("a", a) => Mechanism::A(domain_and_cidr(a).ok_or_else(bad)?),
            ("mx", a) => Mechanism::Mx(domain_and_cidr(a).ok_or_else(bad)?),
            ("ptr", None) => Mechanism::Ptr(None),
            ("ptr", Some(a)) => Mechanism::Ptr(Some(colon_domain(a).ok_or_else(bad)?)),
            ("ip4", Some(a)) => {
                let (ip, len) = network(a, 32).ok_or_else(bad)?;
                Mechanism::Ip4(ip.parse().map_err(|_| bad())?, len)
            }
            ("ip6", Some(a)) => {
                let (ip, len) = network(a, 128).ok_or_else(bad)?;
                Mechanism::Ip6(ip.parse().map_err(|_| bad())?, len)
            }
            _ => return Err(bad()),
        };
        record.directives.push((qualifier, mechanism));
    }
    Ok(record)
}

/// `:domain` of include, exists and ptr.
fn colon_domain(arg: &str) -> Option<String> {
    domain_spec(arg.strip_prefix(':')?)
}

/// `[:domain][/cidr4][//cidr6]` of a and mx; the domain, if given.
fn domain_and_cidr(arg: Option<&str>) -> Option<Option<String>> {
    let Some(arg) = arg else { return Some(None) };
    let (domain, cidr) = match arg.find('/') {
        Some(i) => (&arg[..i], &arg[i..]),
        None => (arg, ""),
    };
    if !cidr.is_empty() {
        let (v4, v6) = match cidr.strip_prefix("//") {
            Some(v6) => ("", v6),
            None => {
                let c = &cidr[1..];
                match c.split_once("//") {
                    Some((a, b)) => (a, b),
                    None => (c, ""),
                }
            }
        };
        if !v4.is_empty() && !v4.parse::<u8>().is_ok_and(|n| n <= 32) {
            return None;
        }
        if !v6.is_empty() && !v6.parse::<u8>().is_ok_and(|n| n <= 128) {
            return None;
        }
    }
    if domain.is_empty() {
        return Some(None);
    }
    Some(Some(domain_spec(domain.strip_prefix(':')?)?))
}

/// `:address[/length]` of ip4 and ip6.
fn network(arg: &str, max: u8) -> Option<(&str, u8)> {
    let arg = arg.strip_prefix(':')?;
    match arg.split_once('/') {
        Some((ip, len)) => {
            let n: u8 = len.parse().ok()?;
            (n <= max && len.bytes().all(|b| b.is_ascii_digit())).then_some((ip, n))
        }
        None => Some((arg, max)),
    }
}

/// A domain-spec (RFC 7208 §7.1): a name, possibly with macros; at least one character of
/// visible ASCII, and not ending in a dot followed by nothing else.
fn domain_spec(s: &str) -> Option<String> {
    let ok = !s.is_empty() && s.bytes().all(|b| (0x21..=0x7e).contains(&b)) && s != ".";
    ok.then(|| s.trim_end_matches('.').to_ascii_lowercase())
}

/// Whether a domain-spec uses macros (`%{d}`); such names are not followed, since they depend on
/// the message.
pub fn has_macro(domain: &str) -> bool {
    domain.contains('%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_typical_record() {
        let r = parse("v=spf1 mx a:mail.example.com/24 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.net ~all").unwrap();
        assert_eq!(r.directives.len(), 6);
        assert_eq!(r.all(), Some(Qualifier::SoftFail));
        assert_eq!(r.includes().collect::<Vec<_>>(), ["_spf.example.net"]);
        assert_eq!(r.lookups(), 3);
    }

    #[test]
    fn redirect_counts_as_a_lookup_and_may_not_repeat() {
        let r = parse("v=spf1 redirect=_spf.example.net").unwrap();
        assert_eq!(r.redirect.as_deref(), Some("_spf.example.net"));
        assert_eq!(r.lookups(), 1);
        assert_eq!(r.all(), None);
        assert!(matches!(
            parse("v=spf1 redirect=a.example redirect=b.example"),
            Err(SyntaxError::Repeated(_))
        ));
    }

    #[test]
    fn rejects_what_a_receiver_rejects() {
        assert_eq!(parse("v=spf10 -all"), Err(SyntaxError::NotSpf));
        assert_eq!(parse("spf1 -all"), Err(SyntaxError::NotSpf));
        for bad in [
            "v=spf1 ip4:192.0.2.300 -all",
            "v=spf1 ip4:192.0.2.0/33",
            "v=spf1 include -all",
            "v=spf1 include: -all",
            "v=spf1 a/40",
            "v=spf1 mx//129",
            "v=spf1 allow",
            "v=spf1 ip6:192.0.2.1",
        ] {
            assert!(matches!(parse(bad), Err(SyntaxError::BadTerm(_))), "{bad}");
        }
    }

    #[test]
    fn unknown_modifiers_and_macros_are_accepted() {
        let r = parse("v=spf1 exists:%{i}.spf.example.net moo=bar -all").unwrap();
        assert!(has_macro(match &r.directives[0].1 {
            Mechanism::Exists(d) => d,
            _ => unreachable!(),
        }));
        assert_eq!(r.all(), Some(Qualifier::Fail));
    }

    #[test]
    fn the_version_is_case_insensitive_and_needs_a_space_after_it() {
        assert!(is_spf("V=SPF1 -all"));
        assert!(is_spf("v=spf1"));
        assert!(!is_spf("v=spf1-all"));
        assert!(!is_spf("v=DMARC1; p=none"));
    }

    #[test]
    fn never_panics_on_odd_bytes() {
        for s in [
            "v=spf1 +",
            "v=spf1 -",
            "v=spf1 ~:",
            "v=spf1 a:",
            "v=spf1 mx/",
            "v=spf1 ip4:/",
            "v=spf1 é",
            "v=spf1 =x",
        ] {
            let _ = parse(s);
        }
    }
}
