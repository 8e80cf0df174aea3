//! The mail log, read for the user: every delivery attempt of Postfix, Exim, Sendmail,
//! OpenSMTPD and Courier, in classic syslog or RFC 3339 / RFC 5424 time, from plain files,
//! `.gz` rotations, standard input and the systemd journal's JSON and export forms; the failures
//! grouped by diagnosis through the same engine that explains a bounce, with counts, distinct
//! recipients and domains, first and last time and one example line.
//!
//! Reading is streaming and bounded: the input is read in large blocks and split with memchr,
//! a line costs no allocation unless it is a failure (a delivery that is not `sent`), and each
//! distinct reply is explained once. What grows with the log is bounded by the caps below, so
//! memory does not grow with the file.

pub mod journal;
pub mod parse;
pub mod source;
pub mod time;

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher};
use std::io::{self, Read};

use crate::explain::{self, Explanation};
use crate::knowledge::Knowledge;
use crate::sanitize;
pub use parse::Delivery;
use parse::{Event, Markers};
use time::{Stamp, Years};

/// The longest line looked at: a longer one is cut there (its rest is skipped, not kept).
pub const MAX_LINE: usize = 64 * 1024;
/// The most distinct recipients and domains counted per group, and the most remote domains and
/// queued messages remembered.
const MAX_DISTINCT: usize = 100_000;
const MAX_DOMAINS: usize = 50_000;
const MAX_QUEUED: usize = 200_000;
/// The most distinct messages counted (16 bytes each: 32 MB at most).
const MAX_MESSAGES: usize = 2_000_000;
/// The most distinct replies whose explanation is kept.
const MAX_CACHED: usize = 20_000;

/// What to count: a time window and an address (a recipient or a sender; a bare domain matches
/// every address in it).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub since: Option<Stamp>,
    pub until: Option<Stamp>,
    pub address: Option<String>,
}

impl Filter {
    fn address_matches(&self, addr: &[u8]) -> bool {
        let Some(want) = &self.address else {
            return true;
        };
        let addr = addr.trim_ascii();
        if want.contains('@') {
            addr.eq_ignore_ascii_case(want.as_bytes())
        } else {
            let domain = addr.rsplit(|b| *b == b'@').next().unwrap_or(addr);
            domain.eq_ignore_ascii_case(want.as_bytes())
        }
    }
}

/// The totals of a scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub lines: u64,
    pub messages: u64,
    pub sent: u64,
    pub deferred: u64,
    pub bounced: u64,
    pub expired: u64,
    pub rejected: u64,
    pub first: Option<Stamp>,
    pub last: Option<Stamp>,
    /// Lines longer than [`MAX_LINE`], cut there.
    pub long_lines: u64,
}

/// What a failure group is: the delivery and the diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupKey {
    pub delivery: Delivery,
    pub code: Option<u16>,
    pub enhanced: Option<String>,
    pub pattern: Option<String>,
}

/// The failures of one diagnosis.
#[derive(Debug, Clone)]
pub struct Group {
    pub key: GroupKey,
    /// The explanation of the first reply of the group (its code, pattern, who acts, the step).
    pub explanation: Option<Explanation>,
    pub count: u64,
    recipients: HashSet<u64>,
    domains: HashSet<u64>,
    pub first: Option<Stamp>,
    pub last: Option<Stamp>,
    /// The first line of the group, cleaned and shortened.
    pub example: String,
}

impl Group {
    pub fn recipients(&self) -> usize {
        self.recipients.len()
    }
    pub fn domains(&self) -> usize {
        self.domains.len()
    }
}

/// The deliveries to one remote domain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DomainCount {
    pub total: u64,
    pub failed: u64,
}

type Diagnosis = (
    Option<Explanation>,
    Option<u16>,
    Option<String>,
    Option<String>,
);

/// What a finished scan found, as plain data: the totals, the groups (largest first) and the
/// remote domains with the most deliveries.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub totals: Totals,
    pub groups: Vec<GroupSummary>,
    pub domains: Vec<(String, DomainCount)>,
}

