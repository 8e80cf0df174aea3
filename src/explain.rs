//! Explaining a reply: from what the parser found to what the code means, who acts and what to do.
//!
//! [`explain`] decides (no text); [`Explanation::localize`] turns the decision into sentences in the
//! current language. The command line, the JSON output and the wizard's code screen all use both.

use serde::Serialize;

use crate::i18n::{Arg, Localizer};
use crate::knowledge::{Knowledge, Who, flow::Scenario};
use crate::reply::{self, Enhanced, Reply};
use crate::sanitize;

/// The class of a reply, from its first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Positive,
    Intermediate,
    Transient,
    Permanent,
}

impl Class {
    pub fn from_digit(d: u16) -> Option<Class> {
        match d {
            2 => Some(Class::Positive),
            3 => Some(Class::Intermediate),
            4 => Some(Class::Transient),
            5 => Some(Class::Permanent),
            _ => None,
        }
    }
    pub fn digit(self) -> u16 {
        match self {
            Class::Positive => 2,
            Class::Intermediate => 3,
            Class::Transient => 4,
            Class::Permanent => 5,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Positive => "positive",
            Class::Intermediate => "intermediate",
            Class::Transient => "transient",
            Class::Permanent => "permanent",
        }
    }
    /// Only a temporary failure is worth sending again unchanged.
    pub fn retry(self) -> bool {
        self == Class::Transient
    }
    pub fn name_id(self) -> String {
        format!("class-{}", self.as_str())
    }
    pub fn retry_id(self) -> String {
        format!("class-{}-retry", self.as_str())
    }
    pub fn action_id(self) -> String {
        format!("class-{}-action", self.as_str())
    }
}

/// Why an input could not be explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainError {
    Empty,
    /// Not a reply code; carries the input, cleaned and shortened for showing.
    NotACode(String),
}

/// What an input means, before any text is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The input, cleaned of control characters and shortened, for showing back.
    pub input: String,
    pub reply: Reply,
    pub code: Option<u16>,
    pub enhanced: Option<Enhanced>,
    pub class: Class,
    /// In the catalogue (false: explained from its digits alone).
    pub known: bool,
    pub who: Option<Who>,
    /// The wizard step that helps, and its scenario.
    pub node: Option<String>,
    pub scenario: Option<u8>,
    /// The id of a recognised rejection text.
    pub pattern: Option<String>,
}

/// The longest stretch of the input shown back.
pub const SHOWN_INPUT: usize = 300;

/// Explain one input.
pub fn explain(kb: &Knowledge, input: &str) -> Result<Explanation, ExplainError> {
    let reply = reply::parse(input).map_err(|_| ExplainError::Empty)?;
    let shown = sanitize::truncate(
        &sanitize::clean(&reply_text_for_display(input), false),
        SHOWN_INPUT,
    );
    let pattern = kb.catalogue.pattern_in(&reply.text);
    let (code, enhanced) = match (reply.code, reply.enhanced, pattern) {
        (None, None, Some(p)) => (
            Some(p.code),
            p.enhanced.as_deref().and_then(Enhanced::parse),
        ),
        (None, None, None) => return Err(ExplainError::NotACode(shown)),
        (code, enhanced, _) => (code, enhanced),
    };
    let digit = code
        .map(|c| c / 100)
        .or(enhanced.map(|e| u16::from(e.class)))
        .unwrap_or(5);
    let class = Class::from_digit(digit).ok_or_else(|| ExplainError::NotACode(shown.clone()))?;
    let entry = code.and_then(|c| kb.catalogue.get(c));
    let node = pattern
        .and_then(|p| p.node.clone())
        .or_else(|| entry.and_then(|e| e.node.clone()));
    let scenario = node
        .as_deref()
        .and_then(|n| kb.flow.node(n))
        .and_then(|n| n.scenario)
        .filter(|s| *s > 0);
    Ok(Explanation {
        input: shown,
        reply,
        code,
        enhanced,
        class,
        known: entry.is_some(),
        who: entry.map(|e| e.who),
        node,
        scenario,
        pattern: pattern.map(|p| p.id.clone()),
    })
}

fn reply_text_for_display(input: &str) -> String {
    let mut cut = input.len().min(reply::MAX_INPUT);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    input[..cut].trim().to_string()
}

