//! The identifiers in a reply's or a bounce's words: IP addresses, mail addresses and domain
//! names, so that what the user already gave need not be asked again (the summary's checklist).
//!
//! Only what names the problem is taken: the receiving server that wrote the reply (`host
//! mx.example.net[192.0.2.1] said:`, Postfix's `relay=`) is not the customer's, and the host of a
//! link (`https://support.google.com/...`) is the provider's help page.

use std::net::{Ipv4Addr, Ipv6Addr};

/// The most of each kind kept from one text.
pub const MAX_EACH: usize = 5;

/// The longest word looked at: a domain name is at most 253 characters, an address 254.
const MAX_WORD: usize = 254;

/// What a text names, each in the order it first appears, without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// IPv4 and IPv6 addresses, as written (without brackets or an `IPv6:` prefix).
    pub ips: Vec<String>,
    /// Mail addresses (`bob@example.com`), without angle brackets or `mailto:`.
    pub addresses: Vec<String>,
    /// Domain names written on their own, not inside a mail address or a link.
    pub domains: Vec<String>,
}

impl Found {
    /// Whatever `other` names that this does not, after what this names.
    pub fn extend(&mut self, other: Found) {
        for (mine, theirs) in [
            (&mut self.ips, other.ips),
            (&mut self.addresses, other.addresses),
            (&mut self.domains, other.domains),
        ] {
            for value in theirs {
                push(mine, value);
            }
        }
    }
}

fn push(list: &mut Vec<String>, value: String) {
    if list.len() < MAX_EACH && !list.iter().any(|v| v.eq_ignore_ascii_case(&value)) {
        list.push(value);
    }
}

/// The identifiers in `text`.
pub fn find(text: &str) -> Found {
    let mut found = Found::default();
    let mut after_host = false;
    let mut previous = "";
    for word in text.split_whitespace() {
        // The server that answered, named after "host" or in Postfix's relay=, is not the
        // problem's; nor is a link. A "Client host [192.0.2.1]" is the sender's, the problem's.
        let skip =
            after_host || word.to_ascii_lowercase().starts_with("relay=") || word.contains("://");
        let bare_word = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        };
        after_host = bare_word(word) == "host" && bare_word(previous) != "client";
        previous = word;
        if skip {
            continue;
        }
        for token in word.split(|c: char| "<>()[]{},;\"'=".contains(c)) {
            let token = token.trim_end_matches(['.', ':', '!', '?']);
            if token.is_empty() || token.len() > MAX_WORD {
                continue;
            }
            let bare = strip_prefix_ignore_case(token, "ipv6:")
                .or_else(|| strip_prefix_ignore_case(token, "mailto:"))
                .unwrap_or(token);
            if bare.parse::<Ipv4Addr>().is_ok()
                || (bare.matches(':').count() >= 2 && bare.parse::<Ipv6Addr>().is_ok())
            {
                push(&mut found.ips, bare.to_string());
            } else if let Some((local, domain)) = bare.rsplit_once('@') {
                if !local.is_empty() && !local.contains('@') && is_domain(domain) {
                    push(&mut found.addresses, bare.to_string());
                }
            } else if is_domain(bare) {
                push(&mut found.domains, bare.to_string());
            }
        }
    }
    found
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// A domain name: two labels or more of letters, digits and hyphens (none at a label's ends),
/// the last one letters only and at least two of them. So `5.7.1`, `e.g` and `a..b` are not.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    let Some(tld) = labels.last() else {
        return false;
    };
    labels.len() >= 2
        && s.len() <= 253
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gmail_rejection_names_the_sending_ip_not_the_answering_server() {
        let line = "status=bounced (host gmail-smtp-in.l.google.com[142.250.1.26] said: \
                    550-5.7.25 [203.0.113.5] The IP address sending this message does not have \
                    a PTR record setup. For more information, go to \
                    https://support.google.com/mail/answer/81126#authentication x1si gsmtp)";
        let found = find(line);
        assert_eq!(found.ips, ["203.0.113.5"]);
        assert!(found.domains.is_empty(), "{:?}", found.domains);
        assert!(found.addresses.is_empty());
    }

    #[test]
    fn a_blocklist_rejection_names_the_client_host_it_blocked() {
        let found = find(
            "554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using \
             zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.99",
        );
        assert_eq!(found.ips, ["192.0.2.99"]);
    }

    #[test]
    fn addresses_domains_and_ipv6_are_found_once_each() {
        let found = find(
            "550 5.1.1 <Bob@Example.com>: Recipient address rejected; to=<bob@example.com>, \
             relay=mx.example.com[198.51.100.7]:25, client [IPv6:2001:db8::25] for \
             example.org. See example.org and mailto:postmaster@example.org.",
        );
        assert_eq!(
            found.addresses,
            ["Bob@Example.com", "postmaster@example.org"]
        );
        assert_eq!(found.ips, ["2001:db8::25"]);
        assert_eq!(found.domains, ["example.org"]);
    }

    #[test]
    fn codes_times_and_abbreviations_are_not_identifiers() {
        let found = find("451 4.7.1 Greylisted, e.g. try at 14:03:27 i.e. later; 1.2.3 v2.0 a@b");
        assert_eq!(found, Found::default());
    }

    #[test]
    fn at_most_a_few_of_each_are_kept() {
        let text: String = (1..=20).map(|i| format!("192.0.2.{i} ")).collect();
        assert_eq!(find(&text).ips.len(), MAX_EACH);
        let mut all = find("192.0.2.1");
        all.extend(find("192.0.2.1 192.0.2.2"));
        assert_eq!(all.ips, ["192.0.2.1", "192.0.2.2"]);
    }
}
