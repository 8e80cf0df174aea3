//! `mailwiz codes`: the catalogue grouped by class, or with `--enhanced` the registry's enhanced
//! status codes grouped by subject.

use std::io::Write;

use super::args::Format;
use super::json::{self, JsonEnhanced, JsonExplanation};
use super::text::Output;
use crate::error::Error;
use crate::explain::{self, Explanation};
use crate::i18n::{Msg, Tr};
use crate::knowledge::Knowledge;
use crate::present::explanation::Words;

/// The indents of a listed code's continuation lines.
const CODE_INDENT: &str = "       ";
const ENHANCED_INDENT: &str = "          ";

/// `mailwiz codes`: every code of the catalogue.
pub fn run_codes(
    kb: &Knowledge,
    tr: Tr,
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let all: Vec<Explanation> = kb
        .catalogue
        .codes
        .iter()
        .filter_map(|c| explain::explain(kb, &c.code.to_string()).ok())
        .collect();
    let mut text = String::new();
    match format {
        Format::Json => {
            for e in &all {
                text.push_str(&json::line(&JsonExplanation::of(e, kb, tr)));
            }
        }
        Format::Text => {
            let heading = tr.say(Msg::CodesHeading { count: all.len() });
            text.push_str(&opts.paint(&heading, None, true));
            text.push('\n');
            let mut current = None;
            for e in &all {
                if current != Some(e.class) {
                    current = Some(e.class);
                    let h = tr.say(Msg::CodesClassHeading {
                        class: tr.class_name(e.class),
                        digit: e.class.digit(),
                    });
                    text.push('\n');
                    text.push_str(&opts.paint(&h, Some(e.class), true));
                    text.push('\n');
                }
                let words = Words::of(e, kb, tr);
                let line = format!("  {}  {}", words.heading, words.summary);
                wrap_into(&mut text, &line, opts, CODE_INDENT);
            }
        }
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// `mailwiz codes --enhanced`: the registry's enhanced status codes.
pub fn run_enhanced(
    kb: &Knowledge,
    tr: Tr,
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let mut text = String::new();
    if format == Format::Text {
        let heading = tr.say(Msg::EnhancedHeading {
            count: kb.catalogue.enhanced.len(),
        });
        for l in textwrap::wrap(&heading, opts.width) {
            text.push_str(&opts.paint(&l, None, true));
            text.push('\n');
        }
    }
    let mut current = None;
    for e in &kb.catalogue.enhanced {
        let json = JsonEnhanced::of(e, tr);
        match format {
            Format::Json => text.push_str(&json::line(&json)),
            Format::Text => {
                if current != Some(e.subject) {
                    current = Some(e.subject);
                    text.push('\n');
                    let h = format!("X.{}  {}", e.subject, json.subject);
                    text.push_str(&opts.paint(&h, None, true));
                    text.push('\n');
                }
                let line = format!("  {:<7} {}", json.enhanced, json.enhanced_summary);
                wrap_into(&mut text, &line, opts, ENHANCED_INDENT);
            }
        }
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

fn wrap_into(text: &mut String, line: &str, opts: Output, indent: &str) {
    let options = textwrap::Options::new(opts.width).subsequent_indent(indent);
    for l in textwrap::wrap(line, options) {
        text.push_str(&l);
        text.push('\n');
    }
}
