//! One log line into what it says about a delivery, for each mail server's wording. Lines are
//! bytes (a log may hold anything); the fields are slices of the line, nothing is copied here.
//!
//! Postfix (`postfix/smtp[1]: QID: to=<r>, relay=..., dsn=5.1.1, status=bounced (reply)`,
//! `NOQUEUE: reject: RCPT from ...: 554 ...; from=<s> to=<r>`, qmgr's `from=<s>` and
//! `status=expired`), Exim's mainlog (`<=`, `=>`, `->`, `**`, `==`, `rejected RCPT`), Sendmail
//! (`QID: to=<r>, ..., dsn=, stat=`), OpenSMTPD (`mta delivery ... result="PermFail"
//! stat="..."`) and Courier (`courieresmtp: id=...,from=<s>,addr=<r>: reply`, `status: ...`).

use memchr::memmem;

/// What became of one delivery attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Delivery {
    Sent,
    Deferred,
    Bounced,
    /// The message stayed in the queue until it was returned.
    Expired,
    /// Refused while the client was still connected (NOQUEUE, `rejected RCPT`).
    Rejected,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Sent => "sent",
            Delivery::Deferred => "deferred",
            Delivery::Bounced => "bounced",
            Delivery::Expired => "expired",
            Delivery::Rejected => "rejected",
        }
    }
}

/// What a line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    /// A delivery attempt to one or more recipients (Sendmail lists several in one `to=`).
    Delivery {
        queue_id: &'a [u8],
        recipients: &'a [u8],
        delivery: Delivery,
        dsn: Option<&'a [u8]>,
        relay: Option<&'a [u8]>,
        /// The remote server's reply or the reason, as the log gives it.
        reply: &'a [u8],
        sender: Option<&'a [u8]>,
    },
    /// The sender of a queued message.
    Sender {
        queue_id: &'a [u8],
        sender: &'a [u8],
    },
    /// A message left the queue.
    Removed { queue_id: &'a [u8] },
    /// A remote reply that the status line after it (Courier's) judges.
    Reply {
        queue_id: &'a [u8],
        recipient: &'a [u8],
        reply: &'a [u8],
    },
}

/// The finders of the markers, built once.
pub struct Markers {
    status: memmem::Finder<'static>,
    noqueue: memmem::Finder<'static>,
    reject: memmem::Finder<'static>,
    from: memmem::Finder<'static>,
    stat: memmem::Finder<'static>,
    mta_delivery: memmem::Finder<'static>,
    mda_delivery: memmem::Finder<'static>,
    courier: memmem::Finder<'static>,
    sendmail_reject: memmem::Finder<'static>,
    sendmail_expired: memmem::Finder<'static>,
    smtpd_failed: memmem::Finder<'static>,
    smtpd_expire: memmem::Finder<'static>,
    courier_error: memmem::Finder<'static>,
    // The fields of Postfix's delivery lines, the most common lines of all.
    to: memmem::Finder<'static>,
    colon_to: memmem::Finder<'static>,
    dsn: memmem::Finder<'static>,
    relay: memmem::Finder<'static>,
}

impl Default for Markers {
    fn default() -> Self {
        Markers {
            status: memmem::Finder::new(b" status="),
            noqueue: memmem::Finder::new(b": reject: "),
            from: memmem::Finder::new(b": from=<"),
            stat: memmem::Finder::new(b", stat="),
            reject: memmem::Finder::new(b" rejected RCPT "),
            mta_delivery: memmem::Finder::new(b" mta delivery "),
            mda_delivery: memmem::Finder::new(b" mda delivery "),
            courier: memmem::Finder::new(b"courieresmtp: id="),
            sendmail_reject: memmem::Finder::new(b", reject="),
            sendmail_expired: memmem::Finder::new(b": DSN: Cannot send message for"),
            smtpd_failed: memmem::Finder::new(b" smtp failed-command command=\"RCPT TO:<"),
            smtpd_expire: memmem::Finder::new(b" relay: Expire for "),
            courier_error: memmem::Finder::new(b"courieresmtpd: error,"),
            to: memmem::Finder::new(b" to=<"),
            colon_to: memmem::Finder::new(b": to=<"),
            dsn: memmem::Finder::new(b", dsn="),
            relay: memmem::Finder::new(b", relay="),
        }
    }
}

