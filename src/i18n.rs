//! Localization: the embedded Fluent files, locale negotiation and message formatting.
//!
//! Each language's bundle holds the English messages with the language's own on top, so a message
//! missing from a locale falls back to English (a test makes sure none is missing). Bundles are
//! built when a language is first used. Provider facts from the profile are passed to every message
//! as Fluent variables.

use std::cell::OnceCell;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The five languages of mailwiz, in the order `L` cycles through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Pl,
    Lt,
    Fi,
    Cs,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Pl, Lang::Lt, Lang::Fi, Lang::Cs];

    /// The BCP 47 code: `en`, `pl`, `lt`, `fi`, `cs`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Lt => "lt",
            Lang::Fi => "fi",
            Lang::Cs => "cs",
        }
    }

    /// The next language in the cycle en → pl → lt → fi → cs → en.
    pub fn next(self) -> Lang {
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(i + 1) % Lang::ALL.len()]
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The embedded Fluent sources of this language, as (file name, text).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        macro_rules! ftl {
            ($l:literal) => {
                &[
                    (
                        "codes.ftl",
                        include_str!(concat!("../i18n/", $l, "/codes.ftl")),
                    ),
                    (
                        "flow.ftl",
                        include_str!(concat!("../i18n/", $l, "/flow.ftl")),
                    ),
                    ("ui.ftl", include_str!(concat!("../i18n/", $l, "/ui.ftl"))),
                    (
                        "enhanced.ftl",
                        include_str!(concat!("../i18n/", $l, "/enhanced.ftl")),
                    ),
                    (
                        "patterns.ftl",
                        include_str!(concat!("../i18n/", $l, "/patterns.ftl")),
                    ),
                ]
            };
        }
        match self {
            Lang::En => ftl!("en"),
            Lang::Pl => ftl!("pl"),
            Lang::Lt => ftl!("lt"),
            Lang::Fi => ftl!("fi"),
            Lang::Cs => ftl!("cs"),
        }
    }

    /// "en, pl, lt, fi, cs", for messages that list the choices.
    pub fn supported_list() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// Match a requested locale (`pl`, `pl-PL`, `pl_PL.UTF-8`, `cs_CZ@euro`) to one of the five.
    pub fn negotiate(requested: &str) -> Option<Lang> {
        let base = requested
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        let wanted: LanguageIdentifier = base.parse().ok()?;
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let found =
            negotiate_languages(&[wanted], &available, None, NegotiationStrategy::Filtering);
        let first = found.first()?;
        Lang::ALL
            .into_iter()
            .find(|l| first.language.as_str() == l.code())
    }

    /// The language from `--lang`, else from `LC_ALL`, `LC_MESSAGES`, `LANG` (the first that is set
    /// and not empty), else English. An unsupported `--lang` is an error; an unsupported environment
    /// locale quietly gives English, as other programs do.
    pub fn choose(
        flag: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Lang, UnknownLang> {
        if let Some(flag) = flag {
            return Lang::negotiate(flag).ok_or_else(|| UnknownLang(flag.to_string()));
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                return Ok(Lang::negotiate(&value).unwrap_or(Lang::En));
            }
        }
        Ok(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--lang` value that matches none of the five languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

type Bundle = FluentBundle<FluentResource>;

/// Formats messages in the current language, with the profile's facts as variables.
pub struct Localizer {
    lang: Lang,
    bundles: [OnceCell<Bundle>; 5],
    facts: Vec<(String, FluentValue<'static>)>,
}

/// A value passed to a message.
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

impl Localizer {
    /// A localizer for `lang` with no provider facts.
    pub fn new(lang: Lang) -> Self {
        Localizer {
            lang,
            bundles: Default::default(),
            facts: Vec::new(),
        }
    }

    /// Provider facts given to every message, such as `("daily-limit", Arg::Num(500.0))`.
    pub fn with_facts(mut self, facts: Vec<(String, Arg)>) -> Self {
        self.facts = facts.into_iter().map(|(k, v)| (k, to_value(v))).collect();
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    fn bundle(&self, lang: Lang) -> &Bundle {
        self.bundles[lang.index()].get_or_init(|| build_bundle(lang))
    }

    /// Whether the current language (or English under it) has this message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle(self.lang).has_message(id)
    }

    /// The message `id` with no variables but the provider facts.
    pub fn text(&self, id: &str) -> String {
        self.format(id, Vec::<(&str, Arg)>::new())
    }

    /// The message `id` with `args` and the provider facts. A missing message gives its id, so a
    /// mistake shows on screen instead of crashing; the completeness test keeps that from shipping.
    pub fn format<K: AsRef<str>>(&self, id: &str, args: Vec<(K, Arg)>) -> String {
        let bundle = self.bundle(self.lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(self.facts.len() + args.len());
        for (k, v) in &self.facts {
            fluent_args.set(k.clone(), v.clone());
        }
        for (k, v) in args {
            fluent_args.set(k.as_ref().to_string(), to_value(v));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        // A value written over several lines in the .ftl file is one paragraph: the screen or
        // the terminal wraps it to its own width.
        if text.contains('\n') {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            text.into_owned()
        }
    }
}

fn to_value(arg: Arg) -> FluentValue<'static> {
    match arg {
        Arg::Str(s) => FluentValue::from(s),
        Arg::Num(n) => FluentValue::from(n),
    }
}

/// English first, then the language's own messages over it.
fn build_bundle(lang: Lang) -> Bundle {
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let mut layers = vec![Lang::En];
    if lang != Lang::En {
        layers.push(lang);
    }
    for layer in layers {
        for (_, source) in layer.sources() {
            // A syntax error in an embedded file keeps the messages that did parse; the
            // completeness test fails on any such error.
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            bundle.add_resource_overriding(resource);
        }
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_are_understood() {
        assert_eq!(Lang::negotiate("pl_PL.UTF-8"), Some(Lang::Pl));
        assert_eq!(Lang::negotiate("cs_CZ@euro"), Some(Lang::Cs));
        assert_eq!(Lang::negotiate("fi-FI"), Some(Lang::Fi));
        assert_eq!(Lang::negotiate("LT"), Some(Lang::Lt));
        assert_eq!(Lang::negotiate("en_GB.utf8"), Some(Lang::En));
        assert_eq!(Lang::negotiate("de_DE.UTF-8"), None);
        assert_eq!(Lang::negotiate("C"), None);
        assert_eq!(Lang::negotiate(""), None);
        assert_eq!(Lang::negotiate("xx"), None);
    }

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn flag_beats_environment_and_environment_has_an_order() {
        let all = [
            ("LC_ALL", "fi_FI.UTF-8"),
            ("LC_MESSAGES", "cs_CZ"),
            ("LANG", "pl_PL.UTF-8"),
        ];
        assert_eq!(Lang::choose(Some("lt"), env(&all)), Ok(Lang::Lt));
        assert_eq!(Lang::choose(None, env(&all)), Ok(Lang::Fi));
        assert_eq!(Lang::choose(None, env(&all[1..])), Ok(Lang::Cs));
        assert_eq!(Lang::choose(None, env(&all[2..])), Ok(Lang::Pl));
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "pl_PL")])),
            Ok(Lang::Pl)
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "de_DE.UTF-8")])),
            Ok(Lang::En)
        );
        assert_eq!(Lang::choose(None, env(&[])), Ok(Lang::En));
        assert_eq!(
            Lang::choose(Some("xx"), env(&all)),
            Err(UnknownLang("xx".to_string()))
        );
    }

    #[test]
    fn the_language_cycle_visits_all_five() {
        let mut l = Lang::En;
        let mut seen = vec![];
        for _ in 0..5 {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Lang::ALL.to_vec());
        assert_eq!(l, Lang::En);
    }

    #[test]
    fn facts_and_arguments_reach_the_message() {
        let loc = Localizer::new(Lang::En).with_facts(vec![("provider".into(), "Acme".into())]);
        assert_eq!(loc.text("ui-provider"), "Provider: Acme");
        assert_eq!(
            loc.format(
                "ui-step-of",
                vec![("n", Arg::from(2usize)), ("total", Arg::from(5usize))]
            ),
            "step 2 of 5"
        );
        assert_eq!(loc.text("no-such-message"), "no-such-message");
    }
}
