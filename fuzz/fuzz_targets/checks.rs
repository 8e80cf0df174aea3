//! Any bytes as what the live checks read from outside: a TXT record as SPF, DMARC and DKIM, a
//! target or resolver typed on the command line, and a mail server's side of a conversation for
//! each protocol. Nothing panics, and nothing from outside reaches the evidence unclean.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mailwiz::checks::{self, Protocol, Target, dkim, dmarc, spf};

const PROTOCOLS: [Protocol; 7] = [
    Protocol::Smtp,
    Protocol::Submission,
    Protocol::Smtps,
    Protocol::Imap,
    Protocol::Imaps,
    Protocol::Pop3,
    Protocol::Pop3s,
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(r) = spf::parse(&text) {
        let _ = (r.all(), r.lookups(), r.includes().count());
    }
    let _ = dmarc::parse(&text);
    let _ = dkim::parse(&text);
    if let Ok(t) = Target::parse(&text) {
        let _ = (t.label(), t.host());
    }
    let _ = checks::parse_resolver(&text);
    let _ = checks::domain_name(&text);
    let protocol = PROTOCOLS[data.first().map_or(0, |b| *b as usize % PROTOCOLS.len())];
    for f in checks::replay(protocol, data) {
        for line in &f.evidence {
            assert!(!line.chars().any(|c| c == '\u{1b}' || c == '\u{7}'));
        }
    }
});