/// The value of `key` (`to=<`, `relay=`) up to `end` in `line`.
fn field<'a>(line: &'a [u8], key: &[u8], end: u8) -> Option<&'a [u8]> {
    let at = memmem::find(line, key)? + key.len();
    value(line, at, end)
}

/// The same with a finder built once.
fn found<'a>(finder: &memmem::Finder, line: &'a [u8], end: u8) -> Option<&'a [u8]> {
    let at = finder.find(line)? + finder.needle().len();
    value(line, at, end)
}

fn value(line: &[u8], at: usize, end: u8) -> Option<&[u8]> {
    let rest = &line[at..];
    let len = memchr::memchr(end, rest).unwrap_or(rest.len());
    Some(&rest[..len])
}

/// The queue id before `: ` at `at` in a syslog message (`QID: to=`): the last word before it.
fn queue_id_before(line: &[u8], at: usize) -> &[u8] {
    let head = &line[..at];
    let start = memchr::memrchr(b' ', head).map_or(0, |i| i + 1);
    &head[start..]
}

/// The text inside the parentheses after `status=xxx `, or after the status word.
fn paren(rest: &[u8]) -> &[u8] {
    match rest.iter().position(|b| *b == b'(') {
        Some(i) => {
            let inner = &rest[i + 1..];
            match memchr::memrchr(b')', inner) {
                Some(j) => &inner[..j],
                None => inner,
            }
        }
        None => rest,
    }
}

