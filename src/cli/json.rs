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
            retry: e.class.retry(),
            known: e.known,
            who: e.who,
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
