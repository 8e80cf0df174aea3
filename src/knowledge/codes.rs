//! The reply-code catalogue and the well-known rejection texts.

use std::collections::HashSet;

use super::NodeKind;
pub use super::raw::{CodeEntry, EnhancedEntry, Pattern, Who};
use super::raw::{RawCodes, RawEnhanced, RawPatterns};
use super::{DataError, DataFile, Flow, line_of};
use crate::smtp::{Enhanced, ReplyCode};

impl Pattern {
    /// Whether `text` contains one of the phrases, ignoring case.
    pub fn matches(&self, text_lower: &str) -> bool {
        self.phrases
            .iter()
            .any(|p| text_lower.contains(&p.to_lowercase()))
    }
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    pub codes: Vec<CodeEntry>,
    pub patterns: Vec<Pattern>,
    /// The registry's enhanced codes, sorted by subject and detail.
    pub enhanced: Vec<EnhancedEntry>,
}

/// A source names an RFC section, a provider's page or a product's documentation, or the seed
/// guide: more than a bare word such as "vendor".
fn is_source(source: &str) -> bool {
    source.split_whitespace().count() >= 2
}

impl Catalogue {
    /// Decode and check the catalogue, the patterns and the enhanced codes, against the flow they
    /// point into.
    pub(crate) fn load(
        codes_file: DataFile,
        patterns_file: DataFile,
        enhanced_file: DataFile,
        flow: &Flow,
    ) -> Result<Catalogue, DataError> {
        let (codes_name, codes) = (codes_file.name, codes_file.toml);
        let (patterns_name, patterns) = (patterns_file.name, patterns_file.toml);
        let raw: RawCodes = codes_file.decode()?;
        let mut seen = HashSet::new();
        for c in &raw.code {
            // Found only for an error: looking up every entry's line would cost more than the parse.
            let line = || line_of(codes, &format!("code = {}", c.code));
            if !seen.insert(c.code) {
                return Err(DataError::new(
                    codes_name,
                    line(),
                    format!("code {} is listed twice", c.code),
                ));
            }
            if !is_source(&c.source) {
                return Err(DataError::new(
                    codes_name,
                    line(),
                    format!(
                        "code {} needs a source (an RFC section, a provider's page or the seed guide), not \"{}\"",
                        c.code, c.source
                    ),
                ));
            }
            if let Some(node) = &c.node
                && flow.node(node).is_none()
            {
                return Err(DataError::new(
                    codes_name,
                    line(),
                    format!(
                        "code {} points to \"{node}\", which is not a wizard step",
                        c.code
                    ),
                ));
            }
        }
        let raw_patterns: RawPatterns = patterns_file.decode()?;
        for p in &raw_patterns.pattern {
            let line = || line_of(patterns, &format!("\"{}\"", p.id));
            if p.phrases.iter().any(|ph| ph.trim().is_empty()) || p.phrases.is_empty() {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!("pattern \"{}\" needs non-empty phrases", p.id),
                ));
            }
            if !p.hints.is_empty()
                && (p.enhanced.is_none()
                    || p.hints
                        .iter()
                        .any(|h| h.trim().is_empty() || h.to_lowercase() != *h))
            {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!(
                        "pattern \"{}\": hints need an enhanced code and must be lower-case words",
                        p.id
                    ),
                ));
            }
            if !is_source(&p.source) {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!(
                        "pattern \"{}\" needs a source (an RFC section, a provider's page or the seed guide)",
                        p.id
                    ),
                ));
            }
            if p.code.is_none() && p.enhanced.is_none() && p.class.is_none()
                || p.code.is_some() && p.class.is_some()
            {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!(
                        "pattern \"{}\" needs a `code`, or, for a mail program's own error, a `class`",
                        p.id
                    ),
                ));
            }
            if let Some(e) = &p.enhanced
                && Enhanced::parse(e).is_none()
            {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!(
                        "pattern \"{}\": \"{e}\" is not an enhanced status code",
                        p.id
                    ),
                ));
            }
            for (stem, answer) in &p.answers {
                let checks = flow
                    .nodes
                    .iter()
                    .any(|n| n.text == *stem && matches!(n.kind, NodeKind::Check { .. }));
                if !checks || (answer != "yes" && answer != "no") {
                    return Err(DataError::new(
                        patterns_name,
                        line(),
                        format!(
                            "pattern \"{}\" answers \"{stem}\" with \"{answer}\": it must name a check and say yes or no",
                            p.id
                        ),
                    ));
                }
            }
            if let Some(node) = &p.node
                && flow.node(node).is_none()
            {
                return Err(DataError::new(
                    patterns_name,
                    line(),
                    format!(
                        "pattern \"{}\" points to \"{node}\", which is not a wizard step",
                        p.id
                    ),
                ));
            }
        }
        let enhanced_name = enhanced_file.name;
        let raw_enhanced: RawEnhanced = enhanced_file.decode()?;
        let mut enhanced = raw_enhanced.code;
        enhanced.sort_by_key(|e| (e.subject, e.detail));
        if let Some(w) = enhanced
            .windows(2)
            .find(|w| (w[0].subject, w[0].detail) == (w[1].subject, w[1].detail))
        {
            return Err(DataError::new(
                enhanced_name,
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

    /// The provider's pattern for a reply with this enhanced code that carries one of its hints:
    /// the provider's meaning of a registry number it reuses.
    pub fn provider_pattern(&self, enhanced: Option<Enhanced>, text: &str) -> Option<&Pattern> {
        let enhanced = enhanced?;
        let lower = text.to_lowercase();
        self.patterns.iter().find(|p| {
            p.enhanced.as_deref().and_then(Enhanced::parse) == Some(enhanced)
                && p.hints.iter().any(|h| lower.contains(h.as_str()))
        })
    }

    /// The first pattern whose phrase occurs in `text`.
    pub fn pattern_in(&self, text: &str) -> Option<&Pattern> {
        let lower = text.to_lowercase();
        self.patterns.iter().find(|p| p.matches(&lower))
    }
}
