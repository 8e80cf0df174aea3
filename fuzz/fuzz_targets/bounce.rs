//! Any bytes as a pasted or filed message: the MIME, delivery-status and report-text reader never
//! panics, never names more than its bound of recipients, and every recipient's diagnosis
//! explains without panicking.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mailwiz::bounce::{self, MAX_RECIPIENTS};
use mailwiz::knowledge::Knowledge;

static KB: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::embedded().expect("the embedded data loads"));

fuzz_target!(|data: &[u8]| {
    let _ = bounce::is_message(&String::from_utf8_lossy(data));
    if let Some(b) = bounce::read(data) {
        assert!(b.recipients.len() <= MAX_RECIPIENTS);
        for r in &b.recipients {
            let _ = bounce::diagnose(&KB, r);
        }
    }
});
