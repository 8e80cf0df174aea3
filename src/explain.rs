//! Explaining a reply: from what the parser found to what the code means, who acts and what to do.
//!
//! [`explain`] decides, with no text; `present::explanation` turns the decision into sentences in a
//! language. The command line, the JSON output and the wizard's code screen all use both.

use crate::knowledge::{Knowledge, Who};
use crate::reply::{self, Reply};
use crate::sanitize;
use crate::smtp::{Class, Enhanced, ReplyCode};

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
    /// What the parser found; its text cut to [`SHOWN_INPUT`] characters.
    pub reply: Reply,
    pub code: Option<ReplyCode>,
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
    let pattern = kb
        .catalogue
        .pattern_in(&reply.text)
        .or_else(|| kb.catalogue.provider_pattern(reply.enhanced, &reply.text));
    let (code, enhanced) = match (reply.code, reply.enhanced, pattern) {
        (None, None, Some(p)) => (p.code, p.enhanced.as_deref().and_then(Enhanced::parse)),
        (None, None, None) => return Err(ExplainError::NotACode(shown)),
        (code, enhanced, _) => (code, enhanced),
    };
    let class = code
        .map(ReplyCode::class)
        .or(enhanced.map(Enhanced::class))
        .or(pattern.and_then(|p| p.class))
        .unwrap_or(Class::Permanent);
    let entry = code.and_then(|c| kb.catalogue.get(c));
    // A recognised text names its own step, or none: a size limit under 552 is not the full
    // mailbox the code's step is about.
    let node = match pattern {
        Some(p) => p.node.clone(),
        None => entry.and_then(|e| e.node.clone()),
    };
    let scenario = node
        .as_deref()
        .and_then(|n| kb.flow.node(n))
        .and_then(|n| n.scenario)
        .filter(|s| *s > 0);
    // The text has been read for patterns; only as much as is shown is kept, so that a session of
    // pasted bounces holds little.
    let reply = Reply {
        text: sanitize::truncate(&reply.text, SHOWN_INPUT),
        ..reply
    };
    Ok(Explanation {
        input: shown,
        reply,
        code,
        enhanced,
        class,
        known: entry.is_some(),
        who: pattern.map(|p| p.who).or(entry.map(|e| e.who)),
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