impl Markers {
    /// What a line says, if it says anything about a delivery. The program that wrote it
    /// (`postfix/smtp`, `sendmail`, `smtpd`, `courieresmtp`) decides which wording is looked
    /// for; a line without one is Exim's.
    pub fn event<'a>(&self, line: &'a [u8]) -> Option<Event<'a>> {
        let program = program(line);
        if memmem::find(program, b"postfix").is_some() {
            return self.postfix(line);
        }
        match program {
            b"sendmail" | b"sm-mta" => self.sendmail(line),
            b"smtpd" => self.opensmtpd(line),
            p if p.starts_with(b"courier") => self.courier(line),
            _ => match self.reject.find(line) {
                Some(at) => exim_reject(line, at),
                None => exim(line),
            },
        }
    }

    fn postfix<'a>(&self, line: &'a [u8]) -> Option<Event<'a>> {
        if let Some(at) = self.status.find(line) {
            return self.postfix_status(line, at);
        }
        if let Some(at) = self.from.find(line) {
            return sender_at(line, at);
        }
        if let Some(at) = self.noqueue.find(line) {
            return postfix_reject(line, at);
        }
        removed(line)
    }

    fn sendmail<'a>(&self, line: &'a [u8]) -> Option<Event<'a>> {
        if let Some(at) = self.stat.find(line) {
            return sendmail(line, at);
        }
        if let Some(at) = self.sendmail_reject.find(line) {
            // `QID: ruleset=check_rcpt, arg1=<r>, relay=..., reject=550 5.7.1 ...`.
            return Some(Event::Delivery {
                queue_id: b"",
                recipients: field(line, b" arg1=<", b'>').unwrap_or(b""),
                delivery: Delivery::Rejected,
                dsn: None,
                relay: None,
                reply: &line[at + b", reject=".len()..],
                sender: None,
            });
        }
        if let Some(at) = self.sendmail_expired.find(line) {
            // `QID: DSNID: DSN: Cannot send message for 5 days`: the first id is the message's.
            let head = &line[..at];
            let dsn_start = memchr::memrchr(b' ', head).map_or(0, |i| i + 1);
            let first = head[..dsn_start.saturating_sub(2)].trim_ascii_end();
            let queue_id = &first[memchr::memrchr(b' ', first).map_or(0, |i| i + 1)..];
            return Some(Event::Delivery {
                queue_id,
                recipients: b"",
                delivery: Delivery::Expired,
                dsn: None,
                relay: None,
                reply: &line[at + 7..],
                sender: None,
            });
        }
        if let Some(at) = self.from.find(line) {
            return sender_at(line, at);
        }
        sendmail_refused(line)
    }

    fn opensmtpd<'a>(&self, line: &'a [u8]) -> Option<Event<'a>> {
        if self.mta_delivery.find(line).is_some() || self.mda_delivery.find(line).is_some() {
            return opensmtpd(line);
        }
        if let Some(at) = self.smtpd_failed.find(line) {
            let rcpt = &line[at + self.smtpd_failed.needle().len()..];
            let end = memchr::memchr(b'>', rcpt).unwrap_or(rcpt.len());
            return Some(Event::Delivery {
                queue_id: b"",
                recipients: &rcpt[..end],
                delivery: Delivery::Rejected,
                dsn: None,
                relay: None,
                reply: quoted_or_word(line, b" result=").unwrap_or(b""),
                sender: None,
            });
        }
        let at = self.smtpd_expire.find(line)?;
        let rest = &line[at + self.smtpd_expire.needle().len()..];
        let evpid = &rest[..memchr::memchr(b':', rest).unwrap_or(rest.len())];
        Some(Event::Delivery {
            queue_id: &evpid[..evpid.len().min(8)],
            recipients: field(rest, b" to=<", b'>').unwrap_or(b""),
            delivery: Delivery::Expired,
            dsn: None,
            relay: None,
            reply: quoted_or_word(rest, b" stat=").unwrap_or(b""),
            sender: field(rest, b" from=<", b'>'),
        })
    }

    fn courier<'a>(&self, line: &'a [u8]) -> Option<Event<'a>> {
        if let Some(at) = self.courier.find(line) {
            return courier(line, at);
        }
        let at = self.courier_error.find(line)?;
        courier_error(&line[at..])
    }

    fn postfix_status<'a>(&self, line: &'a [u8], at: usize) -> Option<Event<'a>> {
        let rest = &line[at + b" status=".len()..];
        let word_end = rest
            .iter()
            .position(|b| *b == b' ' || *b == b',')
            .unwrap_or(rest.len());
        let delivery = match &rest[..word_end] {
            b"sent" | b"delivered" => Delivery::Sent,
            b"deferred" => Delivery::Deferred,
            b"bounced" => Delivery::Bounced,
            b"expired" => Delivery::Expired,
            _ => return None,
        };
        // `QID: to=<...>` — the queue id is the word before the first ": " after the program.
        let colon = self.colon_to.find(line).or_else(|| self.from.find(line))?;
        let queue_id = queue_id_before(line, colon);
        Some(Event::Delivery {
            queue_id,
            recipients: found(&self.to, line, b'>').unwrap_or(b""),
            delivery,
            dsn: found(&self.dsn, line, b','),
            relay: found(&self.relay, line, b','),
            reply: paren(&rest[word_end..]),
            sender: found(&self.from, line, b'>'),
        })
    }
}

/// `NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 <r>: Relay access denied; from=<s> to=<r>`.
fn postfix_reject(line: &[u8], at: usize) -> Option<Event<'_>> {
    let rest = &line[at + b": reject: ".len()..];
    // The reply follows the client: "RCPT from host[ip]: ".
    let reply_start = memmem::find(rest, b"]: ").map_or(0, |i| i + 3);
    let reply = &rest[reply_start..];
    let reply_end = memmem::find(reply, b"; from=<").unwrap_or(reply.len());
    Some(Event::Delivery {
        queue_id: b"",
        recipients: field(rest, b" to=<", b'>').unwrap_or(b""),
        delivery: Delivery::Rejected,
        dsn: None,
        relay: None,
        reply: &reply[..reply_end],
        sender: field(rest, b"; from=<", b'>'),
    })
}

