//! The data files as serde reads them, before any check: shared with `build.rs`, which decodes
//! the embedded TOML at build time and embeds it as JSON, which loads several times faster.

use serde::{Deserialize, Serialize};

use crate::smtp::{Class, Reason, ReplyCode};

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

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    pub code: ReplyCode,
    pub who: Who,
    pub node: Option<String>,
    pub source: String,
}

/// A well-known rejection text, recognised in what the user pastes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub id: String,
    /// What the text means, in one word.
    pub reason: Reason,
    /// Who has to act on it: the text's own answer, which leads the code's.
    pub who: Who,
    /// Words that mark the provider's own replies, for a reply with this `enhanced` code.
    #[serde(default)]
    pub hints: Vec<String>,
    pub phrases: Vec<String>,
    /// The reply code a text without one is explained as; none for a mail program's own error
    /// (Outlook's 0x800CCC0E), which no server sent.
    pub code: Option<ReplyCode>,
    /// For a pattern without a code: whether trying again later can work.
    pub class: Option<Class>,
    /// `false` for a temporary code whose text says retrying will not succeed (Yahoo's TS03).
    pub retry: Option<bool>,
    /// The checks the text answers, by their text stem ("scenario-5-ptr", "domain-spf"), with
    /// "yes" or "no": a Gmail "no PTR record" answers the PTR check with no.
    #[serde(default)]
    pub answers: std::collections::BTreeMap<String, String>,
    pub enhanced: Option<String>,
    pub node: Option<String>,
    pub source: String,
}

/// An enhanced status code of the registry, without its class digit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EnhancedEntry {
    pub subject: u16,
    pub detail: u16,
    /// The registry's title, for reference; users read the localized meaning.
    pub title: String,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCodes {
    pub code: Vec<CodeEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPatterns {
    pub pattern: Vec<Pattern>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnhanced {
    pub code: Vec<EnhancedEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlow {
    pub start: String,
    pub lookup: Option<String>,
    #[serde(default)]
    pub scenario: Vec<RawScenario>,
    #[serde(default)]
    pub node: Vec<RawNode>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub number: u8,
    pub entry: String,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawNode {
    pub id: String,
    /// The stem of the node's message ids, when several nodes share one text.
    pub text: Option<String>,
    pub kind: String,
    pub scenario: Option<u8>,
    pub options: Option<Vec<RawOption>>,
    pub yes: Option<String>,
    pub no: Option<String>,
    #[serde(default)]
    pub advice: Vec<String>,
    pub next: Option<String>,
    pub items: Option<Vec<String>>,
    /// Where a check's facts come from.
    pub source: Option<String>,
    /// The live checks that answer a check node (`mailwiz check`'s names).
    pub probe: Option<Vec<String>>,
    /// What they look at: "domain" (the customer's), "recipient" (the recipient's domain) or "ip".
    pub about: Option<String>,
    /// The mail log answers this check (scenarios 5 and 6): the wizard offers to read it.
    pub log: Option<bool>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub label: String,
    pub target: String,
}
