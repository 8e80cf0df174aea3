//! The bundles of Fluent messages and formatting. Each (language, file) bundle is parsed the first
//! time a message of it is needed, so a command pays only for the files it reads. A message
//! missing from a language falls back to English (a test makes sure none is missing). Bidi
//! isolation marks are off: terminals show them as garbage.

use std::cell::OnceCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::lang::{File, Lang};
use super::messages::Tr;
use crate::knowledge::profile::{Fact, Profile};

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u16> for Arg {
    fn from(n: u16) -> Self {
        Arg::Num(f64::from(n))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's messages, parsed on first use, and the provider facts given to each message.
/// The language is the caller's: [`Localizer::tr`] gives the texts of one.
pub struct Localizer {
    bundles: Vec<[OnceCell<Bundle>; File::ALL.len()]>,
    facts: Vec<(&'static str, FluentValue<'static>)>,
}

impl Default for Localizer {
    fn default() -> Self {
        Localizer::new()
    }
}

impl Localizer {
    /// A localizer with no provider facts.
    pub fn new() -> Self {
        Localizer {
            bundles: Lang::ALL.iter().map(|_| Default::default()).collect(),
            facts: Vec::new(),
        }
    }

    /// The profile's facts become variables of every message (`{ $daily-limit }`).
    pub fn with_profile(mut self, profile: &Profile) -> Self {
        self.facts = profile
            .facts()
            .into_iter()
            .map(|(k, v)| {
                let value = match v {
                    Fact::Text(s) => FluentValue::from(s),
                    Fact::Number(n) => FluentValue::from(f64::from(n)),
                };
                (k, value)
            })
            .collect();
        self
    }

    /// The texts of one language.
    pub fn tr(&self, lang: Lang) -> Tr<'_> {
        Tr::new(self, lang)
    }

    fn bundle(&self, lang: Lang, file: File) -> &Bundle {
        self.bundles[lang.index()][file.index()].get_or_init(|| build_bundle(lang, file))
    }

    /// Whether `file` of `lang` or of the fallback language has the message `id`.
    pub(crate) fn has(&self, lang: Lang, file: File, id: &str) -> bool {
        self.bundle(lang, file).has_message(id) || self.bundle(Lang::FALLBACK, file).has_message(id)
    }

    /// The file of `lang` (or of the fallback language) that has the message `id`.
    pub(crate) fn find(&self, lang: Lang, id: &str) -> Option<File> {
        File::ALL
            .into_iter()
            .find(|f| self.bundle(lang, *f).has_message(id))
            .or_else(|| {
                File::ALL
                    .into_iter()
                    .find(|f| self.bundle(Lang::FALLBACK, *f).has_message(id))
            })
    }

    /// The message `id` of `file` with `args` and the provider facts. A missing message gives its
    /// id, so a mistake shows on screen instead of crashing; the completeness test keeps that
    /// from shipping.
    pub(crate) fn format(
        &self,
        lang: Lang,
        file: File,
        id: &str,
        args: Vec<(&str, Arg)>,
    ) -> String {
        let mut bundle = self.bundle(lang, file);
        if !bundle.has_message(id) {
            bundle = self.bundle(Lang::FALLBACK, file);
        }
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(self.facts.len() + args.len());
        for (k, v) in &self.facts {
            fluent_args.set(*k, v.clone());
        }
        for (k, v) in args {
            let value = match v {
                Arg::Str(s) => FluentValue::from(s),
                Arg::Num(n) => FluentValue::from(n),
            };
            fluent_args.set(k.to_string(), value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if text.contains('\n') {
            paragraphs(&text)
        } else {
            text.into_owned()
        }
    }
}

/// A value written over several lines in the .ftl file is one paragraph, which the screen or the
/// terminal wraps to its own width; a line indented further than the text (a command to copy,
/// "  dig MX example.com") stays a line of its own, with its indent, so that it can be copied.
fn paragraphs(text: &str) -> String {
    let mut parts: Vec<(bool, String)> = Vec::new();
    for line in text.lines() {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            let indent = line.len() - line.trim_start().len();
            parts.push((true, format!("{}{words}", " ".repeat(indent))));
        } else {
            match parts.last_mut() {
                Some((false, paragraph)) => {
                    paragraph.push(' ');
                    paragraph.push_str(&words);
                }
                _ => parts.push((false, words)),
            }
        }
    }
    parts
        .into_iter()
        .map(|(_, p)| p)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One file of one language. A syntax error in an embedded file keeps the messages that did
/// parse; the completeness test fails on any such error.
fn build_bundle(lang: Lang, file: File) -> Bundle {
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(lang.source(file).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    bundle.add_resource_overriding(resource);
    bundle
}

#[cfg(test)]
impl Localizer {
    /// Whether the bundle of this language and file has been parsed.
    pub(crate) fn parsed(&self, lang: Lang, file: File) -> bool {
        self.bundles[lang.index()][file.index()].get().is_some()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_paragraph_is_joined_and_a_command_keeps_its_own_line() {
        let text = "Look up the records\nof the domain:\n  dig MX example.com\n  dig A example.com\nThen compare.";
        assert_eq!(
            super::paragraphs(text),
            "Look up the records of the domain:\n  dig MX example.com\n  dig A example.com\nThen compare."
        );
    }
}
