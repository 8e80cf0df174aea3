//! The reply-code catalogue and the well-known rejection texts.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{DataError, Flow, line_of};
use crate::smtp::{Enhanced, ReplyCode};

/// Who has to act on a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    Sender,
    SenderProvider,
    RecipientSide,
    Nobody,
}

impl Who {
    pub fn as_str(self) -> &'static str {
        match self {
            Who::Sender => "sender",
            Who::SenderProvider => "sender-provider",
            Who::RecipientSide => "recipient-side",
            Who::Nobody => "nobody",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    pub code: ReplyCode,
    pub who: Who,
    pub node: Option<String>,
    pub source: String,
}

/// A well-known rejection text, recognised in what the user pastes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub id: String,
    pub phrases: Vec<String>,
    pub code: ReplyCode,
    pub enhanced: Option<String>,
    pub node: Option<String>,
    pub source: String,
}

impl Pattern {
    /// Whether `text` contains one of the phrases, ignoring case.
    pub fn matches(&self, text_lower: &str) -> bool {
        self.phrases
            .iter()
            .any(|p| text_lower.contains(&p.to_lowercase()))
    }
}

/// An enhanced status code of the registry, without its class digit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnhancedEntry {
    pub subject: u16,
    pub detail: u16,
    /// The registry's title, for reference; users read the localized meaning.
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    pub codes: Vec<CodeEntry>,
    pub patterns: Vec<Pattern>,
    /// The registry's enhanced codes, sorted by subject and detail.
    pub enhanced: Vec<EnhancedEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnhanced {
    code: Vec<EnhancedEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodes {
    code: Vec<CodeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPatterns {
    pattern: Vec<Pattern>,
}

const SOURCES: [&str; 5] = ["rfc5321", "rfc4954", "rfc7504", "rfc3463", "vendor"];

impl Catalogue {
    /// Parse and check the catalogue and the patterns against the flow they point into.
    pub fn parse(
        codes: &str,
        patterns: &str,
        enhanced: &str,
        flow: &Flow,
    ) -> Result<Catalogue, DataError> {
        const CODES: &str = "assets/codes.toml";
        const PATTERNS: &str = "assets/patterns.toml";
        let raw: RawCodes =
            toml::from_str(codes).map_err(|e| DataError::from_toml(CODES, codes, &e))?;
        let mut seen = HashSet::new();
        for c in &raw.code {
            // Found only for an error: looking up every entry's line would cost more than the parse.
            let line = || line_of(codes, &format!("code = {}", c.code));
            if !seen.insert(c.code) {
                return Err(DataError::new(
                    CODES,
                    line(),
                    format!("code {} is listed twice", c.code),
                ));
            }
            if !SOURCES.contains(&c.source.as_str()) {
                return Err(DataError::new(
                    CODES,
                    line(),
                    format!("code {} has an unknown source \"{}\"", c.code, c.source),
                ));
            }
            if let Some(node) = &c.node
                && flow.node(node).is_none()
            {
                return Err(DataError::new(
                    CODES,
                    line(),
                    format!(
                        "code {} points to \"{node}\", which is not a wizard step",
                        c.code
                    ),
                ));
            }
        }
        let raw_patterns: RawPatterns =
            toml::from_str(patterns).map_err(|e| DataError::from_toml(PATTERNS, patterns, &e))?;
        for p in &raw_patterns.pattern {
            let line = || line_of(patterns, &format!("\"{}\"", p.id));
            if p.phrases.iter().any(|ph| ph.trim().is_empty()) || p.phrases.is_empty() {
                return Err(DataError::new(
                    PATTERNS,
                    line(),
                    format!("pattern \"{}\" needs non-empty phrases", p.id),
                ));
            }
            if let Some(e) = &p.enhanced
                && Enhanced::parse(e).is_none()
            {
                return Err(DataError::new(
                    PATTERNS,
                    line(),
                    format!(
                        "pattern \"{}\": \"{e}\" is not an enhanced status code",
                        p.id
                    ),
                ));
            }
            if let Some(node) = &p.node
                && flow.node(node).is_none()
            {
                return Err(DataError::new(
                    PATTERNS,
                    line(),
                    format!(
                        "pattern \"{}\" points to \"{node}\", which is not a wizard step",
                        p.id
                    ),
                ));
            }
        }
        const ENHANCED: &str = "assets/enhanced.toml";
        let raw_enhanced: RawEnhanced =
            toml::from_str(enhanced).map_err(|e| DataError::from_toml(ENHANCED, enhanced, &e))?;
        let mut enhanced = raw_enhanced.code;
        enhanced.sort_by_key(|e| (e.subject, e.detail));
        if let Some(w) = enhanced
            .windows(2)
            .find(|w| (w[0].subject, w[0].detail) == (w[1].subject, w[1].detail))
        {
            return Err(DataError::new(
                ENHANCED,
                None,
                format!("X.{}.{} is listed twice", w[0].subject, w[0].detail),
            ));
        }
        let mut codes = raw.code;
        codes.sort_by_key(|c| c.code);
        Ok(Catalogue {
            codes,
            patterns: raw_patterns.pattern,
            enhanced,
        })
    }

    pub fn get(&self, code: ReplyCode) -> Option<&CodeEntry> {
        self.codes
            .binary_search_by_key(&code, |c| c.code)
            .ok()
            .map(|i| &self.codes[i])
    }

    /// The registry entry of an enhanced code, whatever its class.
    pub fn enhanced(&self, e: Enhanced) -> Option<&EnhancedEntry> {
        self.enhanced
            .binary_search_by_key(&(e.subject, e.detail), |x| (x.subject, x.detail))
            .ok()
            .map(|i| &self.enhanced[i])
    }

    /// The first pattern whose phrase occurs in `text`.
    pub fn pattern_in(&self, text: &str) -> Option<&Pattern> {
        let lower = text.to_lowercase();
        self.patterns.iter().find(|p| p.matches(&lower))
    }
}
