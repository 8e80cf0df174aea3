//! The registry of languages and of the Fluent files each one has. Adding a language is one row
//! of `langs!` and one folder `i18n/<code>/` holding every file of [`File`].

use std::fmt;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The Fluent files of a language, one per kind of text. Each message lives in exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum File {
    /// Screens, labels, keys and errors of the program.
    Ui,
    /// The wizard's steps: `<node>-title`, `-text`, `-unsure`, `-yes`, `-no`, menus, scenarios.
    Flow,
    /// Reply codes, their classes and categories, who acts.
    Codes,
    /// The registry's enhanced status codes and their subjects.
    Enhanced,
    /// Recognised rejection texts.
    Patterns,
    /// What each bounce reason means.
    Reasons,
    /// The command line's help: each command's and option's text and the names of values.
    Cli,
}

impl File {
    pub const ALL: [File; 7] = [
        File::Ui,
        File::Flow,
        File::Codes,
        File::Enhanced,
        File::Patterns,
        File::Reasons,
        File::Cli,
    ];

    pub fn name(self) -> &'static str {
        match self {
            File::Ui => "ui.ftl",
            File::Flow => "flow.ftl",
            File::Codes => "codes.ftl",
            File::Enhanced => "enhanced.ftl",
            File::Patterns => "patterns.ftl",
            File::Reasons => "reasons.ftl",
            File::Cli => "cli.ftl",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The embedded text of one file of one language folder.
macro_rules! ftl {
    ($code:literal, $file:expr) => {
        match $file {
            File::Ui => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/ui.ftl"
            )),
            File::Flow => {
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/i18n/",
                    $code,
                    "/flow.ftl"
                ))
            }
            File::Codes => {
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/i18n/",
                    $code,
                    "/codes.ftl"
                ))
            }
            File::Enhanced => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/enhanced.ftl"
            )),
            File::Patterns => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/patterns.ftl"
            )),
            File::Reasons => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/reasons.ftl"
            )),
            File::Cli => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/i18n/",
                $code,
                "/cli.ftl"
            )),
        }
    };
}

/// One row per language, in the order `L` cycles through them; the first is the one every
/// other falls back to.
macro_rules! langs {
    ($( $(#[doc = $doc:literal])* $variant:ident = $code:literal, )+) => {
        /// The languages of mailwiz.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Lang {
            $( $(#[doc = $doc])* $variant, )+
        }

        impl Lang {
            /// Every language, in the order `L` cycles through them.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            /// The BCP 47 code, which is also the folder under `i18n/`.
            pub fn code(self) -> &'static str {
                match self {
                    $( Lang::$variant => $code, )+
                }
            }

            /// The embedded text of one of this language's Fluent files.
            pub fn source(self, file: File) -> &'static str {
                match self {
                    $( Lang::$variant => ftl!($code, file), )+
                }
            }
        }
    };
}

langs! {
    /// English: the language of the sources, under every other.
    En = "en",
    Pl = "pl",
    Lt = "lt",
    Fi = "fi",
    Cs = "cs",
}

impl Lang {
    /// The language every message falls back to.
    pub const FALLBACK: Lang = Lang::ALL[0];

    /// The next language in the cycle, back to the first after the last.
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Every Fluent file of this language, with its name.
    pub fn sources(self) -> impl Iterator<Item = (File, &'static str)> {
        File::ALL.into_iter().map(move |f| (f, self.source(f)))
    }

    /// "en, pl, lt, fi, cs", for messages that list the choices.
    pub fn supported_list() -> String {
        Lang::ALL
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Match a requested locale (`pl`, `pl-PL`, `pl_PL.UTF-8`, `cs_CZ@euro`, `fi-FI-x-private`) to
    /// a language. Extensions and private-use parts (from a one-letter subtag on) do not matter.
    pub fn negotiate(requested: &str) -> Option<Lang> {
        let base = requested
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        let base = base
            .split('-')
            .take_while(|part| part.len() != 1)
            .collect::<Vec<_>>()
            .join("-");
        let wanted: LanguageIdentifier = base.parse().ok()?;
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let found =
            negotiate_languages(&[wanted], &available, None, NegotiationStrategy::Filtering);
        let first = found.first()?;
        Lang::ALL
            .iter()
            .copied()
            .find(|l| first.language.as_str() == l.code())
    }

    /// The language from `--lang`, else from `LC_ALL`, `LC_MESSAGES`, `LANG` (the first that is set
    /// and not empty), else the fallback. An unsupported `--lang` is an error; an unsupported
    /// environment locale quietly gives the fallback, as other programs do.
    pub fn choose(
        flag: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Lang, UnknownLang> {
        if let Some(flag) = flag {
            return Lang::negotiate(flag).ok_or_else(|| UnknownLang(flag.to_string()));
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                return Ok(Lang::negotiate(&value).unwrap_or(Lang::FALLBACK));
            }
        }
        Ok(Lang::FALLBACK)
    }

    /// [`Lang::choose`] for a text that must be shown whatever `--lang` says (help, the
    /// report that the language does not exist): an unsupported one gives the environment's.
    pub fn choose_or_env(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
        Lang::choose(flag, &env)
            .or_else(|_| Lang::choose(None, &env))
            .unwrap_or(Lang::FALLBACK)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--lang` value that matches none of the languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

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
        assert_eq!(Lang::negotiate("fi-FI-x-private"), Some(Lang::Fi));
        assert_eq!(Lang::negotiate("pl-u-nu-latn"), Some(Lang::Pl));
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
        // Where a text must be shown anyway, an unknown --lang gives the environment's.
        assert_eq!(Lang::choose_or_env(Some("xx"), env(&all)), Lang::Fi);
        assert_eq!(Lang::choose_or_env(Some("cs"), env(&all)), Lang::Cs);
        assert_eq!(Lang::choose_or_env(Some("xx"), env(&[])), Lang::En);
    }

    #[test]
    fn the_language_cycle_visits_every_language_once() {
        let mut l = Lang::FALLBACK;
        let mut seen = vec![];
        for _ in Lang::ALL {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Lang::ALL);
        assert_eq!(l, Lang::FALLBACK);
    }

    #[test]
    fn the_index_is_the_position_in_the_registry() {
        for (i, l) in Lang::ALL.iter().enumerate() {
            assert_eq!(l.index(), i);
        }
        for (i, f) in File::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
        }
    }
}