/// An explanation in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// "550 5.1.1", "5.7.1" or "554 (5.7.1)".
    pub heading: String,
    pub summary: String,
    pub causes: Option<String>,
    pub action: String,
    pub class_name: String,
    pub retry: String,
    pub category: Option<String>,
    pub who: Option<String>,
    /// The meaning of the enhanced code, when the registry has it.
    pub enhanced_meaning: Option<String>,
    /// A recognised rejection text: its summary and action.
    pub note: Option<(String, String)>,
    /// The related wizard step: its title and its scenario's name.
    pub step: Option<(String, String)>,
}

impl Explanation {
    /// The explanation's sentences in the localizer's language.
    pub fn localize(&self, kb: &Knowledge, loc: &Localizer) -> Localized {
        let entry = self.code.and_then(|c| kb.catalogue.get(c));
        let class_name = loc.text(&self.class.name_id());
        let heading = match (self.code, self.enhanced) {
            (Some(c), Some(e)) => format!("{c} {e}"),
            (Some(c), None) => c.to_string(),
            (None, Some(e)) => e.to_string(),
            (None, None) => String::new(),
        };
        let category = self.code.map(|c| loc.text(&category_id(c)));
        let enhanced_meaning = self
            .enhanced
            .and_then(|e| kb.catalogue.enhanced(e))
            .map(|e| loc.text(&e.meaning_id()));
        let summary = match (entry, self.code, self.enhanced) {
            (Some(e), _, _) => loc.text(&e.summary_id()),
            (None, Some(code), _) => loc.format(
                "code-unknown-summary",
                vec![
                    ("code", Arg::from(code)),
                    ("class", Arg::from(class_name.clone())),
                    ("category", Arg::from(category.clone().unwrap_or_default())),
                ],
            ),
            (None, None, Some(_)) if enhanced_meaning.is_some() => {
                enhanced_meaning.clone().unwrap_or_default()
            }
            (None, None, Some(e)) => loc.format(
                "ui-enhanced-only-summary",
                vec![
                    ("enhanced", Arg::from(e.to_string())),
                    ("class", Arg::from(class_name.clone())),
                    ("subject", Arg::from(subject_text(loc, e))),
                ],
            ),
            (None, None, None) => String::new(),
        };
        let pattern = self
            .pattern
            .as_deref()
            .and_then(|id| kb.catalogue.patterns.iter().find(|p| p.id == id));
        let step = self
            .node
            .as_deref()
            .and_then(|id| kb.flow.node(id))
            .map(|n| {
                let scenario = n
                    .scenario
                    .map(|s| loc.text(&Scenario::name_id(s)))
                    .unwrap_or_default();
                (loc.text(&n.title_id()), scenario)
            });
        Localized {
            heading,
            summary,
            causes: entry.map(|e| loc.text(&e.causes_id())),
            action: match entry {
                Some(e) => loc.text(&e.action_id()),
                None => loc.text(&self.class.action_id()),
            },
            class_name,
            retry: loc.text(&self.class.retry_id()),
            category,
            who: self.who.map(|w| loc.text(&w.message_id())),
            enhanced_meaning,
            note: pattern.map(|p| (loc.text(&p.summary_id()), loc.text(&p.action_id()))),
            step,
        }
    }

    /// The JSON form of `explain --format json` and `codes --format json`.
    pub fn to_json(&self, kb: &Knowledge, loc: &Localizer) -> JsonExplanation {
        let words = self.localize(kb, loc);
        JsonExplanation {
            input: self.input.clone(),
            code: self.code,
            enhanced: self.enhanced.map(|e| e.to_string()),
            class: self.class,
            retry: self.class.retry(),
            known: self.known,
            who: self.who,
            summary: words.summary,
            enhanced_summary: words.enhanced_meaning.clone(),
            causes: words.causes,
            action: words.action,
            pattern: self.pattern.clone(),
            pattern_summary: words.note.as_ref().map(|n| n.0.clone()),
            pattern_action: words.note.map(|n| n.1),
            scenario: self.scenario,
            step: self.node.clone(),
            lang: loc.lang().code(),
        }
    }
}

/// The message id of a code's category (its second digit); 3, 4 and 6-9 are unassigned.
pub fn category_id(code: u16) -> String {
    let digit = match (code / 10) % 10 {
        d @ (0 | 1 | 2 | 5) => d,
        _ => 3,
    };
    format!("class-category-{digit}")
}

/// The subject of an enhanced code (its second number) in words.
pub fn subject_text(loc: &Localizer, e: Enhanced) -> String {
    let subject = if e.subject <= 7 { e.subject } else { 0 };
    loc.text(&format!("ui-subject-{subject}"))
}

#[derive(Debug, Clone, Serialize)]
pub struct JsonExplanation {
    pub input: String,
    pub code: Option<u16>,
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
