//! The human-readable part of a bounce, as the MTAs and providers word it: where it ends (the
//! returned message follows), and which recipient failed with which words.

use super::{Delivery, Recipient};

/// Lines that begin the returned message, in the forms MTAs and providers write them; nothing
/// after one is part of the report (its headers carry DKIM-Signature, Received-SPF, spam reports).
const RETURNED: &[&str] = &[
    "------ this is a copy of the message",
    "--- below this line is a copy of the message",
    "original message headers",
    "----- original message -----",
    "-----original message-----",
    "----- the following is a copy of the message",
    "----- transcript of session follows", // Sendmail: the transcript is read apart
    "------- original message",
    "---------- forwarded message",
];

/// The report's own text: up to the first line that begins the returned message.
pub fn report_text(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.trim().to_ascii_lowercase();
        if RETURNED.iter().any(|m| lower.starts_with(m)) {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

/// The text after the Sendmail transcript marker, up to the returned message, if any.
fn transcript(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find("----- transcript of session follows")?;
    let rest = &text[start..];
    let rest = rest.split_once('\n').map_or("", |(_, r)| r);
    Some(report_text(rest))
}

/// An e-mail address in a word: `<bob@example.net>:`, `bob@example.net`, `rfc822;bob@...`.
fn address_in(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| {
        matches!(
            c,
            '<' | '>' | ':' | ',' | ';' | '"' | '\'' | '(' | ')' | '.'
        )
    });
    let w = w.rsplit([';', '<']).next().unwrap_or(w);
    let (local, domain) = w.split_once('@')?;
    (!local.is_empty() && domain.contains('.') && !domain.ends_with('.'))
        .then(|| w.to_ascii_lowercase())
}

/// How far above its reply a recipient may be named.
const NEARBY: usize = 12;

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether a line holds a reply code or an enhanced code somewhere.
fn has_code(line: &str) -> bool {
    crate::reply::parse(line).is_ok_and(|r| !r.is_bare_text())
}

/// The lines after `start`, while they are not blank, joined with spaces: a diagnostic wrapped
/// over several lines (a code at the end of one line, its text on the next) is one text again.
fn joined(lines: &[&str], start: usize) -> String {
    lines[start..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The host named in "host mx.example.net[192.0.2.1]" or "host mx.example.net [192.0.2.1]".
fn host_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("host ")? + 5;
    let host: String = text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .collect();
    host.contains('.').then_some(host.to_ascii_lowercase())
}

/// The first IPv4 address among the words: qmail names the remote server only by it.
fn ip_in(text: &str) -> Option<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| w.parse::<std::net::Ipv4Addr>().is_ok())
        .map(str::to_string)
}

fn failed(address: String, diagnostic: String, remote_mta: Option<String>) -> Recipient {
    Recipient {
        address,
        delivery: Delivery::Failed,
        status: None,
        remote_mta,
        diagnostic: (!diagnostic.is_empty()).then_some(diagnostic),
        last_attempt: None,
    }
}