/// One group of a [`Summary`].
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSummary {
    pub key: GroupKey,
    pub explanation: Option<Explanation>,
    pub count: u64,
    pub recipients: usize,
    pub domains: usize,
    pub first: Option<Stamp>,
    pub last: Option<Stamp>,
    pub example: String,
}

/// A scan in progress, fed block by block.
pub struct Scan<'k> {
    kb: &'k Knowledge,
    filter: Filter,
    markers: Markers,
    pub totals: Totals,
    groups: HashMap<(Delivery, u32), Group>,
    domains: HashMap<Box<[u8]>, DomainCount>,
    /// The diagnosis of each distinct reply seen, by the hash of its shape.
    cache: HashMap<u64, u32>,
    /// The distinct diagnoses: the explanation of the first reply, its code, enhanced code and
    /// recognised text.
    diagnoses: Vec<Diagnosis>,
    /// The queue ids with a delivery line.
    queued: HashSet<u64>,
    /// The recipients of each message still deferred, which an expiry names none of.
    waiting: HashMap<u64, Vec<Box<[u8]>>>,
    /// Replies waiting for the status line that judges them (Courier), by message and recipient.
    replies: HashMap<u64, Box<[u8]>>,
    /// The sender of each queued message, for the address filter.
    senders: HashMap<u64, Box<[u8]>>,
    years: Years,
    line: Vec<u8>,
    scratch: Vec<u8>,
}

/// Which kind of input a source is, from its first bytes.
enum Kind {
    Text,
    Journal(journal::Form),
}

