//! RFC 3464 delivery status: the fields of a `message/delivery-status` part, per message and per
//! recipient, folded lines unfolded.

use super::{Delivery, Recipient};
use crate::smtp::Enhanced;

/// The field blocks of a delivery-status body: blank lines separate them; a line that starts with
/// white space continues the field before it. Names are lower-cased.
pub fn blocks(text: &str) -> Vec<Vec<(String, String)>> {
    let mut blocks: Vec<Vec<(String, String)>> = Vec::new();
    let mut current: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = current.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            current.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// `rfc822; bob@example.net` → `bob@example.net`; `dns; mx.example.net` → `mx.example.net`.
fn typed_value(value: &str) -> String {
    let v = value.split_once(';').map_or(value, |(_, v)| v).trim();
    v.trim_start_matches('<').trim_end_matches('>').to_string()
}

/// The recipients of a delivery-status body, in order.
pub fn recipients(text: &str) -> Vec<Recipient> {
    let mut out = Vec::new();
    for block in blocks(text) {
        let get = |name: &str| {
            block
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(address) = get("final-recipient").or(get("original-recipient")) else {
            continue;
        };
        let delivery = match get("action").map(str::to_ascii_lowercase).as_deref() {
            Some(a) if a.starts_with("failed") => Delivery::Failed,
            Some(a) if a.starts_with("delayed") => Delivery::Delayed,
            Some(a) if a.starts_with("delivered") => Delivery::Delivered,
            Some(a) if a.starts_with("relayed") => Delivery::Relayed,
            Some(a) if a.starts_with("expanded") => Delivery::Expanded,
            _ => Delivery::Failed,
        };
        let status = get("status")
            .and_then(|s| s.split_whitespace().next())
            .and_then(Enhanced::parse);
        out.push(Recipient {
            address: typed_value(address),
            delivery,
            status,
            // `dns; mx.example.org. (203.0.113.26, the server for ...)`: the name alone.
            remote_mta: get("remote-mta").map(|v| {
                let v = typed_value(v);
                let name = v.split_whitespace().next().unwrap_or("");
                name.trim_end_matches('.').to_ascii_lowercase()
            }),
            diagnostic: get("diagnostic-code").map(typed_value),
            last_attempt: get("last-attempt-date").map(str::to_string),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_with_folded_fields() {
        let text = "Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.net>:\n    User unknown\nLast-Attempt-Date: Mon, 2 Mar 2026 10:00:00 +0100\n\nFinal-Recipient: rfc822;<carol@example.net>\nAction: delayed\nStatus: 4.4.1 (timeout)\n";
        let r = recipients(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address, "bob@example.net");
        assert_eq!(r[0].remote_mta.as_deref(), Some("mx.example.net"));
        assert_eq!(
            r[0].last_attempt.as_deref(),
            Some("Mon, 2 Mar 2026 10:00:00 +0100")
        );
        assert_eq!(
            r[0].diagnostic.as_deref(),
            Some("550 5.1.1 <bob@example.net>: User unknown")
        );
        assert_eq!(
            (r[1].address.as_str(), r[1].delivery),
            ("carol@example.net", Delivery::Delayed)
        );
        assert_eq!(r[1].status.map(|s| s.to_string()).as_deref(), Some("4.4.1"));
    }
}