/// The recipients the report's text names, each with its own diagnostic.
pub fn recipients(text: &str) -> Vec<Recipient> {
    let report = report_text(text);
    let lines: Vec<&str> = report.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut out: Vec<Recipient> = Vec::new();
    let add = |r: Recipient, out: &mut Vec<Recipient>| {
        if out.len() < super::MAX_RECIPIENTS && !out.iter().any(|o| o.address == r.address) {
            out.push(r);
        }
    };
    // Gmail words the reply once, under "The response from the remote server was:".
    let response = lines
        .iter()
        .position(|l| {
            l.to_ascii_lowercase()
                .contains("response from the remote server")
        })
        .map(|p| joined(&lines, p + 1))
        .unwrap_or_default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        let lower = trimmed.to_ascii_lowercase();
        // Postfix: "<bob@example.net>: host mx[..] said: 550 ...", wrapped on indented lines.
        if trimmed.starts_with('<')
            && let Some((head, rest)) = trimmed.split_once(">:")
            && let Some(address) = address_in(head)
        {
            let mut diagnostic = rest.trim().to_string();
            let mut j = i + 1;
            while j < lines.len() && indent(lines[j]) > 0 && !lines[j].trim().is_empty() {
                diagnostic.push(' ');
                diagnostic.push_str(lines[j].trim());
                j += 1;
            }
            // qmail: "<bob@example.net>:" alone, the diagnostic on the lines below.
            if diagnostic.is_empty() {
                diagnostic = joined(&lines, i + 1);
            }
            let host = host_in(&diagnostic).or_else(|| ip_in(&diagnostic));
            let said = diagnostic
                .to_ascii_lowercase()
                .find(" said:")
                .map(|at| diagnostic[at + 6..].trim().to_string());
            let said = said.or_else(|| {
                let lower = diagnostic.to_ascii_lowercase();
                lower
                    .find("remote host said:")
                    .map(|at| diagnostic[at + 17..].trim().to_string())
            });
            add(failed(address, said.unwrap_or(diagnostic), host), &mut out);
            i = j.max(i + 1);
            continue;
        }
        // OpenSMTPD, Zoho and others: "quinn@example.org: 552 5.2.2 Mailbox full",
        // "rob@example.net, ERROR CODE :550 - Host not found".
        if let Some((head, rest)) = trimmed.split_once([':', ','])
            && !head.contains(' ')
            && let Some(address) = address_in(head)
            && has_code(rest)
        {
            let rest = rest.trim();
            let diagnostic = if rest.to_ascii_lowercase().starts_with("error code") {
                rest[10..].trim_start_matches([' ', ':']).to_string()
            } else {
                rest.to_string()
            };
            add(failed(address, diagnostic, None), &mut out);
            i += 1;
            continue;
        }
        // Exim: the address alone on an indented line, the reasons more indented below it.
        if indent(line) > 0
            && !trimmed.contains(' ')
            && let Some(address) = address_in(trimmed)
            && lines
                .get(i + 1)
                .is_some_and(|next| indent(next) > indent(line) && !next.trim().is_empty())
        {
            let block: Vec<&str> = lines[i + 1..]
                .iter()
                .take_while(|l| indent(l) > indent(line) && !l.trim().is_empty())
                .copied()
                .collect();
            let host = block.iter().find_map(|l| host_in(l));
            // The reply is what follows "SMTP error from remote mail server after RCPT TO:<..>:",
            // on that line (a code can end it) and below.
            let error_line = block
                .iter()
                .position(|l| l.to_ascii_lowercase().contains("smtp error from"));
            let mut parts: Vec<&str> = Vec::new();
            if let Some(p) = error_line {
                let line = block[p].trim();
                let tail = line
                    .rsplit_once(">:")
                    .map_or_else(|| line.rsplit_once(": ").map_or("", |(_, t)| t), |(_, t)| t);
                parts.push(tail.trim());
            }
            let from = error_line.map_or(0, |p| p + 1);
            parts.extend(block[from.min(block.len())..].iter().map(|l| l.trim()));
            let diagnostic = parts
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let diagnostic = if diagnostic.is_empty() {
                block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")
            } else {
                diagnostic
            };
            add(failed(address, diagnostic, host), &mut out);
            i += 1 + block.len();
            continue;
        }
        // Gmail: "Your message wasn't delivered to bob@example.net because ...".
        if lower.contains("delivered to ")
            && (lower.contains("wasn't") || lower.contains("was not"))
            && let Some(address) = trimmed.split_whitespace().find_map(address_in)
        {
            let words = if response.is_empty() {
                trimmed.to_string()
            } else {
                response.clone()
            };
            add(failed(address, words, None), &mut out);
        }
        // Microsoft: "Remote Server returned '550 5.1.10 ...'" under the list of recipients.
        if lower.starts_with("remote server returned") {
            let diagnostic = trimmed
                .split_once('\'')
                .map_or(trimmed, |(_, r)| r.trim_end_matches('\''))
                .to_string();
            // The recipient is named a few lines above.
            let address = lines[i.saturating_sub(NEARBY)..i]
                .iter()
                .rev()
                .find_map(|l| l.split_whitespace().find_map(address_in));
            if let Some(address) = address {
                add(failed(address, diagnostic, None), &mut out);
            }
        }
        i += 1;
    }
    // Domino: "was not delivered to:", the addresses, then "because:" and the reason.
    if out.is_empty()
        && let Some(at) = lines
            .iter()
            .position(|l| l.to_ascii_lowercase().contains("was not delivered to"))
    {
        let because = lines[at..]
            .iter()
            .position(|l| l.trim().to_ascii_lowercase().starts_with("because"))
            .map(|p| at + p);
        let addresses: Vec<String> = lines[at + 1..because.unwrap_or(lines.len())]
            .iter()
            .filter_map(|l| l.split_whitespace().find_map(address_in))
            .collect();
        let reason = because
            .map(|b| {
                let after = lines[b + 1..]
                    .iter()
                    .position(|l| !l.trim().is_empty())
                    .map_or(lines.len(), |p| b + 1 + p);
                joined(&lines, after.min(lines.len()))
            })
            .unwrap_or_default();
        for a in addresses {
            add(failed(a, reason.clone(), None), &mut out);
        }
    }
    // Sendmail: the addresses under "permanent fatal errors", the reply in the transcript.
    if out.is_empty() {
        let lower = report.to_ascii_lowercase();
        if let Some(at) = lower.find("the following addresses had permanent fatal errors") {
            let after: Vec<&str> = report[at..].lines().skip(1).collect();
            let addresses: Vec<String> = after
                .iter()
                .take_while(|l| !l.trim().is_empty() && !l.trim_start().starts_with("-----"))
                .filter_map(|l| l.split_whitespace().find_map(address_in))
                .collect();
            let reply = transcript(text)
                .unwrap_or("")
                .lines()
                .rev()
                .find(|l| l.trim_start().starts_with("<<<") && has_code(l))
                .map(|l| l.trim_start().trim_start_matches("<<<").trim().to_string())
                .unwrap_or_default();
            let host = transcript(text).and_then(|t| {
                t.lines()
                    .find(|l| l.to_ascii_lowercase().contains("while talking to"))
                    .and_then(|l| l.split("talking to").nth(1))
                    .map(|h| h.trim().trim_end_matches(['.', ':']).to_ascii_lowercase())
            });
            for a in addresses {
                add(failed(a, reply.clone(), host.clone()), &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_ends_where_the_returned_message_begins() {
        let text = "It failed.\n550 5.7.1 Relaying denied\n------ This is a copy of the message, including all the headers. ------\nDKIM-Signature: v=1\n550 5.1.1 User unknown\n";
        assert_eq!(report_text(text), "It failed.\n550 5.7.1 Relaying denied\n");
    }

    #[test]
    fn postfix_recipients_with_wrapped_replies() {
        let text = "<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1\n    <bob@example.net>: User unknown (in reply to RCPT TO command)\n\n<carol@example.net>: host mx.example.net[192.0.2.1] said: 552 5.2.2\n    Mailbox full\n";
        let r = recipients(text);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].address, "bob@example.net");
        assert_eq!(r[0].remote_mta.as_deref(), Some("mx.example.net"));
        assert!(
            r[0].diagnostic
                .as_deref()
                .unwrap()
                .starts_with("550 5.1.1 <bob@example.net>: User unknown")
        );
        assert_eq!(r[1].diagnostic.as_deref(), Some("552 5.2.2 Mailbox full"));
    }

    #[test]
    fn exim_recipients() {
        let text = "A message that you sent could not be delivered:\n\n  carol@example.org\n    host mx.example.org [198.51.100.7]\n    SMTP error from remote mail server after RCPT TO:<carol@example.org>:\n    550\n    5.7.1 Relaying denied\n";
        let r = recipients(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].address, "carol@example.org");
        assert_eq!(r[0].remote_mta.as_deref(), Some("mx.example.org"));
        assert_eq!(
            r[0].diagnostic.as_deref(),
            Some("550 5.7.1 Relaying denied")
        );
    }
}
