//! `mailwiz explain`: each input explained, as text or JSON Lines.

use std::io::Write;

use super::args::{Format, group_inputs};
use super::json::{self, JsonExplanation, JsonRecipient};
use super::text::{HANGING, Output};
use crate::bounce;
use crate::diagnose::{self, Diagnosis};
use crate::error::Error;
use crate::explain::{self, Explanation};
use crate::i18n::{Msg, Tr};
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
    let head = words.lead(" · ");
    opts.lead_line(&mut out, &head, &words.heading, Some(e.class), HANGING);
    for shown in words.fields(e, tr) {
        opts.field(&mut out, &shown.label, &shown.value);
    }
    out
}

/// What a bounce message comes to: its recipients' diagnoses, or, for a report that is no
/// failure, its reason, or, when it names no recipient, its text explained as one reply.
enum Read {
    Recipients(Vec<Diagnosis>),
    NotAFailure(crate::smtp::Reason),
    AsReply(Explanation),
}

fn read_message(kb: &Knowledge, bytes: &[u8]) -> Result<Read, explain::ExplainError> {
    if let Some(b) = bounce::read(bytes) {
        if !b.recipients.is_empty() {
            return Ok(Read::Recipients(diagnose::diagnose(kb, &b)));
        }
        if let Some(reason) = diagnose::kind_reason(b.kind) {
            return Ok(Read::NotAFailure(reason));
        }
    }
    explain::explain(kb, &String::from_utf8_lossy(bytes)).map(Read::AsReply)
}

/// Explain the words given, then whole bounce messages, recipient by recipient. As with replies,
/// nothing goes to stdout if anything cannot be explained.
pub fn run_all(
    kb: &Knowledge,
    tr: Tr,
    words: &[String],
    messages: &[Vec<u8>],
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let mut failed: Vec<_> = group_inputs(words)
        .iter()
        .filter_map(|input| explain::explain(kb, input).err())
        .collect();
    failed.extend(messages.iter().filter_map(|m| read_message(kb, m).err()));
    if !failed.is_empty() {
        return Err(Error::Unexplained(failed));
    }
    if !words.is_empty() {
        run(kb, tr, words, format, out, opts)?;
        if messages.is_empty() {
            return Ok(());
        }
        if format == Format::Text {
            out.write_all(b"\n").map_err(Error::Output)?;
        }
    }
    let mut out = std::io::BufWriter::new(out);
    for (i, m) in messages.iter().enumerate() {
        let Ok(read) = read_message(kb, m) else {
            continue;
        };
        let text = match format {
            Format::Json => match &read {
                Read::Recipients(ds) => ds
                    .iter()
                    .map(|d| json::line(&JsonRecipient::of(d, kb, tr)))
                    .collect(),
                Read::NotAFailure(reason) => json::line(&serde_json::json!({
                    "recipient": null,
                    "reason": reason.as_str(),
                    "hard": false,
                    "summary": tr.reason(*reason),
                    "lang": tr.lang().code(),
                })),
                Read::AsReply(e) => json::line(&JsonExplanation::of(e, kb, tr)),
            },
            Format::Text => {
                let mut text = if i > 0 {
                    "\n".to_string()
                } else {
                    String::new()
                };
                text.push_str(&render_read(&read, kb, tr, opts));
                text
            }
        };
        out.write_all(text.as_bytes()).map_err(Error::Output)?;
    }
    out.flush().map_err(Error::Output)
}

fn render_read(read: &Read, kb: &Knowledge, tr: Tr, opts: Output) -> String {
    let mut out = String::new();
    match read {
        Read::NotAFailure(reason) => opts.field(
            &mut out,
            &tr.say(Msg::LabelReason),
            &format!("{} ({})", tr.reason(*reason), reason.as_str()),
        ),
        Read::AsReply(e) => {
            out.push_str(&tr.say(Msg::NoRecipient));
            out.push('\n');
            out.push_str(&render_text(e, kb, tr, opts));
        }
        Read::Recipients(ds) => {
            let failed = ds
                .iter()
                .filter(|d| d.recipient.delivery == bounce::Delivery::Failed)
                .count();
            if failed > 0 {
                let heading = tr.say(Msg::RecipientsFailed { count: failed });
                out.push_str(&opts.paint(&heading, None, true));
                out.push('\n');
            }
            for d in ds {
                out.push('\n');
                let address = crate::sanitize::truncate(
                    &crate::sanitize::clean(&d.recipient.address, false),
                    200,
                );
                opts.field(&mut out, &tr.say(Msg::LabelRecipient), &address);
                match &d.explanation {
                    Some(e) => out.push_str(&render_text(e, kb, tr, opts)),
                    None => {
                        if let Some(words) = &d.recipient.diagnostic {
                            let words = crate::sanitize::truncate(
                                &crate::sanitize::clean(words, false),
                                300,
                            );
                            opts.field(&mut out, &tr.say(Msg::LabelDiagnostic), &words);
                        }
                    }
                }
                let reason = format!("{} ({})", tr.reason(d.reason), d.reason.as_str());
                opts.field(&mut out, &tr.say(Msg::LabelReason), &reason);
                if let Some(server) = &d.recipient.remote_mta {
                    let server =
                        crate::sanitize::truncate(&crate::sanitize::clean(server, false), 200);
                    opts.field(&mut out, &tr.say(Msg::LabelServer), &server);
                }
            }
        }
    }
    out
}
