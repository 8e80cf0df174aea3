//! The knowledge base: the wizard's flow, the reply-code catalogue, the well-known rejection texts
//! and the provider profile. The defaults are embedded in the binary; loading validates them.

pub mod codes;
pub mod flow;
pub mod profile;
mod raw;

use std::fmt;

pub use codes::{Catalogue, CodeEntry, EnhancedEntry, Pattern, Who};
pub use flow::{Flow, Node, NodeKind};
pub use profile::Profile;

pub const FLOW_TOML: &str = FLOW.toml;
pub const PROFILE_TOML: &str = include_str!("../../assets/profile.toml");

/// A data file: its name, its TOML text (also for the lines of errors), and, for the embedded
/// files, the same decoded at build time (`build.rs`) as JSON, which loads far faster than TOML.
#[derive(Clone, Copy)]
pub(crate) struct DataFile<'a> {
    pub name: &'a str,
    pub toml: &'a str,
    pub json: Option<&'a str>,
}

impl DataFile<'_> {
    pub(crate) fn decode<T: serde::de::DeserializeOwned>(&self) -> Result<T, DataError> {
        match self.json {
            Some(json) => serde_json::from_str(json)
                .map_err(|e| DataError::new(self.name, None, e.to_string())),
            None => toml::from_str(self.toml)
                .map_err(|e| DataError::from_toml(self.name, self.toml, &e)),
        }
    }
}

macro_rules! embedded {
    ($name:ident, $file:literal) => {
        pub(crate) const $name: DataFile = DataFile {
            name: concat!("assets/", $file, ".toml"),
            toml: include_str!(concat!("../../assets/", $file, ".toml")),
            json: Some(include_str!(concat!(env!("OUT_DIR"), "/", $file, ".json"))),
        };
    };
}
embedded!(FLOW, "flow");
embedded!(CODES, "codes");
embedded!(PATTERNS, "patterns");
embedded!(ENHANCED, "enhanced");

/// The longest file name and reason an error shows.
const MAX_NAME: usize = 200;
const MAX_REASON: usize = 300;

/// A data file that cannot be used: which file, which line (when known) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: Option<usize>,
    pub reason: String,
    /// The file could not be read at all (rather than read and found wrong).
    pub unreadable: bool,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

impl std::error::Error for DataError {}

impl DataError {
    /// The file's name and the reason are cleaned of control characters and escape sequences,
    /// since both can quote what the file holds, and the reason is cut to a readable length.
    pub fn new(file: &str, line: Option<usize>, reason: impl Into<String>) -> Self {
        DataError {
            file: crate::sanitize::truncate(&crate::sanitize::clean(file, false), MAX_NAME),
            line,
            reason: crate::sanitize::truncate(
                &crate::sanitize::clean(&reason.into(), false),
                MAX_REASON,
            ),
            unreadable: false,
        }
    }

    /// A file that could not be read: missing, not a regular file, too large, not text.
    pub fn unreadable(file: &str, reason: impl Into<String>) -> Self {
        DataError {
            unreadable: true,
            ..DataError::new(file, None, reason)
        }
    }

    /// A TOML syntax or type error, with the line its span starts on.
    pub(crate) fn from_toml(file: &str, text: &str, err: &toml::de::Error) -> Self {
        let line = err
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        DataError::new(file, line, err.message().trim().to_string())
    }
}

/// The line of `text` on which `needle` (a quoted TOML value such as `"x"`) first appears.
pub(crate) fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle)
        .map(|at| text[..at].matches('\n').count() + 1)
}

/// The line of `text` that sets `key` (`key = ...`), skipping comments and other keys that only
/// mention it.
pub(crate) fn line_of_key(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// Everything mailwiz knows, loaded and cross-checked.
#[derive(Debug, Clone)]
pub struct Knowledge {
    pub flow: Flow,
    pub catalogue: Catalogue,
    pub profile: Profile,
}

impl Knowledge {
    /// The embedded flow, catalogue and patterns, with the given profile.
    pub fn load(profile: Profile) -> Result<Knowledge, DataError> {
        let flow = Flow::embedded()?;
        let catalogue = Catalogue::load(CODES, PATTERNS, ENHANCED, &flow)?;
        Ok(Knowledge {
            flow,
            catalogue,
            profile,
        })
    }

    /// A flow of one's own with the embedded catalogue and the given profile: for tests of the
    /// wizard's rules on a small flow, and later for `--flow`.
    pub fn with_flow(flow: Flow, profile: Profile) -> Result<Knowledge, DataError> {
        let embedded = Flow::embedded()?;
        let mut catalogue = Catalogue::load(CODES, PATTERNS, ENHANCED, &embedded)?;
        // Codes and patterns lead only to steps that this flow has.
        for link in catalogue
            .codes
            .iter_mut()
            .map(|c| &mut c.node)
            .chain(catalogue.patterns.iter_mut().map(|p| &mut p.node))
        {
            if link.as_deref().is_some_and(|n| flow.node(n).is_none()) {
                *link = None;
            }
        }
        Ok(Knowledge {
            flow,
            catalogue,
            profile,
        })
    }

    /// The embedded flow, catalogue, patterns and the default profile.
    pub fn embedded() -> Result<Knowledge, DataError> {
        Knowledge::load(Profile::embedded()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs turns the embedded TOML into JSON; what loads from it is what the TOML says.
    #[test]
    fn the_json_built_from_the_embedded_toml_says_what_the_toml_says() {
        let toml_only = |f: DataFile<'static>| DataFile { json: None, ..f };
        let (a, b) = (
            Flow::load(FLOW).unwrap(),
            Flow::load(toml_only(FLOW)).unwrap(),
        );
        assert_eq!(
            (&a.start, &a.lookup, &a.nodes),
            (&b.start, &b.lookup, &b.nodes)
        );
        assert_eq!(a.scenarios, b.scenarios);
        let c = Catalogue::load(CODES, PATTERNS, ENHANCED, &a).unwrap();
        let d = Catalogue::load(
            toml_only(CODES),
            toml_only(PATTERNS),
            toml_only(ENHANCED),
            &b,
        )
        .unwrap();
        assert_eq!(
            (&c.codes, &c.patterns, &c.enhanced),
            (&d.codes, &d.patterns, &d.enhanced)
        );
    }
}
