//! `mailwiz explain`: each input explained, as text or JSON Lines.

use std::io::Write;

use super::args::{Format, group_inputs};
use super::json::{self, JsonExplanation};
use super::text::{HANGING, Output};
use crate::error::Error;
use crate::explain::{self, Explanation};
use crate::i18n::Tr;
use crate::knowledge::Knowledge;
use crate::present::explanation::Words;

/// Explain every input. If any cannot be explained, nothing goes to stdout and the error lists
/// every one that failed.
pub fn run(
    kb: &Knowledge,
    tr: Tr,
    words: &[String],
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let mut explained = Vec::new();
    let mut failed = Vec::new();
    for input in group_inputs(words) {
        match explain::explain(kb, &input) {
            Ok(e) => explained.push(e),
            Err(e) => failed.push(e),
        }
    }
    if !failed.is_empty() {
        return Err(Error::Unexplained(failed));
    }
    let mut text = String::new();
    for (i, e) in explained.iter().enumerate() {
        match format {
            Format::Json => text.push_str(&json::line(&JsonExplanation::of(e, kb, tr))),
            Format::Text => {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str(&render_text(e, kb, tr, opts));
            }
        }
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// The text form of one explanation: the heading and summary, then the fields in the one order
/// the code screen shows them.
pub fn render_text(e: &Explanation, kb: &Knowledge, tr: Tr, opts: Output) -> String {
    let words = Words::of(e, kb, tr);
    let mut out = String::new();
    let head = format!("{} · {}", words.heading, words.summary);
    opts.lead_line(&mut out, &head, &words.heading, Some(e.class), HANGING);
    for shown in words.fields(e, tr) {
        opts.field(&mut out, &shown.label, &shown.value);
    }
    out
}
