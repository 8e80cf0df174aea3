//! The JSON of `--format json`: one object a line, with the fields of the CLI contract.

use serde::Serialize;

use crate::explain::Explanation;
use crate::i18n::Tr;
use crate::knowledge::{EnhancedEntry, Knowledge, Who};
use crate::present::explanation::Words;
use crate::smtp::{Class, ReplyCode};

#[derive(Debug, Clone, Serialize)]
pub struct JsonExplanation {
    pub input: String,
    pub code: Option<ReplyCode>,
    pub enhanced: Option<String>,
    pub class: Class,
    pub retry: bool,
    pub known: bool,
    pub who: Option<Who>,
    pub summary: String,
    pub enhanced_summary: Option<String>,
    pub causes: Option<String>,
    pub action: String,
    pub pattern: Option<String>,
    pub pattern_summary: Option<String>,
    pub pattern_action: Option<String>,
    pub scenario: Option<u8>,
    pub step: Option<String>,
    pub lang: &'static str,
}

impl JsonExplanation {
    pub fn of(e: &Explanation, kb: &Knowledge, tr: Tr) -> JsonExplanation {
        let words = Words::of(e, kb, tr);
        let (pattern_summary, pattern_action) = words.note.unzip();
        JsonExplanation {
            input: e.input.clone(),
            code: e.code,
            enhanced: e.enhanced.map(|x| x.to_string()),
            class: e.class,
            retry: !words.retry_final && e.class.retry(),
            known: e.known,
            who: words.who_kind,
            summary: words.summary,
            enhanced_summary: words.enhanced_meaning,
            causes: words.causes,
            action: words.action,
            pattern: e.pattern.clone(),
            pattern_summary,
            pattern_action,
            scenario: e.scenario,
            step: e.node.clone(),
            lang: tr.lang().code(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct JsonEnhanced {
    pub enhanced: String,
    pub subject: String,
    pub enhanced_summary: String,
    pub lang: &'static str,
}

impl JsonEnhanced {
    pub fn of(e: &EnhancedEntry, tr: Tr) -> JsonEnhanced {
        JsonEnhanced {
            enhanced: format!("X.{}.{}", e.subject, e.detail),
            subject: tr.enhanced_subject(e.subject),
            enhanced_summary: tr.enhanced_meaning(e),
            lang: tr.lang().code(),
        }
    }
}

/// One object as a line of JSON.
pub fn line(value: &impl Serialize) -> String {
    // Serializing these plain structs cannot fail; an empty object would be the only outcome.
    let mut s = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// One recipient of a bounce message: its explanation's fields and what the report says of it.
#[derive(Debug, Clone, Serialize)]
pub struct JsonRecipient {
    #[serde(flatten)]
    pub explanation: JsonExplanation,
    pub recipient: Option<String>,
    pub delivery: Option<&'static str>,
    pub remote_mta: Option<String>,
    /// The server's words used for the diagnosis.
    pub diagnostic: Option<String>,
    /// When delivery was last tried, as the report says (`Last-Attempt-Date`).
    pub last_attempt: Option<String>,
    pub reason: &'static str,
    pub hard: bool,
}

impl JsonRecipient {
    pub fn of(d: &crate::diagnose::Diagnosis, kb: &Knowledge, tr: Tr) -> JsonRecipient {
        let r = &d.recipient;
        let explanation = match &d.explanation {
            Some(e) => JsonExplanation::of(e, kb, tr),
            // No code at all ("Unrouteable address"): what the reason says.
            None => {
                let class = if r.delivery == crate::bounce::Delivery::Delayed {
                    Class::Transient
                } else {
                    Class::Permanent
                };
                JsonExplanation {
                    input: crate::sanitize::truncate(
                        &crate::sanitize::clean(r.diagnostic.as_deref().unwrap_or(""), false),
                        crate::explain::SHOWN_INPUT,
                    ),
                    code: None,
                    enhanced: r.status.map(|s| s.to_string()),
                    class,
                    retry: class.retry(),
                    known: false,
                    who: crate::diagnose::who_of(d.reason),
                    summary: tr.reason(d.reason),
                    enhanced_summary: None,
                    causes: None,
                    action: tr.class_action(class),
                    pattern: None,
                    pattern_summary: None,
                    pattern_action: None,
                    scenario: None,
                    step: None,
                    lang: tr.lang().code(),
                }
            }
        };
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(|s| crate::sanitize::truncate(&crate::sanitize::clean(s, false), 300))
        };
        JsonRecipient {
            explanation,
            recipient: Some(crate::sanitize::truncate(
                &crate::sanitize::clean(&r.address, false),
                200,
            )),
            delivery: Some(r.delivery.as_str()),
            remote_mta: clean(&r.remote_mta),
            diagnostic: clean(&r.diagnostic),
            last_attempt: clean(&r.last_attempt),
            reason: d.reason.as_str(),
            hard: d.hard,
        }
    }
}
