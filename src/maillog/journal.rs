//! The systemd journal as `journalctl -o json` (one JSON object a line) and `journalctl -o
//! export` (fields `KEY=value`, binary fields with their length, entries separated by an empty
//! line) give it: each entry back into a syslog line, `<time> <host> <ident>[<pid>]: <message>`.

use serde_json::Value;

use super::time::{self, Stamp};

/// Which form a journal input has, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Json,
    Export,
}

/// Whether the input is a journal, and in which form: JSON starts with `{`, the export format
/// with `__CURSOR=` or another `KEY=` of capitals.
pub fn sniff(head: &[u8]) -> Option<Form> {
    let head = head.trim_ascii_start();
    if head.first() == Some(&b'{') {
        return Some(Form::Json);
    }
    let key_end = head.iter().position(|b| *b == b'=' || *b == b'\n')?;
    let key = &head[..key_end];
    (head.get(key_end) == Some(&b'=')
        && !key.is_empty()
        && key
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_'))
    .then_some(Form::Export)
}

/// The fields of an entry that make its line.
#[derive(Default)]
pub struct Entry {
    pub realtime: Option<i64>,
    pub host: Vec<u8>,
    pub ident: Vec<u8>,
    pub pid: Vec<u8>,
    pub message: Vec<u8>,
}

impl Entry {
    /// The entry as a syslog line, with its time as a stamp of the local wall clock.
    pub fn line(&self, out: &mut Vec<u8>) -> Option<Stamp> {
        out.clear();
        out.extend_from_slice(if self.host.is_empty() {
            b"-"
        } else {
            &self.host
        });
        out.push(b' ');
        out.extend_from_slice(&self.ident);
        if !self.pid.is_empty() {
            out.push(b'[');
            out.extend_from_slice(&self.pid);
            out.push(b']');
        }
        out.extend_from_slice(b": ");
        out.extend_from_slice(&self.message);
        self.realtime.map(local_stamp)
    }

    fn set(&mut self, key: &[u8], value: &[u8]) {
        match key {
            b"__REALTIME_TIMESTAMP" => {
                self.realtime = std::str::from_utf8(value).ok().and_then(|v| v.parse().ok());
            }
            b"_HOSTNAME" => self.host = value.to_vec(),
            b"SYSLOG_IDENTIFIER" => self.ident = value.to_vec(),
            b"_COMM" if self.ident.is_empty() => self.ident = value.to_vec(),
            b"SYSLOG_PID" | b"_PID" if self.pid.is_empty() => self.pid = value.to_vec(),
            b"MESSAGE" => self.message = value.to_vec(),
            _ => {}
        }
    }
}

/// Microseconds since the epoch as the local wall clock (the machine's zone, or TZ).
fn local_stamp(micros: i64) -> Stamp {
    let secs = micros.div_euclid(1_000_000);
    match time::local(secs) {
        Some((y, mo, d, h, mi, s)) => time::stamp(y, mo, d, h, mi, s),
        None => secs,
    }
}

/// One line of `journalctl -o json`.
pub fn json_entry(line: &[u8]) -> Option<Entry> {
    let value: Value = serde_json::from_slice(line).ok()?;
    let obj = value.as_object()?;
    let mut e = Entry::default();
    for (k, v) in obj {
        let bytes: Vec<u8> = match v {
            Value::String(s) => s.as_bytes().to_vec(),
            // A field that is not UTF-8 comes as an array of its bytes.
            Value::Array(a) => a
                .iter()
                .filter_map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                .collect(),
            Value::Number(n) => n.to_string().into_bytes(),
            _ => continue,
        };
        e.set(k.as_bytes(), &bytes);
    }
    Some(e)
}

/// Reads the export format entry by entry from lines: `KEY=value`, or `KEY` alone followed by
/// a little-endian 64-bit length and that many bytes (which the caller's line splitting cut at
/// newlines: the parts are joined back here).
#[derive(Default)]
pub struct Export {
    entry: Entry,
    /// A binary field being read: its key, its bytes so far and how many are still to come.
    binary: Option<(Vec<u8>, Vec<u8>, u64)>,
    /// A field name alone on its line: its length and value start the next line.
    pending: Option<Vec<u8>>,
}

/// The most a binary field may hold: a message longer than this is cut.
const MAX_FIELD: u64 = 1 << 20;

impl Export {
    /// Feed one line (without its newline); an entry is returned when an empty line ends it.
    pub fn line(&mut self, line: &[u8]) -> Option<Entry> {
        if let Some((key, mut value, left)) = self.binary.take() {
            // The line is part of the binary value; the newline that cut it was part of it too.
            let take = (line.len() as u64).min(left) as usize;
            value.extend_from_slice(&line[..take]);
            let left = left - take as u64;
            if left > 0 {
                value.push(b'\n');
                self.binary = Some((key, value, left - 1));
            } else {
                self.entry.set(&key, &value);
            }
            return None;
        }
        if let Some(key) = self.pending.take() {
            self.binary_start(&key, line);
            return None;
        }
        if line.is_empty() {
            let entry = std::mem::take(&mut self.entry);
            return (!entry.message.is_empty() || entry.realtime.is_some()).then_some(entry);
        }
        match memchr::memchr(b'=', line) {
            Some(i) => self.entry.set(&line[..i], &line[i + 1..]),
            None => self.pending = Some(line.to_vec()),
        }
        None
    }

    /// The line after a field name alone: eight bytes of length, then the value (which may go
    /// on over the next lines).
    fn binary_start(&mut self, key: &[u8], rest: &[u8]) {
        if rest.len() < 8 {
            return;
        }
        let len = u64::from_le_bytes(rest[..8].try_into().unwrap_or([0; 8])).min(MAX_FIELD);
        let value = &rest[8..];
        let take = (value.len() as u64).min(len) as usize;
        let mut v = value[..take].to_vec();
        let left = len - take as u64;
        if left > 0 {
            v.push(b'\n');
            self.binary = Some((key.to_vec(), v, left - 1));
        } else {
            self.entry.set(key, &v);
        }
    }

    /// The last entry, when the input ends without an empty line.
    pub fn finish(&mut self) -> Option<Entry> {
        self.line(b"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_told_apart() {
        assert_eq!(sniff(b"{\"MESSAGE\":\"x\"}"), Some(Form::Json));
        assert_eq!(sniff(b"__CURSOR=s=abc\n"), Some(Form::Export));
        assert_eq!(sniff(b"Nov 30 12:00:00 host x"), None);
    }

    #[test]
    fn a_json_entry_becomes_a_syslog_line() {
        let e = json_entry(br#"{"__REALTIME_TIMESTAMP":"1764504001000000","_HOSTNAME":"mx","SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"123","MESSAGE":"4ABC: to=<a@b>, status=sent (250 ok)"}"#).unwrap();
        let mut line = Vec::new();
        assert!(e.line(&mut line).is_some());
        assert_eq!(
            line,
            b"mx postfix/smtp[123]: 4ABC: to=<a@b>, status=sent (250 ok)"
        );
        let e = json_entry(br#"{"MESSAGE":[104,105,255],"SYSLOG_IDENTIFIER":"x"}"#).unwrap();
        assert_eq!(e.message, b"hi\xff");
    }

    #[test]
    fn a_binary_field_may_hold_newlines() {
        let mut x = Export::default();
        x.line(b"SYSLOG_IDENTIFIER=postfix/smtp");
        x.line(b"MESSAGE");
        let mut first = 9u64.to_le_bytes().to_vec();
        first.extend_from_slice(b"two");
        x.line(&first);
        x.line(b"lines");
        let e = x.line(b"").unwrap();
        assert_eq!(e.message, b"two\nlines");
    }

    #[test]
    fn export_entries_end_at_an_empty_line() {
        let mut x = Export::default();
        assert!(x.line(b"__REALTIME_TIMESTAMP=1764504001000000").is_none());
        assert!(x.line(b"SYSLOG_IDENTIFIER=postfix/smtp").is_none());
        assert!(
            x.line(b"MESSAGE=4ABC: to=<a@b>, status=sent (250 ok)")
                .is_none()
        );
        let e = x.line(b"").unwrap();
        assert_eq!(e.ident, b"postfix/smtp");
        assert!(x.finish().is_none());
    }
}