/// `QID: to=<a>,<b>, delay=..., mailer=esmtp, relay=..., dsn=5.1.1, stat=User unknown`.
fn sendmail(line: &[u8], at: usize) -> Option<Event<'_>> {
    let colon = memmem::find(line, b": to=")?;
    let queue_id = queue_id_before(line, colon);
    let to = &line[colon + b": to=".len()..];
    let to_end = memmem::find(to, b", ").unwrap_or(to.len());
    let stat = &line[at + b", stat=".len()..];
    let delivery = if stat.starts_with(b"Sent") {
        Delivery::Sent
    } else if stat.starts_with(b"Deferred") {
        Delivery::Deferred
    } else {
        Delivery::Bounced
    };
    Some(Event::Delivery {
        queue_id,
        recipients: &to[..to_end],
        delivery,
        dsn: field(line, b", dsn=", b','),
        relay: field(line, b", relay=", b','),
        reply: stat,
        sender: None,
    })
}

/// Exim's mainlog: `<date> <time> [pid] ID <= sender ...`, `ID => rcpt ...`, `ID ** rcpt ...:
/// reply`, `ID == rcpt ... defer (...): reply`, `ID Completed`.
fn exim(line: &[u8]) -> Option<Event<'_>> {
    let (_, mut at) = super::time::iso(line)?;
    let mut rest = line.get(at..)?;
    rest = rest.strip_prefix(b" ")?;
    at += 1;
    // An optional process id: "[1234] ".
    if rest.first() == Some(&b'[') {
        let close = memchr::memchr(b']', rest)?;
        rest = rest.get(close + 2..)?;
        at += close + 2;
    }
    let _ = at;
    let id_end = memchr::memchr(b' ', rest)?;
    let (queue_id, rest) = (&rest[..id_end], &rest[id_end + 1..]);
    if !queue_id.contains(&b'-') {
        return None;
    }
    if rest.starts_with(b"Completed") {
        return Some(Event::Removed { queue_id });
    }
    let (flag, rest) = (rest.get(..2)?, rest.get(3..).unwrap_or(b""));
    let word_end = memchr::memchr(b' ', rest).unwrap_or(rest.len());
    let word = &rest[..word_end];
    let delivery = match flag {
        b"<=" => {
            return Some(Event::Sender {
                queue_id,
                sender: word,
            });
        }
        b"=>" | b"->" | b"*>" => Delivery::Sent,
        b"==" => Delivery::Deferred,
        b"**" if memmem::find(rest, b"retry timeout exceeded").is_some() => Delivery::Expired,
        b"**" => Delivery::Bounced,
        _ => return None,
    };
    let reply = match delivery {
        // A delivery's C="250 ..." is the remote's confirmation.
        Delivery::Sent => field(rest, b" C=\"", b'"').unwrap_or(b""),
        _ => match memmem::find(rest, b": ") {
            Some(i) => &rest[i + 2..],
            None => &rest[word_end..],
        },
    };
    Some(Event::Delivery {
        queue_id,
        recipients: word,
        delivery,
        dsn: None,
        relay: field(rest, b" H=", b' '),
        reply,
        sender: None,
    })
}

/// `H=host [ip] F=<s> rejected RCPT <r>: reply`.
fn exim_reject(line: &[u8], at: usize) -> Option<Event<'_>> {
    let rest = &line[at + b" rejected RCPT ".len()..];
    let rcpt = rest.strip_prefix(b"<").unwrap_or(rest);
    let end = memchr::memchr(b'>', rcpt).unwrap_or(0);
    let reply = memmem::find(rest, b": ").map_or(b"".as_slice(), |i| &rest[i + 2..]);
    Some(Event::Delivery {
        queue_id: b"",
        recipients: &rcpt[..end],
        delivery: Delivery::Rejected,
        dsn: None,
        relay: None,
        reply,
        sender: field(line, b" F=<", b'>'),
    })
}

