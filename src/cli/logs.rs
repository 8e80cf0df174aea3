//! `mailwiz logs [FILE...]`: what the mail log says, read for the user: the totals, the failures
//! grouped by diagnosis with what fixes them, and the remote domains; as text or JSON Lines.

use std::io::Write;

use serde::Serialize;

use super::args::Format;
use super::text::{HANGING, Output};
use crate::diagnose;
use crate::error::Error;
use crate::i18n::{Msg, Tr};
use crate::knowledge::Knowledge;
use crate::maillog::time::format as when;
use crate::maillog::{Delivery, Group, Scan};
use crate::present::explanation::Words;
use crate::smtp::Reason;

/// How many remote domains are listed.
pub const TOP_DOMAINS: usize = 10;

/// The delivery in words.
pub(crate) fn delivery_msg(d: Delivery) -> Msg {
    match d {
        Delivery::Sent => Msg::LogsSent,
        Delivery::Deferred => Msg::LogsDeferred,
        Delivery::Bounced => Msg::LogsBounced,
        Delivery::Expired => Msg::LogsExpired,
        Delivery::Rejected => Msg::LogsRejected,
    }
}

fn stamp(t: Option<i64>) -> String {
    t.map(when).unwrap_or_else(|| "-".into())
}

/// Print what a finished scan found.
pub fn print(
    kb: &Knowledge,
    tr: Tr,
    scan: &Scan,
    files: &[String],
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let text = match format {
        Format::Json => json_lines(kb, tr, scan, files),
        Format::Text => text(kb, tr, scan, files, opts),
    };
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Error::Output)
}

fn reason_of(kb: &Knowledge, g: &Group) -> Option<Reason> {
    g.explanation.as_ref().map(|e| diagnose::reason_of(kb, e))
}

/// The first line of `logs --format json`.
#[derive(Serialize)]
struct JsonTotals<'a> {
    kind: &'static str,
    files: &'a [String],
    lines: u64,
    messages: u64,
    sent: u64,
    deferred: u64,
    bounced: u64,
    expired: u64,
    rejected: u64,
    first: Option<String>,
    last: Option<String>,
    /// Lines longer than the reader looks at, cut there.
    long_lines: u64,
    lang: &'static str,
}

/// One failure group of `logs --format json`.
#[derive(Serialize)]
struct JsonGroup<'a> {
    kind: &'static str,
    delivery: &'static str,
    reason: Option<&'static str>,
    code: Option<u16>,
    enhanced: Option<&'a str>,
    pattern: Option<&'a str>,
    who: Option<crate::knowledge::Who>,
    summary: Option<String>,
    action: Option<String>,
    step: Option<&'a str>,
    count: u64,
    recipients: usize,
    domains: usize,
    first: Option<String>,
    last: Option<String>,
    example: &'a str,
    lang: &'static str,
}

/// One remote domain of `logs --format json`.
#[derive(Serialize)]
struct JsonDomain {
    kind: &'static str,
    domain: String,
    total: u64,
    failed: u64,
}

fn json_lines(kb: &Knowledge, tr: Tr, scan: &Scan, files: &[String]) -> String {
    let t = &scan.totals;
    let lang = tr.lang().code();
    let mut out = String::new();
    let mut push = |v: &dyn erased::Json| {
        out.push_str(&v.json());
        out.push('\n');
    };
    push(&JsonTotals {
        kind: "totals",
        files,
        lines: t.lines,
        messages: t.messages,
        sent: t.sent,
        deferred: t.deferred,
        bounced: t.bounced,
        expired: t.expired,
        rejected: t.rejected,
        first: t.first.map(when),
        last: t.last.map(when),
        long_lines: t.long_lines,
        lang,
    });
    for g in scan.groups() {
        let words = g.explanation.as_ref().map(|e| Words::of(e, kb, tr));
        let (pattern_summary, pattern_action) = words.as_ref().and_then(|w| w.note.clone()).unzip();
        push(&JsonGroup {
            kind: "group",
            delivery: g.key.delivery.as_str(),
            reason: reason_of(kb, g).map(Reason::as_str),
            code: g.key.code,
            enhanced: g.key.enhanced.as_deref(),
            pattern: g.key.pattern.as_deref(),
            who: words.as_ref().and_then(|w| w.who_kind),
            summary: pattern_summary.or_else(|| words.as_ref().map(|w| w.summary.clone())),
            action: pattern_action.or_else(|| words.as_ref().map(|w| w.action.clone())),
            step: g.explanation.as_ref().and_then(|e| e.node.as_deref()),
            count: g.count,
            recipients: g.recipients(),
            domains: g.domains(),
            first: g.first.map(when),
            last: g.last.map(when),
            example: &g.example,
            lang,
        });
    }
    for (domain, d) in scan.top_domains(TOP_DOMAINS) {
        push(&JsonDomain {
            kind: "domain",
            domain,
            total: d.total,
            failed: d.failed,
        });
    }
    out
}