impl<'k> Scan<'k> {
    /// A scan whose syslog lines without a year belong to `year`-`month` and before (the
    /// file's last change, or now).
    pub fn new(kb: &'k Knowledge, filter: Filter, year: i64, month: u32) -> Scan<'k> {
        Scan {
            kb,
            filter,
            markers: Markers::default(),
            totals: Totals::default(),
            groups: HashMap::default(),
            domains: HashMap::default(),
            cache: HashMap::default(),
            diagnoses: Vec::new(),
            queued: HashSet::default(),
            senders: HashMap::default(),
            replies: HashMap::default(),
            waiting: HashMap::default(),
            years: Years::new(year, month),
            line: Vec::new(),
            scratch: Vec::new(),
        }
    }

    /// Start a new source: its syslog years are counted from its own last change.
    pub fn next_source(&mut self, year: i64, month: u32) {
        self.years = Years::new(year, month);
    }

    /// Read a whole source, calling `progress` with the bytes read so far after each block.
    pub fn read(&mut self, mut input: impl Read, progress: &mut dyn FnMut(u64)) -> io::Result<()> {
        let mut buf = vec![0u8; 1 << 20];
        let mut filled = 0;
        let mut read_total = 0u64;
        let mut kind = None;
        let mut export = journal::Export::default();
        // A line longer than the buffer: its start was handled, the rest is skipped.
        let mut skipping = false;
        loop {
            let n = match input.read(&mut buf[filled..]) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            read_total += n as u64;
            let end = filled + n;
            if kind.is_none() && (end > 0 || n == 0) {
                kind = Some(match journal::sniff(&buf[..end.min(4096)]) {
                    Some(f) => Kind::Journal(f),
                    None => Kind::Text,
                });
            }
            let mut start = 0;
            while let Some(i) = memchr::memchr(b'\n', &buf[start..end]) {
                let line_end = start + i;
                if skipping {
                    skipping = false;
                } else {
                    let line = &buf[start..line_end.min(start + MAX_LINE)];
                    self.feed(&kind, &mut export, line.strip_suffix(b"\r").unwrap_or(line));
                }
                start = line_end + 1;
            }
            if n == 0 {
                // The last line, cut short without its newline.
                if start < end && !skipping {
                    self.feed(&kind, &mut export, &buf[start..end]);
                }
                if let Some(e) = export.finish() {
                    self.journal_entry(&e);
                }
                progress(read_total);
                return Ok(());
            }
            // Keep the unfinished line; one that fills the buffer is taken as it is and the
            // rest of it skipped.
            if start == 0 && end == buf.len() {
                // The start of the line counts it; what follows until its newline is skipped.
                if !skipping {
                    if let Some(Kind::Text) | None = kind {
                        self.text_line(&buf[..MAX_LINE.min(end)]);
                    }
                    self.totals.long_lines += 1;
                }
                skipping = true;
                filled = 0;
            } else {
                buf.copy_within(start..end, 0);
                filled = end - start;
            }
            progress(read_total);
        }
    }

    /// One line of a source, read as the source's kind says.
    fn feed(&mut self, kind: &Option<Kind>, export: &mut journal::Export, line: &[u8]) {
        match kind {
            Some(Kind::Journal(journal::Form::Json)) => self.journal_json(line),
            Some(Kind::Journal(journal::Form::Export)) => {
                if let Some(e) = export.line(line) {
                    self.journal_entry(&e);
                }
            }
            _ => self.text_line(line),
        }
    }

    fn journal_json(&mut self, line: &[u8]) {
        if let Some(e) = journal::json_entry(line) {
            self.journal_entry(&e);
        }
    }

    fn journal_entry(&mut self, e: &journal::Entry) {
        let mut line = std::mem::take(&mut self.line);
        let stamp = e.line(&mut line);
        self.totals.lines += 1;
        self.event_line(&line, &line, stamp);
        self.line = line;
    }

    /// One line of a text log: its time, then what it says.
    fn text_line(&mut self, line: &[u8]) {
        self.totals.lines += 1;
        let (stamp, rest) = if let Some((month, day, clock, rest)) = time::syslog(line) {
            (Some(self.years.stamp(month, day, clock)), rest)
        } else if let Some((t, rest)) = time::iso(line) {
            (Some(t), rest)
        } else if line.first() == Some(&b'<') {
            // RFC 5424: "<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG".
            match memchr::memchr(b' ', line)
                .and_then(|i| time::iso(&line[i + 1..]).map(|(t, r)| (t, i + 1 + r)))
            {
                Some((t, r)) => (Some(t), r),
                None => (None, 0),
            }
        } else {
            (None, 0)
        };
        // Exim's lines are parsed from their start, where its time is.
        let body = if time::iso(line).is_some() {
            line
        } else {
            &line[rest.min(line.len())..]
        };
        self.event_line(body, line, stamp);
    }

    /// What a line says (`body`: after its time, except Exim's), counted if it is in the window;
    /// `whole` is the line as the example shows it.
    fn event_line(&mut self, body: &[u8], whole: &[u8], stamp: Option<Stamp>) {
        if let Some(t) = stamp
            && (self.filter.since.is_some_and(|s| t < s)
                || self.filter.until.is_some_and(|u| t >= u))
        {
            return;
        }
        let line = body;
        let Some(event) = self.markers.event(line) else {
            return;
        };
        match event {
            Event::Sender { queue_id, sender } => {
                if self.filter.address.is_some() && self.senders.len() < MAX_QUEUED {
                    self.senders.insert(hash(queue_id), sender.into());
                }
            }
            // A queue id stays counted: processes log out of order, and a delivery line may
            // come after the message's "removed".
            Event::Removed { queue_id } => {
                self.senders.remove(&hash(queue_id));
            }
            Event::Reply {
                queue_id,
                recipient,
                reply,
            } => {
                if self.replies.len() < MAX_QUEUED {
                    self.replies
                        .insert(hash2(queue_id, recipient), reply.into());
                }
            }
            Event::Delivery {
                queue_id,
                recipients,
                delivery,
                dsn,
                relay: _,
                reply,
                sender,
            } => {
                // A status line without its reply (Courier's): the reply came on the line before.
                let remembered = if reply.is_empty() && delivery != Delivery::Sent {
                    self.replies.remove(&hash2(queue_id, recipients))
                } else {
                    None
                };
                let reply = remembered.as_deref().unwrap_or(reply);
                let qh = hash(queue_id);
                match delivery {
                    // The recipients still waiting are those an expiry gives up on.
                    Delivery::Deferred
                        if !queue_id.is_empty()
                            && (self.waiting.len() < MAX_QUEUED
                                || self.waiting.contains_key(&qh)) =>
                    {
                        let list = self.waiting.entry(qh).or_default();
                        for r in split_recipients(recipients) {
                            if !list.iter().any(|x| x[..] == *r) && list.len() < 64 {
                                list.push(r.into());
                            }
                        }
                    }
                    Delivery::Sent | Delivery::Bounced => {
                        if let Some(list) = self.waiting.get_mut(&qh) {
                            for r in split_recipients(recipients) {
                                list.retain(|x| x[..] != *r);
                            }
                        }
                    }
                    _ => {}
                }
                if delivery == Delivery::Expired
                    && recipients.is_empty()
                    && let Some(list) = self.waiting.remove(&qh)
                    && !list.is_empty()
                {
                    let joined = list.join(&b","[..]);
                    self.delivery(
                        whole, stamp, queue_id, &joined, delivery, dsn, reply, sender,
                    );
                    return;
                }
                self.delivery(
                    whole, stamp, queue_id, recipients, delivery, dsn, reply, sender,
                )
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn delivery(
        &mut self,
        line: &[u8],
        stamp: Option<Stamp>,
        queue_id: &[u8],
        recipients: &[u8],
        delivery: Delivery,
        dsn: Option<&[u8]>,
        reply: &[u8],
        sender: Option<&[u8]>,
    ) {
        let qh = hash(queue_id);
        if self.filter.address.is_some() {
            let sender = sender.or_else(|| self.senders.get(&qh).map(|s| &s[..]));
            let any = sender.is_some_and(|s| self.filter.address_matches(s))
                || split_recipients(recipients).any(|r| self.filter.address_matches(r));
            if !any {
                return;
            }
        }
        if let Some(t) = stamp {
            self.totals.first = Some(self.totals.first.map_or(t, |f| f.min(t)));
            self.totals.last = Some(self.totals.last.map_or(t, |l| l.max(t)));
        }
        if !queue_id.is_empty() && self.queued.len() < MAX_MESSAGES && self.queued.insert(qh) {
            self.totals.messages += 1;
        }
        let mut count = 0u64;
        for r in split_recipients(recipients) {
            count += 1;
            let domain = r.rsplit(|b| *b == b'@').next().unwrap_or(b"");
            if !domain.is_empty() {
                let failed = u64::from(delivery != Delivery::Sent);
                let key: &[u8] = if domain.iter().any(u8::is_ascii_uppercase) {
                    self.scratch.clear();
                    self.scratch
                        .extend(domain.iter().map(u8::to_ascii_lowercase));
                    &self.scratch
                } else {
                    domain
                };
                let full = self.domains.len() >= MAX_DOMAINS;
                if let Some(d) = self.domains.get_mut(key) {
                    d.total += 1;
                    d.failed += failed;
                } else if !full {
                    self.domains
                        .insert(key.into(), DomainCount { total: 1, failed });
                }
            }
        }
        // An expiry (Postfix's qmgr) names no recipient: it counts once.
        let count = count.max(1);
        let t = &mut self.totals;
        match delivery {
            Delivery::Sent => {
                t.sent += count;
                return;
            }
            Delivery::Deferred => t.deferred += count,
            Delivery::Bounced => t.bounced += count,
            Delivery::Expired => t.expired += count,
            Delivery::Rejected => t.rejected += count,
        }
        let diag = self.diagnosis(reply, dsn);
        let example =
            || sanitize::truncate(&sanitize::clean(&String::from_utf8_lossy(line), false), 400);
        // The group of this delivery and diagnosis, found without allocating once it exists.
        let group = match self.groups.get_mut(&(delivery, diag)) {
            Some(g) => g,
            None => {
                let (explanation, code, enhanced, pattern) = self.diagnoses[diag as usize].clone();
                self.groups.entry((delivery, diag)).or_insert(Group {
                    key: GroupKey {
                        delivery,
                        code,
                        enhanced,
                        pattern,
                    },
                    explanation,
                    count: 0,
                    recipients: HashSet::default(),
                    domains: HashSet::default(),
                    first: None,
                    last: None,
                    example: example(),
                })
            }
        };
        group.count += count;
        for r in split_recipients(recipients) {
            if group.recipients.len() < MAX_DISTINCT {
                group.recipients.insert(hash_lower(r));
            }
            let domain = r.rsplit(|b| *b == b'@').next().unwrap_or(b"");
            if !domain.is_empty() && group.domains.len() < MAX_DISTINCT {
                group.domains.insert(hash_lower(domain));
            }
        }
        if let Some(t) = stamp {
            group.first = Some(group.first.map_or(t, |f| f.min(t)));
            group.last = Some(group.last.map_or(t, |l| l.max(t)));
        }
    }

    /// The diagnosis of a reply, computed once for each distinct shape of it (the ids and times
    /// that differ from one reply to the next left out): an index into `diagnoses`, one for each
    /// distinct code, enhanced code and recognised text.
    fn diagnosis(&mut self, reply: &[u8], dsn: Option<&[u8]>) -> u32 {
        let shape = shape_hash(reply, dsn);
        if let Some(d) = self.cache.get(&shape) {
            return *d;
        }
        let text = String::from_utf8_lossy(reply);
        let mut e = explain::explain(self.kb, &text).ok();
        if e.is_none()
            && let Some(d) = dsn
        {
            // No code in the words (a connection that timed out): the dsn= is the evidence.
            let with = format!("{} {text}", String::from_utf8_lossy(d));
            e = explain::explain(self.kb, &with).ok();
        }
        // The codes are the log's own: the reply's, else the dsn= of the line; a recognised
        // text's usual code is its explanation, not evidence.
        let own = crate::reply::parse(&text).ok();
        let code = own.as_ref().and_then(|r| r.code.map(u16::from));
        let enhanced = dsn
            .map(|d| sanitize::clean(&String::from_utf8_lossy(d), false))
            .or_else(|| own.as_ref().and_then(|r| r.enhanced.map(|x| x.to_string())));
        let pattern = e.as_ref().and_then(|e| e.pattern.clone());
        let id = match self
            .diagnoses
            .iter()
            .position(|(_, c, x, p)| *c == code && *x == enhanced && *p == pattern)
        {
            Some(i) => i as u32,
            None => {
                self.diagnoses.push((e, code, enhanced, pattern));
                (self.diagnoses.len() - 1) as u32
            }
        };
        if self.cache.len() < MAX_CACHED {
            self.cache.insert(shape, id);
        }
        id
    }

    /// What the scan found, as plain data.
    pub fn summary(&self, domains: usize) -> Summary {
        Summary {
            totals: self.totals.clone(),
            groups: self
                .groups()
                .into_iter()
                .map(|g| GroupSummary {
                    key: g.key.clone(),
                    explanation: g.explanation.clone(),
                    count: g.count,
                    recipients: g.recipients(),
                    domains: g.domains(),
                    first: g.first,
                    last: g.last,
                    example: g.example.clone(),
                })
                .collect(),
            domains: self.top_domains(domains),
        }
    }

    /// The groups, the largest first.
    pub fn groups(&self) -> Vec<&Group> {
        let mut g: Vec<&Group> = self.groups.values().collect();
        g.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        g
    }

    /// The remote domains with the most deliveries, and their failures.
    pub fn top_domains(&self, n: usize) -> Vec<(String, DomainCount)> {
        let mut d: Vec<(&Box<[u8]>, &DomainCount)> = self.domains.iter().collect();
        d.sort_by(|a, b| b.1.total.cmp(&a.1.total).then_with(|| a.0.cmp(b.0)));
        d.into_iter()
            .take(n)
            .map(|(k, v)| {
                (
                    sanitize::clean(&String::from_utf8_lossy(k), false),
                    v.clone(),
                )
            })
            .collect()
    }
}

/// The recipients of a delivery line: one, or Sendmail's `<a>,<b>`.
fn split_recipients(r: &[u8]) -> impl Iterator<Item = &[u8]> {
    r.split(|b| *b == b',')
        .map(|x| x.trim_ascii().trim_ascii_start())
        .map(|x| x.strip_prefix(b"<").unwrap_or(x))
        .map(|x| x.strip_suffix(b">").unwrap_or(x))
        .filter(|x| !x.is_empty())
}

fn hash(b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    b.hash(&mut h);
    h.finish()
}

fn hash2(a: &[u8], b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    a.hash(&mut h);
    b.hash(&mut h);
    h.finish()
}

fn hash_lower(b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    for c in b {
        c.to_ascii_lowercase().hash(&mut h);
    }
    h.finish()
}

/// The hash of a reply's shape: its words, with those that vary from one reply to the next (ids
/// that mix letters and digits, addresses, hosts, IP addresses, times and sizes) left out, and
/// the reply codes kept, so that the same rejection with another id is explained once.
fn shape_hash(reply: &[u8], dsn: Option<&[u8]>) -> u64 {
    let mut h = FxHasher::default();
    dsn.hash(&mut h);
    for word in reply.split(|b| *b == b' ') {
        if !varies(word) || is_code(word) {
            word.hash(&mut h);
        }
    }
    h.finish()
}

/// A reply code (`550`, `550-5.7.1`) or an enhanced code (`5.7.1`), with its punctuation.
fn is_code(word: &[u8]) -> bool {
    let w = word.trim_ascii_end();
    let w = w
        .strip_suffix(b",")
        .or_else(|| w.strip_suffix(b":"))
        .unwrap_or(w);
    // d.ddd.ddd: one digit, a dot, then two groups of one to three digits.
    let enhanced = |e: &[u8]| {
        if e.len() < 5 || !e[0].is_ascii_digit() || e[1] != b'.' {
            return false;
        }
        let mut parts = e[2..].split(|b| *b == b'.');
        let ok = |p: Option<&[u8]>| {
            p.is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.iter().all(u8::is_ascii_digit))
        };
        ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
    };
    let basic = |c: &[u8]| c.len() == 3 && c.iter().all(u8::is_ascii_digit);
    basic(w)
        || enhanced(w)
        || (w.len() > 4 && basic(&w[..3]) && matches!(w[3], b'-' | b' ') && enhanced(&w[4..]))
}

fn varies(word: &[u8]) -> bool {
    let digits = word.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = word.iter().any(u8::is_ascii_alphabetic);
    (digits > 0 && letters) || digits > 3 || word.contains(&b'@') || word.contains(&b'[')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_that_differ_only_in_their_ids_have_one_shape() {
        let a = b"host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.7.25 [192.0.2.10] The IP address sending this message does not have a PTR record setup. x1si123456abc.12 - gsmtp";
        let b = b"host gmail-smtp-in.l.google.com[142.250.9.9] said: 550-5.7.25 [192.0.2.77] The IP address sending this message does not have a PTR record setup. y7si99zz.3 - gsmtp";
        assert_eq!(shape_hash(a, None), shape_hash(b, None));
        let c = b"host gmail-smtp-in.l.google.com[142.250.9.9] said: 550-5.7.26 [192.0.2.77] The IP address sending this message does not have a PTR record setup. y7si99zz.3 - gsmtp";
        assert_ne!(shape_hash(a, None), shape_hash(c, None), "the code is kept");
    }

    #[test]
    fn codes_are_told_from_ids() {
        for w in ["550", "550-5.7.1", "5.7.25", "421", "4.4.1,"] {
            assert!(is_code(w.as_bytes()), "{w}");
        }
        for w in ["x1si123", "2026", "1.2.3.4"] {
            assert!(!is_code(w.as_bytes()), "{w}");
        }
    }
}