/// `smtpd[1]: 1a2b3c4d5e6f7a8b mta delivery evpid=... from=<s> to=<r> ... result="PermFail"
/// stat="550 5.1.1 ..."`.
fn opensmtpd(line: &[u8]) -> Option<Event<'_>> {
    let result = quoted_or_word(line, b" result=")?;
    let delivery = match result {
        b"Ok" => Delivery::Sent,
        b"TempFail" => Delivery::Deferred,
        b"PermFail" | b"Loop" => Delivery::Bounced,
        _ => return None,
    };
    let evpid = field(line, b" evpid=", b' ').unwrap_or(b"");
    Some(Event::Delivery {
        // The message's id is the envelope id's first half (its msgid).
        queue_id: evpid.get(..evpid.len().min(8)).unwrap_or(b""),
        recipients: field(line, b" to=<", b'>').unwrap_or(b""),
        delivery,
        dsn: None,
        relay: quoted_or_word(line, b" relay="),
        reply: quoted_or_word(line, b" stat=").unwrap_or(b""),
        sender: field(line, b" from=<", b'>'),
    })
}

/// `courieresmtp: id=ID,from=<s>,addr=<r>: 550 5.1.1 ...`, `...,addr=<r>,status: deferred`,
/// `...,addr=<r>,size=1,success: 250 ...`.
fn courier(line: &[u8], at: usize) -> Option<Event<'_>> {
    let rest = &line[at + b"courieresmtp: id=".len()..];
    let id_end = memchr::memchr(b',', rest)?;
    let queue_id = &rest[..id_end];
    let recipients = field(rest, b",addr=<", b'>')?;
    let after = &rest[memmem::find(rest, b",addr=<")? + 7 + recipients.len()..];
    let after = after.strip_prefix(b">").unwrap_or(after);
    let (delivery, reply) = if memmem::find(after, b"success: ").is_some() {
        // `success: delivered: host`, followed by the `status: success` that counts.
        return None;
    } else if let Some(i) = memmem::find(after, b"status: ") {
        match &after[i + 8..] {
            s if s.starts_with(b"success") => (Delivery::Sent, b"".as_slice()),
            // The reply was on the line before: the scan remembers it.
            s if s.starts_with(b"deferred") => (Delivery::Deferred, b"".as_slice()),
            s if s.starts_with(b"failure") => (Delivery::Bounced, b"".as_slice()),
            _ => return None,
        }
    } else if let Some(reply) = after.strip_prefix(b": ") {
        return Some(Event::Reply {
            queue_id,
            recipient: recipients,
            reply,
        });
    } else {
        return None;
    };
    Some(Event::Delivery {
        queue_id,
        recipients,
        delivery,
        dsn: None,
        relay: None,
        reply,
        sender: field(rest, b",from=<", b'>'),
    })
}

/// The program that wrote a syslog line: the word before `[pid]: ` (or before `: `), without
/// its pid; for Exim's mainlog, whatever word comes first before a colon.
fn program(line: &[u8]) -> &[u8] {
    let Some(colon) = memmem::find(line, b": ") else {
        return b"";
    };
    let head = &line[..colon];
    let head = match head.last() {
        Some(b']') => &head[..memchr::memrchr(b'[', head).unwrap_or(head.len())],
        _ => head,
    };
    &head[memchr::memrchr(b' ', head).map_or(0, |i| i + 1)..]
}

/// `QID: from=<sender>, size=` (Postfix's qmgr, Sendmail).
fn sender_at(line: &[u8], at: usize) -> Option<Event<'_>> {
    let queue_id = queue_id_before(line, at);
    let rest = &line[at + 8..];
    let end = memchr::memchr(b'>', rest)?;
    Some(Event::Sender {
        queue_id,
        sender: &rest[..end],
    })
}

/// `QID: removed`.
fn removed(line: &[u8]) -> Option<Event<'_>> {
    let at = line.strip_suffix(b": removed")?.len();
    Some(Event::Removed {
        queue_id: queue_id_before(line, at),
    })
}

/// A value that may be quoted (`result="PermFail"`) or not (`result=Ok`).
fn quoted_or_word<'a>(line: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = memmem::find(line, key)? + key.len();
    let rest = &line[at..];
    match rest.strip_prefix(b"\"") {
        Some(q) => Some(&q[..memchr::memchr(b'"', q).unwrap_or(q.len())]),
        None => Some(&rest[..memchr::memchr(b' ', rest).unwrap_or(rest.len())]),
    }
}