/// JSON objects of different types through one function.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

fn text(kb: &Knowledge, tr: Tr, scan: &Scan, files: &[String], opts: Output) -> String {
    let t = &scan.totals;
    let mut out = String::new();
    let line = |out: &mut String, s: &str, indent: &str| {
        let hanging = format!("{indent}{HANGING}");
        let o = textwrap::Options::new(opts.width)
            .initial_indent(indent)
            .subsequent_indent(&hanging)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for l in textwrap::wrap(s, o) {
            out.push_str(&l);
            out.push('\n');
        }
    };
    let heading = tr.say(Msg::LogsHeading {
        files: files.join(", "),
    });
    out.push_str(&opts.paint(&heading, None, true));
    out.push('\n');
    line(
        &mut out,
        &tr.say(Msg::LogsTotals {
            lines: t.lines as usize,
            messages: t.messages as usize,
            first: stamp(t.first),
            last: stamp(t.last),
        }),
        "",
    );
    line(
        &mut out,
        &tr.say(Msg::LogsCounts {
            sent: t.sent as usize,
            deferred: t.deferred as usize,
            bounced: t.bounced as usize,
            expired: t.expired as usize,
            rejected: t.rejected as usize,
        }),
        "",
    );
    let groups = scan.groups();
    if t.sent + t.deferred + t.bounced + t.expired + t.rejected == 0 {
        out.push('\n');
        line(&mut out, &tr.say(Msg::LogsNothing), "");
        return out;
    }
    if !groups.is_empty() {
        out.push('\n');
        out.push_str(&opts.paint(&tr.say(Msg::LogsGroups), None, true));
        out.push('\n');
    }
    for g in groups {
        out.push('\n');
        let head = tr.say(Msg::LogsGroup {
            delivery: tr.say(delivery_msg(g.key.delivery)),
            count: g.count as usize,
            recipients: g.recipients(),
            domains: g.domains(),
            first: stamp(g.first),
            last: stamp(g.last),
        });
        let class = match g.key.delivery {
            Delivery::Deferred => Some(crate::smtp::Class::Transient),
            _ => Some(crate::smtp::Class::Permanent),
        };
        out.push_str(&opts.paint(&head, class, true));
        out.push('\n');
        if let Some(e) = &g.explanation {
            let w = Words::of(e, kb, tr);
            line(&mut out, &w.lead(" · "), "  ");
            let action = w.note.as_ref().map_or(w.action.clone(), |(_, a)| a.clone());
            line(
                &mut out,
                &format!("{}: {action}", tr.say(Msg::LabelAction)),
                "  ",
            );
            if let Some((step, scenario)) = &w.step {
                line(
                    &mut out,
                    &format!("{}: {scenario} › {step}", tr.say(Msg::LabelStep)),
                    "  ",
                );
            }
        }
        line(
            &mut out,
            &format!("{}: {}", tr.say(Msg::LogsExample), g.example),
            "  ",
        );
    }
    let domains = scan.top_domains(TOP_DOMAINS);
    if !domains.is_empty() {
        out.push('\n');
        out.push_str(&opts.paint(&tr.say(Msg::LogsDomains), None, true));
        out.push('\n');
        for (domain, d) in domains {
            line(
                &mut out,
                &tr.say(Msg::LogsDomain {
                    domain,
                    total: d.total as usize,
                    failed: d.failed as usize,
                }),
                "  ",
            );
        }
    }
    out
}
