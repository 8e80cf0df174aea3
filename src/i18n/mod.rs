//! Localization: the language registry, the embedded Fluent files, locale negotiation, and the
//! typed facade through which every text is shown.
//!
//! - [`lang`]: the languages and their files (one row and one folder per language);
//! - [`localizer`]: the bundles, parsed per file on first use, English under every language,
//!   the provider facts as variables of every message;
//! - [`ids`]: how the data names its messages (`<node>-title`, `code-550-summary`);
//! - [`messages`]: [`Tr`], the texts of one language, and the fixed messages.

pub mod ids;
pub mod lang;
pub mod localizer;
pub mod messages;

pub use lang::{File, Lang, UnknownLang};
pub use localizer::{Arg, Localizer};
pub(crate) use messages::Msg;
pub use messages::Tr;
