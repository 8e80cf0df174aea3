//! Any bytes as a mail log: the reader (every mail server's wording, syslog, RFC 3339 and Exim
//! times, journald's JSON and export forms) never panics, counts each line at most once, and no
//! group's example carries an escape sequence.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mailwiz::knowledge::Knowledge;
use mailwiz::maillog::{Filter, Scan};

static KB: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::embedded().expect("the embedded data loads"));

fuzz_target!(|data: &[u8]| {
    let mut scan = Scan::new(&KB, Filter::default(), 2026, 12);
    scan.read(data, &mut |_| {})
        .expect("reading from memory cannot fail");
    let lines = data.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    assert!(scan.totals.lines <= lines);
    for g in scan.summary(5).groups {
        assert!(!g.example.contains('\u{1b}'));
    }
});
