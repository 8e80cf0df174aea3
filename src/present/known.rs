//! What the user already gave: the IP address and the recipient found in the replies and bounces
//! of this session, which fill the commands of the hints ("dig -x 203.0.113.5", not the
//! documentation's 192.0.2.10).

use crate::wizard::Model;

/// Facts taken from the session's pasted replies, the latest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    pub ip: Option<String>,
    pub recipient: Option<String>,
}

impl Known {
    /// What the session's lookups and bounce recipients say, the most recent that says it.
    pub fn of(model: &Model) -> Known {
        let mut known = Known::default();
        for lookup in model.lookups.iter().rev() {
            if known.recipient.is_none() {
                known.recipient = lookup
                    .recipient
                    .as_ref()
                    .map(|(address, _)| address.clone())
                    .filter(|a| is_address(a));
            }
            if let Some(e) = &lookup.explanation {
                // The identifiers the reply names, without the server that wrote it ("host
                // mx.example.net[198.51.100.2] said:") and the hosts of its links.
                let found = crate::identifiers::find(&e.input);
                let ipv4 = found.ips.iter().find(|ip| ipv4_in(ip).is_some()).cloned();
                known.ip = known.ip.or(ipv4);
                known.recipient = known
                    .recipient
                    .or_else(|| found.addresses.iter().find(|a| is_address(a)).cloned());
            }
        }
        known
    }

    /// A command of a hint with the documentation's example values replaced by the known ones.
    pub fn fill(&self, command: &str) -> String {
        let mut out = command.to_string();
        if let Some(ip) = &self.ip {
            out = out.replace("192.0.2.10", ip);
        }
        if let Some(recipient) = &self.recipient {
            out = out.replace("recipient@example.com", recipient);
            if let Some((_, domain)) = recipient.rsplit_once('@') {
                out = out.replace("example.net", domain);
            }
        }
        out
    }
}

/// The first IPv4 address in a text that is not a documentation or loopback one.
fn ipv4_in(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|t| t.trim_matches('.'))
        .find(|t| {
            let parts: Vec<&str> = t.split('.').collect();
            parts.len() == 4
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
                && !t.starts_with("127.")
                && !t.starts_with("0.")
        })
        .map(str::to_string)
}

fn is_address(a: &str) -> bool {
    match a.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ip_and_an_address_are_found_in_a_reply() {
        let gmail = "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record";
        assert_eq!(ipv4_in(gmail).as_deref(), Some("203.0.113.5"));
        // Codes, versions and loopback are not addresses of a sending server.
        assert_eq!(ipv4_in("550 5.7.1 status 4.4.7 from 127.0.0.1"), None);
        assert!(is_address("jan.novak@example.org") && !is_address("5.7.1"));
    }

    #[test]
    fn the_hint_commands_get_the_known_values() {
        let known = Known {
            ip: Some("203.0.113.5".into()),
            recipient: Some("jan@example.org".into()),
        };
        assert_eq!(known.fill("  dig -x 192.0.2.10"), "  dig -x 203.0.113.5");
        assert_eq!(known.fill("  dig MX example.net"), "  dig MX example.org");
        assert_eq!(
            known.fill("  grep 'recipient@example.com' /var/log/mail.log"),
            "  grep 'jan@example.org' /var/log/mail.log"
        );
        assert_eq!(
            Known::default().fill("  dig -x 192.0.2.10"),
            "  dig -x 192.0.2.10"
        );
    }
}
