//! `mailwiz check TARGET...`: the live checks on the command line. Each finding is printed as soon
//! as it is known: a block of text per target, or a JSON object per finding (JSON Lines).

use std::io::Write;

use serde::Serialize;

use super::args::Format;
use super::text::{HANGING, Output};
use crate::checks::{self, Check, Finding, Protocol, Settings, Status, Target};
use crate::error::Error;
use crate::i18n::Tr;
use crate::knowledge::Knowledge;
use crate::knowledge::flow::About;
use crate::smtp::Class;

/// One finding of `check --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonFinding {
    pub target: String,
    pub check: &'static str,
    /// The blocklist zone or DKIM selector, where one check has several findings.
    pub subject: Option<String>,
    pub status: &'static str,
    /// The queries and answers, or the conversation with the server, one line each.
    pub evidence: String,
    pub summary: String,
    /// The wizard step this check answers.
    pub step: Option<String>,
    pub lang: &'static str,
}

/// The wizard step a check answers: the first node in the flow whose probe names it and looks
/// at this kind of target.
pub fn step_of(kb: &Knowledge, check: Check, target: &Target) -> Option<String> {
    let fits = |about: About| match target {
        Target::Ip(_) => about == About::Ip,
        Target::Domain(_) => matches!(about, About::Domain | About::Recipient),
        Target::MailServer { .. } => about == About::RecipientMx,
        // The provider's servers are evidence beside the settings steps.
        Target::Server { protocol, .. } => match protocol {
            Protocol::Submission | Protocol::Smtps => about == About::ProviderSmtp,
            Protocol::Imap | Protocol::Imaps => about == About::ProviderImap,
            _ => false,
        },
    };
    kb.flow
        .nodes
        .iter()
        .find(|n| {
            n.probe()
                .is_some_and(|p| fits(p.about) && p.checks.iter().any(|c| c == check.as_str()))
        })
        .map(|n| n.id.clone())
}

/// Run the checks of every target, printing as they come. Every check that ran is a success,
/// whatever it found.
pub fn run(
    kb: &Knowledge,
    tr: Tr,
    targets: &[Target],
    settings: &Settings,
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    for (i, target) in targets.iter().enumerate() {
        if format == Format::Text {
            let mut head = String::new();
            if i > 0 {
                head.push('\n');
            }
            head.push_str(&opts.paint(&target.label(), None, true));
            head.push('\n');
            out.write_all(head.as_bytes()).map_err(Error::Output)?;
        }
        let mut failed = None;
        let mut print = |f: Finding| {
            if failed.is_some() {
                return;
            }
            let text = match format {
                Format::Json => json_line(kb, tr, target, &f),
                Format::Text => text_block(tr, &f, opts),
            };
            if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                failed = Some(e);
            }
        };
        checks::run(target, settings, &mut print, &|| false);
        if let Some(e) = failed {
            return Err(Error::Output(e));
        }
    }
    Ok(())
}

fn json_line(kb: &Knowledge, tr: Tr, target: &Target, f: &Finding) -> String {
    let j = JsonFinding {
        target: f.target.clone(),
        check: f.check.as_str(),
        subject: f.subject.clone(),
        status: f.status.as_str(),
        evidence: f.evidence.join("\n"),
        summary: f.summary(&tr),
        step: step_of(kb, f.check, target),
        lang: tr.lang().code(),
    };
    let mut line = serde_json::to_string(&j).unwrap_or_default();
    line.push('\n');
    line
}

/// The colour of a status, as the reply classes have theirs.
fn class_of(status: Status) -> Option<Class> {
    match status {
        Status::Ok => Some(Class::Positive),
        Status::Warn => Some(Class::Transient),
        Status::Fail => Some(Class::Permanent),
        Status::Error | Status::Skipped => None,
    }
}

fn text_block(tr: Tr, f: &Finding, opts: Output) -> String {
    let mut out = String::new();
    let name = match &f.subject {
        Some(s) => format!("{} {s}", f.check),
        None => f.check.to_string(),
    };
    let lead = format!("  {}: ", tr.say(f.status.label()));
    let line = format!("{lead}{name}: {}", f.summary(&tr));
    let options = textwrap::Options::new(opts.width)
        .subsequent_indent(HANGING)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for (i, l) in textwrap::wrap(&line, options).iter().enumerate() {
        match l.strip_prefix(lead.trim_end()).filter(|_| i == 0) {
            Some(rest) => {
                out.push_str(&opts.paint(lead.trim_end(), class_of(f.status), true));
                out.push_str(rest);
            }
            None => out.push_str(l),
        }
        out.push('\n');
    }
    for e in &f.evidence {
        let options = textwrap::Options::new(opts.width)
            .initial_indent("      ")
            .subsequent_indent("        ")
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for l in textwrap::wrap(e, options) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}
