//! DNS blocklists (RFC 5782): an address is looked up as `reversed.zone`; an answer in 127/8 means
//! listed, and what each answer means depends on the list.

use std::net::Ipv4Addr;

use crate::i18n::Msg;

/// What one answer of a blocklist says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Meaning {
    /// The address is listed, for this reason.
    Listed(Msg),
    /// The list did not answer the question: this is not a listing (Spamhaus's 127.255.255.x).
    Refused(Msg),
    /// Not a blocklist answer at all (outside 127.0.0.0/8): the zone is not a blocklist, or a
    /// resolver rewrites answers.
    Odd,
}

/// Whether the zone is one of Spamhaus's, whose answers have their own meanings: the public
/// zones (`zen.spamhaus.org`, `sbl.`, `xbl.`, `pbl.`) and the Data Query Service
/// (`KEY.zen.dq.spamhaus.net`).
fn is_spamhaus(zone: &str) -> bool {
    zone == "spamhaus.org" || zone.ends_with(".spamhaus.org") || zone.ends_with(".spamhaus.net")
}

/// The meaning of an answer `a` from `zone`. Spamhaus's return codes are documented in
/// "DNSBL return codes" (spamhaus.org/faqs/dnsbl-usage); other lists answer 127.0.0.2 (or any
/// other address in 127.0.0.0/8) for listed, as RFC 5782 §2.3 describes.
pub(crate) fn meaning(zone: &str, a: Ipv4Addr) -> Meaning {
    let zone = zone.to_string();
    let o = a.octets();
    if o[0] != 127 {
        return Meaning::Odd;
    }
    if is_spamhaus(&zone) {
        return match (o[1], o[2], o[3]) {
            (255, 255, 252) => Meaning::Refused(Msg::CheckDnsblTypo { zone }),
            (255, 255, 254) => Meaning::Refused(Msg::CheckDnsblPublicResolver { zone }),
            (255, 255, 255) => Meaning::Refused(Msg::CheckDnsblTooMany { zone }),
            (0, 0, 2) => Meaning::Listed(Msg::CheckDnsblSbl { zone }),
            (0, 0, 3) => Meaning::Listed(Msg::CheckDnsblCss { zone }),
            (0, 0, 4..=7) => Meaning::Listed(Msg::CheckDnsblXbl { zone }),
            (0, 0, 9) => Meaning::Listed(Msg::CheckDnsblDrop { zone }),
            (0, 0, 10 | 11) => Meaning::Listed(Msg::CheckDnsblPbl { zone }),
            _ => Meaning::Listed(Msg::CheckDnsblListed {
                zone,
                answer: a.to_string(),
            }),
        };
    }
    Meaning::Listed(Msg::CheckDnsblListed {
        zone,
        answer: a.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Ipv4Addr {
        s.parse().unwrap()
    }

    #[test]
    fn spamhaus_answers_have_their_own_meanings() {
        let z = "zen.spamhaus.org";
        assert!(matches!(
            meaning(z, ip("127.0.0.2")),
            Meaning::Listed(Msg::CheckDnsblSbl { .. })
        ));
        assert!(matches!(
            meaning(z, ip("127.0.0.4")),
            Meaning::Listed(Msg::CheckDnsblXbl { .. })
        ));
        assert!(matches!(
            meaning(z, ip("127.0.0.11")),
            Meaning::Listed(Msg::CheckDnsblPbl { .. })
        ));
        assert!(matches!(
            meaning(z, ip("127.255.255.254")),
            Meaning::Refused(Msg::CheckDnsblPublicResolver { .. })
        ));
        assert!(matches!(
            meaning("KEY.zen.dq.spamhaus.net", ip("127.255.255.255")),
            Meaning::Refused(Msg::CheckDnsblTooMany { .. })
        ));
    }

    #[test]
    fn other_lists_answer_listed_anywhere_in_127_8() {
        assert!(matches!(
            meaning("bl.spamcop.net", ip("127.0.0.2")),
            Meaning::Listed(Msg::CheckDnsblListed { .. })
        ));
        // 127.255.255.254 from a list that is not Spamhaus's is still an answer in 127/8.
        assert!(matches!(
            meaning("b.barracudacentral.org", ip("127.255.255.254")),
            Meaning::Listed(_)
        ));
        assert_eq!(meaning("bl.spamcop.net", ip("192.0.2.1")), Meaning::Odd);
    }
}
