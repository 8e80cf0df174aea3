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
/// every one that failed. The inputs are explained twice, once to find failures and once to
/// print, so that what is held at a time is one explanation, however many inputs there are.
pub fn run(
    kb: &Knowledge,
    tr: Tr,
    words: &[String],
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let inputs = group_inputs(words);
    let failed: Vec<_> = inputs
        .iter()
        .filter_map(|input| explain::explain(kb, input).err())
        .collect();
    if !failed.is_empty() {
        return Err(Error::Unexplained(failed));
    }
    let mut out = std::io::BufWriter::new(out);
    for (i, input) in inputs.iter().enumerate() {
        let Ok(e) = explain::explain(kb, input) else {
            continue;
        };
        let text = match format {
            Format::Json => json::line(&JsonExplanation::of(&e, kb, tr)),
            Format::Text if i > 0 => format!("\n{}", render_text(&e, kb, tr, opts)),
            Format::Text => render_text(&e, kb, tr, opts),
        };
        out.write_all(text.as_bytes()).map_err(Error::Output)?;
    }
    out.flush().map_err(Error::Output)
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