/// Sendmail refusing a recipient while the client is connected: `QID: <r>... User unknown`.
fn sendmail_refused(line: &[u8]) -> Option<Event<'_>> {
    let at = memmem::find(line, b">... ")?;
    let head = &line[..at];
    let open = memchr::memrchr(b'<', head)?;
    if !head[..open].ends_with(b": ") || memmem::find(head, b"sendmail[").is_none() {
        return None;
    }
    Some(Event::Delivery {
        queue_id: b"",
        recipients: &head[open + 1..],
        delivery: Delivery::Rejected,
        dsn: None,
        relay: None,
        reply: &line[at + 5..],
        sender: None,
    })
}

/// `courieresmtpd: error,relay=...,from=<s>,to=<r>: 513 Relaying denied.` or
/// `...,msg="554 ...",cmd: RCPT TO:<r>`; a failed login (`cmd: AUTH`) refuses no recipient.
fn courier_error(line: &[u8]) -> Option<Event<'_>> {
    if let Some(rcpt) = field(line, b",to=<", b'>') {
        let reply = memmem::find(line, b">: ").map_or(b"".as_slice(), |i| &line[i + 3..]);
        return Some(Event::Delivery {
            queue_id: b"",
            recipients: rcpt,
            delivery: Delivery::Rejected,
            dsn: None,
            relay: None,
            reply,
            sender: field(line, b",from=<", b'>'),
        });
    }
    let rcpt = field(line, b"cmd: RCPT TO:<", b'>')?;
    Some(Event::Delivery {
        queue_id: b"",
        recipients: rcpt,
        delivery: Delivery::Rejected,
        dsn: None,
        relay: None,
        reply: field(line, b",msg=\"", b'"').unwrap_or(b""),
        sender: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(line: &str) -> Option<Event<'_>> {
        Markers::default().event(line.as_bytes())
    }

    #[test]
    fn postfix_deliveries_senders_rejects_and_removals() {
        let line = "Nov 30 12:00:05 mx postfix/smtp[4711]: 4ABC123DEF: to=<anna@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.1.26]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.7.25, status=bounced (host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.7.25 The IP address sending this message does not have a PTR record setup (in reply to end of DATA command))";
        let Some(Event::Delivery {
            queue_id,
            recipients,
            delivery,
            dsn,
            reply,
            ..
        }) = ev(line)
        else {
            panic!()
        };
        assert_eq!(queue_id, b"4ABC123DEF");
        assert_eq!(recipients, b"anna@gmail.com");
        assert_eq!(delivery, Delivery::Bounced);
        assert_eq!(dsn, Some(b"5.7.25".as_slice()));
        assert!(reply.starts_with(b"host gmail-smtp-in"));
        assert!(reply.ends_with(b"(in reply to end of DATA command)"));

        assert_eq!(
            ev(
                "Nov 30 12:00:01 mx postfix/qmgr[1]: 4ABC123DEF: from=<jan@firma.example>, size=1234, nrcpt=2 (queue active)"
            ),
            Some(Event::Sender {
                queue_id: b"4ABC123DEF",
                sender: b"jan@firma.example"
            })
        );
        assert_eq!(
            ev("Nov 30 12:00:09 mx postfix/qmgr[1]: 4ABC123DEF: removed"),
            Some(Event::Removed {
                queue_id: b"4ABC123DEF"
            })
        );
        let Some(Event::Delivery {
            delivery,
            recipients,
            reply,
            sender,
            ..
        }) = ev(
            "Nov 30 12:00:00 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@y.example>: Relay access denied; from=<s@spam.example> to=<x@y.example> proto=ESMTP helo=<spam>",
        )
        else {
            panic!()
        };
        assert_eq!(delivery, Delivery::Rejected);
        assert_eq!(recipients, b"x@y.example");
        assert_eq!(reply, b"554 5.7.1 <x@y.example>: Relay access denied");
        assert_eq!(sender, Some(b"s@spam.example".as_slice()));
        let Some(Event::Delivery { delivery, .. }) = ev(
            "Nov 30 12:00:00 mx postfix/qmgr[1]: 4ABC: from=<jan@firma.example>, status=expired, returned to sender",
        ) else {
            panic!()
        };
        assert_eq!(delivery, Delivery::Expired);
    }

    #[test]
    fn exim_sendmail_opensmtpd_and_courier() {
        let Some(Event::Delivery {
            queue_id,
            delivery,
            reply,
            ..
        }) = ev(
            "2026-11-30 12:00:01 1tXyZa-000123-AB ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 User unknown",
        )
        else {
            panic!()
        };
        assert_eq!(queue_id, b"1tXyZa-000123-AB");
        assert_eq!(delivery, Delivery::Bounced);
        assert!(
            reply.ends_with(b"550 5.1.1 User unknown"),
            "{}",
            String::from_utf8_lossy(reply)
        );
        assert!(matches!(
            ev(
                "2026-11-30 12:00:01 [123] 1tXyZa-000123-AB <= jan@firma.example H=web [192.0.2.5] S=1234"
            ),
            Some(Event::Sender {
                sender: b"jan@firma.example",
                ..
            })
        ));
        assert!(matches!(
            ev(
                "2026-11-30 12:00:02 1tXyZa-000123-AB == bob@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 451 4.7.1 Greylisted"
            ),
            Some(Event::Delivery {
                delivery: Delivery::Deferred,
                ..
            })
        ));
        assert!(matches!(
            ev("2026-11-30 12:00:02 1tXyZa-000123-AB Completed"),
            Some(Event::Removed { .. })
        ));
        let Some(Event::Delivery {
            recipients,
            delivery,
            dsn,
            ..
        }) = ev(
            "Nov 30 12:00:01 mail sendmail[321]: 4AUC01ab012345: to=<a@example.net>,<b@example.net>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.net. [192.0.2.1], dsn=5.1.1, stat=User unknown",
        )
        else {
            panic!()
        };
        assert_eq!(recipients, b"<a@example.net>,<b@example.net>");
        assert_eq!(delivery, Delivery::Bounced);
        assert_eq!(dsn, Some(b"5.1.1".as_slice()));
        assert!(matches!(
            ev(
                "Nov 30 12:00:01 mail smtpd[99]: 1a2b3c4d5e6f7a8b mta delivery evpid=1a2b3c4d5e6f7a8b from=<s@a.example> to=<r@b.example> rcpt=<-> source=\"192.0.2.5\" relay=\"192.0.2.1 (mx.b.example)\" delay=1s result=\"TempFail\" stat=\"451 4.7.1 Try again later\""
            ),
            Some(Event::Delivery {
                delivery: Delivery::Deferred,
                ..
            })
        ));
        assert!(matches!(
            ev(
                "Nov 30 12:00:01 mail courieresmtp: id=0001AB12.5F3C2E1A.0000ABCD,from=<s@a.example>,addr=<r@b.example>: 550 5.1.1 <r@b.example>: Recipient address rejected"
            ),
            Some(Event::Reply { .. })
        ));
    }

    #[test]
    fn noise_and_broken_lines_say_nothing() {
        for line in [
            "Nov 30 12:00:00 mx postfix/smtpd[9]: connect from unknown[192.0.2.9]",
            "Nov 30 12:00:00 mx postfix/anvil[9]: statistics: max connection rate 1/60s",
            "",
            "status=",
            " status=sent",
            "2026-11-30 12:00:01 ",
            "2026-11-30 12:00:01 x",
            "courieresmtp: id=",
            ": reject: ",
        ] {
            let e = ev(line);
            assert!(
                !matches!(
                    e,
                    Some(Event::Delivery {
                        delivery: Delivery::Sent,
                        ..
                    })
                ) || line.contains("sent"),
                "{line}"
            );
        }
    }
}
