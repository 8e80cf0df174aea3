//! DMARC records (RFC 7489 §6.3): the policy a domain asks receivers to apply.

use super::tags;

/// What a receiver does with mail that fails DMARC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    None,
    Quarantine,
    Reject,
}

impl Policy {
    fn parse(s: &str) -> Option<Policy> {
        match s.to_ascii_lowercase().as_str() {
            "none" => Some(Policy::None),
            "quarantine" => Some(Policy::Quarantine),
            "reject" => Some(Policy::Reject),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::None => "none",
            Policy::Quarantine => "quarantine",
            Policy::Reject => "reject",
        }
    }
}

/// How closely the From: domain must match the SPF or DKIM domain (RFC 7489 §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alignment {
    Relaxed,
    Strict,
}

impl Alignment {
    fn parse(s: Option<&str>) -> Option<Alignment> {
        match s.map(str::to_ascii_lowercase).as_deref() {
            None | Some("r") => Some(Alignment::Relaxed),
            Some("s") => Some(Alignment::Strict),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Alignment::Relaxed => "relaxed",
            Alignment::Strict => "strict",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub policy: Policy,
    /// The policy for subdomains (`sp=`), if set.
    pub subdomains: Option<Policy>,
    /// The share of failing mail the policy applies to (`pct=`, 0-100).
    pub percent: u8,
    pub dkim: Alignment,
    pub spf: Alignment,
    /// Where aggregate reports go (`rua=`).
    pub reports: Option<String>,
    /// Tags whose values are not valid, which receivers ignore for their defaults (RFC 7489
    /// §6.3: `pct`, `adkim`, `aspf`).
    pub ignored: Vec<String>,
}

/// Why a record does not count: a receiver applies no DMARC policy then (RFC 7489 §6.6.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// Not a tag list, or `v=DMARC1` is not its first tag.
    NotDmarc,
    /// No `p=` tag.
    NoPolicy,
    /// `p=` or `sp=` with a value that is no policy: receivers then apply none (§6.6.3).
    BadPolicy(String),
}

/// Whether a TXT record's text claims to be a DMARC record.
pub fn is_dmarc(text: &str) -> bool {
    let t = text.trim_start();
    t.len() >= 8 && t.as_bytes()[..8].eq_ignore_ascii_case(b"v=DMARC1")
}

pub fn parse(text: &str) -> Result<Record, SyntaxError> {
    let tags = tags::parse(text).ok_or(SyntaxError::NotDmarc)?;
    match tags.first() {
        Some((n, v)) if n == "v" && v == "DMARC1" => {}
        _ => return Err(SyntaxError::NotDmarc),
    }
    let bad = |name: &str| SyntaxError::BadPolicy(name.to_string());
    let policy = match tags::get(&tags, "p") {
        None => return Err(SyntaxError::NoPolicy),
        Some(p) => Policy::parse(p).ok_or_else(|| bad("p"))?,
    };
    let subdomains = match tags::get(&tags, "sp") {
        None => None,
        Some(p) => Some(Policy::parse(p).ok_or_else(|| bad("sp"))?),
    };
    let mut ignored = Vec::new();
    let percent = match tags::get(&tags, "pct") {
        None => 100,
        Some(p) => p
            .parse::<u8>()
            .ok()
            .filter(|n| *n <= 100)
            .unwrap_or_else(|| {
                ignored.push("pct".to_string());
                100
            }),
    };
    let mut alignment = |name: &str| {
        Alignment::parse(tags::get(&tags, name)).unwrap_or_else(|| {
            ignored.push(name.to_string());
            Alignment::Relaxed
        })
    };
    let dkim = alignment("adkim");
    let spf = alignment("aspf");
    Ok(Record {
        policy,
        subdomains,
        percent,
        dkim,
        spf,
        reports: tags::get(&tags, "rua").map(str::to_string),
        ignored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_policy_alignment_and_reports() {
        let r = parse("v=DMARC1; p=reject; rua=mailto:d@example.com; adkim=s; aspf=r").unwrap();
        assert_eq!(r.policy, Policy::Reject);
        assert_eq!(r.dkim, Alignment::Strict);
        assert_eq!(r.spf, Alignment::Relaxed);
        assert_eq!(r.percent, 100);
        assert_eq!(r.reports.as_deref(), Some("mailto:d@example.com"));
    }

    #[test]
    fn the_version_must_come_first_and_the_policy_must_be_there() {
        assert_eq!(parse("p=reject; v=DMARC1"), Err(SyntaxError::NotDmarc));
        assert_eq!(parse("v=DMARC1"), Err(SyntaxError::NoPolicy));
        assert_eq!(
            parse("v=DMARC1; rua=mailto:a@b"),
            Err(SyntaxError::NoPolicy)
        );
        assert_eq!(
            parse("v=DMARC1; p=bogus"),
            Err(SyntaxError::BadPolicy("p".into()))
        );
        assert_eq!(
            parse("v=DMARC1; p=none; sp=all"),
            Err(SyntaxError::BadPolicy("sp".into()))
        );
        assert_eq!(parse("v=DMARC1 p=none"), Err(SyntaxError::NotDmarc));
    }

    #[test]
    fn other_bad_values_are_ignored_for_their_defaults() {
        let r = parse("v=DMARC1; p=reject; pct=101; adkim=x").unwrap();
        assert_eq!(r.percent, 100);
        assert_eq!(r.dkim, Alignment::Relaxed);
        assert_eq!(r.ignored, ["pct", "adkim"]);
    }

    #[test]
    fn a_trailing_semicolon_and_spaces_are_fine() {
        let r = parse("v=DMARC1;p=quarantine;sp=none;pct=50;").unwrap();
        assert_eq!(r.subdomains, Some(Policy::None));
        assert_eq!(r.percent, 50);
    }
}
