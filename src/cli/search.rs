//! `mailwiz search`: the wizard's lookup on the command line. The words are one query, searched
//! in the reply codes, the enhanced status codes and the recognised rejection texts, ranked as the
//! lookup ranks them; a row per result, or a JSON object per result.

use std::io::Write;

use serde::Serialize;

use super::args::Format;
use super::json;
use super::text::Output;
use crate::error::Error;
use crate::i18n::Tr;
use crate::knowledge::Knowledge;
use crate::search::{Hit, ItemKind, SearchIndex};
use crate::smtp::{Class, ReplyCode};

/// One result of `search --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonHit {
    /// `code`, `enhanced` or `pattern`.
    pub kind: &'static str,
    /// The reply code: the result's own, or the one a recognised text is explained as.
    pub code: Option<ReplyCode>,
    /// The enhanced code: the result's own (with the class digit the query gave, else 5), or the
    /// one a recognised text is explained as.
    pub enhanced: Option<String>,
    /// The id of a recognised text (`greylisting`).
    pub pattern: Option<String>,
    pub class: Class,
    /// What the result means, in the language asked for.
    pub summary: String,
    /// What `mailwiz explain` (and the lookup's Enter) explains for this result.
    pub input: String,
    pub lang: &'static str,
}

impl JsonHit {
    pub fn of(hit: &Hit, kb: &Knowledge, tr: Tr) -> JsonHit {
        let (kind, code, enhanced, pattern) = match hit.kind {
            ItemKind::Code(c) => ("code", Some(c), None, None),
            ItemKind::Enhanced { .. } => ("enhanced", None, Some(hit.label.clone()), None),
            ItemKind::Pattern(i) => {
                let p = kb.catalogue.patterns.get(i);
                (
                    "pattern",
                    p.and_then(|p| p.code),
                    p.and_then(|p| p.enhanced.clone()),
                    p.map(|p| p.id.clone()),
                )
            }
        };
        JsonHit {
            kind,
            code,
            enhanced,
            pattern,
            class: hit.class,
            summary: hit.text.clone(),
            input: hit.input(),
            lang: tr.lang().code(),
        }
    }
}

/// The query the words make: one, as the lookup's field holds it.
pub fn query(words: &[String]) -> String {
    words.join(" ")
}

/// `mailwiz search WORDS...`: the results, best first. None is an error (exit 2), as an input
/// `explain` cannot read is; a blank query lists the catalogue, as the empty lookup does.
pub fn run(
    kb: &Knowledge,
    tr: Tr,
    index: &SearchIndex,
    words: &[String],
    format: Format,
    out: &mut dyn Write,
    opts: Output,
) -> Result<(), Error> {
    let query = query(words);
    let hits = index.search(&query);
    if hits.is_empty() {
        return Err(Error::NoMatch(query));
    }
    let mut text = String::new();
    match format {
        Format::Json => {
            for hit in &hits {
                text.push_str(&json::line(&JsonHit::of(hit, kb, tr)));
            }
        }
        Format::Text => {
            // The rows of `mailwiz codes`: the labels in a column as wide as the widest.
            let column = hits
                .iter()
                .map(|h| h.label.chars().count())
                .max()
                .unwrap_or(3);
            let indent = " ".repeat(2 + column + 2);
            for hit in &hits {
                let lead = format!("  {:<column$}", hit.label);
                let line = format!("{lead}  {}", hit.text);
                opts.lead_line(&mut text, &line, &lead, Some(hit.class), &indent);
            }
        }
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)
}
